#include "analytics/analytics_query.h"
#include "common/translate.h"

#include "capture/capture_schema.h"

#include <QCoreApplication>
#include <QMutex>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// Why not every figure in SQL (measured on a 1,000,000-row call_facts, 2
// shared cores, SQLite 3.40):
//   ROW_NUMBER() OVER (PARTITION BY bucket, label ORDER BY total_ms)   4.1 s
//   GROUP BY bucket, label (the sorter)                                 0.9 s
//   ORDER BY total_ms LIMIT 1 OFFSET k, no usable index                 0.58 s
//   ORDER BY total_ms LIMIT 1 OFFSET k on (label, total_ms)             0.009 s
// SQLite's b-trees keep no subtree counts, so a rank without an index in
// that order is a sort. So: percentiles of one label or tool are pure SQL on
// its index; a dashboard is one SQL scan of the scope (filtered, projected
// and bucketed by SQL) whose per-series values are ranked with nth_element,
// which is linear; the series themselves are chosen by SQL (GROUP BY …
// ORDER BY COUNT(*) DESC LIMIT), so a store with a million tool names costs
// SQLite's bounded sorter, never a million entries here.

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope::AnalyticsQuery", "mcpscope::AnalyticsQuery::Impl"}, text);
}

constexpr int kOutcomes = 7;
constexpr int kEvents = 10;
// A caller's bucket width is widened rather than drawing more buckets.
constexpr qint64 kMaxBuckets = 10000;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Nearest rank, 1-based: ceil(p/100 * n), in integers (no rounding error).
qint64 nearestRank(int p, qint64 n)
{
    return std::max<qint64>(1, (qint64(p) * n + 99) / 100);
}

// Exact percentiles of values (all non-negative); reorders values.
Percentiles percentilesOf(double *begin, double *end)
{
    Percentiles out;
    out.count = end - begin;
    if (out.count == 0)
        return out;
    double *from = begin;
    const auto at = [&](int p) {
        double *nth = begin + (nearestRank(p, out.count) - 1);
        std::nth_element(from, nth, end);
        from = nth; // ranks ascend: what is left of nth is already below it
        return *nth;
    };
    out.p50 = at(50);
    out.p95 = at(95);
    out.p99 = at(99);
    out.max = *std::max_element(from, end);
    return out;
}

// Histogram edges: 0, 0.1, 0.2, 0.5, 1, 2, 5, 10 … ms (whole numbers from 1
// on are exact), up to 5e15 ms; larger values (and infinity) go in the last
// bin.
constexpr int kHistogramEdges = 50;

const std::array<double, kHistogramEdges> &histogramEdges()
{
    static const std::array<double, kHistogramEdges> edges = [] {
        std::array<double, kHistogramEdges> e{};
        static constexpr double steps[] = {1, 2, 5};
        for (int i = 1; i < kHistogramEdges; ++i) {
            const int j = i - 1, decade = j / 3;
            e[size_t(i)] =
                decade == 0 ? steps[j % 3] / 10.0 : steps[j % 3] * std::pow(10.0, decade - 1);
        }
        return e;
    }();
    return edges;
}

double histogramEdge(int i)
{
    return i < kHistogramEdges ? histogramEdges()[size_t(i)]
                               : std::numeric_limits<double>::infinity();
}

// Bin i holds edge(i) <= v < edge(i + 1).
int histogramBin(double v, const std::array<double, kHistogramEdges> &edges)
{
    return int(std::upper_bound(edges.begin() + 1, edges.end(), v) - edges.begin()) - 1;
}

struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class Statement final
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_stmt); }
    sqlite3_stmt **out() { return &m_stmt; }
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// WHERE text for a scope plus its values, bound in order.
struct Where
{
    QString sql;
    QVariantList binds;
};

Where whereOf(const AnalyticsScope &scope)
{
    Where w;
    QStringList parts;
    if (!scope.sessionIds.isEmpty()) {
        // Plain session_id IN (…): an expression around the column would
        // keep SQLite off the (session_id, at_ms) index.
        QStringList marks;
        for (qint64 id : scope.sessionIds) {
            marks << QStringLiteral("?");
            w.binds << id;
        }
        QString in = QStringLiteral("session_id IN (%1)").arg(marks.join(QLatin1Char(',')));
        if (scope.sessionIds.contains(0)) // "no session" is stored as NULL or 0
            in = QStringLiteral("(%1 OR session_id IS NULL)").arg(in);
        parts << in;
    }
    if (scope.fromMs != 0) {
        parts << QStringLiteral("at_ms >= ?");
        w.binds << scope.fromMs;
    }
    if (scope.toMs != 0) {
        parts << QStringLiteral("at_ms < ?");
        w.binds << scope.toMs;
    }
    if (!scope.label.isEmpty()) {
        parts << QStringLiteral("label = ?");
        w.binds << scope.label;
    }
    if (!scope.tool.isEmpty()) {
        parts << QStringLiteral("tool = ?");
        w.binds << scope.tool;
    }
    w.sql = parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
    return w;
}

struct SeriesAccumulator
{
    QString name;
    TableRow row;
    std::vector<double> total, ttfb;                      // non-negative latencies
    std::vector<std::pair<qint64, double>> bTotal, bTtfb; // charted: (bucket, value)
};

// Per-bucket percentiles of one charted series: counting sort by bucket,
// then each bucket's slice ranked on its own.
void bucketPercentiles(std::vector<std::pair<qint64, double>> &pairs, qint64 buckets,
                       std::vector<Percentiles> *out)
{
    out->assign(size_t(buckets), Percentiles{});
    std::vector<qint64> start(size_t(buckets) + 1, 0);
    for (const auto &p : pairs)
        ++start[size_t(p.first) + 1];
    for (qint64 b = 0; b < buckets; ++b)
        start[size_t(b) + 1] += start[size_t(b)];
    std::vector<double> sorted(pairs.size());
    std::vector<qint64> fill(start.begin(), start.end() - 1);
    for (const auto &p : pairs)
        sorted[size_t(fill[size_t(p.first)]++)] = p.second;
    for (qint64 b = 0; b < buckets; ++b)
        (*out)[size_t(b)] =
            percentilesOf(sorted.data() + start[size_t(b)], sorted.data() + start[size_t(b) + 1]);
}

} // namespace

struct AnalyticsQuery::Impl
{
    sqlite3 *db = nullptr;
    QString path;
    QMutex interruptLock; // db as interrupt() sees it from another thread

    ~Impl() { close(); }
    void close()
    {
        QMutexLocker lock(&interruptLock);
        sqlite3_close(db);
        db = nullptr;
    }

    Error sqlError(const QString &what) const
    {
        return {ErrorCode::StoreRead, tr("Reading %1 from the capture store %2 failed: %3")
                                          .arg(what, path, QString::fromUtf8(sqlite3_errmsg(db)))};
    }

    Result<void> prepare(Statement &st, const QString &sql, const QVariantList &binds,
                         const QString &what)
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), st.out(), nullptr) !=
            SQLITE_OK)
            return Failure{sqlError(what)};
        int i = 1;
        for (const QVariant &v : binds) {
            if (v.typeId() == QMetaType::QString) {
                const QByteArray utf8 = v.toString().toUtf8();
                sqlite3_bind_text(st.get(), i++, utf8.constData(), int(utf8.size()),
                                  SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(st.get(), i++, v.toLongLong());
            }
        }
        return {};
    }

    // One integer (or fallback for NULL / no row).
    Result<qint64> scalar(const QString &sql, const QVariantList &binds, const QString &what,
                          qint64 fallback)
    {
        Statement st;
        if (auto ok = prepare(st, sql, binds, what); !ok)
            return Failure{ok.error()};
        const int rc = sqlite3_step(st.get());
        if (rc == SQLITE_ROW)
            return sqlite3_column_type(st.get(), 0) == SQLITE_NULL
                       ? fallback
                       : qint64(sqlite3_column_int64(st.get(), 0));
        if (rc == SQLITE_DONE)
            return fallback;
        return Failure{sqlError(what)};
    }

    Result<double> scalarReal(const QString &sql, const QVariantList &binds, const QString &what)
    {
        Statement st;
        if (auto ok = prepare(st, sql, binds, what); !ok)
            return Failure{ok.error()};
        const int rc = sqlite3_step(st.get());
        if (rc == SQLITE_ROW)
            return sqlite3_column_double(st.get(), 0);
        if (rc == SQLITE_DONE)
            return -1.0;
        return Failure{sqlError(what)};
    }

    // The series with most calls, most first, ties by name; up to limit + 1
    // (one more says the list was cut).
    Result<QStringList> topSeries(const AnalyticsScope &scope, GroupBy by, int limit)
    {
        const Where w = whereOf(scope);
        const QString col = by == GroupBy::Label ? QStringLiteral("label") : QStringLiteral("tool");
        // Without statistics SQLite groups along the (label|tool, total_ms)
        // index even when a session or time range selects a few rows, and
        // then looks every row of the store up (15 s on 1M rows, cold);
        // unary + keeps the grouping off that index when the scope narrows.
        const bool narrowed = !scope.sessionIds.isEmpty() || scope.fromMs != 0 || scope.toMs != 0;
        const QString group = narrowed ? QStringLiteral("+") + col : col;
        QVariantList binds = w.binds;
        binds << qint64(limit + 1);
        Statement st;
        if (auto ok = prepare(
                st,
                QStringLiteral("SELECT %1 FROM call_facts WHERE %2%3 GROUP BY %4 "
                               "ORDER BY COUNT(*) DESC, %1 LIMIT ?")
                    .arg(col, w.sql,
                         by == GroupBy::Tool ? QStringLiteral(" AND tool <> ''") : QString(),
                         group),
                binds, tr("the series"));
            !ok)
            return Failure{ok.error()};
        QStringList out;
        int rc;
        while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
            out << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 0)),
                sqlite3_column_bytes(st.get(), 0));
        if (rc != SQLITE_DONE)
            return Failure{sqlError(tr("the series"))};
        return out;
    }

    Result<Dashboard> compute(const AnalyticsScope &scope, GroupBy by, qint64 bucketMs,
                              bool charts);
};

AnalyticsQuery::AnalyticsQuery() : d(new Impl) {}

AnalyticsQuery::~AnalyticsQuery()
{
    delete d;
}

bool AnalyticsQuery::isOpen() const
{
    return d->db != nullptr;
}

Result<void> AnalyticsQuery::open(const QString &storePath)
{
    d->close();
    d->path = storePath;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(storePath.toUtf8().constData(), &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return makeError(
            ErrorCode::StoreOpen,
            tr("Could not open the capture store %1 for reading: %2").arg(storePath, detail));
    }
    {
        QMutexLocker lock(&d->interruptLock);
        d->db = db;
    }
    sqlite3_busy_timeout(db, 5000);
    // Reads of a million rows: a larger cache and memory-mapped pages.
    sqlite3_exec(db, "PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456", nullptr, nullptr,
                 nullptr);
    auto version = d->scalar(QStringLiteral("PRAGMA user_version"), {}, tr("the schema"), 0);
    if (!version || *version < 1) {
        d->close();
        return makeError(
            ErrorCode::StoreOpen,
            tr("%1 is not a McpScope capture store (no schema found).").arg(storePath));
    }
    if (*version > CaptureSchema::latestVersion()) {
        d->close();
        return makeError(
            ErrorCode::StoreVersion,
            tr("%1 was written by a newer McpScope (schema %2).").arg(storePath).arg(*version));
    }
    auto facts = d->scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' "
                                          "AND name='call_facts'"),
                           {}, tr("the schema"), 0);
    if (!facts || *facts == 0) {
        d->close();
        return makeError(ErrorCode::StoreVersion,
                         tr("%1 has no call facts yet: open it once in this McpScope to add them.")
                             .arg(storePath));
    }
    return {};
}

qint64 AnalyticsQuery::niceBucketMs(qint64 spanMs)
{
    static constexpr qint64 s = 1000, m = 60 * s, h = 60 * m, day = 24 * h;
    static constexpr qint64 steps[] = {
        s,      2 * s, 5 * s, 10 * s, 15 * s, 30 * s, m,   2 * m,   5 * m,   10 * m,   15 * m,
        30 * m, h,     2 * h, 3 * h,  6 * h,  12 * h, day, 2 * day, 7 * day, 14 * day, 30 * day};
    const qint64 target = std::max<qint64>(0, spanMs) / 60;
    for (qint64 step : steps)
        if (step >= target)
            return step;
    return (target + 30 * day - 1) / (30 * day) * (30 * day);
}

void AnalyticsQuery::interrupt()
{
    QMutexLocker lock(&d->interruptLock);
    if (d->db)
        sqlite3_interrupt(d->db);
}

Result<Dashboard> AnalyticsQuery::Impl::compute(const AnalyticsScope &scope, GroupBy by,
                                                qint64 bucketMs, bool charts)
{
    Dashboard out;
    if (!db)
        return makeError(ErrorCode::StoreRead, tr("The analytics store is not open."));
    // One read transaction: every query below sees the same snapshot while
    // the writer appends.
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    struct EndRead
    {
        sqlite3 *db;
        ~EndRead() { sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr); }
    } endRead{db};
    const Where w = whereOf(scope);

    auto series = topSeries(scope, by, AnalyticsQuery::kTableRows);
    if (!series)
        return Failure{series.error()};
    if (series->size() > AnalyticsQuery::kTableRows) {
        series->removeLast();
        out.capped = true;
    }
    if (series->size() > AnalyticsQuery::kChartSeries)
        out.capped = true;

    auto first = scalar(QStringLiteral("SELECT MIN(at_ms) FROM call_facts WHERE ") + w.sql, w.binds,
                        tr("the time range"), std::numeric_limits<qint64>::min());
    auto last = scalar(QStringLiteral("SELECT MAX(at_ms) FROM call_facts WHERE ") + w.sql, w.binds,
                       tr("the time range"), std::numeric_limits<qint64>::min());
    if (!first)
        return Failure{first.error()};
    if (!last)
        return Failure{last.error()};
    const bool empty = *first == std::numeric_limits<qint64>::min();
    out.fromMs = scope.fromMs != 0 ? scope.fromMs : (empty ? 0 : *first);
    out.toMs = scope.toMs != 0 ? scope.toMs : (empty ? 0 : *last + 1);
    const qint64 span = empty ? out.toMs - out.fromMs : *last - *first + 1;
    out.bucketMs = bucketMs > 0 ? bucketMs : AnalyticsQuery::niceBucketMs(span);
    if (span / out.bucketMs > kMaxBuckets)
        out.bucketMs = (span + kMaxBuckets - 1) / kMaxBuckets;
    const qint64 firstBucket = empty ? 0 : floorDiv(*first, out.bucketMs);
    const qint64 buckets = empty ? 0 : floorDiv(*last, out.bucketMs) - firstBucket + 1;

    std::vector<SeriesAccumulator> acc(size_t(series->size()));
    std::unordered_map<std::string, int, StringHash, std::equal_to<>> index;
    for (int i = 0; i < series->size(); ++i) {
        acc[size_t(i)].name = series->at(i);
        acc[size_t(i)].row.series = series->at(i);
        index.emplace(series->at(i).toStdString(), i);
    }
    std::vector<OutcomePoint> outcomes(static_cast<size_t>(buckets));
    std::vector<AuthPoint> auth(static_cast<size_t>(buckets));
    std::vector<RateLimitPoint> rate(static_cast<size_t>(buckets));
    for (qint64 b = 0; b < buckets; ++b) {
        const qint64 start = (firstBucket + b) * out.bucketMs;
        outcomes[size_t(b)].bucketStartMs = start;
        auth[size_t(b)].bucketStartMs = start;
        rate[size_t(b)].bucketStartMs = start;
    }
    std::vector<qint64> histogram;
    const auto &edges = histogramEdges();

    Statement st;
    const QString col = by == GroupBy::Label ? QStringLiteral("label") : QStringLiteral("tool");
    QVariantList binds{firstBucket * out.bucketMs, out.bucketMs};
    binds += w.binds;
    // SQL filters, projects and buckets (at_ms >= the first bucket's start,
    // so the division is a floor); the loop below only adds up.
    if (auto ok =
            prepare(st,
                    QStringLiteral("SELECT (at_ms - ?) / ?, %1, total_ms, ttfb_ms, outcome, "
                                   "auth_event, status, retry_after_ms, rl_limit, "
                                   "rl_remaining, bytes_in, bytes_out FROM call_facts WHERE %2")
                        .arg(col, w.sql),
                    binds, tr("the call facts"));
        !ok)
        return Failure{ok.error()};
    int rc;
    sqlite3_stmt *s = st.get();
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        ++out.calls;
        const qint64 b = std::clamp<qint64>(sqlite3_column_int64(s, 0), 0, buckets - 1);
        const auto *name = reinterpret_cast<const char *>(sqlite3_column_text(s, 1));
        const std::string_view key(name ? name : "", size_t(sqlite3_column_bytes(s, 1)));
        const double total = sqlite3_column_double(s, 2);
        const double ttfb = sqlite3_column_double(s, 3);
        const int outcome = sqlite3_column_int(s, 4);
        const int event = sqlite3_column_int(s, 5);
        const int status = sqlite3_column_int(s, 6);
        const qint64 retryAfter = sqlite3_column_int64(s, 7);
        const qint64 limit = sqlite3_column_int64(s, 8);
        const qint64 remaining = sqlite3_column_int64(s, 9);
        if (outcome >= 0 && outcome < kOutcomes)
            ++outcomes[size_t(b)].byOutcome[size_t(outcome)];
        if (event >= 0 && event < kEvents)
            ++auth[size_t(b)].byEvent[size_t(event)];
        RateLimitPoint &r = rate[size_t(b)];
        if (status == 429)
            ++r.tooMany;
        if (retryAfter >= 0)
            r.maxRetryAfterMs = std::max(r.maxRetryAfterMs, retryAfter);
        if (remaining >= 0 && (r.minRemaining < 0 || remaining < r.minRemaining)) {
            r.minRemaining = remaining;
            r.limit = limit;
        } else if (remaining < 0 && r.minRemaining < 0 && limit > r.limit) {
            r.limit = limit;
        }
        if (total >= 0) {
            const size_t bin = size_t(histogramBin(total, edges));
            if (histogram.size() <= bin)
                histogram.resize(bin + 1, 0);
            ++histogram[bin];
        }
        const auto found = index.find(key);
        if (found == index.end())
            continue;
        SeriesAccumulator &a = acc[size_t(found->second)];
        ++a.row.calls;
        if (outcome != int(CallOutcome::Success))
            ++a.row.errors;
        a.row.bytesIn += sqlite3_column_int64(s, 10);
        a.row.bytesOut += sqlite3_column_int64(s, 11);
        const bool charted = charts && found->second < AnalyticsQuery::kChartSeries;
        if (total >= 0) {
            a.total.push_back(total);
            if (charted)
                a.bTotal.emplace_back(b, total);
        }
        if (ttfb >= 0) {
            a.ttfb.push_back(ttfb);
            if (charted)
                a.bTtfb.emplace_back(b, ttfb);
        }
    }
    if (rc != SQLITE_DONE)
        return Failure{sqlError(tr("the call facts"))};

    for (SeriesAccumulator &a : acc) {
        TableRow &row = a.row;
        row.errorRate = row.calls > 0 ? double(row.errors) / double(row.calls) : 0;
        row.total = percentilesOf(a.total.data(), a.total.data() + a.total.size());
        row.ttfb = percentilesOf(a.ttfb.data(), a.ttfb.data() + a.ttfb.size());
        out.table.append(row);
        std::vector<double>().swap(a.total);
        std::vector<double>().swap(a.ttfb);
    }
    if (charts) {
        const int charted = std::min<int>(int(acc.size()), AnalyticsQuery::kChartSeries);
        std::vector<std::vector<Percentiles>> totals(static_cast<size_t>(charted)),
            ttfbs(static_cast<size_t>(charted));
        for (int i = 0; i < charted; ++i) {
            bucketPercentiles(acc[size_t(i)].bTotal, buckets, &totals[size_t(i)]);
            bucketPercentiles(acc[size_t(i)].bTtfb, buckets, &ttfbs[size_t(i)]);
        }
        for (qint64 b = 0; b < buckets; ++b)
            for (int i = 0; i < charted; ++i) {
                const Percentiles &t = totals[size_t(i)][size_t(b)];
                const Percentiles &f = ttfbs[size_t(i)][size_t(b)];
                if (t.count == 0 && f.count == 0)
                    continue;
                out.latency.append(
                    LatencyPoint{(firstBucket + b) * out.bucketMs, acc[size_t(i)].name, t, f});
            }
        if (!histogram.empty()) {
            size_t lo = 0;
            while (histogram[lo] == 0)
                ++lo;
            for (size_t i = lo; i < histogram.size(); ++i)
                out.histogram.append(
                    HistogramBin{histogramEdge(int(i)), histogramEdge(int(i) + 1), histogram[i]});
        }
        out.outcomes = QList<OutcomePoint>(outcomes.begin(), outcomes.end());
        out.auth = QList<AuthPoint>(auth.begin(), auth.end());
        out.rateLimit = QList<RateLimitPoint>(rate.begin(), rate.end());
    }
    return out;
}

Result<Dashboard> AnalyticsQuery::dashboard(const AnalyticsScope &scope, GroupBy by,
                                            qint64 bucketMs)
{
    return d->compute(scope, by, bucketMs, true);
}

Result<QList<TableRow>> AnalyticsQuery::table(const AnalyticsScope &scope, GroupBy by)
{
    auto computed = d->compute(scope, by, 0, false);
    if (!computed)
        return Failure{computed.error()};
    return computed->table;
}

Result<Percentiles> AnalyticsQuery::percentiles(const AnalyticsScope &scope, LatencyKind kind)
{
    if (!d->db)
        return makeError(ErrorCode::StoreRead, tr("The analytics store is not open."));
    const QString value =
        kind == LatencyKind::Total ? QStringLiteral("total_ms") : QStringLiteral("ttfb_ms");
    const bool byLabel = !scope.label.isEmpty() && scope.tool.isEmpty();
    const bool byTool = scope.label.isEmpty() && !scope.tool.isEmpty();
    const bool indexed = kind == LatencyKind::Total && (byLabel || byTool) &&
                         scope.sessionIds.isEmpty() && scope.fromMs == 0 && scope.toMs == 0;
    if (indexed) {
        // Pure SQL on (label|tool, total_ms): a count of the index range,
        // then each rank from whichever end is nearer.
        const QString where = byLabel ? QStringLiteral("label = ? AND total_ms >= 0")
                                      : QStringLiteral("tool = ? AND tool <> '' AND total_ms >= 0");
        const QVariantList key{byLabel ? scope.label : scope.tool};
        Percentiles out;
        auto n = d->scalar(QStringLiteral("SELECT COUNT(*) FROM call_facts WHERE ") + where, key,
                           tr("the latency count"), 0);
        if (!n)
            return Failure{n.error()};
        out.count = *n;
        if (out.count == 0)
            return out;
        const auto valueAt = [&](qint64 rank) -> Result<double> {
            const bool ascending = rank - 1 <= out.count - rank;
            const qint64 offset = ascending ? rank - 1 : out.count - rank;
            return d->scalarReal(
                QStringLiteral("SELECT total_ms FROM call_facts WHERE ") + where +
                    (ascending ? QStringLiteral(" ORDER BY total_ms LIMIT 1 OFFSET ?")
                               : QStringLiteral(" ORDER BY total_ms DESC LIMIT 1 OFFSET ?")),
                QVariantList{key.first(), offset}, tr("a percentile"));
        };
        for (auto [p, field] : {std::pair{50, &out.p50}, std::pair{95, &out.p95},
                                std::pair{99, &out.p99}, std::pair{100, &out.max}}) {
            auto v = valueAt(nearestRank(p, out.count));
            if (!v)
                return Failure{v.error()};
            *field = *v;
        }
        return out;
    }
    const Where w = whereOf(scope);
    Statement st;
    if (auto ok = d->prepare(
            st, QStringLiteral("SELECT %1 FROM call_facts WHERE %2 AND %1 >= 0").arg(value, w.sql),
            w.binds, tr("the latencies"));
        !ok)
        return Failure{ok.error()};
    std::vector<double> values;
    int rc;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
        values.push_back(sqlite3_column_double(st.get(), 0));
    if (rc != SQLITE_DONE)
        return Failure{d->sqlError(tr("the latencies"))};
    return percentilesOf(values.data(), values.data() + values.size());
}

Result<QList<qint64>> AnalyticsQuery::exchangeIds(const AnalyticsScope &scope,
                                                  std::optional<CallOutcome> outcome,
                                                  std::optional<AuthEvent> event, int limit)
{
    if (!d->db)
        return makeError(ErrorCode::StoreRead, tr("The analytics store is not open."));
    Where w = whereOf(scope);
    QString sql = QStringLiteral("SELECT exchange_id FROM call_facts WHERE ") + w.sql +
                  QStringLiteral(" AND exchange_id IS NOT NULL");
    if (outcome) {
        sql += QStringLiteral(" AND outcome = ?");
        w.binds << qint64(int(*outcome));
    }
    if (event) {
        sql += QStringLiteral(" AND auth_event = ?");
        w.binds << qint64(int(*event));
    }
    // +exchange_id: sort what the scope selects rather than walk the whole
    // exchange_id index looking each row up.
    sql += QStringLiteral(" ORDER BY +exchange_id LIMIT ?");
    w.binds << qint64(std::max(0, limit));
    Statement st;
    if (auto ok = d->prepare(st, sql, w.binds, tr("the exchange ids")); !ok)
        return Failure{ok.error()};
    QList<qint64> ids;
    int rc;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
        ids.append(sqlite3_column_int64(st.get(), 0));
    if (rc != SQLITE_DONE)
        return Failure{d->sqlError(tr("the exchange ids"))};
    return ids;
}

} // namespace mcpscope
