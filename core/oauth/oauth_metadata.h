#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace mcpscope {

// OAuth 2.0 Protected Resource Metadata (RFC 9728) of an MCP server.
struct ProtectedResourceMetadata
{
    QString resource;
    QStringList authorizationServers;
    QStringList scopesSupported;
    QStringList bearerMethodsSupported;
    QString resourceName;
    QJsonObject raw;
};

// Authorization server metadata (RFC 8414, or OpenID Connect Discovery).
struct AuthServerMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl registrationEndpoint;
    QUrl revocationEndpoint;
    QUrl introspectionEndpoint;
    QUrl jwksUri;
    QStringList scopesSupported;
    QStringList responseTypesSupported;
    QStringList grantTypesSupported;
    QStringList codeChallengeMethodsSupported;
    QStringList tokenEndpointAuthMethodsSupported;
    bool clientIdMetadataDocumentSupported = false;
    bool authorizationResponseIssParameterSupported = false;
    QJsonObject raw;

    bool supportsS256() const
    {
        return codeChallengeMethodsSupported.contains(QLatin1String("S256"));
    }
};

// Documents come from untrusted servers: wrong types, missing required
// members and oversized bodies are Errors that name the member.
Result<ProtectedResourceMetadata> parseProtectedResourceMetadata(QByteArrayView json);
Result<AuthServerMetadata> parseAuthServerMetadata(QByteArrayView json);

// Where a resource's metadata may be (RFC 9728 §3.1): the path-based
// well-known URI first, then the root one.
QList<QUrl> protectedResourceMetadataUrls(const QUrl &resource);
// Where an issuer's metadata may be, in the order MCP 2025-11-25 gives: with
// a path, OAuth path insertion, OIDC path insertion, OIDC path appending;
// without one, OAuth then OIDC at the root.
QList<QUrl> authServerMetadataUrls(const QUrl &issuer);
// The canonical resource URI of an MCP endpoint (RFC 8707, MCP): scheme and
// host lower-cased, no fragment, no default port, no trailing slash on an
// empty path.
QString canonicalResource(const QUrl &endpoint);
// RFC 9728 §3.3 / RFC 8414 §3.3: the document's identifier must be the one asked for.
bool sameIdentifier(const QString &a, const QString &b);
// Plain http is only acceptable on loopback hosts (a warning otherwise).
bool isInsecureRemote(const QUrl &url);

} // namespace mcpscope
