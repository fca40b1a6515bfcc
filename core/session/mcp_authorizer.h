#pragma once

#include "mcp/mcp_client.h"
#include "oauth/oauth_flow.h"
#include "vault/token_vault.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace mcpscope {

// Answers an MCP session's 401 and 403 insufficient_scope with OAuth. With a
// vault: a stored token for the server is used from the start, refreshed
// ahead of expiry (and on a 401, once, before anything else); a new flow's
// tokens are stored. Otherwise it runs the flow (in the mode its settings
// give) for the server's challenge, asks for the union of the old and new
// scopes on a step-up, and hands the access token back so the session
// resends what was refused. The flow stays inspectable after it ran.
class McpAuthorizer final : public QObject
{
    Q_OBJECT

public:
    McpAuthorizer(HttpClient *http, QObject *parent = nullptr);

    void setFlowSettings(const OAuthFlow::Settings &settings) { m_flow->setSettings(settings); }
    OAuthFlow *flow() const { return m_flow; }
    void setVault(TokenVault *vault) { m_vault = vault; }
    // Installs the handler on client; client must not outlive this.
    void attach(McpClient *client);
    // With a vault: loads (refreshing when due) a stored token for endpoint
    // into the client, then calls done; without one, done at once.
    void prepare(const QUrl &endpoint, std::function<void()> done);
    TokenSet tokens() const { return m_tokens; }
    qint64 credentialId() const { return m_credentialId; }

    // Stops refreshing the token ahead of expiry (a closed or failed
    // session: nothing is sent for it any more); resumeRefreshing() starts
    // again (the session came back), when there is a token to refresh.
    void stopRefreshing();
    void resumeRefreshing();
    bool isRefreshScheduled() const;

Q_SIGNALS:
    void flowStarted(const mcpscope::McpClient::AuthorizationNeed &need);
    void authorized(const mcpscope::TokenSet &tokens);
    void authorizationFailed(const QString &message);
    void stored(qint64 credentialId); // in the vault
    void refreshed(qint64 credentialId);
    void problem(const QString &message); // e.g. a refresh that failed (the flow runs instead)

private:
    // Loads credential id's access token for resource (the vault checks the
    // binding) and makes it the session's.
    void useStored(qint64 id, const QString &resource,
                   std::function<void(const Result<QString> &)> done);
    void runFlow(const McpClient::AuthorizationNeed &need,
                 std::function<void(const Result<QString> &)> done);
    void scheduleRefresh();
    void onFlowFinished(bool ok);

    HttpClient *m_http;
    OAuthFlow *m_flow;
    QPointer<TokenVault> m_vault;
    QPointer<McpClient> m_client;
    QTimer *m_refreshTimer;
    bool m_refreshStopped = false;
    TokenSet m_tokens;
    qint64 m_credentialId = 0;
    QString m_resource; // what m_credentialId's token is used for
    bool m_triedRefresh = false;
    std::function<void(const Result<QString> &)> m_pendingDone; // the 401 waiting on the flow
};

} // namespace mcpscope
