#include "ui/replay/mock_panel.h"

#include "replay/mock_script.h"
#include "replay/mock_server.h"
#include "ui/common/plain_label.h"
#include "ui/common/theme.h"
#include "ui/replay/diff_view.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

// The rules every diff view saves: the volatile preset when ticked, then the user's.
IgnoreRules savedRules()
{
    QSettings settings;
    IgnoreRules rules = settings.value(DiffView::volatileSettingsKey(), true).toBool()
                            ? IgnoreRules::volatileMembers()
                            : IgnoreRules{};
    for (const QString &rule :
         IgnoreRules::fromStringList(settings.value(DiffView::rulesSettingsKey()).toStringList())
             .toStringList())
        rules.add(rule);
    return rules;
}

} // namespace

MockPanel::MockPanel(const QString &label, QWidget *parent) : QDialog(parent), m_label(label)
{
    setObjectName(QStringLiteral("mockPanel"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Mock of %1").arg(label));
    auto *layout = new QVBoxLayout(this);
    m_title = createPlainLabel(this);
    m_title->setText(
        tr("Serving the recorded session %1 as an MCP server (Streamable HTTP).").arg(label));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("mockUrl"));
    m_url->setReadOnly(true);
    m_url->setMinimumWidth(320);
    m_copy = new QPushButton(tr("&Copy URL"), this);
    m_copy->setObjectName(QStringLiteral("copyMockUrl"));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copy);
    m_requests = createPlainLabel(this);
    m_requests->setObjectName(QStringLiteral("mockRequests"));
    m_status = createPlainLabel(this);
    m_status->setObjectName(QStringLiteral("mockStatus"));
    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("C&onnect to Mock"), QDialogButtonBox::ActionRole);
    m_connect->setObjectName(QStringLiteral("connectMock"));
    m_stop = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopMock"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    layout->addWidget(m_title);
    layout->addLayout(urlRow);
    layout->addWidget(m_requests);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_url->text());
        m_status->setText(tr("URL copied."));
    });
    connect(m_stop, &QPushButton::clicked, this, &MockPanel::stop);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_server && m_server->isListening())
            Q_EMIT connectRequested(m_server->url());
    });
    updateState();
}

MockPanel::~MockPanel()
{
    stop();
}

Result<void> MockPanel::start(const QString &storePath, qint64 sessionId)
{
    auto script = MockScript::load(storePath, sessionId);
    if (!script) {
        m_status->setText(tr("Cannot mock the session: %1").arg(script.error().message));
        Theme::setTone(m_status, Theme::Tone::Error);
        return Failure{script.error()};
    }
    m_server =
        new MockServer(std::make_shared<const MockScript>(std::move(*script)), savedRules(), this);
    connect(m_server, &MockServer::requestAnswered, this, [this] {
        ++m_answered;
        updateState();
    });
    if (auto started = m_server->start(QHostAddress::LocalHost, 0); !started) {
        m_status->setText(tr("Cannot start the mock: %1").arg(started.error().message));
        Theme::setTone(m_status, Theme::Tone::Error);
        delete m_server;
        m_server = nullptr;
        updateState();
        return started;
    }
    m_status->setText(tr("Listening."));
    Theme::setTone(m_status, Theme::Tone::Success);
    updateState();
    return {};
}

void MockPanel::stop()
{
    if (!m_server || !m_server->isListening())
        return;
    m_server->stop();
    m_status->setText(tr("Stopped."));
    Theme::setTone(m_status, Theme::Tone::Muted);
    updateState();
}

QUrl MockPanel::url() const
{
    return m_server ? m_server->url() : QUrl();
}

void MockPanel::updateState()
{
    const bool listening = m_server && m_server->isListening();
    if (listening)
        m_url->setText(m_server->url().toString());
    m_requests->setText(tr("%n request(s) answered", nullptr, m_answered));
    m_stop->setEnabled(listening);
    m_connect->setEnabled(listening);
    m_copy->setEnabled(!m_url->text().isEmpty());
}

} // namespace mcpscope
