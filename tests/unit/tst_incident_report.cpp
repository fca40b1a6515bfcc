#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "capture/redaction.h"
#include "export/incident_report.h"
#include "test_store.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>

#ifdef MCPSCOPE_TEST_MARKDOWN_PARSER
#include <QGuiApplication>
#include <QTextDocument>
#endif

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

// What a hostile server puts in every string it controls.
const QString kHostile = QStringLiteral(
    "<script>alert(1)</script><img src=x onerror=alert(2)></pre>"
    "[click](javascript:alert(3)) <https://evil.example/> www.evil.example ``` `` | **bold** "
    "&lt; \x1b]0;owned\x07");
// A value the store's own redactor did not know, the report's redactor does.
const QByteArray kLateSecret = "late-secret-6d1f0c9a77e2";

QByteArray rpc(const QString &json)
{
    return json.toUtf8();
}

QByteArray jsonString(const QString &text)
{
    QByteArray out = "\"";
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += '\\' + QByteArray(1, char(c.unicode()));
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')).toUtf8();
        else
            out += QString(c).toUtf8();
    }
    return out + '"';
}

// A registered cause or fix without its own leading label, as the report
// shows it under its label.
QString unlabelled(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("^(Likely cause|Cause|Fix): ")));
}

} // namespace

// The incident report over a store filled through CaptureStore: hostile
// server strings stay plain text in both formats, secrets the report's
// redactor knows are gone, percentiles are the nearest-rank ones, long
// timelines are summarised around their failures.
class TestIncidentReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_session = 0;
    qint64 m_long = 0;
    QList<double> m_echoLatencies;
    QByteArray m_md, m_html;

    void fill()
    {
        CaptureStore store;
        QVERIFY(store.open(m_path));
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
        m_session = store.createSession(kHostile, QStringLiteral("http://127.0.0.1:1/mcp"),
                                        QStringLiteral("mcp"), t0);
        qint64 at = t0;
        // An exchange carrying one request and its answer.
        auto call = [&](const QByteArray &request, const QByteArray &answer, bool error,
                        double latency, int status, const QByteArray &reason,
                        const QString &method) {
            Exchange e = makeExchange(store.reserveExchangeId(), "POST", status, answer);
            e.sessionId = m_session;
            e.startedAtMs = at += 10;
            e.requestBody = request;
            e.reasonPhrase = reason;
            e.totalMs = latency;
            e.responseHeaders << qMakePair(QByteArray("X-Server-Says"), kHostile.toUtf8());
            store.record(e);
            MessageRecord out;
            out.id = store.reserveMessageId();
            out.sessionId = m_session;
            out.exchangeId = e.id;
            out.kind = QStringLiteral("request");
            out.method = method;
            out.payload = request;
            out.atMs = at;
            store.recordMessage(out);
            MessageRecord in;
            in.id = store.reserveMessageId();
            in.sessionId = m_session;
            in.exchangeId = e.id;
            in.outgoing = false;
            in.kind = error ? QStringLiteral("error") : QStringLiteral("response");
            in.payload = answer;
            in.atMs = at + qint64(latency);
            in.responseTo = out.id;
            in.latencyMs = latency;
            store.recordMessage(in);
        };
        call(rpc(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                                "\"params\":{\"protocolVersion\":\"2025-06-18\",\"clientInfo\":"
                                "{\"name\":\"unit-client\",\"version\":\"9.9\"}}}")),
             "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2025-06-18\","
             "\"serverInfo\":{\"name\":" +
                 jsonString(kHostile) + ",\"version\":\"1\"}}}",
             false, 7.25, 200, "OK", QStringLiteral("initialize"));
        // Twenty echo calls, latencies in no order.
        m_echoLatencies.clear();
        for (int i = 1; i <= 20; ++i)
            m_echoLatencies << i * 1.5 + (i % 3) * 0.25;
        QList<double> shuffled = m_echoLatencies;
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
        int id = 2;
        for (double latency : shuffled) {
            const QByteArray n = QByteArray::number(id++);
            call("{\"jsonrpc\":\"2.0\",\"id\":" + n +
                     ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\"}}",
                 "{\"jsonrpc\":\"2.0\",\"id\":" + n +
                     ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":" +
                     jsonString(kHostile) + "}]}}",
                 false, latency, 200, "OK", QStringLiteral("tools/call"));
        }
        // A JSON-RPC error whose message is hostile, and a 500 that echoes a
        // secret the store's redactor never heard of.
        call("{\"jsonrpc\":\"2.0\",\"id\":90,\"method\":\"tools/call\",\"params\":{\"name\":"
             "\"evil\"}}",
             "{\"jsonrpc\":\"2.0\",\"id\":90,\"error\":{\"code\":-32602,\"message\":" +
                 jsonString(kHostile) + "}}",
             true, 3.0, 200, "OK", QStringLiteral("tools/call"));
        call("{\"jsonrpc\":\"2.0\",\"id\":91,\"method\":\"tools/call\",\"params\":{\"name\":"
             "\"echo\"}}",
             "{\"message\":\"internal error near " + kLateSecret + "\"}", false, -1, 500,
             kHostile.toUtf8(), QStringLiteral("tools/call"));

        // A long session: 150 exchanges, one failing in the middle.
        m_long =
            store.createSession(QStringLiteral("long"), QStringLiteral("http://127.0.0.1:2/mcp"),
                                QStringLiteral("mcp"), t0);
        for (int i = 0; i < 150; ++i) {
            Exchange e = makeExchange(store.reserveExchangeId(), "POST", i == 75 ? 503 : 200);
            e.sessionId = m_long;
            e.startedAtMs = t0 + i;
            store.record(e);
        }
        store.endSession(m_session, at + 100);
        store.flush();

        FindingsStore findings;
        QVERIFY(findings.open(m_path));
        Finding finding = makeFinding("http.unauthorized", {kHostile});
        finding.sessionId = m_session;
        finding.atMs = at;
        QVERIFY(findings.record(finding));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store.sqlite"));
        fill();
        CaptureReader reader;
        QVERIFY(reader.open(m_path));
        FindingsStore findings;
        QVERIFY(findings.open(m_path));
        Redactor redactor;
        redactor.addKnownSecret(kLateSecret);
        IncidentReport report(redactor);
        const auto loaded = report.load(reader, &findings, {m_session, m_long});
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        QBuffer md, html;
        QVERIFY(md.open(QIODevice::WriteOnly) && html.open(QIODevice::WriteOnly));
        QVERIFY(report.write(md, IncidentReport::Format::Markdown));
        QVERIFY(report.write(html, IncidentReport::Format::Html));
        m_md = md.data();
        m_html = html.data();
        QVERIFY(m_md.contains("` unit-client 9.9 `"));
        // For a look at the output: MCPSCOPE_KEEP_REPORT=/path/prefix.
        if (const QString keep = qEnvironmentVariable("MCPSCOPE_KEEP_REPORT"); !keep.isEmpty())
            for (const auto &[suffix, bytes] : {qMakePair(QStringLiteral(".md"), m_md),
                                                qMakePair(QStringLiteral(".html"), m_html)}) {
                QFile out(keep + suffix);
                if (out.open(QIODevice::WriteOnly))
                    out.write(bytes);
            }
        QVERIFY(m_html.contains("unit-client 9.9"));

        CaptureReader noSuch;
        QVERIFY(noSuch.open(m_path));
        IncidentReport missing(redactor);
        QVERIFY(!missing.load(noSuch, nullptr, {m_long + 100}));
    }

    void htmlIsPlainText()
    {
        const QString html = QString::fromUtf8(m_html);
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<a "), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("href"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("<[^>]*\\son[a-z]+\\s*="),
                                                  QRegularExpression::CaseInsensitiveOption)));
        // Every </pre> closes a <pre> of ours.
        QCOMPARE(html.count(QLatin1String("</pre>")), html.count(QLatin1String("<pre")));
        QVERIFY(html.count(QLatin1String("<pre")) >= 4);
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QLatin1String("&lt;img src=x onerror=alert(2)&gt;&lt;/pre&gt;")));
        QVERIFY(html.contains(QLatin1String("&amp;lt;")));
        // The escape sequence is shown, not sent.
        QVERIFY(!html.contains(QChar(0x1b)));
        QVERIFY(html.contains(QLatin1String("\\u001B]0;owned\\u0007")));
        QVERIFY(html.contains(QLatin1String("default-src 'none'")));
    }

    void markdownIsPlainText()
    {
        const QString md = QString::fromUtf8(m_md);
        QVERIFY(!md.contains(QChar(0x1b)));
        const QString span = IncidentReport::markdownCode(kHostile);
        QVERIFY(span.startsWith(QLatin1String("```` ")));
        QVERIFY(span.contains(QLatin1String("\\|")));
        QVERIFY(md.contains(QLatin1String("```` <script>alert(1)")));
        const QString fence = IncidentReport::markdownFence(QStringLiteral("a ``` b\n````` c"));
        QVERIFY(fence.startsWith(QLatin1String("``````\n")));
        QVERIFY(fence.endsWith(QLatin1String("\n``````\n")));
        QCOMPARE(IncidentReport::markdownInline(QStringLiteral("[x](javascript:y) <b> www.e.x")),
                 QStringLiteral("\\[x\\]\\(javascript\\:y\\) \\<b\\> www\\.e\\.x"));
#ifdef MCPSCOPE_TEST_MARKDOWN_PARSER
        // A real Markdown parser (md4c, GitHub dialect with autolinks, as Qt
        // renders it) makes no link, image or raw HTML of it.
        QTextDocument doc;
        doc.setMarkdown(md, QTextDocument::MarkdownDialectGitHub);
        const QString rendered = doc.toHtml();
        QVERIFY(!rendered.contains(QLatin1String("href"), Qt::CaseInsensitive));
        QVERIFY(!rendered.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        QVERIFY(doc.toPlainText().contains(QLatin1String("<script>alert(1)</script>")));
        QVERIFY(doc.toPlainText().contains(QLatin1String("[click](javascript:alert(3))")));
#endif
    }

    void secretsRedactedAgain()
    {
        QVERIFY(!m_md.contains(kLateSecret));
        QVERIFY(!m_html.contains(kLateSecret));
        QVERIFY(m_html.contains("internal error near"));
        QVERIFY(m_html.contains(Redactor::placeholder.toByteArray()));
    }

    void failuresAndFindings()
    {
        const QString html = QString::fromUtf8(m_html);
        QVERIFY(html.contains(QLatin1String("JSON-RPC error -32602")));
        QVERIFY(html.contains(QLatin1String("HTTP 500")));
        QVERIFY(html.contains(QLatin1String("HTTP 503")));
        const Finding finding = makeFinding("http.unauthorized", {kHostile});
        QVERIFY(html.contains(IncidentReport::htmlEscaped(unlabelled(finding.cause()))));
        QVERIFY(html.contains(IncidentReport::htmlEscaped(unlabelled(finding.fix()))));
        QVERIFY(QString::fromUtf8(m_md).contains(
            IncidentReport::markdownInline(unlabelled(finding.fix()))));
        QVERIFY(html.contains(QLatin1String("2025-06-18")));
    }

    void percentiles()
    {
        QCOMPARE(IncidentReport::percentile({}, 50), 0.0);
        QCOMPARE(IncidentReport::percentile({4}, 95), 4.0);
        QCOMPARE(IncidentReport::percentile({3, 1, 2, 4, 5, 6, 7, 8, 9, 10}, 50), 5.0);
        QCOMPARE(IncidentReport::percentile({3, 1, 2, 4, 5, 6, 7, 8, 9, 10}, 95), 10.0);
        QList<double> hundred;
        for (int i = 100; i >= 1; --i)
            hundred << i;
        QCOMPARE(IncidentReport::percentile(hundred, 95), 95.0);
        QCOMPARE(IncidentReport::percentile(hundred, 50), 50.0);
        QCOMPARE(IncidentReport::percentile(hundred, 0), 1.0);
        QCOMPARE(IncidentReport::percentile(hundred, 100), 100.0);

        // The echo row over the stored latencies: nearest rank of 20 values.
        CaptureReader reader;
        QVERIFY(reader.open(m_path));
        Redactor redactor;
        IncidentReport report(redactor);
        QVERIFY(report.load(reader, nullptr, {m_session}));
        QList<double> sorted = m_echoLatencies;
        std::sort(sorted.begin(), sorted.end());
        const auto rows = report.latencies(m_session);
        const auto echo = std::find_if(rows.begin(), rows.end(),
                                       [](const auto &r) { return r.key == u"tools/call echo"; });
        QVERIFY(echo != rows.end());
        QCOMPARE(echo->count, 20);
        QCOMPARE(echo->p50, sorted.at(9));
        QCOMPARE(echo->p95, sorted.at(18));
        QCOMPARE(echo->max, sorted.at(19));
        const QString row =
            QStringLiteral("| ` tools/call echo ` | 20 | %1 ms | %2 ms | %3 ms |")
                .arg(QString::number(sorted.at(9), 'f', 1), QString::number(sorted.at(18), 'f', 1),
                     QString::number(sorted.at(19), 'f', 1));
        QVERIFY2(m_md.contains(row.toUtf8()), qPrintable(row));
    }

    void longTimelineSummarised()
    {
        const QString html = QString::fromUtf8(m_html);
        QVERIFY(html.contains(QStringLiteral("… 25 lines left out …")));
        QVERIFY(html.contains(QStringLiteral("… 24 lines left out …")));
        QVERIFY(html.contains(QLatin1String("150 lines; the first 50, the last 50")));
        QVERIFY(QString::fromUtf8(m_md).contains(QRegularExpression(
            QStringLiteral("^!\\s+\\+0\\.075 s .*503"), QRegularExpression::MultilineOption)));
    }
};

#ifdef MCPSCOPE_TEST_MARKDOWN_PARSER
QTEST_MAIN(TestIncidentReport)
#else
QTEST_GUILESS_MAIN(TestIncidentReport)
#endif
#include "tst_incident_report.moc"
