// The Connection Doctor (diagnostics/connection_doctor) against real peers:
// server-everything passes every stage, the OAuth peers pass with a headless
// sign-in, and each broken fixture stops the doctor at the right stage with
// the right exit code and finding while the later stages skip. Also the CLI's
// doctor verb: its exit codes and its --json shape.
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "cli_run.h"
#include "diagnostics/connection_doctor.h"
#include "diagnostics/diagnostics_runner.h"
#include "doctor_report_testing.h"
#include "node_peer.h"
#include "tls_fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

struct Outcome
{
    DoctorReport report;
    int started = 0;
    int finishedChecks = 0;
    bool emittedInsideStart = false;
};

Outcome diagnose(const DoctorOptions &options, CaptureStore *store = nullptr)
{
    ConnectionDoctor doctor(store, nullptr);
    QSignalSpy started(&doctor, &ConnectionDoctor::checkStarted);
    QSignalSpy checks(&doctor, &ConnectionDoctor::checkFinished);
    QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
    doctor.start(options);
    Outcome out;
    out.emittedInsideStart = !started.isEmpty() || !finished.isEmpty();
    if (!finished.wait(180000))
        qWarning("the doctor did not finish in time");
    out.report = doctor.report();
    out.started = int(started.size());
    out.finishedChecks = int(checks.size());
    return out;
}

QString describe(const DoctorReport &report)
{
    QStringList lines;
    for (const DoctorCheck &c : report.checks)
        lines << QStringLiteral("%1 %2 %3: %4 [%5]")
                     .arg(checkStatusId(c.status), stageId(c.stage), c.id, c.detail, c.findingKind);
    return lines.join(u'\n') + QStringLiteral("\nverdict: ") + report.verdict;
}

// Every check of every stage after stage is skipped.
bool laterStagesSkip(const DoctorReport &report, DoctorStage stage)
{
    for (const DoctorCheck &c : report.checks)
        if (int(c.stage) > int(stage) && c.status != CheckStatus::Skip)
            return false;
    return true;
}

} // namespace

class TestConnectionDoctor : public QObject
{
    Q_OBJECT

    QString fixture(const QString &mode) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2/mcp").arg(m_fixtures.port()).arg(mode);
    }
    QUrl everything() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()));
    }
    static DoctorOptions quick(const QUrl &url)
    {
        DoctorOptions options;
        options.url = url;
        options.burst = 10;
        options.repeats = 5;
        options.timeoutMs = 15000;
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_fixtures.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/doctor_fixture_server.mjs"),
            {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_authPort = freePort();
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(m_authPort));
        env.insert(QStringLiteral("ISSUED_TOKENS_FILE"),
                   m_dir.filePath(QStringLiteral("issued.txt")));
        why = m_oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // server-everything passes every stage; its traffic is one capture
    // session named "Connection Doctor".
    void everythingPassesEveryStage()
    {
        const QString path = m_dir.filePath(QStringLiteral("everything.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        const Outcome out = diagnose(quick(everything()), &store);
        const DoctorReport &r = out.report;
        QVERIFY2(!out.emittedInsideStart, "signals inside start()");
        QVERIFY2(!r.failedStage, qPrintable(describe(r)));
        QCOMPARE(doctorExitCode(r), 0);
        QCOMPARE(r.verdict, QStringLiteral("healthy"));
        QCOMPARE(out.started, int(r.checks.size()));
        QCOMPARE(out.finishedChecks, int(r.checks.size()));
        QSet<DoctorStage> passed;
        for (const DoctorCheck &c : r.checks) {
            QVERIFY2(c.status == CheckStatus::Pass || c.status == CheckStatus::Skip,
                     qPrintable(describe(r)));
            if (c.status == CheckStatus::Pass) {
                passed.insert(c.stage);
                QVERIFY(c.ms >= 0);
            }
        }
        for (int s = 0; s < kDoctorStageCount; ++s)
            if (DoctorStage(s) != DoctorStage::Authentication) // it does not ask
                QVERIFY2(passed.contains(DoctorStage(s)), qPrintable(stageId(DoctorStage(s))));
        for (const QString &id :
             {QStringLiteral("dns"), QStringLiteral("tcp"), QStringLiteral("http.reach"),
              QStringLiteral("cors.preflight"), QStringLiteral("cors.expose"),
              QStringLiteral("mcp.initialize.streamable"), QStringLiteral("ops.tools"),
              QStringLiteral("ops.ping"), QStringLiteral("perf.burst"),
              QStringLiteral("intermittency.repeat")})
            QVERIFY2(check(r, id) && check(r, id)->status == CheckStatus::Pass, qPrintable(id));
        QVERIFY(check(r, QStringLiteral("auth.challenge"))->status == CheckStatus::Skip);
        QVERIFY(check(r, QStringLiteral("perf.burst"))->detail.contains(QStringLiteral("p95")));
        QVERIFY(!check(r, QStringLiteral("ops.tools"))->exchangeIds.isEmpty());

        // One capture session, its name the doctor's, holding the traffic.
        QVERIFY(r.sessionId > 0);
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto sessions = reader.sessions();
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->first().name, QStringLiteral("Connection Doctor"));
        QCOMPARE(sessions->first().id, r.sessionId);
        QVERIFY(*reader.exchangeCount(r.sessionId) >= 20);
    }

    // The OAuth peer (oidc-provider + the SDK's resource server) passes every
    // stage with a headless sign-in; no token reaches the report.
    void oauthPeerPassesWithHeadlessSignIn()
    {
        DoctorOptions options =
            quick(QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_oidc.port())));
        options.oauthMode = QStringLiteral("headless");
        const Outcome out = diagnose(options);
        const DoctorReport &r = out.report;
        QVERIFY2(!r.failedStage, qPrintable(describe(r)));
        for (const QString &id :
             {QStringLiteral("mcp.initialize.streamable"), QStringLiteral("auth.challenge"),
              QStringLiteral("auth.resource_metadata"), QStringLiteral("auth.as_metadata"),
              QStringLiteral("auth.registration"), QStringLiteral("auth.pkce"),
              QStringLiteral("auth.sign_in"), QStringLiteral("mcp.version"),
              QStringLiteral("ops.tools"), QStringLiteral("ops.ping"), QStringLiteral("perf.burst"),
              QStringLiteral("intermittency.repeat")}) {
            const DoctorCheck *c = check(r, id);
            QVERIFY2(c && (c->status == CheckStatus::Pass ||
                           (id == u"mcp.version" && c->status == CheckStatus::Skip)),
                     qPrintable(describe(r)));
        }
        QVERIFY(check(r, QStringLiteral("auth.registration"))
                    ->detail.contains(QStringLiteral("dynamic registration")));
        // The peer serves no CORS: a warning, not a failure (docs/connection-doctor.md).
        QCOMPARE(check(r, QStringLiteral("cors.preflight"))->status, CheckStatus::Warn);
        QCOMPARE(check(r, QStringLiteral("cors.preflight"))->findingKind,
                 QStringLiteral("doctor.cors.preflight"));

        QFile issued(m_dir.filePath(QStringLiteral("issued.txt")));
        QVERIFY(issued.open(QIODevice::ReadOnly));
        const QByteArray json = QJsonDocument(toJson(r)).toJson();
        int tokens = 0;
        for (const QByteArray &token : issued.readAll().split('\n')) {
            if (token.trimmed().isEmpty())
                continue;
            ++tokens;
            QVERIFY2(!json.contains(token.trimmed()), "a token reached the report");
        }
        QVERIFY(tokens > 0);
    }

    // Without an OAuth mode the doctor checks authentication up to the
    // sign-in and says what to do; nothing fails.
    void oauthPeerWithoutSignInStopsShort()
    {
        const Outcome out =
            diagnose(quick(QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_oidc.port()))));
        const DoctorReport &r = out.report;
        QVERIFY2(!r.failedStage, qPrintable(describe(r)));
        QCOMPARE(check(r, QStringLiteral("auth.pkce"))->status, CheckStatus::Pass);
        QCOMPARE(check(r, QStringLiteral("auth.sign_in"))->status, CheckStatus::Skip);
        QCOMPARE(check(r, QStringLiteral("ops.tools"))->status, CheckStatus::Skip);
        QVERIFY2(r.verdict.contains(QStringLiteral("--oauth")), qPrintable(r.verdict));
    }

    void refusedPortStopsAtConnectivity()
    {
        const quint16 port = freePort(); // nothing listens there
        const Outcome out =
            diagnose(quick(QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port))));
        const DoctorReport &r = out.report;
        QVERIFY2(r.failedStage == DoctorStage::Connectivity, qPrintable(describe(r)));
        QCOMPARE(doctorExitCode(r), 10);
        QCOMPARE(check(r, QStringLiteral("dns"))->status, CheckStatus::Pass);
        QCOMPARE(check(r, QStringLiteral("tcp"))->status, CheckStatus::Fail);
        QCOMPARE(check(r, QStringLiteral("tcp"))->findingKind, QStringLiteral("net.refused"));
        QCOMPARE(check(r, QStringLiteral("tls"))->status, CheckStatus::Skip);
        QVERIFY(laterStagesSkip(r, DoctorStage::Connectivity));
        QCOMPARE(out.finishedChecks, int(r.checks.size()));
        QVERIFY2(r.verdict.contains(QStringLiteral("refused")), qPrintable(r.verdict));
    }

    // TLS servers made with openssl (tests/support/tls_fixtures.h) behind a
    // root this process trusts: each certificate problem stops the doctor at
    // connectivity with its own finding; one that merely expires soon warns.
    void certificateProblems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("tls.expired");
        QTest::newRow("wrong host")
            << QStringLiteral("wrong-host") << QStringLiteral("tls.hostname");
        QTest::newRow("no intermediate")
            << QStringLiteral("no-intermediate") << QStringLiteral("tls.untrusted");
        QTest::newRow("self-signed")
            << QStringLiteral("self-signed") << QStringLiteral("tls.untrusted");
        QTest::newRow("expiring in 10 days")
            << QStringLiteral("expiring") << QStringLiteral("doctor.tls.expiring");
    }
    void certificateProblems()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        if (!m_tls) {
            m_tls = std::make_unique<TlsFixtures>(m_dir.path());
            QVERIFY2(m_tls->makeAuthorities(), qPrintable(m_tls->error()));
            QVERIFY(m_tls->trustRootCa());
        }
        const QStringList localhost{QStringLiteral("IP:127.0.0.1")};
        TlsLeaf leaf;
        bool withChain = true;
        if (name == u"expired")
            leaf = m_tls->leaf(name, localhost, -60, -30);
        else if (name == u"wrong-host")
            leaf = m_tls->leaf(name, {QStringLiteral("DNS:wrong.example")}, -1, 30);
        else if (name == u"no-intermediate")
            leaf = m_tls->leaf(name, localhost, -1, 30), withChain = false;
        else if (name == u"self-signed")
            leaf = m_tls->selfSigned(name, localhost);
        else
            leaf = m_tls->leaf(name, localhost, -1, 10);
        QVERIFY2(leaf.isValid(), qPrintable(m_tls->error()));
        NodePeer server;
        const QString why =
            server.start(tlsFixtureServerScript(), {}, tlsServerEnv(leaf, withChain));
        QVERIFY2(why.isEmpty(), qPrintable(why));

        const Outcome out =
            diagnose(quick(QUrl(QStringLiteral("https://127.0.0.1:%1/mcp").arg(server.port()))));
        const DoctorReport &r = out.report;
        const DoctorCheck *tls = check(r, QStringLiteral("tls"));
        QCOMPARE(check(r, QStringLiteral("tcp"))->status, CheckStatus::Pass);
        QVERIFY2(tls->findingKind == kind, qPrintable(describe(r)));
        if (name == u"expiring") {
            // A warning: the walk goes on (and stops at MCP: the fixture
            // answers every request with plain JSON).
            QCOMPARE(tls->status, CheckStatus::Warn);
            QCOMPARE(check(r, QStringLiteral("http.reach"))->status, CheckStatus::Pass);
            QVERIFY2(r.failedStage == DoctorStage::Mcp, qPrintable(describe(r)));
            return;
        }
        QCOMPARE(tls->status, CheckStatus::Fail);
        QVERIFY2(r.failedStage == DoctorStage::Connectivity, qPrintable(describe(r)));
        QCOMPARE(doctorExitCode(r), 10);
        QVERIFY(laterStagesSkip(r, DoctorStage::Connectivity));
    }

    void plainHttpServerThatIsNotMcpStopsAtMcp()
    {
        const Outcome out = diagnose(quick(QUrl(fixture(QStringLiteral("not-mcp")))));
        const DoctorReport &r = out.report;
        QVERIFY2(r.failedStage == DoctorStage::Mcp, qPrintable(describe(r)));
        QCOMPARE(doctorExitCode(r), 13);
        QCOMPARE(check(r, QStringLiteral("http.reach"))->status, CheckStatus::Pass);
        QCOMPARE(check(r, QStringLiteral("mcp.initialize.streamable"))->status, CheckStatus::Warn);
        QCOMPARE(check(r, QStringLiteral("mcp.initialize.sse"))->status, CheckStatus::Fail);
        QCOMPARE(check(r, QStringLiteral("mcp.initialize.sse"))->findingKind,
                 QStringLiteral("doctor.mcp.no_transport"));
        QVERIFY(laterStagesSkip(r, DoctorStage::Mcp));
    }

    void unauthorizedWithoutChallengeStopsAtAuthentication()
    {
        const Outcome out = diagnose(quick(QUrl(fixture(QStringLiteral("no-challenge")))));
        const DoctorReport &r = out.report;
        QVERIFY2(r.failedStage == DoctorStage::Authentication, qPrintable(describe(r)));
        QCOMPARE(doctorExitCode(r), 14);
        QCOMPARE(check(r, QStringLiteral("auth.challenge"))->status, CheckStatus::Fail);
        QCOMPARE(check(r, QStringLiteral("auth.challenge"))->findingKind,
                 QStringLiteral("doctor.auth.no_challenge"));
        QVERIFY(!check(r, QStringLiteral("auth.challenge"))->exchangeIds.isEmpty() ||
                r.sessionId == 0); // evidence only when recorded
        QCOMPARE(check(r, QStringLiteral("auth.resource_metadata"))->status, CheckStatus::Skip);
        QVERIFY(laterStagesSkip(r, DoctorStage::Authentication));
    }

    void failingToolsListStopsAtOperations()
    {
        const QString path = m_dir.filePath(QStringLiteral("tools-fail.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        const Outcome out = diagnose(quick(QUrl(fixture(QStringLiteral("tools-fail")))), &store);
        const DoctorReport &r = out.report;
        QVERIFY2(r.failedStage == DoctorStage::Operations, qPrintable(describe(r)));
        QCOMPARE(doctorExitCode(r), 15);
        const DoctorCheck *tools = check(r, QStringLiteral("ops.tools"));
        QCOMPARE(tools->status, CheckStatus::Fail);
        QCOMPARE(tools->findingKind, QStringLiteral("doctor.ops.failed"));
        QVERIFY2(tools->finding().summary().contains(QStringLiteral("tool registry unavailable")),
                 qPrintable(tools->finding().summary()));
        QVERIFY(!tools->exchangeIds.isEmpty());
        QVERIFY(laterStagesSkip(r, DoctorStage::Operations));
        // The finding is stored with its evidence under the doctor's session.
        store.flush();
        FindingsStore findings;
        QVERIFY(findings.openReadOnly(path));
        const auto stored = findings.findings(r.sessionId);
        QVERIFY(stored);
        bool found = false;
        for (const Finding &f : *stored)
            found = found || (f.kind == u"doctor.ops.failed" &&
                              f.exchangeIds == tools->exchangeIds && f.source == u"doctor");
        QVERIFY(found);
    }

    // CORS is a warning unless the server is meant for browsers
    // (requireCors): then the Cors stage fails.
    void serverWithoutCorsWarnsOrFails()
    {
        DoctorOptions options = quick(QUrl(fixture(QStringLiteral("no-cors"))));
        const Outcome warned = diagnose(options);
        QVERIFY2(!warned.report.failedStage, qPrintable(describe(warned.report)));
        QCOMPARE(check(warned.report, QStringLiteral("cors.preflight"))->status, CheckStatus::Warn);
        QCOMPARE(check(warned.report, QStringLiteral("cors.expose"))->status, CheckStatus::Warn);
        QCOMPARE(check(warned.report, QStringLiteral("ops.tools"))->status, CheckStatus::Pass);
        QVERIFY(warned.report.verdict.startsWith(QStringLiteral("Healthy, with")));

        options.requireCors = true;
        const Outcome failed = diagnose(options);
        const DoctorReport &r = failed.report;
        QVERIFY2(r.failedStage == DoctorStage::Cors, qPrintable(describe(r)));
        QCOMPARE(doctorExitCode(r), 12);
        QCOMPARE(check(r, QStringLiteral("cors.preflight"))->findingKind,
                 QStringLiteral("doctor.cors.preflight"));
        QVERIFY(laterStagesSkip(r, DoctorStage::Cors));

        // The healthy fixture with full CORS passes both checks.
        options.url = QUrl(fixture(QStringLiteral("healthy")));
        const Outcome healthy = diagnose(options);
        QVERIFY2(!healthy.report.failedStage, qPrintable(describe(healthy.report)));
        QCOMPARE(check(healthy.report, QStringLiteral("cors.expose"))->status, CheckStatus::Pass);
    }

    void failuresThatComeAndGoStopAtIntermittency()
    {
        DoctorOptions options = quick(QUrl(fixture(QStringLiteral("flaky"))));
        options.repeats = 9;
        const QString path = m_dir.filePath(QStringLiteral("flaky.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        const Outcome out = diagnose(options, &store);
        store.flush();
        const DoctorReport &r = out.report;
        QVERIFY2(r.failedStage == DoctorStage::Intermittency, qPrintable(describe(r)));
        QCOMPARE(doctorExitCode(r), 17);
        const DoctorCheck *c = check(r, QStringLiteral("intermittency.repeat"));
        QCOMPARE(c->findingKind, QStringLiteral("doctor.intermittent"));
        QVERIFY2(c->detail.startsWith(QStringLiteral("6 of 9")), qPrintable(c->detail));
        QCOMPARE(c->exchangeIds.size(), 9);

        // The passive rules read the doctor's session like any capture: the
        // same request succeeding and failing is theirs to see too.
        DiagnosticsOptions only;
        only.sessionIds = {r.sessionId};
        const auto rules = runDiagnostics(path, only);
        QVERIFY2(rules, rules ? "" : qPrintable(rules.error().message));
        FindingsStore findings;
        QVERIFY(findings.openReadOnly(path));
        const auto stored = findings.findings(r.sessionId);
        QVERIFY(stored);
        QStringList kinds;
        for (const Finding &f : *stored)
            kinds << f.kind + QLatin1Char('/') + f.sourceId();
        QVERIFY2(kinds.contains(QStringLiteral("doctor.intermittent/doctor")),
                 qPrintable(kinds.join(u' ')));
        QVERIFY2(kinds.contains(QStringLiteral("perf.intermittent/rules")),
                 qPrintable(kinds.join(u' ')));
    }

    void serverFallingOverUnderABurstStopsAtPerformance()
    {
        const Outcome out = diagnose(quick(QUrl(fixture(QStringLiteral("overloaded")))));
        const DoctorReport &r = out.report;
        QVERIFY2(r.failedStage == DoctorStage::Performance, qPrintable(describe(r)));
        QCOMPARE(doctorExitCode(r), 16);
        QCOMPARE(check(r, QStringLiteral("ops.ping"))->status, CheckStatus::Pass);
        const DoctorCheck *burst = check(r, QStringLiteral("perf.burst"));
        QCOMPARE(burst->findingKind, QStringLiteral("doctor.perf.burst_failed"));
        QVERIFY2(burst->finding().summary().startsWith(QStringLiteral("10 of 10 pings")),
                 qPrintable(burst->finding().summary()));
        QVERIFY(laterStagesSkip(r, DoctorStage::Performance));
    }

    // A port that accepts connections and closes them without a word: TCP
    // works, HTTP does not.
    void silentServerStopsAtHttp()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        connect(&silent, &QTcpServer::pendingConnectionAvailable, &silent, [&silent] {
            while (QTcpSocket *socket = silent.nextPendingConnection()) {
                socket->close();
                socket->deleteLater();
            }
        });
        const Outcome out = diagnose(
            quick(QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(silent.serverPort()))));
        const DoctorReport &r = out.report;
        QVERIFY2(r.failedStage == DoctorStage::Http, qPrintable(describe(r)));
        QCOMPARE(doctorExitCode(r), 11);
        QCOMPARE(check(r, QStringLiteral("tcp"))->status, CheckStatus::Pass);
        QCOMPARE(check(r, QStringLiteral("http.reach"))->status, CheckStatus::Fail);
        QVERIFY2(
            check(r, QStringLiteral("http.reach"))->findingKind.startsWith(QStringLiteral("net.")),
            qPrintable(describe(r)));
        QVERIFY(laterStagesSkip(r, DoctorStage::Http));
    }

    // stdio: no network stages; the rest runs over the process's pipes.
    void stdioServerPasses()
    {
        DoctorOptions options = quick(QUrl());
        options.stdioCommand =
            QStringLiteral("\"%1\" \"%2\" stdio")
                .arg(nodeBinary(),
                     peersDir() +
                         QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"));
        options.transport = QStringLiteral("stdio");
        const Outcome out = diagnose(options);
        const DoctorReport &r = out.report;
        QVERIFY2(!r.failedStage, qPrintable(describe(r)));
        QCOMPARE(check(r, QStringLiteral("tcp"))->status, CheckStatus::Skip);
        QCOMPARE(check(r, QStringLiteral("mcp.initialize.stdio"))->status, CheckStatus::Pass);
        QVERIFY(!check(r, QStringLiteral("mcp.initialize.streamable")));
        QCOMPARE(check(r, QStringLiteral("ops.tools"))->status, CheckStatus::Pass);
        QCOMPARE(check(r, QStringLiteral("intermittency.repeat"))->status, CheckStatus::Pass);
    }

    void cancelSkipsWhatIsLeft()
    {
        ConnectionDoctor doctor(nullptr, nullptr);
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        QSignalSpy checks(&doctor, &ConnectionDoctor::checkFinished);
        QSignalSpy started(&doctor, &ConnectionDoctor::checkStarted);
        doctor.start(quick(everything()));
        QVERIFY(doctor.isRunning());
        QVERIFY(started.wait(10000));
        doctor.cancel();
        QCOMPARE(finished.size(), 0); // asynchronous
        QVERIFY(finished.wait(10000));
        QVERIFY(!doctor.isRunning());
        const DoctorReport &r = doctor.report();
        QVERIFY(!r.failedStage);
        QCOMPARE(int(checks.size()), int(r.checks.size()));
        QVERIFY(r.checks.size() >= 20);
        QCOMPARE(r.checks.last().status, CheckStatus::Skip);
        QVERIFY2(r.verdict.startsWith(QStringLiteral("Cancelled")), qPrintable(r.verdict));
    }

    // The CLI: exit code per stage, human lines, and --json for CI.
    void cliJsonShape()
    {
        const QString store = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const CliRun ok =
            runCli({QStringLiteral("doctor"), everything().toString(), QStringLiteral("--json"),
                    QStringLiteral("--burst"), QStringLiteral("5"), QStringLiteral("--repeat"),
                    QStringLiteral("3"), QStringLiteral("--store"), store});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(ok.out).object();
        QCOMPARE(report.value(QStringLiteral("exitCode")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("healthy"));
        QVERIFY(report.value(QStringLiteral("failedStage")).isNull());
        QVERIFY(report.value(QStringLiteral("totalMs")).toDouble() > 0);
        QVERIFY(report.value(QStringLiteral("sessionId")).toInteger() > 0);
        const QJsonArray checks = report.value(QStringLiteral("checks")).toArray();
        QVERIFY(checks.size() >= 22);
        QSet<QString> stages;
        for (const QJsonValue &v : checks) {
            const QJsonObject c = v.toObject();
            for (const char *key : {"stage", "id", "title", "status", "ms", "detail", "finding"})
                QVERIFY2(c.contains(QLatin1String(key)), key);
            stages.insert(c.value(QStringLiteral("stage")).toString());
            const QString status = c.value(QStringLiteral("status")).toString();
            QVERIFY(status == u"pass" || status == u"skip");
            QCOMPARE(c.value(QStringLiteral("ms")).isNull(), status == u"skip");
        }
        QCOMPARE(stages.size(), kDoctorStageCount);

        const CliRun refused = runCli({QStringLiteral("doctor"),
                                       QStringLiteral("http://127.0.0.1:%1/mcp").arg(freePort()),
                                       QStringLiteral("--json")});
        QCOMPARE(refused.exitCode, 10);
        const QJsonObject failed = QJsonDocument::fromJson(refused.out).object();
        QCOMPARE(failed.value(QStringLiteral("failedStage")).toString(),
                 QStringLiteral("connectivity"));
        QJsonObject tcp;
        for (const QJsonValue &v : failed.value(QStringLiteral("checks")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == u"tcp")
                tcp = v.toObject();
        QCOMPARE(tcp.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        const QJsonObject finding = tcp.value(QStringLiteral("finding")).toObject();
        QCOMPARE(finding.value(QStringLiteral("kind")).toString(), QStringLiteral("net.refused"));
        for (const char *key : {"severity", "title", "summary", "cause", "fix", "exchangeIds"})
            QVERIFY2(finding.contains(QLatin1String(key)), key);

        // Human output: a line per check, then the verdict; exit code 15.
        const CliRun human =
            runCli({QStringLiteral("doctor"), fixture(QStringLiteral("tools-fail"))});
        QCOMPARE(human.exitCode, 15);
        QVERIFY2(human.out.contains("FAIL operations"), human.out.constData());
        QVERIFY2(human.out.contains("doctor.ops.failed"), human.out.constData());
        QVERIFY(human.out.contains("skip intermittency"));

        const CliRun bad = runCli({QStringLiteral("doctor")});
        QCOMPARE(bad.exitCode, 1);
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_everything;
    NodePeer m_fixtures;
    NodePeer m_oidc;
    quint16 m_authPort = 0;
    std::unique_ptr<TlsFixtures> m_tls;
};

QTEST_GUILESS_MAIN(TestConnectionDoctor)
#include "tst_connection_doctor.moc"
