#pragma once

#include "mcp/json_rpc.h"
#include "net/exchange.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mcpscope {

// The HTTP headers Streamable HTTP mirrors from a message's body (MCP
// 2026-07-28, SEP-2243): Mcp-Method, Mcp-Name, and the Mcp-Param-{Name}
// headers a tool's inputSchema designates with "x-mcp-header". Pure functions
// of untrusted server input (schemas) and our own arguments.

// One x-mcp-header declaration: the chain of "properties" keys from the
// schema root to the argument, and the name part of its header.
struct ToolHeaderParam
{
    QStringList path;
    QString name; // "Region" → Mcp-Param-Region
};

// The declarations of one tool's inputSchema. problem is empty when they are
// all valid; otherwise it says (as plain text) why the tool must be excluded
// (the spec: a client MUST reject the tool definition).
struct ToolHeaderDeclarations
{
    QList<ToolHeaderParam> params;
    QString problem;
    bool isValid() const { return problem.isEmpty(); }
};
ToolHeaderDeclarations toolHeaderDeclarations(const QJsonObject &inputSchema);

// A value that cannot travel as a plain ASCII header value: non-ASCII or
// control characters (tab included), leading or trailing whitespace, or the
// shape of the sentinel itself.
bool headerValueNeedsBase64(const QString &value);
// The value as sent: as it is, or "=?base64?<base64 of UTF-8>?=".
QByteArray encodeHeaderValue(const QString &value);
// An argument's header text (strings as they are, integers in decimal,
// booleans "true"/"false"); nullopt when it is absent, null, or not a
// primitive (the header is omitted then).
std::optional<QString> headerArgumentText(const QJsonValue &value);

// Mcp-Method (every request and notification) and Mcp-Name (tools/call,
// prompts/get: params.name; resources/read: params.uri).
HeaderList standardMcpHeaders(const JsonRpcMessage &message);
// Mcp-Param-{Name} for the arguments the declarations designate.
HeaderList toolParamHeaders(const QList<ToolHeaderParam> &params, const QJsonObject &arguments);

} // namespace mcpscope
