#pragma once

#include "common/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mcpscope {

class CaptureStore;

struct HarImportOptions
{
    QString name; // the new session's name; empty: the file's name and the HAR's creator
    // Backpressure: the store's write queue is unbounded, so the import waits
    // for it (CaptureStore::flush()) whenever this many jobs are queued.
    int maxQueuedJobs = 4096;
};

struct HarImportResult
{
    QList<qint64> sessionIds; // new sessions, in the order created
    qint64 exchanges = 0;
    qint64 messages = 0;
    qint64 rpcCalls = 0; // JSON-RPC requests paired with their response
    qint64 findings = 0;
    bool fromMcpScope = false; // the HAR carried log._mcpscope
    QStringList notes;         // what was kept as found (unknown body encodings, …)
};

// Imports a HAR file into an open store as new sessions, streaming (one entry
// in memory at a time; see HarReader), redacted on the way in by the store.
//
//  - A HAR that McpScope wrote (log._mcpscope) becomes one session per
//    log._mcpscope.sessions entry, with its kind, messages and findings, so
//    an export imports back into an equal session.
//  - Any other HAR (DevTools, Charles, Fiddler, …) becomes one session of
//    kind "import"; JSON-RPC messages are recognised in request bodies and in
//    JSON and text/event-stream responses, responses paired to requests by id.
//  - All or nothing: on any error (bad input with where it is, or a store
//    that failed to write) the sessions created so far and everything written
//    for them are deleted before the error is returned.
// Runs on the calling thread and blocks; store must be open.
Result<HarImportResult> importHar(const QString &path, CaptureStore &store,
                                  const HarImportOptions &options = {});

} // namespace mcpscope
