#include "export/har_import.h"
#include "common/translate.h"

#include "capture/capture_reader.h"
#include "capture/capture_schema.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "export/har_reader.h"
#include "mcp/json_rpc.h"
#include "mcp/sse_parser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope::HarImport", "mcpscope", "mcpscope::Importer"}, text);
}

// Requests waiting for their answer, per session; bounded so that a HAR of
// unanswered requests does not grow it without end.
constexpr qsizetype kMaxWaiting = 100000;

qint64 msFromIso(const QJsonValue &value)
{
    const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

QString origin(const QString &url)
{
    const QUrl u(url);
    if (!u.isValid() || u.host().isEmpty())
        return url.left(200);
    return u
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString();
}

// Consecutive headers of the same name (same spelling) as one, values joined
// with '\n': how the capture stores a header a response repeats.
HeaderList joinedRepeats(const HeaderList &headers)
{
    HeaderList out;
    out.reserve(headers.size());
    for (const auto &header : headers) {
        if (!out.isEmpty() && out.last().first == header.first)
            out.last().second += '\n' + header.second;
        else
            out.append(header);
    }
    return out;
}

class Importer
{
public:
    Importer(const QString &path, CaptureStore &store, const HarImportOptions &options)
        : m_path(path), m_store(store), m_options(options)
    {
    }

    Result<HarImportResult> run()
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::HarFormat,
                             tr("Cannot read %1: %2").arg(m_path, file.errorString()));
        HarReader reader;
        auto read = reader.read(file, [&](const HarEntry &entry) {
            if (!m_started && !begin(reader.log()))
                return false;
            return addEntry(entry);
        });
        if (read && !m_started && !begin(reader.log()))
            read = Failure{*m_error};
        if (read)
            read = finish(reader.log());
        if (!read) {
            const Error error =
                m_error && read.error().message == HarReader::stopped() ? *m_error : read.error();
            rollback();
            return Failure{error};
        }
        return m_result;
    }

private:
    bool fail(ErrorCode code, const QString &message)
    {
        if (!m_error)
            m_error = Error{code, message};
        return false;
    }

    // The sessions, once the log members before the entries are known.
    bool begin(HarLog log)
    {
        m_started = true;
        if (!log.hasMcpscope && log.creatorName == u"McpScope") {
            // McpScope's own HAR with log._mcpscope after the entries: a
            // first pass for it (entries skipped, still one at a time).
            QFile again(m_path);
            HarReader scan;
            if (again.open(QIODevice::ReadOnly) &&
                scan.read(
                    again, [](const HarEntry &) { return true; }, true)) {
                log.hasMcpscope = scan.log().hasMcpscope;
                log.mcpscope = scan.log().mcpscope;
                log.mcpscopePayloads = scan.log().mcpscopePayloads;
            }
        }
        m_log = log;
        m_result.fromMcpScope = log.hasMcpscope;
        if (!log.hasMcpscope)
            return true; // the one session is made with the first entry (its origin)
        for (const QJsonValue &value : log.mcpscope.value(u"sessions").toArray()) {
            const QJsonObject s = value.toObject();
            const qint64 id =
                m_store.createSession(s.value(u"name").toString(), s.value(u"target").toString(),
                                      s.value(u"kind").toString(QStringLiteral("http")),
                                      msFromIso(s.value(u"startedAt")));
            if (id == 0)
                return fail(ErrorCode::StoreWrite, tr("The capture store could not create a "
                                                      "session for the import."));
            m_sessions.insert(qint64(s.value(u"id").toDouble()), id);
            m_result.sessionIds.append(id);
        }
        return true;
    }

    qint64 foreignSession(const HarEntry &first)
    {
        if (m_foreignSession)
            return m_foreignSession;
        QString name = m_options.name;
        if (name.isEmpty()) {
            name = QFileInfo(m_path).fileName();
            if (!m_log.creatorName.isEmpty())
                name += QStringLiteral(" (%1)").arg(m_log.creatorName);
        }
        m_foreignSession =
            m_store.createSession(name, first.url.isEmpty() ? QString() : origin(first.url),
                                  QStringLiteral("import"), first.startedAtMs);
        if (m_foreignSession)
            m_result.sessionIds.append(m_foreignSession);
        return m_foreignSession;
    }

    bool addEntry(const HarEntry &entry)
    {
        const bool ours = m_log.hasMcpscope && !entry.mcpscope.isEmpty();
        qint64 session = 0;
        if (ours)
            session = m_sessions.value(qint64(entry.mcpscope.value(u"sessionId").toDouble()));
        if (!session)
            session = foreignSession(entry);
        if (!session)
            return fail(ErrorCode::StoreWrite,
                        tr("The capture store could not create a session for the import."));

        Exchange ex;
        ex.id = m_store.reserveExchangeId();
        if (!ex.id)
            return fail(ErrorCode::StoreWrite,
                        tr("The capture store could not reserve ids for the import."));
        ex.sessionId = session;
        ex.startedAtMs = entry.startedAtMs;
        ex.method = entry.method;
        ex.url = entry.url;
        ex.requestHeaders = entry.requestHeaders;
        ex.requestBody = entry.requestBody;
        ex.status = entry.status;
        ex.reasonPhrase = entry.statusText;
        ex.httpVersion = entry.httpVersion;
        ex.responseHeaders = entry.responseHeaders;
        ex.responseBody = entry.responseBody;
        // HAR: connect includes ssl; the first byte comes after blocked,
        // dns, connect, send and wait.
        double ttfb = 0;
        for (double part : {entry.timings.blocked, entry.timings.dns, entry.timings.connect,
                            entry.timings.send, entry.timings.wait})
            ttfb += std::max(part, 0.0);
        ex.ttfbMs = entry.status == 0 && entry.timings.wait <= 0 ? -1 : ttfb;
        ex.totalMs = entry.timeMs >= 0 ? entry.timeMs : -1;
        ex.responseBodySize =
            entry.contentSize >= 0 ? entry.contentSize : entry.responseBody.size();
        if (ours) {
            // The writer gives each line of a header Qt joined with '\n'
            // (Set-Cookie) a HAR header of its own: joined again here.
            ex.requestHeaders = joinedRepeats(ex.requestHeaders);
            ex.responseHeaders = joinedRepeats(ex.responseHeaders);
            const QJsonObject m = entry.mcpscope;
            m_exchangeIds.insert(qint64(m.value(u"exchangeId").toDouble()), ex.id);
            ex.state = stateFromName(m.value(u"state").toString());
            ex.errorCode =
                errorCodeFromId(m.value(u"errorCode").toString()).value_or(ErrorCode::None);
            ex.errorMessage = m.value(u"errorMessage").toString();
            ex.responseTruncated = m.value(u"responseTruncated").toBool();
            if (m.value(u"responseBodySize").isDouble())
                ex.responseBodySize = qint64(m.value(u"responseBodySize").toDouble());
            for (const QJsonValue &c : m.value(u"tlsChain").toArray()) {
                const QJsonObject cert = c.toObject();
                ex.tlsChain.append(
                    {cert.value(u"subject").toString(), cert.value(u"issuer").toString(),
                     cert.value(u"notBefore").toString(), cert.value(u"notAfter").toString(),
                     cert.value(u"sha256").toString()});
            }
        } else {
            ex.state = entry.status > 0 ? Exchange::State::Complete : Exchange::State::Failed;
            if (entry.status == 0) {
                ex.errorCode = ErrorCode::NetOther;
                ex.errorMessage = tr("The HAR has no response for this request.");
            }
            // HAR bodies are stored decoded: say so, or the store would try
            // to decode them again.
            const QByteArray codings =
                headerValue(ex.responseHeaders, "content-encoding").trimmed();
            if (!codings.isEmpty() &&
                headerValue(ex.responseHeaders, Redactor::decodedHeader).isEmpty())
                ex.responseHeaders.append({Redactor::decodedHeader.toByteArray(),
                                           codings + "; decoded by the tool that saved the HAR"});
        }
        if (!entry.unknownEncoding.isEmpty()) {
            const QString note =
                tr("log.entries[%1].response.content: encoding \"%2\" is not one McpScope knows; "
                   "the body is stored as the HAR has it.")
                    .arg(entry.index)
                    .arg(entry.unknownEncoding.left(40));
            ex.responseHeaders.append({"X-McpScope-Import", note.toUtf8()});
            if (m_result.notes.size() < 100)
                m_result.notes.append(note);
        }
        m_store.submit(ex);
        ++m_result.exchanges;
        m_endedAt[session] =
            std::max(m_endedAt.value(session), ex.startedAtMs + qint64(std::max(ex.totalMs, 0.0)));

        if (ours) {
            qsizetype raw = 0;
            for (const QJsonValue &value : entry.mcpscope.value(u"messages").toArray())
                if (!addMcpscopeMessage(value.toObject(), session, ex.id, entry.mcpscopePayloads,
                                        raw))
                    return false;
            for (const QJsonValue &value : entry.mcpscope.value(u"findings").toArray())
                m_findings.append({value.toObject(), session});
        } else if (!recognise(entry, ex, session)) {
            return false;
        }
        if (m_store.pendingJobs() > m_options.maxQueuedJobs)
            m_store.flush();
        return true;
    }

    // raw: the payloads as the file has them, one per object or array
    // payload in document order; next: the first not used yet.
    bool addMcpscopeMessage(const QJsonObject &m, qint64 session, qint64 exchangeId,
                            const QByteArrayList &raw, qsizetype &next)
    {
        MessageRecord record;
        record.id = m_store.reserveMessageId();
        if (!record.id)
            return fail(ErrorCode::StoreWrite,
                        tr("The capture store could not reserve ids for the import."));
        record.sessionId = session;
        record.exchangeId = exchangeId;
        record.outgoing = m.value(u"direction").toString() != u"in";
        record.kind = m.value(u"kind").toString();
        record.rpcId = m.value(u"rpcId").toString();
        record.method = m.value(u"method").toString();
        const QJsonValue payload = m.value(u"payload");
        if ((payload.isObject() || payload.isArray()) && next < raw.size())
            record.payload = raw[next++];
        else
            record.payload = payload.isString() ? payload.toString().toUtf8()
                             : payload.isObject()
                                 ? QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact)
                             : payload.isArray()
                                 ? QJsonDocument(payload.toArray()).toJson(QJsonDocument::Compact)
                                 : QByteArray();
        record.atMs = msFromIso(m.value(u"at"));
        record.responseTo = m_messageIds.value(qint64(m.value(u"responseTo").toDouble()));
        record.latencyMs = m.value(u"latencyMs").toDouble(-1);
        record.roundOf = m_messageIds.value(qint64(m.value(u"roundOf").toDouble()));
        m_messageIds.insert(qint64(m.value(u"id").toDouble()), record.id);
        m_store.submit(record);
        ++m_result.messages;
        if (record.responseTo)
            ++m_result.rpcCalls;
        return true;
    }

    // JSON-RPC in a foreign HAR: the request body, and a JSON or SSE response.
    // False (the error set) when the store cannot take the messages.
    bool recognise(const HarEntry &entry, const Exchange &ex, qint64 session)
    {
        const QByteArray requestType =
            ex.requestHeader("content-type").toLower() + entry.requestMimeType.toUtf8().toLower();
        const QByteArray body = ex.requestBody.trimmed();
        if (requestType.contains("json") || body.startsWith('{') || body.startsWith('['))
            if (!addMessages(ex.requestBody, true, ex, session, ex.startedAtMs))
                return false;
        const QByteArray responseType =
            ex.responseHeader("content-type").toLower() + entry.responseMimeType.toUtf8().toLower();
        const qint64 answeredAt = ex.startedAtMs + qint64(std::max(ex.ttfbMs, 0.0));
        if (responseType.contains("text/event-stream")) {
            SseParser parser;
            QList<SseEvent> events = parser.feed(ex.responseBody);
            events += parser.feed("\n\n"); // a last event the HAR cut before its blank line
            for (const SseEvent &event : events)
                if (event.type == "message" &&
                    !addMessages(event.data, false, ex, session, answeredAt))
                    return false;
        } else if (responseType.contains("json")) {
            return addMessages(ex.responseBody, false, ex, session, answeredAt);
        }
        return true;
    }

    bool addMessages(const QByteArray &bytes, bool outgoing, const Exchange &ex, qint64 session,
                     qint64 atMs)
    {
        if (bytes.trimmed().isEmpty())
            return true;
        const auto decoded = decodeJsonRpc(bytes);
        if (!decoded)
            return true; // JSON, but not JSON-RPC (OAuth metadata, tokens, …)
        auto &waiting = m_waiting[session];
        for (const JsonRpcMessage &message : *decoded) {
            MessageRecord record;
            record.id = m_store.reserveMessageId();
            if (!record.id)
                return fail(ErrorCode::StoreWrite,
                            tr("The capture store could not reserve ids for the import."));
            record.sessionId = session;
            record.exchangeId = ex.id;
            record.outgoing = outgoing;
            record.kind = kindName(message.kind);
            record.rpcId = idText(message.id);
            record.method = message.method;
            record.payload = message.encode();
            record.atMs = atMs;
            const QString key = QString::number(outgoing) + idKey(message.id);
            if (message.isRequest()) {
                if (waiting.size() < kMaxWaiting)
                    waiting.insert(key, {record.id, atMs});
            } else if (message.isResponse()) {
                // An answer travels the other way from its request.
                const auto it = waiting.find(QString::number(!outgoing) + idKey(message.id));
                if (it != waiting.end()) {
                    record.responseTo = it->first;
                    record.latencyMs = double(atMs - it->second);
                    waiting.erase(it);
                    ++m_result.rpcCalls;
                }
            }
            m_store.submit(record);
            ++m_result.messages;
        }
        return true;
    }

    Result<void> finish(const HarLog &log)
    {
        if (m_error)
            return Failure{*m_error};
        if (m_result.sessionIds.isEmpty()) {
            HarEntry none;
            none.startedAtMs = QDateTime::currentMSecsSinceEpoch();
            if (!foreignSession(none))
                return makeError(ErrorCode::StoreWrite, tr("The capture store could not create a "
                                                           "session for the import."));
        }
        // Session messages with no exchange (stdio) and session findings.
        qsizetype raw = 0;
        for (const QJsonValue &value : log.mcpscope.value(u"sessions").toArray()) {
            const QJsonObject s = value.toObject();
            const qint64 session = m_sessions.value(qint64(s.value(u"id").toDouble()));
            if (!session) {
                for (const QJsonValue &m : s.value(u"messages").toArray()) // their raw payloads
                    if (m.toObject().value(u"payload").isObject() ||
                        m.toObject().value(u"payload").isArray())
                        ++raw;
                continue;
            }
            for (const QJsonValue &m : s.value(u"messages").toArray())
                if (!addMcpscopeMessage(m.toObject(), session, 0, log.mcpscopePayloads, raw))
                    return Failure{*m_error};
            for (const QJsonValue &f : s.value(u"findings").toArray())
                m_findings.append({f.toObject(), session});
            const qint64 ended = msFromIso(s.value(u"endedAt"));
            if (ended)
                m_store.endSession(session, ended);
            const qint64 replayOf = m_sessions.value(qint64(s.value(u"replayOf").toDouble(0)));
            if (replayOf)
                m_store.linkReplay(ExchangeSink::ReplayLink::Session, session, replayOf);
            if (const QString era = s.value(u"era").toString(); !era.isEmpty())
                m_store.setSessionEra(session, era);
        }
        if (m_foreignSession)
            m_store.endSession(
                m_foreignSession,
                m_endedAt.value(m_foreignSession, QDateTime::currentMSecsSinceEpoch()));
        m_store.flush();

        // What the writer committed is what was sent: a store that failed a
        // write (full disk, locked file) shows here.
        CaptureReader check;
        if (auto opened = check.open(m_store.path()); !opened)
            return Failure{opened.error()};
        qint64 stored = 0;
        for (qint64 session : m_result.sessionIds) {
            const auto count = check.exchangeCount(session);
            if (!count)
                return Failure{count.error()};
            stored += *count;
        }
        if (stored != m_result.exchanges)
            return makeError(ErrorCode::StoreWrite,
                             tr("The capture store wrote %1 of the %2 imported exchanges.")
                                 .arg(stored)
                                 .arg(m_result.exchanges));

        if (!m_findings.isEmpty()) {
            FindingsStore findings;
            if (auto opened = findings.open(m_store.path()); !opened)
                return Failure{opened.error()};
            for (const auto &[f, session] : m_findings) {
                Finding finding;
                finding.kind = f.value(u"kind").toString();
                if (!findingKind(finding.kind)) {
                    if (m_result.notes.size() < 100)
                        m_result.notes.append(
                            tr("A finding of a kind this McpScope does not know (%1) was left out.")
                                .arg(finding.kind.left(80)));
                    continue;
                }
                for (const QJsonValue &a : f.value(u"arguments").toArray())
                    finding.arguments.append(m_store.redactor().redactText(a.toString()));
                for (const QJsonValue &id : f.value(u"exchangeIds").toArray())
                    if (const qint64 mapped = m_exchangeIds.value(qint64(id.toDouble())))
                        finding.exchangeIds.append(mapped);
                for (const QJsonValue &id : f.value(u"messageIds").toArray())
                    if (const qint64 mapped = m_messageIds.value(qint64(id.toDouble())))
                        finding.messageIds.append(mapped);
                finding.sessionId = session;
                finding.atMs = msFromIso(f.value(u"at"));
                // Optional (HAR files from before findings had a source are live).
                if (const QString source = f.value(u"source").toString();
                    source == u"rules" || source == u"doctor")
                    finding.source = source;
                if (auto recorded = findings.record(finding); !recorded)
                    return Failure{recorded.error()};
                ++m_result.findings;
            }
        }
        return {};
    }

    // Deletes the sessions this import created and everything written for them.
    void rollback()
    {
        if (m_result.sessionIds.isEmpty() || !m_store.isOpen())
            return;
        m_store.flush();
        QStringList ids;
        for (qint64 id : m_result.sessionIds)
            ids.append(QString::number(id));
        const QString list = ids.join(QLatin1Char(','));
        const QString name = QStringLiteral("mcpscope-har-rollback-%1").arg(quintptr(this));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_store.path());
            if (db.open() && CaptureSchema::configureConnection(db) && db.transaction()) {
                QSqlQuery q(db);
                bool ok = true;
                for (const QString &sql :
                     {QStringLiteral("DELETE FROM findings WHERE session_id IN (%1)"),
                      QStringLiteral("DELETE FROM messages WHERE session_id IN (%1)"),
                      QStringLiteral("DELETE FROM exchanges WHERE session_id IN (%1)"),
                      QStringLiteral("DELETE FROM sessions WHERE id IN (%1)")})
                    ok = ok && q.exec(sql.arg(list));
                if (ok)
                    db.commit();
                else
                    db.rollback();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        m_result.sessionIds.clear();
    }

    QString m_path;
    CaptureStore &m_store;
    HarImportOptions m_options;
    HarImportResult m_result;
    HarLog m_log;
    bool m_started = false;
    std::optional<Error> m_error;
    QHash<qint64, qint64> m_sessions;    // HAR session id -> new id
    QHash<qint64, qint64> m_messageIds;  // HAR message id -> new id
    QHash<qint64, qint64> m_exchangeIds; // HAR exchange id -> new id
    QHash<qint64, qint64> m_endedAt;
    qint64 m_foreignSession = 0;
    QHash<qint64, QHash<QString, std::pair<qint64, qint64>>> m_waiting; // id key -> (message, at)
    QList<std::pair<QJsonObject, qint64>> m_findings;
};

} // namespace

Result<HarImportResult> importHar(const QString &path, CaptureStore &store,
                                  const HarImportOptions &options)
{
    if (!store.isOpen())
        return makeError(ErrorCode::StoreOpen, tr("The capture store is not open."));
    Importer importer(path, store, options);
    return importer.run();
}

} // namespace mcpscope
