#pragma once

#include "common/error.h"
#include "net/exchange.h"
#include "net/message_record.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mcpscope {

// What the capture log shows; every field is optional (empty = any).
struct CaptureFilter
{
    enum class StatusClass
    {
        Any,
        Informational,
        Success,
        Redirect,
        ClientError,
        ServerError,
        Failed
    };

    qint64 sessionId = 0;
    QString method; // exact, case-insensitive
    StatusClass statusClass = StatusClass::Any;
    QString text; // words searched in URLs and bodies (full-text)
    // Only these exchanges (analytics' "chart to bytes"); empty = any.
    QList<qint64> exchangeIds;
    // Added for the log's filter syntax (capture/log_filter.h):
    QString rpcMethod;      // a JSON-RPC method the exchange carried (exact)
    QString tool;           // params.name or params.uri of a request it carried
    int statusCode = 0;     // one HTTP status (0 = any)
    double minTotalMs = -1; // total time at least (-1 = any)
    double maxTotalMs = -1; // total time at most (-1 = any)
    qint64 afterMs = 0;     // started at or after (0 = any)
    qint64 beforeMs = 0;    // started before (0 = any)

    bool isEmpty() const
    {
        return sessionId == 0 && method.isEmpty() && statusClass == StatusClass::Any &&
               text.trimmed().isEmpty() && exchangeIds.isEmpty() && rpcMethod.isEmpty() &&
               tool.isEmpty() && statusCode == 0 && minTotalMs < 0 && maxTotalMs < 0 &&
               afterMs == 0 && beforeMs == 0;
    }
    bool operator==(const CaptureFilter &) const = default;
};

// One log row: what the table shows, without headers or bodies.
struct ExchangeSummary
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 startedAtMs = 0;
    Exchange::State state = Exchange::State::Pending;
    QString method;
    QString url;
    QString host;
    int status = 0;
    QString contentType;
    qint64 responseSize = 0;
    bool truncated = false;
    double totalMs = -1;
    QString errorCode;
    QString errorMessage;
    qint64 replayOf = 0; // a replayed request's exchange: the original exchange
};

struct SessionInfo
{
    qint64 id = 0;
    QString name;
    QString target;
    QString kind;
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0; // 0 = still open
    qint64 exchangeCount = 0;
    qint64 replayOf = 0; // a regression run: the recorded session it replayed
    // The protocol era it spoke: "legacy", "modern", or "" (not known; a
    // store older than schema 7, or a session that never connected).
    QString era;
};

// A read-only connection to a capture store. Use it on the thread that
// created it; make one per thread. Reads never block the writer (WAL).
class CaptureReader final
{
    Q_DISABLE_COPY_MOVE(CaptureReader)

public:
    CaptureReader();
    ~CaptureReader();

    Result<void> open(const QString &path);
    bool isOpen() const;

    // Ids matching filter, ascending, strictly after afterId (keyset paging).
    Result<QList<qint64>> exchangeIds(const CaptureFilter &filter, qint64 afterId, int limit);
    Result<QList<ExchangeSummary>> summaries(const QList<qint64> &ids);
    Result<std::optional<Exchange>> exchange(qint64 id);
    // The stored exchanges among ids, in the order of ids (one query for all:
    // exports read a page at a time). Ids not stored are left out.
    Result<QList<Exchange>> exchanges(const QList<qint64> &ids);
    Result<QList<SessionInfo>> sessions();
    Result<qint64> exchangeCount(qint64 sessionId = 0);
    // JSON-RPC messages of a session (0 = all), oldest first.
    Result<QList<MessageRecord>> messages(qint64 sessionId = 0);
    // The messages these exchanges carried, oldest first (exports read them a
    // page of exchanges at a time).
    Result<QList<MessageRecord>> messagesOfExchanges(const QList<qint64> &exchangeIds);
    // A session's messages no HTTP exchange carried (stdio), oldest first.
    Result<QList<MessageRecord>> messagesWithoutExchange(qint64 sessionId);

    // The Messages view (additive): ids of the messages that are rows,
    // ascending, after afterId: every message but a response or error that
    // answers a stored request (it is shown on its request's row). The
    // filter applies to the message (rpcMethod, tool, text in its payload,
    // session, time, latency of its answer) and to the exchange that carried
    // it (HTTP method, status, exchange ids).
    Result<QList<qint64>> messageRowIds(const CaptureFilter &filter, qint64 afterId, int limit);
    // These messages, in the order of ids (ids not stored are left out).
    Result<QList<MessageRecord>> messagesById(const QList<qint64> &ids);
    // The responses and errors answering these request messages, oldest first.
    Result<QList<MessageRecord>> answersTo(const QList<qint64> &requestIds);
    // The messages these exchanges carried and the answers to their requests
    // (wherever those arrived), oldest first: the log's MCP columns.
    Result<QList<MessageRecord>> callsOfExchanges(const QList<qint64> &exchangeIds);

    // Turns what a user typed into a safe FTS5 query: each word quoted, all
    // words required. Empty when there is nothing to search for.
    static QString ftsQuery(const QString &text);

private:
    Result<QList<qint64>> indexedIds(const CaptureFilter &filter, qint64 afterId, qint64 upTo,
                                     int limit);
    Result<QList<qint64>> scannedIds(const CaptureFilter &filter, qint64 afterId, int limit);
    Result<QList<MessageRecord>> readMessages(const QString &where, const QVariantList &binds);
    Error sqlError(const QString &what, const QString &detail) const;
    // The first column of sql's rows as ids (what names the list in an error).
    Result<QList<qint64>> selectIds(const QString &sql, const QVariantList &binds,
                                    const QString &what);

    // The columns to read replay_of from ("NULL" in a store older than
    // schema 4, which the reader does not upgrade).
    QString replayOfColumn(const QString &table) const;
    // sessions.era and messages.round_of, or constants before schema 7.
    QString eraColumn(const QString &table) const;
    QString roundOfColumn(const QString &table) const;

    QString m_name;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

} // namespace mcpscope
