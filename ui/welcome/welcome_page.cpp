#include "ui/welcome/welcome_page.h"

#include "ui/common/plain_label.h"
#include "ui/common/theme.h"

#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

QLabel *hintLabel(QWidget *parent)
{
    QLabel *label = createPlainLabel(parent);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    Theme::setTone(label, Theme::Tone::Muted);
    return label;
}

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    Theme::setTone(label, Theme::Tone::Normal, QStringLiteral("font-weight: 600;"));
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    // A column of readable width in the middle; scrolls on a small window.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *canvas = new QWidget(scroll);
    scroll->setWidget(canvas);
    auto *centre = new QHBoxLayout(canvas);
    auto *column = new QWidget(canvas);
    column->setMaximumWidth(760);
    centre->addStretch(1);
    centre->addWidget(column, 100);
    centre->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(8);

    m_title = new QLabel(column);
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_intro = hintLabel(column);
    layout->addWidget(m_intro);
    layout->addSpacing(12);

    // Each action: a button, and beside it what it does.
    auto *actions = new QGridLayout;
    actions->setHorizontalSpacing(16);
    actions->setVerticalSpacing(10);
    actions->setColumnStretch(1, 1);
    const auto action = [this, column, actions](const char *name, QLabel *&hint) {
        auto *button = new QPushButton(column);
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(true);
        hint = hintLabel(column);
        const int row = actions->rowCount();
        actions->addWidget(button, row, 0, Qt::AlignTop);
        actions->addWidget(hint, row, 1, Qt::AlignVCenter);
        return button;
    };
    m_connect = action("welcomeConnect", m_connectHint);
    m_openCapture = action("welcomeOpenCapture", m_openCaptureHint);
    m_import = action("welcomeImport", m_importHint);
    layout->addLayout(actions);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_openCapture, &QPushButton::clicked, this, &WelcomePage::openCaptureRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    layout->addSpacing(16);

    m_serversTitle = heading(column);
    layout->addWidget(m_serversTitle);
    m_servers = new QListWidget(column);
    m_servers->setObjectName(QStringLiteral("welcomeRecentServers"));
    m_servers->setTextElideMode(Qt::ElideMiddle);
    m_servers->setUniformItemSizes(true);
    m_servers->setMinimumHeight(120);
    m_serversTitle->setBuddy(m_servers);
    layout->addWidget(m_servers, 1);
    // One click connects, as Enter does (itemActivated would connect twice
    // on a double click).
    connect(m_servers, &QListWidget::itemClicked, this, &WelcomePage::activate);
    m_servers->installEventFilter(this);
    m_noServers = hintLabel(column);
    m_noServers->setObjectName(QStringLiteral("welcomeNoServers"));
    layout->addWidget(m_noServers);
    layout->addSpacing(16);

    m_storeTitle = heading(column);
    layout->addWidget(m_storeTitle);
    m_storePath = createPlainLabel(column);
    m_storePath->setObjectName(QStringLiteral("welcomeStorePath"));
    m_storePath->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_storePath);
    layout->addStretch(1);

    setFocusProxy(m_connect);
    retranslateUi();
    setServers({}, {});
}

void WelcomePage::setServers(const QStringList &recentTargets,
                             const QList<std::pair<QString, QString>> &catalogServers)
{
    m_servers->clear();
    for (const QString &url : recentTargets) {
        auto *item = new QListWidgetItem(url, m_servers);
        item->setData(FromCatalogRole, false);
        item->setData(ServerRole, url);
        item->setToolTip(tr("Connect to %1").arg(url).toHtmlEscaped());
    }
    for (const auto &[name, detail] : catalogServers) {
        //: A catalog server in the welcome page's list: its name, then what it runs or where it is
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(name, detail), m_servers);
        item->setData(FromCatalogRole, true);
        item->setData(ServerRole, name);
        item->setToolTip(tr("Connect to %1 (from the server catalog)").arg(name).toHtmlEscaped());
    }
    const bool none = m_servers->count() == 0;
    m_servers->setVisible(!none);
    m_noServers->setVisible(none);
    if (!none)
        m_servers->setCurrentRow(0);
}

void WelcomePage::setStorePath(const QString &path)
{
    m_storePath->setText(QDir::toNativeSeparators(path));
}

void WelcomePage::activate(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString server = item->data(ServerRole).toString();
    if (item->data(FromCatalogRole).toBool())
        Q_EMIT catalogServerRequested(server);
    else
        Q_EMIT recentTargetRequested(server);
}

bool WelcomePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_servers && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activate(m_servers->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Welcome to McpScope"));
    m_intro->setText(tr("A workbench for MCP servers, OAuth-protected or not: connect, see every "
                        "message and byte, and find out why something failed."));
    m_connect->setText(tr("&Connect to an MCP Server…"));
    m_connectHint->setText(tr("A URL (Streamable HTTP or SSE) or a command run over stdio; a 401 "
                              "starts the OAuth flow. Ctrl+K from anywhere."));
    m_openCapture->setText(tr("Open a Ca&pture…"));
    m_openCaptureHint->setText(tr("Read a capture store or a .mcpscope bundle, read-only, in a "
                                  "window of its own."));
    m_import->setText(tr("&Import a HAR…"));
    m_importHint->setText(tr("Bring a browser's HAR or a capture bundle into the live store, "
                             "with its findings."));
    m_serversTitle->setText(tr("Recent &servers"));
    m_noServers->setText(tr("No servers yet. Servers you connect to, and those in the server "
                            "catalog (Servers, on the left), are listed here."));
    m_storeTitle->setText(tr("Captures are recorded in"));
}

} // namespace mcpscope
