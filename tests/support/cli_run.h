#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>

// Runs mcpscope-cli as a user does, a process of its own, while this
// process's event loop keeps turning (test servers may live here).
namespace mcpscope::testing {

struct CliRun
{
    int exitCode = -1;
    QByteArray out, err;
};

inline CliRun runCli(const QStringList &args,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                     int timeoutMs = 90000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MCPSCOPE_CLI), args);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(timeoutMs))
        process.kill();
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace mcpscope::testing
