// The Connection Doctor's operations, performance and intermittency stages
// against a small MCP server over Streamable HTTP (JSON answers) that the
// test scripts: a server whose lists come in pages, one whose ping is never
// answered, one that stops answering pings after the burst. Real SDK
// servers do not fail on cue, so this one is a loopback HTTP server
// (tests/support/scripted_http_server.h) speaking just enough MCP; the
// doctor's own McpClient talks to it over real HTTP.
#include "diagnostics/connection_doctor.h"
#include "doctor_report_testing.h"
#include "scripted_http_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

QString describe(const DoctorReport &report)
{
    QStringList lines;
    for (const DoctorCheck &c : report.checks)
        lines << QStringLiteral("%1 %2: %3 [%4 %5]")
                     .arg(checkStatusId(c.status), c.id, c.detail, c.findingKind,
                          c.findingArguments.join(u'|'));
    return lines.join(u'\n') + QStringLiteral("\nverdict: ") + report.verdict;
}

// What the scripted MCP server does with one JSON-RPC request: a result, an
// error object, or nothing (std::nullopt: the request is never answered).
using Script = std::function<std::optional<QJsonObject>(const QString &method, int *error)>;

// An MCP server over Streamable HTTP: initialize declares capabilities,
// server/discover is unknown (a 2025 server), notifications are accepted,
// every other request goes to script. Every answer allows any origin.
ScriptedHttpServer::Handler mcpServer(const QJsonObject &capabilities, Script script)
{
    return [capabilities, script](QTcpSocket *socket, const QByteArray &method, const QByteArray &,
                                  const QByteArray &body) {
        const QByteArray cors = "Server: scripted-mcp/1.0\r\n"
                                "Access-Control-Allow-Origin: *\r\n"
                                "Access-Control-Allow-Methods: GET, POST, DELETE\r\n"
                                "Access-Control-Allow-Headers: authorization, content-type, "
                                "mcp-session-id, mcp-protocol-version, last-event-id\r\n"
                                "Access-Control-Expose-Headers: Mcp-Session-Id, "
                                "WWW-Authenticate\r\n";
        if (method == "OPTIONS") {
            ScriptedHttpServer::answer(socket, 204, cors);
            return;
        }
        if (method != "POST") {
            ScriptedHttpServer::answer(socket, 405, cors + "Allow: POST\r\n");
            return;
        }
        const QJsonObject msg = QJsonDocument::fromJson(body).object();
        if (!msg.contains(QStringLiteral("id"))) {
            ScriptedHttpServer::answer(socket, 202, cors);
            return;
        }
        const QString name = msg.value(QStringLiteral("method")).toString();
        QJsonObject reply{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                          {QStringLiteral("id"), msg.value(QStringLiteral("id"))}};
        if (name == u"initialize") {
            reply.insert(
                QStringLiteral("result"),
                QJsonObject{{QStringLiteral("protocolVersion"),
                             msg.value(QStringLiteral("params"))
                                 .toObject()
                                 .value(QStringLiteral("protocolVersion"))},
                            {QStringLiteral("capabilities"), capabilities},
                            {QStringLiteral("serverInfo"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("scripted")},
                                         {QStringLiteral("version"), QStringLiteral("1.0")}}}});
        } else {
            int error = 0;
            const std::optional<QJsonObject> result =
                name == u"server/discover" ? std::nullopt : script(name, &error);
            if (name != u"server/discover" && !result && !error)
                return; // never answered
            if (result)
                reply.insert(QStringLiteral("result"), *result);
            else
                reply.insert(QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), error ? error : -32601},
                                         {QStringLiteral("message"),
                                          error ? QStringLiteral("Internal error: worn out")
                                                : QStringLiteral("Method not found")}});
        }
        ScriptedHttpServer::answer(socket, 200, cors + "Content-Type: application/json\r\n",
                                   QJsonDocument(reply).toJson(QJsonDocument::Compact));
    };
}

DoctorReport diagnose(const ScriptedHttpServer &server)
{
    ConnectionDoctor doctor(nullptr, nullptr);
    QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
    DoctorOptions o;
    o.url = QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port()));
    o.timeoutMs = 1000;
    o.burst = 3;
    o.repeats = 2;
    doctor.start(o);
    if (!finished.wait(60000))
        qWarning("the doctor did not finish in time");
    return doctor.report();
}

QJsonArray named(const QString &key, const QStringList &values)
{
    QJsonArray out;
    for (const QString &v : values)
        out.append(QJsonObject{{key, v}});
    return out;
}

} // namespace

class TestDoctorOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Lists that come in pages: the first page is named (five items at
    // most, then an ellipsis) and said to be followed by more; resources
    // without a name are named by URI; a capability not declared skips.
    // Everything else passes: the verdict is healthy.
    void pagedListsPass()
    {
        ScriptedHttpServer server(mcpServer(
            QJsonObject{{QStringLiteral("tools"), QJsonObject()},
                        {QStringLiteral("resources"), QJsonObject()}},
            [](const QString &method, int *) -> std::optional<QJsonObject> {
                if (method == u"tools/list")
                    return QJsonObject{
                        {QStringLiteral("tools"),
                         named(QStringLiteral("name"),
                               {QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3"),
                                QStringLiteral("t4"), QStringLiteral("t5"), QStringLiteral("t6"),
                                QStringLiteral("t7")})},
                        {QStringLiteral("nextCursor"), QStringLiteral("page-2")}};
                if (method == u"resources/list")
                    return QJsonObject{
                        {QStringLiteral("resources"),
                         named(QStringLiteral("uri"), {QStringLiteral("file:///a.txt")})}};
                return QJsonObject(); // ping
            }));
        const DoctorReport r = diagnose(server);
        QVERIFY2(!r.failedStage, qPrintable(describe(r)));
        // The GET is answered 405 (this server takes POST only): HTTP works,
        // and the detail names the server as its Server header does.
        const QString reach = check(r, QStringLiteral("http.reach"))->detail;
        QVERIFY2(QRegularExpression(
                     QStringLiteral(R"(^GET answered HTTP 405 X \(first byte after \d+ ms\), )"
                                    R"(server "scripted-mcp/1.0"\.$)"))
                     .match(reach)
                     .hasMatch(),
                 qPrintable(reach));
        QCOMPARE(check(r, QStringLiteral("ops.tools"))->detail,
                 QStringLiteral("7 item(s): t1, t2, t3, t4, t5, \u2026 on the first page; more "
                                "follow."));
        QCOMPARE(check(r, QStringLiteral("ops.resources"))->detail,
                 QStringLiteral("1 item(s): file:///a.txt."));
        const DoctorCheck *prompts = check(r, QStringLiteral("ops.prompts"));
        QCOMPARE(prompts->status, CheckStatus::Skip);
        QCOMPARE(prompts->detail, QStringLiteral("The server does not declare prompts."));
        QCOMPARE(check(r, QStringLiteral("mcp.capabilities"))->detail,
                 QStringLiteral("Declared: resources, tools."));
        QVERIFY2(check(r, QStringLiteral("intermittency.repeat"))
                     ->detail.startsWith(QStringLiteral("2 of 2 tools/list requests succeeded")),
                 qPrintable(describe(r)));
        QCOMPARE(r.verdict, QStringLiteral("healthy"));
    }

    // A ping that is never answered: ops.ping fails with doctor.ops.failed
    // once the request times out.
    void pingNeverAnswered()
    {
        ScriptedHttpServer server(
            mcpServer(QJsonObject(), [](const QString &, int *) -> std::optional<QJsonObject> {
                return std::nullopt; // no answer to anything
            }));
        const DoctorReport r = diagnose(server);
        QCOMPARE(check(r, QStringLiteral("mcp.capabilities"))->detail,
                 QStringLiteral("The server declares no capabilities."));
        QCOMPARE(check(r, QStringLiteral("ops.tools"))->detail,
                 QStringLiteral("The server does not declare tools."));
        const DoctorCheck *ping = check(r, QStringLiteral("ops.ping"));
        QVERIFY2(ping->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(ping->findingKind, QStringLiteral("doctor.ops.failed"));
        // Two bounds of the same length race here: the doctor's own and the
        // client's request timeout (started first, its end delivered from
        // the event loop). Each says so in its own words; the check fails
        // with doctor.ops.failed for ping either way.
        if (ping->detail == u"No answer within 1 s.") {
            QCOMPARE(ping->findingArguments,
                     (QStringList{QStringLiteral("ping"), QStringLiteral("no answer in time")}));
        } else {
            QCOMPARE(ping->detail,
                     makeFinding("mcp.timeout", {QStringLiteral("ping"), QStringLiteral("1")})
                         .message());
            QCOMPARE(ping->findingArguments, (QStringList{QStringLiteral("ping"), ping->detail}));
        }
        QCOMPARE(r.failedStage, DoctorStage::Operations);
        QCOMPARE(doctorExitCode(r), 15);
        QCOMPARE(check(r, QStringLiteral("perf.burst"))->detail,
                 QStringLiteral("not run: the Basic operations stage failed"));
    }

    // ping answered with a JSON-RPC error: ops.ping fails with
    // doctor.ops.failed quoting the server's error.
    void pingAnsweredWithAnError()
    {
        ScriptedHttpServer server(
            mcpServer(QJsonObject(), [](const QString &, int *error) -> std::optional<QJsonObject> {
                *error = -32603;
                return std::nullopt;
            }));
        const DoctorReport r = diagnose(server);
        const DoctorCheck *ping = check(r, QStringLiteral("ops.ping"));
        QVERIFY2(ping->status == CheckStatus::Fail, qPrintable(describe(r)));
        QVERIFY2(ping->detail.contains(QStringLiteral("Internal error: worn out")),
                 qPrintable(ping->detail));
        QCOMPARE(ping->findingKind, QStringLiteral("doctor.ops.failed"));
        QCOMPARE(ping->findingArguments, (QStringList{QStringLiteral("ping"), ping->detail}));
        QCOMPARE(r.failedStage, DoctorStage::Operations);
    }

    // A server that answers only the first ping falls over under the burst:
    // perf.burst fails, and its detail quotes no latency (none succeeded).
    void burstAllFails()
    {
        auto pings = std::make_shared<int>(0);
        ScriptedHttpServer server(
            mcpServer(QJsonObject(),
                      [pings](const QString &method, int *error) -> std::optional<QJsonObject> {
                          if (method == u"ping" && ++*pings == 1)
                              return QJsonObject();
                          *error = -32603;
                          return std::nullopt;
                      }));
        const DoctorReport r = diagnose(server);
        QCOMPARE(check(r, QStringLiteral("ops.ping"))->status, CheckStatus::Pass);
        const DoctorCheck *burst = check(r, QStringLiteral("perf.burst"));
        QVERIFY2(burst->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(burst->detail, QStringLiteral("3 pings at once: all failed."));
        QCOMPARE(burst->findingKind, QStringLiteral("doctor.perf.burst_failed"));
        QCOMPARE(burst->findingArguments.mid(0, 2),
                 (QStringList{QStringLiteral("3"), QStringLiteral("3")}));
        QCOMPARE(r.failedStage, DoctorStage::Performance);
    }

    // A server that answers the first ping and the burst, then hangs: the
    // repeated requests time out one by one, and the repetition's own bound
    // may end the run with the last still unanswered. Either way none
    // succeeded: the check fails (an unanswered request is not a success).
    void repeatedRequestsNeverAnswered()
    {
        auto pings = std::make_shared<int>(0);
        ScriptedHttpServer server(mcpServer(
            QJsonObject(), [pings](const QString &method, int *) -> std::optional<QJsonObject> {
                if (method == u"ping" && ++*pings <= 4) // ops.ping and a burst of 3
                    return QJsonObject();
                return std::nullopt; // never answered
            }));
        const DoctorReport r = diagnose(server);
        QVERIFY2(check(r, QStringLiteral("perf.burst"))->status == CheckStatus::Pass,
                 qPrintable(describe(r)));
        const DoctorCheck *repeat = check(r, QStringLiteral("intermittency.repeat"));
        QVERIFY2(repeat->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(repeat->detail, QStringLiteral("0 of 2 ping requests succeeded."));
        QCOMPARE(repeat->findingKind, QStringLiteral("doctor.ops.failed"));
        QCOMPARE(repeat->findingArguments.value(0), QStringLiteral("ping"));
        QCOMPARE(r.failedStage, DoctorStage::Intermittency);
    }

    // A server that answers the first ping and the burst, then fails every
    // ping: every repeated request failing is not intermittent, it is an
    // operation that fails (doctor.ops.failed at the intermittency stage).
    void pingsFailAfterTheBurst()
    {
        auto pings = std::make_shared<int>(0);
        ScriptedHttpServer server(
            mcpServer(QJsonObject(),
                      [pings](const QString &method, int *error) -> std::optional<QJsonObject> {
                          if (method == u"ping" && ++*pings <= 4) // ops.ping and a burst of 3
                              return QJsonObject();
                          *error = -32603;
                          return std::nullopt;
                      }));
        const DoctorReport r = diagnose(server);
        QCOMPARE(check(r, QStringLiteral("ops.ping"))->status, CheckStatus::Pass);
        QVERIFY2(check(r, QStringLiteral("perf.burst"))->status == CheckStatus::Pass,
                 qPrintable(describe(r)));
        const DoctorCheck *repeat = check(r, QStringLiteral("intermittency.repeat"));
        QVERIFY2(repeat->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(repeat->detail, QStringLiteral("0 of 2 ping requests succeeded."));
        QCOMPARE(repeat->findingKind, QStringLiteral("doctor.ops.failed"));
        QCOMPARE(repeat->findingArguments.value(0), QStringLiteral("ping"));
        QVERIFY2(repeat->findingArguments.value(1).contains(QStringLiteral("worn out")),
                 qPrintable(repeat->findingArguments.value(1)));
        QCOMPARE(repeat->exchangeIds.size(), 0); // no store: nothing recorded
        QCOMPARE(r.failedStage, DoctorStage::Intermittency);
        QCOMPARE(*pings, 6);
    }
};

QTEST_GUILESS_MAIN(TestDoctorOperations)
#include "tst_doctor_operations.moc"
