#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QList>

namespace mcpscope {

// A JSON Web Token in compact JWS form (RFC 7515/7519), decoded but not yet
// trusted.
struct Jwt
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // header.payload, as signed
    QByteArray signature;    // raw bytes

    QString alg() const { return header.value(QStringLiteral("alg")).toString(); }
    QString kid() const { return header.value(QStringLiteral("kid")).toString(); }
};

// Decodes a token. Tokens come from servers: size (64 KiB), part count,
// base64url and JSON are all checked, and the error says which part is bad.
Result<Jwt> decodeJwt(QByteArrayView token);

// Verifies the signature with a key of the JWKS (RFC 7517) chosen by kid
// (or the only key of a matching type): RS256, PS256, ES256, EdDSA
// (Ed25519), with OpenSSL. "none" and HMAC are refused. The error says why:
// no matching key, unsupported algorithm, malformed key, bad signature.
Result<void> verifyJwtSignature(const Jwt &jwt, const QJsonObject &jwks);

// Signs claims as a compact JWS with a PEM private key: ES256 for an EC P-256
// key, RS256 for RSA, EdDSA for Ed25519 (the header's alg is set to match).
Result<QByteArray> signJwt(QJsonObject header, const QJsonObject &claims,
                           const QByteArray &privateKeyPem);

// One claim check and how it went.
struct JwtCheck
{
    QString name; // exp, nbf, iss, aud, iat
    bool ok = false;
    QString detail;
};
// exp, nbf (with leeway), iss and aud (when expected values are given).
QList<JwtCheck> checkJwtClaims(const Jwt &jwt, const QString &issuer, const QString &audience,
                               qint64 nowSecs, int leewaySecs = 60);

} // namespace mcpscope
