#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "feature_ui.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "mcp/mcp_client.h"
#include "mcp/protocol_era.h"
#include "models/feature_list_model.h"
#include "node_peer.h"
#include "screenshots.h"
#include "session/mcp_session.h"
#include "session_ui.h"
#include "ui/common/schema_form.h"
#include "ui/main_window.h"
#include "ui/session/mcp_session_view.h"
#include "ui/session/notifications_tab.h"
#include "ui/session/server_requests_tab.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <functional>

using namespace mcpscope;
using namespace mcpscope::testing;

// Issue 16 in the GUI: a session in the modern era (2026-07-28) opened from
// the Connect dialog against the official TypeScript SDK v2 server
// (tests/peers/servers/sdk_v2_server.mjs); the era chosen there is
// remembered for the server; the header names the era; logging is marked
// deprecated; a multi round-trip tool's input request waits in the
// server-request queue, is answered there, and the tool's result uses it.
class TestModernSession : public QObject
{
    Q_OBJECT

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

    // Triggers action and runs fill on the modal dialog it opens.
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
            if (dialog->isVisible())
                dialog->reject();
        });
        poll->start();
        action->trigger(); // returns when the dialog closes
        delete poll;
        return why;
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

    static McpSessionView *lastSession(MainWindow &window)
    {
        QTabWidget *tabs = centralTabs(window);
        return qobject_cast<McpSessionView *>(tabs->widget(tabs->count() - 1));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_modern_session"));
        const QString why = m_v2.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/sdk_v2_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void modernSessionAnswersAnInputRequest()
    {
        CaptureStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("modern.sqlite"))));
        MainWindow window(&store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_v2.port());
        QAction *connect = toolbarAction(window, QStringLiteral("&Connect to MCP Server…"));

        // The Connect dialog: Streamable HTTP, the URL, the modern era. The
        // HTTP+SSE transport is marked deprecated for the modern era.
        QString why = withDialog(connect, [&](QDialog *dialog) -> QString {
            auto *kind = field<QComboBox>(dialog, QStringLiteral("&Transport:"));
            auto *target = field<QComboBox>(dialog, QStringLiteral("&URL or command:"));
            auto *era = field<QComboBox>(dialog, QStringLiteral("Protocol &era:"));
            auto *note = dialog->findChild<QLabel *>(QStringLiteral("eraNote"));
            QPushButton *ok = button(dialog, QStringLiteral("Connect"));
            if (!kind || !target || !era || !note || !ok)
                return QStringLiteral("a field of the Connect dialog is missing");
            if (era->objectName() != u"protocolEra" || era->count() != 3 ||
                !era->itemText(2).contains(QStringLiteral("2026-07-28")))
                return QStringLiteral("the era box is not Auto/Legacy/Modern");
            if (era->currentIndex() != int(ProtocolEra::Auto))
                return QStringLiteral("a new server does not start in Auto");
            era->setCurrentIndex(int(ProtocolEra::Modern));
            kind->setCurrentIndex(2); // HTTP+SSE
            if (note->isHidden() || !note->text().contains(QStringLiteral("2026-07-28")))
                return QStringLiteral("HTTP+SSE is not marked deprecated for the modern era");
            kind->setCurrentIndex(1); // Streamable HTTP
            if (!note->isHidden())
                return QStringLiteral("the deprecation note stays for Streamable HTTP");
            target->lineEdit()->selectAll();
            QTest::keyClicks(target->lineEdit(), url);
            if (era->currentIndex() != int(ProtocolEra::Auto))
                return QStringLiteral("typing an unknown server's URL did not reset the era");
            era->setCurrentIndex(int(ProtocolEra::Modern));
            QTest::mouseClick(ok, Qt::LeftButton);
            return dialog->isVisible() ? QStringLiteral("the dialog stayed open") : QString();
        });
        QVERIFY2(why.isEmpty(), qPrintable(why));
        McpSessionView *view = lastSession(window);
        QVERIFY(view);
        QTRY_VERIFY2_WITH_TIMEOUT(toolListed(view, QStringLiteral("ask_name")),
                                  qPrintable(headerText(view)), 20000);
        QCOMPARE(view->client()->era(), ProtocolEra::Modern);
        QVERIFY2(headerText(view).contains(QStringLiteral("Modern · protocol 2026-07-28")),
                 qPrintable(headerText(view)));
        QVERIFY2(headerText(view).contains(QStringLiteral("sdk-v2-peer")),
                 qPrintable(headerText(view)));
        auto *logging = view->findChild<QLabel *>(QStringLiteral("loggingDeprecated"));
        QVERIFY(logging);
        QVERIFY(!logging->isHidden());
        QVERIFY(logging->text().contains(QStringLiteral("deprecated in 2026-07-28")));

        // The MRTR tool: its input request waits in the queue.
        QWidget *queue = view->findChild<ServerRequestsTab *>(QStringLiteral("serverRequestsTab"));
        QVERIFY(queue && requestList(queue) && elicitationForm(queue));
        QVERIFY(selectTool(view, QStringLiteral("ask_name")));
        setArguments(view, QStringLiteral("{\"greeting\": \"Welcome\"}"));
        QSignalSpy finished(toolsTab(view), &ToolsTab::toolCallFinished);
        callTool(view);
        QTRY_COMPARE_WITH_TIMEOUT(waitingRequestCount(queue), 1, 15000);
        const int row = waitingRow(queue, QStringLiteral("elicitation/create"));
        QVERIFY(row >= 0);
        QVERIFY(pickRequest(queue, row));
        QVERIFY(elicitationForm(queue)->hasFields());
        auto *name = elicitationForm(queue)->findChild<QLineEdit *>(QStringLiteral("name"));
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("Ada"));
        QVERIFY2(answerText(queue).contains(QStringLiteral("\"name\": \"Ada\"")),
                 qPrintable(answerText(queue)));
        showTab(view, queue);
        snap(&window, QStringLiteral("modern-session-mrtr"));
        snapAll(&window, QStringLiteral("modern-session-mrtr"));
        window.resize(1280, 800);
        QVERIFY(clickRequestButton(queue, "acceptRequest"));
        QCOMPARE(requestState(queue, row), QStringLiteral("accepted"));
        QVERIFY(finished.wait(20000) || !finished.isEmpty());
        QVERIFY2(resultText(view).contains(QStringLiteral("Welcome, Ada!")),
                 qPrintable(resultText(view)));
        showTab(view, toolsTab(view));
        snap(&window, QStringLiteral("modern-session-result"));

        // The store: a modern session, the call's two rounds linked.
        const qint64 captured = view->session()->captureSessionId();
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(store.path()));
        const auto sessions = reader.sessions();
        QVERIFY(sessions);
        const auto found =
            std::find_if(sessions->cbegin(), sessions->cend(),
                         [captured](const SessionInfo &s) { return s.id == captured; });
        QVERIFY(found != sessions->cend());
        QCOMPARE(found->era, QStringLiteral("modern"));
        QList<MessageRecord> rounds;
        for (const MessageRecord &m : reader.messages(captured).value_or(QList<MessageRecord>{}))
            if (m.outgoing && m.method == u"tools/call" && m.payload.contains("ask_name"))
                rounds << m;
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(rounds.at(1).roundOf, rounds.at(0).id);

        // The era comes back with the server's URL.
        why = withDialog(connect, [&](QDialog *dialog) -> QString {
            auto *target = field<QComboBox>(dialog, QStringLiteral("&URL or command:"));
            auto *era = field<QComboBox>(dialog, QStringLiteral("Protocol &era:"));
            if (!target || !era)
                return QStringLiteral("a field of the Connect dialog is missing");
            target->lineEdit()->selectAll();
            QTest::keyClicks(target->lineEdit(), QStringLiteral("http://127.0.0.1:1/other"));
            if (era->currentIndex() != int(ProtocolEra::Auto))
                return QStringLiteral("another server did not start in Auto");
            target->lineEdit()->selectAll();
            QTest::keyClicks(target->lineEdit(), url);
            if (era->currentIndex() != int(ProtocolEra::Modern))
                return QStringLiteral("the modern era was not remembered for %1").arg(url);
            return {};
        });
        QVERIFY2(why.isEmpty(), qPrintable(why));
        view->client()->close();
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_v2;
};

QTEST_MAIN(TestModernSession)
#include "tst_modern_session.moc"
