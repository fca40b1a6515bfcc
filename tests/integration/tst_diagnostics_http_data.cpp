// The HTTP and data rules (diagnostics/rules_http_data.cpp) over real traffic
// recorded into a real capture store: server-everything's healthy sessions
// raise none of their kinds; the misbehaving peers (bad_mcp_server.mjs,
// rate_limited_mcp_server.mjs, the MisbehavingServer fixture) raise each of
// them, with the exchanges that show it as evidence.
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "common/findings.h"
#include "diagnostics/diagnostic_rule.h"
#include "diagnostics/diagnostics_runner.h"
#include "net/http_client.h"
#include "session/mcp_session.h"

#include "misbehaving_server.h"
#include "node_peer.h"
#include "recorded_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

// Every kind the HTTP and data rules raise.
const QStringList &ownKinds()
{
    static const QStringList kinds = {QStringLiteral("http.rate_limited.retry_after"),
                                      QStringLiteral("http.rate_limited.no_retry_after"),
                                      QStringLiteral("http.retry_ignored"),
                                      QStringLiteral("http.server_error_burst"),
                                      QStringLiteral("mcp.answer_bom"),
                                      QStringLiteral("data.content_type.json_mismatch"),
                                      QStringLiteral("data.content_type.sse_mismatch"),
                                      QStringLiteral("data.charset.declared"),
                                      QStringLiteral("data.charset.utf16"),
                                      QStringLiteral("data.invalid_utf8"),
                                      QStringLiteral("data.control_chars"),
                                      QStringLiteral("data.json_invalid"),
                                      QStringLiteral("data.schema_violation"),
                                      QStringLiteral("data.schema_violation.unknown_version"),
                                      QStringLiteral("data.output_schema_violation")};
    return kinds;
}

// Runs every rule over the store (runDiagnostics: the findings are stored
// with source 'rules') and reads back what it stored.
QList<Finding> runRules(const QString &storePath)
{
    const auto run = runDiagnostics(storePath);
    if (!run) {
        qWarning() << "runDiagnostics failed:" << run.error().message;
        return {};
    }
    FindingsStore store;
    if (!store.openReadOnly(storePath))
        return {};
    QList<Finding> found = store.findings().value();
    for (const Finding &f : std::as_const(found))
        if (f.source != u"rules")
            qWarning() << "a finding not from the rules:" << f.kind << f.source;
    return found;
}

QList<Finding> ofKind(const QList<Finding> &findings, const QString &kind)
{
    QList<Finding> out;
    for (const Finding &f : findings)
        if (f.kind == kind)
            out << f;
    return out;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.kind + QStringLiteral(": ") + f.summary();
    return lines.join(u'\n');
}

// The session's exchanges the predicate picks, ascending.
QList<qint64> exchangesWhere(const QString &storePath, qint64 sessionId,
                             const std::function<bool(const Exchange &)> &pick)
{
    CaptureReader reader;
    if (!reader.open(storePath))
        return {};
    CaptureFilter filter;
    filter.sessionId = sessionId;
    QList<qint64> picked;
    const QList<qint64> ids = reader.exchangeIds(filter, 0, 100000).value();
    const QList<Exchange> exchanges = reader.exchanges(ids).value();
    for (const Exchange &e : exchanges)
        if (pick(e))
            picked << e.id;
    return picked;
}

bool asks(const Exchange &e, const QByteArray &method)
{
    return e.requestBody.contains(QByteArray(QByteArray("\"method\":\"") + method + '"'));
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestDiagnosticsHttpData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    NodePeer m_bad;

    QString storePath(const QString &name) const { return m_dir.filePath(name + u".mcpscope"); }

    // An MCP session recorded at url; calls (method, params) in order, each
    // waited for. Returns the capture session id (0 and a QVERIFY failure when
    // it could not connect).
    qint64 record(CaptureStore &store, const QString &url, McpClient::Transport transport,
                  const QList<QPair<QString, QJsonObject>> &calls)
    {
        McpSession session(&store);
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::Http;
        options.target = url;
        options.transport = transport;
        // The rules under test read legacy-era traffic exchange by exchange;
        // era Auto's server/discover probe would come first (issue 16).
        options.era = ProtocolEra::Legacy;
        options.requestTimeoutMs = 20000;
        QSignalSpy connected(session.client(), &McpClient::connected);
        QSignalSpy failed(session.client(), &McpClient::failed);
        if (!session.open(options))
            return 0;
        if (!QTest::qWaitFor([&] { return connected.size() + failed.size() > 0; }, 30000) ||
            connected.isEmpty())
            return 0;
        for (const auto &[method, params] : calls) {
            McpRequest *request = session.client()->request(method, params);
            QSignalSpy finished(request, &McpRequest::finished);
            if (!request->isFinished())
                finished.wait(25000);
            request->deleteLater();
        }
        const qint64 id = session.captureSessionId();
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        closed.wait(15000);
        store.flush();
        return id;
    }

    static QPair<QString, QJsonObject> tool(const QString &name, const QJsonObject &arguments = {})
    {
        return {QStringLiteral("tools/call"),
                {{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}}};
    }

    QString badUrl(const QString &mode) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2/mcp").arg(m_bad.port()).arg(mode);
    }

    // Sends each request through an HttpClient recording into store under a
    // new capture session; returns the session id and, in order, the exchange
    // ids.
    static qint64 sendAll(CaptureStore &store, const QList<HttpRequest> &requests,
                          QList<qint64> *exchangeIds)
    {
        const qint64 session =
            store.createSession(QStringLiteral("fixture"), QStringLiteral("x"),
                                QStringLiteral("http"), QDateTime::currentMSecsSinceEpoch());
        HttpClient http(&store);
        http.setSessionId(session);
        for (const HttpRequest &request : requests) {
            HttpCall *call = http.send(request);
            QSignalSpy finished(call, &HttpCall::finished);
            if (!finished.wait(15000))
                return 0;
            *exchangeIds << call->exchange().id;
            call->deleteLater();
        }
        store.flush();
        return session;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString why = m_bad.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // server-everything over Streamable HTTP (JSON and SSE answers,
    // notifications, structured content, images, resource links) and over
    // HTTP+SSE: none of the HTTP and data kinds.
    void healthyEverythingRaisesNone()
    {
        const QList<QPair<QString, QJsonObject>> calls = {
            {QStringLiteral("tools/list"), {}},
            {QStringLiteral("resources/list"), {}},
            {QStringLiteral("resources/templates/list"), {}},
            {QStringLiteral("prompts/list"), {}},
            {QStringLiteral("ping"), {}},
            tool(QStringLiteral("echo"), {{QStringLiteral("message"), QStringLiteral("héllo ✓")}}),
            tool(QStringLiteral("get-sum"), {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}),
            tool(QStringLiteral("get-tiny-image")),
            tool(QStringLiteral("get-structured-content"),
                 {{QStringLiteral("location"), QStringLiteral("Chicago")}}),
            tool(QStringLiteral("get-resource-links"), {{QStringLiteral("count"), 3}}),
            tool(QStringLiteral("get-annotated-message"),
                 {{QStringLiteral("messageType"), QStringLiteral("error")},
                  {QStringLiteral("includeImage"), true}}),
            {QStringLiteral("resources/read"),
             {{QStringLiteral("uri"),
               QStringLiteral("demo://resource/static/document/features.md")}}},
            tool(QStringLiteral("no-such-tool")),
        };
        int sessions = 0;
        for (const QString &mode : {QStringLiteral("streamableHttp"), QStringLiteral("sse")}) {
            NodePeer everything;
            const QString why = everything.start(everythingScript(), {mode});
            QVERIFY2(why.isEmpty(), qPrintable(why));
            const QString path = storePath(QStringLiteral("healthy-") + mode);
            CaptureStore store;
            QVERIFY(store.open(path));
            const bool sse = mode == u"sse";
            const qint64 id = record(
                store,
                QStringLiteral("http://127.0.0.1:%1/%2")
                    .arg(everything.port())
                    .arg(sse ? QStringLiteral("sse") : QStringLiteral("mcp")),
                sse ? McpClient::Transport::Sse : McpClient::Transport::StreamableHttp, calls);
            QVERIFY2(id > 0, qPrintable(mode));
            ++sessions;
            // The traffic the rules read is there: JSON-RPC answers with bodies.
            const QList<qint64> answered = exchangesWhere(path, id, [](const Exchange &e) {
                return e.status == 200 && e.responseBody.contains("\"result\"");
            });
            QVERIFY2(answered.size() >= (sse ? 1 : calls.size()), qPrintable(mode));
            const QList<Finding> findings = runRules(path);
            for (const Finding &f : findings)
                QVERIFY2(!ownKinds().contains(f.kind), qPrintable(mode + u": " + describe({f})));
        }
        QCOMPARE(sessions, 2);
    }

    // bom, escape and cut-json: each answer's body is at fault.
    void badServerBodies()
    {
        const QString path = storePath(QStringLiteral("bodies"));
        CaptureStore store;
        QVERIFY(store.open(path));
        const qint64 bom =
            record(store, badUrl(QStringLiteral("bom")), McpClient::Transport::StreamableHttp,
                   {{QStringLiteral("tools/list"), {}}});
        const qint64 escape =
            record(store, badUrl(QStringLiteral("escape")), McpClient::Transport::StreamableHttp,
                   {tool(QStringLiteral("echo"))});
        const qint64 cut =
            record(store, badUrl(QStringLiteral("cut-json")), McpClient::Transport::StreamableHttp,
                   {{QStringLiteral("tools/list"), {}}});
        QVERIFY(bom > 0 && escape > 0 && cut > 0);
        const QList<Finding> findings = runRules(path);

        // One finding for the endpoint, every answer with a BOM its evidence.
        const QList<Finding> boms = ofKind(findings, QStringLiteral("mcp.answer_bom"));
        QCOMPARE(boms.size(), 1);
        QCOMPARE(boms[0].sessionId, bom);
        QCOMPARE(boms[0].arguments.value(0), QStringLiteral("initialize"));
        const QList<qint64> withBom = exchangesWhere(
            path, bom, [](const Exchange &e) { return e.responseBody.startsWith("\xef\xbb\xbf"); });
        QCOMPARE(withBom.size(), 2); // initialize, tools/list
        QCOMPARE(sorted(boms[0].exchangeIds), withBom);

        const QList<Finding> controls = ofKind(findings, QStringLiteral("data.control_chars"));
        QCOMPARE(controls.size(), 1);
        QCOMPARE(controls[0].sessionId, escape);
        QCOMPARE(controls[0].exchangeIds, exchangesWhere(path, escape, [](const Exchange &e) {
                     return asks(e, "tools/call");
                 }));
        QCOMPARE(controls[0].arguments.value(1), QStringLiteral("U+001B"));
        QVERIFY2(controls[0].summary().contains(QStringLiteral("tools/call echo")),
                 qPrintable(controls[0].summary()));

        const QList<Finding> invalid = ofKind(findings, QStringLiteral("data.json_invalid"));
        QCOMPARE(invalid.size(), 1);
        QCOMPARE(invalid[0].sessionId, cut);
        const QList<qint64> listed =
            exchangesWhere(path, cut, [](const Exchange &e) { return asks(e, "tools/list"); });
        QCOMPARE(invalid[0].exchangeIds, listed);
        // The byte where the cut body ends.
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const Exchange cutAnswer = reader.exchange(listed.value(0)).value().value();
        QCOMPARE(invalid[0].arguments.value(2), QString::number(cutAnswer.responseBody.size()));
    }

    // 429 with Retry-After (bad_mcp_server: 1 s; rate_limited_mcp_server: 7 s),
    // and a second call sent before the first's Retry-After ran out.
    void rateLimitedWithRetryAfter()
    {
        const QString path = storePath(QStringLiteral("rate"));
        CaptureStore store;
        QVERIFY(store.open(path));
        const qint64 bad = record(store, badUrl(QStringLiteral("rate-limit")),
                                  McpClient::Transport::StreamableHttp,
                                  {tool(QStringLiteral("echo")), tool(QStringLiteral("echo"))});
        NodePeer limited;
        QProcessEnvironment env;
        env.insert(QStringLiteral("RATE_LIMIT"), QStringLiteral("0"));
        const QString why = limited.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/rate_limited_mcp_server.mjs"),
            {}, env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const qint64 sdk =
            record(store, QStringLiteral("http://127.0.0.1:%1/mcp").arg(limited.port()),
                   McpClient::Transport::StreamableHttp, {tool(QStringLiteral("echo"))});
        QVERIFY(bad > 0 && sdk > 0);
        const QList<Finding> findings = runRules(path);

        const QList<qint64> badCalls = exchangesWhere(
            path, bad, [](const Exchange &e) { return e.status == 429 && asks(e, "tools/call"); });
        QCOMPARE(badCalls.size(), 2);
        const QList<qint64> sdkCalls = exchangesWhere(
            path, sdk, [](const Exchange &e) { return e.status == 429 && asks(e, "tools/call"); });
        QCOMPARE(sdkCalls.size(), 1);

        QList<Finding> limitedFound =
            ofKind(findings, QStringLiteral("http.rate_limited.retry_after"));
        QCOMPARE(limitedFound.size(), 2);
        std::sort(limitedFound.begin(), limitedFound.end(),
                  [bad](const Finding &a, const Finding &b) {
                      return a.sessionId == bad && b.sessionId != bad;
                  });
        QCOMPARE(limitedFound[0].sessionId, bad);
        QCOMPARE(limitedFound[0].exchangeIds, badCalls);
        QCOMPARE(limitedFound[0].arguments,
                 (QStringList{QStringLiteral("tools/call echo"), QStringLiteral("1")}));
        QCOMPARE(limitedFound[1].sessionId, sdk);
        QCOMPARE(limitedFound[1].exchangeIds, sdkCalls);
        QCOMPARE(limitedFound[1].arguments.value(1), QStringLiteral("7"));

        const QList<Finding> ignored = ofKind(findings, QStringLiteral("http.retry_ignored"));
        QCOMPARE(ignored.size(), 1);
        QCOMPARE(ignored[0].sessionId, bad);
        QCOMPARE(ignored[0].exchangeIds, badCalls);
        QCOMPARE(ignored[0].arguments.value(2), QStringLiteral("1"));
        QVERIFY(ofKind(findings, QStringLiteral("http.rate_limited.no_retry_after")).isEmpty());
    }

    // 20,000 healthy answers to tools/call, JSON and SSE, each with its request
    // and answer messages, schema-validated: not one finding. (Their speed is
    // bench/diagnostics_bench's group_http_data_exchanges_per_s, printed there
    // and never asserted in a test.)
    void healthyAnswersRaiseNothing_data()
    {
        QTest::addColumn<bool>("sse");
        QTest::newRow("json") << false;
        QTest::newRow("sse") << true;
    }
    void healthyAnswersRaiseNothing()
    {
        QFETCH(bool, sse);
        const QByteArray result =
            "{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"content\":[{\"type\":\"text\",\"text\":"
            "\"Echo: the quick brown fox jumps over the lazy dog\"}]}}";
        const QByteArray request = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\","
                                   "\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":"
                                   "\"the quick brown fox jumps over the lazy dog\"}}}";
        Exchange e;
        e.method = "POST";
        e.url = QStringLiteral("http://127.0.0.1:3001/mcp");
        e.requestHeaders = {{"Content-Type", "application/json"},
                            {"Accept", "application/json, text/event-stream"}};
        e.requestBody = request;
        e.status = 200;
        e.responseHeaders = {{"Content-Type", sse ? "text/event-stream" : "application/json"},
                             {"Mcp-Session-Id", "8d1f0c3e"},
                             {"Date", "Mon, 30 Nov 2026 12:00:00 GMT"}};
        e.responseBody = sse ? "event: message\nid: 1\ndata: " + result + "\n\n" : result;
        e.ttfbMs = 3;
        e.totalMs = 4;
        MessageRecord out, in;
        out.outgoing = true;
        out.kind = QStringLiteral("request");
        out.rpcId = QStringLiteral("7");
        out.method = QStringLiteral("tools/call");
        out.payload = request;
        in.outgoing = false;
        in.kind = QStringLiteral("response");
        in.rpcId = QStringLiteral("7");
        in.payload = result;
        constexpr int kCount = 20000;
        RuleEngine engine(&httpDataRules);
        for (int i = 1; i <= kCount; ++i) {
            e.id = i;
            e.startedAtMs = 1'700'000'000'000 + i;
            out.id = 2 * i;
            in.id = 2 * i + 1;
            RuleInput input;
            input.exchange = &e;
            input.messages = {out, in};
            input.protocolVersion = QStringLiteral("2025-06-18");
            engine.input(1, input);
        }
        const QList<Finding> findings = engine.finish();
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    // Server bytes the rules must survive: a result nested a million levels
    // deep (JSON and SSE), a body that ends inside a multi-byte character, an
    // SSE event split over several data lines.
    void hostileBodiesAreSurvived()
    {
        const QByteArray deep =
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":" + QByteArray(1000000, '[') +
            QByteArray(1000000, ']') + "}}";
        QList<Exchange> exchanges;
        for (const QByteArray &type :
             {QByteArray("application/json"), QByteArray("text/event-stream")}) {
            Exchange e;
            e.id = exchanges.size() + 1;
            e.method = "POST";
            e.url = QStringLiteral("http://127.0.0.1:1/mcp");
            e.requestBody = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
                            "\"params\":{\"name\":\"x\"}}";
            e.status = 200;
            e.responseHeaders = {{"Content-Type", type}};
            e.responseBody = type == "application/json" ? deep : "data: " + deep + "\n\n";
            exchanges << e;
        }
        Exchange cut = exchanges[0];
        cut.id = 3;
        cut.responseBody = "{\"text\":\"caf\xc3";
        cut.responseTruncated = true;
        exchanges << cut;
        Exchange lines = exchanges[1];
        lines.id = 4;
        lines.requestBody = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}";
        lines.responseBody = "event: message\r\ndata: {\"jsonrpc\":\"2.0\",\r\ndata: \"id\":2,"
                             "\"result\":{}}\r\n\r\n";
        exchanges << lines;
        RuleEngine engine(&httpDataRules);
        for (const Exchange &e : std::as_const(exchanges)) {
            RuleInput in;
            in.exchange = &e;
            in.protocolVersion = QStringLiteral("2025-06-18");
            engine.input(1, in);
        }
        const QList<Finding> findings = engine.finish();
        // The deep results break CallToolResult but are too deep to explain;
        // the cut and the split bodies are fine.
        for (const Finding &f : findings)
            QVERIFY2(f.kind != u"data.invalid_utf8" && f.kind != u"data.json_invalid",
                     qPrintable(describe({f})));
    }

    // The HTTP fixture: bodies and statuses each kind is about.
    void fixtureBodies()
    {
        MisbehavingServer server;
        server.serve("/bare-429", 429, "application/json", "{\"error\":\"slow down\"}");
        server.serve("/down", 503, "text/plain", "Service Unavailable");
        server.serve("/json-html", 200, "application/json",
                     "<html><body><h1>Sign in</h1></body></html>");
        server.serve("/sse-json", 200, "text/event-stream", "{\"jsonrpc\":\"2.0\",\"id\":1}");
        server.serve("/latin1", 200, "application/json; charset=iso-8859-1",
                     "{\"city\":\"M\xfcnchen\"}");
        server.serve("/utf16", 200, "application/json", QByteArray("\xff\xfe{\0}\0", 6));
        server.serve("/ok", 200, "application/json; charset=utf-8", "{\"ok\":true}");
        const QStringList paths = {QStringLiteral("/bare-429"),  QStringLiteral("/down"),
                                   QStringLiteral("/down"),      QStringLiteral("/down"),
                                   QStringLiteral("/json-html"), QStringLiteral("/sse-json"),
                                   QStringLiteral("/latin1"),    QStringLiteral("/utf16"),
                                   QStringLiteral("/badutf8"),   QStringLiteral("/ok")};
        QList<HttpRequest> requests;
        for (const QString &p : paths) {
            HttpRequest r;
            r.url = QUrl(server.url(p));
            requests << r;
        }
        const QString path = storePath(QStringLiteral("fixture"));
        CaptureStore store;
        QVERIFY(store.open(path));
        QList<qint64> ids;
        const qint64 session = sendAll(store, requests, &ids);
        QVERIFY(session > 0);
        QCOMPARE(ids.size(), paths.size());
        const QList<Finding> findings = runRules(path);
        const auto only = [&](const char *kind) {
            const QList<Finding> found = ofKind(findings, QString::fromLatin1(kind));
            if (found.size() != 1)
                qWarning() << kind << describe(findings);
            return found.value(0);
        };
        QCOMPARE(only("http.rate_limited.no_retry_after").exchangeIds, (QList<qint64>{ids[0]}));
        const Finding burst = only("http.server_error_burst");
        QCOMPARE(burst.exchangeIds, (QList<qint64>{ids[1], ids[2], ids[3]}));
        QCOMPARE(burst.arguments.value(0), QStringLiteral("3"));
        QCOMPARE(burst.arguments.value(5), QStringLiteral("503"));
        QCOMPARE(only("data.content_type.json_mismatch").exchangeIds, (QList<qint64>{ids[4]}));
        QCOMPARE(only("data.content_type.sse_mismatch").exchangeIds, (QList<qint64>{ids[5]}));
        QCOMPARE(only("data.charset.declared").exchangeIds, (QList<qint64>{ids[6]}));
        QCOMPARE(only("data.charset.utf16").exchangeIds, (QList<qint64>{ids[7]}));
        const Finding utf8 = only("data.invalid_utf8");
        QCOMPARE(utf8.exchangeIds, (QList<qint64>{ids[8]}));
        // invalidUtf8Body(): "caf\xC3\xA9 " then the stray 0xFF at offset 6.
        QCOMPARE(utf8.arguments.value(1), QStringLiteral("6"));
        QCOMPARE(utf8.arguments.value(2), QStringLiteral("0xff"));
        for (const Finding &f : findings)
            QVERIFY2(!f.exchangeIds.contains(ids[9]), qPrintable(describe({f})));
    }

    // Results that break the MCP schema of the negotiated version (with the
    // JSON pointer), of an unknown version (the newest schema, said so), and a
    // tool's structuredContent that breaks its own outputSchema.
    void schemaViolations()
    {
        const QString path = storePath(QStringLiteral("schema"));
        CaptureStore store;
        QVERIFY(store.open(path));
        const qint64 badResult =
            record(store, badUrl(QStringLiteral("bad-result")),
                   McpClient::Transport::StreamableHttp, {tool(QStringLiteral("echo"))});
        const qint64 forecast =
            record(store, badUrl(QStringLiteral("schema")), McpClient::Transport::StreamableHttp,
                   {{QStringLiteral("tools/list"), {}},
                    tool(QStringLiteral("forecast"),
                         {{QStringLiteral("location"),
                           QJsonObject{{QStringLiteral("city"), QStringLiteral("Oslo")}}}})});
        QVERIFY(badResult > 0 && forecast > 0);

        // A server of a revision McpScope has no schema for (plain requests,
        // no recorded messages: the rules read the bodies).
        MisbehavingServer future;
        future.serve(
            "/init", 200, "application/json",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2099-01-01\","
            "\"capabilities\":{},\"serverInfo\":{\"name\":\"future\",\"version\":\"1\"}}}");
        future.serve("/call", 200, "application/json",
                     "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"content\":7}}");
        HttpRequest init, call;
        init.method = call.method = "POST";
        init.headers = call.headers = {{"Content-Type", "application/json"}};
        init.url = QUrl(future.url(QStringLiteral("/init")));
        init.body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                    "\"protocolVersion\":\"2099-01-01\",\"capabilities\":{},\"clientInfo\":{"
                    "\"name\":\"t\",\"version\":\"1\"}}}";
        call.url = QUrl(future.url(QStringLiteral("/call")));
        call.body = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{"
                    "\"name\":\"echo\"}}";
        QList<qint64> futureIds;
        const qint64 futureSession = sendAll(store, {init, call}, &futureIds);
        QVERIFY(futureSession > 0);

        const QList<Finding> findings = runRules(path);
        const QList<Finding> violations = ofKind(findings, QStringLiteral("data.schema_violation"));
        QVERIFY2(violations.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(violations[0].sessionId, badResult);
        QCOMPARE(violations[0].exchangeIds, exchangesWhere(path, badResult, [](const Exchange &e) {
                     return asks(e, "tools/call");
                 }));
        QCOMPARE(violations[0].messageIds.size(), 1);
        QCOMPARE(violations[0].arguments.value(0), QStringLiteral("tools/call"));
        QCOMPARE(violations[0].arguments.value(1), QStringLiteral("CallToolResult"));
        QVERIFY2(
            violations[0].arguments.value(3).contains(QStringLiteral("#/result/content (type)")),
            qPrintable(violations[0].arguments.value(3)));
        QVERIFY2(
            violations[0].arguments.value(3).contains(QStringLiteral("#/result/isError (type)")),
            qPrintable(violations[0].arguments.value(3)));

        const QList<Finding> unknown =
            ofKind(findings, QStringLiteral("data.schema_violation.unknown_version"));
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown[0].sessionId, futureSession);
        QCOMPARE(unknown[0].exchangeIds, (QList<qint64>{futureIds[1]}));
        QCOMPARE(unknown[0].arguments.value(2), QStringLiteral("2026-07-28"));
        QCOMPARE(unknown[0].arguments.value(4), QStringLiteral("2099-01-01"));
        QVERIFY(unknown[0].arguments.value(3).contains(QStringLiteral("#/result/content")));

        const QList<Finding> output =
            ofKind(findings, QStringLiteral("data.output_schema_violation"));
        QCOMPARE(output.size(), 1);
        QCOMPARE(output[0].sessionId, forecast);
        QCOMPARE(output[0].exchangeIds, exchangesWhere(path, forecast, [](const Exchange &e) {
                     return asks(e, "tools/call");
                 }));
        QCOMPARE(output[0].arguments.value(0), QStringLiteral("forecast"));
        QVERIFY2(output[0].arguments.value(1).startsWith(QStringLiteral("#/temperature (type)")),
                 qPrintable(output[0].arguments.value(1)));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsHttpData)
#include "tst_diagnostics_http_data.moc"
