// bundle_write_ms (issue 13): one 10,000-exchange session of a two-session
// store saved as a capture bundle (copy, secrets sweep, VACUUM, rename),
// beside the peer figure of the same run: SQLite's own VACUUM INTO of the
// whole store, which copies without sweeping.
#include "capture/capture_store.h"
#include "capture/redaction.h"
#include "export/capture_bundle.h"
#include "test_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace mcpscope;

namespace {

constexpr qint64 kExchanges = 10000;
constexpr int kRuns = 5;

// A session of count exchanges, each with a ~2 KB JSON-RPC answer and the
// request and response messages it carried.
qint64 recordSession(CaptureStore &store, const QString &name, qint64 count)
{
    const qint64 session =
        store.createSession(name, QStringLiteral("http://127.0.0.1:3001/mcp"),
                            QStringLiteral("mcp"), QDateTime::currentMSecsSinceEpoch());
    QByteArray text;
    while (text.size() < 2000)
        text += "lorem ipsum dolor sit amet ";
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray response = "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(i) +
                                    ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"" +
                                    text + "\"}]}}";
        Exchange e = testing::makeExchange(store.reserveExchangeId(), "POST", 200, response);
        e.sessionId = session;
        e.requestHeaders.append(
            qMakePair(QByteArray("Authorization"), QByteArray("Bearer bench-token-value")));
        store.record(e);
        MessageRecord request{store.reserveMessageId(),
                              session,
                              e.id,
                              true,
                              QStringLiteral("request"),
                              QString::number(i),
                              QStringLiteral("tools/list"),
                              e.requestBody,
                              e.startedAtMs};
        store.recordMessage(request);
        MessageRecord answer{store.reserveMessageId(),
                             session,
                             e.id,
                             false,
                             QStringLiteral("response"),
                             QString::number(i),
                             QString(),
                             response,
                             e.startedAtMs + 2,
                             request.id,
                             2.0};
        store.recordMessage(answer);
    }
    return session;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The figure: milliseconds to bundle one 10,000-exchange session.
double benchBundleWrite(const QString &store, qint64 session, const QString &dir,
                        qint64 *bundleBytes)
{
    QList<double> runs;
    const Redactor redactor;
    for (int run = 0; run < kRuns; ++run) {
        const QString out = dir + QStringLiteral("/bench-%1.mcpscope").arg(run);
        QElapsedTimer clock;
        clock.start();
        auto written = CaptureBundle::write(store, {{session}, {}}, out, redactor);
        runs << clock.nsecsElapsed() / 1e6;
        if (!written || written->exchanges != kExchanges) {
            std::fprintf(stderr, "bundle failed: %s\n",
                         written ? "wrong row count" : qPrintable(written.error().message));
            return -1;
        }
        *bundleBytes = QFileInfo(out).size();
        QFile::remove(out);
    }
    return median(runs);
}

// The peer: SQLite's VACUUM INTO of the whole store (both sessions, no sweep).
double benchVacuumInto(const QString &store, const QString &dir, qint64 *bytes)
{
    QList<double> runs;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v"));
        db.setDatabaseName(store);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return -1;
        for (int run = 0; run < kRuns; ++run) {
            const QString out = dir + QStringLiteral("/vacuum-%1.sqlite").arg(run);
            QElapsedTimer clock;
            clock.start();
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(out))) {
                std::fprintf(stderr, "VACUUM INTO failed: %s\n", qPrintable(q.lastError().text()));
                return -1;
            }
            runs << clock.nsecsElapsed() / 1e6;
            *bytes = QFileInfo(out).size();
            QFile::remove(out);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v"));
    return median(runs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    qint64 session = 0;
    {
        CaptureStore store;
        if (auto opened = store.open(path); !opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 1;
        }
        session = recordSession(store, QStringLiteral("bundled"), kExchanges);
        recordSession(store, QStringLiteral("left out"), kExchanges);
        store.flush();
        store.flushSearchIndex();
    }
    qint64 bundleBytes = 0, vacuumBytes = 0;
    const double bundleMs = benchBundleWrite(path, session, dir.path(), &bundleBytes);
    const double vacuumMs = benchVacuumInto(path, dir.path(), &vacuumBytes);
    if (bundleMs < 0 || vacuumMs < 0)
        return 1;
    std::printf("bundle_write_ms: %.0f (median of %d; one %lld-exchange session of a store of "
                "two)\n",
                bundleMs, kRuns, kExchanges);
    std::printf("bundle_bytes: %lld\n", bundleBytes);
    std::printf("peer_vacuum_into_ms: %.0f (SQLite VACUUM INTO of the whole store, no sweep)\n",
                vacuumMs);
    std::printf("peer_vacuum_into_bytes: %lld\n", vacuumBytes);
    std::printf("store_bytes: %lld\n", QFileInfo(path).size());
    return 0;
}
