#include "error_code_testing.h"
#include "node_peer.h"
#include "oauth/jwt.h"

#include <QDateTime>
#include <QJsonArray>

#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace mcpscope;
using namespace mcpscope::testing;

// JWT decoding and verification against tokens signed by jose (the library
// behind oidc-provider): RS256, PS256, ES256 and EdDSA with their JWKS;
// tampering, a missing key, "none", expired and wrong-audience tokens.
class TestJwt : public QObject
{
    Q_OBJECT

    // What jose says of token under jwk: its verdict object (ok, header,
    // payload, or error).
    static QJsonObject joseVerdict(const QByteArray &token, const QJsonObject &jwk)
    {
        QProcess node;
        node.start(nodeBinary(),
                   {QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/verify_jwt.mjs")});
        if (!node.waitForStarted(10000))
            return {{QStringLiteral("error"), QStringLiteral("node did not start")}};
        node.write(QJsonDocument(QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token)},
                                             {QStringLiteral("jwk"), jwk}})
                       .toJson(QJsonDocument::Compact));
        node.closeWriteChannel();
        if (!node.waitForFinished(30000))
            return {{QStringLiteral("error"), QStringLiteral("jose did not answer")}};
        const QJsonObject verdict = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        if (verdict.value(QStringLiteral("ok")).toBool() != (node.exitCode() == 0))
            return {{QStringLiteral("error"), QStringLiteral("exit code and verdict disagree")}};
        return verdict;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcess node;
        node.start(nodeBinary(),
                   {QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/make_jwts.mjs")});
        QVERIFY(node.waitForFinished(30000));
        QCOMPARE(node.exitCode(), 0);
        m_fixture = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        QVERIFY(m_fixture.contains(QStringLiteral("jwks")));
    }

    void verifiesEveryAlgorithm_data()
    {
        QTest::addColumn<QString>("alg");
        for (const char *alg : {"RS256", "PS256", "ES256", "EdDSA"})
            QTest::newRow(alg) << QString::fromLatin1(alg);
    }
    void verifiesEveryAlgorithm()
    {
        QFETCH(QString, alg);
        const QByteArray token =
            m_fixture.value(QStringLiteral("tokens")).toObject().value(alg).toString().toLatin1();
        const auto jwt = decodeJwt(token);
        QVERIFY2(jwt, qPrintable(jwt ? QString() : jwt.error().message));
        QCOMPARE(jwt->alg(), alg);
        QCOMPARE(jwt->claims.value(QStringLiteral("sub")).toString(), QStringLiteral("tester"));
        const QJsonObject jwks = m_fixture.value(QStringLiteral("jwks")).toObject();
        const auto verified = verifyJwtSignature(*jwt, jwks);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        const qint64 now = qint64(m_fixture.value(QStringLiteral("now")).toDouble());
        const auto checks = checkJwtClaims(*jwt, QStringLiteral("https://issuer.example"),
                                           QStringLiteral("https://mcp.example/mcp"), now);
        QCOMPARE(checks.size(), 4);
        for (const JwtCheck &check : checks)
            QVERIFY2(check.ok, qPrintable(check.name + QStringLiteral(": ") + check.detail));

        // One flipped bit in the payload: the signature no longer holds.
        QByteArray tampered = token;
        const qsizetype dot = tampered.indexOf('.') + 5;
        tampered[dot] = tampered[dot] == 'A' ? 'B' : 'A';
        const auto altered = decodeJwt(tampered);
        if (altered) {
            const auto refused = verifyJwtSignature(*altered, jwks);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::JwtSignature);
        }
        // The right key type but another key: refused too.
        QJsonObject otherKeys = jwks;
        QJsonArray keys;
        for (const QJsonValue &k : jwks.value(QStringLiteral("keys")).toArray())
            if (k.toObject().value(QStringLiteral("kid")).toString() != jwt->kid())
                keys.append(k);
        otherKeys.insert(QStringLiteral("keys"), keys);
        const auto missing = verifyJwtSignature(*jwt, otherKeys);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::JwtKey);
        QVERIFY(missing.error().message.contains(jwt->kid()));
    }

    void claimChecksSayWhichFailed()
    {
        const auto jwt = decodeJwt(m_fixture.value(QStringLiteral("tokens"))
                                       .toObject()
                                       .value(QStringLiteral("expired"))
                                       .toString()
                                       .toLatin1());
        QVERIFY(jwt);
        const qint64 now = qint64(m_fixture.value(QStringLiteral("now")).toDouble());
        const auto checks = checkJwtClaims(*jwt, QStringLiteral("https://issuer.example"),
                                           QStringLiteral("https://mcp.example/mcp"), now);
        QStringList failed;
        for (const JwtCheck &c : checks)
            if (!c.ok)
                failed << c.name;
        QCOMPARE(failed, (QStringList{QStringLiteral("exp"), QStringLiteral("aud")}));
        QVERIFY(checks.first().detail.startsWith(QStringLiteral("expired at")));
        const auto wrongIssuer = checkJwtClaims(*jwt, QStringLiteral("https://elsewhere"), {}, now);
        QVERIFY(!wrongIssuer.last().ok);
        QVERIFY(wrongIssuer.last().detail.contains(QStringLiteral("expected")));
    }

    void malformedTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("two parts") << QByteArray("abc.def") << QStringLiteral("three");
        QTest::newRow("jwe") << QByteArray("a.b.c.d.e") << QStringLiteral("encrypted");
        QTest::newRow("bad base64") << QByteArray("@@@.e30.") << QStringLiteral("base64url");
        QTest::newRow("not json") << QByteArray("bm90IGpzb24.e30.") << QStringLiteral("JSON");
        QTest::newRow("huge") << QByteArray(70000, 'a') << QStringLiteral("64 KiB");
    }
    void malformedTokens()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, mentions);
        const auto jwt = decodeJwt(token);
        QVERIFY(!jwt);
        QVERIFY2(jwt.error().message.contains(mentions), qPrintable(jwt.error().message));
    }

    void unsignedAndHmacAreRefused()
    {
        // {"alg":"none"}.{"sub":"x"}.
        const auto none = decodeJwt("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        QVERIFY(none);
        QCOMPARE(verifyJwtSignature(*none, {}).error().code, ErrorCode::JwtAlg);
        const auto hmac = decodeJwt("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln");
        QVERIFY(hmac);
        QVERIFY(verifyJwtSignature(*hmac, m_fixture.value(QStringLiteral("jwks")).toObject())
                    .error()
                    .message.contains(QStringLiteral("HS256")));
    }

    // Signing (private_key_jwt client assertions): what signJwt makes, the
    // verifier accepts with the public half, for each key type; and so does
    // jose, an implementation that is not ours. A bit flipped in the
    // signature: both refuse.
    void signsWhatItVerifies_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("alg");
        QTest::newRow("EC P-256") << QStringLiteral("EC") << QStringLiteral("ES256");
        QTest::newRow("RSA") << QStringLiteral("RSA") << QStringLiteral("RS256");
        QTest::newRow("Ed25519") << QStringLiteral("ED25519") << QStringLiteral("EdDSA");
    }
    void signsWhatItVerifies()
    {
        QFETCH(QString, kind);
        QFETCH(QString, alg);
        EVP_PKEY *key = kind == u"EC"    ? EVP_EC_gen("P-256")
                        : kind == u"RSA" ? EVP_RSA_gen(2048)
                                         : EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        QVERIFY(key);
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
        char *pem = nullptr;
        const long pemSize = BIO_get_mem_data(bio, &pem);
        const QByteArray privatePem(pem, int(pemSize));
        BIO_free(bio);
        const auto b64 = [](const QByteArray &bytes) {
            return QString::fromLatin1(
                bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        QJsonObject jwk;
        if (kind == u"EC") {
            unsigned char point[65];
            size_t length = 0;
            EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point,
                                            &length);
            QCOMPARE(length, size_t(65));
            jwk = {
                {QStringLiteral("kty"), QStringLiteral("EC")},
                {QStringLiteral("crv"), QStringLiteral("P-256")},
                {QStringLiteral("x"), b64(QByteArray(reinterpret_cast<char *>(point) + 1, 32))},
                {QStringLiteral("y"), b64(QByteArray(reinterpret_cast<char *>(point) + 33, 32))}};
        } else if (kind == u"RSA") {
            BIGNUM *n = nullptr;
            BIGNUM *e = nullptr;
            EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &n);
            EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &e);
            QByteArray nb(BN_num_bytes(n), '\0');
            QByteArray eb(BN_num_bytes(e), '\0');
            BN_bn2bin(n, reinterpret_cast<unsigned char *>(nb.data()));
            BN_bn2bin(e, reinterpret_cast<unsigned char *>(eb.data()));
            BN_free(n);
            BN_free(e);
            jwk = {{QStringLiteral("kty"), QStringLiteral("RSA")},
                   {QStringLiteral("n"), b64(nb)},
                   {QStringLiteral("e"), b64(eb)}};
        } else {
            unsigned char raw[32];
            size_t length = sizeof raw;
            EVP_PKEY_get_raw_public_key(key, raw, &length);
            jwk = {
                {QStringLiteral("kty"), QStringLiteral("OKP")},
                {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                {QStringLiteral("x"), b64(QByteArray(reinterpret_cast<char *>(raw), int(length)))}};
        }
        EVP_PKEY_free(key);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto token =
            signJwt({},
                    QJsonObject{{QStringLiteral("iss"), QStringLiteral("client")},
                                {QStringLiteral("aud"), QStringLiteral("https://as.example")},
                                {QStringLiteral("exp"), double(now + 60)}},
                    privatePem);
        QVERIFY2(token, qPrintable(token ? QString() : token.error().message));
        const auto jwt = decodeJwt(*token);
        QVERIFY(jwt);
        QCOMPARE(jwt->alg(), alg);
        const auto verified =
            verifyJwtSignature(*jwt, QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}});
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));

        const QJsonObject jose = joseVerdict(*token, jwk);
        QVERIFY2(jose.value(QStringLiteral("ok")).toBool(),
                 QJsonDocument(jose).toJson().constData());
        QCOMPARE(
            jose.value(QStringLiteral("header")).toObject().value(QStringLiteral("alg")).toString(),
            alg);
        QCOMPARE(jose.value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("aud"))
                     .toString(),
                 QStringLiteral("https://as.example"));
        QCOMPARE(jose.value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("iss"))
                     .toString(),
                 QStringLiteral("client"));

        QByteArray tampered = *token;
        const qsizetype inSignature = tampered.lastIndexOf('.') + 10;
        tampered[inSignature] = tampered[inSignature] == 'A' ? 'B' : 'A';
        const QJsonObject refused = joseVerdict(tampered, jwk);
        QVERIFY2(!refused.value(QStringLiteral("ok")).toBool() &&
                     refused.value(QStringLiteral("error"))
                         .toString()
                         .startsWith(QStringLiteral("ERR_JWS_SIGNATURE_VERIFICATION_FAILED")),
                 QJsonDocument(refused).toJson().constData());
        const auto ours = decodeJwt(tampered);
        QVERIFY(ours);
        QVERIFY(!verifyJwtSignature(*ours, QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}}));
        QVERIFY(!signJwt({}, {},
                         "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n"));
    }

private:
    QJsonObject m_fixture;
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
