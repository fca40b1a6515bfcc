#include "capture/capture_store.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "models/session_list_model.h"
#include "node_peer.h"
#include "replay/mock_server.h"
#include "screenshots.h"
#include "session/mcp_session.h"
#include "session_ui.h"
#include "ui/common/theme.h"
#include "ui/main_window.h"
#include "ui/replay/diff_view.h"
#include "ui/replay/interface_diff_view.h"
#include "ui/replay/mock_panel.h"
#include "ui/replay/regression_run_view.h"
#include "ui/session/mcp_session_view.h"
#include "ui/session/tools_tab.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace mcpscope;
using namespace mcpscope::testing;

// The sessions sidebar's replay actions, driven as a user would against real
// servers: a session recorded through a session tab (echo, then get-env,
// whose text names the server's port and so differs between two
// server-everything instances) is run again against a fresh instance, its
// interface compared, and served as a mock a session tab connects to.
class TestRegressionRun : public QObject
{
    Q_OBJECT

    static QString everythingScript()
    {
        return peersDir() +
               QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
    }

    // Calls a tool through a session tab; false when it did not answer.
    static bool call(McpSessionView *view, const QString &tool, const QString &arguments)
    {
        if (!selectTool(view, tool))
            return false;
        setArguments(view, arguments);
        QSignalSpy done(toolsTab(view), &ToolsTab::toolCallFinished);
        callTool(view);
        return done.wait(15000);
    }

    // Connects a session tab to url and waits for its tool list.
    static McpSessionView *connectTab(MainWindow &window, const QString &url, int minTools)
    {
        ConnectSettings settings;
        settings.kind = ConnectSettings::Kind::StreamableHttp;
        settings.target = url;
        settings.timeoutSeconds = 30;
        McpSessionView *view = window.connectMcp(settings);
        if (!QTest::qWaitFor([&] { return toolCount(view) >= minTools; }, 20000))
            return nullptr;
        return view;
    }

    // Closes a session tab and waits until its capture session has ended.
    static void closeTab(MainWindow &window, McpSessionView *view)
    {
        QSignalSpy closed(view->session(), &McpSession::closed);
        Q_EMIT centralTabs(window)->tabCloseRequested(centralTabs(window)->indexOf(view));
        closed.wait(10000);
    }

    // The sidebar's menu for a session, as its context menu shows it.
    static QAction *sessionAction(MainWindow &window, qint64 sessionId, const char *name,
                                  std::unique_ptr<QMenu> &menu)
    {
        menu.reset(window.sessionMenu(sessionId));
        return menu->findChild<QAction *>(QLatin1String(name));
    }

    static QString cell(QTableWidget *table, int row, int column)
    {
        QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }
    static int rowOf(QTableWidget *table, const QString &name)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (cell(table, row, RegressionRunView::Name) == name)
                return row;
        return -1;
    }
    static QStringList changePointers(DiffView *view)
    {
        QStringList out;
        auto *list = view->findChild<QTreeView *>(QStringLiteral("changeList"));
        for (int row = 0; list && row < list->model()->rowCount(); ++row)
            out << list->model()->index(row, 0).data().toString();
        return out;
    }
    static bool runAndWait(RegressionRunView *view)
    {
        QSignalSpy finished(view, &RegressionRunView::runFinished);
        auto *run = view->findChild<QPushButton *>(QStringLiteral("runButton"));
        if (!run || !run->isEnabled())
            return false;
        run->click();
        return finished.wait(60000);
    }
    static QStringList interfaceRows(InterfaceDiffView *view)
    {
        QStringList out;
        auto *tree = view->findChild<QTreeWidget *>(QStringLiteral("interfaceChanges"));
        for (int g = 0; tree && g < tree->topLevelItemCount(); ++g)
            for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c) {
                QTreeWidgetItem *item = tree->topLevelItem(g)->child(c);
                out << item->text(InterfaceDiffView::Key) + QLatin1Char(' ') +
                           item->text(InterfaceDiffView::Kind);
            }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_regression_run"));
        QSettings().remove(QStringLiteral("diff"));
        // get-env shows the servers' environment, which is this test's:
        // screenshots for the README show a short one.
        if (!qEnvironmentVariableIsEmpty("MCPSCOPE_SCREENSHOT_DIR"))
            for (const QString &name : QProcessEnvironment::systemEnvironment().keys())
                if (!QRegularExpression(QStringLiteral("^(PATH|HOME|LANG|TMPDIR|QT_.*|MCPSCOPE_.*|"
                                                       "NODE.*|XDG_RUNTIME_DIR)$"))
                         .match(name)
                         .hasMatch())
                    qunsetenv(name.toLocal8Bit().constData());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("run.sqlite"))));
        if (m_english.load(QStringLiteral(MCPSCOPE_QM_DIR "/mcpscope_en.qm")))
            QCoreApplication::installTranslator(&m_english);
        m_window = std::make_unique<MainWindow>(&m_store);
        m_window->resize(1280, 800);
        m_window->show();

        // Recorded against one server-everything, through a session tab.
        NodePeer recorded;
        const QString why = recorded.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        McpSessionView *view = connectTab(
            *m_window, QStringLiteral("http://127.0.0.1:%1/mcp").arg(recorded.port()), 5);
        QVERIFY(view);
        QVERIFY(call(view, QStringLiteral("echo"), QStringLiteral("{\"message\": \"hello\"}")));
        QVERIFY(resultText(view).contains(QStringLiteral("Echo: hello")));
        QVERIFY(call(view, QStringLiteral("get-env"), QStringLiteral("{}")));
        m_recorded = view->session()->captureSessionId();
        QVERIFY(m_recorded > 0);
        closeTab(*m_window, view);

        // Another server: tools echo, b, c, d, e.
        NodePeer mini;
        const QString miniWhy = mini.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/support/mini_mcp_server.mjs"), {});
        QVERIFY2(miniWhy.isEmpty(), qPrintable(miniWhy));
        McpSessionView *other =
            connectTab(*m_window, QStringLiteral("http://127.0.0.1:%1/mcp").arg(mini.port()), 5);
        QVERIFY(other);
        m_other = other->session()->captureSessionId();
        closeTab(*m_window, other);
        m_store.flush();

        const QString fresh = m_fresh.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(fresh.isEmpty(), qPrintable(fresh));
        m_freshUrl = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_fresh.port());
        // The sidebar lists both sessions.
        auto *sessions = m_window->findChild<QListView *>(QStringLiteral("sessionList"));
        QVERIFY(sessions);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int found = 0;
                for (int row = 0; row < sessions->model()->rowCount(); ++row) {
                    const qint64 id = sessions->model()
                                          ->index(row, 0)
                                          .data(SessionListModel::SessionIdRole)
                                          .toLongLong();
                    found += id == m_recorded || id == m_other;
                }
                return found == 2;
            }(),
            10000);
    }

    void cleanupTestCase()
    {
        if (m_window) {
            m_window->close();
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 15000);
            m_window.reset();
        }
    }

    void sessionMenuOffersTheReplayActions()
    {
        std::unique_ptr<QMenu> menu;
        for (const char *name : {"regressionRunAction", "compareInterfaceAction",
                                 "mockSessionAction", "copySessionIdAction"})
            QVERIFY2(sessionAction(*m_window, m_recorded, name, menu), name);
        sessionAction(*m_window, m_recorded, "copySessionIdAction", menu)->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QString::number(m_recorded));
    }

    // Without rules for it, get-env's text differs at /content/0/text; echo
    // is the same; the totals count the rows.
    void regressionRunShowsWhatChanged()
    {
        QSettings().remove(QStringLiteral("diff"));
        std::unique_ptr<QMenu> menu;
        sessionAction(*m_window, m_recorded, "regressionRunAction", menu)->trigger();
        auto *view = qobject_cast<RegressionRunView *>(centralTabs(*m_window)->currentWidget());
        QVERIFY(view);
        auto *target = view->findChild<QLineEdit *>(QStringLiteral("runTarget"));
        QVERIFY(target->text().startsWith(QStringLiteral("http://127.0.0.1:")));
        view->setTarget(m_freshUrl, false);
        QVERIFY(runAndWait(view));
        auto *table = view->findChild<QTableWidget *>(QStringLiteral("runCalls"));
        QCOMPARE(table->rowCount(), view->recorded().requestCount());
        const int echo = rowOf(table, QStringLiteral("echo"));
        const int env = rowOf(table, QStringLiteral("get-env"));
        QVERIFY(echo >= 0 && env >= 0);
        QCOMPARE(cell(table, echo, RegressionRunView::State), QStringLiteral("Same"));
        QCOMPARE(cell(table, env, RegressionRunView::State), QStringLiteral("Changed"));
        QVERIFY(cell(table, env, RegressionRunView::Changes).toInt() >= 1);
        int same = 0, changed = 0, failed = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString state = cell(table, row, RegressionRunView::State);
            same += state == u"Same";
            changed += state == u"Changed";
            failed += state == u"Failed";
        }
        QCOMPARE(failed, 0);
        auto *totals = view->findChild<QLabel *>(QStringLiteral("runTotals"));
        QCOMPARE(totals->text(),
                 QStringLiteral("%1 same, %2 changed, 0 failed").arg(same).arg(changed));
        QCOMPARE(view->report().changed, changed);

        // The first changed call is selected as it comes; its diff shows the
        // recorded answer against the replayed one. Echo's shows no change.
        QCOMPARE(table->currentRow(), env);
        QTRY_VERIFY_WITH_TIMEOUT(
            changePointers(view->diffView()).contains(QStringLiteral("/content/0/text")), 10000);
        table->selectRow(echo);
        QTRY_VERIFY_WITH_TIMEOUT(changePointers(view->diffView()).isEmpty(), 10000);
        table->selectRow(env);
        QTRY_VERIFY_WITH_TIMEOUT(
            changePointers(view->diffView()).contains(QStringLiteral("/content/0/text")), 10000);
        snapAll(m_window.get(), QStringLiteral("regression-run"));

        // A rule for the varying member, added in the diff view, quiets it
        // on the next run.
        auto *input = view->diffView()->findChild<QLineEdit *>(QStringLiteral("ignoreRuleInput"));
        auto *add = view->diffView()->findChild<QPushButton *>(QStringLiteral("addIgnoreRule"));
        QVERIFY(input && add);
        input->setText(QStringLiteral("/content/0/text"));
        add->click();
        QVERIFY(view->diffView()->ignoreRules().toStringList().contains(
            QStringLiteral("/content/0/text")));
        QVERIFY(runAndWait(view));
        QCOMPARE(table->rowCount(), view->recorded().requestCount());
        QCOMPARE(cell(table, rowOf(table, QStringLiteral("get-env")), RegressionRunView::State),
                 QStringLiteral("Same"));
        // Everything else is the same, but for one race of the peer's: server-
        // everything registers some tools after initialize and says so with
        // list_changed, so a tools/list sent right after initialize (as the
        // recording's first one was) lists them or not by timing. Only that
        // row may differ, and the totals must say exactly what the rows say.
        int sameAgain = 0, changedAgain = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString state = cell(table, row, RegressionRunView::State);
            const QString method = cell(table, row, RegressionRunView::Method);
            QVERIFY2(state == u"Same" || (state == u"Changed" && method == u"tools/list"),
                     qPrintable(method + QLatin1Char(' ') + state));
            sameAgain += state == u"Same";
            changedAgain += state == u"Changed";
        }
        QVERIFY(changedAgain <= 1);
        QCOMPARE(totals->text(),
                 QStringLiteral("%1 same, %2 changed, 0 failed").arg(sameAgain).arg(changedAgain));
        // Saved where every diff view reads them.
        QVERIFY(QSettings()
                    .value(DiffView::rulesSettingsKey())
                    .toStringList()
                    .contains(QStringLiteral("/content/0/text")));
        QSettings().remove(QStringLiteral("diff"));
    }

    // Stop ends a run early; Run Again starts over.
    void regressionRunStopsAndRunsAgain()
    {
        QSettings().remove(QStringLiteral("diff"));
        RegressionRunView *view = m_window->openRegressionRun(m_recorded);
        view->setTarget(m_freshUrl, false);
        auto *run = view->findChild<QPushButton *>(QStringLiteral("runButton"));
        auto *stop = view->findChild<QPushButton *>(QStringLiteral("stopButton"));
        QVERIFY(!stop->isEnabled());
        QSignalSpy finished(view, &RegressionRunView::runFinished);
        run->click();
        QVERIFY(view->isRunning());
        QVERIFY(stop->isEnabled() && !run->isEnabled());
        stop->click();
        QVERIFY(finished.wait(15000));
        QVERIFY(!view->isRunning());
        auto *status = view->findChild<QLabel *>(QStringLiteral("runStatus"));
        QVERIFY2(status->text().startsWith(QStringLiteral("Stopped after")),
                 qPrintable(status->text()));
        QVERIFY(view->report().calls.size() < view->recorded().requestCount());
        QCOMPARE(run->text(), QStringLiteral("&Run Again"));
        QVERIFY(runAndWait(view));
        QCOMPARE(view->report().calls.size(), view->recorded().requestCount());
        QCOMPARE(view->report().failed, 0);
    }

    // A server that is gone: the run says so and ends.
    void regressionRunAgainstAGoneServerFails()
    {
        RegressionRunView *view = m_window->openRegressionRun(m_recorded);
        view->setTarget(QStringLiteral("http://127.0.0.1:9/mcp"), false);
        QVERIFY(runAndWait(view));
        auto *status = view->findChild<QLabel *>(QStringLiteral("runStatus"));
        QVERIFY2(status->text().startsWith(QStringLiteral("The run failed:")),
                 qPrintable(status->text()));
        // And an unknown session cannot be run.
        RegressionRunView *unknown = m_window->openRegressionRun(987654);
        QVERIFY(!unknown->findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        QVERIFY(unknown->findChild<QLabel *>(QStringLiteral("runStatus"))
                    ->text()
                    .startsWith(QStringLiteral("Cannot run session 987654")));
    }

    void interfaceOfAServerAgainstItselfHasNoChanges()
    {
        InterfaceDiffView *view = m_window->openInterfaceDiff(
            InterfaceSource::recorded(QStringLiteral("recorded"), m_store.path(), m_recorded),
            InterfaceSource::liveServer(m_freshUrl, false));
        QSignalSpy compared(view, &InterfaceDiffView::compared);
        QVERIFY(view->isDone() || compared.wait(30000));
        QVERIFY2(view->failure().isEmpty(), qPrintable(view->failure()));
        QVERIFY2(view->diff().isSame(), qPrintable(interfaceRows(view).join(QLatin1Char(','))));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("interfaceSummary"))
                    ->text()
                    .startsWith(QStringLiteral("No changes")));
    }

    void interfaceOfAnotherServerNamesTheTools()
    {
        InterfaceDiffView *view = m_window->openInterfaceDiff(
            InterfaceSource::recorded(QStringLiteral("everything"), m_store.path(), m_recorded),
            InterfaceSource::recorded(QStringLiteral("mini"), m_store.path(), m_other));
        QSignalSpy compared(view, &InterfaceDiffView::compared);
        QVERIFY(view->isDone() || compared.wait(30000));
        QVERIFY2(view->failure().isEmpty(), qPrintable(view->failure()));
        const QStringList rows = interfaceRows(view);
        QVERIFY2(rows.contains(QStringLiteral("get-env removed")),
                 qPrintable(rows.join(QLatin1Char(','))));
        QVERIFY2(rows.contains(QStringLiteral("b added")), qPrintable(rows.join(QLatin1Char(','))));
        // echo is in both and differs inside (its description, its schema):
        // selecting a change shows both versions of the tool.
        auto *tree = view->findChild<QTreeWidget *>(QStringLiteral("interfaceChanges"));
        QTreeWidgetItem *echo = nullptr;
        for (int g = 0; !echo && g < tree->topLevelItemCount(); ++g)
            for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c)
                if (tree->topLevelItem(g)->child(c)->text(0) == u"echo") {
                    echo = tree->topLevelItem(g)->child(c);
                    break;
                }
        QVERIFY(echo);
        QVERIFY(!echo->text(InterfaceDiffView::Pointer).isEmpty());
        QSignalSpy itemCompared(view->itemDiff(), &DiffView::compared);
        tree->setCurrentItem(echo);
        QVERIFY(itemCompared.wait(10000));
        QVERIFY(!changePointers(view->itemDiff()).isEmpty());
        snapAll(m_window.get(), QStringLiteral("interface-diff"));
    }

    // The mock answers a session tab's echo with the recorded result.
    void mockServesTheRecordedSession()
    {
        std::unique_ptr<QMenu> menu;
        sessionAction(*m_window, m_recorded, "mockSessionAction", menu)->trigger();
        auto *panel = m_window->findChild<MockPanel *>(QStringLiteral("mockPanel"));
        QVERIFY(panel);
        const QUrl url = panel->url();
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QCOMPARE(panel->findChild<QLineEdit *>(QStringLiteral("mockUrl"))->text(), url.toString());
        const int before = centralTabs(*m_window)->count();
        panel->findChild<QPushButton *>(QStringLiteral("connectMock"))->click();
        QCOMPARE(centralTabs(*m_window)->count(), before + 1);
        auto *view = qobject_cast<McpSessionView *>(centralTabs(*m_window)->currentWidget());
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(view) > 5, 15000);
        QVERIFY(call(view, QStringLiteral("echo"), QStringLiteral("{\"message\": \"hello\"}")));
        QVERIFY2(resultText(view).contains(QStringLiteral("Echo: hello")),
                 qPrintable(resultText(view)));
        QVERIFY(panel->answered() >= 3);
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("mockRequests"))
                    ->text()
                    .contains(QString::number(panel->answered())));
        closeTab(*m_window, view);
        panel->findChild<QPushButton *>(QStringLiteral("stopMock"))->click();
        QVERIFY(!panel->server()->isListening());
        panel->close();
    }

private:
    QTemporaryDir m_dir;
    QTranslator m_english; // the English plurals in the screenshots
    CaptureStore m_store;
    std::unique_ptr<MainWindow> m_window;
    NodePeer m_fresh;
    QString m_freshUrl;
    qint64 m_recorded = 0;
    qint64 m_other = 0;
};

QTEST_MAIN(TestRegressionRun)
#include "tst_regression_run.moc"
