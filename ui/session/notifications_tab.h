#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace mcpscope {

class McpClient;
struct JsonRpcMessage;

// The Notifications tab: every notification the server sends (log messages
// as one line each; progress shows in the Tools tab instead), problems with
// the protocol, a stdio server's stderr, and session events, each with its
// time; and the server's log level (logging/setLevel) when it offers logging.
// Object names: notifications (the text), logLevel (the combo box).
class NotificationsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsTab)

public:
    // client must outlive the tab.
    explicit NotificationsTab(McpClient *client, QWidget *parent = nullptr);

    // Adds a line, stamped with the time.
    void append(const QString &line);
    // After initialize: the level can be chosen when the server offers logging.
    void setLoggingOffered(bool offered);
    // In the modern era (2026-07-28) logging is deprecated: a muted mark
    // (object name loggingDeprecated) says so; the level still works (it
    // travels in every request's _meta).
    void setModernEra(bool modern);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void showNotification(const JsonRpcMessage &notification);
    void setLogLevel(const QString &level);

    McpClient *m_client;
    QComboBox *m_logLevel;
    QLabel *m_loggingDeprecated;
    QPlainTextEdit *m_notifications;
};

} // namespace mcpscope
