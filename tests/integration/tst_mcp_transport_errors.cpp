#include "error_code_testing.h"
#include "mcp/mcp_client.h"
#include "net/http_client.h"
#include "session/mcp_authorizer.h"
#include "session/mcp_session.h"

#include "node_peer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The transports' error paths against a server whose transport breaks
// (tests/peers/servers/broken_transport_server.mjs): answers without their
// response, a session lost with HTTP 400, refusals that ask for more scope,
// authorizations that never satisfy the server, events over the body cap,
// streams that cannot be resumed, and HTTP+SSE streams that never name an
// endpoint or name a foreign one. Each request fails at once with its true
// cause; the long request timeout would fail these tests by its error code.
class TestMcpTransportErrors : public QObject
{
    Q_OBJECT

    static constexpr int kTimeoutMs = 60000;

    QUrl url(const QString &mode, McpClient::Transport transport) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/%2/%3")
                        .arg(m_peer.port())
                        .arg(mode, transport == McpClient::Transport::Sse ? QStringLiteral("sse")
                                                                          : QStringLiteral("mcp")));
    }

    struct Client
    {
        HttpClient http;
        McpClient client{&http, nullptr};
        QStringList problems;
        QList<Finding> findings;
        QList<Error> failures;
    };

    void watch(Client &c)
    {
        c.client.setRequestTimeoutMs(kTimeoutMs);
        connect(&c.client, &McpClient::protocolProblem, this,
                [&c](const QString &p) { c.problems << p; });
        connect(&c.client, &McpClient::findingRaised, this,
                [&c](const Finding &f) { c.findings << f; });
        connect(&c.client, &McpClient::failed, this, [&c](const Error &e) { c.failures << e; });
    }

    // Connects to mode; QVERIFY-fails when it cannot.
    void connectTo(Client &c, const QString &mode,
                   McpClient::Transport transport = McpClient::Transport::StreamableHttp)
    {
        watch(c);
        QSignalSpy connected(&c.client, &McpClient::connected);
        c.client.connectToServer(url(mode, transport), transport);
        QTRY_VERIFY_WITH_TIMEOUT(connected.size() + c.failures.size() > 0, 20000);
        QVERIFY2(c.failures.isEmpty(), qPrintable(c.failures.value(0).message));
    }

    // Connects to mode and returns why the connection failed (empty if it did not).
    Error failToConnect(Client &c, const QString &mode, McpClient::Transport transport)
    {
        watch(c);
        QSignalSpy connected(&c.client, &McpClient::connected);
        c.client.connectToServer(url(mode, transport), transport);
        if (!QTest::qWaitFor([&] { return connected.size() + c.failures.size() > 0; }, 20000))
            return {};
        return connected.isEmpty() ? c.failures.value(0) : Error{};
    }

    static McpRequest *finish(McpRequest *request)
    {
        QSignalSpy done(request, &McpRequest::finished);
        if (!request->isFinished())
            done.wait(kTimeoutMs + 5000);
        return request;
    }

    static McpRequest *callEcho(McpClient &client)
    {
        return finish(client.request(QStringLiteral("tools/call"),
                                     {{QStringLiteral("name"), QStringLiteral("echo")},
                                      {QStringLiteral("arguments"), QJsonObject{}}}));
    }

#define VERIFY_CONTAINS(text, part)                                                                \
    QVERIFY2((text).contains(part),                                                                \
             qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(text, part)))

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = m_peer.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/broken_transport_server.mjs"),
            {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // A plain JSON answer that holds another id's response: the request
    // fails at once, and the stray response is named.
    void jsonAnswerWithoutItsResponse()
    {
        Client c;
        connectTo(c, QStringLiteral("wrong-id"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = finish(c.client.request(QStringLiteral("tools/list")));
        QVERIFY(!request->succeeded());
        QCOMPARE(request->error().code, ErrorCode::McpUnanswered);
        VERIFY_CONTAINS(request->error().message,
                        QStringLiteral("The server's JSON answer to tools/list holds no response "
                                       "to it (1 message(s), none with its id)"));
        QVERIFY2(!c.problems.filter(QStringLiteral("answered request id 999, which is not pending"))
                      .isEmpty(),
                 qPrintable(c.problems.join(u'\n')));
        QVERIFY(c.client.isConnected());
    }

    // Without a listening stream (405) nor an open POST stream, the state says so.
    void streamStateOfAQuietSession()
    {
        Client c;
        connectTo(c, QStringLiteral("wrong-id"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(c.client.transportName(), QStringLiteral("streamable-http"));
        QTRY_COMPARE_WITH_TIMEOUT(c.client.streamState(),
                                  QStringLiteral("no listening GET stream open; 0 POST response "
                                                 "stream(s) open"),
                                  10000);
    }

    // The SDK examples' 400 "No valid session ID" on a request that carried
    // the session id means the session is gone, as a 404 would.
    void sessionRefusedWith400IsLost()
    {
        Client c;
        connectTo(c, QStringLiteral("session-400"));
        if (QTest::currentTestFailed())
            return;
        const QString session = c.client.sessionId();
        QVERIFY(!session.isEmpty());
        McpRequest *request = callEcho(c.client);
        QVERIFY(!request->succeeded());
        QCOMPARE(request->error().code, ErrorCode::McpSession);
        QCOMPARE(request->error().message,
                 QStringLiteral("The server no longer knows session %1 (HTTP 400; the spec asks "
                                "for 404). Reconnect to start a new session.")
                     .arg(session));
        QCOMPARE(c.failures.size(), 1);
        QCOMPARE(c.failures.first().code, ErrorCode::McpSession);
        QVERIFY(!c.client.isConnected());
    }

    // A 403 asking for more scope is an authorization need; without an
    // authorizer it fails with the scope named and a finding kept.
    void insufficientScopeWithoutAuthorizer()
    {
        Client c;
        connectTo(c, QStringLiteral("scope-403"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = callEcho(c.client);
        QVERIFY(!request->succeeded());
        QCOMPARE(request->error().code, ErrorCode::McpAuth);
        QCOMPARE(request->httpStatus(), 403);
        QCOMPARE(c.findings.size(), 1);
        QCOMPARE(c.findings.first().kind, QStringLiteral("http.insufficient_scope"));
        QCOMPARE(request->error().message, c.findings.first().message());
        VERIFY_CONTAINS(request->error().message, QStringLiteral("tools:write"));
    }

    // An authorizer whose tokens the server never accepts: three
    // authorizations, then McpScope stops rather than loop.
    void authorizationLoopStops()
    {
        Client c;
        QList<int> attempts;
        c.client.setAuthorizationHandler(
            [&attempts](const McpClient::AuthorizationNeed &need, auto done) {
                attempts << need.attempt;
                QCOMPARE(need.status, 401);
                done(QStringLiteral("token-%1").arg(need.attempt));
            });
        connectTo(c, QStringLiteral("unauthorized"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = callEcho(c.client);
        QVERIFY(!request->succeeded());
        QCOMPARE(request->error().code, ErrorCode::McpAuth);
        QCOMPARE(attempts, (QList<int>{1, 2, 3}));
        VERIFY_CONTAINS(request->error().message,
                        QStringLiteral("The server still refuses tools/call (HTTP 401) after 3 "
                                       "authorizations; McpScope stops here rather than loop."));
    }

    // An authorizer that fails: the request fails with its reason.
    void failedAuthorizationFailsTheRequest()
    {
        Client c;
        int asked = 0;
        c.client.setAuthorizationHandler([&asked](const McpClient::AuthorizationNeed &, auto done) {
            ++asked;
            done(makeError(ErrorCode::OAuthFlow, QStringLiteral("no metadata anywhere")));
        });
        connectTo(c, QStringLiteral("unauthorized"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = callEcho(c.client);
        QVERIFY(!request->succeeded());
        QCOMPARE(asked, 1);
        QCOMPARE(request->error().code, ErrorCode::McpAuth);
        QCOMPARE(request->error().message,
                 QStringLiteral("Authorization for tools/call failed: no metadata anywhere"));
    }

    // One event over the body cap on a request's own SSE stream is its
    // answer, cut: the request fails with the cap named.
    void eventOverTheCapOnAPostStream()
    {
        Client c;
        c.http.setBodyCap(64 * 1024);
        connectTo(c, QStringLiteral("big-event"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = callEcho(c.client);
        QVERIFY(!request->succeeded());
        QCOMPARE(request->error().code, ErrorCode::McpBodyCap);
        VERIFY_CONTAINS(request->error().message,
                        QStringLiteral("An event on the stream answering tools/call"));
        QVERIFY2(!c.problems.isEmpty(), "the dropped event is reported as a problem");
    }

    // A stream that ends with an event id is resumed with GET +
    // Last-Event-ID; a server that refuses that GET ends the request.
    void refusedResumption()
    {
        Client c;
        connectTo(c, QStringLiteral("resume-refused"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = callEcho(c.client);
        QVERIFY(!request->succeeded());
        QCOMPARE(request->error().code, ErrorCode::McpStreamEnded);
        QCOMPARE(request->httpStatus(), 405);
        QCOMPARE(request->error().message,
                 QStringLiteral("The stream answering tools/call ended before the response, and "
                                "the server refused to resume it (HTTP 405), so the answer can no "
                                "longer come."));
    }

    // A resumed stream that ends without a new event id cannot be resumed again.
    void resumedStreamWithoutAnEventId()
    {
        Client c;
        connectTo(c, QStringLiteral("resume-no-id"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = callEcho(c.client);
        QVERIFY(!request->succeeded());
        QCOMPARE(request->error().code, ErrorCode::McpStreamEnded);
        QCOMPARE(request->httpStatus(), 0);
        QCOMPARE(request->error().message,
                 QStringLiteral("The resumed stream answering tools/call ended before the "
                                "response without an event id to resume from, so the answer can "
                                "no longer come."));
    }

    // A listening GET whose connection breaks is a warning; the session goes on.
    void droppedListeningStreamKeepsTheSession()
    {
        Client c;
        connectTo(c, QStringLiteral("get-drop"));
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(
            !c.problems.filter(QStringLiteral("The optional listening GET stream failed:"))
                 .isEmpty(),
            10000);
        McpRequest *request = finish(c.client.request(QStringLiteral("tools/list")));
        QVERIFY2(request->succeeded(), qPrintable(request->error().message));
        QCOMPARE(request->result().toObject().value(QStringLiteral("tools")).toArray().size(), 1);
        QVERIFY(c.client.isConnected());
    }

    // HTTP+SSE: the SSE stream's own refusals, before any endpoint event.
    void sseStreamRefused_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");
        QTest::addRow("foreign endpoint")
            << QStringLiteral("off-origin") << ErrorCode::McpSse
            << QStringLiteral("Could not connect: The server's endpoint event names another origin "
                              "(http://localhost:%1/messages); refusing to send messages there.")
                   .arg(m_peer.port());
        QTest::addRow("401 without an authorizer")
            << QStringLiteral("sse-401") << ErrorCode::McpAuth
            << QStringLiteral("The server requires authorization (HTTP 401) to open its event "
                              "stream. Sign in to it (OAuth) or add an Authorization header.");
        QTest::addRow("HTTP 500") << QStringLiteral("sse-500") << ErrorCode::McpSse
                                  << QStringLiteral("Could not connect: No endpoint event arrived: "
                                                    "The server answered the SSE stream with HTTP "
                                                    "500 Internal Server Error: stream broke");
        QTest::addRow("HTTP 204") << QStringLiteral("sse-204") << ErrorCode::McpSse
                                  << QStringLiteral("Could not connect: No endpoint event arrived: "
                                                    "The SSE endpoint answered HTTP 204 instead of "
                                                    "an event stream.");
        QTest::addRow("closed without an endpoint")
            << QStringLiteral("sse-end") << ErrorCode::McpSse
            << QStringLiteral("Could not connect: No endpoint event arrived: The server closed the "
                              "SSE stream; every answer travels on it, so no pending request can "
                              "be answered any more.");
    }

    void sseStreamRefused()
    {
        QFETCH(QString, mode);
        QFETCH(ErrorCode, code);
        QFETCH(QString, message);
        Client c;
        const Error why = failToConnect(c, mode, McpClient::Transport::Sse);
        QCOMPARE(why.code, code);
        VERIFY_CONTAINS(why.message, message);
        QVERIFY(!c.client.isConnected());
    }

    // An authorizer whose token the SSE stream keeps refusing: three tries.
    void sseStreamRefusesEveryToken()
    {
        Client c;
        QList<int> attempts;
        c.client.setAuthorizationHandler(
            [&attempts](const McpClient::AuthorizationNeed &need, auto done) {
                attempts << need.attempt;
                done(QStringLiteral("token-%1").arg(need.attempt));
            });
        const Error why = failToConnect(c, QStringLiteral("sse-401"), McpClient::Transport::Sse);
        QCOMPARE(why.code, ErrorCode::McpAuth);
        QCOMPARE(why.message, QStringLiteral("The server still refuses its event stream (HTTP 401) "
                                             "after 3 authorizations."));
        QCOMPARE(attempts, (QList<int>{1, 2, 3}));
    }

    void sseStreamAuthorizationFails()
    {
        Client c;
        c.client.setAuthorizationHandler([](const McpClient::AuthorizationNeed &need, auto done) {
            QCOMPARE(need.status, 401);
            done(makeError(ErrorCode::OAuthFlow, QStringLiteral("sign-in cancelled")));
        });
        const Error why = failToConnect(c, QStringLiteral("sse-401"), McpClient::Transport::Sse);
        QCOMPARE(why.code, ErrorCode::McpAuth);
        QCOMPARE(why.message, QStringLiteral("Authorization failed: sign-in cancelled"));
    }

    // HTTP+SSE: a POST refused outright fails its request with the refusal.
    void ssePostRefused_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addRow("HTTP 500") << QStringLiteral("post-500") << ErrorCode::McpHttp << 500
                                  << QStringLiteral("database down");
        QTest::addRow("HTTP 401") << QStringLiteral("post-401") << ErrorCode::McpAuth << 401
                                  << QStringLiteral("HTTP 401");
    }

    void ssePostRefused()
    {
        QFETCH(QString, mode);
        QFETCH(ErrorCode, code);
        QFETCH(int, status);
        QFETCH(QString, message);
        Client c;
        connectTo(c, mode, McpClient::Transport::Sse);
        if (QTest::currentTestFailed())
            return;
        VERIFY_CONTAINS(c.client.streamState(),
                        QStringLiteral("the SSE stream is open; messages are posted to "
                                       "http://127.0.0.1:%1/%2/messages?sessionId=")
                            .arg(m_peer.port())
                            .arg(mode));
        McpRequest *request = callEcho(c.client);
        QVERIFY(!request->succeeded());
        QCOMPARE(request->error().code, code);
        QCOMPARE(request->httpStatus(), status);
        VERIFY_CONTAINS(request->error().message, message);
        QVERIFY(c.client.isConnected());
    }

    // HTTP+SSE: an event over the cap on the shared stream is pinned on the
    // only request waiting.
    void sseEventOverTheCap()
    {
        Client c;
        c.http.setBodyCap(64 * 1024);
        connectTo(c, QStringLiteral("big-event"), McpClient::Transport::Sse);
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = callEcho(c.client);
        QVERIFY(!request->succeeded());
        QCOMPARE(request->error().code, ErrorCode::McpBodyCap);
        VERIFY_CONTAINS(request->error().message,
                        QStringLiteral("The server sent a message that cannot be read while "
                                       "tools/call was the only request waiting, so it was most "
                                       "likely its answer: An event on the SSE stream"));
        QVERIFY(c.client.isConnected());
    }

    // A server that talks out of turn on a request's stream: progress for a
    // token nobody sent is reported; a queued server request whose id comes
    // again is refused once; the server's cancellation withdraws it; the
    // response still completes the request.
    void serverTalksOutOfTurn()
    {
        Client c;
        c.client.setQueueServerRequests(true);
        QList<JsonRpcMessage> asked;
        QList<std::pair<QJsonValue, QString>> withdrawn;
        connect(&c.client, &McpClient::serverRequestReceived, this,
                [&asked](const JsonRpcMessage &m) { asked << m; });
        connect(&c.client, &McpClient::serverRequestCancelled, this,
                [&withdrawn](const QJsonValue &id, const QString &reason) {
                    withdrawn.append({id, reason});
                });
        connectTo(c, QStringLiteral("chatty"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = callEcho(c.client);
        QVERIFY2(request->succeeded(), qPrintable(request->error().message));
        QVERIFY2(c.problems.contains(
                     QStringLiteral("Progress for token nobody, which belongs to no active "
                                    "request.")),
                 qPrintable(c.problems.join(u'\n')));
        QVERIFY2(c.problems.contains(QStringLiteral(
                     "The server reused request id s1 while that request is still waiting; the "
                     "second one is refused.")),
                 qPrintable(c.problems.join(u'\n')));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().method, QStringLiteral("elicitation/create"));
        QCOMPARE(withdrawn.size(), 1);
        QCOMPARE(withdrawn.first().first, QJsonValue(QStringLiteral("s1")));
        QCOMPARE(withdrawn.first().second, QStringLiteral("changed my mind"));
        // Withdrawn: an answer to it now goes nowhere.
        QVERIFY(!c.client.answerServerRequest(QStringLiteral("s1"), QJsonObject{}));
    }

    // An event on a request's own stream whose JSON breaks off, its id
    // still readable: that request fails with the cause.
    void brokenEventOnAPostStream()
    {
        Client c;
        connectTo(c, QStringLiteral("sse-bad-json"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = callEcho(c.client);
        QVERIFY(!request->succeeded());
        QCOMPARE(request->error().code, ErrorCode::McpUnreadable);
        VERIFY_CONTAINS(request->error().message,
                        QStringLiteral("The server's answer to tools/call cannot be read: "));
        QVERIFY(c.client.isConnected());
    }

    // A POST whose connection the server drops unanswered fails its
    // request with the network's reason, over either transport; the
    // session goes on.
    void droppedPost_data()
    {
        QTest::addColumn<McpClient::Transport>("transport");
        QTest::addRow("Streamable HTTP") << McpClient::Transport::StreamableHttp;
        QTest::addRow("HTTP+SSE") << McpClient::Transport::Sse;
    }
    void droppedPost()
    {
        QFETCH(McpClient::Transport, transport);
        Client c;
        connectTo(c, QStringLiteral("post-drop"), transport);
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = callEcho(c.client);
        QVERIFY(!request->succeeded());
        QCOMPARE(request->error().code, ErrorCode::McpTransport);
        VERIFY_CONTAINS(request->error().message, QStringLiteral("closed the connection"));
        McpRequest *list = finish(c.client.request(QStringLiteral("tools/list")));
        QVERIFY2(list->succeeded(), qPrintable(list->error().message));
    }

    // An open listening stream shows in the stream state.
    void listeningStreamInTheState()
    {
        Client c;
        connectTo(c, QStringLiteral("listening"));
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(c.client.streamState(),
                                  QStringLiteral("the listening GET stream is open; 0 POST "
                                                 "response stream(s) open"),
                                  10000);
    }

    // A request the server never answers is listed as pending until the
    // user cancels it.
    void pendingUntilCancelled()
    {
        Client c;
        connectTo(c, QStringLiteral("hang"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = c.client.request(QStringLiteral("tools/call"),
                                               {{QStringLiteral("name"), QStringLiteral("echo")},
                                                {QStringLiteral("arguments"), QJsonObject{}}});
        QTRY_COMPARE_WITH_TIMEOUT(c.client.pendingRequests().size(), 1, 10000);
        const McpClient::PendingInfo pending = c.client.pendingRequests().first();
        QCOMPARE(pending.method, QStringLiteral("tools/call"));
        QCOMPARE(pending.id, QJsonValue(request->rpcId()));
        QVERIFY(pending.sentAtMs > 0);
        QVERIFY(c.client.isPendingId(pending.id));
        c.client.cancel(request);
        QVERIFY(request->isFinished());
        QCOMPARE(request->error().code, ErrorCode::McpCancelled);
        QCOMPARE(request->error().message, QStringLiteral("tools/call was cancelled."));
        QVERIFY(c.client.pendingRequests().isEmpty());
        QVERIFY(!c.client.isPendingId(pending.id));
    }

    // Reconnecting fails what was pending, then connects anew.
    void reconnectFailsWhatWasPending()
    {
        Client c;
        connectTo(c, QStringLiteral("hang"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = c.client.request(QStringLiteral("tools/call"),
                                               {{QStringLiteral("name"), QStringLiteral("echo")},
                                                {QStringLiteral("arguments"), QJsonObject{}}});
        QTRY_COMPARE_WITH_TIMEOUT(c.client.pendingRequests().size(), 1, 10000);
        QSignalSpy connected(&c.client, &McpClient::connected);
        c.client.reconnect();
        QVERIFY(request->isFinished());
        QCOMPARE(request->error().code, ErrorCode::McpClosed);
        QCOMPARE(request->error().message, QStringLiteral("The session was restarted."));
        QVERIFY(connected.wait(20000));
        McpRequest *list = finish(c.client.request(QStringLiteral("tools/list")));
        QVERIFY2(list->succeeded(), qPrintable(list->error().message));
    }

    // Paging stops at a page that fails, with that page's error.
    void listAllStopsAtAFailedPage()
    {
        Client c;
        connectTo(c, QStringLiteral("wrong-id"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *all = finish(c.client.listAll(QStringLiteral("tools/list")));
        QVERIFY(!all->succeeded());
        QCOMPARE(all->error().code, ErrorCode::McpUnanswered);
        VERIFY_CONTAINS(all->error().message,
                        QStringLiteral("The server's JSON answer to tools/list holds no response"));
    }

    // Without a server, and with params that are no JSON object, nothing is sent.
    void refusedBeforeSending()
    {
        HttpClient http;
        McpClient client(&http, nullptr);
        McpRequest *ping = client.request(QStringLiteral("ping"));
        QVERIFY(ping->isFinished());
        QCOMPARE(ping->error().code, ErrorCode::McpClosed);
        QCOMPARE(ping->error().message, QStringLiteral("Not connected to a server."));
        client.reconnect(); // never connected: nothing to reconnect to
        QVERIFY(!client.isConnected());
        QVERIFY(client.transportName().isEmpty());
        for (const QByteArray &params :
             {QByteArray("[1, 2]"), QByteArray("{\"a\":"), QByteArray("\"text\"")}) {
            McpRequest *request = client.requestText(QStringLiteral("tools/list"), params, false);
            QVERIFY(request->isFinished());
            QCOMPARE(request->error().code, ErrorCode::JsonSyntax);
            QCOMPARE(request->error().message,
                     QStringLiteral("The params of tools/list are not a JSON object."));
        }
    }

    // A 403 that is no request for scope is a refusal, explained: with a
    // Bearer challenge as an authorization refusal, without one as a plain
    // refusal without a body.
    void forbiddenIsExplained_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("kind");
        QTest::addRow("Bearer invalid_token")
            << QStringLiteral("forbidden-bearer") << ErrorCode::McpHttpAuth
            << QStringLiteral("http.invalid_token");
        QTest::addRow("no challenge, no body")
            << QStringLiteral("forbidden-plain") << ErrorCode::McpHttpClientError
            << QStringLiteral("http.refused.no_body");
    }
    void forbiddenIsExplained()
    {
        QFETCH(QString, mode);
        QFETCH(ErrorCode, code);
        QFETCH(QString, kind);
        Client c;
        connectTo(c, mode);
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = callEcho(c.client);
        QVERIFY(!request->succeeded());
        QCOMPARE(request->error().code, code);
        QCOMPARE(request->httpStatus(), 403);
        QCOMPARE(c.findings.size(), 1);
        QCOMPARE(c.findings.first().kind, kind);
        // The error is the finding's summary; the finding adds cause and fix.
        VERIFY_CONTAINS(c.findings.first().message(), request->error().message);
        VERIFY_CONTAINS(request->error().message, QStringLiteral("tools/call with HTTP 403"));
        QVERIFY(c.client.isConnected());
    }

    // A 401 whose challenge cannot be read still starts a sign-in, with a
    // warning naming what is wrong with the header; a server without any
    // OAuth metadata makes that sign-in fail, and the request with it.
    void unreadableChallengeIsWarnedAbout()
    {
        Client c;
        McpAuthorizer authorizer(&c.http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        authorizer.setFlowSettings(settings);
        authorizer.attach(&c.client);
        QStringList warnings;
        connect(authorizer.flow(), &OAuthFlow::warning, this,
                [&warnings](const QString &w) { warnings << w; });
        QSignalSpy flowFailed(&authorizer, &McpAuthorizer::authorizationFailed);
        connectTo(c, QStringLiteral("bad-challenge"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = callEcho(c.client);
        QVERIFY(!request->succeeded());
        QCOMPARE(request->error().code, ErrorCode::McpAuth);
        VERIFY_CONTAINS(request->error().message,
                        QStringLiteral("Authorization for tools/call failed: "));
        QCOMPARE(flowFailed.size(), 1);
        QVERIFY2(warnings.contains(QStringLiteral("The WWW-Authenticate parameter \"realm\" has "
                                                  "a quoted value that is never closed.")),
                 qPrintable(warnings.join(u'\n')));
    }

    // A server whose server/discover lists only older revisions: forced to
    // the modern era the connection fails, naming what it lists; in auto it
    // falls back to the legacy era and connects.
    void discoverListsOnlyOlderRevisions()
    {
        {
            Client c;
            c.client.setEra(ProtocolEra::Modern);
            const Error why = failToConnect(c, QStringLiteral("discover-old"),
                                            McpClient::Transport::StreamableHttp);
            QCOMPARE(why.code, ErrorCode::McpVersion);
            QCOMPARE(why.message,
                     QStringLiteral("The server does not support protocol version 2026-07-28: its "
                                    "server/discover lists 2025-06-18. Connect in the legacy era "
                                    "(or auto) instead."));
        }
        Client c;
        QList<ProtocolEra> eras;
        connect(&c.client, &McpClient::eraNegotiated, this,
                [&eras](ProtocolEra era, const QString &) { eras << era; });
        connectTo(c, QStringLiteral("discover-old"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(eras, QList<ProtocolEra>{ProtocolEra::Legacy});
        QVERIFY(McpClient::supportedProtocolVersions().contains(c.client.protocolVersion()));
    }

    // A server that answers initialize with the modern revision mixes the
    // eras: refused, with the way out named.
    void initializeAnsweredWithTheModernRevision()
    {
        Client c;
        const Error why =
            failToConnect(c, QStringLiteral("mixed-era"), McpClient::Transport::StreamableHttp);
        QCOMPARE(why.code, ErrorCode::McpVersion);
        QCOMPARE(why.message,
                 QStringLiteral("The server answered initialize with protocol version 2026-07-28, "
                                "a revision of the modern era, which has no initialize: the "
                                "server mixes the eras. Connect with era modern to speak "
                                "2026-07-28 without initialize."));
        QVERIFY(!c.client.isConnected());
    }

    // A POST answered with a stream that stays open shows in the state
    // until the request is cancelled, which ends that stream.
    void openPostStreamUntilCancelled()
    {
        Client c;
        connectTo(c, QStringLiteral("sse-hang"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = c.client.request(QStringLiteral("tools/call"),
                                               {{QStringLiteral("name"), QStringLiteral("echo")},
                                                {QStringLiteral("arguments"), QJsonObject{}}});
        QTRY_COMPARE_WITH_TIMEOUT(c.client.streamState(),
                                  QStringLiteral("no listening GET stream open; 1 POST response "
                                                 "stream(s) open"),
                                  10000);
        c.client.cancel(request);
        QCOMPARE(request->error().code, ErrorCode::McpCancelled);
        QTRY_COMPARE_WITH_TIMEOUT(c.client.streamState(),
                                  QStringLiteral("no listening GET stream open; 0 POST response "
                                                 "stream(s) open"),
                                  10000);
    }

    // A resumed stream that ends with a new event id is resumed again from
    // that id, until the response comes.
    void resumedTwice()
    {
        Client c;
        connectTo(c, QStringLiteral("resume-twice"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = callEcho(c.client);
        QVERIFY2(request->succeeded(), qPrintable(request->error().message));
        QCOMPARE(request->result()
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("resumed twice"));
        HttpClient http;
        HttpRequest get;
        get.url = QUrl(QStringLiteral("http://127.0.0.1:%1/resumes").arg(m_peer.port()));
        HttpCall *call = http.send(get);
        QSignalSpy finished(call, &HttpCall::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(call->exchange().responseBody, QByteArray("[\"e1\",\"e2\"]"));
    }

    // A session whose DELETE is never answered: close() waits no longer
    // than its bound, then reports closed, unconfirmed.
    void sessionCloseIsBounded()
    {
        McpSession session(nullptr);
        McpSessionOptions options;
        options.target =
            url(QStringLiteral("delete-hang"), McpClient::Transport::StreamableHttp).toString();
        options.transport = McpClient::Transport::StreamableHttp;
        options.closeTimeoutMs = 500;
        QSignalSpy connected(session.client(), &McpClient::connected);
        QVERIFY(session.open(options));
        QVERIFY(connected.wait(20000));
        QVERIFY(!session.client()->sessionId().isEmpty());
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QCOMPARE(session.state(), McpSession::State::Closing);
        QVERIFY(closed.wait(20000));
        QCOMPARE(closed.size(), 1);
        QVERIFY(!session.closeConfirmed());
        QCOMPARE(session.state(), McpSession::State::Closed);
        session.close(); // closed: nothing more happens
        QCoreApplication::processEvents();
        QCOMPARE(closed.size(), 1);
    }

private:
    NodePeer m_peer;
};

QTEST_GUILESS_MAIN(TestMcpTransportErrors)
#include "tst_mcp_transport_errors.moc"
