// Diagnostic rule cases (diagnostic_rule_cases.h): performance and
// intermittency (diagnostics/rules_performance.cpp).
//
// Guide symptom (reference 000) -> kind -> real-peer test
// (tests/integration/tst_diagnostics_performance.cpp):
//  - "Slow response times", "performance_issues: everything works but too
//    slowly", alert "responseTimeP95: 2000" / "Monitor response time
//    patterns across different endpoints" -> perf.slow_endpoint ->
//    TestDiagnosticsPerformance::slowToolIsASlowEndpoint (server-everything's
//    trigger-long-running-operation); must not: healthyTrafficIsQuiet
//  - "Intermittent request failures", "intermittent_issues: works
//    sometimes, fails other times", "Intermittent connection failures" ->
//    perf.intermittent -> TestDiagnosticsPerformance::flakyToolIsIntermittent
//    (bad_mcp_server.mjs flaky: every other tools/call answered 503); must
//    not: healthyTrafficIsQuiet, alwaysFailingIsNotIntermittent (rate-limit
//    mode: 429 every time)
#include "diagnostic_rule_cases.h"

namespace mcpscope::testing {

namespace {

constexpr qint64 kT0 = 1767225600000; // 2026-01-01

// One Streamable HTTP exchange carrying a tools/call of tool, answered
// after ms (the answer's latency) with status (200: a result; else the
// status alone).
RuleFeed toolCall(qint64 id, qint64 atMs, const QString &tool, double ms, int status = 200)
{
    RuleFeed f;
    f.exchange.id = id;
    f.exchange.startedAtMs = atMs;
    f.exchange.state = Exchange::State::Complete;
    f.exchange.method = "POST";
    f.exchange.url = QStringLiteral("https://mcp.example/mcp");
    f.exchange.status = status;
    f.exchange.ttfbMs = ms;
    f.exchange.totalMs = ms;
    MessageRecord request;
    request.id = id * 10;
    request.exchangeId = id;
    request.outgoing = true;
    request.kind = QStringLiteral("request");
    request.rpcId = QString::number(id);
    request.method = QStringLiteral("tools/call");
    request.payload = QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":%1,\"method\":\"tools/call\","
                                     "\"params\":{\"name\":\"%2\",\"arguments\":{}}}")
                          .arg(id)
                          .arg(tool)
                          .toUtf8();
    request.atMs = atMs;
    f.messages << request;
    if (status == 200) {
        f.exchange.responseHeaders = {{"Content-Type", "application/json"}};
        MessageRecord answer;
        answer.id = id * 10 + 1;
        answer.exchangeId = id;
        answer.outgoing = false;
        answer.kind = QStringLiteral("response");
        answer.rpcId = request.rpcId;
        answer.payload =
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":%1,\"result\":{\"content\":[]}}")
                .arg(id)
                .toUtf8();
        answer.atMs = atMs + qint64(ms);
        answer.responseTo = request.id;
        answer.latencyMs = ms;
        f.messages << answer;
    }
    return f;
}

} // namespace

QList<RuleCase> performanceRuleCases()
{
    return {
        {"perf.slow_endpoint",
         [] {
             // Every call of one tool above 2 s.
             QList<RuleFeed> t;
             for (int i = 1; i <= 3; ++i)
                 t << toolCall(i, kT0 + i * 10000, QStringLiteral("report"), 2500);
             return t;
         },
         [] {
             // One slow call in twenty is under the 95th percentile; another
             // tool's calls at 1.9 s are under the threshold.
             QList<RuleFeed> t;
             for (int i = 1; i <= 20; ++i)
                 t << toolCall(i, kT0 + i * 1000, QStringLiteral("report"), i == 7 ? 9000 : 50);
             for (int i = 21; i <= 25; ++i)
                 t << toolCall(i, kT0 + i * 1000, QStringLiteral("search"), 1900);
             return t;
         }},
        {"perf.intermittent",
         [] {
             // 503, 200, 503, 200 a few seconds apart.
             QList<RuleFeed> t;
             for (int i = 1; i <= 4; ++i)
                 t << toolCall(i, kT0 + i * 3000, QStringLiteral("echo"), 20, i % 2 ? 503 : 200);
             return t;
         },
         [] {
             // A 401 before sign-in then success (credentials, not
             // intermittency); a 503 and a success 10 minutes apart; a
             // request rejected (429) every time; two tools, one always
             // failing and one always working.
             QList<RuleFeed> t;
             t << toolCall(1, kT0, QStringLiteral("echo"), 20, 401);
             t << toolCall(2, kT0 + 1000, QStringLiteral("echo"), 20);
             t << toolCall(3, kT0 + 2000, QStringLiteral("report"), 20, 503);
             t << toolCall(4, kT0 + 2000 + 10 * 60 * 1000, QStringLiteral("report"), 20);
             t << toolCall(5, kT0 + 3000, QStringLiteral("limited"), 20, 429);
             t << toolCall(6, kT0 + 4000, QStringLiteral("limited"), 20);
             t << toolCall(7, kT0 + 5000, QStringLiteral("broken"), 20, 500);
             t << toolCall(8, kT0 + 6000, QStringLiteral("fine"), 20);
             t << toolCall(9, kT0 + 7000, QStringLiteral("broken"), 20, 500);
             return t;
         }},
    };
}

} // namespace mcpscope::testing
