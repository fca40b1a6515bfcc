#pragma once

#include "common/error.h"
#include "common/findings.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mcpscope {

// Tokens from a token endpoint response (RFC 6749 §5.1).
struct TokenSet
{
    QString accessToken;
    QString tokenType;
    QString refreshToken;
    QString idToken;
    QString scope;           // as granted (or as requested when the server omits it)
    qint64 obtainedAtMs = 0; // wall clock
    qint64 expiresAtMs = 0;  // 0 = the server gave no lifetime

    bool isValid() const { return !accessToken.isEmpty(); }
};

// How the client is known to the authorization server.
struct OAuthClient
{
    QString clientId;
    QString clientSecret;
    QString authMethod;       // none, client_secret_basic, client_secret_post, private_key_jwt
    QString registration;     // "pre-registered", "dynamic", "metadata document"
    QByteArray privateKeyPem; // private_key_jwt (RFC 7523): signs the client assertion; a secret
};

// An OAuth error answer (RFC 6749 §5.2) turned into what went wrong and what
// to do about it.
struct OAuthDiagnosis
{
    QString cause;
    QString fix;
};

// The finding an OAuth error code is (oauth.invalid_grant.redirect_mismatch,
// oauth.invalid_client, …, oauth.error), given where it came from
// ("authorize", "token", "refresh", "register", "revoke", "introspect");
// its arguments are the error and its description.
Finding oauthErrorFinding(const QString &where, const QString &error, const QString &description);
// That finding's likely cause and fix.
OAuthDiagnosis diagnoseOAuthError(const QString &where, const QString &error,
                                  const QString &description);

// Parses a token endpoint response body; errors carry the diagnosis.
struct TokenResponse
{
    TokenSet tokens;
    QString error;
    QString errorDescription;
};
// A DPoP token type (RFC 9449 §5) is accepted only when the request carried
// a proof (dpopProofSent); any type but Bearer is refused otherwise.
TokenResponse parseTokenResponse(const QByteArray &body, qint64 nowMs, bool dpopProofSent = false);

// RFC 8693 token exchange at an enterprise IdP for an Identity Assertion JWT
// Authorization Grant (ID-JAG, Enterprise-Managed Authorization): the
// answer's access_token is the ID-JAG when issued_token_type says so.
inline constexpr const char *kIdJagTokenType = "urn:ietf:params:oauth:token-type:id-jag";
inline constexpr const char *kJwtBearerGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";
inline constexpr const char *kTokenExchangeGrant =
    "urn:ietf:params:oauth:grant-type:token-exchange";
struct TokenExchangeResponse
{
    QString token; // the ID-JAG
    QString issuedTokenType;
    QString tokenType; // N_A for an ID-JAG
    QString error;     // an OAuth error, or invalid_response when it is no ID-JAG
    QString errorDescription;
};
TokenExchangeResponse parseTokenExchangeResponse(const QByteArray &body);

// A dynamic client registration answer (RFC 7591 §3.2.1) as the client it
// registered: client_id is required; the answer's token_endpoint_auth_method
// wins over requestedMethod, the method the request asked for.
Result<OAuthClient> parseRegistrationResponse(QByteArrayView body, const QString &requestedMethod);

// A token introspection answer (RFC 7662 §2.2): a JSON object whose "active"
// member is a boolean.
Result<QJsonObject> parseIntrospectionResponse(QByteArrayView body);

} // namespace mcpscope
