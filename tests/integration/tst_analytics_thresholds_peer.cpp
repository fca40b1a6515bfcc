// Thresholds judged over real traffic: server-everything answers a burst of
// failing tool calls in one session and echoes in another; the capture
// writer derives the call facts, AnalyticsQuery reads them and the error-rate
// threshold crosses in the failing session only, with evidence that is the
// stored exchanges of those calls.
#include "analytics/analytics_query.h"
#include "analytics/analytics_thresholds.h"
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "recorded_store.h"
#include "session/mcp_session.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

// Long enough for several whole windows of kWindow.
constexpr qint64 kSpanMs = 1500;
const QString kWindow = QStringLiteral("@300ms");

// Calls tool with arguments over one session until the session has lasted
// kSpanMs (at most 3000 calls), then closes it. The capture session's id, or
// 0 with a warning.
qint64 recordBurst(CaptureStore &store, const QString &url, const QString &tool,
                   const QJsonObject &arguments, int *calls)
{
    McpSession session(&store);
    McpSessionOptions options;
    options.kind = McpSessionOptions::Kind::Http;
    options.target = url;
    options.transport = McpClient::Transport::StreamableHttp;
    QSignalSpy connected(session.client(), &McpClient::connected);
    if (!session.open(options) || !connected.wait(20000)) {
        qWarning() << "server-everything did not connect at" << url;
        return 0;
    }
    QElapsedTimer clock;
    clock.start();
    *calls = 0;
    while (clock.elapsed() < kSpanMs && *calls < 3000) {
        McpRequest *request = session.client()->request(
            QStringLiteral("tools/call"),
            {{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), arguments}});
        QSignalSpy finished(request, &McpRequest::finished);
        const bool done = request->isFinished() || finished.wait(20000);
        request->deleteLater();
        if (!done) {
            qWarning() << tool << "did not answer";
            return 0;
        }
        ++*calls;
    }
    const qint64 id = session.captureSessionId();
    QSignalSpy closed(&session, &McpSession::closed);
    session.close();
    if (!closed.wait(15000))
        return 0;
    return id;
}

} // namespace

class TestAnalyticsThresholdsPeer : public QObject
{
    Q_OBJECT

    NodePeer m_peer;
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_failing = 0, m_healthy = 0;
    int m_failingCalls = 0, m_healthyCalls = 0;

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = m_peer.start(everythingScript(), {QStringLiteral("streamableHttp")});
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_peer.port());
        m_path = m_dir.filePath(QStringLiteral("thresholds.db"));
        CaptureStore store;
        QVERIFY(store.open(m_path));
        // get-resource-reference throws on an unknown resource type: a tool
        // result with isError, every time.
        m_failing = recordBurst(store, url, QStringLiteral("get-resource-reference"),
                                {{QStringLiteral("resourceType"), QStringLiteral("no-such-type")},
                                 {QStringLiteral("resourceId"), 1}},
                                &m_failingCalls);
        QVERIFY(m_failing > 0);
        m_healthy =
            recordBurst(store, url, QStringLiteral("echo"),
                        {{QStringLiteral("message"), QStringLiteral("fine")}}, &m_healthyCalls);
        QVERIFY(m_healthy > 0);
        store.close(); // drains the writer: every fact is written
        QVERIFY2(m_failingCalls >= 10 && m_healthyCalls >= 10,
                 qPrintable(QStringLiteral("%1 failing, %2 healthy calls")
                                .arg(m_failingCalls)
                                .arg(m_healthyCalls)));
    }

    void failingBurstCrossesTheErrorRate()
    {
        AnalyticsQuery query;
        const auto opened = query.open(m_path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        AnalyticsScope scope;
        scope.sessionIds = {m_failing};
        const auto thresholds = parseThresholds({QStringLiteral("errors>2%") + kWindow});
        QVERIFY(thresholds);
        const auto found = evaluateThresholds(m_path, scope, *thresholds);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        // Every call after initialize failed: the windows cross (one run,
        // unless a pause longer than a window on a loaded machine split it).
        QVERIFY(!found->isEmpty());
        for (const Finding &crossing : *found)
            QCOMPARE(crossing.kind, QStringLiteral("analytics.error_rate"));
        const Finding &f = found->first();
        QCOMPARE(f.kind, QStringLiteral("analytics.error_rate"));
        QCOMPARE(f.sessionId, m_failing);
        QVERIFY(!f.exchangeIds.isEmpty());
        QVERIFY(f.exchangeIds.size() <= 200);

        // Through AnalyticsQuery's aggregates the judgement is the same.
        const auto viaQuery = evaluateThresholds(query, scope, *thresholds);
        QVERIFY(viaQuery);
        const auto describe = [](const QList<Finding> &list) {
            QStringList lines;
            for (const Finding &c : list) {
                QStringList ids;
                for (qint64 id : c.exchangeIds)
                    ids << QString::number(id);
                lines << QStringLiteral("%1 %2 %3 [%4]")
                             .arg(c.kind)
                             .arg(c.atMs)
                             .arg(c.arguments.join(u'|'), ids.join(u','));
            }
            return lines.join(u'\n');
        };
        QVERIFY2(*viaQuery == *found,
                 qPrintable(describe(*viaQuery) + QStringLiteral("\n---\n") + describe(*found)));

        // The evidence is stored exchanges of the session, each a failed call
        // (as the charts count it): the tool calls answered with isError, and
        // the notification stream (GET) the client cancels when it closes,
        // which the call facts count as a network failure.
        QList<qint64> failedIds;
        for (int o = 1; o < kCallOutcomeCount; ++o)
            failedIds << *query.exchangeIds(scope, CallOutcome(o));
        const auto toolErrors = query.exchangeIds(scope, CallOutcome::ToolError);
        QVERIFY(toolErrors);
        CaptureReader reader;
        QVERIFY(reader.open(m_path));
        const auto exchanges = reader.exchanges(f.exchangeIds);
        QVERIFY(exchanges);
        QCOMPARE(exchanges->size(), f.exchangeIds.size());
        int toolCalls = 0;
        for (const Exchange &e : *exchanges) {
            QCOMPARE(e.sessionId, m_failing);
            QVERIFY2(failedIds.contains(e.id), qPrintable(QString::number(e.id)));
            const QJsonObject request = QJsonDocument::fromJson(e.requestBody).object();
            if (request.value(QStringLiteral("method")).toString() ==
                QStringLiteral("tools/call")) {
                QVERIFY2(toolErrors->contains(e.id), qPrintable(QString::number(e.id)));
                ++toolCalls;
            }
        }
        QVERIFY2(toolCalls >= std::min<int>(f.exchangeIds.size(), m_failingCalls) - 1,
                 qPrintable(QStringLiteral("%1 of %2").arg(toolCalls).arg(f.exchangeIds.size())));

        // Recorded once, however often it is evaluated.
        FindingsStore findings;
        QVERIFY(findings.open(m_path));
        QCOMPARE(recordCrossings(findings, *found)->size(), found->size());
        QCOMPARE(recordCrossings(findings, *evaluateThresholds(query, scope, *thresholds))->size(),
                 0);
        const auto stored = findings.findings(m_failing);
        QVERIFY(stored);
        QCOMPARE(stored->size(), found->size());
        QCOMPARE(stored->first().exchangeIds, f.exchangeIds);
    }

    void healthySessionDoesNotCross()
    {
        AnalyticsQuery query;
        QVERIFY(query.open(m_path));
        // Its tool calls: the session's notification stream, cancelled at
        // close, counts as one network failure among them, which on a slow
        // machine (few calls in the first window) could lift a window above
        // 2 %.
        AnalyticsScope scope;
        scope.sessionIds = {m_healthy};
        scope.label = QStringLiteral("tools/call");
        const auto thresholds = parseThresholds({QStringLiteral("errors>2%") + kWindow,
                                                 QStringLiteral("auth>5%") + kWindow,
                                                 QStringLiteral("ratelimit>80%") + kWindow});
        QVERIFY(thresholds);
        const auto found = evaluateThresholds(m_path, scope, *thresholds);
        QVERIFY(found);
        QCOMPARE(*evaluateThresholds(query, scope, *thresholds), *found);
        QStringList kinds;
        for (const Finding &f : *found) {
            kinds << f.kind + QLatin1Char(' ') + f.summary();
            CaptureReader reader;
            QVERIFY(reader.open(m_path));
            for (const Exchange &e : *reader.exchanges(f.exchangeIds))
                kinds << QStringLiteral("%1 %2 %3 %4 %5")
                             .arg(e.id)
                             .arg(e.status)
                             .arg(e.errorMessage, QString::fromUtf8(e.requestBody.left(200)),
                                  QString::fromUtf8(e.responseBody.left(300)));
        }
        QVERIFY2(found->isEmpty(), qPrintable(kinds.join(u'\n')));
        // And the whole store's tool calls (both sessions) cross in the
        // failing one's time.
        scope.sessionIds.clear();
        const auto all = evaluateThresholds(m_path, scope, *thresholds);
        QVERIFY(all);
        QVERIFY(!all->isEmpty());
        QCOMPARE(all->first().sessionId, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsThresholdsPeer)
#include "tst_analytics_thresholds_peer.moc"
