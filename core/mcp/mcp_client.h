#pragma once

#include "common/error.h"
#include "common/findings.h"
#include "mcp/json_rpc.h"
#include "mcp/mcp_headers.h"
#include "mcp/protocol_era.h"
#include "net/exchange.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QProcessEnvironment;
class QTimer;

namespace mcpscope {

class ExchangeSink;
class HttpClient;
class McpTransport;

// One request to the server, in flight until finished() (emitted once,
// asynchronously). Owned by the McpClient; deleteLater() it after finished().
class McpRequest final : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.code == ErrorCode::None; }
    QJsonValue result() const { return m_result; }
    // The result as the server wrote it (its key order, its strings and
    // numbers as sent); empty when none. listAll(): the items of every page
    // as one JSON array text.
    QByteArray rawResult() const { return m_rawResult; }
    const Error &error() const { return m_error; }
    // Set when the server answered with a JSON-RPC error (not a transport failure).
    std::optional<int> rpcErrorCode() const { return m_rpcCode; }
    // The error's data member, when the server sent one (e.g. the elicitations
    // of a -32042 URL elicitation required error).
    QJsonValue rpcErrorData() const { return m_rpcData; }
    QString method() const { return m_method; }
    // The HTTP status that refused the request (0: none, e.g. a network
    // failure or a JSON-RPC error), and the delay its Retry-After asked for
    // (-1: none).
    int httpStatus() const { return m_httpStatus; }
    qint64 retryAfterMs() const { return m_retryAfterMs; }
    // The token sent in _meta.progressToken (requests made with progress), else null.
    QJsonValue progressToken() const { return m_progressToken; }
    // The request as recorded (ExchangeSink ids; 0 = not recorded, or not
    // sent yet): its message, and the HTTP exchange that carried it (0 over
    // stdio). Set when it is sent, again when it is resent.
    qint64 messageId() const { return m_messageId; }
    qint64 exchangeId() const { return m_exchangeId; }
    // The JSON-RPC id it was last sent with (a multi round-trip retry and a
    // version retry get new ones).
    QJsonValue rpcId() const { return m_id; }
    // Modern era: how often the server answered input_required before the
    // final answer (multi round-trip requests), and the message id of the
    // first round's request (0: no rounds).
    int inputRounds() const { return m_rounds; }
    qint64 firstRoundMessageId() const { return m_rounds > 0 ? m_firstMessageId : 0; }
    // The message as it was last sent, encoded (what went on the wire; empty
    // before it was sent, or when it was refused before sending).
    QByteArray sentBytes() const { return m_sentBytes; }

Q_SIGNALS:
    void finished();
    // notifications/progress for this request; total < 0 when the server gave none.
    void progress(double progress, double total, const QString &message);

private:
    friend class McpClient;
    using QObject::QObject;
    void finish(const QJsonValue &result, const Error &error, std::optional<int> rpcCode = {});

    QString m_method;
    QJsonValue m_result;
    QByteArray m_rawResult;
    Error m_error;
    std::optional<int> m_rpcCode;
    QJsonValue m_rpcData;
    int m_httpStatus = 0;
    qint64 m_retryAfterMs = -1;
    bool m_finished = false;
    qint64 m_messageId = 0;
    qint64 m_exchangeId = 0;
    QJsonValue m_id;
    JsonRpcMessage m_message; // kept to resend after authorization
    QByteArray m_sentBytes;
    qint64 m_sentAtMs = 0;
    int m_authAttempts = 0;
    QJsonValue m_progressToken;
    qint64 m_sentAtNs = 0;
    QTimer *m_timeout = nullptr;
    // Issue 16 (modern era).
    QJsonObject m_params;          // as the caller gave them (MRTR retries start from these)
    QByteArray m_rawParams;        // their text, when the caller gave text (requestText)
    bool m_modern = false;         // sent with the modern era's _meta
    bool m_probe = false;          // the server/discover of era Auto: failures fall back
    bool m_noTimeout = false;      // subscriptions/listen: open until ended
    bool m_versionRetried = false; // retried once after UnsupportedProtocolVersion
    int m_rounds = 0;
    qint64 m_firstMessageId = 0;
    QJsonObject m_inputResponses;
    std::optional<QJsonValue> m_requestState;
    int m_inputsOutstanding = 0;
};

// An MCP client session over any transport (see McpTransport): initialize
// with version negotiation (offers 2025-11-25, accepts 2024-11-05 …
// 2025-11-25), requests paired with responses, timeouts that cancel,
// server-to-client requests answered through a handler, clean close.
// Every JSON-RPC message is recorded in the exchange sink (the capture store), linked to the HTTP
// exchange that carried it, requests paired with responses and latency.
class McpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpClient)

public:
    static const QStringList &supportedProtocolVersions(); // newest first

    enum class Transport
    {
        Auto, // Streamable HTTP, falling back to HTTP+SSE on a 4xx (spec: backwards compatibility)
        StreamableHttp, // 2025-03-26 and later
        Sse,            // 2024-11-05 HTTP+SSE
    };

    // What the server said when it refused a request for want of
    // authorization (HTTP 401, or 403 insufficient_scope).
    struct AuthorizationNeed
    {
        QUrl endpoint;
        int status = 0;
        HeaderList responseHeaders; // WWW-Authenticate among them
        int attempt = 1;            // of kMaxAuthorizationAttempts for the request
    };
    static constexpr int kMaxAuthorizationAttempts = 3;
    // Gets a bearer token for the need, asynchronously (an OAuth flow, a
    // refresh, the vault); done(token) resends the waiting requests with it,
    // done(Error) fails them.
    using AuthorizationHandler = std::function<void(
        const AuthorizationNeed &need, std::function<void(const Result<QString> &token)> done)>;

    // Answers a server-to-client request: a result object, or an Error whose
    // code is a JSON-RPC code as text (e.g. "-32601").
    using ServerRequestHandler = std::function<Result<QJsonObject>(const JsonRpcMessage &)>;

    // http (and sink, when given) must outlive the client: closing the
    // session on destruction still sends through them.
    McpClient(HttpClient *http, ExchangeSink *sink, QObject *parent = nullptr);
    ~McpClient() override;

    void setClientInfo(const QString &name, const QString &version);
    // Which protocol era to speak (before connecting; default Auto: probe
    // server/discover, fall back to initialize). See protocol_era.h.
    void setEra(ProtocolEra era) { m_era = era; }
    // The era agreed once connected (Legacy or Modern); before that, the one
    // asked for.
    ProtocolEra era() const { return m_negotiated != ProtocolEra::Auto ? m_negotiated : m_era; }
    // The server/discover result of a modern session (empty otherwise).
    QJsonObject discoverResult() const { return m_discoverResult; }
    // The minimum log level the server should send: the modern era puts it
    // in every request's _meta (nullptr is returned); the legacy era sends
    // logging/setLevel (the request is returned).
    McpRequest *setLogLevel(const QString &level);
    QString logLevel() const { return m_logLevel; }
    // Modern era: subscriptions/listen for the notification types filter
    // names (e.g. {"toolsListChanged": true, "resourceSubscriptions": [uri]}).
    // The notifications arrive through notificationReceived(); the request
    // has no timeout and finishes when the server ends the subscription, or
    // on cancel() or close(). Legacy era: it fails at once (the GET stream
    // and resources/subscribe do this there).
    McpRequest *listen(const QJsonObject &filter);
    // The Mcp-Param-* declarations of the last tools/list (modern era, HTTP),
    // by tool name.
    QList<ToolHeaderParam> toolHeaderParams(const QString &tool) const
    {
        return m_toolHeaders.value(tool);
    }
    // A request without an answer for this long is cancelled; progress
    // notifications restart the clock, up to maxTotalMs in all (the spec asks
    // for a hard limit regardless of progress; 0 = ten times the timeout).
    void setRequestTimeoutMs(int ms, int maxTotalMs = 0)
    {
        m_timeoutMs = ms;
        m_maxTotalMs = maxTotalMs;
    }
    int requestTimeoutMs() const { return m_timeoutMs; }
    void setServerRequestHandler(ServerRequestHandler handler)
    {
        m_serverRequests = std::move(handler);
    }
    // Queue mode (the GUI): server requests are announced with
    // serverRequestReceived() and wait for answerServerRequest() (in the
    // modern era, the input requests of a multi round-trip request too,
    // with ids of the form "mrtr-N/KEY"); the
    // timeouts of our own requests pause while any is waiting, since the
    // server is waiting on the user too.
    void setQueueServerRequests(bool queue) { m_queueServerRequests = queue; }
    // Advertise elicitation in URL mode (the GUI can open the URL).
    void setUrlElicitationSupported(bool supported) { m_urlElicitation = supported; }
    // Advertise the roots capability (default on). A client with no roots to
    // offer (the CLI) turns it off, so servers do not ask for them; some
    // (server-everything) ask after initialize and then outlive stdin's close
    // waiting for the answer.
    void setRootsSupported(bool supported) { m_roots = supported; }
    // Added to every HTTP request of the session (custom headers).
    void setExtraHeaders(const HeaderList &headers);
    HeaderList extraHeaders() const { return m_extraHeaders; }
    // Sent as "Authorization: Bearer …" with every HTTP request from now on
    // (empty: none).
    void setBearerToken(const QString &token);
    QString bearerToken() const { return m_bearer; }
    // Without a handler, a 401/403 fails the request with a clear error.
    void setAuthorizationHandler(AuthorizationHandler handler) { m_authorize = std::move(handler); }

    // Starts the transport and the initialize handshake; connected() or
    // failed() follows.
    void connectToServer(const QUrl &endpoint, Transport transport = Transport::Auto);
    void connectStdio(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment);
    QString transportName() const;
    // The transport's open streams, in a few words (see McpTransport::streamState()).
    QString streamState() const;
    bool isConnected() const { return m_connected; }

    McpRequest *request(const QString &method, const QJsonObject &params = {});
    // The same, asking the server for progress (_meta.progressToken); the
    // request emits progress() and each notification restarts its timeout.
    McpRequest *requestWithProgress(const QString &method, const QJsonObject &params = {});
    // The same with params as JSON object text (what a user typed): sent in
    // its key order and bytes (JsonRpcMessage::rawParams). Text that is not a
    // JSON object fails the request.
    McpRequest *requestText(const QString &method, const QByteArray &params, bool withProgress);
    // The same with the JSON-RPC id the user gave (the raw console: what the
    // user typed goes on the wire). An id that is neither a string nor an
    // integer, or one a request in flight already has, fails the request
    // with a clear error, nothing sent. params may be empty (no params).
    McpRequest *requestWithId(const QJsonValue &id, const QString &method,
                              const QByteArray &params);
    // Whether a request with this id is in flight.
    bool isPendingId(const QJsonValue &id) const;
    // The requests in flight: method, id and when each was sent (ms since
    // the epoch), oldest first (Connection Info).
    struct PendingInfo
    {
        QString method;
        QJsonValue id;
        qint64 sentAtMs = 0;
    };
    QList<PendingInfo> pendingRequests() const;
    // The capabilities this client declares (as sent in initialize, or in
    // the modern era's _meta).
    QJsonObject declaredCapabilities() const { return clientCapabilities(); }
    // Pages through a */list method (following nextCursor) and finishes with
    // every page's items in one array ("tools/list" gathers "tools").
    McpRequest *listAll(const QString &method);
    // Gives up on request: tells the server (notifications/cancelled) and
    // finishes it with a "cancelled" error.
    void cancel(McpRequest *request);
    void notify(const QString &method, const QJsonObject &params = {});
    // Ends the session: pending requests fail, the transport sends DELETE for
    // the session (when the server gave one) or lets the stdio server exit;
    // closed() follows once that is done (it is not bounded here: callers that
    // must not wait forever bound it with a timer).
    void close();
    // Starts over with the same server and transport: a new transport and a
    // new initialize (after the server forgot the session, HTTP 404).
    void reconnect();
    bool canReconnect() const { return bool(m_makeTransport); }

    // Queue mode: answers the server request with this id (a result, or an
    // Error JsonRpcAnswer whose detail is the JSON-RPC error code). False when it is not
    // waiting (already answered, or cancelled by the server).
    bool answerServerRequest(const QJsonValue &id, const Result<QJsonObject> &answer);
    int waitingServerRequests() const { return int(m_waiting.size()); }

    QString protocolVersion() const { return m_protocolVersion; }
    QString sessionId() const;
    QJsonObject initializeResult() const { return m_initializeResult; }

    // The default answers used by the CLI: elicitation accepted with the
    // schema's defaults, roots/list with no roots, sampling declined.
    static Result<QJsonObject> defaultServerRequestAnswer(const JsonRpcMessage &request);

Q_SIGNALS:
    void connected();
    void failed(const mcpscope::Error &error);
    // close() has finished (see close()).
    void closed();
    void notificationReceived(const mcpscope::JsonRpcMessage &notification);
    void protocolProblem(const QString &message); // bad messages that did not stop the session
    // The era was settled (before connected()): how, in a sentence (e.g.
    // "server/discover failed (…); using initialize"). A legacy server
    // reached through era Auto's fallback is no problem, so it is told here.
    void eraNegotiated(mcpscope::ProtocolEra era, const QString &how);
    // A failure explained as a registered finding (an HTTP refusal, an
    // answer other clients refuse), its evidence the exchanges that showed
    // it; the failed request or problem says the same in place. Recording it
    // is the session's business (McpSession).
    void findingRaised(const mcpscope::Finding &finding);
    void serverLog(const QString &line); // a stdio server's stderr
    // Queue mode: a server request waits for answerServerRequest().
    void serverRequestReceived(const mcpscope::JsonRpcMessage &request);
    // The server withdrew a waiting request (notifications/cancelled).
    void serverRequestCancelled(const QJsonValue &id, const QString &reason);

private:
    void start(McpTransport *transport);
    void onTransportOpened();
    void sendInitialize();
    void sendDiscover();
    void onDiscovered(McpRequest *request);
    void fallBackToLegacy(const QString &why);
    void setSessionEra(ProtocolEra era);
    QJsonObject clientCapabilities() const;
    JsonRpcMessage buildMessage(McpRequest *request, const QJsonObject &params);
    void resend(McpRequest *request, const QJsonObject &params);
    bool retryWithSupportedVersion(McpRequest *request, const JsonRpcMessage &error);
    void onInputRequired(McpRequest *request, const QJsonObject &result);
    void deliverInputResponse(McpRequest *request, const QString &key,
                              const Result<QJsonObject> &answer, const QString &method);
    void dropInputWaits(McpRequest *request);
    QJsonValue filterTools(const QJsonValue &result);
    void send(const JsonRpcMessage &message, McpRequest *request);
    void handleMessage(const JsonRpcMessage &message, qint64 exchangeId);
    void handleServerRequest(const JsonRpcMessage &request);
    void onAuthorizationRequired(McpRequest *request, int status,
                                 const HeaderList &responseHeaders);
    void onOpenUnauthorized(int status, const HeaderList &responseHeaders);
    void applyHeaders();
    void handleProgress(const QJsonObject &params);
    void handleCancelled(const QJsonObject &params);
    void pauseTimeouts(bool paused);
    McpRequest *startRequest(const QString &method, QJsonObject params, bool withProgress,
                             const QByteArray &rawParams = {}, const QJsonValue &givenId = {});
    QJsonValue nextFreeId();
    void onInitialized(McpRequest *request);
    qint64 recordMessage(const JsonRpcMessage &message, bool outgoing, qint64 exchangeId,
                         qint64 responseTo = 0, double latencyMs = -1, qint64 roundOf = 0);
    void failPending(const Error &error);
    void onUnreadableMessage(const QByteArray &bytes, const Error &error);

    HttpClient *m_http;
    ExchangeSink *m_sink;
    QUrl m_endpoint;
    Transport m_mode = Transport::Auto;
    McpTransport *m_transport = nullptr;
    QString m_clientName = QStringLiteral("mcpscope");
    QString m_clientVersion;
    int m_timeoutMs = 60000;
    int m_maxTotalMs = 0;
    ServerRequestHandler m_serverRequests;
    bool m_queueServerRequests = false;
    bool m_urlElicitation = false;
    bool m_roots = true;
    HeaderList m_extraHeaders;
    QString m_bearer;
    int m_openAuthAttempts = 0;
    AuthorizationHandler m_authorize;
    QList<QPointer<McpRequest>> m_awaitingAuthorization; // resent once the handler answers
    std::function<McpTransport *()> m_makeTransport;
    QHash<QString, JsonRpcMessage> m_waiting; // queue mode: server requests by id
    QString m_protocolVersion;
    QJsonObject m_initializeResult;
    bool m_connected = false;
    bool m_closed = false; // close() was called; nothing more is sent until reconnect()
    qint64 m_nextId = 1;
    QHash<QString, QPointer<McpRequest>> m_pending;
    // Auto transport: why Streamable HTTP was refused, said again if the
    // HTTP+SSE fallback fails too.
    QString m_streamableRefusal;
    // Issue 16 (modern era).
    ProtocolEra m_era = ProtocolEra::Auto;
    ProtocolEra m_negotiated = ProtocolEra::Auto;
    bool m_modernWire = false; // requests carry the modern _meta (the probe, or a modern session)
    QJsonObject m_discoverResult;
    QString m_logLevel;
    bool m_warnedResultType = false;
    QHash<QString, QList<ToolHeaderParam>> m_toolHeaders;
    struct InputWait
    {
        QPointer<McpRequest> request;
        QString key;
        QString method;
    };
    QHash<QString, InputWait> m_inputWaits; // queue mode: MRTR input requests by synthesised id
    qint64 m_nextInputRound = 1;
};

} // namespace mcpscope
