#include "capture/capture_reader.h"
#include "capture/capture_store.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

// The app binary as a user starts it, a process of its own under a scratch
// HOME: with no --store it keeps its captures at
// ~/.local/share/McpScope/captures.sqlite, and moves a store an earlier
// version kept one folder deeper (…/McpScope/McpScope/) there once.
class TestAppLaunch : public QObject
{
    Q_OBJECT

    struct Launch
    {
        int exitCode = -1;
        QByteArray out, err;
    };

    static Launch launch(const QTemporaryDir &home, const QStringList &args)
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("MCPSCOPE_PALETTE"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(MCPSCOPE_GUI),
                  args + QStringList{QStringLiteral("--quit-after-first-paint")});
        if (!app.waitForFinished(60000))
            app.kill();
        return {app.exitCode(), app.readAllStandardOutput(), app.readAllStandardError()};
    }

    static QString storeIn(const QTemporaryDir &home)
    {
        return home.filePath(QStringLiteral("data/McpScope/captures.sqlite"));
    }

private Q_SLOTS:
    // No --store: the default store is made, owner-only, and the window
    // paints; a palette and a language named on the command line do not stop it.
    void makesTheDefaultStore()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Launch run = launch(home, {QStringLiteral("--palette"), QStringLiteral("dark"),
                                         QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("first-paint"), run.err.constData());
        const QFileInfo store(storeIn(home));
        QVERIFY2(store.isFile(), qPrintable(store.filePath()));
        QCOMPARE(store.permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        CaptureReader reader;
        QVERIFY(reader.open(store.filePath()));
        const auto sessions = reader.sessions();
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 0);
    }

    // A store where an earlier McpScope kept it is moved, with what it holds.
    void movesTheLegacyStore()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString legacy =
            home.filePath(QStringLiteral("data/McpScope/McpScope/captures.sqlite"));
        {
            CaptureStore old;
            QVERIFY(old.open(legacy));
            old.createSession(QStringLiteral("kept from before"), QStringLiteral("http://x/mcp"),
                              QStringLiteral("http"), 1000);
            old.flush();
        }
        QVERIFY(QFileInfo::exists(legacy));
        const Launch run = launch(home, {});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("first-paint"), run.err.constData());
        QVERIFY(!QFileInfo::exists(legacy));
        CaptureReader reader;
        QVERIFY(reader.open(storeIn(home)));
        const auto sessions = reader.sessions();
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->first().name, QStringLiteral("kept from before"));
    }
};

QTEST_GUILESS_MAIN(TestAppLaunch)
#include "tst_app_launch.moc"
