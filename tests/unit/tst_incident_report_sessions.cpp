#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "export/export_redactor.h"
#include "export/incident_report.h"
#include "test_store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The incident report (export/incident_report.h) on the sessions the
// everyday test (tst_incident_report.cpp) does not hold: a stdio session
// (one timeline line per message, its tool and JSON-RPC errors shown in
// full, an initialize never answered), an HTTP+SSE session with a network
// failure and bodies cut or binary, a plain HTTP session, the limits, and an
// export's redactor with the user's rules.
class TestIncidentReportSessions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_stdio = 0, m_sse = 0, m_plain = 0;
    qint64 m_failedExchange = 0, m_binaryExchange = 0;

    static qint64 message(CaptureStore &store, qint64 session, qint64 exchange, bool outgoing,
                          const char *kind, const char *method, const QByteArray &payload,
                          qint64 atMs, qint64 responseTo = 0, double latencyMs = -1)
    {
        MessageRecord m;
        m.id = store.reserveMessageId();
        m.sessionId = session;
        m.exchangeId = exchange;
        m.outgoing = outgoing;
        m.kind = QString::fromLatin1(kind);
        m.method = QString::fromLatin1(method);
        m.payload = payload;
        m.atMs = atMs;
        m.responseTo = responseTo;
        m.latencyMs = latencyMs;
        store.recordMessage(m);
        return m.id;
    }

    QString render(IncidentReport &report, QList<qint64> sessions,
                   IncidentReport::Format format = IncidentReport::Format::Markdown)
    {
        CaptureReader reader;
        if (!reader.open(m_path))
            return QStringLiteral("(no reader)");
        const auto loaded = report.load(reader, nullptr, sessions);
        if (!loaded)
            return loaded.error().message;
        return QString::fromUtf8(report.render(format));
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("report.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(m_path));
        const qint64 t0 = 1'700'000'000'000;

        // stdio: only messages.
        m_stdio = store.createSession(QStringLiteral("stdio run"),
                                      QStringLiteral("node server.js --port 1"),
                                      QStringLiteral("mcp"), t0);
        message(store, m_stdio, 0, true, "request", "initialize",
                "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
                "\"protocolVersion\":\"2099-01-01\",\"clientInfo\":{\"name\":\"cli\","
                "\"version\":\"1\"}}}",
                t0 + 1);
        const qint64 add = message(store, m_stdio, 0, true, "request", "tools/call",
                                   "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
                                   "\"params\":{\"name\":\"add\"}}",
                                   t0 + 2);
        message(store, m_stdio, 0, false, "response", "",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"isError\":true,\"content\":[{"
                "\"type\":\"text\",\"text\":\"bad input\"}]}}",
                t0 + 3, add, 7);
        const qint64 list =
            message(store, m_stdio, 0, true, "request", "tools/list",
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}", t0 + 4);
        message(store, m_stdio, 0, false, "response", "",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"tools\":[]}}", t0 + 5, list, 3);
        // An error whose request was not captured.
        message(store, m_stdio, 0, false, "error", "",
                "{\"jsonrpc\":\"2.0\",\"id\":9,\"error\":{\"code\":-32601,\"message\":\"Method "
                "not found\"}}",
                t0 + 6, 0);

        // HTTP+SSE: the listening GET on /sse, POSTs to /messages.
        m_sse =
            store.createSession(QStringLiteral("sse run"), QStringLiteral("http://127.0.0.1:1/sse"),
                                QStringLiteral("mcp"), t0 + 100);
        Exchange get = makeExchange(store.reserveExchangeId(), "GET", 200, "event: endpoint\n");
        get.sessionId = m_sse;
        get.url = QStringLiteral("http://127.0.0.1:1/sse");
        get.responseHeaders = {{"Content-Type", "text/event-stream"}};
        get.startedAtMs = t0 + 101;
        store.record(get);
        Exchange post = makeExchange(store.reserveExchangeId(), "POST", 500,
                                     QByteArray("{\"error\":\"") + QByteArray(300, 'x') + "\"}");
        post.sessionId = m_sse;
        post.url = QStringLiteral("http://127.0.0.1:1/messages?sessionId=abc&tenant=acme");
        post.responseHeaders = {{"Content-Type", "application/json"}};
        post.responseTruncated = true;
        post.responseBodySize = 9000;
        post.startedAtMs = t0 + 102;
        store.record(post);
        Exchange binary =
            makeExchange(store.reserveExchangeId(), "POST", 502, QByteArray("\x00\x01\x02\x03", 4));
        binary.sessionId = m_sse;
        binary.url = QStringLiteral("http://127.0.0.1:1/messages?sessionId=abc");
        binary.responseHeaders = {{"Content-Type", "application/octet-stream"}};
        binary.startedAtMs = t0 + 103;
        store.record(binary);
        m_binaryExchange = binary.id;
        Exchange failed = makeExchange(store.reserveExchangeId(), "POST", 0, {});
        failed.sessionId = m_sse;
        failed.url = QStringLiteral("http://127.0.0.1:1/messages?sessionId=abc");
        failed.state = Exchange::State::Failed;
        failed.errorCode = ErrorCode::NetConnect;
        failed.errorMessage = QStringLiteral("Connection refused");
        failed.responseHeaders = {};
        failed.responseBodySize = 0;
        failed.startedAtMs = t0 + 104;
        store.record(failed);
        m_failedExchange = failed.id;

        // Plain HTTP, no MCP.
        m_plain =
            store.createSession(QStringLiteral("plain"), QStringLiteral("https://api.example/"),
                                QStringLiteral("http"), t0 + 200);
        Exchange plain = makeExchange(store.reserveExchangeId(), "GET", 200, "ok");
        plain.sessionId = m_plain;
        plain.url = QStringLiteral("https://api.example/");
        plain.startedAtMs = t0 + 201;
        store.record(plain);
        store.flush();
    }

    void stdioSessionLineByMessage()
    {
        Redactor redactor;
        IncidentReport report(redactor);
        const QString md = render(report, {m_stdio});
        QVERIFY2(md.contains(QStringLiteral("stdio")), qPrintable(md));
        // The version asked for, never answered.
        QVERIFY2(md.contains(QStringLiteral("2099-01-01 (asked for; no answer)")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("tool error (isError)")));
        QVERIFY(md.contains(QStringLiteral("JSON-RPC error -32601: Method not found")));
        QVERIFY(md.contains(QStringLiteral("(the request was not captured)")));
        // The request answered with an error is shown with the failure.
        QVERIFY(md.contains(QStringLiteral("bad input")));
        // Latencies per call.
        const auto rows = report.latencies(m_stdio);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).key, QStringLiteral("tools/call add"));
        QCOMPARE(rows.at(0).max, 7.0);
        QCOMPARE(rows.at(1).key, QStringLiteral("tools/list"));
        QVERIFY(report.latencies(424242).isEmpty());
    }

    void failuresShownUpToTheLimit()
    {
        Redactor redactor;
        IncidentReport::Limits limits;
        limits.bodyBytes = 64;
        limits.failuresShown = 2;
        IncidentReport report(redactor, limits);
        const QString md = render(report, {m_sse});
        QVERIFY2(md.contains(QStringLiteral("HTTP+SSE (2024-11-05)")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("failed (connect)")));
        // The 500's body is cut, and the capture kept only part of it.
        QVERIFY2(md.contains(QStringLiteral("[cut here: 64 of")), qPrintable(md));
        QVERIFY(md.contains(
            QStringLiteral("[the capture kept only part of this body: 9000 bytes were received]")));
        QVERIFY(md.contains(QStringLiteral("(4 bytes of binary data, not shown)")));
        // Three failures, two shown: the network failure's is not.
        QVERIFY(!md.contains(QStringLiteral("Exchange %1:").arg(m_failedExchange)));
        QVERIFY(md.contains(QStringLiteral("Exchange %1:").arg(m_binaryExchange)));

        IncidentReport all(redactor);
        const QString full = render(all, {m_sse}, IncidentReport::Format::Html);
        QVERIFY(full.contains(QStringLiteral("Exchange %1: no HTTP response, network failure")
                                  .arg(m_failedExchange)));
        QVERIFY(full.contains(QStringLiteral("connect: Connection refused")));
        QVERIFY(full.contains(QStringLiteral("(no response)")));
    }

    void plainHttpAndTheUsersRules()
    {
        RedactionRules rules;
        rules.queryParams = {QStringLiteral("tenant")};
        ExportRedactor exportRedactor(rules);
        IncidentReport report(exportRedactor);
        const QString md = render(report, {m_plain, m_sse});
        QVERIFY(md.contains(QStringLiteral("HTTP (no MCP session)")));
        QVERIFY(!md.contains(QStringLiteral("tenant=acme")));
        QVERIFY(md.contains(QStringLiteral("tenant=[REDACTED]")));
        QVERIFY(exportRedactor.tally().count(QStringLiteral("rule"),
                                             QStringLiteral("param tenant")) > 0);

        IncidentReport::Limits limits;
        limits.bodyBytes = 1 << 20;
        ExportRedactor again(rules);
        IncidentReport withLimits(again, limits);
        const QString whole = render(withLimits, {m_sse});
        QVERIFY(!whole.contains(QStringLiteral("[cut here")));
    }
};

QTEST_GUILESS_MAIN(TestIncidentReportSessions)
#include "tst_incident_report_sessions.moc"
