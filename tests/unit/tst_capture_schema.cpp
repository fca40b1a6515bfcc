#include "capture/capture_schema.h"
#include "error_code_testing.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

// The capture store's versioned schema (capture/capture_schema.h): upgrades
// one step at a time up to a chosen version, a file taken back to an older
// version by hand (its columns kept), a step that fails leaving the file as
// it was, and a file from a newer McpScope refused.
class TestCaptureSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    QString m_connection;

    QSqlDatabase open()
    {
        m_connection = QStringLiteral("schema-%1").arg(++m_serial);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_dir.filePath(m_connection + QStringLiteral(".sqlite")));
        db.open();
        return db;
    }
    void close(QSqlDatabase &db)
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    static int version(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    }
    static bool hasColumn(QSqlDatabase &db, const QString &table, const QString &column)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            return false;
        while (q.next())
            if (q.value(1).toString() == column)
                return true;
        return false;
    }
    static bool hasTable(QSqlDatabase &db, const QString &table)
    {
        return db.tables().contains(table);
    }

private slots:
    void upgradesOneStepAtATime()
    {
        QSqlDatabase db = open();
        QVERIFY(CaptureSchema::configureConnection(db));
        QCOMPARE(CaptureSchema::migrate(db, 1).value_or(-1), 1);
        QCOMPARE(version(db), 1);
        QVERIFY(hasTable(db, QStringLiteral("sessions")));
        QVERIFY(!hasTable(db, QStringLiteral("findings")));
        QCOMPARE(CaptureSchema::migrate(db, 3).value_or(-1), 3);
        QVERIFY(hasTable(db, QStringLiteral("findings")));
        QVERIFY(hasTable(db, QStringLiteral("response_chunks")));
        QVERIFY(!hasColumn(db, QStringLiteral("sessions"), QStringLiteral("replay_of")));
        QCOMPARE(CaptureSchema::migrate(db, 4).value_or(-1), 4);
        QVERIFY(hasColumn(db, QStringLiteral("messages"), QStringLiteral("replay_of")));
        QVERIFY(!hasTable(db, QStringLiteral("call_facts")));
        QCOMPARE(CaptureSchema::migrate(db, CaptureSchema::kCallFactsVersion).value_or(-1),
                 CaptureSchema::kCallFactsVersion);
        QVERIFY(hasTable(db, QStringLiteral("call_facts")));
        // Asking for an older version than the file has changes nothing.
        QCOMPARE(CaptureSchema::migrate(db, 2).value_or(-1), CaptureSchema::kCallFactsVersion);
        const int latest = CaptureSchema::latestVersion();
        QCOMPARE(CaptureSchema::migrate(db).value_or(-1), latest);
        QCOMPARE(version(db), latest);
        QVERIFY(hasColumn(db, QStringLiteral("findings"), QStringLiteral("source")));
        QVERIFY(hasColumn(db, QStringLiteral("sessions"), QStringLiteral("era")));
        // Beyond the latest: the latest.
        QCOMPARE(CaptureSchema::migrate(db, latest + 5).value_or(-1), latest);
        close(db);
    }

    void olderVersionKeepsItsColumns()
    {
        QSqlDatabase db = open();
        QVERIFY(CaptureSchema::migrate(db));
        // Taken back by hand: the columns of later steps are still there.
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=3")));
        const auto again = CaptureSchema::migrate(db);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(*again, CaptureSchema::latestVersion());
        close(db);
    }

    void failedStepLeavesTheFileAsItWas()
    {
        QSqlDatabase db = open();
        QCOMPARE(CaptureSchema::migrate(db, 1).value_or(-1), 1);
        // Something in the way of step 1 -> 2 (which creates findings).
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE findings(x)")));
        const auto failed = CaptureSchema::migrate(db);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::StoreSql);
        QVERIFY2(failed.error().message.contains(QStringLiteral("CREATE TABLE findings")),
                 qPrintable(failed.error().message));
        QCOMPARE(version(db), 1);
        QVERIFY(!hasColumn(db, QStringLiteral("findings"), QStringLiteral("kind")));
        // A transaction still open would refuse the next BEGIN.
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("ROLLBACK")));
        close(db);
    }

    void newerFileRefused()
    {
        QSqlDatabase db = open();
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=999")));
        const auto refused = CaptureSchema::migrate(db);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::StoreVersion);
        QVERIFY(refused.error().message.contains(QStringLiteral("schema version 999")));
        QCOMPARE(version(db), 999);
        close(db);
    }
};

QTEST_GUILESS_MAIN(TestCaptureSchema)
#include "tst_capture_schema.moc"
