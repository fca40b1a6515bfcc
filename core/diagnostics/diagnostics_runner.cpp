#include "diagnostics/diagnostics_runner.h"
#include "common/translate.h"

#include "capture/capture_codec.h"
#include "capture/capture_schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn(
        {"mcpscope::Diagnostics", "mcpscope", "mcpscope::Connection", "mcpscope::SessionReader"},
        text);
}

// Rows per read: big enough that a query's cost is spread over many rows,
// small enough that a session of a million exchanges never sits in memory.
constexpr int kPage = 512;

Failure sqlFailure(const QString &what, const QSqlQuery &q)
{
    return makeError(ErrorCode::StoreSql,
                     tr("The diagnostics could not %1 in the capture store: %2")
                         .arg(what, q.lastError().text()));
}

// "session_id = 5", or "session_id IS NULL" for session 0 (rows recorded
// without one); the index on (session_id, id) serves both.
QString sessionIs(qint64 sessionId, const char *column = "session_id")
{
    return sessionId > 0 ? QStringLiteral("%1 = %2").arg(QLatin1String(column)).arg(sessionId)
                         : QStringLiteral("%1 IS NULL").arg(QLatin1String(column));
}

QList<qint64> idsFromJson(const QString &json)
{
    QList<qint64> ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        ids << qint64(v.toDouble());
    return ids;
}

QString idsJson(const QList<qint64> &ids)
{
    QByteArray out("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(ids[i]);
    }
    out += ']';
    return QString::fromLatin1(out);
}

// A connection of the run's own, removed with it.
class Connection final
{
    Q_DISABLE_COPY_MOVE(Connection)

public:
    Connection()
    {
        static std::atomic<quint64> serial{0};
        m_name = QStringLiteral("mcpscope-diagnostics-%1").arg(serial.fetch_add(1));
    }
    ~Connection()
    {
        if (m_db.isValid()) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    Result<void> open(const QString &path, bool readOnly)
    {
        if (!QFileInfo::exists(path))
            return makeError(ErrorCode::StoreOpen,
                             tr("There is no capture store at %1.").arg(path));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (readOnly)
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!m_db.open())
            return makeError(ErrorCode::StoreOpen,
                             tr("Could not open the capture store %1 for diagnostics: %2")
                                 .arg(path, m_db.lastError().text()));
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA busy_timeout=10000"));
        if (!readOnly) {
            if (auto ok = CaptureSchema::configureConnection(m_db); !ok)
                return ok;
            auto migrated = CaptureSchema::migrate(m_db);
            if (!migrated)
                return Failure{migrated.error()};
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next() || q.value(0).toInt() < 1)
            return makeError(ErrorCode::StoreOpen,
                             tr("%1 is not a McpScope capture store (no schema found).").arg(path));
        m_version = q.value(0).toInt();
        if (m_version > CaptureSchema::latestVersion())
            return makeError(
                ErrorCode::StoreVersion,
                tr("%1 was written by a newer McpScope (schema %2).").arg(path).arg(m_version));
        return {};
    }
    QSqlDatabase &db() { return m_db; }
    int version() const { return m_version; }
    sqlite3 *handle() const
    {
        const QVariant handle = m_db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return nullptr;
        return *static_cast<sqlite3 *const *>(handle.constData());
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    int m_version = 0;
};

Result<qint64> scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlFailure(tr("read"), q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<qint64>> idList(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return sqlFailure(tr("list the sessions"), q);
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// A prepared statement of the run's connection, finalized with it (before
// the connection closes).
class Statement final
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_stmt); }
    bool prepare(sqlite3 *db, const char *sql)
    {
        return sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    sqlite3_stmt *get() const { return m_stmt; }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

QString textAt(sqlite3_stmt *s, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(s, column)) : QString();
}

QByteArray blobAt(sqlite3_stmt *s, int column)
{
    const void *data = sqlite3_column_blob(s, column);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(s, column))
                : QByteArray();
}

// Rows in capture order: exchanges (each with the messages it carried) by
// id, merged by time with the messages no exchange carried (stdio), each
// stream read a page at a time; of one session (through its index), or of
// every session in one pass (sessionId < 0: rows of interleaved sessions are
// read once, not once per session). Reads with SQLite's own API: Qt's driver
// turns every value of every row into a QVariant first, which cost more than
// all the rules together.
class SessionReader final
{
public:
    SessionReader(sqlite3 *db, int version, qint64 sessionId)
        : m_db(db), m_version(version), m_sessionId(sessionId)
    {
    }

    // The next input (false at the end). in.exchange points into the reader.
    Result<bool> next(RuleInput &in)
    {
        // A page of pending exchanges only reads as empty: read on.
        while (m_exchangeAt >= m_exchanges.size() && !m_exchangesDone)
            if (auto ok = readExchanges(); !ok)
                return Failure{ok.error()};
        if (m_messageAt >= m_messages.size() && !m_messagesDone)
            if (auto ok = readMessages(); !ok)
                return Failure{ok.error()};
        const bool haveExchange = m_exchangeAt < m_exchanges.size();
        const bool haveMessage = m_messageAt < m_messages.size();
        if (!haveExchange && !haveMessage)
            return false;
        const bool takeExchange =
            haveExchange &&
            (!haveMessage || m_exchanges[m_exchangeAt].startedAtMs <= m_messages[m_messageAt].atMs);
        in.messages.clear();
        if (takeExchange) {
            in.exchange = &m_exchanges[m_exchangeAt];
            in.messages = m_carried.take(in.exchange->id);
            ++m_exchangeAt;
        } else {
            in.exchange = nullptr;
            in.messages.append(m_messages[m_messageAt]);
            ++m_messageAt;
        }
        return true;
    }

private:
    Failure failure(const QString &what) const
    {
        return makeError(ErrorCode::StoreSql,
                         tr("The diagnostics could not %1 in the capture store: %2")
                             .arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

    Result<void> prepare()
    {
        if (m_prepared)
            return {};
        m_prepared = true;
        const QByteArray session = m_sessionId < 0   ? QByteArray()
                                   : m_sessionId > 0 ? " = " + QByteArray::number(m_sessionId)
                                                     : QByteArray(" IS NULL");
        const QByteArray exchangeFilter =
            session.isEmpty() ? QByteArray("1") : QByteArray("e.session_id" + session);
        const QByteArray messageFilter =
            session.isEmpty() ? QByteArray("1") : QByteArray("session_id" + session);
        const QByteArray exchanges =
            "SELECT e.id, e.started_at, e.state, e.method, e.url, e.status, e.http_version,"
            " e.response_size, e.response_truncated, e.ttfb_ms, e.total_ms, e.error_code,"
            " e.error_message, b.request_headers, b.request_body, b.response_headers,"
            " b.response_body, b.tls_chain, IFNULL(e.session_id, 0) FROM exchanges e LEFT JOIN"
            " exchange_bodies b ON b.exchange_id = e.id WHERE " +
            exchangeFilter + " AND e.id > ?1 ORDER BY e.id LIMIT ?2";
        const QByteArray columns =
            "SELECT id, IFNULL(exchange_id,0), direction, kind, IFNULL(rpc_id,''),"
            " IFNULL(method,''), payload, at_ms, IFNULL(response_to,0), IFNULL(latency_ms,-1), " +
            QByteArray(m_version >= 4 ? "IFNULL(replay_of,0)" : "0") +
            ", IFNULL(session_id, 0) FROM messages WHERE ";
        // In the order of the index on exchange_id (no sort): an exchange's
        // messages still come by id.
        const QByteArray carried =
            columns + messageFilter + " AND exchange_id BETWEEN ?1 AND ?2 ORDER BY exchange_id, id";
        const QByteArray stdio =
            columns + messageFilter + " AND exchange_id IS NULL AND id > ?1 ORDER BY id LIMIT ?2";
        if (!m_exchangeQuery.prepare(m_db, exchanges.constData()) ||
            !m_carriedQuery.prepare(m_db, carried.constData()) ||
            !m_stdioQuery.prepare(m_db, stdio.constData()) ||
            (m_version >= 3 && // streamed pieces (schema 3)
             !m_chunkQuery.prepare(m_db, "SELECT exchange_id, data FROM response_chunks WHERE"
                                         " exchange_id BETWEEN ?1 AND ?2 ORDER BY id")))
            return failure(tr("read the exchanges"));
        return {};
    }

    Result<void> readExchanges()
    {
        if (auto ok = prepare(); !ok)
            return ok;
        m_exchanges.clear();
        m_exchangeAt = 0;
        m_carried.clear();
        sqlite3_stmt *q = m_exchangeQuery.get();
        sqlite3_bind_int64(q, 1, m_lastExchange);
        sqlite3_bind_int(q, 2, kPage);
        int rows = 0;
        int step;
        while ((step = sqlite3_step(q)) == SQLITE_ROW) {
            ++rows;
            m_lastExchange = sqlite3_column_int64(q, 0);
            const QString state = textAt(q, 2);
            // Pending exchanges are left out: in flight, they say nothing
            // yet (the watermark stops below them, so their session runs
            // again).
            if (state == u"pending")
                continue;
            Exchange e;
            e.id = m_lastExchange;
            e.sessionId = sqlite3_column_int64(q, 18);
            e.startedAtMs = sqlite3_column_int64(q, 1);
            e.state = stateFromName(state);
            e.method = blobAt(q, 3);
            e.url = textAt(q, 4);
            e.status = sqlite3_column_int(q, 5);
            e.httpVersion = textAt(q, 6);
            e.responseBodySize = sqlite3_column_int64(q, 7);
            e.responseTruncated = sqlite3_column_int(q, 8) != 0;
            e.ttfbMs = sqlite3_column_double(q, 9);
            e.totalMs = sqlite3_column_double(q, 10);
            if (sqlite3_column_bytes(q, 11) > 0)
                e.errorCode = errorCodeFromId(textAt(q, 11)).value_or(ErrorCode::NetOther);
            e.errorMessage = textAt(q, 12);
            e.requestHeaders = CaptureCodec::decodeHeaders(
                QByteArrayView(static_cast<const char *>(sqlite3_column_blob(q, 13)),
                               sqlite3_column_bytes(q, 13)));
            e.requestBody = blobAt(q, 14);
            e.responseHeaders = CaptureCodec::decodeHeaders(
                QByteArrayView(static_cast<const char *>(sqlite3_column_blob(q, 15)),
                               sqlite3_column_bytes(q, 15)));
            e.responseBody = blobAt(q, 16);
            if (sqlite3_column_bytes(q, 17) > 0)
                CaptureCodec::decodeTls(textAt(q, 17), e); // the chain, TLS version and errors
            m_exchanges.append(std::move(e));
        }
        m_exchangeQuery.reset();
        if (step != SQLITE_DONE)
            return failure(tr("read the exchanges"));
        if (rows < kPage)
            m_exchangesDone = true;
        if (m_exchanges.isEmpty())
            return {};
        const qint64 lo = m_exchanges.constFirst().id, hi = m_exchanges.constLast().id;
        QHash<qint64, qsizetype> at;
        at.reserve(m_exchanges.size());
        for (qsizetype i = 0; i < m_exchanges.size(); ++i)
            at.insert(m_exchanges[i].id, i);
        if (sqlite3_stmt *c = m_chunkQuery.get()) {
            sqlite3_bind_int64(c, 1, lo);
            sqlite3_bind_int64(c, 2, hi);
            while ((step = sqlite3_step(c)) == SQLITE_ROW)
                if (auto it = at.constFind(sqlite3_column_int64(c, 0)); it != at.constEnd())
                    m_exchanges[*it].responseBody += blobAt(c, 1);
            m_chunkQuery.reset();
            if (step != SQLITE_DONE)
                return failure(tr("read the exchanges"));
        }
        sqlite3_stmt *m = m_carriedQuery.get();
        sqlite3_bind_int64(m, 1, lo);
        sqlite3_bind_int64(m, 2, hi);
        while ((step = sqlite3_step(m)) == SQLITE_ROW) {
            // Another session's exchanges may lie between lo and hi.
            const qint64 exchangeId = sqlite3_column_int64(m, 1);
            if (at.contains(exchangeId))
                m_carried[exchangeId].append(messageFromRow(m));
        }
        m_carriedQuery.reset();
        if (step != SQLITE_DONE)
            return failure(tr("read the messages"));
        return {};
    }

    Result<void> readMessages()
    {
        if (auto ok = prepare(); !ok)
            return ok;
        m_messages.clear();
        m_messageAt = 0;
        sqlite3_stmt *q = m_stdioQuery.get();
        sqlite3_bind_int64(q, 1, m_lastMessage);
        sqlite3_bind_int(q, 2, kPage);
        int step;
        while ((step = sqlite3_step(q)) == SQLITE_ROW) {
            m_messages.append(messageFromRow(q));
            m_lastMessage = m_messages.constLast().id;
        }
        m_stdioQuery.reset();
        if (step != SQLITE_DONE)
            return failure(tr("read the messages"));
        if (m_messages.size() < kPage)
            m_messagesDone = true;
        return {};
    }

    MessageRecord messageFromRow(sqlite3_stmt *q) const
    {
        MessageRecord r;
        r.id = sqlite3_column_int64(q, 0);
        r.sessionId = sqlite3_column_int64(q, 11);
        r.exchangeId = sqlite3_column_int64(q, 1);
        r.outgoing = sqlite3_column_bytes(q, 2) == 3; // "out" (else "in")
        r.kind = textAt(q, 3);
        r.rpcId = textAt(q, 4);
        r.method = textAt(q, 5);
        r.payload = blobAt(q, 6);
        r.atMs = sqlite3_column_int64(q, 7);
        r.responseTo = sqlite3_column_int64(q, 8);
        r.latencyMs = sqlite3_column_double(q, 9);
        r.replayOf = sqlite3_column_int64(q, 10);
        return r;
    }

    sqlite3 *m_db;
    int m_version;
    qint64 m_sessionId;
    bool m_prepared = false;
    Statement m_exchangeQuery, m_carriedQuery, m_stdioQuery, m_chunkQuery;
    QList<Exchange> m_exchanges;
    QHash<qint64, QList<MessageRecord>> m_carried;
    qsizetype m_exchangeAt = 0;
    qint64 m_lastExchange = 0;
    bool m_exchangesDone = false;
    QList<MessageRecord> m_messages;
    qsizetype m_messageAt = 0;
    qint64 m_lastMessage = 0;
    bool m_messagesDone = false;
};

// What the session negotiated, as far as seen: the initialize answer's
// result.protocolVersion, else the MCP-Protocol-Version header a request
// sent (an imported capture that starts after initialize).
class VersionTracker final
{
public:
    QString version() const { return m_fromInitialize.isEmpty() ? m_fromHeader : m_fromInitialize; }

    void see(const RuleInput &in)
    {
        if (in.exchange && m_fromHeader.isEmpty()) {
            const QByteArray header = in.exchange->requestHeader("mcp-protocol-version");
            if (!header.isEmpty())
                m_fromHeader = QString::fromLatin1(header.left(40));
        }
        for (const MessageRecord &m : in.messages) {
            if (m.outgoing) {
                if (m.method == u"initialize") {
                    m_requestIds.insert(m.id);
                    m_rpcIds.insert(m.rpcId);
                }
                continue;
            }
            if (m.kind != u"response" || m_requestIds.isEmpty())
                continue;
            if (m.responseTo ? !m_requestIds.contains(m.responseTo) : !m_rpcIds.contains(m.rpcId))
                continue;
            const QJsonValue v =
                QJsonDocument::fromJson(m.payload).object().value(u"result").toObject().value(
                    u"protocolVersion");
            if (v.isString())
                m_fromInitialize = v.toString().left(40);
        }
    }

private:
    QSet<qint64> m_requestIds;
    QSet<QString> m_rpcIds;
    QString m_fromInitialize;
    QString m_fromHeader;
};

struct StoredFinding
{
    QString kind;
    QList<qint64> exchangeIds;
    QList<qint64> messageIds;
};

// Drops what a finding raised in place (live, or by the doctor) already
// says: evidence of the same kind it cites, and the finding when none is
// left.
QList<Finding> withoutKnown(QList<Finding> raised, const QList<StoredFinding> &known)
{
    if (known.isEmpty())
        return raised;
    QHash<QString, QSet<qint64>> exchanges, messages;
    for (const StoredFinding &k : known) {
        auto &e = exchanges[k.kind];
        for (qint64 id : k.exchangeIds)
            e.insert(id);
        auto &m = messages[k.kind];
        for (qint64 id : k.messageIds)
            m.insert(id);
    }
    QList<Finding> out;
    for (Finding &f : raised) {
        const auto e = exchanges.constFind(f.kind);
        if (e == exchanges.constEnd()) {
            out.append(std::move(f));
            continue;
        }
        const QSet<qint64> &m = messages[f.kind];
        const bool hadEvidence = !f.exchangeIds.isEmpty() || !f.messageIds.isEmpty();
        f.exchangeIds.removeIf([&](qint64 id) { return e->contains(id); });
        f.messageIds.removeIf([&](qint64 id) { return m.contains(id); });
        if (hadEvidence && (!f.exchangeIds.isEmpty() || !f.messageIds.isEmpty()))
            out.append(std::move(f));
    }
    return out;
}

Result<QList<StoredFinding>> knownFindings(Connection &c, qint64 sessionId)
{
    QList<StoredFinding> out;
    if (c.version() < 2)
        return out;
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT kind, exchange_ids, message_ids FROM findings WHERE %1%2")
                    .arg(sessionIs(sessionId),
                         c.version() >= 6 ? QStringLiteral(" AND source <> 'rules'") : QString())))
        return sqlFailure(tr("read the findings"), q);
    while (q.next())
        out.append({q.value(0).toString(), idsFromJson(q.value(1).toString()),
                    idsFromJson(q.value(2).toString())});
    return out;
}

Result<void> replaceRuleFindings(Connection &c, qint64 sessionId, const QList<Finding> &findings)
{
    QSqlDatabase &db = c.db();
    if (!c.handle())
        return makeError(ErrorCode::StoreOpen,
                         tr("The Qt SQLite driver did not expose its SQLite handle."));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlFailure(tr("store the findings"), q);
    const auto fail = [&](const QSqlQuery &failed) {
        Failure failure = sqlFailure(tr("store the findings"), failed);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return failure;
    };
    if (!q.exec(QStringLiteral("DELETE FROM findings WHERE source = 'rules' AND %1")
                    .arg(sessionIs(sessionId))))
        return fail(q);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO findings(session_id, kind, severity, arguments,"
                                  " exchange_ids, message_ids, at_ms, source)"
                                  " VALUES (?,?,?,?,?,?,?,'rules')"));
    for (const Finding &f : findings) {
        insert.addBindValue(sessionId > 0 ? QVariant(sessionId) : QVariant());
        insert.addBindValue(f.kind);
        insert.addBindValue(severityId(f.severity()));
        insert.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(scrubbedArguments(f.arguments)))
                .toJson(QJsonDocument::Compact)));
        insert.addBindValue(idsJson(f.exchangeIds));
        insert.addBindValue(idsJson(f.messageIds));
        insert.addBindValue(f.atMs);
        if (!insert.exec())
            return fail(insert);
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q);
    return {};
}

Result<QString> sessionTarget(Connection &c, qint64 sessionId)
{
    if (sessionId <= 0)
        return QString();
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT target FROM sessions WHERE id = %1").arg(sessionId)))
        return sqlFailure(tr("read the sessions"), q);
    return q.next() ? q.value(0).toString() : QString();
}

Failure cancelled()
{
    return makeError(ErrorCode::StoreRead, tr("The diagnostics run was cancelled."));
}

} // namespace

Result<DiagnosticsRun> runDiagnostics(const QString &storePath, const DiagnosticsOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    const bool readOnly =
        options.readOnly || (QFileInfo::exists(storePath) && !QFileInfo(storePath).isWritable());
    Connection c;
    if (auto opened = c.open(storePath, readOnly); !opened)
        return Failure{opened.error()};
    QSqlDatabase &db = c.db();

    const bool haveWatermark = c.version() >= 6;
    qint64 watermark = 0, messageWatermark = 0;
    if (haveWatermark) {
        auto w = scalar(db, QStringLiteral("SELECT value FROM store_meta WHERE key = "
                                           "'diagnostics_watermark'"));
        auto mw = scalar(db, QStringLiteral("SELECT value FROM store_meta WHERE key = "
                                            "'diagnostics_message_watermark'"));
        if (!w || !mw)
            return Failure{!w ? w.error() : mw.error()};
        watermark = *w;
        messageWatermark = *mw;
    }
    // Where the watermark goes once this run is stored: up to the first
    // exchange still in flight (its session runs again when it settles).
    auto unsettled = scalar(db, QStringLiteral("SELECT IFNULL(MIN(id), 0) FROM exchanges WHERE "
                                               "id > %1 AND state IN ('pending', 'streaming')")
                                    .arg(watermark));
    auto maxExchange = scalar(db, QStringLiteral("SELECT IFNULL(MAX(id), 0) FROM exchanges"));
    auto maxMessage = scalar(db, QStringLiteral("SELECT IFNULL(MAX(id), 0) FROM messages"));
    if (!unsettled || !maxExchange || !maxMessage)
        return Failure{!unsettled ? unsettled.error()
                                  : (!maxExchange ? maxExchange.error() : maxMessage.error())};
    const qint64 nextWatermark =
        std::max(watermark, *unsettled > 0 ? *unsettled - 1 : *maxExchange);
    const qint64 nextMessageWatermark = std::max(messageWatermark, *maxMessage);

    auto pending =
        idList(db, QStringLiteral(
                       "SELECT DISTINCT IFNULL(session_id, 0) FROM exchanges WHERE id > %1"
                       " UNION SELECT DISTINCT IFNULL(session_id, 0) FROM messages WHERE id > %2")
                       .arg(watermark)
                       .arg(messageWatermark));
    if (!pending)
        return Failure{pending.error()};
    QList<qint64> sessions;
    if (!options.sessionIds.isEmpty()) {
        sessions = options.sessionIds;
        std::sort(sessions.begin(), sessions.end());
        sessions.erase(std::unique(sessions.begin(), sessions.end()), sessions.end());
    } else if (options.force) {
        // Sessions with rule findings but no rows left are run too (their
        // findings go).
        auto all = idList(
            db, QStringLiteral("SELECT DISTINCT IFNULL(session_id, 0) FROM exchanges"
                               " UNION SELECT DISTINCT IFNULL(session_id, 0) FROM messages%1")
                    .arg(c.version() >= 6 ? QStringLiteral(" UNION SELECT DISTINCT"
                                                           " IFNULL(session_id, 0) FROM findings"
                                                           " WHERE source = 'rules'")
                                          : QString()));
        if (!all)
            return Failure{all.error()};
        sessions = *all;
    } else {
        sessions = *pending;
    }

    DiagnosticsRun run;
    run.sessionIds = sessions;
    // Every session with rows: one pass in id order (the engine keeps the
    // sessions apart); else each through its index.
    auto withRows = idList(db, QStringLiteral("SELECT DISTINCT IFNULL(session_id, 0) FROM exchanges"
                                              " UNION SELECT DISTINCT IFNULL(session_id, 0) FROM"
                                              " messages"));
    if (!withRows)
        return Failure{withRows.error()};
    const bool onePass = std::all_of(withRows->cbegin(), withRows->cend(), [&](qint64 s) {
        return std::binary_search(sessions.cbegin(), sessions.cend(), s);
    });
    QHash<qint64, QString> targets;
    for (qint64 sessionId : std::as_const(sessions)) {
        auto target = sessionTarget(c, sessionId);
        if (!target)
            return Failure{target.error()};
        targets.insert(sessionId, *target);
    }
    RuleEngine engine(options.factory ? options.factory : &allRules);
    QHash<qint64, VersionTracker> versions;
    const auto feed = [&](SessionReader &reader) -> Result<void> {
        RuleInput in;
        qint64 inputs = 0;
        for (;;) {
            if (options.cancel && inputs % kPage == 0 &&
                options.cancel->load(std::memory_order_relaxed))
                return cancelled();
            auto more = reader.next(in);
            if (!more)
                return Failure{more.error()};
            if (!*more)
                return {};
            ++inputs;
            const qint64 sessionId =
                in.exchange ? in.exchange->sessionId : in.messages.constFirst().sessionId;
            VersionTracker &version = versions[sessionId];
            in.protocolVersion = version.version();
            in.sessionTarget = targets.value(sessionId);
            engine.input(sessionId, in);
            version.see(in);
            if (in.exchange)
                ++run.exchanges;
            run.messages += in.messages.size();
        }
    };
    if (onePass) {
        SessionReader reader(c.handle(), c.version(), -1);
        if (auto fed = feed(reader); !fed)
            return Failure{fed.error()};
    } else {
        for (qint64 sessionId : std::as_const(sessions)) {
            SessionReader reader(c.handle(), c.version(), sessionId);
            if (auto fed = feed(reader); !fed)
                return Failure{fed.error()};
        }
    }
    QHash<qint64, QList<Finding>> bySession;
    for (Finding &f : engine.finish()) {
        f.source = QStringLiteral("rules");
        bySession[f.sessionId].append(std::move(f));
    }
    for (qint64 sessionId : std::as_const(sessions)) {
        auto known = knownFindings(c, sessionId);
        if (!known)
            return Failure{known.error()};
        const QList<Finding> found = withoutKnown(bySession.take(sessionId), *known);
        if (readOnly) {
            run.computed += found;
        } else {
            if (auto stored = replaceRuleFindings(c, sessionId, found); !stored)
                return Failure{stored.error()};
        }
        run.findings += int(found.size());
    }

    const bool coversPending = std::all_of(pending->cbegin(), pending->cend(), [&](qint64 s) {
        return std::binary_search(sessions.cbegin(), sessions.cend(), s);
    });
    if (!readOnly && coversPending &&
        (nextWatermark != watermark || nextMessageWatermark != messageWatermark)) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("INSERT OR REPLACE INTO store_meta(key, value) VALUES"
                                   " ('diagnostics_watermark', %1),"
                                   " ('diagnostics_message_watermark', %2)")
                        .arg(nextWatermark)
                        .arg(nextMessageWatermark)))
            return sqlFailure(tr("store the watermark"), q);
    }
    run.ms = double(clock.nsecsElapsed()) / 1e6;
    return run;
}

} // namespace mcpscope
