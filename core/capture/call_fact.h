#pragma once

#include "net/exchange.h"
#include "net/message_record.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace mcpscope {

// One call as analytics counts it: a row of the call_facts table (schema 5).
// The capture writer derives these from the rows it writes, so the
// extraction lives here, below analytics; analytics/call_facts.h re-exports
// it with the stable ids of the enums.

// How a call ended. For an HTTP exchange the HTTP status decides first (4xx,
// 5xx), then the JSON-RPC answer to its request when one came (error, then a
// tools/call result with isError true; a stream closed after the answer
// still counts the answer), then a failed exchange (a network failure, also
// one that broke off after a 2xx before any answer); else Success.
enum class CallOutcome
{
    Success = 0,        // 2xx/3xx and no error below
    ClientError = 1,    // 4xx
    ServerError = 2,    // 5xx
    NetworkFailure = 3, // state failed without a 4xx/5xx status or an answer
    RpcError = 4,       // JSON-RPC error response
    ToolError = 5,      // tools/call result.isError true
    NoAnswer = 6        // stdio request never answered (so far)
};
inline constexpr int kCallOutcomeCount = 7;

// Authentication events, recognised from what survives redaction: the form
// body's grant_type, OAuth error codes and WWW-Authenticate are never
// redacted.
//  - The token endpoint is any form POST carrying grant_type (RFC 6749 §4).
//  - A revocation (RFC 7009) is a form POST carrying token (and no
//    grant_type) to a path containing "revoke" or "revocation": one
//    exchange does not know the AS metadata's revocation_endpoint, and the
//    common servers (oidc-provider's /token/revocation, /oauth/revoke,
//    /revoke) match.
//  - TokenExpired is a 401 whose WWW-Authenticate error_description, or whose
//    body, says "expired". No extra "token expiry" row is derived from
//    expires_in (not done).
enum class AuthEvent
{
    None = 0,
    Unauthorized401 = 1,      // any other 401
    InsufficientScope403 = 2, // 403 with WWW-Authenticate error="insufficient_scope"
    SignIn = 3,        // token endpoint, grant authorization_code/client_credentials/other, 2xx
    Refresh = 4,       // grant refresh_token, 2xx
    RefreshFailed = 5, // grant refresh_token, not 2xx
    InvalidGrant = 6,  // token endpoint error invalid_grant (not a refresh)
    InvalidToken = 7,  // 401 with error="invalid_token"
    Revocation = 8,    // RFC 7009 revocation request
    TokenExpired = 9   // 401 saying expired
};
inline constexpr int kAuthEventCount = 10;

struct CallFact
{
    qint64 sessionId = 0, exchangeId = 0, messageId = 0, atMs = 0;
    QString label, tool;
    double ttfbMs = -1, totalMs = -1;
    CallOutcome outcome = CallOutcome::Success;
    int status = 0;
    qint64 bytesOut = 0, bytesIn = 0;
    AuthEvent authEvent = AuthEvent::None;
    qint64 retryAfterMs = -1, rateLimitLimit = -1, rateLimitRemaining = -1;
    bool operator==(const CallFact &) const = default;
};

// One fact from one exchange and the messages it carried (pure). messages
// may also hold the answers to its requests that arrived on another exchange
// (HTTP+SSE: a POST is answered on the GET stream); others are ignored.
// label: the first outgoing request's method (else notification's), else
// "<HTTP method> <path>" ("POST /token"). bytesOut/bytesIn are the request
// body's size and the response's (responseBodySize).
CallFact factOfExchange(const Exchange &e, const QList<MessageRecord> &messages);

// The fact of a JSON-RPC request that travelled without HTTP (stdio), with
// its answer when there is one (nullptr: NoAnswer). ttfb is unknown (-1);
// total is the answer's latency.
CallFact factOfStdioRequest(const MessageRecord &request, const MessageRecord *answer);

// The parsers of untrusted header values. Garbage is -1, never a crash.
namespace CallFactParse {

// Retry-After (RFC 9110 §10.2.3): delta-seconds, or an HTTP-date taken
// relative to referenceMs (the response's Date, else the exchange's start).
// A date in the past is 0.
qint64 retryAfterMs(QByteArrayView value, qint64 referenceMs);
// An HTTP-date (IMF-fixdate, RFC 850 or asctime) as ms since the epoch; -1.
qint64 httpDateMs(QByteArrayView value);
// The first non-negative integer of a RateLimit-Limit / -Remaining /
// X-RateLimit-* value ("100", "100, 100;w=60"); -1.
qint64 leadingCount(QByteArrayView value);
// A parameter of the first item of a structured-field list that has it
// (the IETF draft's RateLimit: "default";r=50;t=30 and RateLimit-Policy:
// "default";q=100;w=60); also the older "limit=100, remaining=50" form. -1.
qint64 structuredParam(QByteArrayView value, QByteArrayView key);

struct RateLimit
{
    qint64 retryAfterMs = -1, limit = -1, remaining = -1;
};
// Everything rate-limit-related in a response's headers. Retry-After counts
// on a 429 or 503 only. referenceMs: see retryAfterMs.
RateLimit rateLimit(const HeaderList &responseHeaders, int status, qint64 startedAtMs);

// The auth event of an exchange from its request (method, URL, headers,
// body) and response (status, headers, body).
AuthEvent authEvent(const Exchange &e);

} // namespace CallFactParse

} // namespace mcpscope
