#pragma once

#include "analytics/call_facts.h"
#include "common/error.h"
#include "common/findings.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <array>
#include <optional>

struct sqlite3;

namespace mcpscope {

// Which calls an aggregate covers. Every field narrows; the defaults cover the
// whole store. The time range is half-open: fromMs <= at_ms < toMs.
struct AnalyticsScope
{
    QList<qint64> sessionIds;    // empty = whole store
    qint64 fromMs = 0, toMs = 0; // 0 = open
    QString label;               // '' = any
    QString tool;                // '' = any
};

enum class LatencyKind
{
    Total,
    Ttfb
};

// GroupBy::Tool: the series are the non-empty tools; calls without a tool
// belong to no series (they still count in calls, outcomes, auth, rate
// limits and the histogram).
enum class GroupBy
{
    Label,
    Tool
};

// Exact nearest-rank percentiles: p = the value at rank ceil(p/100 * n)
// (1-based) of the series' non-negative latencies sorted ascending; rows
// whose latency is unknown (< 0) are left out, so count may be below the
// number of calls. All -1 when count is 0.
struct Percentiles
{
    qint64 count = 0;
    double p50 = -1, p95 = -1, p99 = -1, max = -1;
    bool operator==(const Percentiles &) const = default;
};

struct LatencyPoint
{
    qint64 bucketStartMs;
    QString series; // label or tool
    Percentiles total, ttfb;
};

// Histogram of total latency in "nice" 1-2-5 bins: [0, 0.1), [0.1, 0.2),
// [0.2, 0.5), [0.5, 1), [1, 2) … ms, from the first bin holding a call to the
// last one (empty bins between are kept, with count 0).
struct HistogramBin
{
    double fromMs, toMs;
    qint64 count;
};

struct OutcomePoint
{
    qint64 bucketStartMs;
    std::array<qint64, 7> byOutcome{}; // index = int(CallOutcome)
};

struct AuthPoint
{
    qint64 bucketStartMs;
    std::array<qint64, 10> byEvent{}; // index = int(AuthEvent)
};

// limit is the limit announced with the smallest remaining of the bucket
// (the largest limit seen when no remaining was announced).
struct RateLimitPoint
{
    qint64 bucketStartMs;
    qint64 tooMany = 0; // 429s
    qint64 maxRetryAfterMs = -1;
    qint64 minRemaining = -1;
    qint64 limit = -1;
};

struct TableRow
{
    QString series;
    qint64 calls = 0, errors = 0; // outcome != Success
    double errorRate = 0;         // errors / calls
    Percentiles total, ttfb;
    qint64 bytesIn = 0, bytesOut = 0;
};

// Buckets are bucketMs wide and start at multiples of bucketMs (epoch
// aligned); outcomes, auth and rateLimit hold every bucket from the first to
// the last call, ascending (empty ones with zeros); latency holds a point
// per bucket and charted series with a known latency there, ascending by
// bucket, then by the series' rank. The latency chart draws the 12 series with most calls; the
// table keeps up to 1000 rows, most calls first; capped says either was cut.
struct Dashboard
{
    qint64 generation = 0;
    qint64 bucketMs = 0;
    qint64 fromMs = 0, toMs = 0; // the scope's range, else first call .. last call + 1
    qint64 calls = 0;
    QList<LatencyPoint> latency;
    QList<HistogramBin> histogram;
    QList<OutcomePoint> outcomes;
    QList<AuthPoint> auth;
    QList<RateLimitPoint> rateLimit;
    QList<TableRow> table;
    QList<Finding> crossings; // filled by the thresholds
    bool capped = false;
};

// Aggregates over call_facts on its own read-only connection (WAL: reads
// never block the capture writer). Use it on the thread that opened it; make
// one per thread. Series are chosen by SQL (GROUP BY, most calls first);
// percentiles of one label or tool use the (label|tool, total_ms) indexes
// (LIMIT 1 OFFSET k); the per-bucket and per-row percentiles of a dashboard
// come from one scan of the scope that SQL filters, buckets and projects,
// ranked with nth_element (no SQL form measured under a second on 1M rows:
// see analytics_query.cpp).
class AnalyticsQuery final
{
    Q_DISABLE_COPY_MOVE(AnalyticsQuery)

public:
    static constexpr int kChartSeries = 12;
    static constexpr int kTableRows = 1000;

    AnalyticsQuery();
    ~AnalyticsQuery();

    // Fails (StoreOpen / StoreVersion) when path is not a capture store or
    // has no call_facts table.
    Result<void> open(const QString &storePath);
    bool isOpen() const;

    Result<Dashboard> dashboard(const AnalyticsScope &scope, GroupBy by,
                                qint64 bucketMs = 0 /*0 = chosen to give ~60 buckets*/);
    Result<Percentiles> percentiles(const AnalyticsScope &scope, LatencyKind kind);
    // Exchange ids of the scope's calls (ascending; stdio calls have none).
    Result<QList<qint64>> exchangeIds(const AnalyticsScope &scope,
                                      std::optional<CallOutcome> outcome = {},
                                      std::optional<AuthEvent> event = {}, int limit = 100000);
    Result<QList<TableRow>> table(const AnalyticsScope &scope, GroupBy by);

    // Makes the query running on the query's thread fail soon (StoreRead);
    // callable from any thread, harmless when nothing runs.
    void interrupt();

    // The bucket width dashboard() picks for a span when given 0.
    static qint64 niceBucketMs(qint64 spanMs);

private:
    struct Impl;
    Impl *d;
};

// Computes dashboards on a thread of its own (an AnalyticsQuery opened there
// on the first request). Use it from the thread that created it. request()
// returns at once; its answer comes later as ready() or failed(), never from
// inside request(). A request supersedes every earlier one: their results
// are dropped, never emitted (one still computing is interrupted, or
// finishes and is discarded). Opening the store is retried on the next request after a
// failure.
class AnalyticsWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsWorker)

public:
    explicit AnalyticsWorker(const QString &storePath, QObject *parent = nullptr);
    ~AnalyticsWorker() override;

    // The generation of this request; ready() carries it in
    // Dashboard::generation.
    qint64 request(const AnalyticsScope &scope, GroupBy by, qint64 bucketMs = 0);
    qint64 latestGeneration() const;

signals:
    // The worker thread began computing this generation (for a busy
    // indicator; it may still be superseded).
    void computing(qint64 generation);
    void ready(const mcpscope::Dashboard &dashboard);
    void failed(qint64 generation, const mcpscope::Error &error);

private:
    void deliver(const mcpscope::Dashboard &dashboard);
    void deliverFailure(qint64 generation, const mcpscope::Error &error);

    struct Private;
    Private *d;
};

// Registers the types the worker's signals carry across threads.
void registerAnalyticsMetaTypes();

} // namespace mcpscope

Q_DECLARE_METATYPE(mcpscope::Dashboard)
Q_DECLARE_METATYPE(mcpscope::AnalyticsScope)
