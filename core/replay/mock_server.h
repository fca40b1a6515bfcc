#pragma once

#include "common/error.h"
#include "replay/mock_script.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class QSocketNotifier;

namespace mcpscope {

class LineFramer;
class MockHttpServerImpl;

using MockHeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP request as the mock sees it, and its answer.
struct MockHttpRequest
{
    QByteArray method; // "POST", "GET", …
    QString path;
    MockHeaderList headers; // names in any case
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

struct MockHttpAnswer
{
    int status = 200;
    MockHeaderList headers;
    QByteArray body;
};

// The Streamable HTTP side of a mock, without sockets: what each request is
// answered, per MCP session.
//   POST /mcp: one JSON-RPC message; a request is answered 200 with an
//     application/json body, a notification or response 202. initialize
//     starts a session (a new MockResponder) whose id is sent in
//     Mcp-Session-Id; every later POST must carry it (none: 400, unknown or
//     deleted: 404). A recorded session without initialize (the stateless
//     2026-07-28 era) needs no session id.
//   GET /mcp: 405 (the mock sends no server-initiated messages).
//   DELETE /mcp: forgets the session (200; 400/404 as for POST).
//   A body over the cap: 413; a body that is not JSON: 400 with a -32700
//   parse error. An Origin whose host is not loopback, or (when
//   loopbackOnly) a Host that is not, gets 403: DNS rebinding.
class MockHttpEndpoint final
{
public:
    static constexpr qsizetype kDefaultBodyCap = qsizetype(4) << 20;

    MockHttpEndpoint(std::shared_ptr<const MockScript> script, IgnoreRules rules);

    void setBodyCap(qsizetype bytes) { m_bodyCap = bytes; }
    qsizetype bodyCap() const { return m_bodyCap; }
    void setLoopbackOnly(bool on) { m_loopbackOnly = on; }

    MockHttpAnswer handle(const MockHttpRequest &request);

    // The verdict on the bytes of a request received so far, before its body
    // is read (QHttpServer 6.4 would buffer any body whole): 0 when the head
    // is complete and acceptable, -1 when it is not complete yet, else the
    // status to refuse it with: 413 for a Content-Length over bodyCap (or not
    // a number), 411 for Transfer-Encoding (a body of unknown size), 431 for
    // a head of kHeadCap bytes or more.
    static constexpr qsizetype kHeadCap = 64 * 1024;
    static int headVerdict(QByteArrayView received, qsizetype bodyCap);
    qsizetype sessionCount() const { return m_sessions.size(); }

private:
    MockHttpAnswer rpcError(int status, int code, const QString &message) const;
    MockHttpAnswer post(const MockHttpRequest &request);
    bool loopbackName(const QByteArray &hostAndPort) const;

    std::shared_ptr<const MockScript> m_script;
    IgnoreRules m_rules;
    qsizetype m_bodyCap = kDefaultBodyCap;
    bool m_loopbackOnly = true;
    bool m_stateless = false;
    QHash<QByteArray, std::shared_ptr<MockResponder>> m_sessions;
    std::shared_ptr<MockResponder> m_statelessResponder;
};

// Serves a recorded session over Streamable HTTP (QHttpServer) at
// http://HOST:PORT/mcp. Non-blocking: it answers from the event loop of the
// thread it lives on. Use from one thread.
class MockServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockServer)

public:
    MockServer(std::shared_ptr<const MockScript> script, IgnoreRules rules,
               QObject *parent = nullptr);
    ~MockServer() override;

    // Listens on address:port (0: a free port). ReplayMockListen when the
    // port cannot be bound. A second start() fails the same way.
    Result<void> start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // http://HOST:PORT/mcp once started, else empty.
    QUrl url() const;
    // Stops listening and closes every connection; start() may be called again.
    void stop();
    bool isListening() const;
    MockHttpEndpoint &endpoint() { return m_endpoint; }

Q_SIGNALS:
    // After each request is answered (status is the HTTP status).
    void requestAnswered(const QByteArray &method, int status);

private:
    friend class MockHttpServerImpl;
    MockHttpEndpoint m_endpoint;
    std::unique_ptr<MockHttpServerImpl> m_server;
    QUrl m_url;
};

// Serves a recorded session over stdio: newline-delimited JSON-RPC read from
// one file descriptor, answers written to another, nothing else written
// there. A line over the cap or not JSON is answered with a -32700 parse
// error. finished() once the input ends (EOF) or fails.
class MockStdioServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockStdioServer)

public:
    static constexpr qsizetype kDefaultLineCap = qsizetype(4) << 20;

    MockStdioServer(std::shared_ptr<const MockScript> script, IgnoreRules rules,
                    QObject *parent = nullptr);
    ~MockStdioServer() override;

    // Starts reading inFd (not owned, left open) from the event loop.
    Result<void> start(int inFd = 0, int outFd = 1);

Q_SIGNALS:
    void finished();

private:
    void readInput();
    void writeMessage(const QJsonObject &message);

    MockResponder m_responder;
    std::unique_ptr<LineFramer> m_framer;
    QSocketNotifier *m_notifier = nullptr;
    int m_in = -1;
    int m_out = -1;
};

} // namespace mcpscope
