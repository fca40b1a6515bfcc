// Protected resource and authorization server metadata documents are fetched
// from servers McpScope does not control.
#include "oauth/oauth_metadata.h"
#include "oauth/oauth_types.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto prm = parseProtectedResourceMetadata(json);
    if (prm && (prm->resource.isEmpty() || prm->authorizationServers.isEmpty()))
        std::abort(); // required members are checked
    if (prm)
        for (const QString &server : prm->authorizationServers)
            (void)authServerMetadataUrls(QUrl(server));
    const auto as = parseAuthServerMetadata(json);
    if (as && (as->issuer.isEmpty() || !as->tokenEndpoint.isValid()))
        std::abort();
    (void)parseTokenResponse(json.toByteArray(), 0);
    return 0;
}
