#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "common/private_files.h"
#include "error_code_testing.h"
#include "test_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace mcpscope;
using namespace mcpscope::testing;

// Files of ours are 0600 and folders we create 0700 with the umask most
// systems have (022), under which a plain open() would give 0644 and 0755.
class TestPrivateFiles : public QObject
{
    Q_OBJECT

    static int mode(const QString &path)
    {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }
    static void chmodTo(const QString &path, int mode)
    {
        QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_umask = ::umask(022);
        // So that a plain QFile would really be 0644 (the control below).
        QFile control(m_dir.filePath(QStringLiteral("control")));
        QVERIFY(control.open(QIODevice::WriteOnly));
        control.close();
        QCOMPARE(mode(control.fileName()), 0644);
    }
    void cleanupTestCase() { ::umask(m_umask); }

    void createdFoldersAre0700()
    {
        chmodTo(m_dir.path(), 0755);
        const QString deep = m_dir.filePath(QStringLiteral("a/b/c"));
        QVERIFY(makePrivateDirectory(deep));
        for (const QString &folder :
             {QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("a/b/c")})
            QCOMPARE(mode(m_dir.filePath(folder)), 0700);
        QCOMPARE(mode(m_dir.path()), 0755);  // there before: not ours to change
        QVERIFY(makePrivateDirectory(deep)); // again: nothing to do
        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        write(file, "x");
        const auto notAFolder = makePrivateDirectory(file);
        QVERIFY(!notAFolder);
        QCOMPARE(notAFolder.error().code, ErrorCode::FilePrivate);
    }

    // McpScope's data folder is narrowed even when an older version made it
    // 0755; the data home above it, when we create it, is 0700 too.
    void ownDataDirectoryIsNarrowed()
    {
        const QString dataHome = m_dir.filePath(QStringLiteral("xdg-data"));
        const QByteArray previous = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome));
        const auto restore = qScopeGuard([previous] { qputenv("XDG_DATA_HOME", previous); });
        const auto made = privateDataDirectory();
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QCOMPARE(*made, dataHome + QStringLiteral("/McpScope"));
        QCOMPARE(mode(dataHome), 0700);
        QCOMPARE(mode(*made), 0700);
        chmodTo(*made, 0755);
        QVERIFY(QDir().mkdir(*made + QStringLiteral("/sub")));
        QCOMPARE(mode(*made + QStringLiteral("/sub")), 0755);
        QVERIFY(makePrivateDirectory(*made + QStringLiteral("/sub")));
        QCOMPARE(mode(*made + QStringLiteral("/sub")), 0700);
        QCOMPARE(mode(*made), 0700);
    }

    void databaseFilesAre0600()
    {
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        QVERIFY(preparePrivateDatabase(fresh));
        QCOMPARE(mode(fresh), 0600);
        QCOMPARE(QFileInfo(fresh).size(), 0);
        // An existing database (and its companions) keeps its bytes, loses the wide mode.
        const QString old = m_dir.filePath(QStringLiteral("old.sqlite"));
        write(old, "content");
        write(old + QStringLiteral("-wal"), "wal");
        write(old + QStringLiteral("-shm"), "shm");
        QCOMPARE(mode(old), 0644);
        QVERIFY(preparePrivateDatabase(old));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QCOMPARE(mode(old + suffix), 0600);
        QFile kept(old);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("content"));
        QVERIFY(!preparePrivateDatabase(m_dir.filePath(QStringLiteral("missing/folder/x.sqlite"))));
    }

    void writtenFilesAre0600()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.json"));
        QFile fresh(path);
        QVERIFY(openPrivateFile(fresh));
        QVERIFY(fresh.write("{\"new\":true}") > 0);
        fresh.close();
        QCOMPARE(mode(path), 0600);
        // An existing, wider and longer file: narrowed and truncated.
        write(path, QByteArray(1000, 'o'));
        chmodTo(path, 0644);
        QFile existing(path);
        QVERIFY(openPrivateFile(existing));
        QVERIFY(existing.write("short") == 5);
        existing.close();
        QCOMPARE(mode(path), 0600);
        QFile readBack(path);
        QVERIFY(readBack.open(QIODevice::ReadOnly));
        QCOMPARE(readBack.readAll(), QByteArray("short"));
        QFile nowhere(m_dir.filePath(QStringLiteral("no/such/folder/x")));
        const auto failed = openPrivateFile(nowhere);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(QLatin1String("no/such/folder")));
    }

    // A capture store, its WAL and shared memory, while it is open, and the
    // folder it made.
    void captureStoreAndCompanionsAre0600()
    {
        const QString path = m_dir.filePath(QStringLiteral("stores/new/capture.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        const qint64 session = store.createSession(
            QStringLiteral("s"), QStringLiteral("http://127.0.0.1/mcp"), QStringLiteral("http"), 1);
        Exchange e = makeExchange(1);
        e.sessionId = session;
        store.record(e);
        store.flush();
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QCOMPARE(mode(path + suffix), 0600);
        QCOMPARE(mode(m_dir.filePath(QStringLiteral("stores"))), 0700);
        QCOMPARE(mode(m_dir.filePath(QStringLiteral("stores/new"))), 0700);
        store.close();
        // One from before, 0644: narrowed when opened.
        chmodTo(path, 0644);
        CaptureStore reopened;
        QVERIFY(reopened.open(path));
        QCOMPARE(mode(path), 0600);
    }

    // The GUI's store moves from where earlier versions kept it, companions
    // included; a store already at the new place is never overwritten.
    void legacyDatabaseMovesOnceWithItsCompanions()
    {
        const QString legacy = m_dir.filePath(QStringLiteral("old/McpScope/captures.sqlite"));
        const QString path = m_dir.filePath(QStringLiteral("new/McpScope/captures.sqlite"));
        {
            CaptureStore store;
            QVERIFY(store.open(legacy));
            QVERIFY(store.createSession(QStringLiteral("kept"), QStringLiteral("http://h/mcp"),
                                        QStringLiteral("http"), 1) > 0);
            store.close();
        }
        write(legacy + QStringLiteral("-journal"), "journal");
        const auto moved = moveLegacyDatabase(legacy, path);
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
        QVERIFY(*moved);
        QVERIFY(!QFile::exists(legacy));
        QVERIFY(!QFile::exists(legacy + QStringLiteral("-journal")));
        QVERIFY(QFile::exists(path + QStringLiteral("-journal")));
        QFile::remove(path + QStringLiteral("-journal"));
        QCOMPARE(mode(m_dir.filePath(QStringLiteral("new/McpScope"))), 0700);
        {
            CaptureReader reader;
            QVERIFY(reader.open(path));
            const auto sessions = reader.sessions();
            QVERIFY(sessions);
            QCOMPARE(sessions->size(), 1);
            QCOMPARE(sessions->first().name, QStringLiteral("kept"));
        }
        // Nothing left to move; then a legacy file beside an existing store stays.
        QCOMPARE(*moveLegacyDatabase(legacy, path), false);
        write(legacy, "other");
        QCOMPARE(*moveLegacyDatabase(legacy, path), false);
        QVERIFY(QFile::exists(legacy));
        QVERIFY(QFileInfo(path).size() > 5);
    }

private:
    QTemporaryDir m_dir;
    mode_t m_umask = 022;
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_private_files.moc"
