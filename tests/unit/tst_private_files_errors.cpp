#include "common/private_files.h"
#include "error_code_testing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

// What common/private_files.h says when it cannot do its job (paths that run
// into files or folders, a legacy move that fails part-way and is undone),
// and where McpScope's own data directory is. The permissions themselves are
// checked in tst_private_files.cpp.
class TestPrivateFilesErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void touch(const QString &path, const QByteArray &bytes = "x")
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    static QByteArray contentOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
    }

private slots:
    void folderThroughAFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("plain"));
        touch(file);
        // A parent that is a file: the folder cannot be created.
        const auto under = makePrivateDirectory(file + QStringLiteral("/sub/dir"));
        QVERIFY(!under);
        QCOMPARE(under.error().code, ErrorCode::FilePrivate);
        QVERIFY2(under.error().message.startsWith(QStringLiteral("Could not create the folder")),
                 qPrintable(under.error().message));
        // The path itself is a file.
        const auto itself = makePrivateDirectory(file);
        QVERIFY(!itself);
        QCOMPARE(itself.error().message, QStringLiteral("%1 is not a folder.").arg(file));
    }

    void filesThatAreFolders()
    {
        const QString folder = m_dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder);
        const auto opened = openPrivateFile(file);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::FilePrivate);
        QVERIFY(
            opened.error().message.startsWith(QStringLiteral("Could not create %1").arg(folder)));
        QVERIFY(!file.isOpen());
        const auto database = preparePrivateDatabase(folder);
        QVERIFY(!database);
        QVERIFY(
            database.error().message.startsWith(QStringLiteral("Could not create %1").arg(folder)));
        // An existing file is truncated and reopened.
        const QString existing = m_dir.filePath(QStringLiteral("existing.txt"));
        touch(existing, "old content");
        QFile again(existing);
        QVERIFY(openPrivateFile(again, QIODevice::Text));
        QCOMPARE(again.write("new"), 3);
        again.close();
        QCOMPARE(contentOf(existing), QByteArray("new"));
    }

    void legacyMoveUndoneWhenItFailsPartWay()
    {
        const QString legacy = m_dir.filePath(QStringLiteral("old/store.sqlite"));
        const QString target = m_dir.filePath(QStringLiteral("new/store.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(legacy).path()));
        touch(legacy, "db");
        touch(legacy + QStringLiteral("-wal"), "wal");
        touch(legacy + QStringLiteral("-shm"), "shm");
        // Where -shm would go stands a folder that is not empty: that move fails.
        QVERIFY(QDir().mkpath(target + QStringLiteral("-shm/inside")));
        const auto moved = moveLegacyDatabase(legacy, target);
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, ErrorCode::FilePrivate);
        QVERIFY2(
            moved.error().message.startsWith(QStringLiteral("Could not move %1-shm").arg(legacy)),
            qPrintable(moved.error().message));
        // The -wal moved first is back: the old place is whole.
        QCOMPARE(contentOf(legacy), QByteArray("db"));
        QCOMPARE(contentOf(legacy + QStringLiteral("-wal")), QByteArray("wal"));
        QCOMPARE(contentOf(legacy + QStringLiteral("-shm")), QByteArray("shm"));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));

        // The same path twice, or nothing to move: nothing moves.
        QCOMPARE(moveLegacyDatabase(legacy, legacy).value_or(true), false);
        QCOMPARE(moveLegacyDatabase(m_dir.filePath(QStringLiteral("none.sqlite")), target)
                     .value_or(true),
                 false);
        // A target folder that cannot be made: the error, nothing moved.
        const QString blocked = m_dir.filePath(QStringLiteral("old/store.sqlite")) +
                                QStringLiteral("/under/store.sqlite");
        const auto cannot = moveLegacyDatabase(legacy + QStringLiteral("-wal"), blocked);
        QVERIFY(!cannot);
        QCOMPARE(contentOf(legacy + QStringLiteral("-wal")), QByteArray("wal"));
    }

    void dataDirectoryPathCreatesNothing()
    {
        const QString dataHome = m_dir.filePath(QStringLiteral("xdg-data"));
        const QByteArray previous = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome));
        const auto restore = qScopeGuard([previous] { qputenv("XDG_DATA_HOME", previous); });
        QCOMPARE(dataDirectoryPath(), dataHome + QStringLiteral("/McpScope"));
        QVERIFY(!QFileInfo::exists(dataHome));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFilesErrors)
#include "tst_private_files_errors.moc"
