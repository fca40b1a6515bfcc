#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "node_peer.h"
#include "replay/call_replay.h"
#include "replay/recorded_session.h"
#include "session/mcp_session.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// CallReplay's other outcomes against a real server-everything (Streamable
// HTTP): no session to send over, a notification sent again, and a request
// the server answers with a JSON-RPC error, compared with recordings of an
// answer, of the same error and of another error.
class TestCallReplay : public QObject
{
    Q_OBJECT

    static QString everythingScript()
    {
        return peersDir() +
               QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
    }

    // Replays request over session; returns its outcome once finished.
    static CallReplayOutcome replay(McpSession *session, const RecordedRequest &request)
    {
        CallReplay call(session);
        QSignalSpy finished(&call, &CallReplay::finished);
        call.start(request, IgnoreRules());
        if (finished.count() != 0) { // never inside start()
            CallReplayOutcome broken;
            broken.error.message = QStringLiteral("finished inside start()");
            return broken;
        }
        if (!finished.wait(30000))
            return {};
        // A second start() is ignored: no second finished().
        call.start(request, IgnoreRules());
        QCoreApplication::processEvents();
        if (finished.count() != 1) {
            CallReplayOutcome broken;
            broken.error.message = QStringLiteral("finished %1 times").arg(finished.count());
            return broken;
        }
        return call.outcome();
    }

    static RecordedRequest unknownMethod(RecordedAnswer::Kind kind, int code = 0,
                                         const QString &message = {})
    {
        RecordedRequest request;
        request.method = QStringLiteral("mcpscope/no-such-method");
        request.answer.kind = kind;
        if (kind == RecordedAnswer::Kind::Result)
            request.answer.result = QJsonObject{{QStringLiteral("ok"), true}};
        request.answer.errorCode = code;
        request.answer.errorMessage = message;
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString why = m_peer.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_path = m_dir.filePath(QStringLiteral("calls.sqlite"));
        QVERIFY(m_store.open(m_path));
        m_session = new McpSession(&m_store, this);
        McpSessionOptions options;
        options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_peer.port());
        options.era = ProtocolEra::Legacy;
        options.rootsSupported = false;
        QSignalSpy connected(m_session->client(), &McpClient::connected);
        QVERIFY(m_session->open(options));
        QVERIFY(connected.wait(30000));
    }

    void cleanupTestCase()
    {
        if (m_session) {
            QSignalSpy closed(m_session, &McpSession::closed);
            m_session->close();
            QVERIFY(closed.wait(15000));
        }
        m_store.close();
    }

    // Without a connected session nothing is sent: the outcome says why,
    // after start() has returned, and a recorded answer makes it a failure.
    void notConnectedIsFailedWithTheReason()
    {
        RecordedRequest request = unknownMethod(RecordedAnswer::Kind::Result);
        request.method = QStringLiteral("tools/list");
        const CallReplayOutcome none = replay(nullptr, request);
        QCOMPARE(none.error.code, ErrorCode::McpClosed);
        QVERIFY2(none.error.message.startsWith(QStringLiteral("tools/list was not replayed")),
                 qPrintable(none.error.message));
        QCOMPARE(none.answer.kind, RecordedAnswer::Kind::None);
        QCOMPARE(none.state, ReplayState::Failed);
        QCOMPARE(none.messageId, 0);

        CaptureStore other;
        QVERIFY(other.open(m_dir.filePath(QStringLiteral("unopened.sqlite"))));
        McpSession unopened(&other);
        const CallReplayOutcome closed = replay(&unopened, request);
        QCOMPARE(closed.error.code, ErrorCode::McpClosed);
        QCOMPARE(closed.error.message, none.error.message);
        QCOMPARE(closed.state, ReplayState::Failed);

        // Nothing recorded, nothing answered: the same.
        request.answer = {};
        QCOMPARE(replay(nullptr, request).state, ReplayState::Same);
        other.close();
    }

    // A notification goes out again (it reaches the wire and the store as
    // an outgoing notification) and, having no answer, is the same.
    void notificationIsSentAgain()
    {
        RecordedRequest request;
        request.notification = true;
        request.method = QStringLiteral("notifications/roots/list_changed");
        const CallReplayOutcome outcome = replay(m_session, request);
        QCOMPARE(outcome.error.code, ErrorCode::None);
        QCOMPARE(outcome.answer.kind, RecordedAnswer::Kind::None);
        QCOMPARE(outcome.state, ReplayState::Same);
        QVERIFY(outcome.changes.isEmpty());

        CaptureReader reader;
        QVERIFY(reader.open(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto messages = reader.messages(m_session->captureSessionId());
                if (!messages)
                    return false;
                for (const MessageRecord &m : *messages)
                    if (m.outgoing && m.kind == u"notification" && m.method == request.method)
                        return true;
                return false;
            }(),
            15000);
    }

    // The server's JSON-RPC error is the answer: its own message (without
    // our sentence around it), its code; where an answer was recorded the
    // replay failed.
    void rpcErrorWhereAnAnswerWasRecordedFails()
    {
        const CallReplayOutcome outcome =
            replay(m_session, unknownMethod(RecordedAnswer::Kind::Result));
        QCOMPARE(outcome.answer.kind, RecordedAnswer::Kind::Error);
        QCOMPARE(outcome.answer.errorCode, -32601);
        QCOMPARE(outcome.answer.errorMessage, QStringLiteral("Method not found"));
        QCOMPARE(outcome.error.code, ErrorCode::McpRpc);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("-32601")),
                 qPrintable(outcome.error.message));
        QCOMPARE(outcome.state, ReplayState::Failed);
        QVERIFY(outcome.messageId > 0);
        QVERIFY(outcome.exchangeId > 0);
    }

    // The same error as recorded is the same; another message is a change
    // at /error/message; an error where none was recorded is a change too.
    void rpcErrorComparedWithARecordedError()
    {
        const CallReplayOutcome same =
            replay(m_session, unknownMethod(RecordedAnswer::Kind::Error, -32601,
                                            QStringLiteral("Method not found")));
        QCOMPARE(same.state, ReplayState::Same);
        QVERIFY(same.changes.isEmpty());

        const CallReplayOutcome changed = replay(
            m_session, unknownMethod(RecordedAnswer::Kind::Error, -32601, QStringLiteral("Gone")));
        QCOMPARE(changed.state, ReplayState::Changed);
        QCOMPARE(changed.changes.size(), 1);
        QCOMPARE(changed.changes.first().pointer, QStringLiteral("/error/message"));
        QCOMPARE(changed.changes.first().oldValue, QJsonValue(QStringLiteral("Gone")));
        QCOMPARE(changed.changes.first().newValue, QJsonValue(QStringLiteral("Method not found")));

        QCOMPARE(replay(m_session, unknownMethod(RecordedAnswer::Kind::None)).state,
                 ReplayState::Changed);
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_peer;
    QString m_path;
    CaptureStore m_store;
    McpSession *m_session = nullptr;
};

QTEST_GUILESS_MAIN(TestCallReplay)
#include "tst_call_replay.moc"
