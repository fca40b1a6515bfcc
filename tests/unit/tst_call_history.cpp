#include "capture/call_history.h"
#include "capture/capture_store.h"
#include "error_code_testing.h"
#include "test_store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The tools/call history the History tab reads (capture/call_history.h):
// derived from the stored messages, each request paired with its answer,
// across the sessions that spoke to the same target.
class TestCallHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    struct Recorder
    {
        CaptureStore &store;
        qint64 session;
        qint64 at = 1000;

        qint64 exchange()
        {
            Exchange e = makeExchange(store.reserveExchangeId());
            e.sessionId = session;
            store.record(e);
            return e.id;
        }
        qint64 message(qint64 exchangeId, bool outgoing, const QString &kind, const QString &method,
                       const QByteArray &payload, qint64 responseTo = 0, double latencyMs = -1)
        {
            MessageRecord m;
            m.id = store.reserveMessageId();
            m.sessionId = session;
            m.exchangeId = exchangeId;
            m.outgoing = outgoing;
            m.kind = kind;
            m.rpcId = QStringLiteral("1");
            m.method = method;
            m.payload = payload;
            m.atMs = ++at;
            m.responseTo = responseTo;
            m.latencyMs = latencyMs;
            store.recordMessage(m);
            return m.id;
        }
        qint64 call(qint64 exchangeId, const QByteArray &tool, const QByteArray &arguments)
        {
            return message(exchangeId, true, QStringLiteral("request"),
                           QStringLiteral("tools/call"),
                           "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{"
                           "\"name\":\"" +
                               tool + "\",\"arguments\":" + arguments + "}}");
        }
        qint64 answer(qint64 exchangeId, qint64 request, const QByteArray &payload,
                      const QString &kind = QStringLiteral("response"), double latencyMs = 12.5)
        {
            return message(exchangeId, false, kind, {}, payload, request, latencyMs);
        }
    };

private slots:
    void pairsEachCallWithItsAnswer()
    {
        const QString path = m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_serial));
        CaptureStore store;
        QVERIFY(store.open(path));
        const QString target = QStringLiteral("http://127.0.0.1:3001/mcp");
        const qint64 earlier =
            store.createSession(QStringLiteral("earlier"), target, QStringLiteral("http"), 1);
        const qint64 other =
            store.createSession(QStringLiteral("other"), QStringLiteral("http://127.0.0.1:9/mcp"),
                                QStringLiteral("http"), 2);
        const qint64 now =
            store.createSession(QStringLiteral("now"), target, QStringLiteral("http"), 3);

        Recorder old{store, earlier};
        const qint64 x0 = old.exchange();
        const qint64 echo = old.call(x0, "echo", "{\"message\":\"hi\"}");
        old.answer(x0, echo, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[]}}");

        Recorder elsewhere{store, other};
        const qint64 x1 = elsewhere.exchange();
        elsewhere.call(x1, "elsewhere", "{}");

        Recorder rec{store, now};
        const qint64 x2 = rec.exchange();
        const qint64 failing = rec.call(x2, "add", "{\"a\":1,\"b\":\"x\"}");
        rec.answer(x2, failing,
                   "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"isError\":true,\"content\":["
                   "{\"type\":\"image\",\"data\":\"\"},{\"type\":\"text\",\"text\":\"b is not a "
                   "number\"}]}}");
        const qint64 x3 = rec.exchange();
        const qint64 unknown = rec.call(x3, "nope", "{}");
        rec.answer(x3, unknown,
                   "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32602,\"message\":\"Unknown "
                   "tool: nope\"}}",
                   QStringLiteral("error"));
        // The answer arrived on another exchange (the SSE stream).
        const qint64 x4 = rec.exchange();
        const qint64 streamed = rec.call(x4, "longRunning", "{\"duration\":1}");
        const qint64 x5 = rec.exchange();
        rec.answer(x5, streamed, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[]}}");
        // Still waiting, over stdio (no exchange).
        const qint64 pending = rec.call(0, "sleep", "{}");
        // Not a tools/call: left out.
        rec.message(x5, true, QStringLiteral("request"), QStringLiteral("tools/list"),
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
        store.flush();

        const auto history = readCallHistory(path, now);
        QVERIFY2(history, qPrintable(history ? QString() : history.error().message));
        // Newest first, this session's and the earlier one's to the same target.
        QCOMPARE(history->size(), 5);
        const CallHistoryEntry &p = history->at(0);
        QCOMPARE(p.requestMessageId, pending);
        QCOMPARE(p.tool, QStringLiteral("sleep"));
        QCOMPARE(p.outcome, CallHistoryEntry::Outcome::NoAnswer);
        QCOMPARE(p.exchangeId, 0);
        QCOMPARE(p.latencyMs, -1.0);
        QVERIFY(p.answer.isEmpty());

        const CallHistoryEntry &s = history->at(1);
        QCOMPARE(s.requestMessageId, streamed);
        QCOMPARE(s.outcome, CallHistoryEntry::Outcome::Result);
        QCOMPARE(s.exchangeId, x4);
        QCOMPARE(s.answerExchangeId, x5);
        QCOMPARE(s.arguments, QByteArray("{\"duration\":1}"));

        const CallHistoryEntry &u = history->at(2);
        QCOMPARE(u.outcome, CallHistoryEntry::Outcome::RpcError);
        QCOMPARE(u.detail, QStringLiteral("-32602 Unknown tool: nope"));
        QCOMPARE(u.answerExchangeId, 0); // the same exchange carried it

        const CallHistoryEntry &f = history->at(3);
        QCOMPARE(f.tool, QStringLiteral("add"));
        QCOMPARE(f.outcome, CallHistoryEntry::Outcome::ToolError);
        QCOMPARE(f.detail, QStringLiteral("b is not a number")); // the first text, not the image
        QCOMPARE(f.latencyMs, 12.5);
        QCOMPARE(f.sessionId, now);
        QVERIFY(f.answer.contains("isError"));

        const CallHistoryEntry &e = history->at(4);
        QCOMPARE(e.requestMessageId, echo);
        QCOMPARE(e.sessionId, earlier);
        QCOMPARE(e.outcome, CallHistoryEntry::Outcome::Result);
        QCOMPARE(e.arguments, QByteArray("{\"message\":\"hi\"}"));
        QVERIFY(e.detail.isEmpty());

        // The limit keeps the newest.
        const auto two = readCallHistory(path, now, 2);
        QVERIFY(two);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(1).requestMessageId, streamed);
        // The other target's session sees only its own.
        const auto theirs = readCallHistory(path, other);
        QVERIFY(theirs);
        QCOMPARE(theirs->size(), 1);
        QCOMPARE(theirs->first().tool, QStringLiteral("elsewhere"));
    }

    void unreadableStore()
    {
        // A file that is not a database: the query fails, and says so.
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const auto history = readCallHistory(path, 1);
        QVERIFY(!history);
        QCOMPARE(history.error().code, ErrorCode::StoreRead);
        QVERIFY(
            history.error().message.startsWith(QStringLiteral("Reading the call history failed")));

        // A store that is not there cannot be opened read-only.
        const auto missing = readCallHistory(m_dir.filePath(QStringLiteral("none/x.sqlite")), 1);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::StoreOpen);
    }
};

QTEST_GUILESS_MAIN(TestCallHistory)
#include "tst_call_history.moc"
