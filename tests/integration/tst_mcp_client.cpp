#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "mcp/mcp_client.h"
#include "mcp/stdio_transport.h"
#include "mcp/uri_template.h"
#include "net/http_client.h"
#include "node_peer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The MCP engine against the reference server (server-everything) over
// Streamable HTTP: handshake, paging, tool calls, errors, capture of every
// JSON-RPC message linked to its HTTP exchange, session teardown.
class TestMcpClient : public QObject
{
    Q_OBJECT

    QUrl endpoint() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port())); }

    McpRequest *wait(McpRequest *request)
    {
        QSignalSpy finished(request, &McpRequest::finished);
        if (!request->isFinished() || finished.isEmpty())
            finished.wait(30000);
        return request;
    }

    static QJsonObject toolCall(const QString &name, const QJsonObject &arguments = {})
    {
        return {{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}};
    }

    static QString firstText(McpRequest *request)
    {
        return request->result().toObject().value(QStringLiteral("content")).toArray().first().toObject()
            .value(QStringLiteral("text")).toString();
    }

    static QString allText(McpRequest *request)
    {
        QStringList texts;
        for (const QJsonValue &c : request->result().toObject().value(QStringLiteral("content")).toArray())
            texts << c.toObject().value(QStringLiteral("text")).toString();
        return texts.join(QLatin1Char('\n'));
    }

    // Queue mode: waits for a server request with this method, answering
    // roots/list (which the server sends after initialized) on the way.
    static JsonRpcMessage waitForServerRequest(McpClient &client, QSignalSpy &received, const QString &method)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            while (!received.isEmpty()) {
                const auto request = received.takeFirst().first().value<JsonRpcMessage>();
                if (request.method == method)
                    return request;
                if (request.method == u"roots/list")
                    client.answerServerRequest(request.id, QJsonObject{{QStringLiteral("roots"), QJsonArray{}}});
            }
            received.wait(200);
        }
        return {};
    }

    // Waits for a notification with this method (and text in its params, when
    // given); returns its params.
    static std::optional<QJsonObject> waitForNotification(McpClient &client, const QString &method, int ms,
                                                         const QString &containing = {})
    {
        QSignalSpy spy(&client, &McpClient::notificationReceived);
        QElapsedTimer clock;
        clock.start();
        int seen = 0;
        while (clock.elapsed() < ms) {
            for (; seen < spy.size(); ++seen) {
                const auto n = spy.at(seen).first().value<JsonRpcMessage>();
                if (n.method == method && QString::fromUtf8(n.encode()).contains(containing))
                    return n.params.toObject();
            }
            spy.wait(200);
        }
        return std::nullopt;
    }

    bool connectClient(McpClient &client)
    {
        QSignalSpy connected(&client, &McpClient::connected);
        QSignalSpy failed(&client, &McpClient::failed);
        client.connectToServer(endpoint());
        return connected.wait(15000) && failed.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("mcp.sqlite"))));
        const QString why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString whySse = m_everythingSse.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"), {QStringLiteral("sse")});
        QVERIFY2(whySse.isEmpty(), qPrintable(whySse));
    }

    // The same session over every transport the client speaks.
    void everyTransport_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedTransport");
        QTest::newRow("streamable http") << QStringLiteral("http") << QStringLiteral("streamable-http");
        QTest::newRow("legacy sse") << QStringLiteral("sse") << QStringLiteral("sse");
        QTest::newRow("auto falls back to sse") << QStringLiteral("auto-sse") << QStringLiteral("sse");
        QTest::newRow("stdio") << QStringLiteral("stdio") << QStringLiteral("stdio");
    }
    void everyTransport()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expectedTransport);
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QSignalSpy connected(&client, &McpClient::connected);
        QSignalSpy failed(&client, &McpClient::failed);
        const QUrl sse(QStringLiteral("http://127.0.0.1:%1/sse").arg(m_everythingSse.port()));
        if (kind == u"http")
            client.connectToServer(endpoint(), McpClient::Transport::StreamableHttp);
        else if (kind == u"sse")
            client.connectToServer(sse, McpClient::Transport::Sse);
        else if (kind == u"auto-sse")
            client.connectToServer(sse, McpClient::Transport::Auto);
        else
            client.connectStdio(nodeBinary(),
                                {peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
                                 QStringLiteral("stdio")},
                                {});
        QVERIFY2(connected.wait(20000), failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().value<Error>().message));
        QCOMPARE(client.transportName(), expectedTransport);
        McpRequest *list = wait(client.request(QStringLiteral("tools/list")));
        QVERIFY2(list->succeeded(), qPrintable(list->error().message));
        McpRequest *echo = wait(client.request(
            QStringLiteral("tools/call"),
            {{QStringLiteral("name"), QStringLiteral("echo")},
             {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("message"), kind}}}}));
        QVERIFY2(echo->succeeded(), qPrintable(echo->error().message));
        QCOMPARE(echo->result().toObject().value(QStringLiteral("content")).toArray().first().toObject()
                     .value(QStringLiteral("text")).toString(),
                 QStringLiteral("Echo: ") + kind);
        client.close();
    }

    void listAllFollowsCursors()
    {
        NodePeer paged;
        const QString why = paged.start(QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/support/mini_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QSignalSpy connected(&client, &McpClient::connected);
        client.connectToServer(QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(paged.port())));
        QVERIFY(connected.wait(10000));
        McpRequest *all = wait(client.listAll(QStringLiteral("tools/list")));
        QVERIFY2(all->succeeded(), qPrintable(all->error().message));
        QStringList names;
        for (const QJsonValue &tool : all->result().toArray())
            names << tool.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("echo"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                                     QStringLiteral("e")}));
        client.close();
    }

    void stdioServerThatWritesJunk()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        client.setRequestTimeoutMs(1500);
        QSignalSpy problems(&client, &McpClient::protocolProblem);
        QSignalSpy failed(&client, &McpClient::failed);
        client.connectStdio(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo '<html>junk</html>'; sleep 30")}, {});
        QVERIFY(failed.wait(10000));
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.first().first().toString().contains(QStringLiteral("not JSON-RPC")));
        QVERIFY(failed.first().first().value<Error>().message.contains(QStringLiteral("initialize")));
        client.close();
    }

    void stdioServerThatExits()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QSignalSpy failed(&client, &McpClient::failed);
        QSignalSpy logs(&client, &McpClient::serverLog);
        client.connectStdio(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo oops >&2; exit 3")}, {});
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().value<Error>().message.contains(QStringLiteral("code 3")),
                 qPrintable(failed.first().first().value<Error>().message));
        QCOMPARE(logs.first().first().toString(), QStringLiteral("oops"));
    }

    // close() never blocks: stdin is shut at once, SIGTERM and SIGKILL follow
    // after grace periods, even for a server that ignores SIGTERM.
    void stdioCloseDoesNotWait_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("ignores stdin EOF") << QStringLiteral("sleep 30");
        QTest::newRow("ignores SIGTERM too") << QStringLiteral("trap '' TERM; while true; do sleep 1; done");
    }
    void stdioCloseDoesNotWait()
    {
        QFETCH(QString, script);
        StdioTransport transport(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        QSignalSpy opened(&transport, &McpTransport::opened);
        QSignalSpy failed(&transport, &McpTransport::failed);
        transport.open();
        QVERIFY(opened.wait(5000));
        transport.close();
        QVERIFY(transport.isRunning()); // close() returned without waiting for the process
        QTRY_VERIFY_WITH_TIMEOUT(!transport.isRunning(), 3 * StdioTransport::kGraceMs + 2000);
        QVERIFY(failed.isEmpty()); // an exit we asked for is not a failure
    }

    void missingStdioCommand()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QSignalSpy failed(&client, &McpClient::failed);
        client.connectStdio(QStringLiteral("/nonexistent/mcp-server"), {}, {});
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().value<Error>().message.contains(QStringLiteral("Could not start")));
    }

    void handshakeNegotiatesVersion()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        QVERIFY(McpClient::supportedProtocolVersions().contains(client.protocolVersion()));
        QVERIFY(!client.sessionId().isEmpty());
        const QJsonObject info = client.initializeResult().value(QStringLiteral("serverInfo")).toObject();
        QCOMPARE(info.value(QStringLiteral("name")).toString(), QStringLiteral("mcp-servers/everything"));
        QVERIFY(client.initializeResult().value(QStringLiteral("capabilities")).toObject().contains(QStringLiteral("tools")));
        McpRequest *ping = wait(client.request(QStringLiteral("ping")));
        QVERIFY2(ping->succeeded(), qPrintable(ping->error().message));
    }

    void listsAndCallsTools()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        McpRequest *list = wait(client.request(QStringLiteral("tools/list")));
        QVERIFY(list->succeeded());
        const QJsonArray tools = list->result().toObject().value(QStringLiteral("tools")).toArray();
        QVERIFY(tools.size() >= 5);
        QStringList names;
        for (const QJsonValue &tool : tools)
            names << tool.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(names.contains(QStringLiteral("echo")));

        McpRequest *echo = wait(client.request(
            QStringLiteral("tools/call"),
            {{QStringLiteral("name"), QStringLiteral("echo")},
             {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("message"), QStringLiteral("héllo <b>")}}}}));
        QVERIFY2(echo->succeeded(), qPrintable(echo->error().message));
        const QJsonArray content = echo->result().toObject().value(QStringLiteral("content")).toArray();
        QCOMPARE(content.first().toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Echo: héllo <b>"));
    }

    void errorsAreReported()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        McpRequest *unknown = wait(client.request(QStringLiteral("no/such/method")));
        QVERIFY(!unknown->succeeded());
        QCOMPARE(unknown->rpcErrorCode().value_or(0), JsonRpcCode::MethodNotFound);
        QVERIFY(unknown->error().message.contains(QStringLiteral("no/such/method")));
        McpRequest *badTool = wait(client.request(QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("nope")}}));
        QVERIFY(badTool->succeeded()); // a tool error is a result with isError
        QVERIFY(badTool->result().toObject().value(QStringLiteral("isError")).toBool());
    }

    void closedSessionIsReportedClearly()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        const QByteArray session = client.sessionId().toLatin1();
        client.close();
        QTest::qWait(300); // the DELETE goes out
        // The same session id again: the server must have forgotten it.
        HttpRequest r;
        r.method = "POST";
        r.url = endpoint();
        r.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json, text/event-stream"},
                     {"Mcp-Session-Id", session}};
        r.body = JsonRpcMessage::request(9, QStringLiteral("ping")).encode();
        HttpCall *call = http.send(r);
        QSignalSpy finished(call, &HttpCall::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(call->exchange().status == 404 || call->exchange().status == 400,
                 qPrintable(QString::number(call->exchange().status)));
    }

    void messagesAreCapturedAndPaired()
    {
        HttpClient http(&m_store);
        http.setSessionId(m_store.createSession(QStringLiteral("mcp test"), endpoint().toString(), QStringLiteral("mcp"), 1));
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        wait(client.request(QStringLiteral("tools/list")));
        client.close();
        m_store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(m_store.path()));
        const auto messages = reader.messages(http.sessionId());
        QVERIFY(messages);
        QStringList methods;
        int paired = 0;
        for (const MessageRecord &m : *messages) {
            QVERIFY(m.exchangeId > 0); // every message names the exchange that carried it
            if (m.outgoing)
                methods << m.method;
            if (m.responseTo > 0) {
                ++paired;
                QVERIFY(m.latencyMs >= 0);
                QVERIFY(QJsonDocument::fromJson(m.payload).object().contains(QStringLiteral("result")));
            }
        }
        QVERIFY(methods.contains(QStringLiteral("initialize")));
        QVERIFY(methods.contains(QStringLiteral("notifications/initialized")));
        QVERIFY(methods.contains(QStringLiteral("tools/list")));
        QCOMPARE(paired, 2); // initialize and tools/list answered
    }

    void unreachableServerFailsClearly()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QSignalSpy failed(&client, &McpClient::failed);
        client.connectToServer(QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(freePort())));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().value<Error>().message.contains(QStringLiteral("refused")));
    }

    // notifications/progress restarts the request timeout: a 3 s operation
    // with progress every 0.5 s finishes under a 1.5 s timeout, and the same
    // call without progress times out.
    void progressRestartsTheTimeout()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        client.setRequestTimeoutMs(1500);
        const QJsonObject params = toolCall(QStringLiteral("trigger-long-running-operation"),
                                            {{QStringLiteral("duration"), 3}, {QStringLiteral("steps"), 6}});
        McpRequest *call = client.requestWithProgress(QStringLiteral("tools/call"), params);
        QSignalSpy progress(call, &McpRequest::progress);
        wait(call);
        QVERIFY2(call->succeeded(), qPrintable(call->error().message));
        QVERIFY(firstText(call).contains(QStringLiteral("completed")));
        QVERIFY2(progress.size() >= 5, qPrintable(QString::number(progress.size())));
        QCOMPARE(progress.last().at(0).toDouble(), 6.0);
        QCOMPARE(progress.last().at(1).toDouble(), 6.0);

        McpRequest *silent = wait(client.request(QStringLiteral("tools/call"), params));
        QVERIFY(!silent->succeeded());
        QCOMPARE(silent->error().code, QStringLiteral("mcp.timeout"));
    }

    // Queue mode: an elicitation waits for the user's answer (our request's
    // timeout paused meanwhile) and the answer reaches the tool.
    void queuedElicitationWaitsForTheUser()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        client.setQueueServerRequests(true);
        QSignalSpy received(&client, &McpClient::serverRequestReceived);
        QVERIFY(connectClient(client));
        client.setRequestTimeoutMs(1000);
        McpRequest *call = client.request(QStringLiteral("tools/call"), toolCall(QStringLiteral("trigger-elicitation-request")));
        const auto request = waitForServerRequest(client, received, QStringLiteral("elicitation/create"));
        QCOMPARE(request.method, QStringLiteral("elicitation/create"));
        QVERIFY(request.params.toObject().value(QStringLiteral("requestedSchema")).toObject()
                    .value(QStringLiteral("properties")).toObject().contains(QStringLiteral("name")));
        QCOMPARE(client.waitingServerRequests(), 1);
        QTest::qWait(1600); // longer than the timeout: the user is thinking
        QVERIFY(!call->isFinished());
        QVERIFY(client.answerServerRequest(
            request.id, QJsonObject{{QStringLiteral("action"), QStringLiteral("accept")},
                                    {QStringLiteral("content"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada")},
                                                                            {QStringLiteral("integer"), 7}}}}));
        QVERIFY(!client.answerServerRequest(request.id, QJsonObject{})); // answered once only
        wait(call);
        QVERIFY2(call->succeeded(), qPrintable(call->error().message));
        QVERIFY2(allText(call).contains(QStringLiteral("Name: Ada")), qPrintable(allText(call)));
        QVERIFY(allText(call).contains(QStringLiteral("Favorite Integer: 7")));
        int roots = 0; // the server also asked for roots after initialized
        for (const auto &r : std::as_const(received))
            roots += r.first().value<JsonRpcMessage>().method == u"roots/list";
        QCOMPARE(client.waitingServerRequests(), roots);
    }

    void queuedSamplingAnsweredAndDeclined()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        client.setQueueServerRequests(true);
        QSignalSpy received(&client, &McpClient::serverRequestReceived);
        QVERIFY(connectClient(client));
        const QJsonObject params = toolCall(QStringLiteral("trigger-sampling-request"), {{QStringLiteral("prompt"), QStringLiteral("hi")}});
        McpRequest *call = client.request(QStringLiteral("tools/call"), params);
        auto request = waitForServerRequest(client, received, QStringLiteral("sampling/createMessage"));
        QCOMPARE(request.method, QStringLiteral("sampling/createMessage"));
        QVERIFY(client.answerServerRequest(
            request.id, QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("content"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                                            {QStringLiteral("text"), QStringLiteral("sampled by hand")}}},
                                    {QStringLiteral("model"), QStringLiteral("manual")}}));
        wait(call);
        QVERIFY2(call->succeeded(), qPrintable(call->error().message));
        QVERIFY2(allText(call).contains(QStringLiteral("sampled by hand")), qPrintable(allText(call)));

        McpRequest *declined = client.request(QStringLiteral("tools/call"), params);
        request = waitForServerRequest(client, received, QStringLiteral("sampling/createMessage"));
        QCOMPARE(request.method, QStringLiteral("sampling/createMessage"));
        QVERIFY(client.answerServerRequest(request.id, Failure{Error{QStringLiteral("-1"), QStringLiteral("User rejected sampling request")}}));
        wait(declined);
        // The server turns our refusal into an error of its own.
        const bool reported = !declined->succeeded() || declined->result().toObject().value(QStringLiteral("isError")).toBool();
        QVERIFY(reported);
    }

    void loggingLevelAndMessages()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        QVERIFY(client.initializeResult().value(QStringLiteral("capabilities")).toObject().contains(QStringLiteral("logging")));
        McpRequest *level = wait(client.request(QStringLiteral("logging/setLevel"), {{QStringLiteral("level"), QStringLiteral("debug")}}));
        QVERIFY2(level->succeeded(), qPrintable(level->error().message));
        McpRequest *on = wait(client.request(QStringLiteral("tools/call"), toolCall(QStringLiteral("toggle-simulated-logging"))));
        QVERIFY(on->succeeded());
        // The server also logs its own events; wait for a simulated one.
        const auto message = waitForNotification(client, QStringLiteral("notifications/message"), 8000, QStringLiteral("SessionId"));
        QVERIFY(message);
        QVERIFY(!message->value(QStringLiteral("level")).toString().isEmpty());
        QVERIFY(message->value(QStringLiteral("data")).toString().contains(QStringLiteral("SessionId")));
        wait(client.request(QStringLiteral("tools/call"), toolCall(QStringLiteral("toggle-simulated-logging"))));
    }

    void subscriptionsDeliverUpdates()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        QVERIFY(client.initializeResult().value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("resources"))
                    .toObject().value(QStringLiteral("subscribe")).toBool());
        McpRequest *list = wait(client.listAll(QStringLiteral("resources/list")));
        QVERIFY(list->succeeded() && !list->result().toArray().isEmpty());
        const QString uri = list->result().toArray().first().toObject().value(QStringLiteral("uri")).toString();
        McpRequest *subscribe = wait(client.request(QStringLiteral("resources/subscribe"), {{QStringLiteral("uri"), uri}}));
        QVERIFY2(subscribe->succeeded(), qPrintable(subscribe->error().message));
        McpRequest *on = wait(client.request(QStringLiteral("tools/call"), toolCall(QStringLiteral("toggle-subscriber-updates"))));
        QVERIFY(on->succeeded());
        const auto updated = waitForNotification(client, QStringLiteral("notifications/resources/updated"), 8000);
        QVERIFY(updated);
        QCOMPARE(updated->value(QStringLiteral("uri")).toString(), uri);
        McpRequest *unsubscribe = wait(client.request(QStringLiteral("resources/unsubscribe"), {{QStringLiteral("uri"), uri}}));
        QVERIFY(unsubscribe->succeeded());
        wait(client.request(QStringLiteral("tools/call"), toolCall(QStringLiteral("toggle-subscriber-updates"))));
    }

    // completion/complete for a prompt argument, with the other arguments as context.
    void completionSuggestsArgumentValues()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        const QJsonObject ref{{QStringLiteral("type"), QStringLiteral("ref/prompt")}, {QStringLiteral("name"), QStringLiteral("completable-prompt")}};
        McpRequest *department = wait(client.request(
            QStringLiteral("completion/complete"),
            {{QStringLiteral("ref"), ref},
             {QStringLiteral("argument"), QJsonObject{{QStringLiteral("name"), QStringLiteral("department")}, {QStringLiteral("value"), QStringLiteral("S")}}}}));
        QVERIFY2(department->succeeded(), qPrintable(department->error().message));
        QCOMPARE(department->result().toObject().value(QStringLiteral("completion")).toObject().value(QStringLiteral("values")).toArray(),
                 (QJsonArray{QStringLiteral("Sales"), QStringLiteral("Support")}));
        McpRequest *name = wait(client.request(
            QStringLiteral("completion/complete"),
            {{QStringLiteral("ref"), ref},
             {QStringLiteral("argument"), QJsonObject{{QStringLiteral("name"), QStringLiteral("name")}, {QStringLiteral("value"), QString()}}},
             {QStringLiteral("context"), QJsonObject{{QStringLiteral("arguments"), QJsonObject{{QStringLiteral("department"), QStringLiteral("Engineering")}}}}}}));
        QVERIFY(name->succeeded());
        QCOMPARE(name->result().toObject().value(QStringLiteral("completion")).toObject().value(QStringLiteral("values")).toArray(),
                 (QJsonArray{QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Charlie")}));
    }

    void resourceTemplatesExpandAndRead()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        McpRequest *templates = wait(client.listAll(QStringLiteral("resources/templates/list")));
        QVERIFY2(templates->succeeded(), qPrintable(templates->error().message));
        QString text;
        for (const QJsonValue &t : templates->result().toArray())
            if (t.toObject().value(QStringLiteral("uriTemplate")).toString().contains(QStringLiteral("/text/")))
                text = t.toObject().value(QStringLiteral("uriTemplate")).toString();
        QVERIFY2(!text.isEmpty(), "no text template");
        const auto parsed = UriTemplate::parse(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->variables().size(), 1);
        const QString uri = parsed->expand({{parsed->variables().first(), QStringLiteral("3")}});
        McpRequest *read = wait(client.request(QStringLiteral("resources/read"), {{QStringLiteral("uri"), uri}}));
        QVERIFY2(read->succeeded(), qPrintable(read->error().message));
        QVERIFY(read->result().toObject().value(QStringLiteral("contents")).toArray().first().toObject()
                    .value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Resource 3")));
    }

    // Custom headers travel with every request of the session, as captured.
    void customHeadersAreSent()
    {
        HttpClient http(&m_store);
        http.setSessionId(m_store.createSession(QStringLiteral("headers"), endpoint().toString(), QStringLiteral("mcp"), 1));
        McpClient client(&http, &m_store);
        client.setExtraHeaders({{"X-Debug-Trace", "trace-42"}});
        QVERIFY(connectClient(client));
        wait(client.request(QStringLiteral("ping")));
        client.close();
        m_store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(m_store.path()));
        CaptureFilter filter;
        filter.sessionId = http.sessionId();
        const auto ids = reader.exchangeIds(filter, 0, 100);
        QVERIFY(ids && ids->size() >= 3);
        for (qint64 id : *ids) {
            const auto exchange = reader.exchange(id);
            QVERIFY(exchange && exchange->has_value());
            QCOMPARE(headerValue((*exchange)->requestHeaders, "X-Debug-Trace"), QByteArray("trace-42"));
        }
    }

    // After the server forgets the session (404), reconnect() starts a new one.
    void reconnectAfterTheSessionIsLost()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        const QString first = client.sessionId();
        HttpRequest del;
        del.method = "DELETE";
        del.url = endpoint();
        del.headers = {{"Mcp-Session-Id", first.toLatin1()}};
        QSignalSpy deleted(http.send(del), &HttpCall::finished);
        QVERIFY(deleted.wait(10000));
        QSignalSpy failed(&client, &McpClient::failed);
        McpRequest *ping = wait(client.request(QStringLiteral("ping")));
        QVERIFY(!ping->succeeded());
        QVERIFY(failed.size() || failed.wait(5000));
        QVERIFY2(failed.first().first().value<Error>().message.contains(QStringLiteral("no longer knows session")),
                 qPrintable(failed.first().first().value<Error>().message));
        QVERIFY(!client.isConnected());
        QSignalSpy connected(&client, &McpClient::connected);
        client.reconnect();
        QVERIFY(connected.wait(10000));
        QVERIFY(client.sessionId() != first);
        QVERIFY(wait(client.request(QStringLiteral("ping")))->succeeded());
    }

    // The session features over each transport the reference server speaks:
    // progress, a queued elicitation answered by hand, completion, a
    // template read, the log level, a subscription.
    void featuresOverEveryTransport_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("streamable http") << QStringLiteral("http");
        QTest::newRow("legacy sse") << QStringLiteral("sse");
        QTest::newRow("stdio") << QStringLiteral("stdio");
    }
    void featuresOverEveryTransport()
    {
        QFETCH(QString, kind);
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        client.setQueueServerRequests(true);
        QSignalSpy received(&client, &McpClient::serverRequestReceived);
        QSignalSpy connected(&client, &McpClient::connected);
        if (kind == u"http")
            client.connectToServer(endpoint(), McpClient::Transport::StreamableHttp);
        else if (kind == u"sse")
            client.connectToServer(QUrl(QStringLiteral("http://127.0.0.1:%1/sse").arg(m_everythingSse.port())), McpClient::Transport::Sse);
        else
            client.connectStdio(nodeBinary(),
                                {peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
                                 QStringLiteral("stdio")},
                                {});
        QVERIFY(connected.wait(20000));

        McpRequest *longRun = client.requestWithProgress(
            QStringLiteral("tools/call"),
            toolCall(QStringLiteral("trigger-long-running-operation"), {{QStringLiteral("duration"), 1}, {QStringLiteral("steps"), 2}}));
        QSignalSpy progress(longRun, &McpRequest::progress);
        QVERIFY2(wait(longRun)->succeeded(), qPrintable(longRun->error().message));
        QCOMPARE(progress.size(), 2);

        McpRequest *elicit = client.request(QStringLiteral("tools/call"), toolCall(QStringLiteral("trigger-elicitation-request")));
        const auto request = waitForServerRequest(client, received, QStringLiteral("elicitation/create"));
        QVERIFY(client.answerServerRequest(request.id, QJsonObject{{QStringLiteral("action"), QStringLiteral("decline")}}));
        QVERIFY2(wait(elicit)->succeeded(), qPrintable(elicit->error().message));
        QVERIFY2(allText(elicit).contains(QStringLiteral("declined")), qPrintable(allText(elicit)));

        McpRequest *complete = wait(client.request(
            QStringLiteral("completion/complete"),
            {{QStringLiteral("ref"), QJsonObject{{QStringLiteral("type"), QStringLiteral("ref/prompt")}, {QStringLiteral("name"), QStringLiteral("completable-prompt")}}},
             {QStringLiteral("argument"), QJsonObject{{QStringLiteral("name"), QStringLiteral("department")}, {QStringLiteral("value"), QStringLiteral("Ma")}}}}));
        QVERIFY(complete->succeeded());
        QCOMPARE(complete->result().toObject().value(QStringLiteral("completion")).toObject().value(QStringLiteral("values")).toArray(),
                 (QJsonArray{QStringLiteral("Marketing")}));

        McpRequest *templates = wait(client.listAll(QStringLiteral("resources/templates/list")));
        QVERIFY(templates->succeeded() && templates->result().toArray().size() >= 2);
        McpRequest *read = wait(client.request(QStringLiteral("resources/read"), {{QStringLiteral("uri"), QStringLiteral("demo://resource/dynamic/text/9")}}));
        QVERIFY(read->succeeded());

        QVERIFY(wait(client.request(QStringLiteral("logging/setLevel"), {{QStringLiteral("level"), QStringLiteral("error")}}))->succeeded());
        QVERIFY(wait(client.request(QStringLiteral("resources/subscribe"), {{QStringLiteral("uri"), QStringLiteral("demo://resource/dynamic/text/9")}}))->succeeded());
        client.close();
    }

    // URL-mode elicitation (2025-11-25), offered only when asked for: the
    // request path queues a request with the URL; the error path fails the
    // call with -32042 and the elicitations in the error's data.
    void urlElicitation()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        client.setQueueServerRequests(true);
        client.setUrlElicitationSupported(true);
        QSignalSpy received(&client, &McpClient::serverRequestReceived);
        QVERIFY(connectClient(client));
        const QJsonObject args{{QStringLiteral("url"), QStringLiteral("https://example.com/consent")}};
        McpRequest *call = client.request(QStringLiteral("tools/call"), toolCall(QStringLiteral("trigger-url-elicitation"), args));
        const auto request = waitForServerRequest(client, received, QStringLiteral("elicitation/create"));
        QCOMPARE(request.params.toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("url"));
        QCOMPARE(request.params.toObject().value(QStringLiteral("url")).toString(), QStringLiteral("https://example.com/consent"));
        QVERIFY(client.answerServerRequest(request.id, QJsonObject{{QStringLiteral("action"), QStringLiteral("accept")}}));
        QVERIFY2(wait(call)->succeeded(), qPrintable(call->error().message));

        QJsonObject errorArgs = args;
        errorArgs.insert(QStringLiteral("errorPath"), true);
        McpRequest *failing = wait(client.request(QStringLiteral("tools/call"), toolCall(QStringLiteral("trigger-url-elicitation"), errorArgs)));
        QVERIFY(!failing->succeeded());
        QCOMPARE(failing->rpcErrorCode().value_or(0), JsonRpcCode::UrlElicitationRequired);
        const QJsonArray elicitations = failing->rpcErrorData().toObject().value(QStringLiteral("elicitations")).toArray();
        QCOMPARE(elicitations.size(), 1);
        QVERIFY(elicitations.first().toObject().value(QStringLiteral("url")).toString().startsWith(QStringLiteral("https://")));

        // Without the capability the server does not offer the tool at all.
        HttpClient plainHttp(&m_store);
        McpClient plain(&plainHttp, &m_store);
        QVERIFY(connectClient(plain));
        McpRequest *tools = wait(plain.listAll(QStringLiteral("tools/list")));
        QVERIFY(!QJsonDocument(tools->result().toArray()).toJson().contains("trigger-url-elicitation"));
    }

    void defaultAnswersToServerRequests()
    {
        JsonRpcMessage elicit = JsonRpcMessage::request(
            1, QStringLiteral("elicitation/create"),
            {{QStringLiteral("message"), QStringLiteral("?")},
             {QStringLiteral("requestedSchema"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                          {QStringLiteral("properties"),
                           QJsonObject{{QStringLiteral("n"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                                                                         {QStringLiteral("default"), 7}}},
                                       {QStringLiteral("s"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}}}});
        const auto answer = McpClient::defaultServerRequestAnswer(elicit);
        QVERIFY(answer);
        QCOMPARE(answer->value(QStringLiteral("action")).toString(), QStringLiteral("accept"));
        QCOMPARE(answer->value(QStringLiteral("content")).toObject(), (QJsonObject{{QStringLiteral("n"), 7}}));
        QCOMPARE(McpClient::defaultServerRequestAnswer(JsonRpcMessage::request(2, QStringLiteral("roots/list")))
                     ->value(QStringLiteral("roots")).toArray().size(), 0);
        QVERIFY(!McpClient::defaultServerRequestAnswer(JsonRpcMessage::request(3, QStringLiteral("sampling/createMessage"))));
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything;
    NodePeer m_everythingSse;
};

QTEST_GUILESS_MAIN(TestMcpClient)
#include "tst_mcp_client.moc"
