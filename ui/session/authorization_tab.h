#pragma once

#include "oauth/oauth_flow.h"

#include <QWidget>

namespace mcpscope {

class CaptureStore;
class HttpClient;
class McpAuthorizer;
class OAuthFlowView;

// The Authorization tab of a session: the flow of the session's authorizer in
// an OAuthFlowView (steps, values, exchanges, Sign in). It tells when the
// server asked for sign-in (HTTP 401, or 403 for more scope), opens the
// browser the flow asks for, and says when tokens arrived.
class AuthorizationTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizationTab)

public:
    // store, http and authorizer must outlive the tab.
    AuthorizationTab(CaptureStore *store, HttpClient *http, McpAuthorizer *authorizer,
                     QWidget *parent = nullptr);

    // The settings the flow form starts from, and the server it signs in to.
    void setSettings(const OAuthFlow::Settings &settings, const QString &serverUrl);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The server asked for authorization and the flow started: show this tab.
    void signInStarted();
    // Tokens arrived; line says from whom and with what scope.
    void authorized(const QString &line);

private:
    McpAuthorizer *m_authorizer;
    OAuthFlowView *m_view;
};

} // namespace mcpscope
