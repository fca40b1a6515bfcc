#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "node_peer.h"
#include "replay/session_replay.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// SessionReplay's runs that tst_replay does not make, against a real
// server-everything (Streamable HTTP): server requests answered from the
// recording until it has none left, a recorded cancellation not sent again,
// a call the server now refuses, a run that cannot open and one stopped
// early.
class TestSessionReplayRun : public QObject
{
    Q_OBJECT

    static QString everythingScript()
    {
        return peersDir() +
               QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
    }

    McpSessionOptions options() const
    {
        McpSessionOptions o;
        o.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_peer.port());
        o.era = ProtocolEra::Legacy;
        return o;
    }

    static RecordedRequest call(const QString &tool)
    {
        RecordedRequest r;
        r.method = QStringLiteral("tools/call");
        r.params = {{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), QJsonObject{}}};
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString why = m_peer.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // The server asks for elicitation twice: the first gets the recorded
    // answer, the second finds none left (refused, counted unmatched). The
    // recorded notifications/cancelled is not sent; a method the server
    // does not know fails where an answer was recorded.
    void serverRequestsAnsweredFromTheRecording()
    {
        RecordedSession recorded;
        recorded.sessionId = 42;
        RecordedRequest cancelled;
        cancelled.notification = true;
        cancelled.method = QStringLiteral("notifications/cancelled");
        cancelled.params = {{QStringLiteral("requestId"), 99}};
        recorded.requests << cancelled << call(QStringLiteral("trigger-elicitation-request"))
                          << call(QStringLiteral("trigger-elicitation-request"));
        RecordedRequest unknown;
        unknown.method = QStringLiteral("mcpscope/no-such-method");
        unknown.answer.kind = RecordedAnswer::Kind::Result;
        unknown.answer.result = QJsonObject{};
        recorded.requests << unknown;
        RecordedServerRequest elicitation;
        elicitation.method = QStringLiteral("elicitation/create");
        elicitation.answer.kind = RecordedAnswer::Kind::Result;
        elicitation.answer.result =
            QJsonObject{{QStringLiteral("action"), QStringLiteral("decline")}};
        recorded.serverRequests << elicitation;

        CaptureStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("run.sqlite"))));
        SessionReplay run(&store);
        QSignalSpy finished(&run, &SessionReplay::finished);
        QSignalSpy calls(&run, &SessionReplay::callFinished);
        run.start(recorded, options(), IgnoreRules::volatileMembers());
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(60000));
        QVERIFY2(!run.failed(), qPrintable(run.error().message));
        const ReplayReport &report = run.report();
        QCOMPARE(report.recordedSessionId, 42);
        QVERIFY(report.replaySessionId > 0);
        QCOMPARE(report.serverRequestsAnswered, 1);
        QCOMPARE(report.serverRequestsUnmatched, 1);
        // Three calls: the cancellation is no call and was not replayed.
        QCOMPARE(calls.count(), 3);
        QCOMPARE(report.calls.size(), 3);
        QCOMPARE(report.calls.at(0).name, QStringLiteral("trigger-elicitation-request"));
        QCOMPARE(report.calls.at(2).method, QStringLiteral("mcpscope/no-such-method"));
        QCOMPARE(report.calls.at(2).state, ReplayState::Failed);
        QVERIFY2(report.calls.at(2).failure.contains(QStringLiteral("-32601")),
                 qPrintable(report.calls.at(2).failure));
        QCOMPARE(report.calls.at(2)
                     .answer.toObject()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toInt(),
                 -32601);
        QCOMPARE(report.failed, 1);
        store.close();

        // What went out: two elicitation answers, no cancellation.
        CaptureReader reader;
        QVERIFY(reader.open(m_dir.filePath(QStringLiteral("run.sqlite"))));
        const auto messages = reader.messages(report.replaySessionId);
        QVERIFY(messages);
        QStringList sentNotifications;
        int answers = 0;
        for (const MessageRecord &m : *messages) {
            if (m.outgoing && m.kind == u"notification")
                sentNotifications << m.method;
            if (m.outgoing && (m.kind == u"response" || m.kind == u"error"))
                ++answers;
        }
        QCOMPARE(sentNotifications, QStringList{QStringLiteral("notifications/initialized")});
        QCOMPARE(answers, 2);
    }

    // A stdio session without a command cannot open: the run finishes (not inside start()) with
    // the reason and no calls.
    void aRunThatCannotOpenFinishesWithTheReason()
    {
        RecordedSession recorded;
        recorded.requests << call(QStringLiteral("echo"));
        SessionReplay run(nullptr);
        QSignalSpy finished(&run, &SessionReplay::finished);
        McpSessionOptions none;
        none.kind = McpSessionOptions::Kind::Stdio; // and no command
        run.start(recorded, none, IgnoreRules());
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(15000));
        QVERIFY(run.failed());
        QCOMPARE(run.error().code, ErrorCode::SessionNoCommand);
        QVERIFY(run.report().calls.isEmpty());
        QCOMPARE(run.report().replaySessionId, 0);
    }

    // stop() before the first answer: no call reported, finished() once,
    // stopped() true, and the run is no failure.
    void stoppedEarly()
    {
        RecordedSession recorded;
        recorded.requests << call(QStringLiteral("echo")) << call(QStringLiteral("get-sum"));
        SessionReplay run(nullptr);
        QSignalSpy finished(&run, &SessionReplay::finished);
        QSignalSpy calls(&run, &SessionReplay::callFinished);
        run.stop(); // before start(): nothing to stop
        QVERIFY(!run.stopped());
        run.start(recorded, options(), IgnoreRules());
        run.stop();
        QVERIFY(run.stopped());
        QVERIFY(finished.wait(15000));
        QCOMPARE(calls.count(), 0);
        QVERIFY(!run.failed());
        run.stop(); // finished: nothing more
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_peer;
};

QTEST_GUILESS_MAIN(TestSessionReplayRun)
#include "tst_session_replay_run.moc"
