#include "oauth/oauth_types.h"

#include "common/known_secrets.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace mcpscope {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope",
                                       text); // lupdate files free functions under the namespace
}
} // namespace

OAuthDiagnosis diagnoseOAuthError(const QString &where, const QString &error,
                                  const QString &description)
{
    const QString d = description.toLower();
    if (error == u"invalid_grant") {
        if (where == u"refresh")
            return {tr("The refresh token was refused: it expired, was revoked, or was already "
                       "used once (servers that "
                       "rotate refresh tokens accept each one only once)."),
                    tr("Sign in again to get a new refresh token; if this keeps happening, make "
                       "sure only one client "
                       "uses the stored refresh token.")};
        if (d.contains(QLatin1String("redirect")))
            return {tr("The redirect_uri of the token request differs from the one used in the "
                       "authorization request."),
                    tr("Send exactly the same redirect_uri in both requests (scheme, host, port "
                       "and path).")};
        if (d.contains(QLatin1String("verifier")) || d.contains(QLatin1String("pkce")) ||
            d.contains(QLatin1String("challenge")))
            return {tr("The code_verifier does not match the code_challenge sent with the "
                       "authorization request."),
                    tr("Send the verifier generated for this flow; start the flow again if it was "
                       "lost.")};
        return {tr("The authorization code was refused: codes expire within minutes and can be "
                   "used only once, and "
                   "they must come with the same redirect_uri and a matching code_verifier."),
                tr("Start the flow again and exchange the new code at once.")};
    }
    if (error == u"invalid_client")
        return {tr("The authorization server did not accept the client's credentials (unknown "
                   "client_id, wrong secret, "
                   "or the wrong token endpoint authentication method)."),
                tr("Check the client id and secret, and use the authentication method the client "
                   "was registered with; "
                   "a dynamically registered client may have expired: register again.")};
    if (error == u"unauthorized_client")
        return {tr("This client is not allowed to use this grant type."),
                tr("Register the client with the grant type (authorization_code, refresh_token or "
                   "client_credentials).")};
    if (error == u"invalid_scope")
        return {tr("A requested scope is unknown to the authorization server or not allowed for "
                   "this client."),
                tr("Request only scopes listed in scopes_supported, or leave the scope out.")};
    if (error == u"invalid_target")
        return {
            tr("The authorization server does not accept the resource parameter (RFC 8707) sent."),
            tr("Check that the resource is the MCP server's canonical URL as its protected "
               "resource metadata "
               "states, and that the authorization server knows it.")};
    if (error == u"access_denied")
        return {tr("The user or the authorization server refused the request."),
                tr("Sign in again and approve the requested access, or ask for fewer scopes.")};
    if (error == u"unsupported_grant_type")
        return {tr("The token endpoint does not support this grant type."),
                tr("Check grant_types_supported in the authorization server metadata.")};
    if (error == u"unsupported_response_type")
        return {
            tr("The authorization endpoint does not support response_type=code for this client."),
            tr("Register the client for the authorization code flow.")};
    if (error == u"invalid_redirect_uri" ||
        (error == u"invalid_request" && d.contains(QLatin1String("redirect"))))
        return {tr("The authorization server rejected the redirect URI."),
                tr("Register the exact redirect URI (for a native app, http://127.0.0.1 with any "
                   "port is the usual "
                   "form); a pre-registered client must use one of its registered URIs.")};
    if (error == u"invalid_client_metadata")
        return {
            tr("Dynamic registration refused the client metadata."),
            tr("Look at the error description for the member it rejected (often redirect_uris or "
               "token_endpoint_auth_method).")};
    if (error == u"invalid_request")
        return {tr("The request is missing a parameter or has a malformed one."),
                tr("Compare the request with the error description; PKCE (code_challenge with "
                   "S256) and state are "
                   "required.")};
    if (error == u"temporarily_unavailable" || error == u"server_error")
        return {tr("The authorization server had a problem of its own."), tr("Try again later.")};
    Q_UNUSED(where)
    return {tr("The authorization server answered with error \"%1\".").arg(error),
            tr("See the error description and the server's documentation.")};
}

TokenResponse parseTokenResponse(const QByteArray &body, qint64 nowMs)
{
    TokenResponse out;
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(body.left(1024 * 1024), &error).object();
    if (error.error != QJsonParseError::NoError) {
        out.error = QStringLiteral("invalid_response");
        out.errorDescription = tr("The token endpoint answered with something that is not JSON: %1")
                                   .arg(error.errorString());
        return out;
    }
    // An error is a non-empty code (RFC 6749 §5.2). Some servers send
    // "error": null or "" beside their tokens; that is no error, and not a
    // success without an access token either.
    if (!o.value(QStringLiteral("error")).toString().isEmpty()) {
        out.error = o.value(QStringLiteral("error")).toString();
        out.errorDescription = o.value(QStringLiteral("error_description")).toString();
        return out;
    }
    out.tokens.accessToken = o.value(QStringLiteral("access_token")).toString();
    out.tokens.tokenType = o.value(QStringLiteral("token_type")).toString();
    out.tokens.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    out.tokens.idToken = o.value(QStringLiteral("id_token")).toString();
    for (const QString *token :
         {&out.tokens.accessToken, &out.tokens.refreshToken, &out.tokens.idToken})
        registerSecret(*token);
    out.tokens.scope = o.value(QStringLiteral("scope")).toString();
    out.tokens.obtainedAtMs = nowMs;
    // Bounded (a lifetime of 10^10 s outlives any clock) and at least 1 ms,
    // since 0 means "no lifetime given".
    const double expiresIn = o.value(QStringLiteral("expires_in")).toDouble(-1);
    if (expiresIn > 0)
        out.tokens.expiresAtMs =
            nowMs + std::max<qint64>(1, std::llround(std::min(expiresIn, 1e10) * 1000));
    if (out.tokens.accessToken.isEmpty()) {
        out.error = QStringLiteral("invalid_response");
        out.errorDescription = tr("The token endpoint's answer has no access_token.");
    } else if (out.tokens.tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0 &&
               !out.tokens.tokenType.isEmpty()) {
        out.error = QStringLiteral("invalid_response");
        out.errorDescription =
            tr("The token endpoint issued a \"%1\" token; MCP uses Bearer tokens.")
                .arg(out.tokens.tokenType);
    }
    return out;
}

Result<OAuthClient> parseRegistrationResponse(QByteArrayView body, const QString &requestedMethod)
{
    const QByteArray json = body.first(std::min<qsizetype>(body.size(), 1024 * 1024)).toByteArray();
    const QJsonObject answer = QJsonDocument::fromJson(json).object();
    OAuthClient client;
    client.clientId = answer.value(QStringLiteral("client_id")).toString();
    client.clientSecret = answer.value(QStringLiteral("client_secret")).toString();
    // An empty method names none: the default applies (RFC 7591 §2).
    client.authMethod = answer.value(QStringLiteral("token_endpoint_auth_method")).toString();
    if (client.authMethod.isEmpty())
        client.authMethod = client.clientSecret.isEmpty() ? QStringLiteral("none")
                            : requestedMethod == u"none"  ? QStringLiteral("client_secret_basic")
                                                          : requestedMethod;
    client.registration = QStringLiteral("dynamic");
    if (client.clientId.isEmpty())
        return makeError(QStringLiteral("oauth.register"),
                         tr("The registration answer has no client_id."));
    return client;
}

Result<QJsonObject> parseIntrospectionResponse(QByteArrayView body)
{
    const QByteArray json = body.first(std::min<qsizetype>(body.size(), 1024 * 1024)).toByteArray();
    const QJsonObject answer = QJsonDocument::fromJson(json).object();
    if (!answer.value(QStringLiteral("active")).isBool())
        return makeError(
            QStringLiteral("oauth.introspect"),
            tr("The introspection answer has no boolean \"active\" member (RFC 7662)."));
    return answer;
}

} // namespace mcpscope
