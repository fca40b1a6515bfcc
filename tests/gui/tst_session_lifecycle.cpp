#include "bad_server_stats.h"
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "findings_ui.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "models/findings_tree_model.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "session/mcp_session.h"
#include "session_ui.h"
#include "ui/diagnostics/findings_view.h"
#include "ui/main_window.h"
#include "ui/oauth/oauth_flow_view.h"
#include "ui/session/mcp_session_view.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace mcpscope;
using namespace mcpscope::testing;

// The GUI's sessions from open to close, against the bad server
// (tests/peers/servers/bad_mcp_server.mjs answers each DELETE 300 ms late and
// counts it at GET /stats): closing a session tab tells the server before
// the page goes, closing the window closes every session first, and every
// capture session the GUI started gets its end time. Then the findings a
// session records, as the Findings page lists them.
class TestSessionLifecycle : public QObject
{
    Q_OBJECT

    QString url(const QString &mode) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2/mcp").arg(m_bad.port()).arg(mode);
    }

    // The DELETEs the bad server has answered so far.
    int deletesAnswered() { return testing::badServerDeletesAnswered(m_bad.port()); }

    // The capture sessions of the store at path, as written so far.
    static QList<SessionInfo> sessions(CaptureStore &store)
    {
        store.flush();
        CaptureReader reader;
        if (!reader.open(store.path()))
            return {};
        return reader.sessions().value_or(QList<SessionInfo>{});
    }

    static QAbstractButton *closeButton(QWidget &window, QWidget *page)
    {
        QTabWidget *tabs = centralTabs(window);
        const int index = tabs ? tabs->indexOf(page) : -1;
        return index < 0 ? nullptr
                         : qobject_cast<QAbstractButton *>(
                               tabs->tabBar()->tabButton(index, QTabBar::RightSide));
    }

    static QWidget *pageOf(QWidget &window, QWidget *child)
    {
        QTabWidget *tabs = centralTabs(window);
        for (QWidget *w = child; w; w = w->parentWidget())
            if (tabs->indexOf(w) >= 0)
                return w;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_session_lifecycle"));
        const QString why = m_bad.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // The tab goes at once; the page (and its session) only once the
    // server has answered the DELETE (on /get-404/ the server keeps a
    // session, so there is one to delete).
    void closingASessionTabSendsTheDelete()
    {
        CaptureStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("tab.sqlite"))));
        MainWindow window(&store);
        window.show();
        QPointer<McpSessionView> view = window.connectMcp(
            {ConnectSettings::Kind::StreamableHttp, url(QStringLiteral("get-404")), 30, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(view) == 1, 15000);
        const qint64 captureId = view->session()->captureSessionId();
        QVERIFY(captureId > 0);
        const int before = deletesAnswered();
        QVERIFY(before >= 0);

        QAbstractButton *close = closeButton(window, view);
        QVERIFY(close);
        close->click();
        QCOMPARE(centralTabs(window)->indexOf(view), -1);
        QVERIFY(view); // still there: the DELETE is on its way
        QTRY_VERIFY_WITH_TIMEOUT(view.isNull(), 10000);
        QCOMPARE(deletesAnswered(), before + 1);

        bool ended = false;
        for (const SessionInfo &info : sessions(store))
            if (info.id == captureId)
                ended = info.endedAtMs >= info.startedAtMs && info.startedAtMs > 0;
        QVERIFY(ended);
    }

    // The flow inspector's capture session ends with its tab.
    void closingTheFlowInspectorEndsItsCapture()
    {
        CaptureStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("flow.sqlite"))));
        MainWindow window(&store);
        window.show();
        QPointer<QWidget> page = pageOf(window, window.openFlowInspector());
        QVERIFY(page);
        QList<SessionInfo> rows = sessions(store);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().kind, QStringLiteral("oauth"));
        QCOMPARE(rows.first().endedAtMs, 0);
        QAbstractButton *close = closeButton(window, page);
        QVERIFY(close);
        close->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.isNull(), 5000);
        rows = sessions(store);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().endedAtMs > 0);
    }

    // Quitting: the window stays until every session has closed (the
    // DELETE answered), then goes; every capture session the window started
    // (an MCP session, a flow inspector, the plain requests) has ended.
    void closingTheWindowClosesEverySession()
    {
        CaptureStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("quit.sqlite"))));
        MainWindow window(&store);
        window.show();
        McpSessionView *view = window.connectMcp(
            {ConnectSettings::Kind::StreamableHttp, url(QStringLiteral("get-404")), 30, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(view) == 1, 15000);
        window.openFlowInspector();
        window.sendRequest(
            {"GET", QUrl(QStringLiteral("http://127.0.0.1:%1/stats/").arg(m_bad.port()))});
        QTRY_VERIFY_WITH_TIMEOUT(sessions(store).size() == 3, 5000);
        const int before = deletesAnswered();
        QVERIFY(before >= 0);

        QSignalSpy closed(view->session(), &McpSession::closed);
        window.close();
        QVERIFY(window.isVisible()); // not before the server was told
        QVERIFY(closed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 5000);
        QCOMPARE(deletesAnswered(), before + 1);

        const QList<SessionInfo> rows = sessions(store);
        QStringList kinds;
        for (const SessionInfo &info : rows) {
            kinds << info.kind;
            QVERIFY2(info.endedAtMs > 0, qPrintable(info.name));
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("http"), QStringLiteral("mcp"),
                                     QStringLiteral("oauth")}));
    }

    // A 429 from the server is a finding of the session, on the Findings
    // page with its cause, fix and evidence; activating it shows the
    // exchange in the capture log.
    void rateLimitFindingOnTheFindingsPage()
    {
        CaptureStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("findings.sqlite"))));
        MainWindow window(&store);
        window.show();
        QAction *findingsAction = window.findChild<QAction *>(QStringLiteral("findingsAction"));
        QVERIFY(findingsAction);
        findingsAction->trigger();
        QTreeView *table = findingsTree(window);
        QVERIFY(table && table->model());
        QCOMPARE(findingCount(table), 0);

        McpSessionView *view = window.connectMcp(
            {ConnectSettings::Kind::StreamableHttp, url(QStringLiteral("rate-limit")), 30, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(view) == 1, 15000);
        QVERIFY(selectTool(view, QStringLiteral("echo")));
        setArguments(view, QStringLiteral("{\"message\": \"slow down\"}"));
        QSignalSpy done(toolsTab(view), &ToolsTab::toolCallFinished);
        callTool(view);
        QVERIFY(done.wait(15000));
        QVERIFY2(resultText(view).contains(QStringLiteral("HTTP 429")),
                 qPrintable(resultText(view)));

        // Shown live on the open page, and from the store when it opens anew.
        QCOMPARE(findingCount(table), 1);
        findingsAction->trigger();
        QCOMPARE(findingCount(table), 1);
        QTabWidget *tabs = centralTabs(window);
        QPointer<QWidget> page = pageOf(window, table);
        QAbstractButton *close = closeButton(window, page);
        QVERIFY(close);
        close->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.isNull(), 5000);
        findingsAction->trigger();
        table = findingsTree(window);
        QVERIFY(table);
        QCOMPARE(findingCount(table), 1);

        const QModelIndex kind =
            findingRows(table).first().siblingAtColumn(FindingsTreeModel::KindColumn);
        QCOMPARE(kind.data(FindingsTreeModel::RawValueRole).toString(),
                 QStringLiteral("http.rate_limited"));
        // The first evidence row under the finding.
        const qint64 evidence = table->model()
                                    ->index(0, 0, kind.siblingAtColumn(0))
                                    .data(FindingsTreeModel::ExchangeIdRole)
                                    .toLongLong();
        QVERIFY(evidence > 0);
        const Finding finding = kind.data(FindingsTreeModel::FindingRole).value<Finding>();
        QCOMPARE(finding.sessionId, view->session()->captureSessionId());

        table->setCurrentIndex(kind);
        auto *detail = window.findChild<QPlainTextEdit *>(QStringLiteral("findingDetail"));
        QVERIFY(detail);
        QVERIFY2(detail->toPlainText().contains(finding.cause()),
                 qPrintable(detail->toPlainText()));
        QVERIFY(detail->toPlainText().contains(finding.fix()));
        QVERIFY(detail->toPlainText().contains(QString::number(evidence)));

        // Double-click: the capture log shows the 429 that is the evidence.
        store.flush();
        QTableView *log = captureLog(window);
        QVERIFY(log);
        QTRY_VERIFY_WITH_TIMEOUT(logModel(window)->rowOfExchange(evidence) >= 0, 5000);
        const QRect cell = table->visualRect(kind);
        // A double-click is a click, then a second press that the window
        // system reports as a double-click.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(tabs->currentWidget(), pageOf(window, log));
        QCOMPARE(log->currentIndex().data(CaptureModel::ExchangeIdRole).toLongLong(), evidence);
        QVERIFY(logDetail(window));
        view->session()->close();
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_bad;
};

QTEST_MAIN(TestSessionLifecycle)
#include "tst_session_lifecycle.moc"
