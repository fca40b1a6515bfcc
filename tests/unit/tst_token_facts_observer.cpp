#include "diagnostics/token_facts_observer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

// The live observer of token facts (diagnostics/token_facts_observer.h) on
// JWT access tokens: a 401 to a token whose aud names another server, to a
// token past its exp, a token issued ahead of this machine's clock, and the
// session it watches.
class TestTokenFactsObserver : public QObject
{
    Q_OBJECT

    struct Sink final : FindingSink
    {
        QList<Finding> found;
        void recordFinding(const Finding &finding) override { found << finding; }
    };

    static constexpr qint64 kNow = 1'800'000'000'000; // ms, 2027-01-15

    static QByteArray jwt(const QJsonObject &claims)
    {
        const auto part = [](const QJsonObject &o) {
            return QJsonDocument(o)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        return part({{QStringLiteral("alg"), QStringLiteral("RS256")},
                     {QStringLiteral("typ"), QStringLiteral("JWT")}}) +
               '.' + part(claims) + ".c2lnbmF0dXJl";
    }

    // The token endpoint's answer carrying token.
    static Exchange tokenExchange(qint64 id, const QByteArray &token, qint64 session = 1)
    {
        Exchange e;
        e.id = id;
        e.sessionId = session;
        e.state = Exchange::State::Complete;
        e.method = "POST";
        e.url = QStringLiteral("https://as.example/token");
        e.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
        e.requestBody = "grant_type=client_credentials&client_id=c1";
        e.status = 200;
        e.responseHeaders = {{"Content-Type", "application/json"}};
        e.responseBody =
            "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
        e.startedAtMs = kNow;
        e.totalMs = 20;
        return e;
    }

    // The MCP server refusing token.
    static Exchange refusal(qint64 id, const QByteArray &token, qint64 startedAtMs,
                            qint64 session = 1)
    {
        Exchange e;
        e.id = id;
        e.sessionId = session;
        e.state = Exchange::State::Complete;
        e.method = "POST";
        e.url = QStringLiteral("https://mcp.example/mcp?x=1");
        e.requestHeaders = {{"Authorization", "Bearer " + token}};
        e.requestBody = "{}";
        e.status = 401;
        e.responseHeaders = {{"WWW-Authenticate", "Bearer error=\"invalid_token\""}};
        e.startedAtMs = startedAtMs;
        e.totalMs = 5;
        return e;
    }

private slots:
    void audienceOfAnotherServer()
    {
        Sink sink;
        TokenFactsObserver observer(&sink);
        const QByteArray token =
            jwt({{QStringLiteral("aud"), QJsonArray{QStringLiteral("https://api.other.example"),
                                                    QStringLiteral("https://mcp.example/admin")}},
                 {QStringLiteral("exp"), double(kNow / 1000 + 3600)}});
        QVERIFY(observer.read(tokenExchange(1, token), 0).isEmpty());
        const QList<Finding> raised = observer.read(refusal(2, token, kNow + 1000), 0);
        QCOMPARE(raised.size(), 1);
        const Finding &f = raised.first();
        QCOMPARE(f.kind, QStringLiteral("oauth.token.audience_mismatch"));
        QCOMPARE(
            f.arguments,
            (QStringList{QStringLiteral("https://mcp.example/mcp"),
                         QStringLiteral("https://api.other.example https://mcp.example/admin")}));
        QCOMPARE(f.exchangeIds, (QList<qint64>{1, 2}));
        QCOMPARE(f.sessionId, 1);
        QCOMPARE(f.atMs, kNow + 1000);
        QCOMPARE(sink.found.size(), 1);
        // The client retrying with the same token adds nothing; the same
        // exchange read again neither.
        QVERIFY(observer.read(refusal(3, token, kNow + 2000), 0).isEmpty());
        QVERIFY(observer.read(refusal(2, token, kNow + 1000), 0).isEmpty());
        QCOMPARE(observer.findings().size(), 1);
    }

    void audienceThatCoversTheServer()
    {
        TokenFactsObserver observer;
        // A string aud naming the server's origin and a path above its own.
        const QByteArray token =
            jwt({{QStringLiteral("aud"), QStringLiteral("https://mcp.example")},
                 {QStringLiteral("exp"), double(kNow / 1000 + 60)}});
        observer.read(tokenExchange(1, token), 0);
        QVERIFY(observer.read(refusal(2, token, kNow + 1000), 0).isEmpty());
        // Past its exp (from the JWT, not expires_in): expired, with the times.
        const QList<Finding> late = observer.read(refusal(3, token, kNow + 90'000), 0);
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().kind, QStringLiteral("oauth.token.expired"));
        QCOMPARE(late.first().arguments.at(0), QStringLiteral("https://mcp.example/mcp"));
        QCOMPARE(late.first().arguments.at(3), QStringLiteral("30.0"));
        QCOMPARE(late.first().exchangeIds, (QList<qint64>{1, 3}));
    }

    void tokenIssuedAheadOfThisClock()
    {
        Sink sink;
        TokenFactsObserver observer(&sink);
        observer.setClock([] { return kNow; });
        const QByteArray ahead = jwt({{QStringLiteral("iat"), double(kNow / 1000 + 600)},
                                      {QStringLiteral("nbf"), double(kNow / 1000 + 600)}});
        observer.exchangeRecorded(tokenExchange(1, ahead));
        QCOMPARE(sink.found.size(), 1);
        const Finding &f = sink.found.first();
        QCOMPARE(f.kind, QStringLiteral("net.clock_skew.token"));
        QCOMPARE(f.arguments.at(0), QStringLiteral("iat")); // the first that is ahead
        QCOMPARE(f.arguments.at(2), QStringLiteral("600.0"));
        QCOMPARE(f.exchangeIds, QList<qint64>{1});
        QCOMPARE(observer.findings().size(), 1);

        // Within the tolerance: nothing; nbf alone ahead: named.
        const QByteArray close = jwt({{QStringLiteral("iat"), double(kNow / 1000 + 30)}});
        observer.exchangeRecorded(tokenExchange(2, close));
        QCOMPARE(sink.found.size(), 1);
        const QByteArray notBefore = jwt({{QStringLiteral("iat"), double(kNow / 1000)},
                                          {QStringLiteral("nbf"), double(kNow / 1000 + 120)}});
        observer.exchangeRecorded(tokenExchange(3, notBefore));
        QCOMPARE(sink.found.size(), 2);
        QCOMPARE(sink.found.last().arguments.at(0), QStringLiteral("nbf"));
        // Without a clock reading (0) the check is skipped.
        const QByteArray again = jwt({{QStringLiteral("iat"), double(kNow / 1000 + 900)}});
        QVERIFY(observer.read(tokenExchange(4, again), 0).isEmpty());
    }

    void watchesOneSession()
    {
        TokenFactsObserver observer;
        observer.setSessionId(7);
        const QByteArray token =
            jwt({{QStringLiteral("aud"), QStringLiteral("https://elsewhere")}});
        observer.read(tokenExchange(1, token, 7), 0);
        // Another session's refusal is not this observer's.
        QVERIFY(observer.read(refusal(2, token, kNow, 8), 0).isEmpty());
        QCOMPARE(observer.read(refusal(3, token, kNow, 7), 0).size(), 1);
        // A refusal of a redacted token is no fact; nor one without a scheme.
        QVERIFY(observer.read(refusal(4, "[REDACTED]", kNow, 7), 0).isEmpty());
        Exchange bare = refusal(5, token, kNow, 7);
        bare.requestHeaders = {{"Authorization", token}};
        QVERIFY(observer.read(bare, 0).isEmpty());
        // Not final yet: nothing is read.
        Exchange streaming =
            refusal(6, jwt({{QStringLiteral("aud"), QStringLiteral("x:y")}}), kNow, 7);
        streaming.state = Exchange::State::Streaming;
        QVERIFY(observer.read(streaming, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenFactsObserver)
#include "tst_token_facts_observer.moc"
