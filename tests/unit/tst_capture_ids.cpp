#include "capture/capture_ids.h"
#include "capture/capture_store.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace mcpscope;

// CaptureIds (capture/capture_ids): blocks of row ids reserved in the store
// file, handed out densely, given back on close, topped up by a writer's
// transaction; and its failures (no file, no open, the write lock held by
// another connection).
class TestCaptureIds : public QObject
{
    Q_OBJECT

    // A capture store file with its schema, closed again.
    QString makeStore(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        CaptureStore store;
        if (!store.open(path))
            return {};
        store.close();
        return path;
    }

    static sqlite3 *openDb(const QString &path)
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK) {
            sqlite3_close(db);
            return nullptr;
        }
        return db;
    }

    static bool exec(sqlite3 *db, const char *sql)
    {
        return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A file that is not there is not created: open() says why.
    void openFailsForAMissingFile()
    {
        CaptureIds ids;
        const auto opened = ids.open(m_dir.filePath(QStringLiteral("missing/none.sqlite")));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::StoreOpen);
        QVERIFY2(opened.error().message.startsWith(
                     QStringLiteral("Could not open the capture store to reserve row ids: ")),
                 qPrintable(opened.error().message));
        QCOMPARE(ids.reserve(CaptureIds::Exchange), 0); // never opened: no ids
    }

    // Ids of each kind count from 1, densely; closing gives back what was
    // not used, so the next process goes on where this one stopped.
    void idsAreDenseAcrossProcesses()
    {
        const QString path = makeStore(QStringLiteral("dense.sqlite"));
        QVERIFY(!path.isEmpty());
        {
            CaptureIds ids;
            QVERIFY(ids.open(path));
            QCOMPARE(ids.reserve(CaptureIds::Exchange), 1);
            QCOMPARE(ids.reserve(CaptureIds::Exchange), 2);
            QCOMPARE(ids.reserve(CaptureIds::Session), 1);
            QCOMPARE(ids.reserve(CaptureIds::Message), 1);
            // Past the first block (16) ids go on from the next one.
            for (qint64 expected = 3; expected <= 40; ++expected)
                QCOMPARE(ids.reserve(CaptureIds::Exchange), expected);
            QCOMPARE(ids.error().code, ErrorCode::None);
        }
        CaptureIds next;
        QVERIFY(next.open(path));
        QCOMPARE(next.reserve(CaptureIds::Exchange), 41);
        QCOMPARE(next.reserve(CaptureIds::Session), 2);
        QCOMPARE(next.reserve(CaptureIds::Message), 2);
        next.close();
        QCOMPARE(next.reserve(CaptureIds::Exchange), 0); // closed: no ids
    }

    // Two holders at once never share an id; the one that reserved last
    // keeps the counter, so the first one's give-back is refused.
    void twoHoldersNeverShare()
    {
        const QString path = makeStore(QStringLiteral("two.sqlite"));
        CaptureIds a, b;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        QCOMPARE(a.reserve(CaptureIds::Exchange), 1);
        QCOMPARE(b.reserve(CaptureIds::Exchange), 17);
        a.close();
        QCOMPARE(b.reserve(CaptureIds::Exchange), 18);
        b.close();
        CaptureIds c;
        QVERIFY(c.open(path));
        QCOMPARE(c.reserve(CaptureIds::Exchange), 19);
    }

    // A writer tops up a spare block inside its own transaction: published
    // after the commit, it follows the current block; dropped after a
    // rollback, it is never handed out.
    void topUpPublishedAndDropped()
    {
        const QString path = makeStore(QStringLiteral("topup.sqlite"));
        CaptureIds ids;
        QVERIFY(ids.open(path));
        QCOMPARE(ids.reserve(CaptureIds::Message), 1); // block [1, 17), wants a spare
        sqlite3 *db = openDb(path);
        QVERIFY(db);

        QVERIFY(exec(db, "BEGIN IMMEDIATE"));
        QVERIFY(ids.topUp(db)); // a spare of 32 ids, [17, 49)
        QVERIFY(exec(db, "ROLLBACK"));
        ids.dropped();
        ids.published(); // nothing left to publish
        for (qint64 expected = 2; expected <= 16; ++expected)
            QCOMPARE(ids.reserve(CaptureIds::Message), expected);
        // The rolled-back spare was not handed out: the next block (64 ids,
        // [17, 81)) is reserved from the file again, from 17.
        QCOMPARE(ids.reserve(CaptureIds::Message), 17);

        // A spare published after its commit ([81, 209)) is used when the
        // current block runs out, and nothing is reserved in between.
        QVERIFY(exec(db, "BEGIN IMMEDIATE"));
        QVERIFY(ids.topUp(db));
        QVERIFY(exec(db, "COMMIT"));
        ids.published();
        for (qint64 expected = 18; expected <= 80; ++expected)
            QCOMPARE(ids.reserve(CaptureIds::Message), expected);
        QCOMPARE(ids.reserve(CaptureIds::Message), 81); // the spare's first
        // Another holder's block comes after the spare's end.
        CaptureIds other;
        QVERIFY(other.open(path));
        QCOMPARE(other.reserve(CaptureIds::Message), 209);
        sqlite3_close(db);
    }

    // With the write lock held elsewhere past the busy timeout, reserve()
    // returns 0 and error() says why.
    void lockedStoreFailsWithTheReason()
    {
        const QString path = makeStore(QStringLiteral("locked.sqlite"));
        CaptureIds ids;
        QVERIFY(ids.open(path));
        sqlite3 *db = openDb(path);
        QVERIFY(db);
        QVERIFY(exec(db, "BEGIN IMMEDIATE"));
        QCOMPARE(ids.reserve(CaptureIds::Session), 0);
        const Error error = ids.error();
        QCOMPARE(error.code, ErrorCode::StoreWrite);
        QVERIFY2(error.message.startsWith(
                     QStringLiteral("Could not reserve row ids in the capture store: ")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("locked")), qPrintable(error.message));
        QVERIFY(exec(db, "ROLLBACK"));
        sqlite3_close(db);
        // Once the lock is gone, ids come again.
        QCOMPARE(ids.reserve(CaptureIds::Session), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCaptureIds)
#include "tst_capture_ids.moc"
