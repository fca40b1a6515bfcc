#include "capture/capture_writer.h"

#include "capture/call_fact.h"
#include "capture/capture_codec.h"
#include "capture/capture_ids.h"
#include "capture/capture_schema.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>
#include <functional>

namespace mcpscope {

namespace {

constexpr int kMaxJobsPerTransaction = 8192;
constexpr int kIndexChunk = 512;
// Rows the facts back-fill passes per transaction: a store of millions of
// exchanges opened for the first time must not stall the writer.
constexpr int kFactsChunk = 512;

bool isFinal(Exchange::State state)
{
    return state == Exchange::State::Complete || state == Exchange::State::Failed;
}

// The tokenizer would turn binary bodies into noise terms.
QByteArray indexableText(const QByteArray &body)
{
    return body.contains('\0') ? QByteArray() : body;
}

// A prepared statement on the writer's raw SQLite handle. The writer is the
// hot path (tens of thousands of rows a second); QSqlQuery's per-call
// QVariant traffic cost five times what SQLite itself needs, so the writer
// binds and steps through the C API on the connection QtSql opened.
class Statement
{
public:
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { finalize(); }
    void finalize()
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }

    bool prepare(sqlite3 *db, const char *sql)
    {
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) ==
               SQLITE_OK;
    }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, int v) { sqlite3_bind_int(m_stmt, i, v); }
    void bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    // Text is copied: callers pass temporaries.
    void bind(int i, const QString &v)
    {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    // Not copied: the bytes must outlive step() (rows own theirs).
    void bindText(int i, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    // Blobs are not copied: they must outlive step().
    void bindBlob(int i, const QByteArray &v)
    {
        sqlite3_bind_blob(m_stmt, i, v.constData(), int(v.size()), SQLITE_STATIC);
    }
    int step() { return sqlite3_step(m_stmt); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// The host without QUrl's full parse (it showed up in profiles); the
// same answer for the http(s) URLs HttpClient records.
QString hostOf(const QString &url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return {};
    qsizetype start = scheme + 3;
    qsizetype end = start;
    while (end < url.size() && url.at(end) != u'/' && url.at(end) != u'?' && url.at(end) != u'#')
        ++end;
    QStringView authority = QStringView(url).sliced(start, end - start);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0)
        authority = authority.sliced(at + 1);
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        return (close > 0 ? authority.sliced(1, close - 1) : authority).toString().toLower();
    }
    if (const qsizetype colon = authority.indexOf(u':'); colon >= 0)
        authority = authority.first(colon);
    return authority.toString().toLower();
}

QByteArray columnBytes(sqlite3_stmt *stmt, int column)
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(stmt, column));
    return QByteArray(data, sqlite3_column_bytes(stmt, column));
}

} // namespace

class CaptureWriter::Connection
{
public:
    Connection(const QString &path, CaptureIds *ids) : m_ids(ids)
    {
        static std::atomic<int> serial{0};
        m_name = QStringLiteral("mcpscope-writer-%1").arg(serial.fetch_add(1));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
    }
    ~Connection()
    {
        // Statements must be gone before the driver closes the handle.
        for (Statement *stmt :
             {&m_insertExchange, &m_updateExchange,  &m_insertBody,         &m_updateBody,
              &m_indexText,      &m_selectUnindexed, &m_setWatermark,       &m_insertSession,
              &m_endSession,     &m_insertMessage,   &m_getWatermark,       &m_selectState,
              &m_insertChunk,    &m_selectChunks,    &m_selectResponseBody, &m_deleteChunks,
              &m_settleBody,     &m_factExchange,    &m_factMessagesOf,     &m_factAnswersTo,
              &m_factMessage,    &m_upsertFact,      &m_scanExchanges,      &m_scanMessages,
              &m_getMeta,        &m_setMeta,         &m_requestCarrier,     &m_sessionEra})
            stmt->finalize();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    Result<void> open()
    {
        if (!m_db.open())
            return makeError(
                ErrorCode::StoreOpen,
                tr("Could not open the capture store: %1").arg(m_db.lastError().text()));
        if (auto ok = CaptureSchema::configureConnection(m_db); !ok)
            return ok;
        // Checkpoint every 64 MB (1024 pages of 64 KB) instead of SQLite's
        // 1000 pages; the WAL is trimmed back to that size. A 64 MB cache
        // keeps the B-trees' hot pages out of pread.
        // Foreign keys are declared in the schema but not enforced on this
        // connection: every row reaches disk through this writer, which keeps
        // the links itself, and enforcement cost a third of ingest speed.
        for (const char *pragma :
             {"PRAGMA wal_autocheckpoint=1024", "PRAGMA journal_size_limit=67108864",
              "PRAGMA cache_size=-65536", "PRAGMA foreign_keys=OFF"})
            QSqlQuery(m_db).exec(QString::fromLatin1(pragma));
        const QVariant handle = m_db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return makeError(ErrorCode::StoreOpen,
                             tr("The Qt SQLite driver did not expose its SQLite handle."));
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        const bool prepared =
            m_insertExchange.prepare(
                m_handle,
                "INSERT INTO exchanges(id, session_id, started_at, state, method, url, host, "
                "status,"
                " http_version, content_type, request_size, response_size, response_truncated,"
                " ttfb_ms, total_ms, error_code, error_message)"
                " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)") &&
            m_updateExchange.prepare(m_handle, "UPDATE exchanges SET session_id=?2, started_at=?3, "
                                               "state=?4, method=?5, url=?6, host=?7,"
                                               " status=?8, http_version=?9, content_type=?10, "
                                               "request_size=?11, response_size=?12,"
                                               " response_truncated=?13, ttfb_ms=?14, "
                                               "total_ms=?15, error_code=?16, error_message=?17"
                                               " WHERE id=?1") &&
            m_insertBody.prepare(
                m_handle,
                "INSERT INTO exchange_bodies(exchange_id, request_headers, request_body,"
                " response_headers, response_body, tls_chain) VALUES (?1,?2,?3,?4,?5,?6)") &&
            m_updateBody.prepare(m_handle,
                                 "UPDATE exchange_bodies SET request_headers=?2, request_body=?3, "
                                 "response_headers=?4,"
                                 " response_body=?5, tls_chain=?6 WHERE exchange_id=?1") &&
            m_indexText.prepare(m_handle, "INSERT INTO exchange_text(rowid, url, request_body, "
                                          "response_body) VALUES (?,?,?,?)") &&
            m_selectUnindexed.prepare(
                m_handle,
                "SELECT e.id, e.url, e.state, b.request_body, b.response_body,"
                " EXISTS(SELECT 1 FROM response_chunks c WHERE c.exchange_id = e.id)"
                " FROM exchanges e JOIN exchange_bodies b ON b.exchange_id = e.id WHERE e.id > ?"
                " ORDER BY e.id LIMIT ?") &&
            m_setWatermark.prepare(m_handle,
                                   "UPDATE store_meta SET value=? WHERE key='fts_watermark'") &&
            m_insertSession.prepare(m_handle, "INSERT OR REPLACE INTO sessions(id, name, target, "
                                              "kind, started_at) VALUES (?,?,?,?,?)") &&
            m_endSession.prepare(m_handle, "UPDATE sessions SET ended_at=? WHERE id=?") &&
            m_sessionEra.prepare(m_handle, "UPDATE sessions SET era=? WHERE id=?") &&
            m_insertMessage.prepare(
                m_handle, "INSERT INTO messages(id, session_id, exchange_id, direction, kind, "
                          "rpc_id, method, payload,"
                          " at_ms, response_to, latency_ms, round_of)"
                          " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)") &&
            m_getWatermark.prepare(m_handle,
                                   "SELECT value FROM store_meta WHERE key='fts_watermark'") &&
            m_selectState.prepare(m_handle, "SELECT state FROM exchanges WHERE id=?1") &&
            m_insertChunk.prepare(
                m_handle, "INSERT INTO response_chunks(exchange_id, data) VALUES (?1,?2)") &&
            m_selectChunks.prepare(
                m_handle, "SELECT data FROM response_chunks WHERE exchange_id=?1 ORDER BY id") &&
            m_selectResponseBody.prepare(
                m_handle, "SELECT response_body FROM exchange_bodies WHERE exchange_id=?1") &&
            m_deleteChunks.prepare(m_handle, "DELETE FROM response_chunks WHERE exchange_id=?1") &&
            m_settleBody.prepare(m_handle, "UPDATE exchange_bodies SET response_headers=?2,"
                                           " tls_chain=?3 WHERE exchange_id=?1") &&
            prepareFacts();
        if (!prepared)
            return makeError(ErrorCode::StoreSql,
                             tr("The capture store could not prepare a statement: %1")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
        QSqlQuery q(m_db);
        m_watermark = readWatermark();
        if (q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM exchanges WHERE id > %1)")
                       .arg(m_watermark)) &&
            q.next())
            m_indexBehind = q.value(0).toBool();
        m_factsBehind = true; // a store from before schema 5 is back-filled; else a quick look
        return {};
    }

    // Writes one batch in one transaction. Returns the exchange ids written.
    Result<QList<qint64>> write(std::deque<Job> &jobs, bool *sessionsTouched, int *factsWritten)
    {
        QList<qint64> ids;
        // IMMEDIATE: the write lock up front, waiting (busy timeout) for other
        // processes' writers; a deferred transaction could not wait once read.
        if (!execSql("BEGIN IMMEDIATE"))
            return fail(tr("Could not start a write transaction: %1"));
        // Another process's indexer may have moved the watermark.
        m_watermark = readWatermark();
        for (Job &job : jobs) {
            bool ok = true;
            if (auto *e = std::get_if<ExchangeRow>(&job)) {
                ok = writeExchange(*e);
                ids.append(e->id);
                if (e->final)
                    m_dirtyExchanges.insert(e->id);
            } else if (auto *m = std::get_if<MessageRecord>(&job)) {
                ok = writeMessage(*m);
                markDirty(*m);
            } else if (auto *s = std::get_if<SessionStart>(&job)) {
                m_insertSession.bind(1, s->id);
                m_insertSession.bind(2, s->name);
                m_insertSession.bind(3, s->target);
                m_insertSession.bind(4, s->kind);
                m_insertSession.bind(5, s->startedAtMs);
                ok = step(m_insertSession) && applyPendingLink(0, s->id);
                *sessionsTouched = true;
            } else if (auto *end = std::get_if<SessionEnd>(&job)) {
                m_endSession.bind(1, end->endedAtMs);
                m_endSession.bind(2, end->id);
                ok = step(m_endSession);
                *sessionsTouched = true;
            } else if (auto *era = std::get_if<SessionEra>(&job)) {
                m_sessionEra.bind(1, era->era);
                m_sessionEra.bind(2, era->id);
                ok = step(m_sessionEra);
                *sessionsTouched = true;
            } else if (auto *link = std::get_if<ReplayLink>(&job)) {
                ok = writeLink(*link);
                *sessionsTouched = *sessionsTouched || link->table == 0;
            }
            if (!ok) {
                const Failure failure =
                    fail(tr("Writing the capture store failed: %1. Check free disk space and "
                            "that the file is writable."));
                execSql("ROLLBACK");
                clearDirty();
                return failure;
            }
        }
        // The facts of what this batch settled, in its transaction: a reader
        // told of the commit finds them, and a killed process loses none.
        const int facts = updateDirtyFacts();
        const bool reserved = facts >= 0 && m_ids->topUp(m_handle);
        if (!reserved || !execSql("COMMIT")) {
            const Failure failure = fail(tr("Could not commit captured data: %1"));
            execSql("ROLLBACK");
            m_ids->dropped();
            clearDirty();
            return failure;
        }
        m_ids->published();
        *factsWritten = facts;
        if (!ids.isEmpty())
            m_indexBehind = true;
        if (!ids.isEmpty() || facts > 0)
            m_factsBehind = true; // the back-fill passes its watermarks over them
        return ids;
    }

    bool factsBehind() const { return m_factsBehind; }
    void setFactsBehind() { m_factsBehind = true; }

    // Passes up to one chunk of exchanges and one of messages past the facts
    // watermarks, in one transaction, and writes the facts missing among
    // them (rows written before schema 5, imported bundles, rows a killed
    // process left). A row still pending or streaming is passed: its writer
    // computes its fact when it settles (updateDirtyFacts()).
    Result<int> factsChunk()
    {
        m_factsBehind = false; // set again below on success: a failure must not spin
        if (!execSql("BEGIN IMMEDIATE"))
            return fail(tr("Could not start a transaction for the call facts: %1"));
        qint64 exchangeMark = readMeta("facts_watermark");
        qint64 messageMark = readMeta("facts_message_watermark");
        int written = 0, exchanges = 0, messages = 0;
        QList<qint64> missing;
        m_scanExchanges.bind(1, exchangeMark);
        m_scanExchanges.bind(2, kFactsChunk);
        while (m_scanExchanges.step() == SQLITE_ROW) {
            ++exchanges;
            exchangeMark = sqlite3_column_int64(m_scanExchanges.get(), 0);
            if (sqlite3_column_int(m_scanExchanges.get(), 1))
                missing.append(exchangeMark);
        }
        m_scanExchanges.reset();
        // A failed fact stops the chunk at once: SQLite's message for it is
        // what the user reads, and a later statement would overwrite it.
        for (qint64 id : std::as_const(missing)) {
            const int n = exchangeFact(id);
            if (n < 0)
                return rollBack(tr("Could not commit the call facts: %1"));
            written += n;
        }
        missing.clear();
        m_scanMessages.bind(1, messageMark);
        m_scanMessages.bind(2, kFactsChunk);
        while (m_scanMessages.step() == SQLITE_ROW) {
            ++messages;
            messageMark = sqlite3_column_int64(m_scanMessages.get(), 0);
            if (sqlite3_column_int(m_scanMessages.get(), 1))
                missing.append(messageMark);
        }
        m_scanMessages.reset();
        for (qint64 id : std::as_const(missing)) {
            const int n = stdioFact(id);
            if (n < 0)
                return rollBack(tr("Could not commit the call facts: %1"));
            written += n;
        }
        if (!writeMeta("facts_watermark", exchangeMark) ||
            !writeMeta("facts_message_watermark", messageMark) || !execSql("COMMIT"))
            return rollBack(tr("Could not commit the call facts: %1"));
        m_factsBehind = exchanges == kFactsChunk || messages == kFactsChunk;
        return written;
    }

    bool indexBehind() const { return m_indexBehind; }
    void setIndexBehind() { m_indexBehind = true; }

    // Indexes up to one chunk of rows past the watermark, in one transaction.
    Result<void> indexChunk()
    {
        m_indexBehind = false; // set again below on success: a failing index must not spin
        if (!execSql("BEGIN IMMEDIATE"))
            return fail(tr("Could not start an index transaction: %1"));
        // Read under the write lock: no other process indexes these rows now.
        m_watermark = readWatermark();
        m_selectUnindexed.bind(1, m_watermark);
        m_selectUnindexed.bind(2, kIndexChunk);
        int rows = 0;
        qint64 last = m_watermark;
        int rc;
        bool ok = true;
        sqlite3_stmt *select = m_selectUnindexed.get();
        while (ok && (rc = m_selectUnindexed.step()) == SQLITE_ROW) {
            ++rows;
            last = sqlite3_column_int64(select, 0);
            const QByteArray state = columnBytes(select, 2);
            // A row still streaming is indexed by its writer when it settles
            // (writeExchange()), whichever process that is.
            if (state == "complete" || state == "failed") {
                QByteArray response = columnBytes(select, 4);
                if (sqlite3_column_int(select, 5))
                    ok = appendChunks(last, &response);
                ok = ok && indexRow(last, columnBytes(select, 1), columnBytes(select, 3), response);
            }
        }
        m_selectUnindexed.reset();
        if (ok) {
            m_setWatermark.bind(1, last);
            ok = step(m_setWatermark);
        }
        if (!ok || !execSql("COMMIT"))
            return rollBack(tr("Could not commit the search index: %1"));
        m_watermark = last;
        m_indexBehind = rows == kIndexChunk;
        return {};
    }

private:
    bool prepareFacts()
    {
        static const char messageColumns[] =
            "SELECT id, session_id, exchange_id, direction, kind, rpc_id, method, payload, at_ms,"
            " response_to, latency_ms FROM messages ";
        // A fact reads at most 64 KB of the bodies, and only of those it
        // looks into: a form request's (grant_type, token) and an error
        // response's (OAuth error codes, a 401 saying expired). Everything
        // else it needs is in the row, the headers and the messages.
        return m_factExchange.prepare(
                   m_handle,
                   "SELECT e.session_id, e.started_at, e.state, e.method, e.url, e.status,"
                   " e.request_size, e.response_size, e.ttfb_ms, e.total_ms, b.request_headers,"
                   " CASE WHEN instr(lower(b.request_headers), 'x-www-form-urlencoded')"
                   " THEN substr(b.request_body, 1, 65536) END, b.response_headers,"
                   " CASE WHEN e.status >= 400 THEN substr(b.response_body, 1, 65536) END,"
                   " e.error_code"
                   " FROM exchanges e LEFT JOIN exchange_bodies b ON b.exchange_id = e.id"
                   " WHERE e.id = ?1") &&
               m_factMessagesOf.prepare(m_handle, QByteArray(QByteArray(messageColumns) +
                                                             "WHERE exchange_id = ?1 ORDER BY id")
                                                      .constData()) &&
               m_factAnswersTo.prepare(m_handle, QByteArray(QByteArray(messageColumns) +
                                                            "WHERE response_to = ?1 ORDER BY id")
                                                     .constData()) &&
               m_factMessage.prepare(
                   m_handle,
                   QByteArray(QByteArray(messageColumns) + "WHERE id = ?1").constData()) &&
               m_upsertFact.prepare(
                   m_handle,
                   "INSERT OR REPLACE INTO call_facts(session_id, exchange_id, message_id, at_ms,"
                   " label, tool, ttfb_ms, total_ms, outcome, status, bytes_out, bytes_in,"
                   " auth_event, retry_after_ms, rl_limit, rl_remaining)"
                   " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)") &&
               m_scanExchanges.prepare(
                   m_handle, "SELECT e.id, e.state IN ('complete', 'failed') AND NOT EXISTS("
                             "SELECT 1 FROM call_facts f WHERE f.exchange_id = e.id)"
                             " FROM exchanges e WHERE e.id > ?1 ORDER BY e.id LIMIT ?2") &&
               m_scanMessages.prepare(
                   m_handle, "SELECT m.id, m.exchange_id IS NULL AND m.direction = 'out' AND"
                             " m.kind = 'request' AND NOT EXISTS("
                             "SELECT 1 FROM call_facts f WHERE f.message_id = m.id)"
                             " FROM messages m WHERE m.id > ?1 ORDER BY m.id LIMIT ?2") &&
               m_getMeta.prepare(m_handle, "SELECT value FROM store_meta WHERE key = ?1") &&
               m_requestCarrier.prepare(m_handle,
                                        "SELECT IFNULL(exchange_id, 0) FROM messages WHERE id = ?1"
                                        " AND direction = 'out' AND kind = 'request'") &&
               m_setMeta.prepare(m_handle,
                                 "INSERT OR REPLACE INTO store_meta(key, value) VALUES (?1, ?2)");
    }

    qint64 readMeta(const char *key)
    {
        m_getMeta.bindText(1, QByteArray::fromRawData(key, qstrlen(key)));
        qint64 value = 0;
        if (m_getMeta.step() == SQLITE_ROW)
            value = sqlite3_column_int64(m_getMeta.get(), 0);
        m_getMeta.reset();
        return value;
    }

    bool writeMeta(const char *key, qint64 value)
    {
        m_setMeta.bindText(1, QByteArray::fromRawData(key, qstrlen(key)));
        m_setMeta.bind(2, value);
        return step(m_setMeta);
    }

    // What a written message changes: the fact of the exchange carrying it,
    // of the stdio request it is, or of the request it answers.
    void markDirty(const MessageRecord &m)
    {
        if (m.exchangeId > 0)
            m_dirtyExchanges.insert(m.exchangeId);
        else if (m.outgoing && m.kind == u"request")
            m_dirtyRequests.insert(m.id);
        if (!m.outgoing && m.responseTo > 0)
            m_dirtyAnswered.insert(m.responseTo);
    }

public:
    // Issue 17: the exchanges this writer left pending or streaming when the
    // store closes (a DELETE sent on quit that got no answer before the
    // process went) are marked failed, saying so, rather than pending
    // forever; their facts follow.
    Result<void> settleUnanswered()
    {
        if (m_unsettled.isEmpty())
            return {};
        if (!execSql("BEGIN IMMEDIATE"))
            return fail(tr("Could not start a transaction to settle open exchanges: %1"));
        Statement settle;
        bool ok = settle.prepare(
            m_handle, "UPDATE exchanges SET state='failed', error_code=?1, error_message="
                      "CASE state WHEN 'streaming' THEN ?3 ELSE ?2 END"
                      " WHERE id=?4 AND state NOT IN ('complete', 'failed')");
        const QByteArray code = errorCodeId(ErrorCode::NetAborted).toUtf8();
        const QByteArray noAnswer = tr("No answer before McpScope closed.").toUtf8();
        const QByteArray stillOpen =
            tr("The response was still streaming when McpScope closed.").toUtf8();
        for (qint64 id : std::as_const(m_unsettled)) {
            if (!ok)
                break;
            settle.bindText(1, code);
            settle.bindText(2, noAnswer);
            settle.bindText(3, stillOpen);
            settle.bind(4, id);
            ok = step(settle);
            m_dirtyExchanges.insert(id);
        }
        m_unsettled.clear();
        if (!ok || updateDirtyFacts() < 0 || !execSql("COMMIT")) {
            const Failure failure = fail(tr("Could not settle open exchanges: %1"));
            execSql("ROLLBACK");
            clearDirty();
            return failure;
        }
        clearDirty();
        return {};
    }

private:
    void clearDirty()
    {
        m_dirtyExchanges.clear();
        m_dirtyRequests.clear();
        m_dirtyAnswered.clear();
    }

    // Recomputes the facts the batch touched. Returns how many were written,
    // -1 on an SQL failure.
    int updateDirtyFacts()
    {
        for (qint64 requestId : std::as_const(m_dirtyAnswered)) {
            m_requestCarrier.bind(1, requestId);
            if (m_requestCarrier.step() == SQLITE_ROW) {
                const qint64 carrier = sqlite3_column_int64(m_requestCarrier.get(), 0);
                if (carrier > 0)
                    m_dirtyExchanges.insert(carrier);
                else
                    m_dirtyRequests.insert(requestId);
            }
            m_requestCarrier.reset();
        }
        int written = 0;
        bool ok = true;
        for (qint64 id : std::as_const(m_dirtyExchanges)) {
            const int n = exchangeFact(id);
            ok = ok && n >= 0;
            written += std::max(n, 0);
        }
        for (qint64 id : std::as_const(m_dirtyRequests)) {
            const int n = stdioFact(id);
            ok = ok && n >= 0;
            written += std::max(n, 0);
        }
        clearDirty();
        return ok ? written : -1;
    }

    static MessageRecord messageOf(sqlite3_stmt *row)
    {
        MessageRecord m;
        m.id = sqlite3_column_int64(row, 0);
        m.sessionId = sqlite3_column_int64(row, 1);
        m.exchangeId = sqlite3_column_int64(row, 2);
        m.outgoing = columnBytes(row, 3) == "out";
        m.kind = QString::fromUtf8(columnBytes(row, 4));
        m.rpcId = QString::fromUtf8(columnBytes(row, 5));
        m.method = QString::fromUtf8(columnBytes(row, 6));
        m.payload = columnBytes(row, 7);
        m.atMs = sqlite3_column_int64(row, 8);
        m.responseTo = sqlite3_column_int64(row, 9);
        m.latencyMs =
            sqlite3_column_type(row, 10) == SQLITE_NULL ? -1.0 : sqlite3_column_double(row, 10);
        return m;
    }

    bool readMessages(Statement &stmt, qint64 id, QList<MessageRecord> *out)
    {
        stmt.bind(1, id);
        int rc;
        while ((rc = stmt.step()) == SQLITE_ROW)
            out->append(messageOf(stmt.get()));
        stmt.reset();
        return rc == SQLITE_DONE;
    }

    bool upsertFact(const CallFact &f)
    {
        Statement &q = m_upsertFact;
        if (f.sessionId > 0)
            q.bind(1, f.sessionId);
        else
            q.bindNull(1);
        if (f.exchangeId > 0)
            q.bind(2, f.exchangeId);
        else
            q.bindNull(2);
        if (f.messageId > 0)
            q.bind(3, f.messageId);
        else
            q.bindNull(3);
        q.bind(4, f.atMs);
        q.bind(5, f.label);
        q.bind(6, f.tool);
        q.bind(7, f.ttfbMs);
        q.bind(8, f.totalMs);
        q.bind(9, int(f.outcome));
        q.bind(10, f.status);
        q.bind(11, f.bytesOut);
        q.bind(12, f.bytesIn);
        q.bind(13, int(f.authEvent));
        q.bind(14, f.retryAfterMs);
        q.bind(15, f.rateLimitLimit);
        q.bind(16, f.rateLimitRemaining);
        return step(q);
    }

    // The fact of a settled exchange: 1 written, 0 when it is not settled
    // (or not written yet), -1 on failure.
    int exchangeFact(qint64 id)
    {
        sqlite3_stmt *row = m_factExchange.get();
        m_factExchange.bind(1, id);
        if (m_factExchange.step() != SQLITE_ROW) {
            m_factExchange.reset();
            return 0;
        }
        Exchange e;
        e.id = id;
        e.sessionId = sqlite3_column_int64(row, 0);
        e.startedAtMs = sqlite3_column_int64(row, 1);
        e.state = stateFromName(QString::fromUtf8(columnBytes(row, 2)));
        e.method = columnBytes(row, 3);
        e.url = QString::fromUtf8(columnBytes(row, 4));
        e.status = sqlite3_column_int(row, 5);
        const qint64 requestSize = sqlite3_column_int64(row, 6);
        e.responseBodySize = sqlite3_column_int64(row, 7);
        e.ttfbMs = sqlite3_column_double(row, 8);
        e.totalMs = sqlite3_column_double(row, 9);
        e.requestHeaders = CaptureCodec::decodeHeaders(columnBytes(row, 10));
        e.requestBody = columnBytes(row, 11);
        e.responseHeaders = CaptureCodec::decodeHeaders(columnBytes(row, 12));
        e.responseBody = columnBytes(row, 13);
        e.errorCode =
            errorCodeFromId(QString::fromUtf8(columnBytes(row, 14))).value_or(ErrorCode::None);
        m_factExchange.reset();
        if (!isFinal(e.state))
            return 0;
        QList<MessageRecord> messages;
        if (!readMessages(m_factMessagesOf, id, &messages))
            return -1;
        // Answers that came on another exchange (HTTP+SSE answers a POST on
        // the GET stream).
        const qsizetype own = messages.size();
        for (qsizetype i = 0; i < own; ++i) {
            if (messages.at(i).outgoing && messages.at(i).kind == u"request" &&
                !readMessages(m_factAnswersTo, messages.at(i).id, &messages))
                return -1;
        }
        CallFact fact = factOfExchange(e, messages);
        fact.bytesOut = requestSize; // the body read was capped
        return upsertFact(fact) ? 1 : -1;
    }

    // The fact of a stdio request: 1 written, 0 when id is no such request.
    int stdioFact(qint64 id)
    {
        m_factMessage.bind(1, id);
        const bool found = m_factMessage.step() == SQLITE_ROW;
        const MessageRecord request = found ? messageOf(m_factMessage.get()) : MessageRecord{};
        m_factMessage.reset();
        if (!found || request.exchangeId > 0 || !request.outgoing || request.kind != u"request")
            return 0;
        QList<MessageRecord> answers;
        if (!readMessages(m_factAnswersTo, id, &answers))
            return -1;
        const MessageRecord *answer = nullptr;
        for (const MessageRecord &m : std::as_const(answers)) {
            if (!m.outgoing && (m.kind == u"response" || m.kind == u"error")) {
                answer = &m;
                break;
            }
        }
        return upsertFact(factOfStdioRequest(request, answer)) ? 1 : -1;
    }

    qint64 readWatermark()
    {
        qint64 watermark = m_watermark;
        if (m_getWatermark.step() == SQLITE_ROW)
            watermark = sqlite3_column_int64(m_getWatermark.get(), 0);
        m_getWatermark.reset();
        return watermark;
    }

    bool storedFinal(qint64 id)
    {
        m_selectState.bind(1, id);
        bool final = false;
        if (m_selectState.step() == SQLITE_ROW) {
            const QByteArray state = columnBytes(m_selectState.get(), 0);
            final = state == "complete" || state == "failed";
        }
        m_selectState.reset();
        return final;
    }

    // The stored start of a stream's body, then its pieces in order.
    bool joinedBody(qint64 id, QByteArray *out)
    {
        m_selectResponseBody.bind(1, id);
        if (m_selectResponseBody.step() == SQLITE_ROW)
            *out = columnBytes(m_selectResponseBody.get(), 0);
        m_selectResponseBody.reset();
        return appendChunks(id, out);
    }

    bool appendChunks(qint64 id, QByteArray *out)
    {
        m_selectChunks.bind(1, id);
        int rc;
        while ((rc = m_selectChunks.step()) == SQLITE_ROW)
            out->append(columnBytes(m_selectChunks.get(), 0));
        m_selectChunks.reset();
        return rc == SQLITE_DONE;
    }

    bool execSql(const char *sql)
    {
        return sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }

    bool step(Statement &stmt)
    {
        const int rc = stmt.step();
        stmt.reset();
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }

    Failure fail(const QString &messageWithDetail)
    {
        return makeError(ErrorCode::StoreWrite,
                         messageWithDetail.arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    }

    // fail(), then the transaction rolled back.
    Failure rollBack(const QString &messageWithDetail)
    {
        const Failure failure = fail(messageWithDetail);
        execSql("ROLLBACK");
        return failure;
    }

    bool indexRow(qint64 id, const QByteArray &url, const QByteArray &request,
                  const QByteArray &response)
    {
        m_indexText.bind(1, id);
        m_indexText.bindText(2, url);
        m_indexText.bindText(3, indexableText(request));
        m_indexText.bindText(4, indexableText(response));
        return step(m_indexText);
    }

    // Binds every column of an exchange to stmt (?1 = id), for insert or update.
    static void bindExchange(Statement &q, const ExchangeRow &e)
    {
        q.bind(1, e.id);
        if (e.sessionId > 0)
            q.bind(2, e.sessionId);
        else
            q.bindNull(2);
        q.bind(3, e.startedAtMs);
        q.bindText(4, e.state);
        q.bindText(5, e.method);
        q.bindText(6, e.url);
        q.bindText(7, e.host);
        q.bind(8, e.status);
        q.bindText(9, e.httpVersion);
        q.bindText(10, e.contentType);
        q.bind(11, e.requestSize);
        q.bind(12, e.responseSize);
        q.bind(13, e.truncated ? 1 : 0);
        q.bind(14, e.ttfbMs);
        q.bind(15, e.totalMs);
        q.bindText(16, e.errorCode);
        q.bindText(17, e.errorMessage);
    }

    // Insert first (the common case: a request recorded once, when done); an
    // id already present (a stream recorded as it grows) is updated instead.
    // An upsert costs ~40 % more than a plain insert on every row.
    // Only the id being present means "update": any other refusal (NOT NULL,
    // CHECK, a trigger) fails the write, with SQLite's reason, rather than an
    // update of no row passing for a write.
    bool insertOrUpdate(Statement &insert, Statement &update,
                        const std::function<void(Statement &)> &bind)
    {
        bind(insert);
        const int rc = insert.step();
        const int why = sqlite3_extended_errcode(m_handle);
        insert.reset();
        if (rc == SQLITE_DONE)
            return true;
        if ((rc & 0xff) != SQLITE_CONSTRAINT || why != SQLITE_CONSTRAINT_PRIMARYKEY)
            return false;
        bind(update);
        return step(update);
    }

    bool writeMessage(const MessageRecord &m)
    {
        Statement &q = m_insertMessage;
        q.bind(1, m.id);
        auto bindOptional = [&q](int column, qint64 value) {
            if (value > 0)
                q.bind(column, value);
            else
                q.bindNull(column);
        };
        bindOptional(2, m.sessionId);
        bindOptional(3, m.exchangeId);
        const QByteArray direction =
            m.outgoing ? QByteArrayLiteral("out") : QByteArrayLiteral("in");
        const QByteArray kind = m.kind.toUtf8(), rpcId = m.rpcId.toUtf8(),
                         method = m.method.toUtf8();
        q.bindText(4, direction);
        q.bindText(5, kind);
        if (rpcId.isEmpty())
            q.bindNull(6);
        else
            q.bindText(6, rpcId);
        if (method.isEmpty())
            q.bindNull(7);
        else
            q.bindText(7, method);
        q.bindBlob(8, m.payload);
        q.bind(9, m.atMs);
        bindOptional(10, m.responseTo);
        if (m.latencyMs >= 0)
            q.bind(11, m.latencyMs);
        else
            q.bindNull(11);
        q.bind(12, std::max<qint64>(0, m.roundOf));
        return step(q) && applyPendingLink(2, m.id);
    }

    // Sets replay_of; a row not written yet (an exchange is written when it
    // is done) gets it when it is.
    bool writeLink(const ReplayLink &link)
    {
        static const char *const tables[] = {"sessions", "exchanges", "messages"};
        if (link.table < 0 || link.table > 2 || link.id <= 0)
            return true;
        // Integers only: safe to inline.
        const QByteArray sql = QByteArrayLiteral("UPDATE ") + tables[link.table] +
                               " SET replay_of=" + QByteArray::number(link.originalId) +
                               " WHERE id=" + QByteArray::number(link.id);
        if (!execSql(sql.constData()))
            return false;
        if (sqlite3_changes(m_handle) == 0)
            m_pendingLinks.insert({link.table, link.id}, link.originalId);
        return true;
    }

    bool applyPendingLink(int table, qint64 id)
    {
        if (m_pendingLinks.isEmpty())
            return true;
        const auto it = m_pendingLinks.constFind({table, id});
        if (it == m_pendingLinks.cend())
            return true;
        const ReplayLink link{table, id, it.value()};
        m_pendingLinks.erase(it);
        return writeLink(link);
    }

    bool writeExchange(const ExchangeRow &e)
    {
        // Rows past the watermark wait for the indexer. A row at or below it
        // was passed (by this process's indexer or another's) while still
        // streaming, or reached the file after the watermark moved past its
        // id (ids come in blocks, and processes commit in any order): it is
        // indexed here as it settles, once.
        const bool indexNow = e.final && e.id <= m_watermark && !storedFinal(e.id);
        if (e.final)
            m_unsettled.remove(e.id);
        else
            m_unsettled.insert(e.id);
        if (!insertOrUpdate(m_insertExchange, m_updateExchange,
                            [&](Statement &q) { bindExchange(q, e); }) ||
            !applyPendingLink(1, e.id))
            return false;
        using BodyWrite = ExchangeRow::BodyWrite;
        if (e.bodyWrite != BodyWrite::Whole) {
            // A stream's next piece. Its row keeps the start of the body; the
            // pieces stay where they are, even when it ends: joining them
            // would rewrite the whole body once more.
            if (!e.responseBody.isEmpty()) {
                m_insertChunk.bind(1, e.id);
                m_insertChunk.bindBlob(2, e.responseBody);
                if (!step(m_insertChunk))
                    return false;
            }
            if (e.bodyWrite == BodyWrite::Append)
                return true;
            m_settleBody.bind(1, e.id);
            m_settleBody.bindBlob(2, e.responseHeaders);
            m_settleBody.bindText(3, e.tlsChain);
            if (!step(m_settleBody))
                return false;
            QByteArray joined;
            if (indexNow && !joinedBody(e.id, &joined))
                return false;
            return !indexNow || indexRow(e.id, e.url, e.requestBody, joined);
        }
        if (e.dropChunks) {
            m_deleteChunks.bind(1, e.id);
            if (!step(m_deleteChunks))
                return false;
        }
        if (!insertOrUpdate(m_insertBody, m_updateBody, [&](Statement &b) {
                b.bind(1, e.id);
                b.bindBlob(2, e.requestHeaders);
                b.bindBlob(3, e.requestBody);
                b.bindBlob(4, e.responseHeaders);
                b.bindBlob(5, e.responseBody);
                b.bindText(6, e.tlsChain);
            }))
            return false;
        if (indexNow)
            return indexRow(e.id, e.url, e.requestBody, e.responseBody);
        return true;
    }

    CaptureIds *m_ids;
    QHash<QPair<int, qint64>, qint64> m_pendingLinks; // (table, id) -> replay_of
    QString m_name;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    Statement m_insertExchange, m_updateExchange, m_insertBody, m_updateBody, m_indexText,
        m_selectUnindexed, m_setWatermark, m_insertSession, m_endSession, m_insertMessage,
        m_getWatermark, m_selectState, m_insertChunk, m_selectChunks, m_selectResponseBody,
        m_deleteChunks, m_settleBody, m_factExchange, m_factMessagesOf, m_factAnswersTo,
        m_factMessage, m_upsertFact, m_scanExchanges, m_scanMessages, m_getMeta, m_setMeta,
        m_requestCarrier, m_sessionEra;
    qint64 m_watermark = 0;
    bool m_indexBehind = false;
    bool m_factsBehind = false;
    // Rows the current batch touched whose facts it recomputes before commit.
    QSet<qint64> m_dirtyExchanges, m_dirtyRequests, m_dirtyAnswered;
    QSet<qint64> m_unsettled; // exchanges written pending or streaming, not yet final
};

CaptureWriter::ExchangeRow::ExchangeRow(const Exchange &e)
    : id(e.id), sessionId(e.sessionId), startedAtMs(e.startedAtMs), final(isFinal(e.state)),
      state(stateName(e.state).toUtf8()), method(e.method), url(e.url.toUtf8()),
      host(hostOf(e.url).toUtf8()), httpVersion(e.httpVersion.toUtf8()),
      contentType(e.responseHeader("content-type")), status(e.status),
      requestSize(e.requestBody.size()), responseSize(e.responseBodySize),
      truncated(e.responseTruncated), ttfbMs(e.ttfbMs), totalMs(e.totalMs),
      errorCode(errorCodeId(e.errorCode).toUtf8()), errorMessage(e.errorMessage.toUtf8()),
      requestHeaders(CaptureCodec::encodeHeaders(e.requestHeaders)), requestBody(e.requestBody),
      responseHeaders(CaptureCodec::encodeHeaders(e.responseHeaders)), responseBody(e.responseBody),
      tlsChain(CaptureCodec::encodeTls(e).toUtf8())
{
}

CaptureWriter::CaptureWriter(QString path, CaptureIds *ids) : m_path(std::move(path)), m_ids(ids) {}

CaptureWriter::~CaptureWriter()
{
    stop();
}

void CaptureWriter::enqueue(Job job)
{
    QMutexLocker locker(&m_mutex);
    m_queue.push_back(std::move(job));
    m_wake.wakeOne();
}

void CaptureWriter::waitForBarrier(bool indexSearch, bool facts)
{
    QMutexLocker locker(&m_mutex);
    if (!isRunning())
        return;
    const quint64 ticket = ++m_barriersQueued;
    m_queue.push_back(Barrier{indexSearch, facts});
    m_wake.wakeOne();
    while (m_barriersDone < ticket && isRunning())
        m_barrierDone.wait(&m_mutex, 100);
}

void CaptureWriter::stop()
{
    {
        QMutexLocker locker(&m_mutex);
        m_stopping = true;
        m_wake.wakeOne();
    }
    wait();
}

int CaptureWriter::pending() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_queue.size());
}

QList<qint64> CaptureWriter::takeLostStreams()
{
    if (!m_anyLost)
        return {};
    QMutexLocker locker(&m_mutex);
    const QList<qint64> lost = m_lostStreams.values();
    m_lostStreams.clear();
    m_anyLost = false;
    return lost;
}

void CaptureWriter::run()
{
    Connection db(m_path, m_ids);
    if (auto ok = db.open(); !ok) {
        Q_EMIT writeFailed(ok.error());
        QMutexLocker locker(&m_mutex);
        m_barriersDone = m_barriersQueued;
        m_barrierDone.wakeAll();
        return;
    }
    for (;;) {
        std::deque<Job> batch;
        {
            QMutexLocker locker(&m_mutex);
            while (m_queue.empty() && !m_stopping && !db.indexBehind() && !db.factsBehind())
                m_wake.wait(&m_mutex);
            if (m_queue.empty() && m_stopping) {
                locker.unlock();
                if (auto settled = db.settleUnanswered(); !settled)
                    Q_EMIT writeFailed(settled.error());
                break;
            }
            // Take jobs up to and including the first barrier, so a barrier
            // is released only once everything before it is committed.
            while (!m_queue.empty() && batch.size() < kMaxJobsPerTransaction) {
                const bool barrier = std::holds_alternative<Barrier>(m_queue.front());
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
                if (barrier)
                    break;
            }
        }
        if (batch.empty()) {
            // Idle: one chunk of the facts back-fill and one of the index.
            if (db.factsBehind()) {
                if (auto facts = db.factsChunk(); !facts)
                    Q_EMIT writeFailed(facts.error());
                else if (*facts > 0)
                    Q_EMIT factsCommitted();
            }
            if (db.indexBehind()) {
                if (auto ok = db.indexChunk(); !ok)
                    Q_EMIT writeFailed(ok.error());
            }
            continue;
        }
        bool sessionsTouched = false;
        int factsWritten = 0;
        auto written = db.write(batch, &sessionsTouched, &factsWritten);
        if (!written) {
            // Rolled back: a stream's pieces and its row no longer add up to
            // what the recorder has sent, until it sends the body whole.
            QMutexLocker locker(&m_mutex);
            for (const Job &job : batch) {
                const auto *row = std::get_if<ExchangeRow>(&job);
                if (row && (row->bodyWrite != ExchangeRow::BodyWrite::Whole || row->dropChunks ||
                            !row->final))
                    m_lostStreams.insert(row->id);
            }
            m_anyLost = !m_lostStreams.isEmpty();
            locker.unlock();
            Q_EMIT writeFailed(written.error());
        } else if (!written->isEmpty())
            Q_EMIT exchangesCommitted(*written);
        if (factsWritten > 0)
            Q_EMIT factsCommitted();
        if (sessionsTouched)
            Q_EMIT sessionsChanged();
        if (const auto *barrier = std::get_if<Barrier>(&batch.back())) {
            if (barrier->facts) {
                // Rows another connection wrote (an imported bundle) are
                // found by the back-fill too.
                db.setFactsBehind();
                bool wroteFacts = false;
                while (db.factsBehind()) {
                    auto facts = db.factsChunk();
                    if (!facts) {
                        Q_EMIT writeFailed(facts.error());
                        break;
                    }
                    wroteFacts = wroteFacts || *facts > 0;
                }
                if (wroteFacts)
                    Q_EMIT factsCommitted();
            }
            if (barrier->indexSearch) {
                // Rows a failed chunk left behind are indexed now too.
                db.setIndexBehind();
                while (db.indexBehind()) {
                    if (auto ok = db.indexChunk(); !ok) {
                        Q_EMIT writeFailed(ok.error());
                        break;
                    }
                }
            }
            QMutexLocker locker(&m_mutex);
            ++m_barriersDone;
            m_barrierDone.wakeAll();
        }
    }
    QMutexLocker locker(&m_mutex);
    m_barriersDone = m_barriersQueued;
    m_barrierDone.wakeAll();
}

} // namespace mcpscope
