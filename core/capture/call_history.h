#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mcpscope {

// One tools/call as the capture store holds it: the request McpScope sent
// and the answer paired with it (messages.response_to), derived from the
// stored messages, so the history survives restarts and needs no table of
// its own.
struct CallHistoryEntry
{
    enum class Outcome
    {
        Result,    // a result without isError
        ToolError, // a result with isError: true
        RpcError,  // a JSON-RPC error
        NoAnswer,  // none stored (in flight, or never answered)
    };
    qint64 requestMessageId = 0;
    qint64 sessionId = 0;        // the capture session
    qint64 exchangeId = 0;       // the HTTP exchange that carried the request (0: stdio)
    qint64 answerExchangeId = 0; // the one that carried the answer, when another
    qint64 atMs = 0;
    QString tool;
    QByteArray arguments; // as sent (JSON object text; empty: none)
    Outcome outcome = Outcome::NoAnswer;
    QString detail; // the error's message, or the first text of a tool error
    double latencyMs = -1;
    QByteArray answer; // the answer message as stored
};

// The tools/call requests McpScope sent in capture session sessionId and in
// every earlier session to the same target (the sessions' stored target,
// redacted as stored), newest first, at most limit. Reads the store at
// storePath on a connection of its own (the calling thread).
Result<QList<CallHistoryEntry>> readCallHistory(const QString &storePath, qint64 sessionId,
                                                int limit = 500);

} // namespace mcpscope
