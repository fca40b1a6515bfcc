#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "error_code_testing.h"
#include "store_faults.h"
#include "test_store.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// What the capture store does when SQLite refuses a write: the user is told
// which write failed and why (SQLite's own words), what was committed before
// stays, and the store goes on writing once the cause is gone.
//
// The failures are real SQLite failures, not a fake driver: a trigger planted
// in the file (from a second connection, as another program could) raises
// an error inside the writer's statement, the way a full disk or a read-only
// file fails it. The trigger names the table and the moment, so each test
// reaches one of the writer's failure paths.
class TestCaptureStoreWriteFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
    }

    static QString lastMessage(const QSignalSpy &spy)
    {
        return spy.isEmpty() ? QString() : spy.last().first().value<Error>().message;
    }

    static ErrorCode lastCode(const QSignalSpy &spy)
    {
        return spy.isEmpty() ? ErrorCode::None : spy.last().first().value<Error>().code;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void refusedBatchIsReportedAndLaterWritesLand()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        QSignalSpy committed(&store, &CaptureStore::exchangesCommitted);

        const Exchange before = makeExchange(store.reserveExchangeId());
        store.record(before);
        store.flush();
        QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 1, 5000);

        QVERIFY(execOn(path, {failingTrigger(QStringLiteral("full"), QStringLiteral("INSERT"),
                                             QStringLiteral("exchanges"),
                                             QStringLiteral("database or disk is full"))}));
        const Exchange refused = makeExchange(store.reserveExchangeId());
        store.record(refused);
        store.flush();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(lastCode(failed), ErrorCode::StoreWrite);
        QCOMPARE(lastMessage(failed),
                 QStringLiteral("Writing the capture store failed: database or disk is full. "
                                "Check free disk space and that the file is writable."));
        QCOMPARE(committed.size(), 1); // the refused batch is not reported as written

        // The cause gone, the store writes again; what was committed stayed.
        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER full")}));
        const Exchange after = makeExchange(store.reserveExchangeId());
        store.record(after);
        store.flush();
        QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 2, 5000);
        QCOMPARE(committed.last().first().value<QList<qint64>>(), QList<qint64>{after.id});
        QCOMPARE(failed.size(), 1);

        CaptureReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.exchange(before.id).value_or(std::nullopt).has_value(), true);
        QCOMPARE(reader.exchange(refused.id).value_or(std::nullopt).has_value(), false);
        QCOMPARE(reader.exchange(after.id).value_or(std::nullopt).has_value(), true);
    }

    void refusedIdReservationNamesTheCause()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        // Ids are reserved in store_meta; nothing is reserved yet, so the
        // first one is reserved on the caller's thread.
        QVERIFY(execOn(
            path, {failingTrigger(QStringLiteral("locked_ids"), QStringLiteral("INSERT"),
                                  QStringLiteral("store_meta"), QStringLiteral("planted refusal"),
                                  QStringLiteral("NEW.key LIKE 'next_%'")),
                   failingTrigger(QStringLiteral("locked_ids_update"), QStringLiteral("UPDATE"),
                                  QStringLiteral("store_meta"), QStringLiteral("planted refusal"),
                                  QStringLiteral("OLD.key LIKE 'next_%'"))}));
        const qint64 session = store.createSession(QStringLiteral("s"), QStringLiteral("http://x/"),
                                                   QStringLiteral("http"), 1000);
        QCOMPARE(session, 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(lastCode(failed), ErrorCode::StoreWrite);
        QCOMPARE(lastMessage(failed),
                 QStringLiteral("Could not reserve row ids in the capture store: planted refusal. "
                                "Another program may hold it locked."));
        QCOMPARE(store.reserveExchangeId(), 0);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(store.reserveMessageId(), 0);
        QCOMPARE(failed.size(), 3);

        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER locked_ids"),
                              QStringLiteral("DROP TRIGGER locked_ids_update")}));
        QVERIFY(store.reserveExchangeId() > 0);
        QCOMPARE(failed.size(), 3);
    }

    void refusedSpareBlockFailsTheCommit()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        QSignalSpy committed(&store, &CaptureStore::exchangesCommitted);
        // The first id comes from a block reserved now; the writer reserves
        // the spare block inside the batch's transaction.
        const Exchange e = makeExchange(store.reserveExchangeId());
        QVERIFY(e.id > 0);
        QVERIFY(execOn(
            path, {failingTrigger(QStringLiteral("no_spare"), QStringLiteral("UPDATE"),
                                  QStringLiteral("store_meta"), QStringLiteral("planted refusal"),
                                  QStringLiteral("OLD.key = 'next_exchange_id'"))}));
        store.record(e);
        store.flush();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(lastMessage(failed),
                 QStringLiteral("Could not commit captured data: planted refusal"));
        QCOMPARE(committed.size(), 0);
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges")), 0);
        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER no_spare")}));
        store.record(e); // recorded again once the cause is gone
        store.flush();
        QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 1, 5000);
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges")), 1);
    }

    void refusedSearchIndexIsReportedAndRetried()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        QVERIFY(execOn(
            path, {failingTrigger(QStringLiteral("no_index"), QStringLiteral("UPDATE"),
                                  QStringLiteral("store_meta"), QStringLiteral("planted refusal"),
                                  QStringLiteral("OLD.key = 'fts_watermark'"))}));
        const Exchange e = makeExchange(store.reserveExchangeId());
        store.record(e);
        store.flushSearchIndex();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(lastMessage(failed),
                 QStringLiteral("Could not commit the search index: planted refusal"));
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchange_text")), 0);
        // The exchange itself was committed; only its index waits.
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges")), 1);

        // The next flush indexes what the failed one left, with no new write.
        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER no_index")}));
        store.flushSearchIndex();
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchange_text")), 1);
        QCOMPARE(failed.size(), 1);
    }

    void refusedFactsBackfillIsReportedAndRetried()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        for (int i = 0; i < 3; ++i)
            store.record(makeExchange(store.reserveExchangeId()));
        store.waitForFacts();
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM call_facts")), 3);

        // As after an import by another connection: rows without facts, and
        // the back-fill's watermarks behind them. SQLite then refuses the facts.
        QVERIFY(execOn(path, {QStringLiteral("DELETE FROM call_facts"),
                              QStringLiteral("UPDATE store_meta SET value=0 WHERE key IN "
                                             "('facts_watermark', 'facts_message_watermark')"),
                              failingTrigger(QStringLiteral("no_facts"), QStringLiteral("INSERT"),
                                             QStringLiteral("call_facts"),
                                             QStringLiteral("planted refusal"))}));
        store.waitForFacts();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(lastMessage(failed), QStringLiteral("Could not commit the call facts: planted "
                                                     "refusal"));
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM call_facts")), 0);

        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER no_facts")}));
        store.waitForFacts();
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM call_facts")), 3);
        QCOMPARE(failed.size(), 1);
    }

    void refusedBackfillAtOpenIsReported_data()
    {
        QTest::addColumn<QString>("trigger");
        // The fact itself, or the watermark that says it was written.
        QTest::newRow("fact") << failingTrigger(QStringLiteral("refuse"), QStringLiteral("INSERT"),
                                                QStringLiteral("call_facts"),
                                                QStringLiteral("planted refusal"));
        QTest::newRow("watermark")
            << failingTrigger(QStringLiteral("refuse"), QStringLiteral("INSERT"),
                              QStringLiteral("store_meta"), QStringLiteral("planted refusal"),
                              QStringLiteral("NEW.key = 'facts_message_watermark'"));
    }

    // A store opened with calls that have no facts yet (rows another
    // connection wrote) back-fills them in idle time; SQLite refuses it.
    void refusedBackfillAtOpenIsReported()
    {
        QFETCH(QString, trigger);
        const QString path = freshPath();
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            // A stdio call: a request and its answer, no exchange.
            MessageRecord request;
            request.id = store.reserveMessageId();
            request.kind = QStringLiteral("request");
            request.rpcId = QStringLiteral("1");
            request.method = QStringLiteral("tools/call");
            request.payload = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
                              "\"params\":{\"name\":\"echo\"}}";
            request.atMs = 1000;
            store.recordMessage(request);
            MessageRecord answer;
            answer.id = store.reserveMessageId();
            answer.outgoing = false;
            answer.kind = QStringLiteral("response");
            answer.rpcId = QStringLiteral("1");
            answer.payload = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}";
            answer.atMs = 1020;
            answer.responseTo = request.id;
            answer.latencyMs = 20;
            store.recordMessage(answer);
            store.waitForFacts();
        }
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM call_facts")), 1);
        QVERIFY(execOn(path, {QStringLiteral("DELETE FROM call_facts"),
                              QStringLiteral("UPDATE store_meta SET value=0 WHERE key IN "
                                             "('facts_watermark', 'facts_message_watermark')"),
                              trigger}));

        CaptureStore store;
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        QVERIFY(store.open(path));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(lastCode(failed), ErrorCode::StoreWrite);
        QCOMPARE(lastMessage(failed),
                 QStringLiteral("Could not commit the call facts: planted refusal"));
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM call_facts")), 0);

        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER refuse")}));
        store.waitForFacts();
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM call_facts WHERE "
                                              "label='tools/call' AND tool='echo'")),
                 1);
        QCOMPARE(failed.size(), 1);
    }

    void refusedSettleOnCloseIsReported()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        Exchange open = makeExchange(store.reserveExchangeId());
        open.state = Exchange::State::Pending;
        open.status = 0;
        open.responseBody.clear();
        store.record(open);
        store.flush();
        QVERIFY(execOn(path, {failingTrigger(QStringLiteral("no_settle"), QStringLiteral("UPDATE"),
                                             QStringLiteral("exchanges"),
                                             QStringLiteral("planted refusal"))}));
        // Closing marks what never got an answer as failed; SQLite refuses it.
        store.close();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(lastMessage(failed),
                 QStringLiteral("Could not settle open exchanges: planted refusal"));
        // The row stays as it was (pending), not half-settled.
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges WHERE "
                                              "state='pending'")),
                 1);

        // Without the trigger, the next close settles it.
        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER no_settle")}));
        CaptureStore again;
        QVERIFY(again.open(path));
        Exchange stillOpen = open;
        again.record(stillOpen);
        again.close();
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges WHERE "
                                              "state='failed'")),
                 1);
    }

    // Several exchanges open at close: the first refusal stops the settling,
    // and none of them is settled (one transaction).
    void refusedSettleOfSeveralSettlesNone()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        QList<Exchange> open;
        for (int i = 0; i < 3; ++i) {
            Exchange e = makeExchange(store.reserveExchangeId());
            e.state = Exchange::State::Pending;
            e.status = 0;
            e.responseBody.clear();
            store.record(e);
            open << e;
        }
        store.flush();
        // All but the first are refused: whichever comes first, a refusal is
        // followed by more to settle, and the first one's settling is undone
        // with the rest.
        QVERIFY(execOn(
            path, {failingTrigger(QStringLiteral("no_settle"), QStringLiteral("UPDATE"),
                                  QStringLiteral("exchanges"), QStringLiteral("planted refusal"),
                                  QStringLiteral("OLD.id <> %1").arg(open.first().id))}));
        store.close();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(lastMessage(failed),
                 QStringLiteral("Could not settle open exchanges: planted refusal"));
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges WHERE "
                                              "state='pending'")),
                 3);

        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER no_settle")}));
        CaptureStore again;
        QVERIFY(again.open(path));
        for (const Exchange &e : std::as_const(open))
            again.record(e);
        again.close();
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges WHERE "
                                              "state='failed'")),
                 3);
    }
};

QTEST_GUILESS_MAIN(TestCaptureStoreWriteFailures)
#include "tst_capture_store_write_failures.moc"
