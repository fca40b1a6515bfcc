#include "export/curl_command.h"
#include "export/export_redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

class TestExportRedactor : public QObject
{
    Q_OBJECT

private:
    static Exchange sample()
    {
        Exchange e;
        e.id = 7;
        e.method = "POST";
        e.url = QStringLiteral("https://as.example/token?code=abc123&state=xyz&tenant=acme");
        e.requestHeaders = {{"Authorization", "Bearer sekrit-token-value"},
                            {"Content-Type", "application/json"},
                            {"X-Tenant", "acme-corp"}};
        e.requestBody = "{\"params\":{\"arguments\":{\"user\":\"alice\",\"pin\":\"1234\"}},"
                        "\"access_token\":\"tok-xyz-123456\"}";
        e.status = 200;
        e.responseHeaders = {{"Content-Type", "text/plain"}};
        e.responseBody = "account number ACCT-998877 for alice";
        e.state = Exchange::State::Complete;
        return e;
    }

private Q_SLOTS:
    // Copy as curl: curl's own headers left out, quotes survive a POSIX
    // shell, the redaction marker stays as stored.
    void curlCommandQuotesAndKeepsRedaction()
    {
        Exchange e;
        e.method = "POST";
        e.url = QStringLiteral("http://127.0.0.1:1/mcp?q=it's");
        e.requestHeaders = {{"Content-Length", "12"},
                            {"Authorization", "Bearer [REDACTED]"},
                            {"Host", "127.0.0.1"}};
        e.requestBody = "{\"a\":\"it's\"}";
        QCOMPARE(curlCommand(e),
                 QStringLiteral("curl -X POST 'http://127.0.0.1:1/mcp?q=it'\\''s' \\\n"
                                "  -H 'Authorization: Bearer [REDACTED]' \\\n"
                                "  --data-binary '{\"a\":\"it'\\''s\"}'"));
        QCOMPARE(shellQuote(QString()), QStringLiteral("''"));
    }
    void storeRulesAreCountedByKind()
    {
        ExportRedactor redactor;
        const Exchange out = redactor.redact(sample());
        QCOMPARE(headerValue(out.requestHeaders, "authorization"), QByteArray("Bearer [REDACTED]"));
        QVERIFY(!out.url.contains(u"abc123"));
        QVERIFY(!out.requestBody.contains("tok-xyz"));
        const RedactionTally &t = redactor.tally();
        QCOMPARE(t.count(QStringLiteral("header"), QStringLiteral("Authorization")), 1);
        QCOMPARE(t.count(QStringLiteral("query"), QStringLiteral("code")), 1);
        QCOMPARE(t.count(QStringLiteral("field"), QStringLiteral("access_token")), 1);
        QCOMPARE(t.total(), 3);
        // Unchanged where no rule applies.
        QVERIFY(out.requestBody.contains("alice"));
        QCOMPARE(headerValue(out.requestHeaders, "x-tenant"), QByteArray("acme-corp"));
    }

    void alreadyRedactedValuesAreCountedAgain()
    {
        // What the store holds is redacted: an export counts those placeholders.
        ExportRedactor first;
        const Exchange stored = first.redact(sample());
        ExportRedactor second;
        const Exchange again = second.redact(stored);
        QCOMPARE(again.url, stored.url);
        QCOMPARE(again.requestBody, stored.requestBody);
        QCOMPARE(second.tally().total(), first.tally().total());
        QCOMPARE(second.tally().entries(), first.tally().entries());
    }

    void userHeaderRule()
    {
        RedactionRules rules;
        rules.headers = {QStringLiteral("x-tenant")};
        ExportRedactor redactor(rules);
        const Exchange out = redactor.redact(sample());
        QCOMPARE(headerValue(out.requestHeaders, "X-Tenant"), QByteArray("[REDACTED]"));
        QCOMPARE(redactor.tally().count(QStringLiteral("rule"), QStringLiteral("header x-tenant")),
                 1);
    }

    void userPointerRuleWithWildcard()
    {
        RedactionRules rules;
        rules.pointers = {QStringLiteral("/params/*/pin")};
        ExportRedactor redactor(rules);
        const Exchange out = redactor.redact(sample());
        const QJsonObject body = QJsonDocument::fromJson(out.requestBody).object();
        QCOMPARE(body.value(u"params").toObject().value(u"arguments").toObject().value(u"pin"),
                 QJsonValue(QStringLiteral("[REDACTED]")));
        QCOMPARE(body.value(u"params").toObject().value(u"arguments").toObject().value(u"user"),
                 QJsonValue(QStringLiteral("alice")));
        QCOMPARE(
            redactor.tally().count(QStringLiteral("rule"), QStringLiteral("pointer /params/*/pin")),
            1);
        // A JSON-RPC payload too.
        const QByteArray payload = redactor.redactPayload(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"params\":{\"x\":{\"pin\":42}}}");
        QVERIFY(!payload.contains("42"));
        QCOMPARE(
            redactor.tally().count(QStringLiteral("rule"), QStringLiteral("pointer /params/*/pin")),
            2);
    }

    void userQueryParamRule()
    {
        RedactionRules rules;
        rules.queryParams = {QStringLiteral("tenant")};
        ExportRedactor redactor(rules);
        const Exchange out = redactor.redact(sample());
        QVERIFY2(out.url.endsWith(u"tenant=[REDACTED]"), qPrintable(out.url));
        QVERIFY(out.url.contains(u"state=xyz"));
        QCOMPARE(redactor.tally().count(QStringLiteral("rule"), QStringLiteral("param tenant")), 1);
        // A form body too.
        Exchange form;
        form.method = "POST";
        form.url = QStringLiteral("https://as.example/");
        form.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
        form.requestBody = "grant_type=x&tenant=acme&other=1";
        const Exchange formOut = redactor.redact(form);
        QCOMPARE(formOut.requestBody, QByteArray("grant_type=x&tenant=[REDACTED]&other=1"));
        QCOMPARE(redactor.tally().count(QStringLiteral("rule"), QStringLiteral("param tenant")), 2);
    }

    void userPatternRule()
    {
        RedactionRules rules;
        rules.patterns = {QStringLiteral("ACCT-\\d+")};
        ExportRedactor redactor(rules);
        const Exchange out = redactor.redact(sample());
        QCOMPARE(out.responseBody, QByteArray("account number [REDACTED] for alice"));
        QCOMPARE(redactor.redactText(QStringLiteral("see ACCT-1 and ACCT-2")),
                 QStringLiteral("see [REDACTED] and [REDACTED]"));
        QCOMPARE(
            redactor.tally().count(QStringLiteral("rule"), QStringLiteral("pattern ACCT-\\d+")), 3);
    }

    void patternThatMatchesNothing()
    {
        RedactionRules rules;
        rules.patterns = {QStringLiteral("nothing-like-this-\\d{40}")};
        QVERIFY(rules.validate());
        ExportRedactor redactor(rules);
        const Exchange in = sample();
        const Exchange out = redactor.redact(in);
        QCOMPARE(out.responseBody, in.responseBody);
        QCOMPARE(redactor.tally().count(QStringLiteral("rule"),
                                        QStringLiteral("pattern nothing-like-this-\\d{40}")),
                 0);
        QCOMPARE(redactor.tally().total(), 3); // the store's rules only
    }

    void knownSecretInFreeText()
    {
        ExportRedactor redactor;
        const QString text = redactor.redactText(
            QStringLiteral("the server said: token=abcdefghijkl and [REDACTED] earlier"));
        QVERIFY(!text.contains(u"abcdefghijkl"));
        QCOMPARE(redactor.tally().count(QStringLiteral("field"), QStringLiteral("token")), 1);
        QCOMPARE(redactor.tally().count(QStringLiteral("known secret"), QString()), 1);
    }

    void validateNamesTheBadRule_data()
    {
        QTest::addColumn<RedactionRules>("rules");
        QTest::addColumn<QString>("named");
        RedactionRules badRegex;
        badRegex.patterns = {QStringLiteral("ok"), QStringLiteral("(unclosed")};
        QTest::newRow("regex") << badRegex << QStringLiteral("(unclosed");
        RedactionRules emptyMatch;
        emptyMatch.patterns = {QStringLiteral("x*")};
        QTest::newRow("matches empty") << emptyMatch << QStringLiteral("x*");
        RedactionRules badPointer;
        badPointer.pointers = {QStringLiteral("params/x")};
        QTest::newRow("pointer without slash") << badPointer << QStringLiteral("params/x");
        RedactionRules badEscape;
        badEscape.pointers = {QStringLiteral("/a~2b")};
        QTest::newRow("pointer escape") << badEscape << QStringLiteral("/a~2b");
        RedactionRules badHeader;
        badHeader.headers = {QStringLiteral(" ")};
        QTest::newRow("empty header") << badHeader << QStringLiteral("\" \"");
        RedactionRules badParam;
        badParam.queryParams = {QStringLiteral("a=b")};
        QTest::newRow("param") << badParam << QStringLiteral("a=b");
    }
    void validateNamesTheBadRule()
    {
        QFETCH(RedactionRules, rules);
        QFETCH(QString, named);
        const auto valid = rules.validate();
        QVERIFY(!valid);
        QCOMPARE(valid.error().code, ErrorCode::Usage);
        QVERIFY2(valid.error().message.contains(named), qPrintable(valid.error().message));
        // An invalid rule is skipped, never applied half-way.
        ExportRedactor redactor(rules);
        QCOMPARE(redactor.redact(sample()).responseBody, sample().responseBody);
    }

    void rulesRoundTripThroughJson()
    {
        RedactionRules rules;
        rules.headers = {QStringLiteral("X-A")};
        rules.pointers = {QStringLiteral("/a/*")};
        rules.queryParams = {QStringLiteral("p")};
        rules.patterns = {QStringLiteral("\\d+")};
        QCOMPARE(RedactionRules::fromJson(rules.toJson()), rules);
        QVERIFY(RedactionRules::fromJson(QJsonObject{{QStringLiteral("headers"), 3}}).isEmpty());
    }

    void badInputDoesNotBreak()
    {
        RedactionRules rules;
        rules.pointers = {QStringLiteral("/a")};
        ExportRedactor redactor(rules);
        QCOMPARE(redactor.redactPayload("{not json"), QByteArray("{not json"));
        Exchange binary;
        binary.responseHeaders = {{"Content-Type", "application/octet-stream"}};
        binary.responseBody = QByteArray("\x00\xff\xfe{\"a\":1}", 10);
        QCOMPARE(redactor.redact(binary).responseBody, binary.responseBody);
        QCOMPARE(redactor.tally().total(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExportRedactor)
#include "tst_export_redactor.moc"
