#include "diagnostics/token_facts_observer.h"
#include "oauth/pkce.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

// The token-facts observer (diagnostics/token_facts_observer.h) over flows
// the JWT tests do not cover: a PKCE verifier that does not match the
// challenge of the client's authorization request (no redirect with the code
// was seen, so the challenge is found by client), an id_token refused as a
// bearer token, and an opaque token with dots that expired by its
// expires_in.
class TestTokenFactsObserverFlows : public QObject
{
    Q_OBJECT

    static constexpr qint64 kNow = 1'800'000'000'000; // ms, 2027-01-15

    static QByteArray jwt(const QJsonObject &claims)
    {
        const auto part = [](const QJsonObject &o) {
            return QJsonDocument(o)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        return part({{QStringLiteral("alg"), QStringLiteral("RS256")}}) + '.' + part(claims) +
               ".c2lnbmF0dXJl";
    }

    static Exchange exchange(qint64 id, const QByteArray &method, const QString &url, int status)
    {
        Exchange e;
        e.id = id;
        e.sessionId = 1;
        e.state = Exchange::State::Complete;
        e.method = method;
        e.url = url;
        e.status = status;
        e.startedAtMs = kNow;
        e.totalMs = 20;
        return e;
    }

    static Exchange authorize(qint64 id, const QByteArray &challenge)
    {
        return exchange(id, "GET",
                        QStringLiteral("https://as.example/authorize?response_type=code&client_id="
                                       "c1&state=s1&code_challenge_method=S256&code_challenge=") +
                            QString::fromLatin1(challenge),
                        200);
    }

    static Exchange tokenCall(qint64 id, const QByteArray &form, int status,
                              const QByteArray &answer)
    {
        Exchange e = exchange(id, "POST", QStringLiteral("https://as.example/token"), status);
        e.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
        e.requestBody = form;
        e.responseHeaders = {{"Content-Type", "application/json"}};
        e.responseBody = answer;
        return e;
    }

    static Exchange refusal(qint64 id, const QByteArray &token, qint64 startedAtMs)
    {
        Exchange e = exchange(id, "POST", QStringLiteral("https://mcp.example/mcp"), 401);
        e.requestHeaders = {{"Authorization", "Bearer " + token}};
        e.startedAtMs = startedAtMs;
        return e;
    }

private Q_SLOTS:
    void verifierMismatchFoundByClient()
    {
        TokenFactsObserver observer;
        const QByteArray verifier = "the-verifier-the-client-kept-0123456789abcdef";
        QVERIFY(observer.read(authorize(1, Pkce::challengeS256(verifier)), 0).isEmpty());
        const QByteArray refused = "{\"error\":\"invalid_grant\",\"error_description\":\"PKCE "
                                   "verification failed\"}";
        const QList<Finding> raised = observer.read(
            tokenCall(2,
                      "grant_type=authorization_code&code=abc&client_id=c1&code_verifier=another",
                      400, refused),
            0);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().kind, QStringLiteral("oauth.invalid_grant.verifier_mismatch"));
        QCOMPARE(raised.first().arguments,
                 (QStringList{QStringLiteral("invalid_grant"),
                              QStringLiteral("PKCE verification failed")}));
        QCOMPARE(raised.first().exchangeIds, (QList<qint64>{1, 2}));

        // The verifier that matches: invalid_grant for some other reason.
        TokenFactsObserver other;
        other.read(authorize(1, Pkce::challengeS256(verifier)), 0);
        QVERIFY(other
                    .read(tokenCall(2,
                                    "grant_type=authorization_code&code=abc&client_id=c1&"
                                    "code_verifier=" +
                                        verifier,
                                    400, refused),
                          0)
                    .isEmpty());
    }

    // The id_token of a token answer is known too: refused once past its
    // exp, the finding names the exchange that issued it.
    void idTokenRefusedAsBearer()
    {
        TokenFactsObserver observer;
        const QByteArray idToken = jwt({{QStringLiteral("exp"), double(kNow / 1000 + 60)}});
        QVERIFY(observer
                    .read(tokenCall(1, "grant_type=client_credentials&client_id=c1", 200,
                                    "{\"access_token\":\"opaque-access\",\"token_type\":"
                                    "\"Bearer\",\"id_token\":\"" +
                                        idToken + "\"}"),
                          0)
                    .isEmpty());
        const QList<Finding> raised = observer.read(refusal(2, idToken, kNow + 90'000), 0);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().kind, QStringLiteral("oauth.token.expired"));
        QCOMPARE(raised.first().exchangeIds, (QList<qint64>{1, 2}));
    }

    // Three dot-separated parts that are no JWT: the expiry comes from
    // expires_in.
    void dottedOpaqueTokenExpiresByExpiresIn()
    {
        TokenFactsObserver observer;
        const QByteArray token = "not.a.jwt";
        observer.read(tokenCall(1, "grant_type=client_credentials&client_id=c1", 200,
                                "{\"access_token\":\"" + token +
                                    "\",\"token_type\":\"Bearer\",\"expires_in\":10}"),
                      0);
        QVERIFY(observer.read(refusal(2, token, kNow + 5'000), 0).isEmpty());
        const QList<Finding> raised = observer.read(refusal(3, token, kNow + 60'000), 0);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().kind, QStringLiteral("oauth.token.expired"));
        QCOMPARE(raised.first().exchangeIds, (QList<qint64>{1, 3}));
    }
};

QTEST_GUILESS_MAIN(TestTokenFactsObserverFlows)
#include "tst_token_facts_observer_flows.moc"
