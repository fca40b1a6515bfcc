// What the capture writer does when SQLite refuses the writes of a streamed
// response (its pieces, the settled body, the pieces dropped when the body
// is rewritten), of a request body, or of a replay link: the user is told
// which write failed and SQLite's reason, what was committed before stays,
// and the store writes again once the cause is gone. The refusals are real:
// triggers planted in the file from a second connection, as another program
// could.
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "error_code_testing.h"
#include "store_faults.h"
#include "test_store.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

const QString kRefused =
    QStringLiteral("Writing the capture store failed: planted refusal. Check free disk space and "
                   "that the file is writable.");

QString refuse(const QString &name, const QString &event, const QString &table,
               const QString &when = {})
{
    return QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 %4 BEGIN SELECT RAISE(ABORT, "
                          "'planted refusal'); END")
        .arg(name, event, table, when.isEmpty() ? QString() : QStringLiteral("WHEN ") + when);
}

QByteArray sseEvent(const QByteArray &data)
{
    return "event: message\ndata: " + data + "\n\n";
}

} // namespace

class TestCaptureStreamWriteFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
    }

    static QByteArray storedBody(const QString &path, qint64 id)
    {
        CaptureReader reader;
        if (!reader.open(path))
            return "(unreadable)";
        const auto e = reader.exchange(id);
        return e && *e ? (*e)->responseBody : QByteArray("(missing)");
    }

    static Exchange stream(qint64 id, const QByteArray &body)
    {
        Exchange e = makeExchange(id, "GET", 200, body);
        e.responseHeaders = {{"Content-Type", "text/event-stream"}};
        e.state = Exchange::State::Streaming;
        return e;
    }

    static QString lastMessage(const QSignalSpy &spy)
    {
        return spy.isEmpty() ? QString() : spy.last().first().value<Error>().message;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aRefusedPieceOfAStreamIsReported()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        Exchange e = stream(store.reserveExchangeId(), sseEvent("first"));
        store.record(e);
        store.flush();
        QCOMPARE(storedBody(path, e.id), sseEvent("first"));

        QVERIFY(execOn(path, {refuse(QStringLiteral("no_pieces"), QStringLiteral("INSERT"),
                                     QStringLiteral("response_chunks"))}));
        e.responseBody += sseEvent("second");
        store.record(e);
        store.flush();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.last().first().value<Error>().code, ErrorCode::StoreWrite);
        QCOMPARE(lastMessage(failed), kRefused);
        QCOMPARE(storedBody(path, e.id), sseEvent("first")); // what was committed stays

        // The cause gone, the stream goes on: the stored body is the whole
        // body, the refused piece included.
        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER no_pieces")}));
        e.responseBody += sseEvent("third");
        e.state = Exchange::State::Complete;
        store.record(e);
        store.flush();
        QCOMPARE(storedBody(path, e.id), e.responseBody);
        QCOMPARE(failed.size(), 1);
    }

    void aRefusedSettleOfAStreamIsReported()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        Exchange e = stream(store.reserveExchangeId(), sseEvent("first"));
        store.record(e);
        store.flush();

        // The stream's end rewrites its body row's headers: refused.
        QVERIFY(execOn(path, {refuse(QStringLiteral("no_settle"), QStringLiteral("UPDATE"),
                                     QStringLiteral("exchange_bodies"))}));
        e.responseBody += sseEvent("last");
        e.state = Exchange::State::Complete;
        store.record(e);
        store.flush();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(lastMessage(failed), kRefused);
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges WHERE "
                                              "state='streaming'")),
                 1);
        QCOMPARE(storedBody(path, e.id), sseEvent("first"));

        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER no_settle")}));
        store.record(e); // recorded again, as the session does on its next change
        store.flush();
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges WHERE "
                                              "state='complete'")),
                 1);
        QCOMPARE(storedBody(path, e.id), e.responseBody);
        QCOMPARE(failed.size(), 1);
    }

    void aRefusedDropOfPiecesIsReported()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        Exchange e = stream(store.reserveExchangeId(), sseEvent("first"));
        store.record(e);
        e.responseBody += sseEvent("second");
        store.record(e);
        store.flush();
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM response_chunks")), 1);

        // A body that is not the one appended to so far is written whole and
        // its pieces dropped: SQLite refuses the drop.
        QVERIFY(execOn(path, {refuse(QStringLiteral("keep_pieces"), QStringLiteral("DELETE"),
                                     QStringLiteral("response_chunks"))}));
        Exchange other = e;
        other.responseBody = sseEvent("other");
        store.record(other);
        store.flush();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(lastMessage(failed), kRefused);
        QCOMPARE(storedBody(path, e.id), e.responseBody); // as committed before

        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER keep_pieces")}));
        other.state = Exchange::State::Complete;
        store.record(other);
        store.flush();
        QCOMPARE(storedBody(path, e.id), other.responseBody);
        QCOMPARE(failed.size(), 1);
    }

    void aRefusedBodyFailsItsExchange()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        QSignalSpy committed(&store, &CaptureStore::exchangesCommitted);
        QVERIFY(execOn(path, {refuse(QStringLiteral("no_bodies"), QStringLiteral("INSERT"),
                                     QStringLiteral("exchange_bodies"))}));
        const Exchange e = makeExchange(store.reserveExchangeId());
        store.record(e);
        store.flush();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(lastMessage(failed), kRefused);
        QCOMPARE(committed.size(), 0);
        // Not an exchange without its body: neither is written.
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges")), 0);

        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER no_bodies")}));
        store.record(e);
        store.flush();
        QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 1, 5000);
        QCOMPARE(storedBody(path, e.id), e.responseBody);
    }

    void aRefusedReplayLinkIsReported()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        const qint64 recorded =
            store.createSession(QStringLiteral("recorded"), {}, QStringLiteral("http"), 1000);
        const qint64 run =
            store.createSession(QStringLiteral("run"), {}, QStringLiteral("http"), 2000);
        store.flush();
        QVERIFY(execOn(path, {refuse(QStringLiteral("no_links"), QStringLiteral("UPDATE"),
                                     QStringLiteral("sessions"),
                                     QStringLiteral("NEW.replay_of IS NOT NULL"))}));
        store.linkReplay(ExchangeSink::ReplayLink::Session, run, recorded);
        store.flush();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(lastMessage(failed), kRefused);
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE replay_of IS "
                                              "NOT NULL")),
                 0);
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM sessions")), 2);

        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER no_links")}));
        store.linkReplay(ExchangeSink::ReplayLink::Session, run, recorded);
        store.flush();
        QCOMPARE(
            countOf(path, QStringLiteral("SELECT replay_of FROM sessions WHERE id = %1").arg(run)),
            recorded);
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCaptureStreamWriteFailures)
#include "tst_capture_stream_write_failures.moc"
