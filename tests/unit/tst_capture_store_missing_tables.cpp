// What the capture store does when a table it writes is missing (renamed
// away by another program, as a damaged or foreign file could lack it):
// the writer that cannot prepare its statements says so with SQLite's
// reason and writes nothing; an id that cannot be reserved is refused with
// the reason while the other kinds go on; reopened once the table is back,
// the store writes again.
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

class TestCaptureStoreMissingTables : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
        CaptureStore store;
        if (!store.open(path))
            return {};
        store.close();
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aWriterWithoutItsTablesSaysWhyAndWritesNothing()
    {
        const QString path = freshStore();
        QVERIFY(!path.isEmpty());
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE response_chunks RENAME TO kept")}));

        CaptureStore store;
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        QSignalSpy committed(&store, &CaptureStore::exchangesCommitted);
        QVERIFY(store.open(path)); // the schema version is current: nothing to upgrade
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.code, ErrorCode::StoreSql);
        QCOMPARE(error.message, QStringLiteral("The capture store could not prepare a statement: "
                                               "no such table: response_chunks"));
        store.record(makeExchange(store.reserveExchangeId()));
        store.flush();
        QCOMPARE(committed.size(), 0);
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges")), 0);
        store.close();

        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE kept RENAME TO response_chunks")}));
        QVERIFY(store.open(path));
        const Exchange e = makeExchange(store.reserveExchangeId());
        store.record(e);
        store.flush();
        QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 1, 5000);
        QCOMPARE(failed.size(), 1);
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto read = reader.exchange(e.id);
        QVERIFY(read && *read);
        QCOMPARE((*read)->url, e.url);
    }

    void anIdWhoseTableIsMissingIsRefusedWithTheReason()
    {
        const QString path = freshStore();
        QVERIFY(!path.isEmpty());
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        // Message ids count on from the messages table's highest id.
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE messages RENAME TO messages_kept")}));
        QCOMPARE(store.reserveMessageId(), 0);
        QCOMPARE(failed.size(), 1);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.code, ErrorCode::StoreWrite);
        QCOMPARE(error.message,
                 QStringLiteral("Could not reserve row ids in the capture store: no such table: "
                                "messages. Another program may hold it locked."));
        // Exchange ids do not need that table.
        QVERIFY(store.reserveExchangeId() > 0);
        QCOMPARE(failed.size(), 1);

        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE messages_kept RENAME TO messages")}));
        QVERIFY(store.reserveMessageId() > 0);
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCaptureStoreMissingTables)
#include "tst_capture_store_missing_tables.moc"
