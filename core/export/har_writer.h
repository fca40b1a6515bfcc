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
//
// Round trip (importHar() of the HAR gives back an equal store; tested by
// tst_har_round_trip): sessions in id order with name, target, kind, times;
// exchanges with headers in order, bodies byte-equal (a binary request body
// as base64 marked `_encoding` on postData), status, reason, version, state,
// error code (its stable id, e.g. "tls") and message, truncation, sizes, TLS
// chain; messages with payloads byte-equal (an object or array payload is
// written as it is stored and read back as the file has it), responseTo and
// evidence remapped. What HAR's shape cannot carry exactly:
//  - ttfb and total go through timings: wait = ttfb (send 0), receive =
//    total - ttfb. An exchange with no response (status 0, no first byte)
//    puts its total in dns, connect or blocked (by its error) with wait 0,
//    read back as "no first byte". A total never measured (a pending
//    exchange) is written as 0; a ttfb above the total is cut to the total.
//  - A header Qt joined from repeats with '\n' (Set-Cookie) is one HAR
//    header per line; the importer joins consecutive same-named headers of
//    McpScope's HARs again (a store never holds two such in a row).
//  - A payload's leading and trailing white space is not kept, and a payload
//    that is a bare JSON string or number comes back as its text.
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
