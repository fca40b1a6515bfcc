#pragma once

#include "mcp/json_rpc.h"
#include "ui/session/connect_dialog.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace mcpscope {

class AnalyticsView;
class AuthorizationTab;
class CaptureStore;
class ConnectionInfoTab;
class ConsoleTab;
class FeatureTab;
class FindingSink;
class HistoryTab;
class McpAuthorizer;
class McpClient;
class McpSession;
class NotificationsTab;
class ServerRequestsTab;
class TokenVault;
class ToolsTab;

// One connected MCP server, as a shell over its tabs: a header with what the
// server said at initialize (instructions as Markdown with raw HTML
// disabled) and Reconnect after the server forgot the session, then a tab
// each for tools, resources, templates, prompts, notifications, server
// requests, authorization, a raw JSON-RPC console and Analytics (this
// session's charts, live; object name analyticsView), History (every
// tools/call to this server, this session and earlier ones: HistoryTab) and
// Connection Info (ConnectionInfoTab). The view owns an McpSession (HTTP
// client, MCP client, authorizer, capture session) and routes what its
// client reports to the tabs.
//
// Issue 17: the server's instructions are collapsed to one line with a
// toggle; a banner says when the server waits for the user's answer (with
// a button to the Server requests tab); list_changed notifications are
// coalesced (one refresh per list kind, never two identical lists in
// flight); a connect that fails before the session ever worked shows an
// error page (the cause, the exchanges, Retry, Edit connection) instead of
// empty tabs. Object names: sessionHeader, reconnect, instructions,
// instructionsToggle, serverRequestBanner, serverRequestBannerText,
// answerServerRequests, sessionPages, sessionTabs, connectFailedPage,
// connectFailedCause, connectRetry, connectEdit, connectShowExchanges.
class McpSessionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpSessionView)

public:
    // vault (may be null) keeps the tokens this session gets, and gives it
    // the ones it already has; findings (may be null) records what the
    // session finds. store, vault and findings must outlive the view.
    McpSessionView(CaptureStore *store, TokenVault *vault, FindingSink *findings,
                   QWidget *parent = nullptr);
    ~McpSessionView() override;

    // Opens the session (once): the header shows the progress, or why it
    // could not start.
    void connectTo(const ConnectSettings &settings);
    // The session the view talks through; closing it ends the conversation
    // (its closed() says when the server has been told).
    McpSession *session() const { return m_session; }
    McpClient *client() const;
    McpAuthorizer *authorizer() const;
    QString title() const { return m_title; }
    // The input schema of a tool as the Tools tab last listed it (empty: unknown).
    QJsonObject toolInputSchema(const QString &tool) const;

Q_SIGNALS:
    void titleChanged(const QString &title);
    void statusMessage(const QString &message);
    // The Analytics tab asks for these exchanges in the capture log.
    void exchangesRequested(const QList<qint64> &exchangeIds);
    // The user wants to change the settings of a connect that failed (the
    // error page's Edit connection): the Connect dialog, prefilled.
    void editConnectionRequested(const mcpscope::ConnectSettings &settings);

private:
    enum class ListKind
    {
        Tools,
        Resources,
        Prompts,
    };
    void requestList(ListKind kind);
    void refreshList(ListKind kind);
    bool listInFlight(ListKind kind) const;
    void showFailedPage(const QString &cause);
    void showCaptureExchanges();
    void setInstructionsExpanded(bool expanded);
    void onConnected();
    void onFailed(const Error &error);
    void onNotification(const JsonRpcMessage &notification);
    void onAuthorized(const QString &line);
    void reconnect();
    void showServerRequestCount(int waiting);

    CaptureStore *m_store;
    TokenVault *m_vault;
    FindingSink *m_findings;
    McpSession *m_session;
    McpClient *m_client; // m_session's, for brevity
    QString m_title;

    AnalyticsView *m_analytics;
    QLabel *m_header;
    QPushButton *m_reconnect;
    QTextBrowser *m_instructions;
    QTabWidget *m_tabs;
    ToolsTab *m_tools;
    FeatureTab *m_resources;
    FeatureTab *m_templates;
    FeatureTab *m_prompts;
    NotificationsTab *m_notifications;
    ServerRequestsTab *m_serverRequests;
    AuthorizationTab *m_authorization;
    ConsoleTab *m_console;
    ConnectSettings m_settings;
    bool m_everConnected = false;
    QString m_lastServerRequest;
    QTimer *m_listTimers[3] = {};
    QStackedWidget *m_pages;
    QWidget *m_failedPage;
    QLabel *m_failedCause;
    QPushButton *m_retry;
    QToolButton *m_instructionsToggle;
    QFrame *m_banner;
    QLabel *m_bannerText;
    HistoryTab *m_history;
    ConnectionInfoTab *m_connectionInfo;
};

} // namespace mcpscope
