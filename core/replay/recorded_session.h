#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace mcpscope {

class CaptureReader;

// What the recording says came back for a request: a result, a JSON-RPC
// error, or nothing (the request failed before an answer, or never got one).
struct RecordedAnswer
{
    enum class Kind
    {
        None,
        Result,
        Error
    };
    Kind kind = Kind::None;
    QJsonValue result;
    int errorCode = 0;
    QString errorMessage;
    QJsonValue errorData;
    qint64 messageId = 0;

    // The answer as one JSON value, the way a replay's answer is diffed
    // against it: the result, or {"error": {"code", "message"[, "data"]}}.
    QJsonValue asJson() const;
};

// A message the client sent, in recorded order: a request with its answer,
// or a notification (answer None).
struct RecordedRequest
{
    bool notification = false;
    QString method;
    QJsonObject params;
    RecordedAnswer answer;
    double latencyMs = -1; // -1: not recorded
    qint64 messageId = 0;
    qint64 exchangeId = 0; // 0: not carried by HTTP (stdio)
    // The params as sent (their key order and bytes); a replay sends this
    // text when it is set, params otherwise (empty: none recorded).
    QByteArray paramsText;

    // What the request is about: the tool or prompt name, the resource uri
    // (empty for other methods).
    QString subject() const;
};

// A request the server sent the client (elicitation/create,
// sampling/createMessage, roots/list, ping …) and what the client answered.
struct RecordedServerRequest
{
    QString method;
    QJsonObject params;
    RecordedAnswer answer;
    qint64 messageId = 0;
};

// One recorded MCP session, read back from a capture store: what a replay
// sends again and compares with.
struct RecordedSession
{
    qint64 sessionId = 0;
    QString name;
    QString target; // as stored (redacted)
    QString kind;
    QJsonObject initializeParams;
    QJsonObject initializeResult; // empty when initialize got no result
    // Client messages after initialize, in order (notifications/initialized
    // and the initialize request itself left out).
    QList<RecordedRequest> requests;
    QList<RecordedServerRequest> serverRequests; // in order
    QList<QJsonObject> serverNotifications;      // as received, whole messages

    // Client requests only (no notifications).
    int requestCount() const;

    // Reads session sessionId from reader (open). Errors: ReplayNoSession
    // (no such session), ReplayEmptySession (no JSON-RPC messages recorded),
    // ReplayUnreadable (a stored payload is not a JSON-RPC message; the
    // message names its id), StoreRead.
    static Result<RecordedSession> load(CaptureReader &reader, qint64 sessionId);
};

} // namespace mcpscope
