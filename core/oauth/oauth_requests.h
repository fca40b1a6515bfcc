#pragma once

#include "net/http_client.h"
#include "oauth/oauth_metadata.h"
#include "oauth/oauth_types.h"

#include <QUrlQuery>

namespace mcpscope {

// The HTTP requests of OAuth, built in one place so the flow, the vault and
// the CLI send exactly the same thing. Client authentication is applied as
// the client was registered: none (client_id in the body),
// client_secret_basic (RFC 6749 §2.3.1) or client_secret_post.
namespace OAuthRequests {

// The token endpoint authentication method to use: what the registration
// said, else the first of basic, post, none the server supports (RFC 8414's
// default is client_secret_basic) that fits whether there is a secret.
QString chooseAuthMethod(const AuthServerMetadata &server, const OAuthClient &client);

// private_key_jwt signs a fresh client assertion (RFC 7523) whose audience is
// the issuer; a key that cannot sign leaves the assertion out, so the server
// says invalid_client.
HttpRequest formPost(const AuthServerMetadata &server, const QUrl &endpoint, QUrlQuery form,
                     const OAuthClient &client);
HttpRequest authorizationCode(const AuthServerMetadata &server, const OAuthClient &client,
                              const QString &code, const QString &redirectUri,
                              const QString &verifier, const QString &resource);
HttpRequest refresh(const AuthServerMetadata &server, const OAuthClient &client,
                    const QString &refreshToken, const QString &resource,
                    const QString &scope = {});
HttpRequest clientCredentials(const AuthServerMetadata &server, const OAuthClient &client,
                              const QString &resource, const QString &scope);
// RFC 7523 §2.1 JWT bearer grant: workload identity (the workload's JWT) or
// the ID-JAG of Enterprise-Managed Authorization as the assertion.
HttpRequest jwtBearer(const AuthServerMetadata &server, const OAuthClient &client,
                      const QString &assertion, const QString &resource, const QString &scope);
// RFC 8693 token exchange at the enterprise IdP: the user's ID token for an
// ID-JAG whose audience is the MCP authorization server's issuer.
HttpRequest idJagExchange(const QUrl &idpTokenEndpoint, const OAuthClient &idpClient,
                          const QString &idToken, const QString &audience, const QString &resource,
                          const QString &scope);
// RFC 7009; tokenTypeHint "access_token" or "refresh_token".
HttpRequest revoke(const AuthServerMetadata &server, const OAuthClient &client,
                   const QString &token, const QString &tokenTypeHint);
// RFC 7662.
HttpRequest introspect(const AuthServerMetadata &server, const OAuthClient &client,
                       const QString &token);
HttpRequest getJson(const QUrl &url);

} // namespace OAuthRequests

} // namespace mcpscope
