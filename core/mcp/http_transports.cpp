#include "mcp/http_transports.h"

#include "oauth/www_authenticate.h"

#include "mcp/mcp_client.h"
#include "mcp/sse_parser.h"
#include "net/http_client.h"

#include <QTimer>

namespace mcpscope {

namespace {

// A 403 that asks for more scope (RFC 6750 §3.1), not a plain refusal.
bool isInsufficientScope(const Exchange &e)
{
    const auto challenge = bearerChallenge(e.responseHeaders);
    return challenge && challenge->error == u"insufficient_scope";
}

} // namespace

struct StreamableHttpTransport::Stream
{
    QPointer<McpRequest> request; // the request whose response this POST carries (none for GET)
    bool isGet = false;
    bool isSse = false;
    SseParser parser;
};

StreamableHttpTransport::StreamableHttpTransport(HttpClient *http, const QUrl &endpoint, QObject *parent)
    : McpTransport(parent), m_http(http), m_endpoint(endpoint)
{
}

StreamableHttpTransport::~StreamableHttpTransport()
{
    qDeleteAll(m_streams);
}

void StreamableHttpTransport::open()
{
    m_active = true;
    QMetaObject::invokeMethod(this, &McpTransport::opened, Qt::QueuedConnection);
}

void StreamableHttpTransport::setProtocolVersion(const QString &version)
{
    m_protocolVersion = version;
    // The standalone stream carries server requests and notifications that
    // belong to no request (e.g. an elicitation from inside a tool).
    openGetStream({});
}

HeaderList StreamableHttpTransport::sessionHeaders() const
{
    HeaderList headers = m_extraHeaders;
    if (!m_sessionId.isEmpty())
        headers.append({"Mcp-Session-Id", m_sessionId});
    if (!m_protocolVersion.isEmpty())
        headers.append({"MCP-Protocol-Version", m_protocolVersion.toLatin1()});
    return headers;
}

qint64 StreamableHttpTransport::send(const JsonRpcMessage &message, McpRequest *request)
{
    HttpRequest http;
    http.method = "POST";
    http.url = m_endpoint;
    http.body = message.encode();
    http.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json, text/event-stream"}};
    http.headers += sessionHeaders();
    http.idleTimeoutMs = 0; // streams may idle; requests have their own timeout
    HttpCall *call = m_http->send(http);
    attach(call, request, false);
    return call->exchange().id;
}

void StreamableHttpTransport::openGetStream(const QByteArray &lastEventId)
{
    HttpRequest http;
    http.url = m_endpoint;
    http.headers = {{"Accept", "text/event-stream"}};
    http.headers += sessionHeaders();
    if (!lastEventId.isEmpty())
        http.headers.append({"Last-Event-ID", lastEventId});
    http.idleTimeoutMs = 0;
    attach(m_http->send(http), nullptr, true);
}

void StreamableHttpTransport::attach(HttpCall *call, McpRequest *request, bool isGet)
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
            if (!event.data.trimmed().isEmpty()) // priming events carry only an id (and retry)
                deliver(call, event.data);
        }
        if (const QString dropped = s->parser.takeError(); !dropped.isEmpty())
            Q_EMIT problem(dropped);
    });
    connect(call, &HttpCall::finished, this, [this, call] { onStreamFinished(call); });
}

void StreamableHttpTransport::deliver(HttpCall *call, const QByteArray &bytes)
{
    auto messages = decodeJsonRpc(bytes);
    if (!messages) {
        Q_EMIT problem(tr("Ignored a message the server sent: %1").arg(messages.error().message));
        return;
    }
    for (const JsonRpcMessage &message : *messages)
        Q_EMIT messageReceived(message, call->exchange().id);
}

void StreamableHttpTransport::onStreamFinished(HttpCall *call)
{
    std::unique_ptr<Stream> s(m_streams.take(call));
    call->deleteLater();
    if (!s)
        return;
    const Exchange &e = call->exchange();
    const QPointer<McpRequest> request = s->request;
    const bool waiting = request && !request->isFinished();
    // The spec answers an unknown session with 404; servers built on the
    // SDK's examples answer 400 "No valid session ID", which means the same.
    const bool sessionGone = !m_sessionId.isEmpty()
                             && (e.status == 404
                                 || (e.status == 400 && e.responseBody.left(4096).toLower().contains("session")));
    if (sessionGone) {
        m_active = false;
        const QString session = QString::fromLatin1(m_sessionId);
        Q_EMIT sessionLost(Error{
            QStringLiteral("mcp.session"),
            e.status == 404 ? tr("The server no longer knows session %1 (HTTP 404). Reconnect to start a new session.")
                                  .arg(session)
                            : tr("The server no longer knows session %1 (HTTP 400; the spec asks for 404). Reconnect "
                                 "to start a new session.")
                                  .arg(session)});
        return;
    }
    if (s->isGet) {
        // A listening stream that ended is reopened after the server's retry
        // delay, resuming from the last event id; one that was refused (405:
        // the server offers none) or aborted is not.
        const bool anotherGet =
            std::any_of(m_streams.cbegin(), m_streams.cend(), [](const Stream *o) { return o->isGet; });
        if (m_active && s->isSse && e.errorCode != u"aborted" && !anotherGet) {
            const int retry = s->parser.retryMs().value_or(kDefaultRetryMs);
            const QByteArray lastEventId = s->parser.lastEventId();
            QTimer::singleShot(retry, this, [this, lastEventId] {
                if (m_active)
                    openGetStream(lastEventId);
            });
        }
        return;
    }
    if (!s->isSse && e.status == 200 && !e.failed()) {
        deliver(call, e.responseBody);
        return;
    }
    if (waiting && !s->isGet && (e.status == 401 || (e.status == 403 && isInsufficientScope(e)))) {
        Q_EMIT authorizationRequired(request, e.status, e.responseHeaders);
        return;
    }
    if (e.status >= 400 || (e.failed() && !s->isSse)) {
        if (waiting)
            Q_EMIT requestFailed(request,
                                 Error{e.failed() ? QStringLiteral("mcp.transport")
                                       : e.status < 500 ? QStringLiteral("mcp.http.4xx")
                                                        : QStringLiteral("mcp.http"),
                                       e.failed() ? e.errorMessage
                                                  : tr("HTTP %1 for %2: %3")
                                                        .arg(e.status)
                                                        .arg(request->method(),
                                                             QString::fromUtf8(e.responseBody.left(300)).simplified())});
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

void StreamableHttpTransport::close()
{
    m_active = false;
    if (std::exchange(m_closed, true))
        return;
    if (!m_sessionId.isEmpty()) {
        HttpRequest http;
        http.method = "DELETE";
        http.url = m_endpoint;
        http.headers = sessionHeaders();
        HttpCall *call = m_http->send(http);
        connect(call, &HttpCall::finished, call, &QObject::deleteLater);
    }
    const auto calls = m_streams.keys();
    for (HttpCall *call : calls)
        call->abort();
}

LegacySseTransport::LegacySseTransport(HttpClient *http, const QUrl &sseUrl, QObject *parent)
    : McpTransport(parent), m_http(http), m_sseUrl(sseUrl), m_parser(std::make_unique<SseParser>())
{
}

LegacySseTransport::~LegacySseTransport()
{
    if (m_stream)
        m_stream->abort();
}

void LegacySseTransport::open()
{
    HttpRequest http;
    http.url = m_sseUrl;
    http.headers = {{"Accept", "text/event-stream"}};
    http.headers += m_extraHeaders;
    http.idleTimeoutMs = 0;
    m_stream = m_http->send(http);
    HttpCall *call = m_stream;
    connect(call, &HttpCall::bodyChunk, this, [this, call](const QByteArray &bytes) {
        if (call->exchange().status != 200)
            return;
        for (const SseEvent &event : m_parser->feed(bytes)) {
            if (event.type == "endpoint") {
                const QUrl target = m_sseUrl.resolved(QUrl(QString::fromUtf8(event.data.trimmed())));
                // The endpoint must stay on the server's origin: a stream that
                // names another host is not followed.
                if (target.scheme() != m_sseUrl.scheme() || target.host() != m_sseUrl.host()
                    || target.port() != m_sseUrl.port()) {
                    Q_EMIT failed(Error{QStringLiteral("mcp.sse"),
                                        tr("The server's endpoint event names another origin (%1); refusing to "
                                           "send messages there.")
                                            .arg(target.toString())});
                    call->abort();
                    return;
                }
                const bool first = m_postUrl.isEmpty();
                m_postUrl = target;
                if (first)
                    Q_EMIT opened();
                continue;
            }
            auto messages = decodeJsonRpc(event.data);
            if (!messages) {
                Q_EMIT problem(tr("Ignored a message the server sent: %1").arg(messages.error().message));
                continue;
            }
            for (const JsonRpcMessage &message : *messages)
                Q_EMIT messageReceived(message, call->exchange().id);
        }
        if (const QString dropped = m_parser->takeError(); !dropped.isEmpty())
            Q_EMIT problem(dropped);
    });
    connect(call, &HttpCall::finished, this, [this, call] {
        call->deleteLater();
        if (m_closing)
            return;
        const Exchange &e = call->exchange();
        // The stream itself wants authorization: no request is waiting yet.
        if (m_postUrl.isEmpty() && (e.status == 401 || (e.status == 403 && isInsufficientScope(e)))) {
            Q_EMIT authorizationRequired(nullptr, e.status, e.responseHeaders);
            return;
        }
        const QString why = e.failed() ? e.errorMessage
                            : e.status != 200
                                ? tr("The SSE endpoint answered HTTP %1 instead of an event stream.").arg(e.status)
                                : tr("The server closed the SSE stream.");
        Q_EMIT failed(Error{e.failed() ? QStringLiteral("mcp.transport") : QStringLiteral("mcp.sse"),
                            m_postUrl.isEmpty() ? tr("No endpoint event arrived: %1").arg(why) : why});
    });
}

qint64 LegacySseTransport::send(const JsonRpcMessage &message, McpRequest *request)
{
    HttpRequest http;
    http.method = "POST";
    http.url = m_postUrl;
    http.body = message.encode();
    http.headers = {{"Content-Type", "application/json"}};
    http.headers += m_extraHeaders;
    HttpCall *call = m_http->send(http);
    const QPointer<McpRequest> guarded = request;
    connect(call, &HttpCall::finished, this, [this, call, guarded] {
        call->deleteLater();
        const Exchange &e = call->exchange();
        if (guarded && !guarded->isFinished() && (e.status == 401 || (e.status == 403 && isInsufficientScope(e)))) {
            Q_EMIT authorizationRequired(guarded, e.status, e.responseHeaders);
            return;
        }
        if ((e.failed() || e.status >= 400) && guarded && !guarded->isFinished())
            Q_EMIT requestFailed(guarded, Error{e.failed() ? QStringLiteral("mcp.transport") : QStringLiteral("mcp.http"),
                                                e.failed() ? e.errorMessage
                                                           : tr("HTTP %1 for %2: %3")
                                                                 .arg(e.status)
                                                                 .arg(guarded->method(),
                                                                      QString::fromUtf8(e.responseBody.left(300)).simplified())});
    });
    return call->exchange().id;
}

void LegacySseTransport::close()
{
    m_closing = true;
    if (m_stream)
        m_stream->abort();
}

} // namespace mcpscope
