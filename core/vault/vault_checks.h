#pragma once

#include "common/findings.h"

#include <QString>

#include <optional>

namespace mcpscope {

// What the token vault refuses or cannot do, as pure functions: nothing when
// the input passes, else the registered finding (vault.*) that explains it.
// TokenVault's error messages are these findings' messages.
namespace VaultChecks {

// A credential's secrets go only to the issuer it was obtained from; the
// metadata stored with it must name that issuer.
std::optional<Finding> issuerBound(qint64 id, const QString &credentialIssuer,
                                   const QString &metadataIssuer);

// A credential is stored under its issuer: it must have one.
std::optional<Finding> issuerNamed(const QString &resource, const QString &issuer);

// An access token is sent only to the resource it was obtained for.
std::optional<Finding> resourceBound(qint64 id, const QString &credentialResource,
                                     const QString &resource);

// A refresh needs a refresh token.
std::optional<Finding> refreshable(bool hasRefreshToken, const QString &resource);

// The OS keychain answered the probe; errorString: what it said when not.
std::optional<Finding> keychainAvailable(bool available, const QString &errorString);

} // namespace VaultChecks

} // namespace mcpscope
