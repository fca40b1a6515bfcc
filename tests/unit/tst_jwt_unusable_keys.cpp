#include "error_code_testing.h"
#include "oauth/jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

// Keys McpScope cannot use, each refused with the sentence the user sees:
// JWKS keys of the right type but unusable (an RSA key without its
// exponent, an EC key on another curve, an Ed25519 key of the wrong size,
// an OKP key that is not Ed25519), a signature whose base64url is not the
// canonical encoding, and a private key of a kind McpScope does not sign
// with.
class TestJwtUnusableKeys : public QObject
{
    Q_OBJECT

    static QByteArray part(const QJsonObject &o)
    {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }
    static Jwt token(const QString &alg, const QByteArray &signature = QByteArray(64, 's'))
    {
        Jwt jwt;
        jwt.header = {{QStringLiteral("alg"), alg}, {QStringLiteral("kid"), QStringLiteral("k")}};
        jwt.claims = {{QStringLiteral("sub"), QStringLiteral("someone")}};
        jwt.signature = signature;
        jwt.signingInput = part(jwt.header) + '.' + part(jwt.claims);
        return jwt;
    }
    static QJsonObject keys(QJsonObject key)
    {
        key.insert(QStringLiteral("kid"), QStringLiteral("k"));
        return {{QStringLiteral("keys"), QJsonArray{key}}};
    }

private Q_SLOTS:
    void unusableJwksKeys_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QJsonObject>("key");
        QTest::newRow("RSA without e")
            << QStringLiteral("RS256")
            << QJsonObject{
                   {QStringLiteral("kty"), QStringLiteral("RSA")},
                   {QStringLiteral("n"), QStringLiteral("sXchDaQebHnPiGvyDOAT4saGEUetSyo9")}};
        QTest::newRow("EC on P-384")
            << QStringLiteral("ES256")
            << QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                           {QStringLiteral("crv"), QStringLiteral("P-384")},
                           {QStringLiteral("x"),
                            QStringLiteral("A5QkXaiV82nFHBj7YQ-wqtM5nlakZIChUGdHCn5CDmk")},
                           {QStringLiteral("y"),
                            QStringLiteral("iF_WxitukhrFebThzbeZsonY1EU71F33JZtsckJ3tQA")}};
        QTest::newRow("Ed25519, short x")
            << QStringLiteral("EdDSA")
            << QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                           {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                           {QStringLiteral("x"), QStringLiteral("c2hvcnQ")}};
        QTest::newRow("OKP on X25519")
            << QStringLiteral("EdDSA")
            << QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                           {QStringLiteral("crv"), QStringLiteral("X25519")},
                           {QStringLiteral("x"),
                            QStringLiteral("hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo")}};
    }
    void unusableJwksKeys()
    {
        QFETCH(QString, alg);
        QFETCH(QJsonObject, key);
        const auto verified = verifyJwtSignature(token(alg), keys(key));
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, ErrorCode::JwtKey);
        QCOMPARE(verified.error().message,
                 QStringLiteral("The JWKS key for this token is malformed."));
    }

    // "AB" and "AA" decode to the same byte; only the canonical "AA" is
    // base64url here, so an altered token cannot keep its signature.
    void nonCanonicalSignatureIsRefused()
    {
        const QByteArray head = part({{QStringLiteral("alg"), QStringLiteral("ES256")}});
        const QByteArray body = part({{QStringLiteral("sub"), QStringLiteral("u")}});
        QVERIFY(decodeJwt(QByteArray(head + '.' + body + ".AA")));
        const auto altered = decodeJwt(QByteArray(head + '.' + body + ".AB"));
        QVERIFY(!altered);
        QCOMPARE(altered.error().code, ErrorCode::JwtDecode);
        QCOMPARE(altered.error().message, QStringLiteral("The JWT's signature is not base64url."));
    }

    // A P-384 private key: readable, but not one McpScope signs with.
    void signingWithAnotherCurveIsRefused()
    {
        const QByteArray p384 = "-----BEGIN PRIVATE KEY-----\n"
                                "MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDC/GgoqZxO7ntqkDq1H\n"
                                "mVbguQr7akghhkBkdycMHh5g94V1RMPLSHvYqWmuwQirEVGhZANiAAS0n2psCPin\n"
                                "aA3EZDwLne/oOoNVwwhpndM8GMJd289VpE0dEUMtHVyhSPXtInhfd7Ea4zwpMkmz\n"
                                "x/sI8S7MfnEXU4VpqIDwkfMwmAmaZFCqoMQf9TM9hVOYyk/tt6ntsgI=\n"
                                "-----END PRIVATE KEY-----\n";
        const auto signedJwt = signJwt({}, {{QStringLiteral("sub"), QStringLiteral("u")}}, p384);
        QVERIFY(!signedJwt);
        QCOMPARE(signedJwt.error().code, ErrorCode::JwtKey);
        QCOMPARE(signedJwt.error().message,
                 QStringLiteral("McpScope signs with EC P-256, RSA or Ed25519 keys only."));
    }
};

QTEST_GUILESS_MAIN(TestJwtUnusableKeys)
#include "tst_jwt_unusable_keys.moc"
