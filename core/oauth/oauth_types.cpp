#include "oauth/oauth_types.h"
#include "oauth/error_body.h"

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

Finding oauthErrorFinding(const QString &where, const QString &error, const QString &description)
{
    const QString d = description.toLower();
    const char *kind = "oauth.error";
    if (error == u"invalid_grant") {
        if (where == u"refresh")
            kind = "oauth.invalid_grant.refresh";
        else if (d.contains(QLatin1String("redirect")))
            kind = "oauth.invalid_grant.redirect_mismatch";
        else if (d.contains(QLatin1String("verifier")) || d.contains(QLatin1String("pkce")) ||
                 d.contains(QLatin1String("challenge")))
            kind = "oauth.invalid_grant.verifier_mismatch";
        else
            kind = "oauth.invalid_grant.code";
    } else if (error == u"invalid_client") {
        kind = "oauth.invalid_client";
    } else if (error == u"unauthorized_client") {
        kind = "oauth.unauthorized_client";
    } else if (error == u"invalid_scope") {
        kind = "oauth.invalid_scope";
    } else if (error == u"invalid_target") {
        kind = "oauth.invalid_target";
    } else if (error == u"access_denied") {
        kind = "oauth.access_denied";
    } else if (error == u"unsupported_grant_type") {
        kind = "oauth.unsupported_grant_type";
    } else if (error == u"unsupported_response_type") {
        kind = "oauth.unsupported_response_type";
    } else if (error == u"invalid_redirect_uri" ||
               (error == u"invalid_request" && d.contains(QLatin1String("redirect")))) {
        kind = "oauth.invalid_redirect_uri";
    } else if (error == u"invalid_client_metadata") {
        kind = "oauth.invalid_client_metadata";
    } else if (error == u"invalid_request") {
        kind = "oauth.invalid_request";
    } else if (error == u"temporarily_unavailable" || error == u"server_error") {
        kind = "oauth.server_error";
    }
    return makeFinding(kind, {error, description});
}

OAuthDiagnosis diagnoseOAuthError(const QString &where, const QString &error,
                                  const QString &description)
{
    const Finding finding = oauthErrorFinding(where, error, description);
    return {finding.cause(), finding.fix()};
}

TokenResponse parseTokenResponse(const QByteArray &body, qint64 nowMs, bool dpopProofSent)
{
    TokenResponse out;
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(body.left(1024 * 1024), &error).object();
    if (error.error != QJsonParseError::NoError) {
        // An HTML or text error page may still say which OAuth error it is.
        const ErrorBody page = readErrorBody(body);
        if (!page.error.isEmpty()) {
            out.error = page.error;
            out.errorDescription = page.description;
            return out;
        }
        out.error = QStringLiteral("invalid_response");
        out.errorDescription =
            page.html ? quoteErrorBody(body)
                      : tr("The token endpoint answered with something that is not JSON: %1")
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
               (!dpopProofSent ||
                out.tokens.tokenType.compare(QLatin1String("DPoP"), Qt::CaseInsensitive) != 0) &&
               !out.tokens.tokenType.isEmpty()) {
        out.error = QStringLiteral("invalid_response");
        out.errorDescription =
            tr("The token endpoint issued a \"%1\" token; MCP uses Bearer (or DPoP-bound) "
               "tokens.")
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
        return makeError(ErrorCode::OAuthRegister, tr("The registration answer has no client_id."));
    return client;
}

Result<QJsonObject> parseIntrospectionResponse(QByteArrayView body)
{
    const QByteArray json = body.first(std::min<qsizetype>(body.size(), 1024 * 1024)).toByteArray();
    const QJsonObject answer = QJsonDocument::fromJson(json).object();
    if (!answer.value(QStringLiteral("active")).isBool())
        return makeError(
            ErrorCode::OAuthIntrospect,
            tr("The introspection answer has no boolean \"active\" member (RFC 7662)."));
    return answer;
}

} // namespace mcpscope

namespace mcpscope {

TokenExchangeResponse parseTokenExchangeResponse(const QByteArray &body)
{
    TokenExchangeResponse out;
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(body.left(1024 * 1024), &error).object();
    if (error.error != QJsonParseError::NoError) {
        out.error = QStringLiteral("invalid_response");
        out.errorDescription =
            QCoreApplication::translate("mcpscope::TokenResponse",
                                        "The token exchange answer is not JSON: %1")
                .arg(error.errorString());
        return out;
    }
    out.error = o.value(QStringLiteral("error")).toString();
    out.errorDescription = o.value(QStringLiteral("error_description")).toString();
    if (!out.error.isEmpty())
        return out;
    out.token = o.value(QStringLiteral("access_token")).toString();
    out.issuedTokenType = o.value(QStringLiteral("issued_token_type")).toString();
    out.tokenType = o.value(QStringLiteral("token_type")).toString();
    if (out.token.isEmpty()) {
        out.error = QStringLiteral("invalid_response");
        out.errorDescription = QCoreApplication::translate("mcpscope::TokenResponse",
                                                           "The answer has no access_token.");
    } else if (out.issuedTokenType != QLatin1String(kIdJagTokenType)) {
        out.error = QStringLiteral("invalid_response");
        out.errorDescription =
            QCoreApplication::translate("mcpscope::TokenResponse",
                                        "issued_token_type is \"%1\", not an ID-JAG (%2).")
                .arg(out.issuedTokenType, QLatin1String(kIdJagTokenType));
    }
    return out;
}

} // namespace mcpscope
