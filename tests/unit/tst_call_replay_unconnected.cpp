#include "replay/call_replay.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace mcpscope;

// A call replay (replay/call_replay.h) without a connected session: it fails
// with the reason, asynchronously, and a recorded answer makes it a
// failure (no answer where the recording had one); a second start() does
// nothing.
class TestCallReplayUnconnected : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSession()
    {
        RecordedRequest request;
        request.method = QStringLiteral("tools/call");
        request.params = {{QStringLiteral("name"), QStringLiteral("echo")}};
        request.answer.kind = RecordedAnswer::Kind::Result;
        request.answer.result = QJsonObject{};
        CallReplay call(nullptr);
        QSignalSpy finished(&call, &CallReplay::finished);
        call.start(request, {});
        RecordedRequest other = request;
        other.method = QStringLiteral("prompts/get");
        call.start(other, {});
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(5000));
        QCOMPARE(call.outcome().state, ReplayState::Failed);
        QCOMPARE(call.outcome().error.code, ErrorCode::McpClosed);
        QCOMPARE(call.outcome().error.message,
                 QStringLiteral("tools/call was not replayed: the session is not connected. "
                                "Connect, then replay again."));
        QCOMPARE(call.outcome().answer.kind, RecordedAnswer::Kind::None);
        QCOMPARE(call.request().method, QStringLiteral("tools/call"));
    }
};

QTEST_GUILESS_MAIN(TestCallReplayUnconnected)
#include "tst_call_replay_unconnected.moc"
