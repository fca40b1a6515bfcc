#include "export/export_redactor.h"

#include <QTest>

using namespace mcpscope;

// Edges of the export's user rules (export/export_redactor.h): a parameter
// rule whose name ends another parameter's name, a pattern whose empty
// matches are skipped, and a query item without "=" beside a redacted one.
class TestExportRedactorRuleEdges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // "key" names the parameter key, not the end of "monkey".
    void paramRuleMatchesWholeNames()
    {
        RedactionRules rules;
        rules.queryParams = {QStringLiteral("key")};
        ExportRedactor redactor(rules);
        QCOMPARE(redactor.redactUrl(QStringLiteral("https://h.example/p?monkey=1&key=2")),
                 QStringLiteral("https://h.example/p?monkey=1&key=[REDACTED]"));
        QCOMPARE(redactor.tally().count(QStringLiteral("rule"), QStringLiteral("param key")), 1);
    }

    // A pattern that also matches nothing (before "secret") removes only
    // what it matches with characters.
    void emptyPatternMatchesAreSkipped()
    {
        RedactionRules rules;
        rules.patterns = {QStringLiteral("(?=secret)|tok-[0-9]+")};
        QVERIFY(rules.validate());
        ExportRedactor redactor(rules);
        QCOMPARE(redactor.redactText(QStringLiteral("a secret and tok-42")),
                 QStringLiteral("a secret and [REDACTED]"));
        QCOMPARE(redactor.tally().count(QStringLiteral("rule"),
                                        QStringLiteral("pattern (?=secret)|tok-[0-9]+")),
                 1);
    }

    // A bare flag in the query is no parameter: only the redacted one counts.
    void queryFlagBesideARedactedParameter()
    {
        ExportRedactor redactor;
        const QString url =
            redactor.redactUrl(QStringLiteral("https://h.example/cb?flag&access_token=abc123"));
        QCOMPARE(url, QStringLiteral("https://h.example/cb?flag&access_token=[REDACTED]"));
        QCOMPARE(redactor.tally().count(QStringLiteral("query"), QStringLiteral("access_token")),
                 1);
        QCOMPARE(redactor.tally().count(QStringLiteral("query"), QStringLiteral("flag")), 0);
    }
};

QTEST_GUILESS_MAIN(TestExportRedactorRuleEdges)
#include "tst_export_redactor_rule_edges.moc"
