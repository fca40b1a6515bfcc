#include "vault/vault_checks.h"

#include "oauth/oauth_metadata.h"

#include <QCoreApplication>

namespace mcpscope::VaultChecks {

std::optional<Finding> issuerBound(qint64 id, const QString &credentialIssuer,
                                   const QString &metadataIssuer)
{
    if (!credentialIssuer.isEmpty() && sameIdentifier(metadataIssuer, credentialIssuer))
        return std::nullopt;
    return makeFinding("vault.wrong_issuer",
                       {QString::number(id), credentialIssuer,
                        metadataIssuer.isEmpty()
                            ? QCoreApplication::translate("mcpscope::Findings", "(no issuer)")
                            : metadataIssuer});
}

std::optional<Finding> issuerNamed(const QString &resource, const QString &issuer)
{
    if (!issuer.isEmpty())
        return std::nullopt;
    return makeFinding("vault.no_issuer", {resource});
}

std::optional<Finding> resourceBound(qint64 id, const QString &credentialResource,
                                     const QString &resource)
{
    if (sameIdentifier(credentialResource, resource))
        return std::nullopt;
    return makeFinding("vault.wrong_resource", {QString::number(id), credentialResource, resource});
}

std::optional<Finding> refreshable(bool hasRefreshToken, const QString &resource)
{
    if (hasRefreshToken)
        return std::nullopt;
    return makeFinding("vault.no_refresh_token", {resource});
}

std::optional<Finding> keychainAvailable(bool available, const QString &errorString)
{
    if (available)
        return std::nullopt;
    return makeFinding("vault.keychain_unavailable", {errorString});
}

} // namespace mcpscope::VaultChecks
