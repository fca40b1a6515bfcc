// Every figure of AnalyticsQuery against a computation of the test's own:
// the raw rows kept here, sorted here, ranked by nearest rank here.
#include "analytics/analytics_query.h"
#include "call_facts_testing.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

// Nearest rank over a copy, sorted with std::sort: p at rank ceil(p/100*n).
Percentiles expectedPercentiles(QList<double> values)
{
    values.removeIf([](double v) { return v < 0; });
    Percentiles p;
    p.count = values.size();
    if (values.isEmpty())
        return p;
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        const qint64 rank = qint64(std::ceil(q / 100.0 * double(values.size())));
        return values.at(std::max<qint64>(rank, 1) - 1);
    };
    p.p50 = at(50);
    p.p95 = at(95);
    p.p99 = at(99);
    p.max = values.last();
    return p;
}

// The histogram's bins written out: 0, 0.1, 0.2, 0.5, 1, 2, 5 … ms.
QList<double> edges()
{
    QList<double> e{0};
    for (double decade = 0.1; decade < 1e13; decade *= 10)
        e << decade << 2 * decade << 5 * decade;
    return e;
}

int binOf(double v)
{
    const QList<double> e = edges();
    int i = 0;
    while (i + 1 < e.size() && v >= e.at(i + 1) * (1 - 1e-12))
        ++i;
    return i;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return qint64(std::floor(double(a) / double(b)));
}

QString describe(const Percentiles &p)
{
    return QStringLiteral("n=%1 p50=%2 p95=%3 p99=%4 max=%5")
        .arg(p.count)
        .arg(p.p50)
        .arg(p.p95)
        .arg(p.p99)
        .arg(p.max);
}

} // namespace

class TestAnalyticsQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshStore(const QList<FactRow> &rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("facts-%1.sqlite").arg(++m_serial));
        if (!createFactsStore(path) || !insertFacts(path, rows))
            return {};
        return path;
    }

    // Rows with varied values: 5 labels, 4 tools, 3 sessions, every outcome
    // and auth event, some unknown latencies, rate-limit headers on a few.
    static QList<FactRow> variedRows(int n, quint32 seed)
    {
        QRandomGenerator rng(seed);
        const QStringList labels{QStringLiteral("tools/call"), QStringLiteral("initialize"),
                                 QStringLiteral("POST /token"), QStringLiteral("resources/read"),
                                 QStringLiteral("tools/list")};
        const QStringList tools{QStringLiteral("get_forecast"), QStringLiteral("echo"),
                                QStringLiteral("add"), QStringLiteral("slow")};
        QList<FactRow> rows;
        const qint64 base = 1'764'000'000'000;
        for (int i = 0; i < n; ++i) {
            FactRow r;
            r.sessionId = 1 + rng.bounded(3);
            r.exchangeId = i % 7 == 3 ? 0 : 1000 + i;
            r.atMs = base + rng.bounded(3'600'000);
            // Skewed label mix, so the ranking by calls is unambiguous.
            const int pick = rng.bounded(100);
            r.label = labels.at(pick < 50 ? 0 : pick < 70 ? 1 : pick < 85 ? 2 : pick < 95 ? 3 : 4);
            if (r.label == labels.at(0))
                r.tool = tools.at(rng.bounded(4));
            r.totalMs = rng.bounded(10) == 0 ? -1 : double(rng.bounded(100000)) / 8.0;
            r.ttfbMs = rng.bounded(6) == 0 ? -1 : double(rng.bounded(40000)) / 16.0;
            r.outcome = rng.bounded(10) < 7 ? 0 : rng.bounded(7);
            r.status = r.outcome == 1 ? (rng.bounded(3) == 0 ? 429 : 401) : 200;
            r.authEvent = rng.bounded(4) == 0 ? rng.bounded(10) : 0;
            r.bytesIn = rng.bounded(5000);
            r.bytesOut = rng.bounded(700);
            if (r.status == 429)
                r.retryAfterMs = 1000 * rng.bounded(1, 60);
            if (rng.bounded(5) == 0) {
                r.rlLimit = 100;
                r.rlRemaining = rng.bounded(100);
            }
            rows << r;
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dashboardMatchesAnIndependentComputation()
    {
        const QList<FactRow> rows = variedRows(3000, 14);
        const QString path = freshStore(rows);
        QVERIFY(!path.isEmpty());
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        const qint64 bucketMs = 300'000;
        auto d = query.dashboard(AnalyticsScope{}, GroupBy::Label, bucketMs);
        QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
        QCOMPARE(d->calls, rows.size());
        QCOMPARE(d->bucketMs, bucketMs);
        QVERIFY(!d->capped);

        // The table: one row per label, most calls first.
        QMap<QString, QList<FactRow>> byLabel;
        for (const FactRow &r : rows)
            byLabel[r.label] << r;
        QCOMPARE(d->table.size(), byLabel.size());
        for (int i = 0; i < d->table.size(); ++i) {
            const TableRow &row = d->table.at(i);
            QVERIFY2(byLabel.contains(row.series), qPrintable(row.series));
            const QList<FactRow> &mine = byLabel.value(row.series);
            if (i > 0)
                QVERIFY(d->table.at(i - 1).calls >= row.calls);
            QList<double> totals, ttfbs;
            qint64 errors = 0, in = 0, out = 0;
            for (const FactRow &r : mine) {
                totals << r.totalMs;
                ttfbs << r.ttfbMs;
                errors += r.outcome != 0;
                in += r.bytesIn;
                out += r.bytesOut;
            }
            QCOMPARE(row.calls, mine.size());
            QCOMPARE(row.errors, errors);
            QCOMPARE(row.errorRate, double(errors) / double(mine.size()));
            QCOMPARE(row.bytesIn, in);
            QCOMPARE(row.bytesOut, out);
            QCOMPARE(describe(row.total), describe(expectedPercentiles(totals)));
            QCOMPARE(describe(row.ttfb), describe(expectedPercentiles(ttfbs)));
        }

        // Outcomes, auth events and rate limits per bucket.
        const qint64 firstAt = std::min_element(rows.begin(), rows.end(), [](auto &a, auto &b) {
                                   return a.atMs < b.atMs;
                               })->atMs;
        const qint64 lastAt = std::max_element(rows.begin(), rows.end(), [](auto &a, auto &b) {
                                  return a.atMs < b.atMs;
                              })->atMs;
        const qint64 firstBucket = floorDiv(firstAt, bucketMs);
        const qint64 buckets = floorDiv(lastAt, bucketMs) - firstBucket + 1;
        QCOMPARE(d->outcomes.size(), buckets);
        QCOMPARE(d->auth.size(), buckets);
        QCOMPARE(d->rateLimit.size(), buckets);
        for (qint64 b = 0; b < buckets; ++b) {
            const qint64 start = (firstBucket + b) * bucketMs;
            std::array<qint64, 7> outcomes{};
            std::array<qint64, 10> events{};
            RateLimitPoint rate{start};
            for (const FactRow &r : rows) {
                if (r.atMs < start || r.atMs >= start + bucketMs)
                    continue;
                ++outcomes[size_t(r.outcome)];
                ++events[size_t(r.authEvent)];
                rate.tooMany += r.status == 429;
                rate.maxRetryAfterMs = std::max(rate.maxRetryAfterMs, r.retryAfterMs);
                if (r.rlRemaining >= 0 &&
                    (rate.minRemaining < 0 || r.rlRemaining < rate.minRemaining)) {
                    rate.minRemaining = r.rlRemaining;
                    rate.limit = r.rlLimit;
                }
            }
            QCOMPARE(d->outcomes.at(b).bucketStartMs, start);
            QVERIFY(d->outcomes.at(b).byOutcome == outcomes);
            QCOMPARE(d->auth.at(b).bucketStartMs, start);
            QVERIFY(d->auth.at(b).byEvent == events);
            const RateLimitPoint &got = d->rateLimit.at(b);
            QCOMPARE(got.bucketStartMs, start);
            QCOMPARE(got.tooMany, rate.tooMany);
            QCOMPARE(got.maxRetryAfterMs, rate.maxRetryAfterMs);
            QCOMPARE(got.minRemaining, rate.minRemaining);
            QCOMPARE(got.limit, rate.limit);
        }

        // Latency over time: each (bucket, label) point, both kinds.
        int points = 0;
        for (qint64 b = 0; b < buckets; ++b) {
            const qint64 start = (firstBucket + b) * bucketMs;
            for (const TableRow &row : d->table) {
                QList<double> totals, ttfbs;
                for (const FactRow &r : byLabel.value(row.series))
                    if (r.atMs >= start && r.atMs < start + bucketMs) {
                        totals << r.totalMs;
                        ttfbs << r.ttfbMs;
                    }
                const Percentiles t = expectedPercentiles(totals), f = expectedPercentiles(ttfbs);
                if (t.count == 0 && f.count == 0)
                    continue;
                QVERIFY(points < d->latency.size());
                const LatencyPoint &p = d->latency.at(points++);
                QCOMPARE(p.bucketStartMs, start);
                QCOMPARE(p.series, row.series);
                QCOMPARE(describe(p.total), describe(t));
                QCOMPARE(describe(p.ttfb), describe(f));
            }
        }
        QCOMPARE(d->latency.size(), points);

        // The histogram of total latency.
        QMap<int, qint64> bins;
        for (const FactRow &r : rows)
            if (r.totalMs >= 0)
                ++bins[binOf(r.totalMs)];
        const QList<double> e = edges();
        QVERIFY(!d->histogram.isEmpty());
        QCOMPARE(d->histogram.first().fromMs, e.at(bins.firstKey()));
        QCOMPARE(d->histogram.size(), bins.lastKey() - bins.firstKey() + 1);
        for (int i = 0; i < d->histogram.size(); ++i) {
            const HistogramBin &bin = d->histogram.at(i);
            QCOMPARE(bin.fromMs, e.at(bins.firstKey() + i));
            QCOMPARE(bin.toMs, e.at(bins.firstKey() + i + 1));
            QCOMPARE(bin.count, bins.value(bins.firstKey() + i));
        }
    }

    void scopesAndTools()
    {
        const QList<FactRow> rows = variedRows(2000, 7);
        const QString path = freshStore(rows);
        QVERIFY(!path.isEmpty());
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        const qint64 from = rows.at(10).atMs, to = rows.at(20).atMs;
        AnalyticsScope scope;
        scope.sessionIds = {1, 3};
        scope.fromMs = std::min(from, to);
        scope.toMs = std::max(from, to) + 1;
        const auto inScope = [&](const FactRow &r) {
            return (r.sessionId == 1 || r.sessionId == 3) && r.atMs >= scope.fromMs &&
                   r.atMs < scope.toMs;
        };
        auto d = query.dashboard(scope, GroupBy::Tool);
        QVERIFY(d);
        QCOMPARE(d->fromMs, scope.fromMs);
        QCOMPARE(d->toMs, scope.toMs);
        QVERIFY(d->bucketMs > 0);
        qint64 calls = 0;
        QMap<QString, QList<double>> totals, ttfbs;
        for (const FactRow &r : rows) {
            if (!inScope(r))
                continue;
            ++calls;
            if (!r.tool.isEmpty()) {
                totals[r.tool] << r.totalMs;
                ttfbs[r.tool] << r.ttfbMs;
            }
        }
        QCOMPARE(d->calls, calls);
        QCOMPARE(d->table.size(), totals.size()); // calls without a tool are in no series
        for (const TableRow &row : d->table) {
            QCOMPARE(row.calls, totals.value(row.series).size());
            QCOMPARE(describe(row.total), describe(expectedPercentiles(totals.value(row.series))));
            QCOMPARE(describe(row.ttfb), describe(expectedPercentiles(ttfbs.value(row.series))));
        }
        auto table = query.table(scope, GroupBy::Tool);
        QVERIFY(table);
        QCOMPARE(table->size(), d->table.size());
        for (int i = 0; i < table->size(); ++i)
            QCOMPARE(describe(table->at(i).total), describe(d->table.at(i).total));

        // percentiles(): the indexed path (one label or tool, whole store)
        // and the scanned one (anything else), both kinds.
        for (const QString &label : {QStringLiteral("tools/call"), QStringLiteral("initialize"),
                                     QStringLiteral("no such label")}) {
            QList<double> t, f;
            for (const FactRow &r : rows)
                if (r.label == label) {
                    t << r.totalMs;
                    f << r.ttfbMs;
                }
            AnalyticsScope one;
            one.label = label;
            auto total = query.percentiles(one, LatencyKind::Total);
            auto ttfb = query.percentiles(one, LatencyKind::Ttfb);
            QVERIFY(total && ttfb);
            QCOMPARE(describe(*total), describe(expectedPercentiles(t)));
            QCOMPARE(describe(*ttfb), describe(expectedPercentiles(f)));
        }
        {
            QList<double> t;
            for (const FactRow &r : rows)
                if (r.tool == QStringLiteral("echo"))
                    t << r.totalMs;
            AnalyticsScope one;
            one.tool = QStringLiteral("echo");
            auto total = query.percentiles(one, LatencyKind::Total);
            QVERIFY(total);
            QCOMPARE(describe(*total), describe(expectedPercentiles(t)));
        }
        QList<double> t;
        for (const FactRow &r : rows)
            if (inScope(r))
                t << r.totalMs;
        auto scoped = query.percentiles(scope, LatencyKind::Total);
        QVERIFY(scoped);
        QCOMPARE(describe(*scoped), describe(expectedPercentiles(t)));

        // Chart → bytes: the exchanges behind a slice.
        QList<qint64> failed, unauthorized;
        for (const FactRow &r : rows) {
            if (!inScope(r) || r.exchangeId == 0)
                continue;
            if (r.outcome == int(CallOutcome::ServerError))
                failed << r.exchangeId;
            if (r.authEvent == int(AuthEvent::Unauthorized401))
                unauthorized << r.exchangeId;
        }
        std::sort(failed.begin(), failed.end());
        std::sort(unauthorized.begin(), unauthorized.end());
        auto ids = query.exchangeIds(scope, CallOutcome::ServerError);
        QVERIFY(ids);
        QCOMPARE(*ids, failed);
        ids = query.exchangeIds(scope, {}, AuthEvent::Unauthorized401);
        QVERIFY(ids);
        QCOMPARE(*ids, unauthorized);
        ids = query.exchangeIds(scope, {}, {}, 3);
        QVERIFY(ids);
        QCOMPARE(ids->size(), 3);
    }

    void emptyStoreGivesAnEmptyDashboard()
    {
        const QString path = freshStore({});
        QVERIFY(!path.isEmpty());
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        for (GroupBy by : {GroupBy::Label, GroupBy::Tool}) {
            auto d = query.dashboard(AnalyticsScope{}, by);
            QVERIFY(d);
            QCOMPARE(d->calls, 0);
            QVERIFY(d->latency.isEmpty() && d->histogram.isEmpty() && d->outcomes.isEmpty() &&
                    d->auth.isEmpty() && d->rateLimit.isEmpty() && d->table.isEmpty());
            QVERIFY(!d->capped);
            QVERIFY(d->bucketMs > 0);
        }
        auto p = query.percentiles(AnalyticsScope{}, LatencyKind::Total);
        QVERIFY(p);
        QCOMPARE(describe(*p), describe(Percentiles{}));
        auto ids = query.exchangeIds(AnalyticsScope{});
        QVERIFY(ids && ids->isEmpty());
    }

    void oneExchange()
    {
        FactRow r;
        r.exchangeId = 5;
        r.atMs = 1'764'000'123'456;
        r.totalMs = 12.5;
        r.ttfbMs = 3;
        const QString path = freshStore({r});
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        auto d = query.dashboard(AnalyticsScope{}, GroupBy::Label);
        QVERIFY(d);
        QCOMPARE(d->calls, 1);
        QCOMPARE(d->fromMs, r.atMs);
        QCOMPARE(d->toMs, r.atMs + 1);
        QCOMPARE(d->outcomes.size(), 1);
        QCOMPARE(d->outcomes.first().byOutcome[0], 1);
        QCOMPARE(d->latency.size(), 1);
        QCOMPARE(describe(d->latency.first().total),
                 describe(Percentiles{1, 12.5, 12.5, 12.5, 12.5}));
        QCOMPARE(describe(d->latency.first().ttfb), describe(Percentiles{1, 3, 3, 3, 3}));
        QCOMPARE(d->histogram.size(), 1);
        QCOMPARE(d->histogram.first().fromMs, 10.0);
        QCOMPARE(d->histogram.first().toMs, 20.0);
        QCOMPARE(d->table.size(), 1);
        QCOMPARE(d->table.first().series, QStringLiteral("tools/call"));
    }

    void timeGoingBackwardsStillGivesOrderedBuckets()
    {
        QList<FactRow> rows;
        const qint64 base = 1'764'000'000'000;
        for (int i = 0; i < 200; ++i) { // inserted newest first, with a jump back
            FactRow r;
            r.exchangeId = i + 1;
            r.atMs = base + (200 - i) * 60'000 - (i % 3 == 0 ? 3'600'000 : 0);
            r.totalMs = i;
            rows << r;
        }
        const QString path = freshStore(rows);
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        auto d = query.dashboard(AnalyticsScope{}, GroupBy::Label);
        QVERIFY(d);
        QCOMPARE(d->calls, 200);
        for (int i = 1; i < d->outcomes.size(); ++i)
            QVERIFY(d->outcomes.at(i - 1).bucketStartMs < d->outcomes.at(i).bucketStartMs);
        for (int i = 1; i < d->latency.size(); ++i)
            QVERIFY(d->latency.at(i - 1).bucketStartMs < d->latency.at(i).bucketStartMs);
        qint64 sum = 0;
        for (const OutcomePoint &p : d->outcomes)
            sum += p.byOutcome[0];
        QCOMPARE(sum, 200);
        QVERIFY(d->outcomes.size() <= 70); // ~60 buckets chosen
    }

    void zeroAndHourLongLatencies()
    {
        QList<FactRow> rows;
        for (int i = 0; i < 10; ++i) {
            FactRow r;
            r.exchangeId = i + 1;
            r.atMs = 1'764'000'000'000 + i;
            r.totalMs = i < 5 ? 0 : 3 * 3'600'000.0 + i; // zero, or three hours
            r.ttfbMs = 0;
            rows << r;
        }
        const QString path = freshStore(rows);
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        auto d = query.dashboard(AnalyticsScope{}, GroupBy::Label);
        QVERIFY(d);
        QList<double> t;
        for (const FactRow &r : rows)
            t << r.totalMs;
        QCOMPARE(describe(d->table.first().total), describe(expectedPercentiles(t)));
        QCOMPARE(d->histogram.first().fromMs, 0.0);
        QCOMPARE(d->histogram.first().count, 5);
        QCOMPARE(d->histogram.last().count, 5);
        QVERIFY(d->histogram.last().fromMs <= 3 * 3'600'000.0);
        QVERIFY(d->histogram.last().toMs > 3 * 3'600'000.0 + 9);
        qint64 counted = 0;
        for (const HistogramBin &b : d->histogram)
            counted += b.count;
        QCOMPARE(counted, 10);
        AnalyticsScope one;
        one.label = QStringLiteral("tools/call");
        auto p = query.percentiles(one, LatencyKind::Total);
        QVERIFY(p);
        QCOMPARE(describe(*p), describe(expectedPercentiles(t)));
    }

    void manySeriesAreCapped()
    {
        // A million distinct tool names, written by SQL (a row each).
        const QString path = freshStore({});
        QVERIFY(!path.isEmpty());
        const int n = 1'000'000;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("many"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral(
                    "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i < %1) "
                    "INSERT INTO call_facts(session_id, exchange_id, at_ms, label, tool, ttfb_ms, "
                    "total_ms, outcome) SELECT 1, i, 1764000000000 + i, 'tools/call', "
                    "'tool-' || i, 1, i % 1000, 0 FROM c")
                    .arg(n)));
            // Three tools called more often than the rest: they lead.
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO call_facts(session_id, at_ms, label, tool, total_ms, outcome) "
                "VALUES (1, 1764000000000, 'tools/call', 'tool-7', 1, 0),"
                " (1, 1764000000000, 'tools/call', 'tool-7', 2, 0),"
                " (1, 1764000000000, 'tools/call', 'tool-9', 3, 0)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("many"));
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        QElapsedTimer clock;
        clock.start();
        auto d = query.dashboard(AnalyticsScope{}, GroupBy::Tool);
        qInfo("a million tools: dashboard in %lld ms", clock.elapsed()); // printed, not asserted
        QVERIFY(d);
        QVERIFY(d->capped);
        QCOMPARE(d->calls, n + 3);
        QCOMPARE(d->table.size(), AnalyticsQuery::kTableRows);
        QCOMPARE(d->table.at(0).series, QStringLiteral("tool-7"));
        QCOMPARE(d->table.at(0).calls, 3);
        QCOMPARE(d->table.at(1).series, QStringLiteral("tool-9"));
        QCOMPARE(describe(d->table.at(0).total), describe(expectedPercentiles({7, 1, 2})));
        QSet<QString> charted;
        for (const LatencyPoint &p : d->latency)
            charted.insert(p.series);
        QCOMPARE(charted.size(), AnalyticsQuery::kChartSeries);
        QVERIFY(charted.contains(QStringLiteral("tool-7")));
        QVERIFY(d->outcomes.size() <= 70);
    }

    void refusesWhatIsNotAFactsStore()
    {
        AnalyticsQuery query;
        const QString missing = m_dir.filePath(QStringLiteral("missing/none.sqlite"));
        QVERIFY(!query.open(missing));
        QVERIFY(!query.isOpen());
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        auto opened = query.open(garbage);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::StoreOpen);
        auto d = query.dashboard(AnalyticsScope{}, GroupBy::Label);
        QVERIFY(!d);
        QCOMPARE(d.error().code, ErrorCode::StoreRead);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsQuery)
#include "tst_analytics_query.moc"
