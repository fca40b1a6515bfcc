#pragma once

#include "mcp/json_rpc.h"
#include "ui/session/connect_dialog.h"

#include <QPointer>
#include <QWidget>

class QTimer;
class QComboBox;
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
class ImageStrip;
class McpAuthorizer;
class OAuthFlowView;
class TokenVault;
class SchemaForm;
class ServerRequestsTab;

// One connected MCP server: what it said at initialize (instructions as
// Markdown with raw HTML disabled); its tools, with a form generated from the
// input schema beside a JSON editor that validates as you type, a progress
// bar with Cancel, images previewed; resources (subscribable), resource
// templates and prompts with completions; notifications with the server's
// log level; the queue of server requests; a raw JSON-RPC console with
// history. Every exchange goes to the capture store under a session of its
// own. After the server forgets the session, Reconnect starts a new one.
class McpSessionView final : public QWidget
{
    Q_OBJECT

public:
    // vault (may be null) keeps the tokens this session gets, and gives it
    // the ones it already has.
    McpSessionView(CaptureStore *store, TokenVault *vault, QWidget *parent = nullptr);
    ~McpSessionView() override;

    void connectTo(const ConnectSettings &settings);
    McpClient *client() const { return m_client; }
    QString title() const { return m_title; }

    // For tests and screenshots.
    void selectTool(const QString &name);
    void setArguments(const QString &json);
    void callSelectedTool();
    void offerRetry(qint64 retryAfterMs);
    void showRetry();
    QString resultText() const;
    QString argumentsState() const;
    QString headerText() const;
    int toolCount() const;
    FeatureTab *resourcesTab() const { return m_resources; }
    FeatureTab *templatesTab() const { return m_templates; }
    FeatureTab *promptsTab() const { return m_prompts; }
    ServerRequestsTab *serverRequestsTab() const { return m_serverRequests; }
    OAuthFlowView *authorizationTab() const { return m_flowView; }
    McpAuthorizer *authorizer() const { return m_authorizer; }
    SchemaForm *argumentsForm() const { return m_form; }
    QString argumentsText() const;
    int resultImageCount() const;
    int progressValue() const;
    QString notificationsText() const;
    void setLogLevel(const QString &level);
    void sendConsoleText(const QString &json);
    QString consoleOutput() const;
    int consoleHistoryCount() const;

Q_SIGNALS:
    void titleChanged(const QString &title);
    void statusMessage(const QString &message);
    void toolCallFinished();
    void consoleReplied();

private:
    void onConnected();
    void onNotification(const JsonRpcMessage &notification);
    void showServerRequestCount(int waiting);
    void refreshTools();
    void showTool();
    void validateArguments();
    void sendConsole();
    void appendNotification(const QString &line);

    CaptureStore *m_store;
    HttpClient *m_http;
    McpAuthorizer *m_authorizer;
    McpClient *m_client;
    qint64 m_sessionId = 0;
    QString m_title;
    QString m_shownTool;
    QPointer<McpRequest> m_running;

    QLabel *m_header;
    QPushButton *m_reconnect;
    QTextBrowser *m_instructions;
    QTabWidget *m_tabs;
    FeatureListModel *m_tools;
    QListView *m_toolList;
    QLabel *m_toolDescription;
    QPlainTextEdit *m_schema;
    SchemaForm *m_form;
    QWidget *m_formPage;
    QTabWidget *m_argumentTabs;
    QPlainTextEdit *m_arguments;
    bool m_syncingArguments = false;
    QLabel *m_argumentsState;
    QPushButton *m_call;
    QPushButton *m_cancel;
    QTimer *m_retryTick; // counts down the Retry-After of a rate-limited call
    int m_retryLeftS = 0;
    QProgressBar *m_busy;
    QLabel *m_progressText;
    QPlainTextEdit *m_result;
    ImageStrip *m_images;
    QPlainTextEdit *m_notifications;
    QComboBox *m_logLevel;
    FeatureTab *m_resources;
    FeatureTab *m_templates;
    FeatureTab *m_prompts;
    ServerRequestsTab *m_serverRequests;
    OAuthFlowView *m_flowView;
    QComboBox *m_consoleHistory;
    QPlainTextEdit *m_consoleInput;
    QPlainTextEdit *m_consoleOutput;
};

} // namespace mcpscope
