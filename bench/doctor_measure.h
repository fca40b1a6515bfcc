#pragma once

#include <QString>
#include <QUrl>

// doctor_s for bench/diagnostics_bench (issue 15): how long the Connection
// Doctor takes to walk every stage against a healthy server, and, in the same
// run, the peer figure: the official TypeScript SDK client connecting and
// listing tools (tests/peers/servers/sdk_client_against.mjs) against the same
// server. Both need a running event loop's thread (QCoreApplication) and
// block until done; the doctor itself stays asynchronous inside.
namespace mcpscope::bench {

struct DoctorMeasurement
{
    double doctorSeconds = -1; // median of the runs; -1: a run failed
    double doctorMinSeconds = -1;
    double doctorMaxSeconds = -1;
    double sdkSeconds = -1; // median; -1: the peer could not run
    int checks = 0;         // checks per run (every stage)
    int runs = 0;
    QString problem; // why a figure is missing
};

// Runs the doctor `runs` times against url (default burst 20, 10 repeats) and
// returns the median wall time in seconds, or -1 when a run did not pass
// (problem, when given, says why).
double measureDoctorSeconds(const QUrl &url, int runs = 5, QString *problem = nullptr);

// The SDK client (node sdk_client_against.mjs '[{"method":"tools/list"}]'
// http URL) `runs` times, median seconds (Node's start-up included: that is
// what a user of the SDK client waits), or -1.
double measureSdkClientSeconds(const QUrl &url, const QString &node, const QString &script,
                               int runs = 5, QString *problem = nullptr);

// Both, for one server.
DoctorMeasurement measureDoctor(const QUrl &url, const QString &node, const QString &sdkScript,
                                int runs = 5);

} // namespace mcpscope::bench
