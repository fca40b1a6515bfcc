#include "ui/session/history_tab.h"

#include "ui/common/json_highlighter.h"
#include "ui/common/theme.h"

#include "capture/capture_store.h"
#include "common/ordered_json.h"
#include "mcp/mcp_client.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

enum Column
{
    TimeColumn,
    ToolColumn,
    ArgumentsColumn,
    OutcomeColumn,
    LatencyColumn,
    SessionColumn,
    ColumnCount
};

// The params of tools/call for tool and arguments as text (the arguments'
// own bytes and key order).
QByteArray callParams(const QString &tool, const QByteArray &arguments)
{
    QByteArray name = QJsonDocument(QJsonArray{tool}).toJson(QJsonDocument::Compact);
    name = name.mid(1, name.size() - 2); // the string, escaped, without [ ]
    QByteArray params = "{\"name\":" + name;
    if (!arguments.trimmed().isEmpty())
        params += ",\"arguments\":" + arguments;
    return params + '}';
}

} // namespace

HistoryTab::HistoryTab(CaptureStore *store, McpClient *client, QWidget *parent)
    : QWidget(parent), m_store(store), m_client(client), m_reloadSoon(new QTimer(this))
{
    setObjectName(QStringLiteral("historyTab"));
    auto *layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("historyState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Time"), tr("Tool"), tr("Arguments"), tr("Outcome"), tr("Latency"), tr("Session")});
    m_list->header()->setSectionResizeMode(ArgumentsColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_answer = createJsonEditor(this, true);
    m_answer->setObjectName(QStringLiteral("historyAnswer"));
    m_answer->setPlaceholderText(tr("The answer of the selected call"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_answer);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("Open in form"), this);
    m_open->setObjectName(QStringLiteral("historyOpen"));
    m_open->setToolTip(tr("Put the tool and its arguments in the Tools tab's form"));
    m_replay = new QPushButton(tr("Replay"), this);
    m_replay->setObjectName(QStringLiteral("historyReplay"));
    m_replay->setToolTip(tr("Call the tool again with the same arguments, in this session"));
    m_editReplay = new QPushButton(tr("Edit and replay…"), this);
    m_editReplay->setObjectName(QStringLiteral("historyEditReplay"));
    m_showExchange = new QPushButton(tr("Show exchange"), this);
    m_showExchange->setObjectName(QStringLiteral("historyShowExchange"));
    m_showExchange->setToolTip(tr("The HTTP exchanges that carried the call, in the capture log"));
    for (QPushButton *b : {m_open, m_replay, m_editReplay, m_showExchange})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(250);
    connect(m_reloadSoon, &QTimer::timeout, this, &HistoryTab::reload);
    if (m_store) {
        // New calls appear as the store commits them (coalesced).
        connect(m_store, &CaptureStore::exchangesCommitted, m_reloadSoon,
                qOverload<>(&QTimer::start));
        connect(m_store, &CaptureStore::factsCommitted, m_reloadSoon, qOverload<>(&QTimer::start));
    }
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryTab::updateActions);
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_open, &QPushButton::click);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const CallHistoryEntry *e = current())
            Q_EMIT openInForm(e->tool, e->arguments);
    });
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (const CallHistoryEntry *e = current())
            replay(e->tool, e->arguments);
    });
    connect(m_editReplay, &QPushButton::clicked, this, &HistoryTab::editAndReplay);
    connect(m_showExchange, &QPushButton::clicked, this, [this] {
        const CallHistoryEntry *e = current();
        if (!e)
            return;
        QList<qint64> ids;
        for (qint64 id : {e->exchangeId, e->answerExchangeId})
            if (id > 0)
                ids.append(id);
        if (!ids.isEmpty())
            Q_EMIT exchangesRequested(ids);
    });
    m_state->setText(tr("No tool calls yet: the calls made to this server, in this session and "
                        "earlier ones, are listed here."));
    updateActions();
}

void HistoryTab::setCaptureSession(qint64 id)
{
    m_session = id;
    reload();
}

void HistoryTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void HistoryTab::reload()
{
    if (!m_store || m_session <= 0 || m_store->path().isEmpty())
        return;
    const auto read = readCallHistory(m_store->path(), m_session);
    if (!read) {
        m_state->setText(read.error().message);
        return;
    }
    const qint64 selected = current() ? current()->requestMessageId : 0;
    m_entries = *read;
    m_list->clear();
    const QLocale locale;
    QTreeWidgetItem *reselect = nullptr;
    for (int i = 0; i < m_entries.size(); ++i) {
        const CallHistoryEntry &e = m_entries.at(i);
        auto *item = new QTreeWidgetItem;
        item->setData(0, Qt::UserRole, i);
        item->setText(TimeColumn, locale.toString(QDateTime::fromMSecsSinceEpoch(e.atMs),
                                                  QLocale::ShortFormat));
        item->setText(ToolColumn, e.tool);
        const QString arguments = QString::fromUtf8(e.arguments).simplified();
        item->setText(ArgumentsColumn, arguments.left(200));
        item->setToolTip(ArgumentsColumn, arguments.left(2000));
        QString outcome;
        switch (e.outcome) {
        case CallHistoryEntry::Outcome::Result:
            outcome = tr("OK");
            break;
        case CallHistoryEntry::Outcome::ToolError:
            outcome = tr("Tool error: %1").arg(e.detail.simplified().left(120));
            item->setForeground(OutcomeColumn, Theme::errorColor(palette()));
            break;
        case CallHistoryEntry::Outcome::RpcError:
            outcome = tr("JSON-RPC error %1").arg(e.detail.simplified().left(120));
            item->setForeground(OutcomeColumn, Theme::errorColor(palette()));
            break;
        case CallHistoryEntry::Outcome::NoAnswer:
            outcome = tr("No answer");
            item->setForeground(OutcomeColumn, Theme::warningColor(palette()));
            break;
        }
        item->setText(OutcomeColumn, outcome);
        item->setToolTip(OutcomeColumn, e.detail.left(2000));
        item->setText(LatencyColumn, e.latencyMs >= 0
                                         ? tr("%1 ms").arg(locale.toString(e.latencyMs, 'f', 0))
                                         : QString());
        item->setTextAlignment(LatencyColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(SessionColumn, e.sessionId == m_session ? tr("this session")
                                                              : tr("session %1").arg(e.sessionId));
        m_list->addTopLevelItem(item);
        if (e.requestMessageId == selected)
            reselect = item;
    }
    if (reselect)
        m_list->setCurrentItem(reselect);
    for (int c : {TimeColumn, ToolColumn, OutcomeColumn, LatencyColumn, SessionColumn})
        m_list->resizeColumnToContents(c);
    m_state->setText(m_entries.isEmpty()
                         ? tr("No tool calls yet: the calls made to this server, in this session "
                              "and earlier ones, are listed here.")
                         : tr("%n call(s) to this server, newest first (this session and earlier "
                              "ones; kept in the capture store).",
                              nullptr, int(m_entries.size())));
    updateActions();
}

const CallHistoryEntry *HistoryTab::current() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int i = item->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_entries.size() ? &m_entries.at(i) : nullptr;
}

void HistoryTab::updateActions()
{
    const CallHistoryEntry *e = current();
    const QByteArray answer = e ? e->answer : QByteArray();
    const QString shown = QString::fromUtf8(indentJson(answer).value_or(answer));
    if (m_answer->toPlainText() != shown)
        m_answer->setPlainText(shown);
    const bool connected = m_client && m_client->isConnected();
    m_open->setEnabled(e);
    m_replay->setEnabled(e && connected);
    m_editReplay->setEnabled(e && connected);
    m_showExchange->setEnabled(e && (e->exchangeId > 0 || e->answerExchangeId > 0));
}

void HistoryTab::replay(const QString &tool, const QByteArray &arguments)
{
    if (!m_client || !m_client->isConnected()) {
        Q_EMIT statusMessage(tr("Not connected: reconnect to replay the call."));
        return;
    }
    McpRequest *request =
        m_client->requestText(QStringLiteral("tools/call"), callParams(tool, arguments), false);
    Q_EMIT statusMessage(tr("Replaying %1…").arg(tool));
    connect(request, &McpRequest::finished, this, [this, request, tool] {
        request->deleteLater();
        Q_EMIT statusMessage(request->succeeded()
                                 ? tr("%1 replayed.").arg(tool)
                                 : tr("%1 replayed: %2").arg(tool, request->error().message));
        m_reloadSoon->start();
    });
}

void HistoryTab::editAndReplay()
{
    const CallHistoryEntry *e = current();
    if (!e)
        return;
    const QString tool = e->tool;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("historyEditDialog"));
    dialog.setWindowTitle(tr("Edit and replay %1").arg(tool));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(tr("Arguments of %1 (JSON object):").arg(tool), &dialog);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    QPlainTextEdit *editor = createJsonEditor(&dialog, false);
    editor->setObjectName(QStringLiteral("historyEditArguments"));
    const QByteArray arguments = e->arguments.isEmpty() ? QByteArray("{}") : e->arguments;
    editor->setPlainText(QString::fromUtf8(indentJson(arguments).value_or(arguments)));
    layout->addWidget(editor, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    box->addButton(tr("Replay"), QDialogButtonBox::AcceptRole);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(560, 360);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QByteArray edited = editor->toPlainText().toUtf8();
    if (!QJsonDocument::fromJson(edited).isObject()) {
        Q_EMIT statusMessage(tr("Not replayed: the arguments are not a JSON object."));
        return;
    }
    replay(tool, edited);
}

} // namespace mcpscope
