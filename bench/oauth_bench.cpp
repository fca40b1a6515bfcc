// oauth_bench: a complete OAuth code flow, from the first 401 through
// discovery, dynamic registration, authorization (headless), the token
// exchange, to the first authorized MCP tool call, against a local
// oidc-provider in front of an SDK-built MCP server. McpScope's engine and
// the official TypeScript SDK client run the same flow in the same run.
// Prints name: value lines (medians over the runs, with min and max):
//   mcpscope_flow_ms, sdk_flow_ms, ratio (sdk / mcpscope: above 1 = faster)
// McpScope records into a capture store, as users run it. Both clients are
// warmed up, then run interleaved in one process each, alternating order.
// Usage: oauth_bench [RUNS]   (default 20)
#include "capture/capture_store.h"
#include "mcp/mcp_client.h"
#include "node_peer.h"
#include "session/mcp_session.h"
#include "tool_result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

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
    return values.size() % 2 ? values[values.size() / 2]
                             : (values[values.size() / 2 - 1] + values[values.size() / 2]) / 2;
}

// One whole flow; -1 when it failed.
void printFigure(const char *name, QList<double> values)
{
    std::sort(values.begin(), values.end());
    std::printf("%s: %.1f (min %.1f, max %.1f)\n", name, median(values), values.first(),
                values.last());
}

// One whole flow, recorded in a capture store as users run it; -1 when it
// failed. (The SDK client keeps nothing; it validates every result with Zod.)
double mcpscopeFlowMs(const QUrl &url, const QString &storePath)
{
    CaptureStore store;
    if (!store.open(storePath))
        return -1;
    QElapsedTimer clock;
    clock.start();
    McpSession session(&store);
    McpClient *client = session.client();
    McpSessionOptions options;
    options.kind = McpSessionOptions::Kind::Http;
    options.target = url.toString();
    options.transport = McpClient::Transport::StreamableHttp;
    OAuthFlow::Settings settings;
    settings.mode = OAuthFlow::Mode::Headless;
    options.oauth = settings;
    QEventLoop loop;
    bool ok = false;
    QObject::connect(client, &McpClient::connected, &loop, [&] {
        McpRequest *call = client->request(QStringLiteral("tools/call"),
                                           {{QStringLiteral("name"), QStringLiteral("whoami")}});
        QObject::connect(call, &McpRequest::finished, &loop, [&, call] {
            ok = call->succeeded() &&
                 firstToolText(call->result()).contains(QStringLiteral("subject="));
            loop.quit();
        });
    });
    QObject::connect(client, &McpClient::failed, &loop, [&](const Error &e) {
        std::fprintf(stderr, "mcpscope flow failed: %s\n", qPrintable(e.message));
        loop.quit();
    });
    if (!session.open(options))
        return -1;
    loop.exec();
    const double ms = clock.nsecsElapsed() / 1e6;
    QEventLoop closing;
    QObject::connect(&session, &McpSession::closed, &closing, &QEventLoop::quit);
    session.close();
    closing.exec();
    return ok ? ms : -1;
}

// The SDK client in one long-lived node process, a flow per request, so
// both clients run warm and interleaved in the same run.
class SdkClient
{
public:
    explicit SdkClient(const QUrl &url)
    {
        m_node.start(nodeBinary(),
                     {QStringLiteral(MCPSCOPE_SOURCE_DIR "/bench/sdk_oauth_client.mjs"), peersDir(),
                      url.toString()});
    }
    ~SdkClient()
    {
        m_node.closeWriteChannel();
        if (!m_node.waitForFinished(5000))
            m_node.kill();
    }
    // One whole flow; -1 when it failed.
    double flowMs()
    {
        m_node.write("run\n");
        while (!m_node.canReadLine())
            if (!m_node.waitForReadyRead(60000)) {
                std::fprintf(stderr, "sdk client: %s\n", m_node.readAllStandardError().constData());
                return -1;
            }
        const QByteArray line = m_node.readLine();
        return line.startsWith("flow_ms: ") ? line.mid(9).trimmed().toDouble() : -1;
    }

private:
    QProcess m_node;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 20;
    NodePeer server;
    QProcessEnvironment env;
    env.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
    if (const QString why = server.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        !why.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port()));
    QTemporaryDir dir;
    SdkClient sdkClient(url);
    // Warm-up for both (JIT, first connections), then interleaved runs,
    // alternating which goes first.
    if (mcpscopeFlowMs(url, dir.filePath(QStringLiteral("warm.sqlite"))) < 0 ||
        sdkClient.flowMs() < 0)
        return 1;
    QList<double> ours, sdk;
    for (int i = 0; i < runs; ++i) {
        for (int side = 0; side < 2; ++side) {
            const bool mine = (side == 0) == (i % 2 == 0);
            const double ms =
                mine ? mcpscopeFlowMs(url, dir.filePath(QStringLiteral("run%1.sqlite").arg(i)))
                     : sdkClient.flowMs();
            if (ms < 0)
                return 1;
            (mine ? ours : sdk) << ms;
        }
    }
    std::printf("runs: %d\n", runs);
    printFigure("mcpscope_flow_ms", ours);
    printFigure("sdk_flow_ms", sdk);
    std::printf("ratio: %.2f\n", median(sdk) / median(ours));
    return 0;
}
