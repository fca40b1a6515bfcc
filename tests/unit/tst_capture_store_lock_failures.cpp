// What the capture writer does when another program holds the store's write
// lock longer than the writer waits for it (its busy timeout, 10 s): each
// transaction it could not start is reported with SQLite's reason, nothing
// is half-written, and what was refused is written once the lock is free.
// Slow by nature: each refusal is SQLite giving up after the busy timeout.
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "error_code_testing.h"
#include "test_store.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestCaptureStoreLockFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
    }

    // Another program's connection holding the write lock until released.
    class OtherWriter
    {
    public:
        explicit OtherWriter(const QString &path)
        {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            m_db.setDatabaseName(path);
            m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            m_locked = m_db.open() && QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE"));
        }
        ~OtherWriter()
        {
            release();
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        }
        bool isLocked() const { return m_locked; }
        void release()
        {
            if (m_locked)
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            m_locked = false;
        }
        qint64 count(const QString &sql)
        {
            QSqlQuery q(m_db);
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        }

    private:
        QSqlDatabase m_db;
        bool m_locked = false;
    };

    static QStringList messages(const QSignalSpy &spy)
    {
        QStringList out;
        for (const QList<QVariant> &args : spy)
            out << args.first().value<Error>().message;
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void transactionsRefusedByAHeldLockAreReported()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &CaptureStore::writeFailed);
        QSignalSpy committed(&store, &CaptureStore::exchangesCommitted);
        const Exchange before = makeExchange(store.reserveExchangeId());
        store.record(before);
        store.flushSearchIndex();
        store.waitForFacts(); // no back-fill left for idle time
        QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 1, 5000);
        const Exchange e = makeExchange(store.reserveExchangeId());
        {
            OtherWriter other(path);
            QVERIFY(other.isLocked());
            store.record(e);
            // The batch, then the index chunk the flush asks for: neither
            // can start its transaction.
            store.flushSearchIndex();
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 5000);
            QCOMPARE(messages(failed),
                     (QStringList{QStringLiteral("Could not start a write transaction: database "
                                                 "is locked"),
                                  QStringLiteral("Could not start an index transaction: database "
                                                 "is locked")}));
            QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::StoreWrite);
            QCOMPARE(committed.size(), 1);
            QCOMPARE(other.count(QStringLiteral("SELECT COUNT(*) FROM exchanges")), 1);
            // The facts the back-fill would bring up to date: refused too.
            store.waitForFacts();
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 4, 5000);
            QCOMPARE(messages(failed).mid(2),
                     (QStringList{QStringLiteral("Could not start a write transaction: database "
                                                 "is locked"),
                                  QStringLiteral("Could not start a transaction for the call "
                                                 "facts: database is locked")}));
        }
        // The lock released: the refused exchange recorded again lands,
        // indexed and with its fact.
        store.record(e);
        store.flushSearchIndex();
        store.waitForFacts();
        QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 2, 5000);
        QCOMPARE(failed.size(), 4);
        CaptureReader reader;
        QVERIFY(reader.open(path));
        CaptureFilter search;
        search.text = QStringLiteral("tools/list");
        QCOMPARE(*reader.exchangeIds(search, 0, 10), (QList<qint64>{before.id, e.id}));
        OtherWriter check(path);
        QCOMPARE(check.count(QStringLiteral("SELECT COUNT(*) FROM call_facts")), 2);
    }

    void settlingOnCloseRefusedByAHeldLockIsReported()
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
        store.waitForFacts(); // written, and no back-fill left for idle time
        {
            OtherWriter other(path);
            QVERIFY(other.isLocked());
            store.close();
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
            QCOMPARE(messages(failed),
                     QStringList{QStringLiteral("Could not start a transaction to settle open "
                                                "exchanges: database is locked")});
            QCOMPARE(other.count(QStringLiteral("SELECT COUNT(*) FROM exchanges WHERE "
                                                "state='pending'")),
                     1);
        }
        // Reopened and closed with the lock free, the exchange is settled.
        QVERIFY(store.open(path));
        store.record(open);
        store.close();
        OtherWriter check(path);
        QCOMPARE(check.count(QStringLiteral("SELECT COUNT(*) FROM exchanges WHERE "
                                            "state='failed'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCaptureStoreLockFailures)
#include "tst_capture_store_lock_failures.moc"
