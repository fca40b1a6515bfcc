#include "replay/exchange_replay.h"

#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

// requestCarriedBy (replay/exchange_replay): the request an exchange carried
// and its answer, from stored messages, where the answer is a JSON-RPC error,
// is matched by its id only, or where the exchange was never stored.
class TestRequestCarriedBy : public QObject
{
    Q_OBJECT

    static MessageRecord record(qint64 id, qint64 exchangeId, bool outgoing,
                                const QByteArray &payload, qint64 responseTo = 0)
    {
        MessageRecord m;
        m.id = id;
        m.exchangeId = exchangeId;
        m.outgoing = outgoing;
        m.payload = payload;
        m.responseTo = responseTo;
        return m;
    }

    static Exchange exchange(qint64 id)
    {
        Exchange e;
        e.id = id;
        e.totalMs = 12.5;
        return e;
    }

private Q_SLOTS:
    // An error answer is carried with its code, message and data; the
    // params keep their text as sent; the message's latency wins over the
    // exchange's.
    void errorAnswer()
    {
        const QList<MessageRecord> messages = {
            record(1, 7, false, R"({"jsonrpc":"2.0","method":"notifications/x"})"), // not ours
            record(2, 7, true, "not json"),
            record(
                3, 7, true,
                R"({"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"boom", "arguments":{}}})"),
            record(4, 8, false,
                   R"({"jsonrpc":"2.0","id":4,"error":{"code":-1,"message":"other exchange"}})", 3),
            record(
                5, 7, false,
                R"({"jsonrpc":"2.0","id":4,"error":{"code":-32602,"message":"Unknown tool: boom","data":{"hint":1}}})",
                3),
        };
        QList<MessageRecord> timed = messages;
        timed.last().latencyMs = 3.25;

        const auto call = requestCarriedBy(exchange(7), timed);
        QVERIFY(call);
        QCOMPARE(call->notification, false);
        QCOMPARE(call->method, QStringLiteral("tools/call"));
        QCOMPARE(call->subject(), QStringLiteral("boom"));
        QCOMPARE(call->messageId, 3);
        QCOMPARE(call->exchangeId, 7);
        QCOMPARE(call->paramsText, QByteArray(R"({"name":"boom", "arguments":{}})"));
        QCOMPARE(call->answer.kind, RecordedAnswer::Kind::Error);
        QCOMPARE(call->answer.errorCode, -32602);
        QCOMPARE(call->answer.errorMessage, QStringLiteral("Unknown tool: boom"));
        QCOMPARE(call->answer.errorData, QJsonValue(QJsonObject{{QStringLiteral("hint"), 1}}));
        QCOMPARE(call->answer.messageId, 5);
        QCOMPARE(call->latencyMs, 3.25);

        // Without a latency of its own, the exchange's.
        const auto untimed = requestCarriedBy(exchange(7), messages);
        QVERIFY(untimed);
        QCOMPARE(untimed->latencyMs, 12.5);
    }

    // An answer stored without responseTo is matched by its JSON-RPC id;
    // one with another id is not the answer.
    void answerMatchedById()
    {
        const QList<MessageRecord> messages = {
            record(10, 3, true, R"({"jsonrpc":"2.0","id":"a","method":"ping"})"),
            record(11, 3, false, R"({"jsonrpc":"2.0","id":"b","result":{"wrong":true}})"),
            record(12, 3, false, R"({"jsonrpc":"2.0","id":"a","result":{}})"),
        };
        const auto call = requestCarriedBy(exchange(3), messages);
        QVERIFY(call);
        QCOMPARE(call->method, QStringLiteral("ping"));
        QCOMPARE(call->answer.kind, RecordedAnswer::Kind::Result);
        QCOMPARE(call->answer.messageId, 12);
        QCOMPARE(call->answer.result, QJsonValue(QJsonObject()));
        QVERIFY(call->paramsText.isEmpty());
    }

    // An exchange never stored (id 0) carried nothing, even where a message
    // has exchange id 0 (stdio).
    void unstoredExchangeCarriesNothing()
    {
        const QList<MessageRecord> messages = {
            record(1, 0, true, R"({"jsonrpc":"2.0","id":1,"method":"ping"})"),
        };
        QVERIFY(!requestCarriedBy(exchange(0), messages));
        QVERIFY(!requestCarriedBy(exchange(-1), messages));
        // A request without an answer is still the request.
        QList<MessageRecord> stored = messages;
        stored.first().exchangeId = 9;
        const auto call = requestCarriedBy(exchange(9), stored);
        QVERIFY(call);
        QCOMPARE(call->answer.kind, RecordedAnswer::Kind::None);
    }
};

QTEST_GUILESS_MAIN(TestRequestCarriedBy)
#include "tst_request_carried_by.moc"
