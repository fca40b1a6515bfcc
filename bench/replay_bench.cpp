// Prints the replay figures, one "name: value" per line:
//   diff_mb_per_s - JsonDiff::compare over two ~10 MB tools/call results (an
//     array of objects matched by "id", a few members changed, a _meta that
//     the volatile preset ignores), MB of both documents per second of diff;
//   parse_mb_per_s - QJsonDocument::fromJson over the same two documents in
//     the same run: the floor any diff of JSON text pays before it compares;
//   diff_changes - how many changes the diff found (a sanity check).
//   live_calls_per_s - CALLS tools/call requests (echo and get-sum in turn)
//     made one after another through McpSession against server-everything
//     (Streamable HTTP, loopback), recorded in a capture store;
//   replay_calls_per_s - that recorded session replayed against the same
//     server by SessionReplay (sent, answered, diffed, recorded), same run;
//   replay_live_ratio - the two divided (target >= 0.9).
//   Both time from the first request to the last answer; medians of
//   REPLAY_ROUNDS rounds, live and replay alternating.
// Medians of ROUNDS rounds. Timings are printed, never asserted.
// Usage: replay_bench [MB [ROUNDS [CALLS [REPLAY_ROUNDS]]]] (CALLS 0: no replay figures)
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "node_peer.h"
#include "replay/json_diff.h"
#include "replay/recorded_session.h"
#include "replay/session_replay.h"
#include "session/mcp_session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

#include <cstdio>

using namespace mcpscope;

namespace {

void print(const char *name, double value)
{
    std::printf("%s: %.1f\n", name, value);
    std::fflush(stdout);
}

// A result about megabytes big: items with a handful of members each; in the
// changed copy every 997th item has another value and every 1999th another
// status.
QByteArray result(double megabytes, bool changed)
{
    QJsonArray items;
    qsizetype approx = 0;
    for (int i = 0; approx < megabytes * 1024 * 1024; ++i) {
        QJsonObject item{
            {QStringLiteral("id"), QStringLiteral("item-%1").arg(i)},
            {QStringLiteral("name"), QStringLiteral("Item number %1").arg(i)},
            {QStringLiteral("value"), changed && i % 997 == 0 ? i + 1 : i},
            {QStringLiteral("status"),
             changed && i % 1999 == 0 ? QStringLiteral("stale") : QStringLiteral("ok")},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("alpha"), QStringLiteral("beta")}},
            {QStringLiteral("score"), i * 0.5},
        };
        items.append(item);
        approx += 130;
    }
    const QJsonObject meta{{QStringLiteral("timestamp"), changed ? 2 : 1}};
    const QJsonObject res{
        {QStringLiteral("content"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                {QStringLiteral("text"), QStringLiteral("items")}}}},
        {QStringLiteral("structuredContent"), QJsonObject{{QStringLiteral("items"), items}}},
        {QStringLiteral("_meta"), meta}};
    return QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                     {QStringLiteral("id"), changed ? 2 : 1},
                                     {QStringLiteral("result"), res}})
        .toJson(QJsonDocument::Compact);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// calls made one after another over session; seconds from the first request
// to the last answer (negative: a call failed).
double liveCalls(McpSession &session, int calls)
{
    QEventLoop loop;
    QElapsedTimer clock;
    int done = 0;
    bool failed = false;
    std::function<void()> next = [&] {
        if (done == calls || failed) {
            loop.quit();
            return;
        }
        const bool echo = done % 2 == 0;
        const QJsonObject params =
            echo
                ? QJsonObject{{QStringLiteral("name"), QStringLiteral("echo")},
                              {QStringLiteral("arguments"),
                               QJsonObject{{QStringLiteral("message"),
                                            QStringLiteral("call %1").arg(done)}}}}
                : QJsonObject{{QStringLiteral("name"), QStringLiteral("get-sum")},
                              {QStringLiteral("arguments"),
                               QJsonObject{{QStringLiteral("a"), done}, {QStringLiteral("b"), 1}}}};
        McpRequest *request = session.client()->request(QStringLiteral("tools/call"), params);
        QObject::connect(request, &McpRequest::finished, &loop, [&, request] {
            failed = failed || !request->succeeded();
            request->deleteLater();
            ++done;
            next();
        });
    };
    clock.start();
    next();
    loop.exec();
    return failed ? -1 : double(clock.nsecsElapsed()) / 1e9;
}

// Replays recorded against url; seconds from the first request to the last
// answer (negative: the run failed or a call was not the same).
double replayCalls(CaptureStore &store, const RecordedSession &recorded, const QString &url)
{
    SessionReplay replay(&store);
    McpSessionOptions options;
    options.target = url;
    QElapsedTimer clock;
    qint64 lastAnswerNs = 0;
    QEventLoop loop;
    QObject::connect(&replay, &SessionReplay::finished, &loop, &QEventLoop::quit);
    QObject::connect(&replay, &SessionReplay::callFinished, &loop,
                     [&] { lastAnswerNs = clock.nsecsElapsed(); });
    replay.start(recorded, options, IgnoreRules::volatileMembers());
    QObject::connect(replay.session()->client(), &McpClient::connected, &loop,
                     [&] { clock.start(); });
    loop.exec();
    if (replay.failed() || !replay.report().allSame()) {
        std::fprintf(stderr, "replay: %s (%d same, %d changed, %d failed)\n",
                     qPrintable(replay.error().message), replay.report().same,
                     replay.report().changed, replay.report().failed);
        return -1;
    }
    return double(lastAnswerNs) / 1e9;
}

int replayFigures(int calls, int rounds)
{
    using namespace mcpscope::testing;
    NodePeer everything;
    const QString why = everything.start(
        peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
        {QStringLiteral("streamableHttp")});
    if (!why.isEmpty()) {
        std::fprintf(stderr, "server-everything: %s\n", qPrintable(why));
        return 1;
    }
    const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(everything.port());
    QTemporaryDir dir;
    CaptureStore store;
    if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        std::fprintf(stderr, "could not open a capture store\n");
        return 1;
    }
    std::vector<double> live, replayed;
    std::optional<RecordedSession> recorded;
    for (int round = 0; round < rounds; ++round) {
        McpSession session(&store);
        McpSessionOptions options;
        options.target = url;
        options.rootsSupported = false;
        QEventLoop loop;
        bool connected = false;
        QObject::connect(session.client(), &McpClient::connected, &loop, [&] {
            connected = true;
            loop.quit();
        });
        QObject::connect(session.client(), &McpClient::failed, &loop, &QEventLoop::quit);
        if (!session.open(options))
            return 1;
        loop.exec();
        const double seconds = connected ? liveCalls(session, calls) : -1;
        QObject::connect(&session, &McpSession::closed, &loop, &QEventLoop::quit);
        session.close();
        loop.exec();
        if (seconds < 0) {
            std::fprintf(stderr, "live calls failed\n");
            return 1;
        }
        live.push_back(calls / seconds);
        if (!recorded) {
            store.flush();
            CaptureReader reader;
            if (!reader.open(store.path()))
                return 1;
            auto loaded = RecordedSession::load(reader, session.captureSessionId());
            if (!loaded) {
                std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
                return 1;
            }
            recorded = std::move(*loaded);
        }
        const double replaySeconds = replayCalls(store, *recorded, url);
        if (replaySeconds < 0)
            return 1;
        replayed.push_back(calls / replaySeconds);
    }
    print("live_calls_per_s", median(live));
    print("replay_calls_per_s", median(replayed));
    std::printf("replay_live_ratio: %.2f\n", median(replayed) / median(live));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double megabytes = argc > 1 ? std::atof(argv[1]) : 10.0;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    const QByteArray a = result(megabytes, false);
    const QByteArray b = result(megabytes, true);
    const double mb = double(a.size() + b.size()) / (1024.0 * 1024.0);
    print("documents_mb", mb);

    std::vector<double> parse, diff;
    qsizetype changes = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        const QJsonDocument da = QJsonDocument::fromJson(a);
        const QJsonDocument db = QJsonDocument::fromJson(b);
        parse.push_back(double(clock.nsecsElapsed()) / 1e9);
        clock.restart();
        const auto found =
            JsonDiff::compare(da.object(), db.object(), IgnoreRules::volatileMembers());
        diff.push_back(double(clock.nsecsElapsed()) / 1e9);
        if (!found) {
            std::fprintf(stderr, "diff failed: %s\n", qPrintable(found.error().message));
            return 1;
        }
        changes = found->size();
    }
    print("diff_mb_per_s", mb / median(diff));
    print("parse_mb_per_s", mb / median(parse));
    print("diff_changes", double(changes));
    const int calls = argc > 3 ? std::atoi(argv[3]) : 1000;
    const int replayRounds = argc > 4 ? std::atoi(argv[4]) : 3;
    if (calls <= 0)
        return 0;
    return replayFigures(calls, std::max(1, replayRounds));
}
