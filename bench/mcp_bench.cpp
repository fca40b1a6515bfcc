// Prints the MCP engine's figures, one "name: value" per line:
//   mcpscope_calls_per_s / sdk_calls_per_s / ratio - sequential tools/call of
//     "echo" against server-everything (Streamable HTTP, loopback), McpScope's
//     engine recording into a capture store (as users run it) and the
//     official TypeScript SDK client (which validates each result with Zod)
//     in the same run: both warmed up, then ROUNDS interleaved rounds of
//     CALLS calls, alternating order; medians with min and max;
//   *_min_server and ratio_min_server - the same against a minimal loopback
//     responder, to show whether the server's own time bounds both clients;
//   v2_modern_calls_per_s / v2_legacy_calls_per_s / ratio_modern_legacy -
//     the same tools/call loop (McpScope's engine, recording) against the
//     official TypeScript SDK v2 server (tests/peers/servers/sdk_v2_server.mjs,
//     Streamable HTTP), one session in the modern era (2026-07-28: no
//     session, _meta on every request) and one in the legacy era (initialize;
//     the SDK serves it statelessly), rounds interleaved;
//   sse_parse_mb_per_s - the SSE parser over 64 MB of events.
// Timings are printed, never asserted. Usage: mcp_bench [CALLS [ROUNDS]]
#include "capture/capture_store.h"
#include "mcp/mcp_client.h"
#include "mcp/protocol_era.h"
#include "mcp/sse_parser.h"
#include "node_peer.h"
#include "session/mcp_session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

#include <cstdio>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

void print(const char *name, double value)
{
    std::printf("%s: %.1f\n", name, value);
    std::fflush(stdout);
}

void waitFor(McpRequest *request)
{
    if (!request->isFinished()) {
        QEventLoop loop;
        QObject::connect(request, &McpRequest::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

// McpScope's engine recording into a capture store, as users run it; one
// connected session, calls timed in rounds.
class McpScopeClient
{
public:
    McpScopeClient(const QUrl &url, const QString &storePath, ProtocolEra era = ProtocolEra::Auto)
    {
        if (!m_store.open(storePath))
            return;
        QEventLoop loop;
        QObject::connect(m_session.client(), &McpClient::connected, &loop, [&] {
            m_ok = true;
            loop.quit();
        });
        QObject::connect(m_session.client(), &McpClient::failed, &loop, [&](const Error &e) {
            std::fprintf(stderr, "connect failed: %s\n", qPrintable(e.message));
            loop.quit();
        });
        McpSessionOptions options;
        options.target = url.toString();
        options.era = era;
        if (!m_session.open(options))
            return;
        loop.exec();
        if (m_ok)
            m_ok = callsPerSecond(1) > 0; // warm-up
    }
    ~McpScopeClient()
    {
        QEventLoop loop;
        QObject::connect(&m_session, &McpSession::closed, &loop, &QEventLoop::quit);
        m_session.close();
        if (!m_session.isClosed())
            loop.exec();
    }
    bool ok() const { return m_ok; }

    double callsPerSecond(int calls)
    {
        const QJsonObject params{
            {QStringLiteral("name"), QStringLiteral("echo")},
            {QStringLiteral("arguments"),
             QJsonObject{{QStringLiteral("message"), QStringLiteral("bench")}}}};
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < calls; ++i) {
            McpRequest *request = m_session.client()->request(QStringLiteral("tools/call"), params);
            waitFor(request);
            if (!request->succeeded()) {
                std::fprintf(stderr, "call failed: %s\n", qPrintable(request->error().message));
                return -1;
            }
            delete request;
        }
        return calls / (clock.nsecsElapsed() / 1e9);
    }

private:
    CaptureStore m_store;
    McpSession m_session{&m_store};
    bool m_ok = false;
};

// The SDK client in one long-lived node process, a round per request.
class SdkClient
{
public:
    explicit SdkClient(const QUrl &url)
    {
        m_node.start(nodeBinary(),
                     {QStringLiteral(MCPSCOPE_SOURCE_DIR "/bench/sdk_echo_client.mjs"), peersDir(),
                      url.toString(), QStringLiteral("echo")});
    }
    ~SdkClient()
    {
        m_node.closeWriteChannel();
        if (!m_node.waitForFinished(5000))
            m_node.kill();
    }
    double callsPerSecond(int calls)
    {
        m_node.write(QByteArray::number(calls) + '\n');
        while (!m_node.canReadLine())
            if (!m_node.waitForReadyRead(300000)) {
                std::fprintf(stderr, "SDK client failed: %s\n",
                             m_node.readAllStandardError().constData());
                return -1;
            }
        const QByteArray line = m_node.readLine();
        return line.startsWith("calls_per_s: ") ? line.mid(13).trimmed().toDouble() : -1;
    }

private:
    QProcess m_node;
};

struct Spread
{
    double median, min, max;
};

Spread spread(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return {n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2, values.first(),
            values.last()};
}

void print(const QString &name, const Spread &s)
{
    std::printf("%s: %.1f (min %.1f, max %.1f)\n", qPrintable(name), s.median, s.min, s.max);
    std::fflush(stdout);
}

double sseParseMbPerSecond()
{
    QByteArray event = "event: message\nid: 123456\ndata: "
                       "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\","
                       "\"params\":{\"level\":\"info\",\"data\":\"";
    event += QByteArray(900, 'x') + "\"}}\n\n";
    QByteArray stream;
    while (stream.size() < 64 * 1024 * 1024)
        stream += event;
    SseParser parser;
    qint64 events = 0;
    QElapsedTimer clock;
    clock.start();
    for (qsizetype at = 0; at < stream.size(); at += 16384)
        events += parser
                      .feed(QByteArrayView(stream).sliced(
                          at, std::min<qsizetype>(16384, stream.size() - at)))
                      .size();
    const double seconds = clock.nsecsElapsed() / 1e9;
    if (events != stream.size() / event.size())
        std::fprintf(stderr, "parsed %lld events, expected %lld\n", events,
                     qint64(stream.size() / event.size()));
    return stream.size() / 1e6 / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    std::printf("calls_per_round: %d\nrounds: %d\n", calls, rounds);

    // Both clients against the reference server, then against the minimal
    // responder; suffix names the second set of figures.
    struct Peer
    {
        QString script;
        QStringList args;
        const char *suffix;
    };
    const Peer peers[] = {
        {peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
         {QStringLiteral("streamableHttp")},
         ""},
        {QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/support/mini_mcp_server.mjs"),
         {},
         "_min_server"},
    };
    for (const Peer &peer : peers) {
        NodePeer server;
        if (const QString why = server.start(peer.script, peer.args); !why.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(why));
            return 1;
        }
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port()));
        QTemporaryDir dir;
        McpScopeClient ours(url, dir.filePath(QStringLiteral("bench.sqlite")));
        SdkClient sdk(url);
        if (!ours.ok() || sdk.callsPerSecond(1) < 0) // the SDK's warm-up
            return 1;
        // Rounds interleaved, alternating which client goes first.
        QList<double> oursRates, sdkRates;
        for (int round = 0; round < rounds; ++round) {
            for (int side = 0; side < 2; ++side) {
                const bool mine = (side == 0) == (round % 2 == 0);
                const double rate = mine ? ours.callsPerSecond(calls) : sdk.callsPerSecond(calls);
                if (rate < 0)
                    return 1;
                (mine ? oursRates : sdkRates) << rate;
            }
        }
        const QString suffix = QLatin1String(peer.suffix);
        const Spread a = spread(oursRates), b = spread(sdkRates);
        print(QStringLiteral("mcpscope_calls_per_s") + suffix, a);
        print(QStringLiteral("sdk_calls_per_s") + suffix, b);
        std::printf("ratio%s: %.2f\n", peer.suffix, a.median / b.median);
    }

    // Both eras against one server that speaks both.
    {
        NodePeer server;
        if (const QString why = server.start(
                QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/sdk_v2_server.mjs"), {});
            !why.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(why));
            return 1;
        }
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port()));
        QTemporaryDir dir;
        McpScopeClient modern(url, dir.filePath(QStringLiteral("modern.sqlite")),
                              ProtocolEra::Modern);
        McpScopeClient legacy(url, dir.filePath(QStringLiteral("legacy.sqlite")),
                              ProtocolEra::Legacy);
        if (!modern.ok() || !legacy.ok())
            return 1;
        QList<double> modernRates, legacyRates;
        for (int round = 0; round < rounds; ++round) {
            for (int side = 0; side < 2; ++side) {
                const bool first = (side == 0) == (round % 2 == 0);
                const double rate =
                    first ? modern.callsPerSecond(calls) : legacy.callsPerSecond(calls);
                if (rate < 0)
                    return 1;
                (first ? modernRates : legacyRates) << rate;
            }
        }
        const Spread a = spread(modernRates), b = spread(legacyRates);
        print(QStringLiteral("v2_modern_calls_per_s"), a);
        print(QStringLiteral("v2_legacy_calls_per_s"), b);
        std::printf("ratio_modern_legacy: %.2f\n", a.median / b.median);
    }

    print("sse_parse_mb_per_s", sseParseMbPerSecond());
    return 0;
}
