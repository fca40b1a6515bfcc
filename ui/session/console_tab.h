#pragma once

#include <QWidget>

class QComboBox;
class QPlainTextEdit;

namespace mcpscope {

class McpClient;

// The JSON-RPC console: a request or notification written by hand, sent with
// Send (Ctrl+Return in the editor); the client numbers requests itself so
// replies pair correctly. What was sent is kept in a history, newest first.
// Object names: consoleInput, consoleSend, consoleOutput, consoleHistory.
class ConsoleTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleTab)

public:
    // client must outlive the tab.
    explicit ConsoleTab(McpClient *client, QWidget *parent = nullptr);

Q_SIGNALS:
    // A request sent from the console has its reply (or error) shown.
    void replied();

private:
    void send();

    McpClient *m_client;
    QComboBox *m_history;
    QPlainTextEdit *m_input;
    QPlainTextEdit *m_output;
};

} // namespace mcpscope
