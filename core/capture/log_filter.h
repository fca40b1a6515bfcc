#pragma once

#include <QString>
#include <QStringList>

namespace mcpscope {

struct CaptureFilter;

// The filter syntax of the capture log's search field, for power users:
//   method:tools/call status:4xx latency:>500ms tool:get-sum session:3 hello
// Terms are separated by whitespace; a value (or a free word) with spaces,
// quotes or colons is written in double quotes, with \" and \\ inside. Keys
// (case-insensitive):
//   method:   a JSON-RPC method (tools/call) or, written in capitals, an
//             HTTP method (POST)
//   tool:     the params.name (tool, prompt) or params.uri (resource) of the
//             request an exchange carried
//   status:   1xx … 5xx, failed, or one code (404)
//   latency:  >500ms, >=1s, <200, <=2.5s (a bare number is milliseconds)
//   session:  a capture session id
//   after:, before:  an ISO 8601 time (UTC when it names no zone)
// Everything else is free text, searched in URLs and bodies. A key with a
// value it cannot take is reported in problems and otherwise ignored. Pure
// (no Qt GUI, no I/O): parse and print are inverse on what parse returns.
struct LogFilterQuery
{
    enum class Status
    {
        Any,
        Informational,
        Success,
        Redirect,
        ClientError,
        ServerError,
        Failed,
        Exact // statusCode
    };

    QString rpcMethod;
    QString httpMethod;
    QString tool;
    Status status = Status::Any;
    int statusCode = 0;
    double minLatencyMs = -1; // inclusive; -1 = none
    double maxLatencyMs = -1; // inclusive; -1 = none
    qint64 sessionId = 0;
    qint64 afterMs = 0;   // started at or after; 0 = none
    qint64 beforeMs = 0;  // started before; 0 = none
    QStringList words;    // free text, each word or quoted phrase
    QStringList problems; // translated, plain text; not part of the filter

    bool isEmpty() const;
    // The filter part only (problems are not compared).
    bool sameFilter(const LogFilterQuery &other) const;
};

LogFilterQuery parseLogFilter(QStringView text);
// Canonical text of query's filter (problems left out); parsing it gives the
// same filter.
QString printLogFilter(const LogFilterQuery &query);
// One term as the user would type it (a value quoted when it must be).
QString logFilterTerm(const QString &key, const QString &value);
// Sets filter's fields from query (those query leaves empty stay as they are;
// words replace text).
void applyLogFilter(const LogFilterQuery &query, CaptureFilter &filter);

} // namespace mcpscope
