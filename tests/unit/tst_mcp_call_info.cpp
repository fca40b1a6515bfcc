#include "models/mcp_call_info.h"

#include <QTest>

using namespace mcpscope;

// What the capture log's MCP columns say of an exchange and of a request's
// answer (McpCallText): the call's method and name, its outcome (OK, a
// JSON-RPC error, isError with its first text, pending, no answer) and, for
// an exchange without a request of ours, its notification, our answer to a
// server request, or the methods a stream brought.
class TestMcpCallInfo : public QObject
{
    Q_OBJECT

    static MessageRecord message(qint64 id, qint64 exchange, bool outgoing, const char *kind,
                                 const char *method, const QByteArray &payload,
                                 qint64 responseTo = 0)
    {
        MessageRecord m;
        m.id = id;
        m.exchangeId = exchange;
        m.outgoing = outgoing;
        m.kind = QLatin1String(kind);
        m.method = QLatin1String(method);
        m.payload = payload;
        m.responseTo = responseTo;
        return m;
    }

private Q_SLOTS:
    void nameIsTheToolOrTheUri()
    {
        const QByteArray tool =
            R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get-sum"}})";
        const QByteArray resource =
            R"({"jsonrpc":"2.0","id":1,"method":"resources/read","params":{"uri":"test://a"}})";
        const QByteArray ping = R"({"jsonrpc":"2.0","id":1,"method":"ping"})";
        QCOMPARE(McpCallText::nameOf(tool), QStringLiteral("get-sum"));
        QCOMPARE(McpCallText::nameOf(resource), QStringLiteral("test://a"));
        QCOMPARE(McpCallText::nameOf(ping), QString());
        QCOMPARE(McpCallText::nameOf("not json"), QString());
    }

    void outcomes()
    {
        QCOMPARE(McpCallText::outcomeOf(nullptr, false).kind, McpOutcome::Pending);
        QCOMPARE(McpCallText::outcomeOf(nullptr, false).text, QStringLiteral("no answer yet"));
        QVERIFY(!McpCallText::outcomeOf(nullptr, false).isFailure());
        QCOMPARE(McpCallText::outcomeOf(nullptr, true).kind, McpOutcome::NoAnswer);
        QCOMPARE(McpCallText::outcomeOf(nullptr, true).text, QStringLiteral("no answer"));
        QVERIFY(McpCallText::outcomeOf(nullptr, true).isFailure());

        const MessageRecord ok = message(2, 1, false, "response", "", R"({"id":1,"result":{}})");
        QCOMPARE(McpCallText::outcomeOf(&ok, true).kind, McpOutcome::Ok);
        QCOMPARE(McpCallText::outcomeOf(&ok, true).text, QStringLiteral("OK"));
        QVERIFY(!McpCallText::outcomeOf(&ok, true).isFailure());

        const MessageRecord rpc =
            message(2, 1, false, "error", "",
                    R"({"id":1,"error":{"code":-32602,"message":"Unknown tool"}})");
        QCOMPARE(McpCallText::outcomeOf(&rpc, false).kind, McpOutcome::RpcError);
        QCOMPARE(McpCallText::outcomeOf(&rpc, false).text,
                 QStringLiteral("error -32602: Unknown tool"));
        QVERIFY(McpCallText::outcomeOf(&rpc, false).isFailure());
        // Kind "error" alone (a body that is not JSON) is still an error.
        const MessageRecord bare = message(2, 1, false, "error", "", "garbled");
        QCOMPARE(McpCallText::outcomeOf(&bare, false).kind, McpOutcome::RpcError);
        QCOMPARE(McpCallText::outcomeOf(&bare, false).text, QStringLiteral("error 0: "));

        // isError: the first text content, on one line, cut at 120 characters.
        const MessageRecord tool = message(
            2, 1, false, "response", "",
            R"({"id":1,"result":{"isError":true,"content":[{"type":"image","data":""},{"type":"text","text":"bad\n  input"},{"type":"text","text":"second"}]}})");
        QCOMPARE(McpCallText::outcomeOf(&tool, true).kind, McpOutcome::ToolError);
        QCOMPARE(McpCallText::outcomeOf(&tool, true).text, QStringLiteral("isError: bad input"));
        const QByteArray longText = QByteArray(200, 'x');
        const MessageRecord longError =
            message(2, 1, false, "response", "",
                    R"({"id":1,"result":{"isError":true,"content":[{"type":"text","text":")" +
                        longText + R"("}]}})");
        const QString cut = McpCallText::outcomeOf(&longError, true).text;
        QCOMPARE(cut, QStringLiteral("isError: ") + QString(119, u'x') + QChar(0x2026));
        const MessageRecord noText = message(2, 1, false, "response", "",
                                             R"({"id":1,"result":{"isError":true,"content":[]}})");
        QCOMPARE(McpCallText::outcomeOf(&noText, true).text, QStringLiteral("isError"));
    }

    // An exchange that carried our request: its method, name, the answer's
    // outcome and latency (the answer may have come on another exchange).
    void exchangeWithARequest()
    {
        MessageRecord answer = message(11, 8, false, "response", "", R"({"id":3,"result":{}})", 10);
        answer.latencyMs = 12.5;
        const QList<MessageRecord> messages{
            message(9, 6, true, "request", "initialize", R"({"id":1,"method":"initialize"})"),
            message(10, 7, true, "request", "tools/call",
                    R"({"id":3,"method":"tools/call","params":{"name":"echo"}})"),
            message(12, 7, true, "notification", "notifications/cancelled", "{}"), answer};
        const McpCallInfo info = McpCallText::callOfExchange(7, messages, true);
        QCOMPARE(info.method, QStringLiteral("tools/call"));
        QCOMPARE(info.name, QStringLiteral("echo"));
        QCOMPARE(info.label(), QStringLiteral("tools/call echo"));
        QCOMPARE(info.outcome.kind, McpOutcome::Ok);
        QCOMPARE(info.latencyMs, 12.5);
        QCOMPARE(info.messages, 2); // the request and the notification on exchange 7

        // No answer stored: pending while the exchange lasts, then none.
        const QList<MessageRecord> alone{messages.at(1)};
        QCOMPARE(McpCallText::callOfExchange(7, alone, false).outcome.kind, McpOutcome::Pending);
        QCOMPARE(McpCallText::callOfExchange(7, alone, true).outcome.kind, McpOutcome::NoAnswer);
        QCOMPARE(McpCallText::callOfExchange(7, alone, true).latencyMs, -1.0);
    }

    void exchangeWithoutARequest()
    {
        // A notification of ours.
        const QList<MessageRecord> notified{
            message(1, 5, true, "notification", "notifications/initialized", "{}")};
        McpCallInfo info = McpCallText::callOfExchange(5, notified, true);
        QCOMPARE(info.method, QStringLiteral("notifications/initialized"));
        QCOMPARE(info.label(), QStringLiteral("notifications/initialized"));
        QCOMPARE(info.outcome.kind, McpOutcome::None);

        // Our answer to the server's request.
        const QList<MessageRecord> answered{
            message(1, 5, true, "response", "", R"({"id":"srv-1","result":{}})")};
        QList<MessageRecord> withId = answered;
        withId[0].rpcId = QStringLiteral("srv-1");
        QCOMPARE(McpCallText::callOfExchange(5, withId, true).method,
                 QStringLiteral("answer to request srv-1"));
        withId[0].kind = QStringLiteral("error");
        QCOMPARE(McpCallText::callOfExchange(5, withId, true).method,
                 QStringLiteral("answer to request srv-1"));

        // A stream: one method, or several listed once each.
        QList<MessageRecord> stream{
            message(1, 5, false, "notification", "notifications/message", "{}"),
            message(2, 5, false, "notification", "notifications/message", "{}")};
        info = McpCallText::callOfExchange(5, stream, false);
        QCOMPARE(info.method, QStringLiteral("notifications/message"));
        QCOMPARE(info.messages, 2);
        stream << message(3, 5, false, "request", "roots/list", "{}")
               << message(4, 5, false, "response", "", "{}"); // no method: not listed
        info = McpCallText::callOfExchange(5, stream, false);
        QCOMPARE(info.method, QStringLiteral("4 message(s): notifications/message, roots/list"));
        QCOMPARE(info.messages, 4);

        // Nothing on that exchange.
        info = McpCallText::callOfExchange(99, stream, true);
        QVERIFY(info.method.isEmpty());
        QCOMPARE(info.messages, 0);
        QCOMPARE(info.label(), QString());
    }
};

QTEST_GUILESS_MAIN(TestMcpCallInfo)
#include "tst_mcp_call_info.moc"
