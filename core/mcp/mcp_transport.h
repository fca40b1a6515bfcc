#pragma once

#include "common/error.h"
#include "common/findings.h"
#include "mcp/json_rpc.h"
#include "net/exchange.h"

#include <QObject>
#include <QPointer>

namespace mcpscope {

class McpRequest;

// Why a request can no longer be answered. httpStatus and retryAfterMs are set
// when an HTTP answer refused it (0 and -1 otherwise), so callers can tell an
// HTTP refusal from a network failure and honour Retry-After.
struct RequestFailure
{
    Error error;
    int httpStatus = 0;
    qint64 retryAfterMs = -1;
    Finding finding; // the registered explanation, when there is one (kind empty otherwise)
};

// How JSON-RPC messages travel between McpClient and a server. One subclass
// per transport: Streamable HTTP, legacy HTTP+SSE (2024-11-05), stdio.
//
// Contract: open() starts the transport and is answered by opened() or
// failed(), asynchronously. send() may be called only after opened(). Every
// received message is reported with messageReceived(), with the id of the
// HTTP exchange that carried it (0 for stdio).
class McpTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void open() = 0;
    // Sends message; request is the one it starts (nullptr for notifications
    // and responses), so delivery failures can be pinned on it. Returns the
    // capture link of the message (exchange id, or 0).
    virtual qint64 send(const JsonRpcMessage &message, McpRequest *request) = 0;
    // Ends the session politely; closed() follows.
    virtual void close() = 0;
    // Sends message with headers of its own (Streamable HTTP: the
    // Mcp-Param-* headers a tool designates); other transports ignore them.
    virtual qint64 sendWithHeaders(const JsonRpcMessage &message, McpRequest *request,
                                   const HeaderList &messageHeaders)
    {
        Q_UNUSED(messageHeaders)
        return send(message, request);
    }
    // Called once the handshake agreed on a protocol version.
    virtual void setProtocolVersion(const QString &version) { Q_UNUSED(version) }
    // The modern era (MCP 2026-07-28) with this version: no session id, no
    // listening stream, the version on every request, and JSON-RPC errors
    // that come with an HTTP error status delivered as answers. Empty: the
    // legacy era (the default).
    virtual void setModernVersion(const QString &version) { Q_UNUSED(version) }
    // Stops waiting for request's answer (modern HTTP: closes its stream,
    // which the server takes as cancellation).
    virtual void abandon(McpRequest *request) { Q_UNUSED(request) }
    virtual QString sessionId() const { return {}; }
    virtual QString name() const = 0;
    // The streams open now, in a few words (Connection Info), e.g. "the
    // listening GET stream; 2 POST response streams"; empty: none to tell.
    virtual QString streamState() const { return {}; }
    // Headers the user added (Connect dialog, CLI --header): sent with every
    // HTTP request of the session; stdio ignores them.
    void setExtraHeaders(const HeaderList &headers) { m_extraHeaders = headers; }

Q_SIGNALS:
    void opened();
    void failed(const mcpscope::Error &error);
    void messageReceived(const mcpscope::JsonRpcMessage &message, qint64 exchangeId);
    // The transport could not deliver request, the server refused it (HTTP
    // status), or its answer can no longer come (unreadable body, a stream
    // that ended and cannot be resumed, a body over the cap).
    void requestFailed(QPointer<mcpscope::McpRequest> request,
                       const mcpscope::RequestFailure &failure);
    // A message arrived that cannot be read (error says why). McpClient pins it
    // on the request it most likely answers, which then fails at once instead
    // of waiting for its timeout.
    void unreadableMessage(const QByteArray &bytes, const mcpscope::Error &error);
    // close() has finished: the DELETE was answered, the process exited, or
    // there was nothing to wait for. Emitted once, asynchronously.
    void closed();
    // The server refused request for want of authorization: HTTP 401, or 403
    // with a Bearer insufficient_scope challenge. McpClient decides whether
    // to authorize and resend. A null request: opening the transport was
    // refused (the HTTP+SSE stream); McpClient authorizes and opens anew.
    void authorizationRequired(QPointer<mcpscope::McpRequest> request, int status,
                               const mcpscope::HeaderList &responseHeaders);
    // The server forgot the session (HTTP 404 on a session): pending requests fail.
    void sessionLost(const mcpscope::Error &error);
    // Something was wrong but the session goes on (bad message, dropped event, stderr).
    void problem(const QString &message);
    // The same problem as a registered finding with its evidence, when it is
    // one (emitted before problem()).
    void findingRaised(const mcpscope::Finding &finding);
    void logLine(const QString &line); // stdio servers' stderr

protected:
    HeaderList m_extraHeaders;
};

} // namespace mcpscope
