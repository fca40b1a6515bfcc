#include "error_code_testing.h"
#include "oauth/loopback_receiver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace mcpscope;

// The OAuth redirect listener (RFC 8252 §7.3) as a browser meets it, over
// real loopback TCP: the redirect URIs it can and cannot listen on, the page
// each kind of request gets (another path, another method, a refused state,
// an error from the authorization server, a second response after the
// first), and a request head too large to read.
class TestLoopbackReceiver : public QObject
{
    Q_OBJECT

    struct Answer
    {
        int status = 0;
        QByteArray body;
        bool closedWithoutAnswer = false;
    };

    // Sends raw bytes to the receiver as a browser would and reads the answer.
    static Answer exchange(QTcpSocket &socket, const QByteArray &request)
    {
        socket.write(request);
        QByteArray all;
        (void)QTest::qWaitFor(
            [&] {
                all += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            10000);
        all += socket.readAll();
        Answer answer;
        if (all.isEmpty()) {
            answer.closedWithoutAnswer = socket.state() == QAbstractSocket::UnconnectedState;
            return answer;
        }
        answer.status = all.split(' ').value(1).toInt();
        answer.body = all.mid(all.indexOf("\r\n\r\n") + 4);
        return answer;
    }
    static Answer get(quint16 port, const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return {};
        return exchange(socket, request);
    }
    static QByteArray getLine(const QByteArray &target)
    {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    }

private Q_SLOTS:
    void redirectUrisItCannotReceive_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("https") << QStringLiteral("https://127.0.0.1:38211/cb");
        QTest::newRow("not loopback") << QStringLiteral("http://example.com:38211/cb");
        QTest::newRow("no port") << QStringLiteral("http://127.0.0.1/cb");
    }
    void redirectUrisItCannotReceive()
    {
        QFETCH(QString, uri);
        LoopbackReceiver receiver;
        const auto listened = receiver.listen(QUrl(uri));
        QVERIFY(!listened);
        QCOMPARE(listened.error().code, ErrorCode::OAuthRedirectUri);
        QCOMPARE(listened.error().message,
                 QStringLiteral("%1 is not a redirect URI McpScope can receive: it takes http:// "
                                "on 127.0.0.1, [::1] or localhost with a port.")
                     .arg(uri));
    }

    void portAlreadyTaken()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        const QUrl uri(QStringLiteral("http://127.0.0.1:%1/cb").arg(taken.serverPort()));
        LoopbackReceiver receiver;
        const auto listened = receiver.listen(uri);
        QVERIFY(!listened);
        QCOMPARE(listened.error().code, ErrorCode::OAuthRedirectListen);
        QVERIFY2(listened.error().message.startsWith(
                     QStringLiteral("Could not listen on 127.0.0.1 port %1 for the redirect: ")
                         .arg(taken.serverPort())),
                 qPrintable(listened.error().message));
    }

    // localhost listens on 127.0.0.1; a URI without a path takes "/".
    void localhostWithoutAPath()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QUrl uri(QStringLiteral("http://localhost:%1").arg(port));
        LoopbackReceiver receiver;
        const auto listened = receiver.listen(uri);
        QVERIFY2(listened, listened ? "" : qPrintable(listened.error().message));
        QCOMPARE(receiver.redirectUri(), uri);
        receiver.expect(QStringLiteral("st"), {});
        QSignalSpy received(&receiver, &LoopbackReceiver::received);
        const Answer answer = get(port, getLine("/?code=c1&state=st"));
        QCOMPARE(answer.status, 200);
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.first().first().value<QUrlQuery>().queryItemValue(QStringLiteral("code")),
                 QStringLiteral("c1"));
    }

    // What is not the callback is answered and does not end the wait.
    void requestsThatAreNotTheCallback()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen());
        const quint16 port = quint16(receiver.redirectUri().port());
        QCOMPARE(receiver.redirectUri(),
                 QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(port)));
        receiver.expect(QStringLiteral("s-1"), {});
        QSignalSpy received(&receiver, &LoopbackReceiver::received);
        const Answer favicon = get(port, getLine("/favicon.ico"));
        QCOMPARE(favicon.status, 404);
        QVERIFY(favicon.body.contains("<h1>Not here</h1>"));
        const Answer post = get(port, "POST /callback HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(post.status, 405);
        QVERIFY(post.body.contains("This address only takes the authorization response."));
        // A head larger than 16 KiB is not read: the connection is dropped.
        const Answer huge =
            get(port, "GET /callback?x=" + QByteArray(20 * 1024, 'a') + " HTTP/1.1\r\n\r\n");
        QVERIFY(huge.closedWithoutAnswer);
        QVERIFY(received.isEmpty());
        // Still listening: the real callback arrives.
        const Answer ok = get(port, getLine("/callback?code=abc&state=s-1"));
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.body.contains("<h1>Signed in</h1>"));
        QTRY_COMPARE(received.size(), 1);
    }

    // The authorization server's error reaches McpScope and the page names it.
    void errorResponse()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.expect(QStringLiteral("s-2"), {});
        QSignalSpy received(&receiver, &LoopbackReceiver::received);
        const Answer answer = get(quint16(receiver.redirectUri().port()),
                                  getLine("/callback?error=access_denied&state=s-2"));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("<h1>Sign-in did not complete</h1>"));
        QVERIFY(answer.body.contains("answered &quot;access_denied&quot;"));
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(
            received.first().first().value<QUrlQuery>().queryItemValue(QStringLiteral("error")),
            QStringLiteral("access_denied"));
    }

    // A response with the wrong state is refused on the page and to McpScope.
    void wrongStateIsRefused()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.expect(QStringLiteral("expected-state"), {});
        QSignalSpy received(&receiver, &LoopbackReceiver::received);
        QSignalSpy rejected(&receiver, &LoopbackReceiver::rejected);
        const Answer answer = get(quint16(receiver.redirectUri().port()),
                                  getLine("/callback?code=stolen&state=forged"));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.contains("<h1>Sign-in refused</h1>"));
        QTRY_COMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().first().value<Finding>().kind,
                 QStringLiteral("oauth.redirect.state_mismatch"));
        QVERIFY(received.isEmpty());
    }

    // A browser tab that connected before the response arrived and asks
    // after it is told the sign-in is already done; nothing more is taken.
    void secondResponseAfterTheFirst()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen());
        const quint16 port = quint16(receiver.redirectUri().port());
        receiver.expect(QStringLiteral("s-3"), {});
        QSignalSpy received(&receiver, &LoopbackReceiver::received);
        QTcpSocket early;
        early.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(early.waitForConnected(5000));
        const Answer first = get(port, getLine("/callback?code=one&state=s-3"));
        QCOMPARE(first.status, 200);
        QTRY_COMPARE(received.size(), 1);
        const Answer second = exchange(early, getLine("/callback?code=two&state=s-3"));
        QCOMPARE(second.status, 410);
        QVERIFY(second.body.contains("<h1>Already done</h1>"));
        QCOMPARE(received.size(), 1);
        // Closed: nothing listens any more.
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!late.waitForConnected(2000));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "tst_loopback_receiver.moc"
