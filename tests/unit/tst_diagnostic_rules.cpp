// The passive diagnostic rules (diagnostics/diagnostic_rule.h) on crafted
// traffic: every case raises its kind and its near miss does not; the engine
// merges occurrences and caps evidence. Real-peer tests live in
// tests/integration/tst_diagnostics_*.
#include "diagnostic_rule_cases.h"

#include <QSet>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

// A rule that reports every exchange under the key of its URL.
class EveryExchangeRule final : public DiagnosticRule
{
public:
    void input(const RuleInput &in, RuleReport &out) override
    {
        if (in.exchange)
            out.raise("http.refused.no_body",
                      {in.exchange->url, QString::number(in.exchange->status), QString()},
                      in.exchange->url, {in.exchange->id});
        else
            out.raise("mcp.timeout", {in.messages.value(0).method, QStringLiteral("1")}, {}, {},
                      {in.messages.value(0).id});
    }
    void finish(RuleReport &out) override { out.raise("mcp.timeout", {}, {}, {}, {}); }
};

RuleList everyExchange()
{
    RuleList rules;
    rules.push_back(std::make_unique<EveryExchangeRule>());
    return rules;
}

} // namespace

class TestDiagnosticRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void casesNameRegisteredKinds()
    {
        for (const RuleCase &c : allRuleCases())
            QVERIFY2(findingKind(QString::fromLatin1(c.kind)), c.kind);
    }

    // Occurrences with one kind and key in one session merge; evidence is
    // capped; sessions stay apart; the first occurrence sets text and time.
    void engineMergesOccurrences()
    {
        RuleEngine engine(&everyExchange);
        for (int i = 1; i <= 2 * RuleReport::kMaxEvidence + 50; ++i) {
            Exchange e;
            e.id = i;
            e.startedAtMs = 1000 + i;
            e.status = 500;
            e.url = (i % 2) ? QStringLiteral("https://a/mcp") : QStringLiteral("https://b/mcp");
            RuleInput in;
            in.exchange = &e;
            engine.input(i <= 2 ? 7 : 9, in);
        }
        MessageRecord m;
        m.id = 77;
        m.method = QStringLiteral("ping");
        m.atMs = 5;
        RuleInput stdio;
        stdio.messages = {m};
        engine.input(7, stdio);
        const QList<Finding> found = engine.finish();
        // Session 7: a, b, timeout; session 9: a, b, timeout (from finish()).
        QCOMPARE(found.size(), 6);
        QCOMPARE(found[0].sessionId, 7);
        QCOMPARE(found[0].exchangeIds, (QList<qint64>{1}));
        QCOMPARE(found[0].atMs, 1001);
        QCOMPARE(found[2].kind, QStringLiteral("mcp.timeout"));
        QCOMPARE(found[2].messageIds, (QList<qint64>{77}));
        QCOMPARE(found[2].atMs, 5);
        QCOMPARE(found[3].sessionId, 9);
        QCOMPARE(found[3].arguments.value(0), QStringLiteral("https://a/mcp"));
        QCOMPARE(found[3].exchangeIds.size(), RuleReport::kMaxEvidence);
        QCOMPARE(found[3].exchangeIds.first(), 3);
        QCOMPARE(found[4].arguments.value(0), QStringLiteral("https://b/mcp"));
        QCOMPARE(found[5].kind, QStringLiteral("mcp.timeout"));
        QVERIFY(found[5].exchangeIds.isEmpty());
    }

    void raised_data()
    {
        QTest::addColumn<int>("index");
        const QList<RuleCase> cases = allRuleCases();
        QSet<QString> seen;
        for (int i = 0; i < cases.size(); ++i) {
            QString name = QString::fromLatin1(cases[i].kind);
            while (seen.contains(name))
                name += QLatin1Char('+');
            seen.insert(name);
            QTest::newRow(qPrintable(name)) << i;
        }
    }
    void raised()
    {
        if (allRuleCases().isEmpty())
            QSKIP("no rule cases yet");
        QFETCH(int, index);
        const RuleCase c = allRuleCases().at(index);
        const QList<Finding> raised = runRules(c.raise());
        QStringList kinds;
        for (const Finding &f : raised)
            kinds << f.kind;
        QVERIFY2(kinds.contains(QString::fromLatin1(c.kind)), qPrintable(kinds.join(u',')));
        for (const Finding &f : raised) {
            if (f.kind != QString::fromLatin1(c.kind))
                continue;
            QVERIFY2(!f.exchangeIds.isEmpty() || !f.messageIds.isEmpty(),
                     "a finding without evidence");
            QVERIFY2(!f.summary().contains(QLatin1Char('%')), qPrintable(f.summary()));
        }
        const QStringList quiet = kindsRaised(c.quiet());
        QVERIFY2(!quiet.contains(QString::fromLatin1(c.kind)), qPrintable(quiet.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticRules)
#include "tst_diagnostic_rules.moc"
