#pragma once

// The analytics types the models and the view draw (issue 14's contract,
// section 2). They belong to core/analytics (the queries and facts helpers'
// files); until those are merged into this branch the same declarations
// stand in here, so the models and the view build and are tested against a
// fake source. Once core/analytics/analytics_query.h exists this header only
// includes it.

#include "common/findings.h"

#if __has_include("analytics/call_facts.h")
#include "analytics/call_facts.h"
#else
#include <QString>
namespace mcpscope {
enum class CallOutcome
{
    Success = 0,
    ClientError = 1,
    ServerError = 2,
    NetworkFailure = 3,
    RpcError = 4,
    ToolError = 5,
    NoAnswer = 6
};
enum class AuthEvent
{
    None = 0,
    Unauthorized401 = 1,
    InsufficientScope403 = 2,
    SignIn = 3,
    Refresh = 4,
    RefreshFailed = 5,
    InvalidGrant = 6,
    InvalidToken = 7,
    Revocation = 8,
    TokenExpired = 9
};
} // namespace mcpscope
#endif

#if __has_include("analytics/analytics_query.h")
#include "analytics/analytics_query.h"
#define MCPSCOPE_HAVE_ANALYTICS_QUERY 1
#else
#include <QList>
#include <QString>

#include <array>

namespace mcpscope {
struct AnalyticsScope
{
    QList<qint64> sessionIds;
    qint64 fromMs = 0, toMs = 0;
    QString label;
    QString tool;
};
enum class LatencyKind
{
    Total,
    Ttfb
};
enum class GroupBy
{
    Label,
    Tool
};
struct Percentiles
{
    qint64 count = 0;
    double p50 = -1, p95 = -1, p99 = -1, max = -1;
};
struct LatencyPoint
{
    qint64 bucketStartMs;
    QString series;
    Percentiles total, ttfb;
};
struct HistogramBin
{
    double fromMs, toMs;
    qint64 count;
};
struct OutcomePoint
{
    qint64 bucketStartMs;
    std::array<qint64, 7> byOutcome{};
};
struct AuthPoint
{
    qint64 bucketStartMs;
    std::array<qint64, 10> byEvent{};
};
struct RateLimitPoint
{
    qint64 bucketStartMs;
    qint64 tooMany = 0;
    qint64 maxRetryAfterMs = -1;
    qint64 minRemaining = -1;
    qint64 limit = -1;
};
struct TableRow
{
    QString series;
    qint64 calls = 0, errors = 0;
    double errorRate = 0;
    Percentiles total, ttfb;
    qint64 bytesIn = 0, bytesOut = 0;
};
struct Dashboard
{
    qint64 generation = 0;
    qint64 bucketMs = 0;
    qint64 fromMs = 0, toMs = 0;
    qint64 calls = 0;
    QList<LatencyPoint> latency;
    QList<HistogramBin> histogram;
    QList<OutcomePoint> outcomes;
    QList<AuthPoint> auth;
    QList<RateLimitPoint> rateLimit;
    QList<TableRow> table;
    QList<Finding> crossings;
    bool capped = false;
};
} // namespace mcpscope
#endif
