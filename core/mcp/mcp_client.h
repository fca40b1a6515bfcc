#pragma once

#include "common/error.h"
#include "mcp/json_rpc.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QProcessEnvironment;
class QTimer;

namespace mcpscope {

class CaptureStore;
class HttpClient;
class McpTransport;

// One request to the server, in flight until finished() (emitted once,
// asynchronously). Owned by the McpClient; deleteLater() it after finished().
class McpRequest final : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.code.isEmpty(); }
    QJsonValue result() const { return m_result; }
    const Error &error() const { return m_error; }
    // Set when the server answered with a JSON-RPC error (not a transport failure).
    std::optional<int> rpcErrorCode() const { return m_rpcCode; }
    QString method() const { return m_method; }

Q_SIGNALS:
    void finished();

private:
    friend class McpClient;
    using QObject::QObject;
    void finish(const QJsonValue &result, const Error &error, std::optional<int> rpcCode = {});

    QString m_method;
    QJsonValue m_result;
    Error m_error;
    std::optional<int> m_rpcCode;
    bool m_finished = false;
    qint64 m_messageId = 0;
    QJsonValue m_id;
    qint64 m_sentAtNs = 0;
    QTimer *m_timeout = nullptr;
};

// An MCP client session over any transport (see McpTransport): initialize
// with version negotiation (offers 2025-11-25, accepts 2024-11-05 …
// 2025-11-25), requests paired with responses, timeouts that cancel,
// server-to-client requests answered through a handler, clean close.
// Every JSON-RPC message is recorded in the capture store, linked to the HTTP
// exchange that carried it, requests paired with responses and latency.
class McpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpClient)

public:
    static const QStringList &supportedProtocolVersions(); // newest first

    enum class Transport {
        Auto,           // Streamable HTTP, falling back to HTTP+SSE on a 4xx (spec: backwards compatibility)
        StreamableHttp, // 2025-03-26 and later
        Sse,            // 2024-11-05 HTTP+SSE
    };

    // Answers a server-to-client request: a result object, or an Error whose
    // code is a JSON-RPC code as text (e.g. "-32601").
    using ServerRequestHandler = std::function<Result<QJsonObject>(const JsonRpcMessage &)>;

    // http (and store, when given) must outlive the client: closing the
    // session on destruction still sends through them.
    McpClient(HttpClient *http, CaptureStore *store, QObject *parent = nullptr);
    ~McpClient() override;

    void setClientInfo(const QString &name, const QString &version);
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setServerRequestHandler(ServerRequestHandler handler) { m_serverRequests = std::move(handler); }

    // Starts the transport and the initialize handshake; connected() or
    // failed() follows.
    void connectToServer(const QUrl &endpoint, Transport transport = Transport::Auto);
    void connectStdio(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment);
    QString transportName() const;
    bool isConnected() const { return m_connected; }

    McpRequest *request(const QString &method, const QJsonObject &params = {});
    // Pages through a */list method (following nextCursor) and finishes with
    // every page's items in one array ("tools/list" gathers "tools").
    McpRequest *listAll(const QString &method);
    // Gives up on request: tells the server (notifications/cancelled) and
    // finishes it with a "cancelled" error.
    void cancel(McpRequest *request);
    void notify(const QString &method, const QJsonObject &params = {});
    // Sends DELETE for the session (when the server gave one).
    void close();

    QString protocolVersion() const { return m_protocolVersion; }
    QString sessionId() const;
    QJsonObject initializeResult() const { return m_initializeResult; }

    // The default answers used by the CLI: elicitation accepted with the
    // schema's defaults, roots/list with no roots, sampling declined.
    static Result<QJsonObject> defaultServerRequestAnswer(const JsonRpcMessage &request);

Q_SIGNALS:
    void connected();
    void failed(const mcpscope::Error &error);
    void notificationReceived(const mcpscope::JsonRpcMessage &notification);
    void protocolProblem(const QString &message); // bad messages that did not stop the session
    void serverLog(const QString &line);          // a stdio server's stderr

private:
    void start(McpTransport *transport);
    void sendInitialize();
    void send(const JsonRpcMessage &message, McpRequest *request);
    void handleMessage(const JsonRpcMessage &message, qint64 exchangeId);
    void answerServerRequest(const JsonRpcMessage &request, qint64 exchangeId);
    void onInitialized(McpRequest *request);
    qint64 recordMessage(const JsonRpcMessage &message, bool outgoing, qint64 exchangeId, qint64 responseTo = 0,
                         double latencyMs = -1);
    void failPending(const Error &error);

    HttpClient *m_http;
    CaptureStore *m_store;
    QUrl m_endpoint;
    Transport m_mode = Transport::Auto;
    McpTransport *m_transport = nullptr;
    QString m_clientName = QStringLiteral("mcpscope");
    QString m_clientVersion;
    int m_timeoutMs = 60000;
    ServerRequestHandler m_serverRequests;
    QString m_protocolVersion;
    QJsonObject m_initializeResult;
    bool m_connected = false;
    qint64 m_nextId = 1;
    QHash<QString, QPointer<McpRequest>> m_pending;
};

} // namespace mcpscope
