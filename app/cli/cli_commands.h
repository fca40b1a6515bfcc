#pragma once

#include <QStringList>

// The verbs of mcpscope-cli. Each takes the arguments after the verb and
// returns the process exit code (see exitCodeHelp()).
namespace mcpscope::cli {

enum ExitCode {
    Ok = 0,
    Usage = 1,        // bad arguments
    NetworkError = 2, // DNS, connection, TLS, timeout, connection closed mid-body
    HttpError = 3,    // a response arrived with status >= 400
    StoreError = 4,   // the capture store could not be opened or written
};

QString exitCodeHelp();
int runRequest(const QStringList &args);
int runSessions(const QStringList &args);

} // namespace mcpscope::cli
