#include "oauth/jwt.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

namespace mcpscope {

namespace {

constexpr qsizetype kMaxToken = 64 * 1024;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("mcpscope", text, disambiguation,
                                       n); // lupdate files free functions under the namespace
}

std::optional<QByteArray> base64Url(QByteArrayView text)
{
    for (char c : text)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  QByteArray::Base64UrlEncoding |
                                                      QByteArray::AbortOnBase64DecodingErrors);
    // Only the canonical encoding (unused low bits zero, RFC 4648 §3.5):
    // otherwise several texts decode to one signature, and an altered token
    // still verifies.
    if (!decoded ||
        (*decoded).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) != text)
        return std::nullopt;
    return *decoded;
}

Result<QJsonObject> jsonPart(QByteArrayView text, const QString &name)
{
    const auto bytes = base64Url(text);
    if (!bytes)
        return makeError(ErrorCode::JwtDecode, tr("The JWT's %1 is not base64url.").arg(name));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::JwtDecode, tr("The JWT's %1 is not a JSON object.").arg(name));
    return doc.object();
}

struct PkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

std::optional<QByteArray> member(const QJsonObject &jwk, const char *name)
{
    return base64Url(jwk.value(QLatin1String(name)).toString().toLatin1());
}

Pkey fromData(const char *type, OSSL_PARAM_BLD *builder)
{
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    EVP_PKEY *key = nullptr;
    if (params && ctx && EVP_PKEY_fromdata_init(ctx) == 1)
        EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    return Pkey(key);
}

// A public key from a JWK (RSA, EC P-256, OKP Ed25519).
Pkey keyFromJwk(const QJsonObject &jwk)
{
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    if (kty == u"RSA") {
        const auto n = member(jwk, "n");
        const auto e = member(jwk, "e");
        if (!n || !e || n->isEmpty() || e->isEmpty() || n->size() > 1024)
            return nullptr;
        BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(n->constData()),
                               int(n->size()), nullptr);
        BIGNUM *be = BN_bin2bn(reinterpret_cast<const unsigned char *>(e->constData()),
                               int(e->size()), nullptr);
        OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
        Pkey key;
        if (bn && be && builder && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, bn) &&
            OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, be))
            key = fromData("RSA", builder);
        OSSL_PARAM_BLD_free(builder);
        BN_free(bn);
        BN_free(be);
        return key;
    }
    if (kty == u"EC") {
        if (jwk.value(QStringLiteral("crv")).toString() != u"P-256")
            return nullptr;
        const auto x = member(jwk, "x");
        const auto y = member(jwk, "y");
        if (!x || !y || x->size() != 32 || y->size() != 32)
            return nullptr;
        QByteArray point = QByteArray(1, '\x04') + *x + *y;
        OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
        Pkey key;
        if (builder &&
            OSSL_PARAM_BLD_push_utf8_string(builder, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) &&
            OSSL_PARAM_BLD_push_octet_string(builder, OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                             size_t(point.size())))
            key = fromData("EC", builder);
        OSSL_PARAM_BLD_free(builder);
        return key;
    }
    if (kty == u"OKP" && jwk.value(QStringLiteral("crv")).toString() == u"Ed25519") {
        const auto x = member(jwk, "x");
        if (!x || x->size() != 32)
            return nullptr;
        return Pkey(EVP_PKEY_new_raw_public_key(
            EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(x->constData()),
            size_t(x->size())));
    }
    return nullptr;
}

// JWS ES256 signatures are r||s; OpenSSL verifies DER.
std::optional<QByteArray> ecdsaDer(const QByteArray &raw)
{
    if (raw.size() != 64)
        return std::nullopt;
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), 32, nullptr);
    BIGNUM *s =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + 32, 32, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig, r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ECDSA_SIG_free(sig);
        return std::nullopt;
    }
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    if (length <= 0)
        return std::nullopt;
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

} // namespace

Result<Jwt> decodeJwt(QByteArrayView token)
{
    if (token.size() > kMaxToken)
        return makeError(
            ErrorCode::JwtDecode,
            tr("The token is %1 bytes; McpScope decodes JWTs up to 64 KiB.").arg(token.size()));
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> out;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= token.size(); ++i)
            if (i == token.size() || token[i] == '.') {
                out.append(token.sliced(start, i - start));
                start = i + 1;
            }
        return out;
    }();
    if (parts.size() != 3)
        return makeError(
            ErrorCode::JwtDecode,
            parts.size() == 5
                ? tr("This is an encrypted JWT (JWE, five parts); McpScope shows signed JWTs only.")
                : tr("This is not a JWT: it has %n part(s), a signed JWT has three.", nullptr,
                     int(parts.size())));
    Jwt jwt;
    const auto header = jsonPart(parts[0], tr("header"));
    if (!header)
        return Failure{header.error()};
    const auto claims = jsonPart(parts[1], tr("payload"));
    if (!claims)
        return Failure{claims.error()};
    const auto signature = base64Url(parts[2]);
    if (!signature)
        return makeError(ErrorCode::JwtDecode, tr("The JWT's signature is not base64url."));
    jwt.header = *header;
    jwt.claims = *claims;
    jwt.signature = *signature;
    jwt.signingInput = token.first(parts[0].size() + 1 + parts[1].size()).toByteArray();
    return jwt;
}

Result<void> verifyJwtSignature(const Jwt &jwt, const QJsonObject &jwks)
{
    const QString alg = jwt.alg();
    QString kty;
    if (alg == u"RS256" || alg == u"PS256")
        kty = QStringLiteral("RSA");
    else if (alg == u"ES256")
        kty = QStringLiteral("EC");
    else if (alg == u"EdDSA")
        kty = QStringLiteral("OKP");
    else if (alg == u"none")
        return makeError(ErrorCode::JwtAlg,
                         tr("The token is unsigned (alg \"none\"): it proves nothing."));
    else
        return makeError(ErrorCode::JwtAlg,
                         tr("The token uses %1; McpScope verifies RS256, PS256, ES256 and EdDSA.")
                             .arg(alg.isEmpty() ? tr("no alg") : alg));
    // The key: by kid, else the only key of the right type.
    QJsonObject chosen;
    int candidates = 0;
    for (const QJsonValue &k : jwks.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject key = k.toObject();
        if (key.value(QStringLiteral("kty")).toString() != kty)
            continue;
        if (key.contains(QStringLiteral("use")) &&
            key.value(QStringLiteral("use")).toString() != u"sig")
            continue;
        if (!jwt.kid().isEmpty()) {
            if (key.value(QStringLiteral("kid")).toString() == jwt.kid()) {
                chosen = key;
                candidates = 1;
                break;
            }
            continue;
        }
        chosen = key;
        ++candidates;
    }
    if (candidates == 0)
        return makeError(
            ErrorCode::JwtKey,
            jwt.kid().isEmpty()
                ? tr("The JWKS has no %1 signing key.").arg(kty)
                : tr("The JWKS has no key with kid \"%1\" (the issuer may have rotated its keys).")
                      .arg(jwt.kid()));
    if (candidates > 1)
        return makeError(ErrorCode::JwtKey,
                         tr("The token names no kid and the JWKS has several %1 keys.").arg(kty));
    const Pkey key = keyFromJwk(chosen);
    if (!key)
        return makeError(ErrorCode::JwtKey, tr("The JWKS key for this token is malformed."));
    QByteArray signature = jwt.signature;
    if (alg == u"ES256") {
        const auto der = ecdsaDer(signature);
        if (!der)
            return makeError(ErrorCode::JwtSignature,
                             tr("The ES256 signature has the wrong length."));
        signature = *der;
    }
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    const EVP_MD *digest = alg == u"EdDSA" ? nullptr : EVP_sha256();
    bool ok = ctx && EVP_DigestVerifyInit(ctx, &pctx, digest, nullptr, key.get()) == 1;
    if (ok && alg == u"PS256")
        ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1;
    const int verified =
        ok ? EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                              size_t(signature.size()),
                              reinterpret_cast<const unsigned char *>(jwt.signingInput.constData()),
                              size_t(jwt.signingInput.size()))
           : -1;
    EVP_MD_CTX_free(ctx);
    if (verified != 1)
        return makeError(ErrorCode::JwtSignature,
                         tr("The %1 signature does not verify with the issuer's key: the token was "
                            "altered or signed by "
                            "someone else.")
                             .arg(alg));
    return {};
}

Result<QByteArray> signJwt(QJsonObject header, const QJsonObject &claims,
                           const QByteArray &privateKeyPem)
{
    BIO *bio = BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size()));
    Pkey key(bio ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr) : nullptr);
    BIO_free(bio);
    if (!key)
        return makeError(ErrorCode::JwtKey,
                         tr("The private key is not a PEM key McpScope can read."));
    const int type = EVP_PKEY_get_base_id(key.get());
    QString alg;
    if (type == EVP_PKEY_EC && EVP_PKEY_get_bits(key.get()) == 256)
        alg = QStringLiteral("ES256");
    else if (type == EVP_PKEY_RSA)
        alg = QStringLiteral("RS256");
    else if (type == EVP_PKEY_ED25519)
        alg = QStringLiteral("EdDSA");
    else
        return makeError(ErrorCode::JwtKey,
                         tr("McpScope signs with EC P-256, RSA or Ed25519 keys only."));
    header.insert(QStringLiteral("alg"), alg);
    const auto part = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray input = part(header) + '.' + part(claims);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    const EVP_MD *digest = alg == u"EdDSA" ? nullptr : EVP_sha256();
    bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, digest, nullptr, key.get()) == 1 &&
              EVP_DigestSign(ctx, nullptr, &length,
                             reinterpret_cast<const unsigned char *>(input.constData()),
                             size_t(input.size())) == 1;
    if (ok) {
        signature.resize(qsizetype(length));
        ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                            reinterpret_cast<const unsigned char *>(input.constData()),
                            size_t(input.size())) == 1;
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return makeError(ErrorCode::JwtSign, tr("OpenSSL could not sign the token."));
    if (alg == u"ES256") {
        // DER from OpenSSL; JWS wants r||s, 32 bytes each.
        const unsigned char *der = reinterpret_cast<const unsigned char *>(signature.constData());
        ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &der, long(signature.size()));
        if (!sig)
            return makeError(ErrorCode::JwtSign, tr("OpenSSL could not sign the token."));
        QByteArray raw(64, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), 32);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
        ECDSA_SIG_free(sig);
        signature = raw;
    }
    return QByteArray(
        input + '.' +
        signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QList<JwtCheck> checkJwtClaims(const Jwt &jwt, const QString &issuer, const QString &audience,
                               qint64 nowSecs, int leewaySecs)
{
    QList<JwtCheck> checks;
    const auto time = [](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs).toString(Qt::ISODate);
    };
    const QJsonValue exp = jwt.claims.value(QStringLiteral("exp"));
    if (exp.isDouble()) {
        const qint64 e = qint64(exp.toDouble());
        checks.append({QStringLiteral("exp"), nowSecs <= e + leewaySecs,
                       nowSecs <= e + leewaySecs ? tr("valid until %1").arg(time(e))
                                                 : tr("expired at %1").arg(time(e))});
    } else {
        checks.append({QStringLiteral("exp"), false, tr("no expiry claim")});
    }
    const QJsonValue nbf = jwt.claims.value(QStringLiteral("nbf"));
    if (nbf.isDouble()) {
        const qint64 n = qint64(nbf.toDouble());
        checks.append({QStringLiteral("nbf"), nowSecs + leewaySecs >= n,
                       nowSecs + leewaySecs >= n ? tr("valid since %1").arg(time(n))
                                                 : tr("not valid before %1").arg(time(n))});
    }
    if (!issuer.isEmpty()) {
        const QString iss = jwt.claims.value(QStringLiteral("iss")).toString();
        checks.append(
            {QStringLiteral("iss"), iss == issuer,
             iss == issuer ? iss : tr("issued by \"%1\", expected \"%2\"").arg(iss, issuer)});
    }
    if (!audience.isEmpty()) {
        const QJsonValue aud = jwt.claims.value(QStringLiteral("aud"));
        const QJsonArray list = aud.isArray() ? aud.toArray() : QJsonArray{aud};
        const bool ok = list.contains(audience);
        checks.append(
            {QStringLiteral("aud"), ok,
             ok ? audience
                : tr("for %1, not for %2")
                      .arg(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)),
                           audience)});
    }
    return checks;
}

} // namespace mcpscope
