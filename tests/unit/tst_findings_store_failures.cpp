// What FindingsStore tells when the file or SQLite fails it: the store that
// cannot be opened, and reads and writes of a findings table another program
// renamed away or guards with a trigger, each named with SQLite's reason;
// what was recorded before stays, and the store works again once the cause
// is gone.
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "error_code_testing.h"
#include "store_faults.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestFindingsStoreFailures : public QObject
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

    static Finding finding(qint64 atMs)
    {
        Finding f = makeFinding("analytics.error_rate",
                                {QStringLiteral("60.0 %"), QStringLiteral("50.00 %"),
                                 QStringLiteral("a"), QStringLiteral("b")});
        f.sessionId = 1;
        f.atMs = atMs;
        f.exchangeIds = {7, 8};
        return f;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aStoreThatCannotBeOpenedIsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/dir/store.sqlite"));
        FindingsStore store;
        const auto opened = store.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::StoreOpen);
        QCOMPARE(opened.error().message,
                 QStringLiteral("Could not open the capture store %1 for findings: unable to open "
                                "database file Error opening database")
                     .arg(path));
        QVERIFY(!store.isOpen());
        QCOMPARE(store.record(finding(1000)).error().code, ErrorCode::StoreWrite);
    }

    void aRenamedTableFailsReadsAndWritesWithSqlitesReason()
    {
        const QString path = freshStore();
        QVERIFY(!path.isEmpty());
        qint64 first = 0;
        {
            FindingsStore earlier;
            QVERIFY(earlier.open(path));
            first = earlier.record(finding(1000)).value_or(0);
            QVERIFY(first > 0);
        }
        // Renamed before this connection has read the schema: SQLite
        // refuses to prepare the statements.
        FindingsStore store;
        QVERIFY(store.open(path));
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE findings RENAME TO findings_kept")}));
        const auto written = store.record(finding(2000));
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::StoreSql);
        QCOMPARE(written.error().message,
                 QStringLiteral("The capture store's findings could not be written: no such table: "
                                "findings Unable to execute statement"));
        const auto read = store.findings(1);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::StoreSql);
        QCOMPARE(read.error().message,
                 QStringLiteral("The capture store's findings could not be read: no such table: "
                                "findings Unable to execute statement"));

        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE findings_kept RENAME TO findings")}));
        const auto second = store.record(finding(3000));
        QVERIFY(second);
        const auto all = store.findings(1);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, first);
        QCOMPARE(all->at(0).atMs, 1000);
        QCOMPARE(all->at(0).exchangeIds, (QList<qint64>{7, 8}));
        QCOMPARE(all->at(1).id, *second);
        QCOMPARE(all->at(1).atMs, 3000);
    }

    void aTableRenamedUnderAReadingStoreFailsItsRead()
    {
        const QString path = freshStore();
        QVERIFY(!path.isEmpty());
        FindingsStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.record(finding(1000)));
        // This connection knows the table: the statement prepares and SQLite
        // fails it when it runs.
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE findings RENAME TO findings_kept")}));
        const auto read = store.findings(1);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::StoreSql);
        QCOMPARE(read.error().message,
                 QStringLiteral("The capture store's findings could not be read: no such table: "
                                "findings Unable to fetch row"));
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE findings_kept RENAME TO findings")}));
        QCOMPARE(store.findings(1).value_or(QList<Finding>{}).size(), 1);
    }

    void aRefusedWriteIsReportedThroughTheSink()
    {
        const QString path = freshStore();
        QVERIFY(!path.isEmpty());
        FindingsStore store;
        QVERIFY(store.open(path));
        store.recordFinding(finding(1000));
        QCOMPARE(store.lastError().code, ErrorCode::None);

        QVERIFY(
            execOn(path, {QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON findings BEGIN "
                                         "SELECT RAISE(ABORT, 'planted refusal'); END")}));
        store.recordFinding(finding(2000));
        QCOMPARE(store.lastError().code, ErrorCode::StoreSql);
        QCOMPARE(store.lastError().message,
                 QStringLiteral("The capture store's findings could not be written: planted "
                                "refusal Unable to fetch row"));
        QCOMPARE(store.findings(1).value_or(QList<Finding>{}).size(), 1);

        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER refuse")}));
        store.recordFinding(finding(3000));
        const auto all = store.findings(1);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).atMs, 3000);
    }
};

QTEST_GUILESS_MAIN(TestFindingsStoreFailures)
#include "tst_findings_store_failures.moc"
