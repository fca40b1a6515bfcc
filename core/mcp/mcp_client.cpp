#include "mcp/mcp_client.h"

#include "common/ordered_json.h"

#include "mcp/http_refusal.h"
#include "mcp/http_transports.h"
#include "mcp/mcp_findings.h"
#include "mcp/modern_era.h"
#include "mcp/stdio_transport.h"
#include "net/exchange_sink.h"
#include "net/http_client.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

namespace mcpscope {

namespace {

// The JSON-RPC error code an answer to a server request carries: the
// handler's own, or 0 when its error is not a JSON-RPC one.
int jsonRpcCode(const Error &error)
{
    return error.code == ErrorCode::JsonRpcAnswer ? error.detail : 0;
}

// How long era Auto waits for the server/discover probe before taking the
// server for a legacy one.
constexpr int kProbeTimeoutMs = 10000;

qint64 monotonicNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    return clock.nsecsElapsed();
}

} // namespace

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
                                         QStringLiteral("2025-03-26"),
                                         QStringLiteral("2024-11-05")};
    return versions;
}

McpClient::McpClient(HttpClient *http, ExchangeSink *sink, QObject *parent)
    : QObject(parent), m_http(http), m_sink(sink),
      m_clientVersion(QStringLiteral(MCPSCOPE_VERSION)),
      m_serverRequests(&McpClient::defaultServerRequestAnswer)
{
}

McpClient::~McpClient()
{
    if (m_transport)
        m_transport->close();
}

void McpClient::setClientInfo(const QString &name, const QString &version)
{
    m_clientName = name;
    m_clientVersion = version;
}

void McpClient::connectToServer(const QUrl &endpoint, Transport transport)
{
    m_endpoint = endpoint;
    m_mode = transport;
    m_streamableRefusal.clear();
    m_makeTransport = [this]() -> McpTransport * {
        if (m_mode == Transport::Sse)
            return new LegacySseTransport(m_http, m_endpoint, this);
        return new StreamableHttpTransport(m_http, m_endpoint, this);
    };
    start(m_makeTransport());
}

void McpClient::connectStdio(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment)
{
    m_makeTransport = [this, program, arguments, environment]() -> McpTransport * {
        return new StdioTransport(program, arguments, environment, this);
    };
    start(m_makeTransport());
}

void McpClient::reconnect()
{
    if (!m_makeTransport)
        return;
    m_connected = false;
    failPending(Error{ErrorCode::McpClosed, tr("The session was restarted.")});
    start(m_makeTransport());
}

void McpClient::setExtraHeaders(const HeaderList &headers)
{
    m_extraHeaders = headers;
    applyHeaders();
}

void McpClient::setBearerToken(const QString &token)
{
    m_bearer = token;
    applyHeaders();
}

void McpClient::applyHeaders()
{
    if (!m_transport)
        return;
    HeaderList headers = m_extraHeaders;
    if (!m_bearer.isEmpty()) {
        // The token replaces any Authorization header typed by hand.
        headers.removeIf([](const auto &h) {
            return h.first.compare("Authorization", Qt::CaseInsensitive) == 0;
        });
        headers.append({"Authorization", "Bearer " + m_bearer.toLatin1()});
    }
    m_transport->setExtraHeaders(headers);
}

void McpClient::onOpenUnauthorized(int status, const HeaderList &responseHeaders)
{
    const auto refuse = [this](const QString &why) {
        Q_EMIT failed(Error{ErrorCode::McpAuth, why});
    };
    if (!m_authorize) {
        refuse(tr("The server requires authorization (HTTP %1) to open its event stream. Sign in "
                  "to it (OAuth) or add "
                  "an Authorization header.")
                   .arg(status));
        return;
    }
    if (++m_openAuthAttempts > kMaxAuthorizationAttempts) {
        refuse(tr("The server still refuses its event stream (HTTP %1) after %2 authorizations.")
                   .arg(status)
                   .arg(kMaxAuthorizationAttempts));
        return;
    }
    const AuthorizationNeed need{m_endpoint, status, responseHeaders, m_openAuthAttempts};
    m_authorize(need, [this, guard = QPointer<McpClient>(this)](const Result<QString> &token) {
        if (!guard)
            return;
        if (!token) {
            Q_EMIT failed(Error{ErrorCode::McpAuth,
                                tr("Authorization failed: %1").arg(token.error().message)});
            return;
        }
        setBearerToken(*token);
        start(m_makeTransport()); // open anew, with the token
    });
}

void McpClient::onAuthorizationRequired(McpRequest *request, int status,
                                        const HeaderList &responseHeaders)
{
    const auto refuse = [request, status](const QString &why) {
        request->finish({}, Error{ErrorCode::McpAuth, why});
        Q_UNUSED(status)
    };
    if (!m_authorize) {
        request->m_httpStatus = status;
        // Kept as a finding too, as every other refusal is: a 401 without an
        // authorizer is what an incident report is written about.
        const Finding finding =
            authorizationRefusalFinding(status, responseHeaders, request->method());
        Q_EMIT findingRaised(finding);
        refuse(finding.message());
        return;
    }
    if (request->m_authAttempts >= kMaxAuthorizationAttempts) {
        refuse(tr("The server still refuses %1 (HTTP %2) after %3 authorizations; McpScope stops "
                  "here rather than "
                  "loop. The server may ask for a scope the authorization server never grants.")
                   .arg(request->method())
                   .arg(status)
                   .arg(kMaxAuthorizationAttempts));
        return;
    }
    ++request->m_authAttempts;
    m_awaitingAuthorization.append(request);
    if (m_awaitingAuthorization.size() > 1)
        return;          // one authorization at a time; this request rides along
    pauseTimeouts(true); // the user may be signing in
    const AuthorizationNeed need{m_endpoint, status, responseHeaders, request->m_authAttempts};
    m_authorize(need, [this, guard = QPointer<McpClient>(this)](const Result<QString> &token) {
        if (!guard)
            return;
        const auto waiting = std::exchange(m_awaitingAuthorization, {});
        if (m_waiting.isEmpty())
            pauseTimeouts(false);
        if (token)
            setBearerToken(*token);
        for (const QPointer<McpRequest> &r : waiting) {
            if (!r || r->isFinished())
                continue;
            if (!token) {
                m_pending.remove(idKey(r->m_id));
                r->finish({},
                          Error{ErrorCode::McpAuth, tr("Authorization for %1 failed: %2")
                                                        .arg(r->method(), token.error().message)});
                continue;
            }
            send(r->m_message, r); // the same message, same id, now with the token
        }
    });
}

QString McpClient::streamState() const
{
    return m_transport ? m_transport->streamState() : QString();
}

QString McpClient::transportName() const
{
    return m_transport ? m_transport->name() : QString();
}

QString McpClient::sessionId() const
{
    return m_transport ? m_transport->sessionId() : QString();
}

void McpClient::start(McpTransport *transport)
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
        m_transport->deleteLater();
    }
    m_transport = transport;
    m_closed = false;
    m_waiting.clear();
    m_inputWaits.clear();
    m_protocolVersion.clear();
    m_negotiated = ProtocolEra::Auto;
    m_modernWire = false;
    m_discoverResult = {};
    m_toolHeaders.clear();
    applyHeaders();
    connect(transport, &McpTransport::opened, this, &McpClient::onTransportOpened);
    connect(transport, &McpTransport::failed, this, [this](const Error &error) {
        const bool wasConnected = m_connected;
        // While initialize is pending, its failure reports the problem.
        const bool initializing = !wasConnected && !m_pending.isEmpty();
        m_connected = false;
        failPending(error);
        if (wasConnected)
            Q_EMIT failed(error);
        else if (!initializing && !m_streamableRefusal.isEmpty())
            // Auto: both transports were refused; say both.
            Q_EMIT failed(
                Error{error.code, tr("Could not connect: Streamable HTTP was refused (%1), and the "
                                     "HTTP+SSE fallback failed too (%2).")
                                      .arg(m_streamableRefusal, error.message)});
        else if (!initializing)
            Q_EMIT failed(Error{error.code, tr("Could not connect: %1").arg(error.message)});
    });
    connect(transport, &McpTransport::messageReceived, this, &McpClient::handleMessage);
    connect(transport, &McpTransport::requestFailed, this,
            [this](QPointer<McpRequest> request, const RequestFailure &failure) {
                if (!request)
                    return;
                m_pending.remove(m_pending.key(request));
                request->m_httpStatus = failure.httpStatus;
                request->m_retryAfterMs = failure.retryAfterMs;
                // Recorded before the request reports, so whoever sees it fail
                // finds the finding already there. A refused era probe is no
                // problem: the legacy era follows.
                if (!failure.finding.kind.isEmpty() && !request->m_probe)
                    Q_EMIT findingRaised(failure.finding);
                request->finish({}, failure.error);
            });
    connect(transport, &McpTransport::unreadableMessage, this, &McpClient::onUnreadableMessage);
    connect(transport, &McpTransport::closed, this, &McpClient::closed);
    connect(transport, &McpTransport::authorizationRequired, this,
            [this](QPointer<McpRequest> request, int status, const HeaderList &headers) {
                if (request && !request->isFinished())
                    onAuthorizationRequired(request, status, headers);
                else if (!request)
                    onOpenUnauthorized(status, headers);
            });
    connect(transport, &McpTransport::sessionLost, this, [this](const Error &error) {
        m_connected = false;
        failPending(error);
        Q_EMIT failed(error);
    });
    connect(transport, &McpTransport::problem, this, &McpClient::protocolProblem);
    connect(transport, &McpTransport::findingRaised, this, &McpClient::findingRaised);
    connect(transport, &McpTransport::logLine, this, &McpClient::serverLog);
    transport->open();
}

QJsonObject McpClient::clientCapabilities() const
{
    QJsonObject elicitation{{QStringLiteral("form"), QJsonObject{}}};
    if (m_urlElicitation)
        elicitation.insert(QStringLiteral("url"), QJsonObject{});
    QJsonObject capabilities{{QStringLiteral("elicitation"), elicitation},
                             {QStringLiteral("sampling"), QJsonObject{}}};
    if (m_roots)
        capabilities.insert(QStringLiteral("roots"),
                            QJsonObject{{QStringLiteral("listChanged"), false}});
    return capabilities;
}

void McpClient::onTransportOpened()
{
    // HTTP+SSE (2024-11-05) is legacy by definition.
    const bool sse = m_transport && m_transport->name() == u"sse";
    if (m_era == ProtocolEra::Legacy || sse) {
        sendInitialize();
        return;
    }
    m_modernWire = true;
    m_transport->setModernVersion(QString::fromLatin1(kModernProtocolVersion));
    sendDiscover();
}

void McpClient::sendDiscover()
{
    McpRequest *discover = request(QStringLiteral("server/discover"));
    discover->m_probe = m_era == ProtocolEra::Auto;
    // A legacy server may never answer a method it does not know before
    // initialize (over stdio nothing else tells): the probe waits less.
    if (discover->m_probe && discover->m_timeout && discover->m_timeout->isActive())
        discover->m_timeout->start(std::min(m_timeoutMs, kProbeTimeoutMs));
    connect(discover, &McpRequest::finished, this, [this, discover] { onDiscovered(discover); });
}

void McpClient::onDiscovered(McpRequest *discover)
{
    discover->deleteLater();
    const QString modern = QString::fromLatin1(kModernProtocolVersion);
    if (discover->succeeded()) {
        const DiscoverInfo info = parseDiscoverResult(discover->result());
        if (info.supports(modern)) {
            // Held to the revision it claims; what is readable is used.
            if (const auto finding = discoverViolationFinding(info.violations)) {
                Q_EMIT findingRaised(*finding);
                Q_EMIT protocolProblem(finding->message());
            }
            m_discoverResult = discover->result().toObject();
            // What the rest of McpScope reads from an initialize result.
            m_initializeResult = {{QStringLiteral("protocolVersion"), modern},
                                  {QStringLiteral("capabilities"), info.capabilities},
                                  {QStringLiteral("serverInfo"), info.serverInfo}};
            if (!info.instructions.isEmpty())
                m_initializeResult.insert(QStringLiteral("instructions"), info.instructions);
            m_protocolVersion = modern;
            m_negotiated = ProtocolEra::Modern;
            Q_EMIT eraNegotiated(ProtocolEra::Modern,
                                 tr("server/discover lists %1.")
                                     .arg(info.supportedVersions.join(QStringLiteral(", "))));
            m_openAuthAttempts = 0;
            setSessionEra(ProtocolEra::Modern);
            m_connected = true;
            Q_EMIT connected();
            return;
        }
        const QString listed = info.supportedVersions.isEmpty()
                                   ? tr("none")
                                   : info.supportedVersions.join(QStringLiteral(", "));
        if (m_era == ProtocolEra::Modern) {
            Q_EMIT failed(Error{ErrorCode::McpVersion,
                                tr("The server does not support protocol version %1: its "
                                   "server/discover lists %2. Connect in the legacy era (or "
                                   "auto) instead.")
                                    .arg(modern, listed)});
            return;
        }
        fallBackToLegacy(tr("its server/discover lists %1, not %2").arg(listed, modern));
        return;
    }
    const Error &error = discover->error();
    // Failures that say nothing about the era end the attempt.
    const bool answered =
        discover->rpcErrorCode() || discover->httpStatus() >= 400 ||
        error.code == ErrorCode::McpUnreadable || error.code == ErrorCode::McpUnanswered ||
        error.code == ErrorCode::McpStreamEnded || errorGroup(error.code) == ErrorGroup::McpHttp ||
        (discover->m_probe && error.code == ErrorCode::McpTimeout);
    if (!answered || error.code == ErrorCode::McpAuth || error.code == ErrorCode::McpClosed ||
        discover->httpStatus() == 401) {
        Q_EMIT failed(Error{error.code, tr("Could not connect: %1").arg(error.message)});
        return;
    }
    if (m_era == ProtocolEra::Modern) {
        Q_EMIT failed(Error{ErrorCode::McpVersion,
                            tr("The server did not answer server/discover as a %1 server, so it "
                               "most likely speaks only the legacy era (initialize); connect "
                               "with era legacy or auto. What it answered: %2")
                                .arg(modern, error.message)});
        return;
    }
    fallBackToLegacy(error.message);
}

void McpClient::fallBackToLegacy(const QString &why)
{
    Q_EMIT eraNegotiated(ProtocolEra::Legacy,
                         tr("The server does not speak MCP %1 (server/discover: %2); using the "
                            "initialize handshake of the legacy era.")
                             .arg(QString::fromLatin1(kModernProtocolVersion), why));
    m_modernWire = false;
    if (m_transport)
        m_transport->setModernVersion({});
    sendInitialize();
}

void McpClient::setSessionEra(ProtocolEra era)
{
    if (m_sink && m_sink->isOpen() && m_http)
        m_sink->setSessionEra(m_http->sessionId(), protocolEraName(era));
}

void McpClient::sendInitialize()
{
    const QJsonObject capabilities = clientCapabilities();
    const QJsonObject params{
        {QStringLiteral("protocolVersion"), supportedProtocolVersions().first()},
        {QStringLiteral("capabilities"), capabilities},
        {QStringLiteral("clientInfo"), QJsonObject{{QStringLiteral("name"), m_clientName},
                                                   {QStringLiteral("version"), m_clientVersion}}}};
    McpRequest *init = request(QStringLiteral("initialize"), params);
    connect(init, &McpRequest::finished, this, [this, init] { onInitialized(init); });
}

void McpClient::onInitialized(McpRequest *init)
{
    init->deleteLater();
    // Backwards compatibility: a 4xx to the initialize POST means an older
    // server; try the 2024-11-05 HTTP+SSE transport on the same URL.
    if (!init->succeeded() && m_mode == Transport::Auto &&
        init->error().code == ErrorCode::McpHttpClientError) {
        Q_EMIT protocolProblem(
            tr("Streamable HTTP was refused (%1); trying the HTTP+SSE transport.")
                .arg(init->error().message));
        m_streamableRefusal = init->error().message;
        m_mode = Transport::Sse; // m_makeTransport follows m_mode
        start(m_makeTransport());
        return;
    }
    if (!init->succeeded()) {
        Q_EMIT failed(
            Error{init->error().code,
                  tr("The server did not complete initialize: %1").arg(init->error().message)});
        return;
    }
    m_initializeResult = init->result().toObject();
    const QString version = m_initializeResult.value(QStringLiteral("protocolVersion")).toString();
    if (version == QLatin1String(kModernProtocolVersion)) {
        Q_EMIT failed(Error{
            ErrorCode::McpVersion,
            tr("The server answered initialize with protocol version %1, a revision of the "
               "modern era, which has no initialize: the server mixes the eras. Connect with era "
               "modern to speak %1 without initialize.")
                .arg(version)});
        close();
        return;
    }
    if (!supportedProtocolVersions().contains(version)) {
        Q_EMIT failed(Error{
            ErrorCode::McpVersion,
            tr("The server answered with protocol version \"%1\", which McpScope does not speak "
               "(it speaks %2). Upgrade McpScope or configure the server for one of those.")
                .arg(version, supportedProtocolVersions().join(QStringLiteral(", ")))});
        close();
        return;
    }
    m_protocolVersion = version;
    m_openAuthAttempts = 0;
    m_negotiated = ProtocolEra::Legacy;
    setSessionEra(ProtocolEra::Legacy);
    notify(QStringLiteral("notifications/initialized"));
    m_transport->setProtocolVersion(version);
    m_connected = true;
    Q_EMIT connected();
}

McpRequest *McpClient::request(const QString &method, const QJsonObject &params)
{
    return startRequest(method, params, false);
}

McpRequest *McpClient::requestWithProgress(const QString &method, const QJsonObject &params)
{
    return startRequest(method, params, true);
}

McpRequest *McpClient::requestText(const QString &method, const QByteArray &params,
                                   bool withProgress)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(params, &error);
    if (!doc.isObject() || !checkJson(params)) {
        auto *req = new McpRequest(this);
        req->m_method = method;
        req->finish({}, Error{ErrorCode::JsonSyntax,
                              tr("The params of %1 are not a JSON object.").arg(method)});
        return req;
    }
    return startRequest(method, doc.object(), withProgress, params);
}

McpRequest *McpClient::requestWithId(const QJsonValue &id, const QString &method,
                                     const QByteArray &params)
{
    const auto refuse = [this, &method](const QString &why) {
        auto *req = new McpRequest(this);
        req->m_method = method;
        req->finish({}, Error{ErrorCode::JsonSyntax, why});
        return req;
    };
    const bool integer = id.isDouble() && id.toDouble() == double(qint64(id.toDouble()));
    if (!id.isString() && !integer)
        return refuse(tr("Not sent: a request id is a string or an integer."));
    if (isPendingId(id))
        return refuse(tr("Not sent: a request with id %1 is still waiting for its answer; give "
                         "this one another id.")
                          .arg(idText(id)));
    QJsonObject object;
    if (!params.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(params, &error);
        if (!doc.isObject() || !checkJson(params))
            return refuse(tr("The params of %1 are not a JSON object.").arg(method));
        object = doc.object();
    }
    return startRequest(method, object, false, params.trimmed().isEmpty() ? QByteArray() : params,
                        id);
}

bool McpClient::isPendingId(const QJsonValue &id) const
{
    const auto it = m_pending.constFind(idKey(id));
    return it != m_pending.cend() && !it.value().isNull();
}

QList<McpClient::PendingInfo> McpClient::pendingRequests() const
{
    QList<PendingInfo> list;
    for (const QPointer<McpRequest> &req : m_pending)
        if (req && !req->isFinished())
            list.append({req->m_method, req->m_id, req->m_sentAtMs});
    std::sort(list.begin(), list.end(),
              [](const PendingInfo &a, const PendingInfo &b) { return a.sentAtMs < b.sentAtMs; });
    return list;
}

QJsonValue McpClient::nextFreeId()
{
    // An id the user gave (the console) may be ahead of the counter: skip it
    // while it is in flight.
    QJsonValue id(double(m_nextId++));
    while (isPendingId(id))
        id = QJsonValue(double(m_nextId++));
    return id;
}

McpRequest *McpClient::startRequest(const QString &method, QJsonObject params, bool withProgress,
                                    const QByteArray &rawParams, const QJsonValue &givenId)
{
    auto *req = new McpRequest(this);
    req->m_method = method;
    const QJsonValue id = givenId.isUndefined() || givenId.isNull() ? nextFreeId() : givenId;
    req->m_id = id;
    if (withProgress) {
        // The request id is unique among active requests, so it serves as the token.
        QJsonObject meta = params.value(QStringLiteral("_meta")).toObject();
        meta.insert(QStringLiteral("progressToken"), id);
        params.insert(QStringLiteral("_meta"), meta);
        req->m_progressToken = id;
    }
    req->m_params = params;
    req->m_rawParams = rawParams;
    const JsonRpcMessage message = buildMessage(req, params);
    m_pending.insert(idKey(id), req);
    req->m_timeout = new QTimer(req);
    req->m_timeout->setSingleShot(true);
    connect(req->m_timeout, &QTimer::timeout, req, [this, req] {
        // Its id now: a retried request has a new one.
        const QJsonValue current = req->m_id;
        m_pending.remove(idKey(current));
        dropInputWaits(req);
        if (m_transport)
            m_transport->abandon(req);
        // Tell the server to stop working on it.
        notify(QStringLiteral("notifications/cancelled"),
               {{QStringLiteral("requestId"), current},
                {QStringLiteral("reason"), QStringLiteral("timeout")}});
        const Finding finding = *unansweredFinding(req->m_method, m_timeoutMs, false);
        if (req->m_probe) { // the era probe's silence only means the legacy era
            req->finish({}, Error{ErrorCode::McpTimeout, finding.message()});
            return;
        }
        Q_EMIT findingRaised(finding);
        req->finish({}, Error{ErrorCode::McpTimeout, finding.message()});
    });
    if (m_waiting.isEmpty())
        req->m_timeout->start(m_timeoutMs);
    send(message, req);
    return req;
}

McpRequest *McpClient::listAll(const QString &method)
{
    auto *all = new McpRequest(this);
    all->m_method = method;
    // The result's array is named after the list, except for templates.
    const QString key = method == u"resources/templates/list"
                            ? QStringLiteral("resourceTemplates")
                            : method.section(QLatin1Char('/'), 0, 0);
    auto items = std::make_shared<QJsonArray>();
    auto rawItems = std::make_shared<QByteArrayList>();
    auto pages = std::make_shared<int>(0);
    auto next = std::make_shared<std::function<void(const QString &)>>();
    *next = [this, all, key, items, rawItems, pages, next, method](const QString &cursor) {
        QJsonObject params;
        if (!cursor.isEmpty())
            params.insert(QStringLiteral("cursor"), cursor);
        McpRequest *page = request(method, params);
        connect(page, &McpRequest::finished, all, [all, page, key, items, rawItems, pages, next] {
            page->deleteLater();
            if (!page->succeeded()) {
                all->m_httpStatus = page->m_httpStatus;
                all->m_retryAfterMs = page->m_retryAfterMs;
                all->finish({}, page->error(), page->rpcErrorCode());
                *next = nullptr; // break the cycle
                return;
            }
            const QJsonObject result = page->result().toObject();
            for (const QJsonValue &item : result.value(key).toArray())
                items->append(item);
            *rawItems += jsonElements(jsonMember(page->rawResult(), key).value_or(QByteArray()))
                             .value_or(QByteArrayList());
            const QString cursor = result.value(QStringLiteral("nextCursor")).toString();
            // A server that keeps handing out cursors is not followed forever.
            if (cursor.isEmpty() || ++*pages >= 1000) {
                // The texts of the items kept, in order (the modern era
                // leaves out tools whose x-mcp-header it refuses).
                QByteArrayList kept;
                for (const QByteArray &raw : std::as_const(*rawItems))
                    if (kept.size() < items->size() &&
                        QJsonDocument::fromJson('[' + raw + ']').array().at(0) ==
                            items->at(kept.size()))
                        kept << raw;
                if (kept.size() == items->size())
                    all->m_rawResult = '[' + kept.join(',') + ']';
                all->finish(*items, {});
                *next = nullptr;
                return;
            }
            (*next)(cursor);
        });
    };
    (*next)(QString());
    return all;
}

void McpClient::cancel(McpRequest *request)
{
    if (!request || request->isFinished())
        return;
    m_pending.remove(idKey(request->m_id));
    dropInputWaits(request);
    if (m_transport)
        m_transport->abandon(request);
    notify(QStringLiteral("notifications/cancelled"),
           {{QStringLiteral("requestId"), request->m_id},
            {QStringLiteral("reason"), QStringLiteral("cancelled by the user")}});
    request->finish({},
                    Error{ErrorCode::McpCancelled, tr("%1 was cancelled.").arg(request->method())});
}

void McpClient::notify(const QString &method, const QJsonObject &params)
{
    send(JsonRpcMessage::notification(method, params), nullptr);
}

void McpClient::send(const JsonRpcMessage &message, McpRequest *request)
{
    if (!m_transport) {
        if (request)
            request->finish({}, Error{ErrorCode::McpClosed, tr("Not connected to a server.")});
        return;
    }
    // A closed session is not used again: its transport only finishes the
    // DELETE, and the server has forgotten the session id.
    if (m_closed) {
        if (request) {
            m_pending.remove(idKey(request->m_id));
            request->finish({}, Error{ErrorCode::McpClosed,
                                      tr("The session was closed, so %1 was not sent. Reconnect to "
                                         "start a new session.")
                                          .arg(request->method())});
        }
        return;
    }
    HeaderList messageHeaders;
    if (m_modernWire && message.method == u"tools/call") {
        const QJsonObject params = message.params.toObject();
        messageHeaders =
            toolParamHeaders(m_toolHeaders.value(params.value(QStringLiteral("name")).toString()),
                             params.value(QStringLiteral("arguments")).toObject());
    }
    const qint64 exchangeId = m_transport->sendWithHeaders(message, request, messageHeaders);
    const qint64 roundOf = request && request->m_rounds > 0 ? request->m_firstMessageId : 0;
    const qint64 messageId = recordMessage(message, true, exchangeId, 0, -1, roundOf);
    if (request) {
        request->m_messageId = messageId;
        request->m_exchangeId = exchangeId;
        request->m_sentAtNs = monotonicNs();
        request->m_sentAtMs = QDateTime::currentMSecsSinceEpoch();
        request->m_sentBytes = message.encode();
    }
}

void McpClient::handleMessage(const JsonRpcMessage &message, qint64 exchangeId)
{
    switch (message.kind) {
    case JsonRpcMessage::Kind::Response:
    case JsonRpcMessage::Kind::Error: {
        QPointer<McpRequest> request = m_pending.take(idKey(message.id));
        if (!request) {
            recordMessage(message, false, exchangeId);
            Q_EMIT protocolProblem(
                tr("The server answered request id %1, which is not pending (unknown, or "
                   "already answered or timed out).")
                    .arg(idText(message.id)));
            return;
        }
        const double latency = (monotonicNs() - request->m_sentAtNs) / 1e6;
        recordMessage(message, false, exchangeId, request->m_messageId, latency);
        if (message.kind == JsonRpcMessage::Kind::Response)
            request->m_rawResult = jsonMember(message.raw, u"result").value_or(QByteArray());
        if (message.kind == JsonRpcMessage::Kind::Response && request->m_modern) {
            if (!message.result.toObject().contains(u"resultType") && !m_warnedResultType) {
                m_warnedResultType = true;
                Q_EMIT protocolProblem(
                    tr("The server's answer to %1 has no resultType, which %2 servers must send "
                       "(it answers like an earlier revision); taken as complete.")
                        .arg(request->method(), QString::fromLatin1(kModernProtocolVersion)));
            }
            if (resultTypeOf(message.result) == u"input_required") {
                onInputRequired(request, message.result.toObject());
                return;
            }
            if (request->method() == u"tools/list") {
                request->finish(filterTools(message.result), {});
                return;
            }
        }
        if (message.kind == JsonRpcMessage::Kind::Response)
            request->finish(message.result, {});
        else {
            if (request->m_modern && retryWithSupportedVersion(request, message))
                return;
            if (const auto finding = headerMismatchFinding(request->method(), message.errorCode,
                                                           message.errorMessage))
                Q_EMIT findingRaised(*finding);
            if (const auto finding = missingCapabilityFinding(
                    request->method(), message.errorCode,
                    QString::fromUtf8(
                        QJsonDocument(message.errorData.toObject()
                                          .value(QStringLiteral("requiredCapabilities"))
                                          .toObject())
                            .toJson(QJsonDocument::Compact))))
                Q_EMIT findingRaised(*finding);
            request->m_rpcData = message.errorData;
            request->finish({},
                            Error{ErrorCode::McpRpc, tr("%1 failed with JSON-RPC error %2: %3")
                                                         .arg(request->method())
                                                         .arg(message.errorCode)
                                                         .arg(message.errorMessage)},
                            message.errorCode);
        }
        return;
    }
    case JsonRpcMessage::Kind::Request:
        recordMessage(message, false, exchangeId);
        handleServerRequest(message);
        return;
    case JsonRpcMessage::Kind::Notification:
        recordMessage(message, false, exchangeId);
        if (message.method == u"notifications/progress")
            handleProgress(message.params.toObject());
        else if (message.method == u"notifications/cancelled")
            handleCancelled(message.params.toObject());
        Q_EMIT notificationReceived(message);
        return;
    }
}

void McpClient::handleServerRequest(const JsonRpcMessage &request)
{
    if (m_queueServerRequests && request.method != u"ping") {
        const QString key = idKey(request.id);
        if (m_waiting.contains(key)) {
            Q_EMIT protocolProblem(
                tr("The server reused request id %1 while that request is still waiting; the "
                   "second one is refused.")
                    .arg(idText(request.id)));
            send(JsonRpcMessage::error(request.id, JsonRpcCode::InvalidRequest,
                                       QStringLiteral("Duplicate request id")),
                 nullptr);
            return;
        }
        m_waiting.insert(key, request);
        if (m_waiting.size() == 1)
            pauseTimeouts(true);
        Q_EMIT serverRequestReceived(request);
        return;
    }
    const Result<QJsonObject> answer = m_serverRequests(request);
    if (answer)
        send(JsonRpcMessage::response(request.id, *answer), nullptr);
    else
        send(JsonRpcMessage::error(request.id, jsonRpcCode(answer.error()), answer.error().message),
             nullptr);
}

bool McpClient::answerServerRequest(const QJsonValue &id, const Result<QJsonObject> &answer)
{
    if (const auto wait = m_inputWaits.constFind(idKey(id)); wait != m_inputWaits.constEnd()) {
        const InputWait input = *wait;
        m_inputWaits.erase(wait);
        m_waiting.remove(idKey(id));
        if (m_waiting.isEmpty())
            pauseTimeouts(false);
        if (input.request && !input.request->isFinished())
            deliverInputResponse(input.request, input.key, answer, input.method);
        return true;
    }
    if (!m_waiting.remove(idKey(id)))
        return false;
    if (answer)
        send(JsonRpcMessage::response(id, *answer), nullptr);
    else
        send(JsonRpcMessage::error(id, jsonRpcCode(answer.error()), answer.error().message),
             nullptr);
    if (m_waiting.isEmpty())
        pauseTimeouts(false);
    return true;
}

void McpClient::pauseTimeouts(bool paused)
{
    for (const QPointer<McpRequest> &request : std::as_const(m_pending)) {
        if (!request || !request->m_timeout || request->m_noTimeout)
            continue;
        if (paused)
            request->m_timeout->stop();
        else
            request->m_timeout->start(m_timeoutMs); // a fresh period once the user has answered
    }
}

void McpClient::handleProgress(const QJsonObject &params)
{
    const QJsonValue token = params.value(QStringLiteral("progressToken"));
    McpRequest *request = m_pending.value(idKey(token));
    if (!request || request->m_progressToken != token) {
        Q_EMIT protocolProblem(
            tr("Progress for token %1, which belongs to no active request.").arg(idText(token)));
        return;
    }
    const qint64 elapsedMs = (monotonicNs() - request->m_sentAtNs) / 1000000;
    const qint64 maxTotal = m_maxTotalMs > 0 ? m_maxTotalMs : qint64(m_timeoutMs) * 10;
    // Progress restarts the timeout, within the hard limit.
    if (m_waiting.isEmpty() && request->m_timeout && !request->m_noTimeout && elapsedMs < maxTotal)
        request->m_timeout->start(int(std::min<qint64>(m_timeoutMs, maxTotal - elapsedMs)));
    const QJsonValue total = params.value(QStringLiteral("total"));
    Q_EMIT request->progress(params.value(QStringLiteral("progress")).toDouble(),
                             total.isDouble() ? total.toDouble() : -1.0,
                             params.value(QStringLiteral("message")).toString());
}

void McpClient::handleCancelled(const QJsonObject &params)
{
    const QJsonValue id = params.value(QStringLiteral("requestId"));
    if (!m_waiting.remove(idKey(id)))
        return; // nothing waits (already answered, or not queued): ignore, as the spec says
    if (m_waiting.isEmpty())
        pauseTimeouts(false);
    Q_EMIT serverRequestCancelled(id, params.value(QStringLiteral("reason")).toString());
}

Result<QJsonObject> McpClient::defaultServerRequestAnswer(const JsonRpcMessage &request)
{
    const QJsonObject params = request.params.toObject();
    if (request.method == u"elicitation/create" &&
        params.value(QStringLiteral("mode")).toString() == u"url")
        // Nobody can visit the URL in a headless run.
        return QJsonObject{{QStringLiteral("action"), QStringLiteral("decline")}};
    if (request.method == u"elicitation/create") {
        // Accept, filling every field that has a default (SEP-1034).
        QJsonObject content;
        const QJsonObject properties = params.value(QStringLiteral("requestedSchema"))
                                           .toObject()
                                           .value(QStringLiteral("properties"))
                                           .toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QJsonValue fallback = it.value().toObject().value(QStringLiteral("default"));
            if (!fallback.isUndefined())
                content.insert(it.key(), fallback);
        }
        return QJsonObject{{QStringLiteral("action"), QStringLiteral("accept")},
                           {QStringLiteral("content"), content}};
    }
    if (request.method == u"roots/list")
        return QJsonObject{{QStringLiteral("roots"), QJsonArray{}}};
    if (request.method == u"ping")
        return QJsonObject{};
    if (request.method == u"sampling/createMessage")
        return makeError(ErrorCode::JsonRpcAnswer,
                         QStringLiteral("Sampling is declined by default in McpScope."),
                         JsonRpcCode::InvalidRequest);
    return makeError(ErrorCode::JsonRpcAnswer,
                     QStringLiteral("McpScope does not handle %1.").arg(request.method),
                     JsonRpcCode::MethodNotFound);
}

void McpClient::close()
{
    m_connected = false;
    m_closed = true;
    m_waiting.clear();
    m_inputWaits.clear();
    failPending(Error{ErrorCode::McpClosed, tr("The session was closed.")});
    if (m_transport)
        m_transport->close();
    else
        QMetaObject::invokeMethod(this, &McpClient::closed, Qt::QueuedConnection);
}

void McpClient::onUnreadableMessage(const QByteArray &bytes, const Error &error)
{
    // Pin the broken message on the request it answers: by its id when that
    // survived, else on the only request waiting when the bytes look like an
    // answer (or nothing of them is left, e.g. dropped over the cap).
    QPointer<McpRequest> request;
    const JsonRpcFragment fragment = scanJsonRpcFragment(bytes);
    if (fragment.id)
        request = m_pending.value(idKey(*fragment.id));
    else if (m_pending.size() == 1 &&
             (bytes.isEmpty() || (fragment.looksLikeAnswer && !fragment.hasMethod)))
        request = *m_pending.cbegin();
    if (!request || request->isFinished()) {
        Q_EMIT protocolProblem(tr("Ignored a message the server sent: %1").arg(error.message));
        return;
    }
    m_pending.remove(idKey(request->m_id));
    request->finish(
        {}, Error{errorGroup(error.code) == ErrorGroup::Mcp ? error.code : ErrorCode::McpUnreadable,
                  fragment.id
                      ? tr("The server's answer to %1 cannot be read: %2")
                            .arg(request->method(), error.message)
                      : tr("The server sent a message that cannot be read while %1 was the only "
                           "request waiting, so it was most likely its answer: %2")
                            .arg(request->method(), error.message)});
}

void McpClient::failPending(const Error &error)
{
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<McpRequest> &request : pending)
        if (request)
            request->finish({}, error);
}

qint64 McpClient::recordMessage(const JsonRpcMessage &message, bool outgoing, qint64 exchangeId,
                                qint64 responseTo, double latencyMs, qint64 roundOf)
{
    if (!m_sink || !m_sink->isOpen())
        return 0;
    MessageRecord record;
    record.id = m_sink->reserveMessageId();
    record.sessionId = m_http ? m_http->sessionId() : 0;
    record.exchangeId = exchangeId;
    record.outgoing = outgoing;
    record.kind = kindName(message.kind);
    record.rpcId = idText(message.id);
    record.method = message.method;
    record.payload = message.raw.isEmpty() ? message.encode() : message.raw; // as received
    record.atMs = QDateTime::currentMSecsSinceEpoch();
    record.responseTo = responseTo;
    record.latencyMs = latencyMs;
    record.roundOf = roundOf;
    m_sink->submit(record);
    return record.id;
}

JsonRpcMessage McpClient::buildMessage(McpRequest *request, const QJsonObject &params)
{
    request->m_modern = m_modernWire;
    QJsonObject sent = params;
    if (m_modernWire) {
        RequestMeta meta;
        meta.protocolVersion = QString::fromLatin1(kModernProtocolVersion);
        meta.clientCapabilities = clientCapabilities();
        meta.clientInfo = {{QStringLiteral("name"), m_clientName},
                           {QStringLiteral("version"), m_clientVersion}};
        meta.logLevel = m_logLevel;
        sent = withRequestMeta(sent, meta);
    }
    request->m_message = JsonRpcMessage::request(request->m_id, request->m_method, sent);
    request->m_message.rawParams = request->m_rawParams;
    return request->m_message;
}

void McpClient::resend(McpRequest *request, const QJsonObject &params)
{
    // A new, independent request: a new id (the spec requires it for MRTR).
    const QJsonValue id = nextFreeId();
    request->m_id = id;
    QJsonObject sent = params;
    if (!request->m_progressToken.isNull()) {
        QJsonObject meta = sent.value(QStringLiteral("_meta")).toObject();
        meta.insert(QStringLiteral("progressToken"), id);
        sent.insert(QStringLiteral("_meta"), meta);
        request->m_progressToken = id;
    }
    const JsonRpcMessage message = buildMessage(request, sent);
    m_pending.insert(idKey(id), request);
    if (request->m_timeout && !request->m_noTimeout && m_waiting.isEmpty())
        request->m_timeout->start(m_timeoutMs);
    send(message, request);
}

bool McpClient::retryWithSupportedVersion(McpRequest *request, const JsonRpcMessage &error)
{
    if (error.errorCode != modern::kUnsupportedProtocolVersion)
        return false;
    const QString modern = QString::fromLatin1(kModernProtocolVersion);
    const QStringList supported = supportedVersionsOf(error.errorData);
    const QString requested =
        error.errorData.toObject().value(QStringLiteral("requested")).toString(modern);
    if (!supported.contains(modern)) {
        // A legacy-only list on the era probe: the fallback follows.
        QStringList ours{modern};
        if (request->m_probe)
            ours += supportedProtocolVersions();
        if (const auto finding = unsupportedVersionFinding(requested, supported, ours))
            Q_EMIT findingRaised(*finding);
        return false;
    }
    if (request->m_versionRetried)
        return false;
    request->m_versionRetried = true;
    Q_EMIT protocolProblem(
        tr("The server refused protocol version %1 for %2 although it lists "
           "%3; retrying once with %4.")
            .arg(requested, request->method(), supported.join(QStringLiteral(", ")), modern));
    resend(request,
           retryParams(request->m_params, request->m_inputResponses, request->m_requestState));
    return true;
}

void McpClient::onInputRequired(McpRequest *request, const QJsonObject &result)
{
    if (request->m_rounds == 0)
        request->m_firstMessageId = request->m_messageId;
    ++request->m_rounds;
    if (request->m_timeout)
        request->m_timeout->stop(); // the user may be answering
    if (const auto finding = inputRoundsFinding(request->method(), request->m_rounds)) {
        Q_EMIT findingRaised(*finding);
        request->finish({}, Error{ErrorCode::McpUnanswered,
                                  tr("The server kept asking for input (%1 rounds) on %2; "
                                     "McpScope stopped there rather than loop.")
                                      .arg(request->m_rounds)
                                      .arg(request->method())});
        return;
    }
    const auto input = parseInputRequired(result);
    if (!input) {
        request->finish(
            {}, Error{input.error().code, tr("%1 asked for input McpScope cannot act on: %2")
                                              .arg(request->method(), input.error().message)});
        return;
    }
    request->m_requestState = input->requestState;
    request->m_inputResponses = {};
    request->m_inputsOutstanding = int(input->requests.size());
    if (input->requests.isEmpty()) {
        // Only state to echo: retry at once (the spec allows it).
        resend(request, retryParams(request->m_params, {}, request->m_requestState));
        return;
    }
    const qint64 round = m_nextInputRound++;
    const QPointer<McpRequest> guard = request;
    for (const InputRequest &entry : input->requests) {
        if (!guard || guard->isFinished())
            return;
        const JsonRpcMessage synthesised = JsonRpcMessage::request(
            QStringLiteral("mrtr-%1/%2").arg(round).arg(entry.key), entry.method, entry.params);
        if (m_queueServerRequests && entry.method != u"ping") {
            const QString key = idKey(synthesised.id);
            m_inputWaits.insert(key, {guard, entry.key, entry.method});
            m_waiting.insert(key, synthesised);
            if (m_waiting.size() == 1)
                pauseTimeouts(true);
            Q_EMIT serverRequestReceived(synthesised);
            continue;
        }
        deliverInputResponse(request, entry.key, m_serverRequests(synthesised), entry.method);
    }
}

void McpClient::deliverInputResponse(McpRequest *request, const QString &key,
                                     const Result<QJsonObject> &answer, const QString &method)
{
    if (!answer) {
        // InputResponses have no place for an error: the request cannot go on.
        dropInputWaits(request);
        request->finish({},
                        Error{ErrorCode::McpRpc,
                              tr("%1 needs an answer to the server's %2 input request "
                                 "\"%3\", which McpScope could not give: %4")
                                  .arg(request->method(), method, key, answer.error().message)});
        return;
    }
    request->m_inputResponses.insert(key, *answer);
    if (--request->m_inputsOutstanding > 0)
        return;
    resend(request,
           retryParams(request->m_params, request->m_inputResponses, request->m_requestState));
}

void McpClient::dropInputWaits(McpRequest *request)
{
    for (auto it = m_inputWaits.begin(); it != m_inputWaits.end();) {
        if (it->request != request) {
            ++it;
            continue;
        }
        // Withdrawn by the id the request was shown with, not the queue's key.
        const JsonRpcMessage withdrawn = m_waiting.take(it.key());
        it = m_inputWaits.erase(it);
        Q_EMIT serverRequestCancelled(withdrawn.id, tr("The request that asked for it ended."));
    }
    if (m_waiting.isEmpty())
        pauseTimeouts(false);
}

QJsonValue McpClient::filterTools(const QJsonValue &result)
{
    // Streamable HTTP must reject tools whose x-mcp-header declarations are
    // invalid (stdio may ignore them): they are left out of the list.
    const bool http = m_transport && m_transport->name() == u"streamable-http";
    QJsonObject object = result.toObject();
    QJsonArray kept;
    for (const QJsonValue &tool : object.value(QStringLiteral("tools")).toArray()) {
        const QJsonObject t = tool.toObject();
        const QString name = t.value(QStringLiteral("name")).toString();
        const ToolHeaderDeclarations declarations =
            toolHeaderDeclarations(t.value(QStringLiteral("inputSchema")).toObject());
        if (http && !declarations.isValid()) {
            const Finding finding = *invalidToolHeaderFinding(name, declarations.problem);
            Q_EMIT findingRaised(finding);
            Q_EMIT protocolProblem(finding.message());
            m_toolHeaders.remove(name);
            continue;
        }
        if (declarations.params.isEmpty())
            m_toolHeaders.remove(name);
        else
            m_toolHeaders.insert(name, declarations.params);
        kept.append(tool);
    }
    if (!object.contains(u"tools"))
        return result;
    object.insert(QStringLiteral("tools"), kept);
    return object;
}

McpRequest *McpClient::setLogLevel(const QString &level)
{
    m_logLevel = level;
    if (era() == ProtocolEra::Modern)
        return nullptr; // in each request's _meta from now on
    return request(QStringLiteral("logging/setLevel"), {{QStringLiteral("level"), level}});
}

McpRequest *McpClient::listen(const QJsonObject &filter)
{
    if (era() != ProtocolEra::Modern) {
        auto *refused = new McpRequest(this);
        refused->m_method = QStringLiteral("subscriptions/listen");
        refused->finish({}, Error{ErrorCode::McpVersion,
                                  tr("subscriptions/listen belongs to MCP %1; this session speaks "
                                     "the legacy era, where the listening stream and "
                                     "resources/subscribe deliver notifications.")
                                      .arg(QString::fromLatin1(kModernProtocolVersion))});
        return refused;
    }
    McpRequest *listening = request(QStringLiteral("subscriptions/listen"),
                                    {{QStringLiteral("notifications"), filter}});
    listening->m_noTimeout = true;
    if (listening->m_timeout)
        listening->m_timeout->stop();
    return listening;
}

} // namespace mcpscope
