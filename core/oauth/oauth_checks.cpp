#include "oauth/oauth_checks.h"
#include "oauth/error_body.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcpscope::OAuthChecks {

namespace {

QString snippet(const Exchange &e)
{
    return quoteErrorBody(e.responseBody);
}

// The OAuth error of an error body (JSON, or an HTML or text page that states one).
std::pair<QString, QString> oauthError(const Exchange &e)
{
    return oauthErrorOf(e.responseBody);
}

} // namespace

std::optional<Finding> reached(Endpoint endpoint, const Exchange &exchange, const QUrl &url)
{
    if (!exchange.failed())
        return std::nullopt;
    switch (endpoint) {
    case Endpoint::ResourceMetadata:
        return makeFinding("oauth.resource_metadata.unreachable",
                           {url.toString(), exchange.errorMessage});
    case Endpoint::AuthServerMetadata:
        return makeFinding("oauth.as_metadata.unreachable",
                           {url.toString(), exchange.errorMessage});
    case Endpoint::Registration:
        return makeFinding("oauth.registration.unreachable", {exchange.errorMessage});
    case Endpoint::Authorization:
        return makeFinding("oauth.authorization.unreachable", {exchange.errorMessage});
    case Endpoint::Token:
        return makeFinding("oauth.token.unreachable", {exchange.errorMessage});
    }
    return std::nullopt;
}

std::optional<Finding> resourceMatches(const QString &declared, const QString &expected)
{
    QString trimmed = declared;
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    const QUrl declaredUrl(trimmed);
    const QUrl expectedUrl(expected);
    if (declaredUrl.scheme() == expectedUrl.scheme() && declaredUrl.host() == expectedUrl.host() &&
        declaredUrl.port() == expectedUrl.port() &&
        expectedUrl.path().startsWith(declaredUrl.path()))
        return std::nullopt;
    return makeFinding("oauth.resource_mismatch", {declared, expected});
}

std::optional<Finding> issuerMatches(const QString &metadataIssuer, const QString &expected)
{
    if (sameIdentifier(metadataIssuer, expected))
        return std::nullopt;
    return makeFinding("oauth.issuer_mismatch", {metadataIssuer, expected});
}

std::optional<Finding> supportsS256(const AuthServerMetadata &metadata)
{
    if (metadata.supportsS256())
        return std::nullopt;
    return makeFinding("oauth.pkce_s256_unsupported",
                       {metadata.codeChallengeMethodsSupported.isEmpty()
                            ? QCoreApplication::translate("mcpscope::Findings", "missing")
                            : metadata.codeChallengeMethodsSupported.join(QStringLiteral(", "))});
}

std::optional<Finding> hasAuthorizationEndpoint(const AuthServerMetadata &metadata)
{
    if (!metadata.authorizationEndpoint.isEmpty())
        return std::nullopt;
    return makeFinding("oauth.as_metadata.no_authorization_endpoint");
}

std::optional<Finding> redirectState(const QString &received, const QString &sent)
{
    if (!sent.isEmpty() && received == sent)
        return std::nullopt;
    return makeFinding("oauth.redirect.state_mismatch");
}

std::optional<Finding> redirectIssuer(const QString &iss, const QString &issuer, bool advertised)
{
    if (issuer.isEmpty())
        return std::nullopt;
    if (iss.isEmpty())
        return advertised ? std::optional(makeFinding("oauth.redirect.iss_missing", {issuer}))
                          : std::nullopt;
    // RFC 9207 §2.4: simple string comparison, no normalization at all (no
    // case folding, port elision, trailing slash or percent-decoding).
    if (iss == issuer)
        return std::nullopt;
    return makeFinding("oauth.redirect.iss_mismatch", {iss, issuer});
}

std::optional<Finding> assertionGiven(const QString &flowName, const QString &needed, bool given)
{
    if (given)
        return std::nullopt;
    return makeFinding("oauth.assertion.missing", {flowName, needed});
}

std::optional<Finding> dpopNonceRetries(const QString &endpoint, int retries, int maxRetries)
{
    if (retries < maxRetries)
        return std::nullopt;
    return makeFinding("oauth.dpop.nonce_loop", {endpoint, QString::number(retries + 1)});
}

std::optional<Finding> idJagIssued(const TokenExchangeResponse &answer)
{
    if (answer.error != u"invalid_response")
        return std::nullopt;
    return makeFinding("oauth.token_exchange.bad_answer", {answer.errorDescription});
}

std::optional<Finding> redirectCarriesCode(const QUrlQuery &response)
{
    if (response.hasQueryItem(QStringLiteral("error")) ||
        !response.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).isEmpty())
        return std::nullopt;
    return makeFinding("oauth.redirect.no_code");
}

std::optional<Finding> redirectHops(int hops, int maxHops)
{
    if (hops < maxHops)
        return std::nullopt;
    return makeFinding("oauth.authorization.login_required", {QString::number(maxHops)});
}

Finding authorizationPage(const Exchange &exchange, bool preRegistered, const QString &redirectUri)
{
    Finding f;
    const ErrorBody page = readErrorBody(exchange.responseBody);
    // An error page naming the redirect URI (oidc-provider's says so well
    // past its head): for a pre-registered client, the usual cause is a
    // redirect URI it never registered, whatever code the page names.
    const bool aboutRedirect =
        exchange.status == 400 && QString::fromUtf8(exchange.responseBody.left(64 * 1024))
                                      .contains(QLatin1String("redirect"), Qt::CaseInsensitive);
    const bool redirectCode = page.error.isEmpty() || page.error == u"invalid_redirect_uri" ||
                              page.error == u"invalid_request";
    if (!page.error.isEmpty() && (page.json || !(aboutRedirect && preRegistered && redirectCode))) {
        f = oauthErrorFinding(QStringLiteral("authorize"), page.error, page.description);
    } else {
        const QStringList arguments{QString::number(exchange.status), snippet(exchange)};
        if (aboutRedirect && preRegistered)
            f = makeFinding("oauth.authorization.redirect_unregistered",
                            arguments + QStringList{redirectUri});
        else if (aboutRedirect)
            f = oauthErrorFinding(QStringLiteral("authorize"),
                                  QStringLiteral("invalid_redirect_uri"), {});
        else
            f = makeFinding("oauth.authorization.no_redirect", arguments);
    }
    return f;
}

std::optional<Finding> registrationAccepted(const Exchange &exchange)
{
    if (exchange.status == 200 || exchange.status == 201)
        return std::nullopt;
    const auto [error, description] = oauthError(exchange);
    if (!error.isEmpty())
        return oauthErrorFinding(QStringLiteral("register"), error, description);
    return makeFinding("oauth.registration.refused",
                       {QString::number(exchange.status), snippet(exchange)});
}

std::optional<Finding> tokenResponse(const TokenResponse &response, int status,
                                     const QString &where)
{
    if (response.error.isEmpty() && status == 200)
        return std::nullopt;
    if (response.error == u"invalid_response" && status == 200)
        return makeFinding("oauth.token.invalid_response",
                           {response.error, response.errorDescription});
    return oauthErrorFinding(where, response.error, response.errorDescription);
}

std::optional<Finding> resourceMetadataParsed(const Result<ProtectedResourceMetadata> &parsed,
                                              const QUrl &url)
{
    if (parsed)
        return std::nullopt;
    return makeFinding("oauth.resource_metadata.malformed",
                       {parsed.error().message, url.toString()});
}

std::optional<Finding> authServerMetadataParsed(const Result<AuthServerMetadata> &parsed,
                                                const QUrl &url)
{
    if (parsed)
        return std::nullopt;
    return makeFinding("oauth.as_metadata.malformed", {parsed.error().message, url.toString()});
}

std::optional<Finding> metadataCandidateLeft(int attempt, const QList<QUrl> &candidates)
{
    if (attempt < candidates.size())
        return std::nullopt;
    QStringList tried;
    for (const QUrl &u : candidates)
        tried << u.toString();
    return makeFinding("oauth.as_metadata.not_found", {tried.join(QStringLiteral(", "))});
}

std::optional<Finding> loopbackListening(const Result<void> &listening, bool redirectUriGiven)
{
    if (listening)
        return std::nullopt;
    return makeFinding(redirectUriGiven ? "oauth.loopback.redirect_unusable"
                                        : "oauth.loopback.no_port",
                       {listening.error().message});
}

std::optional<Finding> clientCredentialsUsable(const OAuthClient &preRegistered)
{
    if (!preRegistered.clientSecret.isEmpty() || !preRegistered.privateKeyPem.isEmpty())
        return std::nullopt;
    return makeFinding("oauth.client_credentials.no_secret");
}

std::optional<Finding> registrationPossible(const AuthServerMetadata &metadata,
                                            const OAuthClient &preRegistered,
                                            const QString &clientMetadataUrl)
{
    if (!preRegistered.clientId.isEmpty() ||
        (metadata.clientIdMetadataDocumentSupported && !clientMetadataUrl.isEmpty()) ||
        !metadata.registrationEndpoint.isEmpty())
        return std::nullopt;
    return makeFinding("oauth.registration.unavailable");
}

std::optional<Finding> registrationParsed(const Result<OAuthClient> &parsed)
{
    if (parsed)
        return std::nullopt;
    return makeFinding("oauth.registration.malformed", {parsed.error().message});
}

std::optional<Finding> browserAnswered(bool stillWaiting)
{
    if (!stillWaiting)
        return std::nullopt;
    return makeFinding("oauth.authorization.browser_timeout");
}

} // namespace mcpscope::OAuthChecks
