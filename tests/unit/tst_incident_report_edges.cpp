#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "capture/redaction.h"
#include "export/incident_report.h"
#include "test_store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The incident report's edges: an exchange that failed without an error
// code or an answer, a session over a minute, a control character
// and an apostrophe in a session name, an empty name, a timeline whose tail
// is left out, a failure list cut short with a failing message left over,
// a finding's evidence; and what the user is told when the store cannot be
// read (a table renamed or replaced by another program) or the report
// cannot be written (a full device).
class TestIncidentReportEdges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    QString m_path;
    qint64 m_session = 0, m_unnamed = 0;
    qint64 m_failed = 0, m_late = 0, m_errorMessage = 0;
    QString m_md, m_html;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
    }

    static bool execOn(const QString &path, const QStringList &statements)
    {
        const QString name = QStringLiteral("probe-%1").arg(quintptr(&statements));
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ok = db.open();
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (ok && !q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    ok = false;
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // A store whose session has one failing exchange (its body empty).
    QString failingStore(qint64 *session)
    {
        const QString path = freshPath();
        {
            CaptureStore store;
            if (!store.open(path))
                return {};
            *session =
                store.createSession(QStringLiteral("s"), QStringLiteral("http://127.0.0.1/mcp"),
                                    QStringLiteral("mcp"), 1000);
            Exchange e = makeExchange(store.reserveExchangeId(), "POST", 500);
            e.sessionId = *session;
            store.record(e);
            store.flush();
        }
        FindingsStore findings; // creates nothing: the store is already current
        if (!findings.open(path))
            return {};
        return path;
    }

    static Error loadError(const QString &path, qint64 session, bool withFindings = false)
    {
        CaptureReader reader;
        if (auto opened = reader.open(path); !opened)
            return opened.error();
        FindingsStore findings;
        if (withFindings && !findings.open(path))
            return Error{ErrorCode::StoreOpen, QStringLiteral("findings store did not open")};
        const Redactor redactor;
        IncidentReport report(redactor);
        const auto loaded = report.load(reader, withFindings ? &findings : nullptr, {session});
        return loaded ? Error{} : loaded.error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = freshPath();
        {
            CaptureStore store;
            QVERIFY(store.open(m_path));
            m_session = store.createSession(QStringLiteral("edge\x1b[31m it's"),
                                            QStringLiteral("http://127.0.0.1/mcp"),
                                            QStringLiteral("mcp"), 1000);
            m_unnamed = store.createSession(QString(), QStringLiteral("server-cmd --stdio"),
                                            QStringLiteral("mcp"), 2000);
            // Failed without an error code or an answer; its request had no body.
            Exchange failed = makeExchange(store.reserveExchangeId(), "POST", 0, {});
            failed.sessionId = m_session;
            failed.startedAtMs = 1000;
            failed.state = Exchange::State::Failed;
            failed.requestBody.clear();
            failed.responseHeaders.clear();
            failed.responseBodySize = 0;
            failed.ttfbMs = -1;
            failed.totalMs = 0;
            store.record(failed);
            m_failed = failed.id;
            // Answered, 69 s after the start.
            Exchange late = makeExchange(store.reserveExchangeId());
            late.sessionId = m_session;
            late.startedAtMs = 70000;
            late.totalMs = 0;
            store.record(late);
            m_late = late.id;
            // A JSON-RPC error no HTTP exchange carried.
            MessageRecord m;
            m.id = store.reserveMessageId();
            m.sessionId = m_session;
            m.outgoing = false;
            m.kind = QStringLiteral("error");
            m.rpcId = QStringLiteral("7");
            m.payload = "{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32601,\"message\":"
                        "\"Method not found\"}}";
            m.atMs = 1500;
            store.recordMessage(m);
            m_errorMessage = m.id;
            store.flush();
        }
        FindingsStore findings;
        QVERIFY(findings.open(m_path));
        Finding finding = makeFinding("http.unauthorized", {}, {m_failed});
        finding.messageIds = {m_errorMessage};
        finding.sessionId = m_session;
        finding.atMs = 1000;
        QVERIFY(findings.record(finding));
        // An argument over two lines (server text), in a one-line summary.
        Finding twoLines = makeFinding("mcp.answer_bom", {QStringLiteral("tools/call\nsecond")});
        twoLines.sessionId = m_unnamed;
        twoLines.atMs = 2000;
        QVERIFY(findings.record(twoLines));

        CaptureReader reader;
        QVERIFY(reader.open(m_path));
        IncidentReport::Limits limits;
        limits.timelineHead = 1;
        limits.timelineTail = 0;
        limits.failuresShown = 1;
        const Redactor redactor;
        IncidentReport report(redactor, limits);
        const auto loaded = report.load(reader, &findings, {m_session, m_unnamed});
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        m_md = QString::fromUtf8(report.render(IncidentReport::Format::Markdown));
        m_html = QString::fromUtf8(report.render(IncidentReport::Format::Html));
    }

    void controlCharactersAndQuotesInNames()
    {
        // The escape character is shown as text, never passed on.
        QVERIFY(!m_md.contains(QChar(0x1b)));
        QVERIFY(!m_html.contains(QChar(0x1b)));
        QVERIFY2(m_md.contains(
                     QStringLiteral("## Session %1: ` edge\\u001B[31m it's `\n").arg(m_session)),
                 qPrintable(m_md));
        QVERIFY(m_html.contains(
            QStringLiteral("<h2>Session %1: edge\\u001B[31m it&#39;s</h2>").arg(m_session)));
        // An empty name still reads as something.
        QVERIFY(m_md.contains(QStringLiteral("## Session %1: ` (empty) `\n").arg(m_unnamed)));
    }

    void codelessFailureAndTimelineTail()
    {
        QVERIFY(m_md.contains(QStringLiteral("- **Duration:** 1 min 9 s\n")));
        QVERIFY(m_html.contains(QStringLiteral("<tr><th>Duration</th><td>1 min 9 s</td></tr>")));
        // The timeline: the head (1 line), every failure, the rest left out.
        QVERIFY(m_md.contains(QStringLiteral("3 lines; the first 1, the last 0 and every failure "
                                             "are shown. Failing lines start with !.")));
        const qsizetype start = m_md.indexOf(QStringLiteral("```text\n"));
        const qsizetype end = m_md.indexOf(QStringLiteral("```\n"), start + 8);
        QVERIFY(start >= 0 && end > start);
        const QStringList lines =
            m_md.mid(start + 8, end - start - 8).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("!    +0.000 s")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).endsWith(QStringLiteral("  failed")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).endsWith(QStringLiteral("JSON-RPC error -32601: Method not found")),
                 qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), QStringLiteral("  … 1 lines left out …"));
        QVERIFY(m_html.contains(
            QStringLiteral("<tr class=\"gap\"><td colspan=\"5\">… 1 lines left out …</td></tr>\n"
                           "</table>")));
        // The answered exchange is left out of the timeline, not of the counts.
        QVERIFY(m_md.contains(
            QStringLiteral("- **Traffic:** 2 HTTP exchanges, 1 JSON-RPC messages, 2 failing\n")));
    }

    void failuresCutShort()
    {
        QVERIFY(m_md.contains(QStringLiteral("The first 1 of 2 are shown.\n")));
        QVERIFY(m_html.contains(QStringLiteral("<p>The first 1 of 2 are shown.</p>")));
        const QString title = QStringLiteral("#### Exchange %1: no HTTP response\n").arg(m_failed);
        QVERIFY2(m_md.contains(title), qPrintable(m_md));
        QVERIFY(m_md.contains(QStringLiteral("```http\nPOST http://127.0.0.1:3001/mcp HTTP/1.1\n"
                                             "Content-Type: application/json\n"
                                             "Accept: application/json, text/event-stream\n\n"
                                             "(no body)\n```\n")));
        QVERIFY(m_md.contains(QStringLiteral("```http\n(no response)\n```\n")));
        // The failing message did not fit.
        QVERIFY(!m_md.contains(QStringLiteral("#### Message %1").arg(m_errorMessage)));
    }

    void findingEvidence()
    {
        const QString evidence =
            QStringLiteral("exchange %1, message %2").arg(m_failed).arg(m_errorMessage);
        QVERIFY(m_md.contains(QStringLiteral("- **Evidence:** ") + evidence + QLatin1Char('\n')));
        QVERIFY(m_html.contains(QStringLiteral("<p><strong>Evidence:</strong> ") + evidence +
                                QStringLiteral("</p>\n")));
    }

    // Markdown keeps a summary on one line: a line break in it is a space.
    void summaryOnOneLine()
    {
        QVERIFY2(m_md.contains(QStringLiteral("\nThe answer to tools\\/call second starts with a "
                                              "UTF\\-8 byte order mark\\.\n")),
                 qPrintable(m_md));
    }

    // More exchanges than one page (1000): every one is counted.
    void sessionOfMoreThanOnePage()
    {
        const QString path = freshPath();
        qint64 session = 0;
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            session = store.createSession(QStringLiteral("busy"), QStringLiteral("http://h/mcp"),
                                          QStringLiteral("mcp"), 1000);
            for (int i = 0; i < 1001; ++i) {
                Exchange e = makeExchange(store.reserveExchangeId());
                e.sessionId = session;
                e.startedAtMs = 1000 + i;
                store.record(e);
            }
            store.flush();
        }
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const Redactor redactor;
        IncidentReport report(redactor);
        QVERIFY(report.load(reader, nullptr, {session}));
        const QString md = QString::fromUtf8(report.render(IncidentReport::Format::Markdown));
        QVERIFY2(md.contains(QStringLiteral(
                     "- **Traffic:** 1001 HTTP exchanges, 0 JSON-RPC messages, 0 failing\n")),
                 qPrintable(md.left(2000)));
    }

    // An exchange still in flight while the store is open reads "no answer".
    void exchangeInFlight()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        const qint64 session = store.createSession(
            QStringLiteral("live"), QStringLiteral("http://h/mcp"), QStringLiteral("mcp"), 1000);
        Exchange e = makeExchange(store.reserveExchangeId(), "POST", 0, {});
        e.sessionId = session;
        e.startedAtMs = 1000;
        e.state = Exchange::State::Pending;
        e.responseHeaders.clear();
        e.ttfbMs = -1;
        e.totalMs = -1;
        store.record(e);
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const Redactor redactor;
        IncidentReport report(redactor);
        QVERIFY(report.load(reader, nullptr, {session}));
        const QString md = QString::fromUtf8(report.render(IncidentReport::Format::Markdown));
        const qsizetype start = md.indexOf(QStringLiteral("```text\n"));
        QVERIFY(start >= 0);
        const QString line =
            md.mid(start + 8, md.indexOf(QLatin1Char('\n'), start + 8) - start - 8);
        QVERIFY2(line.startsWith(QStringLiteral("     +0.000 s")), qPrintable(line));
        QVERIFY2(line.endsWith(QStringLiteral("  no answer")), qPrintable(line));
        QVERIFY(md.contains(QStringLiteral("### Failing exchanges\n\nNone.\n")));
    }

    void sessionsUnreadable()
    {
        qint64 session = 0;
        const QString path = failingStore(&session);
        QVERIFY(!path.isEmpty());
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE sessions RENAME TO sessions_gone")}));
        const Error error = loadError(path, session);
        QCOMPARE(error.code, ErrorCode::StoreRead);
        QCOMPARE(error.message,
                 QStringLiteral("Reading sessions from the capture store failed: no such table: "
                                "sessions Unable to execute statement"));
    }

    void messagesUnreadable()
    {
        qint64 session = 0;
        const QString path = failingStore(&session);
        QVERIFY(!path.isEmpty());
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE messages RENAME TO messages_gone")}));
        const Error error = loadError(path, session);
        QCOMPARE(error.code, ErrorCode::StoreRead);
        QVERIFY2(error.message.startsWith(
                     QStringLiteral("Reading messages from the capture store failed: ")),
                 qPrintable(error.message));
    }

    void exchangeListUnreadable()
    {
        qint64 session = 0;
        const QString path = failingStore(&session);
        QVERIFY(!path.isEmpty());
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE exchanges RENAME TO exchanges_gone"),
                              QStringLiteral("CREATE VIEW exchanges AS SELECT session_id FROM "
                                             "exchanges_gone")}));
        const Error error = loadError(path, session);
        QCOMPARE(error.code, ErrorCode::StoreRead);
        QVERIFY2(error.message.startsWith(
                     QStringLiteral("Reading the exchange list from the capture store failed: ")),
                 qPrintable(error.message));
    }

    // The exchanges' ids can be listed, their rows not (columns missing).
    void exchangeRowsUnreadable()
    {
        qint64 session = 0;
        const QString path = failingStore(&session);
        QVERIFY(!path.isEmpty());
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE exchanges RENAME TO exchanges_gone"),
                              QStringLiteral("CREATE VIEW exchanges AS SELECT id, session_id FROM "
                                             "exchanges_gone")}));
        const Error error = loadError(path, session);
        QCOMPARE(error.code, ErrorCode::StoreRead);
        QCOMPARE(error.message,
                 QStringLiteral("Reading exchange rows from the capture store failed: no such "
                                "column: started_at Unable to execute statement"));
    }

    // The failing exchange is listed, its bodies cannot be read.
    void failingExchangeUnreadable()
    {
        qint64 session = 0;
        const QString path = failingStore(&session);
        QVERIFY(!path.isEmpty());
        QVERIFY(
            execOn(path, {QStringLiteral("ALTER TABLE exchange_bodies RENAME TO bodies_gone")}));
        const Error error = loadError(path, session);
        QCOMPARE(error.code, ErrorCode::StoreRead);
        QCOMPARE(error.message,
                 QStringLiteral("Reading an exchange from the capture store failed: no such "
                                "table: exchange_bodies Unable to execute statement"));
    }

    void findingsUnreadable()
    {
        qint64 session = 0;
        const QString path = failingStore(&session);
        QVERIFY(!path.isEmpty());
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE findings RENAME TO findings_gone")}));
        const Error error = loadError(path, session, true);
        QCOMPARE(error.code, ErrorCode::StoreSql);
        QVERIFY2(error.message.startsWith(
                     QStringLiteral("The capture store's findings could not be read: ")),
                 qPrintable(error.message));
    }

    void writeToAFullDevice()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full here");
        CaptureReader reader;
        QVERIFY(reader.open(m_path));
        const Redactor redactor;
        IncidentReport report(redactor);
        QVERIFY(report.load(reader, nullptr, {m_session}));
        QFile full(QStringLiteral("/dev/full"));
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const auto written = report.write(full, IncidentReport::Format::Markdown);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::StoreWrite);
        QCOMPARE(written.error().message,
                 QStringLiteral("Could not write the incident report: No space left on device"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentReportEdges)
#include "tst_incident_report_edges.moc"
