#pragma once

#include "mcp/mcp_transport.h"
#include "net/exchange.h"

#include <memory>

#include <QHash>
#include <QUrl>

namespace mcpscope {

class HttpCall;
class HttpClient;
class SseParser;

// Streamable HTTP (2025-03-26 … 2025-11-25): a POST per message, answered
// with JSON or an SSE stream; Mcp-Session-Id and MCP-Protocol-Version
// headers; a listening GET stream; a stream that drops before its response
// is resumed with GET + Last-Event-ID after the server's retry delay; DELETE
// on close. Every POST carries Mcp-Method (and Mcp-Name where it applies).
// In the modern era (2026-07-28, setModernVersion()) there is no session,
// no GET stream and no DELETE.
class StreamableHttpTransport final : public McpTransport
{
    Q_OBJECT

public:
    static constexpr int kDefaultRetryMs = 1000;

    StreamableHttpTransport(HttpClient *http, const QUrl &endpoint, QObject *parent = nullptr);
    ~StreamableHttpTransport() override;

    void open() override;
    qint64 send(const JsonRpcMessage &message, McpRequest *request) override;
    qint64 sendWithHeaders(const JsonRpcMessage &message, McpRequest *request,
                           const HeaderList &messageHeaders) override;
    void close() override;
    void setProtocolVersion(const QString &version) override;
    void setModernVersion(const QString &version) override { m_modernVersion = version; }
    void abandon(McpRequest *request) override;
    QString sessionId() const override { return QString::fromLatin1(m_sessionId); }
    QString name() const override { return QStringLiteral("streamable-http"); }
    QString streamState() const override;

private:
    struct Stream;
    // resuming: the requests a GET + Last-Event-ID resumes (none for the
    // listening stream); they fail at once when it cannot.
    void openGetStream(const QByteArray &lastEventId, const QList<QPointer<McpRequest>> &resuming);
    void attach(HttpCall *call, McpRequest *request, bool isGet);
    void onStreamFinished(HttpCall *call);
    void onGetStreamFinished(const Exchange &exchange, Stream &stream);
    void resume(const QByteArray &lastEventId, int retryMs,
                const QList<QPointer<McpRequest>> &requests);
    void failRequest(Stream *stream, const QPointer<McpRequest> &request,
                     const RequestFailure &failure);
    void deliver(HttpCall *call, const QByteArray &bytes);
    HeaderList sessionHeaders() const;

    HttpClient *m_http;
    QUrl m_endpoint;
    QByteArray m_sessionId;
    QString m_protocolVersion;
    QString m_modernVersion; // non-empty: the modern era
    bool m_active = false;
    bool m_closed = false;
    bool m_warnedGet = false;
    QHash<HttpCall *, Stream *> m_streams;
};

// HTTP+SSE (2024-11-05): a GET stream whose first "endpoint" event names the
// URL to POST messages to; every server message arrives on that stream.
class LegacySseTransport final : public McpTransport
{
    Q_OBJECT

public:
    LegacySseTransport(HttpClient *http, const QUrl &sseUrl, QObject *parent = nullptr);
    ~LegacySseTransport() override;

    void open() override;
    qint64 send(const JsonRpcMessage &message, McpRequest *request) override;
    void close() override;
    QString name() const override { return QStringLiteral("sse"); }
    QString streamState() const override;

private:
    HttpClient *m_http;
    QUrl m_sseUrl;
    QUrl m_postUrl;
    QPointer<HttpCall> m_stream;
    std::unique_ptr<SseParser> m_parser;
    bool m_closing = false;
};

} // namespace mcpscope
