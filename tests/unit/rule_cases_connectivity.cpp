// Diagnostic rule cases (diagnostic_rule_cases.h): connectivity, TLS, clock
// skew and transport (diagnostics/rules_connectivity.cpp).
//
// Guide symptom -> kind -> real-peer test (tests/integration/
// tst_diagnostics_connectivity.cpp):
//   "Verify DNS resolution" / host not found   -> net.dns (reused)     -> unresolvableName
//   ECONNREFUSED / server not running          -> net.refused (reused) -> refusedPort
//   "Certificate has expired"                  -> tls.cert.expired     -> expiredCertificate
//   certificate not valid yet (clock / issue)  -> tls.cert.not_yet_valid -> notYetValidCertificate
//   "Automated certificate expiration monitoring" (expires within 14 days)
//                                              -> tls.cert.expiring    -> expiringCertificate
//   "SSL certificate verification failed": host name mismatch
//                                              -> tls.cert.hostname    -> wrongHostCertificate
//   ... self-signed                            -> tls.cert.self_signed -> selfSignedCertificate
//   ... "Validate SSL/TLS certificate chain": intermediate not sent
//       (UNABLE_TO_GET_ISSUER_CERT_LOCALLY)    -> tls.chain.incomplete -> incompleteChain
//   ... chain ends at an unknown root          -> tls.chain.untrusted_root -> untrustedRoot
//   weak protocol (TLS < 1.2 negotiated)       -> tls.protocol.weak    -> (rule case only: Qt's
//       client refuses TLS < 1.2, so a real handshake never negotiates it; HAR imports can)
//   weak protocol, handshake refused           -> tls.protocol.unsupported -> weakProtocolServer
//   "Clock synchronization problems" / "Check system clock" (server Date vs capture time,
//       more than 60 s)                        -> net.clock_skew       -> skewedServerClock
//   /sse vs /mcp: Streamable HTTP at an SSE endpoint, or /mcp 404 with /sse working
//                                              -> transport.wrong_endpoint.sse -> streamableAtSse
//   /sse vs /mcp: HTTP+SSE client at a Streamable HTTP endpoint
//                                              -> transport.wrong_endpoint.streamable -> sseAtMcp
//   server that does not speak the transport (initialize answered HTML/404/405)
//                                              -> transport.not_mcp    -> notAnMcpServer
//   listening GET answered neither event stream nor 405
//                                              -> transport.get_stream_refused -> getStreamRefused
//   "Invalid session" / session lost mid-use (404, or 400 "session not found")
//                                              -> transport.session_lost -> sessionLost
//   SSE stream dropped before its answer without event ids
//                                              -> transport.sse_no_event_ids -> sseDropWithoutIds
//   connect / TLS / first-byte split: not passively splittable (the store has the time to
//       first byte and the total only); the Connection Doctor measures each stage.
// healthy traffic (server-everything on /mcp and /sse, a valid certificate) raises none
// of these: healthyTrafficIsQuiet.
#include "diagnostic_rule_cases.h"

#include <QDateTime>
#include <QTimeZone>

namespace mcpscope::testing {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kNow = 1'790'000'000'000; // 2026-09-21
constexpr qint64 kDay = 24 * 3600 * 1000;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

QByteArray httpDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

CertificateSummary cert(const QString &subject, const QString &issuer, qint64 from, qint64 to)
{
    return {subject, issuer, iso(from), iso(to), subject + QStringLiteral("-sha")};
}

RuleFeed feed(qint64 id, const QByteArray &method, const QString &url, int status,
              const HeaderList &responseHeaders = {}, const QByteArray &responseBody = {})
{
    RuleFeed f;
    f.exchange.id = id;
    f.exchange.startedAtMs = kNow + id;
    f.exchange.state = Exchange::State::Complete;
    f.exchange.method = method;
    f.exchange.url = url;
    f.exchange.status = status;
    f.exchange.responseHeaders = responseHeaders;
    f.exchange.responseBody = responseBody;
    f.exchange.ttfbMs = 5;
    f.exchange.totalMs = 6;
    return f;
}

RuleFeed failed(qint64 id, const QString &url, ErrorCode code, const QString &message = {})
{
    RuleFeed f = feed(id, "POST", url, 0);
    f.exchange.state = Exchange::State::Failed;
    f.exchange.errorCode = code;
    f.exchange.errorMessage = message;
    return f;
}

RuleFeed tls(qint64 id, const QList<CertificateSummary> &chain, const QStringList &errors = {},
             const QString &protocol = QStringLiteral("TLSv1.3"))
{
    RuleFeed f =
        feed(id, "GET", QStringLiteral("https://mcp.example.com/mcp"), errors.isEmpty() ? 200 : 0);
    f.exchange.tlsChain = chain;
    f.exchange.tlsErrors = errors;
    f.exchange.tlsProtocol = protocol;
    if (!errors.isEmpty()) {
        f.exchange.state = Exchange::State::Failed;
        f.exchange.errorCode = ErrorCode::NetTls;
    }
    return f;
}

const QByteArray kInit = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{}}";
const QByteArray kInitAnswer = "{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":{}}";
const HeaderList kJson = {{"Content-Type", "application/json"}};
const HeaderList kSse = {{"Content-Type", "text/event-stream"}};

RuleFeed initialize(qint64 id, const QString &url, int status, const HeaderList &headers,
                    const QByteArray &body)
{
    RuleFeed f = feed(id, "POST", url, status, headers, body);
    f.exchange.requestBody = kInit;
    f.exchange.requestHeaders = {{"Content-Type", "application/json"},
                                 {"Accept", "application/json, text/event-stream"}};
    return f;
}

RuleFeed sseOpen(qint64 id, const QString &url, int status, const HeaderList &headers,
                 const QByteArray &body)
{
    RuleFeed f = feed(id, "GET", url, status, headers, body);
    f.exchange.requestHeaders = {{"Accept", "text/event-stream"}};
    return f;
}

RuleFeed listeningGet(qint64 id, const QString &url, int status, const HeaderList &headers)
{
    RuleFeed f = feed(id, "GET", url, status, headers);
    f.exchange.requestHeaders = {{"Accept", "text/event-stream"},
                                 {"Mcp-Session-Id", "s1"},
                                 {"MCP-Protocol-Version", "2025-06-18"}};
    return f;
}

RuleFeed call(qint64 id, const QString &url, int status, const HeaderList &headers,
              const QByteArray &body, const QByteArray &session = "s1")
{
    RuleFeed f = feed(id, "POST", url, status, headers, body);
    f.exchange.requestBody = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\"}";
    f.exchange.requestHeaders = {{"Content-Type", "application/json"}};
    if (!session.isEmpty())
        f.exchange.requestHeaders.append({"Mcp-Session-Id", session});
    return f;
}

const QString kMcp = QStringLiteral("http://127.0.0.1:3000/mcp");
const QString kSseUrl = QStringLiteral("http://127.0.0.1:3000/sse");
const QString kRoot = QStringLiteral("Root CA");
const QString kInter = QStringLiteral("Intermediate CA");
const QString kHost = QStringLiteral("mcp.example.com");

} // namespace

QList<RuleCase> connectivityRuleCases()
{
    const CertificateSummary good = cert(kHost, kInter, kNow - 30 * kDay, kNow + 60 * kDay);
    const CertificateSummary inter = cert(kInter, kRoot, kNow - 300 * kDay, kNow + 300 * kDay);
    return {
        {"net.dns", [] { return QList<RuleFeed>{failed(1, kMcp, ErrorCode::NetDns)}; },
         [] { return QList<RuleFeed>{failed(1, kMcp, ErrorCode::NetTimeout)}; }},
        {"net.refused", [] { return QList<RuleFeed>{failed(1, kMcp, ErrorCode::NetConnect)}; },
         [] { return QList<RuleFeed>{failed(1, kMcp, ErrorCode::NetClosed)}; }},
        {"tls.cert.expired",
         [inter] {
             return QList<RuleFeed>{tls(
                 1, {cert(kHost, kInter, kNow - 90 * kDay, kNow - kDay), inter}, {u"expired"_s})};
         },
         // Valid until a second after the request.
         [inter] {
             return QList<RuleFeed>{
                 tls(1, {cert(kHost, kInter, kNow - 90 * kDay, kNow + 60 * kDay), inter})};
         }},
        {"tls.cert.not_yet_valid",
         [inter] {
             return QList<RuleFeed>{tls(1,
                                        {cert(kHost, kInter, kNow + kDay, kNow + 90 * kDay), inter},
                                        {u"not_yet_valid"_s})};
         },
         [inter] {
             return QList<RuleFeed>{
                 tls(1, {cert(kHost, kInter, kNow - 1000, kNow + 90 * kDay), inter})};
         }},
        {"tls.cert.expiring",
         [inter] {
             return QList<RuleFeed>{
                 tls(1, {cert(kHost, kInter, kNow - 80 * kDay, kNow + 7 * kDay), inter})};
         },
         // 15 days left: not yet.
         [inter] {
             return QList<RuleFeed>{
                 tls(1, {cert(kHost, kInter, kNow - 80 * kDay, kNow + 15 * kDay), inter})};
         }},
        {"tls.cert.hostname",
         [good, inter] {
             return QList<RuleFeed>{tls(1, {good, inter}, {u"hostname"_s})};
         },
         [good, inter] {
             return QList<RuleFeed>{tls(1, {good, inter}, {u"no_local_issuer"_s})};
         }},
        {"tls.cert.self_signed",
         [] {
             return QList<RuleFeed>{
                 tls(1, {cert(kHost, kHost, kNow - kDay, kNow + 30 * kDay)}, {u"self_signed"_s})};
         },
         // The same certificate, trusted (no error): no finding.
         [] {
             return QList<RuleFeed>{tls(1, {cert(kHost, kHost, kNow - kDay, kNow + 30 * kDay)})};
         }},
        {"tls.chain.incomplete",
         [good] {
             return QList<RuleFeed>{tls(1, {good}, {u"no_local_issuer"_s, u"unverified_first"_s})};
         },
         // The intermediate was sent; its root is the unknown one.
         [good, inter] {
             return QList<RuleFeed>{tls(1, {good, inter}, {u"no_local_issuer"_s})};
         }},
        {"tls.chain.untrusted_root",
         [good, inter] {
             return QList<RuleFeed>{tls(1, {good, inter}, {u"no_local_issuer"_s})};
         },
         [good] { return QList<RuleFeed>{tls(1, {good}, {u"no_local_issuer"_s})}; }},
        {"tls.protocol.weak",
         [good, inter] {
             return QList<RuleFeed>{tls(1, {good, inter}, {}, QStringLiteral("TLSv1.1"))};
         },
         [good, inter] {
             return QList<RuleFeed>{tls(1, {good, inter}, {}, QStringLiteral("TLSv1.2"))};
         }},
        {"tls.protocol.unsupported",
         [] {
             return QList<RuleFeed>{
                 failed(1, kMcp, ErrorCode::NetTls,
                        QStringLiteral("The TLS certificate of mcp.example.com was not accepted: "
                                       "error:0A000102:SSL routines::unsupported protocol."))};
         },
         [] {
             return QList<RuleFeed>{
                 failed(1, kMcp, ErrorCode::NetTls,
                        QStringLiteral("The TLS certificate of mcp.example.com was not accepted: "
                                       "The certificate has expired."))};
         }},
        {"net.clock_skew",
         [] {
             RuleFeed f = feed(1, "GET", kMcp, 200, {{"Date", httpDate(kNow + 1 + 5 * 60'000)}});
             return QList<RuleFeed>{f};
         },
         // 50 s off is within the tolerance, and a cached copy (Age) is old by design.
         [] {
             RuleFeed near = feed(1, "GET", kMcp, 200, {{"Date", httpDate(kNow + 2 - 50'000)}});
             RuleFeed cached =
                 feed(2, "GET", kMcp, 200, {{"Date", httpDate(kNow - 3600'000)}, {"Age", "3600"}});
             return QList<RuleFeed>{near, cached};
         }},
        {"transport.wrong_endpoint.sse",
         // Streamable HTTP at /mcp answered 404 while /sse opens an event stream.
         [] {
             return QList<RuleFeed>{
                 initialize(1, kMcp, 404, {{"Content-Type", "text/html"}}, "Cannot POST /mcp"),
                 sseOpen(2, kSseUrl, 200, kSse, "event: endpoint\ndata: /messages?s=1\n\n")};
         },
         // The spec's fallback: POST 4xx, then HTTP+SSE at the same URL.
         [] {
             return QList<RuleFeed>{
                 initialize(1, kSseUrl, 405, {}, {}),
                 sseOpen(2, kSseUrl, 200, kSse, "event: endpoint\ndata: /messages?s=1\n\n")};
         }},
        {"transport.wrong_endpoint.streamable",
         [] {
             return QList<RuleFeed>{
                 sseOpen(1, kMcp, 400, kJson, "{\"error\":\"Bad Request: No valid session ID\"}")};
         },
         // The same refusal at a path that names no transport, with no
         // Streamable endpoint seen: not MCP, not this confusion.
         [] {
             return QList<RuleFeed>{
                 sseOpen(1, QStringLiteral("http://127.0.0.1:3000/api"), 404, {}, {})};
         }},
        {"transport.not_mcp",
         [] {
             return QList<RuleFeed>{initialize(1, QStringLiteral("http://127.0.0.1:3000/"), 200,
                                               {{"Content-Type", "text/html"}},
                                               "<html>Welcome</html>")};
         },
         // Authorization first is MCP speaking.
         [] {
             return QList<RuleFeed>{
                 initialize(1, QStringLiteral("http://127.0.0.1:3000/"), 401,
                            {{"WWW-Authenticate", "Bearer"}}, {}),
                 initialize(2, QStringLiteral("http://127.0.0.1:3000/"), 200, kJson, kInitAnswer)};
         }},
        {"transport.get_stream_refused",
         [] {
             return QList<RuleFeed>{listeningGet(1, kMcp, 404, {{"Content-Type", "text/plain"}})};
         },
         [] {
             return QList<RuleFeed>{listeningGet(1, kMcp, 405, {}),
                                    listeningGet(2, kMcp, 200, kSse)};
         }},
        {"transport.session_lost",
         [] {
             HeaderList established = kJson;
             established.append(qMakePair(QByteArray("Mcp-Session-Id"), QByteArray("s1")));
             return QList<RuleFeed>{
                 initialize(1, kMcp, 200, established, kInitAnswer),
                 call(2, kMcp, 404, kJson,
                      "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32001,\"message\":\"Session not "
                      "found\"},\"id\":null}")};
         },
         // A 404 for a session id the server never gave is not a lost session.
         [] {
             return QList<RuleFeed>{initialize(1, kMcp, 200, kJson, kInitAnswer),
                                    call(2, kMcp, 404, kJson, "{}")};
         }},
        {"transport.sse_no_event_ids",
         [] {
             return QList<RuleFeed>{
                 call(1, kMcp, 200, kSse,
                      "event: message\ndata: "
                      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\"}\n\n",
                      {})};
         },
         // The same early end, with an event id to resume from.
         [] {
             return QList<RuleFeed>{
                 call(1, kMcp, 200, kSse,
                      "id: 7\nevent: message\ndata: "
                      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\"}\n\n",
                      {})};
         }},
    };
}

} // namespace mcpscope::testing
