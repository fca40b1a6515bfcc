#pragma once

#include "mcp/mcp_transport.h"
#include "net/exchange.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace mcpscope {

// Plain words for HTTP answers that refuse or spoil an MCP request: what the
// server said, the likely cause and what to do. Shared by every HTTP
// transport and by McpClient's answer to a 401 it cannot authorize.

// The delay a Retry-After header asks for (RFC 9110 §10.2.3: delay-seconds or
// an HTTP-date), in ms from now; nothing when absent or unreadable.
std::optional<qint64> parseRetryAfter(QByteArrayView value,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());

// A refusal with an HTTP status >= 400: 429 with its Retry-After, 401/403
// quoting the server's error and error_description with the likely cause,
// anything else with the start of the body. Codes: McpHttpRateLimited,
// McpHttpAuth, McpHttpClientError (4xx), McpHttp.
RequestFailure explainHttpRefusal(const Exchange &exchange, const QString &method);

// 401, or 403 with a Bearer challenge, that McpScope will not (or can no
// longer) answer by signing in: quotes error/error_description and names the
// likely cause (expired token: refresh; another audience: resource
// indicator; insufficient_scope: step-up) and the fix.
QString explainAuthorizationRefusal(int status, const HeaderList &responseHeaders,
                                    const QString &method);
// The same as a finding (http.unauthorized, http.token_expired,
// http.wrong_audience, http.invalid_token, http.insufficient_scope[.unnamed],
// http.forbidden); message() is the text above.
Finding authorizationRefusalFinding(int status, const HeaderList &responseHeaders,
                                    const QString &method);

// Something larger than the body cap (an answer, an SSE event): cut or
// dropped there, so it cannot be read; says how to raise the cap. Code
// McpBodyCap. what names it ("The answer to tools/call").
Error bodyCapError(const QString &what, qint64 capBytes);
Finding bodyCapFinding(const QString &what, qint64 capBytes); // mcp.body_cut

// What is odd about a successful answer that McpScope still reads, but that
// other clients (the TypeScript SDK among them) refuse: a UTF-8 BOM, a
// Content-Type other than application/json or text/event-stream.
QStringList answerWarnings(const Exchange &exchange, const QString &method);
// The same as findings (mcp.answer_bom, mcp.answer_content_type), the
// exchange as their evidence.
QList<Finding> answerFindings(const Exchange &exchange, const QString &method);

} // namespace mcpscope
