#include "capture/capture_store.h"
#include "gui_test_settings.h"
#include "node_peer.h"
#include "session/mcp_session.h"
#include "session_ui.h"
#include "ui/session/mcp_session_view.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace mcpscope;
using namespace mcpscope::testing;

// A session over stdio, as the Connect dialog starts it: server-everything
// run as a command with extra environment, its stderr in the Notifications
// tab, the environment reaching the server; then the server process dies,
// the header says so and Reconnect starts a new process and session.
class TestStdioSession : public QObject
{
    Q_OBJECT

    static QString script()
    {
        return peersDir() +
               QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
    }

    // The processes this test started (directly or through the session)
    // whose command line holds script().
    static QList<qint64> serverProcesses()
    {
        QList<qint64> pids;
        const QString self = QString::number(QCoreApplication::applicationPid());
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            if (!isPid)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
            if (!stat.open(QIODevice::ReadOnly) || !cmdline.open(QIODevice::ReadOnly))
                continue;
            // pid (comm) state ppid …: the fields after the last ')'.
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1 && QString::fromLatin1(fields.at(1)) == self &&
                cmdline.readAll().contains(script().toUtf8()))
                pids << pid;
        }
        return pids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_stdio_session"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("stdio.sqlite"))));
        QVERIFY2(QFile::exists(script()), qPrintable(script()));
    }

    void stdioSessionReconnectsAfterTheServerDies()
    {
        ConnectSettings settings;
        settings.kind = ConnectSettings::Kind::Stdio;
        settings.target = QStringLiteral("\"%1\" \"%2\" stdio").arg(nodeBinary(), script());
        settings.environment = {QStringLiteral("MCPSCOPE_STDIO_PROBE=probe-42")};
        settings.timeoutSeconds = 60;
        settings.era = ProtocolEra::Legacy;

        McpSessionView view(&m_store, nullptr, nullptr);
        view.resize(1100, 700);
        view.show();
        view.connectTo(settings);
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(&view) > 5, 60000);
        auto *reconnect = child<QPushButton>(&view, "reconnect");
        QVERIFY(reconnect);
        QVERIFY(!reconnect->isVisible());
        QVERIFY2(headerText(&view).contains(QStringLiteral(" · Legacy · protocol ")),
                 qPrintable(headerText(&view)));
        QVERIFY2(headerText(&view).contains(QStringLiteral(" · stdio · capabilities: ")),
                 qPrintable(headerText(&view)));
        // The server's stderr, line by line.
        QTRY_VERIFY_WITH_TIMEOUT(notificationsText(&view).contains(QStringLiteral(
                                     "server stderr: Starting default (STDIO) server")),
                                 10000);

        // The environment from the dialog reached the server.
        QVERIFY(selectTool(&view, QStringLiteral("get-env")));
        setArguments(&view, QStringLiteral("{}"));
        QSignalSpy env(toolsTab(&view), &ToolsTab::toolCallFinished);
        callTool(&view);
        QVERIFY(env.wait(20000));
        QVERIFY2(resultText(&view).contains(QStringLiteral("MCPSCOPE_STDIO_PROBE")),
                 qPrintable(resultText(&view).left(500)));
        QVERIFY(resultText(&view).contains(QStringLiteral("probe-42")));

        // The server process dies: the header says so, Reconnect shows; the
        // tabs stay (it worked once), not the failed-connect page.
        const QList<qint64> first = serverProcesses();
        QCOMPARE(first.size(), 1);
        QCOMPARE(::kill(pid_t(first.first()), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(headerText(&view).startsWith(QStringLiteral("Not connected: ")),
                                 10000);
        QVERIFY2(headerText(&view).contains(QStringLiteral("crashed")),
                 qPrintable(headerText(&view)));
        QTRY_VERIFY(reconnect->isVisible());
        QVERIFY(notificationsText(&view).contains(QStringLiteral("session: The server process")));
        QVERIFY(child<QWidget>(&view, "sessionTabs")->isVisible());

        // Reconnect: a new process, a new session, the tools again.
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QVERIFY(!reconnect->isVisible());
        QVERIFY2(headerText(&view).startsWith(QStringLiteral("Reconnecting to ")),
                 qPrintable(headerText(&view)));
        QTRY_VERIFY_WITH_TIMEOUT(headerText(&view).contains(QStringLiteral(" · stdio · ")), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(&view) > 5, 30000);
        const QList<qint64> second = serverProcesses();
        QCOMPARE(second.size(), 1);
        QVERIFY(second.first() != first.first());
        QVERIFY(view.client()->isConnected());

        view.client()->close();
        QTRY_VERIFY_WITH_TIMEOUT(serverProcesses().isEmpty(), 15000);
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
};

QTEST_MAIN(TestStdioSession)
#include "tst_stdio_session.moc"
