#include "mcp/mcp_client.h"

#include "capture/capture_store.h"
#include "mcp/sse_parser.h"
#include "net/http_client.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace mcpscope {

namespace {

qint64 monotonicNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    return clock.nsecsElapsed();
}

QString kindName(JsonRpcMessage::Kind kind)
{
    switch (kind) {
    case JsonRpcMessage::Kind::Request:
        return QStringLiteral("request");
    case JsonRpcMessage::Kind::Notification:
        return QStringLiteral("notification");
    case JsonRpcMessage::Kind::Response:
        return QStringLiteral("response");
    case JsonRpcMessage::Kind::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString idText(const QJsonValue &id)
{
    return id.isString() ? id.toString() : id.isDouble() ? QString::number(qint64(id.toDouble())) : QString();
}

} // namespace

struct McpClient::Stream
{
    QPointer<McpRequest> request; // the request whose response this stream carries (none for GET)
    bool isGet = false;
    bool isSse = false;
    SseParser parser;
};

void McpRequest::finish(const QJsonValue &result, const Error &error, std::optional<int> rpcCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    m_error = error;
    m_rpcCode = rpcCode;
    if (m_timeout)
        m_timeout->stop();
    // Always asynchronously, even when the failure is known at once.
    QMetaObject::invokeMethod(this, &McpRequest::finished, Qt::QueuedConnection);
}

const QStringList &McpClient::supportedProtocolVersions()
{
    static const QStringList versions = {QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"),
                                         QStringLiteral("2025-03-26"), QStringLiteral("2024-11-05")};
    return versions;
}

McpClient::McpClient(HttpClient *http, CaptureStore *store, QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_clientVersion(QStringLiteral(MCPSCOPE_VERSION)),
      m_serverRequests(&McpClient::defaultServerRequestAnswer)
{
}

McpClient::~McpClient()
{
    qDeleteAll(m_streams);
}

void McpClient::setClientInfo(const QString &name, const QString &version)
{
    m_clientName = name;
    m_clientVersion = version;
}

void McpClient::connectToServer(const QUrl &endpoint)
{
    m_endpoint = endpoint;
    const QJsonObject params{
        {QStringLiteral("protocolVersion"), supportedProtocolVersions().first()},
        {QStringLiteral("capabilities"),
         QJsonObject{{QStringLiteral("roots"), QJsonObject{{QStringLiteral("listChanged"), false}}},
                     {QStringLiteral("elicitation"), QJsonObject{{QStringLiteral("form"), QJsonObject{}}}},
                     {QStringLiteral("sampling"), QJsonObject{}}}},
        {QStringLiteral("clientInfo"),
         QJsonObject{{QStringLiteral("name"), m_clientName}, {QStringLiteral("version"), m_clientVersion}}}};
    McpRequest *init = request(QStringLiteral("initialize"), params);
    connect(init, &McpRequest::finished, this, [this, init] { onInitialized(init); });
}

void McpClient::onInitialized(McpRequest *init)
{
    init->deleteLater();
    if (!init->succeeded()) {
        Q_EMIT failed(Error{init->error().code,
                            tr("The server did not complete initialize: %1").arg(init->error().message)});
        return;
    }
    m_initializeResult = init->result().toObject();
    const QString version = m_initializeResult.value(QStringLiteral("protocolVersion")).toString();
    if (!supportedProtocolVersions().contains(version)) {
        Q_EMIT failed(Error{QStringLiteral("mcp.version"),
                            tr("The server answered with protocol version \"%1\", which McpScope does not speak "
                               "(it speaks %2). Upgrade McpScope or configure the server for one of those.")
                                .arg(version, supportedProtocolVersions().join(QStringLiteral(", ")))});
        close();
        return;
    }
    m_protocolVersion = version;
    notify(QStringLiteral("notifications/initialized"));
    m_connected = true;
    // The standalone stream carries server requests and notifications that
    // belong to no request (e.g. elicitation from inside a tool).
    openGetStream({});
    Q_EMIT connected();
}

McpRequest *McpClient::request(const QString &method, const QJsonObject &params)
{
    auto *req = new McpRequest(this);
    req->m_method = method;
    const QJsonValue id(double(m_nextId++));
    const JsonRpcMessage message = JsonRpcMessage::request(id, method, params);
    m_pending.insert(idKey(id), req);
    req->m_timeout = new QTimer(req);
    req->m_timeout->setSingleShot(true);
    connect(req->m_timeout, &QTimer::timeout, req, [this, req, id] {
        m_pending.remove(idKey(id));
        // Tell the server to stop working on it.
        notify(QStringLiteral("notifications/cancelled"),
               {{QStringLiteral("requestId"), id}, {QStringLiteral("reason"), QStringLiteral("timeout")}});
        req->finish({}, Error{QStringLiteral("mcp.timeout"),
                              tr("No response to %1 within %2 s. The server may be hung; try again or raise the "
                                 "request timeout.")
                                  .arg(req->m_method)
                                  .arg(m_timeoutMs / 1000.0)});
    });
    req->m_timeout->start(m_timeoutMs);
    post(message, req);
    return req;
}

void McpClient::notify(const QString &method, const QJsonObject &params)
{
    post(JsonRpcMessage::notification(method, params), nullptr);
}

void McpClient::post(const JsonRpcMessage &message, McpRequest *request)
{
    HttpRequest http;
    http.method = "POST";
    http.url = m_endpoint;
    http.body = message.encode();
    http.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json, text/event-stream"}};
    if (!m_sessionId.isEmpty())
        http.headers.append({"Mcp-Session-Id", m_sessionId});
    if (!m_protocolVersion.isEmpty())
        http.headers.append({"MCP-Protocol-Version", m_protocolVersion.toLatin1()});
    http.idleTimeoutMs = 0; // streams may idle; requests have their own timeout
    HttpCall *call = m_http->send(http);
    const qint64 messageId = recordMessage(message, true, call->exchange().id);
    if (request) {
        request->m_messageId = messageId;
        request->m_sentAtNs = monotonicNs();
    }
    attach(call, request, false);
}

void McpClient::openGetStream(const QByteArray &lastEventId)
{
    HttpRequest http;
    http.url = m_endpoint;
    http.headers = {{"Accept", "text/event-stream"}};
    if (!m_sessionId.isEmpty())
        http.headers.append({"Mcp-Session-Id", m_sessionId});
    if (!m_protocolVersion.isEmpty())
        http.headers.append({"MCP-Protocol-Version", m_protocolVersion.toLatin1()});
    if (!lastEventId.isEmpty())
        http.headers.append({"Last-Event-ID", lastEventId});
    http.idleTimeoutMs = 0;
    attach(m_http->send(http), nullptr, true);
}

void McpClient::attach(HttpCall *call, McpRequest *request, bool isGet)
{
    auto *stream = new Stream;
    stream->request = request;
    stream->isGet = isGet;
    m_streams.insert(call, stream);
    connect(call, &HttpCall::responseStarted, this, [this, call] {
        Stream *s = m_streams.value(call);
        const QByteArray session = call->exchange().responseHeader("mcp-session-id");
        if (!session.isEmpty() && m_sessionId.isEmpty())
            m_sessionId = session;
        s->isSse = call->exchange().status == 200
                   && call->exchange().responseHeader("content-type").contains("text/event-stream");
    });
    connect(call, &HttpCall::bodyChunk, this, [this, call](const QByteArray &bytes) {
        Stream *s = m_streams.value(call);
        if (!s || !s->isSse)
            return;
        for (const SseEvent &event : s->parser.feed(bytes)) {
            if (event.data.trimmed().isEmpty())
                continue; // priming events carry only an id (and retry)
            handleBody(call, event.data);
        }
        if (const QString dropped = s->parser.takeError(); !dropped.isEmpty())
            Q_EMIT protocolProblem(dropped);
    });
    connect(call, &HttpCall::finished, this, [this, call] { onStreamFinished(call); });
}

void McpClient::onStreamFinished(HttpCall *call)
{
    std::unique_ptr<Stream> s(m_streams.take(call));
    call->deleteLater();
    if (!s)
        return;
    const Exchange &e = call->exchange();
    McpRequest *request = s->request;
    const bool waiting = request && !request->isFinished();
    if (e.status == 404 && !m_sessionId.isEmpty()) {
        failPending(Error{QStringLiteral("mcp.session"),
                          tr("The server no longer knows session %1 (HTTP 404). Reconnect to start a new session.")
                              .arg(QString::fromLatin1(m_sessionId))});
        m_connected = false;
        return;
    }
    if (s->isGet) {
        // A listening stream that ended is reopened after the server's retry
        // delay, resuming from the last event id; one that was refused (405:
        // the server offers none) or aborted is not.
        const bool anotherGet = std::any_of(m_streams.cbegin(), m_streams.cend(), [](const Stream *o) { return o->isGet; });
        if (m_connected && s->isSse && e.errorCode != u"aborted" && !anotherGet) {
            const int retry = s->parser.retryMs().value_or(kDefaultRetryMs);
            const QByteArray lastEventId = s->parser.lastEventId();
            QTimer::singleShot(retry, this, [this, lastEventId] {
                if (m_connected)
                    openGetStream(lastEventId);
            });
        }
        return;
    }
    if (!s->isSse && e.status == 200 && !e.failed()) {
        handleBody(call, e.responseBody);
    } else if (e.status >= 400 || (e.failed() && !s->isSse)) {
        if (waiting) {
            const QString body = QString::fromUtf8(e.responseBody.left(300)).simplified();
            request->finish({}, Error{e.failed() ? QStringLiteral("mcp.transport") : QStringLiteral("mcp.http"),
                                      e.failed() ? e.errorMessage
                                                 : tr("HTTP %1 for %2: %3").arg(e.status).arg(request->method(), body)});
        }
        return;
    }
    // An SSE stream that ended before the response arrived: resume it with
    // GET + Last-Event-ID after the server's retry delay (SEP-1699).
    if (s->isSse && waiting) {
        const int retry = s->parser.retryMs().value_or(kDefaultRetryMs);
        const QByteArray lastEventId = s->parser.lastEventId();
        QTimer::singleShot(retry, this, [this, lastEventId] { openGetStream(lastEventId); });
    }
}

void McpClient::handleBody(HttpCall *call, const QByteArray &bytes)
{
    auto messages = decodeJsonRpc(bytes);
    if (!messages) {
        Q_EMIT protocolProblem(tr("Ignored a message the server sent: %1").arg(messages.error().message));
        return;
    }
    for (const JsonRpcMessage &message : *messages)
        handleMessage(message, call->exchange().id);
}

void McpClient::handleMessage(const JsonRpcMessage &message, qint64 exchangeId)
{
    switch (message.kind) {
    case JsonRpcMessage::Kind::Response:
    case JsonRpcMessage::Kind::Error: {
        QPointer<McpRequest> request = m_pending.take(idKey(message.id));
        if (!request) {
            recordMessage(message, false, exchangeId);
            Q_EMIT protocolProblem(tr("The server answered request id %1, which is not pending (unknown, or "
                                      "already answered or timed out).")
                                       .arg(idText(message.id)));
            return;
        }
        const double latency = (monotonicNs() - request->m_sentAtNs) / 1e6;
        recordMessage(message, false, exchangeId, request->m_messageId, latency);
        if (message.kind == JsonRpcMessage::Kind::Response)
            request->finish(message.result, {});
        else
            request->finish({}, Error{QStringLiteral("mcp.rpc"),
                                      tr("%1 failed with JSON-RPC error %2: %3")
                                          .arg(request->method())
                                          .arg(message.errorCode)
                                          .arg(message.errorMessage)},
                            message.errorCode);
        return;
    }
    case JsonRpcMessage::Kind::Request:
        recordMessage(message, false, exchangeId);
        answerServerRequest(message, exchangeId);
        return;
    case JsonRpcMessage::Kind::Notification:
        recordMessage(message, false, exchangeId);
        Q_EMIT notificationReceived(message);
        return;
    }
}

void McpClient::answerServerRequest(const JsonRpcMessage &request, qint64)
{
    const Result<QJsonObject> answer = m_serverRequests(request);
    if (answer)
        post(JsonRpcMessage::response(request.id, *answer), nullptr);
    else
        post(JsonRpcMessage::error(request.id, answer.error().code.toInt(), answer.error().message), nullptr);
}

Result<QJsonObject> McpClient::defaultServerRequestAnswer(const JsonRpcMessage &request)
{
    const QJsonObject params = request.params.toObject();
    if (request.method == u"elicitation/create") {
        // Accept, filling every field that has a default (SEP-1034).
        QJsonObject content;
        const QJsonObject properties =
            params.value(QStringLiteral("requestedSchema")).toObject().value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QJsonValue fallback = it.value().toObject().value(QStringLiteral("default"));
            if (!fallback.isUndefined())
                content.insert(it.key(), fallback);
        }
        return QJsonObject{{QStringLiteral("action"), QStringLiteral("accept")}, {QStringLiteral("content"), content}};
    }
    if (request.method == u"roots/list")
        return QJsonObject{{QStringLiteral("roots"), QJsonArray{}}};
    if (request.method == u"ping")
        return QJsonObject{};
    if (request.method == u"sampling/createMessage")
        return Failure{Error{QString::number(JsonRpcCode::InvalidRequest),
                             QStringLiteral("Sampling is declined by default in McpScope.")}};
    return Failure{Error{QString::number(JsonRpcCode::MethodNotFound),
                         QStringLiteral("McpScope does not handle %1.").arg(request.method)}};
}

void McpClient::close()
{
    m_connected = false;
    failPending(Error{QStringLiteral("mcp.closed"), tr("The session was closed.")});
    if (!m_sessionId.isEmpty()) {
        HttpRequest http;
        http.method = "DELETE";
        http.url = m_endpoint;
        http.headers = {{"Mcp-Session-Id", m_sessionId}};
        if (!m_protocolVersion.isEmpty())
            http.headers.append({"MCP-Protocol-Version", m_protocolVersion.toLatin1()});
        HttpCall *call = m_http->send(http);
        connect(call, &HttpCall::finished, call, &QObject::deleteLater);
    }
    for (auto it = m_streams.begin(); it != m_streams.end(); ++it)
        it.key()->abort();
    m_connected = false;
}

void McpClient::failPending(const Error &error)
{
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<McpRequest> &request : pending)
        if (request)
            request->finish({}, error);
}

qint64 McpClient::recordMessage(const JsonRpcMessage &message, bool outgoing, qint64 exchangeId, qint64 responseTo,
                                double latencyMs)
{
    if (!m_store || !m_store->isOpen())
        return 0;
    MessageRecord record;
    record.id = m_store->reserveMessageId();
    record.sessionId = m_http->sessionId();
    record.exchangeId = exchangeId;
    record.outgoing = outgoing;
    record.kind = kindName(message.kind);
    record.rpcId = idText(message.id);
    record.method = message.method;
    record.payload = message.encode();
    record.atMs = QDateTime::currentMSecsSinceEpoch();
    record.responseTo = responseTo;
    record.latencyMs = latencyMs;
    m_store->recordMessage(record);
    return record.id;
}

} // namespace mcpscope
