// The passive diagnostics rules read everything a server (or an imported
// HAR) controls: URLs, headers, bodies, JSON-RPC payloads, status codes,
// timings. The input is a sequence of records separated by 0x1E, each of
// fields separated by 0x1F: control bytes, URL, request headers ("Name:
// value\r\n" as stored), request body, response headers, response body, an
// outgoing JSON-RPC payload, an incoming one, the protocol version. They are
// fed to a RuleEngine over allRules() as the runner feeds a store's rows.
// Properties: no crash; every finding is of a registered kind; its evidence
// is among the ids fed; its texts have an argument for every placeholder.
#include "capture/capture_codec.h"
#include "diagnostics/diagnostic_rule.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

// The highest %N a text holds.
int highestPlaceholder(const char *text)
{
    int highest = 0;
    for (const char *p = text; p && *p; ++p)
        if (p[0] == '%' && p[1] >= '1' && p[1] <= '9')
            highest = std::max(highest, p[1] - '0');
    return highest;
}

const char *const kMethods[] = {"initialize",
                                "tools/call",
                                "tools/list",
                                "resources/read",
                                "prompts/get",
                                "ping",
                                "notifications/initialized",
                                ""};
const int kStatuses[] = {200, 202, 204, 301, 400, 401, 403, 404, 405, 408, 429, 500, 502, 503, 0};
const ErrorCode kErrors[] = {ErrorCode::None,       ErrorCode::NetDns,    ErrorCode::NetConnect,
                             ErrorCode::NetTimeout, ErrorCode::NetClosed, ErrorCode::NetTls,
                             ErrorCode::NetAborted, ErrorCode::NetOther};
const char *const kMessageKinds[] = {"request", "notification", "response", "error"};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    RuleEngine engine;
    QSet<qint64> exchangeIds, messageIds;
    qint64 nextId = 1;
    qint64 at = 1'767'225'600'000;
    const QList<QByteArray> records = input.split('\x1e');
    for (const QByteArray &record : records) {
        const QList<QByteArray> fields = record.split('\x1f');
        const auto field = [&fields](int i) { return fields.value(i); };
        const QByteArray control = field(0);
        const auto byte = [&control](int i) { return i < control.size() ? uchar(control[i]) : 0; };
        const qint64 session = byte(0) % 3;
        at += byte(1) * 1000 + byte(2);
        Exchange e;
        const bool stdio = byte(3) & 1;
        e.id = nextId++;
        e.sessionId = session;
        e.startedAtMs = at;
        e.state = (byte(3) & 2)   ? Exchange::State::Failed
                  : (byte(3) & 4) ? Exchange::State::Streaming
                                  : Exchange::State::Complete;
        e.method = (byte(3) & 8) ? "GET" : "POST";
        e.url = QString::fromUtf8(field(1));
        e.status = kStatuses[byte(4) % std::size(kStatuses)];
        e.errorCode = kErrors[byte(5) % std::size(kErrors)];
        e.requestHeaders = CaptureCodec::decodeHeaders(field(2));
        e.requestBody = field(3);
        e.responseHeaders = CaptureCodec::decodeHeaders(field(4));
        e.responseBody = field(5);
        e.responseBodySize = e.responseBody.size();
        e.ttfbMs = byte(6) * 40.0;
        e.totalMs = e.ttfbMs + byte(7) * 40.0;
        e.httpVersion = QStringLiteral("HTTP/1.1");
        if (byte(8) & 1)
            e.tlsChain = {{QStringLiteral("CN=") + QString::fromUtf8(field(1).left(40)),
                           QStringLiteral("CN=issuer"), QString::fromLatin1(field(9).left(30)),
                           QString::fromLatin1(field(10).left(30)), QStringLiteral("00")}};
        QList<MessageRecord> messages;
        const qint64 requestId = nextId++;
        if (!field(6).isEmpty()) {
            MessageRecord m;
            m.id = requestId;
            m.sessionId = session;
            m.exchangeId = stdio ? 0 : e.id;
            m.outgoing = true;
            m.kind = QString::fromLatin1(kMessageKinds[byte(9) % 2]);
            m.method = QString::fromLatin1(kMethods[byte(10) % std::size(kMethods)]);
            m.rpcId = QString::number(byte(11));
            m.payload = field(6);
            m.atMs = at;
            messages << m;
        }
        if (!field(7).isEmpty()) {
            MessageRecord m;
            m.id = nextId++;
            m.sessionId = session;
            m.exchangeId = stdio ? 0 : e.id;
            m.outgoing = false;
            m.kind = QString::fromLatin1(kMessageKinds[2 + byte(12) % 2]);
            m.rpcId = QString::number(byte(11));
            m.responseTo = (byte(12) & 2) ? requestId : 0;
            m.latencyMs = (byte(12) & 4) ? byte(13) * 50.0 : -1;
            m.payload = field(7);
            m.atMs = at + byte(13) * 50;
            messages << m;
        }
        RuleInput in;
        in.protocolVersion = QString::fromLatin1(field(8).left(20));
        in.sessionTarget = e.url;
        in.capturedNowMs = (byte(14) & 1) ? at + byte(15) * 1000 : 0;
        if (stdio) {
            for (const MessageRecord &m : std::as_const(messages)) {
                in.exchange = nullptr;
                in.messages = {m};
                messageIds.insert(m.id);
                engine.input(session, in);
            }
        } else {
            in.exchange = &e;
            in.messages = messages;
            exchangeIds.insert(e.id);
            for (const MessageRecord &m : std::as_const(messages))
                messageIds.insert(m.id);
            engine.input(session, in);
        }
    }
    for (const Finding &f : engine.finish()) {
        const FindingKind *kind = findingKind(f.kind);
        if (!kind)
            std::abort();
        for (qint64 id : f.exchangeIds)
            if (!exchangeIds.contains(id))
                std::abort();
        for (qint64 id : f.messageIds)
            if (!messageIds.contains(id))
                std::abort();
        if (f.exchangeIds.size() > RuleReport::kMaxEvidence ||
            f.messageIds.size() > RuleReport::kMaxEvidence)
            std::abort();
        const int needed =
            std::max({highestPlaceholder(kind->summary), highestPlaceholder(kind->cause),
                      highestPlaceholder(kind->fix)});
        if (f.arguments.size() < needed)
            std::abort();
        (void)f.summary();
        (void)f.cause();
        (void)f.fix();
    }
    return 0;
}
