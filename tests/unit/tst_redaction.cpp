#include "capture/redaction.h"

#include <QTest>

using namespace mcpscope;

// One test per redaction rule; each row plants a secret and checks that it is
// gone while the structure around it survives.
class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorizationKeepsSchemeOnly_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer s3cr3t-token-value")
                                << QByteArray("Bearer [REDACTED]");
        QTest::newRow("basic") << QByteArray("authorization") << QByteArray("Basic dXNlcjpwYXNz")
                               << QByteArray("Basic [REDACTED]");
        QTest::newRow("no scheme") << QByteArray("Authorization") << QByteArray("rawtokenonly")
                                   << QByteArray("[REDACTED]");
        QTest::newRow("proxy") << QByteArray("Proxy-Authorization") << QByteArray("Basic cHJveHk6cHc=")
                               << QByteArray("Basic [REDACTED]");
    }
    void authorizationKeepsSchemeOnly()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        Redactor r;
        QCOMPARE(r.redactHeaderValue(header, value), expected);
    }

    void cookieKeepsNames()
    {
        Redactor r;
        QCOMPARE(r.redactHeaderValue("Cookie", "sid=abc123; theme=dark"),
                 QByteArray("sid=[REDACTED]; theme=[REDACTED]"));
    }

    void setCookieKeepsAttributes()
    {
        Redactor r;
        QCOMPARE(r.redactHeaderValue("Set-Cookie", "sid=abc123; Path=/; HttpOnly; Secure"),
                 QByteArray("sid=[REDACTED]; Path=/; HttpOnly; Secure"));
    }

    void apiKeyHeaders()
    {
        Redactor r;
        QCOMPARE(r.redactHeaderValue("X-Api-Key", "key-123456"), QByteArray("[REDACTED]"));
        QCOMPARE(r.redactHeaderValue("Content-Type", "application/json"), QByteArray("application/json"));
    }

    void jsonFields_data()
    {
        QTest::addColumn<QByteArray>("field");
        for (const char *field : {"access_token", "refresh_token", "id_token", "code", "code_verifier",
                                  "client_secret", "client_assertion", "registration_access_token"})
            QTest::newRow(field) << QByteArray(field);
    }
    void jsonFields()
    {
        QFETCH(QByteArray, field);
        const QByteArray body = "{\"keep\":\"visible\",\"" + field + "\" : \"PLANTED-SECRET-1\",\"n\":1}";
        const QByteArray out = Redactor::redactJsonFields(body);
        QVERIFY2(!out.contains("PLANTED-SECRET-1"), out.constData());
        QCOMPARE(out, "{\"keep\":\"visible\",\"" + field + "\" : \"[REDACTED]\",\"n\":1}");
    }

    void jsonNestedInString()
    {
        // A tool result or SSE line carrying JSON as an escaped string.
        const QByteArray body = "{\"text\":\"{\\\"access_token\\\":\\\"PLANTED-NESTED\\\",\\\"x\\\":1}\"}";
        const QByteArray out = Redactor::redactJsonFields(body);
        QVERIFY2(!out.contains("PLANTED-NESTED"), out.constData());
        QCOMPARE(out, QByteArray("{\"text\":\"{\\\"access_token\\\":\\\"[REDACTED]\\\",\\\"x\\\":1}\"}"));
    }

    void jsonTruncatedValueRedactedToEnd()
    {
        const QByteArray out = Redactor::redactJsonFields("{\"refresh_token\":\"PLANTED-PARTIAL");
        QCOMPARE(out, QByteArray("{\"refresh_token\":\"[REDACTED]"));
    }

    void jsonNumericCodeKept()
    {
        // JSON-RPC error codes are numbers and not secrets.
        const QByteArray body = "{\"error\":{\"code\":-32600,\"message\":\"bad\"}}";
        QCOMPARE(Redactor::redactJsonFields(body), body);
    }

    void jsonOtherFieldsUntouched()
    {
        const QByteArray body = "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"a b\"}";
        QCOMPARE(Redactor::redactJsonFields(body), body);
    }

    void formFields_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("token request")
            << QByteArray("grant_type=authorization_code&code=PLANTED&code_verifier=PLANTED2&redirect_uri=x")
            << QByteArray("grant_type=authorization_code&code=[REDACTED]&code_verifier=[REDACTED]&redirect_uri=x");
        QTest::newRow("client secret") << QByteArray("client_id=abc&client_secret=PLANTED")
                                       << QByteArray("client_id=abc&client_secret=[REDACTED]");
        QTest::newRow("assertion") << QByteArray("client_assertion=eyJ.PLANTED.sig&x=1")
                                   << QByteArray("client_assertion=[REDACTED]&x=1");
        QTest::newRow("refresh") << QByteArray("refresh_token=PLANTED") << QByteArray("refresh_token=[REDACTED]");
        QTest::newRow("encoded name") << QByteArray("access%5Ftoken=PLANTED")
                                      << QByteArray("access%5Ftoken=[REDACTED]");
        QTest::newRow("empty pieces") << QByteArray("&&a=1&") << QByteArray("&&a=1&");
        // RFC 7009 revocation and RFC 7662 introspection send the token as "token".
        QTest::newRow("revocation") << QByteArray("token=PLANTED&token_type_hint=access_token")
                                    << QByteArray("token=[REDACTED]&token_type_hint=access_token");
        QTest::newRow("token exchange") << QByteArray("subject_token=PLANTED&actor_token=PLANTED2&assertion=PLANTED3")
                                        << QByteArray("subject_token=[REDACTED]&actor_token=[REDACTED]&assertion=[REDACTED]");
        QTest::newRow("password grant") << QByteArray("username=u&password=PLANTED") << QByteArray("username=u&password=[REDACTED]");
    }
    void formFields()
    {
        QFETCH(QByteArray, form);
        QFETCH(QByteArray, expected);
        QCOMPARE(Redactor::redactFormFields(form), expected);
        Redactor r;
        QCOMPARE(r.redactBody(form, "application/x-www-form-urlencoded"), expected);
    }

    void queryStringAndFragment()
    {
        Redactor r;
        QCOMPARE(r.redactUrl(QStringLiteral("http://127.0.0.1:5000/cb?code=PLANTED&state=xyz")),
                 QStringLiteral("http://127.0.0.1:5000/cb?code=[REDACTED]&state=xyz"));
        QCOMPARE(r.redactUrl(QStringLiteral("https://a.example/cb#access_token=PLANTED&token_type=bearer")),
                 QStringLiteral("https://a.example/cb#access_token=[REDACTED]&token_type=bearer"));
        QCOMPARE(r.redactUrl(QStringLiteral("https://a.example/x")), QStringLiteral("https://a.example/x"));
    }

    void locationHeaderIsAUrl()
    {
        Redactor r;
        QCOMPARE(r.redactHeaderValue("Location", "http://127.0.0.1:1/cb?code=PLANTED&iss=x"),
                 QByteArray("http://127.0.0.1:1/cb?code=[REDACTED]&iss=x"));
    }

    void knownSecretsScrubbedAnywhere()
    {
        Redactor r;
        r.addKnownSecret("PLANTED-KNOWN-SECRET");
        r.addKnownSecret("short"); // too short to be safe to scrub: ignored
        QCOMPARE(r.redactBody("<html>token PLANTED-KNOWN-SECRET here</html>", "text/html"),
                 QByteArray("<html>token [REDACTED] here</html>"));
        QCOMPARE(r.redactHeaderValue("X-Debug", "echo PLANTED-KNOWN-SECRET"), QByteArray("echo [REDACTED]"));
        QCOMPARE(r.redactBody("short text", "text/plain"), QByteArray("short text"));
    }

    void wholeExchange()
    {
        Redactor r;
        Exchange e;
        e.url = QStringLiteral("https://as.example/token?client_secret=PLANTED-Q");
        e.requestHeaders = {{"Authorization", "Bearer PLANTED-H"}, {"Content-Type", "application/x-www-form-urlencoded"}};
        e.requestBody = "code=PLANTED-B&grant_type=authorization_code";
        e.responseHeaders = {{"Content-Type", "application/json"}, {"Set-Cookie", "s=PLANTED-C; Path=/"}};
        e.responseBody = "{\"access_token\":\"PLANTED-R\",\"refresh_token\":\"PLANTED-R2\"}";
        e.errorMessage = QStringLiteral("Error transferring https://as.example/token?code=PLANTED-E - x");
        const Exchange out = r.redact(e);
        const QByteArray all = out.url.toUtf8() + out.requestHeaders.value(0).second + out.requestBody
                               + out.responseHeaders.value(1).second + out.responseBody + out.errorMessage.toUtf8();
        QVERIFY2(!all.contains("PLANTED"), all.constData());
        QCOMPARE(out.requestHeaders.value(1).second, QByteArray("application/x-www-form-urlencoded"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
