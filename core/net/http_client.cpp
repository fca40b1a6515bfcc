#include "net/http_client.h"

#include "net/exchange_sink.h"
#include "net/network_finding.h"
#include "net/tls_info.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace mcpscope {

namespace {

constexpr int kPersistIntervalMs = 250;

} // namespace

HttpCall::HttpCall(QNetworkReply *reply, Exchange exchange, ExchangeSink *sink, qint64 bodyCap,
                   QObject *parent)
    : QObject(parent), m_reply(reply), m_exchange(std::move(exchange)), m_sink(sink),
      m_bodyCap(bodyCap)
{
    m_clock.start();
    m_persistTimer = new QTimer(this);
    m_persistTimer->setSingleShot(true);
    m_persistTimer->setInterval(kPersistIntervalMs);
    connect(m_persistTimer, &QTimer::timeout, this, &HttpCall::persist);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpCall::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(reply, &QNetworkReply::sslErrors, this, &HttpCall::onSslErrors);
    connect(reply, &QNetworkReply::encrypted, this, &HttpCall::recordChain);
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    persist();
}

void HttpCall::abort()
{
    if (m_reply && !m_finished) {
        m_abortedByUser = true;
        m_reply->abort();
    }
}

void HttpCall::onMetaData()
{
    if (m_headersSeen || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_headersSeen = true;
    m_exchange.ttfbMs = m_clock.nsecsElapsed() / 1e6;
    m_exchange.status = status.toInt();
    m_exchange.reasonPhrase =
        m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_exchange.httpVersion = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
                                 ? QStringLiteral("HTTP/2")
                                 : QStringLiteral("HTTP/1.1");
    m_exchange.responseHeaders.clear();
    for (const auto &pair : m_reply->rawHeaderPairs())
        m_exchange.responseHeaders.append(pair);
    if (m_exchange.responseHeader("content-type").contains("text/event-stream"))
        m_exchange.state = Exchange::State::Streaming;
    Q_EMIT responseStarted();
    persist();
}

void HttpCall::onReadyRead()
{
    if (!m_reply || !m_reply->isOpen())
        return;
    onMetaData();
    const QByteArray chunk = m_reply->readAll();
    if (chunk.isEmpty())
        return;
    m_exchange.responseBodySize += chunk.size();
    const qint64 room = m_bodyCap - m_exchange.responseBody.size();
    if (room >= chunk.size()) {
        m_exchange.responseBody.append(chunk);
    } else {
        if (room > 0)
            m_exchange.responseBody.append(chunk.first(room));
        m_exchange.responseTruncated = true;
    }
    Q_EMIT bodyChunk(chunk);
    persistSoon();
}

void HttpCall::onSslErrors(const QList<QSslError> &errors)
{
    recordChain();
    QStringList texts;
    m_sslErrors.clear();
    for (const QSslError &error : errors) {
        texts << error.errorString();
        m_sslErrors << error.error();
        if (const QString id = tlsErrorId(error.error()); !m_exchange.tlsErrors.contains(id))
            m_exchange.tlsErrors << id;
    }
    m_sslErrorText = texts.join(QStringLiteral("; "));
    auto *client = qobject_cast<HttpClient *>(parent());
    if (client && client->hasTlsException(m_exchange.url.isEmpty() ? QString()
                                                                   : QUrl(m_exchange.url).host())) {
        m_reply->ignoreSslErrors();
        m_exchange.errorMessage =
            tr("TLS errors ignored by the exception for this host: %1").arg(m_sslErrorText);
    }
}

void HttpCall::recordChain()
{
    if (!m_reply)
        return;
    const QSslConfiguration tls = m_reply->sslConfiguration();
    if (m_exchange.tlsChain.isEmpty())
        m_exchange.tlsChain = summarizeChain(tls.peerCertificateChain());
    if (m_exchange.tlsProtocol.isEmpty())
        m_exchange.tlsProtocol = tlsProtocolName(tls.sessionProtocol());
}

void HttpCall::onFinished()
{
    if (m_finished || !m_reply)
        return;
    onReadyRead();
    m_exchange.totalMs = m_clock.nsecsElapsed() / 1e6;
    const QUrl url(m_exchange.url);
    NetworkOutcome outcome;
    outcome.error = m_reply->error();
    outcome.host = url.host();
    outcome.port = url.port(url.scheme() == u"https" ? 443 : 80);
    outcome.abortedByUser = m_abortedByUser;
    outcome.headersSeen = m_headersSeen;
    outcome.bodyBytes = m_exchange.responseBodySize;
    bool lengthOk = false;
    const qint64 declared = m_exchange.responseHeader("content-length").toLongLong(&lengthOk);
    if (lengthOk && m_exchange.responseHeader("content-encoding").isEmpty() &&
        m_exchange.method != "HEAD")
        outcome.declaredBytes = declared;
    outcome.timeoutSeconds = m_reply->request().transferTimeout() / 1000.0;
    outcome.errorText = m_reply->errorString();
    outcome.sslErrors = m_sslErrors;
    outcome.sslErrorText = m_sslErrorText;
    if (const std::optional<NetworkFailure> failure = networkFinding(outcome)) {
        m_exchange.errorCode = failure->code;
        m_exchange.errorMessage = failure->finding.message();
    }
    if (m_exchange.responseTruncated && m_exchange.errorCode == ErrorCode::None)
        m_exchange.errorMessage =
            tr("The body was %1 bytes; only the first %2 bytes were captured.")
                .arg(m_exchange.responseBodySize)
                .arg(m_bodyCap);
    m_exchange.state = m_exchange.errorCode == ErrorCode::None ? Exchange::State::Complete
                                                               : Exchange::State::Failed;
    m_finished = true;
    m_persistTimer->stop();
    persist();
    m_reply->deleteLater();
    m_reply = nullptr;
    if (auto *client = qobject_cast<HttpClient *>(parent()))
        Q_EMIT client->exchangeFinished(m_exchange);
    Q_EMIT finished();
}

void HttpCall::persistSoon()
{
    if (!m_persistTimer->isActive())
        m_persistTimer->start();
}

void HttpCall::persist()
{
    if (m_sink && m_sink->isOpen())
        m_sink->submit(m_exchange);
}

HttpClient::HttpClient(ExchangeSink *sink, QObject *parent)
    : QObject(parent), m_sink(sink), m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
}

HttpClient::~HttpClient() = default;

void HttpClient::setTlsExceptionForHost(const QString &host, bool allowed)
{
    if (allowed)
        m_tlsExceptions.insert(host);
    else
        m_tlsExceptions.remove(host);
}

HttpCall *HttpClient::send(const HttpRequest &original)
{
    HttpRequest decorated;
    if (m_decorate) {
        decorated = original;
        m_decorate(decorated);
    }
    const HttpRequest &request = m_decorate ? decorated : original;
    QNetworkRequest req(request.url);
    req.setTransferTimeout(request.idleTimeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    bool hasUserAgent = false;
    for (const auto &[name, value] : request.headers) {
        req.setRawHeader(name, value);
        hasUserAgent = hasUserAgent || name.compare("user-agent", Qt::CaseInsensitive) == 0;
    }
    if (!hasUserAgent)
        req.setRawHeader("User-Agent", "McpScope/" MCPSCOPE_VERSION);

    Exchange exchange;
    exchange.id = m_sink && m_sink->isOpen() ? m_sink->reserveExchangeId() : 0;
    exchange.sessionId = m_sessionId;
    exchange.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    exchange.method = request.method.toUpper();
    exchange.url = request.url.toString(QUrl::FullyEncoded);
    for (const QByteArray &name : req.rawHeaderList())
        exchange.requestHeaders.append({name, req.rawHeader(name)});
    // The cookie jar adds its cookies as the request goes out: record the
    // Cookie header the server really receives (redaction blanks its values).
    if (!req.hasRawHeader("Cookie")) {
        QByteArrayList pairs;
        for (const QNetworkCookie &cookie : m_nam->cookieJar()->cookiesForUrl(request.url))
            pairs << cookie.toRawForm(QNetworkCookie::NameAndValueOnly);
        if (!pairs.isEmpty())
            exchange.requestHeaders.append({"Cookie", pairs.join("; ")});
    }
    exchange.requestBody = request.body;

    QNetworkReply *reply = m_nam->sendCustomRequest(req, exchange.method, request.body);
    auto *call = new HttpCall(reply, exchange, m_sink && m_sink->isOpen() ? m_sink : nullptr,
                              m_bodyCap, this);
    Q_EMIT exchangeStarted(call->exchange());
    return call;
}

} // namespace mcpscope
