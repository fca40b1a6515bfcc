#include "oauth/mcp_authorizer.h"

#include "oauth/www_authenticate.h"

#include <memory>

namespace mcpscope {

McpAuthorizer::McpAuthorizer(HttpClient *http, QObject *parent) : QObject(parent), m_flow(new OAuthFlow(http, this)) {}

void McpAuthorizer::attach(McpClient *client)
{
    client->setAuthorizationHandler([this](const McpClient::AuthorizationNeed &need,
                                           std::function<void(const Result<QString> &)> done) {
        QString problem;
        const BearerChallenge challenge = bearerChallenge(need.responseHeaders, &problem).value_or(BearerChallenge{});
        if (!problem.isEmpty())
            Q_EMIT m_flow->warning(problem);
        // A step-up keeps what was granted and adds what is asked (MCP
        // scope challenge handling); a 401 starts afresh.
        const QString previous = need.status == 403 ? m_tokens.scope : QString();
        Q_EMIT flowStarted(need);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_flow, &OAuthFlow::finished, this, [this, done, connection](bool ok) {
            disconnect(*connection);
            if (ok) {
                m_tokens = m_flow->tokens();
                Q_EMIT authorized(m_tokens);
                done(m_tokens.accessToken);
            } else {
                const QString why = m_flow->failureMessage();
                Q_EMIT authorizationFailed(why);
                done(Failure{Error{QStringLiteral("oauth.flow"), why}});
            }
        });
        m_flow->start(need.endpoint, challenge, previous);
    });
}

} // namespace mcpscope
