#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "node_peer.h"
#include "replay/session_replay.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// SessionReplay answering a real server-everything's (Streamable HTTP)
// elicitation requests from a recording that holds other server requests
// too: the next recorded elicitation is used (a recorded sampling request is
// passed over), a recorded error answer is given as that error, and a
// request the recording saw go unanswered is refused. A recorded
// notification other than a cancellation is sent again. A server gone mid-run
// stops the run with the reason.
class TestSessionReplayServerRequests : public QObject
{
    Q_OBJECT

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
        const QString why = m_peer.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void recordedErrorsAndUnansweredRequests()
    {
        RecordedSession recorded;
        recorded.sessionId = 7;
        RecordedRequest changed;
        changed.notification = true;
        changed.method = QStringLiteral("notifications/roots/list_changed");
        recorded.requests << changed << call(QStringLiteral("trigger-elicitation-request"))
                          << call(QStringLiteral("trigger-elicitation-request"));
        RecordedServerRequest sampling;
        sampling.method = QStringLiteral("sampling/createMessage");
        sampling.answer.kind = RecordedAnswer::Kind::Result;
        sampling.answer.result = QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}};
        RecordedServerRequest refused;
        refused.method = QStringLiteral("elicitation/create");
        refused.answer.kind = RecordedAnswer::Kind::Error;
        refused.answer.errorCode = -32042;
        refused.answer.errorMessage = QStringLiteral("recorded refusal");
        RecordedServerRequest unanswered;
        unanswered.method = QStringLiteral("elicitation/create"); // answer: Kind::None
        recorded.serverRequests << sampling << refused << unanswered;

        const QString path = m_dir.filePath(QStringLiteral("run.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        SessionReplay run(&store);
        QSignalSpy finished(&run, &SessionReplay::finished);
        McpSessionOptions options;
        options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_peer.port());
        options.era = ProtocolEra::Legacy;
        run.start(recorded, options, IgnoreRules::volatileMembers());
        QVERIFY(finished.wait(60000));
        QVERIFY2(!run.failed(), qPrintable(run.error().message));
        const ReplayReport &report = run.report();
        QCOMPARE(report.calls.size(), 2);
        QCOMPARE(report.serverRequestsAnswered, 1);  // the recorded error
        QCOMPARE(report.serverRequestsUnmatched, 1); // the unanswered one
        store.close();

        // What went out: the notification, and two error answers: the
        // recorded one, then "no answer left".
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto messages = reader.messages(report.replaySessionId);
        QVERIFY(messages);
        QStringList notifications;
        QList<QJsonObject> errors;
        for (const MessageRecord &m : *messages) {
            if (m.outgoing && m.kind == u"notification")
                notifications << m.method;
            if (m.outgoing && m.kind == u"error")
                errors << QJsonDocument::fromJson(m.payload)
                              .object()
                              .value(QStringLiteral("error"))
                              .toObject();
        }
        QVERIFY2(notifications.contains(QStringLiteral("notifications/roots/list_changed")),
                 qPrintable(notifications.join(u',')));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).value(QStringLiteral("code")).toInt(), -32042);
        QCOMPARE(errors.at(0).value(QStringLiteral("message")).toString(),
                 QStringLiteral("recorded refusal"));
        QCOMPARE(errors.at(1).value(QStringLiteral("code")).toInt(), -32601);
        QCOMPARE(errors.at(1).value(QStringLiteral("message")).toString(),
                 QStringLiteral("The recorded session has no answer to elicitation/create left "
                                "to give."));
    }

    // The server goes away after the first call: the next call finds no
    // connection, and the run stops there with the reason instead of
    // sending the calls after it.
    void serverGoneMidRun()
    {
        NodePeer peer;
        const QString why = peer.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        RecordedRequest echo = call(QStringLiteral("echo"));
        echo.params.insert(QStringLiteral("arguments"),
                           QJsonObject{{QStringLiteral("message"), QStringLiteral("hi")}});
        echo.answer.kind = RecordedAnswer::Kind::Result; // answered when recorded
        echo.answer.result = QJsonObject{};
        RecordedSession recorded;
        recorded.requests << echo << echo << echo;
        SessionReplay run(nullptr);
        QSignalSpy finished(&run, &SessionReplay::finished);
        QObject::connect(&run, &SessionReplay::callFinished, &run, [&peer] { peer.stop(); });
        McpSessionOptions options;
        options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(peer.port());
        options.era = ProtocolEra::Legacy;
        run.start(recorded, options, IgnoreRules::volatileMembers());
        QVERIFY(finished.wait(60000));
        QVERIFY(run.failed());
        QCOMPARE(run.error().code, ErrorCode::McpTransport);
        QCOMPARE(run.report().calls.size(), 2);
        QCOMPARE(run.report().calls.at(1).state, ReplayState::Failed);
        QCOMPARE(run.report().calls.at(1).failure, run.error().message);
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_peer;
};

QTEST_GUILESS_MAIN(TestSessionReplayServerRequests)
#include "tst_session_replay_server_requests.moc"
