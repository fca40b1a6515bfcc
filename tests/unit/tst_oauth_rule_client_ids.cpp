#include "diagnostic_rule_cases.h"

#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The OAuth rule (diagnostics/rules_oauth.cpp) naming the client a token
// request authenticated as when the form does not carry client_id (the id
// travels in a redacted Basic header): from the authorization request the
// code came from, else from the client's last authorization request. With
// the client known, a registration at another issuer is reported.
class TestOAuthRuleClientIds : public QObject
{
    Q_OBJECT

    static constexpr qint64 kT0 = 1'750'000'000'000;

    static Exchange ex(qint64 id, const QByteArray &method, const QString &url, int status)
    {
        Exchange e;
        e.id = id;
        e.sessionId = 1;
        e.startedAtMs = kT0 + id * 100;
        e.state = Exchange::State::Complete;
        e.method = method;
        e.url = url;
        e.status = status;
        e.ttfbMs = 5;
        e.totalMs = 10;
        return e;
    }

    static RuleFeed feed(const Exchange &e)
    {
        RuleFeed f;
        f.exchange = e;
        return f;
    }

    // Dynamic registration of client c1 at the staging issuer.
    static RuleFeed stagingRegistration()
    {
        Exchange e = ex(1, "POST", QStringLiteral("https://as-staging.example/reg"), 201);
        e.requestBody = "{\"redirect_uris\":[\"https://app.example/cb/\"]}";
        e.responseHeaders = {{"Content-Type", "application/json"}};
        e.responseBody = "{\"client_id\":\"c1\",\"redirect_uris\":[\"https://app.example/cb/\"]}";
        return feed(e);
    }

    static RuleFeed stagingAuthorization()
    {
        return feed(ex(2, "GET",
                       QStringLiteral("https://as-staging.example/authorize?response_type=code&"
                                      "client_id=c1&redirect_uri=https%3A%2F%2Fapp.example%2Fcb%2F"
                                      "&state=s1&code_challenge=CH&code_challenge_method=S256"),
                       200));
    }

    // The production issuer refusing the client, authenticated by Basic.
    static RuleFeed productionRefusal(const QByteArray &form)
    {
        Exchange e = ex(3, "POST", QStringLiteral("https://as.example/token"), 401);
        e.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"},
                            {"Authorization", "Basic [REDACTED]"}};
        e.requestBody = form;
        e.responseHeaders = {{"Content-Type", "application/json"}};
        e.responseBody =
            "{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}";
        return feed(e);
    }

    static QList<Finding> ofKind(const QList<Finding> &all, const char *kind)
    {
        QList<Finding> out;
        for (const Finding &f : all)
            if (f.kind == QLatin1String(kind))
                out << f;
        return out;
    }

    // A registration at the staging issuer whose answer names no client.
    static RuleFeed registrationAnswering(const QByteArray &contentType, const QByteArray &body)
    {
        Exchange e = ex(1, "POST", QStringLiteral("https://as-staging.example/reg"), 201);
        e.requestBody = "{\"redirect_uris\":[\"https://app.example/cb/\"]}";
        e.responseHeaders = {{"Content-Type", contentType}};
        e.responseBody = body;
        return feed(e);
    }

private Q_SLOTS:
    void clientOfTheCodesAuthorization()
    {
        const QList<Finding> found = ofKind(
            runRules({stagingRegistration(), stagingAuthorization(),
                      productionRefusal("grant_type=authorization_code&code=abc&code_verifier=v"
                                        "&redirect_uri=https%3A%2F%2Fapp.example%2Fcb%2F")}),
            "oauth.invalid_client.other_issuer");
        QCOMPARE(found.size(), 1);
        QCOMPARE(
            found.first().arguments,
            (QStringList{QStringLiteral("c1"), QStringLiteral("https://as-staging.example"),
                         QStringLiteral("https://as.example"), QStringLiteral("invalid_client")}));
        QCOMPARE(found.first().exchangeIds, (QList<qint64>{1, 3}));
    }

    void clientOfTheLastAuthorization()
    {
        const QList<Finding> found =
            ofKind(runRules({stagingRegistration(), stagingAuthorization(),
                             productionRefusal("grant_type=client_credentials&scope=mcp")}),
                   "oauth.invalid_client.other_issuer");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().arguments.first(), QStringLiteral("c1"));
        QCOMPARE(found.first().exchangeIds, (QList<qint64>{1, 3}));

        // No authorization request seen: the client is unknown, nothing is
        // said about another issuer.
        QVERIFY(ofKind(runRules({stagingRegistration(),
                                 productionRefusal("grant_type=client_credentials&scope=mcp")}),
                       "oauth.invalid_client.other_issuer")
                    .isEmpty());
    }

    // A registration whose answer is no JSON, or names no client_id, tells
    // nothing about the client: no other issuer is reported.
    void registrationsThatNameNoClient()
    {
        for (const RuleFeed &registration :
             {registrationAnswering("text/html", "<html>created</html>"),
              registrationAnswering("application/json", "{\"redirect_uris\":[]}")}) {
            const QList<Finding> all =
                runRules({registration, stagingAuthorization(),
                          productionRefusal("grant_type=client_credentials&client_id=c1")});
            QVERIFY(ofKind(all, "oauth.invalid_client.other_issuer").isEmpty());
            // The refusal itself is still reported: its secret was refused.
            const QList<Finding> refused = ofKind(all, "oauth.invalid_client.secret_refused");
            QCOMPARE(refused.size(), 1);
            QCOMPARE(refused.first().arguments.first(), QStringLiteral("c1"));
        }
    }
};

QTEST_GUILESS_MAIN(TestOAuthRuleClientIds)
#include "tst_oauth_rule_client_ids.moc"
