#include "ui/session/connection_info_tab.h"

#include "mcp/json_rpc.h"
#include "mcp/mcp_client.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

QString pretty(const QJsonObject &object)
{
    if (object.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

ConnectionInfoTab::ConnectionInfoTab(McpClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionInfoTab"));
    auto *layout = new QVBoxLayout(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("connectionInfo"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_text);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ConnectionInfoTab::refresh);
    for (auto signal : {&McpClient::connected, &McpClient::closed})
        connect(m_client, signal, this, &ConnectionInfoTab::refresh);
    connect(m_client, &McpClient::failed, this, &ConnectionInfoTab::refresh);
    connect(m_client, &McpClient::serverRequestReceived, this, &ConnectionInfoTab::refresh);
    refresh();
}

QString ConnectionInfoTab::text() const
{
    return m_text->toPlainText();
}

void ConnectionInfoTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_tick->start();
}

void ConnectionInfoTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick->stop();
}

void ConnectionInfoTab::refresh()
{
    const bool modern = m_client->era() == ProtocolEra::Modern;
    QJsonObject init = m_client->initializeResult();
    if (init.isEmpty())
        init = m_client->discoverResult();
    QStringList lines;
    const auto heading = [&lines](const QString &title) {
        if (!lines.isEmpty())
            lines << QString();
        lines << title << QString(title.size(), QLatin1Char('-'));
    };
    heading(tr("Connection"));
    lines << tr("State:              %1")
                 .arg(m_client->isConnected() ? tr("connected") : tr("not connected"));
    lines << tr("Protocol version:   %1")
                 .arg(m_client->protocolVersion().isEmpty() ? tr("(not agreed yet)")
                                                            : m_client->protocolVersion());
    lines << tr("Era:                %1")
                 .arg(modern ? tr("modern (2026-07-28: server/discover, no session)")
                             : tr("legacy (the initialize handshake)"));
    const QString session = m_client->sessionId();
    lines << tr("Session id:         %1").arg(session.isEmpty() ? tr("(none)") : session);
    lines << tr("Transport:          %1").arg(m_client->transportName());
    const QString streams = m_client->streamState();
    lines << tr("Streams:            %1").arg(streams.isEmpty() ? tr("(none)") : streams);

    const QList<McpClient::PendingInfo> pending = m_client->pendingRequests();
    heading(tr("Unanswered requests (%1)").arg(pending.size()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (pending.isEmpty())
        lines << tr("(none: every request has its answer)");
    for (const McpClient::PendingInfo &p : pending)
        lines << tr("id %1  %2  waiting %3 s")
                     .arg(idText(p.id), p.method,
                          p.sentAtMs > 0 ? QString::number((now - p.sentAtMs) / 1000.0, 'f', 1)
                                         : QStringLiteral("?"));
    lines << tr("Server requests waiting for you: %1").arg(m_client->waitingServerRequests());

    heading(tr("Server info"));
    lines << pretty(init.value(QStringLiteral("serverInfo")).toObject());
    heading(tr("Server capabilities (as answered)"));
    lines << pretty(init.value(QStringLiteral("capabilities")).toObject());
    heading(tr("Client capabilities (as sent)"));
    lines << pretty(m_client->declaredCapabilities());
    const QString instructions = init.value(QStringLiteral("instructions")).toString();
    heading(tr("Server instructions"));
    lines << (instructions.isEmpty()
                  ? tr("(none)")
                  : tr("%n character(s), shown above the tabs", nullptr, int(instructions.size())));

    const QString text = lines.join(QLatin1Char('\n'));
    if (text == m_text->toPlainText())
        return;
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setPlainText(text);
    m_text->verticalScrollBar()->setValue(scroll);
}

} // namespace mcpscope
