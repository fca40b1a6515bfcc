#include "error_code_testing.h"
#include "mcp/json_rpc.h"

#include <QJsonArray>
#include <QTest>

using namespace mcpscope;

class TestJsonRpc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEachKind_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::newRow("request") << QByteArray(
                                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}")
                                 << int(JsonRpcMessage::Kind::Request);
        QTest::newRow("string id")
            << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"ping\",\"params\":{}}")
            << int(JsonRpcMessage::Kind::Request);
        QTest::newRow("notification")
            << QByteArray("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/"
                          "progress\",\"params\":{\"progress\":1}}")
            << int(JsonRpcMessage::Kind::Notification);
        QTest::newRow("response") << QByteArray(
                                         "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"tools\":[]}}")
                                  << int(JsonRpcMessage::Kind::Response);
        QTest::newRow("error") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-"
                                             "32601,\"message\":\"nope\"}}")
                               << int(JsonRpcMessage::Kind::Error);
        QTest::newRow("error without id")
            << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":"
                          "\"parse\"}}")
            << int(JsonRpcMessage::Kind::Error);
    }
    void decodesEachKind()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        const auto decoded = decodeJsonRpc(json);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->size(), 1);
        QCOMPARE(int(decoded->first().kind), kind);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("not json") << QByteArray("<html>") << ErrorCode::JsonRpcParse;
        QTest::newRow("no version")
            << QByteArray("{\"id\":1,\"method\":\"x\"}") << ErrorCode::JsonRpcVersion;
        QTest::newRow("null request id")
            << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"x\"}")
            << ErrorCode::JsonRpcId;
        QTest::newRow("fractional id")
            << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"result\":{}}") << ErrorCode::JsonRpcId;
        QTest::newRow("numeric method") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}")
                                        << ErrorCode::JsonRpcMethod;
        QTest::newRow("scalar params")
            << QByteArray("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":3}")
            << ErrorCode::JsonRpcParams;
        QTest::newRow("nothing") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1}")
                                 << ErrorCode::JsonRpcShape;
        QTest::newRow("empty batch") << QByteArray("[]") << ErrorCode::JsonRpcShape;
        QTest::newRow("too deep") << QByteArray(200, '[') + QByteArray(200, ']')
                                  << ErrorCode::JsonRpcDepth;
        QTest::newRow("error without code")
            << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{}}") << ErrorCode::JsonRpcError;
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(ErrorCode, code);
        const auto decoded = decodeJsonRpc(json);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, code);
        QVERIFY(!decoded.error().message.isEmpty());
    }

    void sizeCap()
    {
        JsonRpcLimits limits;
        limits.maxBytes = 10;
        QCOMPARE(decodeJsonRpc("{\"jsonrpc\":\"2.0\",\"method\":\"x\"}", limits).error().code,
                 ErrorCode::JsonRpcSize);
    }

    void batch()
    {
        const auto decoded = decodeJsonRpc("[{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}},{"
                                           "\"jsonrpc\":\"2.0\",\"method\":\"n\"}]");
        QVERIFY(decoded);
        QCOMPARE(decoded->size(), 2);
    }

    void roundTrip()
    {
        const JsonRpcMessage messages[] = {
            JsonRpcMessage::request(7, QStringLiteral("tools/call"),
                                    {{QStringLiteral("name"), QStringLiteral("echo")}}),
            JsonRpcMessage::notification(QStringLiteral("notifications/initialized")),
            JsonRpcMessage::response(QStringLiteral("x"),
                                     QJsonObject{{QStringLiteral("ok"), true}}),
            JsonRpcMessage::error(3, JsonRpcCode::MethodNotFound, QStringLiteral("no such method")),
        };
        for (const JsonRpcMessage &m : messages) {
            const auto decoded = decodeJsonRpc(m.encode());
            QVERIFY(decoded);
            QCOMPARE(decoded->first().toJson(), m.toJson());
        }
    }

    void idKeys()
    {
        QCOMPARE(idKey(QJsonValue(5)), QStringLiteral("n:5"));
        QCOMPARE(idKey(QJsonValue(QStringLiteral("5"))), QStringLiteral("s:5"));
        QVERIFY(idKey(QJsonValue(5)) != idKey(QJsonValue(QStringLiteral("5"))));
    }
};

QTEST_GUILESS_MAIN(TestJsonRpc)
#include "tst_json_rpc.moc"
