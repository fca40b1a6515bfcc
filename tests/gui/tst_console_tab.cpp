#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "gui_test_settings.h"
#include "node_peer.h"
#include "session/mcp_session.h"
#include "session_ui.h"
#include "ui/session/console_tab.h"
#include "ui/session/mcp_session_view.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The raw JSON-RPC console against server-everything, as a user types in
// it: what it refuses to send (not JSON, no method, params not an object),
// a notification (sent, no answer awaited), a request and its answer or
// error, Ctrl+Return, and the history (newest first, no repeats, picked
// back into the editor).
class TestConsoleTab : public QObject
{
    Q_OBJECT

    QString output() const { return child<QPlainTextEdit>(m_view, "consoleOutput")->toPlainText(); }

    // The messages we sent in this session.
    QList<MessageRecord> sent()
    {
        m_store.flush();
        CaptureReader reader;
        if (!reader.open(m_store.path()))
            return {};
        QList<MessageRecord> out;
        for (const MessageRecord &m : reader.messages(m_view->session()->captureSessionId())
                                          .value_or(QList<MessageRecord>{}))
            if (m.outgoing)
                out << m;
        return out;
    }

    int sentCount(const QString &method)
    {
        int n = 0;
        for (const MessageRecord &m : sent())
            n += m.method == method;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_console_tab"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("console.sqlite"))));
        const QString why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_view = new McpSessionView(&m_store, nullptr, nullptr);
        m_view->resize(1000, 700);
        m_view->show();
        ConnectSettings s;
        s.kind = ConnectSettings::Kind::StreamableHttp;
        s.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        s.timeoutSeconds = 30;
        s.era = ProtocolEra::Legacy;
        m_view->connectTo(s);
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(m_view) > 5, 15000);
        m_console = m_view->findChild<ConsoleTab *>();
        QVERIFY(m_console);
        showTab(m_view, m_console);
    }

    void cleanupTestCase()
    {
        if (m_view)
            m_view->client()->close();
        delete m_view;
    }

    void refusesWhatIsNotARequest_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("said");
        const QString noMethod =
            QStringLiteral("// Not sent: write a JSON-RPC request or notification with a method.");
        QTest::newRow("not JSON") << QStringLiteral("{\"jsonrpc\": \"2.0\", \"id\": 1,")
                                  << noMethod;
        QTest::newRow("no method")
            << QStringLiteral("{\"jsonrpc\": \"2.0\", \"id\": 1}") << noMethod;
        QTest::newRow("params array")
            << QStringLiteral("{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": \"tools/list\", "
                              "\"params\": [1]}")
            << QStringLiteral("// Not sent: params must be a JSON object.");
    }

    void refusesWhatIsNotARequest()
    {
        QFETCH(QString, typed);
        QFETCH(QString, said);
        const int lists = sentCount(QStringLiteral("tools/list"));
        child<QPlainTextEdit>(m_view, "consoleOutput")->clear();
        QVERIFY(sendConsole(m_view, typed));
        QCOMPARE(output(), said);
        QCOMPARE(sentCount(QStringLiteral("tools/list")), lists);
    }

    // A notification goes as typed; nothing is awaited.
    void notificationIsSent()
    {
        child<QPlainTextEdit>(m_view, "consoleOutput")->clear();
        const QString method = QStringLiteral("notifications/roots/list_changed");
        QVERIFY(sendConsole(
            m_view, QStringLiteral("{\"jsonrpc\": \"2.0\", \"method\": \"%1\"}").arg(method)));
        QVERIFY2(output().startsWith(QStringLiteral("→ {")), qPrintable(output()));
        QVERIFY2(output().contains(method), qPrintable(output()));
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(method), 1, 10000);
    }

    // A request's answer, and the server's error for a method it lacks.
    void requestAndError()
    {
        QSignalSpy replied(m_console, &ConsoleTab::replied);
        child<QPlainTextEdit>(m_view, "consoleOutput")->clear();
        QVERIFY(
            sendConsole(m_view, QStringLiteral("{\"jsonrpc\": \"2.0\", \"id\": \"p-1\", "
                                               "\"method\": \"prompts/list\", \"params\": {}}")));
        QVERIFY(replied.wait(10000));
        QVERIFY2(output().startsWith(QStringLiteral("→ {")), qPrintable(output()));
        QVERIFY2(output().contains(QStringLiteral("\"id\": \"p-1\"")), qPrintable(output()));
        QVERIFY2(output().contains(QStringLiteral("← {")), qPrintable(output()));
        QVERIFY2(output().contains(QStringLiteral("\"prompts\": [")), qPrintable(output()));

        replied.clear();
        child<QPlainTextEdit>(m_view, "consoleOutput")->clear();
        QVERIFY(sendConsole(m_view, QStringLiteral("{\"jsonrpc\": \"2.0\", \"id\": 9, "
                                                   "\"method\": \"no/such/method\"}")));
        QVERIFY(replied.wait(10000));
        const QStringList lines = output().split(QLatin1Char('\n'));
        QVERIFY2(lines.last().startsWith(QStringLiteral("← ")), qPrintable(output()));
        QVERIFY2(lines.last().contains(QStringLiteral("Method not found")), qPrintable(output()));
        QCOMPARE(sentCount(QStringLiteral("no/such/method")), 1);
    }

    // Ctrl+Return in the editor sends.
    void ctrlReturnSends()
    {
        QSignalSpy replied(m_console, &ConsoleTab::replied);
        auto *input = child<QPlainTextEdit>(m_view, "consoleInput");
        input->setPlainText(
            QStringLiteral("{\"jsonrpc\": \"2.0\", \"id\": 31, \"method\": \"ping\"}"));
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view));
        input->setFocus();
        QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(replied.wait(10000));
        QVERIFY2(output().contains(QStringLiteral("\"id\": 31")), qPrintable(output()));
    }

    // The history: newest first, a message sent again moves up, a pick
    // puts it back in the editor and the box shows its title again.
    void historyRecallsMessages()
    {
        auto *history = child<QComboBox>(m_view, "consoleHistory");
        auto *input = child<QPlainTextEdit>(m_view, "consoleInput");
        const QString ping =
            QStringLiteral("{\"jsonrpc\": \"2.0\", \"id\": 31, \"method\": \"ping\"}");
        QSignalSpy replied(m_console, &ConsoleTab::replied);
        QVERIFY(sendConsole(m_view, ping));
        QVERIFY(replied.wait(10000));
        // The most recent first.
        QCOMPARE(history->itemData(1).toString(), ping);
        const int before = consoleHistoryCount(m_view);
        const QString list =
            QStringLiteral("{\"jsonrpc\": \"2.0\", \"id\": 40, \"method\": \"tools/list\"}");
        QVERIFY(sendConsole(m_view, list));
        QVERIFY(replied.wait(10000));
        QCOMPARE(consoleHistoryCount(m_view), before + 1);
        QCOMPARE(history->itemData(1).toString(), list);
        QCOMPARE(history->itemText(1),
                 QStringLiteral("{\"id\":40,\"jsonrpc\":\"2.0\",\"method\":\"tools/list\"}"));
        // The ping again: moved to the top, not repeated.
        QVERIFY(sendConsole(m_view, ping));
        QVERIFY(replied.wait(10000));
        QCOMPARE(consoleHistoryCount(m_view), before + 1);
        QCOMPARE(history->itemData(1).toString(), ping);
        QCOMPARE(history->itemData(2).toString(), list);

        // Picking an entry (the keyboard, as a user does) fills the editor.
        input->setPlainText(QString());
        history->setFocus();
        history->setCurrentIndex(1);
        QTest::keyClick(history, Qt::Key_Down); // activates entry 2
        QCOMPARE(input->toPlainText(), list);
        QCOMPARE(history->currentIndex(), 0);
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything;
    McpSessionView *m_view = nullptr;
    ConsoleTab *m_console = nullptr;
};

QTEST_MAIN(TestConsoleTab)
#include "tst_console_tab.moc"
