#include "ui/session/notifications_tab.h"

#include "ui/common/json_highlighter.h"
#include "ui/common/plain_label.h"
#include "ui/common/theme.h"

#include "mcp/mcp_client.h"
#include "net/body_decoding.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mcpscope {

NotificationsTab::NotificationsTab(McpClient *client, QWidget *parent)
    : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("notificationsTab"));
    auto *layout = new QVBoxLayout(this);
    auto *levelRow = new QHBoxLayout;
    auto *levelLabel = createPlainLabel(this);
    levelLabel->setText(tr("Server log level:"));
    levelLabel->setWordWrap(false);
    m_logLevel = new QComboBox(this);
    m_logLevel->setObjectName(QStringLiteral("logLevel"));
    m_logLevel->addItem(tr("(server default)"));
    for (const char *level :
         {"debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"})
        m_logLevel->addItem(QLatin1String(level));
    m_logLevel->setEnabled(false);
    m_logLevel->setToolTip(tr("logging/setLevel: the least severe level the server should send"));
    levelLabel->setBuddy(m_logLevel);
    levelRow->addWidget(levelLabel);
    levelRow->addWidget(m_logLevel);
    m_loggingDeprecated = createPlainLabel(this);
    m_loggingDeprecated->setObjectName(QStringLiteral("loggingDeprecated"));
    m_loggingDeprecated->setWordWrap(false);
    m_loggingDeprecated->setText(tr("deprecated in 2026-07-28"));
    m_loggingDeprecated->setToolTip(
        tr("Logging is deprecated in MCP 2026-07-28: the level travels in each request's _meta; "
           "servers are to log to stderr or OpenTelemetry instead"));
    Theme::setTone(m_loggingDeprecated, Theme::Tone::Muted);
    m_loggingDeprecated->hide();
    levelRow->addWidget(m_loggingDeprecated);
    levelRow->addStretch(1);
    m_notifications = createJsonEditor(this, true);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    layout->addLayout(levelRow);
    layout->addWidget(m_notifications, 1);

    connect(m_logLevel, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            setLogLevel(m_logLevel->itemText(index));
    });
    connect(m_client, &McpClient::notificationReceived, this, &NotificationsTab::showNotification);
    connect(m_client, &McpClient::protocolProblem, this,
            [this](const QString &problem) { append(tr("problem: %1").arg(problem)); });
    connect(m_client, &McpClient::serverLog, this,
            [this](const QString &line) { append(tr("server stderr: %1").arg(line)); });
}

void NotificationsTab::append(const QString &line)
{
    m_notifications->appendPlainText(
        QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz  ")) + line);
}

void NotificationsTab::setLoggingOffered(bool offered)
{
    m_logLevel->setEnabled(offered);
    m_logLevel->setCurrentIndex(0);
}

void NotificationsTab::setModernEra(bool modern)
{
    m_loggingDeprecated->setVisible(modern);
    m_logLevel->setToolTip(modern ? tr("The least severe level the server should send, in every "
                                       "request's _meta (deprecated in 2026-07-28)")
                                  : tr("logging/setLevel: the least severe level the server "
                                       "should send"));
}

void NotificationsTab::showNotification(const JsonRpcMessage &n)
{
    if (n.method == u"notifications/message") {
        // Log messages: level, logger and data on one line.
        const QJsonObject params = n.params.toObject();
        const QJsonValue data = params.value(QStringLiteral("data"));
        const QString logger = params.value(QStringLiteral("logger")).toString();
        append(QStringLiteral("[%1] %2%3")
                   .arg(params.value(QStringLiteral("level")).toString(),
                        logger.isEmpty() ? QString() : logger + QStringLiteral(": "),
                        data.isString() ? data.toString() : prettyJsonText(data)));
    } else if (n.method != u"notifications/progress") { // progress shows in the bar
        append(n.method + QLatin1Char(' ') + prettyJsonText(n.params));
    }
}

void NotificationsTab::setLogLevel(const QString &level)
{
    // The modern era sends it with every request; the legacy era asks with
    // logging/setLevel.
    McpRequest *request = m_client->setLogLevel(level);
    if (!request) {
        const QString text = tr("Server log level set to %1 (sent with every request)").arg(level);
        append(text);
        Q_EMIT statusMessage(text);
        return;
    }
    connect(request, &McpRequest::finished, this, [this, request, level] {
        request->deleteLater();
        const QString text = request->succeeded() ? tr("Server log level set to %1").arg(level)
                                                  : request->error().message;
        append(text);
        Q_EMIT statusMessage(text);
    });
}

} // namespace mcpscope
