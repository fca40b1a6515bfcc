// McpClient in the modern era (issue 16), against a few lines of node on
// stdio that speak 2026-07-28 (or only the legacy era): era negotiation and
// fallback, _meta on every request, multi round-trip requests through the
// handler and through the queue (new ids, requestState echoed, rounds
// recorded with roundOf, the 16-round bound), server errors kept verbatim.
// The real SDK v2 peer and the end-to-end tests are tests/peers' (issue 16,
// peer); these drive what no well-behaved server does.
#include "mcp/mcp_client.h"
#include "net/exchange_sink.h"
#include "net/http_client.h"
#include "node_peer.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

// Keeps what the client records, in memory.
class MemorySink final : public ExchangeSink
{
public:
    bool isOpen() const override { return true; }
    qint64 reserveExchangeId() override { return ++m_exchangeIds; }
    qint64 reserveMessageId() override { return ++m_messageIds; }
    qint64 createSession(const QString &, const QString &, const QString &, qint64) override
    {
        return 1;
    }
    void endSession(qint64, qint64) override {}
    void record(const Exchange &) override {}
    void recordMessage(const MessageRecord &message) override { messages.append(message); }
    void setSessionEra(qint64 sessionId, const QString &era) override
    {
        eras.append(QStringLiteral("%1:%2").arg(sessionId).arg(era));
    }

    QList<MessageRecord> outgoing(const QString &method) const
    {
        QList<MessageRecord> out;
        for (const MessageRecord &m : messages)
            if (m.outgoing && m.method == method)
                out.append(m);
        return out;
    }

    QList<MessageRecord> messages;
    QStringList eras;

private:
    qint64 m_exchangeIds = 0;
    qint64 m_messageIds = 0;
};

// A 2026-07-28 server: discover; tools/call "ask" asks for an elicitation and
// the roots, then answers with what it got; "loop" asks forever; "tamper"
// and "mismatch" refuse. Requests without the modern _meta are refused.
const QString kModernServer = QStringLiteral(
    "const rl = require('readline').createInterface({ input: process.stdin });"
    "const send = (m) => process.stdout.write(JSON.stringify(m) + '\\n');"
    "rl.on('line', (line) => { const m = JSON.parse(line); if (m.id === undefined) return;"
    "  const p = m.params || {}; const meta = p._meta || {};"
    "  const ok = (r) => send({ jsonrpc: '2.0', id: m.id, result: Object.assign({ resultType: "
    "'complete' }, r) });"
    "  const err = (c, msg) => send({ jsonrpc: '2.0', id: m.id, error: { code: c, message: msg } "
    "});"
    "  if (meta['io.modelcontextprotocol/protocolVersion'] !== '2026-07-28' ||"
    "      !meta['io.modelcontextprotocol/clientCapabilities']) return err(-32602, 'no _meta');"
    "  if (m.method === 'server/discover') return ok({ supportedVersions: ['2026-07-28'], "
    "capabilities: { tools: {} }, ttlMs: 0, cacheScope: 'private', _meta: { "
    "'io.modelcontextprotocol/serverInfo': { name: 'modern', version: '1' } } });"
    "  if (m.method !== 'tools/call') return err(-32601, 'unknown');"
    "  if (p.name === 'ask') { if (!p.inputResponses) return send({ jsonrpc: '2.0', id: m.id, "
    "result: { resultType: 'input_required', requestState: 's1', inputRequests: {"
    "    confirm: { method: 'elicitation/create', params: { message: 'Sure?', requestedSchema: "
    "{ type: 'object', properties: { ok: { type: 'boolean', default: true } } } } },"
    "    where: { method: 'roots/list' } } } });"
    "    return ok({ content: [{ type: 'text', text: JSON.stringify({ responses: "
    "p.inputResponses, state: p.requestState, level: "
    "meta['io.modelcontextprotocol/logLevel'] || null }) }] }); }"
    "  if (p.name === 'loop') return send({ jsonrpc: '2.0', id: m.id, result: { resultType: "
    "'input_required', requestState: 'again' } });"
    "  if (p.name === 'tamper') return err(-32602, 'requestState failed its integrity check "
    "<b>');"
    "  if (p.name === 'mismatch') return err(-32020, 'Header mismatch: Mcp-Name');"
    "  return err(-32602, 'unknown tool'); });");

// A 2025-11-25 server: initialize, and -32601 for anything before it.
const QString kLegacyServer = QStringLiteral(
    "const rl = require('readline').createInterface({ input: process.stdin });"
    "let ready = false;"
    "rl.on('line', (line) => { const m = JSON.parse(line); if (m.id === undefined) return;"
    "  if (m.method === 'initialize') { ready = true; process.stdout.write(JSON.stringify({ "
    "jsonrpc: '2.0', id: m.id, result: { protocolVersion: '2025-11-25', capabilities: {}, "
    "serverInfo: { name: 'legacy', version: '1' } } }) + '\\n'); return; }"
    "  process.stdout.write(JSON.stringify(ready ? { jsonrpc: '2.0', id: m.id, result: {} } : { "
    "jsonrpc: '2.0', id: m.id, error: { code: -32601, message: 'Method not found' } }) + "
    "'\\n'); });");

bool finishes(McpRequest *request)
{
    QSignalSpy finished(request, &McpRequest::finished);
    return request->isFinished() || finished.wait(15000);
}

QJsonObject toolCall(const QString &name)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("arguments"), QJsonObject{}}};
}

QJsonObject textOf(const McpRequest *request)
{
    const QString text = request->result()
                             .toObject()
                             .value(QStringLiteral("content"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("text"))
                             .toString();
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestMcpEraClient : public QObject
{
    Q_OBJECT

    struct Peer
    {
        MemorySink sink;
        HttpClient http{&sink};
        McpClient client{&http, &sink};
        QStringList problems;
        QStringList eras; // eraNegotiated(): "legacy:how"
        QList<Finding> findings;
    };

    bool connect(Peer &peer, const QString &script, ProtocolEra era)
    {
        peer.http.setSessionId(7);
        peer.client.setEra(era);
        QObject::connect(&peer.client, &McpClient::protocolProblem, &peer.client,
                         [&peer](const QString &p) { peer.problems << p; });
        QObject::connect(&peer.client, &McpClient::eraNegotiated, &peer.client,
                         [&peer](ProtocolEra era, const QString &how) {
                             peer.eras << protocolEraName(era) + u':' + how;
                         });
        QObject::connect(&peer.client, &McpClient::findingRaised, &peer.client,
                         [&peer](const Finding &f) { peer.findings << f; });
        QSignalSpy connected(&peer.client, &McpClient::connected);
        QSignalSpy failed(&peer.client, &McpClient::failed);
        peer.client.connectStdio(nodeBinary(), {QStringLiteral("-e"), script}, {});
        QDeadlineTimer deadline(20000);
        while (connected.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
            connected.wait(100);
        return !connected.isEmpty();
    }

    static bool hasFinding(const Peer &peer, const QString &kind)
    {
        return std::any_of(peer.findings.cbegin(), peer.findings.cend(),
                           [&](const Finding &f) { return f.kind == kind; });
    }

private Q_SLOTS:
    void autoFindsTheModernEra()
    {
        Peer peer;
        QVERIFY(connect(peer, kModernServer, ProtocolEra::Auto));
        QCOMPARE(peer.client.era(), ProtocolEra::Modern);
        QCOMPARE(peer.client.protocolVersion(), QStringLiteral("2026-07-28"));
        QCOMPARE(peer.client.discoverResult().value(QStringLiteral("ttlMs")).toInt(-1), 0);
        QCOMPARE(peer.client.initializeResult()
                     .value(QStringLiteral("serverInfo"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("modern"));
        QCOMPARE(peer.sink.eras, QStringList{QStringLiteral("7:modern")});
        QCOMPARE(peer.eras.size(), 1);
        QVERIFY(peer.eras.first().startsWith(QStringLiteral("modern:")));
        QVERIFY(peer.sink.outgoing(QStringLiteral("initialize")).isEmpty());
        QVERIFY2(peer.problems.isEmpty(), qPrintable(peer.problems.join(u'\n')));
    }

    void autoFallsBackToLegacy()
    {
        Peer peer;
        QVERIFY(connect(peer, kLegacyServer, ProtocolEra::Auto));
        QCOMPARE(peer.client.era(), ProtocolEra::Legacy);
        QCOMPARE(peer.client.protocolVersion(), QStringLiteral("2025-11-25"));
        QCOMPARE(peer.sink.eras, QStringList{QStringLiteral("7:legacy")});
        // Silent (no problem), but told: which way, and why.
        QVERIFY2(peer.problems.isEmpty(), qPrintable(peer.problems.join(u'\n')));
        QCOMPARE(peer.eras.size(), 1);
        QVERIFY(peer.eras.first().startsWith(QStringLiteral("legacy:")));
        QVERIFY(peer.eras.first().contains(QStringLiteral("initialize")));
        QVERIFY(peer.eras.first().contains(QStringLiteral("Method not found")));
        QVERIFY(peer.findings.isEmpty());
        QCOMPARE(peer.sink.outgoing(QStringLiteral("server/discover")).size(), 1);
        QCOMPARE(peer.sink.outgoing(QStringLiteral("initialize")).size(), 1);
        McpRequest *level = peer.client.setLogLevel(QStringLiteral("debug"));
        QVERIFY(level); // logging/setLevel in the legacy era
        QVERIFY(finishes(level));
        McpRequest *listen = peer.client.listen({{QStringLiteral("toolsListChanged"), true}});
        QVERIFY(finishes(listen));
        QCOMPARE(listen->error().code, ErrorCode::McpVersion);
    }

    void modernForcedOnALegacyServerFailsClearly()
    {
        Peer peer;
        QSignalSpy failed(&peer.client, &McpClient::failed);
        QVERIFY(!connect(peer, kLegacyServer, ProtocolEra::Modern));
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.code, ErrorCode::McpVersion);
        QVERIFY2(error.message.contains(QStringLiteral("legacy")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("Method not found")),
                 qPrintable(error.message));
        QVERIFY(peer.sink.outgoing(QStringLiteral("initialize")).isEmpty());
    }

    void inputRequestsGoThroughTheHandler()
    {
        Peer peer;
        QVERIFY(connect(peer, kModernServer, ProtocolEra::Modern));
        QVERIFY(!peer.client.setLogLevel(QStringLiteral("debug"))); // in _meta from now on
        McpRequest *call =
            peer.client.request(QStringLiteral("tools/call"), toolCall(QStringLiteral("ask")));
        const QJsonValue firstId = call->rpcId();
        QVERIFY(finishes(call));
        QVERIFY2(call->succeeded(), qPrintable(call->error().message));
        const QJsonObject seen = textOf(call);
        // The default answers: the elicitation accepted with its defaults, no roots.
        const QJsonObject responses = seen.value(QStringLiteral("responses")).toObject();
        QCOMPARE(
            responses.value(QStringLiteral("confirm")).toObject(),
            QJsonObject({{QStringLiteral("action"), QStringLiteral("accept")},
                         {QStringLiteral("content"), QJsonObject{{QStringLiteral("ok"), true}}}}));
        QCOMPARE(responses.value(QStringLiteral("where")).toObject(),
                 QJsonObject({{QStringLiteral("roots"), QJsonArray{}}}));
        QCOMPARE(seen.value(QStringLiteral("state")).toString(), QStringLiteral("s1"));
        QCOMPARE(seen.value(QStringLiteral("level")).toString(), QStringLiteral("debug"));
        QCOMPARE(call->inputRounds(), 1);
        QVERIFY(call->rpcId() != firstId);
        // Both rounds recorded; the retry points at the first round.
        const QList<MessageRecord> sent = peer.sink.outgoing(QStringLiteral("tools/call"));
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).roundOf, 0);
        QCOMPARE(sent.at(1).roundOf, sent.at(0).id);
        QCOMPARE(call->firstRoundMessageId(), sent.at(0).id);
        QVERIFY(sent.at(0).rpcId != sent.at(1).rpcId);
    }

    void inputRequestsWaitInTheQueue()
    {
        Peer peer;
        peer.client.setQueueServerRequests(true);
        QVERIFY(connect(peer, kModernServer, ProtocolEra::Modern));
        QSignalSpy asked(&peer.client, &McpClient::serverRequestReceived);
        McpRequest *call =
            peer.client.request(QStringLiteral("tools/call"), toolCall(QStringLiteral("ask")));
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 15000);
        QCOMPARE(peer.client.waitingServerRequests(), 2);
        QVERIFY(!call->isFinished());
        QHash<QString, JsonRpcMessage> byMethod;
        for (const QList<QVariant> &args : asked) {
            const auto request = args.first().value<JsonRpcMessage>();
            QVERIFY(request.id.toString().startsWith(QStringLiteral("mrtr-")));
            byMethod.insert(request.method, request);
        }
        const JsonRpcMessage elicit = byMethod.value(QStringLiteral("elicitation/create"));
        QCOMPARE(elicit.params.toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Sure?"));
        QVERIFY(elicit.id.toString().endsWith(QStringLiteral("/confirm")));
        QVERIFY(peer.client.answerServerRequest(
            elicit.id, QJsonObject{{QStringLiteral("action"), QStringLiteral("decline")}}));
        QVERIFY(!peer.client.answerServerRequest(elicit.id, QJsonObject{})); // answered once
        QVERIFY(!call->isFinished()); // the roots are still to come
        QVERIFY(peer.client.answerServerRequest(
            byMethod.value(QStringLiteral("roots/list")).id,
            QJsonObject{
                {QStringLiteral("roots"),
                 QJsonArray{QJsonObject{{QStringLiteral("uri"), QStringLiteral("file:///w")}}}}}));
        QVERIFY(finishes(call));
        QVERIFY2(call->succeeded(), qPrintable(call->error().message));
        const QJsonObject responses = textOf(call).value(QStringLiteral("responses")).toObject();
        QCOMPARE(responses.value(QStringLiteral("confirm"))
                     .toObject()
                     .value(QStringLiteral("action"))
                     .toString(),
                 QStringLiteral("decline"));
        QCOMPARE(responses.value(QStringLiteral("where"))
                     .toObject()
                     .value(QStringLiteral("roots"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(peer.client.waitingServerRequests(), 0);
    }

    void endlessInputIsBounded()
    {
        Peer peer;
        QVERIFY(connect(peer, kModernServer, ProtocolEra::Modern));
        McpRequest *call =
            peer.client.request(QStringLiteral("tools/call"), toolCall(QStringLiteral("loop")));
        QVERIFY(finishes(call));
        QVERIFY(!call->succeeded());
        QVERIFY2(call->error().message.contains(QStringLiteral("16 rounds")),
                 qPrintable(call->error().message));
        QVERIFY(hasFinding(peer, QStringLiteral("mcp.era.input_rounds")));
        QCOMPARE(peer.sink.outgoing(QStringLiteral("tools/call")).size(), 16);
        // The session goes on.
        McpRequest *ask =
            peer.client.request(QStringLiteral("tools/call"), toolCall(QStringLiteral("ask")));
        QVERIFY(finishes(ask));
        QVERIFY(ask->succeeded());
    }

    void serverRefusalsStayVerbatim()
    {
        Peer peer;
        QVERIFY(connect(peer, kModernServer, ProtocolEra::Modern));
        McpRequest *tamper =
            peer.client.request(QStringLiteral("tools/call"), toolCall(QStringLiteral("tamper")));
        QVERIFY(finishes(tamper));
        QCOMPARE(tamper->rpcErrorCode(), std::optional<int>(-32602));
        QVERIFY(tamper->error().message.contains(
            QStringLiteral("requestState failed its integrity check <b>")));
        McpRequest *mismatch =
            peer.client.request(QStringLiteral("tools/call"), toolCall(QStringLiteral("mismatch")));
        QVERIFY(finishes(mismatch));
        QCOMPARE(mismatch->rpcErrorCode(), std::optional<int>(-32020));
        QVERIFY(hasFinding(peer, QStringLiteral("mcp.era.header_mismatch")));
    }
};

QTEST_GUILESS_MAIN(TestMcpEraClient)
#include "tst_mcp_era_client.moc"
