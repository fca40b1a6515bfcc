// Error bodies that are not the JSON an OAuth endpoint owes: the OAuth error
// an HTML or text page states is found, and a page without one is quoted by
// its title and text, not by its markup.
#include "oauth/error_body.h"
#include "oauth/oauth_checks.h"
#include "oauth/oauth_types.h"

#include <QTest>

using namespace mcpscope;

class TestErrorBody : public QObject
{
    Q_OBJECT

    // oidc-provider's error page (its default renderError), as it answers
    // an authorization request from an unknown client.
    static QByteArray oidcProviderPage()
    {
        return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
               "<title>oops! something went wrong</title>\n<style>\nbody { font-family: "
               "sans-serif; } h1 { color: red; }\n</style>\n</head>\n<body>\n<div>\n"
               "<h1>oops! something went wrong</h1>\n"
               "<pre><strong>error</strong>: invalid_client</pre>"
               "<pre><strong>error_description</strong>: client is invalid</pre>"
               "<pre><strong>iss</strong>: http://127.0.0.1:1</pre>\n</div>\n</body>\n</html>\n";
    }

private Q_SLOTS:
    void oauthErrorFromAnHtmlPage()
    {
        const ErrorBody read = readErrorBody(oidcProviderPage());
        QVERIFY(read.html);
        QVERIFY(!read.json);
        QCOMPARE(read.error, QStringLiteral("invalid_client"));
        QCOMPARE(read.description, QStringLiteral("client is invalid"));
        QCOMPARE(read.title, QStringLiteral("oops! something went wrong"));
        QVERIFY2(!read.text.contains(QLatin1Char('<')), qPrintable(read.text));
        QVERIFY2(!read.text.contains(QLatin1String("font-family")), qPrintable(read.text));
        QCOMPARE(
            oauthErrorOf(oidcProviderPage()),
            (std::pair{QStringLiteral("invalid_client"), QStringLiteral("client is invalid")}));
    }

    void oauthErrorFromText_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::newRow("json") << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":"
                                            "\"code expired\"}")
                              << QStringLiteral("invalid_grant") << QStringLiteral("code expired");
        QTest::newRow("form") << QByteArray("error=invalid_grant&error_description=code+expired")
                              << QStringLiteral("invalid_grant") << QStringLiteral("code expired");
        QTest::newRow("text lines")
            << QByteArray("Error: unauthorized_client\nerror_description: not for you\n")
            << QStringLiteral("unauthorized_client") << QStringLiteral("not for you");
        QTest::newRow("code alone in a page")
            << QByteArray("<html><body><p>Request failed (invalid_scope).</p></body></html>")
            << QStringLiteral("invalid_scope") << QString();
        QTest::newRow("no code") << QByteArray("<html><body><p>Error: Something went wrong</p>"
                                               "</body></html>")
                                 << QString() << QString();
        QTest::newRow("plain words are no code")
            << QByteArray("error: timeout while talking to upstream") << QString() << QString();
        QTest::newRow("code in a script is no text")
            << QByteArray("<html><script>var e = 'invalid_client';</script><p>Oops</p></html>")
            << QString() << QString();
    }

    void oauthErrorFromText()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(QString, description);
        const ErrorBody read = readErrorBody(body);
        QCOMPARE(read.error, error);
        QCOMPARE(read.description, description);
    }

    // A page that names no OAuth error: its size, title and words, no markup.
    void htmlPageQuotedPlainly()
    {
        const QByteArray page =
            "<!DOCTYPE html><html><head><title>502 Bad Gateway</title>"
            "<script>alert('<b>x</b>')</script></head><body><center><h1>502 Bad Gateway</h1>"
            "</center><hr><p>nginx &amp; friends&nbsp;&#8212; try&#x20;later</p>"
            "<!-- a comment --></body></html>";
        const QString quote = quoteErrorBody(page);
        // (English plurals come from mcpscope_en.ts, which a unit test does not load.)
        QVERIFY2(quote.startsWith(
                     QStringLiteral("the server answered an HTML page (%1 byte").arg(page.size())),
                 qPrintable(quote));
        QVERIFY2(quote.contains(QStringLiteral("not JSON")), qPrintable(quote));
        QVERIFY2(quote.contains(QStringLiteral("“502 Bad Gateway”")), qPrintable(quote));
        QVERIFY2(quote.contains(QStringLiteral("nginx & friends — try later")), qPrintable(quote));
        for (const char *markup : {"<", "DOCTYPE", "alert", "comment"})
            QVERIFY2(!quote.contains(QLatin1String(markup)), qPrintable(quote));
        QCOMPARE(quote.count(QStringLiteral("502 Bad Gateway")), 1); // title not said twice
    }

    void textAndJsonQuotedAsTheyAre()
    {
        QCOMPARE(quoteErrorBody("  upstream\n  timed   out "),
                 QStringLiteral("upstream timed out"));
        QCOMPARE(quoteErrorBody("{\"a\": 1}"), QStringLiteral("{\"a\": 1}"));
        QCOMPARE(quoteErrorBody({}), QString());
        QVERIFY(quoteErrorBody(QByteArray(100000, 'x')).size() <= 300);
    }

    void brokenMarkupIsSafe()
    {
        for (const QByteArray &body :
             {QByteArray("<html><title>unclosed"),
              QByteArray("<html><p>&#xFFFFFFFF; &#0; &#55296;"),
              QByteArray("<html><!-- never closed"), QByteArray("<html><script>never closed"),
              QByteArray("<html><title></title></html>"), QByteArray("<html><a <b <c")}) {
            const ErrorBody read = readErrorBody(body);
            QVERIFY(read.html);
            QVERIFY(!quoteErrorBody(body).isEmpty());
        }
    }

    // What the flow reports: the page's OAuth error, never its markup.
    void authorizationPageNamesTheError()
    {
        Exchange e;
        e.status = 400;
        e.responseBody = oidcProviderPage();
        const Finding f = OAuthChecks::authorizationPage(e, false, QStringLiteral("http://x/cb"));
        QCOMPARE(f.kind, QStringLiteral("oauth.invalid_client"));
        QVERIFY2(!f.message().contains(QLatin1String("DOCTYPE")), qPrintable(f.message()));
        e.responseBody = "<!DOCTYPE html><html><head><title>Sign in</title></head><body>"
                         "<form><input name=user></form></body></html>";
        e.status = 200;
        const Finding page =
            OAuthChecks::authorizationPage(e, false, QStringLiteral("http://x/cb"));
        QCOMPARE(page.kind, QStringLiteral("oauth.authorization.no_redirect"));
        QVERIFY2(page.message().contains(QLatin1String("HTML page")), qPrintable(page.message()));
        QVERIFY2(!page.message().contains(QLatin1String("<")), qPrintable(page.message()));
    }

    void tokenResponseFromAnHtmlPage()
    {
        const TokenResponse named = parseTokenResponse(oidcProviderPage(), 0);
        QCOMPARE(named.error, QStringLiteral("invalid_client"));
        QCOMPARE(named.errorDescription, QStringLiteral("client is invalid"));
        const TokenResponse page =
            parseTokenResponse("<html><head><title>Maintenance</title></head></html>", 0);
        QCOMPARE(page.error, QStringLiteral("invalid_response"));
        QVERIFY2(page.errorDescription.contains(QLatin1String("HTML page")),
                 qPrintable(page.errorDescription));
        QVERIFY2(page.errorDescription.contains(QLatin1String("Maintenance")),
                 qPrintable(page.errorDescription));
    }
};

QTEST_GUILESS_MAIN(TestErrorBody)
#include "tst_error_body.moc"
