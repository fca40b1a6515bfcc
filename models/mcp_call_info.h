#pragma once

#include "net/message_record.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mcpscope {

// What one JSON-RPC request came to, or what an exchange carried, in the
// words of the capture log's MCP columns and the Messages view.
struct McpOutcome
{
    enum Kind
    {
        None,      // nothing to say (a notification, a stream, no MCP)
        Ok,        // a result
        RpcError,  // a JSON-RPC error
        ToolError, // a tools/call result with isError true
        Pending,   // no answer yet
        NoAnswer   // no answer, and none will come
    };
    Kind kind = None;
    QString text; // translated, plain text (an error's message is the server's)
    bool isFailure() const { return kind == RpcError || kind == ToolError || kind == NoAnswer; }
};

struct McpCallInfo
{
    QString method; // JSON-RPC method (empty: the exchange carried no MCP)
    QString name;   // params.name (tool, prompt) or params.uri (resource)
    McpOutcome outcome;
    double latencyMs = -1;
    int messages = 0; // how many messages the exchange carried
    // "tools/call get-sum", "notifications/initialized", "3 messages: …".
    QString label() const;
};

class McpCallText
{
    Q_DECLARE_TR_FUNCTIONS(mcpscope::McpCallText)

public:
    // params.name, else params.uri, of a request's payload.
    static QString nameOf(const QByteArray &payload);
    // What answer (null: none stored) says about its request; ended: no
    // answer can come any more.
    static McpOutcome outcomeOf(const MessageRecord *answer, bool ended);
    // The call an exchange carried: its first outgoing request (the answer
    // looked up in messages by response_to), else its first notification,
    // else the messages that came in on it. ended: the exchange is over.
    static McpCallInfo callOfExchange(qint64 exchangeId, const QList<MessageRecord> &messages,
                                      bool ended);
};

} // namespace mcpscope
