#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "error_code_testing.h"
#include "mcp/mcp_client.h"
#include "mcp/stdio_transport.h"
#include "mcp/uri_template.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "tool_result.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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

    QUrl endpoint() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()));
    }

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

    static QString firstText(McpRequest *request) { return firstToolText(request->result()); }

    static QString allText(McpRequest *request)
    {
        QStringList texts;
        for (const QJsonValue &c :
             request->result().toObject().value(QStringLiteral("content")).toArray())
            texts << c.toObject().value(QStringLiteral("text")).toString();
        return texts.join(QLatin1Char('\n'));
    }

    // Queue mode: waits for a server request with this method, answering
    // roots/list (which the server sends after initialized) on the way.
    static JsonRpcMessage waitForServerRequest(McpClient &client, QSignalSpy &received,
                                               const QString &method)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            while (!received.isEmpty()) {
                const auto request = received.takeFirst().first().value<JsonRpcMessage>();
                if (request.method == method)
                    return request;
                if (request.method == u"roots/list")
                    client.answerServerRequest(
                        request.id, QJsonObject{{QStringLiteral("roots"), QJsonArray{}}});
            }
            received.wait(200);
        }
        return {};
    }

    // Waits for a notification with this method (and text in its params, when
    // given); returns its params.
    static std::optional<QJsonObject> waitForNotification(McpClient &client, const QString &method,
                                                          int ms, const QString &containing = {})
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
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("sse")});
        QVERIFY2(whySse.isEmpty(), qPrintable(whySse));
    }

    // The same session over every transport the client speaks.
    void everyTransport_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedTransport");
        QTest::newRow("streamable http")
            << QStringLiteral("http") << QStringLiteral("streamable-http");
        QTest::newRow("legacy sse") << QStringLiteral("sse") << QStringLiteral("sse");
        QTest::newRow("auto falls back to sse")
            << QStringLiteral("auto-sse") << QStringLiteral("sse");
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
            client.connectStdio(
                nodeBinary(),
                {peersDir() +
                     QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
                 QStringLiteral("stdio")},
                {});
        QVERIFY2(connected.wait(20000),
                 failed.isEmpty() ? "timeout"
                                  : qPrintable(failed.first().first().value<Error>().message));
        QCOMPARE(client.transportName(), expectedTransport);
        McpRequest *list = wait(client.request(QStringLiteral("tools/list")));
        QVERIFY2(list->succeeded(), qPrintable(list->error().message));
        McpRequest *echo = wait(client.request(
            QStringLiteral("tools/call"),
            {{QStringLiteral("name"), QStringLiteral("echo")},
             {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("message"), kind}}}}));
        QVERIFY2(echo->succeeded(), qPrintable(echo->error().message));
        QCOMPARE(echo->result()
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("Echo: ") + kind);
        client.close();
    }

    void listAllFollowsCursors()
    {
        NodePeer paged;
        const QString why = paged.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/support/mini_mcp_server.mjs"), {});
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
        QCOMPARE(names,
                 (QStringList{QStringLiteral("echo"), QStringLiteral("b"), QStringLiteral("c"),
                              QStringLiteral("d"), QStringLiteral("e")}));
        client.close();
    }

    // Paging against a real peer: server-everything lists its tools,
    // prompts and resources on one page, but its task store (the SDK's
    // InMemoryTaskStore) pages tasks/list ten at a time. 23 tasks make three
    // pages; listAll must follow both cursors and gather every task once.
    void listAllPagesTasksOnARealServer()
    {
        HttpClient http(&m_store);
        http.setSessionId(m_store.createSession(QStringLiteral("paging"), endpoint().toString(),
                                                QStringLiteral("mcp"), 1));
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        QSet<QString> created;
        for (int i = 0; i < 23; ++i) {
            QJsonObject params =
                toolCall(QStringLiteral("simulate-research-query"),
                         {{QStringLiteral("topic"), QStringLiteral("paging %1").arg(i)}});
            params.insert(QStringLiteral("task"), QJsonObject{{QStringLiteral("ttl"), 60000}});
            McpRequest *call = wait(client.request(QStringLiteral("tools/call"), params));
            QVERIFY2(call->succeeded(), qPrintable(call->error().message));
            const QString id = call->result()
                                   .toObject()
                                   .value(QStringLiteral("task"))
                                   .toObject()
                                   .value(QStringLiteral("taskId"))
                                   .toString();
            QVERIFY2(!id.isEmpty(), QJsonDocument(call->result().toObject()).toJson().constData());
            created.insert(id);
        }
        QCOMPARE(created.size(), 23);
        McpRequest *all = wait(client.listAll(QStringLiteral("tasks/list")));
        QVERIFY2(all->succeeded(), qPrintable(all->error().message));
        QStringList listed;
        for (const QJsonValue &task : all->result().toArray())
            listed << task.toObject().value(QStringLiteral("taskId")).toString();
        QCOMPARE(listed.size(), 23);
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()), created);
        client.close();
        // Three pages: the first without a cursor, then the two it was given.
        m_store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(m_store.path()));
        const auto messages = reader.messages(http.sessionId());
        QVERIFY(messages);
        QStringList cursors;
        for (const MessageRecord &m : *messages)
            if (m.outgoing && m.method == u"tasks/list")
                cursors << QJsonDocument::fromJson(m.payload)
                               .object()
                               .value(QStringLiteral("params"))
                               .toObject()
                               .value(QStringLiteral("cursor"))
                               .toString(QStringLiteral("(none)"));
        QCOMPARE(cursors.size(), 3);
        QCOMPARE(cursors.first(), QStringLiteral("(none)"));
        QCOMPARE(cursors.at(1), listed.at(9));
        QCOMPARE(cursors.at(2), listed.at(19));
    }

    // Cancel: the request finishes at once as cancelled, the server is told
    // (notifications/cancelled naming the request) and, as the SDK does on
    // that notification, never answers it. A second call, started with the
    // first and longer, marks when the first answer would have come.
    void cancelTellsTheServer()
    {
        HttpClient http(&m_store);
        http.setSessionId(m_store.createSession(QStringLiteral("cancel"), endpoint().toString(),
                                                QStringLiteral("mcp"), 1));
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        QSignalSpy problems(&client, &McpClient::protocolProblem);
        McpRequest *cancelled = client.requestWithProgress(
            QStringLiteral("tools/call"),
            toolCall(QStringLiteral("trigger-long-running-operation"),
                     {{QStringLiteral("duration"), 2}, {QStringLiteral("steps"), 4}}));
        McpRequest *control = client.request(
            QStringLiteral("tools/call"),
            toolCall(QStringLiteral("trigger-long-running-operation"),
                     {{QStringLiteral("duration"), 4}, {QStringLiteral("steps"), 2}}));
        QSignalSpy progress(cancelled, &McpRequest::progress);
        QSignalSpy finished(cancelled, &McpRequest::finished);
        QVERIFY(progress.wait(10000)); // the server is at work on it
        client.cancel(cancelled);
        QVERIFY(
            cancelled->isFinished()); // at once; finished() follows, as always, from the event loop
        QVERIFY(finished.wait(1000));
        QVERIFY(!cancelled->succeeded());
        QCOMPARE(cancelled->error().code, ErrorCode::McpCancelled);
        QCOMPARE(cancelled->error().message, QStringLiteral("tools/call was cancelled."));
        QVERIFY2(wait(control)->succeeded(), qPrintable(control->error().message));
        for (const QList<QVariant> &p : std::as_const(problems))
            QVERIFY2(!p.first().toString().contains(QStringLiteral("not pending")),
                     qPrintable(p.first().toString()));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!cancelled->succeeded());
        client.close();

        m_store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(m_store.path()));
        const auto messages = reader.messages(http.sessionId());
        QVERIFY(messages);
        QJsonValue callId;
        QJsonObject notice;
        qint64 noticeExchange = 0;
        int answersToCall = 0;
        for (const MessageRecord &m : *messages) {
            const QJsonObject json = QJsonDocument::fromJson(m.payload).object();
            if (m.outgoing && m.method == u"tools/call" &&
                json.value(QStringLiteral("params")).toObject().contains(QStringLiteral("_meta")))
                callId = json.value(QStringLiteral("id"));
            if (m.outgoing && m.method == u"notifications/cancelled") {
                notice = json.value(QStringLiteral("params")).toObject();
                noticeExchange = m.exchangeId;
            }
            if (!m.outgoing && !callId.isUndefined() && json.contains(QStringLiteral("id")) &&
                json.value(QStringLiteral("id")) == callId &&
                !json.contains(QStringLiteral("method")))
                ++answersToCall;
        }
        QVERIFY(!callId.isUndefined());
        QCOMPARE(notice.value(QStringLiteral("requestId")), callId);
        QVERIFY(!notice.value(QStringLiteral("reason")).toString().isEmpty());
        const auto carried = reader.exchange(noticeExchange);
        QVERIFY(carried && carried->has_value());
        QCOMPARE((*carried)->status, 202); // the server took the notification
        QCOMPARE(answersToCall, 0);
    }

    void stdioServerThatWritesJunk()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        client.setRequestTimeoutMs(1500);
        QSignalSpy problems(&client, &McpClient::protocolProblem);
        QSignalSpy failed(&client, &McpClient::failed);
        client.connectStdio(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("echo '<html>junk</html>'; sleep 30")}, {});
        QVERIFY(failed.wait(10000));
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.first().first().toString().contains(QStringLiteral("not JSON-RPC")));
        QVERIFY(
            failed.first().first().value<Error>().message.contains(QStringLiteral("initialize")));
        client.close();
    }

    void stdioServerThatExits()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QSignalSpy failed(&client, &McpClient::failed);
        QSignalSpy logs(&client, &McpClient::serverLog);
        client.connectStdio(QStringLiteral("sh"),
                            {QStringLiteral("-c"), QStringLiteral("echo oops >&2; exit 3")}, {});
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
        QTest::newRow("ignores SIGTERM too")
            << QStringLiteral("trap '' TERM; while true; do sleep 1; done");
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

    // A server that answers initialize with a version McpScope does not speak
    // is refused, and the session closed. No real peer can do this (each
    // answers one of the versions McpScope offers), so the peer is a few
    // lines of node on stdio that answer initialize with 2099-01-01.
    void unsupportedVersionIsRefused()
    {
        const QString script = QStringLiteral(
            "const rl = require('readline').createInterface({ input: process.stdin });"
            "rl.on('line', (line) => { const m = JSON.parse(line);"
            "  if (m.method === 'initialize') process.stdout.write(JSON.stringify({ jsonrpc: "
            "'2.0', id: m.id, result: {"
            "    protocolVersion: '2099-01-01', capabilities: {}, serverInfo: { name: 'future', "
            "version: '1' } } }) + '\\n');"
            "});");
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QSignalSpy failed(&client, &McpClient::failed);
        QSignalSpy connected(&client, &McpClient::connected);
        client.connectStdio(nodeBinary(), {QStringLiteral("-e"), script}, {});
        QVERIFY(failed.wait(15000));
        QVERIFY(connected.isEmpty());
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.code, ErrorCode::McpVersion);
        QVERIFY2(error.message.startsWith(
                     QStringLiteral("The server answered with protocol version \"2099-01-01\", "
                                    "which McpScope does not speak")),
                 qPrintable(error.message));
        QVERIFY(error.message.contains(
            McpClient::supportedProtocolVersions().join(QStringLiteral(", "))));
        QVERIFY(!client.isConnected());
        QVERIFY(client.protocolVersion().isEmpty());
        McpRequest *ping = wait(client.request(QStringLiteral("ping")));
        QVERIFY(!ping->succeeded());
    }

    void missingStdioCommand()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QSignalSpy failed(&client, &McpClient::failed);
        QSignalSpy findings(&client, &McpClient::findingRaised);
        client.connectStdio(QStringLiteral("/nonexistent/mcp-server"), {}, {});
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().value<Error>().message.contains(
            QStringLiteral("Could not start")));
        QCOMPARE(findings.size(), 1);
        const Finding start = findings.first().first().value<Finding>();
        QCOMPARE(start.kind, QStringLiteral("mcp.stdio_start"));
        QVERIFY(start.summary().contains(QStringLiteral("/nonexistent/mcp-server")));
    }

    void handshakeNegotiatesVersion()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        QVERIFY(McpClient::supportedProtocolVersions().contains(client.protocolVersion()));
        QVERIFY(!client.sessionId().isEmpty());
        const QJsonObject info =
            client.initializeResult().value(QStringLiteral("serverInfo")).toObject();
        QCOMPARE(info.value(QStringLiteral("name")).toString(),
                 QStringLiteral("mcp-servers/everything"));
        QVERIFY(client.initializeResult()
                    .value(QStringLiteral("capabilities"))
                    .toObject()
                    .contains(QStringLiteral("tools")));
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
             {QStringLiteral("arguments"),
              QJsonObject{{QStringLiteral("message"), QStringLiteral("héllo <b>")}}}}));
        QVERIFY2(echo->succeeded(), qPrintable(echo->error().message));
        const QJsonArray content =
            echo->result().toObject().value(QStringLiteral("content")).toArray();
        QCOMPARE(content.first().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Echo: héllo <b>"));
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
        McpRequest *badTool = wait(client.request(
            QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("nope")}}));
        QVERIFY(badTool->succeeded()); // a tool error is a result with isError
        QVERIFY(badTool->result().toObject().value(QStringLiteral("isError")).toBool());
    }

    // After close() the client says it is not connected, and the server has
    // forgotten the session: it refuses the old id. (Every peer here is built
    // on the SDK, which answers an unknown session with 400, not the spec's
    // 404: the 404 branch has no real peer.)
    void closedSessionIsReportedClearly()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        const QByteArray session = client.sessionId().toLatin1();
        QSignalSpy exchanges(&http, &HttpClient::exchangeFinished);
        client.close();
        const auto deleteFinished = [&exchanges] {
            for (const QList<QVariant> &args : std::as_const(exchanges))
                if (args.first().value<Exchange>().method == "DELETE")
                    return args.first().value<Exchange>().status;
            return 0;
        };
        QTRY_COMPARE_WITH_TIMEOUT(deleteFinished(), 200,
                                  10000); // the DELETE went out and the server agreed

        // A request on the closed session is not sent (the server has
        // forgotten the session), and the client says so.
        const qsizetype sent = exchanges.size();
        McpRequest *afterClose = wait(client.request(QStringLiteral("ping")));
        QVERIFY(!afterClose->succeeded());
        QCOMPARE(afterClose->error().code, ErrorCode::McpClosed);
        QCOMPARE(
            afterClose->error().message,
            QStringLiteral(
                "The session was closed, so ping was not sent. Reconnect to start a new session."));
        QCOMPARE(exchanges.size(), sent);

        // The same session id again: the server must have forgotten it.
        HttpRequest r;
        r.method = "POST";
        r.url = endpoint();
        r.headers = {{"Content-Type", "application/json"},
                     {"Accept", "application/json, text/event-stream"},
                     {"Mcp-Session-Id", session}};
        r.body = JsonRpcMessage::request(9, QStringLiteral("ping")).encode();
        HttpCall *call = http.send(r);
        QSignalSpy finished(call, &HttpCall::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(call->exchange().status, 400);
        QVERIFY2(call->exchange().responseBody.contains("ession"),
                 call->exchange().responseBody.constData());
    }

    void messagesAreCapturedAndPaired()
    {
        HttpClient http(&m_store);
        http.setSessionId(m_store.createSession(QStringLiteral("mcp test"), endpoint().toString(),
                                                QStringLiteral("mcp"), 1));
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
                QVERIFY(
                    QJsonDocument::fromJson(m.payload).object().contains(QStringLiteral("result")));
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
        const QJsonObject params =
            toolCall(QStringLiteral("trigger-long-running-operation"),
                     {{QStringLiteral("duration"), 3}, {QStringLiteral("steps"), 6}});
        QSignalSpy findings(&client, &McpClient::findingRaised);
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
        QCOMPARE(silent->error().code, ErrorCode::McpTimeout);
        // Only the silent call's timeout is a finding, and its words are the error's.
        QCOMPARE(findings.size(), 1);
        const Finding timeout = findings.first().first().value<Finding>();
        QCOMPARE(timeout.kind, QStringLiteral("mcp.timeout"));
        QCOMPARE(timeout.message(), silent->error().message);
        QVERIFY2(silent->error().message.startsWith(
                     QStringLiteral("No response to tools/call within 1.5 s.")),
                 qPrintable(silent->error().message));
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
        McpRequest *call = client.request(QStringLiteral("tools/call"),
                                          toolCall(QStringLiteral("trigger-elicitation-request")));
        const auto request =
            waitForServerRequest(client, received, QStringLiteral("elicitation/create"));
        QCOMPARE(request.method, QStringLiteral("elicitation/create"));
        QVERIFY(request.params.toObject()
                    .value(QStringLiteral("requestedSchema"))
                    .toObject()
                    .value(QStringLiteral("properties"))
                    .toObject()
                    .contains(QStringLiteral("name")));
        QCOMPARE(client.waitingServerRequests(), 1);
        QTest::qWait(1600); // longer than the timeout: the user is thinking
        QVERIFY(!call->isFinished());
        QVERIFY(client.answerServerRequest(
            request.id, QJsonObject{{QStringLiteral("action"), QStringLiteral("accept")},
                                    {QStringLiteral("content"),
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada")},
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
        const QJsonObject params = toolCall(QStringLiteral("trigger-sampling-request"),
                                            {{QStringLiteral("prompt"), QStringLiteral("hi")}});
        McpRequest *call = client.request(QStringLiteral("tools/call"), params);
        auto request =
            waitForServerRequest(client, received, QStringLiteral("sampling/createMessage"));
        QCOMPARE(request.method, QStringLiteral("sampling/createMessage"));
        QVERIFY(client.answerServerRequest(
            request.id,
            QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                     {QStringLiteral("text"), QStringLiteral("sampled by hand")}}},
                        {QStringLiteral("model"), QStringLiteral("manual")}}));
        wait(call);
        QVERIFY2(call->succeeded(), qPrintable(call->error().message));
        QVERIFY2(allText(call).contains(QStringLiteral("sampled by hand")),
                 qPrintable(allText(call)));

        McpRequest *declined = client.request(QStringLiteral("tools/call"), params);
        request = waitForServerRequest(client, received, QStringLiteral("sampling/createMessage"));
        QCOMPARE(request.method, QStringLiteral("sampling/createMessage"));
        QVERIFY(client.answerServerRequest(
            request.id, Failure{Error{ErrorCode::JsonRpcAnswer,
                                      QStringLiteral("User rejected sampling request"), -1}}));
        wait(declined);
        // The tool failed, not the protocol: the spec reports a tool's own
        // failure as a result with isError, and the SDK server turns the
        // exception our refusal raised in the tool into exactly that, with
        // our error code and message in its text.
        QVERIFY2(declined->succeeded(), qPrintable(declined->error().message));
        QCOMPARE(declined->result().toObject().value(QStringLiteral("isError")), QJsonValue(true));
        QCOMPARE(firstText(declined),
                 QStringLiteral("MCP error -1: User rejected sampling request"));
    }

    void loggingLevelAndMessages()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        QVERIFY(client.initializeResult()
                    .value(QStringLiteral("capabilities"))
                    .toObject()
                    .contains(QStringLiteral("logging")));
        McpRequest *level =
            wait(client.request(QStringLiteral("logging/setLevel"),
                                {{QStringLiteral("level"), QStringLiteral("debug")}}));
        QVERIFY2(level->succeeded(), qPrintable(level->error().message));
        McpRequest *on = wait(client.request(QStringLiteral("tools/call"),
                                             toolCall(QStringLiteral("toggle-simulated-logging"))));
        QVERIFY(on->succeeded());
        // The server also logs its own events; wait for a simulated one.
        const auto message = waitForNotification(client, QStringLiteral("notifications/message"),
                                                 8000, QStringLiteral("SessionId"));
        QVERIFY(message);
        // The server picks a level at random and names it in the text: the
        // level field must be that one ("Alert level-message" is the
        // server's own spelling).
        const QString data = message->value(QStringLiteral("data")).toString();
        QVERIFY2(data.endsWith(QStringLiteral("SessionId ") + client.sessionId()),
                 qPrintable(data));
        const QString named =
            data.section(QRegularExpression(QStringLiteral("[- ]level")), 0, 0).toLower();
        QVERIFY2(QStringList({QStringLiteral("debug"), QStringLiteral("info"),
                              QStringLiteral("notice"), QStringLiteral("warning"),
                              QStringLiteral("error"), QStringLiteral("critical"),
                              QStringLiteral("alert"), QStringLiteral("emergency")})
                     .contains(named),
                 qPrintable(data));
        QCOMPARE(message->value(QStringLiteral("level")).toString(), named);
        wait(client.request(QStringLiteral("tools/call"),
                            toolCall(QStringLiteral("toggle-simulated-logging"))));
    }

    void subscriptionsDeliverUpdates()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        QVERIFY(client.initializeResult()
                    .value(QStringLiteral("capabilities"))
                    .toObject()
                    .value(QStringLiteral("resources"))
                    .toObject()
                    .value(QStringLiteral("subscribe"))
                    .toBool());
        McpRequest *list = wait(client.listAll(QStringLiteral("resources/list")));
        QVERIFY(list->succeeded() && !list->result().toArray().isEmpty());
        const QString uri =
            list->result().toArray().first().toObject().value(QStringLiteral("uri")).toString();
        McpRequest *subscribe = wait(
            client.request(QStringLiteral("resources/subscribe"), {{QStringLiteral("uri"), uri}}));
        QVERIFY2(subscribe->succeeded(), qPrintable(subscribe->error().message));
        McpRequest *on = wait(client.request(
            QStringLiteral("tools/call"), toolCall(QStringLiteral("toggle-subscriber-updates"))));
        QVERIFY(on->succeeded());
        const auto updated =
            waitForNotification(client, QStringLiteral("notifications/resources/updated"), 8000);
        QVERIFY(updated);
        QCOMPARE(updated->value(QStringLiteral("uri")).toString(), uri);
        McpRequest *unsubscribe = wait(client.request(QStringLiteral("resources/unsubscribe"),
                                                      {{QStringLiteral("uri"), uri}}));
        QVERIFY(unsubscribe->succeeded());
        wait(client.request(QStringLiteral("tools/call"),
                            toolCall(QStringLiteral("toggle-subscriber-updates"))));
    }

    // completion/complete for a prompt argument, with the other arguments as context.
    void completionSuggestsArgumentValues()
    {
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QVERIFY(connectClient(client));
        const QJsonObject ref{{QStringLiteral("type"), QStringLiteral("ref/prompt")},
                              {QStringLiteral("name"), QStringLiteral("completable-prompt")}};
        McpRequest *department = wait(
            client.request(QStringLiteral("completion/complete"),
                           {{QStringLiteral("ref"), ref},
                            {QStringLiteral("argument"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("department")},
                                         {QStringLiteral("value"), QStringLiteral("S")}}}}));
        QVERIFY2(department->succeeded(), qPrintable(department->error().message));
        QCOMPARE(department->result()
                     .toObject()
                     .value(QStringLiteral("completion"))
                     .toObject()
                     .value(QStringLiteral("values"))
                     .toArray(),
                 (QJsonArray{QStringLiteral("Sales"), QStringLiteral("Support")}));
        McpRequest *name =
            wait(client.request(QStringLiteral("completion/complete"),
                                {{QStringLiteral("ref"), ref},
                                 {QStringLiteral("argument"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("name")},
                                              {QStringLiteral("value"), QString()}}},
                                 {QStringLiteral("context"),
                                  QJsonObject{{QStringLiteral("arguments"),
                                               QJsonObject{{QStringLiteral("department"),
                                                            QStringLiteral("Engineering")}}}}}}));
        QVERIFY(name->succeeded());
        QCOMPARE(name->result()
                     .toObject()
                     .value(QStringLiteral("completion"))
                     .toObject()
                     .value(QStringLiteral("values"))
                     .toArray(),
                 (QJsonArray{QStringLiteral("Alice"), QStringLiteral("Bob"),
                             QStringLiteral("Charlie")}));
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
            if (t.toObject()
                    .value(QStringLiteral("uriTemplate"))
                    .toString()
                    .contains(QStringLiteral("/text/")))
                text = t.toObject().value(QStringLiteral("uriTemplate")).toString();
        QVERIFY2(!text.isEmpty(), "no text template");
        const auto parsed = UriTemplate::parse(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->variables().size(), 1);
        const QString uri = parsed->expand({{parsed->variables().first(), QStringLiteral("3")}});
        McpRequest *read =
            wait(client.request(QStringLiteral("resources/read"), {{QStringLiteral("uri"), uri}}));
        QVERIFY2(read->succeeded(), qPrintable(read->error().message));
        QVERIFY(read->result()
                    .toObject()
                    .value(QStringLiteral("contents"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QStringLiteral("Resource 3")));
    }

    // Custom headers travel with every request of the session, as captured.
    void customHeadersAreSent()
    {
        HttpClient http(&m_store);
        http.setSessionId(m_store.createSession(QStringLiteral("headers"), endpoint().toString(),
                                                QStringLiteral("mcp"), 1));
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
            QCOMPARE(headerValue((*exchange)->requestHeaders, "X-Debug-Trace"),
                     QByteArray("trace-42"));
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
        QVERIFY2(failed.first().first().value<Error>().message.contains(
                     QStringLiteral("no longer knows session")),
                 qPrintable(failed.first().first().value<Error>().message));
        QVERIFY(!client.isConnected());
        QSignalSpy connected(&client, &McpClient::connected);
        client.reconnect();
        QVERIFY(connected.wait(10000));
        QVERIFY(client.sessionId() != first);
        QVERIFY(wait(client.request(QStringLiteral("ping")))->succeeded());
    }

    // The listening (GET) stream, closed by the server (the SDK's
    // closeStandaloneSSEStream on a resumable transport), is opened again
    // after the server's retry delay with Last-Event-ID: what the server
    // sent meanwhile is replayed, what it sends afterwards arrives, nothing
    // twice.
    void listeningStreamIsReopened()
    {
        NodePeer peer;
        const QString why = peer.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/resumable_mcp_server.mjs"),
            {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QSignalSpy started(&http, &HttpClient::exchangeStarted);
        QSignalSpy notes(&client, &McpClient::notificationReceived);
        QSignalSpy connected(&client, &McpClient::connected);
        client.connectToServer(QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(peer.port())),
                               McpClient::Transport::StreamableHttp);
        QVERIFY(connected.wait(15000));
        const auto listening = [&started] {
            QList<Exchange> gets;
            for (const QList<QVariant> &args : std::as_const(started))
                if (args.first().value<Exchange>().method == "GET")
                    gets << args.first().value<Exchange>();
            return gets;
        };
        const auto received = [&notes](const QString &text) {
            int count = 0;
            for (const QList<QVariant> &args : std::as_const(notes)) {
                const auto n = args.first().value<JsonRpcMessage>();
                count += n.method == u"notifications/message" &&
                         n.params.toObject().value(QStringLiteral("data")).toString() == text;
            }
            return count;
        };
        const auto call = [&](const QString &tool, const QJsonObject &arguments = {}) {
            McpRequest *r =
                wait(client.request(QStringLiteral("tools/call"), toolCall(tool, arguments)));
            return r->succeeded() ? firstText(r) : r->error().message;
        };
        QTRY_COMPARE_WITH_TIMEOUT(listening().size(), 1, 10000);
        QCOMPARE(
            call(QStringLiteral("notify"), {{QStringLiteral("text"), QStringLiteral("before")}}),
            QStringLiteral("sent"));
        QTRY_COMPARE_WITH_TIMEOUT(received(QStringLiteral("before")), 1, 5000);

        QCOMPARE(call(QStringLiteral("close-listening-stream")), QStringLiteral("closed"));
        QTRY_COMPARE_WITH_TIMEOUT(listening().size(), 2, 5000);
        QVERIFY(!headerValue(listening().last().requestHeaders, "Last-Event-ID").isEmpty());
        QCOMPARE(headerValue(listening().last().requestHeaders, "Mcp-Session-Id"),
                 client.sessionId().toLatin1());
        QCOMPARE(
            call(QStringLiteral("notify"), {{QStringLiteral("text"), QStringLiteral("after")}}),
            QStringLiteral("sent"));
        QTRY_COMPARE_WITH_TIMEOUT(received(QStringLiteral("after")), 1, 5000);
        // What was sent while it was closed is replayed once; what came
        // before is not.
        QTRY_COMPARE_WITH_TIMEOUT(received(QStringLiteral("sent while closed")), 1, 5000);
        QCOMPARE(received(QStringLiteral("before")), 1);
        QCOMPARE(listening().size(), 2);
        client.close();
    }

    // A server that has forgotten the session and answers 404, as the spec
    // says (the SDK-based peer's own routing: the SDK examples answer 400):
    // the client says so, and reconnect() starts a new session.
    void lostSessionAnswered404()
    {
        NodePeer peer;
        const QString why = peer.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/resumable_mcp_server.mjs"),
            {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/mcp").arg(peer.port()));
        HttpClient http(&m_store);
        McpClient client(&http, &m_store);
        QSignalSpy connected(&client, &McpClient::connected);
        client.connectToServer(url, McpClient::Transport::StreamableHttp);
        QVERIFY(connected.wait(15000));
        const QString first = client.sessionId();
        HttpRequest del;
        del.method = "DELETE";
        del.url = url;
        del.headers = {{"Mcp-Session-Id", first.toLatin1()}};
        HttpCall *deleting = http.send(del);
        QSignalSpy deleted(deleting, &HttpCall::finished);
        QVERIFY(deleted.wait(10000));
        QCOMPARE(deleting->exchange().status, 200);
        QSignalSpy failed(&client, &McpClient::failed);
        McpRequest *ping = wait(client.request(QStringLiteral("ping")));
        QVERIFY(!ping->succeeded());
        QVERIFY(failed.size() || failed.wait(5000));
        QCOMPARE(failed.first().first().value<Error>().message,
                 QStringLiteral("The server no longer knows session %1 (HTTP 404). Reconnect to "
                                "start a new session.")
                     .arg(first));
        client.reconnect();
        QVERIFY(connected.wait(10000));
        QVERIFY(client.sessionId() != first);
        QVERIFY(wait(client.request(QStringLiteral("ping")))->succeeded());
        client.close();
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
            client.connectToServer(
                QUrl(QStringLiteral("http://127.0.0.1:%1/sse").arg(m_everythingSse.port())),
                McpClient::Transport::Sse);
        else
            client.connectStdio(
                nodeBinary(),
                {peersDir() +
                     QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
                 QStringLiteral("stdio")},
                {});
        QVERIFY(connected.wait(20000));

        McpRequest *longRun = client.requestWithProgress(
            QStringLiteral("tools/call"),
            toolCall(QStringLiteral("trigger-long-running-operation"),
                     {{QStringLiteral("duration"), 1}, {QStringLiteral("steps"), 2}}));
        QSignalSpy progress(longRun, &McpRequest::progress);
        QVERIFY2(wait(longRun)->succeeded(), qPrintable(longRun->error().message));
        QCOMPARE(progress.size(), 2);

        McpRequest *elicit = client.request(
            QStringLiteral("tools/call"), toolCall(QStringLiteral("trigger-elicitation-request")));
        const auto request =
            waitForServerRequest(client, received, QStringLiteral("elicitation/create"));
        QVERIFY(client.answerServerRequest(
            request.id, QJsonObject{{QStringLiteral("action"), QStringLiteral("decline")}}));
        QVERIFY2(wait(elicit)->succeeded(), qPrintable(elicit->error().message));
        QVERIFY2(allText(elicit).contains(QStringLiteral("declined")), qPrintable(allText(elicit)));

        McpRequest *complete = wait(client.request(
            QStringLiteral("completion/complete"),
            {{QStringLiteral("ref"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("ref/prompt")},
                          {QStringLiteral("name"), QStringLiteral("completable-prompt")}}},
             {QStringLiteral("argument"),
              QJsonObject{{QStringLiteral("name"), QStringLiteral("department")},
                          {QStringLiteral("value"), QStringLiteral("Ma")}}}}));
        QVERIFY(complete->succeeded());
        QCOMPARE(complete->result()
                     .toObject()
                     .value(QStringLiteral("completion"))
                     .toObject()
                     .value(QStringLiteral("values"))
                     .toArray(),
                 (QJsonArray{QStringLiteral("Marketing")}));

        McpRequest *templates = wait(client.listAll(QStringLiteral("resources/templates/list")));
        QVERIFY(templates->succeeded() && templates->result().toArray().size() >= 2);
        const QString uri = QStringLiteral("demo://resource/dynamic/text/9");
        McpRequest *read =
            wait(client.request(QStringLiteral("resources/read"), {{QStringLiteral("uri"), uri}}));
        QVERIFY2(read->succeeded(), qPrintable(read->error().message));
        const QJsonArray contents =
            read->result().toObject().value(QStringLiteral("contents")).toArray();
        QCOMPARE(contents.size(), 1);
        QCOMPARE(contents.first().toObject().value(QStringLiteral("uri")).toString(), uri);
        QVERIFY2(contents.first()
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .startsWith(QStringLiteral("Resource 9:")),
                 qPrintable(contents.first().toObject().value(QStringLiteral("text")).toString()));

        // The server acknowledges a subscription with a log message at level
        // info: with the level set to warning it must not arrive, with info
        // it must, naming the resource.
        QSignalSpy notes(&client, &McpClient::notificationReceived);
        const auto acknowledgements = [&notes, &uri] {
            QList<QJsonObject> found;
            for (const QList<QVariant> &args : std::as_const(notes)) {
                const auto n = args.first().value<JsonRpcMessage>();
                if (n.method == u"notifications/message" &&
                    n.params.toObject()
                        .value(QStringLiteral("data"))
                        .toString()
                        .contains(QStringLiteral("Subscribe Resource request for URI: ") + uri))
                    found << n.params.toObject();
            }
            return found;
        };
        const auto call = [&](const QString &method, const QJsonObject &params) {
            McpRequest *r = wait(client.request(method, params));
            return r->succeeded() ? r->result() : QJsonValue(r->error().message);
        };
        QCOMPARE(call(QStringLiteral("logging/setLevel"),
                      {{QStringLiteral("level"), QStringLiteral("warning")}}),
                 QJsonValue(QJsonObject{}));
        QCOMPARE(call(QStringLiteral("resources/subscribe"), {{QStringLiteral("uri"), uri}}),
                 QJsonValue(QJsonObject{}));
        QVERIFY(acknowledgements().isEmpty());
        QCOMPARE(call(QStringLiteral("logging/setLevel"),
                      {{QStringLiteral("level"), QStringLiteral("info")}}),
                 QJsonValue(QJsonObject{}));
        QCOMPARE(call(QStringLiteral("resources/subscribe"), {{QStringLiteral("uri"), uri}}),
                 QJsonValue(QJsonObject{}));
        // Over Streamable HTTP the log travels on the GET stream, in order:
        // had the first acknowledgement been sent, it would be here first.
        QTRY_VERIFY_WITH_TIMEOUT(!acknowledgements().isEmpty(), 5000);
        QCOMPARE(acknowledgements().size(), 1);
        QCOMPARE(acknowledgements().first().value(QStringLiteral("level")).toString(),
                 QStringLiteral("info"));
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
        const QJsonObject args{
            {QStringLiteral("url"), QStringLiteral("https://example.com/consent")}};
        McpRequest *call =
            client.request(QStringLiteral("tools/call"),
                           toolCall(QStringLiteral("trigger-url-elicitation"), args));
        const auto request =
            waitForServerRequest(client, received, QStringLiteral("elicitation/create"));
        QCOMPARE(request.params.toObject().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("url"));
        QCOMPARE(request.params.toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://example.com/consent"));
        QVERIFY(client.answerServerRequest(
            request.id, QJsonObject{{QStringLiteral("action"), QStringLiteral("accept")}}));
        QVERIFY2(wait(call)->succeeded(), qPrintable(call->error().message));

        QJsonObject errorArgs = args;
        errorArgs.insert(QStringLiteral("errorPath"), true);
        McpRequest *failing =
            wait(client.request(QStringLiteral("tools/call"),
                                toolCall(QStringLiteral("trigger-url-elicitation"), errorArgs)));
        QVERIFY(!failing->succeeded());
        QCOMPARE(failing->rpcErrorCode().value_or(0), JsonRpcCode::UrlElicitationRequired);
        const QJsonArray elicitations =
            failing->rpcErrorData().toObject().value(QStringLiteral("elicitations")).toArray();
        QCOMPARE(elicitations.size(), 1);
        QVERIFY(elicitations.first()
                    .toObject()
                    .value(QStringLiteral("url"))
                    .toString()
                    .startsWith(QStringLiteral("https://")));

        // Without the capability the server does not offer the tool at all.
        HttpClient plainHttp(&m_store);
        McpClient plain(&plainHttp, &m_store);
        QVERIFY(connectClient(plain));
        McpRequest *tools = wait(plain.listAll(QStringLiteral("tools/list")));
        QVERIFY(
            !QJsonDocument(tools->result().toArray()).toJson().contains("trigger-url-elicitation"));
    }

    void defaultAnswersToServerRequests()
    {
        JsonRpcMessage elicit = JsonRpcMessage::request(
            1, QStringLiteral("elicitation/create"),
            {{QStringLiteral("message"), QStringLiteral("?")},
             {QStringLiteral("requestedSchema"),
              QJsonObject{
                  {QStringLiteral("type"), QStringLiteral("object")},
                  {QStringLiteral("properties"),
                   QJsonObject{{QStringLiteral("n"),
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                                            {QStringLiteral("default"), 7}}},
                               {QStringLiteral("s"), QJsonObject{{QStringLiteral("type"),
                                                                  QStringLiteral("string")}}}}}}}});
        const auto answer = McpClient::defaultServerRequestAnswer(elicit);
        QVERIFY(answer);
        QCOMPARE(answer->value(QStringLiteral("action")).toString(), QStringLiteral("accept"));
        QCOMPARE(answer->value(QStringLiteral("content")).toObject(),
                 (QJsonObject{{QStringLiteral("n"), 7}}));
        QCOMPARE(McpClient::defaultServerRequestAnswer(
                     JsonRpcMessage::request(2, QStringLiteral("roots/list")))
                     ->value(QStringLiteral("roots"))
                     .toArray()
                     .size(),
                 0);
        QVERIFY(!McpClient::defaultServerRequestAnswer(
            JsonRpcMessage::request(3, QStringLiteral("sampling/createMessage"))));
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything;
    NodePeer m_everythingSse;
};

QTEST_GUILESS_MAIN(TestMcpClient)
#include "tst_mcp_client.moc"
