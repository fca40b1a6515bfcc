#include "replay/mock_server.h"
#include "common/translate.h"

#include "mcp/stdio_framing.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

#include <cerrno>
#include <unistd.h>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope", "mcpscope::HeadGuard", "mcpscope::MockHttpEndpoint",
                        "mcpscope::MockServer", "mcpscope::MockStdioServer"},
                       text);
}

const QByteArray kSessionHeader = QByteArrayLiteral("Mcp-Session-Id");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool loopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Written straight on the socket when a request is refused before QHttpServer
// has read it (its body is never buffered), then the connection is closed.
void refuseEarly(QTcpSocket *socket, int status, QByteArrayView reason, const QString &message)
{
    const QByteArray body =
        compact(MockResponder::errorResponse({}, MockResponder::InvalidRequest, message));
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // Neither QHttpServer nor this guard reads another byte of it.
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    socket->disconnectFromHost();
}

// Looks at a request's head before QHttpServer 6.4 reads it: that version
// buffers a whole request, however large its Content-Length, before handing
// it over. A Content-Length over the cap, a chunked body (its size unknown
// in advance) or a head over kHeadCap is refused at once.
class HeadGuard final : public QObject
{
public:
    HeadGuard(QTcpSocket *socket, qsizetype bodyCap) : QObject(socket), m_bodyCap(bodyCap)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    }
    void reset()
    {
        m_head.clear();
        m_checked = false;
    }

private:
    void inspect(QTcpSocket *socket)
    {
        if (m_checked)
            return;
        const qsizetype want =
            qMin<qint64>(socket->bytesAvailable(), MockHttpEndpoint::kHeadCap - m_head.size());
        m_head += socket->peek(want);
        const int verdict = MockHttpEndpoint::headVerdict(m_head, m_bodyCap);
        if (verdict < 0)
            return;
        m_checked = true;
        if (verdict == 431)
            refuseEarly(socket, 431, "Request Header Fields Too Large",
                        tr("The request head is over %1 bytes.").arg(MockHttpEndpoint::kHeadCap));
        else if (verdict == 411)
            refuseEarly(socket, 411, "Length Required",
                        tr("Send the body with a Content-Length; chunked bodies are not "
                           "accepted."));
        else if (verdict == 413)
            refuseEarly(socket, 413, "Payload Too Large",
                        tr("The request body is over the mock's cap of %1 bytes.").arg(m_bodyCap));
    }

    QByteArray m_head;
    qsizetype m_bodyCap;
    bool m_checked = false;
};

class GuardedTcpServer final : public QTcpServer
{
public:
    explicit GuardedTcpServer(qsizetype bodyCap) : m_bodyCap(bodyCap) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        // Connected before QHttpServer's own readyRead handler, so it runs first.
        new HeadGuard(socket, m_bodyCap);
        addPendingConnection(socket);
    }

private:
    qsizetype m_bodyCap;
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

int MockHttpEndpoint::headVerdict(QByteArrayView received, qsizetype bodyCap)
{
    const qsizetype end = received.indexOf(QByteArrayView("\r\n\r\n"));
    if (end < 0)
        return received.size() >= kHeadCap ? 431 : -1;
    if (end >= kHeadCap)
        return 431;
    const QList<QByteArray> lines = received.first(end).toByteArray().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "transfer-encoding")
            return 411;
        if (name == "content-length") {
            bool ok = false;
            const qlonglong length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            if (!ok || length < 0 || length > bodyCap)
                return 413;
        }
    }
    return 0;
}

QByteArray MockHttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

MockHttpEndpoint::MockHttpEndpoint(std::shared_ptr<const MockScript> script, IgnoreRules rules)
    : m_script(std::move(script)), m_rules(std::move(rules))
{
    m_stateless = m_script->initialize() == nullptr;
    if (m_stateless)
        m_statelessResponder = std::make_shared<MockResponder>(m_script, m_rules);
}

MockHttpAnswer MockHttpEndpoint::rpcError(int status, int code, const QString &message) const
{
    return {status,
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
            compact(MockResponder::errorResponse({}, code, message))};
}

bool MockHttpEndpoint::loopbackName(const QByteArray &hostAndPort) const
{
    QString host = QString::fromLatin1(hostAndPort).trimmed();
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        host = close < 0 ? QString() : host.mid(1, close - 1);
    } else if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0) {
        host.truncate(colon);
    }
    return loopbackHost(host);
}

MockHttpAnswer MockHttpEndpoint::handle(const MockHttpRequest &request)
{
    const QByteArray origin = request.header("Origin");
    if (!origin.isEmpty()) {
        const QUrl url(QString::fromLatin1(origin));
        if (!url.isValid() || !loopbackHost(url.host()))
            return rpcError(403, MockResponder::InvalidRequest,
                            tr("Origin %1 is not allowed: the mock answers pages served from "
                               "this machine only.")
                                .arg(QString::fromLatin1(origin.left(200))));
    }
    if (m_loopbackOnly && !loopbackName(request.header("Host")))
        return rpcError(403, MockResponder::InvalidRequest,
                        tr("Host %1 is not this machine; the mock bound to a loopback address "
                           "answers only localhost names.")
                            .arg(QString::fromLatin1(request.header("Host").left(200))));
    if (request.path != u"/mcp")
        return rpcError(404, MockResponder::InvalidRequest,
                        tr("Nothing here: the mock serves its MCP endpoint at /mcp."));
    if (request.method == "GET")
        return {405,
                {{QByteArrayLiteral("Allow"), QByteArrayLiteral("POST, DELETE")},
                 {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
                compact(MockResponder::errorResponse(
                    {}, MockResponder::InvalidRequest,
                    tr("The mock sends no server-initiated messages; there is no stream to "
                       "open.")))};
    if (request.method == "DELETE") {
        const QByteArray id = request.header(kSessionHeader);
        if (m_stateless)
            return {405, {{QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")}}, {}};
        if (id.isEmpty())
            return rpcError(400, MockResponder::InvalidRequest,
                            tr("The Mcp-Session-Id header is missing."));
        if (!m_sessions.remove(id))
            return rpcError(404, MockResponder::InvalidRequest,
                            tr("No such session: it ended or never existed."));
        return {200, {}, {}};
    }
    if (request.method != "POST")
        return {405, {{QByteArrayLiteral("Allow"), QByteArrayLiteral("POST, GET, DELETE")}}, {}};
    return post(request);
}

MockHttpAnswer MockHttpEndpoint::post(const MockHttpRequest &request)
{
    if (request.body.size() > m_bodyCap)
        return rpcError(413, MockResponder::InvalidRequest,
                        tr("The request body is over the mock's cap of %1 bytes.").arg(m_bodyCap));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return rpcError(400, MockResponder::ParseError,
                        tr("Parse error: the body is not JSON (%1 at offset %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    const QJsonValue message =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());

    const bool initialize =
        message.isObject() &&
        message.toObject().value(QStringLiteral("method")) == QStringLiteral("initialize");
    std::shared_ptr<MockResponder> responder;
    QByteArray newSessionId;
    if (m_stateless) {
        responder = m_statelessResponder;
    } else if (initialize) {
        newSessionId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        responder = std::make_shared<MockResponder>(m_script, m_rules);
    } else {
        const QByteArray id = request.header(kSessionHeader);
        if (id.isEmpty())
            return rpcError(400, MockResponder::InvalidRequest,
                            tr("Bad Request: the Mcp-Session-Id header is missing; send "
                               "initialize first."));
        responder = m_sessions.value(id);
        if (!responder)
            return rpcError(404, MockResponder::InvalidRequest,
                            tr("No such session: it ended or never existed; initialize again."));
    }

    const std::optional<QJsonObject> answer = responder->answer(message);
    MockHttpAnswer out;
    if (!newSessionId.isEmpty()) {
        const bool failed = !answer || answer->contains(QStringLiteral("error"));
        if (!failed) {
            m_sessions.insert(newSessionId, responder);
            out.headers.append({kSessionHeader, newSessionId});
        }
    }
    if (!answer) {
        out.status = 202;
        return out;
    }
    out.status = 200;
    out.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    out.body = compact(*answer);
    return out;
}

// QHttpServer 6.4 used through QAbstractHttpServer: every request reaches
// handleRequest() (no router), and the answer is written with the
// responder's status line / header / body calls, which take any headers.
class MockHttpServerImpl final : public QAbstractHttpServer
{
public:
    explicit MockHttpServerImpl(MockServer *owner) : m_owner(owner) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // HeadGuard has no Q_OBJECT of its own, so findChild() cannot tell it apart.
        for (QObject *child : socket->children())
            if (auto *guard = dynamic_cast<HeadGuard *>(child))
                guard->reset();
        MockHttpRequest in;
        in.method = methodName(request.method());
        in.path = request.url().path();
        in.headers = MockHeaderList(request.headers().cbegin(), request.headers().cend());
        in.body = request.body();
        const MockHttpAnswer out = m_owner->m_endpoint.handle(in);
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(out.status));
        for (const auto &[name, value] : out.headers)
            responder.writeHeader(name, value);
        responder.writeHeader(QByteArrayLiteral("Content-Length"),
                              QByteArray::number(out.body.size()));
        responder.writeBody(out.body);
        Q_EMIT m_owner->requestAnswered(in.method, out.status);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    MockServer *m_owner;
};

MockServer::MockServer(std::shared_ptr<const MockScript> script, IgnoreRules rules, QObject *parent)
    : QObject(parent), m_endpoint(std::move(script), std::move(rules))
{
}

MockServer::~MockServer() = default;

Result<void> MockServer::start(const QHostAddress &address, quint16 port)
{
    if (m_server)
        return makeError(ErrorCode::ReplayMockListen, tr("The mock is already listening."));
    auto server = std::make_unique<MockHttpServerImpl>(this);
    auto *tcp = new GuardedTcpServer(m_endpoint.bodyCap());
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return makeError(ErrorCode::ReplayMockListen,
                         tr("The mock could not listen on %1 port %2: %3. Pick another port "
                            "(--port 0 picks a free one).")
                             .arg(address.toString())
                             .arg(port)
                             .arg(why));
    }
    server->bind(tcp); // takes ownership
    m_endpoint.setLoopbackOnly(address.isLoopback());
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(tcp->serverPort());
    url.setPath(QStringLiteral("/mcp"));
    m_url = url;
    m_server = std::move(server);
    return {};
}

QUrl MockServer::url() const
{
    return m_url;
}

bool MockServer::isListening() const
{
    return m_server != nullptr;
}

void MockServer::stop()
{
    m_server.reset(); // its QTcpServer and sockets are its children
    m_url.clear();
}

MockStdioServer::MockStdioServer(std::shared_ptr<const MockScript> script, IgnoreRules rules,
                                 QObject *parent)
    : QObject(parent), m_responder(std::move(script), std::move(rules)),
      m_framer(std::make_unique<LineFramer>(kDefaultLineCap))
{
}

MockStdioServer::~MockStdioServer() = default;

Result<void> MockStdioServer::start(int inFd, int outFd)
{
    if (m_notifier)
        return makeError(ErrorCode::ReplayMockListen, tr("The mock is already reading."));
    m_in = inFd;
    m_out = outFd;
    m_notifier = new QSocketNotifier(inFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &MockStdioServer::readInput);
    return {};
}

void MockStdioServer::readInput()
{
    char buffer[64 * 1024];
    const ssize_t got = ::read(m_in, buffer, sizeof buffer);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got <= 0) {
        m_notifier->setEnabled(false);
        Q_EMIT finished();
        return;
    }
    const LineFramer::Output output = m_framer->feed(QByteArrayView(buffer, got));
    for (int i = 0; i < output.dropped; ++i)
        writeMessage(MockResponder::errorResponse(
            {}, MockResponder::ParseError,
            tr("Parse error: a line over %1 bytes was dropped.").arg(kDefaultLineCap)));
    for (const QByteArray &line : output.lines) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            writeMessage(MockResponder::errorResponse(
                {}, MockResponder::ParseError,
                tr("Parse error: the line is not JSON (%1).").arg(parseError.errorString())));
            continue;
        }
        const QJsonValue message =
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        if (const auto answer = m_responder.answer(message))
            writeMessage(*answer);
    }
}

void MockStdioServer::writeMessage(const QJsonObject &message)
{
    const QByteArray line = compact(message) + '\n';
    qsizetype done = 0;
    while (done < line.size()) {
        const ssize_t wrote = ::write(m_out, line.constData() + done, size_t(line.size() - done));
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0)
            return; // the reader is gone; finished() follows from the input side
        done += wrote;
    }
}

} // namespace mcpscope
