#pragma once

#include "common/findings.h"
#include "net/exchange.h"
#include "oauth/oauth_metadata.h"
#include "oauth/oauth_types.h"

#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace mcpscope {

// The checks the OAuth flow makes on what servers send it, as pure functions:
// each returns nothing when the input passes and, when it fails, the
// registered finding (oauth.*) that explains it. OAuthFlow and
// LoopbackReceiver use them; the step's failure text is the finding's.
// Evidence (exchange ids) is left to the caller, which knows the exchange.
namespace OAuthChecks {

// Where a request of the flow goes; picks the finding an unreachable endpoint is.
enum class Endpoint
{
    ResourceMetadata,
    AuthServerMetadata,
    Registration,
    Authorization,
    Token
};

// The request to url failed on the network side (no HTTP answer).
std::optional<Finding> reached(Endpoint endpoint, const Exchange &exchange, const QUrl &url);

// RFC 9728 §3.3: the resource metadata is about this resource (same scheme,
// host and port; the declared path a prefix of the expected one).
std::optional<Finding> resourceMatches(const QString &declared, const QString &expected);

// RFC 8414 §3.3: the metadata's issuer is the one the resource named.
std::optional<Finding> issuerMatches(const QString &metadataIssuer, const QString &expected);

// MCP requires PKCE with S256; there is no fallback to plain or none.
std::optional<Finding> supportsS256(const AuthServerMetadata &metadata);

// The authorization code flow needs an authorization endpoint.
std::optional<Finding> hasAuthorizationEndpoint(const AuthServerMetadata &metadata);

// The authorization response carries the state the flow sent.
std::optional<Finding> redirectState(const QString &received, const QString &sent);

// RFC 9207: an iss in the authorization response is exactly the flow's
// issuer (simple string comparison: a trailing slash, case or an explicit
// default port is a mismatch), whether or not the server advertised it; an
// empty iss passes unless the metadata advertised
// authorization_response_iss_parameter_supported (oauth.redirect.iss_missing:
// refused before the code is redeemed). An empty issuer passes.
std::optional<Finding> redirectIssuer(const QString &iss, const QString &issuer,
                                      bool advertised = false);

// Issue 16: the extensions' grants. A JWT bearer flow needs its assertion
// (flowName: "workload identity"; needed: what was missing).
std::optional<Finding> assertionGiven(const QString &flowName, const QString &needed, bool given);
// RFC 9449 §8/§9: at most maxRetries nonce retries of one request.
std::optional<Finding> dpopNonceRetries(const QString &endpoint, int retries, int maxRetries);
// An RFC 8693 answer that is no ID-JAG (its OAuth errors are
// oauthErrorFinding()'s).
std::optional<Finding> idJagIssued(const TokenExchangeResponse &answer);

// The authorization response carries a code or an error (the error is
// explained elsewhere: oauthErrorFinding()).
std::optional<Finding> redirectCarriesCode(const QUrlQuery &response);

// Headless mode follows at most maxHops redirects before it gives up.
std::optional<Finding> redirectHops(int hops, int maxHops);

// An authorization endpoint that answered neither a redirect nor an OAuth
// error: a page that names the redirect URI is taken to be about it.
// preRegistered: the client's redirect URIs were registered by hand.
Finding authorizationPage(const Exchange &exchange, bool preRegistered, const QString &redirectUri);

// Dynamic registration (RFC 7591 §3.2): a refusal, with or without an OAuth error.
std::optional<Finding> registrationAccepted(const Exchange &exchange);

// A token endpoint answer (RFC 6749 §5.1, §5.2). where: "token",
// "client_credentials" or "refresh" (see oauthErrorFinding()).
std::optional<Finding> tokenResponse(const TokenResponse &response, int status,
                                     const QString &where);

// A metadata document fetched from url parsed (the parser's error names the
// member that is wrong).
std::optional<Finding> resourceMetadataParsed(const Result<ProtectedResourceMetadata> &parsed,
                                              const QUrl &url);
std::optional<Finding> authServerMetadataParsed(const Result<AuthServerMetadata> &parsed,
                                                const QUrl &url);

// Some candidate URL of the authorization server metadata is left to try.
std::optional<Finding> metadataCandidateLeft(int attempt, const QList<QUrl> &candidates);

// The loopback listener for the browser's redirect is up. redirectUriGiven:
// the listener was asked for a configured redirect URI (else any free port).
std::optional<Finding> loopbackListening(const Result<void> &listening, bool redirectUriGiven);

// The client credentials grant has a pre-registered secret or key.
std::optional<Finding> clientCredentialsUsable(const OAuthClient &preRegistered);

// The flow can become a client: pre-registered, a Client ID Metadata Document
// the server supports, or dynamic registration.
std::optional<Finding> registrationPossible(const AuthServerMetadata &metadata,
                                            const OAuthClient &preRegistered,
                                            const QString &clientMetadataUrl);

// A registration answer that parsed as RFC 7591 (parseRegistrationResponse()).
std::optional<Finding> registrationParsed(const Result<OAuthClient> &parsed);

// The browser sign-in is still unfinished when its time is up.
std::optional<Finding> browserAnswered(bool stillWaiting);

} // namespace OAuthChecks

} // namespace mcpscope
