#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "cli_run.h"
#include "common/error_code.h"
#include "common/findings.h"
#include "export/har_import.h"
#include "export/har_writer.h"
#include "node_peer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mcpscope;
using namespace mcpscope::testing;

// The "done when": a store recorded for real (mcpscope-cli signing in
// headless at oidc-provider and calling a tool on the SDK's protected MCP
// server, server-everything's echo answered over SSE, a refused connection),
// plus what a live run here cannot produce on demand (a TLS failure with its
// certificate chain, a binary request body, a stdio session, findings with
// evidence), exports with HarWriter to a HAR the npm har-validator accepts,
// imports with importHar into a fresh store, and comes back equal: session by
// session, exchange by exchange, message by message, finding by finding.
class TestHarRoundTrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QString m_store;
    NodePeer m_oidc;
    NodePeer m_everything;

    static QByteArray headerText(const HeaderList &headers)
    {
        QByteArray out;
        for (const auto &[name, value] : headers)
            out += name + ": " + value.toPercentEncoding(" :;,=/") + " | ";
        return out;
    }

    static QList<Exchange> exchangesOf(CaptureReader &reader, qint64 session)
    {
        CaptureFilter filter;
        filter.sessionId = session;
        QList<Exchange> all;
        qint64 after = 0;
        while (true) {
            const auto ids = reader.exchangeIds(filter, after, 500);
            if (!ids || ids->isEmpty())
                return all;
            all += reader.exchanges(*ids).value_or(QList<Exchange>{});
            after = ids->last();
        }
    }

    // The synthetic part, through the store's own API (so it is redacted
    // and stored exactly as recording would).
    void addSynthetic()
    {
        CaptureStore store;
        QVERIFY(store.open(m_store));
        const qint64 started = QDateTime::currentMSecsSinceEpoch() - 5000;
        const qint64 http = store.createSession(QStringLiteral("tls and binary"),
                                                QStringLiteral("https://127.0.0.1:1/mcp"),
                                                QStringLiteral("http"), started);
        QVERIFY(http > 0);
        Exchange tls;
        tls.id = store.reserveExchangeId();
        tls.sessionId = http;
        tls.startedAtMs = started + 10;
        tls.state = Exchange::State::Failed;
        tls.method = "POST";
        tls.url = QStringLiteral("https://127.0.0.1:1/mcp?x=1&y=%20z");
        tls.requestHeaders = {
            {"Content-Type", "application/octet-stream"}, {"X-B", "2"}, {"x-a", "1"}, {"X-B", "3"}};
        tls.requestBody = QByteArray("\x00\x01\x02\xff\xfe binary", 12);
        tls.httpVersion = QStringLiteral("HTTP/1.1");
        tls.totalMs = 12.345;
        tls.errorCode = ErrorCode::NetTls;
        tls.errorMessage = QStringLiteral("The server's certificate is not trusted.");
        tls.tlsChain = {{QStringLiteral("CN=leaf"), QStringLiteral("CN=ca"),
                         QStringLiteral("2026-01-01T00:00:00Z"),
                         QStringLiteral("2027-01-01T00:00:00Z"), QStringLiteral("ab01")},
                        {QStringLiteral("CN=ca"), QStringLiteral("CN=ca"),
                         QStringLiteral("2025-01-01T00:00:00Z"),
                         QStringLiteral("2035-01-01T00:00:00Z"), QStringLiteral("cd02")}};
        store.record(tls);
        Exchange binary;
        binary.id = store.reserveExchangeId();
        binary.sessionId = http;
        binary.startedAtMs = started + 20;
        binary.state = Exchange::State::Complete;
        binary.method = "GET";
        binary.url = QStringLiteral("http://127.0.0.1:1/blob");
        binary.status = 200;
        binary.reasonPhrase = "OK";
        binary.httpVersion = QStringLiteral("HTTP/2");
        binary.responseHeaders = {{"content-type", "image/png"}, {"Set-Cookie", "a=1\nb=2"}};
        binary.responseBody = QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10);
        binary.responseBodySize = 4096;
        binary.responseTruncated = true;
        binary.ttfbMs = 3.25;
        binary.totalMs = 7.5;
        store.record(binary);

        const qint64 stdio = store.createSession(QStringLiteral("stdio server"),
                                                 QStringLiteral("node server.js --stdio"),
                                                 QStringLiteral("stdio"), started + 100);
        QVERIFY(stdio > 0);
        MessageRecord request;
        request.id = store.reserveMessageId();
        request.sessionId = stdio;
        request.outgoing = true;
        request.kind = QStringLiteral("request");
        request.rpcId = QStringLiteral("7");
        request.method = QStringLiteral("tools/list");
        request.payload = "{\"id\":7,\"jsonrpc\":\"2.0\",\"method\":\"tools/list\"}";
        request.atMs = started + 110;
        store.recordMessage(request);
        MessageRecord answer;
        answer.id = store.reserveMessageId();
        answer.sessionId = stdio;
        answer.outgoing = false;
        answer.kind = QStringLiteral("error");
        answer.rpcId = QStringLiteral("7");
        answer.payload =
            "{\"error\":{\"code\":-32601,\"message\":\"no\"},\"id\":7,\"jsonrpc\":\"2.0\"}";
        answer.atMs = started + 115;
        answer.responseTo = request.id;
        answer.latencyMs = 5;
        store.recordMessage(answer);
        MessageRecord noise;
        noise.id = store.reserveMessageId();
        noise.sessionId = stdio;
        noise.outgoing = false;
        noise.kind = QStringLiteral("notification");
        noise.payload = "not json at all";
        noise.atMs = started + 120;
        store.recordMessage(noise);
        store.endSession(stdio, started + 200);
        store.endSession(http, started + 300);
        store.flush();

        FindingsStore findings;
        QVERIFY(findings.open(m_store));
        Finding onExchange;
        onExchange.kind = QString::fromLatin1(findingKinds().first().id);
        onExchange.arguments = {QStringLiteral("one"), QStringLiteral("two")};
        onExchange.exchangeIds = {tls.id, binary.id};
        onExchange.sessionId = http;
        onExchange.atMs = started + 30;
        QVERIFY(findings.record(onExchange));
        Finding onMessages;
        onMessages.kind = QString::fromLatin1(findingKinds().last().id);
        onMessages.arguments = {QStringLiteral("three")};
        onMessages.messageIds = {request.id, answer.id};
        onMessages.sessionId = stdio;
        onMessages.atMs = started + 130;
        QVERIFY(findings.record(onMessages));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFile::exists(peersDir() + QStringLiteral("/har-validator/package.json")),
                 "har-validator is not installed in tests/peers (run npm ci there, or "
                 "scripts/setup.sh tests)");
        QProcessEnvironment peerEnv;
        peerEnv.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
        peerEnv.insert(QStringLiteral("ISSUED_TOKENS_FILE"),
                       m_home.filePath(QStringLiteral("issued-tokens.txt")));
        QString why = m_oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            peerEnv);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));

        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        for (const char *xdg :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            m_env.insert(QString::fromLatin1(xdg),
                         m_home.filePath(QString::fromLatin1(xdg).toLower()));
        m_store = m_home.filePath(QStringLiteral("run.sqlite"));

        const CliRun call =
            runCli({QStringLiteral("tools"), QStringLiteral("call"),
                    QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_oidc.port()),
                    QStringLiteral("whoami"), QStringLiteral("--oauth"), QStringLiteral("headless"),
                    QStringLiteral("--store"), m_store, QStringLiteral("--no-vault")},
                   m_env);
        QVERIFY2(call.exitCode == 0, call.err.constData());
        const CliRun echo =
            runCli({QStringLiteral("tools"), QStringLiteral("call"),
                    QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()),
                    QStringLiteral("echo"), QStringLiteral("--args"),
                    QStringLiteral("{\"message\":\"hello round trip\"}"), QStringLiteral("--store"),
                    m_store},
                   m_env);
        QVERIFY2(echo.exitCode == 0, echo.err.constData());
        const CliRun refused =
            runCli({QStringLiteral("request"),
                    QStringLiteral("http://127.0.0.1:%1/nothing").arg(freePort()),
                    QStringLiteral("--store"), m_store},
                   m_env);
        QCOMPARE(refused.exitCode, 2);
        addSynthetic();
    }

    void exportsValidatesAndImportsEqual()
    {
        const QString har = m_home.filePath(QStringLiteral("round.har"));
        {
            QFile out(har);
            QVERIFY(out.open(QIODevice::WriteOnly));
            HarWriter writer;
            const auto written = writer.write(m_store, ExportScope{}, out);
            QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        }
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(
            nodeBinary(),
            {QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/validate_har.mjs"), har});
        QVERIFY(node.waitForFinished(60000));
        QVERIFY2(node.exitCode() == 0, node.readAll().constData());

        const QString copy = m_home.filePath(QStringLiteral("copy.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(copy));
        const auto imported = importHar(har, store);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QVERIFY(imported->fromMcpScope);
        store.flush();

        CaptureReader before, after;
        QVERIFY(before.open(m_store));
        QVERIFY(after.open(copy));
        QList<SessionInfo> was = before.sessions().value_or(QList<SessionInfo>{});
        QList<SessionInfo> is = after.sessions().value_or(QList<SessionInfo>{});
        auto byId = [](const SessionInfo &a, const SessionInfo &b) { return a.id < b.id; };
        std::sort(was.begin(), was.end(), byId);
        std::sort(is.begin(), is.end(), byId);
        QVERIFY(was.size() >= 5); // oauth + whoami, echo, refused, tls and binary, stdio
        QCOMPARE(is.size(), was.size());

        QHash<qint64, qint64> exchangeMap, messageMap, sessionMap;
        bool sawSse = false, sawFailure = false, sawTls = false, sawBinary = false,
             sawOAuth = false;
        int comparedMessages = 0;
        for (qsizetype s = 0; s < was.size(); ++s) {
            const SessionInfo &a = was[s];
            const SessionInfo &b = is[s];
            sessionMap.insert(a.id, b.id);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.target, a.target);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.startedAtMs, a.startedAtMs);
            QCOMPARE(b.endedAtMs, a.endedAtMs);
            QCOMPARE(b.exchangeCount, a.exchangeCount);

            const QList<Exchange> ours = exchangesOf(before, a.id);
            const QList<Exchange> theirs = exchangesOf(after, b.id);
            QCOMPARE(theirs.size(), ours.size());
            for (qsizetype i = 0; i < ours.size(); ++i) {
                const Exchange &x = ours[i];
                const Exchange &y = theirs[i];
                const QByteArray where = x.url.toUtf8();
                exchangeMap.insert(x.id, y.id);
                QCOMPARE(y.method, x.method);
                QCOMPARE(y.url, x.url);
                QCOMPARE(y.startedAtMs, x.startedAtMs);
                QVERIFY2(y.state == x.state, where.constData());
                QCOMPARE(y.status, x.status);
                QCOMPARE(y.reasonPhrase, x.reasonPhrase);
                QCOMPARE(y.httpVersion, x.httpVersion);
                QVERIFY2(y.requestHeaders == x.requestHeaders,
                         QByteArray(where + ": " + headerText(y.requestHeaders) +
                                    " != " + headerText(x.requestHeaders))
                             .constData());
                QCOMPARE(y.requestBody, x.requestBody);
                QVERIFY2(y.responseHeaders == x.responseHeaders,
                         QByteArray(where + ": " + headerText(y.responseHeaders) +
                                    " != " + headerText(x.responseHeaders))
                             .constData());
                QCOMPARE(y.responseBody, x.responseBody);
                QCOMPARE(y.responseBodySize, x.responseBodySize);
                QCOMPARE(y.responseTruncated, x.responseTruncated);
                QCOMPARE(errorCodeId(y.errorCode), errorCodeId(x.errorCode));
                QCOMPARE(y.errorMessage, x.errorMessage);
                QVERIFY2(qAbs(y.ttfbMs - x.ttfbMs) < 1.0,
                         qPrintable(QStringLiteral("%1: ttfb %2, was %3")
                                        .arg(x.url)
                                        .arg(y.ttfbMs)
                                        .arg(x.ttfbMs)));
                QVERIFY2(qAbs(y.totalMs - x.totalMs) < 1.0,
                         qPrintable(QStringLiteral("%1: total %2, was %3")
                                        .arg(x.url)
                                        .arg(y.totalMs)
                                        .arg(x.totalMs)));
                QCOMPARE(y.tlsChain, x.tlsChain);
                sawSse = sawSse || x.responseHeader("content-type").startsWith("text/event-stream");
                sawFailure = sawFailure || x.errorCode == ErrorCode::NetConnect;
                sawTls = sawTls || (x.errorCode == ErrorCode::NetTls && x.tlsChain.size() == 2);
                sawBinary = sawBinary || x.requestBody.contains('\0');
                sawOAuth = sawOAuth || x.url.endsWith(u"/token");
            }

            // Messages: exchange by exchange in id order, then the session's own.
            const QList<MessageRecord> ourMessages =
                before.messages(a.id).value_or(QList<MessageRecord>{});
            QList<MessageRecord> theirMessages =
                after.messages(b.id).value_or(QList<MessageRecord>{});
            QCOMPARE(theirMessages.size(), ourMessages.size());
            // The importer writes an exchange's messages with it, in order,
            // and the session's own messages last.
            auto byExchange = [](qint64 le, qint64 re, qint64 lid, qint64 rid) {
                if (le != re) {
                    if (le == 0 || re == 0)
                        return re == 0;
                    return le < re;
                }
                return lid < rid;
            };
            QList<MessageRecord> expected = ourMessages;
            std::sort(expected.begin(), expected.end(),
                      [&](const MessageRecord &l, const MessageRecord &r) {
                          return byExchange(exchangeMap.value(l.exchangeId),
                                            exchangeMap.value(r.exchangeId), l.id, r.id);
                      });
            std::sort(theirMessages.begin(), theirMessages.end(),
                      [&](const MessageRecord &l, const MessageRecord &r) {
                          return byExchange(l.exchangeId, r.exchangeId, l.id, r.id);
                      });
            for (qsizetype i = 0; i < expected.size(); ++i) {
                const MessageRecord &m = expected[i];
                const MessageRecord &n = theirMessages[i];
                messageMap.insert(m.id, n.id);
                QCOMPARE(n.sessionId, b.id);
                QCOMPARE(n.exchangeId, exchangeMap.value(m.exchangeId));
                QCOMPARE(n.outgoing, m.outgoing);
                QCOMPARE(n.kind, m.kind);
                QCOMPARE(n.rpcId, m.rpcId);
                QCOMPARE(n.method, m.method);
                QCOMPARE(n.payload, m.payload);
                QCOMPARE(n.atMs, m.atMs);
                QCOMPARE(n.responseTo, messageMap.value(m.responseTo));
                QCOMPARE(n.latencyMs, m.latencyMs);
                ++comparedMessages;
            }
        }
        QVERIFY(sawSse);
        QVERIFY(sawFailure);
        QVERIFY(sawTls);
        QVERIFY(sawBinary);
        QVERIFY(sawOAuth);
        QVERIFY(comparedMessages >= 8);

        // Findings, evidence remapped.
        FindingsStore ourFindings, theirFindings;
        QVERIFY(ourFindings.open(m_store));
        QVERIFY(theirFindings.open(copy));
        QList<Finding> fa = ourFindings.findings(0, 100000).value_or(QList<Finding>{});
        QList<Finding> fb = theirFindings.findings(0, 100000).value_or(QList<Finding>{});
        QVERIFY(fa.size() >= 2);
        QCOMPARE(fb.size(), fa.size());
        auto key = [](const Finding &f) { return std::tuple(f.sessionId, f.atMs, f.kind, f.id); };
        auto order = [&](const Finding &l, const Finding &r) { return key(l) < key(r); };
        for (Finding &f : fa) {
            f.sessionId = sessionMap.value(f.sessionId);
            for (qint64 &id : f.exchangeIds)
                id = exchangeMap.value(id);
            for (qint64 &id : f.messageIds)
                id = messageMap.value(id);
            f.id = 0;
        }
        for (Finding &f : fb)
            f.id = 0;
        std::sort(fa.begin(), fa.end(), order);
        std::sort(fb.begin(), fb.end(), order);
        for (qsizetype i = 0; i < fa.size(); ++i) {
            QCOMPARE(fb[i].kind, fa[i].kind);
            QCOMPARE(fb[i].severity(), fa[i].severity());
            QCOMPARE(fb[i].arguments, fa[i].arguments);
            QCOMPARE(fb[i].exchangeIds, fa[i].exchangeIds);
            QCOMPARE(fb[i].messageIds, fa[i].messageIds);
            QCOMPARE(fb[i].sessionId, fa[i].sessionId);
            QCOMPARE(fb[i].atMs, fa[i].atMs);
        }
    }
};

QTEST_GUILESS_MAIN(TestHarRoundTrip)
#include "tst_har_round_trip.moc"
