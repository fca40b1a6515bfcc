#include "models/mcp_call_info.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcpscope {

QString McpCallInfo::label() const
{
    return name.isEmpty() ? method : method + QLatin1Char(' ') + name;
}

QString McpCallText::nameOf(const QByteArray &payload)
{
    const QJsonObject params =
        QJsonDocument::fromJson(payload).object().value(u"params").toObject();
    const QString name = params.value(u"name").toString();
    return name.isEmpty() ? params.value(u"uri").toString() : name;
}

McpOutcome McpCallText::outcomeOf(const MessageRecord *answer, bool ended)
{
    if (!answer)
        return ended ? McpOutcome{McpOutcome::NoAnswer, tr("no answer")}
                     : McpOutcome{McpOutcome::Pending, tr("no answer yet")};
    const QJsonObject message = QJsonDocument::fromJson(answer->payload).object();
    if (message.contains(u"error") || answer->kind == u"error") {
        const QJsonObject error = message.value(u"error").toObject();
        //: A JSON-RPC error: its code and the server's message
        return {McpOutcome::RpcError, tr("error %1: %2")
                                          .arg(error.value(u"code").toInteger())
                                          .arg(error.value(u"message").toString())};
    }
    const QJsonObject result = message.value(u"result").toObject();
    if (result.value(u"isError").toBool()) {
        QString first;
        for (const QJsonValue &content : result.value(u"content").toArray())
            if (content.toObject().value(u"type").toString() == u"text") {
                first = content.toObject().value(u"text").toString().simplified();
                break;
            }
        if (first.size() > 120)
            first = first.left(119) + QChar(0x2026);
        return {McpOutcome::ToolError,
                first.isEmpty() ? tr("isError") : tr("isError: %1").arg(first)};
    }
    return {McpOutcome::Ok, tr("OK")};
}

McpCallInfo McpCallText::callOfExchange(qint64 exchangeId, const QList<MessageRecord> &messages,
                                        bool ended)
{
    McpCallInfo info;
    const MessageRecord *request = nullptr;
    const MessageRecord *notification = nullptr;
    const MessageRecord *outgoingAnswer = nullptr;
    QStringList incoming;
    for (const MessageRecord &m : messages) {
        if (m.exchangeId != exchangeId)
            continue;
        ++info.messages;
        if (m.outgoing && m.kind == u"request" && !request)
            request = &m;
        else if (m.outgoing && m.kind == u"notification" && !notification)
            notification = &m;
        else if (m.outgoing && !outgoingAnswer && (m.kind == u"response" || m.kind == u"error"))
            outgoingAnswer = &m;
        else if (!m.outgoing && !m.method.isEmpty())
            incoming << m.method;
    }
    if (request) {
        info.method = request->method;
        info.name = nameOf(request->payload);
        const MessageRecord *answer = nullptr;
        for (const MessageRecord &m : messages)
            if (m.responseTo == request->id && !m.outgoing) {
                answer = &m;
                break;
            }
        info.outcome = outcomeOf(answer, ended);
        if (answer)
            info.latencyMs = answer->latencyMs;
    } else if (notification) {
        info.method = notification->method;
    } else if (outgoingAnswer) {
        //: An exchange that carried the client's answer to a server request
        info.method = tr("answer to request %1").arg(outgoingAnswer->rpcId);
    } else if (!incoming.isEmpty()) {
        incoming.removeDuplicates();
        info.method = incoming.size() == 1 ? incoming.first()
                                           //: The methods a stream brought: "3 messages: ping, …"
                                           : tr("%n message(s): %1", nullptr, info.messages)
                                                 .arg(incoming.join(QStringLiteral(", ")));
    }
    return info;
}

} // namespace mcpscope
