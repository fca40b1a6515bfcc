#include "replay/mock_script.h"
#include "common/translate.h"

#include "capture/capture_reader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope", "mcpscope::MockResponder", "mcpscope::MockScript"}, text);
}

QJsonObject parseObject(const QByteArray &payload)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    return error.error == QJsonParseError::NoError && document.isObject() ? document.object()
                                                                          : QJsonObject{};
}

// What two requests are compared on: the method and the parameters, a missing
// params being the same as an empty one (clients differ in which they send).
QJsonObject comparable(const QString &method, const QJsonValue &params)
{
    return {{QStringLiteral("method"), method},
            {QStringLiteral("params"),
             params.isUndefined() || params.isNull() ? QJsonValue(QJsonObject{}) : params}};
}

} // namespace

MockScript MockScript::fromMessages(const QList<MessageRecord> &messages, qint64 sessionId)
{
    MockScript script;
    script.m_sessionId = sessionId;
    QHash<qint64, qsizetype> byMessageId; // request message id -> index in pending
    QList<std::pair<MessageRecord, QJsonObject>> pending;
    QList<std::optional<QJsonObject>> answers;
    for (const MessageRecord &m : messages) {
        if (m.outgoing && m.kind == u"request") {
            const QJsonObject payload = parseObject(m.payload);
            if (payload.isEmpty())
                continue;
            byMessageId.insert(m.id, pending.size());
            pending.append({m, payload});
            answers.append(std::nullopt);
            continue;
        }
        if (m.outgoing || (m.kind != u"response" && m.kind != u"error"))
            continue;
        const QJsonObject payload = parseObject(m.payload);
        if (payload.isEmpty())
            continue;
        qsizetype index = byMessageId.value(m.responseTo, -1);
        if (index < 0 && !m.rpcId.isEmpty()) {
            // No link stored: the latest unanswered request with that id.
            for (qsizetype i = pending.size() - 1; i >= 0; --i)
                if (!answers.at(i) && pending.at(i).first.rpcId == m.rpcId) {
                    index = i;
                    break;
                }
        }
        if (index >= 0 && !answers.at(index))
            answers[index] = payload;
    }
    for (qsizetype i = 0; i < pending.size(); ++i) {
        if (!answers.at(i))
            continue;
        const auto &[record, payload] = pending.at(i);
        const QString method = payload.value(QStringLiteral("method")).toString();
        script.m_exchanges.append({record.id, method,
                                   comparable(method, payload.value(QStringLiteral("params"))),
                                   *answers.at(i)});
    }
    return script;
}

Result<MockScript> MockScript::load(const QString &storePath, qint64 sessionId)
{
    CaptureReader reader;
    if (auto opened = reader.open(storePath); !opened)
        return Failure{opened.error()};
    const auto sessions = reader.sessions();
    if (!sessions)
        return Failure{sessions.error()};
    const bool known = std::any_of(sessions->cbegin(), sessions->cend(),
                                   [&](const SessionInfo &s) { return s.id == sessionId; });
    if (!known)
        return makeError(ErrorCode::ReplayMockSession,
                         tr("The store has no session %1; 'mcpscope-cli sessions --store FILE' "
                            "lists the sessions it has.")
                             .arg(sessionId));
    const auto messages = reader.messages(sessionId);
    if (!messages)
        return Failure{messages.error()};
    MockScript script = fromMessages(*messages, sessionId);
    if (script.m_exchanges.isEmpty())
        return makeError(ErrorCode::ReplayMockSession,
                         tr("Session %1 recorded no answered JSON-RPC request, so there is "
                            "nothing to serve; pick an MCP session.")
                             .arg(sessionId));
    return script;
}

const MockExchange *MockScript::initialize() const
{
    for (const MockExchange &e : m_exchanges)
        if (e.method == u"initialize")
            return &e;
    return nullptr;
}

MockResponder::MockResponder(std::shared_ptr<const MockScript> script, IgnoreRules rules)
    : m_script(std::move(script)), m_rules(std::move(rules))
{
}

QJsonObject MockResponder::errorResponse(const QJsonValue &id, int code, const QString &message,
                                         const QJsonValue &data)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!data.isUndefined())
        error.insert(QStringLiteral("data"), data);
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
            {QStringLiteral("id"), id.isUndefined() ? QJsonValue(QJsonValue::Null) : id},
            {QStringLiteral("error"), error}};
}

std::optional<QJsonObject> MockResponder::answer(const QJsonValue &message)
{
    if (!message.isObject())
        return errorResponse({}, InvalidRequest,
                             tr("Expected one JSON-RPC message (an object); batches are not "
                                "accepted."));
    const QJsonObject object = message.toObject();
    const QJsonValue id = object.value(QStringLiteral("id"));
    const QJsonValue methodValue = object.value(QStringLiteral("method"));
    if (!methodValue.isString()) {
        if (object.contains(QStringLiteral("result")) || object.contains(QStringLiteral("error")))
            return std::nullopt; // the client answering a server request: none was sent
        return errorResponse(id, InvalidRequest, tr("The message has no method."));
    }
    if (id.isUndefined())
        return std::nullopt; // a notification
    if (!id.isString() && !id.isDouble())
        return errorResponse({}, InvalidRequest, tr("A request id must be a string or a number."));
    const QString method = methodValue.toString();
    const QJsonObject request = comparable(method, object.value(QStringLiteral("params")));

    QJsonObject reply{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                      {QStringLiteral("id"), id}};
    if (method == u"initialize") {
        if (const MockExchange *init = m_script->initialize()) {
            for (auto it = init->answer.begin(); it != init->answer.end(); ++it)
                if (it.key() == u"result" || it.key() == u"error")
                    reply.insert(it.key(), it.value());
            return reply;
        }
    }
    if (method == u"ping") {
        reply.insert(QStringLiteral("result"), QJsonObject{});
        return reply;
    }

    QList<const MockExchange *> matches;
    for (const MockExchange &e : m_script->exchanges()) {
        if (e.method != method)
            continue;
        const auto changes = JsonDiff::compare(e.request, request, m_rules);
        if (changes && changes->isEmpty())
            matches.append(&e);
    }
    if (matches.isEmpty())
        return noMatch(id, method, request);
    int &given = m_given[matches.first()->messageId];
    const MockExchange *chosen = matches.at(qMin<qsizetype>(given, matches.size() - 1));
    ++given;
    for (auto it = chosen->answer.begin(); it != chosen->answer.end(); ++it)
        if (it.key() == u"result" || it.key() == u"error")
            reply.insert(it.key(), it.value());
    return reply;
}

QJsonObject MockResponder::noMatch(const QJsonValue &id, const QString &method,
                                   const QJsonObject &request) const
{
    const MockExchange *closest = nullptr;
    QList<JsonChange> closestChanges;
    for (const MockExchange &e : m_script->exchanges()) {
        if (e.method != method)
            continue;
        const auto changes = JsonDiff::compare(e.request, request, m_rules);
        if (!changes)
            continue;
        if (!closest || changes->size() < closestChanges.size()) {
            closest = &e;
            closestChanges = *changes;
        }
    }
    if (!closest)
        return errorResponse(
            id, MethodNotFound,
            tr("Method not found: the recorded session %1 never called %2, so the mock has no "
               "answer for it.")
                .arg(QString::number(m_script->sessionId()), method));
    const QString pointer = closestChanges.isEmpty() ? QString() : closestChanges.first().pointer;
    const QString params =
        QString::fromUtf8(QJsonDocument(closest->request.value(QStringLiteral("params")).toObject())
                              .toJson(QJsonDocument::Compact));
    const QJsonObject data{{QStringLiteral("closest"), closest->request},
                           {QStringLiteral("messageId"), closest->messageId},
                           {QStringLiteral("pointer"), pointer},
                           {QStringLiteral("changes"), closestChanges.size()}};
    return errorResponse(
        id, InvalidParams,
        tr("No recorded %1 matches this request. The closest recorded request is message %2 "
           "(%1 %3); it first differs at %4 (%5 change(s)). Send the recorded parameters, or "
           "ignore the member with --ignore POINTER.")
            .arg(method, QString::number(closest->messageId), params.left(400),
                 pointer.isEmpty() ? QStringLiteral("\"\"") : pointer,
                 QString::number(closestChanges.size())),
        data);
}

} // namespace mcpscope
