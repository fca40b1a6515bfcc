// Prints the replay figures, one "name: value" per line:
//   diff_mb_per_s - JsonDiff::compare over two ~10 MB tools/call results (an
//     array of objects matched by "id", a few members changed, a _meta that
//     the volatile preset ignores), MB of both documents per second of diff;
//   parse_mb_per_s - QJsonDocument::fromJson over the same two documents in
//     the same run: the floor any diff of JSON text pays before it compares;
//   diff_changes - how many changes the diff found (a sanity check).
// Medians of ROUNDS rounds. Timings are printed, never asserted.
// Usage: replay_bench [MB [ROUNDS]]
#include "replay/json_diff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
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
    return 0;
}
