#include "export/export_redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

// The export redactor (export/export_redactor.h) on the bodies and single
// values the everyday test (tst_export_redactor.cpp) does not reach: JSON
// pointers into arrays and escaped keys, SSE bodies line by line, binary
// bodies, the single-value entry points the bundle and report writers use,
// and the tally's merge and text.
class TestExportRedactorBodies : public QObject
{
    Q_OBJECT

    static QJsonObject object(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object();
    }

private slots:
    void pointerIntoArrays()
    {
        RedactionRules rules;
        rules.pointers = {QStringLiteral("/items/1/pin"), QStringLiteral("/all/*/pin"),
                          QStringLiteral("/items/x/pin")};
        ExportRedactor redactor(rules);
        const QByteArray out = redactor.redactBody(
            "{\"items\":[{\"pin\":\"1\"},{\"pin\":\"2\"},{\"pin\":\"3\"}],"
            "\"all\":[{\"pin\":\"4\"},{\"nopin\":\"5\"},{\"pin\":\"[REDACTED]\"}]}",
            "application/json");
        const QJsonObject o = object(out);
        const QJsonArray items = o.value(u"items").toArray();
        // Only index 1; a segment that is not a number names no element.
        QCOMPARE(items.at(0).toObject().value(u"pin").toString(), QStringLiteral("1"));
        QCOMPARE(items.at(1).toObject().value(u"pin").toString(), QStringLiteral("[REDACTED]"));
        QCOMPARE(items.at(2).toObject().value(u"pin").toString(), QStringLiteral("3"));
        const QJsonArray all = o.value(u"all").toArray();
        QCOMPARE(all.at(0).toObject().value(u"pin").toString(), QStringLiteral("[REDACTED]"));
        QCOMPARE(all.at(1).toObject().value(u"nopin").toString(), QStringLiteral("5"));
        const RedactionTally &t = redactor.tally();
        QCOMPARE(t.count(QStringLiteral("rule"), QStringLiteral("pointer /items/1/pin")), 1);
        // A value already a placeholder is not removed again.
        QCOMPARE(t.count(QStringLiteral("rule"), QStringLiteral("pointer /all/*/pin")), 1);
        QCOMPARE(t.count(QStringLiteral("rule"), QStringLiteral("pointer /items/x/pin")), 0);
        // The placeholder that was there is counted as the field it stands in.
        QCOMPARE(t.count(QStringLiteral("field"), QStringLiteral("pin")), 1);
        // An array at the top.
        RedactionRules top;
        top.pointers = {QStringLiteral("/0")};
        ExportRedactor topRedactor(top);
        QCOMPARE(topRedactor.redactBody("[\"a\",\"b\"]", "application/json"),
                 QByteArray("[\"[REDACTED]\",\"b\"]"));
    }

    void pointerWithEscapedKeys()
    {
        RedactionRules rules;
        rules.pointers = {QStringLiteral("/a~1b/c~0d")};
        QVERIFY(rules.validate());
        ExportRedactor redactor(rules);
        const QJsonObject o =
            object(redactor.redactPayload("{\"a/b\":{\"c~d\":\"secret-ish\",\"c/d\":\"kept\"}}"));
        QCOMPARE(o.value(u"a/b").toObject().value(u"c~d").toString(), QStringLiteral("[REDACTED]"));
        QCOMPARE(o.value(u"a/b").toObject().value(u"c/d").toString(), QStringLiteral("kept"));
        // A pointer with a bad escape is skipped, not applied.
        RedactionRules bad;
        bad.pointers = {QStringLiteral("/a~2b")};
        QVERIFY(!bad.validate());
        ExportRedactor skipping(bad);
        QCOMPARE(skipping.redactPayload("{\"a~2b\":\"x\"}"), QByteArray("{\"a~2b\":\"x\"}"));
        QVERIFY(skipping.tally().isEmpty());
    }

    void sseBodiesLineByLine()
    {
        RedactionRules rules;
        rules.pointers = {QStringLiteral("/result/pin")};
        ExportRedactor redactor(rules);
        const QByteArray body = "event: message\r\n"
                                "data: {\"result\":{\"pin\":\"1234\"}}\r\n"
                                "data:{\"result\":{\"pin\":\"5678\"}}\n"
                                "data: not json\n"
                                "\n";
        const QByteArray out = redactor.redactBody(body, "text/event-stream; charset=utf-8");
        // Each data line is its own JSON document; the CR stays where it was.
        QCOMPARE(out, QByteArray("event: message\r\n"
                                 "data: {\"result\":{\"pin\":\"[REDACTED]\"}}\r\n"
                                 "data:{\"result\":{\"pin\":\"[REDACTED]\"}}\n"
                                 "data: not json\n"
                                 "\n"));
        QCOMPARE(
            redactor.tally().count(QStringLiteral("rule"), QStringLiteral("pointer /result/pin")),
            2);

        // Without rules, placeholders the store left in an event are counted
        // by the field they stand in, and the body is not rewritten.
        ExportRedactor plain;
        const QByteArray stored = "data: {\"result\":{\"access_token\":\"[REDACTED]\"}}\n"
                                  "id: 7\n";
        QCOMPARE(plain.redactBody(stored, "text/event-stream"), stored);
        QCOMPARE(plain.tally().count(QStringLiteral("field"), QStringLiteral("access_token")), 1);
        QCOMPARE(plain.tally().total(), 1);
        // No placeholder and no pointer: the body is left as it came.
        ExportRedactor untouched;
        QCOMPARE(untouched.redactBody("data: {\"a\":1}\n", "text/event-stream"),
                 QByteArray("data: {\"a\":1}\n"));
        QVERIFY(untouched.tally().isEmpty());
    }

    void nestedJsonInAString()
    {
        // A JSON-RPC result whose text is JSON again: its placeholder is
        // counted under the field inside, not as a known secret.
        ExportRedactor redactor;
        const QByteArray body =
            "{\"result\":{\"text\":\"{\\\"client_secret\\\":\\\"[REDACTED]\\\"}\"}}";
        QCOMPARE(redactor.redactBody(body, "application/json"), body);
        QCOMPARE(redactor.tally().count(QStringLiteral("field"), QStringLiteral("client_secret")),
                 1);
        QCOMPARE(redactor.tally().count(QStringLiteral("known secret"), QString()), 0);
    }

    void binaryBodiesAreLeftToTheStoreRules()
    {
        RedactionRules rules;
        rules.patterns = {QStringLiteral("ACCT")};
        ExportRedactor redactor(rules);
        const QByteArray binary("\xFF\xFE"
                                "ACCT\x00\x01",
                                8);
        QCOMPARE(redactor.redactBody(binary, "application/octet-stream"), binary);
        QCOMPARE(redactor.redactBody({}, "text/plain"), QByteArray());
        QCOMPARE(redactor.redactBody("ACCT 1", "text/plain"), QByteArray("[REDACTED] 1"));
        QCOMPARE(redactor.tally().count(QStringLiteral("rule"), QStringLiteral("pattern ACCT")), 1);
    }

    void singleValues()
    {
        RedactionRules rules;
        rules.queryParams = {QStringLiteral("tenant")};
        rules.headers = {QStringLiteral("X-Api")};
        ExportRedactor redactor(rules);

        // A URL target: its query rules; a command line: its flags.
        QCOMPARE(redactor.redactCommandLine(QStringLiteral("https://mcp.example/mcp?tenant=acme")),
                 QStringLiteral("https://mcp.example/mcp?tenant=[REDACTED]"));
        const QString command = redactor.redactCommandLine(
            QStringLiteral("node server.js --token sekrit-value-123 tenant=acme"));
        QVERIFY2(!command.contains(u"sekrit-value-123"), qPrintable(command));
        QVERIFY2(command.endsWith(u"tenant=[REDACTED]"), qPrintable(command));
        QCOMPARE(redactor.redactCommandLine(QString()), QString());
        QCOMPARE(redactor.tally().count(QStringLiteral("rule"), QStringLiteral("param tenant")), 2);

        // Headers: the store's rule, the user's header rule, a query rule in a value.
        const HeaderList headers =
            redactor.redactHeaderList({{"Authorization", "Bearer abcdefgh12345"},
                                       {"x-api", "k1"},
                                       {"X-Link", "</next?tenant=acme>; rel=next"},
                                       {"Accept", "application/json"}});
        QCOMPARE(headers.at(0).second, QByteArray("Bearer [REDACTED]"));
        QCOMPARE(headers.at(1).second, QByteArray("[REDACTED]"));
        QCOMPARE(headers.at(2).second, QByteArray("</next?tenant=[REDACTED]>; rel=next"));
        QCOMPARE(headers.at(3).second, QByteArray("application/json"));
        // A cookie keeps its name, not its value.
        QCOMPARE(redactor.redactHeaderValue("Cookie", "session=abcdef123456"),
                 QByteArray("session=[REDACTED]"));
        QCOMPARE(redactor.redactHeaderValue("Accept", "text/plain"), QByteArray("text/plain"));
        QCOMPARE(redactor.tally().count(QStringLiteral("header"), QStringLiteral("Authorization")),
                 1);
        QCOMPARE(redactor.tally().count(QStringLiteral("header"), QStringLiteral("Cookie")), 1);
        QCOMPARE(redactor.tally().count(QStringLiteral("rule"), QStringLiteral("header X-Api")), 1);

        // A URL on its own: a placeholder in the fragment is no query's.
        ExportRedactor urls;
        const QString url = urls.redactUrl(
            QStringLiteral("https://app.example/cb?state=s1#access_token=[REDACTED]"));
        QCOMPARE(url, QStringLiteral("https://app.example/cb?state=s1#access_token=[REDACTED]"));
        QCOMPARE(urls.tally().count(QStringLiteral("field"), QStringLiteral("access_token")), 1);
        QCOMPARE(urls.tally().count(QStringLiteral("query"), QStringLiteral("access_token")), 0);
    }

    void tallyMergesAndPrints()
    {
        RedactionTally a;
        a.add(QStringLiteral("header"), QStringLiteral("Authorization"));
        a.add(QStringLiteral("field"), QStringLiteral("token"), 2);
        RedactionTally b;
        b.add(QStringLiteral("field"), QStringLiteral("token"), 3);
        b.add(QStringLiteral("query"), QStringLiteral("code"));
        a.merge(b);
        QCOMPARE(a.total(), 7);
        QCOMPARE(a.count(QStringLiteral("field"), QStringLiteral("token")), 5);
        // Sorted by kind, then name.
        QCOMPARE(a.toText(), QStringLiteral("field\ttoken\t5\nheader\tAuthorization\t1\n"
                                            "query\tcode\t1\n"));
        QCOMPARE(a.entries().first(),
                 (RedactionTally::Entry{QStringLiteral("field"), QStringLiteral("token"), 5}));
        QCOMPARE(RedactionTally().toText(), QString());
        QVERIFY(RedactionTally().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportRedactorBodies)
#include "tst_export_redactor_bodies.moc"
