#include "oauth/loopback_receiver.h"

#include "oauth/oauth_checks.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace mcpscope {

CallbackRequest parseCallbackRequest(QByteArrayView head, qsizetype maxBytes, const QString &path)
{
    CallbackRequest request;
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        request.kind = head.size() > maxBytes ? CallbackRequest::Kind::TooLarge
                                              : CallbackRequest::Kind::Incomplete;
        return request;
    }
    if (end > maxBytes) {
        request.kind = CallbackRequest::Kind::TooLarge;
        return request;
    }
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QList<QByteArray> line = head.first(lineEnd).toByteArray().trimmed().split(' ');
    if (line.size() < 2 || line.first() != "GET") {
        request.kind = CallbackRequest::Kind::NotGet;
        return request;
    }
    const QUrl target(QString::fromLatin1(line.at(1)));
    if (target.path() != path) {
        request.kind = CallbackRequest::Kind::OtherPath;
        return request;
    }
    request.kind = CallbackRequest::Kind::Callback;
    request.query = QUrlQuery(target);
    return request;
}

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onConnection);
}

LoopbackReceiver::~LoopbackReceiver() = default;

Result<void> LoopbackReceiver::listen()
{
    // 127.0.0.1 only: nothing on the network can reach the redirect.
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return {};
    return makeError(
        ErrorCode::OAuthRedirectListen,
        tr("Could not listen on 127.0.0.1 for the redirect: %1").arg(m_server->errorString()));
}

Result<void> LoopbackReceiver::listen(const QUrl &redirectUri)
{
    const QString host = redirectUri.host();
    const QHostAddress address =
        host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (redirectUri.scheme() != u"http" || !address.isLoopback() || redirectUri.port() <= 0) {
        return makeError(ErrorCode::OAuthRedirectUri,
                         tr("%1 is not a redirect URI McpScope can receive: it takes http:// on "
                            "127.0.0.1, [::1] or localhost with a port.")
                             .arg(redirectUri.toString()));
    }
    // Still loopback only: the URI's own address (localhost: 127.0.0.1).
    if (!m_server->listen(address, quint16(redirectUri.port()))) {
        return makeError(ErrorCode::OAuthRedirectListen,
                         tr("Could not listen on %1 port %2 for the redirect: %3")
                             .arg(address.toString())
                             .arg(redirectUri.port())
                             .arg(m_server->errorString()));
    }
    m_redirectUri = redirectUri;
    m_path = redirectUri.path().isEmpty() ? QStringLiteral("/") : redirectUri.path();
    return {};
}

QUrl LoopbackReceiver::redirectUri() const
{
    if (m_redirectUri.isValid())
        return m_redirectUri;
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server->serverPort()));
}

void LoopbackReceiver::expect(const QString &state, const QString &issuer, bool issRequired)
{
    m_state = state;
    m_issuer = issuer;
    m_issRequired = issRequired;
}

void LoopbackReceiver::close()
{
    m_done = true;
    m_server->close();
}

void LoopbackReceiver::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // The page must reach the browser even when the flow (and this
        // receiver) is gone by then: the socket lives until it is closed.
        socket->setParent(nullptr);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_heads.remove(socket); });
        // A browser that connects and says nothing is dropped.
        QTimer::singleShot(10000, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            // The whole request head is read before answering: closing a
            // socket with unread bytes resets the connection, and the
            // browser would never see the page.
            QByteArray &head = m_heads[socket];
            head += socket->readAll();
            const CallbackRequest request = parseCallbackRequest(head, 16 * 1024, m_path);
            if (request.kind == CallbackRequest::Kind::Incomplete)
                return;
            m_heads.remove(socket);
            if (request.kind == CallbackRequest::Kind::TooLarge) {
                socket->abort();
                return;
            }
            if (request.kind != CallbackRequest::Kind::Callback) {
                answer(socket, request.kind == CallbackRequest::Kind::NotGet ? 405 : 404,
                       tr("Not here"), tr("This address only takes the authorization response."));
                return;
            }
            if (m_done) {
                answer(socket, 410, tr("Already done"),
                       tr("McpScope already received the authorization response. You can close "
                          "this tab."));
                return;
            }
            const QUrlQuery &query = request.query;
            const QString iss = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
            std::optional<Finding> refused = OAuthChecks::redirectState(
                query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), m_state);
            if (!refused)
                refused = OAuthChecks::redirectIssuer(iss, m_issuer, m_issRequired);
            if (refused) {
                answer(socket, 400, tr("Sign-in refused"), refused->summary());
                close();
                Q_EMIT rejected(*refused);
                return;
            }
            const bool error = query.hasQueryItem(QStringLiteral("error"));
            answer(socket, 200, error ? tr("Sign-in did not complete") : tr("Signed in"),
                   error
                       ? tr("The authorization server answered \"%1\". Return to McpScope for the "
                            "details.")
                             .arg(query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded))
                       : tr("McpScope received the authorization response. You can close this tab "
                            "and return "
                            "to McpScope."));
            close();
            Q_EMIT received(query);
        });
    }
}

void LoopbackReceiver::answer(QTcpSocket *socket, int status, const QString &title,
                              const QString &text)
{
    const QByteArray body =
        "<!doctype html><meta charset=utf-8><title>" + title.toHtmlEscaped().toUtf8() +
        "</title><body style=\"font-family:sans-serif;margin:3em\"><h1>" +
        title.toHtmlEscaped().toUtf8() + "</h1><p>" + text.toHtmlEscaped().toUtf8() + "</p></body>";
    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                  " OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                  "Cache-Control: no-store\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace mcpscope
