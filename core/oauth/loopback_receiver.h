#pragma once

#include "common/error.h"
#include "common/findings.h"

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
    enum class Kind
    {
        Incomplete,
        TooLarge,
        NotGet,
        OtherPath,
        Callback
    };
    Kind kind = Kind::Incomplete;
    QUrlQuery query; // for Callback
};
// path: the redirect URI's path, the only one that is a callback.
CallbackRequest parseCallbackRequest(QByteArrayView head, qsizetype maxBytes = 16 * 1024,
                                     const QString &path = QStringLiteral("/callback"));

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

    // Starts listening; OAuthRedirectListen when no port could be bound.
    Result<void> listen();
    // Listens where a pre-registered redirect URI points: an http URI on
    // 127.0.0.1, [::1] or localhost with an explicit port (RFC 8252 §7.3);
    // only its path is a callback. OAuthRedirectUri for any other URI,
    // OAuthRedirectListen when the port is taken.
    Result<void> listen(const QUrl &redirectUri);
    QUrl redirectUri() const; // http://127.0.0.1:PORT/callback, or the one listened on
    void expect(const QString &state, const QString &issuer, bool issRequired = false);
    void close();

Q_SIGNALS:
    // The authorization response's query (code, state, iss, or error…).
    void received(const QUrlQuery &response);
    // A callback that was refused (wrong state, wrong issuer: the finding of
    // OAuthChecks::redirectState() or redirectIssuer()); listening ends.
    void rejected(const mcpscope::Finding &finding);

private:
    void onConnection();
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer *m_server;
    QUrl m_redirectUri; // when given to listen()
    QString m_path = QStringLiteral("/callback");
    QHash<QTcpSocket *, QByteArray> m_heads; // request heads being read
    QString m_state;
    QString m_issuer;
    bool m_issRequired = false; // the server advertised iss: a response without it is refused
    bool m_done = false;
};

} // namespace mcpscope
