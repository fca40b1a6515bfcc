#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "error_code_testing.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

// The findings table of a capture store (capture/findings_store.h): a row
// each, read back by session, a store opened read-only (older schemas
// included), and the errors of a store that is not open or not upgraded.
class TestFindingsStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString migratedStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++m_serial));
        CaptureStore store;
        if (!store.open(path))
            return {};
        store.createSession(QStringLiteral("a"), {}, QStringLiteral("mcp"), 1);
        store.createSession(QStringLiteral("b"), {}, QStringLiteral("mcp"), 2);
        store.flush();
        return path;
    }
    static bool sql(const QString &path, const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(path);
            ok = db.open();
            for (const QString &s : statements)
                ok = ok && QSqlQuery(db).exec(s);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        return ok;
    }

private slots:
    void recordsAndReadsBack()
    {
        const QString path = migratedStore();
        FindingsStore findings;
        QVERIFY(findings.open(path));
        QVERIFY(findings.isOpen());
        Finding a = makeFinding("http.rate_limited",
                                {QStringLiteral("tools/call"), QStringLiteral("30")}, {5, 6});
        a.sessionId = 1;
        a.messageIds = {9};
        a.atMs = 1234;
        a.source = QStringLiteral("rules");
        const auto id = findings.record(a);
        QVERIFY(id);
        QVERIFY(*id > 0);
        Finding b = makeFinding("http.unauthorized");
        b.sessionId = 2;
        QVERIFY(findings.record(b));
        Finding noSession = makeFinding("http.invalid_token");
        findings.recordFinding(noSession);
        QCOMPARE(findings.lastError().code, ErrorCode::None);

        const auto all = findings.findings();
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        const Finding &read = all->first();
        QCOMPARE(read.id, *id);
        QCOMPARE(read.kind, QStringLiteral("http.rate_limited"));
        QCOMPARE(read.arguments, a.arguments);
        QCOMPARE(read.exchangeIds, (QList<qint64>{5, 6}));
        QCOMPARE(read.messageIds, QList<qint64>{9});
        QCOMPARE(read.atMs, 1234);
        QCOMPARE(read.source, QStringLiteral("rules"));
        // Live findings read back with no source; a time is given when none was.
        QCOMPARE(all->at(1).source, QString());
        QVERIFY(all->at(2).atMs > 0);
        QCOMPARE(all->at(2).sessionId, 0);

        QCOMPARE(findings.findings(2)->size(), 1);
        QCOMPARE(findings.findings(2)->first().kind, QStringLiteral("http.unauthorized"));
        QCOMPARE(findings.findings(0, 2)->size(), 2);

        findings.close();
        QVERIFY(!findings.isOpen());
        findings.close(); // twice: nothing to do
    }

    void notOpen()
    {
        FindingsStore findings;
        QVERIFY(!findings.isOpen());
        const auto written = findings.record(makeFinding("http.unauthorized"));
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::StoreWrite);
        const auto read = findings.findings();
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::StoreRead);
        findings.recordFinding(makeFinding("http.unauthorized"));
        QCOMPARE(findings.lastError().code, ErrorCode::StoreWrite);
    }

    void readOnlyStores()
    {
        const QString path = migratedStore();
        {
            FindingsStore writer;
            QVERIFY(writer.open(path));
            Finding f = makeFinding("http.unauthorized");
            f.source = QStringLiteral("doctor");
            QVERIFY(writer.record(f));
        }
        FindingsStore reader;
        QVERIFY(reader.openReadOnly(path));
        QCOMPARE(reader.findings()->first().source, QStringLiteral("doctor"));
        // Writing through a read-only connection fails, and says so.
        const auto refused = reader.record(makeFinding("http.unauthorized"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::StoreSql);
        QVERIFY(refused.error().message.contains(QStringLiteral("could not be written")));
        reader.recordFinding(makeFinding("http.unauthorized"));
        QCOMPARE(reader.lastError().code, ErrorCode::StoreSql);
        reader.close();

        // A store from before schema 6 has no source column: every finding is live.
        QVERIFY(sql(path, {QStringLiteral("ALTER TABLE findings DROP COLUMN source"),
                           QStringLiteral("PRAGMA user_version=5")}));
        QVERIFY(reader.openReadOnly(path));
        const auto old = reader.findings();
        QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
        QCOMPARE(old->size(), 1);
        QCOMPARE(old->first().source, QString());
        reader.close();
        // open() (for writing) wants a store the capture store has upgraded.
        FindingsStore writer;
        const auto stale = writer.open(path);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::StoreVersion);
        QVERIFY(stale.error().message.contains(QStringLiteral("has no findings table yet")));

        // Before schema 2 there were no findings at all.
        QVERIFY(sql(path, {QStringLiteral("PRAGMA user_version=1")}));
        const auto ancient = reader.openReadOnly(path);
        QVERIFY(!ancient);
        QCOMPARE(ancient.error().code, ErrorCode::StoreVersion);
        QVERIFY(ancient.error().message.contains(QStringLiteral("before findings were recorded")));

        // No file at all, read-only.
        const auto missing = reader.openReadOnly(m_dir.filePath(QStringLiteral("none/x.sqlite")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::StoreOpen);
    }
};

QTEST_GUILESS_MAIN(TestFindingsStore)
#include "tst_findings_store.moc"
