// JWTs (access and ID tokens) come from authorization servers; the JWT viewer
// decodes whatever the user pastes. Properties: what decodes re-encodes to the
// same three parts; signJwt's output decodes to what was signed; nothing
// verifies against the harness's keys but the tokens those keys signed.
#include "jwt_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

using namespace mcpscope::fuzz;

// Only a token the harness signed verifies against its keys: the same
// text, or for ES256 (a random nonce per signature, so seeds saved by an
// earlier run differ) the same header and payload.
void requireOnlyGenuineVerifies(QByteArrayView token)
{
    const auto jwt = decodeJwt(token);
    if (!jwt || !verifyJwtSignature(*jwt, fixture().jwks) ||
        fixture().tokens.contains(token.toByteArray()))
        return;
    for (const QByteArray &genuine : fixture().tokens)
        if (jwt->alg() == u"ES256" && genuine.startsWith(QByteArray(jwt->signingInput + '.')))
            return;
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView token(reinterpret_cast<const char *>(data), qsizetype(size));

    // A harness token with the input's bytes xored in at the positions the
    // input names: any change at all must stop it verifying.
    if (size >= 1) {
        QByteArray mutated = fixture().tokens.at(data[0] % fixture().tokens.size());
        for (size_t i = 1; i + 2 < size; i += 3)
            mutated[(data[i] * 256 + data[i + 1]) % mutated.size()] ^= char(data[i + 2]);
        requireOnlyGenuineVerifies(mutated);
    }
    requireOnlyGenuineVerifies(token);

    const auto jwt = decodeJwt(token);
    if (!jwt)
        return jwt.error().message.isEmpty() ? (std::abort(), 0) : 0;
    (void)checkJwtClaims(*jwt, QStringLiteral("iss"), QStringLiteral("aud"), 0);

    // Decode/encode agreement: each part is the canonical base64url of what
    // it decoded to, so the decoded token re-encodes to the same text.
    const QList<QByteArray> parts = token.toByteArray().split('.');
    if (parts.size() != 3 || jwt->signingInput != parts[0] + '.' + parts[1] ||
        b64(jwt->signature) != parts[2])
        std::abort();
    for (const QByteArray &part : parts)
        if (b64(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)) != part)
            std::abort();
    // The objects re-serialised decode to the same objects.
    const auto again = decodeJwt(
        QByteArray(b64(compact(jwt->header)) + '.' + b64(compact(jwt->claims)) + '.' + parts[2]));
    if (!again || again->header != jwt->header || again->claims != jwt->claims ||
        again->signature != jwt->signature)
        std::abort();

    // What signJwt encodes decodes to what it was given, and verifies.
    QJsonObject header = jwt->header;
    header.insert(QStringLiteral("kid"), QStringLiteral("fuzz-ed"));
    const auto signedToken = signJwt(header, jwt->claims, QByteArray(kEdPem));
    if (!signedToken)
        std::abort();
    const auto signedJwt = decodeJwt(*signedToken);
    header.insert(QStringLiteral("alg"), QStringLiteral("EdDSA"));
    if (signedToken->size() <= 64 * 1024 &&
        (!signedJwt || signedJwt->header != header || signedJwt->claims != jwt->claims ||
         !verifyJwtSignature(*signedJwt, fixture().jwks)))
        std::abort();

    // A JWKS built from the token's own header exercises the key parsers
    // with hostile key material; a forged token must never verify.
    const QJsonObject jwks{{QStringLiteral("keys"), QJsonArray{jwt->header}}};
    if (verifyJwtSignature(*jwt, jwks) && jwt->signature.isEmpty())
        std::abort();
    return 0;
}
