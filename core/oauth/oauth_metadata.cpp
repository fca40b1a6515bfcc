#include "oauth/oauth_metadata.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

namespace mcpscope {

namespace {

constexpr qsizetype kMaxDocument = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope",
                                       text); // lupdate files free functions under the namespace
}

Result<QJsonObject> parseObject(QByteArrayView json, const QString &what)
{
    if (json.size() > kMaxDocument)
        return makeError(ErrorCode::OAuthMetadata,
                         tr("The %1 is %2 bytes; McpScope reads documents up to 1 MiB.")
                             .arg(what)
                             .arg(json.size()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::OAuthMetadata, tr("The %1 is not valid JSON: %2 at offset %3.")
                                                       .arg(what, error.errorString())
                                                       .arg(error.offset));
    if (!doc.isObject())
        return makeError(ErrorCode::OAuthMetadata, tr("The %1 is not a JSON object.").arg(what));
    return doc.object();
}

// A string member (empty when absent); wrong types are errors.
Result<QString> stringMember(const QJsonObject &o, const char *name, const QString &what)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return makeError(ErrorCode::OAuthMetadata,
                         tr("In the %1, \"%2\" must be a string.").arg(what, QLatin1String(name)));
    return v.toString();
}

Result<QStringList> stringArrayMember(const QJsonObject &o, const char *name, const QString &what)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (!v.isArray())
        return makeError(
            ErrorCode::OAuthMetadata,
            tr("In the %1, \"%2\" must be an array of strings.").arg(what, QLatin1String(name)));
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return makeError(ErrorCode::OAuthMetadata,
                             tr("In the %1, \"%2\" must be an array of strings.")
                                 .arg(what, QLatin1String(name)));
        out << item.toString();
    }
    return out;
}

Result<QUrl> urlMember(const QJsonObject &o, const char *name, const QString &what, bool required)
{
    const auto text = stringMember(o, name, what);
    if (!text)
        return Failure{text.error()};
    if (text->isEmpty()) {
        if (required)
            return makeError(
                ErrorCode::OAuthMetadata,
                tr("The %1 has no \"%2\", which is required.").arg(what, QLatin1String(name)));
        return QUrl();
    }
    const QUrl url(*text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http"))
        return makeError(ErrorCode::OAuthMetadata, tr("In the %1, \"%2\" is not an http(s) URL: %3")
                                                       .arg(what, QLatin1String(name), *text));
    return url;
}

} // namespace

Result<ProtectedResourceMetadata> parseProtectedResourceMetadata(QByteArrayView json)
{
    const QString what = tr("protected resource metadata");
    const auto object = parseObject(json, what);
    if (!object)
        return Failure{object.error()};
    ProtectedResourceMetadata m;
    m.raw = *object;
    const auto resource = stringMember(*object, "resource", what);
    const auto servers = stringArrayMember(*object, "authorization_servers", what);
    const auto scopes = stringArrayMember(*object, "scopes_supported", what);
    const auto methods = stringArrayMember(*object, "bearer_methods_supported", what);
    const auto name = stringMember(*object, "resource_name", what);
    for (const Error *e : {resource ? nullptr : &resource.error(),
                           servers ? nullptr : &servers.error(), scopes ? nullptr : &scopes.error(),
                           methods ? nullptr : &methods.error(), name ? nullptr : &name.error()})
        if (e)
            return Failure{*e};
    if (resource->isEmpty())
        return makeError(ErrorCode::OAuthMetadata,
                         tr("The %1 has no \"resource\", which is required.").arg(what));
    if (servers->isEmpty())
        return makeError(
            ErrorCode::OAuthMetadata,
            tr("The %1 lists no \"authorization_servers\"; MCP requires at least one.").arg(what));
    m.resource = *resource;
    m.authorizationServers = *servers;
    m.scopesSupported = *scopes;
    m.bearerMethodsSupported = *methods;
    m.resourceName = *name;
    return m;
}

Result<AuthServerMetadata> parseAuthServerMetadata(QByteArrayView json)
{
    const QString what = tr("authorization server metadata");
    const auto object = parseObject(json, what);
    if (!object)
        return Failure{object.error()};
    AuthServerMetadata m;
    m.raw = *object;
    const auto issuer = stringMember(*object, "issuer", what);
    if (!issuer)
        return Failure{issuer.error()};
    if (issuer->isEmpty())
        return makeError(ErrorCode::OAuthMetadata,
                         tr("The %1 has no \"issuer\", which is required.").arg(what));
    m.issuer = *issuer;
    struct UrlField
    {
        const char *name;
        QUrl *target;
        bool required;
    };
    for (const UrlField &f : {UrlField{"authorization_endpoint", &m.authorizationEndpoint, false},
                              UrlField{"token_endpoint", &m.tokenEndpoint, true},
                              UrlField{"registration_endpoint", &m.registrationEndpoint, false},
                              UrlField{"revocation_endpoint", &m.revocationEndpoint, false},
                              UrlField{"introspection_endpoint", &m.introspectionEndpoint, false},
                              UrlField{"jwks_uri", &m.jwksUri, false}}) {
        const auto url = urlMember(*object, f.name, what, f.required);
        if (!url)
            return Failure{url.error()};
        *f.target = *url;
    }
    struct ListField
    {
        const char *name;
        QStringList *target;
    };
    for (const ListField &f :
         {ListField{"scopes_supported", &m.scopesSupported},
          ListField{"response_types_supported", &m.responseTypesSupported},
          ListField{"grant_types_supported", &m.grantTypesSupported},
          ListField{"code_challenge_methods_supported", &m.codeChallengeMethodsSupported},
          ListField{"token_endpoint_auth_methods_supported",
                    &m.tokenEndpointAuthMethodsSupported}}) {
        const auto list = stringArrayMember(*object, f.name, what);
        if (!list)
            return Failure{list.error()};
        *f.target = *list;
    }
    m.clientIdMetadataDocumentSupported =
        object->value(QStringLiteral("client_id_metadata_document_supported")).toBool();
    m.authorizationResponseIssParameterSupported =
        object->value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool();
    return m;
}

QList<QUrl> protectedResourceMetadataUrls(const QUrl &resource)
{
    QUrl root = resource.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    QString path = root.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QList<QUrl> urls;
    if (!path.isEmpty()) {
        QUrl pathBased = root;
        pathBased.setPath(QStringLiteral("/.well-known/oauth-protected-resource") + path);
        urls << pathBased;
    }
    root.setPath(QStringLiteral("/.well-known/oauth-protected-resource"));
    urls << root;
    return urls;
}

QList<QUrl> authServerMetadataUrls(const QUrl &issuer)
{
    QUrl base = issuer.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const auto at = [&base](const QString &p) {
        QUrl u = base;
        u.setPath(p);
        return u;
    };
    if (path.isEmpty())
        return {at(QStringLiteral("/.well-known/oauth-authorization-server")),
                at(QStringLiteral("/.well-known/openid-configuration"))};
    return {at(QStringLiteral("/.well-known/oauth-authorization-server") + path),
            at(QStringLiteral("/.well-known/openid-configuration") + path),
            at(path + QStringLiteral("/.well-known/openid-configuration"))};
}

QString canonicalResource(const QUrl &endpoint)
{
    QUrl u = endpoint.adjusted(QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    u.setScheme(u.scheme().toLower());
    u.setHost(u.host().toLower());
    if ((u.scheme() == u"https" && u.port() == 443) || (u.scheme() == u"http" && u.port() == 80))
        u.setPort(-1);
    QString text = u.toString(QUrl::FullyEncoded);
    if (u.path() == u"/" && u.query().isEmpty())
        text.chop(1);
    return text;
}

bool sameIdentifier(const QString &a, const QString &b)
{
    // Compared as strings (RFC 8414 §3.3), forgiving only a trailing slash.
    const auto trim = [](QString s) {
        while (s.endsWith(QLatin1Char('/')))
            s.chop(1);
        return s;
    };
    return trim(a) == trim(b);
}

bool isInsecureRemote(const QUrl &url)
{
    if (url.scheme() != u"http")
        return false;
    const QString host = url.host();
    if (host == u"localhost")
        return false;
    const QHostAddress address(host);
    return !(address.isLoopback());
}

} // namespace mcpscope
