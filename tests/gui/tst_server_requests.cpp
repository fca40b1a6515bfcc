#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "feature_ui.h"
#include "gui_test_settings.h"
#include "node_peer.h"
#include "session/mcp_session.h"
#include "session_ui.h"
#include "ui/session/mcp_session_view.h"
#include "ui/session/server_requests_tab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The queue of requests the server sends (Server requests tab) against the
// real server-everything: roots/list, elicitation/create and
// sampling/createMessage refused with Decline and Cancel (what the server
// then gets and says), the answer editor's checks (not JSON, not an object,
// not matching the requested schema), an edited sampling answer accepted,
// and the rows of a modern-era session marked deprecated.
class TestServerRequests : public QObject
{
    Q_OBJECT

    ConnectSettings settings() const
    {
        ConnectSettings s;
        s.kind = ConnectSettings::Kind::StreamableHttp;
        s.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        s.timeoutSeconds = 30;
        s.era = ProtocolEra::Legacy;
        return s;
    }

    // The messages we sent in capture session id.
    QList<MessageRecord> sent(qint64 id)
    {
        m_store.flush();
        CaptureReader reader;
        if (!reader.open(m_store.path()))
            return {};
        QList<MessageRecord> out;
        for (const MessageRecord &m : reader.messages(id).value_or(QList<MessageRecord>{}))
            if (m.outgoing)
                out << m;
        return out;
    }

    // Our answer to the server's request with rpc id rpcId, as stored.
    QJsonObject sentAnswer(qint64 session, const QString &rpcId)
    {
        for (const MessageRecord &m : sent(session))
            if (m.method.isEmpty() && m.rpcId == rpcId)
                return QJsonDocument::fromJson(m.payload).object();
        return {};
    }

    static QString requestRpcId(QWidget *queue)
    {
        const QJsonObject request =
            QJsonDocument::fromJson(
                named<QPlainTextEdit>(queue, "serverRequest")->toPlainText().toUtf8())
                .object();
        const QJsonValue id = request.value(QStringLiteral("id"));
        return id.isString() ? id.toString() : QString::number(id.toInteger());
    }

    static QString answerState(QWidget *queue)
    {
        return named<QLabel>(queue, "answerState")->text();
    }

    static void setAnswer(QWidget *queue, const QString &text)
    {
        named<QPlainTextEdit>(queue, "answer")->setPlainText(text);
    }

    // Calls a tool and waits for the server's request of method in the queue;
    // returns its row, made current.
    static int callAndWaitFor(McpSessionView &view, QWidget *queue, const QString &tool,
                              const QString &arguments, const QString &method)
    {
        if (!selectTool(&view, tool))
            return -1;
        setArguments(&view, arguments);
        callTool(&view);
        int row = -1;
        if (!QTest::qWaitFor([&] { return (row = waitingRow(queue, method)) >= 0; }, 15000))
            return -1;
        pickRequest(queue, row);
        return row;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_server_requests"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("requests.sqlite"))));
        const QString why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // The roots/list server-everything asks on connect, declined: the server
    // gets a JSON-RPC error; the row says "declined" and nothing can be sent.
    void rootsListDeclined()
    {
        McpSessionView view(&m_store, nullptr, nullptr);
        view.show();
        view.connectTo(settings());
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(&view) > 5, 15000);
        auto *queue = view.findChild<ServerRequestsTab *>(QStringLiteral("serverRequestsTab"));
        QVERIFY(queue);
        QSignalSpy waiting(queue, &ServerRequestsTab::waitingCountChanged);
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = waitingRow(queue, QStringLiteral("roots/list"))) >= 0,
                                 10000);
        QVERIFY(pickRequest(queue, row));
        QCOMPARE(named<QLabel>(queue, "requestMessage")->text(),
                 QStringLiteral("The server sent roots/list."));
        const QJsonObject noRoots{{QStringLiteral("roots"), QJsonArray{}}};
        QCOMPARE(QJsonDocument::fromJson(answerText(queue).toUtf8()).object(), noRoots);
        QCOMPARE(answerState(queue), QStringLiteral("Valid JSON object"));
        const QString rpcId = requestRpcId(queue);

        QVERIFY(clickRequestButton(queue, "declineRequest"));
        QCOMPARE(requestState(queue, row), QStringLiteral("declined"));
        QCOMPARE(answerState(queue), QStringLiteral("Status of this request: declined"));
        QVERIFY(!named<QPushButton>(queue, "acceptRequest")->isEnabled());
        QVERIFY(!named<QPushButton>(queue, "declineRequest")->isEnabled());
        QVERIFY(!named<QPushButton>(queue, "cancelRequest")->isEnabled());
        QVERIFY(named<QPlainTextEdit>(queue, "answer")->isReadOnly());
        QVERIFY(!waiting.isEmpty());
        QCOMPARE(waiting.last().at(0).toInt(), waitingRequestCount(queue));

        const qint64 session = view.session()->captureSessionId();
        QJsonObject answer;
        QTRY_VERIFY_WITH_TIMEOUT(!(answer = sentAnswer(session, rpcId)).isEmpty(), 10000);
        const QJsonObject error = answer.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), -1);
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("The user declined the request"));
        QVERIFY(!answer.contains(QStringLiteral("result")));
        view.client()->close();
    }

    // A form elicitation: the answer editor checks what is typed (not JSON,
    // not an object, not the requested schema); Decline sends action
    // "decline", Cancel action "cancel", and the tool says so.
    void elicitationDeclinedAndCancelled()
    {
        McpSessionView view(&m_store, nullptr, nullptr);
        view.show();
        view.connectTo(settings());
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(&view) > 5, 15000);
        auto *queue = view.findChild<ServerRequestsTab *>(QStringLiteral("serverRequestsTab"));
        QVERIFY(queue);
        const int row = callAndWaitFor(view, queue, QStringLiteral("trigger-elicitation-request"),
                                       QStringLiteral("{}"), QStringLiteral("elicitation/create"));
        QVERIFY(row >= 0);
        QCOMPARE(named<QLabel>(queue, "requestMessage")->text(),
                 QStringLiteral("Please provide inputs for the following fields:"));
        QVERIFY(elicitationForm(queue)->hasFields());
        auto *accept = named<QPushButton>(queue, "acceptRequest");
        // The defaults fill the answer; "name" is required.
        QVERIFY2(answerText(queue).contains(QStringLiteral("It was a dark and stormy night.")),
                 qPrintable(answerText(queue)));
        QVERIFY2(
            answerState(queue).startsWith(QStringLiteral("Does not match the requested schema")),
            qPrintable(answerState(queue)));
        setAnswer(queue, QStringLiteral("{\"name\": "));
        QVERIFY2(answerState(queue).startsWith(QStringLiteral("Not valid JSON: ")),
                 qPrintable(answerState(queue)));
        QVERIFY(!accept->isEnabled());
        setAnswer(queue, QStringLiteral("[1, 2]"));
        QCOMPARE(answerState(queue), QStringLiteral("The answer must be a JSON object"));
        QVERIFY(!accept->isEnabled());
        setAnswer(queue, QStringLiteral("{\"name\": 5}"));
        QVERIFY2(answerState(queue).startsWith(
                     QStringLiteral("Does not match the requested schema: /name: ")),
                 qPrintable(answerState(queue)));
        QVERIFY(accept->isEnabled());
        // Typing JSON fills the form.
        setAnswer(queue, QStringLiteral("{\"name\": \"Ada\"}"));
        QCOMPARE(answerState(queue), QStringLiteral("Matches the requested schema"));
        QCOMPARE(elicitationForm(queue)->findChild<QLineEdit *>(QStringLiteral("name"))->text(),
                 QStringLiteral("Ada"));

        QSignalSpy declined(toolsTab(&view), &ToolsTab::toolCallFinished);
        QVERIFY(clickRequestButton(queue, "declineRequest"));
        QCOMPARE(requestState(queue, row), QStringLiteral("declined"));
        QVERIFY(declined.wait(15000));
        QVERIFY2(resultText(&view).contains(
                     QStringLiteral("User declined to provide the requested information.")),
                 qPrintable(resultText(&view)));
        QVERIFY2(resultText(&view).contains(QStringLiteral("\\\"action\\\": \\\"decline\\\"")),
                 qPrintable(resultText(&view)));

        const int second =
            callAndWaitFor(view, queue, QStringLiteral("trigger-elicitation-request"),
                           QStringLiteral("{}"), QStringLiteral("elicitation/create"));
        QVERIFY(second > row);
        QSignalSpy cancelled(toolsTab(&view), &ToolsTab::toolCallFinished);
        QVERIFY(clickRequestButton(queue, "cancelRequest"));
        QCOMPARE(requestState(queue, second), QStringLiteral("cancelled"));
        QCOMPARE(requestState(queue, row), QStringLiteral("declined"));
        QVERIFY(cancelled.wait(15000));
        QVERIFY2(
            resultText(&view).contains(QStringLiteral("User cancelled the elicitation dialog.")),
            qPrintable(resultText(&view)));
        // Going back to an answered request shows its state, read-only.
        QVERIFY(pickRequest(queue, row));
        QCOMPARE(answerState(queue), QStringLiteral("Status of this request: declined"));
        QVERIFY(!named<QPushButton>(queue, "cancelRequest")->isEnabled());
        view.client()->close();
    }

    // Sampling: Cancel answers with a JSON-RPC error the tool reports; an
    // edited answer, accepted, reaches the tool's result.
    void samplingCancelledThenAnswered()
    {
        McpSessionView view(&m_store, nullptr, nullptr);
        view.show();
        view.connectTo(settings());
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(&view) > 5, 15000);
        auto *queue = view.findChild<ServerRequestsTab *>(QStringLiteral("serverRequestsTab"));
        QVERIFY(queue);
        const QString args = QStringLiteral("{\"prompt\": \"Say hi\", \"maxTokens\": 20}");
        const int row = callAndWaitFor(view, queue, QStringLiteral("trigger-sampling-request"),
                                       args, QStringLiteral("sampling/createMessage"));
        QVERIFY(row >= 0);
        QVERIFY2(answerText(queue).contains(QStringLiteral("\"model\": \"mcpscope-manual\"")),
                 qPrintable(answerText(queue)));
        QVERIFY(!elicitationForm(queue)->isVisible());
        QSignalSpy cancelled(toolsTab(&view), &ToolsTab::toolCallFinished);
        QVERIFY(clickRequestButton(queue, "cancelRequest"));
        QCOMPARE(requestState(queue, row), QStringLiteral("cancelled"));
        QVERIFY(cancelled.wait(15000));
        QVERIFY2(resultText(&view).contains(QStringLiteral("The user dismissed the request")),
                 qPrintable(resultText(&view)));

        const int second = callAndWaitFor(view, queue, QStringLiteral("trigger-sampling-request"),
                                          args, QStringLiteral("sampling/createMessage"));
        QVERIFY(second > row);
        QString answer = answerText(queue);
        answer.replace(QStringLiteral("\"text\": \"\""),
                       QStringLiteral("\"text\": \"hi from the user\""));
        setAnswer(queue, answer);
        QCOMPARE(answerState(queue), QStringLiteral("Valid JSON object"));
        QSignalSpy accepted(toolsTab(&view), &ToolsTab::toolCallFinished);
        QVERIFY(clickRequestButton(queue, "acceptRequest"));
        QCOMPARE(requestState(queue, second), QStringLiteral("accepted"));
        QVERIFY(accepted.wait(15000));
        QVERIFY2(resultText(&view).contains(QStringLiteral("hi from the user")),
                 qPrintable(resultText(&view)));
        QVERIFY2(resultText(&view).contains(QStringLiteral("mcpscope-manual")),
                 qPrintable(resultText(&view)));
        view.client()->close();
    }

    // A URL elicitation: the URL to open and Done instead of an answer
    // editor; Done tells the server only that the user accepted. Asked
    // through the error path (-32042) instead, the result lists the URLs to
    // open first, the error's own message last.
    void urlElicitation()
    {
        McpSessionView view(&m_store, nullptr, nullptr);
        view.show();
        view.connectTo(settings());
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(&view) > 5, 15000);
        auto *queue = view.findChild<ServerRequestsTab *>(QStringLiteral("serverRequestsTab"));
        QVERIFY(queue);
        const int row = callAndWaitFor(
            view, queue, QStringLiteral("trigger-url-elicitation"),
            QStringLiteral("{\"url\": \"https://auth.example/consent\", \"message\": \"Approve "
                           "McpScope\", \"elicitationId\": \"el-7\"}"),
            QStringLiteral("elicitation/create"));
        QVERIFY(row >= 0);
        showTab(&view, queue);
        QCOMPARE(named<QLabel>(queue, "requestMessage")->text(),
                 QStringLiteral("Approve McpScope"));
        auto *url = named<QLabel>(queue, "elicitationUrl");
        QVERIFY(url->isVisible());
        QCOMPARE(url->text(), QStringLiteral("https://auth.example/consent"));
        QVERIFY(named<QPushButton>(queue, "openUrl")->isVisible());
        QVERIFY(!named<QPlainTextEdit>(queue, "answer")->isVisible());
        QVERIFY(!elicitationForm(queue)->isVisible());
        auto *done = named<QPushButton>(queue, "acceptRequest");
        QCOMPARE(done->text(), QStringLiteral("Done (accept)"));
        QCOMPARE(answerState(queue),
                 QStringLiteral("Open the URL, finish there, then press Done. The server learns "
                                "only that you accepted."));
        QSignalSpy finished(toolsTab(&view), &ToolsTab::toolCallFinished);
        QVERIFY(clickRequestButton(queue, "acceptRequest"));
        QCOMPARE(requestState(queue, row), QStringLiteral("accepted"));
        QVERIFY(finished.wait(15000));
        QVERIFY2(
            resultText(&view).contains(QStringLiteral("User completed the URL elicitation flow")),
            qPrintable(resultText(&view)));
        QVERIFY(resultText(&view).contains(QStringLiteral("Elicitation ID: el-7")));
        // Another request (roots/list) puts the editor back, and Accept.
        int roots = -1;
        QTRY_VERIFY_WITH_TIMEOUT((roots = waitingRow(queue, QStringLiteral("roots/list"))) >= 0,
                                 10000);
        QVERIFY(pickRequest(queue, roots));
        QVERIFY(!url->isVisible());
        QVERIFY(named<QPlainTextEdit>(queue, "answer")->isVisible());
        QCOMPARE(done->text(), QStringLiteral("Accept"));

        // The error path.
        QVERIFY(selectTool(&view, QStringLiteral("trigger-url-elicitation")));
        setArguments(&view, QStringLiteral("{\"url\": \"https://auth.example/other\", "
                                           "\"errorPath\": true}"));
        finished.clear();
        callTool(&view);
        QVERIFY(finished.wait(15000));
        const QString text = resultText(&view);
        QVERIFY2(text.startsWith(QStringLiteral("JSON-RPC error -32042\n")), qPrintable(text));
        const QStringList notes =
            child<QLabel>(child<QWidget>(toolsTab(&view), "toolResult"), "resultNotes")
                ->text()
                .split(QLatin1Char('\n'));
        QVERIFY2(notes.size() >= 3, qPrintable(notes.join(QLatin1Char('|'))));
        QCOMPARE(notes.at(0), QStringLiteral("The server needs you to open these URLs first, then "
                                             "call the tool again:"));
        QCOMPARE(notes.at(1),
                 QStringLiteral("  https://modelcontextprotocol.io — Open this link to "
                                "satisfy the prerequisite, then retry the request."));
        QVERIFY2(notes.last().contains(QStringLiteral("requires browser-based authorization")),
                 qPrintable(notes.last()));
        view.client()->close();
    }

    // In the modern era, sampling and roots rows say they are deprecated.
    void modernEraMarksDeprecatedRequests()
    {
        McpSessionView view(&m_store, nullptr, nullptr);
        view.show();
        view.connectTo(settings());
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(&view) > 5, 15000);
        auto *queue = view.findChild<ServerRequestsTab *>(QStringLiteral("serverRequestsTab"));
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = waitingRow(queue, QStringLiteral("roots/list"))) >= 0,
                                 10000);
        QListWidget *list = requestList(queue);
        QCOMPARE(list->item(row)->text(), QStringLiteral("roots/list — waiting"));
        QVERIFY(list->item(row)->toolTip().isEmpty());
        queue->setModernEra(true);
        QCOMPARE(list->item(row)->text(),
                 QStringLiteral("roots/list — waiting · deprecated in 2026-07-28"));
        QCOMPARE(
            list->item(row)->toolTip(),
            QStringLiteral("Sampling and roots are deprecated in MCP 2026-07-28; they still work"));
        QVERIFY(list->item(row)->font().bold()); // still waiting
        queue->setModernEra(false);
        QCOMPARE(list->item(row)->text(), QStringLiteral("roots/list — waiting"));
        view.client()->close();
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything;
};

QTEST_MAIN(TestServerRequests)
#include "tst_server_requests.moc"
