// A JWKS (RFC 7517) comes from the issuer's jwks_uri, i.e. from a server
// McpScope does not control. Property: a token verifies against a hostile
// JWKS only when that JWKS holds the very key that signed it.
#include "jwt_fixture.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;
using namespace mcpscope::fuzz;

namespace {

QByteArray member(const QJsonObject &jwk, const char *name)
{
    QByteArray bytes = QByteArray::fromBase64(jwk.value(QLatin1String(name)).toString().toLatin1(),
                                              QByteArray::Base64UrlEncoding);
    if (jwk.value(QStringLiteral("kty")).toString() == u"RSA") // big-endian integers
        while (bytes.startsWith('\0'))
            bytes.remove(0, 1);
    return bytes;
}

// The same public key (and, when the token names one, the same kid).
bool sameKey(const QJsonObject &candidate, const QJsonObject &genuine, const QString &kid)
{
    if (candidate.value(QStringLiteral("kty")) != genuine.value(QStringLiteral("kty")))
        return false;
    if (!kid.isEmpty() && candidate.value(QStringLiteral("kid")).toString() != kid)
        return false;
    // Only the members that make the key of its type; others are noise.
    const QString kty = genuine.value(QStringLiteral("kty")).toString();
    const QList<const char *> members = kty == u"RSA"  ? QList<const char *>{"n", "e"}
                                        : kty == u"EC" ? QList<const char *>{"x", "y"}
                                                       : QList<const char *>{"x"};
    for (const char *name : members)
        if (member(candidate, name) != member(genuine, name))
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QJsonObject jwks = doc.object();
    const Fixture &f = fixture();
    for (qsizetype t = 0; t < f.tokens.size(); ++t) {
        const auto jwt = decodeJwt(f.tokens[t]);
        const auto verified = verifyJwtSignature(*jwt, jwks);
        if (!verified) {
            if (verified.error().message.isEmpty())
                std::abort();
            continue;
        }
        bool holdsKey = false;
        for (const QJsonValue &key : jwks.value(QStringLiteral("keys")).toArray())
            holdsKey = holdsKey || sameKey(key.toObject(), f.keyOf[t], jwt->kid());
        if (!holdsKey)
            std::abort();
    }
    return 0;
}
