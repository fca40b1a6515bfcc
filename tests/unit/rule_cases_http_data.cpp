// Diagnostic rule cases (diagnostic_rule_cases.h): HTTP and data
// (diagnostics/rules_http_data.cpp).
//
// Guide symptom -> kind -> real-peer test (tests/integration/tst_diagnostics_http_data.cpp)
//   429 Too Many Requests with Retry-After / RATE_LIMIT_EXCEEDED
//       -> http.rate_limited.retry_after       -> rateLimitedWithRetryAfter (bad_mcp_server
//          rate-limit, rate_limited_mcp_server.mjs)
//   429 without Retry-After -> http.rate_limited.no_retry_after -> fixtureBodies (429 route)
//   retries that ignore Retry-After -> http.retry_ignored -> rateLimitedWithRetryAfter
//   5xx bursts (500/502/503/504; 3 or more within 10 s per host)
//       -> http.server_error_burst -> fixtureBodies (503 route)
//   Content-Type that does not match the body: JSON declared, HTML/text sent
//       -> data.content_type.json_mismatch -> fixtureBodies
//   text/event-stream declared, no SSE -> data.content_type.sse_mismatch -> fixtureBodies
//   charset other than UTF-8 declared -> data.charset.declared -> fixtureBodies
//   another charset (UTF-16 with its BOM) -> data.charset.utf16 -> fixtureBodies
//   BOM before JSON ("Unexpected token" in clients) -> mcp.answer_bom -> badServerBodies (bom)
//   invalid UTF-8 (with the byte offset) -> data.invalid_utf8 -> fixtureBodies (/badutf8)
//   non-printable characters (control chars, ANSI escapes; with the offset)
//       -> data.control_chars -> badServerBodies (escape)
//   JSON that does not parse ("Unexpected end of JSON input", with the byte)
//       -> data.json_invalid -> badServerBodies (cut-json)
//   results that violate the MCP schema of the negotiated version (JSON pointers)
//       -> data.schema_violation -> schemaViolations (bad_mcp_server bad-result)
//   ... of an unknown protocol version (checked against the newest schema)
//       -> data.schema_violation.unknown_version -> schemaViolations (fixture)
//   structuredContent that violates the tool's outputSchema
//       -> data.output_schema_violation -> schemaViolations (bad_mcp_server schema)
//   healthy traffic raises none of these -> healthyEverythingRaisesNone (server-everything,
//       Streamable HTTP and HTTP+SSE)
#include "diagnostic_rule_cases.h"

namespace mcpscope::testing {

namespace {

const QString kUrl = QStringLiteral("http://127.0.0.1:3001/mcp");

Exchange answer(qint64 id, const QByteArray &contentType, const QByteArray &body, int status = 200,
                qint64 atMs = 1000)
{
    Exchange e;
    e.id = id;
    e.startedAtMs = atMs;
    e.state = Exchange::State::Complete;
    e.method = "POST";
    e.url = kUrl;
    e.requestHeaders = {{"Content-Type", "application/json"}};
    e.requestBody = "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(id) +
                    ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\"}}";
    e.status = status;
    if (!contentType.isEmpty())
        e.responseHeaders = {{"Content-Type", contentType}};
    e.responseBody = body;
    e.responseBodySize = body.size();
    e.ttfbMs = 1;
    e.totalMs = 2;
    return e;
}

RuleFeed feed(const Exchange &e, const QString &version = QStringLiteral("2025-06-18"))
{
    RuleFeed f;
    f.exchange = e;
    f.protocolVersion = version;
    f.sessionTarget = kUrl;
    return f;
}

MessageRecord message(qint64 id, qint64 exchangeId, bool outgoing, const QString &kind,
                      const QString &rpcId, const QString &method, const QByteArray &payload)
{
    MessageRecord m;
    m.id = id;
    m.exchangeId = exchangeId;
    m.outgoing = outgoing;
    m.kind = kind;
    m.rpcId = rpcId;
    m.method = method;
    m.payload = payload;
    return m;
}

// A request (method, params) and its JSON answer, with both messages.
RuleFeed call(qint64 id, const QString &method, const QByteArray &params, const QByteArray &result,
              const QString &version = QStringLiteral("2025-06-18"))
{
    const QByteArray rid = QByteArray::number(id);
    const QByteArray request = "{\"jsonrpc\":\"2.0\",\"id\":" + rid + ",\"method\":\"" +
                               method.toUtf8() + "\",\"params\":" + params + "}";
    const QByteArray response =
        "{\"jsonrpc\":\"2.0\",\"id\":" + rid + ",\"result\":" + result + "}";
    Exchange e = answer(id, "application/json", response);
    e.requestBody = request;
    RuleFeed f = feed(e, version);
    f.messages = {
        message(id * 10, id, true, QStringLiteral("request"), QString::number(id), method, request),
        message(id * 10 + 1, id, false, QStringLiteral("response"), QString::number(id), QString(),
                response)};
    return f;
}

RuleFeed status(qint64 id, int code, qint64 atMs, const QByteArray &retryAfter = {})
{
    Exchange e = answer(id, "application/json", "{\"error\":\"x\"}", code, atMs);
    if (!retryAfter.isEmpty())
        e.responseHeaders.append({"Retry-After", retryAfter});
    return feed(e);
}

const QByteArray kGoodCallResult = "{\"content\":[{\"type\":\"text\",\"text\":\"Echo: hi\"}]}";
// The newest revision (2026-07-28) requires resultType.
const QByteArray kGoodCallResultNewest =
    "{\"resultType\":\"complete\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}";
const QByteArray kBadCallResult = "{\"content\":\"Echo: hi\",\"isError\":\"no\"}";
const QByteArray kForecastList =
    "{\"tools\":[{\"name\":\"forecast\",\"inputSchema\":{\"type\":\"object\"},"
    "\"outputSchema\":{\"type\":\"object\",\"required\":[\"temperature\"],"
    "\"properties\":{\"temperature\":{\"type\":\"number\"}}}}]}";
QByteArray forecastResult(const QByteArray &temperature)
{
    return "{\"content\":[{\"type\":\"text\",\"text\":\"ok\"}],\"structuredContent\":{"
           "\"temperature\":" +
           temperature + "}}";
}

} // namespace

QList<RuleCase> httpDataRuleCases()
{
    return {
        {"http.rate_limited.retry_after", [] { return QList<RuleFeed>{status(1, 429, 0, "5")}; },
         [] { return QList<RuleFeed>{status(1, 200, 0)}; }},
        {"http.rate_limited.no_retry_after", [] { return QList<RuleFeed>{status(1, 429, 0)}; },
         [] { return QList<RuleFeed>{status(1, 429, 0, "5")}; }},
        {"http.retry_ignored",
         [] {
             return QList<RuleFeed>{status(1, 429, 0, "5"), status(2, 200, 1000)};
         },
         [] {
             return QList<RuleFeed>{status(1, 429, 0, "5"), status(2, 200, 6000)};
         }},
        {"http.server_error_burst",
         [] {
             return QList<RuleFeed>{status(1, 503, 0), status(2, 500, 1000), status(3, 503, 2000)};
         },
         [] {
             return QList<RuleFeed>{status(1, 503, 0), status(2, 503, 11000),
                                    status(3, 503, 22000)};
         }},
        {"mcp.answer_bom",
         [] {
             return QList<RuleFeed>{
                 feed(answer(1, "application/json", "\xef\xbb\xbf{\"jsonrpc\":\"2.0\"}"))};
         },
         [] {
             return QList<RuleFeed>{feed(answer(1, "application/json", "{\"jsonrpc\":\"2.0\"}"))};
         }},
        {"data.charset.utf16",
         [] {
             return QList<RuleFeed>{
                 feed(answer(1, "application/json", QByteArray("\xff\xfe{\0}\0", 6)))};
         },
         [] { return QList<RuleFeed>{feed(answer(1, "application/json", "{}"))}; }},
        {"data.charset.declared",
         [] {
             return QList<RuleFeed>{feed(answer(1, "application/json; charset=iso-8859-1", "{}"))};
         },
         [] { return QList<RuleFeed>{feed(answer(1, "application/json; charset=UTF-8", "{}"))}; }},
        {"data.invalid_utf8",
         [] {
             return QList<RuleFeed>{
                 feed(answer(1, "text/plain", "caf\xc3\xa9 \xff\xfe broken \xc0\xaf"))};
         },
         [] { return QList<RuleFeed>{feed(answer(1, "text/plain", "caf\xc3\xa9 \xe2\x82\xac"))}; }},
        {"data.control_chars",
         [] {
             return QList<RuleFeed>{
                 feed(answer(1, "application/json", "{\"m\":\"refused\\u001b]0;owned\\u0007\"}"))};
         },
         [] {
             // Line ends and tabs, and a backslash followed by "u001b" (escaped).
             return QList<RuleFeed>{
                 feed(answer(1, "application/json", "{\"m\":\"a\\n\\tb\\u000a \\\\u001b\"}"))};
         }},
        {"data.json_invalid",
         [] {
             return QList<RuleFeed>{
                 feed(answer(1, "application/json", "{\"jsonrpc\":\"2.0\",\"id\":1,\"resu"))};
         },
         [] {
             // Cut by the capture's body cap: not the server's fault.
             Exchange e = answer(1, "application/json", "{\"jsonrpc\":\"2.0\",\"id\":1,\"resu");
             e.responseTruncated = true;
             return QList<RuleFeed>{feed(e)};
         }},
        {"data.content_type.json_mismatch",
         [] {
             return QList<RuleFeed>{feed(answer(
                 1, "application/json", "<html><body><h1>502 Bad Gateway</h1></body></html>"))};
         },
         [] { return QList<RuleFeed>{feed(answer(1, "text/html", "<html></html>"))}; }},
        {"data.content_type.sse_mismatch",
         [] {
             return QList<RuleFeed>{feed(answer(1, "text/event-stream", "{\"jsonrpc\":\"2.0\"}"))};
         },
         [] {
             return QList<RuleFeed>{feed(answer(
                 1, "text/event-stream", "event: message\ndata: {\"jsonrpc\":\"2.0\"}\n\n"))};
         }},
        {"data.schema_violation",
         [] {
             return QList<RuleFeed>{
                 call(1, QStringLiteral("tools/call"), "{\"name\":\"echo\"}", kBadCallResult)};
         },
         [] {
             return QList<RuleFeed>{
                 call(1, QStringLiteral("tools/call"), "{\"name\":\"echo\"}", kGoodCallResult)};
         }},
        {"data.schema_violation.unknown_version",
         [] {
             return QList<RuleFeed>{call(1, QStringLiteral("tools/call"), "{\"name\":\"echo\"}",
                                         kBadCallResult, QStringLiteral("2099-01-01"))};
         },
         [] {
             return QList<RuleFeed>{call(1, QStringLiteral("tools/call"), "{\"name\":\"echo\"}",
                                         kGoodCallResultNewest, QStringLiteral("2099-01-01"))};
         }},
        {"data.output_schema_violation",
         [] {
             return QList<RuleFeed>{call(1, QStringLiteral("tools/list"), "{}", kForecastList),
                                    call(2, QStringLiteral("tools/call"), "{\"name\":\"forecast\"}",
                                         forecastResult("\"warm\""))};
         },
         [] {
             return QList<RuleFeed>{call(1, QStringLiteral("tools/list"), "{}", kForecastList),
                                    call(2, QStringLiteral("tools/call"), "{\"name\":\"forecast\"}",
                                         forecastResult("21.5"))};
         }},
    };
}

} // namespace mcpscope::testing
