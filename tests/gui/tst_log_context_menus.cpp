// The capture log's right-click menus as a user meets them: what the HTTP
// log's menu offers for one row, for a row without a tool, for two rows
// (compare), and what its items do (copy URL, filter by HTTP method, compare
// two responses, replay); the Messages view's own menu, its tool filter and
// its Replay… item. Recorded from server-everything into a real store.
#include "capture/capture_store.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "models/capture_model.h"
#include "models/messages_model.h"
#include "node_peer.h"
#include "recorded_store.h"
#include "session/mcp_session.h"
#include "test_store.h"
#include "ui/capture/log_page.h"
#include "ui/main_window.h"
#include "ui/replay/diff_dialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <initializer_list>
#include <utility>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestLogContextMenus : public QObject
{
    Q_OBJECT

    // One session on the store: get-sum, echo; closed. Returns its id.
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
            !call(QStringLiteral("echo"), {{QStringLiteral("message"), QStringLiteral("hi")}}))
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
    static QLineEdit *searchField(MainWindow &window)
    {
        return window.findChild<QLineEdit *>(QStringLiteral("captureSearch"));
    }
    // The first row of this session whose column equals text, else -1.
    int rowWith(QAbstractItemModel *model, int column, const QString &text, int sessionRole) const
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, column).data().toString() == text &&
                model->index(row, 0).data(sessionRole).toLongLong() == m_session)
                return row;
        return -1;
    }

    struct Item
    {
        QString name;
        bool enabled;
        bool operator==(const Item &) const = default;
    };
    // Right-clicks view at row's cell; lists the menu's items (object name,
    // enabled) and, when pick is given, chooses that item with the keyboard
    // as a user does (else Escape closes the menu).
    static QList<Item> rightClick(QTableView *view, int row, const QString &pick = {})
    {
        QList<Item> items;
        bool seen = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, &poll, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu || seen)
                return;
            seen = true;
            QAction *chosen = nullptr;
            for (QAction *a : menu->actions()) {
                if (a->isSeparator())
                    continue;
                items.append({a->objectName(), a->isEnabled()});
                if (a->objectName() == pick)
                    chosen = a;
            }
            if (chosen && chosen->isEnabled()) {
                menu->setActiveAction(chosen);
                QTest::keyClick(menu, Qt::Key_Return);
            } else {
                QTest::keyClick(menu, Qt::Key_Escape);
            }
        });
        poll.start();
        const QPoint at = view->visualRect(view->model()->index(row, 0)).center();
        Q_EMIT view->customContextMenuRequested(at); // returns when the menu has closed
        return items;
    }
    static bool enabled(const QList<Item> &items, const QString &name)
    {
        for (const Item &i : items)
            if (i.name == name)
                return i.enabled;
        return false;
    }
    static QStringList latin1(std::initializer_list<const char *> texts)
    {
        QStringList out;
        for (const char *t : texts)
            out << QString::fromLatin1(t);
        return out;
    }
    static QStringList names(const QList<Item> &items)
    {
        QStringList out;
        for (const Item &i : items)
            out << i.name;
        return out;
    }
    // A main window, shown, its log holding this test's session.
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(&m_store);
        window->resize(1400, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return {};
        CaptureModel *model = logModel(*window);
        const bool ready = QTest::qWaitFor(
            [&] {
                return rowWith(model, CaptureModel::McpCall, QStringLiteral("tools/call echo"),
                               CaptureModel::SessionIdRole) >= 0;
            },
            10000);
        return ready ? std::move(window) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_log_context_menus"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("live.sqlite"))));
        const QString why =
            m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_session = record();
        QVERIFY(m_session > 0);
    }

    // A right click on a row outside the selection selects it; the menu
    // offers the row's actions, the tool filter only where there is a tool,
    // compare only for two; Copy URL copies the row's URL.
    void httpLogMenuForOneRow()
    {
        auto window = openWindow();
        QVERIFY(window);
        CaptureModel *model = logModel(*window);
        QTableView *log = captureLog(*window);
        const int init = rowWith(model, CaptureModel::McpCall, QStringLiteral("initialize"),
                                 CaptureModel::SessionIdRole);
        const int sum = rowWith(model, CaptureModel::McpCall, QStringLiteral("tools/call get-sum"),
                                CaptureModel::SessionIdRole);
        QVERIFY(init >= 0 && sum >= 0);
        log->setCurrentIndex(model->index(init, 0));

        QApplication::clipboard()->clear();
        const QList<Item> items = rightClick(log, sum, QStringLiteral("copyUrl"));
        QCOMPARE(log->currentIndex().row(), sum);
        QCOMPARE(names(items),
                 latin1({"copyUrl", "copyRequestBody", "copyResponseBody", "copyAsCurl",
                         "copyAsJson", "showMessages", "showInSession", "replayExchange",
                         "compareResponses", "filterByMethod", "filterByTool", "filterByStatus",
                         "filterBySessionRow", "exportSelected"}));
        for (const Item &i : items)
            QVERIFY2(i.enabled == (i.name != u"compareResponses"), qPrintable(i.name));
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()));

        // initialize names no tool: no tool filter for it.
        const QList<Item> initItems = rightClick(log, init);
        QCOMPARE(log->currentIndex().row(), init);
        QVERIFY(!enabled(initItems, QStringLiteral("filterByTool")));
        QVERIFY(enabled(initItems, QStringLiteral("filterByMethod")));
        QVERIFY(enabled(initItems, QStringLiteral("showInSession")));
    }

    // A row that carried no JSON-RPC call (the session's closing DELETE):
    // Filter by Method filters by its HTTP method.
    void filterByMethodOfPlainHttpRow()
    {
        auto window = openWindow();
        QVERIFY(window);
        CaptureModel *model = logModel(*window);
        const int del = rowWith(model, CaptureModel::Method, QStringLiteral("DELETE"),
                                CaptureModel::SessionIdRole);
        QVERIFY(del >= 0);
        QVERIFY(model->index(del, 0).data(CaptureModel::McpNameRole).toString().isEmpty());
        const QList<Item> items =
            rightClick(captureLog(*window), del, QStringLiteral("filterByMethod"));
        QVERIFY(!enabled(items, QStringLiteral("filterByTool")));
        QCOMPARE(searchField(*window)->text(), QStringLiteral("method:DELETE"));
        QTRY_VERIFY(model->rowCount() >= 1);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, CaptureModel::Method).data().toString(),
                     QStringLiteral("DELETE"));
    }

    // Two rows selected: a right click inside the selection keeps both;
    // Compare Responses opens a comparison of the two results.
    void compareTwoRowsFromTheMenu()
    {
        auto window = openWindow();
        QVERIFY(window);
        CaptureModel *model = logModel(*window);
        QTableView *log = captureLog(*window);
        const int sum = rowWith(model, CaptureModel::McpCall, QStringLiteral("tools/call get-sum"),
                                CaptureModel::SessionIdRole);
        const int echo = rowWith(model, CaptureModel::McpCall, QStringLiteral("tools/call echo"),
                                 CaptureModel::SessionIdRole);
        QVERIFY(sum >= 0 && echo >= 0);
        log->setCurrentIndex(model->index(sum, 0));
        log->selectionModel()->select(model->index(echo, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<Item> items = rightClick(log, echo, QStringLiteral("compareResponses"));
        QVERIFY(enabled(items, QStringLiteral("compareResponses")));
        QVERIFY(!enabled(items, QStringLiteral("copyAsCurl")));
        QVERIFY(!enabled(items, QStringLiteral("copyUrl")));
        QVERIFY(!enabled(items, QStringLiteral("showMessages")));
        QVERIFY(!enabled(items, QStringLiteral("filterByTool")));
        QVERIFY(enabled(items, QStringLiteral("exportSelected")));

        DiffDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<DiffDialog *>()) != nullptr);
        const qint64 a = model->exchangeId(sum);
        const qint64 b = model->exchangeId(echo);
        QVERIFY2(dialog->windowTitle() ==
                         QStringLiteral("Compare responses: #%1 and #%2").arg(a).arg(b) ||
                     dialog->windowTitle() ==
                         QStringLiteral("Compare responses: #%1 and #%2").arg(b).arg(a),
                 qPrintable(dialog->windowTitle()));
        const QString left = dialog->findChild<QLabel *>(QStringLiteral("diffLeftLabel"))->text() +
                             dialog->findChild<QLabel *>(QStringLiteral("diffRightLabel"))->text();
        QVERIFY2(left.contains(QStringLiteral("#%1 POST /mcp").arg(a)), qPrintable(left));
        QVERIFY2(left.contains(QStringLiteral("#%1 POST /mcp").arg(b)), qPrintable(left));
        // The results compared, not the HTTP envelopes: 5 on one side, hi on the other.
        const auto both = [dialog]() -> QString {
            return dialog->findChild<QPlainTextEdit *>(QStringLiteral("diffLeft"))->toPlainText() +
                   u'|' +
                   dialog->findChild<QPlainTextEdit *>(QStringLiteral("diffRight"))->toPlainText();
        };
        QTRY_VERIFY2(both().contains(u"Echo: hi") && both().contains(u"is 5"), qPrintable(both()));
        QVERIFY2(!both().contains(u"jsonrpc"), qPrintable(both()));
        dialog->close();
    }

    // Replay… from the HTTP log's menu opens the replay of that exchange.
    void replayFromTheHttpMenu()
    {
        auto window = openWindow();
        QVERIFY(window);
        CaptureModel *model = logModel(*window);
        const int sum = rowWith(model, CaptureModel::McpCall, QStringLiteral("tools/call get-sum"),
                                CaptureModel::SessionIdRole);
        QVERIFY(sum >= 0);
        QSignalSpy replay(page(*window), &LogPage::replayRequested);
        rightClick(captureLog(*window), sum, QStringLiteral("replayExchange"));
        QCOMPARE(replay.size(), 1);
        auto *source = window->findChild<QLabel *>(QStringLiteral("replaySource"));
        QVERIFY(source);
        QVERIFY2(source->text().contains(QStringLiteral("#%1").arg(model->exchangeId(sum))),
                 qPrintable(source->text()));
        source->window()->close();
    }

    // The Messages view's menu: its items, Filter by Tool, and Replay… of
    // the exchange that carried the message.
    void messagesMenu()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->findChild<QTabBar *>(QStringLiteral("logMode"))
            ->setCurrentIndex(LogPage::MessagesMode);
        QCOMPARE(page(*window)->mode(), LogPage::MessagesMode);
        QTableView *view = messagesLog(*window);
        QAbstractItemModel *model = view->model();
        QTRY_VERIFY(rowWith(model, MessagesModel::Name, QStringLiteral("get-sum"),
                            MessagesModel::SessionIdRole) >= 0);
        const int sum = rowWith(model, MessagesModel::Name, QStringLiteral("get-sum"),
                                MessagesModel::SessionIdRole);
        const int init = rowWith(model, MessagesModel::Method, QStringLiteral("initialize"),
                                 MessagesModel::SessionIdRole);
        QVERIFY(init >= 0);

        const QList<Item> initItems = rightClick(view, init);
        QCOMPARE(view->currentIndex().row(), init);
        QCOMPARE(names(initItems),
                 latin1({"copyAsJson", "copyAsCurl", "showExchangeOfMessage", "showInSession",
                         "replayMessage", "filterByMethod", "filterByTool", "filterBySessionRow"}));
        QVERIFY(!enabled(initItems, QStringLiteral("filterByTool")));
        QVERIFY(enabled(initItems, QStringLiteral("replayMessage")));
        QVERIFY(enabled(initItems, QStringLiteral("filterBySessionRow")));

        const QList<Item> items = rightClick(view, sum, QStringLiteral("filterByTool"));
        for (const Item &i : items)
            QVERIFY2(i.enabled, qPrintable(i.name));
        QCOMPARE(searchField(*window)->text(), QStringLiteral("tool:get-sum"));
        QTRY_VERIFY(model->rowCount() >= 1);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, MessagesModel::Name).data().toString(),
                     QStringLiteral("get-sum"));

        const int row = rowWith(model, MessagesModel::Name, QStringLiteral("get-sum"),
                                MessagesModel::SessionIdRole);
        QVERIFY(row >= 0);
        const qint64 exchange =
            model->index(row, 0).data(MessagesModel::ExchangeIdRole).toLongLong();
        QVERIFY(exchange > 0);
        QSignalSpy replay(page(*window), &LogPage::replayRequested);
        rightClick(view, row, QStringLiteral("replayMessage"));
        QCOMPARE(replay.size(), 1);
        auto *source = window->findChild<QLabel *>(QStringLiteral("replaySource"));
        QVERIFY(source);
        QVERIFY2(source->text().contains(QStringLiteral("#%1").arg(exchange)),
                 qPrintable(source->text()));
        source->window()->close();
    }

    void cleanupTestCase() { m_everything.stop(); }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything;
    qint64 m_session = 0;
};

QTEST_MAIN(TestLogContextMenus)
#include "tst_log_context_menus.moc"
