#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "capture/redaction.h"
#include "export/capture_bundle.h"
#include "store_faults.h"
#include "test_store.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// What a capture bundle does when it cannot be made or imported: the user is
// told why (SQLite's reason where SQLite refused), nothing half-written is
// left behind, and a refused import leaves the store as it was. The failures
// are real: a directory where the bundle should go, a table another program
// renamed, a trigger planted in the store (from a second connection) that
// makes SQLite refuse a write.
class TestCaptureBundleFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshPath(const QString &suffix = QStringLiteral(".sqlite"))
    {
        return m_dir.filePath(QStringLiteral("file-%1").arg(++m_serial) + suffix);
    }

    // A store with one session: an exchange, a message, a finding.
    struct Source
    {
        QString path;
        qint64 session = 0;
        qint64 exchange = 0;
    };
    Source source()
    {
        Source s;
        s.path = freshPath();
        {
            CaptureStore store;
            if (!store.open(s.path))
                return {};
            s.session = store.createSession(QStringLiteral("bundled"),
                                            QStringLiteral("http://127.0.0.1/mcp"),
                                            QStringLiteral("mcp"), 1000);
            Exchange e = makeExchange(store.reserveExchangeId());
            e.sessionId = s.session;
            store.record(e);
            s.exchange = e.id;
            MessageRecord m;
            m.id = store.reserveMessageId();
            m.sessionId = s.session;
            m.exchangeId = e.id;
            m.outgoing = true;
            m.kind = QStringLiteral("request");
            m.rpcId = QStringLiteral("1");
            m.method = QStringLiteral("tools/list");
            m.payload = e.requestBody;
            m.atMs = 1500;
            store.recordMessage(m);
            store.flush();
        }
        FindingsStore findings;
        if (!findings.open(s.path))
            return {};
        Finding f = makeFinding("http.unauthorized", {}, {s.exchange});
        f.sessionId = s.session;
        if (!findings.record(f))
            return {};
        return s;
    }

    // A bundle of the source's session.
    QString bundleOf(const Source &s)
    {
        const QString bundle = freshPath(QStringLiteral(".mcpscope"));
        const auto written = CaptureBundle::write(s.path, {{s.session}, {}}, bundle, Redactor());
        return written ? bundle : QString();
    }

    // A store with a session of its own, to import into.
    QString targetStore()
    {
        const QString path = freshPath();
        CaptureStore store;
        if (!store.open(path))
            return {};
        store.createSession(QStringLiteral("mine"), QStringLiteral("http://127.0.0.1/mcp"),
                            QStringLiteral("mcp"), 500);
        store.flush();
        return path;
    }

    QStringList leftovers() const
    {
        return QDir(m_dir.path())
            .entryList({QStringLiteral(".*.part*")}, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void bundleCannotReplaceItsSource()
    {
        const Source s = source();
        QVERIFY(!s.path.isEmpty());
        const QByteArray before = storeFileBytes(s.path);
        const auto written = CaptureBundle::write(s.path, {{s.session}, {}}, s.path, Redactor());
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::StoreWrite);
        QCOMPARE(written.error().message,
                 QStringLiteral("The bundle cannot replace the capture store it is made from."));
        QCOMPARE(storeFileBytes(s.path), before);
    }

    // A directory (with a file in it) where the bundle should go: the bundle
    // is made, cannot take its place, and its temporary file goes.
    void directoryWhereTheBundleGoes()
    {
        const Source s = source();
        QVERIFY(!s.path.isEmpty());
        const QString bundle = freshPath(QStringLiteral(".mcpscope"));
        QVERIFY(QDir().mkpath(bundle));
        QFile inside(bundle + QStringLiteral("/keep.txt"));
        QVERIFY(inside.open(QIODevice::WriteOnly));
        inside.write("mine");
        inside.close();

        const auto written = CaptureBundle::write(s.path, {{s.session}, {}}, bundle, Redactor());
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::StoreWrite);
        QCOMPARE(written.error().message,
                 QStringLiteral("Could not move the bundle into place at %1: Is a directory")
                     .arg(bundle));
        QCOMPARE(leftovers(), QStringList());
        QVERIFY(QFileInfo(bundle).isDir());
        QVERIFY(QFile::exists(bundle + QStringLiteral("/keep.txt")));
    }

    void exchangeTheStoreDoesNotHave()
    {
        const Source s = source();
        QVERIFY(!s.path.isEmpty());
        const QString bundle = freshPath(QStringLiteral(".mcpscope"));
        const auto written =
            CaptureBundle::write(s.path, {{}, {s.exchange, 987654}}, bundle, Redactor());
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::StoreRead);
        QCOMPARE(written.error().message,
                 QStringLiteral("The capture store has no exchange 987654."));
        QVERIFY(!QFile::exists(bundle));
        QCOMPARE(leftovers(), QStringList());
    }

    // Another program renamed the sessions table: the selection cannot be
    // checked, and SQLite says why.
    void sourceWithoutSessionsTable()
    {
        const Source s = source();
        QVERIFY(!s.path.isEmpty());
        QVERIFY(execOn(s.path, {QStringLiteral("ALTER TABLE sessions RENAME TO sessions_gone")}));
        const QString bundle = freshPath(QStringLiteral(".mcpscope"));
        const auto written = CaptureBundle::write(s.path, {{s.session}, {}}, bundle, Redactor());
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::StoreSql);
        QCOMPARE(written.error().message,
                 QStringLiteral("Copying the selection failed: no such table: src.sessions Unable "
                                "to execute statement"));
        QVERIFY(!QFile::exists(bundle));
        QCOMPARE(leftovers(), QStringList());
    }

    // A store without a findings table (dropped by another program) still
    // bundles; a bundle without one still imports.
    void noFindingsTable()
    {
        const Source s = source();
        QVERIFY(!s.path.isEmpty());
        QVERIFY(execOn(s.path, {QStringLiteral("DROP TABLE findings")}));
        const QString bundle = freshPath(QStringLiteral(".mcpscope"));
        const auto written = CaptureBundle::write(s.path, {{s.session}, {}}, bundle, Redactor());
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(written->sessions, 1);
        QCOMPARE(written->exchanges, 1);
        QCOMPARE(written->messages, 1);
        QCOMPARE(written->findings, 0);

        const QString withFindings = bundleOf(source());
        QVERIFY(!withFindings.isEmpty());
        QVERIFY(execOn(withFindings, {QStringLiteral("DROP TABLE findings")}));
        const QString target = targetStore();
        QVERIFY(!target.isEmpty());
        const auto imported = CaptureBundle::importBundle(withFindings, target);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->sessions, 1);
        QCOMPARE(imported->exchanges, 1);
        QCOMPARE(imported->messages, 1);
        QCOMPARE(imported->findings, 0);
        QCOMPARE(countOf(target, QStringLiteral("SELECT COUNT(*) FROM sessions")), 2);
        QCOMPARE(countOf(target, QStringLiteral("SELECT COUNT(*) FROM findings")), 0);
    }

    // A bundle whose findings cannot be counted (another program replaced
    // the table by a view SQLite fails to read): nothing is imported.
    void bundleThatCannotBeCounted()
    {
        const QString bundle = bundleOf(source());
        QVERIFY(!bundle.isEmpty());
        QVERIFY(execOn(bundle, {QStringLiteral("DROP TABLE findings"),
                                QStringLiteral("CREATE VIEW findings AS SELECT id FROM sessions "
                                               "WHERE json_extract('not json', '$') IS NULL")}));
        const QString target = targetStore();
        QVERIFY(!target.isEmpty());
        const auto imported = CaptureBundle::importBundle(bundle, target);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::StoreSql);
        QCOMPARE(imported.error().message,
                 QStringLiteral("Copying SELECT COUNT(*) FROM b.findings failed: malformed JSON "
                                "Unable to fetch row"));
        QCOMPARE(countOf(target, QStringLiteral("SELECT COUNT(*) FROM sessions")), 1);
    }

    // SQLite refuses the imported messages: the whole import is rolled back.
    void importRefusedByTheStore()
    {
        const QString bundle = bundleOf(source());
        QVERIFY(!bundle.isEmpty());
        const QString target = targetStore();
        QVERIFY(!target.isEmpty());
        QVERIFY(execOn(target, {QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON messages "
                                               "BEGIN SELECT RAISE(ABORT, 'planted refusal'); "
                                               "END")}));
        const auto imported = CaptureBundle::importBundle(bundle, target);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::StoreSql);
        QCOMPARE(imported.error().message,
                 QStringLiteral("Copying messages failed: planted refusal Unable to fetch row"));
        QCOMPARE(countOf(target, QStringLiteral("SELECT COUNT(*) FROM sessions")), 1);
        QCOMPARE(countOf(target, QStringLiteral("SELECT COUNT(*) FROM exchanges")), 0);

        // The cause gone, the same bundle imports.
        QVERIFY(execOn(target, {QStringLiteral("DROP TRIGGER refuse")}));
        const auto again = CaptureBundle::importBundle(bundle, target);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(countOf(target, QStringLiteral("SELECT COUNT(*) FROM sessions")), 2);
        QCOMPARE(countOf(target, QStringLiteral("SELECT COUNT(*) FROM messages")), 1);
    }

    // SQLite refuses the store's id counters: nothing is imported.
    void idsCannotBeReserved()
    {
        const QString bundle = bundleOf(source());
        QVERIFY(!bundle.isEmpty());
        const QString target = targetStore();
        QVERIFY(!target.isEmpty());
        QVERIFY(execOn(target, {QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON store_meta "
                                               "WHEN NEW.key LIKE 'next_%' BEGIN SELECT "
                                               "RAISE(ABORT, 'planted refusal'); END")}));
        const auto imported = CaptureBundle::importBundle(bundle, target);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::StoreWrite);
        QCOMPARE(imported.error().message,
                 QStringLiteral("Could not reserve row ids in the capture store: planted refusal"));
        QCOMPARE(countOf(target, QStringLiteral("SELECT COUNT(*) FROM sessions")), 1);
    }
};

QTEST_GUILESS_MAIN(TestCaptureBundleFailures)
#include "tst_capture_bundle_failures.moc"
