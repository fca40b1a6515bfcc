#include "capture/capture_reader.h"
#include "capture/log_filter.h"

#include <QTest>

using namespace mcpscope;

class TestLogFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheIssueExample()
    {
        const LogFilterQuery q = parseLogFilter(
            u"method:tools/call status:4xx latency:>500ms tool:get-sum session:3 hello world");
        QCOMPARE(q.rpcMethod, QStringLiteral("tools/call"));
        QCOMPARE(q.status, LogFilterQuery::Status::ClientError);
        QCOMPARE(q.minLatencyMs, 500.0);
        QCOMPARE(q.maxLatencyMs, -1.0);
        QCOMPARE(q.tool, QStringLiteral("get-sum"));
        QCOMPARE(q.sessionId, qint64(3));
        QCOMPARE(q.words, (QStringList{QStringLiteral("hello"), QStringLiteral("world")}));
        QVERIFY(q.problems.isEmpty());

        CaptureFilter f;
        applyLogFilter(q, f);
        QCOMPARE(f.rpcMethod, QStringLiteral("tools/call"));
        QCOMPARE(f.tool, QStringLiteral("get-sum"));
        QCOMPARE(f.statusClass, CaptureFilter::StatusClass::ClientError);
        QCOMPARE(f.minTotalMs, 500.0);
        QCOMPARE(f.sessionId, qint64(3));
        QCOMPARE(f.text, QStringLiteral("hello world"));
    }

    void valuesAndKinds()
    {
        QCOMPARE(parseLogFilter(u"method:POST").httpMethod, QStringLiteral("POST"));
        QCOMPARE(parseLogFilter(u"method:POST").rpcMethod, QString());
        QCOMPARE(parseLogFilter(u"METHOD:ping").rpcMethod, QStringLiteral("ping"));
        QCOMPARE(parseLogFilter(u"status:404").status, LogFilterQuery::Status::Exact);
        QCOMPARE(parseLogFilter(u"status:404").statusCode, 404);
        QCOMPARE(parseLogFilter(u"status:FAILED").status, LogFilterQuery::Status::Failed);
        QCOMPARE(parseLogFilter(u"latency:<2.5s").maxLatencyMs, 2500.0);
        QCOMPARE(parseLogFilter(u"latency:>=200").minLatencyMs, 200.0);
        QCOMPARE(parseLogFilter(u"tool:\"get sum\"").tool, QStringLiteral("get sum"));
        QCOMPARE(parseLogFilter(u"\"method:x\"").words, QStringList{QStringLiteral("method:x")});
        QCOMPARE(parseLogFilter(u"foo:bar").words, QStringList{QStringLiteral("foo:bar")});
        QCOMPARE(parseLogFilter(u"after:2026-11-30T10:00:00Z").afterMs,
                 qint64(1796032800000)); // date -d 2026-11-30T10:00:00Z +%s
        QCOMPARE(parseLogFilter(u"after:2026-11-30T10:00:00").afterMs, qint64(1796032800000));
        QVERIFY(parseLogFilter(u"").isEmpty());
        QVERIFY(parseLogFilter(u"   ").isEmpty());
    }

    void badValuesAreReportedAndIgnored()
    {
        for (const char *text :
             {"status:abc", "status:99", "latency:fast", "latency:>", "session:0", "session:x",
              "after:yesterday", "tool:", "latency:-5ms", "latency:nan", "latency:1e400s"}) {
            const LogFilterQuery q = parseLogFilter(QString::fromLatin1(text));
            QVERIFY2(q.isEmpty(), text);
            QCOMPARE(q.problems.size(), 1);
        }
    }

    void printParsesBackToTheSameFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("example") << QStringLiteral(
            "method:tools/call status:4xx latency:>500ms tool:get-sum session:3");
        QTest::newRow("quotes") << QStringLiteral("tool:\"a \\\"b\\\" c\" \"x:y\" back\\slash");
        QTest::newRow("both methods") << QStringLiteral("method:GET method:ping status:503");
        QTest::newRow("times") << QStringLiteral(
            "after:2026-01-01T00:00:00.123Z before:2026-01-02 latency:<=1.5s");
        QTest::newRow("unterminated") << QStringLiteral("tool:\"abc");
        QTest::newRow("colon first") << QStringLiteral(":foo \"\" tool:::");
    }

    void printParsesBackToTheSameFilter()
    {
        QFETCH(QString, text);
        const LogFilterQuery once = parseLogFilter(text);
        const QString printed = printLogFilter(once);
        const LogFilterQuery twice = parseLogFilter(printed);
        QVERIFY2(twice.sameFilter(once), qPrintable(printed));
        QVERIFY(twice.problems.isEmpty());
        QCOMPARE(printLogFilter(twice), printed);
    }

    // The fuzz target's property on many random strings made of the
    // syntax's own pieces (the fuzzer needs the clang preset).
    void randomTextRoundTrips()
    {
        const QStringList pieces{QStringLiteral("method:"),
                                 QStringLiteral("tool:"),
                                 QStringLiteral("status:"),
                                 QStringLiteral("latency:"),
                                 QStringLiteral("session:"),
                                 QStringLiteral("after:"),
                                 QStringLiteral("before:"),
                                 QStringLiteral("\""),
                                 QStringLiteral("\\"),
                                 QStringLiteral(":"),
                                 QStringLiteral(" "),
                                 QStringLiteral("\t"),
                                 QStringLiteral(">"),
                                 QStringLiteral("<="),
                                 QStringLiteral("5"),
                                 QStringLiteral("0.5s"),
                                 QStringLiteral("ms"),
                                 QStringLiteral("4xx"),
                                 QStringLiteral("POST"),
                                 QStringLiteral("tools/call"),
                                 QStringLiteral("2026-01-01T00:00:00"),
                                 QStringLiteral("Z"),
                                 QStringLiteral("+02:00"),
                                 QStringLiteral("\u00e9"),
                                 QStringLiteral("x")};
        quint32 seed = 17;
        for (int round = 0; round < 20000; ++round) {
            QString text;
            const int length = int(seed % 12);
            for (int i = 0; i < length; ++i) {
                seed = seed * 1664525u + 1013904223u;
                text += pieces.at(int((seed >> 8) % quint32(pieces.size())));
            }
            seed = seed * 1664525u + 1013904223u;
            const LogFilterQuery once = parseLogFilter(text);
            const QString printed = printLogFilter(once);
            const LogFilterQuery twice = parseLogFilter(printed);
            QVERIFY2(twice.sameFilter(once) && twice.problems.isEmpty() &&
                         printLogFilter(twice) == printed,
                     qPrintable(text + QStringLiteral(" -> ") + printed));
            CaptureFilter filter;
            applyLogFilter(once, filter);
            QCOMPARE(filter.isEmpty(), once.isEmpty());
        }
    }

    void termsQuoteWhatTheyMust()
    {
        QCOMPARE(logFilterTerm(QStringLiteral("tool"), QStringLiteral("get-sum")),
                 QStringLiteral("tool:get-sum"));
        QCOMPARE(logFilterTerm(QStringLiteral("tool"), QStringLiteral("a b")),
                 QStringLiteral("tool:\"a b\""));
    }
};

QTEST_GUILESS_MAIN(TestLogFilter)
#include "tst_log_filter.moc"
