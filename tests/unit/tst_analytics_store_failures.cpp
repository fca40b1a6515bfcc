// What the analytics do when SQLite fails a read of the call facts: the
// thresholds, the dashboard queries and the background worker name what
// could not be read and SQLite's reason, never judge from half the facts,
// and read again once the cause is gone.
//
// The failures are real SQLite failures, made from a second connection as
// another program could: the call_facts table renamed away (every read of
// it fails to prepare), or put behind a view of the same name whose one
// column fails for some rows ("malformed JSON", raised by json() while
// SQLite steps through them), so that one query of several fails.
#include "analytics/analytics_query.h"
#include "analytics/analytics_thresholds.h"
#include "call_facts_testing.h"
#include "capture/findings_store.h"
#include "error_code_testing.h"
#include "store_faults.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

constexpr qint64 kT0 = 1764000000000;
constexpr qint64 kSecond = 1000;

const QStringList kColumns = {
    QStringLiteral("id"),         QStringLiteral("session_id"),   QStringLiteral("exchange_id"),
    QStringLiteral("message_id"), QStringLiteral("at_ms"),        QStringLiteral("label"),
    QStringLiteral("tool"),       QStringLiteral("ttfb_ms"),      QStringLiteral("total_ms"),
    QStringLiteral("outcome"),    QStringLiteral("status"),       QStringLiteral("bytes_out"),
    QStringLiteral("bytes_in"),   QStringLiteral("auth_event"),   QStringLiteral("retry_after_ms"),
    QStringLiteral("rl_limit"),   QStringLiteral("rl_remaining"),
};

// call_facts renamed away and a view in its place whose `column` fails to
// read (malformed JSON) on the rows where `when` holds.
QStringList unreadableColumn(const QString &column, const QString &when)
{
    QStringList select;
    for (const QString &c : kColumns)
        select << (c == column ? QStringLiteral("CASE WHEN %1 THEN json(label || '{') ELSE %2 END "
                                                "AS %2")
                                     .arg(when, c)
                               : c);
    return {QStringLiteral("ALTER TABLE call_facts RENAME TO call_facts_kept"),
            QStringLiteral("CREATE VIEW call_facts AS SELECT %1 FROM call_facts_kept")
                .arg(select.join(QStringLiteral(", ")))};
}

const QStringList kReadableAgain = {QStringLiteral("DROP VIEW call_facts"),
                                    QStringLiteral("ALTER TABLE call_facts_kept RENAME TO "
                                                   "call_facts")};

} // namespace

class TestAnalyticsStoreFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    // Session 1: 20 tools/call, one each 30 s from kT0, exchange ids
    // 101…120, 100 ms each; the first 10 fail (a client error). Session 2
    // (a baseline an hour before): 5 calls of 50 ms, exchange ids 201…205.
    QString storeWithFacts()
    {
        const QString path = m_dir.filePath(QStringLiteral("facts-%1.sqlite").arg(++m_serial));
        if (!createFactsStore(path))
            return {};
        QList<FactRow> rows;
        for (int i = 0; i < 20; ++i) {
            FactRow r;
            r.sessionId = 1;
            r.exchangeId = 101 + i;
            r.atMs = kT0 + i * 30 * kSecond;
            r.tool = QStringLiteral("echo");
            r.ttfbMs = 50;
            r.totalMs = 100;
            r.outcome = i < 10 ? int(CallOutcome::ClientError) : int(CallOutcome::Success);
            r.status = i < 10 ? 400 : 200;
            rows << r;
        }
        for (int j = 0; j < 5; ++j) {
            FactRow r;
            r.sessionId = 2;
            r.exchangeId = 201 + j;
            r.atMs = kT0 - 3600 * kSecond + j * kSecond;
            r.tool = QStringLiteral("echo");
            r.ttfbMs = 20;
            r.totalMs = 50;
            rows << r;
        }
        return insertFacts(path, rows) ? path : QString();
    }

    static AnalyticsScope sessionOne()
    {
        AnalyticsScope scope;
        scope.sessionIds = {1};
        return scope;
    }

    static QList<Threshold> errorsOverHalf()
    {
        return {{Threshold::Metric::ErrorRate, 0.5, 300 * kSecond}};
    }

    static QList<Threshold> p95OverOneAndAHalf()
    {
        return {{Threshold::Metric::P95Ratio, 1.5, 300 * kSecond}};
    }

    static ThresholdBaseline sessionTwo()
    {
        ThresholdBaseline b;
        b.sessionIds = {2};
        return b;
    }

    static QList<qint64> failedCalls()
    {
        QList<qint64> ids;
        for (qint64 id = 101; id <= 110; ++id)
            ids << id;
        return ids;
    }

    // The error-rate crossing the facts hold: the 5-minute windows from kT0
    // up to the one starting 2 minutes later are over half failed.
    static void verifyErrorCrossing(const QList<Finding> &found)
    {
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, QStringLiteral("analytics.error_rate"));
        QCOMPARE(found.first().sessionId, 1);
        QCOMPARE(found.first().atMs, kT0);
        QCOMPARE(found.first().exchangeIds, failedCalls());
    }

    static QString readFailure(const QString &path, const QString &what, const QString &why)
    {
        return QStringLiteral("Reading %1 from the capture store %2 failed: %3")
            .arg(what, path, why);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        registerAnalyticsMetaTypes();
    }

    // --- evaluateThresholds over a store path (its own connection) ---

    void thresholdsOfAStoreWithoutFactsNameTheMissingTable()
    {
        const QString path = storeWithFacts();
        QVERIFY(!path.isEmpty());
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE call_facts RENAME TO call_facts_kept")}));
        const auto failed = evaluateThresholds(path, sessionOne(), errorsOverHalf());
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::StoreRead);
        QCOMPARE(failed.error().message,
                 QStringLiteral("The thresholds could not be evaluated: reading the call facts "
                                "failed: no such table: call_facts"));

        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE call_facts_kept RENAME TO call_facts")}));
        const auto again = evaluateThresholds(path, sessionOne(), errorsOverHalf());
        QVERIFY(again);
        verifyErrorCrossing(*again);
    }

    void thresholdsOfAnUnreadableFactFailWhole()
    {
        const QString path = storeWithFacts();
        QVERIFY(!path.isEmpty());
        // The twelfth call of session 1 cannot be read: no judgement from
        // the eleven before it.
        QVERIFY(execOn(path, unreadableColumn(QStringLiteral("exchange_id"),
                                              QStringLiteral("exchange_id = 112"))));
        const auto failed = evaluateThresholds(path, sessionOne(), errorsOverHalf());
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::StoreRead);
        QCOMPARE(failed.error().message,
                 QStringLiteral("The thresholds could not be evaluated: reading the call facts "
                                "failed: malformed JSON"));

        QVERIFY(execOn(path, kReadableAgain));
        const auto again = evaluateThresholds(path, sessionOne(), errorsOverHalf());
        QVERIFY(again);
        verifyErrorCrossing(*again);
    }

    void thresholdsWithAnUnreadableBaselineFail()
    {
        const QString path = storeWithFacts();
        QVERIFY(!path.isEmpty());
        // Only the baseline's latencies are unreadable: session 1 reads.
        QVERIFY(execOn(
            path, unreadableColumn(QStringLiteral("total_ms"), QStringLiteral("session_id = 2"))));
        const auto failed =
            evaluateThresholds(path, sessionOne(), p95OverOneAndAHalf(), sessionTwo());
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::StoreRead);
        QCOMPARE(failed.error().message,
                 QStringLiteral("The thresholds could not be evaluated: reading the call facts "
                                "failed: malformed JSON"));
        // No P95 threshold: the baseline is not read, the rest judged.
        const auto errorsOnly =
            evaluateThresholds(path, sessionOne(), errorsOverHalf(), sessionTwo());
        QVERIFY(errorsOnly);
        verifyErrorCrossing(*errorsOnly);

        QVERIFY(execOn(path, kReadableAgain));
        const auto again =
            evaluateThresholds(path, sessionOne(), p95OverOneAndAHalf(), sessionTwo());
        QVERIFY(again);
        // 100 ms against the baseline's 50 ms: every window, one run.
        QCOMPARE(again->size(), 1);
        QCOMPARE(again->first().kind, QStringLiteral("analytics.p95_regression"));
        QCOMPARE(again->first().atMs, kT0);
    }

    // --- evaluateThresholds through AnalyticsQuery (its connection) ---

    void queryThresholdsNameTheFailedDashboard()
    {
        const QString path = storeWithFacts();
        QVERIFY(!path.isEmpty());
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE call_facts RENAME TO call_facts_kept")}));
        const auto failed = evaluateThresholds(query, sessionOne(), errorsOverHalf());
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::StoreRead);
        QCOMPARE(failed.error().message, readFailure(path, QStringLiteral("the series"),
                                                     QStringLiteral("no such table: call_facts")));

        // The open query reads the table again once it is back.
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE call_facts_kept RENAME TO call_facts")}));
        const auto again = evaluateThresholds(query, sessionOne(), errorsOverHalf());
        QVERIFY(again);
        verifyErrorCrossing(*again);
    }

    void queryThresholdsNameTheFailedBaseline()
    {
        const QString path = storeWithFacts();
        QVERIFY(!path.isEmpty());
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        QVERIFY(execOn(
            path, unreadableColumn(QStringLiteral("total_ms"), QStringLiteral("session_id = 2"))));
        const auto failed =
            evaluateThresholds(query, sessionOne(), p95OverOneAndAHalf(), sessionTwo());
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::StoreRead);
        QCOMPARE(failed.error().message, readFailure(path, QStringLiteral("the latencies"),
                                                     QStringLiteral("malformed JSON")));

        QVERIFY(execOn(path, kReadableAgain));
        const auto again =
            evaluateThresholds(query, sessionOne(), p95OverOneAndAHalf(), sessionTwo());
        QVERIFY(again);
        QCOMPARE(again->size(), 1);
        QCOMPARE(again->first().kind, QStringLiteral("analytics.p95_regression"));
        QCOMPARE(again->first().atMs, kT0);
    }

    void queryThresholdsNameTheFailedEvidence()
    {
        const QString path = storeWithFacts();
        QVERIFY(!path.isEmpty());
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        // The dashboards read no exchange ids; the evidence of the crossing
        // does, and fails: the crossing is not reported without it.
        QVERIFY(execOn(path, unreadableColumn(QStringLiteral("exchange_id"),
                                              QStringLiteral("exchange_id = 105"))));
        const auto failed = evaluateThresholds(query, sessionOne(), errorsOverHalf());
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::StoreRead);
        QCOMPARE(failed.error().message, readFailure(path, QStringLiteral("the exchange ids"),
                                                     QStringLiteral("malformed JSON")));

        QVERIFY(execOn(path, kReadableAgain));
        const auto again = evaluateThresholds(query, sessionOne(), errorsOverHalf());
        QVERIFY(again);
        verifyErrorCrossing(*again);
    }

    // --- AnalyticsQuery's own reads ---

    void queryReadsNameWhatFailed_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("percentiles"); // else a dashboard
        QTest::addColumn<QString>("what");
        // The dashboard reads the series (labels), then the time range,
        // then every fact; a label's percentiles count its latencies first.
        QTest::newRow("series") << QStringLiteral("label") << false << QStringLiteral("the series");
        QTest::newRow("time range")
            << QStringLiteral("at_ms") << false << QStringLiteral("the time range");
        QTest::newRow("facts") << QStringLiteral("total_ms") << false
                               << QStringLiteral("the call facts");
        QTest::newRow("latency count")
            << QStringLiteral("total_ms") << true << QStringLiteral("the latency count");
    }

    void queryReadsNameWhatFailed()
    {
        QFETCH(QString, column);
        QFETCH(bool, percentiles);
        QFETCH(QString, what);
        const QString path = storeWithFacts();
        QVERIFY(!path.isEmpty());
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        AnalyticsScope byLabel;
        byLabel.label = QStringLiteral("tools/call");
        // What was read, or the error: "" when the figures are the facts'.
        const auto read = [&]() -> Error {
            if (percentiles) {
                // All 25 calls are tools/call: 20 of 100 ms, 5 of 50 ms.
                auto p = query.percentiles(byLabel, LatencyKind::Total);
                if (!p)
                    return p.error();
                if (p->count != 25 || p->p50 != 100 || p->max != 100 || p->p95 != 100)
                    return Error{ErrorCode::Usage, QStringLiteral("unexpected percentiles")};
                return {};
            }
            auto d = query.dashboard(sessionOne(), GroupBy::Label);
            if (!d)
                return d.error();
            if (d->calls != 20 || d->fromMs != kT0 || d->table.size() != 1 ||
                d->table.first().errors != 10)
                return Error{ErrorCode::Usage, QStringLiteral("unexpected dashboard")};
            return {};
        };
        QCOMPARE(read().message, QString());

        QVERIFY(execOn(path, unreadableColumn(column, QStringLiteral("1"))));
        const Error failed = read();
        QCOMPARE(failed.code, ErrorCode::StoreRead);
        QCOMPARE(failed.message, readFailure(path, what, QStringLiteral("malformed JSON")));

        QVERIFY(execOn(path, kReadableAgain));
        QCOMPARE(read().message, QString());
    }

    void workerReportsAFailedDashboardAndRecovers()
    {
        const QString path = storeWithFacts();
        QVERIFY(!path.isEmpty());
        AnalyticsWorker worker(path);
        QSignalSpy ready(&worker, &AnalyticsWorker::ready);
        QSignalSpy failed(&worker, &AnalyticsWorker::failed);
        worker.request(sessionOne(), GroupBy::Label);
        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.last().first().value<Dashboard>().calls, 20);

        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE call_facts RENAME TO call_facts_kept")}));
        const qint64 generation = worker.request(sessionOne(), GroupBy::Label);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.last().at(0).toLongLong(), generation);
        const Error error = failed.last().at(1).value<Error>();
        QCOMPARE(error.code, ErrorCode::StoreRead);
        QCOMPARE(error.message, readFailure(path, QStringLiteral("the series"),
                                            QStringLiteral("no such table: call_facts")));
        QCOMPARE(ready.size(), 1);

        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE call_facts_kept RENAME TO call_facts")}));
        const qint64 later = worker.request(sessionOne(), GroupBy::Label);
        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.last().first().value<Dashboard>().generation, later);
        QCOMPARE(ready.last().first().value<Dashboard>().calls, 20);
        QCOMPARE(failed.size(), 1);
    }

    // --- recordCrossings over a findings store ---

    void recordingCrossingsNamesTheFailedRead()
    {
        const QString path = storeWithFacts();
        QVERIFY(!path.isEmpty());
        const auto crossings = evaluateThresholds(path, sessionOne(), errorsOverHalf());
        QVERIFY(crossings);
        QCOMPARE(crossings->size(), 1);
        FindingsStore store;
        QVERIFY(store.open(path));
        // Nothing to record: nothing read, nothing written.
        const auto none = recordCrossings(store, {});
        QVERIFY(none);
        QVERIFY(none->isEmpty());

        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE findings RENAME TO findings_kept")}));
        const auto failed = recordCrossings(store, *crossings);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::StoreSql);
        QCOMPARE(failed.error().message,
                 QStringLiteral("The capture store's findings could not be read: no such table: "
                                "findings Unable to execute statement"));

        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE findings_kept RENAME TO findings")}));
        const auto recorded = recordCrossings(store, *crossings);
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), 1);
        QVERIFY(recorded->first().id > 0);
        QCOMPARE(store.findings(1).value_or(QList<Finding>{}).size(), 1);
    }

    void recordingCrossingsNamesTheRefusedWrite()
    {
        const QString path = storeWithFacts();
        QVERIFY(!path.isEmpty());
        auto crossings = evaluateThresholds(path, sessionOne(), errorsOverHalf());
        QVERIFY(crossings);
        QCOMPARE(crossings->size(), 1);
        // A second crossing, recorded before the refusal: it stays.
        Finding earlier = crossings->first();
        earlier.atMs = kT0 - 3600 * kSecond;
        FindingsStore store;
        QVERIFY(store.open(path));
        QVERIFY(recordCrossings(store, {earlier}));

        QVERIFY(
            execOn(path, {QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON findings BEGIN "
                                         "SELECT RAISE(ABORT, 'planted refusal'); END")}));
        const QList<Finding> both{earlier, crossings->first()};
        const auto failed = recordCrossings(store, both);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::StoreSql);
        QVERIFY2(failed.error().message.startsWith(
                     QStringLiteral("The capture store's findings could not be written: planted "
                                    "refusal")),
                 qPrintable(failed.error().message));
        const auto kept = store.findings(1);
        QVERIFY(kept);
        QCOMPARE(kept->size(), 1);
        QCOMPARE(kept->first().atMs, earlier.atMs);

        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER refuse")}));
        const auto recorded = recordCrossings(store, both);
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), 1); // the earlier one was recorded already
        QCOMPARE(recorded->first().atMs, kT0);
        QCOMPARE(store.findings(1).value_or(QList<Finding>{}).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsStoreFailures)
#include "tst_analytics_store_failures.moc"
