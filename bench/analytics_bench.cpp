// Prints the analytics figures, one "name: value" per line. Timings are
// measured here and printed, never asserted: compare runs on a quiet
// machine, not single numbers.
//
//   analytics_bench [--facts N] [--store FILE]
//
// A scratch store gets N (default 1,000,000) exchanges rows and a call_facts
// row each, written straight by SQL in one transaction: 5 labels, 20 tools,
// 4 sessions over 7 days, 3 % server errors, some 401s and 429s, latencies
// log-normal-ish. --store reuses (or creates and keeps) that store.
//
// Figures (median of a few runs where it says so):
//   dashboard_ms          AnalyticsQuery::dashboard, whole store, by label
//   dashboard_tool_ms     the same by tool
//   dashboard_session_ms  one session of the four, by label
//   percentile_query_ms   percentiles() of one label (its index)
//   percentile_store_ms   percentiles() of the whole store (a scan)
//   live_update_ms        1,000 new exchanges added to open charts: the
//                         dashboard of the bucket they arrived in (the
//                         incremental part; live_write_ms is the writer's)
//   *_cpu_ms              the same in process CPU time (all threads)
//   gui_stall_ms          longest gap of a 5 ms QTimer on the main thread
//                         while AnalyticsWorker computes the whole dashboard
// and the peer, the naive way, in the same run on the same store:
//   naive_percentile_ms   every total_ms read into memory, std::sort, ranks
//   naive_dashboard_ms    every row read into memory, per (bucket, label)
//                         vectors std::sort-ed, the same figures
#include "analytics/analytics_query.h"
#include "call_facts_testing.h"
#include "capture/capture_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <vector>

using namespace mcpscope;

namespace {

constexpr qint64 kBase = 1'764'000'000'000; // 2025-11-24
constexpr qint64 kSpanMs = 7LL * 24 * 3600 * 1000;

void print(const char *name, double value, int decimals = 1)
{
    std::printf("%s: %.*f\n", name, decimals, value);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "analytics_bench: %s\n", qPrintable(what));
    std::exit(1);
}

void fillStore(const QString &path, int n)
{
    {
        CaptureStore store;
        if (auto opened = store.open(path); !opened)
            fail(opened.error().message);
        for (int s = 0; s < 4; ++s)
            store.createSession(QStringLiteral("bench %1").arg(s),
                                QStringLiteral("http://127.0.0.1:3001/mcp"), QStringLiteral("http"),
                                kBase);
        store.flush();
        store.close();
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        fail(QStringLiteral("cannot open %1").arg(path));
    sqlite3_exec(db, "PRAGMA synchronous=OFF; BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *ex = nullptr, *fact = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO exchanges(id, session_id, started_at, state, method, url, host,"
                       " status, ttfb_ms, total_ms) VALUES (?,?,?,'complete','POST',"
                       "'http://127.0.0.1:3001/mcp','127.0.0.1',?,?,?)",
                       -1, &ex, nullptr);
    sqlite3_prepare_v2(
        db,
        "INSERT INTO call_facts(session_id, exchange_id, at_ms, label, tool, ttfb_ms,"
        " total_ms, outcome, status, bytes_out, bytes_in, auth_event,"
        " retry_after_ms, rl_limit, rl_remaining) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        -1, &fact, nullptr);
    if (!ex || !fact)
        fail(QString::fromUtf8(sqlite3_errmsg(db)));
    static const char *labels[] = {"tools/call", "tools/call",  "tools/call", "resources/read",
                                   "initialize", "POST /token", "tools/list"};
    QRandomGenerator rng(14);
    for (int i = 1; i <= n; ++i) {
        const qint64 session = 1 + i % 4;
        const qint64 at = kBase + qint64(double(i) / n * kSpanMs);
        const char *label = labels[rng.bounded(7)];
        const bool tool = qstrcmp(label, "tools/call") == 0;
        const QByteArray toolName =
            tool ? QByteArray("tool_" + QByteArray::number(rng.bounded(20))) : QByteArray();
        // Log-normal-ish: most calls tens of ms, a tail into seconds.
        const double total = std::exp(3.0 + 1.1 * rng.generateDouble() * rng.generateDouble() * 5);
        const double ttfb = total * (0.2 + 0.6 * rng.generateDouble());
        const int r = rng.bounded(1000);
        int status = 200, outcome = 0, auth = 0;
        qint64 retry = -1, limit = -1, remaining = -1;
        if (r < 30) {
            status = 500;
            outcome = 2;
        } else if (r < 40) {
            status = 401;
            outcome = 1;
            auth = 1;
        } else if (r < 45) {
            status = 429;
            outcome = 1;
            retry = 1000 * (1 + rng.bounded(30));
        }
        if (i % 10 == 0) {
            limit = 1000;
            remaining = rng.bounded(1000);
        }
        sqlite3_bind_int64(ex, 1, i);
        sqlite3_bind_int64(ex, 2, session);
        sqlite3_bind_int64(ex, 3, at);
        sqlite3_bind_int(ex, 4, status);
        sqlite3_bind_double(ex, 5, ttfb);
        sqlite3_bind_double(ex, 6, total);
        sqlite3_step(ex);
        sqlite3_reset(ex);
        sqlite3_bind_int64(fact, 1, session);
        sqlite3_bind_int64(fact, 2, i);
        sqlite3_bind_int64(fact, 3, at);
        sqlite3_bind_text(fact, 4, label, -1, SQLITE_STATIC);
        sqlite3_bind_text(fact, 5, toolName.constData(), int(toolName.size()), SQLITE_TRANSIENT);
        sqlite3_bind_double(fact, 6, ttfb);
        sqlite3_bind_double(fact, 7, total);
        sqlite3_bind_int(fact, 8, outcome);
        sqlite3_bind_int(fact, 9, status);
        sqlite3_bind_int64(fact, 10, 300);
        sqlite3_bind_int64(fact, 11, 900);
        sqlite3_bind_int(fact, 12, auth);
        sqlite3_bind_int64(fact, 13, retry);
        sqlite3_bind_int64(fact, 14, limit);
        sqlite3_bind_int64(fact, 15, remaining);
        if (sqlite3_step(fact) != SQLITE_DONE)
            fail(QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_reset(fact);
    }
    sqlite3_finalize(ex);
    sqlite3_finalize(fact);
    // The rows above are already indexed and have their facts: the writer's
    // indexers start after them.
    const QByteArray marks = "UPDATE store_meta SET value = " + QByteArray::number(n) +
                             " WHERE key IN ('fts_watermark', 'facts_watermark')";
    sqlite3_exec(db, marks.constData(), nullptr, nullptr, nullptr);
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_close(db);
}

// The median wall-clock time of runs; the median process CPU time goes to
// lastCpuMs (on a shared machine the wall clock also measures the
// neighbours).
double lastCpuMs = 0;

template <typename F> double medianMs(int runs, F f)
{
    std::vector<double> ms, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        const std::clock_t cpuStart = std::clock();
        f();
        ms.push_back(clock.nsecsElapsed() / 1e6);
        cpu.push_back(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    lastCpuMs = cpu[cpu.size() / 2];
    return ms[ms.size() / 2];
}

void printCpu(const char *name)
{
    print(name, lastCpuMs);
}

Percentiles sortedPercentiles(std::vector<double> &v)
{
    Percentiles p;
    p.count = qint64(v.size());
    if (v.empty())
        return p;
    std::sort(v.begin(), v.end());
    const auto at = [&](int q) {
        return v[size_t(std::max<qint64>(1, qint64(std::ceil(q / 100.0 * double(v.size()))))) - 1];
    };
    p.p50 = at(50);
    p.p95 = at(95);
    p.p99 = at(99);
    p.max = v.back();
    return p;
}

// The peer: read every latency, sort, rank.
Percentiles naivePercentiles(const QString &path, const char *where)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    const QByteArray sql =
        QByteArray("SELECT total_ms FROM call_facts WHERE total_ms >= 0") + where;
    sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr);
    std::vector<double> v;
    while (sqlite3_step(st) == SQLITE_ROW)
        v.push_back(sqlite3_column_double(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return sortedPercentiles(v);
}

// The peer's dashboard: every row into memory, per (bucket, label) vectors
// sorted; returns the number of latency points.
qint64 naiveDashboard(const QString &path, qint64 bucketMs)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT at_ms, label, total_ms, ttfb_ms FROM call_facts", -1, &st,
                       nullptr);
    std::map<std::pair<qint64, std::string>, std::pair<std::vector<double>, std::vector<double>>>
        groups;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const qint64 b = sqlite3_column_int64(st, 0) / bucketMs;
        auto &g = groups[{b, reinterpret_cast<const char *>(sqlite3_column_text(st, 1))}];
        if (const double t = sqlite3_column_double(st, 2); t >= 0)
            g.first.push_back(t);
        if (const double t = sqlite3_column_double(st, 3); t >= 0)
            g.second.push_back(t);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    qint64 points = 0;
    for (auto &[key, g] : groups) {
        sortedPercentiles(g.first);
        sortedPercentiles(g.second);
        ++points;
    }
    return points;
}

bool same(const Percentiles &a, const Percentiles &b)
{
    return a.count == b.count && a.p50 == b.p50 && a.p95 == b.p95 && a.p99 == b.p99 &&
           a.max == b.max;
}

void queryFigures(const QString &path)
{
    AnalyticsQuery query;
    if (auto opened = query.open(path); !opened)
        fail(opened.error().message);
    qint64 points = 0, bucketMs = 0;
    print("dashboard_ms", medianMs(3, [&] {
              auto d = query.dashboard(AnalyticsScope{}, GroupBy::Label);
              if (!d)
                  fail(d.error().message);
              points = d->latency.size();
              bucketMs = d->bucketMs;
          }));
    printCpu("dashboard_cpu_ms");
    print("dashboard_latency_points", double(points), 0);
    print("dashboard_tool_ms", medianMs(3, [&] {
              if (!query.dashboard(AnalyticsScope{}, GroupBy::Tool))
                  fail(QStringLiteral("dashboard by tool"));
          }));
    printCpu("dashboard_tool_cpu_ms");
    AnalyticsScope session;
    session.sessionIds = {2};
    print("dashboard_session_ms", medianMs(3, [&] {
              if (!query.dashboard(session, GroupBy::Label))
                  fail(QStringLiteral("dashboard of a session"));
          }));
    printCpu("dashboard_session_cpu_ms");
    AnalyticsScope label;
    label.label = QStringLiteral("tools/call");
    Percentiles ours;
    print("percentile_query_ms",
          medianMs(5,
                   [&] {
                       auto p = query.percentiles(label, LatencyKind::Total);
                       if (!p)
                           fail(p.error().message);
                       ours = *p;
                   }),
          2);
    printCpu("percentile_query_cpu_ms");
    Percentiles naive;
    print("naive_percentile_ms",
          medianMs(3, [&] { naive = naivePercentiles(path, " AND label = 'tools/call'"); }), 2);
    printCpu("naive_percentile_cpu_ms");
    if (!same(ours, naive))
        fail(QStringLiteral("percentiles differ from the peer's"));
    print("percentile_store_ms", medianMs(3, [&] {
              auto p = query.percentiles(AnalyticsScope{}, LatencyKind::Total);
              if (!p)
                  fail(p.error().message);
              ours = *p;
          }));
    printCpu("percentile_store_cpu_ms");
    print("naive_percentile_store_ms", medianMs(3, [&] { naive = naivePercentiles(path, ""); }));
    printCpu("naive_percentile_store_cpu_ms");
    if (!same(ours, naive))
        fail(QStringLiteral("store percentiles differ from the peer's"));
    print("naive_dashboard_ms", medianMs(3, [&] { naiveDashboard(path, bucketMs); }));
    printCpu("naive_dashboard_cpu_ms");
}

// 1,000 new exchanges through the real writer (the facts upkeep makes their
// facts when it is there; without it they are written as rows here), then
// the dashboard of the bucket they arrived in.
qint64 scalar(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    const qint64 value = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

void liveFigures(const QString &path)
{
    const qint64 start = scalar(path, "SELECT MAX(at_ms) FROM call_facts") + 1000;
    const qint64 factsBefore = scalar(path, "SELECT COUNT(*) FROM call_facts");
    QElapsedTimer clock;
    clock.start();
    {
        CaptureStore store;
        if (auto opened = store.open(path); !opened)
            fail(opened.error().message);
        for (int i = 0; i < 1000; ++i) {
            Exchange e;
            e.id = store.reserveExchangeId();
            e.sessionId = 1;
            e.startedAtMs = start + i;
            e.state = Exchange::State::Complete;
            e.method = "POST";
            e.url = QStringLiteral("http://127.0.0.1:3001/mcp");
            e.requestBody = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";
            e.status = 200;
            e.responseBody = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":[]}}";
            e.responseBodySize = e.responseBody.size();
            e.ttfbMs = 2;
            e.totalMs = 3 + i % 17;
            store.record(e);
        }
        store.flush();
        store.close();
    }
    print("live_write_ms", clock.nsecsElapsed() / 1e6);
    AnalyticsQuery query;
    if (auto opened = query.open(path); !opened)
        fail(opened.error().message);
    AnalyticsScope all;
    auto before = query.dashboard(all, GroupBy::Label);
    if (!before)
        fail(before.error().message);
    bool direct = false;
    if (before->calls < factsBefore + 1000) { // no facts upkeep in this build: write the rows
        direct = true;
        QList<mcpscope::testing::FactRow> rows;
        for (int i = 0; i < 1000; ++i) {
            mcpscope::testing::FactRow r;
            r.atMs = start + i;
            r.label = QStringLiteral("tools/list");
            r.ttfbMs = 2;
            r.totalMs = 3 + i % 17;
            rows << r;
        }
        QElapsedTimer insert;
        insert.start();
        if (!mcpscope::testing::insertFacts(path, rows))
            fail(QStringLiteral("inserting facts"));
        print("live_facts_insert_ms", insert.nsecsElapsed() / 1e6);
    }
    print("live_facts_written_directly", direct ? 1 : 0, 0);
    AnalyticsScope fresh;
    fresh.fromMs = start / before->bucketMs * before->bucketMs;
    qint64 calls = 0;
    print("live_update_ms",
          medianMs(5,
                   [&] {
                       auto d = query.dashboard(fresh, GroupBy::Label, before->bucketMs);
                       if (!d)
                           fail(d.error().message);
                       calls = d->calls;
                   }),
          2);
    printCpu("live_update_cpu_ms");
    // The open charts redraw the bucket the new calls fell in, older calls
    // of that bucket included.
    print("live_update_calls", double(calls), 0);
    if (calls < 1000)
        fail(QStringLiteral("the live update saw %1 calls, not 1000").arg(calls));
}

void stallFigure(const QString &path)
{
    AnalyticsWorker worker(path);
    QTimer tick;
    tick.setInterval(5);
    tick.setTimerType(Qt::PreciseTimer);
    QElapsedTimer clock;
    qint64 last = 0, longest = 0;
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    QEventLoop loop;
    QObject::connect(&worker, &AnalyticsWorker::ready, &loop, &QEventLoop::quit);
    QObject::connect(&worker, &AnalyticsWorker::failed, &loop,
                     [&] { fail(QStringLiteral("worker")); });
    clock.start();
    tick.start();
    worker.request(AnalyticsScope{}, GroupBy::Label);
    loop.exec();
    tick.stop();
    print("gui_stall_ms", longest / 1e6);
    print("gui_dashboard_ms", clock.nsecsElapsed() / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption factsOption(QStringLiteral("facts"),
                                         QStringLiteral("Facts in the store."), QStringLiteral("N"),
                                         QStringLiteral("1000000"));
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QStringLiteral("Reuse (or create and keep) this store."),
                                         QStringLiteral("FILE"));
    parser.addOptions({factsOption, storeOption});
    parser.addHelpOption();
    parser.process(app);
    const int n = parser.value(factsOption).toInt();
    QTemporaryDir dir;
    const QString path = parser.isSet(storeOption)
                             ? parser.value(storeOption)
                             : dir.filePath(QStringLiteral("analytics.sqlite"));
    if (!QFile::exists(path)) {
        QElapsedTimer fill;
        fill.start();
        fillStore(path, n);
        print("fill_store_s", fill.elapsed() / 1000.0);
    }
    print("facts", double(n), 0);
    if (qEnvironmentVariable("ANALYTICS_BENCH_ONLY") == QStringLiteral("dashboard")) {
        // For profiling the dashboard alone.
        AnalyticsQuery query;
        if (!query.open(path))
            return 1;
        print("dashboard_ms", medianMs(5, [&] { (void)query.dashboard({}, GroupBy::Label); }));
        printCpu("dashboard_cpu_ms");
        return 0;
    }
    queryFigures(path);
    stallFigure(path);
    liveFigures(path);
    return 0;
}
