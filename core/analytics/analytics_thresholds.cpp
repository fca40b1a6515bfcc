#include "analytics/analytics_thresholds.h"
#include "common/translate.h"

#include "analytics/analytics_query.h"
#include "capture/findings_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

#include <sqlite3.h>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope::AnalyticsThresholds", "mcpscope"}, text);
}

constexpr int kEvidenceCap = 200;
// A long scope under a short window would make millions of windows: the step
// grows instead, so that a scope is judged in at most this many.
constexpr qint64 kMaxWindows = 200000;
constexpr qint64 kDefaultWindowMs = 300000;
// Through AnalyticsQuery every window is a query of its own.
constexpr qint64 kMaxQueryWindows = 2000;

constexpr AuthEvent kAuthFailures[] = {AuthEvent::Unauthorized401, AuthEvent::InsufficientScope403,
                                       AuthEvent::RefreshFailed,   AuthEvent::InvalidGrant,
                                       AuthEvent::InvalidToken,    AuthEvent::TokenExpired};

// What the thresholds need of one fact; compact, since a scope may hold a
// million of them.
struct Row
{
    qint64 atMs = 0;
    qint64 exchangeId = 0;
    qint64 messageId = 0;
    double totalMs = -1;
    double use = -1; // rate-limit use, -1 = unknown
    bool failed = false;
    bool authFailure = false;
};

bool isAuthFailure(AuthEvent event)
{
    switch (event) {
    case AuthEvent::Unauthorized401:
    case AuthEvent::InsufficientScope403:
    case AuthEvent::RefreshFailed:
    case AuthEvent::InvalidGrant:
    case AuthEvent::InvalidToken:
    case AuthEvent::TokenExpired: // a 401 saying expired (call_fact.h)
        return true;
    default:
        return false;
    }
}

double rateLimitUse(int status, qint64 limit, qint64 remaining)
{
    if (status == 429)
        return 1.0; // the quota is used up, whatever the headers say
    if (limit <= 0 || remaining < 0)
        return -1;
    return std::clamp(1.0 - double(remaining) / double(limit), 0.0, 1.0);
}

// The synthetic rows the facts writer adds at a token's expiry mark a moment,
// not a call (call_facts.h).
bool isExpiryMark(const QString &label, qint64 exchangeId, qint64 messageId)
{
    return exchangeId == 0 && messageId == 0 && label == QLatin1String("token expiry");
}

Row rowOf(const CallFact &f)
{
    Row r;
    r.atMs = f.atMs;
    r.exchangeId = f.exchangeId;
    r.messageId = f.messageId;
    r.totalMs = f.totalMs;
    r.use = rateLimitUse(f.status, f.rateLimitLimit, f.rateLimitRemaining);
    r.failed = f.outcome != CallOutcome::Success;
    r.authFailure = isAuthFailure(f.authEvent);
    return r;
}

// Nearest rank: the value at rank ceil(p/100 * n), 1-based, of the sorted
// non-negative values (analytics_query.h). -1 when there are none.
double percentile95(std::vector<double> values)
{
    if (values.empty())
        return -1;
    const auto n = qint64(values.size());
    const qint64 rank = std::clamp<qint64>(qint64(std::ceil(0.95 * double(n))), 1, n);
    auto nth = values.begin() + (rank - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

double percentile95(const std::vector<Row> &rows, size_t from, size_t to)
{
    std::vector<double> values;
    values.reserve(to - from);
    for (size_t i = from; i < to; ++i)
        if (rows[i].totalMs >= 0)
            values.push_back(rows[i].totalMs);
    return percentile95(std::move(values));
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString percentText(double fraction, int decimals)
{
    QString number = QString::number(fraction * 100.0, 'f', decimals);
    if (number.contains(QLatin1Char('.'))) {
        while (number.endsWith(QLatin1Char('0')))
            number.chop(1);
        if (number.endsWith(QLatin1Char('.')))
            number.chop(1);
    }
    return number + QStringLiteral(" %");
}

QString factorText(double factor)
{
    QString number = QString::number(factor, 'f', 2);
    while (number.endsWith(QLatin1Char('0')))
        number.chop(1);
    if (number.endsWith(QLatin1Char('.')))
        number.chop(1);
    return number + QStringLiteral("×");
}

QString msText(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 1 : 0);
}

bool isRate(Threshold::Metric metric)
{
    return metric != Threshold::Metric::P95Ratio;
}

// What judging a threshold asks of the facts, window by window (in
// increasing order) and run by run.
class FactSource
{
public:
    virtual ~FactSource() = default;
    // The value of the metric over [fromMs, toMs); nullopt when there is
    // nothing to judge (no calls, no latency, no rate-limit headers). For P95
    // the ratio to baseline, with the window's p95 in *p95.
    virtual Result<std::optional<double>> measure(const Threshold &t, qint64 fromMs, qint64 toMs,
                                                  double baseline, double *p95) = 0;
    // The p95 total latency of [fromMs, toMs), -1 when there is none.
    virtual Result<double> p95Of(qint64 fromMs, qint64 toMs) = 0;
    // The evidence of a run: the calls of [fromMs, toMs) that made it cross.
    virtual Result<void> evidence(const Threshold &t, qint64 fromMs, qint64 toMs, double baseline,
                                  Finding *f) = 0;
};

// Facts in memory, sorted by time.
class RowSource final : public FactSource
{
public:
    explicit RowSource(std::vector<Row> rows) : m_rows(std::move(rows))
    {
        // Clocks may go backwards; the store's rows come sorted already.
        const auto earlier = [](const Row &a, const Row &b) { return a.atMs < b.atMs; };
        if (!std::is_sorted(m_rows.begin(), m_rows.end(), earlier))
            std::stable_sort(m_rows.begin(), m_rows.end(), earlier);
    }

    bool isEmpty() const { return m_rows.empty(); }
    qint64 firstMs() const { return m_rows.front().atMs; }
    qint64 lastMs() const { return m_rows.back().atMs; }

    Result<std::optional<double>> measure(const Threshold &t, qint64 fromMs, qint64 toMs,
                                          double baseline, double *p95) override
    {
        const auto [lo, hi] = rangeOf(fromMs, toMs);
        if (hi <= lo)
            return std::optional<double>(); // no calls: nothing to judge
        const double calls = double(hi - lo);
        const auto first = m_rows.begin() + qsizetype(lo), last = m_rows.begin() + qsizetype(hi);
        switch (t.metric) {
        case Threshold::Metric::ErrorRate:
            return std::optional<double>(
                double(std::count_if(first, last, [](const Row &r) { return r.failed; })) / calls);
        case Threshold::Metric::AuthFailureRate:
            return std::optional<double>(
                double(std::count_if(first, last, [](const Row &r) { return r.authFailure; })) /
                calls);
        case Threshold::Metric::RateLimitUse: {
            double most = -1;
            for (auto it = first; it != last; ++it)
                most = std::max(most, it->use);
            if (most < 0)
                return std::optional<double>(); // the server said nothing about its limits
            return std::optional<double>(most);
        }
        case Threshold::Metric::P95Ratio:
            *p95 = percentile95(m_rows, lo, hi);
            if (*p95 < 0)
                return std::optional<double>();
            return std::optional<double>(*p95 / baseline);
        }
        return std::optional<double>();
    }

    Result<double> p95Of(qint64 fromMs, qint64 toMs) override
    {
        const auto [lo, hi] = rangeOf(fromMs, toMs);
        return percentile95(m_rows, lo, hi);
    }

    Result<void> evidence(const Threshold &t, qint64 fromMs, qint64 toMs, double baseline,
                          Finding *f) override
    {
        const auto [lo, hi] = rangeOf(fromMs, toMs);
        QList<qint64> exchanges, messages;
        for (size_t i = lo; i < hi; ++i) {
            const Row &r = m_rows[i];
            if (!madeItCross(t, r, baseline))
                continue;
            if (r.exchangeId > 0)
                exchanges << r.exchangeId;
            else if (r.messageId > 0)
                messages << r.messageId;
        }
        // Lowest ids first, as AnalyticsQuery::exchangeIds() lists them
        // (ids follow the order calls started in, nearly).
        std::sort(exchanges.begin(), exchanges.end());
        std::sort(messages.begin(), messages.end());
        f->exchangeIds = exchanges.mid(0, kEvidenceCap);
        f->messageIds = messages.mid(0, kEvidenceCap - f->exchangeIds.size());
        return {};
    }

private:
    std::pair<size_t, size_t> rangeOf(qint64 fromMs, qint64 toMs) const
    {
        const auto before = [](const Row &r, qint64 ms) { return r.atMs < ms; };
        const auto lo = std::lower_bound(m_rows.begin(), m_rows.end(), fromMs, before);
        const auto hi = std::lower_bound(lo, m_rows.end(), toMs, before);
        return {size_t(lo - m_rows.begin()), size_t(hi - m_rows.begin())};
    }

    static bool madeItCross(const Threshold &t, const Row &r, double baseline)
    {
        switch (t.metric) {
        case Threshold::Metric::ErrorRate:
            return r.failed;
        case Threshold::Metric::AuthFailureRate:
            return r.authFailure;
        case Threshold::Metric::RateLimitUse:
            return r.use > t.limit;
        case Threshold::Metric::P95Ratio:
            return r.totalMs > t.limit * baseline;
        }
        return false;
    }

    std::vector<Row> m_rows;
};

// The run of windows being built for one threshold.
struct Run
{
    qint64 startMs = 0, endMs = 0;
    double worst = 0;
    double worstP95 = -1;
};

Finding crossing(const Threshold &t, const Run &run, double baseline, qint64 sessionId)
{
    QStringList arguments;
    if (isRate(t.metric))
        arguments << percentText(run.worst, 1) << percentText(t.limit, 2);
    else
        arguments << factorText(run.worst) << factorText(t.limit);
    arguments << iso(run.startMs) << iso(run.endMs);
    if (t.metric == Threshold::Metric::P95Ratio)
        arguments << msText(run.worstP95) << msText(baseline);
    Finding f = makeFinding(thresholdKind(t.metric), arguments);
    f.sessionId = sessionId;
    f.atMs = run.startMs;
    return f;
}

// Judges one threshold over the whole windows of [startMs, endMs).
// baselineP95: the baseline's p95 (nullopt = the first window's, -1 = none).
Result<QList<Finding>> judge(FactSource &source, const Threshold &t, qint64 startMs, qint64 endMs,
                             std::optional<double> baselineP95, qint64 sessionId, qint64 maxWindows)
{
    QList<Finding> findings;
    const qint64 window = t.windowMs > 0 ? t.windowMs : kDefaultWindowMs;
    if (endMs - startMs < window)
        return findings;
    qint64 step = std::max<qint64>(1, window / 5);
    const qint64 span = endMs - startMs - window;
    if (span / step + 1 > maxWindows)
        step = span / (maxWindows - 1) + 1;

    double baseline = -1;
    if (t.metric == Threshold::Metric::P95Ratio) {
        if (baselineP95) {
            baseline = *baselineP95;
        } else {
            auto first = source.p95Of(startMs, startMs + window);
            if (!first)
                return Failure{first.error()};
            baseline = *first;
        }
        if (baseline < 0)
            return findings; // nothing to compare with
        baseline = std::max(baseline, 1.0);
    }

    std::optional<Run> run;
    const auto close = [&]() -> Result<void> {
        if (run) {
            Finding f = crossing(t, *run, baseline, sessionId);
            auto evidence = source.evidence(t, run->startMs, run->endMs, baseline, &f);
            if (!evidence)
                return evidence;
            findings << f;
        }
        run.reset();
        return {};
    };
    for (qint64 ws = startMs; ws + window <= endMs; ws += step) {
        const qint64 we = ws + window;
        double p95 = -1;
        const auto value = source.measure(t, ws, we, baseline, &p95);
        if (!value)
            return Failure{value.error()};
        if (*value && **value > t.limit) {
            if (!run)
                run = Run{ws, we, **value, p95};
            run->endMs = we;
            if (**value > run->worst) {
                run->worst = **value;
                run->worstP95 = p95;
            }
        } else if (auto closed = close(); !closed) {
            return Failure{closed.error()};
        }
    }
    if (auto closed = close(); !closed)
        return Failure{closed.error()};
    return findings;
}

Result<QList<Finding>> judgeAll(FactSource &source, const QList<Threshold> &thresholds,
                                qint64 startMs, qint64 endMs,
                                const std::optional<double> &baselineP95, qint64 sessionId,
                                qint64 maxWindows)
{
    QList<Finding> all;
    for (const Threshold &t : thresholds) {
        auto found = judge(source, t, startMs, endMs, baselineP95, sessionId, maxWindows);
        if (!found)
            return found;
        all << *found;
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const Finding &a, const Finding &b) { return a.atMs < b.atMs; });
    return all;
}

QList<Finding> evaluateRows(std::vector<Row> rows, qint64 fromMs, qint64 toMs, qint64 sessionId,
                            const QList<Threshold> &thresholds,
                            const std::optional<double> &baselineP95)
{
    RowSource source(std::move(rows));
    if (source.isEmpty())
        return {};
    const qint64 start = fromMs > 0 ? fromMs : source.firstMs();
    const qint64 end = toMs > 0 ? toMs : source.lastMs() + 1;
    // Facts in memory never fail.
    return judgeAll(source, thresholds, start, end, baselineP95, sessionId, kMaxWindows)
        .value_or(QList<Finding>{});
}

// The scope's WHERE clause over call_facts (ids are numbers, the strings
// are bound).
QString whereOf(const QList<qint64> &sessionIds, qint64 fromMs, qint64 toMs, const QString &label,
                const QString &tool, QVariantList *binds)
{
    QStringList terms{
        QStringLiteral("NOT (label = 'token expiry' AND exchange_id IS NULL AND message_id IS "
                       "NULL)")};
    if (!sessionIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : sessionIds)
            ids << QString::number(id);
        terms << QStringLiteral("session_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    if (fromMs > 0)
        terms << QStringLiteral("at_ms >= %1").arg(fromMs);
    if (toMs > 0)
        terms << QStringLiteral("at_ms < %1").arg(toMs);
    if (!label.isEmpty()) {
        terms << QStringLiteral("label = ?");
        *binds << label;
    }
    if (!tool.isEmpty()) {
        terms << QStringLiteral("tool = ?");
        *binds << tool;
    }
    return terms.join(QStringLiteral(" AND "));
}

Failure sqlFailure(sqlite3 *db)
{
    return makeError(ErrorCode::StoreRead,
                     tr("The thresholds could not be evaluated: reading the call facts failed: %1")
                         .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : "no open store")));
}

// A prepared statement over the query's connection, finalized when done.
class Statement
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_st); }

    bool prepare(sqlite3 *db, const QString &sql, const QVariantList &binds)
    {
        if (!db)
            return false;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_st, nullptr) != SQLITE_OK)
            return false;
        int i = 1;
        for (const QVariant &v : binds) {
            const QByteArray utf8 = v.toString().toUtf8();
            if (sqlite3_bind_text(m_st, i++, utf8.constData(), int(utf8.size()),
                                  SQLITE_TRANSIENT) != SQLITE_OK)
                return false;
        }
        return true;
    }
    // SQLITE_ROW, SQLITE_DONE or an error.
    int step() { return sqlite3_step(m_st); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_st, column); }
    double real(int column) const { return sqlite3_column_double(m_st, column); }

private:
    sqlite3_stmt *m_st = nullptr;
};

Result<std::vector<Row>> readRows(sqlite3 *db, const AnalyticsScope &scope)
{
    QVariantList binds;
    const QString where =
        whereOf(scope.sessionIds, scope.fromMs, scope.toMs, scope.label, scope.tool, &binds);
    Statement st;
    if (!st.prepare(db,
                    QStringLiteral("SELECT at_ms, total_ms, outcome, auth_event, status, "
                                   "rl_limit, rl_remaining, exchange_id, message_id FROM "
                                   "call_facts WHERE %1 ORDER BY at_ms")
                        .arg(where),
                    binds))
        return sqlFailure(db);
    std::vector<Row> rows;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        Row r;
        r.atMs = st.integer(0);
        r.totalMs = st.real(1);
        const int status = int(st.integer(4));
        r.failed = st.integer(2) != int(CallOutcome::Success);
        r.authFailure = isAuthFailure(AuthEvent(st.integer(3)));
        r.use = rateLimitUse(status, st.integer(5), st.integer(6));
        r.exchangeId = st.integer(7); // NULL reads as 0
        r.messageId = st.integer(8);
        rows.push_back(r);
    }
    if (rc != SQLITE_DONE)
        return sqlFailure(db);
    return rows;
}

Result<double> readBaselineP95(sqlite3 *db, const AnalyticsScope &scope,
                               const ThresholdBaseline &baseline)
{
    QVariantList binds;
    const QString where = whereOf(baseline.sessionIds, baseline.fromMs, baseline.toMs, scope.label,
                                  scope.tool, &binds);
    Statement st;
    if (!st.prepare(
            db,
            QStringLiteral("SELECT total_ms FROM call_facts WHERE %1 AND total_ms >= 0").arg(where),
            binds))
        return sqlFailure(db);
    std::vector<double> values;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW)
        values.push_back(st.real(0));
    if (rc != SQLITE_DONE)
        return sqlFailure(db);
    return percentile95(std::move(values));
}

qint64 sessionOf(const AnalyticsScope &scope)
{
    return scope.sessionIds.size() == 1 ? scope.sessionIds.first() : 0;
}

// The facts through AnalyticsQuery's public aggregates: a dashboard per
// window (calls, outcomes, auth events, rate-limit points), exact
// percentiles per window, exchange ids per outcome or event for evidence.
class QuerySource final : public FactSource
{
public:
    QuerySource(AnalyticsQuery &query, const AnalyticsScope &scope) : m_query(query), m_scope(scope)
    {
    }

    Result<std::optional<double>> measure(const Threshold &t, qint64 fromMs, qint64 toMs,
                                          double baseline, double *p95) override
    {
        if (t.metric == Threshold::Metric::P95Ratio) {
            auto p = p95Of(fromMs, toMs);
            if (!p)
                return Failure{p.error()};
            *p95 = *p;
            if (*p < 0)
                return std::optional<double>();
            return std::optional<double>(*p / baseline);
        }
        auto d = m_query.dashboard(within(fromMs, toMs), GroupBy::Label, toMs - fromMs);
        if (!d)
            return Failure{d.error()};
        if (d->calls == 0)
            return std::optional<double>();
        const double calls = double(d->calls);
        switch (t.metric) {
        case Threshold::Metric::ErrorRate: {
            qint64 succeeded = 0;
            for (const OutcomePoint &p : d->outcomes)
                succeeded += p.byOutcome[size_t(CallOutcome::Success)];
            return std::optional<double>(double(d->calls - succeeded) / calls);
        }
        case Threshold::Metric::AuthFailureRate: {
            qint64 failures = 0;
            for (const AuthPoint &p : d->auth)
                for (AuthEvent e : kAuthFailures)
                    failures += p.byEvent[size_t(e)];
            return std::optional<double>(double(failures) / calls);
        }
        case Threshold::Metric::RateLimitUse: {
            double most = -1;
            for (const RateLimitPoint &p : d->rateLimit) {
                if (p.tooMany > 0)
                    most = 1.0;
                else if (p.limit > 0 && p.minRemaining >= 0)
                    most = std::max(most, rateLimitUse(200, p.limit, p.minRemaining));
            }
            if (most < 0)
                return std::optional<double>();
            return std::optional<double>(most);
        }
        case Threshold::Metric::P95Ratio:
            break;
        }
        return std::optional<double>();
    }

    Result<double> p95Of(qint64 fromMs, qint64 toMs) override
    {
        auto p = m_query.percentiles(within(fromMs, toMs), LatencyKind::Total);
        if (!p)
            return Failure{p.error()};
        return p->count > 0 ? p->p95 : -1.0;
    }

    Result<void> evidence(const Threshold &t, qint64 fromMs, qint64 toMs, double,
                          Finding *f) override
    {
        const AnalyticsScope run = within(fromMs, toMs);
        QList<qint64> ids;
        const auto add = [&](std::optional<CallOutcome> outcome,
                             std::optional<AuthEvent> event) -> Result<void> {
            auto found = m_query.exchangeIds(run, outcome, event, kEvidenceCap);
            if (!found)
                return Failure{found.error()};
            ids << *found;
            return {};
        };
        Result<void> ok;
        switch (t.metric) {
        case Threshold::Metric::ErrorRate:
            for (int o = 1; o < kCallOutcomeCount && ok; ++o)
                ok = add(CallOutcome(o), std::nullopt);
            break;
        case Threshold::Metric::AuthFailureRate:
            for (AuthEvent e : kAuthFailures)
                if (ok)
                    ok = add(std::nullopt, e);
            break;
        case Threshold::Metric::P95Ratio:
        case Threshold::Metric::RateLimitUse:
            // Aggregates do not name the slow or the limited calls: the run's calls.
            ok = add(std::nullopt, std::nullopt);
            break;
        }
        if (!ok)
            return ok;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        f->exchangeIds = ids.mid(0, kEvidenceCap);
        return {};
    }

private:
    AnalyticsScope within(qint64 fromMs, qint64 toMs) const
    {
        AnalyticsScope s = m_scope;
        s.fromMs = std::max(s.fromMs, fromMs);
        s.toMs = s.toMs > 0 ? std::min(s.toMs, toMs) : toMs;
        return s;
    }

    AnalyticsQuery &m_query;
    AnalyticsScope m_scope;
};

struct MetricName
{
    Threshold::Metric metric;
    const char *name;
    const char *kind;
};

constexpr MetricName kMetrics[] = {
    {Threshold::Metric::ErrorRate, "errors", "analytics.error_rate"},
    {Threshold::Metric::P95Ratio, "p95", "analytics.p95_regression"},
    {Threshold::Metric::AuthFailureRate, "auth", "analytics.auth_failures"},
    {Threshold::Metric::RateLimitUse, "ratelimit", "analytics.rate_limit_use"},
};

QString windowText(qint64 ms)
{
    if (ms % 3600000 == 0)
        return QStringLiteral("%1h").arg(ms / 3600000);
    if (ms % 60000 == 0)
        return QStringLiteral("%1m").arg(ms / 60000);
    if (ms % 1000 == 0)
        return QStringLiteral("%1s").arg(ms / 1000);
    return QStringLiteral("%1ms").arg(ms);
}

Result<Threshold> parseOne(const QString &spec)
{
    const auto bad = [&spec](const QString &why) {
        return makeError(ErrorCode::Usage,
                         tr("Bad threshold \"%1\": %2 Write a threshold as errors>2%, p95>2x, "
                            "auth>5% or ratelimit>80%, optionally with a window such as @10m.")
                             .arg(spec, why));
    };
    QString text = spec.trimmed();
    qint64 windowMs = kDefaultWindowMs;
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        const auto window = parseWindowMs(text.mid(at + 1));
        if (!window)
            return bad(window.error().message);
        windowMs = *window;
        text = text.left(at).trimmed();
    }
    const qsizetype gt = text.indexOf(QLatin1Char('>'));
    if (gt < 0)
        return bad(tr("there is no \">\" between the metric and its limit."));
    const QString name = text.left(gt).trimmed().toLower();
    QString value = text.mid(gt + 1).trimmed();
    const MetricName *metric = nullptr;
    for (const MetricName &m : kMetrics)
        if (name == QLatin1String(m.name))
            metric = &m;
    if (!metric)
        return bad(tr("\"%1\" is not a metric (errors, p95, auth or ratelimit).").arg(name));
    Threshold t{metric->metric, 0, windowMs};
    if (isRate(t.metric)) {
        if (!value.endsWith(QLatin1Char('%')))
            return bad(tr("the limit of %1 is a percentage and needs a %.")
                           .arg(QLatin1String(metric->name)));
        value.chop(1);
        bool ok = false;
        const double percent = value.trimmed().toDouble(&ok);
        if (!ok)
            return bad(tr("\"%1\" is not a number.").arg(value.trimmed()));
        if (percent < 0 || percent >= 100)
            return bad(tr("the percentage must be at least 0 and below 100."));
        t.limit = percent / 100.0;
    } else {
        if (value.endsWith(QLatin1Char('x')) || value.endsWith(QLatin1Char('X')) ||
            value.endsWith(QStringLiteral("×")))
            value.chop(1);
        else
            return bad(tr("the limit of p95 is a factor of the baseline and needs an x (2x)."));
        bool ok = false;
        const double factor = value.trimmed().toDouble(&ok);
        if (!ok)
            return bad(tr("\"%1\" is not a number.").arg(value.trimmed()));
        if (factor <= 0)
            return bad(tr("the factor must be above 0."));
        t.limit = factor;
    }
    return t;
}

} // namespace

Result<qint64> parseWindowMs(const QString &text)
{
    static const QRegularExpression duration(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$"));
    const auto m = duration.match(text);
    if (!m.hasMatch())
        return makeError(ErrorCode::Usage,
                         tr("the window \"%1\" is not a duration (a number with ms, s, m or h, "
                            "e.g. 10m).")
                             .arg(text.trimmed()));
    const QString unit = m.captured(2);
    const double scale = unit == QLatin1String("ms")  ? 1.0
                         : unit == QLatin1String("s") ? 1000.0
                         : unit == QLatin1String("m") ? 60000.0
                                                      : 3600000.0;
    const double ms = m.captured(1).toDouble() * scale;
    if (ms > double(366) * 24 * 3600000)
        return makeError(ErrorCode::Usage, tr("the window must be at most a year."));
    if (std::llround(ms) <= 0)
        return makeError(ErrorCode::Usage, tr("the window must be longer than zero."));
    return qint64(std::llround(ms));
}

QList<Threshold> defaultThresholds()
{
    return {{Threshold::Metric::ErrorRate, 0.02},
            {Threshold::Metric::P95Ratio, 2.0},
            {Threshold::Metric::AuthFailureRate, 0.05},
            {Threshold::Metric::RateLimitUse, 0.80}};
}

Result<QList<Threshold>> parseThresholds(const QStringList &specs)
{
    QList<Threshold> thresholds;
    for (const QString &spec : specs) {
        auto t = parseOne(spec);
        if (!t)
            return Failure{t.error()};
        thresholds << *t;
    }
    return thresholds;
}

QString thresholdSpec(const Threshold &t)
{
    QString limit;
    if (isRate(t.metric)) {
        limit = percentText(t.limit, 4);
        limit.remove(QLatin1Char(' '));
    } else {
        limit = factorText(t.limit);
        limit.chop(1);
        limit += QLatin1Char('x');
    }
    for (const MetricName &m : kMetrics)
        if (m.metric == t.metric)
            return QStringLiteral("%1>%2@%3")
                .arg(QLatin1String(m.name), limit, windowText(t.windowMs));
    return {};
}

const char *thresholdKind(Threshold::Metric metric)
{
    for (const MetricName &m : kMetrics)
        if (m.metric == metric)
            return m.kind;
    return kMetrics[0].kind;
}

QList<Finding> evaluateThresholdFacts(const QList<CallFact> &facts, qint64 fromMs, qint64 toMs,
                                      qint64 sessionId, const QList<Threshold> &thresholds,
                                      const std::optional<QList<CallFact>> &baselineFacts)
{
    std::vector<Row> rows;
    rows.reserve(size_t(facts.size()));
    for (const CallFact &f : facts) {
        if (isExpiryMark(f.label, f.exchangeId, f.messageId))
            continue;
        if ((fromMs > 0 && f.atMs < fromMs) || (toMs > 0 && f.atMs >= toMs))
            continue;
        rows.push_back(rowOf(f));
    }
    std::optional<double> baselineP95;
    if (baselineFacts) {
        std::vector<double> values;
        for (const CallFact &f : *baselineFacts)
            if (!isExpiryMark(f.label, f.exchangeId, f.messageId) && f.totalMs >= 0)
                values.push_back(f.totalMs);
        baselineP95 = percentile95(std::move(values));
    }
    return evaluateRows(std::move(rows), fromMs, toMs, sessionId, thresholds, baselineP95);
}

Result<QList<Finding>> evaluateThresholds(const QString &storePath, const AnalyticsScope &scope,
                                          const QList<Threshold> &thresholds,
                                          const ThresholdBaseline &baseline)
{
    // The same read-only connection AnalyticsQuery opens (WAL: never blocks
    // the capture writer), for the time of one evaluation.
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(storePath.toUtf8().constData(), &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return makeError(ErrorCode::StoreOpen,
                         tr("Could not open the capture store %1 to evaluate thresholds: %2")
                             .arg(storePath, detail));
    }
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closer(db, sqlite3_close);
    sqlite3_busy_timeout(db, 5000);
    auto rows = readRows(db, scope);
    if (!rows)
        return Failure{rows.error()};
    std::optional<double> baselineP95;
    const bool wantsP95 = std::any_of(thresholds.begin(), thresholds.end(), [](const Threshold &t) {
        return t.metric == Threshold::Metric::P95Ratio;
    });
    if (wantsP95 && !baseline.isEmpty()) {
        auto p95 = readBaselineP95(db, scope, baseline);
        if (!p95)
            return Failure{p95.error()};
        baselineP95 = *p95;
    }
    return evaluateRows(std::move(*rows), scope.fromMs, scope.toMs, sessionOf(scope), thresholds,
                        baselineP95);
}

Result<QList<Finding>> evaluateThresholds(AnalyticsQuery &query, const AnalyticsScope &scope,
                                          const QList<Threshold> &thresholds,
                                          const ThresholdBaseline &baseline)
{
    auto whole = query.dashboard(scope, GroupBy::Label);
    if (!whole)
        return Failure{whole.error()};
    if (whole->calls == 0)
        return QList<Finding>{};
    std::optional<double> baselineP95;
    if (!baseline.isEmpty()) {
        AnalyticsScope other;
        other.sessionIds = baseline.sessionIds;
        other.fromMs = baseline.fromMs;
        other.toMs = baseline.toMs;
        other.label = scope.label;
        other.tool = scope.tool;
        auto p95 = query.percentiles(other, LatencyKind::Total);
        if (!p95)
            return Failure{p95.error()};
        baselineP95 = p95->count > 0 ? p95->p95 : -1;
    }
    QuerySource source(query, scope);
    return judgeAll(source, thresholds, whole->fromMs, whole->toMs, baselineP95, sessionOf(scope),
                    kMaxQueryWindows);
}

Result<QList<Finding>> recordCrossings(FindingsStore &store, const QList<Finding> &crossings)
{
    QList<Finding> recorded;
    if (crossings.isEmpty())
        return recorded;
    // Findings are rare (a row each): read the sessions' findings once.
    const auto keyOf = [](const Finding &f) {
        return QStringLiteral("%1 %2 %3").arg(f.kind).arg(f.sessionId).arg(f.atMs);
    };
    QSet<QString> seen;
    QSet<qint64> sessions;
    for (const Finding &f : crossings)
        sessions.insert(f.sessionId);
    for (qint64 session : sessions) {
        auto stored = store.findings(session, std::numeric_limits<int>::max());
        if (!stored)
            return Failure{stored.error()};
        for (const Finding &f : *stored)
            if (f.sessionId == session)
                seen.insert(keyOf(f));
    }
    for (Finding f : crossings) {
        const QString key = keyOf(f);
        if (seen.contains(key))
            continue;
        auto id = store.record(f);
        if (!id)
            return Failure{id.error()};
        f.id = *id;
        seen.insert(key);
        recorded << f;
    }
    return recorded;
}

} // namespace mcpscope
