#pragma once

#include "mcp/mcp_client.h"
#include "oauth/oauth_flow.h"

#include <QObject>

namespace mcpscope {

// Answers an MCP session's 401 and 403 insufficient_scope with OAuth: runs
// the flow (in the mode its settings give) for the server's challenge, asks
// for the union of the old and new scopes on a step-up, and hands the access
// token back so the session resends what was refused. The flow stays
// inspectable after it ran.
class McpAuthorizer final : public QObject
{
    Q_OBJECT

public:
    McpAuthorizer(HttpClient *http, QObject *parent = nullptr);

    void setFlowSettings(const OAuthFlow::Settings &settings) { m_flow->setSettings(settings); }
    OAuthFlow *flow() const { return m_flow; }
    // Installs the handler on client; client must not outlive this.
    void attach(McpClient *client);
    TokenSet tokens() const { return m_tokens; }

Q_SIGNALS:
    void flowStarted(const mcpscope::McpClient::AuthorizationNeed &need);
    void authorized(const mcpscope::TokenSet &tokens);
    void authorizationFailed(const QString &message);

private:
    OAuthFlow *m_flow;
    TokenSet m_tokens;
};

} // namespace mcpscope
