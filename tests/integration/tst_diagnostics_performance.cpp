// The performance and intermittency rules (diagnostics/rules_performance.cpp)
// on real traffic, run over the store by runDiagnostics(): a slow tool of
// server-everything (trigger-long-running-operation, above the guide's
// 2-second P95), a server whose every other tools/call fails with 503
// (bad_mcp_server.mjs flaky), one that refuses every call with 429
// (rate-limit: not intermittent), and healthy server-everything traffic over
// HTTP and stdio (none of these kinds).
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "diagnostics/diagnostics_runner.h"
#include "node_peer.h"
#include "recorded_store.h"
#include "session/mcp_session.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

QList<Finding> findingsOf(const QString &path, const QString &kindPrefix)
{
    FindingsStore store;
    QList<Finding> out;
    if (store.openReadOnly(path))
        for (const Finding &f : store.findings().value_or(QList<Finding>{}))
            if (f.kind.startsWith(kindPrefix))
                out << f;
    return out;
}

// The exchanges of a session that carried a tools/call of tool, ascending.
QList<qint64> callExchanges(const QString &path, qint64 session, const QString &tool)
{
    QList<qint64> ids;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("e"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT exchange_id FROM messages WHERE session_id = %1 AND"
                              " direction = 'out' AND method = 'tools/call' AND"
                              " CAST(payload AS TEXT) LIKE '%\"name\":\"%2\"%' ORDER BY 1")
                   .arg(session)
                   .arg(tool));
        while (q.next())
            ids << q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("e"));
    return ids;
}

class Recording
{
public:
    explicit Recording(const QString &path) { m_ok = bool(m_store.open(path)); }

    bool open(const QString &url)
    {
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::Http;
        options.target = url;
        options.transport = McpClient::Transport::StreamableHttp;
        QSignalSpy connected(m_session.client(), &McpClient::connected);
        return m_ok && m_session.open(options) && connected.wait(20000);
    }
    bool call(const QString &tool, const QJsonObject &arguments)
    {
        McpRequest *request = m_session.client()->request(
            QStringLiteral("tools/call"),
            {{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), arguments}});
        QSignalSpy finished(request, &McpRequest::finished);
        const bool done = request->isFinished() || finished.wait(30000);
        request->deleteLater();
        return done;
    }
    qint64 close()
    {
        const qint64 id = m_session.captureSessionId();
        QSignalSpy closed(&m_session, &McpSession::closed);
        m_session.close();
        if (!closed.wait(15000))
            return 0;
        m_store.close();
        return id;
    }

private:
    CaptureStore m_store;
    McpSession m_session{&m_store};
    bool m_ok = false;
};

} // namespace

class TestDiagnosticsPerformance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    NodePeer m_everything;
    NodePeer m_bad;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why = m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_bad.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // A tool that takes 2.2 s, called once among fast echoes: its calls are
    // slow at P95; echo's are not.
    void slowToolIsASlowEndpoint()
    {
        const QString path = m_dir.filePath(QStringLiteral("slow.sqlite"));
        Recording r(path);
        QVERIFY(r.open(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port())));
        QVERIFY(r.call(QStringLiteral("echo"), {{QStringLiteral("message"), QStringLiteral("a")}}));
        const QString slow = QStringLiteral("trigger-long-running-operation");
        QVERIFY(r.call(slow, {{QStringLiteral("duration"), 2.2}, {QStringLiteral("steps"), 1}}));
        QVERIFY(r.call(QStringLiteral("echo"), {{QStringLiteral("message"), QStringLiteral("b")}}));
        const qint64 session = r.close();
        QVERIFY(session > 0);

        const auto run = runDiagnostics(path);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
        const QList<Finding> found = findingsOf(path, QStringLiteral("perf.slow_endpoint"));
        QCOMPARE(found.size(), 1);
        const Finding &f = found[0];
        QCOMPARE(f.sessionId, session);
        QCOMPARE(f.source, QStringLiteral("rules"));
        QCOMPARE(f.arguments.value(0), QStringLiteral("tools/call ") + slow);
        QVERIFY2(f.arguments.value(1).toInt() >= 2200, qPrintable(f.arguments.value(1)));
        QCOMPARE(f.arguments.value(2), QStringLiteral("1"));
        QCOMPARE(f.arguments.value(4), QStringLiteral("2000"));
        QCOMPARE(f.exchangeIds, callExchanges(path, session, slow));
        QCOMPARE(f.exchangeIds.size(), 1);
        QVERIFY(!f.summary().contains(QLatin1Char('%')));
        QVERIFY(findingsOf(path, QStringLiteral("perf.intermittent")).isEmpty());
    }

    // 503, success, 503, success: intermittent, with all four as evidence.
    void flakyToolIsIntermittent()
    {
        const QString path = m_dir.filePath(QStringLiteral("flaky.sqlite"));
        Recording r(path);
        QVERIFY(r.open(QStringLiteral("http://127.0.0.1:%1/flaky/mcp").arg(m_bad.port())));
        for (int i = 0; i < 4; ++i)
            QVERIFY(
                r.call(QStringLiteral("echo"), {{QStringLiteral("message"), QString::number(i)}}));
        const qint64 session = r.close();
        QVERIFY(session > 0);

        const auto run = runDiagnostics(path);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
        const QList<Finding> found = findingsOf(path, QStringLiteral("perf.intermittent"));
        QCOMPARE(found.size(), 1);
        const Finding &f = found[0];
        QCOMPARE(f.sessionId, session);
        QCOMPARE(f.arguments.value(0), QStringLiteral("tools/call echo"));
        QCOMPARE(f.arguments.value(1), QStringLiteral("2"));
        QCOMPARE(f.arguments.value(2), QStringLiteral("4"));
        QCOMPARE(f.arguments.value(3), QStringLiteral("5"));
        QCOMPARE(f.arguments.value(4), QStringLiteral("HTTP 503"));
        QList<qint64> evidence = f.exchangeIds;
        std::sort(evidence.begin(), evidence.end());
        QCOMPARE(evidence, callExchanges(path, session, QStringLiteral("echo")));
        QCOMPARE(evidence.size(), 4);
        QVERIFY(findingsOf(path, QStringLiteral("perf.slow_endpoint")).isEmpty());
    }

    // Refused every time (429 with Retry-After): not intermittent.
    void alwaysFailingIsNotIntermittent()
    {
        const QString path = m_dir.filePath(QStringLiteral("limited.sqlite"));
        Recording r(path);
        QVERIFY(r.open(QStringLiteral("http://127.0.0.1:%1/rate-limit/mcp").arg(m_bad.port())));
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                r.call(QStringLiteral("echo"), {{QStringLiteral("message"), QString::number(i)}}));
        QVERIFY(r.close() > 0);
        QVERIFY(runDiagnostics(path));
        QVERIFY(findingsOf(path, QStringLiteral("perf.")).isEmpty());
    }

    // Healthy server-everything over HTTP and stdio raises no perf finding.
    void healthyTrafficIsQuiet()
    {
        const QString path = m_dir.filePath(QStringLiteral("healthy.sqlite"));
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            QVERIFY(recordEverythingSession(
                        store, nullptr,
                        QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()),
                        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) > 0);
            McpSession session(&store);
            McpSessionOptions stdio;
            stdio.kind = McpSessionOptions::Kind::Stdio;
            stdio.target =
                QStringLiteral("\"%1\" \"%2\" stdio").arg(nodeBinary(), everythingScript());
            stdio.rootsSupported = false;
            QSignalSpy connected(session.client(), &McpClient::connected);
            QVERIFY(session.open(stdio));
            QVERIFY(connected.wait(20000));
            QSignalSpy closed(&session, &McpSession::closed);
            session.close();
            QVERIFY(closed.wait(15000));
        }
        const auto run = runDiagnostics(path);
        QVERIFY(run);
        QCOMPARE(run->sessionIds.size(), 2);
        QVERIFY(findingsOf(path, QStringLiteral("perf.")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsPerformance)
#include "tst_diagnostics_performance.moc"
