// Prints mcpscope-cli's start-to-exit time for one stdio session, one
// "name: value" per line:
//   mcpscope_tools_list_s - `mcpscope-cli tools list --stdio "<server-everything> stdio"`
//     with a capture store, as users run it (initialize, tools/list, close);
//   bare_client_tools_list_s - the same exchange by bare_stdio_client, the
//     smallest client (no validation, no capture);
//   ratio - the first over the second (target: at most 1.2).
// Both start the same server-everything process and end when it has exited.
// Runs are interleaved A/B after one warm-up of each; medians are printed,
// with the spread (min-max). Timings are printed, never asserted.
#include "node_peer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace mcpscope::testing;

namespace {

double run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed (exit %d): %s\n", qPrintable(program), process.exitCode(),
                     process.readAllStandardOutput().left(300).constData());
        return -1;
    }
    return clock.nsecsElapsed() / 1e9;
}

struct Figures
{
    double median, min, max;
};

Figures figures(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    const double median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    return {median, samples.first(), samples.last()};
}

void print(const char *name, const Figures &f)
{
    std::printf("%s: %.3f (min %.3f, max %.3f)\n", name, f.median, f.min, f.max);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 15;
    const QString server =
        peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
    if (!QFile::exists(server)) {
        std::fprintf(stderr, "server-everything is not installed: run scripts/setup.sh tests\n");
        return 1;
    }
    const QString node = nodeBinary();
    QTemporaryDir dir;
    const QStringList cliArgs{
        QStringLiteral("tools"),   QStringLiteral("list"),
        QStringLiteral("--stdio"), QStringLiteral("\"%1\" \"%2\" stdio").arg(node, server),
        QStringLiteral("--store"), dir.filePath(QStringLiteral("bench.sqlite"))};
    const QStringList bareArgs{node, server, QStringLiteral("stdio")};
    // Warm-up: the page cache and node's compile cache for both.
    if (run(QStringLiteral(MCPSCOPE_CLI), cliArgs) < 0 ||
        run(QStringLiteral(BARE_CLIENT), bareArgs) < 0)
        return 1;
    QList<double> cli, bare;
    for (int i = 0; i < rounds; ++i) {
        // Interleaved, and alternating which goes first.
        const bool cliFirst = i % 2 == 0;
        for (int side = 0; side < 2; ++side) {
            const bool isCli = (side == 0) == cliFirst;
            const double seconds = isCli ? run(QStringLiteral(MCPSCOPE_CLI), cliArgs)
                                         : run(QStringLiteral(BARE_CLIENT), bareArgs);
            if (seconds < 0)
                return 1;
            (isCli ? cli : bare).append(seconds);
        }
    }
    const Figures a = figures(cli), b = figures(bare);
    print("mcpscope_tools_list_s", a);
    print("bare_client_tools_list_s", b);
    std::printf("ratio: %.2f\nrounds: %d\n", a.median / b.median, rounds);
    return 0;
}
