#pragma once

#include <QFile>
#include <QHash>
#include <QPointer>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

// The bad-input half of the HTTP tests: an HTTP/1.1 server on loopback that
// fails in exactly the ways real servers do. Paths:
//   /ok        200 JSON          /big?mb=N  200 with an N MB body
//   /badutf8   invalid UTF-8     /cut       closes after 100 of 1000 bytes
//   /hang      never answers     /sse       three SSE events 100 ms apart
//   /html      HTML error page
namespace mcpscope::testing {

// What /badutf8 serves: valid UTF-8, then a stray 0xFF 0xFE and an overlong '/'.
inline QByteArray invalidUtf8Body()
{
    static const char bytes[] = "caf\xC3\xA9 \xFF\xFE broken \xC0\xAF";
    return QByteArray(bytes, sizeof bytes - 1);
}

class MisbehavingServer : public QObject
{
public:
    // tls: serve HTTPS with a freshly generated self-signed certificate.
    explicit MisbehavingServer(bool tls = false)
    {
        if (tls) {
            auto *server = new QSslServer(this);
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            if (makeCertificate(&config))
                server->setSslConfiguration(config);
            m_server = server;
            connect(server, &QSslServer::pendingConnectionAvailable, this,
                    &MisbehavingServer::accept);
        } else {
            m_server = new QTcpServer(this);
            connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
                    &MisbehavingServer::accept);
        }
        m_server->listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server->serverPort(); }
    QString url(const QString &path) const
    {
        return QStringLiteral("%1://127.0.0.1:%2%3")
            .arg(qobject_cast<QSslServer *>(m_server) ? QStringLiteral("https")
                                                      : QStringLiteral("http"))
            .arg(port())
            .arg(path);
    }
    QString certificateError() const { return m_certError; }
    // Serves a canned answer at path (for documents such as OAuth metadata).
    void serve(const QByteArray &path, int status, const QByteArray &type, const QByteArray &body)
    {
        m_routes.insert(path, {status, type, body});
    }

private:
    bool makeCertificate(QSslConfiguration *config)
    {
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=mcpscope-selfsigned-test")});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            m_certError = QStringLiteral("openssl failed: ") +
                          QString::fromUtf8(openssl.readAllStandardError());
            return false;
        }
        QFile keyFile(key), certFile(cert);
        keyFile.open(QIODevice::ReadOnly);
        certFile.open(QIODevice::ReadOnly);
        config->setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        config->setLocalCertificate(QSslCertificate(certFile.readAll()));
        return true;
    }

    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QObject::destroyed, this,
                    [this, socket] { m_buffers.remove(socket); });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                QByteArray &buffer = m_buffers[socket];
                buffer.append(socket->readAll());
                if (!buffer.contains("\r\n\r\n"))
                    return;
                const QByteArray path = buffer.split(' ').value(1);
                buffer.clear();
                respond(socket, path);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    static void head(QTcpSocket *socket, const QByteArray &type, qint64 length, int status = 200)
    {
        QByteArray h =
            "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type + "\r\n";
        if (length >= 0)
            h += "Content-Length: " + QByteArray::number(length) + "\r\n";
        socket->write(h + "\r\n");
    }

    void respond(QTcpSocket *socket, const QByteArray &fullPath)
    {
        const QByteArray path = m_routes.contains(fullPath.left(fullPath.indexOf('?')))
                                    ? fullPath.left(fullPath.indexOf('?'))
                                    : fullPath;
        if (const auto route = m_routes.constFind(path); route != m_routes.constEnd()) {
            head(socket, route->type, route->body.size(), route->status);
            socket->write(route->body);
        } else if (path == "/ok") {
            const QByteArray body = "{\"ok\":true}";
            head(socket, "application/json", body.size());
            socket->write(body);
        } else if (path.startsWith("/big")) {
            const qint64 mb =
                path.contains("mb=") ? path.mid(path.indexOf("mb=") + 3).toLongLong() : 50;
            head(socket, "application/octet-stream", mb * 1024 * 1024);
            const QByteArray chunk(1024 * 1024, 'a');
            auto remaining = std::make_shared<qint64>(mb);
            auto pump = std::make_shared<std::function<void()>>();
            QPointer<QTcpSocket> guard(socket);
            *pump = [guard, chunk, remaining]() {
                if (!guard)
                    return;
                while (*remaining > 0 && guard->bytesToWrite() < 4 * chunk.size()) {
                    guard->write(chunk);
                    --*remaining;
                }
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, [pump] { (*pump)(); });
            (*pump)();
        } else if (path == "/badutf8") {
            const QByteArray body = invalidUtf8Body();
            head(socket, "text/plain; charset=utf-8", body.size());
            socket->write(body);
        } else if (path == "/cut") {
            head(socket, "application/json", 1000);
            socket->write(QByteArray(100, 'x'));
            socket->flush();
            QTimer::singleShot(50, socket, [socket] { socket->disconnectFromHost(); });
        } else if (path == "/hang") {
            // Say nothing, keep the connection open.
        } else if (path == "/sse") {
            head(socket, "text/event-stream", -1);
            socket->write("");
            auto sent = std::make_shared<int>(0);
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket, sent, timer] {
                socket->write("event: message\ndata: {\"n\":" + QByteArray::number(++*sent) +
                              "}\n\n");
                if (*sent == 3) {
                    timer->stop();
                    socket->disconnectFromHost();
                }
            });
            timer->start(100);
        } else if (path == "/html") {
            const QByteArray body =
                "<html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>";
            head(socket, "text/html", body.size(), 502);
            socket->write(body);
        } else {
            head(socket, "text/plain", 9, 404);
            socket->write("not found");
        }
    }

    struct Route
    {
        int status;
        QByteArray type;
        QByteArray body;
    };
    QHash<QByteArray, Route> m_routes;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QTemporaryDir m_dir;
    QString m_certError;
};

} // namespace mcpscope::testing
