#include "diagnostics/oauth_traffic.h"

#include <QDateTime>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::OAuthTraffic;

// How the OAuth rules recognise OAuth in an exchange
// (diagnostics/oauth_traffic.h): what is and is not an authorization or a
// token request, how a client authenticates, JSON answers, redirects, and
// which URLs a token's resource covers.
class TestOAuthTraffic : public QObject
{
    Q_OBJECT

    static Exchange get(const QString &url)
    {
        Exchange e;
        e.method = "GET";
        e.url = url;
        return e;
    }
    static Exchange post(const QByteArray &body, const QByteArray &contentType = {})
    {
        Exchange e;
        e.method = "POST";
        e.url = QStringLiteral("https://as.example/token?x=1");
        e.requestBody = body;
        if (!contentType.isEmpty())
            e.requestHeaders = {{"Content-Type", contentType}};
        return e;
    }

private slots:
    void authorizationRequests()
    {
        const auto r = authorizationRequest(
            get(QStringLiteral("https://as.example/authorize?response_type=code+id_token&client_id="
                               "c%201&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb&state=s&scope=a+b"
                               "&resource=https%3A%2F%2Fmcp.example&code_challenge=ch"
                               "&code_challenge_method=S256#frag")));
        QVERIFY(r);
        QCOMPARE(r->endpoint, QStringLiteral("https://as.example/authorize"));
        QCOMPARE(r->clientId, QStringLiteral("c 1"));
        QCOMPARE(r->redirectUri, QStringLiteral("http://127.0.0.1/cb"));
        QCOMPARE(r->scope, QStringLiteral("a b"));
        QCOMPARE(r->resource, QStringLiteral("https://mcp.example"));
        QVERIFY(r->hasCodeChallenge);
        QCOMPARE(r->codeChallengeMethod, QStringLiteral("S256"));
        // Implicit flow (no code), a POST, no client_id: not ours.
        QVERIFY(!authorizationRequest(
            get(QStringLiteral("https://as.example/authorize?response_type=token&client_id=c"))));
        Exchange asPost =
            get(QStringLiteral("https://as.example/a?response_type=code&client_id=c"));
        asPost.method = "POST";
        QVERIFY(!authorizationRequest(asPost));
        QVERIFY(
            !authorizationRequest(get(QStringLiteral("https://as.example/a?response_type=code"))));
    }

    void tokenRequests()
    {
        const auto basic = [] {
            Exchange e = post("grant_type=authorization_code&code=abc&redirect_uri=x",
                              "application/x-www-form-urlencoded; charset=UTF-8");
            e.requestHeaders.append(
                qMakePair(QByteArray("Authorization"), QByteArray("Basic Yzpz")));
            return e;
        }();
        const auto r = tokenRequest(basic);
        QVERIFY(r);
        QCOMPARE(r->endpoint, QStringLiteral("https://as.example/token"));
        QCOMPARE(r->grantType, QStringLiteral("authorization_code"));
        QCOMPARE(r->authMethod, QStringLiteral("client_secret_basic"));
        QCOMPARE(r->value("code"), QStringLiteral("abc"));
        QCOMPARE(
            tokenRequest(post("grant_type=client_credentials&client_assertion=eyJ"))->authMethod,
            QStringLiteral("private_key_jwt"));
        QCOMPARE(tokenRequest(post("grant_type=client_credentials&client_secret=s"))->authMethod,
                 QStringLiteral("client_secret_post"));
        QCOMPARE(tokenRequest(post("grant_type=refresh_token&refresh_token=r"))->authMethod,
                 QString());
        // Not token requests: JSON bodies, an empty grant type, no grant type,
        // a body too large to be one, a GET.
        QVERIFY(!tokenRequest(post("grant_type=x", "application/json")));
        QVERIFY(!tokenRequest(post("grant_type=&code=1")));
        QVERIFY(!tokenRequest(post("code=1")));
        QVERIFY(!tokenRequest(post("grant_type=x&pad=" + QByteArray(70 * 1024, 'a'))));
        Exchange asGet = post("grant_type=x");
        asGet.method = "GET";
        QVERIFY(!tokenRequest(asGet));
    }

    void jsonAnswers()
    {
        Exchange e;
        e.responseBody = " \r\n\t{\"access_token\":\"t\"}";
        QCOMPARE(jsonAnswer(e)->value(u"access_token").toString(), QStringLiteral("t"));
        e.responseBody = "[{\"a\":1}]";
        QVERIFY(!jsonAnswer(e));
        e.responseBody = "{\"a\":";
        QVERIFY(!jsonAnswer(e));
        e.responseBody = "   ";
        QVERIFY(!jsonAnswer(e));
        e.responseBody = "{\"a\":\"" + QByteArray(1024 * 1024, 'x') + "\"}";
        QVERIFY(!jsonAnswer(e)); // larger than an OAuth answer ever is
    }

    void redirectsAndQueries()
    {
        Exchange e = get(QStringLiteral("https://as.example/authorize?x=1"));
        e.status = 302;
        e.responseHeaders = {{"Location", "/cb?code=c%2B1&state=s"}};
        QCOMPARE(redirectTarget(e), QStringLiteral("https://as.example/cb?code=c%2B1&state=s"));
        QCOMPARE(queryValue(redirectTarget(e), QStringLiteral("code")), QStringLiteral("c+1"));
        QCOMPARE(queryValue(QStringLiteral("https://x/?a=1#b=2"), QStringLiteral("b")), QString());
        QCOMPARE(queryValue(QStringLiteral("https://x/"), QStringLiteral("a")), QString());
        e.responseHeaders.clear();
        QCOMPARE(redirectTarget(e), QString());
        e.status = 200;
        e.responseHeaders = {{"Location", "/cb"}};
        QCOMPARE(redirectTarget(e), QString());
        QCOMPARE(withoutQuery(QStringLiteral("https://x/p#f?q")), QStringLiteral("https://x/p"));
        QCOMPARE(withoutQuery(QStringLiteral("https://x/p")), QStringLiteral("https://x/p"));
        QCOMPARE(origin(QStringLiteral("HTTPS://MCP.Example:8443/p")),
                 QStringLiteral("https://mcp.example:8443"));
        QCOMPARE(origin(QStringLiteral("https://mcp.example/p")),
                 QStringLiteral("https://mcp.example"));
        QCOMPARE(scopes(QStringLiteral(" a  b ")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        const QDateTime at = QDateTime::fromString(isoTime(1234), Qt::ISODateWithMs);
        QCOMPARE(at.toMSecsSinceEpoch(), 1234);
        QCOMPARE(at.offsetFromUtc(), 0);
        QVERIFY(isoTime(1234).startsWith(QStringLiteral("1970-01-01T00:00:01.234")));
    }

    void resourceCoverage_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("covers");
        QTest::newRow("same") << QStringLiteral("https://mcp.example/mcp")
                              << QStringLiteral("https://mcp.example/mcp?x=1") << true;
        QTest::newRow("origin") << QStringLiteral("https://mcp.example")
                                << QStringLiteral("https://mcp.example/any/path") << true;
        QTest::newRow("trailing slashes") << QStringLiteral("https://mcp.example/api//")
                                          << QStringLiteral("https://mcp.example/api/mcp") << true;
        QTest::newRow("default port") << QStringLiteral("https://mcp.example:443/mcp")
                                      << QStringLiteral("https://mcp.example/mcp") << true;
        QTest::newRow("prefix of a word") << QStringLiteral("https://mcp.example/api")
                                          << QStringLiteral("https://mcp.example/apiv2") << false;
        QTest::newRow("other port") << QStringLiteral("http://mcp.example:8080/")
                                    << QStringLiteral("http://mcp.example/") << false;
        QTest::newRow("other scheme") << QStringLiteral("http://mcp.example/")
                                      << QStringLiteral("https://mcp.example/") << false;
        QTest::newRow("other host") << QStringLiteral("https://a.example/")
                                    << QStringLiteral("https://b.example/") << false;
    }
    void resourceCoverage()
    {
        QFETCH(QString, resource);
        QFETCH(QString, url);
        QFETCH(bool, covers);
        QCOMPARE(resourceCovers(resource, url), covers);
    }

    void answeredAt()
    {
        Exchange e;
        e.startedAtMs = 1000;
        QCOMPARE(answeredAtMs(e), 1000);
        e.ttfbMs = 20.5;
        QCOMPARE(answeredAtMs(e), 1020);
        e.totalMs = 40;
        QCOMPARE(answeredAtMs(e), 1040);
    }
};

QTEST_GUILESS_MAIN(TestOAuthTraffic)
#include "tst_oauth_traffic.moc"
