#include "error_code_testing.h"
#include "mcp/mcp_client.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "tool_result.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// McpClient's handling of requests at the edges, against the official
// TypeScript SDK v2 server (tests/peers/servers/sdk_v2_server.mjs, spoken to
// in the modern era): an input request (MRTR) McpScope cannot answer, a
// queued input request whose call the user cancels, an Authorization header
// typed by hand beside the flow's token, params that are not an object;
// and the answers McpScope gives by default to server requests, and closing
// a client that never connected.
class TestMcpClientRequests : public QObject
{
    Q_OBJECT

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_v2.port())); }

    static bool connectModern(McpClient &client, const QUrl &url)
    {
        client.setEra(ProtocolEra::Modern);
        QSignalSpy connected(&client, &McpClient::connected);
        QSignalSpy failed(&client, &McpClient::failed);
        client.connectToServer(url, McpClient::Transport::StreamableHttp);
        if (!connected.wait(30000)) {
            qWarning() << "not connected:"
                       << (failed.isEmpty() ? QStringLiteral("timeout")
                                            : failed.first().first().value<Error>().message);
            return false;
        }
        return true;
    }
    static McpRequest *askName(McpClient &client)
    {
        return client.request(QStringLiteral("tools/call"),
                              {{QStringLiteral("name"), QStringLiteral("ask_name")},
                               {QStringLiteral("arguments"), QJsonObject{}}});
    }
    static bool waitFinished(McpRequest *request)
    {
        QSignalSpy finished(request, &McpRequest::finished);
        return request->isFinished() || finished.wait(30000);
    }
    static JsonRpcMessage serverRequest(const QString &method, const QJsonObject &params = {})
    {
        return JsonRpcMessage::request(QStringLiteral("srv-1"), method, params);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = m_v2.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/sdk_v2_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // The server's input request gets an error from McpScope's handler:
    // the call cannot go on, and says which request could not be answered.
    void inputRequestMcpScopeCannotAnswerEndsTheCall()
    {
        HttpClient http;
        McpClient client(&http, nullptr);
        QStringList asked;
        client.setServerRequestHandler([&asked](const JsonRpcMessage &request) {
            asked << request.method;
            return Result<QJsonObject>(
                makeError(ErrorCode::JsonRpcAnswer, QStringLiteral("the user is away")));
        });
        QVERIFY(connectModern(client, url()));
        McpRequest *call = askName(client);
        QVERIFY(waitFinished(call));
        QVERIFY(!call->succeeded());
        QCOMPARE(asked, QStringList{QStringLiteral("elicitation/create")});
        QCOMPARE(call->error().code, ErrorCode::McpRpc);
        QCOMPARE(call->error().message,
                 QStringLiteral("tools/call needs an answer to the server's elicitation/create "
                                "input request \"name\", which McpScope could not give: the user "
                                "is away"));
        client.close();
    }

    // Queued input request (the user answers in the UI): cancelling the call
    // withdraws its input request from the queue, with the reason, and a
    // second cancel changes nothing.
    void cancellingACallWithdrawsItsQueuedInputRequest()
    {
        HttpClient http;
        McpClient client(&http, nullptr);
        client.setQueueServerRequests(true);
        QVERIFY(connectModern(client, url()));
        QSignalSpy received(&client, &McpClient::serverRequestReceived);
        QSignalSpy withdrawn(&client, &McpClient::serverRequestCancelled);
        McpRequest *call = askName(client);
        QVERIFY(received.wait(30000));
        const auto queued = received.first().first().value<JsonRpcMessage>();
        QCOMPARE(queued.method, QStringLiteral("elicitation/create"));
        QVERIFY(!call->isFinished());
        client.cancel(call);
        QVERIFY(call->isFinished());
        QCOMPARE(call->error().code, ErrorCode::McpCancelled);
        QCOMPARE(call->error().message, QStringLiteral("tools/call was cancelled."));
        QCOMPARE(withdrawn.size(), 1);
        QCOMPARE(withdrawn.first().at(0).value<QJsonValue>(), queued.id);
        QCOMPARE(withdrawn.first().at(1).toString(),
                 QStringLiteral("The request that asked for it ended."));
        // Answering the withdrawn request now finds nothing to answer.
        QVERIFY(!client.answerServerRequest(queued.id, QJsonObject{}));
        client.cancel(call);
        QCOMPARE(withdrawn.size(), 1);
        QCOMPARE(call->error().message, QStringLiteral("tools/call was cancelled."));
        client.close();
    }

    // An Authorization header typed by hand is replaced by the flow's token:
    // exactly one reaches the server, the token's.
    void theTokenReplacesAHandTypedAuthorizationHeader()
    {
        HttpClient http;
        McpClient client(&http, nullptr);
        QList<QByteArray> sent;
        connect(&http, &HttpClient::exchangeFinished, this, [&sent](const Exchange &e) {
            for (const auto &[name, value] : e.requestHeaders)
                if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                    sent << value;
        });
        client.setExtraHeaders({{"authorization", "Bearer typed-by-hand"}, {"X-Trace", "t-1"}});
        client.setBearerToken(QStringLiteral("token-from-the-flow"));
        QVERIFY(connectModern(client, url()));
        McpRequest *tools = client.request(QStringLiteral("tools/list"));
        QVERIFY(waitFinished(tools));
        QVERIFY(tools->succeeded());
        QVERIFY(sent.size() >= 2); // discover and tools/list at least
        for (const QByteArray &value : std::as_const(sent))
            QCOMPARE(value, QByteArray("Bearer token-from-the-flow"));
        client.close();
    }

    // Params typed in the console that are not a JSON object are refused
    // before anything is sent.
    void paramsThatAreNotAnObjectAreRefused()
    {
        HttpClient http;
        McpClient client(&http, nullptr);
        QVERIFY(connectModern(client, url()));
        QSignalSpy sent(&http, &HttpClient::exchangeFinished);
        McpRequest *refused =
            client.requestWithId(QJsonValue(QStringLiteral("console-1")),
                                 QStringLiteral("tools/call"), QByteArray("[1, 2]"));
        QVERIFY(refused->isFinished());
        QCOMPARE(refused->error().code, ErrorCode::JsonSyntax);
        QCOMPARE(refused->error().message,
                 QStringLiteral("The params of tools/call are not a JSON object."));
        QCOMPARE(sent.size(), 0);
        client.close();
    }

    // subscriptions/listen in the modern era: the server acknowledges the
    // filter it honours; a filter it honours none of ends the stream at once
    // with a complete result.
    void listeningToNothingTheServerOffersCompletes()
    {
        HttpClient http;
        McpClient client(&http, nullptr);
        QVERIFY(connectModern(client, url()));
        QList<JsonRpcMessage> notes;
        connect(&client, &McpClient::notificationReceived, this,
                [&notes](const JsonRpcMessage &m) { notes << m; });
        McpRequest *listening = client.listen({{QStringLiteral("resourceSubscriptions"),
                                                QJsonArray{QStringLiteral("demo://readme")}}});
        QVERIFY(waitFinished(listening));
        QVERIFY2(listening->succeeded(), qPrintable(listening->error().message));
        QCOMPARE(listening->method(), QStringLiteral("subscriptions/listen"));
        QCOMPARE(listening->result().toObject().value(QStringLiteral("resultType")).toString(),
                 QStringLiteral("complete"));
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().method, QStringLiteral("notifications/subscriptions/acknowledged"));
        QCOMPARE(notes.first().params.toObject().value(QStringLiteral("notifications")).toObject(),
                 QJsonObject{});
        client.close();
    }

    // Two calls refused at once (bad_mcp_server.mjs "expired": every
    // tools/call is 401 invalid_token): one authorization runs, the second
    // call waits on it, and when it fails both calls say so.
    void callsRefusedTogetherShareOneFailedAuthorization()
    {
        NodePeer bad;
        const QString why = bad.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        HttpClient http;
        McpClient client(&http, nullptr);
        QList<McpClient::AuthorizationNeed> needs;
        std::function<void(const Result<QString> &)> answer;
        client.setAuthorizationHandler(
            [&needs, &answer](const McpClient::AuthorizationNeed &need, auto done) {
                needs << need;
                answer = done;
            });
        int refusals = 0;
        connect(&http, &HttpClient::exchangeFinished, this, [&refusals](const Exchange &e) {
            if (e.status == 401)
                ++refusals;
        });
        QSignalSpy connected(&client, &McpClient::connected);
        client.connectToServer(
            QUrl(QStringLiteral("http://127.0.0.1:%1/expired/mcp").arg(bad.port())),
            McpClient::Transport::StreamableHttp);
        QVERIFY(connected.wait(30000));
        const QJsonObject call{{QStringLiteral("name"), QStringLiteral("echo")},
                               {QStringLiteral("arguments"),
                                QJsonObject{{QStringLiteral("message"), QStringLiteral("hi")}}}};
        McpRequest *first = client.request(QStringLiteral("tools/call"), call);
        McpRequest *second = client.request(QStringLiteral("tools/call"), call);
        QTRY_COMPARE_WITH_TIMEOUT(refusals, 2, 30000);
        QCOMPARE(needs.size(), 1);
        QCOMPARE(needs.first().status, 401);
        QVERIFY(!first->isFinished() && !second->isFinished());
        answer(Result<QString>(
            makeError(ErrorCode::OAuthFlow, QStringLiteral("the sign-in window was closed"))));
        for (McpRequest *r : {first, second}) {
            QVERIFY(r->isFinished());
            QCOMPARE(r->error().code, ErrorCode::McpAuth);
            QCOMPARE(r->error().message, QStringLiteral("Authorization for tools/call failed: the "
                                                        "sign-in window was closed"));
        }
        QCOMPARE(needs.size(), 1);
        client.close();
    }

    // A modern server whose discover result breaks the schema but is usable
    // (tests/peers/servers/odd_modern_server.mjs): the violation is raised
    // as a finding and the session goes on with what is readable; its
    // input request that is not an object of requests ends the call.
    void oddModernServerIsUsedAndItsInputRequestRefused()
    {
        NodePeer odd;
        const QString why = odd.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/odd_modern_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        HttpClient http;
        McpClient client(&http, nullptr);
        QSignalSpy findings(&client, &McpClient::findingRaised);
        QVERIFY(
            connectModern(client, QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(odd.port()))));
        QCOMPARE(findings.size(), 1);
        const auto finding = findings.first().first().value<Finding>();
        QCOMPARE(finding.kind, QStringLiteral("mcp.era.discover_invalid"));
        QCOMPARE(finding.arguments,
                 QStringList{QStringLiteral("/cacheScope: The value is not one of the allowed "
                                            "values.")});
        const QJsonObject initialized = client.initializeResult();
        QCOMPARE(initialized.value(QStringLiteral("instructions")).toString(),
                 QStringLiteral("Call needs_input to see an odd input request."));
        QCOMPARE(initialized.value(QStringLiteral("serverInfo"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("odd-modern"));

        McpRequest *call = client.request(QStringLiteral("tools/call"),
                                          {{QStringLiteral("name"), QStringLiteral("needs_input")},
                                           {QStringLiteral("arguments"), QJsonObject{}}});
        QVERIFY(waitFinished(call));
        QVERIFY(!call->succeeded());
        QCOMPARE(call->error().code, ErrorCode::McpUnreadable);
        QCOMPARE(call->error().message,
                 QStringLiteral("tools/call asked for input McpScope cannot act on: The server's "
                                "inputRequests is not an object of requests."));
        client.close();
    }

    // The same server refusing the protocol version of a call: listing only
    // legacy versions is a finding and the call fails; listing the modern
    // version but refusing it again after the one retry ends the call too.
    void oddModernServerRefusesTheProtocolVersion()
    {
        NodePeer odd;
        const QString why = odd.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/odd_modern_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        HttpClient http;
        McpClient client(&http, nullptr);
        QVERIFY(
            connectModern(client, QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(odd.port()))));
        QSignalSpy findings(&client, &McpClient::findingRaised);
        QSignalSpy problems(&client, &McpClient::protocolProblem);
        const auto call = [&client](const char *tool) {
            return client.request(QStringLiteral("tools/call"),
                                  {{QStringLiteral("name"), QLatin1String(tool)},
                                   {QStringLiteral("arguments"), QJsonObject{}}});
        };

        McpRequest *legacyOnly = call("legacy_only");
        QVERIFY(waitFinished(legacyOnly));
        QVERIFY(!legacyOnly->succeeded());
        QCOMPARE(findings.size(), 1);
        const auto unsupported = findings.first().first().value<Finding>();
        QCOMPARE(unsupported.kind, QStringLiteral("mcp.era.unsupported_version"));
        QCOMPARE(unsupported.arguments,
                 (QStringList{QStringLiteral("2026-07-28"), QStringLiteral("2025-06-18")}));

        McpRequest *refused = call("refuses_modern");
        QVERIFY(waitFinished(refused));
        QVERIFY(!refused->succeeded());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().first().toString(),
                 QStringLiteral("The server refused protocol version 2026-07-28 for tools/call "
                                "although it lists 2026-07-28; retrying once with 2026-07-28."));
        QCOMPARE(findings.size(), 1);

        client.close();
    }

    // What McpScope answers a server's requests with when nobody answers them.
    void defaultAnswersToServerRequests()
    {
        const auto urlElicitation = McpClient::defaultServerRequestAnswer(serverRequest(
            QStringLiteral("elicitation/create"),
            {{QStringLiteral("mode"), QStringLiteral("url")},
             {QStringLiteral("url"), QStringLiteral("https://example.com/consent")}}));
        QVERIFY(urlElicitation);
        QCOMPARE(*urlElicitation,
                 (QJsonObject{{QStringLiteral("action"), QStringLiteral("decline")}}));

        const auto form = McpClient::defaultServerRequestAnswer(serverRequest(
            QStringLiteral("elicitation/create"),
            {{QStringLiteral("requestedSchema"),
              QJsonObject{
                  {QStringLiteral("properties"),
                   QJsonObject{
                       {QStringLiteral("name"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                    {QStringLiteral("default"), QStringLiteral("Ada")}}},
                       {QStringLiteral("age"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("number")}}}}}}}}));
        QVERIFY(form);
        QCOMPARE(*form,
                 (QJsonObject{{QStringLiteral("action"), QStringLiteral("accept")},
                              {QStringLiteral("content"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada")}}}}));

        const auto ping =
            McpClient::defaultServerRequestAnswer(serverRequest(QStringLiteral("ping")));
        QVERIFY(ping);
        QCOMPARE(*ping, QJsonObject{});

        const auto roots =
            McpClient::defaultServerRequestAnswer(serverRequest(QStringLiteral("roots/list")));
        QVERIFY(roots);
        QCOMPARE(*roots, (QJsonObject{{QStringLiteral("roots"), QJsonArray{}}}));

        const auto sampling = McpClient::defaultServerRequestAnswer(
            serverRequest(QStringLiteral("sampling/createMessage")));
        QVERIFY(!sampling);
        QCOMPARE(sampling.error().message,
                 QStringLiteral("Sampling is declined by default in McpScope."));
        QCOMPARE(sampling.error().detail, int(JsonRpcCode::InvalidRequest));

        const auto unknown = McpClient::defaultServerRequestAnswer(
            serverRequest(QStringLiteral("tasks/frobnicate")));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message,
                 QStringLiteral("McpScope does not handle tasks/frobnicate."));
        QCOMPARE(unknown.error().detail, int(JsonRpcCode::MethodNotFound));
    }

    // Closing a client that never connected still says it is closed.
    void closingBeforeConnectingReportsClosed()
    {
        HttpClient http;
        McpClient client(&http, nullptr);
        QSignalSpy closed(&client, &McpClient::closed);
        client.close();
        QVERIFY(closed.wait(5000));
        QCOMPARE(closed.size(), 1);
        QVERIFY(!client.isConnected());
    }

private:
    NodePeer m_v2;
};

QTEST_GUILESS_MAIN(TestMcpClientRequests)
#include "tst_mcp_client_requests.moc"
