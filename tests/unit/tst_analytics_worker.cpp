// AnalyticsWorker: answers come later, only the newest request's answer is
// emitted, and an unreadable store is a failure signal.
#include "analytics/analytics_query.h"
#include "call_facts_testing.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestAnalyticsWorker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    static constexpr int kRows = 200'000;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("facts.sqlite"));
        QVERIFY(createFactsStore(m_store));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
            db.setDatabaseName(m_store);
            QVERIFY(db.open());
            // Enough rows that a dashboard takes a while to compute.
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral(
                    "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i < %1) "
                    "INSERT INTO call_facts(session_id, exchange_id, at_ms, label, tool, ttfb_ms, "
                    "total_ms, outcome) SELECT 1 + i % 3, i, 1764000000000 + i * 10, "
                    "CASE i % 3 WHEN 0 THEN 'tools/call' WHEN 1 THEN 'initialize' "
                    "ELSE 'POST /token' END, '', (i * 7) % 500, (i * 13) % 2000, i % 7 FROM c")
                    .arg(kRows)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    }

    void answersLaterWithTheRequestsFigures()
    {
        AnalyticsWorker worker(m_store);
        QSignalSpy ready(&worker, &AnalyticsWorker::ready);
        QSignalSpy failed(&worker, &AnalyticsWorker::failed);
        AnalyticsScope scope;
        scope.sessionIds = {1};
        const qint64 generation = worker.request(scope, GroupBy::Label);
        QCOMPARE(ready.count(), 0); // never from inside request()
        QVERIFY(ready.wait(60000));
        QCOMPARE(failed.count(), 0);
        const auto d = ready.at(0).at(0).value<Dashboard>();
        QCOMPARE(d.generation, generation);
        AnalyticsQuery query;
        QVERIFY(query.open(m_store));
        auto direct = query.dashboard(scope, GroupBy::Label);
        QVERIFY(direct);
        QCOMPARE(d.calls, direct->calls);
        QCOMPARE(d.calls, kRows / 3);
        QCOMPARE(d.table.size(), direct->table.size());
        QCOMPARE(d.latency.size(), direct->latency.size());
    }

    void burstOfRequestsAnswersOnlyTheLast()
    {
        AnalyticsWorker worker(m_store);
        QSignalSpy ready(&worker, &AnalyticsWorker::ready);
        qint64 last = 0;
        for (int i = 0; i < 5; ++i) {
            AnalyticsScope scope;
            scope.sessionIds = {1 + i % 3};
            last = worker.request(scope, GroupBy::Label);
        }
        QVERIFY(ready.wait(60000));
        // Results are delivered in order, so none older can follow.
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).value<Dashboard>().generation, last);
        QCOMPARE(worker.latestGeneration(), last);
    }

    void requestWhileComputingDiscardsTheRunningOne()
    {
        AnalyticsWorker worker(m_store);
        QSignalSpy computing(&worker, &AnalyticsWorker::computing);
        QSignalSpy ready(&worker, &AnalyticsWorker::ready);
        const qint64 first = worker.request(AnalyticsScope{}, GroupBy::Label);
        QVERIFY(computing.wait(60000));
        QCOMPARE(computing.at(0).at(0).toLongLong(), first);
        // The first is computing (or, on a slow machine, already answered:
        // that answer was the newest when it came).
        const qsizetype before = ready.count();
        AnalyticsScope scope;
        scope.sessionIds = {2};
        const qint64 second = worker.request(scope, GroupBy::Label);
        QVERIFY(ready.wait(60000));
        QCOMPARE(ready.count(), before + 1);
        const auto d = ready.last().at(0).value<Dashboard>();
        QCOMPARE(d.generation, second);
        QCOMPARE(d.calls, 66667); // i % 3 == 1 for i in 1..200000: the second's scope
    }

    void unreadableStoreFails()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        AnalyticsWorker worker(garbage);
        QSignalSpy ready(&worker, &AnalyticsWorker::ready);
        QSignalSpy failed(&worker, &AnalyticsWorker::failed);
        const qint64 generation = worker.request(AnalyticsScope{}, GroupBy::Tool);
        QCOMPARE(failed.count(), 0);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.at(0).at(0).toLongLong(), generation);
        QCOMPARE(failed.at(0).at(1).value<Error>().code, ErrorCode::StoreOpen);
        QCOMPARE(ready.count(), 0);

        // The store missing altogether: the same, again on a later request.
        AnalyticsWorker missing(m_dir.filePath(QStringLiteral("no/such.sqlite")));
        QSignalSpy failedToo(&missing, &AnalyticsWorker::failed);
        missing.request(AnalyticsScope{}, GroupBy::Label);
        QVERIFY(failedToo.wait(30000));
        const qint64 again = missing.request(AnalyticsScope{}, GroupBy::Label);
        QVERIFY(failedToo.wait(30000));
        QCOMPARE(failedToo.count(), 2);
        QCOMPARE(failedToo.at(1).at(0).toLongLong(), again);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsWorker)
#include "tst_analytics_worker.moc"
