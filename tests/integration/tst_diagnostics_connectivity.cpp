// The connectivity, TLS, clock-skew and transport rules
// (diagnostics/rules_connectivity.cpp) over real traffic: TLS servers made
// with openssl here (expired, not yet valid, expiring, wrong host,
// self-signed, without the intermediate, under an unknown root, a skewed
// clock, TLS 1.1 only), a refused port, an unresolvable name,
// server-everything on /mcp and /sse reached with the wrong transport, the
// resumable SDK server losing a session and bad_mcp_server's broken streams.
// Each drives real requests into a real CaptureStore, then runs the rules over
// what the store holds and checks the finding and its evidence exchanges;
// healthy traffic raises none of these kinds.
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "diagnostics/diagnostic_rule.h"
#include "diagnostics/diagnostics_runner.h"
#include "misbehaving_server.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "recorded_store.h"
#include "session/mcp_session.h"
#include "tls_fixtures.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

const QStringList kOurKinds = {
    QStringLiteral("net.dns"),
    QStringLiteral("net.refused"),
    QStringLiteral("net.clock_skew"),
    QStringLiteral("tls.cert.expired"),
    QStringLiteral("tls.cert.not_yet_valid"),
    QStringLiteral("tls.cert.expiring"),
    QStringLiteral("tls.cert.hostname"),
    QStringLiteral("tls.cert.self_signed"),
    QStringLiteral("tls.chain.incomplete"),
    QStringLiteral("tls.chain.untrusted_root"),
    QStringLiteral("tls.protocol.weak"),
    QStringLiteral("tls.protocol.unsupported"),
    QStringLiteral("transport.wrong_endpoint.sse"),
    QStringLiteral("transport.wrong_endpoint.streamable"),
    QStringLiteral("transport.not_mcp"),
    QStringLiteral("transport.get_stream_refused"),
    QStringLiteral("transport.session_lost"),
    QStringLiteral("transport.sse_no_event_ids"),
};

QString describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.kind + u' ' + f.summary();
    return out.join(u'\n');
}

} // namespace

class TestDiagnosticsConnectivity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything, m_everythingSse;
    std::unique_ptr<TlsFixtures> m_tls;
    TlsLeaf m_valid;

    // The rules over one capture session as the store holds it (redacted,
    // read back): runDiagnostics stores their findings, read here with the
    // session's exchanges.
    QList<Finding> rulesOver(qint64 sessionId, QList<Exchange> *stored = nullptr)
    {
        m_store.flush();
        DiagnosticsOptions options;
        options.sessionIds = {sessionId};
        const Result<DiagnosticsRun> run = runDiagnostics(m_store.path(), options);
        if (!run) {
            qWarning() << run.error().message;
            return {};
        }
        FindingsStore findings;
        if (!findings.open(m_store.path()))
            return {};
        const auto all = findings.findings(sessionId);
        if (!all)
            return {};
        if (stored) {
            CaptureReader reader;
            if (!reader.open(m_store.path()))
                return {};
            CaptureFilter filter;
            filter.sessionId = sessionId;
            const auto ids = reader.exchangeIds(filter, 0, 100000);
            if (ids)
                if (const auto exchanges = reader.exchanges(*ids))
                    *stored = *exchanges;
        }
        QList<Finding> ours;
        for (const Finding &f : *all)
            if (f.source == u"rules" && kOurKinds.contains(f.kind))
                ours.append(f);
        return ours;
    }

    static const Finding *find(const QList<Finding> &findings, const QString &kind)
    {
        for (const Finding &f : findings)
            if (f.kind == kind)
                return &f;
        return nullptr;
    }

    // One plain request in a capture session of its own.
    Exchange request(const QString &url, qint64 *sessionId, const QByteArray &method = "GET",
                     const HeaderList &headers = {}, const QByteArray &body = {})
    {
        *sessionId =
            m_store.createSession(QStringLiteral("diagnostics"), url, QStringLiteral("http"),
                                  QDateTime::currentMSecsSinceEpoch());
        HttpClient client(&m_store);
        client.setSessionId(*sessionId);
        HttpRequest r;
        r.method = method;
        r.url = QUrl(url);
        r.headers = headers;
        r.body = body;
        r.idleTimeoutMs = 20000;
        HttpCall *call = client.send(r);
        QSignalSpy finished(call, &HttpCall::finished);
        if (!call->isFinished() && !finished.wait(30000))
            qWarning() << "no answer from" << url;
        return call->exchange();
    }

    // A GET over TLS to a fixture server serving leaf; the rules' findings.
    QList<Finding> tlsRequest(const TlsLeaf &leaf, bool withChain, Exchange *e,
                              const QProcessEnvironment &extra = {},
                              QList<Exchange> *stored = nullptr)
    {
        NodePeer server;
        const QString why =
            server.start(tlsFixtureServerScript(), {}, tlsServerEnv(leaf, withChain, extra));
        if (!why.isEmpty()) {
            qWarning() << why;
            return {};
        }
        qint64 session = 0;
        *e = request(QStringLiteral("https://127.0.0.1:%1/mcp").arg(server.port()), &session);
        return rulesOver(session, stored);
    }

    // An MCP session at url over transport that is expected to go wrong; the
    // capture session's id once it has failed or closed.
    qint64 mcpSession(const QString &url, McpClient::Transport transport,
                      const std::function<void(McpSession &)> &use = {})
    {
        McpSession session(&m_store);
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::Http;
        options.target = url;
        options.transport = transport;
        // The rules under test read legacy-era traffic exchange by exchange;
        // era Auto's server/discover probe would come first (issue 16).
        options.era = ProtocolEra::Legacy;
        options.requestTimeoutMs = 15000;
        QSignalSpy connected(session.client(), &McpClient::connected);
        QSignalSpy failed(session.client(), &McpClient::failed);
        if (!session.open(options))
            return 0;
        QElapsedTimer clock;
        clock.start();
        while (connected.isEmpty() && failed.isEmpty() && clock.elapsed() < 30000)
            QTest::qWait(20);
        if (!connected.isEmpty() && use)
            use(session);
        const qint64 id = session.captureSessionId();
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        if (closed.isEmpty())
            closed.wait(15000);
        return id;
    }

    static qint64 exchangeWhere(const QList<Exchange> &stored,
                                const std::function<bool(const Exchange &)> &pick)
    {
        for (const Exchange &e : stored)
            if (pick(e))
                return e.id;
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("diagnostics.sqlite"))));
        QDir(m_dir.path()).mkpath(QStringLiteral("pki"));
        m_tls = std::make_unique<TlsFixtures>(m_dir.filePath(QStringLiteral("pki")));
        QVERIFY2(m_tls->makeAuthorities(), qPrintable(m_tls->error()));
        QVERIFY(m_tls->trustRootCa());
        m_valid = m_tls->leaf(QStringLiteral("valid"), {QStringLiteral("IP:127.0.0.1")}, -30, 90);
        QVERIFY2(m_valid.isValid(), qPrintable(m_tls->error()));
        const QString everything =
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
        QString why = m_everything.start(everything, {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_everythingSse.start(everything, {QStringLiteral("sse")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void expiredCertificate()
    {
        const TlsLeaf leaf =
            m_tls->leaf(QStringLiteral("expired"), {QStringLiteral("IP:127.0.0.1")}, -60, -30);
        QVERIFY2(leaf.isValid(), qPrintable(m_tls->error()));
        Exchange e;
        const QList<Finding> found = tlsRequest(leaf, true, &e);
        QCOMPARE(e.errorCode, ErrorCode::NetTls);
        QVERIFY2(e.tlsErrors.contains(QStringLiteral("expired")),
                 qPrintable(e.tlsErrors.join(u',')));
        const Finding *f = find(found, QStringLiteral("tls.cert.expired"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{e.id}));
        QCOMPARE(f->arguments.value(0), QStringLiteral("127.0.0.1"));
        QCOMPARE(f->arguments.value(1), QStringLiteral("expired"));
        QVERIFY(!find(found, QStringLiteral("tls.chain.incomplete")));
    }

    void notYetValidCertificate()
    {
        const TlsLeaf leaf =
            m_tls->leaf(QStringLiteral("future"), {QStringLiteral("IP:127.0.0.1")}, 10, 100);
        QVERIFY2(leaf.isValid(), qPrintable(m_tls->error()));
        Exchange e;
        const QList<Finding> found = tlsRequest(leaf, true, &e);
        QCOMPARE(e.errorCode, ErrorCode::NetTls);
        const Finding *f = find(found, QStringLiteral("tls.cert.not_yet_valid"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{e.id}));
        QVERIFY(!find(found, QStringLiteral("tls.cert.expired")));
    }

    void expiringCertificate()
    {
        const TlsLeaf leaf =
            m_tls->leaf(QStringLiteral("expiring"), {QStringLiteral("IP:127.0.0.1")}, -80, 7);
        QVERIFY2(leaf.isValid(), qPrintable(m_tls->error()));
        Exchange e;
        const QList<Finding> found = tlsRequest(leaf, true, &e);
        QVERIFY2(!e.failed(), qPrintable(e.errorMessage)); // trusted, still valid
        QCOMPARE(e.status, 200);
        const Finding *f = find(found, QStringLiteral("tls.cert.expiring"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{e.id}));
        QCOMPARE(f->arguments.value(3), QStringLiteral("7"));
        QCOMPARE(found.size(), 1);
    }

    void wrongHostCertificate()
    {
        const TlsLeaf leaf = m_tls->leaf(QStringLiteral("wrong.example"),
                                         {QStringLiteral("DNS:wrong.example")}, -1, 90);
        QVERIFY2(leaf.isValid(), qPrintable(m_tls->error()));
        Exchange e;
        QList<Exchange> stored;
        const QList<Finding> found = tlsRequest(leaf, true, &e, {}, &stored);
        QCOMPARE(e.errorCode, ErrorCode::NetTls);
        // The store keeps what the handshake reported.
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().tlsErrors, e.tlsErrors);
        QVERIFY(stored.first().tlsErrors.contains(QStringLiteral("hostname")));
        const Finding *f = find(found, QStringLiteral("tls.cert.hostname"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{e.id}));
        QCOMPARE(f->arguments.value(1), QStringLiteral("wrong.example"));
        QVERIFY(!find(found, QStringLiteral("tls.chain.incomplete")));
    }

    void selfSignedCertificate()
    {
        const TlsLeaf leaf =
            m_tls->selfSigned(QStringLiteral("selfsigned"), {QStringLiteral("IP:127.0.0.1")});
        QVERIFY2(leaf.isValid(), qPrintable(m_tls->error()));
        Exchange e;
        const QList<Finding> found = tlsRequest(leaf, false, &e);
        QCOMPARE(e.errorCode, ErrorCode::NetTls);
        const Finding *f = find(found, QStringLiteral("tls.cert.self_signed"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{e.id}));
        QVERIFY(!find(found, QStringLiteral("tls.chain.incomplete")));
    }

    // The valid leaf served alone: UNABLE_TO_GET_ISSUER_CERT_LOCALLY.
    void incompleteChain()
    {
        Exchange e;
        const QList<Finding> found = tlsRequest(m_valid, false, &e);
        QCOMPARE(e.errorCode, ErrorCode::NetTls);
        QCOMPARE(e.tlsChain.size(), 1);
        const Finding *f = find(found, QStringLiteral("tls.chain.incomplete"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{e.id}));
        QCOMPARE(f->arguments.value(2), TlsFixtures::intermediateName());
        QVERIFY(!find(found, QStringLiteral("tls.chain.untrusted_root")));
    }

    // A whole chain under a root this machine does not trust.
    void untrustedRoot()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("other"));
        TlsFixtures other(m_dir.filePath(QStringLiteral("other")));
        QVERIFY2(other.makeAuthorities(), qPrintable(other.error()));
        const TlsLeaf leaf =
            other.leaf(QStringLiteral("private"), {QStringLiteral("IP:127.0.0.1")}, -1, 90);
        QVERIFY2(leaf.isValid(), qPrintable(other.error()));
        Exchange e;
        const QList<Finding> found = tlsRequest(leaf, true, &e);
        QCOMPARE(e.errorCode, ErrorCode::NetTls);
        QCOMPARE(e.tlsChain.size(), 2);
        const Finding *f = find(found, QStringLiteral("tls.chain.untrusted_root"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{e.id}));
        QCOMPARE(f->arguments.value(2), TlsFixtures::rootName());
        QVERIFY(!find(found, QStringLiteral("tls.chain.incomplete")));
    }

    // A server that offers TLS 1.1 at most: this client refuses it.
    void weakProtocolServer()
    {
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("MAX_VERSION"), QStringLiteral("TLSv1.1"));
        Exchange e;
        const QList<Finding> found = tlsRequest(m_valid, true, &e, extra);
        QCOMPARE(e.errorCode, ErrorCode::NetTls);
        const Finding *f = find(found, QStringLiteral("tls.protocol.unsupported"));
        QVERIFY2(f, qPrintable(describe(found) + u'\n' + e.errorMessage));
        QCOMPARE(f->exchangeIds, (QList<qint64>{e.id}));
    }

    void skewedServerClock()
    {
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("DATE_OFFSET_S"), QStringLiteral("-600"));
        Exchange e;
        const QList<Finding> found = tlsRequest(m_valid, true, &e, extra);
        QVERIFY2(!e.failed(), qPrintable(e.errorMessage));
        const Finding *f = find(found, QStringLiteral("net.clock_skew"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{e.id}));
        const int seconds = f->arguments.value(2).toInt();
        QVERIFY2(seconds <= -595 && seconds >= -605, qPrintable(f->arguments.value(2)));
    }

    void refusedPort()
    {
        qint64 session = 0;
        const Exchange e =
            request(QStringLiteral("http://127.0.0.1:%1/mcp").arg(freePort()), &session, "POST");
        QCOMPARE(e.errorCode, ErrorCode::NetConnect);
        const QList<Finding> found = rulesOver(session);
        const Finding *f = find(found, QStringLiteral("net.refused"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{e.id}));
        QCOMPARE(f->arguments.value(0), QStringLiteral("127.0.0.1"));
    }

    void unresolvableName()
    {
        qint64 session = 0;
        const Exchange e = request(QStringLiteral("http://mcp.no-such-host.invalid/mcp"), &session);
        QCOMPARE(e.errorCode, ErrorCode::NetDns);
        const QList<Finding> found = rulesOver(session);
        const Finding *f = find(found, QStringLiteral("net.dns"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{e.id}));
        QCOMPARE(f->arguments.value(0), QStringLiteral("mcp.no-such-host.invalid"));
    }

    // Streamable HTTP pointed at server-everything's HTTP+SSE endpoint.
    void streamableAtSse()
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1/sse").arg(m_everythingSse.port());
        const qint64 session = mcpSession(url, McpClient::Transport::StreamableHttp);
        QVERIFY(session != 0);
        QList<Exchange> stored;
        const QList<Finding> found = rulesOver(session, &stored);
        const qint64 post = exchangeWhere(stored, [](const Exchange &e) {
            return e.method == "POST" && e.requestBody.contains("initialize");
        });
        QVERIFY(post != 0);
        const Finding *f = find(found, QStringLiteral("transport.wrong_endpoint.sse"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{post}));
        QVERIFY(!find(found, QStringLiteral("transport.not_mcp")));
    }

    // The HTTP+SSE transport pointed at server-everything's Streamable HTTP
    // endpoint.
    void sseAtMcp()
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        const qint64 session = mcpSession(url, McpClient::Transport::Sse);
        QVERIFY(session != 0);
        QList<Exchange> stored;
        const QList<Finding> found = rulesOver(session, &stored);
        const qint64 get =
            exchangeWhere(stored, [](const Exchange &e) { return e.method == "GET"; });
        QVERIFY(get != 0);
        const Finding *f = find(found, QStringLiteral("transport.wrong_endpoint.streamable"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{get}));
    }

    // /mcp answered 404 while the same server's /sse works: both sessions in
    // one capture session, as a client that tries one then the other.
    void mcpMissingWithSseWorking()
    {
        const qint64 session =
            m_store.createSession(QStringLiteral("two tries"), QStringLiteral("everything"),
                                  QStringLiteral("http"), QDateTime::currentMSecsSinceEpoch());
        HttpClient client(&m_store);
        client.setSessionId(session);
        const auto run = [&client](HttpRequest r) {
            r.idleTimeoutMs = 20000;
            HttpCall *call = client.send(r);
            QSignalSpy finished(call, &HttpCall::finished);
            if (r.method == "GET") { // an event stream: its endpoint event is enough
                QElapsedTimer clock;
                clock.start();
                while (!call->exchange().responseBody.contains("endpoint") && !call->isFinished() &&
                       clock.elapsed() < 20000)
                    QTest::qWait(20);
                call->abort();
            }
            if (!call->isFinished())
                finished.wait(20000);
            return call->exchange();
        };
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_everythingSse.port());
        HttpRequest post;
        post.method = "POST";
        post.url = QUrl(base + QStringLiteral("/mcp"));
        post.headers = {{"Content-Type", "application/json"},
                        {"Accept", "application/json, text/event-stream"}};
        post.body = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
                    "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{"
                    "\"name\":\"t\",\"version\":\"1\"}}}";
        const Exchange missing = run(post);
        QCOMPARE(missing.status, 404);
        HttpRequest get;
        get.url = QUrl(base + QStringLiteral("/sse"));
        get.headers = {{"Accept", "text/event-stream"}};
        const Exchange stream = run(get);
        QCOMPARE(stream.status, 200);
        const QList<Finding> found = rulesOver(session);
        const Finding *f = find(found, QStringLiteral("transport.wrong_endpoint.sse"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{missing.id, stream.id}));
        QCOMPARE(f->arguments.value(2), base + QStringLiteral("/sse"));
    }

    // initialize answered by a web page.
    void notAnMcpServer()
    {
        MisbehavingServer server;
        server.serve("/page", 200, "text/html", "<html><body>Welcome</body></html>");
        const qint64 session =
            mcpSession(server.url(QStringLiteral("/page")), McpClient::Transport::StreamableHttp);
        QVERIFY(session != 0);
        QList<Exchange> stored;
        const QList<Finding> found = rulesOver(session, &stored);
        const qint64 post =
            exchangeWhere(stored, [](const Exchange &e) { return e.method == "POST"; });
        const Finding *f = find(found, QStringLiteral("transport.not_mcp"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{post}));
        QVERIFY(f->arguments.value(2).contains(QStringLiteral("text/html")));
    }

    void getStreamRefused()
    {
        NodePeer bad;
        const QString why = bad.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString url = QStringLiteral("http://127.0.0.1:%1/get-404/mcp").arg(bad.port());
        QList<Exchange> stored;
        const qint64 session =
            mcpSession(url, McpClient::Transport::StreamableHttp, [this](McpSession &s) {
                // The listening GET goes out after initialize; wait for its answer.
                QTRY_VERIFY_WITH_TIMEOUT(
                    [&] {
                        m_store.flush();
                        CaptureReader reader;
                        if (!reader.open(m_store.path()))
                            return false;
                        CaptureFilter filter;
                        filter.sessionId = s.captureSessionId();
                        filter.method = QStringLiteral("GET");
                        const auto ids = reader.exchangeIds(filter, 0, 10);
                        if (!ids || ids->isEmpty())
                            return false;
                        const auto e = reader.exchange(ids->first());
                        return e && e->has_value() && (*e)->status == 404;
                    }(),
                    20000);
            });
        QVERIFY(session != 0);
        const QList<Finding> found = rulesOver(session, &stored);
        const qint64 get =
            exchangeWhere(stored, [](const Exchange &e) { return e.method == "GET"; });
        const Finding *f = find(found, QStringLiteral("transport.get_stream_refused"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{get}));
        QVERIFY(!find(found, QStringLiteral("transport.session_lost")));
    }

    // The resumable SDK server forgets the session (DELETE from elsewhere);
    // the next request with its id is answered 404 "Session not found".
    void sessionLost()
    {
        NodePeer resumable;
        const QString why = resumable.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/resumable_mcp_server.mjs"),
            {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(resumable.port());
        qint64 established = 0, lost = 0;
        const qint64 session =
            mcpSession(url, McpClient::Transport::StreamableHttp, [&](McpSession &s) {
                m_store.flush();
                QByteArray id;
                {
                    CaptureReader reader;
                    QVERIFY(reader.open(m_store.path()));
                    CaptureFilter filter;
                    filter.sessionId = s.captureSessionId();
                    const auto ids = reader.exchangeIds(filter, 0, 100);
                    QVERIFY(ids);
                    const auto exchanges = reader.exchanges(*ids);
                    QVERIFY(exchanges);
                    for (const Exchange &e : *exchanges)
                        if (id.isEmpty())
                            id = e.responseHeader("mcp-session-id");
                }
                QVERIFY(!id.isEmpty());
                // Someone else ends the session (a restart, another instance).
                HttpClient other;
                HttpRequest del;
                del.method = "DELETE";
                del.url = QUrl(url);
                del.headers = {{"Mcp-Session-Id", id}, {"MCP-Protocol-Version", "2025-06-18"}};
                HttpCall *call = other.send(del);
                QSignalSpy done(call, &HttpCall::finished);
                QVERIFY(call->isFinished() || done.wait(10000));
                McpRequest *list = s.client()->request(QStringLiteral("tools/list"), {});
                QSignalSpy finished(list, &McpRequest::finished);
                QVERIFY(list->isFinished() || finished.wait(15000));
                list->deleteLater();
            });
        QVERIFY(session != 0);
        QList<Exchange> stored;
        const QList<Finding> found = rulesOver(session, &stored);
        established = exchangeWhere(stored, [](const Exchange &e) {
            return !e.responseHeader("mcp-session-id").isEmpty();
        });
        lost = exchangeWhere(
            stored, [](const Exchange &e) { return e.method == "POST" && e.status == 404; });
        QVERIFY(established != 0 && lost != 0);
        const Finding *f = find(found, QStringLiteral("transport.session_lost"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{established, lost}));
        QCOMPARE(f->arguments.value(2), QStringLiteral("tools/list"));
    }

    void sseDropWithoutIds()
    {
        NodePeer bad;
        const QString why = bad.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString url = QStringLiteral("http://127.0.0.1:%1/sse-no-id/mcp").arg(bad.port());
        const qint64 session =
            mcpSession(url, McpClient::Transport::StreamableHttp, [](McpSession &s) {
                McpRequest *call = s.client()->request(
                    QStringLiteral("tools/call"),
                    {{QStringLiteral("name"), QStringLiteral("echo")},
                     {QStringLiteral("arguments"),
                      QJsonObject{{QStringLiteral("message"), QStringLiteral("hi")}}}});
                QSignalSpy finished(call, &McpRequest::finished);
                QVERIFY(call->isFinished() || finished.wait(15000));
                call->deleteLater();
            });
        QVERIFY(session != 0);
        QList<Exchange> stored;
        const QList<Finding> found = rulesOver(session, &stored);
        const qint64 post = exchangeWhere(stored, [](const Exchange &e) {
            return e.method == "POST" && e.requestBody.contains("tools/call");
        });
        const Finding *f = find(found, QStringLiteral("transport.sse_no_event_ids"));
        QVERIFY2(f, qPrintable(describe(found)));
        QCOMPARE(f->exchangeIds, (QList<qint64>{post}));
        QCOMPARE(f->arguments.value(0), QStringLiteral("tools/call"));
    }

    // server-everything over both transports and a valid certificate: none
    // of these kinds.
    void healthyTrafficIsQuiet()
    {
        const qint64 streamable = recordEverythingSession(
            m_store, nullptr, QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()),
            {QStringLiteral("one"), QStringLiteral("two")});
        QVERIFY(streamable != 0);
        QList<Finding> found = rulesOver(streamable);
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));

        const qint64 sse =
            mcpSession(QStringLiteral("http://127.0.0.1:%1/sse").arg(m_everythingSse.port()),
                       McpClient::Transport::Sse, [](McpSession &s) {
                           McpRequest *list = s.client()->request(QStringLiteral("tools/list"), {});
                           QSignalSpy finished(list, &McpRequest::finished);
                           QVERIFY(list->isFinished() || finished.wait(15000));
                           list->deleteLater();
                       });
        QVERIFY(sse != 0);
        found = rulesOver(sse);
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));

        // Auto: Streamable HTTP first, then the spec's fallback to HTTP+SSE.
        const qint64 fallback =
            mcpSession(QStringLiteral("http://127.0.0.1:%1/sse").arg(m_everythingSse.port()),
                       McpClient::Transport::Auto);
        QVERIFY(fallback != 0);
        found = rulesOver(fallback);
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));

        Exchange e;
        QList<Exchange> stored;
        found = tlsRequest(m_valid, true, &e, {}, &stored);
        QVERIFY2(!e.failed(), qPrintable(e.errorMessage));
        QCOMPARE(e.tlsProtocol, QStringLiteral("TLSv1.3"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().tlsProtocol, QStringLiteral("TLSv1.3"));
        QVERIFY(stored.first().tlsErrors.isEmpty());
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsConnectivity)
#include "tst_diagnostics_connectivity.moc"
