#pragma once

#include "ui/connect_dialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace mcpscope {

class CaptureStore;
class HttpClient;
class McpClient;
class McpRequest;
class FeatureListModel;
class FeatureTab;

// One connected MCP server: what it said at initialize (instructions as
// Markdown with raw HTML disabled), its tools with a JSON arguments editor
// that validates as you type, notifications, and a raw JSON-RPC console.
// Every exchange goes to the capture store under a session of its own.
class McpSessionView final : public QWidget
{
    Q_OBJECT

public:
    explicit McpSessionView(CaptureStore *store, QWidget *parent = nullptr);
    ~McpSessionView() override;

    void connectTo(ConnectDialog::Kind kind, const QString &target, int timeoutSeconds);
    McpClient *client() const { return m_client; }
    QString title() const { return m_title; }

    // For tests and screenshots.
    void selectTool(const QString &name);
    void setArguments(const QString &json);
    void callSelectedTool();
    QString resultText() const;
    QString argumentsState() const;
    QString headerText() const;
    int toolCount() const;
    FeatureTab *resourcesTab() const { return m_resources; }
    FeatureTab *promptsTab() const { return m_prompts; }

Q_SIGNALS:
    void titleChanged(const QString &title);
    void statusMessage(const QString &message);
    void toolCallFinished();

private:
    void onConnected();
    void refreshTools();
    void showTool();
    void validateArguments();
    void sendConsole();
    void appendNotification(const QString &line);

    CaptureStore *m_store;
    HttpClient *m_http;
    McpClient *m_client;
    qint64 m_sessionId = 0;
    QString m_title;
    QString m_shownTool;
    QPointer<McpRequest> m_running;

    QLabel *m_header;
    QTextBrowser *m_instructions;
    QTabWidget *m_tabs;
    FeatureListModel *m_tools;
    QListView *m_toolList;
    QLabel *m_toolDescription;
    QPlainTextEdit *m_schema;
    QPlainTextEdit *m_arguments;
    QLabel *m_argumentsState;
    QPushButton *m_call;
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    QPlainTextEdit *m_result;
    QPlainTextEdit *m_notifications;
    FeatureTab *m_resources;
    FeatureTab *m_prompts;
    QPlainTextEdit *m_consoleInput;
    QPlainTextEdit *m_consoleOutput;
};

} // namespace mcpscope
