#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture_ui.h"
#include "feature_ui.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "models/capture_model.h"
#include "models/feature_list_model.h"
#include "node_peer.h"
#include "session_ui.h"
#include "ui/capture/exchange_detail_view.h"
#include "ui/main_window.h"
#include "ui/session/mcp_session_view.h"
#include "ui/session/server_requests_tab.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <functional>

#include <signal.h>
#include <sys/types.h>

using namespace mcpscope;
using namespace mcpscope::testing;

// GUI paths no other test runs, driven as a user would against
// server-everything: the New Request and Connect dialogs (opened from the
// toolbar, filled in field by field, accepted with their buttons, or
// refusing bad input in place), the capture log's raw and hex body views,
// a stdio session with its environment, list_changed and Reconnect after
// the server dies, and the schema form's boolean and array fields.
// Not here, for want of a real peer that triggers them: a nested object in
// a form, and the outputSchema mismatch message (server-everything's
// get-structured-content always matches its outputSchema).
class TestGuiPaths : public QObject
{
    Q_OBJECT

    static QString everythingScript()
    {
        return peersDir() +
               QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
    }

    // The toolbar action a user clicks, found by its text.
    static QAction *toolbarAction(MainWindow &window, const QString &text)
    {
        auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
        if (!toolbar)
            return nullptr;
        for (QAction *action : toolbar->actions())
            if (action->text() == text)
                return action;
        return nullptr;
    }

    // The field a form label names (its buddy), as a user finds it on screen.
    template <typename T> static T *field(QWidget *dialog, const QString &labelText)
    {
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->text() == labelText && label->buddy())
                return qobject_cast<T *>(label->buddy());
        return nullptr;
    }

    static QPushButton *button(QWidget *parent, const QString &text)
    {
        for (QPushButton *b : parent->findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return nullptr;
    }

    // Triggers an action that opens a modal dialog and runs fill on the
    // dialog once it shows. fill returns why it could not do its job (empty
    // when it did); on failure the dialog is rejected so exec() returns.
    static QString withDialog(QAction *action, const std::function<QString(QDialog *)> &fill)
    {
        if (!action)
            return QStringLiteral("no such action");
        QString why = QStringLiteral("no dialog opened");
        auto *poll = new QTimer;
        poll->setInterval(10);
        QElapsedTimer clock;
        clock.start();
        QObject::connect(poll, &QTimer::timeout, poll, [&, poll] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                if (clock.elapsed() > 5000)
                    poll->stop();
                return;
            }
            poll->stop();
            why = fill(dialog);
            if (!why.isEmpty() && dialog->isVisible())
                dialog->reject();
        });
        poll->start();
        action->trigger(); // returns when the dialog closes
        delete poll;
        return why;
    }

    // A tool picked in the session's tool list with the mouse.
    static bool clickTool(McpSessionView *view, const QString &name)
    {
        for (QListView *list : view->findChildren<QListView *>()) {
            QAbstractItemModel *model = list->model();
            for (int row = 0; model && row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data(FeatureListModel::NameRole).toString() != name)
                    continue;
                list->scrollTo(index);
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                  list->visualRect(index).center());
                return list->currentIndex() == index;
            }
        }
        return false;
    }

    static bool toolListed(McpSessionView *view, const QString &name)
    {
        for (QListView *list : view->findChildren<QListView *>())
            for (int row = 0; list->model() && row < list->model()->rowCount(); ++row)
                if (list->model()->index(row, 0).data(FeatureListModel::NameRole).toString() ==
                    name)
                    return true;
        return false;
    }

    // Bytes read back from the hex view: the hex columns of every line.
    static QByteArray bytesFromHexDump(const QString &dump)
    {
        QByteArray bytes;
        for (const QString &line : dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype bar = line.indexOf(QStringLiteral(" |"));
            if (bar < 10)
                return "unparsable line: " + line.toUtf8();
            const QString hex = line.mid(10, bar - 10).simplified().remove(QLatin1Char(' '));
            bytes += QByteArray::fromHex(hex.toLatin1());
        }
        return bytes;
    }

    // The pane a detail tab shows, with its mode selector and text.
    struct Pane
    {
        QComboBox *mode = nullptr;
        QPlainTextEdit *text = nullptr;
    };
    static Pane bodyPane(ExchangeDetailView *detail, const QString &tabText)
    {
        auto *tabs = detail->findChild<QTabWidget *>();
        for (int i = 0; tabs && i < tabs->count(); ++i)
            if (tabs->tabText(i) == tabText) {
                tabs->setCurrentIndex(i);
                QWidget *page = tabs->widget(i);
                return {page->findChild<QComboBox *>(), page->findChild<QPlainTextEdit *>()};
            }
        return {};
    }

    // The session tab the Connect dialog opened.
    static McpSessionView *lastSession(MainWindow &window)
    {
        QTabWidget *tabs = centralTabs(window);
        return qobject_cast<McpSessionView *>(tabs->widget(tabs->count() - 1));
    }

    static QString connectThroughDialog(MainWindow &window, int transport, const QString &target,
                                        const QString &extraLines, int timeoutS, int maxBodyMib)
    {
        QAction *connect = toolbarAction(window, QStringLiteral("&Connect to MCP Server…"));
        if (!connect)
            return QStringLiteral("no Connect action in the toolbar");
        return withDialog(connect, [&](QDialog *dialog) -> QString {
            auto *kind = field<QComboBox>(dialog, QStringLiteral("&Transport:"));
            auto *url = field<QComboBox>(dialog, QStringLiteral("&URL or command:"));
            auto *timeout = field<QSpinBox>(dialog, QStringLiteral("Request &timeout:"));
            auto *maxBody = dialog->findChild<QSpinBox *>(QStringLiteral("maxBody"));
            if (!kind || !url || !timeout || !maxBody)
                return QStringLiteral("a field of the Connect dialog is missing");
            kind->setCurrentIndex(transport); // picked from the list
            auto *extra =
                field<QPlainTextEdit>(dialog, transport == 3 ? QStringLiteral("&Environment:")
                                                             : QStringLiteral("&Headers:"));
            QPushButton *ok = button(dialog, QStringLiteral("Connect"));
            if (!extra || !ok)
                return QStringLiteral(
                    "the headers/environment field or the Connect button is missing");
            url->lineEdit()->selectAll(); // a recent target may be pre-filled
            QTest::keyClicks(url->lineEdit(), target);
            // The legacy era (issue 16's era box, after the URL, which
            // restores a server's era): the first request is initialize.
            if (auto *era = dialog->findChild<QComboBox *>(QStringLiteral("protocolEra")))
                era->setCurrentIndex(1);
            QTest::keyClicks(extra, extraLines);
            timeout->setValue(timeoutS);
            maxBody->setValue(maxBodyMib);
            QTest::mouseClick(ok, Qt::LeftButton);
            return dialog->isVisible() ? QStringLiteral("the dialog stayed open") : QString();
        });
    }

    // Picks a tool, clicks Call, waits for the result.
    static bool callTool(McpSessionView *view, const QString &name,
                         const std::function<void()> &fill = {})
    {
        if (!clickTool(view, name))
            return false;
        if (fill)
            fill();
        auto *call = view->findChild<QPushButton *>(QStringLiteral("callTool"));
        if (!call || !call->isEnabled())
            return false;
        QSignalSpy done(toolsTab(view), &ToolsTab::toolCallFinished);
        QTest::mouseClick(call, Qt::LeftButton);
        return done.wait(30000);
    }

    // Types into a form field (found by its property name), replacing its text.
    static bool typeInto(McpSessionView *view, const QString &property, const QString &text)
    {
        auto *edit = view->findChild<QLineEdit *>(property);
        if (!edit)
            return false;
        edit->selectAll();
        QTest::keyClicks(edit, text);
        return edit->text() == text;
    }

    // The stdio server McpScope started: a child of this process running
    // server-everything's stdio mode.
    static QList<qint64> stdioServers()
    {
        QList<qint64> pids;
        const QString self = QString::number(QCoreApplication::applicationPid());
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool number = false;
            const qint64 pid = entry.toLongLong(&number);
            if (!number)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (!stat.open(QIODevice::ReadOnly) || !cmdline.open(QIODevice::ReadOnly))
                continue;
            const QString statText = QString::fromLatin1(stat.readAll());
            const QStringList fields =
                statText.mid(statText.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
            const QByteArray command = cmdline.readAll();
            if (fields.size() > 1 && fields.at(1) == self &&
                command.contains("server-everything") &&
                command.endsWith(QByteArrayView("stdio\0", 6)))
                pids << pid;
        }
        return pids;
    }

    // Answers the waiting server request of this method with its default
    // answer, as a user does in the Server requests tab: picks its row,
    // clicks Accept.
    static QString acceptWaiting(McpSessionView *view, const QString &method)
    {
        QWidget *queue = view->findChild<ServerRequestsTab *>(QStringLiteral("serverRequestsTab"));
        QListWidget *requests = requestList(queue);
        if (!requests)
            return QStringLiteral("no server request queue");
        for (int r = 0; r < requests->count(); ++r) {
            if (requestMethod(queue, r) != method || requestState(queue, r) != u"waiting")
                continue;
            requests->setCurrentRow(r);
            QPushButton *accept = button(queue, QStringLiteral("Accept"));
            if (!accept || !accept->isEnabled())
                return QStringLiteral("Accept is not offered");
            QTest::mouseClick(accept, Qt::LeftButton);
            return requestState(queue, r) == u"accepted" ? QString() : requestState(queue, r);
        }
        QStringList seen;
        for (int r = 0; r < requests->count(); ++r)
            seen << requests->item(r)->text() + QStringLiteral(" [") + requestState(queue, r) +
                        QLatin1Char(']');
        return QStringLiteral("no waiting %1 among: %2")
            .arg(method, seen.join(QStringLiteral("; ")));
    }

    // The validation message a dialog shows, if one is on screen.
    static bool showsMessage(QDialog *dialog, const QString &text)
    {
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->isVisible() && label->text() == text)
                return true;
        return false;
    }

    // Opens New Request from the toolbar, types each field, clicks Send.
    static QString sendThroughDialog(MainWindow &window, const QString &method, const QString &url,
                                     const QStringList &headerLines, const QString &body,
                                     int timeoutS)
    {
        return withDialog(
            toolbarAction(window, QStringLiteral("&New Request…")),
            [&](QDialog *dialog) -> QString {
                auto *verb = field<QComboBox>(dialog, QStringLiteral("&Method:"));
                auto *target = field<QComboBox>(dialog, QStringLiteral("&URL:"));
                auto *headers = field<QPlainTextEdit>(dialog, QStringLiteral("&Headers:"));
                auto *content = field<QPlainTextEdit>(dialog, QStringLiteral("&Body:"));
                auto *timeout = field<QSpinBox>(dialog, QStringLiteral("Idle &timeout:"));
                QPushButton *send = button(dialog, QStringLiteral("Send"));
                if (!verb || !target || !headers || !content || !timeout || !send)
                    return QStringLiteral("a field of the New Request dialog is missing");
                verb->lineEdit()->selectAll();
                QTest::keyClicks(verb->lineEdit(), method);
                target->lineEdit()->selectAll();
                QTest::keyClicks(target->lineEdit(), url);
                for (qsizetype i = 0; i < headerLines.size(); ++i) {
                    if (i > 0)
                        QTest::keyClick(headers, Qt::Key_Return);
                    QTest::keyClicks(headers, headerLines.at(i));
                }
                QTest::keyClicks(content, body);
                timeout->setValue(timeoutS);
                QTest::mouseClick(send, Qt::LeftButton);
                return dialog->isVisible() ? QStringLiteral("the dialog stayed open") : QString();
            });
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_gui_paths"));
    }

    // File > New Request: a POST initialize typed into the dialog goes to
    // server-everything; the exchange appears in the capture log with its
    // status, and the detail pane's raw and hex views show exactly the bytes
    // the store holds for both bodies.
    void newRequestDialogAndBodyViews()
    {
        NodePeer everything;
        const QString started =
            everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("requests.sqlite"))));
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(everything.port());
        const QString body = QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":"
                                            "\"initialize\",\"params\":{\"protocolVersion\":"
                                            "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{"
                                            "\"name\":\"gui-paths\",\"version\":\"1\"}}}");
        QAction *newRequest = toolbarAction(window, QStringLiteral("&New Request…"));
        QVERIFY(newRequest);
        const QString why = withDialog(newRequest, [&](QDialog *dialog) -> QString {
            auto *method = field<QComboBox>(dialog, QStringLiteral("&Method:"));
            auto *target = field<QComboBox>(dialog, QStringLiteral("&URL:"));
            auto *headers = field<QPlainTextEdit>(dialog, QStringLiteral("&Headers:"));
            auto *content = field<QPlainTextEdit>(dialog, QStringLiteral("&Body:"));
            auto *timeout = field<QSpinBox>(dialog, QStringLiteral("Idle &timeout:"));
            QPushButton *send = button(dialog, QStringLiteral("Send"));
            if (!method || !target || !headers || !content || !timeout || !send)
                return QStringLiteral("a field of the New Request dialog is missing");
            method->lineEdit()->selectAll();
            QTest::keyClicks(method->lineEdit(), QStringLiteral("POST"));
            target->lineEdit()->selectAll(); // a recent target may be pre-filled
            QTest::keyClicks(target->lineEdit(), url);
            QTest::keyClicks(headers, QStringLiteral("Content-Type: application/json"));
            QTest::keyClick(headers, Qt::Key_Return);
            QTest::keyClicks(headers,
                             QStringLiteral("Accept: application/json, text/event-stream"));
            QTest::keyClick(headers, Qt::Key_Return);
            QTest::keyClicks(headers, QStringLiteral("X-Gui-Paths: typed"));
            QTest::keyClicks(content, body);
            timeout->setValue(20);
            QTest::mouseClick(send, Qt::LeftButton);
            return dialog->isVisible() ? QStringLiteral("the dialog stayed open") : QString();
        });
        QVERIFY2(why.isEmpty(), qPrintable(why));

        // The exchange in the log, with the server's status.
        CaptureModel *model = logModel(window);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
        QCOMPARE(model->index(0, CaptureModel::Method).data().toString(), QStringLiteral("POST"));
        QCOMPARE(model->index(0, CaptureModel::Path).data().toString(), QStringLiteral("/mcp"));
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, CaptureModel::Status).data().toInt(), 200, 15000);
        QVERIFY(recentTargets(window).contains(url));

        // Picked with the mouse, it shows below the log.
        QTableView *log = window.findChild<QTableView *>(QStringLiteral("captureLog"));
        QVERIFY(log);
        const QModelIndex first = model->index(0, CaptureModel::Path);
        QTest::mouseClick(log->viewport(), Qt::LeftButton, {}, log->visualRect(first).center());
        QCOMPARE(log->currentIndex().row(), 0);
        ExchangeDetailView *detail = window.findChild<ExchangeDetailView *>();
        QVERIFY(detail);
        QTRY_VERIFY(exchangeSummary(detail).contains(QStringLiteral("POST %1  →  200").arg(url)));

        // What the store holds for it.
        CaptureReader reader;
        QVERIFY(reader.open(store.path()));
        auto stored = reader.exchange(model->exchangeId(0));
        QVERIFY(stored && stored->has_value());
        const Exchange &e = **stored;
        QCOMPARE(e.requestBody, body.toUtf8());
        QCOMPARE(e.requestHeader("x-gui-paths"), QByteArray("typed"));
        QVERIFY2(e.responseBody.contains("\"serverInfo\""), e.responseBody.constData());

        // Raw and hex views of both bodies show the stored bytes.
        for (const auto &[tab, bytes] :
             {std::pair{QStringLiteral("Request body"), e.requestBody},
              std::pair{QStringLiteral("Response body"), e.responseBody}}) {
            const Pane pane = bodyPane(detail, tab);
            QVERIFY2(pane.mode && pane.text, qPrintable(tab));
            pane.mode->setCurrentIndex(pane.mode->findText(QStringLiteral("Raw")));
            QCOMPARE(pane.text->toPlainText(), QString::fromUtf8(bytes));
            pane.mode->setCurrentIndex(pane.mode->findText(QStringLiteral("Hex")));
            QCOMPARE(bytesFromHexDump(pane.text->toPlainText()), bytes);
        }
    }

    // Connect dialog: transport, URL, a header, the request timeout and the
    // maximum body size typed in and accepted; the session they make uses
    // each one against server-everything.
    void connectDialogSettingsReachTheSession()
    {
        NodePeer everything;
        const QString started =
            everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("connect.sqlite"))));
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(everything.port());
        const QString why = connectThroughDialog(
            window, 1, url, QStringLiteral("X-Gui-Paths: connect-dialog"), 2, 1);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(centralTabs(window)->count(), 2);
        McpSessionView *view = lastSession(window);
        QVERIFY(view);
        QTRY_VERIFY2_WITH_TIMEOUT(toolListed(view, QStringLiteral("echo")),
                                  qPrintable(headerText(view)), 15000);
        QVERIFY2(headerText(view).contains(QStringLiteral("streamable-http")),
                 qPrintable(headerText(view)));

        // The header went out with the session's requests.
        CaptureReader reader;
        QVERIFY(reader.open(store.path()));
        auto ids = reader.exchangeIds({}, 0, 100);
        QVERIFY(ids && !ids->isEmpty());
        auto initialize = reader.exchange(ids->first());
        QVERIFY(initialize && initialize->has_value());
        QVERIFY2((*initialize)->requestBody.contains("\"initialize\""),
                 (*initialize)->requestBody.constData());
        QCOMPARE((*initialize)->requestHeader("x-gui-paths"), QByteArray("connect-dialog"));

        // A server request waiting for the user holds every timeout (see
        // McpClient::request), so the roots/list server-everything sends
        // after initialize is answered first.
        QWidget *queue = view->findChild<ServerRequestsTab *>(QStringLiteral("serverRequestsTab"));
        QVERIFY(queue && requestList(queue));
        QTRY_COMPARE_WITH_TIMEOUT(waitingRequestCount(queue), 1, 10000);
        const QString accepted = acceptWaiting(view, QStringLiteral("roots/list"));
        QVERIFY2(accepted.isEmpty(), qPrintable(accepted));
        QCOMPARE(waitingRequestCount(queue), 0);

        // The 2 s timeout: a 6 s operation with no progress in between gives up.
        QVERIFY(callTool(view, QStringLiteral("trigger-long-running-operation"), [&] {
            QVERIFY(typeInto(view, QStringLiteral("duration"), QStringLiteral("6")));
            QVERIFY(typeInto(view, QStringLiteral("steps"), QStringLiteral("1")));
        }));
        QVERIFY2(resultText(view).contains(QStringLiteral("No response to tools/call within 2 s")),
                 qPrintable(resultText(view)));

        // The 1 MiB body cap: an echo of 1.2 MiB is refused, clearly.
        QVERIFY(callTool(view, QStringLiteral("echo"), [&] {
            setArguments(view, QStringLiteral("{\"message\": \"%1\"}")
                                   .arg(QString(1200 * 1024, QLatin1Char('x'))));
        }));
        QVERIFY2(resultText(view).contains(QStringLiteral("larger than the body cap of 1 MiB")),
                 qPrintable(resultText(view).left(300)));
        // A small one still goes through.
        QVERIFY(callTool(view, QStringLiteral("echo"),
                         [&] { setArguments(view, QStringLiteral("{\"message\": \"small\"}")); }));
        QVERIFY2(resultText(view).contains(QStringLiteral("Echo: small")),
                 qPrintable(resultText(view).left(300)));
        view->client()->close();
    }

    // A stdio session from the Connect dialog, with an environment variable
    // the server sees; the tools/list_changed the server sends once it knows
    // the client's capabilities refreshes the tool list; when the server dies,
    // Reconnect starts it again and tools work.
    void stdioSessionListChangedAndReconnect()
    {
        const QString node = nodeBinary();
        QVERIFY2(!node.isEmpty() && !node.contains(QLatin1Char(' ')) &&
                     !everythingScript().contains(QLatin1Char(' ')),
                 qPrintable(node));
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("stdio.sqlite"))));
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString why = connectThroughDialog(
            window, 3, node + QLatin1Char(' ') + everythingScript() + QStringLiteral(" stdio"),
            QStringLiteral("MCPSCOPE_GUI_PATHS=from-the-dialog"), 30, 8);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        McpSessionView *view = lastSession(window);
        QVERIFY(view);
        QTRY_VERIFY2_WITH_TIMEOUT(toolListed(view, QStringLiteral("get-env")),
                                  qPrintable(headerText(view)), 15000);
        QVERIFY2(headerText(view).contains(QStringLiteral("stdio")), qPrintable(headerText(view)));

        // list_changed: the conditional tools appear, through a second tools/list.
        QTRY_VERIFY_WITH_TIMEOUT(
            notificationsText(view).contains(QStringLiteral("notifications/tools/list_changed")),
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(toolListed(view, QStringLiteral("trigger-elicitation-request")),
                                 10000);
        CaptureReader reader;
        QVERIFY(reader.open(store.path()));
        const auto toolLists = [&] {
            int n = 0;
            if (auto messages = reader.messages())
                for (const MessageRecord &m : *messages)
                    n += m.outgoing && m.method == u"tools/list";
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(toolLists() >= 2, 10000); // the first, then one per list_changed

        // The environment typed in the dialog reached the server.
        QVERIFY(callTool(view, QStringLiteral("get-env")));
        QVERIFY2(resultText(view).contains(QStringLiteral("MCPSCOPE_GUI_PATHS")) &&
                     resultText(view).contains(QStringLiteral("from-the-dialog")),
                 qPrintable(resultText(view).left(300)));

        // The server dies; the view says so and offers Reconnect.
        const QList<qint64> before = stdioServers();
        QCOMPARE(before.size(), 1);
        QCOMPARE(::kill(pid_t(before.first()), SIGKILL), 0);
        QPushButton *reconnect = button(view, QStringLiteral("Reconnect"));
        QVERIFY(reconnect);
        QTRY_VERIFY_WITH_TIMEOUT(reconnect->isVisible(), 10000);
        QVERIFY2(headerText(view).startsWith(QStringLiteral("Not connected")),
                 qPrintable(headerText(view)));
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(headerText(view).contains(QStringLiteral("protocol")), 15000);
        QVERIFY(!reconnect->isVisible());
        const QList<qint64> after = stdioServers();
        QCOMPARE(after.size(), 1);
        QVERIFY(after.first() != before.first());
        QVERIFY(callTool(view, QStringLiteral("echo"), [&] {
            QVERIFY(typeInto(view, QStringLiteral("message"), QStringLiteral("after reconnect")));
        }));
        QVERIFY2(resultText(view).contains(QStringLiteral("Echo: after reconnect")),
                 qPrintable(resultText(view).left(300)));
        view->client()->close();
    }

    // Boolean and enum fields of the form generated from an inputSchema
    // (get-annotated-message): picked with the keyboard, the JSON editor
    // follows; JSON typed in the editor sets them back.
    void schemaFormBooleansAndArrays()
    {
        NodePeer everything;
        const QString started =
            everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("form.sqlite"))));
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        McpSessionView *view =
            window.connectMcp({ConnectSettings::Kind::StreamableHttp,
                               QStringLiteral("http://127.0.0.1:%1/mcp").arg(everything.port()),
                               30,
                               {},
                               {}});
        QTRY_VERIFY_WITH_TIMEOUT(toolListed(view, QStringLiteral("get-annotated-message")), 15000);
        QVERIFY(clickTool(view, QStringLiteral("get-annotated-message")));
        auto *includeImage = view->findChild<QComboBox *>(QStringLiteral("includeImage"));
        auto *messageType = view->findChild<QComboBox *>(QStringLiteral("messageType"));
        QVERIFY(includeImage && messageType);
        // The default (false) is pre-filled.
        QCOMPARE(includeImage->currentText(), QStringLiteral("false"));
        const auto arguments = [&] {
            return QJsonDocument::fromJson(argumentsText(view).toUtf8()).object();
        };
        QCOMPARE(arguments(), (QJsonObject{{QStringLiteral("includeImage"), false}}));
        QTest::keyClick(includeImage, Qt::Key_Up); // false → true
        QCOMPARE(includeImage->currentText(), QStringLiteral("true"));
        QTest::keyClick(messageType, Qt::Key_Down); // (not set) → error
        QCOMPARE(messageType->currentText(), QStringLiteral("error"));
        QCOMPARE(arguments(),
                 (QJsonObject{{QStringLiteral("includeImage"), true},
                              {QStringLiteral("messageType"), QStringLiteral("error")}}));
        QVERIFY2(argumentsState(view).contains(QStringLiteral("Valid against the input schema")),
                 qPrintable(argumentsState(view)));
        QTest::keyClick(includeImage, Qt::Key_Up); // true → (not set): left out
        QCOMPARE(arguments(),
                 (QJsonObject{{QStringLiteral("messageType"), QStringLiteral("error")}}));
        QTest::keyClick(includeImage, Qt::Key_Down); // back to true
        auto *call = view->findChild<QPushButton *>(QStringLiteral("callTool"));
        QSignalSpy done(toolsTab(view), &ToolsTab::toolCallFinished);
        QTest::mouseClick(call, Qt::LeftButton);
        QVERIFY(done.wait(15000));
        QCOMPARE(resultImageCount(view), 1); // includeImage: true reached the server
        // JSON → form.
        setArguments(view,
                     QStringLiteral("{\"messageType\": \"success\", \"includeImage\": false}"));
        QCOMPARE(includeImage->currentText(), QStringLiteral("false"));
        QCOMPARE(messageType->currentText(), QStringLiteral("success"));
        setArguments(view, QStringLiteral("{\"messageType\": \"debug\"}"));
        QCOMPARE(includeImage->currentIndex(), 0); // not set

        // An array of enums is a checklist and an optional boolean a
        // (not set)/true/false choice: in the elicitation form
        // server-everything sends (no server-everything tool has an array
        // or a nested object in its inputSchema; the same SchemaForm draws
        // both).
        QTRY_VERIFY_WITH_TIMEOUT(toolListed(view, QStringLiteral("trigger-elicitation-request")),
                                 10000);
        QVERIFY(clickTool(view, QStringLiteral("trigger-elicitation-request")));
        QSignalSpy elicited(toolsTab(view), &ToolsTab::toolCallFinished);
        QTest::mouseClick(call, Qt::LeftButton);
        QWidget *queue = view->findChild<ServerRequestsTab *>(QStringLiteral("serverRequestsTab"));
        QVERIFY(queue);
        showTab(view, queue);
        QListWidget *requests = requestList(queue);
        QVERIFY(requests);
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row =
                                      [&] {
                                          for (int r = 0; r < requests->count(); ++r)
                                              if (requests->item(r)->text().startsWith(
                                                      QStringLiteral("elicitation/create — ")) &&
                                                  requestState(queue, r) == u"waiting")
                                                  return r;
                                          return -1;
                                      }()) >= 0,
                                 15000);
        requests->setCurrentRow(row);
        auto *instruments =
            queue->findChild<QListWidget *>(QStringLiteral("untitledMultipleSelectEnum"));
        auto *check = queue->findChild<QComboBox *>(QStringLiteral("check"));
        auto *name = queue->findChild<QLineEdit *>(QStringLiteral("name"));
        QVERIFY(instruments && check && name);
        const auto answer = [&] {
            return QJsonDocument::fromJson(answerText(queue).toUtf8()).object();
        };
        QCOMPARE(answer().value(QStringLiteral("untitledMultipleSelectEnum")),
                 QJsonValue(QJsonArray{QStringLiteral("Guitar")}));
        const QList<QListWidgetItem *> piano =
            instruments->findItems(QStringLiteral("Piano"), Qt::MatchExactly);
        QCOMPARE(piano.size(), 1);
        piano.first()->setCheckState(Qt::Checked); // what clicking its box does
        QCOMPARE(answer().value(QStringLiteral("untitledMultipleSelectEnum")),
                 QJsonValue(QJsonArray{QStringLiteral("Guitar"), QStringLiteral("Piano")}));
        instruments->findItems(QStringLiteral("Guitar"), Qt::MatchExactly)
            .first()
            ->setCheckState(Qt::Unchecked);
        QCOMPARE(answer().value(QStringLiteral("untitledMultipleSelectEnum")),
                 QJsonValue(QJsonArray{QStringLiteral("Piano")}));
        QVERIFY(!answer().contains(QStringLiteral("check")));
        QTest::keyClick(check, Qt::Key_Down); // (not set) → true
        QCOMPARE(answer().value(QStringLiteral("check")), QJsonValue(true));
        QTest::keyClicks(name, QStringLiteral("Ada"));
        QPushButton *accept = button(queue, QStringLiteral("Accept"));
        QVERIFY(accept && accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QVERIFY(elicited.wait(15000));
        QVERIFY2(resultText(view).contains(QStringLiteral("Agreed to terms: true")),
                 qPrintable(resultText(view)));
        QVERIFY2(resultText(view).contains(QStringLiteral("Piano")) &&
                     !resultText(view).contains(QStringLiteral("Guitar")),
                 qPrintable(resultText(view)));
        view->client()->close();
    }

    // What the dialogs refuse, they say in place and stay open: a URL that
    // is not http(s), a header without a colon, a stdio environment line
    // without '=', an empty target. Nothing is sent or connected.
    void dialogsRefuseWhatTheyCannotUse()
    {
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("refused.sqlite"))));
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString why = withDialog(
            toolbarAction(window, QStringLiteral("&New Request…")),
            [&](QDialog *dialog) -> QString {
                auto *target = field<QComboBox>(dialog, QStringLiteral("&URL:"));
                auto *headers = field<QPlainTextEdit>(dialog, QStringLiteral("&Headers:"));
                QPushButton *send = button(dialog, QStringLiteral("Send"));
                if (!target || !headers || !send)
                    return QStringLiteral("a field of the New Request dialog is missing");
                target->lineEdit()->selectAll();
                QTest::keyClicks(target->lineEdit(), QStringLiteral("ftp://example.com/x"));
                QTest::mouseClick(send, Qt::LeftButton);
                if (!dialog->isVisible() ||
                    !showsMessage(dialog, QStringLiteral("\"ftp://example.com/x\" is not an "
                                                         "http:// or https:// URL with a host.")))
                    return QStringLiteral("an ftp URL was not refused in place");
                target->lineEdit()->selectAll();
                QTest::keyClicks(target->lineEdit(), QStringLiteral("http://127.0.0.1:9/x"));
                QTest::keyClicks(headers, QStringLiteral("no colon here"));
                QTest::mouseClick(send, Qt::LeftButton);
                if (!dialog->isVisible() ||
                    !showsMessage(
                        dialog, QStringLiteral(
                                    "\"no colon here\" is not a header: write it as Name: value.")))
                    return QStringLiteral("a header without a colon was not refused in place");
                QTest::mouseClick(button(dialog, QStringLiteral("Cancel")), Qt::LeftButton);
                return QString();
            });
        QVERIFY2(why.isEmpty(), qPrintable(why));

        why = withDialog(
            toolbarAction(window, QStringLiteral("&Connect to MCP Server…")),
            [&](QDialog *dialog) -> QString {
                auto *kind = field<QComboBox>(dialog, QStringLiteral("&Transport:"));
                auto *target = field<QComboBox>(dialog, QStringLiteral("&URL or command:"));
                QPushButton *ok = button(dialog, QStringLiteral("Connect"));
                if (!kind || !target || !ok)
                    return QStringLiteral("a field of the Connect dialog is missing");
                target->lineEdit()->clear();
                QTest::mouseClick(ok, Qt::LeftButton);
                if (!dialog->isVisible() ||
                    !showsMessage(dialog, QStringLiteral("Enter the server's URL.")))
                    return QStringLiteral("an empty URL was not refused in place");
                QTest::keyClicks(target->lineEdit(), QStringLiteral("ftp://example.com/mcp"));
                QTest::mouseClick(ok, Qt::LeftButton);
                if (!dialog->isVisible() ||
                    !showsMessage(
                        dialog,
                        QStringLiteral(
                            "\"ftp://example.com/mcp\" is not an http:// or https:// URL.")))
                    return QStringLiteral("an ftp URL was not refused in place");
                kind->setCurrentIndex(3); // stdio
                auto *environment = field<QPlainTextEdit>(dialog, QStringLiteral("&Environment:"));
                if (!environment)
                    return QStringLiteral("stdio shows no Environment field");
                target->lineEdit()->selectAll();
                QTest::keyClicks(target->lineEdit(), QStringLiteral("server --stdio"));
                QTest::keyClicks(environment, QStringLiteral("JUST_A_NAME"));
                QTest::mouseClick(ok, Qt::LeftButton);
                if (!dialog->isVisible() ||
                    !showsMessage(dialog, QStringLiteral("\"JUST_A_NAME\" is not NAME=value.")))
                    return QStringLiteral(
                        "an environment line without '=' was not refused in place");
                QTest::mouseClick(button(dialog, QStringLiteral("Cancel")), Qt::LeftButton);
                return QString();
            });
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(centralTabs(window)->count(), 1); // no session opened
        QCOMPARE(logModel(window)->rowCount(), 0); // nothing sent
    }

    // The New Request dialog's idle timeout: a tools/call whose answer
    // takes 5 s with nothing sent meanwhile is given up after the 1 s typed
    // in the dialog, and the log and detail pane say so.
    void newRequestIdleTimeout()
    {
        NodePeer everything;
        const QString started =
            everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("idle.sqlite"))));
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(everything.port());
        const QStringList json{QStringLiteral("Content-Type: application/json"),
                               QStringLiteral("Accept: application/json, text/event-stream")};
        QString why =
            sendThroughDialog(window, QStringLiteral("POST"), url, json,
                              QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":"
                                             "\"initialize\",\"params\":{\"protocolVersion\":"
                                             "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{"
                                             "\"name\":\"gui-paths\",\"version\":\"1\"}}}"),
                              30);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        CaptureModel *model = logModel(window);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, CaptureModel::Status).data().toInt(), 200, 15000);
        CaptureReader reader;
        QVERIFY(reader.open(store.path()));
        QByteArray session;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto e = reader.exchange(model->exchangeId(0));
                session =
                    e && e->has_value() ? (*e)->responseHeader("mcp-session-id") : QByteArray();
                return !session.isEmpty();
            }(),
            10000);
        const QStringList inSession =
            json + QStringList{QStringLiteral("Mcp-Session-Id: ") + QString::fromLatin1(session),
                               QStringLiteral("Mcp-Protocol-Version: 2025-06-18")};
        why = sendThroughDialog(
            window, QStringLiteral("POST"), url, inSession,
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"), 30);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(1, CaptureModel::Status).data().toInt(), 202, 15000);

        why = sendThroughDialog(
            window, QStringLiteral("POST"), url, inSession,
            QStringLiteral(
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
                "\"trigger-long-running-operation\",\"arguments\":{\"duration\":5,\"steps\":1}}}"),
            1);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(model->index(2, 0).data(CaptureModel::FailedRole).toBool(), 15000);
        QTableView *log = window.findChild<QTableView *>(QStringLiteral("captureLog"));
        QVERIFY(log);
        QTest::mouseClick(log->viewport(), Qt::LeftButton, {},
                          log->visualRect(model->index(2, CaptureModel::Path)).center());
        ExchangeDetailView *detail = window.findChild<ExchangeDetailView *>();
        QTRY_VERIFY2(
            exchangeError(detail).contains(QStringLiteral("The server sent nothing for 1 s")),
            qPrintable(exchangeError(detail)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiPaths)
#include "tst_gui_paths.moc"
