#include "diagnostic_rule_cases.h"

#include <QTest>
#include <QTimeZone>

using namespace mcpscope;
using namespace mcpscope::testing;

// The clock-skew rule (net.clock_skew, diagnostics/rules_connectivity.cpp)
// reads only IMF-fixdates (RFC 9110 section 5.6.7). Every Date below is ten
// minutes behind the client's clock, so any date the rule accepted would
// raise the finding: the malformed ones must raise nothing.
class TestClockSkewDates : public QObject
{
    Q_OBJECT

    // Mon, 30 Nov 2026 10:00:00 UTC.
    static constexpr qint64 kServerMs = 1796032800000;

    static QList<Finding> skew(const QByteArray &date)
    {
        RuleFeed f;
        f.exchange.id = 1;
        f.exchange.startedAtMs = kServerMs + 600'000;
        f.exchange.state = Exchange::State::Complete;
        f.exchange.method = "GET";
        f.exchange.url = QStringLiteral("http://127.0.0.1:3001/mcp");
        f.exchange.status = 200;
        f.exchange.responseHeaders = {{QByteArray("Date"), date}};
        f.exchange.ttfbMs = 1;
        f.exchange.totalMs = 2;
        f.sessionTarget = f.exchange.url;
        QList<Finding> out;
        for (const Finding &finding : runRules({f}))
            if (finding.kind == u"net.clock_skew")
                out << finding;
        return out;
    }

private Q_SLOTS:
    void fixdateIsRead()
    {
        QCOMPARE(QDateTime(QDate(2026, 11, 30), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch(),
                 kServerMs);
        const QList<Finding> found = skew("Mon, 30 Nov 2026 10:00:00 GMT");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].arguments.value(0), QStringLiteral("127.0.0.1"));
        // The server's second may have ended up to 1 s later: 599 s behind.
        QCOMPARE(found[0].arguments.value(2), QStringLiteral("-599"));
    }

    void malformedDatesAreIgnored_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::newRow("obsolete RFC 850") << QByteArray("Monday, 30-Nov-26 10:00:00 GMT");
        QTest::newRow("not GMT") << QByteArray("Mon, 30 Nov 2026 10:00:00 CET");
        QTest::newRow("unknown month") << QByteArray("Mon, 30 Nox 2026 10:00:00 GMT");
        QTest::newRow("letter in the day") << QByteArray("Mon, 3O Nov 2026 10:00:00 GMT");
        QTest::newRow("letter in the hour") << QByteArray("Mon, 30 Nov 2026 1x:00:00 GMT");
        QTest::newRow("no such day") << QByteArray("Mon, 31 Nov 2026 10:00:00 GMT");
        QTest::newRow("no such hour") << QByteArray("Mon, 30 Nov 2026 25:00:00 GMT");
    }
    void malformedDatesAreIgnored()
    {
        QFETCH(QByteArray, date);
        QVERIFY(skew(date).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClockSkewDates)
#include "tst_clock_skew_dates.moc"
