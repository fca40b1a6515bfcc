#include "mcp/http_transports.h"

#include "net/www_authenticate.h"

#include "mcp/http_refusal.h"
#include "mcp/mcp_client.h"
#include "mcp/mcp_headers.h"
#include "mcp/sse_endpoint.h"
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

QString methodOf(const QPointer<McpRequest> &request)
{
    return request ? request->method() : QString();
}

} // namespace

struct StreamableHttpTransport::Stream
{
    explicit Stream(qsizetype maxEventBytes) : parser(maxEventBytes) {}
    QPointer<McpRequest> request; // the request whose response this POST carries (none for GET)
    QJsonValue requestId;         // its JSON-RPC id as sent on this POST
    bool answered = false; // its response came (a multi round-trip request goes on unfinished)
    QList<QPointer<McpRequest>> resuming; // GET + Last-Event-ID: the requests it resumes
    bool isGet = false;
    bool isSse = false;
    bool gaveUp = false; // the request was already failed (e.g. its body went over the cap)
    SseParser parser;
};

StreamableHttpTransport::StreamableHttpTransport(HttpClient *http, const QUrl &endpoint,
                                                 QObject *parent)
    : McpTransport(parent), m_http(http), m_endpoint(endpoint)
{
}

StreamableHttpTransport::~StreamableHttpTransport()
{
    qDeleteAll(m_streams);
}

QString StreamableHttpTransport::streamState() const
{
    int gets = 0, posts = 0;
    for (const Stream *stream : m_streams) {
        if (stream->isGet)
            ++gets;
        else if (stream->isSse && !stream->answered)
            ++posts;
    }
    QStringList parts;
    if (!m_modernVersion.isEmpty())
        parts << tr("modern era: no listening GET stream");
    else
        parts << (gets > 0 ? tr("the listening GET stream is open")
                           : tr("no listening GET stream open"));
    parts << tr("%n POST response stream(s) open", nullptr, posts);
    return parts.join(QStringLiteral("; "));
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
    openGetStream({}, {});
}

HeaderList StreamableHttpTransport::sessionHeaders() const
{
    HeaderList headers = m_extraHeaders;
    if (!m_modernVersion.isEmpty()) {
        headers.append({"MCP-Protocol-Version", m_modernVersion.toLatin1()});
        return headers;
    }
    if (!m_sessionId.isEmpty())
        headers.append({"Mcp-Session-Id", m_sessionId});
    if (!m_protocolVersion.isEmpty())
        headers.append({"MCP-Protocol-Version", m_protocolVersion.toLatin1()});
    return headers;
}

qint64 StreamableHttpTransport::send(const JsonRpcMessage &message, McpRequest *request)
{
    return sendWithHeaders(message, request, {});
}

qint64 StreamableHttpTransport::sendWithHeaders(const JsonRpcMessage &message, McpRequest *request,
                                                const HeaderList &messageHeaders)
{
    HttpRequest http;
    http.method = "POST";
    http.url = m_endpoint;
    http.body = message.encode();
    http.headers = {{"Content-Type", "application/json"},
                    {"Accept", "application/json, text/event-stream"}};
    http.headers += sessionHeaders();
    http.headers += standardMcpHeaders(message);
    http.headers += messageHeaders;
    http.idleTimeoutMs = 0; // streams may idle; requests have their own timeout
    HttpCall *call = m_http->send(http);
    attach(call, request, false);
    return call->exchange().id;
}

void StreamableHttpTransport::openGetStream(const QByteArray &lastEventId,
                                            const QList<QPointer<McpRequest>> &resuming)
{
    HttpRequest http;
    http.url = m_endpoint;
    http.headers = {{"Accept", "text/event-stream"}};
    http.headers += sessionHeaders();
    if (!lastEventId.isEmpty())
        http.headers.append({"Last-Event-ID", lastEventId});
    http.idleTimeoutMs = 0;
    HttpCall *call = m_http->send(http);
    attach(call, nullptr, true);
    m_streams.value(call)->resuming = resuming;
}

void StreamableHttpTransport::failRequest(Stream *s, const QPointer<McpRequest> &request,
                                          const RequestFailure &failure)
{
    if (!request || request->isFinished())
        return;
    s->gaveUp = true;
    Q_EMIT requestFailed(request, failure);
}

void StreamableHttpTransport::attach(HttpCall *call, McpRequest *request, bool isGet)
{
    auto *stream = new Stream(m_http->bodyCap());
    stream->request = request;
    if (request)
        stream->requestId = request->rpcId();
    stream->isGet = isGet;
    m_streams.insert(call, stream);
    connect(call, &HttpCall::responseStarted, this, [this, call] {
        Stream *s = m_streams.value(call);
        const QByteArray session = call->exchange().responseHeader("mcp-session-id");
        if (!session.isEmpty() && m_sessionId.isEmpty() && m_modernVersion.isEmpty())
            m_sessionId = session;
        s->isSse = call->exchange().status == 200 &&
                   call->exchange().responseHeader("content-type").contains("text/event-stream");
    });
    connect(call, &HttpCall::bodyChunk, this, [this, call](const QByteArray &bytes) {
        Stream *s = m_streams.value(call);
        if (!s)
            return;
        const Exchange &e = call->exchange();
        if (!s->isSse) {
            // A JSON answer past the cap is cut there and can never be read:
            // say so now rather than after the rest has arrived.
            if (e.responseTruncated && e.status == 200 && !s->gaveUp)
                failRequest(s, s->request,
                            {bodyCapError(tr("The answer to %1").arg(methodOf(s->request)),
                                          m_http->bodyCap())});
            return;
        }
        for (const SseEvent &event : s->parser.feed(bytes)) {
            if (!event.data.trimmed().isEmpty()) // priming events carry only an id (and retry)
                deliver(call, event.data);
        }
        if (const QString dropped = s->parser.takeError(); !dropped.isEmpty()) {
            Q_EMIT problem(dropped);
            // On a request's own stream an event that large is its answer.
            if (!s->isGet)
                failRequest(s, s->request,
                            {bodyCapError(
                                tr("An event on the stream answering %1").arg(methodOf(s->request)),
                                m_http->bodyCap())});
        }
    });
    connect(call, &HttpCall::finished, this, [this, call] { onStreamFinished(call); });
}

void StreamableHttpTransport::deliver(HttpCall *call, const QByteArray &bytes)
{
    auto messages = decodeJsonRpc(bytes);
    if (!messages) {
        Q_EMIT unreadableMessage(bytes, messages.error());
        return;
    }
    const qint64 exchangeId = call->exchange().id;
    if (Stream *s = m_streams.value(call))
        for (const JsonRpcMessage &message : *messages)
            if (message.isResponse() && s->request && message.id == s->requestId)
                s->answered = true;
    for (const JsonRpcMessage &message : *messages)
        Q_EMIT messageReceived(message, exchangeId);
}

void StreamableHttpTransport::onStreamFinished(HttpCall *call)
{
    std::unique_ptr<Stream> s(m_streams.take(call));
    call->deleteLater();
    if (!s)
        return;
    const Exchange &e = call->exchange();
    if (s->isGet) {
        onGetStreamFinished(e, *s);
        return;
    }
    const QPointer<McpRequest> request = s->request;
    const bool waiting = request && !request->isFinished() && !s->gaveUp && !s->answered;
    const QString method = request ? request->method() : QString();
    // Only a request that carried the session id can lose it. The spec
    // answers an unknown session with 404; servers built on the SDK's
    // examples answer 400 "No valid session ID", which means the same.
    const bool sessionGone =
        !m_sessionId.isEmpty() && e.requestHeader("mcp-session-id") == m_sessionId &&
        (e.status == 404 ||
         (e.status == 400 && e.responseBody.left(4096).toLower().contains("session")));
    if (sessionGone) {
        m_active = false;
        const QString session = QString::fromLatin1(m_sessionId);
        Q_EMIT sessionLost(Error{ErrorCode::McpSession,
                                 e.status == 404 ? tr("The server no longer knows session %1 (HTTP "
                                                      "404). Reconnect to start a new session.")
                                                       .arg(session)
                                                 : tr("The server no longer knows session %1 (HTTP "
                                                      "400; the spec asks for 404). Reconnect "
                                                      "to start a new session.")
                                                       .arg(session)});
        return;
    }
    if (waiting && (e.status == 401 || (e.status == 403 && isInsufficientScope(e)))) {
        Q_EMIT authorizationRequired(request, e.status, e.responseHeaders);
        return;
    }
    if (e.status >= 400) {
        // The modern era answers protocol errors (unsupported version,
        // header mismatch, unknown method) with an HTTP error status and a
        // JSON-RPC error: that error is the answer.
        if (waiting && !m_modernVersion.isEmpty() && !s->isSse && !e.failed()) {
            auto messages = decodeJsonRpc(e.responseBody);
            const bool answers =
                messages && std::any_of(messages->cbegin(), messages->cend(), [&](const auto &m) {
                    return m.kind == JsonRpcMessage::Kind::Error && request &&
                           m.id == request->rpcId();
                });
            if (answers) {
                for (const JsonRpcMessage &message : *messages)
                    Q_EMIT messageReceived(message, e.id);
                return;
            }
        }
        if (waiting)
            failRequest(s.get(), request, explainHttpRefusal(e, method));
        return;
    }
    if (!s->isSse) {
        if (!waiting)
            return;
        if (e.failed()) {
            failRequest(s.get(), request, {Error{ErrorCode::McpTransport, e.errorMessage}});
            return;
        }
        if (e.status != 200)
            return; // 202 and friends carry no answer; a later stream may
        for (const Finding &finding : answerFindings(e, method)) {
            Q_EMIT findingRaised(finding);
            Q_EMIT problem(finding.message());
        }
        auto messages = decodeJsonRpc(e.responseBody);
        if (!messages) {
            failRequest(s.get(), request,
                        {Error{ErrorCode::McpUnreadable,
                               tr("The server's answer to %1 cannot be read: %2 The body (%3 "
                                  "bytes) is kept in the "
                                  "capture.")
                                   .arg(method, messages.error().message)
                                   .arg(e.responseBodySize)}});
            return;
        }
        for (const JsonRpcMessage &message : *messages)
            Q_EMIT messageReceived(message, e.id);
        const bool answered = std::any_of(messages->cbegin(), messages->cend(), [&](const auto &m) {
            return m.isResponse() && m.id == s->requestId;
        });
        if (request && !request->isFinished() && !answered)
            failRequest(s.get(), request,
                        {Error{ErrorCode::McpUnanswered,
                               tr("The server's JSON answer to %1 holds no response to it (%2 "
                                  "message(s), none "
                                  "with its id), and no other answer can come on this request.")
                                   .arg(method)
                                   .arg(messages->size())}});
        return;
    }
    if (!waiting)
        return;
    // An SSE stream that ended before the response arrived: resume it with
    // GET + Last-Event-ID after the server's retry delay (SEP-1699), when the
    // server gave an event id to resume from. Without one the answer can no
    // longer come.
    const QByteArray lastEventId = s->parser.lastEventId();
    if (lastEventId.isEmpty() || e.errorCode == ErrorCode::NetAborted) {
        const QString how = e.failed() ? e.errorMessage : tr("The server closed it.");
        failRequest(s.get(), request,
                    {Error{ErrorCode::McpStreamEnded,
                           tr("The event stream answering %1 ended before the response, and the "
                              "server sent no "
                              "event id to resume it from, so the answer can no longer come. %2")
                               .arg(method, how)}});
        return;
    }
    resume(lastEventId, s->parser.retryMs().value_or(kDefaultRetryMs), {request});
}

void StreamableHttpTransport::resume(const QByteArray &lastEventId, int retryMs,
                                     const QList<QPointer<McpRequest>> &requests)
{
    QTimer::singleShot(retryMs, this, [this, lastEventId, requests] {
        if (m_active)
            openGetStream(lastEventId, requests);
    });
}

void StreamableHttpTransport::onGetStreamFinished(const Exchange &e, Stream &s)
{
    QList<QPointer<McpRequest>> waiting;
    for (const QPointer<McpRequest> &r : std::as_const(s.resuming))
        if (r && !r->isFinished())
            waiting.append(r);
    const bool refused = e.status != 200 || !s.isSse;
    if (refused && e.errorCode != ErrorCode::NetAborted && m_active) {
        // The listening stream is optional. The spec asks for 405 from a
        // server that offers none; many answer 404 or 400 instead, which says
        // nothing about the session.
        if (e.status != 405 && waiting.isEmpty() && !m_warnedGet) {
            m_warnedGet = true;
            Q_EMIT problem(
                e.failed()
                    ? tr("The optional listening GET stream failed: %1 The session goes on; "
                         "messages the server sends outside a request will not arrive.")
                          .arg(e.errorMessage)
                    : tr("The server answered the optional listening GET stream with HTTP %1 "
                         "(the spec asks for 405 when it offers none). The session goes on; "
                         "messages the server sends outside a request will not arrive.")
                          .arg(e.status));
        }
    }
    const bool cannotResume = refused || e.errorCode == ErrorCode::NetAborted ||
                              s.parser.lastEventId().isEmpty() || !m_active;
    if (cannotResume) {
        for (const QPointer<McpRequest> &r : std::as_const(waiting)) {
            const QString message =
                refused ? tr("The stream answering %1 ended before the response, and the server "
                             "refused to resume it "
                             "(%2), so the answer can no longer come.")
                              .arg(r->method(),
                                   e.failed() ? e.errorMessage : tr("HTTP %1").arg(e.status))
                        : tr("The resumed stream answering %1 ended before the response without an "
                             "event id to "
                             "resume from, so the answer can no longer come.")
                              .arg(r->method());
            Q_EMIT requestFailed(r, RequestFailure{Error{ErrorCode::McpStreamEnded, message},
                                                   refused ? e.status : 0});
        }
        waiting.clear();
    }
    if (!waiting.isEmpty()) {
        resume(s.parser.lastEventId(), s.parser.retryMs().value_or(kDefaultRetryMs), waiting);
        return;
    }
    if (!s.resuming.isEmpty())
        return; // a resumption stream is not the listening stream
    // A listening stream that ended is reopened after the server's retry
    // delay, resuming from the last event id; one that was refused or
    // aborted is not.
    const bool anotherGet = std::any_of(m_streams.cbegin(), m_streams.cend(), [](const Stream *o) {
        return o->isGet && o->resuming.isEmpty();
    });
    if (m_active && !refused && e.errorCode != ErrorCode::NetAborted && !anotherGet) {
        const int retry = s.parser.retryMs().value_or(kDefaultRetryMs);
        const QByteArray lastEventId = s.parser.lastEventId();
        QTimer::singleShot(retry, this, [this, lastEventId] {
            if (m_active)
                openGetStream(lastEventId, {});
        });
    }
}

void StreamableHttpTransport::abandon(McpRequest *request)
{
    QList<HttpCall *> calls;
    for (auto it = m_streams.cbegin(); it != m_streams.cend(); ++it)
        if (!it.value()->isGet && it.value()->request == request) {
            it.value()->gaveUp = true;
            calls.append(it.key());
        }
    for (HttpCall *call : std::as_const(calls))
        call->abort();
}

void StreamableHttpTransport::close()
{
    m_active = false;
    if (std::exchange(m_closed, true))
        return;
    const auto calls = m_streams.keys();
    for (HttpCall *call : calls)
        call->abort();
    if (m_sessionId.isEmpty()) {
        QMetaObject::invokeMethod(this, &McpTransport::closed, Qt::QueuedConnection);
        return;
    }
    HttpRequest http;
    http.method = "DELETE";
    http.url = m_endpoint;
    http.headers = sessionHeaders();
    HttpCall *call = m_http->send(http);
    connect(call, &HttpCall::finished, this, [this, call] {
        call->deleteLater();
        Q_EMIT closed();
    });
}

LegacySseTransport::LegacySseTransport(HttpClient *http, const QUrl &sseUrl, QObject *parent)
    : McpTransport(parent), m_http(http), m_sseUrl(sseUrl),
      m_parser(std::make_unique<SseParser>(http->bodyCap()))
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
                // The endpoint must stay on the server's origin.
                const auto target = sseEndpointUrl(m_sseUrl, event.data);
                if (!target) {
                    Q_EMIT failed(target.error());
                    call->abort();
                    return;
                }
                const bool first = m_postUrl.isEmpty();
                m_postUrl = *target;
                if (first)
                    Q_EMIT opened();
                continue;
            }
            auto messages = decodeJsonRpc(event.data);
            if (!messages) {
                Q_EMIT unreadableMessage(event.data, messages.error());
                continue;
            }
            for (const JsonRpcMessage &message : *messages)
                Q_EMIT messageReceived(message, call->exchange().id);
        }
        if (const QString dropped = m_parser->takeError(); !dropped.isEmpty())
            // Every answer shares this stream: which request it was for is
            // unknown; McpClient pins it only when one request is waiting.
            Q_EMIT unreadableMessage(
                {}, bodyCapError(tr("An event on the SSE stream"), m_http->bodyCap()));
    });
    connect(call, &HttpCall::finished, this, [this, call] {
        call->deleteLater();
        if (m_closing)
            return;
        const Exchange &e = call->exchange();
        // The stream itself wants authorization: no request is waiting yet.
        if (m_postUrl.isEmpty() &&
            (e.status == 401 || (e.status == 403 && isInsufficientScope(e)))) {
            Q_EMIT authorizationRequired(nullptr, e.status, e.responseHeaders);
            return;
        }
        const QString why =
            e.failed()        ? e.errorMessage
            : e.status >= 400 ? explainHttpRefusal(e, tr("the SSE stream")).error.message
            : e.status != 200
                ? tr("The SSE endpoint answered HTTP %1 instead of an event stream.").arg(e.status)
                : tr("The server closed the SSE stream; every answer travels on it, so no pending "
                     "request can be answered any more.");
        Q_EMIT failed(
            Error{e.failed() ? ErrorCode::McpTransport : ErrorCode::McpSse,
                  m_postUrl.isEmpty() ? tr("No endpoint event arrived: %1").arg(why) : why});
    });
}

QString LegacySseTransport::streamState() const
{
    if (!m_stream)
        return tr("the SSE stream is closed");
    return m_postUrl.isEmpty()
               ? tr("the SSE stream is open, waiting for its endpoint event")
               : tr("the SSE stream is open; messages are posted to %1").arg(m_postUrl.toString());
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
        if (!guarded || guarded->isFinished())
            return;
        if (e.status == 401 || (e.status == 403 && isInsufficientScope(e))) {
            Q_EMIT authorizationRequired(guarded, e.status, e.responseHeaders);
            return;
        }
        if (e.failed())
            Q_EMIT requestFailed(guarded,
                                 RequestFailure{Error{ErrorCode::McpTransport, e.errorMessage}});
        else if (e.status >= 400)
            Q_EMIT requestFailed(guarded, explainHttpRefusal(e, guarded->method()));
    });
    return call->exchange().id;
}

void LegacySseTransport::close()
{
    if (std::exchange(m_closing, true))
        return;
    if (m_stream)
        m_stream->abort();
    QMetaObject::invokeMethod(this, &McpTransport::closed, Qt::QueuedConnection);
}

} // namespace mcpscope
