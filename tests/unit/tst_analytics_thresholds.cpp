// The alert thresholds (analytics/analytics_thresholds.h): parsing their
// specs, judging sliding windows of call facts against them (in memory and
// over a store's call_facts table), and recording crossings once.
#include "analytics/analytics_query.h"
#include "analytics/analytics_thresholds.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace mcpscope;

namespace {

constexpr qint64 kT0 = 1700000000000; // a minute boundary
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60000;

using Shape = std::function<void(int /*second*/, CallFact &)>;

// One tools/call a second for `seconds` seconds from startMs, exchange ids
// firstId…, each 100 ms and successful unless shape says otherwise.
QList<CallFact> steady(int seconds, const Shape &shape = {}, qint64 startMs = kT0,
                       qint64 firstId = 1, qint64 sessionId = 1)
{
    QList<CallFact> facts;
    for (int i = 0; i < seconds; ++i) {
        CallFact f;
        f.sessionId = sessionId;
        f.exchangeId = firstId + i;
        f.atMs = startMs + i * kSecond;
        f.label = QStringLiteral("tools/call");
        f.tool = QStringLiteral("echo");
        f.ttfbMs = 50;
        f.totalMs = 100;
        f.status = 200;
        if (shape)
            shape(i, f);
        facts << f;
    }
    return facts;
}

void fail(CallFact &f)
{
    f.outcome = CallOutcome::ToolError;
}

void allFail(int, CallFact &f)
{
    fail(f);
}

QList<Finding> judge(const QList<CallFact> &facts, const QString &spec,
                     const std::optional<QList<CallFact>> &baseline = {})
{
    const auto thresholds = parseThresholds({spec});
    if (!thresholds) {
        qWarning() << thresholds.error().message;
        return {};
    }
    return evaluateThresholdFacts(facts, 0, 0, 1, *thresholds, baseline);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QList<qint64> idsWhere(const QList<CallFact> &facts, qint64 fromMs, qint64 toMs,
                       const std::function<bool(const CallFact &)> &pick)
{
    QList<qint64> ids;
    for (const CallFact &f : facts)
        if (f.atMs >= fromMs && f.atMs < toMs && pick(f))
            ids << f.exchangeId;
    return ids;
}

bool failed(const CallFact &f)
{
    return f.outcome != CallOutcome::Success;
}

// Writes facts into a migrated store's call_facts table (the capture writer
// derives them from exchanges; here they are the input under test).
bool insertFacts(const QString &path, const QList<CallFact> &facts)
{
    const QString name = QStringLiteral("tst-thresholds-insert");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && db.transaction();
        QSqlQuery q(db);
        ok = ok && q.prepare(QStringLiteral(
                       "INSERT INTO call_facts (session_id, exchange_id, message_id, at_ms, "
                       "label, tool, ttfb_ms, total_ms, outcome, status, bytes_out, bytes_in, "
                       "auth_event, retry_after_ms, rl_limit, rl_remaining) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const CallFact &f : facts) {
            if (!ok)
                break;
            const auto idOrNull = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(); };
            for (const QVariant &v :
                 {QVariant(f.sessionId), idOrNull(f.exchangeId), idOrNull(f.messageId),
                  QVariant(f.atMs), QVariant(f.label), QVariant(f.tool), QVariant(f.ttfbMs),
                  QVariant(f.totalMs), QVariant(int(f.outcome)), QVariant(f.status),
                  QVariant(f.bytesOut), QVariant(f.bytesIn), QVariant(int(f.authEvent)),
                  QVariant(f.retryAfterMs), QVariant(f.rateLimitLimit),
                  QVariant(f.rateLimitRemaining)})
                q.addBindValue(v);
            ok = q.exec();
            if (!ok)
                qWarning() << q.lastError().text();
        }
        ok = ok && db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestAnalyticsThresholds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("metric");
        QTest::addColumn<double>("limit");
        QTest::addColumn<qint64>("windowMs");
        using M = Threshold::Metric;
        QTest::newRow("errors") << QStringLiteral("errors>2%") << int(M::ErrorRate) << 0.02
                                << qint64(300000);
        QTest::newRow("p95") << QStringLiteral("p95>2x") << int(M::P95Ratio) << 2.0
                             << qint64(300000);
        QTest::newRow("auth") << QStringLiteral("auth>5%") << int(M::AuthFailureRate) << 0.05
                              << qint64(300000);
        QTest::newRow("ratelimit")
            << QStringLiteral("ratelimit>80%") << int(M::RateLimitUse) << 0.8 << qint64(300000);
        QTest::newRow("window") << QStringLiteral("errors>2%@10m") << int(M::ErrorRate) << 0.02
                                << qint64(600000);
        QTest::newRow("spaces") << QStringLiteral(" p95 > 1.5x @ 30s ") << int(M::P95Ratio) << 1.5
                                << qint64(30000);
        QTest::newRow("ms") << QStringLiteral("auth>0.5%@250ms") << int(M::AuthFailureRate) << 0.005
                            << qint64(250);
        QTest::newRow("hours") << QStringLiteral("RateLimit>80%@1h") << int(M::RateLimitUse) << 0.8
                               << qint64(3600000);
        QTest::newRow("times sign")
            << QStringLiteral("p95>3×") << int(M::P95Ratio) << 3.0 << qint64(300000);
    }
    void parsesSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(int, metric);
        QFETCH(double, limit);
        QFETCH(qint64, windowMs);
        const auto parsed = parseThresholds({spec});
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(int(parsed->first().metric), metric);
        QCOMPARE(parsed->first().limit, limit);
        QCOMPARE(parsed->first().windowMs, windowMs);
        // The spec it prints parses back to the same threshold.
        const auto again = parseThresholds({thresholdSpec(parsed->first())});
        QVERIFY(again);
        QCOMPARE(again->first(), parsed->first());
    }

    void refusesBadSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << QStringLiteral("no \">\"");
        QTest::newRow("no limit") << QStringLiteral("errors") << QStringLiteral("no \">\"");
        QTest::newRow("unknown metric")
            << QStringLiteral("latency>2x") << QStringLiteral("\"latency\" is not a metric");
        QTest::newRow("rate without %")
            << QStringLiteral("errors>2") << QStringLiteral("is a percentage and needs a %");
        QTest::newRow("not a number")
            << QStringLiteral("auth>lots%") << QStringLiteral("\"lots\" is not a number");
        QTest::newRow("above 100")
            << QStringLiteral("ratelimit>100%") << QStringLiteral("at least 0 and below 100");
        QTest::newRow("negative") << QStringLiteral("errors>-1%")
                                  << QStringLiteral("at least 0 and below 100");
        QTest::newRow("p95 as percent")
            << QStringLiteral("p95>200%") << QStringLiteral("needs an x (2x)");
        QTest::newRow("p95 zero") << QStringLiteral("p95>0x") << QStringLiteral("above 0");
        QTest::newRow("p95 not a number")
            << QStringLiteral("p95>fastx") << QStringLiteral("\"fast\" is not a number");
        QTest::newRow("window without unit")
            << QStringLiteral("errors>2%@10") << QStringLiteral("\"10\" is not a duration");
        QTest::newRow("window unit")
            << QStringLiteral("errors>2%@10d") << QStringLiteral("\"10d\" is not a duration");
        QTest::newRow("window zero")
            << QStringLiteral("errors>2%@0m") << QStringLiteral("longer than zero");
        QTest::newRow("less than") << QStringLiteral("errors<2%") << QStringLiteral("no \">\"");
    }
    void refusesBadSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, says);
        const auto parsed =
            parseThresholds({QStringLiteral("errors>2%"), spec, QStringLiteral("p95>2x")});
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Usage);
        const QString message = parsed.error().message;
        QVERIFY2(message.contains(QStringLiteral("Bad threshold \"%1\"").arg(spec)),
                 qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
        // And it shows what a good one looks like.
        QVERIFY2(message.contains(QStringLiteral("errors>2%, p95>2x")), qPrintable(message));
    }

    void parsesWindows()
    {
        QCOMPARE(*parseWindowMs(QStringLiteral("5m")), qint64(300000));
        QCOMPARE(*parseWindowMs(QStringLiteral(" 1.5s")), qint64(1500));
        QCOMPARE(*parseWindowMs(QStringLiteral("250ms")), qint64(250));
        QCOMPARE(*parseWindowMs(QStringLiteral("2h")), qint64(7200000));
        for (const char *bad : {"0.4ms", "2d", "m", "-5m", "5 minutes", "9000h"}) {
            const auto parsed = parseWindowMs(QString::fromLatin1(bad));
            QVERIFY2(!parsed, bad);
            QCOMPARE(parsed.error().code, ErrorCode::Usage);
        }
    }

    void defaultsAreTheGuides()
    {
        QStringList specs;
        for (const Threshold &t : defaultThresholds())
            specs << thresholdSpec(t);
        QCOMPARE(specs,
                 (QStringList{QStringLiteral("errors>2%@5m"), QStringLiteral("p95>2x@5m"),
                              QStringLiteral("auth>5%@5m"), QStringLiteral("ratelimit>80%@5m")}));
        QCOMPARE(*parseThresholds(specs), defaultThresholds());
        QCOMPARE(thresholdKind(Threshold::Metric::ErrorRate), "analytics.error_rate");
        for (const Threshold &t : defaultThresholds())
            QVERIFY(findingKind(QString::fromLatin1(thresholdKind(t.metric))));
    }

    // One call a second for 10 minutes; windows of 5 minutes step by one.
    void errorRateCrosses()
    {
        const auto facts = steady(600, [](int i, CallFact &f) {
            if (i % 33 == 0)
                fail(f); // 9 or 10 of every 300 calls: 3 % or more
        });
        const auto found = judge(facts, QStringLiteral("errors>2%"));
        QCOMPARE(found.size(), 1);
        const Finding &f = found.first();
        QCOMPARE(f.kind, QStringLiteral("analytics.error_rate"));
        QCOMPARE(f.severity(), FindingSeverity::Warning);
        QCOMPARE(f.sessionId, qint64(1));
        QCOMPARE(f.atMs, kT0);
        // The last whole window ends by the last call: 4 steps after the first.
        QCOMPARE(f.arguments, (QStringList{QStringLiteral("3.3 %"), QStringLiteral("2 %"), iso(kT0),
                                           iso(kT0 + 9 * kMinute)}));
        QCOMPARE(f.exchangeIds, idsWhere(facts, kT0, kT0 + 9 * kMinute, failed));
        QVERIFY(f.summary().contains(QStringLiteral("3.3 %")));
        QVERIFY(f.cause().contains(QStringLiteral("2 % for 5 minutes")));
    }
    void errorRateAtTheLimitDoesNot()
    {
        // Exactly 6 of every 300 calls fail: 2 %, not above it.
        const auto facts = steady(600, [](int i, CallFact &f) {
            if (i % 50 == 0)
                fail(f);
        });
        QCOMPARE(judge(facts, QStringLiteral("errors>2%")).size(), 0);
        // Every kind of failure counts.
        const auto failures = steady(600, [](int i, CallFact &f) {
            if (i % 50 == 25)
                f.outcome = CallOutcome(1 + (i / 50) % 6);
        });
        QCOMPARE(judge(failures, QStringLiteral("errors>1.9%")).size(), 1);
        QCOMPARE(judge(failures, QStringLiteral("errors>2%")).size(), 0);
    }

    void authFailuresCross()
    {
        const AuthEvent failures[] = {AuthEvent::Unauthorized401, AuthEvent::InsufficientScope403,
                                      AuthEvent::InvalidToken,    AuthEvent::RefreshFailed,
                                      AuthEvent::InvalidGrant,    AuthEvent::TokenExpired};
        const auto shaped = [&failures](int every) {
            return steady(600, [&failures, every](int i, CallFact &f) {
                if (i % every == 0) {
                    f.authEvent = failures[(i / every) % 6];
                    f.status = f.authEvent == AuthEvent::InsufficientScope403 ? 403 : 401;
                    f.outcome = CallOutcome::ClientError;
                } else if (i % 7 == 1) {
                    // Sign-ins, refreshes and revocations are not failures.
                    const AuthEvent fine[] = {AuthEvent::SignIn, AuthEvent::Refresh,
                                              AuthEvent::Revocation};
                    f.authEvent = fine[(i / 7) % 3];
                }
            });
        };
        const auto crossing = shaped(15); // 20 of every 300 calls: 6.7 %
        const auto found = judge(crossing, QStringLiteral("auth>5%"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, QStringLiteral("analytics.auth_failures"));
        QCOMPARE(found.first().arguments.first(), QStringLiteral("6.7 %"));
        QCOMPARE(found.first().exchangeIds,
                 idsWhere(crossing, kT0, kT0 + 9 * kMinute,
                          [](const CallFact &f) { return f.status >= 400; }));
        // 15 of every 300: exactly 5 %.
        QCOMPARE(judge(shaped(20), QStringLiteral("auth>5%")).size(), 0);
    }

    void rateLimitUseCrosses()
    {
        const auto withRemaining = [](qint64 remaining) {
            return steady(600, [remaining](int i, CallFact &f) {
                f.rateLimitLimit = 100;
                f.rateLimitRemaining = i == 360 ? remaining : 50;
            });
        };
        const auto crossing = withRemaining(19); // 81 % used
        const auto found = judge(crossing, QStringLiteral("ratelimit>80%"));
        QCOMPARE(found.size(), 1);
        const Finding &f = found.first();
        QCOMPARE(f.kind, QStringLiteral("analytics.rate_limit_use"));
        // The windows holding second 360: those starting at minutes 2, 3 and 4.
        QCOMPARE(f.atMs, kT0 + 2 * kMinute);
        QCOMPARE(f.arguments, (QStringList{QStringLiteral("81 %"), QStringLiteral("80 %"),
                                           iso(kT0 + 2 * kMinute), iso(kT0 + 9 * kMinute)}));
        QCOMPARE(f.exchangeIds, QList<qint64>{361});
        QCOMPARE(judge(withRemaining(21), QStringLiteral("ratelimit>80%")).size(), 0);

        // A 429 is a used-up quota, headers or not.
        const auto refused = steady(600, [](int i, CallFact &f) {
            if (i == 100) {
                f.status = 429;
                f.outcome = CallOutcome::ClientError;
            }
        });
        const auto tooMany = judge(refused, QStringLiteral("ratelimit>80%"));
        QCOMPARE(tooMany.size(), 1);
        QCOMPARE(tooMany.first().arguments.first(), QStringLiteral("100 %"));
        // A server that says nothing about its limits crosses nothing.
        QCOMPARE(judge(steady(600), QStringLiteral("ratelimit>0%")).size(), 0);
    }

    void p95RegressionCrosses()
    {
        const auto slowerAfter5Minutes = [](double ms) {
            return steady(600, [ms](int i, CallFact &f) {
                if (i >= 300)
                    f.totalMs = ms;
            });
        };
        const auto crossing = slowerAfter5Minutes(250);
        const auto found = judge(crossing, QStringLiteral("p95>2x"));
        QCOMPARE(found.size(), 1);
        const Finding &f = found.first();
        QCOMPARE(f.kind, QStringLiteral("analytics.p95_regression"));
        // The first window is the baseline (p95 100 ms); the window from
        // minute 1 has 60 of its 300 calls slower: its p95 is already 250.
        QCOMPARE(f.atMs, kT0 + kMinute);
        QCOMPARE(f.arguments, (QStringList{QStringLiteral("2.5×"), QStringLiteral("2×"),
                                           iso(kT0 + kMinute), iso(kT0 + 9 * kMinute),
                                           QStringLiteral("250"), QStringLiteral("100")}));
        // Evidence: the run's calls slower than twice the baseline, the
        // first 200 of them.
        QCOMPARE(f.exchangeIds,
                 idsWhere(crossing, kT0 + kMinute, kT0 + 9 * kMinute, [](const CallFact &c) {
                     return c.totalMs > 200;
                 }).mid(0, 200));
        QVERIFY(f.summary().contains(QStringLiteral("250 ms against 100 ms")));
        // Twice the baseline is not above it.
        QCOMPARE(judge(slowerAfter5Minutes(200), QStringLiteral("p95>2x")).size(), 0);
        // Calls without a latency (no answer) are left out of P95.
        const auto unanswered = steady(600, [](int i, CallFact &f) {
            if (i >= 300) {
                f.totalMs = -1;
                f.outcome = CallOutcome::NoAnswer;
            }
        });
        QCOMPARE(judge(unanswered, QStringLiteral("p95>2x")).size(), 0);
    }

    // "Above 2 % for 5 minutes": a minute at 5 % in 15 healthy minutes
    // crosses a 1-minute window but not a 5-minute one.
    void aMinuteSpikeIsNotFiveMinutes()
    {
        const auto facts = steady(900, [](int i, CallFact &f) {
            if (i >= 420 && i < 480 && i % 20 == 0)
                fail(f); // 3 of the minute's 60 calls
        });
        QCOMPARE(judge(facts, QStringLiteral("errors>2%")).size(), 0);
        QCOMPARE(judge(facts, QStringLiteral("errors>2%@5m")).size(), 0);
        const auto minute = judge(facts, QStringLiteral("errors>2%@1m"));
        QCOMPARE(minute.size(), 1);
        // The windows (stepping by 12 s) holding 2 or 3 of the failures.
        QCOMPARE(minute.first().atMs, kT0 + 384 * kSecond);
        QCOMPARE(minute.first().arguments.at(3), iso(kT0 + 492 * kSecond));
        QCOMPARE(minute.first().arguments.first(), QStringLiteral("5 %"));
    }

    // A scope shorter than a window has no whole window to judge.
    void aShortScopeCrossesNothing()
    {
        const auto facts = steady(120, allFail);
        QCOMPARE(judge(facts, QStringLiteral("errors>2%")).size(), 0);
        QCOMPARE(judge(facts, QStringLiteral("errors>2%@1m")).size(), 1);
        QCOMPARE(judge({}, QStringLiteral("errors>2%@1ms")).size(), 0);
        QCOMPARE(judge(steady(1, allFail), QStringLiteral("errors>2%@1ms")).size(), 1);
    }

    void baselineFromAnotherSession()
    {
        const auto before = steady(600, {}, kT0, 1, 1); // 100 ms
        const auto after = steady(
            600, [](int, CallFact &f) { f.totalMs = 250; }, kT0 + 60 * kMinute, 1001, 2);
        // Against its own first window the later session is steady.
        QCOMPARE(
            evaluateThresholdFacts(after, 0, 0, 2, *parseThresholds({QStringLiteral("p95>2x")}))
                .size(),
            0);
        const auto found = evaluateThresholdFacts(
            after, 0, 0, 2, *parseThresholds({QStringLiteral("p95>2x")}), before);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().sessionId, qint64(2));
        QCOMPARE(found.first().atMs, kT0 + 60 * kMinute);
        QCOMPARE(found.first().arguments.first(), QStringLiteral("2.5×"));
        QCOMPARE(found.first().exchangeIds.size(), 200); // of 540 slower calls
        // An empty baseline measures nothing.
        QCOMPARE(evaluateThresholdFacts(after, 0, 0, 2,
                                        *parseThresholds({QStringLiteral("p95>2x")}),
                                        QList<CallFact>{})
                     .size(),
                 0);
    }

    // Windows step by a fifth of their length: one finding per run of
    // crossing windows, not one per step.
    void contiguousRunsGiveOneFindingEach()
    {
        const auto facts = steady(1200, [](int i, CallFact &f) {
            if (i < 7 * 60 || i >= 13 * 60)
                fail(f);
        });
        const auto found = judge(facts, QStringLiteral("errors>2%"));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).atMs, kT0);
        QCOMPARE(found.at(0).arguments.at(3), iso(kT0 + 11 * kMinute));
        QCOMPARE(found.at(0).arguments.first(), QStringLiteral("100 %"));
        QCOMPARE(found.at(1).atMs, kT0 + 9 * kMinute);
        QCOMPARE(found.at(1).arguments.at(3), iso(kT0 + 19 * kMinute));
        // Evidence: the run's failed calls, oldest first, at most 200.
        QCOMPARE(found.at(0).exchangeIds.size(), 200);
        QCOMPARE(found.at(0).exchangeIds.first(), qint64(1));
        QCOMPARE(found.at(0).exchangeIds.last(), qint64(200));
        QCOMPARE(found.at(1).exchangeIds.first(), qint64(13 * 60 + 1));
    }

    void stdioCallsAreEvidenceByMessage()
    {
        const auto facts = steady(120, [](int i, CallFact &f) {
            f.exchangeId = 0;
            f.messageId = 500 + i;
            if (i >= 60)
                f.outcome = CallOutcome::NoAnswer;
        });
        const auto found = judge(facts, QStringLiteral("errors>2%@1m"));
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().exchangeIds.isEmpty());
        QCOMPARE(found.first().messageIds.first(), qint64(560));
    }

    void badInputNeverBreaks()
    {
        // Clocks that go backwards: the order of the facts does not matter.
        auto facts = steady(600, [](int i, CallFact &f) {
            if (i % 33 == 0)
                fail(f);
        });
        const auto sorted = judge(facts, QStringLiteral("errors>2%"));
        std::reverse(facts.begin(), facts.end());
        QCOMPARE(judge(facts, QStringLiteral("errors>2%")), sorted);
        // Latencies of zero and of hours.
        const auto zeros =
            steady(600, [](int i, CallFact &f) { f.totalMs = i < 300 ? 0 : 3.0 * 3600 * 1000; });
        const auto found = judge(zeros, QStringLiteral("p95>2x"));
        QCOMPARE(found.size(), 1); // against a baseline floored at 1 ms
        QCOMPARE(found.first().arguments.at(5), QStringLiteral("1.0"));
        // A tiny window over a long scope: the step grows, it still ends.
        const auto far =
            QList<CallFact>{steady(1, allFail).first(),
                            steady(1, allFail, kT0 + 365LL * 24 * 60 * kMinute, 2).first()};
        const auto sparse = judge(far, QStringLiteral("errors>2%@1ms"));
        QVERIFY(sparse.size() <= 2);
    }

    // The same judgement over a store's call_facts, through AnalyticsQuery
    // and on a connection of its own, honouring the scope.
    void evaluatesAStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("facts.db"));
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            store.close();
        }
        const auto before = steady(600, {}, kT0, 1, 1);
        const auto after = steady(
            600,
            [](int i, CallFact &f) {
                f.totalMs = 250;
                if (i % 33 == 0)
                    fail(f);
            },
            kT0 + 60 * kMinute, 1001, 2);
        auto other = steady(
            600, [](int, CallFact &f) { f.tool = QStringLiteral("slow"); }, kT0 + 60 * kMinute,
            5001, 2);
        QVERIFY(insertFacts(path, before + after + other));

        AnalyticsQuery query;
        const auto opened = query.open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        AnalyticsScope scope;
        scope.sessionIds = {2};
        scope.tool = QStringLiteral("echo");
        const auto thresholds = defaultThresholds();
        const auto found = evaluateThresholds(query, scope, thresholds);
        QVERIFY(found);
        QCOMPARE(*found, evaluateThresholdFacts(after, 0, 0, 2, thresholds));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().kind, QStringLiteral("analytics.error_rate"));

        ThresholdBaseline baseline;
        baseline.sessionIds = {1};
        const auto against = evaluateThresholds(query, scope, thresholds, baseline);
        QVERIFY(against);
        QCOMPARE(*against, evaluateThresholdFacts(after, 0, 0, 2, thresholds, before));
        // The exact evaluation on a connection of its own agrees.
        const auto exact = evaluateThresholds(path, scope, thresholds, baseline);
        QVERIFY2(exact, qPrintable(exact ? QString() : exact.error().message));
        QCOMPARE(*exact, *against);
        QStringList kinds;
        for (const Finding &f : *against)
            kinds << f.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("analytics.error_rate"),
                                     QStringLiteral("analytics.p95_regression")}));

        // A time range: the half-open [from, to) of the scope.
        scope.fromMs = kT0 + 60 * kMinute;
        scope.toMs = kT0 + 64 * kMinute;
        const auto shorter = evaluateThresholds(query, scope, thresholds, baseline);
        QVERIFY(shorter);
        QCOMPARE(shorter->size(), 0);
        scope.toMs = kT0 + 65 * kMinute;
        const auto whole = evaluateThresholds(query, scope, thresholds, baseline);
        QVERIFY(whole);
        QCOMPARE(whole->size(), 2);
        QCOMPARE(whole->first().arguments.at(3), iso(kT0 + 65 * kMinute));
        QCOMPARE(*evaluateThresholds(path, scope, thresholds, baseline), *whole);
        // Another tool of the same session is healthy.
        scope = {};
        scope.tool = QStringLiteral("slow");
        const auto healthy = evaluateThresholds(query, scope, thresholds, baseline);
        QVERIFY(healthy);
        QCOMPARE(healthy->size(), 0);
        QCOMPARE(evaluateThresholds(path, scope, thresholds, baseline)->size(), 0);
        // A store that is not there fails with a sentence naming it.
        const auto missing =
            evaluateThresholds(dir.filePath(QStringLiteral("no/such.db")), scope, thresholds);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::StoreOpen);
        QVERIFY(missing.error().message.contains(QStringLiteral("no/such.db")));
    }

    // Windows whose calls have no latency (no answer yet) are not judged
    // against a baseline; the slow windows after them are.
    void p95WindowsWithoutLatenciesAreNotJudged()
    {
        const auto facts = steady(600, [](int i, CallFact &f) {
            f.totalMs = i < 300 ? -1 : 500;
            if (i < 300)
                f.outcome = CallOutcome::NoAnswer;
        });
        const auto baseline = steady(60, {}, kT0 - 60 * kMinute, 9001);
        const auto found = judge(facts, QStringLiteral("p95>2x"), baseline);
        QCOMPARE(found.size(), 1);
        // The first window holds no latency; the one from minute 1 holds 60
        // calls of 500 ms.
        QCOMPARE(found.first().atMs, kT0 + kMinute);
        QCOMPARE(found.first().arguments.at(0), QStringLiteral("5×"));

        // The same through AnalyticsQuery (per-window percentiles in SQL).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p95.db"));
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            store.close();
        }
        auto other = baseline;
        for (CallFact &f : other)
            f.sessionId = 2;
        QVERIFY(insertFacts(path, facts + other));
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        AnalyticsScope scope;
        scope.sessionIds = {1};
        ThresholdBaseline against;
        against.sessionIds = {2};
        const auto viaQuery =
            evaluateThresholds(query, scope, *parseThresholds({QStringLiteral("p95>2x")}), against);
        QVERIFY(viaQuery);
        QCOMPARE(viaQuery->size(), 1);
        QCOMPARE(viaQuery->first().atMs, kT0 + kMinute);
        QCOMPARE(viaQuery->first().arguments.at(0), QStringLiteral("5×"));
    }

    // Facts outside [from, to) and token-expiry marks (no call behind them)
    // are not judged.
    void factsOutsideTheScopeAndExpiryMarksAreLeftOut()
    {
        const auto facts = steady(1200, [](int i, CallFact &f) {
            if (i < 300)
                fail(f);
        });
        QCOMPARE(
            evaluateThresholdFacts(facts, 0, 0, 1, *parseThresholds({QStringLiteral("errors>2%")}))
                .size(),
            1);
        const auto later = evaluateThresholdFacts(facts, kT0 + 10 * kMinute, 0, 1,
                                                  *parseThresholds({QStringLiteral("errors>2%")}));
        QCOMPARE(later.size(), 0);
        const auto earlier = evaluateThresholdFacts(
            facts, 0, kT0 + 5 * kMinute, 1, *parseThresholds({QStringLiteral("errors>2%")}));
        QCOMPARE(earlier.size(), 1);
        QCOMPARE(earlier.first().atMs, kT0);

        // A healthy session with a token-expiry mark every 10 s: as calls,
        // the marks would be 60 failures in 660.
        auto marked = steady(600);
        auto marks = steady(60, allFail, kT0 + 5 * kSecond, 0);
        for (CallFact &m : marks) {
            m.label = QStringLiteral("token expiry");
            m.exchangeId = 0;
            m.messageId = 0;
            m.atMs += (m.atMs - kT0 - 5 * kSecond) * 9; // every 10 s
        }
        QCOMPARE(judge(marked + marks, QStringLiteral("errors>2%")).size(), 0);
        for (CallFact &m : marks)
            m.label = QStringLiteral("tools/call"); // the same rows as calls
        QCOMPARE(judge(marked + marks, QStringLiteral("errors>2%")).size(), 1);
    }

    void evaluatesAuthFailuresThroughTheQuery()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth.db"));
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            store.close();
        }
        // One call in 10 is refused a token: 10 %.
        const auto facts = steady(600, [](int i, CallFact &f) {
            if (i % 10 == 0) {
                f.authEvent = i % 20 == 0 ? AuthEvent::Unauthorized401 : AuthEvent::InvalidToken;
                f.status = 401;
                f.outcome = CallOutcome::ClientError;
            }
        });
        QVERIFY(insertFacts(path, facts));
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        AnalyticsScope scope;
        scope.sessionIds = {1};
        const auto thresholds = *parseThresholds({QStringLiteral("auth>5%")});
        const auto found = evaluateThresholds(query, scope, thresholds);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().kind, QStringLiteral("analytics.auth_failures"));
        QCOMPARE(found->first().arguments.first(), QStringLiteral("10 %"));
        // The evidence: the refused calls of the run (its last window ends
        // at minute 9), by exchange id.
        QCOMPARE(found->first().exchangeIds,
                 idsWhere(facts, kT0, kT0 + 9 * kMinute,
                          [](const CallFact &f) { return f.status == 401; }));
        QCOMPARE(*found, evaluateThresholdFacts(facts, 0, 0, 1, thresholds));

        // A scope without calls: nothing to judge.
        scope.sessionIds = {99};
        const auto none = evaluateThresholds(query, scope, thresholds);
        QVERIFY(none);
        QCOMPARE(none->size(), 0);
    }

    void crossingsAreRecordedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.db"));
        CaptureStore capture;
        QVERIFY(capture.open(path));
        FindingsStore store;
        QVERIFY(store.open(path));

        const auto facts = steady(1200, [](int i, CallFact &f) {
            if (i < 7 * 60 || i >= 13 * 60)
                fail(f);
        });
        const auto crossings = judge(facts, QStringLiteral("errors>2%"));
        QCOMPARE(crossings.size(), 2);
        const auto first = recordCrossings(store, crossings);
        QVERIFY(first);
        QCOMPARE(first->size(), 2);
        QVERIFY(first->at(0).id > 0);
        // Evaluated again as more traffic arrives: the runs that continue keep
        // their start, so nothing new is stored.
        const auto more = facts + steady(60, allFail, kT0 + 20 * kMinute, 2000);
        const auto again = recordCrossings(store, judge(more, QStringLiteral("errors>2%")));
        QVERIFY(again);
        QCOMPARE(again->size(), 0);
        QCOMPARE(store.findings()->size(), 2);
        // The same window in another session, or another kind, is another crossing.
        Finding other = crossings.first();
        other.sessionId = 7;
        Finding kind = crossings.first();
        kind.kind = QStringLiteral("analytics.auth_failures");
        const auto added = recordCrossings(store, {other, kind, other});
        QVERIFY(added);
        QCOMPARE(added->size(), 2);
        const auto all = store.findings();
        QVERIFY(all);
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->first().exchangeIds, crossings.first().exchangeIds);
        QCOMPARE(all->first().arguments, crossings.first().arguments);
        capture.close();
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsThresholds)
#include "tst_analytics_thresholds.moc"
