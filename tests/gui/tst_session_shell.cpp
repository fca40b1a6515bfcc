#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "node_peer.h"
#include "screenshots.h"
#include "session/mcp_session.h"
#include "session_ui.h"
#include "ui/main_window.h"
#include "ui/session/connection_info_tab.h"
#include "ui/session/history_tab.h"
#include "ui/session/mcp_session_view.h"
#include "ui/session/server_requests_tab.h"

#include <QApplication>
#include <QDialog>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace mcpscope;
using namespace mcpscope::testing;

// Issue 17, the session shell, driven as a user drives it against the real
// server-everything (Streamable HTTP): the instructions collapsed, the
// banner of a server request waiting, list_changed storms coalesced, the
// History tab (surviving a new session to the same server), Connection
// Info, the console's id as typed, and the error page of a failed connect.
class TestSessionShell : public QObject
{
    Q_OBJECT

    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
    }

    ConnectSettings settings(const QString &target) const
    {
        ConnectSettings s;
        s.kind = ConnectSettings::Kind::StreamableHttp;
        s.target = target;
        s.timeoutSeconds = 30;
        s.era = ProtocolEra::Legacy;
        return s;
    }

    // The stored messages of capture session id.
    QList<MessageRecord> messages(qint64 id)
    {
        m_store.flush();
        CaptureReader reader;
        if (!reader.open(m_store.path()))
            return {};
        return reader.messages(id).value_or(QList<MessageRecord>{});
    }

    int countMessages(qint64 id, bool outgoing, const QString &method)
    {
        int n = 0;
        for (const MessageRecord &m : messages(id))
            n += m.outgoing == outgoing && m.method == method;
        return n;
    }

    static QTabWidget *tabs(QWidget *view) { return child<QTabWidget>(view, "sessionTabs"); }

    // The README's picture (1280x800, light) and the four looks at it
    // (light and dark, 1024x700 and 1600x1000), with MCPSCOPE_SCREENSHOT_DIR.
    static void shots(QWidget *window, const QString &name)
    {
        if (qEnvironmentVariableIsEmpty("MCPSCOPE_SCREENSHOT_DIR"))
            return;
        snapAll(window, name);
        Theme::apply(Theme::Choice::Light);
        window->resize(1280, 800);
        snap(window, name);
        Theme::apply(Theme::Choice::System);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_session_shell"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("shell.sqlite"))));
        const QString why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // Instructions one line, collapsed; the roots/list server-everything
    // asks on connect announced by a banner that opens the queue; the five
    // tools/list_changed it sends at startup answered by one more list, not
    // five; Connection Info tells both sides' capabilities and what waits.
    void connectedSession()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        McpSessionView &view = *window.connectMcp(settings(url()));
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(&view) > 5, 15000);
        const qint64 id = view.session()->captureSessionId();

        auto *toggle = child<QToolButton>(&view, "instructionsToggle");
        auto *instructions = child<QTextBrowser>(&view, "instructions");
        QVERIFY(toggle && instructions);
        QVERIFY(toggle->isVisible());
        QVERIFY(toggle->text().startsWith(QStringLiteral("Server instructions: ")));
        QVERIFY(!instructions->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(instructions->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!instructions->isVisible());

        // The server's roots/list waits for the user: the banner says so.
        auto *banner = child<QFrame>(&view, "serverRequestBanner");
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QCOMPARE(child<QLabel>(&view, "serverRequestBannerText")->text(),
                 QStringLiteral("The server is waiting for your answer: roots/list"));
        auto *queue = view.findChild<ServerRequestsTab *>();
        QVERIFY(queue);
        QVERIFY(tabs(&view)->tabText(tabs(&view)->indexOf(queue)).contains(QStringLiteral("(1)")));
        QTest::mouseClick(child<QPushButton>(&view, "answerServerRequests"), Qt::LeftButton);
        QCOMPARE(tabs(&view)->currentWidget(), queue);

        // Connection Info, live.
        auto *info = view.findChild<ConnectionInfoTab *>();
        QVERIFY(info);
        showTab(&view, info);
        const QString text = child<QPlainTextEdit>(&view, "connectionInfo")->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Protocol version:   2025-")), qPrintable(text));
        QVERIFY2(text.contains(view.client()->sessionId()), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Server capabilities (as answered)")));
        QVERIFY(text.contains(QStringLiteral("Client capabilities (as sent)")));
        QVERIFY(text.contains(QStringLiteral("\"roots\"")));
        QVERIFY(text.contains(QStringLiteral("\"tools\"")));
        QVERIFY(text.contains(QStringLiteral("Everything")));
        QVERIFY2(text.contains(QStringLiteral("Server requests waiting for you: 1")),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("Streams:            the listening GET stream is open")),
            qPrintable(text));
        shots(&window, QStringLiteral("connection-info"));

        // The storm: server-everything sends tools/list_changed five times
        // at startup. Every one is stored; at most one list follows the
        // first (never one per notification).
        QTRY_VERIFY_WITH_TIMEOUT(
            countMessages(id, false, QStringLiteral("notifications/tools/list_changed")) >= 5,
            10000);
        QVERIFY(!QTest::qWaitFor(
            [&] { return countMessages(id, true, QStringLiteral("tools/list")) > 2; }, 1500));
        const int lists = countMessages(id, true, QStringLiteral("tools/list"));
        QVERIFY2(lists >= 1 && lists <= 2, qPrintable(QString::number(lists)));

        // A request in flight shows with its age: the queue's roots/list
        // pauses nothing of ours, so a slow tool is used.
        QVERIFY(selectTool(&view, QStringLiteral("trigger-long-running-operation")));
        setArguments(&view, QStringLiteral("{\"duration\": 3, \"steps\": 3}"));
        QSignalSpy finished(toolsTab(&view), &ToolsTab::toolCallFinished);
        callTool(&view);
        info->refresh();
        QVERIFY2(info->text().contains(QStringLiteral("tools/call  waiting")),
                 qPrintable(info->text()));
        QVERIFY(finished.wait(20000));
        info->refresh();
        QVERIFY(info->text().contains(QStringLiteral("Unanswered requests (0)")));
        view.client()->close();
    }

    // The History tab lists the calls of this session and, after a new
    // session to the same server (as after a restart), the earlier ones;
    // Open in form, Replay, Edit and replay, Show exchange.
    void historySurvivesANewSession()
    {
        qint64 firstSession = 0;
        {
            McpSessionView view(&m_store, nullptr, nullptr);
            view.show();
            view.connectTo(settings(url()));
            QTRY_VERIFY_WITH_TIMEOUT(toolCount(&view) > 5, 15000);
            firstSession = view.session()->captureSessionId();
            QVERIFY(selectTool(&view, QStringLiteral("echo")));
            setArguments(&view, QStringLiteral("{\"message\": \"remember me\"}"));
            QSignalSpy done(toolsTab(&view), &ToolsTab::toolCallFinished);
            callTool(&view);
            QVERIFY(done.wait(15000));
            auto *history = view.findChild<HistoryTab *>();
            QVERIFY(history);
            showTab(&view, history);
            auto *list = child<QTreeWidget>(&view, "historyList");
            QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() >= 1, 5000);
            QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("echo"));
            // "No answer" until the store has the answer, then OK.
            QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItem(0)->text(3), QStringLiteral("OK"), 5000);
            QVERIFY(list->topLevelItem(0)->text(2).contains(QStringLiteral("remember me")));
            QVERIFY(list->topLevelItem(0)->text(4).endsWith(QStringLiteral(" ms")));
            QCOMPARE(list->topLevelItem(0)->text(5), QStringLiteral("this session"));
            list->setCurrentItem(list->topLevelItem(0));
            QVERIFY(child<QPlainTextEdit>(&view, "historyAnswer")
                        ->toPlainText()
                        .contains(QStringLiteral("Echo: remember me")));
            QSignalSpy closed(view.session(), &McpSession::closed);
            view.session()->close();
            QVERIFY(closed.wait(10000));
        }

        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        McpSessionView &view = *window.connectMcp(settings(url()));
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(&view) > 5, 15000);
        auto *history = view.findChild<HistoryTab *>();
        showTab(&view, history);
        auto *list = child<QTreeWidget>(&view, "historyList");
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() >= 1, 5000);
        int earlier = -1;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            if (list->topLevelItem(row)->text(5) ==
                    QStringLiteral("session %1").arg(firstSession) &&
                list->topLevelItem(row)->text(2).contains(QStringLiteral("remember me")))
                earlier = row;
        QVERIFY(earlier >= 0);
        list->setCurrentItem(list->topLevelItem(earlier));

        // Show exchange: the log is asked for the exchange that carried it.
        QSignalSpy exchanges(&view, &McpSessionView::exchangesRequested);
        QTest::mouseClick(child<QPushButton>(&view, "historyShowExchange"), Qt::LeftButton);
        QCOMPARE(exchanges.size(), 1);
        QVERIFY(!exchanges.first().first().value<QList<qint64>>().isEmpty());

        // Replay: sent again through this session; it appears as made.
        const int before = list->topLevelItemCount();
        QTest::mouseClick(child<QPushButton>(&view, "historyReplay"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() == before + 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItem(0)->text(3), QStringLiteral("OK"), 10000);
        QCOMPARE(list->topLevelItem(0)->text(5), QStringLiteral("this session"));
        QVERIFY(list->topLevelItem(0)->text(2).contains(QStringLiteral("remember me")));

        // Edit and replay: the arguments in an editor first.
        list->setCurrentItem(list->topLevelItem(0));
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QDialog *>(w);
                if (!dialog || dialog->objectName() != u"historyEditDialog")
                    continue;
                dialog->findChild<QPlainTextEdit *>(QStringLiteral("historyEditArguments"))
                    ->setPlainText(QStringLiteral("{\"message\": \"edited\"}"));
                dialog->accept();
            }
        });
        QTest::mouseClick(child<QPushButton>(&view, "historyEditReplay"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() == before + 2, 10000);
        QVERIFY(list->topLevelItem(0)->text(2).contains(QStringLiteral("edited")));
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItem(0)->text(3), QStringLiteral("OK"), 10000);
        centralTabs(window)->setCurrentWidget(&view); // back from the log
        showTab(&view, history);
        shots(&window, QStringLiteral("history"));

        // Open in form: the Tools tab, with the tool and its arguments.
        // (the first session's echo call: the list also holds the earlier
        // test's calls to the same server)
        QTreeWidgetItem *first = nullptr;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            if (list->topLevelItem(row)->text(5) == QStringLiteral("session %1").arg(firstSession))
                first = list->topLevelItem(row);
        QVERIFY(first);
        list->setCurrentItem(first);
        QTest::mouseClick(child<QPushButton>(&view, "historyOpen"), Qt::LeftButton);
        QCOMPARE(tabs(&view)->currentWidget(), toolsTab(&view));
        QTRY_VERIFY_WITH_TIMEOUT(argumentsText(&view).contains(QStringLiteral("remember me")),
                                 5000);
        view.client()->close();
    }

    // The console sends the id the user typed, and shows what went.
    void consoleSendsTheTypedId()
    {
        McpSessionView view(&m_store, nullptr, nullptr);
        view.show();
        view.connectTo(settings(url()));
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(&view) > 5, 15000);
        QSignalSpy replied(view.findChild<ConsoleTab *>(), &ConsoleTab::replied);
        QVERIFY(sendConsole(
            &view, QStringLiteral("{\"jsonrpc\": \"2.0\", \"id\": 77, \"method\": \"ping\"}")));
        QVERIFY(replied.wait(10000));
        const QString output = child<QPlainTextEdit>(&view, "consoleOutput")->toPlainText();
        QVERIFY2(output.contains(QStringLiteral("\"id\": 77")), qPrintable(output));
        int pings = 0;
        for (const MessageRecord &m : messages(view.session()->captureSessionId()))
            pings += m.outgoing && m.method == u"ping" && m.rpcId == u"77";
        QCOMPARE(pings, 1);
        view.client()->close();
    }

    // A connect that fails (a typo'd path) leaves an error page: the cause
    // (both transports' refusals), Retry, Edit connection, the exchanges.
    void failedConnectShowsAnErrorPage()
    {
        McpSessionView view(&m_store, nullptr, nullptr);
        view.show();
        ConnectSettings typo =
            settings(url().replace(QStringLiteral("/mcp"), QStringLiteral("/mpc")));
        typo.kind = ConnectSettings::Kind::Auto;
        view.connectTo(typo);
        auto *pages = child<QStackedWidget>(&view, "sessionPages");
        QVERIFY(pages);
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(),
                                  QStringLiteral("connectFailedPage"), 15000);
        const QString cause = child<QLabel>(&view, "connectFailedCause")->text();
        QVERIFY2(cause.contains(QStringLiteral("Streamable HTTP was refused")) &&
                     cause.contains(QStringLiteral("HTTP+SSE fallback failed too")),
                 qPrintable(cause));
        QVERIFY(!tabs(&view)->isVisible());
        QSignalSpy exchanges(&view, &McpSessionView::exchangesRequested);
        QTest::mouseClick(child<QPushButton>(&view, "connectShowExchanges"), Qt::LeftButton);
        QCOMPARE(exchanges.size(), 1);
        QVERIFY(exchanges.first().first().value<QList<qint64>>().size() >= 2);
        QSignalSpy edit(&view, &McpSessionView::editConnectionRequested);
        QTest::mouseClick(child<QPushButton>(&view, "connectEdit"), Qt::LeftButton);
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.first().first().value<ConnectSettings>().target, typo.target);
        auto *retry = child<QPushButton>(&view, "connectRetry");
        QVERIFY(retry->isEnabled());
        QSignalSpy failed(view.client(), &McpClient::failed);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(failed.wait(15000));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("connectFailedPage"));
        for (QLabel *label : view.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything;
};

QTEST_MAIN(TestSessionShell)
#include "tst_session_shell.moc"
