// Prints the capture spine's performance figures, one "name: value" per line.
// Timings are measured here and printed, never asserted: run it on a quiet
// machine and compare runs, not single numbers.
//
//   capture_bench [--rows N] [--ingest N] [--store FILE] [--keep]
//
// --store reuses (or creates and keeps) the big store, so repeated runs skip
// generating a million rows.
#include "capture/capture_store.h"
#include "models/capture_model.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace mcpscope;

namespace {

void print(const char *name, double value, int decimals = 1)
{
    std::printf("%s: %.*f\n", name, decimals, value);
    std::fflush(stdout);
}

double rssMb(qint64 pid = 0)
{
    QFile status(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// Bodies of about 2 KB drawn from a vocabulary, so full-text search works on
// realistic text; every 1000th row carries a rare word.
class BodyMaker
{
public:
    BodyMaker()
    {
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 5000; ++i) {
            QByteArray word;
            const int length = 3 + int(rng->bounded(8));
            for (int k = 0; k < length; ++k)
                word += char('a' + rng->bounded(26));
            m_words.append(word);
        }
    }
    QByteArray make(qint64 row)
    {
        QByteArray body = R"({"jsonrpc":"2.0","id":)" + QByteArray::number(row) + R"(,"result":{"content":[{"type":"text","text":")";
        auto *rng = QRandomGenerator::global();
        while (body.size() < 2000)
            body += m_words.at(int(rng->bounded(m_words.size()))) + ' ';
        if (row % 1000 == 0)
            body += "zyxwvutsrare ";
        body += R"("}]}})";
        return body;
    }
    QByteArray commonWord() const { return m_words.first(); }

private:
    QList<QByteArray> m_words;
};

Exchange exchangeFor(qint64 id, const QByteArray &body)
{
    Exchange e;
    e.id = id;
    e.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    e.state = Exchange::State::Complete;
    e.method = id % 5 ? "POST" : "GET";
    e.url = QStringLiteral("http://127.0.0.1:3001/mcp");
    e.requestHeaders = {{"Content-Type", "application/json"}, {"Accept", "application/json, text/event-stream"},
                        {"Authorization", "Bearer bench-token-value"}};
    e.requestBody = R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo"}})";
    e.status = id % 50 ? 200 : 500;
    e.httpVersion = QStringLiteral("HTTP/1.1");
    e.responseHeaders = {{"Content-Type", "application/json"}};
    e.responseBody = body;
    e.responseBodySize = body.size();
    e.ttfbMs = 1.2;
    e.totalMs = 2.3;
    return e;
}

// Records count exchanges through the writer thread; returns exchanges/s.
double ingest(CaptureStore &store, qint64 count, BodyMaker &bodies)
{
    // Pre-build a ring of bodies so the figure measures the store, not rand().
    QList<QByteArray> ring;
    for (int i = 0; i < 512; ++i)
        ring.append(bodies.make(i * 1000 + (i % 7)));
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < count; ++i) {
        const qint64 id = store.reserveExchangeId();
        store.record(exchangeFor(id, id % 1000 == 0 ? bodies.make(id) : ring.at(int(id % ring.size()))));
        if ((i & 4095) == 0 && store.pendingJobs() > 200000)
            store.flush(); // bounded memory for the queue
    }
    store.flush();
    return count / (clock.nsecsElapsed() / 1e9);
}

// Time until the view has painted its first page.
double firstPageMs(const QString &path, QTableView &view, CaptureModel &model)
{
    QElapsedTimer clock;
    clock.start();
    if (!model.open(path))
        return -1;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    view.viewport()->repaint();
    return clock.nsecsElapsed() / 1e6;
}

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

QProcessEnvironment appEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    return env;
}

double startupToWindowMs(const QTemporaryDir &dir)
{
    QList<double> runs;
    for (int i = 0; i < 5; ++i) {
        QProcess app;
        app.setProcessEnvironment(appEnvironment(dir));
        QElapsedTimer clock;
        clock.start();
        app.start(QStringLiteral(MCPSCOPE_APP), {QStringLiteral("--quit-after-first-paint"), QStringLiteral("--store"),
                                                 dir.filePath(QStringLiteral("startup.sqlite"))});
        QByteArray out;
        while (!out.contains("first-paint") && app.waitForReadyRead(10000))
            out += app.readAllStandardOutput();
        if (out.contains("first-paint"))
            runs.append(clock.nsecsElapsed() / 1e6);
        app.waitForFinished(5000);
    }
    return medianOf(runs);
}

double idleRssMb(const QTemporaryDir &dir)
{
    QProcess app;
    app.setProcessEnvironment(appEnvironment(dir));
    app.start(QStringLiteral(MCPSCOPE_APP), {QStringLiteral("--store"), dir.filePath(QStringLiteral("idle.sqlite"))});
    if (!app.waitForStarted(5000))
        return -1;
    QThread::msleep(3000);
    const double rss = rssMb(app.processId());
    app.terminate();
    if (!app.waitForFinished(5000))
        app.kill();
    return rss;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in the big store."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption ingestOption(QStringLiteral("ingest"), QStringLiteral("Exchanges for the ingest figure."),
                                          QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("Big store to reuse or create."),
                                         QStringLiteral("FILE"));
    parser.addOptions({rowsOption, ingestOption, storeOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    QTemporaryDir dir;
    BodyMaker bodies;

    {
        CaptureStore fresh;
        if (!fresh.open(dir.filePath(QStringLiteral("ingest.sqlite"))))
            return 1;
        print("ingest_exchanges_per_s", ingest(fresh, parser.value(ingestOption).toLongLong(), bodies), 0);
    }

    const QString big = parser.isSet(storeOption) ? parser.value(storeOption) : dir.filePath(QStringLiteral("big.sqlite"));
    {
        CaptureStore store;
        if (auto ok = store.open(big); !ok) {
            std::fprintf(stderr, "%s\n", qPrintable(ok.error().message));
            return 1;
        }
        CaptureReader counter;
        (void)counter.open(big);
        const qint64 have = counter.exchangeCount().has_value() ? *counter.exchangeCount() : 0;
        if (have < rows) {
            std::fprintf(stderr, "generating %lld rows (once per --store file)…\n", rows - have);
            print("generate_exchanges_per_s", ingest(store, rows - have, bodies), 0);
        }
        QElapsedTimer indexClock;
        indexClock.start();
        store.flushSearchIndex();
        print("fts_catch_up_s", indexClock.nsecsElapsed() / 1e9);
    }
    print("store_rows", double(rows), 0);

    QTableView view;
    CaptureModel model;
    print("open_first_page_ms", firstPageMs(big, view, model));

    QElapsedTimer scrollClock;
    scrollClock.start();
    while (model.canFetchMore())
        model.fetchMore();
    view.scrollToBottom();
    view.viewport()->repaint();
    print("scroll_to_last_row_ms", scrollClock.nsecsElapsed() / 1e6);
    print("rss_after_scroll_mb", rssMb());

    auto search = [&model](const QByteArray &word) {
        QElapsedTimer clock;
        clock.start();
        CaptureFilter filter;
        filter.text = QString::fromLatin1(word);
        model.setFilter(filter);
        model.data(model.index(0, CaptureModel::Path)); // the first row is on screen
        return clock.nsecsElapsed() / 1e6;
    };
    print("fts_query_ms", search(bodies.commonWord()));
    print("fts_query_rows", model.rowCount(), 0);
    print("fts_query_rare_ms", search("zyxwvutsrare"));
    print("fts_query_rare_rows", model.rowCount(), 0);

    print("startup_to_window_ms", startupToWindowMs(dir));
    print("idle_rss_mb", idleRssMb(dir));
    return 0;
}
