#include "analytics/call_facts.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace mcpscope;

namespace {

MessageRecord message(qint64 id, bool outgoing, const char *kind, const QString &method,
                      const QByteArray &payload, qint64 responseTo = 0, double latency = -1)
{
    MessageRecord m;
    m.id = id;
    m.sessionId = 7;
    m.outgoing = outgoing;
    m.kind = QString::fromLatin1(kind);
    m.method = method;
    m.payload = payload;
    m.rpcId = QStringLiteral("1");
    m.responseTo = responseTo;
    m.latencyMs = latency;
    m.atMs = 1000 + id;
    return m;
}

Exchange exchange(int status, Exchange::State state = Exchange::State::Complete)
{
    Exchange e;
    e.id = 42;
    e.sessionId = 7;
    e.startedAtMs = 1'700'000'000'000;
    e.state = state;
    e.method = "POST";
    e.url = QStringLiteral("http://127.0.0.1:9/mcp?x=1");
    e.status = status;
    e.ttfbMs = 12.5;
    e.totalMs = 30.25;
    e.requestBody = "0123456789";
    e.responseBodySize = 99;
    return e;
}

Exchange formPost(const QString &url, const QByteArray &body, int status,
                  const QByteArray &responseBody = {})
{
    Exchange e = exchange(status);
    e.url = url;
    e.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    e.requestBody = body;
    e.responseBody = responseBody;
    return e;
}

const QByteArray kToolsCall =
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
    "\"arguments\":{}}}";

} // namespace

class TestCallFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcomes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("answerKind"); // empty: no answer
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("outcome");
        const QByteArray ok = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[]}}";
        const QByteArray toolError =
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[],\"isError\":true}}";
        const QByteArray toolFine =
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[],\"isError\":false}}";
        const QByteArray rpcError =
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601,\"message\":\"no\"}}";
        const int complete = int(Exchange::State::Complete);
        const int failed = int(Exchange::State::Failed);
        QTest::newRow("success") << 200 << complete << QStringLiteral("response") << ok
                                 << int(CallOutcome::Success);
        QTest::newRow("redirect is success")
            << 302 << complete << QString() << QByteArray() << int(CallOutcome::Success);
        QTest::newRow("4xx") << 404 << complete << QString() << QByteArray()
                             << int(CallOutcome::ClientError);
        QTest::newRow("5xx") << 503 << complete << QString() << QByteArray()
                             << int(CallOutcome::ServerError);
        QTest::newRow("network") << 0 << failed << QString() << QByteArray()
                                 << int(CallOutcome::NetworkFailure);
        QTest::newRow("broke off after 200")
            << 200 << failed << QString() << QByteArray() << int(CallOutcome::NetworkFailure);
        QTest::newRow("answered, then the stream broke off")
            << 200 << failed << QStringLiteral("error") << rpcError << int(CallOutcome::RpcError);
        QTest::newRow("rpc error")
            << 200 << complete << QStringLiteral("error") << rpcError << int(CallOutcome::RpcError);
        QTest::newRow("tool error") << 200 << complete << QStringLiteral("response") << toolError
                                    << int(CallOutcome::ToolError);
        QTest::newRow("isError false") << 200 << complete << QStringLiteral("response") << toolFine
                                       << int(CallOutcome::Success);
        QTest::newRow("4xx wins over rpc error") << 400 << complete << QStringLiteral("error")
                                                 << rpcError << int(CallOutcome::ClientError);
    }
    void outcomes()
    {
        QFETCH(int, status);
        QFETCH(int, state);
        QFETCH(QString, answerKind);
        QFETCH(QByteArray, answer);
        QFETCH(int, outcome);
        QList<MessageRecord> messages{
            message(5, true, "request", QStringLiteral("tools/call"), kToolsCall)};
        if (!answerKind.isEmpty())
            messages.append(message(6, false, answerKind.toLatin1().constData(), {}, answer, 5));
        const CallFact f = factOfExchange(exchange(status, Exchange::State(state)), messages);
        QCOMPARE(int(f.outcome), outcome);
        QCOMPARE(f.label, QStringLiteral("tools/call"));
        QCOMPARE(f.tool, QStringLiteral("echo"));
        QCOMPARE(f.messageId, 5);
        QCOMPARE(f.exchangeId, 42);
        QCOMPARE(f.sessionId, 7);
        QCOMPARE(f.atMs, 1'700'000'000'000);
        QCOMPARE(f.status, status);
        QCOMPARE(f.ttfbMs, 12.5);
        QCOMPARE(f.totalMs, 30.25);
        QCOMPARE(f.bytesOut, 10);
        QCOMPARE(f.bytesIn, 99);
    }

    // What the client closed itself, and a server with no listening stream,
    // are no failures; a call the client cancelled still is.
    void streamsTheClientClosed_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("aborted");
        QTest::addColumn<bool>("withCall");
        QTest::addColumn<int>("outcome");
        QTest::newRow("listening GET closed after 200")
            << QByteArray("GET") << 200 << true << false << int(CallOutcome::Success);
        QTest::newRow("listening GET closed while opening")
            << QByteArray("GET") << 0 << true << false << int(CallOutcome::Success);
        QTest::newRow("no listening stream (405)")
            << QByteArray("GET") << 405 << false << false << int(CallOutcome::Success);
        QTest::newRow("GET refused otherwise (404)")
            << QByteArray("GET") << 404 << false << false << int(CallOutcome::ClientError);
        QTest::newRow("GET cut by the network after 200")
            << QByteArray("GET") << 200 << false << false << int(CallOutcome::NetworkFailure);
        QTest::newRow("POST without a call, opening, aborted")
            << QByteArray("POST") << 0 << true << false << int(CallOutcome::NetworkFailure);
        QTest::newRow("cancelled call after 200")
            << QByteArray("POST") << 200 << true << true << int(CallOutcome::NetworkFailure);
    }
    void streamsTheClientClosed()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        QFETCH(bool, aborted);
        QFETCH(bool, withCall);
        QFETCH(int, outcome);
        const bool refused = status == 405 || status == 404;
        Exchange e =
            exchange(status, refused ? Exchange::State::Complete : Exchange::State::Failed);
        e.method = method;
        e.errorCode = aborted   ? ErrorCode::NetAborted
                      : refused ? ErrorCode::None
                                : ErrorCode::NetClosed;
        QList<MessageRecord> messages;
        if (withCall)
            messages.append(message(5, true, "request", QStringLiteral("tools/call"), kToolsCall));
        QCOMPARE(int(factOfExchange(e, messages).outcome), outcome);
    }

    void labelsAndTools()
    {
        // No JSON-RPC: the HTTP method and path, no query.
        CallFact f = factOfExchange(exchange(200), {});
        QCOMPARE(f.label, QStringLiteral("POST /mcp"));
        QCOMPARE(f.messageId, 0);
        QCOMPARE(f.tool, QString());
        // A request wins over a notification in the same exchange.
        f = factOfExchange(
            exchange(202),
            {message(3, true, "notification", QStringLiteral("notifications/initialized"), "{}"),
             message(4, true, "request", QStringLiteral("resources/read"),
                     "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"resources/read\","
                     "\"params\":{\"uri\":\"demo://resource/1\"}}")});
        QCOMPARE(f.label, QStringLiteral("resources/read"));
        QCOMPARE(f.tool, QStringLiteral("demo://resource/1"));
        f = factOfExchange(
            exchange(202),
            {message(3, true, "notification", QStringLiteral("notifications/initialized"), "{}")});
        QCOMPARE(f.label, QStringLiteral("notifications/initialized"));
        QCOMPARE(f.messageId, 3);
        f = factOfExchange(exchange(200),
                           {message(4, true, "request", QStringLiteral("prompts/get"),
                                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"prompts/get\","
                                    "\"params\":{\"name\":\"simple\"}}")});
        QCOMPARE(f.tool, QStringLiteral("simple"));
        // Garbage payloads name no tool and do not crash.
        f = factOfExchange(exchange(200), {message(4, true, "request", QStringLiteral("tools/call"),
                                                   "{{{not json")});
        QCOMPARE(f.tool, QString());
        // An answer from another exchange (HTTP+SSE) still decides the outcome.
        MessageRecord answer = message(9, false, "error", {}, "{\"error\":{}}", 4);
        answer.exchangeId = 77;
        f = factOfExchange(
            exchange(202),
            {message(4, true, "request", QStringLiteral("tools/list"), "{}"), answer});
        QCOMPARE(f.outcome, CallOutcome::RpcError);
    }

    void stdio()
    {
        const MessageRecord request =
            message(5, true, "request", QStringLiteral("tools/call"), kToolsCall);
        CallFact f = factOfStdioRequest(request, nullptr);
        QCOMPARE(f.outcome, CallOutcome::NoAnswer);
        QCOMPARE(f.totalMs, -1.0);
        QCOMPARE(f.ttfbMs, -1.0);
        QCOMPARE(f.exchangeId, 0);
        QCOMPARE(f.messageId, 5);
        QCOMPARE(f.atMs, 1005);
        QCOMPARE(f.bytesOut, kToolsCall.size());
        const MessageRecord answer =
            message(6, false, "response", {},
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"isError\":true}}", 5, 8.5);
        f = factOfStdioRequest(request, &answer);
        QCOMPARE(f.outcome, CallOutcome::ToolError);
        QCOMPARE(f.totalMs, 8.5);
        QCOMPARE(f.bytesIn, answer.payload.size());
        QCOMPARE(f.tool, QStringLiteral("echo"));
        const MessageRecord error = message(6, false, "error", {}, "{}", 5, 3);
        QCOMPARE(factOfStdioRequest(request, &error).outcome, CallOutcome::RpcError);
    }

    // The era probe (server/discover) refused by a legacy server is how
    // such a server answers it, over HTTP (400 or a JSON-RPC error) and over
    // stdio; any other call refused the same way stays a failure, and a
    // probe the server failed (5xx) too.
    void eraProbeRefusedIsNoFailure()
    {
        const QByteArray discover = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"server/discover\"}";
        const QByteArray notFound =
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601,\"message\":\"no\"}}";
        const MessageRecord probe =
            message(5, true, "request", QStringLiteral("server/discover"), discover);
        const MessageRecord refusal = message(6, false, "error", {}, notFound, 5);
        QCOMPARE(factOfExchange(exchange(400), {probe}).outcome, CallOutcome::Success);
        QCOMPARE(factOfExchange(exchange(200), {probe, refusal}).outcome, CallOutcome::Success);
        QCOMPARE(factOfExchange(exchange(503), {probe}).outcome, CallOutcome::ServerError);
        QCOMPARE(factOfStdioRequest(probe, &refusal).outcome, CallOutcome::Success);
        const MessageRecord call =
            message(5, true, "request", QStringLiteral("tools/call"), kToolsCall);
        QCOMPARE(factOfExchange(exchange(400), {call}).outcome, CallOutcome::ClientError);
        QCOMPARE(factOfStdioRequest(call, &refusal).outcome, CallOutcome::RpcError);
    }

    void authEvents_data()
    {
        QTest::addColumn<Exchange>("e");
        QTest::addColumn<int>("event");
        const QString token = QStringLiteral("http://127.0.0.1:9/token");
        QTest::newRow("sign in") << formPost(token, "grant_type=authorization_code&code=[REDACTED]",
                                             200)
                                 << int(AuthEvent::SignIn);
        QTest::newRow("client credentials")
            << formPost(token, "grant_type=client_credentials", 200) << int(AuthEvent::SignIn);
        QTest::newRow("refresh") << formPost(token, "grant_type=refresh_token", 200)
                                 << int(AuthEvent::Refresh);
        QTest::newRow("refresh failed")
            << formPost(token, "grant_type=refresh_token", 400, "{\"error\":\"invalid_grant\"}")
            << int(AuthEvent::RefreshFailed);
        QTest::newRow("invalid grant")
            << formPost(token, "grant_type=authorization_code", 400,
                        "{\"error\":\"invalid_grant\",\"error_description\":\"x\"}")
            << int(AuthEvent::InvalidGrant);
        QTest::newRow("other token error") << formPost(token, "grant_type=authorization_code", 400,
                                                       "{\"error\":\"invalid_request\"}")
                                           << int(AuthEvent::None);
        QTest::newRow("revocation oidc-provider")
            << formPost(QStringLiteral("http://127.0.0.1:9/token/revocation"),
                        "token=[REDACTED]&token_type_hint=refresh_token", 200)
            << int(AuthEvent::Revocation);
        QTest::newRow("revoke path")
            << formPost(QStringLiteral("https://as.example/oauth/revoke"), "token=abc", 200)
            << int(AuthEvent::Revocation);
        QTest::newRow("introspection is no revocation")
            << formPost(QStringLiteral("https://as.example/introspect"), "token=abc", 200)
            << int(AuthEvent::None);
        Exchange e = exchange(401);
        QTest::newRow("plain 401") << e << int(AuthEvent::Unauthorized401);
        e.responseHeaders = {{"WWW-Authenticate", "Bearer error=\"invalid_token\", "
                                                  "error_description=\"Token is inactive\""}};
        QTest::newRow("invalid token") << e << int(AuthEvent::InvalidToken);
        e.responseHeaders = {{"WWW-Authenticate", "Bearer error=\"invalid_token\", "
                                                  "error_description=\"Token has expired\""}};
        QTest::newRow("expired header") << e << int(AuthEvent::TokenExpired);
        e = exchange(401);
        e.responseBody = "{\"error\":\"invalid_token\",\"error_description\":\"jwt expired\"}";
        QTest::newRow("expired body") << e << int(AuthEvent::TokenExpired);
        e = exchange(403);
        e.responseHeaders = {
            {"WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"mcp:admin\""}};
        QTest::newRow("insufficient scope") << e << int(AuthEvent::InsufficientScope403);
        QTest::newRow("plain 403") << exchange(403) << int(AuthEvent::None);
        e = exchange(401);
        e.responseHeaders = {{"WWW-Authenticate", "Bearer error=\"inv"}};
        QTest::newRow("garbage challenge") << e << int(AuthEvent::Unauthorized401);
        QTest::newRow("200") << exchange(200) << int(AuthEvent::None);
    }
    void authEvents()
    {
        QFETCH(Exchange, e);
        QFETCH(int, event);
        QCOMPARE(int(factOfExchange(e, {}).authEvent), event);
    }

    void rateLimitHeaders_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("retryAfter");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<qint64>("remaining");
        QTest::newRow("retry seconds") << 429 << QByteArray("Retry-After") << QByteArray("120")
                                       << qint64(120000) << qint64(-1) << qint64(-1);
        QTest::newRow("retry on 503") << 503 << QByteArray("retry-after") << QByteArray(" 3 ")
                                      << qint64(3000) << qint64(-1) << qint64(-1);
        QTest::newRow("retry ignored on 200")
            << 200 << QByteArray("Retry-After") << QByteArray("120") << qint64(-1) << qint64(-1)
            << qint64(-1);
        // The exchange starts at 2023-11-14T22:13:20Z (no Date header).
        QTest::newRow("retry imf date")
            << 429 << QByteArray("Retry-After") << QByteArray("Tue, 14 Nov 2023 22:14:20 GMT")
            << qint64(60000) << qint64(-1) << qint64(-1);
        QTest::newRow("retry rfc850 date")
            << 429 << QByteArray("Retry-After") << QByteArray("Tuesday, 14-Nov-23 22:13:50 GMT")
            << qint64(30000) << qint64(-1) << qint64(-1);
        QTest::newRow("retry asctime date")
            << 429 << QByteArray("Retry-After") << QByteArray("Tue Nov 14 22:13:25 2023")
            << qint64(5000) << qint64(-1) << qint64(-1);
        QTest::newRow("retry date in the past")
            << 429 << QByteArray("Retry-After") << QByteArray("Tue, 14 Nov 2000 22:14:20 GMT")
            << qint64(0) << qint64(-1) << qint64(-1);
        QTest::newRow("retry garbage")
            << 429 << QByteArray("Retry-After") << QByteArray("soon, maybe") << qint64(-1)
            << qint64(-1) << qint64(-1);
        QTest::newRow("retry negative") << 429 << QByteArray("Retry-After") << QByteArray("-5")
                                        << qint64(-1) << qint64(-1) << qint64(-1);
        QTest::newRow("retry huge")
            << 429 << QByteArray("Retry-After") << QByteArray("99999999999999999999999")
            << qint64(-1) << qint64(-1) << qint64(-1);
        QTest::newRow("retry bad date")
            << 429 << QByteArray("Retry-After") << QByteArray("Tue, 31 Feb 2023 25:99:00 GMT")
            << qint64(-1) << qint64(-1) << qint64(-1);
        QTest::newRow("ratelimit-limit")
            << 200 << QByteArray("RateLimit-Limit") << QByteArray("100, 100;w=60") << qint64(-1)
            << qint64(100) << qint64(-1);
        QTest::newRow("x-ratelimit-limit")
            << 200 << QByteArray("X-RateLimit-Limit") << QByteArray("5000") << qint64(-1)
            << qint64(5000) << qint64(-1);
        QTest::newRow("x-ratelimit-remaining")
            << 200 << QByteArray("x-ratelimit-remaining") << QByteArray("4999") << qint64(-1)
            << qint64(-1) << qint64(4999);
        QTest::newRow("ratelimit-remaining")
            << 429 << QByteArray("RateLimit-Remaining") << QByteArray("0") << qint64(-1)
            << qint64(-1) << qint64(0);
        QTest::newRow("ietf structured")
            << 200 << QByteArray("RateLimit") << QByteArray("\"default\";r=50;t=30") << qint64(-1)
            << qint64(-1) << qint64(50);
        QTest::newRow("ietf policy")
            << 200 << QByteArray("RateLimit-Policy") << QByteArray("\"default\";q=100;w=60")
            << qint64(-1) << qint64(100) << qint64(-1);
        QTest::newRow("draft 03 policy")
            << 200 << QByteArray("RateLimit-Policy") << QByteArray("10;w=1, 50;w=60") << qint64(-1)
            << qint64(10) << qint64(-1);
        QTest::newRow("older combined")
            << 200 << QByteArray("RateLimit") << QByteArray("limit=100, remaining=50, reset=5")
            << qint64(-1) << qint64(100) << qint64(50);
        QTest::newRow("limit garbage")
            << 200 << QByteArray("X-RateLimit-Limit") << QByteArray("lots") << qint64(-1)
            << qint64(-1) << qint64(-1);
        QTest::newRow("limit suffix garbage")
            << 200 << QByteArray("X-RateLimit-Limit") << QByteArray("100abc") << qint64(-1)
            << qint64(-1) << qint64(-1);
        QTest::newRow("remaining negative")
            << 200 << QByteArray("X-RateLimit-Remaining") << QByteArray("-1") << qint64(-1)
            << qint64(-1) << qint64(-1);
        QTest::newRow("structured garbage")
            << 200 << QByteArray("RateLimit") << QByteArray(";;==,,r=;r=x;\"") << qint64(-1)
            << qint64(-1) << qint64(-1);
        QTest::newRow("empty") << 429 << QByteArray("Retry-After") << QByteArray("") << qint64(-1)
                               << qint64(-1) << qint64(-1);
    }
    void rateLimitHeaders()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(qint64, retryAfter);
        QFETCH(qint64, limit);
        QFETCH(qint64, remaining);
        Exchange e = exchange(status);
        e.responseHeaders = {{name, value}};
        const CallFact f = factOfExchange(e, {});
        QCOMPARE(f.retryAfterMs, retryAfter);
        QCOMPARE(f.rateLimitLimit, limit);
        QCOMPARE(f.rateLimitRemaining, remaining);
    }

    void retryAfterUsesTheDateHeader()
    {
        Exchange e = exchange(429);
        e.responseHeaders = {{"Date", "Tue, 14 Nov 2023 22:00:00 GMT"},
                             {"Retry-After", "Tue, 14 Nov 2023 22:00:10 GMT"}};
        QCOMPARE(factOfExchange(e, {}).retryAfterMs, 10000);
        // A garbage Date falls back to the exchange's start.
        e.responseHeaders[0].second = "yesterday";
        QCOMPARE(factOfExchange(e, {}).retryAfterMs, 0);
    }

    void stableIds()
    {
        QCOMPARE(outcomeId(CallOutcome::Success), QStringLiteral("success"));
        QCOMPARE(outcomeId(CallOutcome::ToolError), QStringLiteral("tool_error"));
        QCOMPARE(outcomeId(CallOutcome::NoAnswer), QStringLiteral("no_answer"));
        QCOMPARE(authEventId(AuthEvent::Unauthorized401), QStringLiteral("unauthorized"));
        QCOMPARE(authEventId(AuthEvent::InsufficientScope403),
                 QStringLiteral("insufficient_scope"));
        QCOMPARE(authEventId(AuthEvent::SignIn), QStringLiteral("sign_in"));
        QCOMPARE(authEventId(AuthEvent::TokenExpired), QStringLiteral("token_expired"));
        for (int i = 0; i < kCallOutcomeCount; ++i)
            QCOMPARE(outcomeFromId(outcomeId(CallOutcome(i))), CallOutcome(i));
        for (int i = 0; i < kAuthEventCount; ++i)
            QCOMPARE(authEventFromId(authEventId(AuthEvent(i))), AuthEvent(i));
        QVERIFY(!outcomeFromId(u"nope"));
        QVERIFY(!authEventFromId(u"nope"));
    }
};

QTEST_GUILESS_MAIN(TestCallFacts)
#include "tst_call_facts.moc"
