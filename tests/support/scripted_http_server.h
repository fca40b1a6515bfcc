#pragma once

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

// A loopback HTTP/1.1 server whose behaviour per request a test scripts: it
// hands the request's method, path and body to a handler that answers (answer()),
// closes the connection without a word (socket->disconnectFromHost()), or
// says nothing at all and keeps the connection open (a hung server). The
// broken servers that real peers never are, spoken to over real TCP.
namespace mcpscope::testing {

class ScriptedHttpServer : public QObject
{
public:
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &method,
                                       const QByteArray &path, const QByteArray &body)>;

    explicit ScriptedHttpServer(Handler handler,
                                const QHostAddress &address = QHostAddress::LocalHost)
        : m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this,
                &ScriptedHttpServer::accept);
        m_server.listen(address, 0);
    }

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    // Stops listening: later connections are refused.
    void close() { m_server.close(); }
    // "METHOD path" of every request seen, in order.
    const QList<QByteArray> &requests() const { return m_requests; }

    // A complete answer; the connection closes after it.
    static void answer(QTcpSocket *socket, int status, const QByteArray &headers,
                       const QByteArray &body = {})
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\n" + headers +
                      "Content-Length: " + QByteArray::number(body.size()) +
                      "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            auto buffer = std::make_shared<QByteArray>();
            auto handled = std::make_shared<bool>(false);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, handled] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (*handled || end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                qsizetype length = 0;
                for (const QByteArray &line : head.split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                if (buffer->size() < end + 4 + length)
                    return; // the body is still coming
                *handled = true;
                const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
                m_requests << line.value(0) + ' ' + line.value(1);
                m_handler(socket, line.value(0), line.value(1), buffer->mid(end + 4, length));
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    Handler m_handler;
    QTcpServer m_server;
    QList<QByteArray> m_requests;
};

} // namespace mcpscope::testing
