#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "cli_run.h"
#include "export/incident_report.h"
#include "node_peer.h"
#include "session/mcp_session.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef MCPSCOPE_TEST_MARKDOWN_PARSER
#include <QTextDocument>
#endif

#include <algorithm>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

// A tool name no server has, hostile to HTML and Markdown alike: the server
// echoes it back in its error, so it is server text in the report.
const QString kHostileTool = QStringLiteral(
    "<script>alert(1)</script><img src=x onerror=alert(2)></pre>[click](javascript:alert(3))```");
// Bearer tokens this run sends; neither may reach a report.
const QByteArray kEverythingToken = "report-run-token-everything-5b0e1d9c";
const QByteArray kExpiredToken = "report-run-token-expired-8f27aa41";

// A registered cause or fix without its own leading label, as the report
// shows it under its label.
QString unlabelled(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("^(Likely cause|Cause|Fix): ")));
}

} // namespace

// A session recorded against server-everything (a successful call, a tool
// error, an unknown tool, an unknown method) and one against a server whose
// token has expired (401), reported on with 'mcpscope-cli report' in
// Markdown and HTML; the reports are checked against what the store holds.
class TestIncidentReportPeer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    qint64 m_everything = 0;
    qint64 m_expired = 0;
    qint64 m_stdio = 0;
    QString m_md, m_html;

    static QString everythingScript()
    {
        return peersDir() +
               QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
    }

    void recordEverything()
    {
        NodePeer peer;
        const QString why = peer.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        CaptureStore store;
        QVERIFY(store.open(m_store));
        FindingsStore findings;
        QVERIFY(findings.open(m_store));
        McpSession session(&store);
        McpSessionOptions options;
        options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(peer.port());
        options.rootsSupported = false;
        options.findings = &findings;
        options.headers = {{"Authorization", "Bearer " + kEverythingToken}};
        QSignalSpy connected(session.client(), &McpClient::connected);
        QVERIFY(session.open(options));
        QVERIFY(connected.wait(30000));
        const QList<QPair<QString, QJsonObject>> calls = {
            {QStringLiteral("tools/call"),
             {{QStringLiteral("name"), QStringLiteral("echo")},
              {QStringLiteral("arguments"),
               QJsonObject{{QStringLiteral("message"), QStringLiteral("hello")}}}}},
            {QStringLiteral("tools/call"),
             {{QStringLiteral("name"), QStringLiteral("echo")},
              {QStringLiteral("arguments"),
               QJsonObject{{QStringLiteral("message"), QStringLiteral("again")}}}}},
            // get-sum with a string: the server's input validation fails it (isError).
            {QStringLiteral("tools/call"),
             {{QStringLiteral("name"), QStringLiteral("get-sum")},
              {QStringLiteral("arguments"),
               QJsonObject{{QStringLiteral("a"), QStringLiteral("x")}, {QStringLiteral("b"), 2}}}}},
            // An unknown tool: this SDK answers isError ("Tool … not found").
            {QStringLiteral("tools/call"),
             {{QStringLiteral("name"), kHostileTool},
              {QStringLiteral("arguments"), QJsonObject{}}}},
            // An unknown method: a JSON-RPC error (-32601).
            {QStringLiteral("no/such/method"), {}},
        };
        for (const auto &[method, params] : calls) {
            McpRequest *call = session.client()->request(method, params);
            QSignalSpy finished(call, &McpRequest::finished);
            QVERIFY(call->isFinished() || finished.wait(30000));
            call->deleteLater();
        }
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QVERIFY(closed.wait(15000));
        m_everything = session.captureSessionId();
        store.close();
        QVERIFY(m_everything > 0);
    }

    void recordExpired()
    {
        NodePeer peer;
        const QString why = peer.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const CliRun run =
            runCli({QStringLiteral("tools"), QStringLiteral("call"),
                    QStringLiteral("http://127.0.0.1:%1/expired/mcp").arg(peer.port()),
                    QStringLiteral("echo"), QStringLiteral("--args"),
                    QStringLiteral("{\"message\":\"hi\"}"), QStringLiteral("-H"),
                    QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(kExpiredToken),
                    QStringLiteral("--store"), m_store});
        QCOMPARE(run.exitCode, 3); // HTTP error: the 401
        CaptureReader reader;
        QVERIFY(reader.open(m_store));
        const auto sessions = reader.sessions();
        QVERIFY(sessions && !sessions->isEmpty());
        for (const SessionInfo &s : *sessions)
            m_expired = std::max(m_expired, s.id);
        QVERIFY(m_expired != m_everything);
    }

    // A stdio session (no HTTP: a timeline line per message): get-sum with a
    // string, sent unvalidated, answered isError.
    void recordStdio()
    {
        const QString server =
            QStringLiteral("\"%1\" \"%2\" stdio").arg(nodeBinary(), everythingScript());
        const CliRun run =
            runCli({QStringLiteral("tools"), QStringLiteral("call"), QStringLiteral("--stdio"),
                    server, QStringLiteral("get-sum"), QStringLiteral("--args"),
                    QStringLiteral("{\"a\":\"x\",\"b\":2}"), QStringLiteral("--no-validate"),
                    QStringLiteral("--store"), m_store});
        QVERIFY2(run.exitCode == 5, run.err.constData()); // the MCP server refused: isError
        CaptureReader reader;
        QVERIFY(reader.open(m_store));
        const auto sessions = reader.sessions();
        QVERIFY(sessions);
        for (const SessionInfo &s : *sessions)
            m_stdio = std::max(m_stdio, s.id);
        QVERIFY(m_stdio > m_expired);
    }

    QString report(const QString &format, const QString &file)
    {
        const QString path = m_dir.filePath(file);
        const CliRun run =
            runCli({QStringLiteral("report"), QStringLiteral("--store"), m_store,
                    QStringLiteral("--session"), QString::number(m_everything),
                    QStringLiteral("--session"), QString::number(m_expired),
                    QStringLiteral("--session"), QString::number(m_stdio),
                    QStringLiteral("--format"), format, QStringLiteral("--output"), path});
        if (run.exitCode != 0) {
            qWarning() << run.err;
            return {};
        }
        QFile f(path);
        if (f.permissions() !=
            (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser)) {
            qWarning() << "report permissions" << f.permissions();
            return {};
        }
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }

    // The nearest-rank percentile, computed here independently of the report.
    static double nearestRank(QList<double> values, int p)
    {
        std::sort(values.begin(), values.end());
        const qsizetype rank = (p * values.size() + 99) / 100; // ceil(p/100 * n)
        return values.at(std::max<qsizetype>(rank, 1) - 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("incident.sqlite"));
        recordEverything();
        if (QTest::currentTestFailed())
            return;
        recordExpired();
        if (QTest::currentTestFailed())
            return;
        recordStdio();
        if (QTest::currentTestFailed())
            return;
        m_md = report(QStringLiteral("md"), QStringLiteral("incident.md"));
        m_html = report(QStringLiteral("html"), QStringLiteral("incident.html"));
        QVERIFY(!m_md.isEmpty());
        QVERIFY(!m_html.isEmpty());
        if (const QString keep = qEnvironmentVariable("MCPSCOPE_KEEP_REPORT"); !keep.isEmpty()) {
            QFile out(keep);
            if (out.open(QIODevice::WriteOnly))
                out.write(m_html.toUtf8());
        }
    }

    // What the initialize exchange said is in both reports.
    void serverClientAndVersion()
    {
        CaptureReader reader;
        QVERIFY(reader.open(m_store));
        const auto messages = reader.messages(m_everything);
        QVERIFY(messages);
        QString version, client;
        qint64 initialize = 0;
        for (const MessageRecord &m : *messages)
            if (m.method == u"initialize" && m.outgoing) {
                initialize = m.id;
                client = QJsonDocument::fromJson(m.payload)
                             .object()
                             .value(QLatin1String("params"))
                             .toObject()
                             .value(QLatin1String("clientInfo"))
                             .toObject()
                             .value(QLatin1String("name"))
                             .toString();
            }
        for (const MessageRecord &m : *messages)
            if (m.responseTo == initialize && initialize != 0)
                version = QJsonDocument::fromJson(m.payload)
                              .object()
                              .value(QLatin1String("result"))
                              .toObject()
                              .value(QLatin1String("protocolVersion"))
                              .toString();
        QVERIFY(version.startsWith(QLatin1String("20")));
        QVERIFY(!client.isEmpty());
        QVERIFY(m_md.contains(QLatin1String("**Protocol version:** ` ") + version +
                              QLatin1String(" `")));
        QVERIFY(m_html.contains(QLatin1String("<code>") + version + QLatin1String("</code>")));
        QVERIFY(m_md.contains(client));
        QVERIFY(m_html.contains(client));
        QVERIFY(m_html.contains(QLatin1String("Streamable HTTP")));
    }

    void failingExchangesWithTheirStatus()
    {
        for (const QString *report : {&m_md, &m_html}) {
            QVERIFY(report->contains(QLatin1String("HTTP 401")));
            QVERIFY(report->contains(QLatin1String("JSON-RPC error -32601")));
            QVERIFY(report->contains(QLatin1String("tools/call get-sum: tool error (isError)")));
            QVERIFY(report->contains(QLatin1String("invalid_token")));
            // The successful calls are in the timeline, not among the failures.
            QVERIFY(report->contains(QLatin1String("tools/call echo")));
        }
        QVERIFY(!m_html.contains(QLatin1String("tools/call echo: ")));
    }

    void findingsWithCauseAndFix()
    {
        FindingsStore findings;
        QVERIFY(findings.open(m_store));
        const auto stored = findings.findings(m_expired);
        QVERIFY(stored);
        QVERIFY(!stored->isEmpty());
        for (const Finding &f : *stored) {
            QVERIFY2(m_html.contains(IncidentReport::htmlEscaped(unlabelled(f.cause()))),
                     qPrintable(f.kind));
            QVERIFY2(m_html.contains(IncidentReport::htmlEscaped(unlabelled(f.fix()))),
                     qPrintable(f.kind));
            QVERIFY2(m_md.contains(IncidentReport::markdownInline(unlabelled(f.cause()))),
                     qPrintable(f.kind));
        }
    }

    void latencyMatchesTheStore()
    {
        CaptureReader reader;
        QVERIFY(reader.open(m_store));
        const auto messages = reader.messages(m_everything);
        QVERIFY(messages);
        QHash<qint64, QString> echoCalls;
        for (const MessageRecord &m : *messages)
            if (m.outgoing && m.method == u"tools/call" &&
                QJsonDocument::fromJson(m.payload)
                        .object()
                        .value(QLatin1String("params"))
                        .toObject()
                        .value(QLatin1String("name"))
                        .toString() == u"echo")
                echoCalls.insert(m.id, m.method);
        QList<double> latencies;
        for (const MessageRecord &m : *messages)
            if (!m.outgoing && echoCalls.contains(m.responseTo) && m.latencyMs >= 0)
                latencies << m.latencyMs;
        QCOMPARE(latencies.size(), 2);
        auto ms = [](double v) -> QString {
            return QString::number(v, 'f', 1) + QLatin1String(" ms");
        };
        const QString row = QStringLiteral("| ` tools/call echo ` | 2 | %1 | %2 | %3 |")
                                .arg(ms(nearestRank(latencies, 50)), ms(nearestRank(latencies, 95)),
                                     ms(*std::max_element(latencies.begin(), latencies.end())));
        QVERIFY2(m_md.contains(row), qPrintable(row));
        QVERIFY(m_html.contains(QLatin1String("<td class=\"num\">") +
                                ms(nearestRank(latencies, 95)) + QLatin1String("</td>")));
    }

    void stdioSessionByMessage()
    {
        for (const QString *report : {&m_md, &m_html}) {
            QVERIFY(report->contains(QStringLiteral("→ request")));
        }
        QVERIFY(m_html.contains(QLatin1String("<td>stdio (session kind mcp)</td>")));
        QVERIFY(m_html.contains(
            QRegularExpression(QStringLiteral("<h4>Message \\d+: tool error</h4>"))));
        QVERIFY(m_md.contains(QRegularExpression(QStringLiteral("#### Message \\d+: tool error"))));
        QVERIFY(m_html.contains(QLatin1String("Invalid input: expected number")));
    }

    // A report that cannot be made leaves what was at --output as it was, and
    // a folder that is not there gets no file.
    void nothingHalfWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.md"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("before");
        }
        const CliRun missing = runCli({QStringLiteral("report"), QStringLiteral("--store"), m_store,
                                       QStringLiteral("--session"), QStringLiteral("987654"),
                                       QStringLiteral("--output"), path});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY(missing.err.contains("no session 987654"));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("before"));

        const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/report.html"));
        const CliRun unwritable =
            runCli({QStringLiteral("report"), QStringLiteral("--store"), m_store,
                    QStringLiteral("--session"), QString::number(m_everything),
                    QStringLiteral("--output"), nowhere});
        QCOMPARE(unwritable.exitCode, 4);
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.html.*")}).isEmpty());

        const CliRun badFormat =
            runCli({QStringLiteral("report"), QStringLiteral("--store"), m_store,
                    QStringLiteral("--session"), QString::number(m_everything),
                    QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(badFormat.exitCode, 1);
    }

    void noScriptsNoSecrets()
    {
        QVERIFY(!m_html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!m_html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        QVERIFY(!m_html.contains(QLatin1String("href"), Qt::CaseInsensitive));
        QVERIFY(!m_html.contains(QRegularExpression(QStringLiteral("<[^>]*\\son[a-z]+\\s*="),
                                                    QRegularExpression::CaseInsensitiveOption)));
        QCOMPARE(m_html.count(QLatin1String("</pre>")), m_html.count(QLatin1String("<pre")));
        // The server's answer naming the hostile tool, escaped.
        QVERIFY(m_html.contains(
            QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"
                          "&lt;/pre&gt;[click](javascript:alert(3))")));
        for (const QByteArray &token : {kEverythingToken, kExpiredToken}) {
            QVERIFY(!m_md.contains(QString::fromLatin1(token)));
            QVERIFY(!m_html.contains(QString::fromLatin1(token)));
        }
        QVERIFY(m_html.contains(QLatin1String("Authorization: Bearer [REDACTED]")) ||
                m_html.contains(QLatin1String("authorization: Bearer [REDACTED]")));
#ifdef MCPSCOPE_TEST_MARKDOWN_PARSER
        QTextDocument doc;
        doc.setMarkdown(m_md, QTextDocument::MarkdownDialectGitHub);
        QVERIFY(!doc.toHtml().contains(QLatin1String("href"), Qt::CaseInsensitive));
        QVERIFY(!doc.toHtml().contains(QLatin1String("<img"), Qt::CaseInsensitive));
        QVERIFY(doc.toPlainText().contains(kHostileTool.left(40)));
#endif
    }
};

#ifdef MCPSCOPE_TEST_MARKDOWN_PARSER
QTEST_MAIN(TestIncidentReportPeer)
#else
QTEST_GUILESS_MAIN(TestIncidentReportPeer)
#endif
#include "tst_incident_report_peer.moc"
