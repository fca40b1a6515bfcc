// doctor_s (issue 15): the Connection Doctor's whole walk against a healthy
// local server-everything (target < 2 s), beside the official SDK client
// connecting and listing tools against the same server, in the same run.
// bench/diagnostics_bench calls the same measurement (doctor_measure.h).
#include "doctor_measure.h"
#include "node_peer.h"

#include <QCoreApplication>

#include <cstdio>

using namespace mcpscope;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    testing::NodePeer everything;
    const QString why = everything.start(
        testing::peersDir() +
            QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
        {QStringLiteral("streamableHttp")});
    if (!why.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/mcp").arg(everything.port()));
    const bench::DoctorMeasurement m = bench::measureDoctor(
        url, testing::nodeBinary(),
        QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/sdk_client_against.mjs"), 5);
    if (m.doctorSeconds < 0) {
        std::fprintf(stderr, "doctor failed: %s\n", qPrintable(m.problem));
        return 1;
    }
    std::printf("doctor_checks: %d\nruns: %d\n", m.checks, m.runs);
    std::printf("doctor_s: %.3f (min %.3f, max %.3f; target < 2)\n", m.doctorSeconds,
                m.doctorMinSeconds, m.doctorMaxSeconds);
    if (m.sdkSeconds < 0) {
        std::fprintf(stderr, "peer: %s\n", qPrintable(m.problem));
        return 1;
    }
    std::printf("sdk_client_connect_list_s: %.3f (node start-up included)\n", m.sdkSeconds);
    std::printf("ratio_doctor_to_sdk: %.2f\n", m.doctorSeconds / m.sdkSeconds);
    return m.doctorSeconds < 2.0 ? 0 : 2;
}
