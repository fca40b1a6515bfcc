#pragma once

#include <optional>

#include "common/error.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace mcpscope {

// One JSON-RPC 2.0 message as MCP uses it.
struct JsonRpcMessage
{
    enum class Kind
    {
        Request,
        Notification,
        Response,
        Error
    };

    Kind kind = Kind::Notification;
    QJsonValue id;     // string or integer; Null for notifications
    QString method;    // requests and notifications
    QJsonValue params; // requests and notifications (object or absent)
    QJsonValue result; // responses
    int errorCode = 0; // errors
    QString errorMessage;
    QJsonValue errorData;
    // The message's bytes as received (decodeJsonRpc; empty for messages
    // built here): what shows a server's JSON in its own key order.
    QByteArray raw;
    // Params as JSON text (what a user typed), sent by encode() for the form
    // of params: its members in its order and bytes while their values are
    // params' (params stays the content: a member the client changed, such
    // as _meta, is sent as params has it; members only params has follow).
    // Must be an object.
    QByteArray rawParams;

    bool isRequest() const { return kind == Kind::Request; }
    bool isResponse() const { return kind == Kind::Response || kind == Kind::Error; }
    QJsonObject toJson() const;
    QByteArray encode() const;

    static JsonRpcMessage request(const QJsonValue &id, const QString &method,
                                  const QJsonObject &params = {});
    static JsonRpcMessage notification(const QString &method, const QJsonObject &params = {});
    static JsonRpcMessage response(const QJsonValue &id, const QJsonValue &result);
    static JsonRpcMessage error(const QJsonValue &id, int code, const QString &message,
                                const QJsonValue &data = {});
};

// Standard error codes (JSON-RPC 2.0 and MCP).
namespace JsonRpcCode {
inline constexpr int ParseError = -32700;
inline constexpr int InvalidRequest = -32600;
inline constexpr int MethodNotFound = -32601;
inline constexpr int InvalidParams = -32602;
inline constexpr int InternalError = -32603;
inline constexpr int UrlElicitationRequired = -32042; // MCP 2025-11-25
} // namespace JsonRpcCode

// Decodes one message or a batch (an array, allowed by 2025-03-26). Bytes
// come from an untrusted server: size and nesting are capped, and every
// violation is an Error naming what was wrong, never a crash.
struct JsonRpcLimits
{
    qsizetype maxBytes = 64 * 1024 * 1024;
    int maxDepth = 128;
};
Result<QList<JsonRpcMessage>> decodeJsonRpc(QByteArrayView bytes, const JsonRpcLimits &limits = {});

// What can still be told of a message that cannot be decoded (cut short, or
// otherwise invalid), by a lenient scan of its top-level members that skips
// strings and nested values: its id when that survived, whether it has a
// "result" or "error" member (an answer) or a "method" one. Lets a broken
// answer fail the request it was meant for instead of leaving it waiting.
struct JsonRpcFragment
{
    std::optional<QJsonValue> id;
    bool looksLikeAnswer = false;
    bool hasMethod = false;
};
JsonRpcFragment scanJsonRpcFragment(QByteArrayView bytes);

// A message's id as a stable string key ("n:1", "s:abc") for pairing.
QString idKey(const QJsonValue &id);
// A message's id as stored and shown ("1", "abc"; empty for none).
QString idText(const QJsonValue &id);
// A message's kind as stored: request, notification, response, error.
QString kindName(JsonRpcMessage::Kind kind);

} // namespace mcpscope
