#include "ui/session/authorization_tab.h"

#include "ui/oauth/oauth_flow_view.h"

#include "session/mcp_authorizer.h"

#include <QDesktopServices>
#include <QVBoxLayout>

namespace mcpscope {

AuthorizationTab::AuthorizationTab(CaptureStore *store, HttpClient *http, McpAuthorizer *authorizer,
                                   QWidget *parent)
    : QWidget(parent), m_authorizer(authorizer),
      m_view(new OAuthFlowView(store, http, authorizer->flow(), this))
{
    setObjectName(QStringLiteral("authorizationTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &OAuthFlowView::statusMessage, this, &AuthorizationTab::statusMessage);
    connect(m_authorizer, &McpAuthorizer::flowStarted, this,
            [this](const McpClient::AuthorizationNeed &need) {
                Q_EMIT signInStarted();
                Q_EMIT statusMessage(
                    need.status == 401
                        ? tr("The server requires authorization (HTTP 401): signing in.")
                        : tr("The server asks for more scope (HTTP 403): signing in again."));
            });
    connect(m_authorizer->flow(), &OAuthFlow::openBrowser, this, [this](const QUrl &url) {
        if (!QDesktopServices::openUrl(url))
            Q_EMIT statusMessage(
                tr("Could not open a browser; open this URL yourself: %1").arg(url.toString()));
    });
    connect(m_authorizer, &McpAuthorizer::problem, this, &AuthorizationTab::statusMessage);
    connect(m_authorizer, &McpAuthorizer::authorized, this, [this](const TokenSet &tokens) {
        Q_EMIT authorized(tr("authorized by %1 (scope: %2)")
                              .arg(m_authorizer->flow()->authServer().issuer,
                                   tokens.scope.isEmpty() ? tr("none") : tokens.scope));
    });
}

void AuthorizationTab::setSettings(const OAuthFlow::Settings &settings, const QString &serverUrl)
{
    m_view->setSettings(settings);
    m_view->setServerUrl(serverUrl);
}

} // namespace mcpscope
