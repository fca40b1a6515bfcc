#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTimer;

namespace mcpscope {

class McpClient;

// What the connection is made of, live: the protocol version and era, the
// session id, the transport and its open streams, the server's info, both
// sides' capabilities (the client's as sent, the server's as answered,
// pretty JSON), the requests still waiting for an answer (with their age)
// and the server's requests waiting for the user. Plain text throughout
// (server text is never interpreted). Refreshed every second while shown.
// Object names: connectionInfoTab, connectionInfo.
class ConnectionInfoTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionInfoTab(McpClient *client, QWidget *parent = nullptr);
    // Writes the text again now.
    void refresh();
    QString text() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    McpClient *m_client;
    QPlainTextEdit *m_text;
    QTimer *m_tick;
};

} // namespace mcpscope
