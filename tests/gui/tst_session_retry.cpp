#include "capture/capture_store.h"
#include "gui_test_settings.h"
#include "node_peer.h"
#include "session_ui.h"
#include "ui/main_window.h"
#include "ui/session/mcp_session_view.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// A rate-limited tool call in the session view: the server's words, then
// Call becomes "Retry in N s" until the Retry-After delay has passed, and
// Retry sends it again (tests/peers/servers/bad_mcp_server.mjs limits the
// first call only).
class TestSessionRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_session_retry"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("gui.sqlite"))));
    }

    void retryAfterRateLimit()
    {
        NodePeer server;
        QProcessEnvironment env;
        env.insert(QStringLiteral("RATE_LIMIT_TIMES"), QStringLiteral("1"));
        const QString why = server.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {}, env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        MainWindow window(&m_store);
        window.show();
        McpSessionView *view = window.connectMcp(
            {ConnectSettings::Kind::StreamableHttp,
             QStringLiteral("http://127.0.0.1:%1/rate-limit/mcp").arg(server.port()),
             30,
             {},
             {}});
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(view) == 1, 15000);
        QVERIFY(selectTool(view, QStringLiteral("echo")));
        setArguments(view, QStringLiteral("{\"message\": \"again\"}"));
        auto *call = view->findChild<QPushButton *>(QStringLiteral("callTool"));
        QVERIFY(call);
        QSignalSpy done(toolsTab(view), &ToolsTab::toolCallFinished);
        call->click();
        QVERIFY(done.wait(15000));
        QVERIFY2(resultText(view).contains(QStringLiteral("HTTP 429 Too Many Requests")),
                 qPrintable(resultText(view)));
        QVERIFY2(resultText(view).contains(QStringLiteral("wait 1 s")),
                 qPrintable(resultText(view)));
        QCOMPARE(call->text(), QStringLiteral("Retry in 1 s"));
        QVERIFY(!call->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(call->text(), QStringLiteral("Retry"), 5000);
        QVERIFY(call->isEnabled());
        call->click();
        QVERIFY(done.wait(15000));
        QVERIFY2(resultText(view).contains(QStringLiteral("Echo: again")),
                 qPrintable(resultText(view)));
        QCOMPARE(call->text(), QStringLiteral("Call"));
        view->client()->close();
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
};

QTEST_MAIN(TestSessionRetry)
#include "tst_session_retry.moc"
