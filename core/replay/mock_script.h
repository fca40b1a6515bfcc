#pragma once

#include "common/error.h"
#include "net/message_record.h"
#include "replay/json_diff.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace mcpscope {

// One request the client sent in a recorded session and the answer it got.
//   request: {"method": …, "params": …} as recorded (params {} when absent);
//     what a new request is compared with.
//   answer: the recorded response message; it holds "result" or "error".
struct MockExchange
{
    qint64 messageId = 0; // the recorded request's message id
    QString method;
    QJsonObject request;
    QJsonObject answer;
};

// What a mock serves: the answered requests of one recorded session, in the
// order they were sent. Requests that never got an answer, server-to-client
// requests and notifications are left out.
class MockScript final
{
public:
    // Pairs each outgoing request with the incoming response or error that
    // names it (responseTo, or else the same JSON-RPC id). A payload that is
    // not a JSON object is skipped.
    static MockScript fromMessages(const QList<MessageRecord> &messages, qint64 sessionId);
    // Reads the session from a capture store. StoreOpen/StoreRead when the
    // store cannot be read; ReplayMockSession when the session does not exist
    // or recorded no answered request.
    static Result<MockScript> load(const QString &storePath, qint64 sessionId);

    qint64 sessionId() const { return m_sessionId; }
    const QList<MockExchange> &exchanges() const { return m_exchanges; }
    // The recorded initialize (the first one), if the session had one.
    const MockExchange *initialize() const;

private:
    qint64 m_sessionId = 0;
    QList<MockExchange> m_exchanges;
};

// Answers JSON-RPC messages as the recorded session did. One per client
// session: it counts which recorded answers it has given.
//   initialize: the recorded result (its protocolVersion is the recorded
//     one whatever the client asked: that is what the recorded server spoke).
//   ping: {}.
//   Another request: the recorded requests of that method whose
//     {method, params} differ from it in nothing the rules leave (compared
//     with JsonDiff::compare) answer it, in recorded order, the last one
//     again once all have been given. A recorded error is answered as that
//     error.
//   No match: error -32601 when the method was never recorded, else -32602
//     whose message names the closest recorded request (the one of that
//     method with the fewest changes) and its first differing pointer; data
//     holds {"closest": request, "messageId", "pointer", "changes"}.
//   Notifications and the client's responses: no answer.
//   Not a JSON-RPC message: -32600.
class MockResponder final
{
public:
    // JSON-RPC codes the responder answers with.
    enum RpcCode
    {
        ParseError = -32700,
        InvalidRequest = -32600,
        MethodNotFound = -32601,
        InvalidParams = -32602,
    };

    MockResponder(std::shared_ptr<const MockScript> script, IgnoreRules rules);

    // The response to send, or nothing.
    std::optional<QJsonObject> answer(const QJsonValue &message);

    static QJsonObject errorResponse(const QJsonValue &id, int code, const QString &message,
                                     const QJsonValue &data = QJsonValue::Undefined);

private:
    QJsonObject noMatch(const QJsonValue &id, const QString &method,
                        const QJsonObject &request) const;

    std::shared_ptr<const MockScript> m_script;
    IgnoreRules m_rules;
    QHash<qint64, int> m_given; // first matching exchange's message id -> answers given
};

} // namespace mcpscope
