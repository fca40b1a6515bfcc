#include "error_code_testing.h"
#include "oauth/jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

// What McpScope says of a JWT before any signature maths: the decode
// errors part by part, the choice of the JWKS key and why none fits, a
// malformed key or signature length, and the claim checks (exp, nbf, iss,
// aud) with their details.
class TestJwtChecks : public QObject
{
    Q_OBJECT

    static QByteArray part(const QJsonObject &o)
    {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }
    static Jwt token(const QJsonObject &header, const QJsonObject &claims = {},
                     const QByteArray &signature = QByteArray(64, 's'))
    {
        Jwt jwt;
        jwt.header = header;
        jwt.claims = claims;
        jwt.signature = signature;
        jwt.signingInput = part(header) + '.' + part(claims);
        return jwt;
    }
    // A P-256 public key (Node's crypto.generateKeyPairSync, as a JWK).
    static QJsonObject ecKey(const QString &kid = {})
    {
        QJsonObject key{
            {QStringLiteral("kty"), QStringLiteral("EC")},
            {QStringLiteral("crv"), QStringLiteral("P-256")},
            {QStringLiteral("x"), QStringLiteral("A5QkXaiV82nFHBj7YQ-wqtM5nlakZIChUGdHCn5CDmk")},
            {QStringLiteral("y"), QStringLiteral("iF_WxitukhrFebThzbeZsonY1EU71F33JZtsckJ3tQA")}};
        if (!kid.isEmpty())
            key.insert(QStringLiteral("kid"), kid);
        return key;
    }
    static QJsonObject jwks(const QJsonArray &keys) { return {{QStringLiteral("keys"), keys}}; }
    static QJsonObject es256(const QString &kid = {})
    {
        QJsonObject h{{QStringLiteral("alg"), QStringLiteral("ES256")}};
        if (!kid.isEmpty())
            h.insert(QStringLiteral("kid"), kid);
        return h;
    }

private Q_SLOTS:
    void decodeErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        const QByteArray header = part({{QStringLiteral("alg"), QStringLiteral("none")}});
        const QByteArray claims = part({{QStringLiteral("sub"), QStringLiteral("u")}});
        QTest::newRow("signature not base64url")
            << (header + '.' + claims + ".a*b")
            << QStringLiteral("The JWT's signature is not base64url.");
        QTest::newRow("payload not JSON")
            << (header + '.' +
                QByteArray("not json")
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                ".c2ln")
            << QStringLiteral("The JWT's payload is not a JSON object.");
        QTest::newRow("header not base64url")
            << ("h*d." + claims + ".c2ln") << QStringLiteral("The JWT's header is not base64url.");
        QTest::newRow("encrypted (five parts)")
            << QByteArray("a.b.c.d.e")
            << QStringLiteral(
                   "This is an encrypted JWT (JWE, five parts); McpScope shows signed JWTs only.");
        QTest::newRow("two parts")
            << (header + '.' + claims)
            << QStringLiteral("This is not a JWT: it has 2 part(s), a signed JWT has "
                              "three.");
        QTest::newRow("over 64 KiB")
            << QByteArray(70000, 'a')
            << QStringLiteral("The token is 70000 bytes; McpScope decodes JWTs up to 64 KiB.");
    }
    void decodeErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const auto jwt = decodeJwt(text);
        QVERIFY(!jwt);
        QCOMPARE(jwt.error().code, ErrorCode::JwtDecode);
        QCOMPARE(jwt.error().message, message);
    }

    void keyChoice_data()
    {
        QTest::addColumn<QJsonObject>("header");
        QTest::addColumn<QJsonObject>("keys");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("alg none")
            << QJsonObject{{QStringLiteral("alg"), QStringLiteral("none")}} << jwks({ecKey()})
            << ErrorCode::JwtAlg
            << QStringLiteral("The token is unsigned (alg \"none\"): it proves nothing.");
        QTest::newRow("HMAC") << QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")}}
                              << jwks({ecKey()}) << ErrorCode::JwtAlg
                              << QStringLiteral("The token uses HS256; McpScope verifies RS256, "
                                                "PS256, ES256 and EdDSA.");
        QTest::newRow("no alg") << QJsonObject{} << jwks({ecKey()}) << ErrorCode::JwtAlg
                                << QStringLiteral("The token uses no alg; McpScope verifies "
                                                  "RS256, PS256, ES256 and EdDSA.");
        QJsonObject rsa{{QStringLiteral("kty"), QStringLiteral("RSA")}};
        QJsonObject encryption = ecKey();
        encryption.insert(QStringLiteral("use"), QStringLiteral("enc"));
        QTest::newRow("no key of the type")
            << es256() << jwks({rsa, encryption}) << ErrorCode::JwtKey
            << QStringLiteral("The JWKS has no EC signing key.");
        QTest::newRow("no key with the kid")
            << es256(QStringLiteral("k2")) << jwks({ecKey(QStringLiteral("k1"))})
            << ErrorCode::JwtKey
            << QStringLiteral("The JWKS has no key with kid \"k2\" (the issuer may have rotated "
                              "its keys).");
        QTest::newRow("several keys, no kid")
            << es256() << jwks({ecKey(QStringLiteral("k1")), ecKey(QStringLiteral("k2"))})
            << ErrorCode::JwtKey
            << QStringLiteral("The token names no kid and the JWKS has several EC keys.");
        QJsonObject broken = ecKey(QStringLiteral("k1"));
        broken.insert(QStringLiteral("x"), QStringLiteral("bm90IGEgcG9pbnQ"));
        QTest::newRow("malformed key")
            << es256(QStringLiteral("k1")) << jwks({broken}) << ErrorCode::JwtKey
            << QStringLiteral("The JWKS key for this token is malformed.");
    }
    void keyChoice()
    {
        QFETCH(QJsonObject, header);
        QFETCH(QJsonObject, keys);
        QFETCH(ErrorCode, code);
        QFETCH(QString, message);
        const auto verified = verifyJwtSignature(token(header), keys);
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, code);
        QCOMPARE(verified.error().message, message);
    }

    // An ES256 signature is r and s, 32 bytes each: any other length is refused
    // before OpenSSL sees it; the right length with the wrong bytes does not verify.
    void es256SignatureLength()
    {
        const auto wrongLength =
            verifyJwtSignature(token(es256(QStringLiteral("k1")), {}, QByteArray(63, 's')),
                               jwks({ecKey(QStringLiteral("k1"))}));
        QVERIFY(!wrongLength);
        QCOMPARE(wrongLength.error().code, ErrorCode::JwtSignature);
        QCOMPARE(wrongLength.error().message,
                 QStringLiteral("The ES256 signature has the wrong length."));
        const auto wrongBytes = verifyJwtSignature(token(es256(QStringLiteral("k1"))),
                                                   jwks({ecKey(QStringLiteral("k1"))}));
        QVERIFY(!wrongBytes);
        QCOMPARE(wrongBytes.error().code, ErrorCode::JwtSignature);
    }

    void signingNeedsAKey()
    {
        const auto signedJwt = signJwt({}, {{QStringLiteral("sub"), QStringLiteral("u")}},
                                       "-----BEGIN PRIVATE KEY-----\nnot a key\n"
                                       "-----END PRIVATE KEY-----\n");
        QVERIFY(!signedJwt);
        QCOMPARE(signedJwt.error().code, ErrorCode::JwtKey);
    }

    void claimChecks()
    {
        const qint64 now = 1'900'000'000;
        const Jwt noExp =
            token(es256(),
                  {{QStringLiteral("iss"), QStringLiteral("https://as.example")},
                   {QStringLiteral("aud"), QJsonArray{QStringLiteral("a"), QStringLiteral("mcp")}},
                   {QStringLiteral("nbf"), double(now + 3600)}});
        const QList<JwtCheck> checks =
            checkJwtClaims(noExp, QStringLiteral("https://as.example"), QStringLiteral("mcp"), now);
        QCOMPARE(checks.size(), 4);
        QCOMPARE(checks.at(0).name, QStringLiteral("exp"));
        QVERIFY(!checks.at(0).ok);
        QCOMPARE(checks.at(0).detail, QStringLiteral("no expiry claim"));
        QCOMPARE(checks.at(1).name, QStringLiteral("nbf"));
        QVERIFY(!checks.at(1).ok);
        QVERIFY(checks.at(1).detail.startsWith(QStringLiteral("not valid before ")));
        QCOMPARE(checks.at(2).name, QStringLiteral("iss"));
        QVERIFY(checks.at(2).ok);
        QCOMPARE(checks.at(2).detail, QStringLiteral("https://as.example"));
        QCOMPARE(checks.at(3).name, QStringLiteral("aud"));
        QVERIFY(checks.at(3).ok);
        QCOMPARE(checks.at(3).detail, QStringLiteral("mcp"));

        const Jwt other = token(es256(), {{QStringLiteral("iss"), QStringLiteral("https://evil")},
                                          {QStringLiteral("aud"), QStringLiteral("other")},
                                          {QStringLiteral("exp"), double(now + 10)}});
        const QList<JwtCheck> refused =
            checkJwtClaims(other, QStringLiteral("https://as.example"), QStringLiteral("mcp"), now);
        QCOMPARE(refused.size(), 3);
        QVERIFY(refused.at(0).ok);
        QCOMPARE(refused.at(1).detail,
                 QStringLiteral("issued by \"https://evil\", expected \"https://as.example\""));
        QVERIFY(!refused.at(1).ok);
        QCOMPARE(refused.at(2).detail, QStringLiteral("for [\"other\"], not for mcp"));
        QVERIFY(!refused.at(2).ok);
        // Without expected values, only the times are checked.
        QCOMPARE(checkJwtClaims(other, {}, {}, now).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJwtChecks)
#include "tst_jwt_checks.moc"
