// The MCP-aware capture log (issue 17): the Messages view, the HTTP log's MCP
// columns, filter chips and the filter syntax, the context menus, and panes
// that never go stale or widen the window. Against server-everything.
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/log_filter.h"
#include "capture_ui.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "models/capture_model.h"
#include "models/messages_model.h"
#include "models/session_list_model.h"
#include "node_peer.h"
#include "recorded_store.h"
#include "screenshots.h"
#include "test_store.h"
#include "ui/capture/capture_window.h"
#include "ui/capture/exchange_detail_view.h"
#include "ui/capture/log_page.h"
#include "ui/main_window.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg)
        g_warnings << message;
}

} // namespace

class TestMcpLog : public QObject
{
    Q_OBJECT

    // One session on the live store: get-sum, echo, a tool that does not
    // exist; closed. Returns its capture session id.
    qint64 record()
    {
        McpSession session(&m_store);
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::Http;
        options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        options.transport = McpClient::Transport::StreamableHttp;
        QSignalSpy connected(session.client(), &McpClient::connected);
        if (!session.open(options) || !connected.wait(20000))
            return 0;
        const auto call = [&session](const QString &tool, const QJsonObject &arguments) {
            McpRequest *request = session.client()->request(
                QStringLiteral("tools/call"),
                {{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), arguments}});
            QSignalSpy finished(request, &McpRequest::finished);
            const bool done = request->isFinished() || finished.wait(20000);
            request->deleteLater();
            return done;
        };
        if (!call(QStringLiteral("get-sum"),
                  {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}) ||
            !call(QStringLiteral("echo"), {{QStringLiteral("message"), QStringLiteral("hi")}}) ||
            !call(QStringLiteral("no-such-tool"), {}))
            return 0;
        const qint64 id = session.captureSessionId();
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        if (!closed.wait(15000))
            return 0;
        m_store.flush();
        return id;
    }

    static LogPage *page(MainWindow &window)
    {
        return window.findChild<LogPage *>(QStringLiteral("logPage"));
    }
    static QTableView *messagesLog(MainWindow &window)
    {
        return window.findChild<QTableView *>(QStringLiteral("messagesLog"));
    }
    // The first row whose column equals text, else -1.
    static int rowWith(QAbstractItemModel *model, int column, const QString &text)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, column).data().toString() == text)
                return row;
        return -1;
    }
    static QToolButton *chip(MainWindow &window, const QString &key)
    {
        QToolButton *found = window.findChild<QToolButton *>(QStringLiteral("filterChip-") + key);
        return found && found->isVisibleTo(&window) ? found : nullptr;
    }
    static QAction *action(MainWindow &window, const char *name)
    {
        return page(window)->findChild<QAction *>(QString::fromLatin1(name));
    }
    static QAction *clearFiltersAction(MainWindow &window)
    {
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L))
                return a;
        return nullptr;
    }
    void search(MainWindow &window, const QString &text)
    {
        auto *field = window.findChild<QLineEdit *>(QStringLiteral("captureSearch"));
        field->clear();
        QTest::keyClicks(field, text);
        CaptureFilter expected;
        expected.sessionId = page(window)->sessionFilter();
        applyLogFilter(parseLogFilter(text), expected);
        QTRY_VERIFY_WITH_TIMEOUT(logModel(window)->filter() == expected, 5000);
    }
    // Selects the get-sum call's row in the HTTP log.
    static int selectGetSum(MainWindow &window)
    {
        CaptureModel *model = logModel(window);
        const QString call = QStringLiteral("tools/call get-sum");
        if (!QTest::qWaitFor([&] { return rowWith(model, CaptureModel::McpCall, call) >= 0; },
                             10000))
            return -1;
        const int row = rowWith(model, CaptureModel::McpCall, call);
        captureLog(window)->setCurrentIndex(model->index(row, 0));
        return row;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_mcp_log"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("live.sqlite"))));
        const QString why =
            m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // The model on its own, live: rows arrive as recorded, the tester checks
    // every signal, and a request's answer is on its row.
    void messagesModelFollowsTheStore()
    {
        MessagesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.open(m_store.path()));
        model.followStore(&m_store);
        const int before = model.rowCount();
        const qint64 session = record();
        QVERIFY(session > 0);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before + 5, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWith(&model, MessagesModel::Name, QStringLiteral("get-sum")) >= 0, 10000);
        const int row = rowWith(&model, MessagesModel::Name, QStringLiteral("get-sum"));
        QCOMPARE(model.index(row, MessagesModel::Method).data().toString(),
                 QStringLiteral("tools/call"));
        QTRY_COMPARE_WITH_TIMEOUT(model.index(row, MessagesModel::Outcome).data().toString(),
                                  QStringLiteral("OK"), 10000);
        QVERIFY(model.index(row, MessagesModel::Latency).data().toString().endsWith(u" ms"));
        const qint64 answer = model.index(row, 0).data(MessagesModel::AnswerIdRole).toLongLong();
        QVERIFY(answer > 0);
        // The answer has no row of its own.
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, 0).data(MessagesModel::MessageIdRole).toLongLong() != answer);
        // A filter: only the get-sum calls.
        CaptureFilter filter;
        filter.tool = QStringLiteral("get-sum");
        model.setFilter(filter);
        QVERIFY(model.rowCount() >= 1);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, MessagesModel::Name).data().toString(),
                     QStringLiteral("get-sum"));
    }

    void messagesViewPairsACallAndLinksItsExchange()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *mode = window.findChild<QTabBar *>(QStringLiteral("logMode"));
        QVERIFY(mode);
        QTest::mouseClick(mode, Qt::LeftButton, {}, mode->tabRect(LogPage::MessagesMode).center());
        QCOMPARE(page(window)->mode(), LogPage::MessagesMode);
        QTableView *table = messagesLog(window);
        QVERIFY(table && table->isVisible());
        const int before = table->model()->rowCount();
        QVERIFY(record() > 0); // live: the rows appear as recorded
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > before, 10000);
        QAbstractItemModel *model = table->model();
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row =
                                      [&] {
                                          for (int r = model->rowCount() - 1; r >= before; --r)
                                              if (model->index(r, MessagesModel::Name).data() ==
                                                      QStringLiteral("get-sum") &&
                                                  model->index(r, MessagesModel::Outcome).data() ==
                                                      QStringLiteral("OK"))
                                                  return r;
                                          return -1;
                                      }()) >= 0,
                                 10000);
        QCOMPARE(model->index(row, MessagesModel::Direction).data().toString(),
                 QStringLiteral("→ sent"));
        QCOMPARE(model->index(row, MessagesModel::Method).data().toString(),
                 QStringLiteral("tools/call"));
        QVERIFY(model->index(row, MessagesModel::Latency).data().toString().endsWith(u" ms"));
        // The unknown tool: an error (JSON-RPC or isError), on its request's row.
        const int bad = rowWith(model, MessagesModel::Name, QStringLiteral("no-such-tool"));
        QVERIFY(bad >= 0);
        const int badKind = model->index(bad, 0).data(MessagesModel::OutcomeKindRole).toInt();
        QVERIFY2(badKind == McpOutcome::RpcError || badKind == McpOutcome::ToolError,
                 qPrintable(model->index(bad, MessagesModel::Outcome).data().toString()));
        // Notifications in line.
        QVERIFY(rowWith(model, MessagesModel::Method,
                        QStringLiteral("notifications/initialized")) >= 0);

        // Selecting the row shows both messages as stored, then its exchange.
        table->setCurrentIndex(model->index(row, 0));
        const QString json =
            window.findChild<QPlainTextEdit *>(QStringLiteral("messageJson"))->toPlainText();
        QVERIFY2(json.contains(u"\"name\": \"get-sum\""), qPrintable(json));
        QVERIFY2(json.contains(u"The sum of 2 and 3 is 5."), qPrintable(json));
        const qint64 exchange =
            model->index(row, 0).data(MessagesModel::ExchangeIdRole).toLongLong();
        QVERIFY(exchange > 0);
        auto *show = window.findChild<QPushButton *>(QStringLiteral("showExchange"));
        QVERIFY(show && show->isEnabled());
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(page(window)->mode(), LogPage::ExchangesMode);
        QCOMPARE(logDetail(window)->shownId(), exchange);
        QVERIFY(exchangeSummary(logDetail(window)).startsWith(u"POST http://127.0.0.1:"));

        // Screenshot for the README (with MCPSCOPE_SCREENSHOT_DIR set).
        page(window)->setMode(LogPage::MessagesMode);
        table->setCurrentIndex(model->index(row, 0));
        if (!qEnvironmentVariableIsEmpty("MCPSCOPE_SCREENSHOT_DIR")) {
            Theme::apply(Theme::Choice::Light);
            snap(&window, QStringLiteral("messages-log"));
            Theme::apply(Theme::Choice::System);
            snapAll(&window, QStringLiteral("messages-log")); // both palettes, two sizes
        }
    }

    void httpLogShowsTheMcpCallAndOutcome()
    {
        MainWindow window(&m_store);
        CaptureModel *model = logModel(window);
        const int row = selectGetSum(window);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, CaptureModel::McpOutcomeColumn).data().toString(),
                 QStringLiteral("OK"));
        const int bad =
            rowWith(model, CaptureModel::McpCall, QStringLiteral("tools/call no-such-tool"));
        QVERIFY(bad >= 0);
        QVERIFY(!model->index(bad, CaptureModel::McpOutcomeColumn).data().toString().isEmpty());
        QVERIFY(model->index(bad, CaptureModel::McpOutcomeColumn).data().toString() !=
                QStringLiteral("OK"));
        QCOMPARE(model->index(bad, 0).data(CaptureModel::RowToneRole).toInt(),
                 int(CaptureModel::ErrorRow));
        QVERIFY(rowWith(model, CaptureModel::McpCall, QStringLiteral("initialize")) >= 0);
        // Shown right after Method.
        QHeaderView *header = captureLog(window)->horizontalHeader();
        QCOMPARE(header->visualIndex(CaptureModel::McpCall),
                 header->visualIndex(CaptureModel::Method) + 1);
        window.resize(1280, 800);
        snap(&window, QStringLiteral("mcp-columns"));
    }

    void sessionChipIsClearedByClearFilters()
    {
        MainWindow window(&m_store);
        auto *sessions = window.findChild<QListView *>(QStringLiteral("sessionList"));
        QVERIFY(sessions && sessions->model()->rowCount() > 0);
        sessions->setCurrentIndex(sessions->model()->index(0, 0));
        QVERIFY(page(window)->sessionFilter() > 0);
        QVERIFY(chip(window, QStringLiteral("session")));
        QVERIFY(chip(window, QStringLiteral("session"))
                    ->text()
                    .contains(QString::number(page(window)->sessionFilter())));
        QAction *clear = clearFiltersAction(window);
        QVERIFY(clear);
        clear->trigger();
        QCOMPARE(page(window)->sessionFilter(), qint64(0));
        QVERIFY(!chip(window, QStringLiteral("session")));
        QVERIFY(sessions->selectionModel()->selectedIndexes().isEmpty());
        QCOMPARE(logModel(window)->filter().sessionId, qint64(0));

        // The chip's own ×: the filter goes, and the sidebar lets go too.
        sessions->setCurrentIndex(sessions->model()->index(0, 0));
        QVERIFY(chip(window, QStringLiteral("session")));
        QTest::mouseClick(chip(window, QStringLiteral("session")), Qt::LeftButton);
        QCOMPARE(page(window)->sessionFilter(), qint64(0));
        QTRY_VERIFY(sessions->selectionModel()->selectedIndexes().isEmpty());
    }

    void chipsClearOneByOneAndTheSyntaxFilters()
    {
        MainWindow window(&m_store);
        QVERIFY(selectGetSum(window) >= 0);
        search(window, QStringLiteral("method:tools/call tool:get-sum"));
        QTRY_VERIFY(chip(window, QStringLiteral("q-tool")));
        QVERIFY(chip(window, QStringLiteral("q-method")));
        CaptureModel *model = logModel(window);
        QVERIFY(model->rowCount() >= 1);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, CaptureModel::McpCall).data().toString(),
                     QStringLiteral("tools/call get-sum"));
        MessagesModel *messages = qobject_cast<MessagesModel *>(messagesLog(window)->model());
        QVERIFY(messages->rowCount() >= 1);
        for (int r = 0; r < messages->rowCount(); ++r)
            QCOMPARE(messages->index(r, MessagesModel::Name).data().toString(),
                     QStringLiteral("get-sum"));
        // × on the tool chip: only that term goes.
        QTest::mouseClick(chip(window, QStringLiteral("q-tool")), Qt::LeftButton);
        QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("captureSearch"))->text(),
                 QStringLiteral("method:tools/call"));
        QVERIFY(!chip(window, QStringLiteral("q-tool")));
        QVERIFY(chip(window, QStringLiteral("q-method")));
        QVERIFY(rowWith(model, CaptureModel::McpCall, QStringLiteral("tools/call echo")) >= 0);
        QVERIFY(rowWith(model, CaptureModel::McpCall, QStringLiteral("initialize")) < 0);
        // latency: nothing took a minute; status:4xx none either.
        search(window, QStringLiteral("latency:>60s"));
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(chip(window, QStringLiteral("q-latencyMin")));
        // A term it cannot read is said, and ignored.
        search(window, QStringLiteral("status:abc"));
        auto *problems = window.findChild<QLabel *>(QStringLiteral("filterProblems"));
        QTRY_VERIFY(problems->isVisibleTo(&window));
        QVERIFY(problems->text().contains(u"abc"));
        // Clear all.
        search(window, QStringLiteral("tool:echo"));
        QTRY_VERIFY(chip(window, QStringLiteral("q-tool")));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("clearAllFilters")),
                          Qt::LeftButton);
        QVERIFY(page(window)->filterChipKeys().isEmpty());
        QVERIFY(logModel(window)->filter().isEmpty());
    }

    void contextMenuActions()
    {
        MainWindow window(&m_store);
        const int row = selectGetSum(window);
        QVERIFY(row >= 0);
        CaptureModel *model = logModel(window);
        const qint64 exchange = model->exchangeId(row);
        const qint64 session = model->index(row, 0).data(CaptureModel::SessionIdRole).toLongLong();

        action(window, "copyAsCurl")->trigger();
        QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(u"curl -X POST 'http://127.0.0.1:"), qPrintable(copied));
        QVERIFY(copied.contains(u"--data-binary '"));
        QVERIFY(copied.contains(u"get-sum"));

        action(window, "copyAsJson")->trigger();
        const QJsonObject json =
            QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
        QCOMPARE(json.value(u"id").toInteger(), exchange);
        QCOMPARE(json.value(u"requestBody").toObject().value(u"method").toString(),
                 QStringLiteral("tools/call"));

        QSignalSpy sessionRequested(page(window), &LogPage::sessionRequested);
        action(window, "showInSession")->trigger();
        QCOMPARE(sessionRequested.size(), 1);
        QCOMPARE(sessionRequested.first().first().toLongLong(), session);
        window.findChild<QPushButton *>(QStringLiteral("clearAllFilters"))->click();

        captureLog(window)->setCurrentIndex(model->index(selectGetSum(window), 0));
        action(window, "filterByTool")->trigger();
        QVERIFY(chip(window, QStringLiteral("q-tool")));
        captureLog(window)->setCurrentIndex(model->index(0, 0));
        action(window, "filterByMethod")->trigger();
        QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("captureSearch"))->text(),
                 QStringLiteral("method:tools/call tool:get-sum"));
        captureLog(window)->setCurrentIndex(model->index(0, 0));
        action(window, "filterByStatus")->trigger();
        QVERIFY(chip(window, QStringLiteral("q-status")));
        captureLog(window)->setCurrentIndex(model->index(0, 0));
        action(window, "filterBySessionRow")->trigger();
        QVERIFY(chip(window, QStringLiteral("session")));
        QVERIFY(model->rowCount() >= 1);

        // From the exchange to its messages, and back.
        captureLog(window)->setCurrentIndex(model->index(0, 0));
        const qint64 shown = model->exchangeId(0);
        action(window, "showMessages")->trigger();
        QCOMPARE(page(window)->mode(), LogPage::MessagesMode);
        const QModelIndex message = messagesLog(window)->currentIndex();
        QCOMPARE(message.data(MessagesModel::ExchangeIdRole).toLongLong(), shown);
        QCOMPARE(message.data(MessagesModel::NameRole).toString(), QStringLiteral("get-sum"));
        action(window, "copyAsJson")->trigger();
        QVERIFY(QApplication::clipboard()->text().contains(u"\"method\": \"tools/call\""));
        action(window, "copyAsCurl")->trigger();
        QVERIFY(QApplication::clipboard()->text().startsWith(u"curl -X POST"));
        sessionRequested.clear();
        action(window, "showInSession")->trigger();
        QCOMPARE(sessionRequested.size(), 1);
        action(window, "showExchangeOfMessage")->trigger();
        QCOMPARE(page(window)->mode(), LogPage::ExchangesMode);
        QCOMPARE(logDetail(window)->shownId(), shown);
    }

    // The sidebar said "(1 exchange)" for a session holding 33: the count
    // follows the exchanges of a session still open.
    void sidebarCountsAreLive()
    {
        MainWindow window(&m_store);
        McpSession session(&m_store);
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::Http;
        options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        options.transport = McpClient::Transport::StreamableHttp;
        QSignalSpy connected(session.client(), &McpClient::connected);
        QVERIFY(session.open(options));
        QVERIFY(connected.wait(20000));
        auto *sessions = window.findChild<QListView *>(QStringLiteral("sessionList"));
        const qint64 id = session.captureSessionId();
        const auto shown = [&] {
            for (int r = 0; r < sessions->model()->rowCount(); ++r) {
                const QModelIndex index = sessions->model()->index(r, 0);
                if (index.data(SessionListModel::SessionIdRole).toLongLong() == id)
                    return index.data().toString();
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!shown().isEmpty(), 10000);
        for (int i = 0; i < 4; ++i) {
            McpRequest *request = session.client()->request(
                QStringLiteral("tools/call"),
                {{QStringLiteral("name"), QStringLiteral("get-sum")},
                 {QStringLiteral("arguments"),
                  QJsonObject{{QStringLiteral("a"), i}, {QStringLiteral("b"), 1}}}});
            QSignalSpy finished(request, &McpRequest::finished);
            QVERIFY(request->isFinished() || finished.wait(20000));
            request->deleteLater();
        }
        m_store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(m_store.path()));
        const qint64 count = reader.exchangeCount(id).value_or(-1);
        QVERIFY(count > 4);
        QTRY_VERIFY_WITH_TIMEOUT(shown().contains(QStringLiteral("(%1 exchange").arg(count)),
                                 10000);
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QVERIFY(closed.wait(15000));
    }

    void detailIsNeverOfAnotherStore()
    {
        g_warnings.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
        {
            MainWindow window(&m_store);
            QVERIFY(selectGetSum(window) >= 0);
            QVERIFY(logDetail(window)->shownId() > 0);
            // Another file, with one exchange.
            const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
            {
                CaptureStore store;
                QVERIFY(store.open(other));
                store.record(makeExchange(store.reserveExchangeId()));
                store.flush();
            }
            QVERIFY(page(window)->open(other));
            QCOMPARE(logDetail(window)->shownId(), qint64(0));
            QVERIFY(!exchangeSummary(logDetail(window)).contains(u"127.0.0.1:"));
            QVERIFY(window.findChild<QPlainTextEdit *>(QStringLiteral("messageJson"))
                        ->toPlainText()
                        .isEmpty());
            QVERIFY(page(window)->open(m_store.path()));
            // File → Open Capture Store: a window of its own, opened and closed.
            CaptureWindow *opened = window.openCapture(other);
            QVERIFY(opened);
            QVERIFY(opened->findChild<LogPage *>()->open(other));
            delete opened;
        }
        qInstallMessageHandler(previous);
        for (const QString &warning : std::as_const(g_warnings))
            QVERIFY2(!warning.contains(u"still in use"), qPrintable(warning));
    }

    void longUrlDoesNotWidenTheWindow()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Exchange e = makeExchange(m_store.reserveExchangeId(), "GET", 302);
        e.url = QStringLiteral("https://auth.example.com/authorize?response_type=code&state=") +
                QString(2000, QLatin1Char('x'));
        e.errorMessage = QStringLiteral("redirected to ") + e.url;
        m_store.record(e);
        m_store.flush();
        QTRY_VERIFY_WITH_TIMEOUT(logModel(window)->rowOfExchange(e.id) >= 0, 10000);
        const int width = window.width();
        QVERIFY(page(window)->selectExchange(e.id));
        QCOMPARE(logDetail(window)->shownId(), e.id);
        QCoreApplication::processEvents();
        QCOMPARE(window.width(), width);
        QVERIFY(window.minimumSizeHint().width() <= width);
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything;
};

QTEST_MAIN(TestMcpLog)
#include "tst_mcp_log.moc"
