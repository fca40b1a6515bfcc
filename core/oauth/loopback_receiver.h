#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace mcpscope {

// The request a browser sent to the loopback listener, once its head is
// complete: what the receiver needs of it. The bytes come from whatever
// connects to the port, so anything malformed is simply not a callback.
struct CallbackRequest
{
    enum class Kind { Incomplete, TooLarge, NotGet, OtherPath, Callback };
    Kind kind = Kind::Incomplete;
    QUrlQuery query; // for Callback
};
CallbackRequest parseCallbackRequest(QByteArrayView head, qsizetype maxBytes = 16 * 1024);

// The redirect target of a native app (RFC 8252 §7.3): an HTTP listener on
// 127.0.0.1 with an ephemeral port that takes one authorization response,
// checks state (and iss when the server sends it, RFC 9207), shows the
// browser a short page saying what happened, and closes.
class LoopbackReceiver final : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Starts listening; false (with why) when no port could be bound.
    bool listen(QString *why = nullptr);
    QUrl redirectUri() const; // http://127.0.0.1:PORT/callback
    void expect(const QString &state, const QString &issuer);
    void close();

Q_SIGNALS:
    // The authorization response's query (code, state, iss, or error…).
    void received(const QUrlQuery &response);
    // A callback that was refused (wrong state, wrong issuer); listening ends.
    void rejected(const QString &why);

private:
    void onConnection();
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_heads; // request heads being read
    QString m_state;
    QString m_issuer;
    bool m_done = false;
};

} // namespace mcpscope
