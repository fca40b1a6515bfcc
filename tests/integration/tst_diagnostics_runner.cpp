// runDiagnostics() and DiagnosticsWorker (diagnostics/diagnostics_runner.h)
// over stores filled with real traffic: server-everything over Streamable
// HTTP and stdio, recorded through McpSession. The runner is tested with a
// rule of this file (the real groups are tested in tst_diagnostics_<group>);
// a run with allRules() checks production wiring on healthy traffic.
#include "capture/capture_reader.h"
#include "capture/capture_schema.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "diagnostics/diagnostics_runner.h"
#include "export/capture_bundle.h"
#include "export/har_import.h"
#include "export/har_writer.h"
#include "node_peer.h"
#include "recorded_store.h"
#include "session/mcp_session.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

// What the test rule saw, per run: the protocol version and target each
// tools/call input came with.
struct Seen
{
    QStringList versions;
    QStringList targets;
    qint64 inputs = 0;
};
Seen g_seen;

// Raises one finding per session with every exchange (or stdio request
// message) that carried a tools/call request as its evidence.
class ToolCallRule final : public DiagnosticRule
{
public:
    void input(const RuleInput &in, RuleReport &out) override
    {
        ++g_seen.inputs;
        for (const MessageRecord &m : in.messages) {
            if (!m.outgoing || m.method != u"tools/call")
                continue;
            g_seen.versions << in.protocolVersion;
            g_seen.targets << in.sessionTarget;
            if (in.exchange)
                out.raise("mcp.answer_bom", {QStringLiteral("tools/call")}, {}, {in.exchange->id});
            else
                out.raise("mcp.answer_bom", {QStringLiteral("tools/call")}, {}, {}, {m.id});
        }
    }
};

RuleList toolCallRules()
{
    RuleList rules;
    rules.push_back(std::make_unique<ToolCallRule>());
    return rules;
}

DiagnosticsOptions testOptions(bool force = false)
{
    DiagnosticsOptions o;
    o.factory = &toolCallRules;
    o.force = force;
    return o;
}

QVariant scalar(const QString &path, const QString &sql)
{
    QVariant out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("q"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                out = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("q"));
    return out;
}

bool execAll(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements)
            if (ok && !QSqlQuery(db).exec(sql)) {
                qWarning() << "failed:" << sql;
                ok = false;
            }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    return ok;
}

// The exchanges (or, stdio, the request messages) of a session that carried
// a tools/call request, ascending.
QList<qint64> toolCallEvidence(const QString &path, qint64 session, bool stdio)
{
    QList<qint64> ids;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("e"));
    {
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT DISTINCT %1 FROM messages WHERE session_id = %2 AND"
                              " direction = 'out' AND method = 'tools/call' ORDER BY 1")
                   .arg(stdio ? QStringLiteral("id") : QStringLiteral("exchange_id"))
                   .arg(session));
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("e"));
    return ids;
}

QList<Finding> ruleFindings(const QString &path, qint64 session = 0)
{
    FindingsStore store;
    if (!store.openReadOnly(path))
        return {};
    QList<Finding> out;
    for (const Finding &f : store.findings(session).value_or(QList<Finding>{}))
        if (f.source == u"rules")
            out << f;
    return out;
}

bool callTool(McpSession &session, const QString &message)
{
    McpRequest *request = session.client()->request(
        QStringLiteral("tools/call"),
        {{QStringLiteral("name"), QStringLiteral("echo")},
         {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("message"), message}}}});
    QSignalSpy finished(request, &McpRequest::finished);
    const bool done = request->isFinished() || finished.wait(20000);
    request->deleteLater();
    return done;
}

} // namespace

class TestDiagnosticsRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    NodePeer m_everything;
    QString m_url;
    QString m_recorded; // one HTTP and one stdio session against server-everything
    qint64 m_http = 0;
    qint64 m_stdio = 0;

    QString copyOfRecorded(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_recorded, path) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString why =
            m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        m_recorded = m_dir.filePath(QStringLiteral("recorded.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(m_recorded));
        m_http = recordEverythingSession(store, nullptr, m_url,
                                         {QStringLiteral("one"), QStringLiteral("two")});
        QVERIFY(m_http > 0);
        McpSession session(&store);
        McpSessionOptions stdio;
        stdio.kind = McpSessionOptions::Kind::Stdio;
        stdio.target = QStringLiteral("\"%1\" \"%2\" stdio").arg(nodeBinary(), everythingScript());
        stdio.rootsSupported = false;
        QSignalSpy connected(session.client(), &McpClient::connected);
        QVERIFY(session.open(stdio));
        QVERIFY(connected.wait(20000));
        QVERIFY(callTool(session, QStringLiteral("three")));
        m_stdio = session.captureSessionId();
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QVERIFY(closed.wait(15000));
        store.close();
        // Checkpointed: copies of the file carry everything.
        QVERIFY(execAll(m_recorded, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}));
    }

    // Every session runs once; its finding cites every exchange (stdio:
    // request message) that carried a tools/call, with the protocol version
    // its initialize answer negotiated and its target.
    void findsWithVersionAndTarget()
    {
        const QString path = copyOfRecorded(QStringLiteral("first.sqlite"));
        g_seen = {};
        const auto run = runDiagnostics(path, testOptions());
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
        QCOMPARE(run->sessionIds, (QList<qint64>{m_http, m_stdio}));
        QCOMPARE(run->findings, 2);
        QVERIFY(run->exchanges > 0);
        QVERIFY(run->messages > run->exchanges);
        QCOMPARE(run->exchanges,
                 scalar(path, QStringLiteral("SELECT COUNT(*) FROM exchanges WHERE state <> "
                                             "'pending'"))
                     .toLongLong());
        QCOMPARE(run->messages,
                 scalar(path, QStringLiteral("SELECT COUNT(*) FROM messages")).toLongLong());

        const QList<Finding> http = ruleFindings(path, m_http);
        QCOMPARE(http.size(), 1);
        QCOMPARE(http[0].kind, QStringLiteral("mcp.answer_bom"));
        QCOMPARE(http[0].sessionId, m_http);
        QCOMPARE(http[0].exchangeIds, toolCallEvidence(path, m_http, false));
        QCOMPARE(http[0].exchangeIds.size(), 3); // two echoes and the unknown tool
        const QList<Finding> stdio = ruleFindings(path, m_stdio);
        QCOMPARE(stdio.size(), 1);
        QVERIFY(stdio[0].exchangeIds.isEmpty());
        QCOMPARE(stdio[0].messageIds, toolCallEvidence(path, m_stdio, true));

        // The negotiated version, as the initialize answer stored it.
        const QString negotiated =
            QJsonDocument::fromJson(
                scalar(path, QStringLiteral("SELECT payload FROM messages WHERE session_id = %1"
                                            " AND direction = 'in' AND response_to = (SELECT id"
                                            " FROM messages WHERE session_id = %1 AND method ="
                                            " 'initialize')")
                                 .arg(m_http))
                    .toByteArray())
                .object()
                .value(u"result")
                .toObject()
                .value(u"protocolVersion")
                .toString();
        QVERIFY(!negotiated.isEmpty());
        QCOMPARE(g_seen.versions.size(), 4);
        for (const QString &v : std::as_const(g_seen.versions))
            QCOMPARE(v, negotiated);
        QCOMPARE(
            g_seen.targets.first(),
            scalar(path, QStringLiteral("SELECT target FROM sessions WHERE id = %1").arg(m_http))
                .toString());
        QCOMPARE(
            g_seen.targets.last(),
            scalar(path, QStringLiteral("SELECT target FROM sessions WHERE id = %1").arg(m_stdio))
                .toString());
        QVERIFY(g_seen.targets.first().contains(QStringLiteral("/mcp")));
    }

    // A second run finds nothing past the watermark and runs nothing; a
    // forced run replaces the findings: never two of one.
    void runningTwiceDoesNotDuplicate()
    {
        const QString path = copyOfRecorded(QStringLiteral("twice.sqlite"));
        QVERIFY(runDiagnostics(path, testOptions()));
        const QList<Finding> first = ruleFindings(path);
        QCOMPARE(first.size(), 2);
        g_seen = {};
        const auto again = runDiagnostics(path, testOptions());
        QVERIFY(again);
        QVERIFY(again->sessionIds.isEmpty());
        QCOMPARE(g_seen.inputs, 0);
        QCOMPARE(ruleFindings(path), first);
        const auto forced = runDiagnostics(path, testOptions(true));
        QVERIFY(forced);
        QCOMPARE(forced->sessionIds, (QList<qint64>{m_http, m_stdio}));
        const QList<Finding> replaced = ruleFindings(path);
        QCOMPARE(replaced.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(replaced[i].id != first[i].id); // stored anew
            QCOMPARE(replaced[i].exchangeIds, first[i].exchangeIds);
            QCOMPARE(replaced[i].messageIds, first[i].messageIds);
        }
        // Named sessions run even below the watermark, and only they.
        const auto named = [&] {
            DiagnosticsOptions o = testOptions();
            o.sessionIds = {m_stdio};
            return runDiagnostics(path, o);
        }();
        QVERIFY(named);
        QCOMPARE(named->sessionIds, (QList<qint64>{m_stdio}));
        QCOMPARE(ruleFindings(path).size(), 2);
        QCOMPARE(ruleFindings(path, m_http).value(0).id, replaced[0].id);
    }

    // A session that goes on after a run is run again whole: its one finding
    // grows its evidence; other sessions are not run.
    void newRowsRerunTheSession()
    {
        const QString path = copyOfRecorded(QStringLiteral("growing.sqlite"));
        QVERIFY(runDiagnostics(path, testOptions()));
        const qint64 httpFinding = ruleFindings(path, m_http).value(0).id;
        CaptureStore store;
        QVERIFY(store.open(path));
        McpSession session(&store);
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::Http;
        options.target = m_url;
        options.transport = McpClient::Transport::StreamableHttp;
        QSignalSpy connected(session.client(), &McpClient::connected);
        QVERIFY(session.open(options));
        QVERIFY(connected.wait(20000));
        QVERIFY(callTool(session, QStringLiteral("four")));
        store.flush();
        const qint64 live = session.captureSessionId();
        auto run = runDiagnostics(path, testOptions());
        QVERIFY(run);
        QCOMPARE(run->sessionIds, (QList<qint64>{live}));
        QCOMPARE(ruleFindings(path, live).value(0).exchangeIds.size(), 1);
        QVERIFY(callTool(session, QStringLiteral("five")));
        store.flush();
        run = runDiagnostics(path, testOptions());
        QVERIFY(run);
        QCOMPARE(run->sessionIds, (QList<qint64>{live}));
        const QList<Finding> grown = ruleFindings(path, live);
        QCOMPARE(grown.size(), 1);
        QCOMPARE(grown[0].exchangeIds, toolCallEvidence(path, live, false));
        QCOMPARE(grown[0].exchangeIds.size(), 2);
        QCOMPARE(ruleFindings(path, m_http).value(0).id, httpFinding); // not run again
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QVERIFY(closed.wait(15000));
    }

    // What a live finding of the same kind already cites is not stored
    // again; a live finding citing all of it leaves no rule finding.
    void liveFindingIsNotDuplicated()
    {
        const QString path = copyOfRecorded(QStringLiteral("live.sqlite"));
        const QList<qint64> calls = toolCallEvidence(path, m_http, false);
        QCOMPARE(calls.size(), 3);
        {
            CaptureStore capture; // upgrades the copy to the current schema
            QVERIFY(capture.open(path));
            capture.close();
            FindingsStore findings;
            QVERIFY(findings.open(path));
            Finding live = makeFinding("mcp.answer_bom", {QStringLiteral("x")}, {calls[0]});
            live.sessionId = m_http;
            QVERIFY(findings.record(live));
            // Another kind citing the same exchange changes nothing.
            Finding other = makeFinding("mcp.body_cut", {}, {calls[1]});
            other.sessionId = m_http;
            QVERIFY(findings.record(other));
            Finding stdioLive = makeFinding("mcp.answer_bom", {});
            stdioLive.messageIds = toolCallEvidence(path, m_stdio, true);
            stdioLive.sessionId = m_stdio;
            QVERIFY(findings.record(stdioLive));
        }
        const auto run = runDiagnostics(path, testOptions());
        QVERIFY(run);
        QCOMPARE(run->findings, 1);
        const QList<Finding> rules = ruleFindings(path, m_http);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules[0].exchangeIds, calls.mid(1));
        QVERIFY(ruleFindings(path, m_stdio).isEmpty());
        // The live findings stay as they were.
        FindingsStore read;
        QVERIFY(read.openReadOnly(path));
        int live = 0;
        for (const Finding &f : read.findings().value_or(QList<Finding>{}))
            if (f.sourceId() == u"live")
                ++live;
        QCOMPARE(live, 3);
    }

    // Readers (the GUI's log, a findings view) holding the store open do not
    // stop a run; a file that cannot be written runs read-only: the
    // findings come back, the file is unchanged.
    void storeOpenReadOnlyElsewhere()
    {
        const QString path = copyOfRecorded(QStringLiteral("shared.sqlite"));
        CaptureReader reader;
        QVERIFY(reader.open(path));
        QVERIFY(reader.exchangeCount());
        FindingsStore findings;
        QVERIFY(findings.openReadOnly(path));
        QVERIFY(findings.findings());
        const auto run = runDiagnostics(path, testOptions());
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
        QCOMPARE(run->findings, 2);
        QCOMPARE(findings.findings()->size(), 2);

        // A file this user cannot write runs read-only on its own (root
        // writes anything: then the option asks for it).
        const QString locked = copyOfRecorded(QStringLiteral("locked.sqlite"));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ReadUser));
        const QByteArray before = fileSha256(locked);
        DiagnosticsOptions options = testOptions();
        options.readOnly = QFileInfo(locked).isWritable();
        const auto readOnly = runDiagnostics(locked, options);
        QVERIFY2(readOnly, qPrintable(readOnly ? QString() : readOnly.error().message));
        QCOMPARE(readOnly->findings, 2);
        QCOMPARE(readOnly->computed.size(), 2);
        QCOMPARE(readOnly->computed[0].exchangeIds, toolCallEvidence(locked, m_http, false));
        QCOMPARE(readOnly->computed[0].source, QStringLiteral("rules"));
        QCOMPARE(fileSha256(locked), before);
    }

    // A store from before schema 6 is upgraded by the run; its findings
    // read as live.
    void upgradesAnOlderStore()
    {
        const QString path = copyOfRecorded(QStringLiteral("schema5.sqlite"));
        {
            FindingsStore findings;
            QVERIFY(findings.open(path));
            Finding live = makeFinding("mcp.body_cut", {});
            live.sessionId = m_http;
            QVERIFY(findings.record(live));
        }
        QVERIFY(execAll(path, {QStringLiteral("ALTER TABLE findings DROP COLUMN source"),
                               QStringLiteral("DELETE FROM store_meta WHERE key LIKE "
                                              "'diagnostics_%'"),
                               QStringLiteral("PRAGMA user_version=5")}));
        const auto run = runDiagnostics(path, testOptions());
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
        QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(),
                 CaptureSchema::latestVersion());
        QCOMPARE(run->findings, 2);
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM findings WHERE source = 'live'"))
                     .toInt(),
                 1);
        QVERIFY(scalar(path, QStringLiteral("SELECT value FROM store_meta WHERE key ="
                                            " 'diagnostics_watermark'"))
                    .toLongLong() > 0);
    }

    // HAR and bundle exports carry where a finding comes from; imports keep
    // it (and read a HAR without it as live).
    void exportsKeepTheSource()
    {
        const QString path = copyOfRecorded(QStringLiteral("exported.sqlite"));
        QVERIFY(runDiagnostics(path, testOptions()));
        {
            CaptureStore capture;
            QVERIFY(capture.open(path));
            capture.close();
            FindingsStore findings;
            QVERIFY(findings.open(path));
            Finding live = makeFinding("mcp.body_cut", {});
            live.sessionId = m_http;
            QVERIFY(findings.record(live));
        }
        const auto sources = [](const QString &store) {
            FindingsStore findings;
            QStringList out;
            if (findings.openReadOnly(store))
                for (const Finding &f : findings.findings().value_or(QList<Finding>{}))
                    out << f.kind + QLatin1Char('/') + f.sourceId();
            out.sort();
            return out;
        };
        const QStringList expected{QStringLiteral("mcp.answer_bom/rules"),
                                   QStringLiteral("mcp.answer_bom/rules"),
                                   QStringLiteral("mcp.body_cut/live")};
        QCOMPARE(sources(path), expected);

        const QString har = m_dir.filePath(QStringLiteral("exported.har"));
        {
            QFile out(har);
            QVERIFY(out.open(QIODevice::WriteOnly));
            HarWriter writer;
            QVERIFY(writer.write(path, {}, out));
        }
        QFile harFile(har);
        QVERIFY(harFile.open(QIODevice::ReadOnly));
        QVERIFY(harFile.readAll().contains("\"source\":\"rules\""));
        const QString fromHar = m_dir.filePath(QStringLiteral("from-har.sqlite"));
        {
            CaptureStore store;
            QVERIFY(store.open(fromHar));
            const auto imported = importHar(har, store);
            QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
            QCOMPARE(imported->findings, 3);
        }
        QCOMPARE(sources(fromHar), expected);

        const QString bundle = m_dir.filePath(QStringLiteral("exported.mcpscope"));
        QVERIFY(CaptureBundle::write(path, {{m_http, m_stdio}, {}}, bundle, Redactor()));
        const QString fromBundle = m_dir.filePath(QStringLiteral("from-bundle.sqlite"));
        QVERIFY(CaptureBundle::importBundle(bundle, fromBundle));
        QCOMPARE(sources(fromBundle), expected);
    }

    void missingStoreFails()
    {
        const auto run = runDiagnostics(m_dir.filePath(QStringLiteral("none.sqlite")));
        QVERIFY(!run);
        QCOMPARE(run.error().code, ErrorCode::StoreOpen);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
    }

    // Production runs allRules(): healthy server-everything traffic raises
    // no performance or intermittency finding.
    void allRulesOnHealthyTraffic()
    {
        const QString path = copyOfRecorded(QStringLiteral("all.sqlite"));
        const auto run = runDiagnostics(path);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
        QCOMPARE(run->sessionIds, (QList<qint64>{m_http, m_stdio}));
        for (const Finding &f : ruleFindings(path))
            QVERIFY2(!f.kind.startsWith(u"perf."), qPrintable(f.kind));
    }

    // The worker runs on its own thread as a live store receives exchanges:
    // schedules coalesce into one run, the next exchanges into the next.
    void workerFollowsALiveStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("worker.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        DiagnosticsWorker worker(path);
        worker.setOptions(testOptions());
        worker.setMinimumInterval(50);
        QSignalSpy finished(&worker, &DiagnosticsWorker::finished);
        QSignalSpy failed(&worker, &DiagnosticsWorker::failed);
        connect(&store, &CaptureStore::exchangesCommitted, &worker, &DiagnosticsWorker::schedule);

        McpSession session(&store);
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::Http;
        options.target = m_url;
        options.transport = McpClient::Transport::StreamableHttp;
        QSignalSpy connected(session.client(), &McpClient::connected);
        QVERIFY(session.open(options));
        QVERIFY(connected.wait(20000));
        const qint64 live = session.captureSessionId();
        QVERIFY(callTool(session, QStringLiteral("six")));
        store.flush();
        // The last run sees everything committed before it started.
        const auto settled = [&](int calls) {
            return ruleFindings(path, live).value(0).exchangeIds.size() == calls;
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(1), 20000);
        QVERIFY(failed.isEmpty());
        QVERIFY(!finished.isEmpty());

        // Many schedules while idle are one run.
        QTRY_VERIFY_WITH_TIMEOUT(!worker.isRunning(), 20000);
        disconnect(&store, &CaptureStore::exchangesCommitted, &worker,
                   &DiagnosticsWorker::schedule);
        finished.clear();
        for (int i = 0; i < 10; ++i)
            worker.schedule();
        QVERIFY(finished.isEmpty()); // never inside schedule()
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!worker.isRunning());
        // One schedule now is one more run, after the interval.
        worker.schedule();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 2);

        connect(&store, &CaptureStore::exchangesCommitted, &worker, &DiagnosticsWorker::schedule);
        QVERIFY(callTool(session, QStringLiteral("seven")));
        QVERIFY(callTool(session, QStringLiteral("eight")));
        store.flush();
        QTRY_VERIFY_WITH_TIMEOUT(settled(3), 20000);
        QCOMPARE(ruleFindings(path, live).size(), 1);
        QVERIFY(failed.isEmpty());
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QVERIFY(closed.wait(15000));
    }

    // A worker destroyed with a run scheduled goes quietly.
    void workerDestroyedWithARunScheduled()
    {
        const QString path = copyOfRecorded(QStringLiteral("destroyed.sqlite"));
        auto worker = std::make_unique<DiagnosticsWorker>(path);
        worker->setOptions(testOptions());
        QSignalSpy finished(worker.get(), &DiagnosticsWorker::finished);
        worker->schedule();
        worker.reset();
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsRunner)
#include "tst_diagnostics_runner.moc"
