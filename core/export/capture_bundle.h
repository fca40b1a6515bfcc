#pragma once

#include "common/error.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace mcpscope {

class ExportRedactor;
class Redactor;

// What goes into a capture bundle: whole sessions (every exchange, message
// and finding of each) and single exchanges (with the messages they carried,
// the findings whose evidence names them, and their sessions' rows).
struct BundleSelection
{
    QList<qint64> sessionIds;
    QList<qint64> exchangeIds;
    bool isEmpty() const { return sessionIds.isEmpty() && exchangeIds.isEmpty(); }
};

// Rows written into a bundle, or imported from one.
struct BundleCounts
{
    qint64 sessions = 0;
    qint64 exchanges = 0;
    qint64 messages = 0;
    qint64 findings = 0;
    // importBundle(): the new ids of the imported sessions, in the bundle's order.
    QList<qint64> sessionIds;
};

// A capture bundle is a standalone `.mcpscope` file: an SQLite capture store
// with the same schema (CaptureSchema), holding a selection of another
// store's rows, swept for secrets again on the way, compacted (VACUUM, 16 KB
// pages, rollback journal: one file, nothing beside it). CaptureReader and
// File > Open Capture read it like any store; importBundle() copies it into
// another store. The full-text index is left empty: readers scan rows past
// the index watermark, and a store a bundle is imported into indexes the new
// rows in its writer's idle time.
namespace CaptureBundle {

// The kinds of value a bundle sweeps, each through the Redactor rule for it.
enum class Field
{
    Text,        // free text: names, error messages, finding arguments, TLS subjects
    CommandLine, // a session target: a URL or a stdio command line
    Url,
    Headers, // a header blob as stored ("Name: value\r\n" lines)
    Body,    // a request/response body or a chunk of one (contentType given)
};

// The one place every copied text or blob value passes through (bundle
// writing and importing both), so a redactor with more rules (the export's,
// with the user's own) changes what every path keeps. A null value stays null
// (an empty view in, an empty array out).
QByteArray redactForBundle(const Redactor &redactor, Field field, QByteArrayView value,
                           QByteArrayView contentType = {});
// The same through an export's redactor: the user's rules apply too, and
// what is removed is counted in its tally.
QByteArray redactForBundle(ExportRedactor &redactor, Field field, QByteArrayView value,
                           QByteArrayView contentType = {});

// Writes selection's rows of the store at storePath into a new bundle at
// bundlePath (replacing a file there only once the bundle is complete).
// Every value goes through redactForBundle(redactor, ...). The bundle is
// written to a temporary file beside bundlePath, owner-only (0600), and
// renamed into place at the end; on any failure nothing is left behind and
// the error says what failed. storePath is read only (another process may
// be writing it). Fails when the selection is empty or names a session or
// exchange the store does not hold.
Result<BundleCounts> write(const QString &storePath, const BundleSelection &selection,
                           const QString &bundlePath, const Redactor &redactor);
// write() with an export's redactor (the user's rules, tallied). The tally
// also counts values a failed write had swept.
Result<BundleCounts> write(const QString &storePath, const BundleSelection &selection,
                           const QString &bundlePath, ExportRedactor &redactor);

// Copies every session of the bundle at bundlePath into the capture store at
// storePath (created and migrated when it is new) as new sessions with fresh
// ids: exchanges, messages (their exchange, response_to and replay_of links),
// response chunks and findings (their evidence arrays) follow the new ids;
// links to rows the bundle does not hold are dropped. Ids are reserved in the
// store's own counters, so a McpScope recording into it meanwhile keeps
// working. Values pass through redactForBundle() with a default Redactor on
// the way in (a bundle may come from anyone). One transaction: all or nothing.
// Returns what was imported, with the new session ids.
Result<BundleCounts> importBundle(const QString &bundlePath, const QString &storePath);

} // namespace CaptureBundle
} // namespace mcpscope
