#pragma once

#include <functional>

#include "net/exchange.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;
class QTimer;

namespace mcpscope {

class ExchangeSink;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    int idleTimeoutMs = 30000; // no bytes for this long = the server hangs
};

// One request in flight and, once finished, its complete record.
// Owned by the HttpClient that made it; deleted with it, or by the caller
// with deleteLater() after finished().
class HttpCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpCall)

public:
    const Exchange &exchange() const { return m_exchange; }
    bool isFinished() const { return m_finished; }
    void abort();

Q_SIGNALS:
    void responseStarted();                  // status and headers are known
    void bodyChunk(const QByteArray &bytes); // raw bytes as they arrive (for stream parsers)
    void finished(); // exchange() is final; always emitted, once, asynchronously

private:
    friend class HttpClient;
    HttpCall(QNetworkReply *reply, Exchange exchange, ExchangeSink *sink, qint64 bodyCap,
             QObject *parent);
    void onMetaData();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onFinished();
    void recordChain();
    void persistSoon();
    void persist();

    QPointer<QNetworkReply> m_reply;
    Exchange m_exchange;
    ExchangeSink *m_sink;
    qint64 m_bodyCap;
    QElapsedTimer m_clock;
    QTimer *m_persistTimer = nullptr;
    QString m_sslErrorText;
    QList<QSslError::SslError> m_sslErrors;
    bool m_headersSeen = false;
    bool m_finished = false;
    bool m_abortedByUser = false;
};

// The one door to the network: every request goes through here and every
// exchange is recorded, with timings, TLS details and errors, in the exchange
// sink (the capture store, when one is set). Redirects are not followed: a 302 from an
// authorization server is data the user wants to see.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    static constexpr qint64 kDefaultBodyCap = 8 * 1024 * 1024;

    // sink (may be null: nothing recorded) must outlive the client.
    explicit HttpClient(ExchangeSink *sink = nullptr, QObject *parent = nullptr);
    ~HttpClient() override;

    void setSessionId(qint64 id) { m_sessionId = id; }
    qint64 sessionId() const { return m_sessionId; }
    // The most of a response body kept (and the largest SSE event read); past
    // it the body is cut and the exchange says so. Default 8 MiB.
    void setBodyCap(qint64 bytes) { m_bodyCap = bytes; }
    qint64 bodyCap() const { return m_bodyCap; }

    // TLS failures for this host are tolerated: explicit, per host, and
    // recorded in every exchange it affects.
    void setTlsExceptionForHost(const QString &host, bool allowed);
    bool hasTlsException(const QString &host) const { return m_tlsExceptions.contains(host); }

    HttpCall *send(const HttpRequest &request);
    // Called on every request before it is sent and recorded (DPoP signs
    // there: a fresh proof per request); none by default.
    void setRequestDecorator(std::function<void(HttpRequest &)> decorator)
    {
        m_decorate = std::move(decorator);
    }

Q_SIGNALS:
    void exchangeStarted(const mcpscope::Exchange &exchange);
    void exchangeFinished(const mcpscope::Exchange &exchange);

private:
    ExchangeSink *m_sink;
    QNetworkAccessManager *m_nam;
    qint64 m_sessionId = 0;
    qint64 m_bodyCap = kDefaultBodyCap;
    QSet<QString> m_tlsExceptions;
    std::function<void(HttpRequest &)> m_decorate;
};

} // namespace mcpscope
