#include "replay/mock_server.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <fcntl.h>
#include <thread>
#include <unistd.h>

using namespace mcpscope;

// The edges of the replay mock (replay/mock_server.cpp) that the scripted
// tests in tst_mock_server do not reach: a port already taken, a request
// head that arrives in pieces and never ends, methods other than POST, GET
// and DELETE over a real socket, and the stdio server's refusals (a line
// that is not JSON, a line over the cap, a second start, end of input).
class TestMockServerEdges : public QObject
{
    Q_OBJECT

    static MessageRecord record(qint64 id, bool outgoing, const char *method,
                                const QByteArray &payload)
    {
        MessageRecord m;
        m.id = id;
        m.outgoing = outgoing;
        m.kind = outgoing ? QStringLiteral("request") : QStringLiteral("response");
        m.rpcId = QStringLiteral("1");
        m.method = QString::fromLatin1(method);
        m.responseTo = outgoing ? 0 : id - 1;
        m.payload = payload;
        return m;
    }

    // A recording without initialize: a stateless (modern-era) server.
    static std::shared_ptr<const MockScript> statelessScript()
    {
        const QList<MessageRecord> messages = {
            record(1, true, "tools/list",
                   "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}"),
            record(2, false, "",
                   "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":[{\"name\":\"echo\"}]}}")};
        return std::make_shared<const MockScript>(MockScript::fromMessages(messages, 7));
    }

    static MockHttpRequest httpRequest(const QByteArray &method, const QByteArray &body)
    {
        MockHttpRequest r;
        r.method = method;
        r.path = QStringLiteral("/mcp");
        r.headers = {{"Host", "127.0.0.1:4000"}, {"Content-Type", "application/json"}};
        r.body = body;
        return r;
    }

    static std::shared_ptr<const MockScript> script()
    {
        QList<MessageRecord> messages;
        MessageRecord out;
        out.id = 1;
        out.outgoing = true;
        out.kind = QStringLiteral("request");
        out.rpcId = QStringLiteral("1");
        out.method = QStringLiteral("initialize");
        out.payload = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                      "{\"protocolVersion\":\"2025-06-18\"}}";
        MessageRecord in;
        in.id = 2;
        in.outgoing = false;
        in.kind = QStringLiteral("response");
        in.rpcId = QStringLiteral("1");
        in.responseTo = 1;
        in.payload = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2025-06-18\","
                     "\"capabilities\":{},\"serverInfo\":{\"name\":\"rec\",\"version\":\"1\"}}}";
        messages << out << in;
        return std::make_shared<const MockScript>(MockScript::fromMessages(messages, 7));
    }

    // Writes raw bytes on a fresh connection and
    // returns everything the mock sent back before it closed.
    static QByteArray exchange(const QUrl &url, const QList<QByteArray> &pieces)
    {
        QTcpSocket socket;
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        if (!connected.wait(5000))
            return "no connection";
        QByteArray got;
        for (const QByteArray &piece : pieces)
            socket.write(piece);
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [&] { got += socket.readAll(); });
        if (socket.state() == QAbstractSocket::ConnectedState && !closed.wait(5000))
            return "not closed: " + got + socket.readAll();
        return got + socket.readAll();
    }

private Q_SLOTS:
    void portInUseIsAnError()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        MockServer server(script(), IgnoreRules::volatileMembers());
        const Result<void> started = server.start(QHostAddress::LocalHost, taken.serverPort());
        QVERIFY(!started);
        QCOMPARE(started.error().code, ErrorCode::ReplayMockListen);
        QVERIFY2(started.error().message.contains(QString::number(taken.serverPort())),
                 qPrintable(started.error().message));
        QVERIFY(!server.isListening());
        QVERIFY(server.url().isEmpty());
    }

    // A chunked body is refused with 411 before any of it is read; a head
    // that never ends is refused with 431 once it reaches the cap (sent to
    // the byte: nothing unread is left to reset the connection).
    void headInPiecesAndEndlessHead()
    {
        MockServer server(script(), IgnoreRules::volatileMembers());
        QVERIFY(server.start());
        const QByteArray start = "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        const QByteArray chunked =
            exchange(server.url(), {start, "Transfer-Encoding: chunked\r\n", "\r\n"});
        QVERIFY2(chunked.startsWith("HTTP/1.1 411 Length Required\r\n"), chunked.constData());

        const QByteArray endless =
            exchange(server.url(),
                     {start, "X-Filler: " +
                                 QByteArray(MockHttpEndpoint::kHeadCap - start.size() - 10, 'x')});
        QVERIFY2(endless.startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n"),
                 endless.left(200).constData());
        QVERIFY(endless.contains(
            QByteArray(QByteArray::number(MockHttpEndpoint::kHeadCap) + " bytes")));
    }

    // PUT, PATCH and OPTIONS reach the endpoint by name and are refused with
    // 405 and the methods it allows.
    void otherMethodsAreNotAllowed_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("PUT") << QByteArray("PUT");
        QTest::newRow("PATCH") << QByteArray("PATCH");
        QTest::newRow("OPTIONS") << QByteArray("OPTIONS");
    }
    void otherMethodsAreNotAllowed()
    {
        QFETCH(QByteArray, method);
        MockServer server(script(), IgnoreRules::volatileMembers());
        QVERIFY(server.start());
        QSignalSpy answered(&server, &MockServer::requestAnswered);
        QTcpSocket socket;
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        socket.connectToHost(QHostAddress::LocalHost, quint16(server.url().port()));
        QVERIFY(connected.wait(5000));
        socket.write(method + " /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 5000);
        QCOMPARE(answered.at(0).at(0).toByteArray(), method);
        QCOMPARE(answered.at(0).at(1).toInt(), 405);
        QByteArray reply;
        QTRY_VERIFY_WITH_TIMEOUT((reply += socket.readAll()).contains("\r\n\r\n"), 5000);
        QVERIFY2(reply.startsWith("HTTP/1.1 405"), reply.constData());
        QVERIFY2(reply.contains("Allow: POST, GET, DELETE"), reply.constData());
    }

    // Without initialize in the recording the mock keeps no sessions: any
    // POST is answered without a session id and DELETE is not allowed.
    void statelessEndpoint()
    {
        MockHttpEndpoint endpoint(statelessScript(), IgnoreRules::volatileMembers());
        const MockHttpAnswer listed = endpoint.handle(
            httpRequest("POST", "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/list\"}"));
        QCOMPARE(listed.status, 200);
        QVERIFY2(listed.body.contains("\"echo\""), listed.body.constData());
        for (const auto &[name, value] : listed.headers)
            QVERIFY(name.compare("Mcp-Session-Id", Qt::CaseInsensitive) != 0);
        QCOMPARE(endpoint.sessionCount(), 0);
        const MockHttpAnswer deleted = endpoint.handle(httpRequest("DELETE", {}));
        QCOMPARE(deleted.status, 405);
        QCOMPARE(deleted.headers.value(0).second, QByteArray("POST"));
    }

    // A session-keeping mock refuses a DELETE that names no session.
    void deleteWithoutSessionId()
    {
        MockHttpEndpoint endpoint(script(), IgnoreRules::volatileMembers());
        const MockHttpAnswer refused = endpoint.handle(httpRequest("DELETE", {}));
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.body.contains("Mcp-Session-Id header is missing"),
                 refused.body.constData());
    }

    // A head line without a colon is skipped; a head whose end lies past the
    // cap is refused even though it ends.
    void headVerdictEdges()
    {
        const QByteArray start = "POST /mcp HTTP/1.1\r\nnot a header\r\n: no name\r\n";
        QCOMPARE(
            MockHttpEndpoint::headVerdict(QByteArray(start + "Content-Length: 2\r\n\r\n{}"), 100),
            0);
        QCOMPARE(
            MockHttpEndpoint::headVerdict(QByteArray(start + "Content-Length: 200\r\n\r\n"), 100),
            413);
        const QByteArray longHead =
            start + "X-Filler: " + QByteArray(MockHttpEndpoint::kHeadCap, 'x') + "\r\n\r\n";
        QCOMPARE(MockHttpEndpoint::headVerdict(longHead, 100), 431);
    }

    void stdioRefusals()
    {
        int in[2];
        int out[2];
        QCOMPARE(::pipe(in), 0);
        QCOMPARE(::pipe(out), 0);
        QCOMPARE(::fcntl(out[0], F_SETFL, ::fcntl(out[0], F_GETFL) | O_NONBLOCK), 0);
        MockStdioServer server(script(), IgnoreRules::volatileMembers());
        QSignalSpy finished(&server, &MockStdioServer::finished);
        QVERIFY(server.start(in[0], out[1]));
        const Result<void> again = server.start(in[0], out[1]);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::ReplayMockListen);

        // A line over the cap (written from another thread: the pipe holds
        // far less) and a line that is not JSON, then a real request.
        std::thread writer([fd = in[1]] {
            QByteArray data(MockStdioServer::kDefaultLineCap + 10, 'x');
            data += "\n{\"jsonrpc\":\n";
            data += "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                    "{\"protocolVersion\":\"2025-06-18\"}}\n";
            qsizetype done = 0;
            while (done < data.size()) {
                const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
                if (n <= 0)
                    break;
                done += n;
            }
            ::close(fd);
        });
        QByteArray output;
        const auto readOut = [&] {
            char buffer[4096];
            ssize_t n;
            while ((n = ::read(out[0], buffer, sizeof buffer)) > 0)
                output.append(buffer, n);
            return output.count('\n');
        };
        QTRY_COMPARE_WITH_TIMEOUT(readOut(), 3, 20000);
        writer.join();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        ::close(in[0]);
        ::close(out[0]);
        ::close(out[1]);

        const QList<QByteArray> lines = output.trimmed().split('\n');
        const auto error = [](const QByteArray &line) {
            return QJsonDocument::fromJson(line).object().value(u"error").toObject();
        };
        QCOMPARE(error(lines[0]).value(u"code").toInt(), -32700);
        QVERIFY2(error(lines[0])
                     .value(u"message")
                     .toString()
                     .contains(QString::number(MockStdioServer::kDefaultLineCap)),
                 lines[0].constData());
        QCOMPARE(error(lines[1]).value(u"code").toInt(), -32700);
        QVERIFY2(error(lines[1]).value(u"message").toString().contains(u"not JSON"),
                 lines[1].constData());
        QCOMPARE(QJsonDocument::fromJson(lines[2])
                     .object()
                     .value(u"result")
                     .toObject()
                     .value(u"protocolVersion")
                     .toString(),
                 QStringLiteral("2025-06-18"));
    }
};

QTEST_GUILESS_MAIN(TestMockServerEdges)
#include "tst_mock_server_edges.moc"
