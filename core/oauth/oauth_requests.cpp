#include "oauth/oauth_requests.h"

#include "common/known_secrets.h"
#include "oauth/jwt.h"
#include "oauth/pkce.h"

#include <QDateTime>
#include <QJsonObject>

namespace mcpscope::OAuthRequests {

QString chooseAuthMethod(const AuthServerMetadata &server, const OAuthClient &client)
{
    if (!client.authMethod.isEmpty())
        return client.authMethod;
    if (!client.privateKeyPem.isEmpty())
        return QStringLiteral("private_key_jwt");
    if (client.clientSecret.isEmpty())
        return QStringLiteral("none");
    const QStringList supported = server.tokenEndpointAuthMethodsSupported.isEmpty()
                                      ? QStringList{QStringLiteral("client_secret_basic")}
                                      : server.tokenEndpointAuthMethodsSupported;
    for (const char *method : {"client_secret_basic", "client_secret_post"})
        if (supported.contains(QLatin1String(method)))
            return QLatin1String(method);
    return QStringLiteral("client_secret_basic");
}

HttpRequest formPost(const AuthServerMetadata &server, const QUrl &endpoint, QUrlQuery form,
                     const OAuthClient &client)
{
    HttpRequest request;
    request.method = "POST";
    request.url = endpoint;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                       {"Accept", "application/json"}};
    registerSecret(client.clientSecret);
    const QString method =
        client.authMethod.isEmpty()
            ? (client.clientSecret.isEmpty() ? QStringLiteral("none")
                                             : QStringLiteral("client_secret_basic"))
            : client.authMethod;
    if (method == u"private_key_jwt") {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject claims{
            {QStringLiteral("iss"), client.clientId},
            {QStringLiteral("sub"), client.clientId},
            {QStringLiteral("aud"), server.issuer},
            {QStringLiteral("jti"), QString::fromLatin1(Pkce::randomToken(16))},
            {QStringLiteral("iat"), double(now)},
            {QStringLiteral("exp"), double(now + 300)}};
        const auto assertion = signJwt(QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")}},
                                       claims, client.privateKeyPem);
        form.addQueryItem(QStringLiteral("client_id"), client.clientId);
        form.addQueryItem(QStringLiteral("client_assertion_type"),
                          QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        if (assertion)
            form.addQueryItem(QStringLiteral("client_assertion"),
                              QString::fromLatin1(registeredSecret(*assertion)));
    } else if (method == u"client_secret_basic") {
        // RFC 6749 §2.3.1: both parts form-encoded before base64.
        const QByteArray id = QUrl::toPercentEncoding(client.clientId);
        const QByteArray secret = QUrl::toPercentEncoding(client.clientSecret);
        const QByteArray pair = id + ':' + secret;
        request.headers.append(
            {QByteArray("Authorization"), QByteArray("Basic ") + pair.toBase64()});
    } else {
        form.addQueryItem(QStringLiteral("client_id"), client.clientId);
        if (method == u"client_secret_post")
            form.addQueryItem(QStringLiteral("client_secret"), client.clientSecret);
    }
    // Form encoding: '+' and the reserved characters must be escaped too.
    QByteArray body;
    for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    request.body = body;
    return request;
}

HttpRequest authorizationCode(const AuthServerMetadata &server, const OAuthClient &client,
                              const QString &code, const QString &redirectUri,
                              const QString &verifier, const QString &resource)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    form.addQueryItem(QStringLiteral("code_verifier"), verifier);
    if (!resource.isEmpty())
        form.addQueryItem(QStringLiteral("resource"), resource);
    return formPost(server, server.tokenEndpoint, form, client);
}

HttpRequest refresh(const AuthServerMetadata &server, const OAuthClient &client,
                    const QString &refreshToken, const QString &resource, const QString &scope)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    if (!resource.isEmpty())
        form.addQueryItem(QStringLiteral("resource"), resource);
    if (!scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), scope);
    return formPost(server, server.tokenEndpoint, form, client);
}

HttpRequest jwtBearer(const AuthServerMetadata &server, const OAuthClient &client,
                      const QString &assertion, const QString &resource, const QString &scope)
{
    registerSecret(assertion);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QLatin1String(kJwtBearerGrant));
    form.addQueryItem(QStringLiteral("assertion"), assertion);
    if (!resource.isEmpty())
        form.addQueryItem(QStringLiteral("resource"), resource);
    if (!scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), scope);
    return formPost(server, server.tokenEndpoint, form, client);
}

HttpRequest idJagExchange(const QUrl &idpTokenEndpoint, const OAuthClient &idpClient,
                          const QString &idToken, const QString &audience, const QString &resource,
                          const QString &scope)
{
    registerSecret(idToken);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QLatin1String(kTokenExchangeGrant));
    form.addQueryItem(QStringLiteral("requested_token_type"), QLatin1String(kIdJagTokenType));
    form.addQueryItem(QStringLiteral("audience"), audience);
    form.addQueryItem(QStringLiteral("resource"), resource);
    if (!scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), scope);
    form.addQueryItem(QStringLiteral("subject_token"), idToken);
    form.addQueryItem(QStringLiteral("subject_token_type"),
                      QStringLiteral("urn:ietf:params:oauth:token-type:id_token"));
    AuthServerMetadata idp;
    idp.tokenEndpoint = idpTokenEndpoint;
    idp.issuer = idpTokenEndpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    return formPost(idp, idpTokenEndpoint, form, idpClient);
}

HttpRequest clientCredentials(const AuthServerMetadata &server, const OAuthClient &client,
                              const QString &resource, const QString &scope)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    if (!resource.isEmpty())
        form.addQueryItem(QStringLiteral("resource"), resource);
    if (!scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), scope);
    return formPost(server, server.tokenEndpoint, form, client);
}

HttpRequest revoke(const AuthServerMetadata &server, const OAuthClient &client,
                   const QString &token, const QString &tokenTypeHint)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), token);
    if (!tokenTypeHint.isEmpty())
        form.addQueryItem(QStringLiteral("token_type_hint"), tokenTypeHint);
    return formPost(server, server.revocationEndpoint, form, client);
}

HttpRequest introspect(const AuthServerMetadata &server, const OAuthClient &client,
                       const QString &token)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), token);
    return formPost(server, server.introspectionEndpoint, form, client);
}

HttpRequest getJson(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.headers = {{"Accept", "application/json"}};
    return request;
}

} // namespace mcpscope::OAuthRequests
