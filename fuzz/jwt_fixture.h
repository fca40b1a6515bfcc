// Keys, their JWKS and tokens they signed, shared by the JWT and JWKS
// fuzz targets. Built once; the tokens are the only ones that may verify
// against the JWKS.
#pragma once

#include "oauth/jwt.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstdio>
#include <cstdlib>

namespace mcpscope::fuzz {

#include "jwt_keys.inc"

inline QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray bignum(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    EVP_PKEY_get_bn_param(key, name, &bn);
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

// The public JWK of a PEM private key.
inline QJsonObject publicJwk(const char *pem, const QString &kid)
{
    BIO *bio = BIO_new_mem_buf(pem, -1);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        std::abort();
    QJsonObject jwk{{QStringLiteral("kid"), kid}, {QStringLiteral("use"), QStringLiteral("sig")}};
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"),
                   QString::fromLatin1(b64(bignum(key, OSSL_PKEY_PARAM_RSA_N))));
        jwk.insert(QStringLiteral("e"),
                   QString::fromLatin1(b64(bignum(key, OSSL_PKEY_PARAM_RSA_E))));
        break;
    case EVP_PKEY_EC: {
        QByteArray point(65, '\0');
        size_t length = 0;
        EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY,
                                        reinterpret_cast<unsigned char *>(point.data()),
                                        size_t(point.size()), &length);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("P-256"));
        jwk.insert(QStringLiteral("x"), QString::fromLatin1(b64(point.mid(1, 32))));
        jwk.insert(QStringLiteral("y"), QString::fromLatin1(b64(point.mid(33, 32))));
        break;
    }
    default: {
        QByteArray raw(32, '\0');
        size_t length = 32;
        EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(raw.data()), &length);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("Ed25519"));
        jwk.insert(QStringLiteral("x"), QString::fromLatin1(b64(raw)));
    }
    }
    EVP_PKEY_free(key);
    return jwk;
}

struct Fixture
{
    QJsonObject jwks;
    QList<QByteArray> tokens; // the only tokens that may verify against jwks
    QList<QJsonObject> keyOf; // the JWK that verifies each token
};

inline const Fixture &fixture()
{
    static const Fixture f = [] {
        Fixture out;
        QJsonArray keys;
        const QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("https://issuer.example")},
                                 {QStringLiteral("aud"), QStringLiteral("https://mcp.example/mcp")},
                                 {QStringLiteral("sub"), QStringLiteral("tester")},
                                 {QStringLiteral("exp"), 1795293374}};
        for (const auto &[pem, kid] :
             {std::pair{kEcPem, "fuzz-ec"}, {kRsaPem, "fuzz-rsa"}, {kEdPem, "fuzz-ed"}}) {
            const QJsonObject jwk = publicJwk(pem, QString::fromLatin1(kid));
            keys.append(jwk);
            // With and without kid: a kid-less token picks the only key of its type.
            for (const QJsonObject &header :
                 {QJsonObject{{QStringLiteral("kid"), QString::fromLatin1(kid)}}, QJsonObject{}}) {
                const auto token = signJwt(header, claims, QByteArray(pem));
                if (!token)
                    std::abort();
                out.tokens.append(*token);
                out.keyOf.append(jwk);
            }
        }
        out.jwks.insert(QStringLiteral("keys"), keys);
        // Every harness token verifies: otherwise the property below proves nothing.
        for (const QByteArray &token : out.tokens) {
            const auto jwt = decodeJwt(token);
            if (!jwt || !verifyJwtSignature(*jwt, out.jwks))
                std::abort();
        }
        // For making seed corpora: the tokens, then the JWKS.
        if (qEnvironmentVariableIsSet("MCPSCOPE_FUZZ_PRINT_FIXTURE")) {
            for (const QByteArray &token : out.tokens)
                printf("%s\n", token.constData());
            printf("%s\n", compact(out.jwks).constData());
        }
        return out;
    }();
    return f;
}

} // namespace mcpscope::fuzz
