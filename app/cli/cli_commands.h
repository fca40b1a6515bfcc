#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace mcpscope {
struct Error;
}
class QJsonValue;

// The verbs of mcpscope-cli. Each takes the arguments after the verb and
// returns the process exit code (see exitCodeHelp()).
namespace mcpscope::cli {

enum ExitCode
{
    Ok = 0,
    Usage = 1,            // bad arguments
    NetworkError = 2,     // DNS, connection, TLS, timeout, connection closed mid-body
    HttpError = 3,        // a response arrived with status >= 400
    StoreError = 4,       // the capture store could not be opened or written
    McpError = 5,         // the MCP server refused: JSON-RPC error, failed initialize, tool isError
    Differs = 6,          // the compared results or interfaces differ (diff), or a replayed call
                          // answered otherwise than recorded, or failed where it had succeeded
    ThresholdCrossed = 7, // stats: a --fail-on threshold was crossed
    FindingsFound = 8,    // findings: a finding at or above --fail-on severity (default error)
    CatalogError = 9, // the server catalog (or its keychain entries) could not be read or written
    // doctor: the first stage that failed (docs/diagnostics.md, the Connection Doctor)
    DoctorConnectivity = 10, // DNS, TCP or TLS
    DoctorHttp = 11,         // no usable HTTP answer
    DoctorCors = 12,         // a browser-based client would be refused
    DoctorMcp = 13,          // initialize failed on every transport
    DoctorAuthentication = 14,
    DoctorOperations = 15, // listing tools, resources, prompts or ping failed
    DoctorPerformance = 16,
    DoctorIntermittency = 17,
};

QString exitCodeHelp();
// Server text bound for a terminal: control characters (escape sequences
// among them) shown as \uXXXX, never written as they are; with keepLines,
// line feeds and tabs stay.
QString terminalText(const QString &text, bool keepLines = false);
// "mcpscope-cli: message" on stderr; message is terminal text (keepLines).
void complain(const QString &message);
// Prints an object or array as indented JSON on stdout.
void printJson(const QJsonValue &value);
// Shared by the verbs: print a usage error; parse a verb's arguments (returns
// an exit code when done, e.g. after --help).
int usage(QCommandLineParser &parser, const QString &message);
// Whether a capture store file is at path; says so when not (a verb that
// reads a capture never makes an empty store at a mistyped path).
bool captureFileFound(const QString &path);
// The exit code for an error that ended a session or a request.
int exitCodeForError(const mcpscope::Error &error, int httpStatus, bool rpcError);
std::optional<int> parseVerb(QCommandLineParser &parser, const QString &verb,
                             const QStringList &args);
int runRequest(const QStringList &args);
int runSessions(const QStringList &args);
int runExport(const QStringList &args);
int runConnect(const QStringList &args);
int runTools(const QStringList &args);
int runResources(const QStringList &args);
int runPrompts(const QStringList &args);
int runConformance(const QStringList &args);
int runAuth(const QStringList &args);
int runReplay(const QStringList &args);
int runMock(const QStringList &args);
int runDiff(const QStringList &args);
int runReport(const QStringList &args);
int runImport(const QStringList &args);
int runBundle(const QStringList &args);
int runStats(const QStringList &args);
int runDoctor(const QStringList &args);
int runFindings(const QStringList &args);
int runCatalog(const QStringList &args);

} // namespace mcpscope::cli
