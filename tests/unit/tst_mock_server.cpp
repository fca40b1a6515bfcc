#include "replay/mock_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace mcpscope;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A recorded session built message by message, as the capture stores it.
class Recording
{
public:
    // An outgoing request and, unless answer is empty, its incoming answer.
    void call(const QString &method, const char *params, const char *answer, bool link = true)
    {
        const QString rpcId = QString::number(++m_rpcId);
        QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                            {QStringLiteral("id"), m_rpcId},
                            {QStringLiteral("method"), method}};
        if (params)
            request.insert(QStringLiteral("params"), object(params));
        MessageRecord out;
        out.id = ++m_id;
        out.outgoing = true;
        out.kind = QStringLiteral("request");
        out.rpcId = rpcId;
        out.method = method;
        out.payload = compact(request);
        messages.append(out);
        if (!answer)
            return;
        QJsonObject reply = object(answer);
        reply.insert(QStringLiteral("jsonrpc"), QStringLiteral("2.0"));
        reply.insert(QStringLiteral("id"), m_rpcId);
        MessageRecord in;
        in.id = ++m_id;
        in.outgoing = false;
        in.kind = reply.contains(QStringLiteral("error")) ? QStringLiteral("error")
                                                          : QStringLiteral("response");
        in.rpcId = rpcId;
        in.responseTo = link ? out.id : 0;
        in.payload = compact(reply);
        messages.append(in);
    }
    std::shared_ptr<const MockScript> script() const
    {
        return std::make_shared<const MockScript>(MockScript::fromMessages(messages, 7));
    }

    QList<MessageRecord> messages;

private:
    qint64 m_id = 0;
    int m_rpcId = 0;
};

Recording everythingLike()
{
    Recording r;
    r.call(QStringLiteral("initialize"), "{\"protocolVersion\":\"2025-06-18\"}",
           "{\"result\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{\"tools\":{}},"
           "\"serverInfo\":{\"name\":\"rec\",\"version\":\"1\"}}}");
    r.call(QStringLiteral("tools/list"), nullptr, "{\"result\":{\"tools\":[{\"name\":\"echo\"}]}}");
    r.call(QStringLiteral("tools/call"),
           "{\"name\":\"echo\",\"arguments\":{\"message\":\"hi\"},\"_meta\":{\"progressToken\":1}}",
           "{\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"first\"}]}}");
    r.call(QStringLiteral("tools/call"), "{\"name\":\"echo\",\"arguments\":{\"message\":\"hi\"}}",
           "{\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"second\"}]}}");
    r.call(QStringLiteral("tools/call"),
           "{\"name\":\"get-sum\",\"arguments\":{\"a\":1,\"b\":2,\"seed\":99}}",
           "{\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"3\"}]}}");
    r.call(QStringLiteral("prompts/get"), "{\"name\":\"missing\"}",
           "{\"error\":{\"code\":-32602,\"message\":\"Unknown prompt\"}}", false);
    r.call(QStringLiteral("resources/read"), "{\"uri\":\"demo://never-answered\"}", nullptr);
    return r;
}

QJsonObject request(int id, const char *method, const char *params = nullptr)
{
    QJsonObject r{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("method"), QString::fromUtf8(method)}};
    if (params)
        r.insert(QStringLiteral("params"), object(params));
    return r;
}

QString firstText(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("result"))
        .toObject()
        .value(QStringLiteral("content"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("text"))
        .toString();
}

MockHttpRequest post(const QJsonObject &body, const QByteArray &session = {})
{
    MockHttpRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/mcp");
    r.headers = {{"Host", "127.0.0.1:4000"}, {"Content-Type", "application/json"}};
    if (!session.isEmpty())
        r.headers.append({"Mcp-Session-Id", session});
    r.body = compact(body);
    return r;
}

QByteArray header(const MockHttpAnswer &a, const QByteArray &name)
{
    for (const auto &[key, value] : a.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

int rpcCode(const QByteArray &body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toInt();
}

} // namespace

class TestMockServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptPairsRequestsWithTheirAnswers()
    {
        const auto script = everythingLike().script();
        // The unanswered resources/read is left out; the unlinked error is
        // paired by its JSON-RPC id.
        QCOMPARE(script->exchanges().size(), 6);
        QCOMPARE(script->exchanges().at(5).method, QStringLiteral("prompts/get"));
        QVERIFY(script->exchanges().at(5).answer.contains(QStringLiteral("error")));
        QVERIFY(script->initialize());
        // A missing params compares as {}.
        QCOMPARE(script->exchanges().at(1).request.value(QStringLiteral("params")),
                 QJsonValue(QJsonObject{}));
    }

    void initializeAnswersTheRecordedVersion()
    {
        MockResponder responder(everythingLike().script(), IgnoreRules::volatileMembers());
        const auto reply = responder.answer(
            request(5, "initialize", "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{}}"));
        QVERIFY(reply);
        QCOMPARE(reply->value(QStringLiteral("id")).toInt(), 5);
        const QJsonObject result = reply->value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("protocolVersion")).toString(),
                 QStringLiteral("2025-06-18"));
        QCOMPARE(
            result.value(QStringLiteral("serverInfo")).toObject().value(QStringLiteral("name")),
            QJsonValue(QStringLiteral("rec")));
    }

    void repeatedRequestsAnswerInRecordedOrderThenTheLast()
    {
        MockResponder responder(everythingLike().script(), IgnoreRules::volatileMembers());
        // _meta differs from the first recording and is absent from the second: ignored.
        const char *params = "{\"name\":\"echo\",\"arguments\":{\"message\":\"hi\"},"
                             "\"_meta\":{\"progressToken\":\"x\"}}";
        QCOMPARE(firstText(*responder.answer(request(1, "tools/call", params))),
                 QStringLiteral("first"));
        QCOMPARE(firstText(*responder.answer(request(2, "tools/call", params))),
                 QStringLiteral("second"));
        QCOMPARE(firstText(*responder.answer(request(3, "tools/call", params))),
                 QStringLiteral("second"));
        // Another responder (another client session) starts again.
        MockResponder fresh(everythingLike().script(), IgnoreRules::volatileMembers());
        QCOMPARE(firstText(*fresh.answer(request(1, "tools/call", params))),
                 QStringLiteral("first"));
    }

    void listWithoutParamsMatchesEmptyParams()
    {
        MockResponder responder(everythingLike().script(), IgnoreRules::volatileMembers());
        const auto reply = responder.answer(request(9, "tools/list", "{}"));
        QCOMPARE(
            reply->value(QStringLiteral("result")).toObject().value(QStringLiteral("tools")),
            QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("echo")}}}));
    }

    void unmatchedParamsNameTheClosestRecordedRequest()
    {
        MockResponder responder(everythingLike().script(), IgnoreRules::volatileMembers());
        const auto reply = responder.answer(request(
            4, "tools/call", "{\"name\":\"get-sum\",\"arguments\":{\"a\":1,\"b\":5,\"seed\":99}}"));
        const QJsonObject error = reply->value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), -32602);
        const QString message = error.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("/params/arguments/b")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("get-sum")), qPrintable(message));
        const QJsonObject data = error.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("pointer")).toString(),
                 QStringLiteral("/params/arguments/b"));
        QCOMPARE(data.value(QStringLiteral("changes")).toInt(), 1);
        QCOMPARE(data.value(QStringLiteral("messageId")).toInt(), 9); // get-sum's request
        QCOMPARE(reply->value(QStringLiteral("id")).toInt(), 4);
    }

    void userRulesWidenTheMatch()
    {
        const char *params = "{\"name\":\"get-sum\",\"arguments\":{\"a\":1,\"b\":2,\"seed\":1234}}";
        MockResponder strict(everythingLike().script(), IgnoreRules::volatileMembers());
        QVERIFY(strict.answer(request(1, "tools/call", params))->contains(QStringLiteral("error")));
        IgnoreRules rules = IgnoreRules::volatileMembers();
        QVERIFY(rules.add(QStringLiteral("/params/arguments/seed")));
        MockResponder lenient(everythingLike().script(), rules);
        QCOMPARE(firstText(*lenient.answer(request(1, "tools/call", params))), QStringLiteral("3"));
    }

    void unknownMethodIsMethodNotFound()
    {
        MockResponder responder(everythingLike().script(), IgnoreRules::volatileMembers());
        const auto reply = responder.answer(request(1, "completion/complete", "{}"));
        const QJsonObject error = reply->value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), -32601);
        QVERIFY(error.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("completion/complete")));
        // The unanswered request is no recording to answer with either.
        const auto unanswered =
            responder.answer(request(2, "resources/read", "{\"uri\":\"demo://never-answered\"}"));
        QCOMPARE(rpcCode(compact(*unanswered)), -32601);
    }

    void recordedErrorsAreReplayedAsErrors()
    {
        MockResponder responder(everythingLike().script(), IgnoreRules::volatileMembers());
        const auto reply = responder.answer(request(3, "prompts/get", "{\"name\":\"missing\"}"));
        QVERIFY(!reply->contains(QStringLiteral("result")));
        QCOMPARE(reply->value(QStringLiteral("error")).toObject(),
                 object("{\"code\":-32602,\"message\":\"Unknown prompt\"}"));
    }

    void pingNotificationsAndGarbage()
    {
        MockResponder responder(everythingLike().script(), IgnoreRules::volatileMembers());
        QCOMPARE(responder.answer(request(1, "ping"))->value(QStringLiteral("result")),
                 QJsonValue(QJsonObject{}));
        QVERIFY(!responder.answer(object("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/"
                                         "initialized\"}")));
        QVERIFY(!responder.answer(object("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}")));
        QCOMPARE(rpcCode(compact(*responder.answer(QJsonArray{1, 2}))), -32600);
        QCOMPARE(rpcCode(compact(*responder.answer(QJsonValue(3)))), -32600);
        QCOMPARE(rpcCode(compact(*responder.answer(object("{\"id\":{},\"method\":\"ping\"}")))),
                 -32600);
    }

    void httpSessionsFollowTheSpec()
    {
        MockHttpEndpoint endpoint(everythingLike().script(), IgnoreRules::volatileMembers());
        // Before initialize: no session id, 400; an unknown one, 404.
        QCOMPARE(endpoint.handle(post(request(1, "tools/list"))).status, 400);
        QCOMPARE(endpoint.handle(post(request(1, "tools/list"), "nope")).status, 404);

        const MockHttpAnswer init = endpoint.handle(post(request(1, "initialize", "{}")));
        QCOMPARE(init.status, 200);
        QCOMPARE(header(init, "Content-Type"), QByteArray("application/json"));
        const QByteArray session = header(init, "Mcp-Session-Id");
        QVERIFY(!session.isEmpty());
        QCOMPARE(endpoint.sessionCount(), 1);

        const MockHttpAnswer notified = endpoint.handle(post(
            object("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"), session));
        QCOMPARE(notified.status, 202);
        QVERIFY(notified.body.isEmpty());
        const MockHttpAnswer listed = endpoint.handle(post(request(2, "tools/list"), session));
        QCOMPARE(listed.status, 200);
        QVERIFY(listed.body.contains("\"echo\""));

        MockHttpRequest get = post({}, session);
        get.method = "GET";
        get.body.clear();
        const MockHttpAnswer refused = endpoint.handle(get);
        QCOMPARE(refused.status, 405);
        QVERIFY(header(refused, "Allow").contains("POST"));

        MockHttpRequest del = get;
        del.method = "DELETE";
        QCOMPARE(endpoint.handle(del).status, 200);
        QCOMPARE(endpoint.sessionCount(), 0);
        QCOMPARE(endpoint.handle(del).status, 404);
        QCOMPARE(endpoint.handle(post(request(3, "tools/list"), session)).status, 404);

        MockHttpRequest elsewhere = post(request(1, "initialize", "{}"));
        elsewhere.path = QStringLiteral("/other");
        QCOMPARE(endpoint.handle(elsewhere).status, 404);
    }

    void httpRefusesForeignOriginsHostsAndBadBodies()
    {
        MockHttpEndpoint endpoint(everythingLike().script(), IgnoreRules::volatileMembers());
        MockHttpRequest fromPage = post(request(1, "initialize", "{}"));
        fromPage.headers.append({QByteArray("Origin"), QByteArray("https://evil.example")});
        QCOMPARE(endpoint.handle(fromPage).status, 403);
        fromPage.headers.last().second = "http://localhost:5173";
        QCOMPARE(endpoint.handle(fromPage).status, 200);

        MockHttpRequest rebound = post(request(1, "initialize", "{}"));
        rebound.headers.first().second = "attacker.example:4000";
        QCOMPARE(endpoint.handle(rebound).status, 403);
        rebound.headers.first().second = "[::1]:4000";
        QCOMPARE(endpoint.handle(rebound).status, 200);

        MockHttpRequest garbage = post({});
        garbage.body = "{\"jsonrpc\":";
        const MockHttpAnswer parse = endpoint.handle(garbage);
        QCOMPARE(parse.status, 400);
        QCOMPARE(rpcCode(parse.body), -32700);

        endpoint.setBodyCap(64);
        MockHttpRequest big = post(request(1, "initialize", "{}"));
        big.body = QByteArray(65, ' ');
        QCOMPARE(endpoint.handle(big).status, 413);
    }

    void headVerdict_data()
    {
        QTest::addColumn<QByteArray>("received");
        QTest::addColumn<int>("verdict");
        const QByteArray line = "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        QTest::newRow("partial") << line << -1;
        QTest::newRow("no body") << line + "\r\n" << 0;
        QTest::newRow("at the cap") << line + "Content-Length: 100\r\n\r\n{" << 0;
        QTest::newRow("over the cap") << line + "content-length:  101\r\n\r\n" << 413;
        QTest::newRow("not a number") << line + "Content-Length: 1e9\r\n\r\n" << 413;
        QTest::newRow("negative") << line + "Content-Length: -1\r\n\r\n" << 413;
        QTest::newRow("chunked") << line + "Transfer-Encoding: chunked\r\n\r\n" << 411;
        QTest::newRow("endless head") << line + QByteArray(MockHttpEndpoint::kHeadCap, 'x') << 431;
    }

    void headVerdict()
    {
        QFETCH(QByteArray, received);
        QFETCH(int, verdict);
        QCOMPARE(MockHttpEndpoint::headVerdict(received, 100), verdict);
    }

    // The same through QHttpServer on a real socket: headers, the session id
    // and, before any body is read, the size checks.
    void servesOverRealSockets()
    {
        MockServer server(everythingLike().script(), IgnoreRules::volatileMembers());
        QVERIFY(server.start(QHostAddress::LocalHost, 0));
        QVERIFY(!server.start(QHostAddress::LocalHost, 0)); // once
        const QUrl url = server.url();
        QCOMPARE(url.path(), QStringLiteral("/mcp"));
        QVERIFY(url.port() > 0);

        QNetworkAccessManager nam;
        QNetworkRequest init(url);
        init.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(init, compact(request(1, "initialize", "{}")));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray session = reply->rawHeader("Mcp-Session-Id");
        QVERIFY(!session.isEmpty());
        QVERIFY(reply->readAll().contains("2025-06-18"));
        reply->deleteLater();

        // A second request on the same (kept-alive) connection.
        QNetworkRequest list(url);
        list.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        list.setRawHeader("Mcp-Session-Id", session);
        QNetworkReply *second = nam.post(list, compact(request(2, "tools/list")));
        QSignalSpy secondDone(second, &QNetworkReply::finished);
        QVERIFY(secondDone.wait(10000));
        QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(second->readAll().contains("\"echo\""));
        second->deleteLater();

        QCOMPARE(rawStatus(url, "Content-Length: 999999999\r\n"), QByteArray("413"));
        QCOMPARE(rawStatus(url, "Transfer-Encoding: chunked\r\n"), QByteArray("411"));

        server.stop();
        QVERIFY(server.url().isEmpty());
        QTcpSocket after;
        QSignalSpy refused(&after, &QTcpSocket::errorOccurred);
        after.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        QVERIFY(refused.wait(5000));
        QCOMPARE(after.error(), QAbstractSocket::ConnectionRefusedError);
    }

private:
    // Sends only a request head and returns the status the mock answers
    // with, having read no body.
    static QByteArray rawStatus(const QUrl &url, const QByteArray &extraHeaders)
    {
        // The server lives on this thread: wait with spies, never blocking.
        QTcpSocket socket;
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        if (!connected.wait(5000))
            return "no connection";
        socket.write("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
                     extraHeaders + "\r\n");
        if (!closed.wait(5000))
            return "not closed";
        return socket.readAll().mid(9, 3);
    }
};

QTEST_GUILESS_MAIN(TestMockServer)
#include "tst_mock_server.moc"
