#include "replay/recorded_session.h"

#include "capture/capture_reader.h"
#include "mcp/json_rpc.h"

#include <QCoreApplication>
#include <QHash>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope::RecordedSession", text);
}

RecordedAnswer answerFrom(const JsonRpcMessage &message, qint64 messageId)
{
    RecordedAnswer answer;
    answer.messageId = messageId;
    if (message.kind == JsonRpcMessage::Kind::Response) {
        answer.kind = RecordedAnswer::Kind::Result;
        answer.result = message.result;
    } else {
        answer.kind = RecordedAnswer::Kind::Error;
        answer.errorCode = message.errorCode;
        answer.errorMessage = message.errorMessage;
        answer.errorData = message.errorData;
    }
    return answer;
}

} // namespace

QJsonValue RecordedAnswer::asJson() const
{
    switch (kind) {
    case Kind::Result:
        return result;
    case Kind::Error: {
        QJsonObject error{{QStringLiteral("code"), errorCode},
                          {QStringLiteral("message"), errorMessage}};
        if (!errorData.isUndefined() && !errorData.isNull())
            error.insert(QStringLiteral("data"), errorData);
        return QJsonObject{{QStringLiteral("error"), error}};
    }
    case Kind::None:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString RecordedRequest::subject() const
{
    if (method == u"tools/call" || method == u"prompts/get")
        return params.value(QStringLiteral("name")).toString();
    if (method.startsWith(u"resources/"))
        return params.value(QStringLiteral("uri")).toString();
    return {};
}

int RecordedSession::requestCount() const
{
    int count = 0;
    for (const RecordedRequest &request : requests)
        count += request.notification ? 0 : 1;
    return count;
}

Result<RecordedSession> RecordedSession::load(CaptureReader &reader, qint64 sessionId)
{
    auto sessions = reader.sessions();
    if (!sessions)
        return Failure{sessions.error()};
    RecordedSession out;
    bool found = false;
    for (const SessionInfo &info : *sessions) {
        if (info.id == sessionId) {
            found = true;
            out.sessionId = info.id;
            out.name = info.name;
            out.target = info.target;
            out.kind = info.kind;
        }
    }
    if (!found)
        return makeError(ErrorCode::ReplayNoSession,
                         tr("The capture store has no session %1. 'mcpscope-cli sessions --store "
                            "FILE' lists the sessions it has.")
                             .arg(sessionId));
    auto messages = reader.messages(sessionId);
    if (!messages)
        return Failure{messages.error()};
    if (messages->isEmpty())
        return makeError(ErrorCode::ReplayEmptySession,
                         tr("Session %1 recorded no MCP messages (it may be a plain HTTP or OAuth "
                            "session), so there is nothing to replay.")
                             .arg(sessionId));

    // Answers are paired by the link the client recorded (response_to), else
    // by JSON-RPC id: the first answer in the other direction after the request.
    QHash<qint64, int> clientRequestByMessage; // message id -> index in requests
    QHash<QString, int> openClientRequests;    // rpc id -> index, until answered
    QHash<QString, int> openServerRequests;    // rpc id -> index in serverRequests
    qint64 initializeMessage = 0;
    QString initializeRpcId;
    for (const MessageRecord &record : *messages) {
        auto decoded = decodeJsonRpc(record.payload);
        if (!decoded || decoded->size() != 1)
            return makeError(ErrorCode::ReplayUnreadable,
                             tr("Message %1 of session %2 is not one readable JSON-RPC message "
                                "(%3), so the session cannot be replayed.")
                                 .arg(record.id)
                                 .arg(sessionId)
                                 .arg(decoded ? tr("a batch") : decoded.error().message));
        const JsonRpcMessage &message = decoded->constFirst();
        const QString key = idKey(message.id);
        if (record.outgoing) {
            switch (message.kind) {
            case JsonRpcMessage::Kind::Request:
                // The modern era's probe (issue 16) is the session's own, like
                // initialize: a replay's session probes by itself.
                if (message.method == u"server/discover")
                    break;
                if (message.method == u"initialize") {
                    out.initializeParams = message.params.toObject();
                    initializeMessage = record.id;
                    initializeRpcId = key;
                    break;
                }
                out.requests.append({false,
                                     message.method,
                                     message.params.toObject(),
                                     {},
                                     -1,
                                     record.id,
                                     record.exchangeId});
                clientRequestByMessage.insert(record.id, int(out.requests.size() - 1));
                openClientRequests.insert(key, int(out.requests.size() - 1));
                break;
            case JsonRpcMessage::Kind::Notification:
                if (message.method == u"notifications/initialized")
                    break;
                out.requests.append({true,
                                     message.method,
                                     message.params.toObject(),
                                     {},
                                     -1,
                                     record.id,
                                     record.exchangeId});
                break;
            case JsonRpcMessage::Kind::Response:
            case JsonRpcMessage::Kind::Error:
                if (const int index = openServerRequests.value(key, -1); index >= 0) {
                    out.serverRequests[index].answer = answerFrom(message, record.id);
                    openServerRequests.remove(key);
                }
                break;
            }
            continue;
        }
        switch (message.kind) {
        case JsonRpcMessage::Kind::Request:
            out.serverRequests.append({message.method, message.params.toObject(), {}, record.id});
            openServerRequests.insert(key, int(out.serverRequests.size() - 1));
            break;
        case JsonRpcMessage::Kind::Notification:
            out.serverNotifications.append(message.toJson());
            break;
        case JsonRpcMessage::Kind::Response:
        case JsonRpcMessage::Kind::Error: {
            if ((record.responseTo != 0 && record.responseTo == initializeMessage) ||
                (record.responseTo == 0 && !initializeRpcId.isEmpty() && key == initializeRpcId &&
                 out.initializeResult.isEmpty())) {
                out.initializeResult = message.result.toObject();
                break;
            }
            int index = clientRequestByMessage.value(record.responseTo, -1);
            if (index < 0)
                index = openClientRequests.value(key, -1);
            if (index < 0)
                break; // an answer to nothing we sent: nothing to compare it with
            openClientRequests.remove(key);
            RecordedRequest &request = out.requests[index];
            request.answer = answerFrom(message, record.id);
            request.latencyMs = record.latencyMs;
            break;
        }
        }
    }
    if (initializeMessage == 0 && out.requests.isEmpty())
        return makeError(ErrorCode::ReplayEmptySession,
                         tr("Session %1 recorded no request from the client, so there is nothing "
                            "to replay.")
                             .arg(sessionId));
    return out;
}

} // namespace mcpscope
