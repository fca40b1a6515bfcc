// JWTs (access and ID tokens) come from authorization servers; the JWT viewer
// decodes whatever the user pastes.
#include "oauth/jwt.h"

#include <QJsonArray>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView token(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto jwt = decodeJwt(token);
    if (!jwt)
        return jwt.error().message.isEmpty() ? (std::abort(), 0) : 0;
    (void)checkJwtClaims(*jwt, QStringLiteral("iss"), QStringLiteral("aud"), 0);
    // A JWKS built from the token's own header exercises the key parsers
    // with hostile key material; a forged token must never verify.
    const QJsonObject jwks{{QStringLiteral("keys"), QJsonArray{jwt->header}}};
    if (verifyJwtSignature(*jwt, jwks) && jwt->signature.isEmpty())
        std::abort();
    return 0;
}
