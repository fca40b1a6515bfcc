#include "capture/capture_reader.h"

#include "capture/capture_codec.h"
#include "capture/capture_schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope::CaptureReader", text);
}

// SQL for the non-text parts of a filter, on table alias e; values bound in
// the order returned.
QString whereClause(const CaptureFilter &f, QVariantList *binds)
{
    QStringList parts;
    if (f.sessionId > 0) {
        parts << QStringLiteral("e.session_id = ?");
        binds->append(f.sessionId);
    }
    if (!f.method.isEmpty()) {
        parts << QStringLiteral("e.method = ?");
        binds->append(f.method.toUpper());
    }
    if (!f.exchangeIds.isEmpty()) {
        // Written into the text, not bound: a click may name more exchanges
        // than SQLite takes parameters, and they are integers.
        QStringList ids;
        ids.reserve(f.exchangeIds.size());
        for (const qint64 id : f.exchangeIds)
            ids << QString::number(id);
        parts << QStringLiteral("e.id IN (") + ids.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!f.rpcMethod.isEmpty()) {
        parts << QStringLiteral(
            "EXISTS(SELECT 1 FROM messages m WHERE m.exchange_id = e.id AND m.method = ?)");
        binds->append(f.rpcMethod);
    }
    if (!f.tool.isEmpty()) {
        // The name a request carried: a tool's or prompt's name, a resource's uri.
        parts << QStringLiteral(
            "EXISTS(SELECT 1 FROM messages m WHERE m.exchange_id = e.id AND m.kind = 'request'"
            " AND json_valid(CAST(m.payload AS TEXT)) AND ? IN ("
            "json_extract(CAST(m.payload AS TEXT), '$.params.name'),"
            " json_extract(CAST(m.payload AS TEXT), '$.params.uri')))");
        binds->append(f.tool);
    }
    if (f.statusCode > 0) {
        parts << QStringLiteral("e.status = ?");
        binds->append(f.statusCode);
    }
    if (f.minTotalMs >= 0) {
        parts << QStringLiteral("e.total_ms >= ?");
        binds->append(f.minTotalMs);
    }
    if (f.maxTotalMs >= 0) {
        parts << QStringLiteral("e.total_ms >= 0 AND e.total_ms <= ?");
        binds->append(f.maxTotalMs);
    }
    if (f.afterMs != 0) {
        parts << QStringLiteral("e.started_at >= ?");
        binds->append(f.afterMs);
    }
    if (f.beforeMs != 0) {
        parts << QStringLiteral("e.started_at < ?");
        binds->append(f.beforeMs);
    }
    using S = CaptureFilter::StatusClass;
    switch (f.statusClass) {
    case S::Any:
        break;
    case S::Failed:
        parts << QStringLiteral("e.error_code <> ''");
        break;
    default:
        parts << QStringLiteral("e.status >= ? AND e.status < ?");
        const int base = 100 * int(f.statusClass); // Informational = 1 -> 1xx
        binds->append(base);
        binds->append(base + 100);
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" AND ") + parts.join(QStringLiteral(" AND "));
}

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
}

} // namespace

CaptureReader::CaptureReader()
{
    static std::atomic<int> serial{0};
    m_name = QStringLiteral("mcpscope-reader-%1").arg(serial.fetch_add(1));
}

CaptureReader::~CaptureReader()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

Result<void> CaptureReader::open(const QString &path)
{
    if (m_db.isValid()) { // opened again (a capture reloaded): the old connection goes first
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open())
        return makeError(ErrorCode::StoreOpen,
                         tr("Could not open the capture store %1 for reading: %2")
                             .arg(path, m_db.lastError().text()));
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next() || q.value(0).toInt() < 1)
        return makeError(ErrorCode::StoreOpen,
                         tr("%1 is not a McpScope capture store (no schema found).").arg(path));
    m_schemaVersion = q.value(0).toInt();
    if (q.value(0).toInt() > CaptureSchema::latestVersion())
        return makeError(ErrorCode::StoreVersion,
                         tr("%1 was written by a newer McpScope (schema %2).")
                             .arg(path)
                             .arg(q.value(0).toInt()));
    return {};
}

QString CaptureReader::replayOfColumn(const QString &table) const
{
    return m_schemaVersion >= 4 ? QStringLiteral("IFNULL(%1.replay_of,0)").arg(table)
                                : QStringLiteral("0");
}

QString CaptureReader::eraColumn(const QString &table) const
{
    return m_schemaVersion >= 7 ? QStringLiteral("%1.era").arg(table) : QStringLiteral("''");
}

QString CaptureReader::roundOfColumn(const QString &table) const
{
    return m_schemaVersion >= 7 ? QStringLiteral("%1.round_of").arg(table) : QStringLiteral("0");
}

bool CaptureReader::isOpen() const
{
    return m_db.isOpen();
}

Result<QList<qint64>> CaptureReader::selectIds(const QString &sql, const QVariantList &binds,
                                               const QString &what)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A statement SQLite refuses is reported as itself: running it anyway
    // would report "Parameter count mismatch" instead of SQLite's reason.
    if (!q.prepare(sql))
        return Failure{sqlError(what, q.lastError().text())};
    bindAll(q, binds);
    if (!q.exec())
        return Failure{sqlError(what, q.lastError().text())};
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Error CaptureReader::sqlError(const QString &what, const QString &detail) const
{
    return {ErrorCode::StoreRead,
            tr("Reading %1 from the capture store failed: %2").arg(what, detail)};
}

QString CaptureReader::ftsQuery(const QString &text)
{
    QStringList terms;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (QString word : text.split(space, Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QLatin1Char('"');
    }
    return terms.join(QLatin1Char(' '));
}

Result<QList<qint64>> CaptureReader::exchangeIds(const CaptureFilter &filter, qint64 afterId,
                                                 int limit)
{
    if (ftsQuery(filter.text).isEmpty()) {
        QVariantList binds{afterId};
        const QString sql = QStringLiteral("SELECT e.id FROM exchanges e WHERE e.id > ?") +
                            whereClause(filter, &binds) + QStringLiteral(" ORDER BY e.id LIMIT ?");
        binds.append(limit);
        return selectIds(sql, binds, tr("the exchange list"));
    }
    // Rows up to the index watermark come from FTS5; rows the writer has not
    // indexed yet are scanned, so a search never misses what just arrived.
    QSqlQuery w(m_db);
    qint64 watermark = 0;
    if (w.exec(QStringLiteral("SELECT value FROM store_meta WHERE key='fts_watermark'")) &&
        w.next())
        watermark = w.value(0).toLongLong();
    QList<qint64> ids;
    if (afterId < watermark) {
        auto indexed = indexedIds(filter, afterId, watermark, limit);
        if (!indexed)
            return indexed;
        ids = *indexed;
    }
    if (ids.size() < limit) {
        auto scanned = scannedIds(filter, std::max(afterId, watermark), limit - int(ids.size()));
        if (!scanned)
            return scanned;
        ids += *scanned;
    }
    return ids;
}

Result<QList<qint64>> CaptureReader::indexedIds(const CaptureFilter &filter, qint64 afterId,
                                                qint64 upTo, int limit)
{
    QVariantList binds{ftsQuery(filter.text), afterId, upTo};
    const QString sql =
        QStringLiteral("SELECT e.id FROM exchange_text t JOIN exchanges e ON e.id = t.rowid"
                       " WHERE exchange_text MATCH ? AND t.rowid > ? AND t.rowid <= ?") +
        whereClause(filter, &binds) + QStringLiteral(" ORDER BY t.rowid LIMIT ?");
    binds.append(limit);
    return selectIds(sql, binds, tr("search results"));
}

Result<QList<qint64>> CaptureReader::scannedIds(const CaptureFilter &filter, qint64 afterId,
                                                int limit)
{
    QVariantList binds{afterId};
    QString sql =
        QStringLiteral("SELECT e.id FROM exchanges e JOIN exchange_bodies b ON b.exchange_id = e.id"
                       " WHERE e.id > ?") +
        whereClause(filter, &binds);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &word : filter.text.split(space, Qt::SkipEmptyParts)) {
        const QString lower = word.toLower();
        sql += QStringLiteral(" AND (instr(lower(e.url), ?) OR instr(lower(CAST(b.request_body AS "
                              "TEXT)), ?) OR instr(lower(CAST(b.response_body AS TEXT)), ?)");
        binds << lower << lower << lower;
        if (m_schemaVersion >= 3) { // streamed pieces (schema 3)
            sql += QStringLiteral(" OR EXISTS(SELECT 1 FROM response_chunks c WHERE c.exchange_id"
                                  " = e.id AND instr(lower(CAST(c.data AS TEXT)), ?))");
            binds << lower;
        }
        sql += QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY e.id LIMIT ?");
    binds.append(limit);
    return selectIds(sql, binds, tr("search results"));
}

Result<QList<ExchangeSummary>> CaptureReader::summaries(const QList<qint64> &ids)
{
    QList<ExchangeSummary> out;
    if (ids.isEmpty())
        return out;
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id); // integers only: safe to inline
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
                    "SELECT id, IFNULL(session_id,0), started_at, state, method, url, host, status,"
                    " content_type, response_size, response_truncated, total_ms, error_code,"
                    " error_message, %2 FROM exchanges WHERE id IN (%1) ORDER BY id")
                    .arg(list.join(QLatin1Char(',')), replayOfColumn(QStringLiteral("exchanges")))))
        return Failure{sqlError(tr("exchange rows"), q.lastError().text())};
    while (q.next()) {
        ExchangeSummary s;
        s.id = q.value(0).toLongLong();
        s.sessionId = q.value(1).toLongLong();
        s.startedAtMs = q.value(2).toLongLong();
        s.state = stateFromName(q.value(3).toString());
        s.method = q.value(4).toString();
        s.url = q.value(5).toString();
        s.host = q.value(6).toString();
        s.status = q.value(7).toInt();
        s.contentType = q.value(8).toString();
        s.responseSize = q.value(9).toLongLong();
        s.truncated = q.value(10).toBool();
        s.totalMs = q.value(11).toDouble();
        s.errorCode = q.value(12).toString();
        s.errorMessage = q.value(13).toString();
        s.replayOf = q.value(14).toLongLong();
        out.append(s);
    }
    return out;
}

namespace {

const char *const kExchangeColumns =
    "SELECT e.id, IFNULL(e.session_id,0), e.started_at, e.state, e.method, e.url, e.status,"
    " e.http_version, e.response_size, e.response_truncated, e.ttfb_ms, e.total_ms, "
    "e.error_code,"
    " e.error_message, b.request_headers, b.request_body, b.response_headers, b.response_body,"
    " b.tls_chain FROM exchanges e LEFT JOIN exchange_bodies b ON b.exchange_id = e.id";

Exchange exchangeFromRow(const QSqlQuery &q)
{
    Exchange e;
    e.id = q.value(0).toLongLong();
    e.sessionId = q.value(1).toLongLong();
    e.startedAtMs = q.value(2).toLongLong();
    e.state = stateFromName(q.value(3).toString());
    e.method = q.value(4).toString().toLatin1();
    e.url = q.value(5).toString();
    e.status = q.value(6).toInt();
    e.httpVersion = q.value(7).toString();
    e.responseBodySize = q.value(8).toLongLong();
    e.responseTruncated = q.value(9).toBool();
    e.ttfbMs = q.value(10).toDouble();
    e.totalMs = q.value(11).toDouble();
    // An id this build does not know (a newer writer's) still reads as failed.
    e.errorCode = errorCodeFromId(q.value(12).toString()).value_or(ErrorCode::NetOther);
    e.errorMessage = q.value(13).toString();
    e.requestHeaders = CaptureCodec::decodeHeaders(q.value(14).toByteArray());
    e.requestBody = q.value(15).toByteArray();
    e.responseHeaders = CaptureCodec::decodeHeaders(q.value(16).toByteArray());
    e.responseBody = q.value(17).toByteArray();
    CaptureCodec::decodeTls(q.value(18).toString(), e);
    return e;
}

} // namespace

namespace {

// Ids written into the SQL as numbers ("1,2,3"): a page of 500 bound
// parameters costs SQLite (and Qt's binding) more than the rows it reads.
// They are integers, so nothing else can get into the statement.
QString inlineIds(const QList<qint64> &ids)
{
    QByteArray out;
    out.reserve(ids.size() * 8);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(ids[i]);
    }
    return QString::fromLatin1(out);
}

} // namespace

Result<std::optional<Exchange>> CaptureReader::exchange(qint64 id)
{
    auto found = exchanges({id});
    if (!found)
        return Failure{found.error()};
    if (found->isEmpty())
        return std::optional<Exchange>();
    return std::optional<Exchange>(std::move(found->first()));
}

Result<QList<Exchange>> CaptureReader::exchanges(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<Exchange>{};
    const QString in = inlineIds(ids);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kExchangeColumns) +
                QStringLiteral(" WHERE e.id IN (%1)").arg(in)))
        return Failure{sqlError(tr("an exchange"), q.lastError().text())};
    QHash<qint64, Exchange> byId;
    byId.reserve(ids.size());
    while (q.next()) {
        Exchange e = exchangeFromRow(q);
        byId.insert(e.id, std::move(e));
    }
    q.finish();
    if (m_schemaVersion >= 3) { // no streamed pieces before schema 3
        // A streamed body: the pieces that followed its start.
        QSqlQuery chunks(m_db);
        chunks.setForwardOnly(true);
        if (!chunks.exec(QStringLiteral("SELECT exchange_id, data FROM response_chunks"
                                        " WHERE exchange_id IN (%1) ORDER BY id")
                             .arg(in)))
            return Failure{sqlError(tr("an exchange"), chunks.lastError().text())};
        while (chunks.next()) {
            auto it = byId.find(chunks.value(0).toLongLong());
            if (it != byId.end())
                it->responseBody += chunks.value(1).toByteArray();
        }
    }
    QList<Exchange> out;
    out.reserve(byId.size());
    for (qint64 id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            out.append(*it);
    }
    return out;
}

Result<QList<SessionInfo>> CaptureReader::sessions()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
                    "SELECT s.id, s.name, s.target, s.kind, s.started_at, IFNULL(s.ended_at,0),"
                    " (SELECT COUNT(*) FROM exchanges e WHERE e.session_id = s.id), %1, %2"
                    " FROM sessions s ORDER BY s.id DESC")
                    .arg(replayOfColumn(QStringLiteral("s")), eraColumn(QStringLiteral("s")))))
        return Failure{sqlError(tr("sessions"), q.lastError().text())};
    QList<SessionInfo> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                    q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toString()});
    return out;
}

Result<qint64> CaptureReader::exchangeCount(qint64 sessionId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool prepared =
        sessionId > 0
            ? q.prepare(QStringLiteral("SELECT COUNT(*) FROM exchanges WHERE session_id = ?"))
            : q.prepare(QStringLiteral("SELECT COUNT(*) FROM exchanges"));
    if (!prepared)
        return Failure{sqlError(tr("the exchange count"), q.lastError().text())};
    if (sessionId > 0)
        q.addBindValue(sessionId);
    if (!q.exec() || !q.next())
        return Failure{sqlError(tr("the exchange count"), q.lastError().text())};
    return q.value(0).toLongLong();
}

} // namespace mcpscope

namespace mcpscope {

Result<QList<MessageRecord>> CaptureReader::messages(qint64 sessionId)
{
    return readMessages(QStringLiteral("? = 0 OR session_id = ?"), {sessionId, sessionId});
}

Result<QList<MessageRecord>> CaptureReader::messagesOfExchanges(const QList<qint64> &exchangeIds)
{
    if (exchangeIds.isEmpty())
        return QList<MessageRecord>{};
    return readMessages(QStringLiteral("exchange_id IN (%1)").arg(inlineIds(exchangeIds)), {});
}

Result<QList<MessageRecord>> CaptureReader::messagesWithoutExchange(qint64 sessionId)
{
    return readMessages(QStringLiteral("session_id = ? AND IFNULL(exchange_id, 0) = 0"),
                        {sessionId});
}

Result<QList<MessageRecord>> CaptureReader::readMessages(const QString &where,
                                                         const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral(
            "SELECT id, IFNULL(session_id,0), IFNULL(exchange_id,0), direction, kind, "
            "IFNULL(rpc_id,''),"
            " IFNULL(method,''), payload, at_ms, IFNULL(response_to,0), IFNULL(latency_ms,-1), %1,"
            " %3 FROM messages WHERE %2 ORDER BY id")
            .arg(replayOfColumn(QStringLiteral("messages")), where,
                 roundOfColumn(QStringLiteral("messages")));
    if (!q.prepare(sql))
        return Failure{sqlError(tr("messages"), q.lastError().text())};
    bindAll(q, binds);
    if (!q.exec())
        return Failure{sqlError(tr("messages"), q.lastError().text())};
    QList<MessageRecord> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toString() == u"out", q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toByteArray(), q.value(8).toLongLong(),
                    q.value(9).toLongLong(), q.value(10).toDouble(), q.value(11).toLongLong(),
                    q.value(12).toLongLong()});
    return out;
}

Result<QList<qint64>> CaptureReader::messageRowIds(const CaptureFilter &f, qint64 afterId,
                                                   int limit)
{
    QVariantList binds{afterId};
    QString sql = QStringLiteral(
        "SELECT m.id FROM messages m LEFT JOIN exchanges e ON e.id = m.exchange_id"
        " WHERE m.id > ? AND NOT (m.kind IN ('response','error') AND IFNULL(m.response_to,0) > 0"
        " AND EXISTS(SELECT 1 FROM messages q WHERE q.id = m.response_to))");
    const auto add = [&](const QString &part, const QVariantList &values = {}) {
        sql += QStringLiteral(" AND ") + part;
        binds += values;
    };
    if (f.sessionId > 0)
        add(QStringLiteral("m.session_id = ?"), {f.sessionId});
    if (!f.method.isEmpty())
        add(QStringLiteral("e.method = ?"), {f.method.toUpper()});
    if (!f.exchangeIds.isEmpty())
        add(QStringLiteral("m.exchange_id IN (%1)").arg(inlineIds(f.exchangeIds)));
    if (!f.rpcMethod.isEmpty())
        add(QStringLiteral("m.method = ?"), {f.rpcMethod});
    if (!f.tool.isEmpty())
        add(QStringLiteral("json_valid(CAST(m.payload AS TEXT)) AND ? IN ("
                           "json_extract(CAST(m.payload AS TEXT), '$.params.name'),"
                           " json_extract(CAST(m.payload AS TEXT), '$.params.uri'))"),
            {f.tool});
    if (f.statusCode > 0)
        add(QStringLiteral("e.status = ?"), {f.statusCode});
    using S = CaptureFilter::StatusClass;
    if (f.statusClass == S::Failed)
        add(QStringLiteral("e.error_code <> ''"));
    else if (f.statusClass != S::Any)
        add(QStringLiteral("e.status >= ? AND e.status < ?"),
            {100 * int(f.statusClass), 100 * int(f.statusClass) + 100});
    if (f.minTotalMs >= 0)
        add(QStringLiteral("EXISTS(SELECT 1 FROM messages r WHERE r.response_to = m.id"
                           " AND r.latency_ms >= ?)"),
            {f.minTotalMs});
    if (f.maxTotalMs >= 0)
        add(QStringLiteral("EXISTS(SELECT 1 FROM messages r WHERE r.response_to = m.id"
                           " AND r.latency_ms >= 0 AND r.latency_ms <= ?)"),
            {f.maxTotalMs});
    if (f.afterMs != 0)
        add(QStringLiteral("m.at_ms >= ?"), {f.afterMs});
    if (f.beforeMs != 0)
        add(QStringLiteral("m.at_ms < ?"), {f.beforeMs});
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &word : f.text.split(space, Qt::SkipEmptyParts))
        add(QStringLiteral("instr(lower(CAST(m.payload AS TEXT)), ?)"), {word.toLower()});
    sql += QStringLiteral(" ORDER BY m.id LIMIT ?");
    binds.append(limit);
    return selectIds(sql, binds, tr("the message list"));
}

Result<QList<MessageRecord>> CaptureReader::messagesById(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<MessageRecord>{};
    auto read = readMessages(QStringLiteral("id IN (%1)").arg(inlineIds(ids)), {});
    if (!read)
        return read;
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < read->size(); ++i)
        at.insert(read->at(i).id, i);
    QList<MessageRecord> out;
    out.reserve(read->size());
    for (qint64 id : ids)
        if (auto it = at.find(id); it != at.end())
            out.append(read->at(*it));
    return out;
}

Result<QList<MessageRecord>> CaptureReader::answersTo(const QList<qint64> &requestIds)
{
    if (requestIds.isEmpty())
        return QList<MessageRecord>{};
    return readMessages(QStringLiteral("response_to IS NOT NULL AND response_to IN (%1)")
                            .arg(inlineIds(requestIds)),
                        {});
}

Result<QList<MessageRecord>> CaptureReader::callsOfExchanges(const QList<qint64> &exchangeIds)
{
    if (exchangeIds.isEmpty())
        return QList<MessageRecord>{};
    // A union, not an OR: each half reads its own index (by exchange, by
    // response_to), where an OR would scan every message for each page.
    const QString in = inlineIds(exchangeIds);
    return readMessages(
        QStringLiteral("id IN (SELECT id FROM messages WHERE exchange_id IN (%1) UNION"
                       " SELECT a.id FROM messages a WHERE a.response_to IS NOT NULL AND"
                       " a.response_to IN (SELECT id FROM messages WHERE exchange_id IN (%1)))")
            .arg(in),
        {});
}

} // namespace mcpscope
