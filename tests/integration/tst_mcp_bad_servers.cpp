#include "bad_server_stats.h"
#include "capture/capture_reader.h"
#include "capture/findings_store.h"
#include "mcp/mcp_client.h"
#include "net/http_client.h"
#include "tool_result.h"

#include "cli_run.h"
#include "node_peer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// Servers that answer the way broken or unusual real servers do
// (tests/peers/servers/bad_mcp_server.mjs), over Streamable HTTP and
// HTTP+SSE: each request that can no longer be answered fails at once with
// its true cause, refusals are explained in plain words, and the session
// goes on where the protocol allows. The request timeout is long, so a
// request that waited for it fails these tests by its error code.
class TestMcpBadServers : public QObject
{
    Q_OBJECT

    static constexpr int kTimeoutMs = 60000;

    QString url(const QString &mode, const QString &transport) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2/%3")
            .arg(m_peer.port())
            .arg(mode, transport == u"http" ? QStringLiteral("mcp") : QStringLiteral("sse"));
    }

    struct Connected
    {
        HttpClient http;
        McpClient client{&http, nullptr};
        QStringList problems;
    };

    // Connects to mode over transport ("http" or "sse"); QVERIFY-fails when it cannot.
    void connectTo(Connected &c, const QString &mode, const QString &transport)
    {
        c.client.setRequestTimeoutMs(kTimeoutMs);
        connect(&c.client, &McpClient::protocolProblem, this,
                [&c](const QString &p) { c.problems << p; });
        QSignalSpy connected(&c.client, &McpClient::connected);
        QSignalSpy failed(&c.client, &McpClient::failed);
        c.client.connectToServer(QUrl(url(mode, transport)),
                                 transport == u"http" ? McpClient::Transport::StreamableHttp
                                                      : McpClient::Transport::Sse);
        QTRY_VERIFY_WITH_TIMEOUT(connected.size() + failed.size() > 0, 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(c.problems.join(u'\n')));
    }

    McpRequest *finish(McpRequest *request)
    {
        QSignalSpy done(request, &McpRequest::finished);
        if (!request->isFinished())
            done.wait(kTimeoutMs + 5000);
        return request;
    }

    using Run = CliRun;
    static Run cli(const QStringList &args) { return runCli(args); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = m_peer.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void failsFast_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QString>("method");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("cause");
        const QStringList transports{QStringLiteral("http"), QStringLiteral("sse")};
        for (const QString &t : transports) {
            QTest::addRow("cut JSON body, %s", qPrintable(t))
                << QStringLiteral("cut-json") << t << QStringLiteral("tools/list")
                << ErrorCode::McpUnreadable << QStringLiteral("Not valid JSON");
            QTest::addRow("body over the cap, %s", qPrintable(t))
                << QStringLiteral("big") << t << QStringLiteral("tools/call")
                << ErrorCode::McpBodyCap << QStringLiteral("--max-body");
            QTest::addRow("rate limited, %s", qPrintable(t))
                << QStringLiteral("rate-limit") << t << QStringLiteral("tools/call")
                << ErrorCode::McpHttpRateLimited
                << QStringLiteral("wait 1 s before trying again (Retry-After)");
            QTest::addRow("expired token, %s", qPrintable(t))
                << QStringLiteral("expired") << t << QStringLiteral("tools/call")
                << ErrorCode::McpAuth
                << QStringLiteral(
                       "\"The access token expired\". Likely cause: the access token expired. Fix: "
                       "refresh it");
        }
        QTest::addRow("stream ends without an event id, http")
            << QStringLiteral("sse-no-id") << QStringLiteral("http") << QStringLiteral("tools/call")
            << ErrorCode::McpStreamEnded << QStringLiteral("sent no event id to resume it from");
        // Over HTTP+SSE every answer shares the one stream: its end fails
        // every pending request.
        QTest::addRow("stream ends before the answer, sse")
            << QStringLiteral("sse-no-id") << QStringLiteral("sse") << QStringLiteral("tools/call")
            << ErrorCode::McpSse << QStringLiteral("The server closed the SSE stream");
    }

    void failsFast()
    {
        QFETCH(QString, mode);
        QFETCH(QString, transport);
        QFETCH(QString, method);
        QFETCH(ErrorCode, code);
        QFETCH(QString, cause);
        Connected c;
        connectTo(c, mode, transport);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject params =
            method == u"tools/call" ? QJsonObject{{QStringLiteral("name"), QStringLiteral("echo")},
                                                  {QStringLiteral("arguments"), QJsonObject{}}}
                                    : QJsonObject{};
        McpRequest *request = finish(c.client.request(method, params));
        QVERIFY(request->isFinished());
        QVERIFY(!request->succeeded());
        QCOMPARE(request->error().code, code);
        QVERIFY2(request->error().message.contains(cause), qPrintable(request->error().message));
        if (code == ErrorCode::McpHttpRateLimited) {
            QCOMPARE(request->httpStatus(), 429);
            QCOMPARE(request->retryAfterMs(), 1000);
        }
        if (code == ErrorCode::McpAuth)
            QCOMPARE(request->httpStatus(), 401);
    }

    // The body cap is a setting: raised, the same 20 MB answer is read.
    void raisedBodyCapReadsTheBigAnswer()
    {
        Connected c;
        c.http.setBodyCap(32 * 1024 * 1024);
        connectTo(c, QStringLiteral("big"), QStringLiteral("http"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = finish(c.client.request(
            QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("echo")},
                                           {QStringLiteral("arguments"), QJsonObject{}}}));
        QVERIFY2(request->succeeded(), qPrintable(request->error().message));
        const QString text = firstToolText(request->result());
        QCOMPARE(text.size(), 20 * 1024 * 1024);
    }

    // A 404 on the optional listening GET stream is a warning, not a lost
    // session: the session goes on and its requests are answered.
    void getStream404KeepsTheSession()
    {
        Connected c;
        connectTo(c, QStringLiteral("get-404"), QStringLiteral("http"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!c.client.sessionId().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            !c.problems.filter(QStringLiteral("listening GET stream with HTTP 404")).isEmpty(),
            10000);
        McpRequest *request = finish(c.client.request(QStringLiteral("tools/list")));
        QVERIFY2(request->succeeded(), qPrintable(request->error().message));
        QCOMPARE(request->result().toObject().value(QStringLiteral("tools")).toArray().size(), 1);
        QVERIFY(c.client.isConnected());
    }

    // A BOM and text/plain are read, with a warning of what other clients do.
    void bomAndTextPlainAreReadWithAWarning()
    {
        Connected c;
        connectTo(c, QStringLiteral("bom"), QStringLiteral("http"));
        if (QTest::currentTestFailed())
            return;
        McpRequest *request = finish(c.client.request(QStringLiteral("tools/list")));
        QVERIFY2(request->succeeded(), qPrintable(request->error().message));
        QVERIFY2(!c.problems.filter(QStringLiteral("byte order mark")).isEmpty(),
                 qPrintable(c.problems.join(u'\n')));
        QVERIFY2(!c.problems.filter(QStringLiteral("Content-Type \"text/plain\"")).isEmpty(),
                 qPrintable(c.problems.join(u'\n')));
    }

    // The CLI: 429 exits 3 (an HTTP error) with the explanation; --retry
    // waits for Retry-After and sends again.
    void cliRateLimit()
    {
        const QString target = url(QStringLiteral("rate-limit"), QStringLiteral("http"));
        const QStringList call{QStringLiteral("tools"),
                               QStringLiteral("call"),
                               target,
                               QStringLiteral("echo"),
                               QStringLiteral("--args"),
                               QStringLiteral("{\"message\":\"hi\"}")};
        const QString store = m_dir.filePath(QStringLiteral("cli-rate-limit.sqlite"));
        const Run refused = cli(call + QStringList{QStringLiteral("--store"), store});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("HTTP 429") && refused.err.contains("Retry-After"),
                 refused.err.constData());
        // The explanation is kept with the capture: one http.rate_limited
        // finding whose evidence is the 429 exchange.
        FindingsStore findings;
        QVERIFY(findings.open(store));
        const auto stored = findings.findings();
        QVERIFY(stored);
        QStringList kinds;
        for (const Finding &f : *stored)
            kinds << f.kind;
        QCOMPARE(kinds, QStringList{QStringLiteral("http.rate_limited")});
        QCOMPARE(stored->first().exchangeIds.size(), 1);
        CaptureReader reader;
        QVERIFY(reader.open(store));
        const auto evidence = reader.exchange(stored->first().exchangeIds.first());
        QVERIFY(evidence && evidence->has_value());
        QCOMPARE((*evidence)->status, 429);

        // A peer of its own that limits only the first call.
        NodePeer once;
        QProcessEnvironment env;
        env.insert(QStringLiteral("RATE_LIMIT_TIMES"), QStringLiteral("1"));
        const QString why = once.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {}, env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QStringList retried = call;
        retried[2] = QStringLiteral("http://127.0.0.1:%1/rate-limit/mcp").arg(once.port());
        const Run ok = cli(retried + QStringList{QStringLiteral("--retry"), QStringLiteral("2")});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QVERIFY2(ok.err.contains("rate limited (HTTP 429); retry 1 of 2"), ok.err.constData());
        QVERIFY(ok.out.contains("Echo: hi"));
    }

    void cliCutJsonExitsAtOnce()
    {
        const Run run = cli({QStringLiteral("tools"), QStringLiteral("list"),
                             url(QStringLiteral("cut-json"), QStringLiteral("http"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("cannot be read: Not valid JSON"), run.err.constData());
    }

    void cliMaxBody()
    {
        const QString target = url(QStringLiteral("big"), QStringLiteral("http"));
        const QStringList call{QStringLiteral("tools"), QStringLiteral("call"), target,
                               QStringLiteral("echo")};
        const Run capped = cli(call);
        QCOMPARE(capped.exitCode, 2);
        QVERIFY2(capped.err.contains("larger than the body cap of 8 MiB"), capped.err.constData());
        const Run raised =
            cli(call + QStringList{QStringLiteral("--max-body"), QStringLiteral("40")});
        QVERIFY2(raised.exitCode == 0, raised.err.constData());
        QVERIFY(raised.out.size() > 20 * 1024 * 1024);
    }

    // An OAuth-protected SDK server whose routes take POST only: its GET
    // answers Express's 404. McpScope signs in (headless, oidc-provider) and
    // lists the tools, with a warning about the GET stream.
    void oauthServerWithoutGetRoute()
    {
        NodePeer oidc;
        const quint16 authPort = freePort();
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(authPort));
        const QString why = oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const Run run = cli({QStringLiteral("tools"), QStringLiteral("list"),
                             QStringLiteral("http://127.0.0.1:%1/mcp-post-only").arg(oidc.port()),
                             QStringLiteral("--oauth"), QStringLiteral("headless"),
                             QStringLiteral("--no-vault")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray tools = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(tools.size(), 2);
        QVERIFY2(run.err.contains("listening GET stream with HTTP 404"), run.err.constData());
    }

    // Closing waits for the server's answer to DELETE (sent 300 ms late), not
    // a fixed time: when the CLI has exited, the server has answered it.
    void cliCloseWaitsForTheDelete()
    {
        const Run run = cli(
            {QStringLiteral("connect"), url(QStringLiteral("get-404"), QStringLiteral("http"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QJsonDocument::fromJson(run.out)
                    .object()
                    .value(QStringLiteral("sessionId"))
                    .toString()
                    .size() > 0);
        QCOMPARE(testing::badServerDeletesAnswered(m_peer.port()), 1);
    }

private:
    NodePeer m_peer;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestMcpBadServers)
#include "tst_mcp_bad_servers.moc"
