#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "replay/call_replay.h"
#include "replay/recorded_session.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

Q_DECLARE_METATYPE(mcpscope::ReplayState)

// A recorded session read back from messages written as McpClient writes
// them; and how a replayed answer is judged against the recorded one.
class TestRecordedSession : public QObject
{
    Q_OBJECT

    qint64 add(CaptureStore &store, qint64 session, bool outgoing, const QByteArray &payload,
               qint64 responseTo = 0, double latencyMs = -1)
    {
        MessageRecord m;
        m.id = store.reserveMessageId();
        m.sessionId = session;
        m.outgoing = outgoing;
        m.kind = QStringLiteral("request");
        m.payload = payload;
        m.atMs = ++m_clock;
        m.responseTo = responseTo;
        m.latencyMs = latencyMs;
        store.recordMessage(m);
        return m.id;
    }

    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_serial)); }

private Q_SLOTS:
    void loadsInOrder()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        const qint64 s = store.createSession(QStringLiteral("s"), QStringLiteral("http://x/mcp"),
                                             QStringLiteral("mcp"), 1);
        const qint64 init = add(store, s, true,
                                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                                "\"params\":{\"capabilities\":{}}}");
        add(store, s, false,
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"serverInfo\":{\"name\":\"x\"}}}", init);
        add(store, s, true, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        const qint64 call = add(store, s, true,
                                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\","
                                "\"params\":{\"name\":\"ask\"}}");
        add(store, s, false,
            "{\"jsonrpc\":\"2.0\",\"id\":\"e1\",\"method\":\"elicitation/create\",\"params\":{}}");
        add(store, s, true,
            "{\"jsonrpc\":\"2.0\",\"id\":\"e1\",\"result\":{\"action\":\"accept\"}}");
        add(store, s, false, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\"}");
        add(store, s, false, "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"content\":[]}}", call,
            12.5);
        add(store, s, true,
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/roots/list_changed\"}");
        add(store, s, true,
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"resources/read\","
            "\"params\":{\"uri\":\"demo://x\"}}");
        add(store, s, false,
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32002,\"message\":\"gone\"}}");
        store.close();

        CaptureReader reader;
        QVERIFY(reader.open(path));
        auto loaded = RecordedSession::load(reader, s);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        const RecordedSession &r = *loaded;
        QCOMPARE(r.initializeResult.value(QLatin1String("serverInfo"))
                     .toObject()
                     .value(QLatin1String("name")),
                 QJsonValue(QStringLiteral("x")));
        QCOMPARE(r.requests.size(), 3);
        QCOMPARE(r.requestCount(), 2);
        QCOMPARE(r.requests.at(0).subject(), QStringLiteral("ask"));
        QCOMPARE(r.requests.at(0).answer.kind, RecordedAnswer::Kind::Result);
        QCOMPARE(r.requests.at(0).latencyMs, 12.5);
        QCOMPARE(r.requests.at(0).messageId, call);
        QVERIFY(r.requests.at(1).notification);
        QCOMPARE(r.requests.at(2).subject(), QStringLiteral("demo://x"));
        QCOMPARE(r.requests.at(2).answer.kind, RecordedAnswer::Kind::Error);
        QCOMPARE(r.requests.at(2).answer.asJson(),
                 QJsonValue(QJsonObject{
                     {QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), -32002},
                                  {QStringLiteral("message"), QStringLiteral("gone")}}}}));
        QCOMPARE(r.serverRequests.size(), 1);
        QCOMPARE(r.serverRequests.first().method, QStringLiteral("elicitation/create"));
        QCOMPARE(r.serverRequests.first().answer.result,
                 QJsonValue(QJsonObject{{QStringLiteral("action"), QStringLiteral("accept")}}));
        QCOMPARE(r.serverNotifications.size(), 1);
    }

    void badInput()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        const qint64 empty =
            store.createSession(QStringLiteral("http only"), {}, QStringLiteral("http"), 1);
        const qint64 broken =
            store.createSession(QStringLiteral("broken"), {}, QStringLiteral("mcp"), 2);
        add(store, broken, true, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        const qint64 bad = add(store, broken, false, "{\"jsonrpc\":\"2.0\",\"id\":1,\"resu");
        store.close();

        CaptureReader reader;
        QVERIFY(reader.open(path));
        auto none = RecordedSession::load(reader, 4242);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::ReplayNoSession);
        QVERIFY(none.error().message.contains(QLatin1String("4242")));
        auto nothing = RecordedSession::load(reader, empty);
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().code, ErrorCode::ReplayEmptySession);
        auto unreadable = RecordedSession::load(reader, broken);
        QVERIFY(!unreadable);
        QCOMPARE(unreadable.error().code, ErrorCode::ReplayUnreadable);
        QVERIFY2(unreadable.error().message.contains(QStringLiteral("Message %1 ").arg(bad)),
                 qPrintable(unreadable.error().message));
    }

    void judges_data()
    {
        using K = RecordedAnswer::Kind;
        QTest::addColumn<int>("recorded");
        QTest::addColumn<int>("replayed");
        QTest::addColumn<bool>("changes");
        QTest::addColumn<ReplayState>("state");
        QTest::newRow("result, same")
            << int(K::Result) << int(K::Result) << false << ReplayState::Same;
        QTest::newRow("result, changed")
            << int(K::Result) << int(K::Result) << true << ReplayState::Changed;
        QTest::newRow("result, then error")
            << int(K::Result) << int(K::Error) << true << ReplayState::Failed;
        QTest::newRow("result, then nothing")
            << int(K::Result) << int(K::None) << false << ReplayState::Failed;
        QTest::newRow("error, same error")
            << int(K::Error) << int(K::Error) << false << ReplayState::Same;
        QTest::newRow("error, then result")
            << int(K::Error) << int(K::Result) << true << ReplayState::Changed;
        QTest::newRow("nothing, nothing")
            << int(K::None) << int(K::None) << false << ReplayState::Same;
    }

    void judges()
    {
        QFETCH(int, recorded);
        QFETCH(int, replayed);
        QFETCH(bool, changes);
        QFETCH(ReplayState, state);
        RecordedAnswer a, b;
        a.kind = RecordedAnswer::Kind(recorded);
        b.kind = RecordedAnswer::Kind(replayed);
        QList<JsonChange> list;
        if (changes)
            list.append(JsonChange{});
        QCOMPARE(CallReplay::compare(a, b, list), state);
    }

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    qint64 m_clock = 0;
};

QTEST_GUILESS_MAIN(TestRecordedSession)
#include "tst_recorded_session.moc"
