// Prints the MCP engine's figures, one "name: value" per line:
//   mcpscope_calls_per_s / sdk_calls_per_s / ratio - sequential tools/call of
//     "echo" against server-everything (Streamable HTTP, loopback), McpScope's
//     engine and the official TypeScript SDK client in the same run;
//   *_min_server and ratio_min_server - the same against a minimal loopback
//     responder, to show whether the server's own time bounds both clients;
//   sse_parse_mb_per_s - the SSE parser over 64 MB of events.
// Timings are printed, never asserted.
#include "mcp/mcp_client.h"
#include "mcp/sse_parser.h"
#include "net/http_client.h"
#include "node_peer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>

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

double mcpscopeCallsPerSecond(const QUrl &url, int calls)
{
    HttpClient http; // no capture store: measure the engine, as the SDK is measured
    McpClient client(&http, nullptr);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&client, &McpClient::connected, &loop, [&] { ok = true; loop.quit(); });
    QObject::connect(&client, &McpClient::failed, &loop, [&](const Error &e) {
        std::fprintf(stderr, "connect failed: %s\n", qPrintable(e.message));
        loop.quit();
    });
    client.connectToServer(url);
    loop.exec();
    if (!ok)
        return -1;
    const QJsonObject params{{QStringLiteral("name"), QStringLiteral("echo")},
                             {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("message"), QStringLiteral("bench")}}}};
    waitFor(client.request(QStringLiteral("tools/call"), params)); // warm-up
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < calls; ++i) {
        McpRequest *request = client.request(QStringLiteral("tools/call"), params);
        waitFor(request);
        if (!request->succeeded()) {
            std::fprintf(stderr, "call failed: %s\n", qPrintable(request->error().message));
            return -1;
        }
        delete request;
    }
    const double rate = calls / (clock.nsecsElapsed() / 1e9);
    client.close();
    return rate;
}

double sdkCallsPerSecond(const QUrl &url, int calls)
{
    QProcess node;
    node.start(nodeBinary(), {QStringLiteral(MCPSCOPE_SOURCE_DIR "/bench/sdk_echo_client.mjs"), peersDir(),
                              url.toString(), QString::number(calls), QStringLiteral("echo")});
    node.waitForFinished(300000);
    const QByteArray out = node.readAllStandardOutput();
    const qsizetype at = out.indexOf("calls_per_s: ");
    if (at < 0) {
        std::fprintf(stderr, "SDK client failed: %s\n", node.readAllStandardError().constData());
        return -1;
    }
    return out.mid(at + 13).trimmed().toDouble();
}

double sseParseMbPerSecond()
{
    QByteArray event = "event: message\nid: 123456\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\","
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
        events += parser.feed(QByteArrayView(stream).sliced(at, std::min<qsizetype>(16384, stream.size() - at))).size();
    const double seconds = clock.nsecsElapsed() / 1e9;
    if (events != stream.size() / event.size())
        std::fprintf(stderr, "parsed %lld events, expected %lld\n", events, qint64(stream.size() / event.size()));
    return stream.size() / 1e6 / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? std::atoi(argv[1]) : 1000;

    // Both clients against the reference server, then against the minimal
    // responder; suffix names the second set of figures.
    struct Peer
    {
        QString script;
        QStringList args;
        const char *suffix;
    };
    const Peer peers[] = {
        {peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"), {QStringLiteral("streamableHttp")}, ""},
        {QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/support/mini_mcp_server.mjs"), {}, "_min_server"},
    };
    for (const Peer &peer : peers) {
        NodePeer server;
        if (const QString why = server.start(peer.script, peer.args); !why.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(why));
            return 1;
        }
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port()));
        const double ours = mcpscopeCallsPerSecond(url, calls);
        const double sdk = sdkCallsPerSecond(url, calls);
        print(qPrintable(QStringLiteral("mcpscope_calls_per_s") + QLatin1String(peer.suffix)), ours);
        print(qPrintable(QStringLiteral("sdk_calls_per_s") + QLatin1String(peer.suffix)), sdk);
        print(qPrintable(QStringLiteral("ratio") + QLatin1String(peer.suffix)), sdk > 0 ? ours / sdk : -1);
    }

    print("sse_parse_mb_per_s", sseParseMbPerSecond());
    return 0;
}
