#pragma once

#include "analytics/call_facts.h"
#include "common/error.h"
#include "common/findings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mcpscope {

class AnalyticsQuery;
class FindingsStore;
struct AnalyticsScope;

// The troubleshooting guides' four alert thresholds ("error rate >2% for 5+
// minutes", "P95 response time >2x baseline", ">5% of requests fail
// authentication", "rate limit utilization >80%"), evaluated over the call
// facts of a scope (analytics/call_facts.h) in sliding windows.
struct Threshold
{
    enum class Metric
    {
        ErrorRate,       // calls whose outcome is not Success / calls
        P95Ratio,        // the window's p95 total latency / the baseline's
        AuthFailureRate, // 401, 403 insufficient_scope, invalid_grant, invalid_token,
                         // failed refreshes / calls
        RateLimitUse     // max over the window of 1 - remaining/limit (a 429 counts as 1)
    } metric;
    double limit; // a fraction for the rates and the use (0.02, 0.05, 0.80), a factor for P95 (2.0)
    qint64 windowMs = 300000;

    bool operator==(const Threshold &) const = default;
};

// errors>2%, p95>2x, auth>5%, ratelimit>80%, each over 5 minutes.
QList<Threshold> defaultThresholds();

// Parses specs such as "errors>2%", "p95>2x", "auth>5%", "ratelimit>80%",
// each with an optional window suffix "@10m" (units ms, s, m, h; default 5m).
// Spaces around the parts are allowed. The first bad spec fails the whole
// list with ErrorCode::Usage and a sentence that quotes it and says what was
// expected.
Result<QList<Threshold>> parseThresholds(const QStringList &specs);
// A window: a number with ms, s, m or h ("10m", "1.5s", "250ms"), more than
// zero and at most a year. ErrorCode::Usage with a sentence otherwise
// (starting in lower case: it completes "Bad threshold …: ").
Result<qint64> parseWindowMs(const QString &text);
// The spec that parses back to t ("errors>2%@5m").
QString thresholdSpec(const Threshold &t);
// "analytics.error_rate", … : the finding kind a crossing of this metric raises.
const char *thresholdKind(Threshold::Metric metric);

// Where P95 ratios are measured against: other sessions and/or a time range
// (with the scope's label and tool). Empty = the scope's first window.
struct ThresholdBaseline
{
    QList<qint64> sessionIds;
    qint64 fromMs = 0, toMs = 0; // 0 = open

    bool isEmpty() const { return sessionIds.isEmpty() && fromMs == 0 && toMs == 0; }
};

// Evaluates the thresholds over the scope's facts.
//
// Windows: each threshold's window slides in steps of a fifth of it
// (windowMs / 5, at least 1 ms), starting at the scope's start (its fromMs,
// else its first fact). Only whole windows count: a window must end by the
// scope's end (its toMs, else just after its last fact), so a scope shorter
// than one window crosses nothing ("above 2 % for 5 minutes" needs 5
// minutes) and a live session's last, unfinished window is not judged yet.
// A window with no calls crosses nothing. Each metric is measured over the
// whole window: a 1-minute burst of errors crosses a 5-minute window only if
// it lifts the whole window's rate above the limit.
//
// Calls are the scope's facts (the exact evaluation leaves out synthetic
// "token expiry" rows without exchange or message, which the contract allows
// and the capture writer does not derive today). P95 is the nearest-rank
// percentile of the window's non-negative total latencies (analytics_query.h's definition);
// a window without latencies, or an empty baseline, measures no P95. The
// baseline's p95 is floored at 1 ms so that a baseline of zeros stays
// comparable.
//
// One finding per contiguous run of crossing windows (per threshold):
// arguments (observed, limit, run start ISO, run end ISO[, window p95 ms,
// baseline p95 ms]) where observed is the worst window's value, atMs = the
// run's start, sessionId = the scope's session when it names exactly one
// (else 0), and as evidence the run's calls that made it cross (failed
// calls, authentication failures, calls slower than limit × baseline p95,
// calls whose rate-limit use is above the limit): exchange ids, then message
// ids for calls without HTTP (stdio), at most 200 in all, lowest ids first.
// Findings come ordered by atMs, then by threshold order.
//
// This is the exact evaluation: it reads the scope's facts (and the
// baseline's latencies) on a read-only connection of its own, opened for the
// call (WAL: it never blocks the capture writer); use it on any thread.
Result<QList<Finding>> evaluateThresholds(const QString &storePath, const AnalyticsScope &scope,
                                          const QList<Threshold> &thresholds,
                                          const ThresholdBaseline &baseline = {});

// The same judgement through query's public aggregates, on query's
// connection and thread: a dashboard per window for the rates and the
// rate-limit use (use = 1 - the bucket's smallest remaining / its limit),
// exact percentiles per window. Differences, until AnalyticsQuery exposes its
// connection: windows are at most 2,000 (the step grows sooner); the
// evidence is exchange ids only (stdio calls have none), and for P95 and
// rate-limit use it is the run's first 200 calls rather than the slow or
// limited ones.
Result<QList<Finding>> evaluateThresholds(AnalyticsQuery &query, const AnalyticsScope &scope,
                                          const QList<Threshold> &thresholds,
                                          const ThresholdBaseline &baseline = {});

// What evaluateThresholds does after its queries, over facts in memory: the
// scope's facts (any order), its bounds (0 = open, as in AnalyticsScope), the
// session its findings name, and the baseline's facts (nullopt = the first
// window; an empty list = no baseline, so no P95 is measured).
QList<Finding> evaluateThresholdFacts(const QList<CallFact> &facts, qint64 fromMs, qint64 toMs,
                                      qint64 sessionId, const QList<Threshold> &thresholds,
                                      const std::optional<QList<CallFact>> &baselineFacts = {});

// Records each crossing in the store's findings table unless a finding of
// the same kind, session and window start (atMs) is already there, so a live
// session re-evaluated as traffic arrives records each crossing once. The
// recorded findings get their row ids; returns the ones newly recorded.
Result<QList<Finding>> recordCrossings(FindingsStore &store, const QList<Finding> &crossings);

} // namespace mcpscope
