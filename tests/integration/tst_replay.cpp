#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "cli_run.h"
#include "node_peer.h"
#include "replay/call_replay.h"
#include "replay/recorded_session.h"
#include "replay/session_replay.h"
#include "session/mcp_session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// A session recorded against one server-everything, replayed with
// 'mcpscope-cli replay' against a fresh one, over Streamable HTTP and stdio.
// get-env answers with the server's environment, which differs from instance
// to instance (its PORT; over stdio a variable set per run): the diff must
// show it at /content/0/text and an ignore rule must quiet it.
// trigger-elicitation-request makes the server ask the client
// (elicitation/create); the replay answers as recorded.
class TestReplay : public QObject
{
    Q_OBJECT

    static QString everythingScript()
    {
        return peersDir() +
               QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
    }
    static QString stdioCommand()
    {
        return QStringLiteral("\"%1\" \"%2\" stdio").arg(nodeBinary(), everythingScript());
    }

    // Records one session (echo, get-sum, get-env, the elicitation tool, a
    // prompt) into path; returns its capture session id (0: failed).
    static qint64 record(const QString &path, McpSessionOptions options)
    {
        // The recordings are legacy-era sessions, read request by request;
        // era Auto's server/discover probe would come first (issue 16).
        options.era = ProtocolEra::Legacy;
        CaptureStore store;
        if (!store.open(path))
            return 0;
        McpSession session(&store);
        QSignalSpy connected(session.client(), &McpClient::connected);
        if (!session.open(options) || !connected.wait(30000))
            return 0;
        const QList<QPair<QString, QJsonObject>> calls = {
            {QStringLiteral("tools/call"),
             {{QStringLiteral("name"), QStringLiteral("echo")},
              {QStringLiteral("arguments"),
               QJsonObject{{QStringLiteral("message"), QStringLiteral("hello")}}}}},
            {QStringLiteral("tools/call"),
             {{QStringLiteral("name"), QStringLiteral("get-sum")},
              {QStringLiteral("arguments"),
               QJsonObject{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}}}},
            {QStringLiteral("tools/call"),
             {{QStringLiteral("name"), QStringLiteral("get-env")},
              {QStringLiteral("arguments"), QJsonObject{}}}},
            {QStringLiteral("tools/call"),
             {{QStringLiteral("name"), QStringLiteral("trigger-elicitation-request")},
              {QStringLiteral("arguments"), QJsonObject{}}}},
            {QStringLiteral("prompts/get"),
             {{QStringLiteral("name"), QStringLiteral("simple-prompt")}}},
        };
        for (const auto &[method, params] : calls) {
            McpRequest *call = session.client()->request(method, params);
            QSignalSpy finished(call, &McpRequest::finished);
            if (!call->isFinished() && !finished.wait(30000))
                return 0;
            if (!call->succeeded()) {
                qWarning() << method << "failed:" << call->error().message;
                return 0;
            }
            call->deleteLater();
        }
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        closed.wait(15000);
        const qint64 id = session.captureSessionId();
        store.close();
        return id;
    }

    static QJsonObject report(const CliRun &run)
    {
        return QJsonDocument::fromJson(run.out).object();
    }

    // The calls of a --json report whose state is not "same".
    static QStringList differing(const QJsonObject &report)
    {
        QStringList out;
        for (const QJsonValue &call : report.value(QLatin1String("calls")).toArray()) {
            const QJsonObject c = call.toObject();
            if (c.value(QLatin1String("state")).toString() == u"same")
                continue;
            QStringList pointers;
            for (const QJsonValue &change : c.value(QLatin1String("changes")).toArray())
                pointers << change.toObject().value(QLatin1String("pointer")).toString();
            out << c.value(QLatin1String("name")).toString() + QLatin1Char(' ') +
                       c.value(QLatin1String("state")).toString() + QLatin1Char(' ') +
                       pointers.join(QLatin1Char(','));
        }
        return out;
    }

    static QProcessEnvironment runEnvironment(const QString &run)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MCPSCOPE_REPLAY_RUN"), run);
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString why =
            m_recorded.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        McpSessionOptions options;
        options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_recorded.port());
        options.rootsSupported = false;
        m_httpStore = m_dir.filePath(QStringLiteral("http.sqlite"));
        m_httpSession = record(m_httpStore, options);
        QVERIFY(m_httpSession > 0);
        m_recorded.stop();
        const QString fresh = m_fresh.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(fresh.isEmpty(), qPrintable(fresh));
        m_freshUrl = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_fresh.port());
    }

    void recordedSessionLoads()
    {
        CaptureReader reader;
        QVERIFY(reader.open(m_httpStore));
        auto recorded = RecordedSession::load(reader, m_httpSession);
        QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));
        QCOMPARE(recorded->requestCount(), 5);
        QVERIFY(recorded->initializeResult.contains(QLatin1String("serverInfo")));
        QCOMPARE(recorded->requests.at(0).subject(), QStringLiteral("echo"));
        QCOMPARE(recorded->requests.at(0).answer.kind, RecordedAnswer::Kind::Result);
        QVERIFY(recorded->requests.at(0).latencyMs >= 0);
        QVERIFY(recorded->requests.at(0).exchangeId > 0);
        bool elicited = false;
        for (const RecordedServerRequest &request : recorded->serverRequests)
            if (request.method == u"elicitation/create")
                elicited = request.answer.kind == RecordedAnswer::Kind::Result;
        QVERIFY(elicited);
    }

    void httpReplayMatchesOnceTheVaryingMemberIsIgnored()
    {
        const CliRun run =
            runCli({QStringLiteral("replay"), QStringLiteral("--store"), m_httpStore,
                    QStringLiteral("--session"), QString::number(m_httpSession),
                    QStringLiteral("--ignore"), QStringLiteral("/content/0/text"), m_freshUrl});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QVERIFY(run.out.contains("#2 tools/call get-env: same"));
        QVERIFY(run.out.contains("5 same, 0 changed, 0 failed"));
    }

    void httpReplayDiffersWithoutTheRule()
    {
        const CliRun run = runCli({QStringLiteral("replay"), QStringLiteral("--store"), m_httpStore,
                                   QStringLiteral("--session"), QString::number(m_httpSession),
                                   QStringLiteral("--json"), m_freshUrl});
        QVERIFY2(run.exitCode == 6, QByteArray(run.out + run.err).constData());
        const QJsonObject out = report(run);
        QCOMPARE(differing(out), QStringList{QStringLiteral("get-env changed /content/0/text")});
        const QJsonObject totals = out.value(QLatin1String("totals")).toObject();
        QCOMPARE(totals.value(QLatin1String("same")).toInt(), 4);
        QCOMPARE(totals.value(QLatin1String("serverRequestsAnswered")).toInt(), 1);

        // The run is a capture session of its own, linked to the recording,
        // each request to its original.
        const qint64 replaySession = out.value(QLatin1String("replaySession")).toInteger();
        QVERIFY(replaySession > 0);
        CaptureReader reader;
        QVERIFY(reader.open(m_httpStore));
        auto sessions = reader.sessions();
        QVERIFY(sessions);
        qint64 linkedTo = -1;
        for (const SessionInfo &info : *sessions)
            if (info.id == replaySession)
                linkedTo = info.replayOf;
        QCOMPARE(linkedTo, m_httpSession);
        auto original = reader.messages(m_httpSession);
        auto replayed = reader.messages(replaySession);
        QVERIFY(original && replayed);
        QList<qint64> originals;
        for (const MessageRecord &m : *original)
            if (m.outgoing && m.kind == u"request" && m.method != u"initialize")
                originals << m.id;
        QList<qint64> links;
        for (const MessageRecord &m : *replayed)
            if (m.replayOf > 0)
                links << m.replayOf;
        QCOMPARE(links, originals);
        // The exchanges that carried them too.
        auto ids = reader.exchangeIds(CaptureFilter{replaySession}, 0, 1000);
        QVERIFY(ids);
        auto summaries = reader.summaries(*ids);
        QVERIFY(summaries);
        int linkedExchanges = 0;
        for (const ExchangeSummary &s : *summaries)
            linkedExchanges += s.replayOf > 0 ? 1 : 0;
        QCOMPARE(linkedExchanges, 5);
    }

    void humanOutputShowsThePointer()
    {
        const CliRun run = runCli({QStringLiteral("replay"), QStringLiteral("--store"), m_httpStore,
                                   QStringLiteral("--session"), QString::number(m_httpSession),
                                   QStringLiteral("--no-record"), m_freshUrl});
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.out.contains("#2 tools/call get-env: changed"), run.out.constData());
        QVERIFY2(run.out.contains("    /content/0/text:\n      "), run.out.constData());
        // The line that differs: the fresh server's port.
        QVERIFY2(run.out.contains(QStringLiteral("      + \"  \\\"PORT\\\": \\\"%1\\\",\"\n")
                                      .arg(m_fresh.port())
                                      .toUtf8()),
                 run.out.constData());
        QVERIFY(!run.out.contains("Recorded as session"));
    }

    void stdioReplay()
    {
        const QString path = m_dir.filePath(QStringLiteral("stdio.sqlite"));
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::Stdio;
        options.target = stdioCommand();
        options.environment = {QStringLiteral("MCPSCOPE_REPLAY_RUN=recorded")};
        options.rootsSupported = false;
        const qint64 session = record(path, options);
        QVERIFY(session > 0);
        const QStringList base = {QStringLiteral("replay"),
                                  QStringLiteral("--store"),
                                  path,
                                  QStringLiteral("--session"),
                                  QString::number(session),
                                  QStringLiteral("--stdio"),
                                  stdioCommand()};
        const CliRun same = runCli(
            base + QStringList{QStringLiteral("--ignore"), QStringLiteral("/content/0/text")},
            runEnvironment(QStringLiteral("replayed")));
        QVERIFY2(same.exitCode == 0, QByteArray(same.out + same.err).constData());
        const CliRun differs = runCli(base + QStringList{QStringLiteral("--json")},
                                      runEnvironment(QStringLiteral("replayed")));
        QVERIFY2(differs.exitCode == 6, QByteArray(differs.out + differs.err).constData());
        QCOMPARE(differing(report(differs)),
                 QStringList{QStringLiteral("get-env changed /content/0/text")});
    }

    // One call sent again with its arguments edited, over a session of the
    // caller's: answered, diffed against the recording, linked to it.
    void editedCall()
    {
        CaptureReader reader;
        QVERIFY(reader.open(m_httpStore));
        auto recorded = RecordedSession::load(reader, m_httpSession);
        QVERIFY(recorded);
        RecordedRequest echo = recorded->requests.at(0);
        QCOMPARE(echo.subject(), QStringLiteral("echo"));
        echo.params.insert(QStringLiteral("arguments"),
                           QJsonObject{{QStringLiteral("message"), QStringLiteral("bye")}});

        const QString path = m_dir.filePath(QStringLiteral("call.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        McpSession session(&store);
        McpSessionOptions options;
        options.target = m_freshUrl;
        QSignalSpy connected(session.client(), &McpClient::connected);
        QVERIFY(session.open(options));
        QVERIFY(connected.wait(30000));
        CallReplay call(&session);
        QSignalSpy finished(&call, &CallReplay::finished);
        call.start(echo, IgnoreRules::volatileMembers());
        QCOMPARE(finished.count(), 0); // never inside start()
        QVERIFY(finished.wait(30000));
        const CallReplayOutcome &outcome = call.outcome();
        QCOMPARE(outcome.state, ReplayState::Changed);
        QCOMPARE(outcome.changes.size(), 1);
        QCOMPARE(outcome.changes.first().pointer, QStringLiteral("/content/0/text"));
        QCOMPARE(outcome.changes.first().oldValue, QJsonValue(QStringLiteral("Echo: hello")));
        QCOMPARE(outcome.changes.first().newValue, QJsonValue(QStringLiteral("Echo: bye")));
        QVERIFY(outcome.latencyMs >= 0);
        QVERIFY(outcome.messageId > 0);

        // Unedited, it is the same.
        CallReplay again(&session);
        QSignalSpy againFinished(&again, &CallReplay::finished);
        again.start(recorded->requests.at(0), IgnoreRules::volatileMembers());
        QVERIFY(againFinished.wait(30000));
        QCOMPARE(again.outcome().state, ReplayState::Same);

        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QVERIFY(closed.wait(15000));
        store.close();
        CaptureReader written;
        QVERIFY(written.open(path));
        auto messages = written.messages(session.captureSessionId());
        QVERIFY(messages);
        QList<qint64> links;
        for (const MessageRecord &m : *messages)
            if (m.replayOf > 0)
                links << m.replayOf;
        QCOMPARE(links, (QList<qint64>{echo.messageId, echo.messageId}));
    }

    // A recorded call whose arguments the server's current inputSchema no
    // longer accepts is sent anyway, and the report says so; the others
    // carry no note.
    void argumentsThatNoLongerValidateAreSentAndSaidSo()
    {
        CaptureReader reader;
        QVERIFY(reader.open(m_httpStore));
        auto recorded = RecordedSession::load(reader, m_httpSession);
        QVERIFY(recorded);
        RecordedRequest list;
        list.method = QStringLiteral("tools/list");
        recorded->requests.prepend(list);
        RecordedRequest &echo = recorded->requests[1];
        QCOMPARE(echo.subject(), QStringLiteral("echo"));
        echo.params.insert(QStringLiteral("arguments"),
                           QJsonObject{{QStringLiteral("message"), 5}});

        SessionReplay replay(nullptr);
        QSignalSpy finished(&replay, &SessionReplay::finished);
        McpSessionOptions options;
        options.target = m_freshUrl;
        replay.start(*recorded, options, IgnoreRules::volatileMembers());
        QVERIFY(finished.wait(60000));
        QVERIFY2(!replay.failed(), qPrintable(replay.error().message));
        const QList<ReplayedCall> &calls = replay.report().calls;
        QVERIFY(calls.size() >= 3);
        QCOMPARE(calls.at(1).name, QStringLiteral("echo"));
        QVERIFY2(calls.at(1).note.contains(QLatin1String("do not validate")) &&
                     calls.at(1).note.contains(QLatin1String("/message")),
                 qPrintable(calls.at(1).note));
        QVERIFY(calls.at(1).replayedMs >= 0); // it was sent
        QCOMPARE(calls.at(2).name, QStringLiteral("get-sum"));
        QVERIFY2(calls.at(2).note.isEmpty(), qPrintable(calls.at(2).note));
        QCOMPARE(replay.report()
                     .toJson()
                     .value(QLatin1String("calls"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QLatin1String("note"))
                     .toString(),
                 calls.at(1).note);
    }

    void unknownSession()
    {
        const CliRun run =
            runCli({QStringLiteral("replay"), QStringLiteral("--store"), m_httpStore,
                    QStringLiteral("--session"), QStringLiteral("99999"), m_freshUrl});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no session 99999"), run.err.constData());
    }

    void serverGone()
    {
        const QString gone = QStringLiteral("http://127.0.0.1:%1/mcp").arg(freePort());
        const CliRun run = runCli({QStringLiteral("replay"), QStringLiteral("--store"), m_httpStore,
                                   QStringLiteral("--session"), QString::number(m_httpSession),
                                   QStringLiteral("--no-record"), gone});
        QVERIFY2(run.exitCode == 2, QByteArray(run.out + run.err).constData());
        QVERIFY(!run.err.isEmpty());
    }

    // A store written before replay_of existed (schema 3) replays, and is
    // upgraded on the way.
    void olderSchemaStore()
    {
        const QString old = m_dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(m_httpStore, old));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"ALTER TABLE sessions DROP COLUMN replay_of",
                  "ALTER TABLE exchanges DROP COLUMN replay_of",
                  "ALTER TABLE messages DROP COLUMN replay_of",
                  // schema 6's
                  "ALTER TABLE findings DROP COLUMN source",
                  "DELETE FROM store_meta WHERE key LIKE 'diagnostics_%'", "PRAGMA user_version=3"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        {
            CaptureReader reader; // reads schema 3 as it is
            QVERIFY(reader.open(old));
            QVERIFY(RecordedSession::load(reader, m_httpSession));
        }
        const CliRun run =
            runCli({QStringLiteral("replay"), QStringLiteral("--store"), old,
                    QStringLiteral("--session"), QString::number(m_httpSession),
                    QStringLiteral("--ignore"), QStringLiteral("/content/0/text"), m_freshUrl});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QVERIFY(run.out.contains("Recorded as session"));
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_recorded;
    NodePeer m_fresh;
    QString m_httpStore;
    qint64 m_httpSession = 0;
    QString m_freshUrl;
};

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"
