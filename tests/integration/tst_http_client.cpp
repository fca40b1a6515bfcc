#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "common/findings.h"
#include "error_code_testing.h"
#include "misbehaving_server.h"
#include "net/body_decoding.h"
#include "net/http_client.h"
#include "node_peer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The HTTP tap against a real MCP server (server-everything) and against a
// server that misbehaves on purpose. Every exchange must land in the store,
// failures included, with an error that says what happened.
class TestHttpClient : public QObject
{
    Q_OBJECT

    Exchange run(HttpClient &client, HttpRequest request)
    {
        HttpCall *call = client.send(request);
        QSignalSpy finished(call, &HttpCall::finished);
        if (!finished.wait(60000))
            qWarning("request did not finish");
        return call->exchange();
    }
    HttpRequest mcpPost(const QByteArray &body)
    {
        HttpRequest r;
        r.method = "POST";
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()));
        r.headers = {{"Content-Type", "application/json"},
                     {"Accept", "application/json, text/event-stream"}};
        r.body = body;
        return r;
    }
    HttpRequest get(const QString &url, int timeoutMs = 30000)
    {
        HttpRequest r;
        r.url = QUrl(url);
        r.idleTimeoutMs = timeoutMs;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("http.sqlite"))));
        const QString why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void realMcpServerInitialize()
    {
        HttpClient client(&m_store);
        const HttpRequest r = mcpPost(
            R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",)"
            R"("capabilities":{},"clientInfo":{"name":"mcpscope-test","version":"1"}}})");
        QSignalSpy started(&client, &HttpClient::exchangeStarted);
        const Exchange e = run(client, r);
        QCOMPARE(started.size(), 1);
        QVERIFY2(!e.failed(), qPrintable(e.errorMessage));
        QCOMPARE(e.status, 200);
        QCOMPARE(e.httpVersion, QStringLiteral("HTTP/1.1"));
        QVERIFY(!e.responseHeader("mcp-session-id").isEmpty());
        QVERIFY(e.responseBody.contains("\"serverInfo\""));
        QVERIFY(e.ttfbMs >= 0 && e.ttfbMs <= e.totalMs);
        QCOMPARE(e.state, Exchange::State::Complete);
        m_store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(m_store.path()));
        const auto stored = reader.exchange(e.id);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->status, 200);
        QCOMPARE((*stored)->responseBody, e.responseBody);
        QCOMPARE((*stored)->requestBody, r.body);
        QCOMPARE((*stored)->state, Exchange::State::Complete);
    }

    void realMcpServerRejectsBadRequest()
    {
        HttpClient client(&m_store);
        const Exchange e = run(client, mcpPost("{not json"));
        QVERIFY(!e.failed()); // an HTTP error status is an answer, not a network failure
        QVERIFY2(e.status >= 400 && e.status < 500, qPrintable(QString::number(e.status)));
    }

    void streamedBodyArrivesInChunks()
    {
        MisbehavingServer server;
        HttpClient client(&m_store);
        HttpCall *call = client.send(get(server.url(QStringLiteral("/sse"))));
        QSignalSpy chunks(call, &HttpCall::bodyChunk);
        QSignalSpy started(call, &HttpCall::responseStarted);
        QSignalSpy finished(call, &HttpCall::finished);
        QVERIFY(started.wait(5000));
        QCOMPARE(call->exchange().state, Exchange::State::Streaming);
        QVERIFY(finished.wait(5000));
        QVERIFY2(chunks.size() >= 2, "events should arrive as separate chunks");
        const Exchange e = call->exchange();
        QCOMPARE(e.responseBody.count("event: message"), 3);
        QVERIFY2(!e.failed(), qPrintable(e.errorMessage));
    }

    void unreachableHost()
    {
        HttpClient client(&m_store);
        const Exchange e = run(client, get(QStringLiteral("http://127.0.0.1:%1/").arg(freePort())));
        QCOMPARE(e.errorCode, ErrorCode::NetConnect);
        QVERIFY(e.errorMessage.contains(QStringLiteral("refused")));
        QCOMPARE(e.state, Exchange::State::Failed);
    }

    void dnsFailure()
    {
        HttpClient client(&m_store);
        const Exchange e = run(client, get(QStringLiteral("http://no-such-host.invalid/mcp")));
        QCOMPARE(e.errorCode, ErrorCode::NetDns);
        QVERIFY(e.errorMessage.contains(QStringLiteral("no-such-host.invalid")));
    }

    void selfSignedCertificate()
    {
        MisbehavingServer server(true);
        QVERIFY2(server.certificateError().isEmpty(), qPrintable(server.certificateError()));
        HttpClient client(&m_store);
        const Exchange e = run(client, get(server.url(QStringLiteral("/ok"))));
        QCOMPARE(e.errorCode, ErrorCode::NetTls);
        QVERIFY2(e.errorMessage.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(e.errorMessage));
        QVERIFY(e.errorMessage.contains(QStringLiteral("TLS exception")));
        // Explained as the registered finding tls.untrusted, not as a host
        // name mismatch (which a self-signed certificate for 127.0.0.1 has too).
        QVERIFY2(e.errorMessage.contains(makeFinding("tls.untrusted").cause()),
                 qPrintable(e.errorMessage));
        QVERIFY(!e.tlsChain.isEmpty());
        QVERIFY(e.tlsChain.first().subject.contains(QStringLiteral("mcpscope-selfsigned-test")));
        QVERIFY(!e.tlsChain.first().notAfter.isEmpty());

        // An explicit per-host exception lets it through, and says so.
        client.setTlsExceptionForHost(QStringLiteral("127.0.0.1"), true);
        const Exchange allowed = run(client, get(server.url(QStringLiteral("/ok"))));
        QVERIFY2(!allowed.failed(), qPrintable(allowed.errorMessage));
        QCOMPARE(allowed.status, 200);
        QVERIFY(allowed.errorMessage.contains(QStringLiteral("ignored")));
    }

    void hugeBodyIsCappedNotLost()
    {
        MisbehavingServer server;
        HttpClient client(&m_store);
        const Exchange e = run(client, get(server.url(QStringLiteral("/big?mb=50"))));
        QVERIFY2(!e.failed(), qPrintable(e.errorMessage));
        QCOMPARE(e.responseBodySize, qint64(50) * 1024 * 1024);
        QCOMPARE(e.responseBody.size(), HttpClient::kDefaultBodyCap);
        QVERIFY(e.responseTruncated);
        QVERIFY(e.errorMessage.contains(QStringLiteral("only the first")));
    }

    void invalidUtf8Kept()
    {
        MisbehavingServer server;
        HttpClient client(&m_store);
        const Exchange e = run(client, get(server.url(QStringLiteral("/badutf8"))));
        QVERIFY(!e.failed());
        QCOMPARE(e.responseBody, invalidUtf8Body());
        QVERIFY(firstInvalidUtf8(e.responseBody).has_value());
    }

    void closedMidBody()
    {
        MisbehavingServer server;
        HttpClient client(&m_store);
        const Exchange e = run(client, get(server.url(QStringLiteral("/cut"))));
        QCOMPARE(e.errorCode, ErrorCode::NetClosed);
        QCOMPARE(e.status, 200);
        QCOMPARE(e.responseBody, QByteArray(100, 'x')); // what arrived is kept
        QVERIFY2(e.errorMessage.contains(QStringLiteral("middle of the response")) &&
                     e.errorMessage.contains(QStringLiteral("100")),
                 qPrintable(e.errorMessage));
    }

    void hangingServerTimesOut()
    {
        MisbehavingServer server;
        HttpClient client(&m_store);
        const Exchange e = run(client, get(server.url(QStringLiteral("/hang")), 500));
        QCOMPARE(e.errorCode, ErrorCode::NetTimeout);
        QVERIFY(e.errorMessage.contains(QStringLiteral("0.5 s")));
    }

    void userAbort()
    {
        MisbehavingServer server;
        HttpClient client(&m_store);
        HttpCall *call = client.send(get(server.url(QStringLiteral("/hang"))));
        QSignalSpy finished(call, &HttpCall::finished);
        QTimer::singleShot(100, call, &HttpCall::abort);
        QVERIFY(finished.wait(5000));
        QCOMPARE(call->exchange().errorCode, ErrorCode::NetAborted);
    }

    // Every exchange reaches the store, each failure with its code. The test
    // makes its own exchanges in a store of its own, so it holds alone and in
    // any order.
    void everythingWasStored()
    {
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("everything.sqlite"))));
        MisbehavingServer server;
        MisbehavingServer tlsServer(true);
        HttpClient client(&store);
        const Exchange ok = run(
            client,
            mcpPost(
                R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",)"
                R"("capabilities":{},"clientInfo":{"name":"mcpscope-test","version":"1"}}})"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(run(client, mcpPost("{not json")).status, 400);
        QCOMPARE(run(client, get(server.url(QStringLiteral("/ok")))).status, 200);
        QCOMPARE(run(client, get(server.url(QStringLiteral("/html")))).status, 502);
        QCOMPARE(run(client, get(server.url(QStringLiteral("/badutf8")))).status, 200);
        QList<ErrorCode> expectedFailures;
        expectedFailures
            << run(client, get(QStringLiteral("http://127.0.0.1:%1/").arg(freePort()))).errorCode
            << run(client, get(QStringLiteral("http://no-such-host.invalid/mcp"))).errorCode
            << run(client, get(tlsServer.url(QStringLiteral("/ok")))).errorCode
            << run(client, get(server.url(QStringLiteral("/cut")))).errorCode
            << run(client, get(server.url(QStringLiteral("/hang")), 500)).errorCode;
        HttpCall *aborted = client.send(get(server.url(QStringLiteral("/hang"))));
        QSignalSpy abortFinished(aborted, &HttpCall::finished);
        aborted->abort();
        QVERIFY(abortFinished.size() || abortFinished.wait(5000));
        expectedFailures << aborted->exchange().errorCode;
        QCOMPARE(
            expectedFailures,
            (QList<ErrorCode>{ErrorCode::NetConnect, ErrorCode::NetDns, ErrorCode::NetTls,
                              ErrorCode::NetClosed, ErrorCode::NetTimeout, ErrorCode::NetAborted}));

        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(store.path()));
        CaptureFilter failed;
        failed.statusClass = CaptureFilter::StatusClass::Failed;
        const auto failedIds = reader.exchangeIds(failed, 0, 100);
        QVERIFY(failedIds);
        QList<ErrorCode> storedFailures;
        for (qint64 id : *failedIds) {
            const auto e = reader.exchange(id);
            QVERIFY(e && e->has_value());
            QVERIFY2(!(*e)->errorMessage.isEmpty(),
                     qPrintable((*e)->url)); // each says what happened
            storedFailures << (*e)->errorCode;
        }
        QCOMPARE(storedFailures, expectedFailures);
        QCOMPARE(*reader.exchangeCount(), qint64(11));
        const auto ids = reader.exchangeIds({}, 0, 100);
        QVERIFY(ids);
        QCOMPARE(ids->size(), 11);
        for (qint64 id : *ids) {
            const auto e = reader.exchange(id);
            QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
            QVERIFY2(e->has_value(), qPrintable(QString::number(id)));
            QVERIFY2((*e)->state == Exchange::State::Complete ||
                         (*e)->state == Exchange::State::Failed,
                     qPrintable((*e)->url));
        }
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything;
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_http_client.moc"
