// mcpscope-cli findings, and the rules run after `import` (HAR and bundle),
// on a store of real traffic: a session against a server whose every other
// tools/call fails with 503 (bad_mcp_server.mjs flaky: perf.intermittent, a
// warning) and one whose tools/call is refused as expired (bad_mcp_server.mjs
// expired: a live error finding recorded in place by McpSession).
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "cli_run.h"
#include "node_peer.h"
#include "session/mcp_session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

qint64 recordSession(CaptureStore &store, FindingsStore *findings, const QString &url, int calls)
{
    McpSession session(&store);
    McpSessionOptions options;
    options.kind = McpSessionOptions::Kind::Http;
    options.target = url;
    options.transport = McpClient::Transport::StreamableHttp;
    options.findings = findings;
    QSignalSpy connected(session.client(), &McpClient::connected);
    if (!session.open(options) || !connected.wait(20000))
        return 0;
    for (int i = 0; i < calls; ++i) {
        McpRequest *request = session.client()->request(
            QStringLiteral("tools/call"),
            {{QStringLiteral("name"), QStringLiteral("echo")},
             {QStringLiteral("arguments"),
              QJsonObject{{QStringLiteral("message"), QString::number(i)}}}});
        QSignalSpy finished(request, &McpRequest::finished);
        const bool done = request->isFinished() || finished.wait(20000);
        request->deleteLater();
        if (!done)
            return 0;
    }
    const qint64 id = session.captureSessionId();
    QSignalSpy closed(&session, &McpSession::closed);
    session.close();
    return closed.wait(15000) ? id : 0;
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromLatin1(a);
    return out;
}

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QList<QJsonObject> ofKind(const QJsonObject &out, const QString &kind)
{
    QList<QJsonObject> found;
    for (const QJsonValue &v : out.value(u"findings").toArray())
        if (v.toObject().value(u"kind").toString() == kind)
            found << v.toObject();
    return found;
}

} // namespace

class TestCliFindings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    NodePeer m_bad;
    QString m_recorded;
    qint64 m_flaky = 0;
    qint64 m_expired = 0;

    QString copy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_recorded, path) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString why = m_bad.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_recorded = m_dir.filePath(QStringLiteral("recorded.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(m_recorded));
        FindingsStore findings;
        QVERIFY(findings.open(m_recorded));
        m_flaky = recordSession(
            store, &findings, QStringLiteral("http://127.0.0.1:%1/flaky/mcp").arg(m_bad.port()), 4);
        QVERIFY(m_flaky > 0);
        m_expired =
            recordSession(store, &findings,
                          QStringLiteral("http://127.0.0.1:%1/expired/mcp").arg(m_bad.port()), 1);
        QVERIFY(m_expired > 0);
        store.close();
        QVERIFY(!findings.findings(m_expired)->isEmpty()); // raised live, in place
    }

    // The rules run, then every finding is listed with its texts and
    // evidence; a live error finding fails the default gate. Running again
    // lists the same findings, none twice.
    void listsAsJson()
    {
        const QString store = copy(QStringLiteral("json.sqlite"));
        const CliRun run = runCli(QStringList{QStringLiteral("findings"), QStringLiteral("--store"),
                                              store, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 8);
        const QJsonObject out = jsonOf(run);
        const QList<QJsonObject> flaky = ofKind(out, QStringLiteral("perf.intermittent"));
        QCOMPARE(flaky.size(), 1);
        const QJsonObject f = flaky[0];
        QCOMPARE(f.value(u"source").toString(), QStringLiteral("rules"));
        QCOMPARE(f.value(u"group").toString(), QStringLiteral("perf"));
        QCOMPARE(f.value(u"severity").toString(), QStringLiteral("warning"));
        QCOMPARE(qint64(f.value(u"sessionId").toDouble()), m_flaky);
        QCOMPARE(f.value(u"exchangeIds").toArray().size(), 4);
        QVERIFY(f.value(u"summary")
                    .toString()
                    .contains(QStringLiteral("tools/call echo failed 2 of 4")));
        QVERIFY(!f.value(u"cause").toString().isEmpty());
        QVERIFY(!f.value(u"fix").toString().isEmpty());
        QVERIFY(!f.value(u"title").toString().isEmpty());
        QVERIFY(f.value(u"id").toDouble() > 0);
        QVERIFY(f.value(u"atMs").toDouble() > 0);
        QVERIFY(f.value(u"messageIds").isArray());
        int errors = 0, live = 0;
        for (const QJsonValue &v : out.value(u"findings").toArray()) {
            errors += v.toObject().value(u"severity").toString() == u"error";
            live += v.toObject().value(u"source").toString() == u"live";
        }
        QVERIFY(errors >= 1);
        QVERIFY(live >= 1);
        const QJsonObject counts = out.value(u"counts").toObject();
        QCOMPARE(counts.value(u"error").toInt(), errors);
        QCOMPARE(counts.value(u"error").toInt() + counts.value(u"warning").toInt() +
                     counts.value(u"note").toInt(),
                 out.value(u"findings").toArray().size());

        const CliRun again =
            runCli(QStringList{QStringLiteral("findings"), QStringLiteral("--store"), store,
                               QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 8);
        QCOMPARE(jsonOf(again).value(u"findings").toArray().size(),
                 out.value(u"findings").toArray().size());
    }

    // --kind, --severity, --session and --fail-on choose what is listed and
    // what fails.
    void filtersAndGate()
    {
        const QString store = copy(QStringLiteral("filters.sqlite"));
        const QStringList base{QStringLiteral("findings"), QStringLiteral("--store"), store,
                               QStringLiteral("--json")};
        CliRun run = runCli(base + args({"--kind", "perf"}));
        QCOMPARE(run.exitCode, 0); // warnings only, gate at error
        QJsonObject out = jsonOf(run);
        QCOMPARE(out.value(u"findings").toArray().size(), 1);
        run = runCli(base + args({"--kind", "perf", "--fail-on", "warning"}));
        QCOMPARE(run.exitCode, 8);
        run = runCli(base + args({"--severity", "error"}));
        out = jsonOf(run);
        QVERIFY(!out.value(u"findings").toArray().isEmpty());
        for (const QJsonValue &v : out.value(u"findings").toArray())
            QCOMPARE(v.toObject().value(u"severity").toString(), QStringLiteral("error"));
        QCOMPARE(out.value(u"counts").toObject().value(u"warning").toInt(), 0);
        run = runCli(base + QStringList{QStringLiteral("--session"), QString::number(m_flaky)});
        QCOMPARE(ofKind(jsonOf(run), QStringLiteral("perf.intermittent")).size(), 1);
        for (const QJsonValue &v : jsonOf(run).value(u"findings").toArray())
            QCOMPARE(qint64(v.toObject().value(u"sessionId").toDouble()), m_flaky);
    }

    // --no-run lists what is stored: no rule findings in a fresh copy.
    void noRunListsStored()
    {
        const QString store = copy(QStringLiteral("norun.sqlite"));
        const CliRun run =
            runCli(QStringList{QStringLiteral("findings"), QStringLiteral("--store"), store,
                               QStringLiteral("--json"), QStringLiteral("--no-run")});
        QCOMPARE(run.exitCode, 8);
        QVERIFY(ofKind(jsonOf(run), QStringLiteral("perf.intermittent")).isEmpty());
        QVERIFY(!jsonOf(run).value(u"findings").toArray().isEmpty());
    }

    // Text: grouped by severity then kind, each with its texts and evidence.
    void printsText()
    {
        const QString store = copy(QStringLiteral("text.sqlite"));
        const CliRun run =
            runCli(QStringList{QStringLiteral("findings"), QStringLiteral("--store"), store});
        QCOMPARE(run.exitCode, 8);
        const QString text = QString::fromUtf8(run.out);
        const qsizetype error = text.indexOf(QStringLiteral("\nERROR  "));
        const qsizetype warning = text.indexOf(QStringLiteral("\nWARNING  perf.intermittent"));
        QVERIFY2(error >= 0 && warning > error, run.out.constData());
        QVERIFY(text.contains(QStringLiteral("Evidence: exchanges ")));
        QVERIFY(text.contains(QStringLiteral("tools/call echo failed 2 of 4")));
        QVERIFY(text.contains(QStringLiteral("Findings: ")));
    }

    void usageAndStoreErrors()
    {
        const QString store = copy(QStringLiteral("usage.sqlite"));
        QCOMPARE(runCli(QStringList{QStringLiteral("findings")}).exitCode, 1);
        QCOMPARE(runCli(QStringList{QStringLiteral("findings"), QStringLiteral("--store"), store,
                                    QStringLiteral("--severity"), QStringLiteral("fatal")})
                     .exitCode,
                 1);
        QCOMPARE(runCli(QStringList{QStringLiteral("findings"), QStringLiteral("--store"), store,
                                    QStringLiteral("--fail-on"), QStringLiteral("bad")})
                     .exitCode,
                 1);
        QCOMPARE(runCli(QStringList{QStringLiteral("findings"), QStringLiteral("--store"),
                                    m_dir.filePath(QStringLiteral("none.sqlite"))})
                     .exitCode,
                 4);
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a store at all, not even SQLite");
        file.close();
        QCOMPARE(runCli(QStringList{QStringLiteral("findings"), QStringLiteral("--store"), garbage})
                     .exitCode,
                 4);
    }

    // A HAR of the flaky session, and a bundle of it, imported: the rules
    // run on the new session at once and say how many findings they stored.
    void importRunsTheRules()
    {
        const QString source = copy(QStringLiteral("source.sqlite"));
        const QString har = m_dir.filePath(QStringLiteral("flaky.har"));
        CliRun run = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--store"), source,
                                        QStringLiteral("--format"), QStringLiteral("har"),
                                        QStringLiteral("--session"), QString::number(m_flaky),
                                        QStringLiteral("--output"), har});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString target = m_dir.filePath(QStringLiteral("imported.sqlite"));
        run = runCli(QStringList{QStringLiteral("import"), har, QStringLiteral("--store"), target});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject out = jsonOf(run);
        QCOMPARE(out.value(u"ruleFindings").toInt(), 1);
        const qint64 fromHar = qint64(out.value(u"sessions").toArray().first().toDouble());
        run = runCli(QStringList{QStringLiteral("findings"), QStringLiteral("--store"), target,
                                 QStringLiteral("--no-run"), QStringLiteral("--json")});
        const QList<QJsonObject> flaky = ofKind(jsonOf(run), QStringLiteral("perf.intermittent"));
        QCOMPARE(flaky.size(), 1);
        QCOMPARE(qint64(flaky[0].value(u"sessionId").toDouble()), fromHar);
        QCOMPARE(flaky[0].value(u"exchangeIds").toArray().size(), 4);

        const QString bundle = m_dir.filePath(QStringLiteral("flaky.mcpscope"));
        run = runCli(QStringList{QStringLiteral("bundle"), QStringLiteral("--store"), source,
                                 QStringLiteral("--session"), QString::number(m_flaky),
                                 QStringLiteral("--output"), bundle});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli(
            QStringList{QStringLiteral("import"), bundle, QStringLiteral("--store"), target});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        out = jsonOf(run);
        QCOMPARE(out.value(u"ruleFindings").toInt(), 1);
        run = runCli(QStringList{QStringLiteral("findings"), QStringLiteral("--store"), target,
                                 QStringLiteral("--no-run"), QStringLiteral("--json"),
                                 QStringLiteral("--kind"), QStringLiteral("perf.intermittent")});
        QCOMPARE(jsonOf(run).value(u"findings").toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliFindings)
#include "tst_cli_findings.moc"
