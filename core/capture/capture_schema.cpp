#include "capture/capture_schema.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace mcpscope::CaptureSchema {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope::CaptureSchema", text);
}

// Append only: a released migration is never edited.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {
        // 0 -> 1: sessions, exchanges (narrow rows the log pages over), their
        // bodies in a table of their own, JSON-RPC messages, full-text index.
        {
            QStringLiteral("CREATE TABLE sessions ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " target TEXT NOT NULL DEFAULT '',"
                           " kind TEXT NOT NULL DEFAULT 'http',"
                           " started_at INTEGER NOT NULL,"
                           " ended_at INTEGER)"),
            QStringLiteral("CREATE TABLE exchanges ("
                           " id INTEGER PRIMARY KEY,"
                           " session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,"
                           " started_at INTEGER NOT NULL,"
                           " state TEXT NOT NULL,"
                           " method TEXT NOT NULL,"
                           " url TEXT NOT NULL,"
                           " host TEXT NOT NULL DEFAULT '',"
                           " status INTEGER NOT NULL DEFAULT 0,"
                           " http_version TEXT NOT NULL DEFAULT '',"
                           " content_type TEXT NOT NULL DEFAULT '',"
                           " request_size INTEGER NOT NULL DEFAULT 0,"
                           " response_size INTEGER NOT NULL DEFAULT 0,"
                           " response_truncated INTEGER NOT NULL DEFAULT 0,"
                           " ttfb_ms REAL NOT NULL DEFAULT -1,"
                           " total_ms REAL NOT NULL DEFAULT -1,"
                           " error_code TEXT NOT NULL DEFAULT '',"
                           " error_message TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX exchanges_by_session ON exchanges(session_id, id)"),
            QStringLiteral(
                "CREATE TABLE exchange_bodies ("
                " exchange_id INTEGER PRIMARY KEY REFERENCES exchanges(id) ON DELETE CASCADE,"
                " request_headers BLOB NOT NULL DEFAULT x'',"
                " request_body BLOB NOT NULL DEFAULT x'',"
                " response_headers BLOB NOT NULL DEFAULT x'',"
                " response_body BLOB NOT NULL DEFAULT x'',"
                " tls_chain TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE messages ("
                           " id INTEGER PRIMARY KEY,"
                           " session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,"
                           " exchange_id INTEGER REFERENCES exchanges(id) ON DELETE SET NULL,"
                           " frame_id INTEGER,"
                           " direction TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " rpc_id TEXT,"
                           " method TEXT,"
                           " payload BLOB NOT NULL,"
                           " at_ms INTEGER NOT NULL,"
                           " response_to INTEGER REFERENCES messages(id),"
                           " latency_ms REAL)"),
            QStringLiteral("CREATE INDEX messages_by_exchange ON messages(exchange_id)"),
            QStringLiteral("CREATE INDEX messages_by_session ON messages(session_id, id)"),
            // Contentless: the text lives in exchange_bodies already.
            QStringLiteral("CREATE VIRTUAL TABLE exchange_text USING fts5("
                           "url, request_body, response_body, content='')"),
            QStringLiteral("CREATE TABLE store_meta (key TEXT PRIMARY KEY, value)"),
            QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('fts_watermark', 0)"),
        },
        // 1 -> 2: findings, each a registered kind (common/findings.h) with
        // the arguments of its texts and its evidence as JSON arrays of
        // exchange and message ids. No foreign keys: a finding may be
        // recorded (on its own connection) before the writer thread has
        // written the exchange it points at.
        {
            QStringLiteral("CREATE TABLE findings ("
                           " id INTEGER PRIMARY KEY,"
                           " session_id INTEGER,"
                           " kind TEXT NOT NULL,"
                           " severity TEXT NOT NULL,"
                           " arguments TEXT NOT NULL DEFAULT '[]',"
                           " exchange_ids TEXT NOT NULL DEFAULT '[]',"
                           " message_ids TEXT NOT NULL DEFAULT '[]',"
                           " at_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX findings_by_session ON findings(session_id, id)"),
            QStringLiteral("CREATE INDEX findings_by_kind ON findings(kind)"),
        },
        // 2 -> 3: a streamed response body arrives in pieces, appended here
        // (rewriting the whole body each time cost quadratic work). The body
        // is exchange_bodies.response_body followed by its pieces by id.
        {
            QStringLiteral(
                "CREATE TABLE response_chunks ("
                " id INTEGER PRIMARY KEY,"
                " exchange_id INTEGER NOT NULL REFERENCES exchanges(id) ON DELETE CASCADE,"
                " data BLOB NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX response_chunks_by_exchange ON response_chunks(exchange_id, id)"),
        },
        // 3 -> 4: replays link to what they replay: a regression run's session
        // to the recorded session, a replayed request message (and the
        // exchange that carried it) to the original. Nullable: most rows are
        // no replay.
        {
            QStringLiteral("ALTER TABLE sessions ADD COLUMN replay_of INTEGER"),
            QStringLiteral("ALTER TABLE exchanges ADD COLUMN replay_of INTEGER"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN replay_of INTEGER"),
        },
        // 4 -> 5: one fact per call (an HTTP exchange, or a JSON-RPC request
        // that travelled without HTTP) for analytics (capture/call_fact.h).
        // The writer thread fills it behind two watermarks (the highest
        // exchange id and message id it has passed; their rows existing
        // before this step are back-filled in bounded chunks). Added beyond
        // the table: facts_message_watermark; the index of messages
        // by response_to (a stdio request's answer, and the answer to a
        // request sent on another exchange, are looked up by it); triggers
        // that delete the fact of a deleted row. IF NOT EXISTS throughout:
        // a file taken back to an older version by hand (tests do) keeps
        // what it had.
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS call_facts ("
                           " id INTEGER PRIMARY KEY,"
                           " session_id INTEGER,"
                           " exchange_id INTEGER UNIQUE,"
                           " message_id INTEGER UNIQUE,"
                           " at_ms INTEGER NOT NULL,"
                           " label TEXT NOT NULL,"
                           " tool TEXT NOT NULL DEFAULT '',"
                           " ttfb_ms REAL NOT NULL DEFAULT -1,"
                           " total_ms REAL NOT NULL DEFAULT -1,"
                           " outcome INTEGER NOT NULL,"
                           " status INTEGER NOT NULL DEFAULT 0,"
                           " bytes_out INTEGER NOT NULL DEFAULT 0,"
                           " bytes_in INTEGER NOT NULL DEFAULT 0,"
                           " auth_event INTEGER NOT NULL DEFAULT 0,"
                           " retry_after_ms INTEGER NOT NULL DEFAULT -1,"
                           " rl_limit INTEGER NOT NULL DEFAULT -1,"
                           " rl_remaining INTEGER NOT NULL DEFAULT -1)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS call_facts_by_time ON call_facts(at_ms)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS call_facts_by_session ON "
                           "call_facts(session_id, at_ms)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS call_facts_by_label ON call_facts(label, total_ms)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS call_facts_by_tool ON call_facts(tool, total_ms)"
                " WHERE tool <> ''"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS messages_by_response_to ON messages(response_to)"
                " WHERE response_to IS NOT NULL"),
            // A deleted exchange (or stdio request) takes its fact with it,
            // whichever connection deletes it (a HAR import rolled back).
            QStringLiteral(
                "CREATE TRIGGER IF NOT EXISTS call_facts_of_exchange AFTER DELETE ON exchanges"
                " BEGIN DELETE FROM call_facts WHERE exchange_id = OLD.id; END"),
            QStringLiteral(
                "CREATE TRIGGER IF NOT EXISTS call_facts_of_message AFTER DELETE ON messages"
                " BEGIN DELETE FROM call_facts WHERE message_id = OLD.id"
                " AND exchange_id IS NULL; END"),
            QStringLiteral(
                "INSERT OR IGNORE INTO store_meta(key, value) VALUES ('facts_watermark', 0)"),
            QStringLiteral("INSERT OR IGNORE INTO store_meta(key, value) VALUES "
                           "('facts_message_watermark', 0)"),
        },
        // 5 -> 6: where a finding comes from ('live': raised in place by a
        // flow; 'rules': the passive diagnostics rules, replaced whole per
        // session each time they run; 'doctor': the Connection Doctor), and
        // the highest exchange and message ids the rules have seen.
        {
            QStringLiteral("ALTER TABLE findings ADD COLUMN source TEXT NOT NULL DEFAULT 'live'"),
            QStringLiteral(
                "INSERT OR IGNORE INTO store_meta(key, value) VALUES ('diagnostics_watermark', 0)"),
            QStringLiteral("INSERT OR IGNORE INTO store_meta(key, value) VALUES "
                           "('diagnostics_message_watermark', 0)"),
        },
        // 6 -> 7: the protocol era a session spoke ('legacy': initialize,
        // 2024-11-05 … 2025-11-25; 'modern': server/discover, 2026-07-28; ''
        // = not known, every session from before), and the rounds of a
        // multi round-trip (MRTR) call: a retry's round_of is the message id
        // of the call's first request (0 = not a retry), indexed to gather
        // the rounds of one call.
        {
            QStringLiteral("ALTER TABLE sessions ADD COLUMN era TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN round_of INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS messages_by_round_of ON messages(round_of)"
                           " WHERE round_of <> 0"),
        },
    };
    return all;
}

Result<void> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return makeError(ErrorCode::StoreSql, tr("The capture store rejected a statement: %1 (%2)")
                                                  .arg(q.lastError().text(), sql.left(80)));
    return {};
}

// "ALTER TABLE t ADD COLUMN c …" of a column t has already: a file taken
// back to an older version by hand (tests do) keeps its columns, and SQLite
// has no ADD COLUMN IF NOT EXISTS.
bool addsExistingColumn(QSqlDatabase &db, const QString &sql)
{
    static const QRegularExpression alter(QStringLiteral("^ALTER TABLE (\\w+) ADD COLUMN (\\w+)"));
    const QRegularExpressionMatch m = alter.match(sql);
    if (!m.hasMatch())
        return false;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(m.captured(1))))
        return false;
    while (q.next())
        if (q.value(1).toString() == m.captured(2))
            return true;
    return false;
}

// A failed step leaves nothing behind; its own error is the one reported.
void rollback(QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
}

} // namespace

int latestVersion()
{
    return int(migrations().size());
}

Result<void> configureConnection(QSqlDatabase &db)
{
    // page_size only takes effect on a new, empty file (before WAL is on).
    // 64 KB pages hold many 2 KB bodies where 4 KB pages hold one: ingest
    // measured 19k rows/s at 4 KB and 75-100k rows/s at 64 KB (raw SQLite).
    // The busy timeout first: switching a new file to WAL needs a lock that
    // another process opening the same file at the same moment may hold.
    for (const char *pragma :
         {"PRAGMA busy_timeout=10000", "PRAGMA page_size=65536", "PRAGMA journal_mode=WAL",
          "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY"}) {
        if (auto ok = exec(db, QString::fromLatin1(pragma)); !ok)
            return ok;
    }
    return {};
}

Result<int> migrate(QSqlDatabase &db, int upTo)
{
    const int target = upTo < 0 ? latestVersion() : std::min(upTo, latestVersion());
    // Each step reads the version under the write lock (BEGIN IMMEDIATE), so
    // processes opening one new file at once migrate it once, in turn.
    for (;;) {
        if (auto begun = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !begun)
            return makeError(
                ErrorCode::StoreMigrate,
                tr("Could not start the schema upgrade: %1").arg(begun.error().message));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            const QString detail = q.lastError().text();
            q.finish();
            rollback(db);
            return makeError(ErrorCode::StoreOpen,
                             tr("The file is not a readable SQLite database: %1").arg(detail));
        }
        const int current = q.value(0).toInt();
        q.finish();
        if (current >= target) {
            rollback(db);
            if (current > latestVersion())
                return makeError(ErrorCode::StoreVersion,
                                 tr("This capture store has schema version %1, but this McpScope "
                                    "knows only up to %2. Open it with a newer McpScope.")
                                     .arg(current)
                                     .arg(latestVersion()));
            return current;
        }
        for (const QString &sql : migrations().at(current)) {
            if (addsExistingColumn(db, sql))
                continue;
            if (auto ok = exec(db, sql); !ok) {
                rollback(db);
                return Failure{ok.error()};
            }
        }
        if (auto ok = exec(db, QStringLiteral("PRAGMA user_version=%1").arg(current + 1)); !ok) {
            rollback(db);
            return Failure{ok.error()};
        }
        if (auto ok = exec(db, QStringLiteral("COMMIT")); !ok) {
            rollback(db);
            return makeError(ErrorCode::StoreMigrate,
                             tr("Could not commit the schema upgrade: %1").arg(ok.error().message));
        }
    }
}

} // namespace mcpscope::CaptureSchema
