#include "capture/capture_store.h"
#include "error_code_testing.h"
#include "replay/mock_script.h"
#include "replay/session_replay.h"
#include "test_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// What a mock serves (replay/mock_script.h) read from recorded messages and
// from a store, the messages the responder refuses, and the regression run's
// report as the CLI prints it (replay/session_replay.h).
class TestMockScript : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static MessageRecord message(qint64 id, bool outgoing, const char *kind, const QString &rpcId,
                                 const QByteArray &payload, qint64 responseTo = 0)
    {
        MessageRecord m;
        m.id = id;
        m.sessionId = 1;
        m.outgoing = outgoing;
        m.kind = QString::fromLatin1(kind);
        m.rpcId = rpcId;
        m.payload = payload;
        m.responseTo = responseTo;
        return m;
    }

private slots:
    void pairsRequestsWithTheirAnswers()
    {
        const QString one = QStringLiteral("1");
        const QString two = QStringLiteral("2");
        const QList<MessageRecord> messages{
            // Linked by responseTo.
            message(10, true, "request", one,
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}"),
            message(11, false, "response", one,
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":[]}}", 10),
            // A payload that is not an object: skipped.
            message(12, true, "request", two, "[1,2]"),
            // Linked by its JSON-RPC id only; a second answer is not taken.
            message(13, true, "request", two,
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
                    "\"echo\"}}"),
            message(14, false, "error", two,
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-1,\"message\":\"first\"}}"),
            message(15, false, "response", two, "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{}}", 13),
            // Never answered: left out.
            message(16, true, "request", QStringLiteral("3"),
                    "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}"),
            // A server notification and a broken answer: ignored.
            message(17, false, "notification", QString(),
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\"}"),
            message(18, false, "response", QStringLiteral("3"), "not json"),
            // The client's answer to a server request: not a request of ours.
            message(19, true, "response", QStringLiteral("s1"),
                    "{\"jsonrpc\":\"2.0\",\"id\":\"s1\",\"result\":{}}"),
        };
        const MockScript script = MockScript::fromMessages(messages, 1);
        QCOMPARE(script.sessionId(), 1);
        QCOMPARE(script.exchanges().size(), 2);
        const MockExchange &list = script.exchanges().at(0);
        QCOMPARE(list.messageId, 10);
        QCOMPARE(list.method, QStringLiteral("tools/list"));
        // A request without params is compared as one with {}.
        QCOMPARE(list.request.value(u"params").toObject(), QJsonObject());
        QVERIFY(list.answer.contains(u"result"));
        const MockExchange &call = script.exchanges().at(1);
        QCOMPARE(call.messageId, 13);
        QCOMPARE(call.answer.value(u"error").toObject().value(u"message").toString(),
                 QStringLiteral("first"));
        QCOMPARE(script.initialize(), nullptr);
    }

    void refusesWhatIsNotARequest()
    {
        auto script = std::make_shared<MockScript>(MockScript::fromMessages({}, 1));
        MockResponder responder(script, {});
        const auto batch = responder.answer(QJsonArray{});
        QVERIFY(batch);
        QCOMPARE(batch->value(u"error").toObject().value(u"code").toInt(),
                 int(MockResponder::InvalidRequest));
        QVERIFY(batch->value(u"id").isNull());

        const auto noMethod = responder.answer(QJsonObject{
            {QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 5}});
        QVERIFY(noMethod);
        QCOMPARE(noMethod->value(u"id").toInt(), 5);
        QCOMPARE(noMethod->value(u"error").toObject().value(u"message").toString(),
                 QStringLiteral("The message has no method."));

        // The client answering, or notifying: nothing to send.
        QVERIFY(!responder.answer(
            QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("result"), QJsonObject()}}));
        QVERIFY(!responder.answer(
            QJsonObject{{QStringLiteral("method"), QStringLiteral("notifications/initialized")}}));

        const auto badId = responder.answer(QJsonObject{
            {QStringLiteral("id"), true}, {QStringLiteral("method"), QStringLiteral("ping")}});
        QVERIFY(badId);
        QCOMPARE(badId->value(u"error").toObject().value(u"code").toInt(),
                 int(MockResponder::InvalidRequest));
        QVERIFY(badId->value(u"error")
                    .toObject()
                    .value(u"message")
                    .toString()
                    .contains(QStringLiteral("string or a number")));

        const QJsonObject withData =
            MockResponder::errorResponse(QStringLiteral("a"), -32602, QStringLiteral("m"), 7);
        QCOMPARE(withData.value(u"error").toObject().value(u"data").toInt(), 7);
        QCOMPARE(withData.value(u"id").toString(), QStringLiteral("a"));
    }

    void loadsFromAStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("mock.sqlite"));
        qint64 answered = 0;
        qint64 unanswered = 0;
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            answered = store.createSession(QStringLiteral("a"), {}, QStringLiteral("stdio"), 1);
            unanswered = store.createSession(QStringLiteral("b"), {}, QStringLiteral("stdio"), 2);
            const auto record = [&](qint64 session, bool outgoing, const char *kind,
                                    const QByteArray &payload, qint64 responseTo) {
                MessageRecord m = message(store.reserveMessageId(), outgoing, kind,
                                          QStringLiteral("1"), payload, responseTo);
                m.sessionId = session;
                m.method = outgoing ? QStringLiteral("initialize") : QString();
                store.recordMessage(m);
                return m.id;
            };
            const qint64 init = record(answered, true, "request",
                                       "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                                       "\"params\":{\"protocolVersion\":\"2025-06-18\"}}",
                                       0);
            record(answered, false, "response",
                   "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2025-06-18\"}}",
                   init);
            record(unanswered, true, "request",
                   "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\"}", 0);
            store.flush();
        }
        const auto script = MockScript::load(path, answered);
        QVERIFY2(script, qPrintable(script ? QString() : script.error().message));
        QCOMPARE(script->exchanges().size(), 1);
        QVERIFY(script->initialize());
        QCOMPARE(script->initialize()->answer.value(u"result").toObject().value(u"protocolVersion"),
                 QJsonValue(QStringLiteral("2025-06-18")));

        const auto nothing = MockScript::load(path, unanswered);
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().code, ErrorCode::ReplayMockSession);
        QVERIFY(nothing.error().message.contains(QStringLiteral("no answered JSON-RPC request")));

        const auto noSession = MockScript::load(path, 4242);
        QVERIFY(!noSession);
        QCOMPARE(noSession.error().code, ErrorCode::ReplayMockSession);
        QVERIFY(noSession.error().message.contains(QStringLiteral("no session 4242")));

        const auto noStore = MockScript::load(m_dir.filePath(QStringLiteral("none/x.sqlite")), 1);
        QVERIFY(!noStore);
        QCOMPARE(noStore.error().code, ErrorCode::StoreOpen);
    }

    void reportCountsAndPrints()
    {
        ReplayReport report;
        report.recordedSessionId = 3;
        report.replaySessionId = 9;
        report.target = QStringLiteral("http://127.0.0.1/mcp");
        ReplayedCall same;
        same.index = 0;
        same.method = QStringLiteral("tools/list");
        same.state = ReplayState::Same;
        same.recordedMs = 4;
        same.replayedMs = 5;
        ReplayedCall changed;
        changed.index = 1;
        changed.method = QStringLiteral("tools/call");
        changed.name = QStringLiteral("echo");
        changed.state = ReplayState::Changed;
        changed.note = QStringLiteral("arguments changed");
        const QJsonValue none(QJsonValue::Undefined);
        changed.changes = {{JsonChange::Kind::Added, QStringLiteral("/result/a"), none, 1},
                           {JsonChange::Kind::Removed, QStringLiteral("/result/b"), 2, none},
                           {JsonChange::Kind::Changed, QStringLiteral("/result/c"), 3, 4}};
        ReplayedCall failed;
        failed.index = 2;
        failed.method = QStringLiteral("tools/call");
        failed.state = ReplayState::Failed;
        failed.failure = QStringLiteral("connection lost");
        for (const ReplayedCall &c : {same, changed, failed})
            report.add(c);
        QCOMPARE(report.same, 1);
        QCOMPARE(report.changed, 1);
        QCOMPARE(report.failed, 1);

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"recordedSession").toInt(), 3);
        QCOMPARE(json.value(u"replaySession").toInt(), 9);
        const QJsonObject totals = json.value(u"totals").toObject();
        QCOMPARE(totals.value(u"calls").toInt(), 3);
        QCOMPARE(totals.value(u"failed").toInt(), 1);
        const QJsonArray calls = json.value(u"calls").toArray();
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls.at(0).toObject().value(u"state").toString(), QStringLiteral("same"));
        QVERIFY(!calls.at(0).toObject().contains(u"name"));
        QCOMPARE(calls.at(0).toObject().value(u"replayedMs").toDouble(), 5.0);
        const QJsonObject c = calls.at(1).toObject();
        QCOMPARE(c.value(u"state").toString(), QStringLiteral("changed"));
        QCOMPARE(c.value(u"name").toString(), QStringLiteral("echo"));
        QCOMPARE(c.value(u"note").toString(), QStringLiteral("arguments changed"));
        const QJsonArray changes = c.value(u"changes").toArray();
        QCOMPARE(changes.at(0).toObject().value(u"kind").toString(), QStringLiteral("added"));
        QVERIFY(!changes.at(0).toObject().contains(u"old"));
        QCOMPARE(changes.at(0).toObject().value(u"new").toInt(), 1);
        QCOMPARE(changes.at(1).toObject().value(u"kind").toString(), QStringLiteral("removed"));
        QVERIFY(!changes.at(1).toObject().contains(u"new"));
        QCOMPARE(changes.at(2).toObject().value(u"kind").toString(), QStringLiteral("changed"));
        QCOMPARE(changes.at(2).toObject().value(u"old").toInt(), 3);
        const QJsonObject f = calls.at(2).toObject();
        QCOMPARE(f.value(u"state").toString(), QStringLiteral("failed"));
        QCOMPARE(f.value(u"failure").toString(), QStringLiteral("connection lost"));
        QCOMPARE(ReplayReport::stateName(ReplayState::Failed), QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestMockScript)
#include "tst_mock_script.moc"
