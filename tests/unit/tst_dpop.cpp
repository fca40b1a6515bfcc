// DPoP (RFC 9449): keys, proofs, challenges, nonces and the request signer.
#include "oauth/dpop.h"
#include "oauth/jwt.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace mcpscope;

class TestDpop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyIsP256AndRoundTrips()
    {
        const auto key = generateDpopKey();
        QVERIFY(key);
        QVERIFY(key->privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(key->publicJwk.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
        QCOMPARE(key->publicJwk.value(QStringLiteral("crv")).toString(), QStringLiteral("P-256"));
        QVERIFY(!key->publicJwk.contains(QStringLiteral("d"))); // never the private part
        QCOMPARE(key->publicJwk.value(QStringLiteral("x")).toString().size(), 43);
        QCOMPARE(key->thumbprint.size(), 43); // SHA-256, base64url
        const auto again = loadDpopKey(key->privateKeyPem);
        QVERIFY(again);
        QCOMPARE(again->thumbprint, key->thumbprint);
        QCOMPARE(again->publicJwk, key->publicJwk);
        QVERIFY(generateDpopKey()->thumbprint != key->thumbprint);
        QVERIFY(!loadDpopKey("not a key"));
    }

    void accessTokenHashIsRfc9449s()
    {
        // RFC 9449 §7.1's example token and ath.
        QCOMPARE(dpopAccessTokenHash(QStringLiteral("Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU")),
                 QStringLiteral("fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo"));
        QCOMPARE(dpopHtu(QUrl(QStringLiteral("https://rs.example/mcp?x=1#f"))),
                 QStringLiteral("https://rs.example/mcp"));
    }

    void proofIsSignedAndComplete()
    {
        const auto key = generateDpopKey();
        QVERIFY(key);
        DpopProofClaims claims;
        claims.method = "POST";
        claims.url = QUrl(QStringLiteral("https://rs.example/mcp?session=1"));
        claims.accessToken = QStringLiteral("tok");
        claims.nonce = QStringLiteral("n-1");
        const auto proof = makeDpopProof(*key, claims);
        QVERIFY(proof);
        const auto jwt = decodeJwt(*proof);
        QVERIFY(jwt);
        QCOMPARE(jwt->header.value(QStringLiteral("typ")).toString(), QStringLiteral("dpop+jwt"));
        QCOMPARE(jwt->alg(), QStringLiteral("ES256"));
        QCOMPARE(jwt->header.value(QStringLiteral("jwk")).toObject(), key->publicJwk);
        QCOMPARE(jwt->claims.value(QStringLiteral("htm")).toString(), QStringLiteral("POST"));
        QCOMPARE(jwt->claims.value(QStringLiteral("htu")).toString(),
                 QStringLiteral("https://rs.example/mcp"));
        QCOMPARE(jwt->claims.value(QStringLiteral("ath")).toString(),
                 dpopAccessTokenHash(QStringLiteral("tok")));
        QCOMPARE(jwt->claims.value(QStringLiteral("nonce")).toString(), QStringLiteral("n-1"));
        QVERIFY(qAbs(jwt->claims.value(QStringLiteral("iat")).toDouble() -
                     QDateTime::currentSecsSinceEpoch()) < 5);
        QVERIFY(!jwt->claims.value(QStringLiteral("jti")).toString().isEmpty());
        // The signature verifies with the public key in the header.
        QJsonObject jwk = key->publicJwk;
        const QJsonObject jwks{{QStringLiteral("keys"), QJsonArray{jwk}}};
        QVERIFY(verifyJwtSignature(*jwt, jwks));
        // A proof without a token has no ath; without a nonce no nonce.
        claims.accessToken.clear();
        claims.nonce.clear();
        const auto bare = decodeJwt(*makeDpopProof(*key, claims));
        QVERIFY(!bare->claims.contains(QStringLiteral("ath")));
        QVERIFY(!bare->claims.contains(QStringLiteral("nonce")));
        QVERIFY(!makeDpopProof(DpopKey{}, claims));
    }

    void challengeAndNonce()
    {
        const HeaderList headers{{"WWW-Authenticate",
                                  "DPoP error=\"use_dpop_nonce\", error_description=\"nonce\", "
                                  "resource_metadata=\"https://rs/.well-known/x\", algs=\"ES256\""},
                                 {"DPoP-Nonce", "eyJ7S_zG.eyJH0-Z.HX4w-7v"}};
        const auto c = dpopChallenge(headers);
        QVERIFY(c);
        QCOMPARE(c->error, QStringLiteral("use_dpop_nonce"));
        QCOMPARE(c->resourceMetadata, QStringLiteral("https://rs/.well-known/x"));
        QCOMPARE(c->algs, QStringLiteral("ES256"));
        QCOMPARE(dpopNonce(headers), QStringLiteral("eyJ7S_zG.eyJH0-Z.HX4w-7v"));
        QVERIFY(!dpopChallenge({{"WWW-Authenticate", "Bearer realm=\"x\""}}));
        QVERIFY(!dpopChallenge({{"WWW-Authenticate", "DPoP error=\"unterminated"}}));
        // NQCHAR only: no space, quote or backslash; not empty; capped.
        QVERIFY(dpopNonce({{"DPoP-Nonce", "a b"}}).isEmpty());
        QVERIFY(dpopNonce({{"DPoP-Nonce", "a\"b"}}).isEmpty());
        QVERIFY(dpopNonce({{"DPoP-Nonce", ""}}).isEmpty());
        QVERIFY(dpopNonce({{"DPoP-Nonce", QByteArray(2000, 'a')}}).isEmpty());
        Exchange e;
        e.status = 400;
        e.responseHeaders = {{"DPoP-Nonce", "n"}};
        e.responseBody = "{\"error\":\"use_dpop_nonce\"}";
        QVERIFY(isTokenEndpointNonceChallenge(e));
        e.responseBody = "{\"error\":\"invalid_grant\"}";
        QVERIFY(!isTokenEndpointNonceChallenge(e));
    }

    void signerDecoratesBoundAndTokenRequestsOnly()
    {
        DpopSigner signer;
        HttpRequest idle;
        idle.headers = {{"Authorization", "Bearer t"}};
        signer.decorate(idle); // no key: nothing happens
        QCOMPARE(idle.headers.size(), 1);

        signer.setKey(*generateDpopKey());
        signer.setTokenEndpoint(QUrl(QStringLiteral("https://as/token")));
        signer.setBoundToken(QStringLiteral("bound"));
        QSet<QString> jtis;
        QList<bool> boundFlags;
        connect(&signer, &DpopSigner::proofSent, this,
                [&](const QByteArray &, const QString &, const QString &jti, bool bound,
                    const QString &) {
                    jtis.insert(jti);
                    boundFlags << bound;
                });
        // A request with the bound token: the DPoP scheme, a proof with ath.
        for (int i = 0; i < 2; ++i) {
            HttpRequest mcp;
            mcp.method = "POST";
            mcp.url = QUrl(QStringLiteral("https://rs/mcp"));
            mcp.headers = {{"Authorization", "Bearer bound"}};
            signer.decorate(mcp);
            QCOMPARE(mcp.headers.at(0).second, QByteArray("DPoP bound"));
            QCOMPARE(mcp.headers.at(1).first, QByteArray("DPoP"));
            const auto proof = decodeJwt(mcp.headers.at(1).second);
            QVERIFY(proof);
            QCOMPARE(proof->claims.value(QStringLiteral("ath")).toString(),
                     dpopAccessTokenHash(QStringLiteral("bound")));
        }
        QCOMPARE(jtis.size(), 2); // fresh every time
        // Another token (a header typed by hand): left alone.
        HttpRequest other;
        other.method = "POST";
        other.url = QUrl(QStringLiteral("https://rs/mcp"));
        other.headers = {{"Authorization", "Bearer someone-else"}};
        signer.decorate(other);
        QCOMPARE(other.headers.size(), 1);
        // The token endpoint: a proof without ath, with the nonce the AS gave.
        Exchange answer;
        answer.url = QStringLiteral("https://as/token");
        answer.responseHeaders = {{"DPoP-Nonce", "as-nonce"}};
        signer.observe(answer);
        HttpRequest token;
        token.method = "POST";
        token.url = QUrl(QStringLiteral("https://as/token"));
        signer.decorate(token);
        QCOMPARE(token.headers.size(), 1);
        const auto proof = decodeJwt(token.headers.at(0).second);
        QVERIFY(proof);
        QVERIFY(!proof->claims.contains(QStringLiteral("ath")));
        QCOMPARE(proof->claims.value(QStringLiteral("nonce")).toString(),
                 QStringLiteral("as-nonce"));
        QCOMPARE(boundFlags, (QList<bool>{true, true, false}));
        // GET of the token endpoint (no token request) gets none.
        HttpRequest get;
        get.url = QUrl(QStringLiteral("https://as/token"));
        signer.decorate(get);
        QVERIFY(get.headers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDpop)
#include "tst_dpop.moc"
