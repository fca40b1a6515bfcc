#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "diagnostics/diagnostics_runner.h"
#include "error_code_testing.h"
#include "test_store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace mcpscope;
using namespace mcpscope::testing;

// What runDiagnostics() (diagnostics/diagnostics_runner.h) refuses and how
// it stops: files that are not capture stores, a newer schema, a run
// cancelled before its first page. Runs over real traffic are in
// tests/integration/tst_diagnostics_runner.cpp.
class TestDiagnosticsRunnerErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString sqliteFile(const QString &name, const QStringList &statements)
    {
        const QString path = m_dir.filePath(name);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
            db.setDatabaseName(path);
            if (db.open())
                for (const QString &s : statements)
                    QSqlQuery(db).exec(s);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("make"));
        return path;
    }

private slots:
    void notACaptureStore()
    {
        const QString plain =
            sqliteFile(QStringLiteral("plain.sqlite"), {QStringLiteral("CREATE TABLE t(x)")});
        DiagnosticsOptions readOnly;
        readOnly.readOnly = true;
        const auto run = runDiagnostics(plain, readOnly);
        QVERIFY(!run);
        QCOMPARE(run.error().code, ErrorCode::StoreOpen);
        QVERIFY2(run.error().message.contains(QStringLiteral("no schema found")),
                 qPrintable(run.error().message));

        // A file that is not SQLite at all, opened for writing.
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'g'));
        f.close();
        const auto broken = runDiagnostics(garbage);
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, ErrorCode::StoreSql);
        QVERIFY2(broken.error().message.contains(QStringLiteral("file is not a database")),
                 qPrintable(broken.error().message));
        // Nothing was written into it.
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(8192, 'g'));
    }

    void newerSchema()
    {
        const QString future = sqliteFile(QStringLiteral("future.sqlite"),
                                          {QStringLiteral("PRAGMA user_version=999")});
        DiagnosticsOptions readOnly;
        readOnly.readOnly = true;
        const auto run = runDiagnostics(future, readOnly);
        QVERIFY(!run);
        QCOMPARE(run.error().code, ErrorCode::StoreVersion);
        QVERIFY(run.error().message.contains(QStringLiteral("schema 999")));
        // Writable: the upgrade refuses it the same way, and leaves it at 999.
        const auto writable = runDiagnostics(future);
        QVERIFY(!writable);
        QCOMPARE(writable.error().code, ErrorCode::StoreVersion);
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(future);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 999);
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void cancelledBeforeTheFirstPage()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.sqlite"));
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            const qint64 session =
                store.createSession(QStringLiteral("s"), {}, QStringLiteral("mcp"), 1);
            for (int i = 0; i < 3; ++i) {
                Exchange e = makeExchange(store.reserveExchangeId(), "POST", 500);
                e.sessionId = session;
                store.record(e);
            }
            store.flush();
        }
        const std::atomic<bool> cancel{true};
        DiagnosticsOptions options;
        options.cancel = &cancel;
        const auto run = runDiagnostics(path, options);
        QVERIFY(!run);
        QCOMPARE(run.error().code, ErrorCode::StoreRead);
        QCOMPARE(run.error().message, QStringLiteral("The diagnostics run was cancelled."));
        // Nothing was stored; the same run not cancelled reads the three exchanges.
        FindingsStore findings;
        QVERIFY(findings.open(path));
        QVERIFY(findings.findings()->isEmpty());
        findings.close();
        const auto again = runDiagnostics(path);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->exchanges, 3);
        QCOMPARE(again->sessionIds.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsRunnerErrors)
#include "tst_diagnostics_runner_errors.moc"
