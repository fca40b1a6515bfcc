// oauth_bench: a complete OAuth code flow, from the first 401 through
// discovery, dynamic registration, authorization (headless), the token
// exchange, to the first authorized MCP tool call, against a local
// oidc-provider in front of an SDK-built MCP server. McpScope's engine and
// the official TypeScript SDK client run the same flow in the same run.
// Prints name: value lines (medians over the runs):
//   mcpscope_flow_ms, sdk_flow_ms, ratio (sdk / mcpscope: above 1 = faster)
// Usage: oauth_bench [RUNS]   (default 20)
#include "mcp/mcp_client.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/mcp_authorizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.size() % 2 ? values[values.size() / 2] : (values[values.size() / 2 - 1] + values[values.size() / 2]) / 2;
}

// One whole flow; -1 when it failed.
double mcpscopeFlowMs(const QUrl &url)
{
    QElapsedTimer clock;
    clock.start();
    HttpClient http; // no capture store: the engine, as the SDK is measured
    McpAuthorizer authorizer(&http);
    OAuthFlow::Settings settings;
    settings.mode = OAuthFlow::Mode::Headless;
    authorizer.setFlowSettings(settings);
    McpClient client(&http, nullptr);
    authorizer.attach(&client);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&client, &McpClient::connected, &loop, [&] {
        McpRequest *call = client.request(QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("whoami")}});
        QObject::connect(call, &McpRequest::finished, &loop, [&, call] {
            ok = call->succeeded() && call->result().toObject().value(QStringLiteral("content")).toArray().first().toObject()
                                          .value(QStringLiteral("text")).toString().contains(QStringLiteral("subject="));
            loop.quit();
        });
    });
    QObject::connect(&client, &McpClient::failed, &loop, [&](const Error &e) {
        std::fprintf(stderr, "mcpscope flow failed: %s\n", qPrintable(e.message));
        loop.quit();
    });
    client.connectToServer(url, McpClient::Transport::StreamableHttp);
    loop.exec();
    const double ms = clock.nsecsElapsed() / 1e6;
    client.close();
    return ok ? ms : -1;
}

QList<double> sdkFlowMs(const QUrl &url, int runs)
{
    QProcess node;
    node.start(nodeBinary(), {QStringLiteral(MCPSCOPE_SOURCE_DIR "/bench/sdk_oauth_client.mjs"), peersDir(), url.toString(),
                              QString::number(runs)});
    node.waitForFinished(300000);
    QList<double> values;
    const QString out = QString::fromUtf8(node.readAllStandardOutput());
    static const QRegularExpression line(QStringLiteral("flow_ms: ([0-9.]+)"));
    for (auto it = line.globalMatch(out); it.hasNext();)
        values << it.next().captured(1).toDouble();
    if (values.size() != runs)
        std::fprintf(stderr, "sdk client: %s\n", node.readAllStandardError().constData());
    return values;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 20;
    NodePeer server;
    QProcessEnvironment env;
    env.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
    if (const QString why = server.start(QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {}, env);
        !why.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port()));
    // Warm-up for both (JIT, first connections), then alternate-free runs.
    mcpscopeFlowMs(url);
    sdkFlowMs(url, 1);
    QList<double> ours;
    for (int i = 0; i < runs; ++i) {
        const double ms = mcpscopeFlowMs(url);
        if (ms < 0)
            return 1;
        ours << ms;
    }
    const QList<double> sdk = sdkFlowMs(url, runs);
    const double oursMedian = median(ours);
    const double sdkMedian = median(sdk);
    std::printf("runs: %d\n", runs);
    std::printf("mcpscope_flow_ms: %.1f\n", oursMedian);
    std::printf("sdk_flow_ms: %.1f\n", sdkMedian);
    std::printf("ratio: %.2f\n", sdkMedian > 0 && oursMedian > 0 ? sdkMedian / oursMedian : -1.0);
    return sdk.size() == runs ? 0 : 1;
}
