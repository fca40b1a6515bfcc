#include "bad_server_stats.h"
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "net/exchange_sink.h"
#include "node_peer.h"
#include "session/mcp_authorizer.h"
#include "session/mcp_session.h"
#include "test_store.h"
#include "tool_result.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

class RawHeaders final : public ExchangeObserver
{
public:
    void exchangeRecorded(const Exchange &raw) override
    {
        for (const auto &[name, value] : raw.requestHeaders)
            if (name.compare("authorization", Qt::CaseInsensitive) == 0)
                authorizations.append(value);
    }
    QByteArrayList authorizations;
};

// The pids of this process's children whose command line has an argument
// containing text and the argument word.
QList<qint64> childProcesses(const QByteArray &text, const QByteArray &word)
{
    QList<qint64> pids;
    const QByteArray self = QByteArray::number(QCoreApplication::applicationPid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ppid …; comm may hold spaces, so read after the last ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 2 || fields.at(1) != self)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray arguments = cmdline.readAll();
        if (arguments.contains(text) && arguments.split('\0').contains(word))
            pids.append(pid);
    }
    return pids;
}

} // namespace

// McpSession against real peers: open, a tool call, and an asynchronous close
// that completes only once the server has been told (the DELETE answered, the
// stdio process exited); its capture session is recorded and ended.
class TestMcpSession : public QObject
{
    Q_OBJECT

    QString everythingScript() const
    {
        return peersDir() +
               QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
    }

    // The DELETEs the bad server has answered so far.
    int deletesAnswered() { return testing::badServerDeletesAnswered(m_bad.port()); }

    static bool waitConnected(McpSession &session)
    {
        QSignalSpy connected(session.client(), &McpClient::connected);
        QSignalSpy failed(session.client(), &McpClient::failed);
        if (!connected.wait(20000) || !failed.isEmpty()) {
            qWarning() << "not connected:"
                       << (failed.isEmpty() ? QStringLiteral("timeout")
                                            : failed.first().first().value<Error>().message);
            return false;
        }
        return true;
    }

    static QString echo(McpSession &session, const QString &message)
    {
        McpRequest *call = session.client()->request(
            QStringLiteral("tools/call"),
            {{QStringLiteral("name"), QStringLiteral("echo")},
             {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("message"), message}}}});
        QSignalSpy finished(call, &McpRequest::finished);
        if (!call->isFinished())
            finished.wait(20000);
        const QString text = call->succeeded() ? firstToolText(call->result())
                                               : QStringLiteral("failed: ") + call->error().message;
        call->deleteLater();
        return text;
    }

    static std::optional<SessionInfo> sessionRow(const QString &path, qint64 id)
    {
        CaptureReader reader;
        if (!reader.open(path))
            return std::nullopt;
        const auto sessions = reader.sessions();
        if (!sessions)
            return std::nullopt;
        for (const SessionInfo &info : *sessions)
            if (info.id == id)
                return info;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString why = m_bad.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString whyEverything =
            m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(whyEverything.isEmpty(), qPrintable(whyEverything));
    }

    // The bad server answers each DELETE 300 ms late and counts it: closed()
    // comes only once it has.
    void streamableHttpCloseWaitsForTheDelete()
    {
        const QString path = m_dir.filePath(QStringLiteral("http.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        RawHeaders observer;
        store.addObserver(&observer);
        McpSession session(&store);
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::Http;
        options.target = QStringLiteral("http://127.0.0.1:%1/get-404/mcp").arg(m_bad.port());
        options.transport = McpClient::Transport::StreamableHttp;
        options.headers = {
            qMakePair(QByteArray("Authorization"), QByteArray("Bearer PLANTED-SESSION-TOKEN"))};
        QVERIFY(session.open(options));
        QVERIFY(!session.open(options)); // a session is opened once
        QVERIFY(waitConnected(session));
        QVERIFY(!session.client()->sessionId().isEmpty());
        QCOMPARE(echo(session, QStringLiteral("hello")), QStringLiteral("Echo: hello"));
        const int before = deletesAnswered();
        QVERIFY(before >= 0);

        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QCOMPARE(closed.size(), 0); // asynchronous, never inside close()
        QCOMPARE(session.state(), McpSession::State::Closing);
        QVERIFY(closed.wait(15000));
        QVERIFY(session.closeConfirmed());
        QCOMPARE(deletesAnswered(), before + 1);
        session.close(); // closing again is harmless and emits nothing more
        QTest::qWait(0);
        QCOMPARE(closed.size(), 1);

        // The observer saw the token; the store has it redacted.
        QVERIFY(observer.authorizations.contains("Bearer PLANTED-SESSION-TOKEN"));
        store.removeObserver(&observer);
        store.flushSearchIndex();
        QVERIFY(!storeFileBytes(path).contains("PLANTED-SESSION-TOKEN"));

        const auto row = sessionRow(path, session.captureSessionId());
        QVERIFY(row);
        QCOMPARE(row->kind, QStringLiteral("mcp"));
        QVERIFY(row->endedAtMs >= row->startedAtMs && row->endedAtMs > 0);
        CaptureReader reader;
        QVERIFY(reader.open(path));
        // initialize, initialized, the listening GET, tools/call, DELETE
        QVERIFY2(*reader.exchangeCount(session.captureSessionId()) >= 5,
                 qPrintable(QString::number(*reader.exchangeCount(session.captureSessionId()))));
        CaptureFilter deletes;
        deletes.method = QStringLiteral("DELETE");
        deletes.sessionId = session.captureSessionId();
        const auto deleteIds = reader.exchangeIds(deletes, 0, 10);
        QVERIFY(deleteIds);
        QCOMPARE(deleteIds->size(), 1);
        QCOMPARE((*reader.exchange(deleteIds->first()))->status, 200);
        bool sawCall = false;
        const auto messages = reader.messages(session.captureSessionId());
        QVERIFY(messages);
        for (const MessageRecord &m : *messages)
            sawCall = sawCall || m.method == u"tools/call";
        QVERIFY(sawCall);
    }

    // A refusal the client explains is recorded as a finding of the session's
    // capture session, its evidence the exchange that carried it (the bad
    // server answers every tools/call on /rate-limit/ with 429).
    void rateLimitedCallIsRecordedAsAFinding()
    {
        const QString path = m_dir.filePath(QStringLiteral("findings.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        FindingsStore findings;
        QVERIFY(findings.open(path));
        McpSession session(&store);
        McpSessionOptions options;
        options.target = QStringLiteral("http://127.0.0.1:%1/rate-limit/mcp").arg(m_bad.port());
        options.transport = McpClient::Transport::StreamableHttp;
        options.findings = &findings;
        QSignalSpy recorded(&session, &McpSession::findingRecorded);
        QVERIFY(session.open(options));
        QVERIFY(waitConnected(session));
        QVERIFY(recorded.isEmpty()); // initialize went through: nothing to find
        const QString answer = echo(session, QStringLiteral("hello"));
        QVERIFY2(answer.startsWith(QStringLiteral("failed: ")), qPrintable(answer));
        QCOMPARE(recorded.size(), 1); // recorded before the call reported

        const auto stored = findings.findings(session.captureSessionId());
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        const Finding &finding = stored->first();
        QCOMPARE(finding.kind, QStringLiteral("http.rate_limited"));
        QCOMPARE(finding.sessionId, session.captureSessionId());
        QVERIFY(finding.id > 0 && finding.atMs > 0);
        QVERIFY2(finding.summary().contains(QStringLiteral("tools/call")),
                 qPrintable(finding.summary()));
        QCOMPARE(finding.exchangeIds.size(), 1);
        QCOMPARE(recorded.first().first().value<Finding>().exchangeIds, finding.exchangeIds);

        // The evidence is the 429 that refused the call, in the same session.
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto evidence = reader.exchange(finding.exchangeIds.first());
        QVERIFY(evidence && evidence->has_value());
        QCOMPARE((*evidence)->status, 429);
        QCOMPARE((*evidence)->sessionId, session.captureSessionId());
        QVERIFY((*evidence)->requestBody.contains("tools/call"));

        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QVERIFY(closed.wait(15000));
    }

    // A refused authorization is recorded too: the bad server refuses
    // tools/call with 401 invalid_token and publishes no resource metadata, so
    // the flow the authorizer starts fails at discovery; its finding (not an
    // HTTP one) reaches the store with the exchanges that showed it.
    void failedAuthorizationIsRecordedAsAFinding()
    {
        const QString path = m_dir.filePath(QStringLiteral("oauth-findings.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        FindingsStore findings;
        QVERIFY(findings.open(path));
        McpSession session(&store);
        McpSessionOptions options;
        options.target = QStringLiteral("http://127.0.0.1:%1/expired/mcp").arg(m_bad.port());
        options.transport = McpClient::Transport::StreamableHttp;
        options.findings = &findings;
        OAuthFlow::Settings oauth;
        oauth.mode = OAuthFlow::Mode::Headless;
        options.oauth = oauth;
        QVERIFY(session.open(options));
        QVERIFY(waitConnected(session));
        QSignalSpy flowDone(session.authorizer()->flow(), &OAuthFlow::finished);
        const QString answer = echo(session, QStringLiteral("hello"));
        QVERIFY2(answer.startsWith(QStringLiteral("failed: ")), qPrintable(answer));
        QVERIFY(!flowDone.isEmpty() || flowDone.wait(15000));
        QCOMPARE(flowDone.first().first().toBool(), false);
        const Finding flowFinding = session.authorizer()->flow()->failureFinding();
        QVERIFY2(flowFinding.kind.startsWith(QStringLiteral("oauth.")),
                 qPrintable(flowFinding.kind));

        const auto stored = findings.findings(session.captureSessionId());
        QVERIFY(stored);
        QStringList kinds;
        for (const Finding &f : *stored)
            kinds.append(f.kind);
        QVERIFY2(kinds.contains(flowFinding.kind), qPrintable(kinds.join(u',')));
        for (const Finding &f : *stored) {
            if (f.kind != flowFinding.kind)
                continue;
            QCOMPARE(f.sessionId, session.captureSessionId());
            QCOMPARE(f.exchangeIds, flowFinding.exchangeIds);
        }

        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QVERIFY(closed.wait(15000));
    }

    // The same server on a path where nothing misbehaves: a successful call
    // raises no finding.
    void successfulCallRaisesNoFinding()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-findings.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        FindingsStore findings;
        QVERIFY(findings.open(path));
        McpSession session(&store);
        McpSessionOptions options;
        options.target = QStringLiteral("http://127.0.0.1:%1/plain/mcp").arg(m_bad.port());
        options.transport = McpClient::Transport::StreamableHttp;
        options.findings = &findings;
        QSignalSpy recorded(&session, &McpSession::findingRecorded);
        QVERIFY(session.open(options));
        QVERIFY(waitConnected(session));
        QCOMPARE(echo(session, QStringLiteral("fine")), QStringLiteral("Echo: fine"));
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QVERIFY(closed.wait(15000));
        QVERIFY(recorded.isEmpty());
        const auto stored = findings.findings();
        QVERIFY(stored);
        QVERIFY(stored->isEmpty());
    }

    // The same against the reference server, which keeps a session too.
    void streamableHttpAgainstServerEverything()
    {
        const QString path = m_dir.filePath(QStringLiteral("everything.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        McpSession session(&store);
        McpSessionOptions options;
        options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        options.captureName = QStringLiteral("everything over HTTP");
        QVERIFY(session.open(options));
        QVERIFY(waitConnected(session));
        QCOMPARE(echo(session, QStringLiteral("http")), QStringLiteral("Echo: http"));
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QVERIFY(closed.wait(15000));
        QVERIFY(session.closeConfirmed());
        store.flush();
        const auto row = sessionRow(path, session.captureSessionId());
        QVERIFY(row);
        QCOMPARE(row->name, QStringLiteral("everything over HTTP"));
        QVERIFY(row->endedAtMs > 0);
        CaptureReader reader;
        QVERIFY(reader.open(path));
        CaptureFilter deletes;
        deletes.method = QStringLiteral("DELETE");
        deletes.sessionId = session.captureSessionId();
        QCOMPARE(reader.exchangeIds(deletes, 0, 10)->size(), 1);
    }

    // Over stdio, closed() comes once the server process has exited.
    void stdioCloseWaitsForTheProcess()
    {
        const QString path = m_dir.filePath(QStringLiteral("stdio.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        McpSession session(&store);
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::Stdio;
        options.target =
            QStringLiteral("\"%1\" \"%2\" stdio").arg(nodeBinary(), everythingScript());
        options.environment = {QStringLiteral("MCPSCOPE_SESSION_TEST=1")};
        options.rootsSupported = false;
        QVERIFY(session.open(options));
        QVERIFY(waitConnected(session));
        QCOMPARE(session.client()->transportName(), QStringLiteral("stdio"));
        QCOMPARE(echo(session, QStringLiteral("stdio")), QStringLiteral("Echo: stdio"));
        const QList<qint64> servers = childProcesses("server-everything", "stdio");
        QCOMPARE(servers.size(), 1);
        const QString proc = QStringLiteral("/proc/%1").arg(servers.first());
        QVERIFY(QFile::exists(proc));

        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QCOMPARE(closed.size(), 0);
        QVERIFY(closed.wait(15000));
        QVERIFY(session.closeConfirmed());
        QVERIFY2(!QFile::exists(proc), "closed() came before the server process exited");

        store.flush();
        const auto row = sessionRow(path, session.captureSessionId());
        QVERIFY(row);
        QVERIFY(row->endedAtMs > 0);
        CaptureReader reader;
        QVERIFY(reader.open(path));
        QStringList methods;
        const auto messages = reader.messages(session.captureSessionId());
        QVERIFY(messages);
        for (const MessageRecord &m : *messages)
            methods << m.method;
        QVERIFY2(methods.contains(QStringLiteral("initialize")) &&
                     methods.contains(QStringLiteral("tools/call")),
                 qPrintable(methods.join(u' ')));
    }

    // A session with no server: a capture session and an HTTP client (the
    // CLI's request verb, the GUI's plain requests and flow inspector).
    void withoutServerRecordsPlainRequests()
    {
        const QString path = m_dir.filePath(QStringLiteral("none.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        McpSession session(&store);
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::None;
        options.target = QStringLiteral("http://127.0.0.1:%1/stats/").arg(m_bad.port());
        QVERIFY(session.open(options));
        QVERIFY(session.captureSessionId() > 0);
        HttpCall *call = session.http()->send({"GET", QUrl(options.target)});
        QSignalSpy done(call, &HttpCall::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(call->exchange().sessionId, session.captureSessionId());
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QCOMPARE(closed.size(), 0);
        QVERIFY(closed.wait(5000));
        store.flush();
        const auto row = sessionRow(path, session.captureSessionId());
        QVERIFY(row);
        QCOMPARE(row->kind, QStringLiteral("http"));
        QVERIFY(row->endedAtMs > 0);
        QCOMPARE(row->exchangeCount, 1);
    }

    void closeBeforeOpenStillCompletes()
    {
        McpSession session(nullptr);
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QCOMPARE(closed.size(), 0);
        QVERIFY(closed.wait(5000));
        QVERIFY(session.isClosed());
        QVERIFY(!session.open({})); // closed: not opened any more
        McpSession noCommand(nullptr);
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::Stdio;
        QVERIFY(!noCommand.open(options));
        QCOMPARE(noCommand.state(), McpSession::State::New);
    }

    // Destroyed while open, a session still gives its capture session an end.
    void destroyedSessionEndsItsCapture()
    {
        const QString path = m_dir.filePath(QStringLiteral("destroyed.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        qint64 id = 0;
        {
            McpSession session(&store);
            McpSessionOptions options;
            options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
            QVERIFY(session.open(options));
            QVERIFY(waitConnected(session));
            id = session.captureSessionId();
        }
        store.flush();
        const auto row = sessionRow(path, id);
        QVERIFY(row);
        QVERIFY(row->endedAtMs > 0);
    }

    // Issue 17: a DELETE sent on quit that got no answer before the store
    // closed is marked so (failed, "No answer before McpScope closed."), not
    // left pending forever. The bad server answers DELETEs 300 ms late; the
    // store closes at once.
    void deleteUnansweredBeforeCloseIsMarked()
    {
        const QString path = m_dir.filePath(QStringLiteral("quit.sqlite"));
        qint64 captureId = 0;
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            McpSession session(&store);
            McpSessionOptions options;
            options.target = QStringLiteral("http://127.0.0.1:%1/get-404/mcp").arg(m_bad.port());
            options.transport = McpClient::Transport::StreamableHttp;
            QVERIFY(session.open(options));
            QVERIFY(waitConnected(session));
            captureId = session.captureSessionId();
            session.close(); // the DELETE goes out …
            store.close();   // … and McpScope quits before its answer
        }
        CaptureReader reader;
        QVERIFY(reader.open(path));
        CaptureFilter deletes;
        deletes.method = QStringLiteral("DELETE");
        deletes.sessionId = captureId;
        const auto ids = reader.exchangeIds(deletes, 0, 10);
        QVERIFY(ids);
        QCOMPARE(ids->size(), 1);
        const auto e = reader.exchange(ids->first());
        QVERIFY(e && e->has_value());
        QCOMPARE((*e)->state, Exchange::State::Failed);
        QCOMPARE((*e)->errorMessage, QStringLiteral("No answer before McpScope closed."));
        // Nothing of the session is left pending.
        CaptureFilter all;
        all.sessionId = captureId;
        const auto every = reader.exchangeIds(all, 0, 100);
        QVERIFY(every);
        for (qint64 id : *every) {
            const auto x = reader.exchange(id);
            QVERIFY(x && x->has_value());
            QVERIFY2((*x)->state != Exchange::State::Pending, qPrintable((*x)->url));
        }
    }

    // Issue 17: the raw console's id goes on the wire as typed (77 reaches
    // the store as 77); an id a request in flight already has is refused
    // with a clear message, nothing sent.
    void requestWithTheUsersId()
    {
        const QString path = m_dir.filePath(QStringLiteral("console-id.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        McpSession session(&store);
        McpSessionOptions options;
        options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        QVERIFY(session.open(options));
        QVERIFY(waitConnected(session));
        McpRequest *first =
            session.client()->requestWithId(QJsonValue(77), QStringLiteral("ping"), QByteArray());
        McpRequest *twin =
            session.client()->requestWithId(QJsonValue(77), QStringLiteral("ping"), QByteArray());
        QVERIFY(first->sentBytes().contains("\"id\":77"));
        QVERIFY(twin->sentBytes().isEmpty());
        QSignalSpy twinDone(twin, &McpRequest::finished);
        QVERIFY(twinDone.wait(5000));
        QVERIFY(!twin->succeeded());
        QVERIFY2(twin->error().message.contains(QStringLiteral("77")),
                 qPrintable(twin->error().message));
        QSignalSpy firstDone(first, &McpRequest::finished);
        if (!first->isFinished())
            QVERIFY(firstDone.wait(10000));
        QVERIFY2(first->succeeded(), qPrintable(first->error().message));
        McpRequest *named = session.client()->requestWithId(
            QJsonValue(QStringLiteral("mine")), QStringLiteral("tools/list"), QByteArray("{}"));
        QSignalSpy namedDone(named, &McpRequest::finished);
        QVERIFY(namedDone.wait(10000));
        QVERIFY2(named->succeeded(), qPrintable(named->error().message));
        McpRequest *fraction =
            session.client()->requestWithId(QJsonValue(1.5), QStringLiteral("ping"), QByteArray());
        QSignalSpy fractionDone(fraction, &McpRequest::finished);
        QVERIFY(fractionDone.wait(5000));
        QVERIFY(!fraction->succeeded());
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto messages = reader.messages(session.captureSessionId());
        QVERIFY(messages);
        int pings77 = 0, answers77 = 0, mine = 0;
        for (const MessageRecord &m : *messages) {
            if (m.rpcId == u"77" && m.method == u"ping")
                ++pings77;
            else if (m.rpcId == u"77" && m.responseTo > 0)
                ++answers77;
            if (m.rpcId == u"\"mine\"" || m.rpcId == u"mine")
                ++mine;
        }
        QCOMPARE(pings77, 1);
        QCOMPARE(answers77, 1);
        QCOMPARE(mine, 2);
    }

    // Issue 17: with the Auto transport, a typo'd path says that the POST
    // was refused and that the HTTP+SSE fallback was refused too.
    void autoTransportReportsBothRefusals()
    {
        McpSession session(nullptr);
        McpSessionOptions options;
        options.target = QStringLiteral("http://127.0.0.1:%1/mpc").arg(m_everything.port());
        options.transport = McpClient::Transport::Auto;
        options.era = ProtocolEra::Legacy;
        QSignalSpy failed(session.client(), &McpClient::failed);
        QVERIFY(session.open(options));
        QVERIFY(failed.wait(20000));
        const QString message = failed.first().first().value<Error>().message;
        QVERIFY2(message.contains(QStringLiteral("Streamable HTTP was refused")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("HTTP+SSE fallback failed too")),
                 qPrintable(message));
        QVERIFY2(message.count(QStringLiteral("404")) >= 2, qPrintable(message));
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_bad;
    NodePeer m_everything;
};

QTEST_GUILESS_MAIN(TestMcpSession)
#include "tst_mcp_session.moc"
