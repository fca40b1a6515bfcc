#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "mcp/mcp_client.h"
#include "mcp/stdio_transport.h"
#include "net/http_client.h"
#include "node_peer.h"

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
