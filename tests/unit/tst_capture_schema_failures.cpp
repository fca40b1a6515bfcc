// What a schema upgrade does when SQLite refuses it: another program holding
// the write lock, a step whose write a planted trigger refuses, a commit
// SQLite refuses (a deferred foreign key left broken by a planted trigger).
// The upgrade names the cause with SQLite's reason, the file keeps the
// version it had (no half step), and the upgrade succeeds once the cause is
// gone. The refusals are real SQLite refusals, arranged from a second
// connection as another program could.
#include "capture/capture_schema.h"
#include "capture/capture_store.h"
#include "error_code_testing.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

class TestCaptureSchemaFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
    }

    // A connection of its own on path; removed by closeDb().
    static QSqlDatabase openDb(const QString &path, const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        return db;
    }

    static void closeDb(QSqlDatabase &db)
    {
        const QString name = db.connectionName();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    static bool exec(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        qWarning() << sql << q.lastError().text();
        return false;
    }

    static int version(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    }

    // A store file upgraded to schema `at` on its own connection.
    static QString storeAt(const QString &path, int at)
    {
        QSqlDatabase db = openDb(path, QStringLiteral("setup"));
        const bool ok = CaptureSchema::configureConnection(db) &&
                        CaptureSchema::migrate(db, at).value_or(-1) == at;
        closeDb(db);
        return ok ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void anUpgradeWaitingForAnotherWriterNamesTheLock()
    {
        const QString path = storeAt(freshPath(), 4);
        QVERIFY(!path.isEmpty());
        QSqlDatabase other = openDb(path, QStringLiteral("other-program"));
        QVERIFY(exec(other, QStringLiteral("BEGIN IMMEDIATE")));

        QSqlDatabase db = openDb(path, QStringLiteral("upgrader"));
        QVERIFY(CaptureSchema::configureConnection(db));
        // No waiting for the lock in a test: refused at once.
        QVERIFY(exec(db, QStringLiteral("PRAGMA busy_timeout=0")));
        const auto refused = CaptureSchema::migrate(db);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::StoreMigrate);
        QCOMPARE(refused.error().message,
                 QStringLiteral("Could not start the schema upgrade: The capture store rejected a "
                                "statement: database is locked Unable to fetch row (BEGIN "
                                "IMMEDIATE)"));
        QCOMPARE(version(other), 4);

        // The other writer done, the upgrade runs.
        QVERIFY(exec(other, QStringLiteral("ROLLBACK")));
        QCOMPARE(CaptureSchema::migrate(db).value_or(-1), CaptureSchema::latestVersion());
        QCOMPARE(version(other), CaptureSchema::latestVersion());
        closeDb(db);
        closeDb(other);
    }

    void aRefusedStepLeavesTheVersionItHad()
    {
        const QString path = storeAt(freshPath(), 4);
        QVERIFY(!path.isEmpty());
        QSqlDatabase other = openDb(path, QStringLiteral("other-program"));
        // Step 4 -> 5 creates call_facts, then records its watermarks.
        QVERIFY(exec(other, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON store_meta "
                                           "WHEN NEW.key = 'facts_watermark' BEGIN SELECT "
                                           "RAISE(ABORT, 'planted refusal'); END")));

        QSqlDatabase db = openDb(path, QStringLiteral("upgrader"));
        QVERIFY(CaptureSchema::configureConnection(db));
        const auto refused = CaptureSchema::migrate(db);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::StoreSql);
        QCOMPARE(refused.error().message,
                 QStringLiteral("The capture store rejected a statement: planted refusal Unable to "
                                "fetch row (INSERT OR IGNORE INTO store_meta(key, value) VALUES "
                                "('facts_watermark', 0))"));
        QCOMPARE(version(other), 4);
        QVERIFY(!other.tables().contains(QStringLiteral("call_facts"))); // no half step

        QVERIFY(exec(other, QStringLiteral("DROP TRIGGER refuse")));
        QCOMPARE(CaptureSchema::migrate(db).value_or(-1), CaptureSchema::latestVersion());
        QVERIFY(other.tables().contains(QStringLiteral("call_facts")));
        closeDb(db);
        closeDb(other);
    }

    void aRefusedCommitLeavesTheVersionItHad()
    {
        const QString path = storeAt(freshPath(), CaptureSchema::kCallFactsVersion);
        QVERIFY(!path.isEmpty());
        QSqlDatabase other = openDb(path, QStringLiteral("other-program"));
        // Step 5 -> 6 records the diagnostics watermark; the planted trigger
        // then adds a row whose deferred foreign key names no session, so
        // SQLite refuses the COMMIT itself.
        QVERIFY(exec(other, QStringLiteral("CREATE TABLE planted (session INTEGER REFERENCES "
                                           "sessions(id) DEFERRABLE INITIALLY DEFERRED)")));
        QVERIFY(exec(other, QStringLiteral("CREATE TRIGGER dangling AFTER INSERT ON store_meta "
                                           "WHEN NEW.key = 'diagnostics_watermark' BEGIN INSERT "
                                           "INTO planted VALUES (999); END")));

        QSqlDatabase db = openDb(path, QStringLiteral("upgrader"));
        QVERIFY(CaptureSchema::configureConnection(db)); // foreign keys on
        const auto refused = CaptureSchema::migrate(db);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::StoreMigrate);
        QCOMPARE(refused.error().message,
                 QStringLiteral("Could not commit the schema upgrade: The capture store rejected "
                                "a statement: FOREIGN KEY constraint failed Unable to fetch "
                                "row (COMMIT)"));
        QCOMPARE(version(other), CaptureSchema::kCallFactsVersion);
        QSqlQuery planted(other);
        QVERIFY(planted.exec(QStringLiteral("SELECT COUNT(*) FROM planted")) && planted.next());
        QCOMPARE(planted.value(0).toInt(), 0); // rolled back with the step
        planted.finish();

        QVERIFY(exec(other, QStringLiteral("DROP TRIGGER dangling")));
        QCOMPARE(CaptureSchema::migrate(db).value_or(-1), CaptureSchema::latestVersion());
        QCOMPARE(version(other), CaptureSchema::latestVersion());
        closeDb(db);
        closeDb(other);
    }

    void aStoreWhoseUpgradeIsRefusedDoesNotOpen()
    {
        const QString path = storeAt(freshPath(), 4);
        QVERIFY(!path.isEmpty());
        {
            QSqlDatabase other = openDb(path, QStringLiteral("other-program"));
            QVERIFY(exec(other, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON store_meta "
                                               "WHEN NEW.key = 'facts_watermark' BEGIN SELECT "
                                               "RAISE(ABORT, 'planted refusal'); END")));
            closeDb(other);
        }
        CaptureStore store;
        const auto opened = store.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::StoreSql);
        QVERIFY2(opened.error().message.startsWith(
                     QStringLiteral("The capture store rejected a statement: planted refusal")),
                 qPrintable(opened.error().message));
        QVERIFY(!store.isOpen());
        {
            QSqlDatabase other = openDb(path, QStringLiteral("other-program"));
            QCOMPARE(version(other), 4);
            QVERIFY(exec(other, QStringLiteral("DROP TRIGGER refuse")));
            closeDb(other);
        }
        QVERIFY(store.open(path));
        QVERIFY(store.isOpen());
        store.close();
    }
};

QTEST_GUILESS_MAIN(TestCaptureSchemaFailures)
#include "tst_capture_schema_failures.moc"
