#pragma once

#include "common/error.h"
#include "export/export_redactor.h"

#include <QList>
#include <QString>

class QIODevice;

namespace mcpscope {

// What an export covers: the whole store when both lists are empty, else the
// listed sessions' exchanges plus the listed exchanges.
struct ExportScope
{
    QList<qint64> sessionIds;
    QList<qint64> exchangeIds;
    bool isWholeStore() const { return sessionIds.isEmpty() && exchangeIds.isEmpty(); }
};

// Writes a capture store (or part of it) as a HAR 1.2 document, an entry at a
// time: memory stays flat whatever the store's size. Every exchange, message,
// finding and session text passes through one ExportRedactor; McpScope's own
// members (`_mcpscope` on the log and on each entry, the contract in
// DESIGN.md's issue-13 notes) carry sessions, JSON-RPC messages, findings and
// SSE events. Use it on one thread; it opens its own read connections.
class HarWriter final
{
    Q_DISABLE_COPY_MOVE(HarWriter)

public:
    explicit HarWriter(const RedactionRules &rules = {});
    ~HarWriter();

    // Writes the HAR to out (open for writing). A store that cannot be read
    // or a device that refuses bytes is an error naming the cause; out may
    // then hold part of a document (write to a temporary file).
    Result<void> write(const QString &storePath, const ExportScope &scope, QIODevice &out);

    // Exchanges written by the last write().
    qint64 exchangesWritten() const { return m_written; }
    // Everything removed so far, by kind and name.
    const RedactionTally &tally() const { return m_redactor.tally(); }

private:
    ExportRedactor m_redactor;
    qint64 m_written = 0;
};

// The store as McpScope's own JSON ({"exchanges": [...], "messages": [...]}),
// what `mcpscope-cli export --format json` has always printed, now through
// the same ExportRedactor. Built whole in memory (a QJsonDocument).
Result<void> writeJsonExport(const QString &storePath, const ExportScope &scope,
                             ExportRedactor &redactor, QIODevice &out);

} // namespace mcpscope
