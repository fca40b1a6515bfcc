// Prints the capture spine's performance figures, one "name: value" per line.
// Timings are measured here and printed, never asserted: run it on a quiet
// machine and compare runs, not single numbers.
//
//   capture_bench [--rows N] [--ingest N] [--store FILE] [--repeat N] [--sse-mb N]
//
// The ingest figure and its raw-SQLite peer run interleaved --repeat times
// (default 3), alternating order, as does the startup figure; each prints
// its median with min and max.
//
// The SSE figure streams one exchange of --sse-mb MB (default 100) in 4 KB
// events from a loopback server through HttpClient's tap into the store; its
// peer is the same stream through the tap with no store. The paced figure
// offers the same stream at 25 MB/s, once.
//
// --store reuses (or creates and keeps) the big store, so repeated runs skip
// generating a million rows.
#include "capture/capture_store.h"
#include "models/capture_model.h"
#include "net/http_client.h"
#include "test_store.h"

#include <sqlite3.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSemaphore>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

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
    QFile status(pid ? QStringLiteral("/proc/%1/status").arg(pid)
                     : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// A figure over repeated runs: the median, then min and max.
void printSpread(const char *name, QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    std::printf("%s: %.1f (min %.1f, max %.1f, %lld runs)\n", name, median, values.first(),
                values.last(), qint64(n));
    std::fflush(stdout);
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
    QByteArray make(qint64 row, bool rare)
    {
        QByteArray body = R"({"jsonrpc":"2.0","id":)" + QByteArray::number(row) +
                          R"(,"result":{"content":[{"type":"text","text":")";
        auto *rng = QRandomGenerator::global();
        while (body.size() < 2000)
            body += m_words.at(int(rng->bounded(m_words.size()))) + ' ';
        if (rare)
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
    Exchange e = testing::makeExchange(id, id % 5 ? "POST" : "GET", id % 50 ? 200 : 500, body);
    e.requestHeaders.append(
        qMakePair(QByteArray("Authorization"), QByteArray("Bearer bench-token-value")));
    return e;
}

// Records count exchanges through the writer thread; returns exchanges/s.
double ingest(CaptureStore &store, qint64 count, BodyMaker &bodies)
{
    // Pre-build a ring of bodies so the figure measures the store, not rand().
    QList<QByteArray> ring;
    for (int i = 0; i < 512; ++i)
        ring.append(bodies.make(i, false));
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < count; ++i) {
        const qint64 id = store.reserveExchangeId();
        store.record(exchangeFor(id, id % 1000 == 0 ? bodies.make(id, true)
                                                    : ring.at(int(id % ring.size()))));
        // Keep the queue bounded, as a real producer (the network) would be.
        while ((i & 1023) == 0 && store.pendingJobs() > 50000)
            QThread::msleep(1);
    }
    store.flush();
    return count / (clock.nsecsElapsed() / 1e9);
}

// The peer: the same rows, schema and pragmas written straight through
// SQLite's C API on one thread, with nothing else (no redaction, no queue).
double rawSqliteIngest(const QString &path, qint64 count, BodyMaker &bodies)
{
    {
        CaptureStore schemaOnly; // creates the file with McpScope's schema and pragmas
        if (!schemaOnly.open(path))
            return -1;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    sqlite3_exec(
        db,
        "PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=1024; PRAGMA cache_size=-65536;"
        " PRAGMA foreign_keys=OFF",
        nullptr, nullptr, nullptr);
    sqlite3_stmt *ex = nullptr, *body = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO exchanges(id, session_id, started_at, state, method, url, host, status,"
        " http_version, content_type, request_size, response_size, response_truncated, ttfb_ms,"
        " total_ms, error_code, error_message) VALUES (?,NULL,?,?,?,?,?,?,?,?,?,?,0,?,?,'','')",
        -1, &ex, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO exchange_bodies VALUES (?,?,?,?,?,'')", -1, &body, nullptr);
    QList<QByteArray> ring;
    for (int i = 0; i < 512; ++i)
        ring.append(bodies.make(i, false));
    const QByteArray headers =
        "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n";
    const QByteArray request = R"({"jsonrpc":"2.0","id":1,"method":"tools/list"})";
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < count; ++i) {
        if (i % 8192 == 0)
            sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        const QByteArray &b = ring.at(int(i % ring.size()));
        sqlite3_bind_int64(ex, 1, i + 1);
        sqlite3_bind_int64(ex, 2, QDateTime::currentMSecsSinceEpoch());
        sqlite3_bind_text(ex, 3, "complete", -1, SQLITE_STATIC);
        sqlite3_bind_text(ex, 4, "POST", -1, SQLITE_STATIC);
        sqlite3_bind_text(ex, 5, "http://127.0.0.1:3001/mcp", -1, SQLITE_STATIC);
        sqlite3_bind_text(ex, 6, "127.0.0.1", -1, SQLITE_STATIC);
        sqlite3_bind_int(ex, 7, 200);
        sqlite3_bind_text(ex, 8, "HTTP/1.1", -1, SQLITE_STATIC);
        sqlite3_bind_text(ex, 9, "application/json", -1, SQLITE_STATIC);
        sqlite3_bind_int64(ex, 10, request.size());
        sqlite3_bind_int64(ex, 11, b.size());
        sqlite3_bind_double(ex, 12, 1.5);
        sqlite3_bind_double(ex, 13, 2.5);
        sqlite3_step(ex);
        sqlite3_reset(ex);
        sqlite3_bind_int64(body, 1, i + 1);
        sqlite3_bind_blob(body, 2, headers.constData(), int(headers.size()), SQLITE_STATIC);
        sqlite3_bind_blob(body, 3, request.constData(), int(request.size()), SQLITE_STATIC);
        sqlite3_bind_blob(body, 4, headers.constData(), int(headers.size()), SQLITE_STATIC);
        sqlite3_bind_blob(body, 5, b.constData(), int(b.size()), SQLITE_STATIC);
        sqlite3_step(body);
        sqlite3_reset(body);
        if (i % 8192 == 8191 || i == count - 1)
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double rate = count / (clock.nsecsElapsed() / 1e9);
    sqlite3_finalize(ex);
    sqlite3_finalize(body);
    sqlite3_close(db);
    return rate;
}

// A loopback HTTP server on a thread of its own that answers every request
// with one SSE stream of about totalBytes in 4 KB events, then closes; as
// fast as the client reads, or at most pace bytes a second.
class SseServerThread final : public QThread
{
public:
    SseServerThread(qint64 totalBytes, qint64 pace) : m_totalBytes(totalBytes), m_pace(pace) {}
    quint16 port()
    {
        m_ready.acquire();
        return m_port;
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port = server.serverPort();
        m_ready.release();
        QByteArray event = "event: message\ndata: {\"jsonrpc\":\"2.0\",\"method\":"
                           "\"notifications/progress\",\"params\":{\"message\":\"";
        for (int i = 0; event.size() < 4096 - 8; ++i)
            event += "chunk of streamed text " + QByteArray::number(i % 10) + ' ';
        event.truncate(4096 - 8);
        event += "\"}}\n\n";
        QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            auto sent = std::make_shared<qint64>(-1); // -1: request not read yet
            auto clock = std::make_shared<QElapsedTimer>();
            auto pump = [socket, sent, event, clock, this] {
                if (*sent < 0) {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                                  "Connection: close\r\n\r\n");
                    *sent = 0;
                    clock->start();
                }
                const qint64 allowed =
                    m_pace > 0 ? qint64(clock->nsecsElapsed() / 1e9 * m_pace) : m_totalBytes;
                while (*sent < std::min(m_totalBytes, allowed) &&
                       socket->bytesToWrite() < 1024 * 1024) {
                    socket->write(event);
                    *sent += event.size();
                }
                if (*sent >= m_totalBytes && socket->bytesToWrite() == 0)
                    socket->disconnectFromHost();
            };
            QObject::connect(socket, &QTcpSocket::readyRead, socket, pump);
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
            if (m_pace > 0) {
                auto *tick = new QTimer(socket);
                QObject::connect(tick, &QTimer::timeout, socket, pump);
                tick->start(5);
            }
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
        exec();
    }

private:
    qint64 m_totalBytes;
    qint64 m_pace;
    quint16 m_port = 0;
    QSemaphore m_ready;
};

// One exchange streaming totalBytes of SSE (at most pace bytes/s; 0 = as fast
// as it goes) through HttpClient's tap into store (or into no store: the
// peer); MB/s until the store has committed it.
double sseStreamMbPerS(CaptureStore *store, qint64 totalBytes, qint64 pace = 0)
{
    SseServerThread server(totalBytes, pace);
    server.start();
    const quint16 port = server.port();
    HttpClient client(store);
    client.setBodyCap(totalBytes + 1024 * 1024);
    HttpRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/sse").arg(port));
    QElapsedTimer clock;
    clock.start();
    HttpCall *call = client.send(request);
    QEventLoop loop;
    QObject::connect(call, &HttpCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (store)
        store->flush();
    const double seconds = clock.nsecsElapsed() / 1e9;
    const qint64 received = call->exchange().responseBodySize;
    server.quit();
    server.wait();
    if (received < totalBytes)
        std::fprintf(stderr, "sse stream: only %lld of %lld bytes arrived\n", received, totalBytes);
    return received / 1e6 / seconds;
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
        app.start(QStringLiteral(MCPSCOPE_APP),
                  {QStringLiteral("--quit-after-first-paint"), QStringLiteral("--store"),
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
    app.start(QStringLiteral(MCPSCOPE_APP),
              {QStringLiteral("--store"), dir.filePath(QStringLiteral("idle.sqlite"))});
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

// The read-side figures, in a process of their own so its memory is the
// log's, not the ingest phase's.
int readPhase(const QString &big)
{
    BodyMaker bodies;
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
    print("rows_in_log", model.rowCount(), 0);
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
    // A word every row has (first page of matches), then a rare one (all matches).
    print("fts_query_ms", search("jsonrpc"));
    print("fts_query_first_page_rows", model.rowCount(), 0);
    print("fts_query_rare_ms", search("zyxwvutsrare"));
    print("fts_query_rare_rows", model.rowCount(), 0);
    return 0;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows in the big store."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption ingestOption(QStringLiteral("ingest"),
                                          QStringLiteral("Exchanges for the ingest figure."),
                                          QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QStringLiteral("Big store to reuse or create."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption readPhaseOption(QStringLiteral("read-phase"),
                                             QStringLiteral("(internal)"));
    const QCommandLineOption repeatOption(
        QStringLiteral("repeat"),
        QStringLiteral("Interleaved runs of the ingest and startup figures."), QStringLiteral("N"),
        QStringLiteral("3"));
    const QCommandLineOption sseOption(QStringLiteral("sse-mb"),
                                       QStringLiteral("MB streamed for the SSE figure (0 = skip)."),
                                       QStringLiteral("N"), QStringLiteral("100"));
    parser.addOptions(
        {rowsOption, ingestOption, storeOption, readPhaseOption, repeatOption, sseOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(readPhaseOption))
        return readPhase(parser.value(storeOption));

    const qint64 rows = parser.value(rowsOption).toLongLong();
    const qint64 ingestCount = parser.value(ingestOption).toLongLong();
    const int repeats = std::max(1, parser.value(repeatOption).toInt());
    QTemporaryDir dir;
    BodyMaker bodies;

    // Ingest: McpScope's writer and raw SQLite, interleaved, alternating
    // which goes first; medians with min and max over the repeats.
    QList<double> ours, raw;
    for (int i = 0; i < repeats; ++i) {
        for (int side = 0; side < 2; ++side) {
            const bool mine = (side == 0) == (i % 2 == 0);
            const QString path =
                dir.filePath(mine ? QStringLiteral("ingest.sqlite") : QStringLiteral("raw.sqlite"));
            if (mine) {
                CaptureStore fresh;
                if (!fresh.open(path))
                    return 1;
                ours << ingest(fresh, ingestCount, bodies);
            } else {
                raw << rawSqliteIngest(path, ingestCount, bodies);
            }
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
    }
    printSpread("ingest_exchanges_per_s", ours);
    printSpread("sqlite_raw_exchanges_per_s", raw);

    // One long SSE exchange through the tap: into the store, and (the peer)
    // into no store, interleaved as above.
    if (const qint64 sseBytes = parser.value(sseOption).toLongLong() * 1024 * 1024; sseBytes > 0) {
        QList<double> stored, bare;
        for (int i = 0; i < repeats; ++i) {
            for (int side = 0; side < 2; ++side) {
                if ((side == 0) == (i % 2 == 0)) {
                    const QString path = dir.filePath(QStringLiteral("sse.sqlite"));
                    {
                        CaptureStore fresh;
                        if (!fresh.open(path))
                            return 1;
                        stored << sseStreamMbPerS(&fresh, sseBytes);
                    }
                    for (const QString &suffix :
                         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                        QFile::remove(path + suffix);
                } else {
                    bare << sseStreamMbPerS(nullptr, sseBytes);
                }
            }
        }
        printSpread("sse_stream_mb_per_s", stored);
        printSpread("sse_stream_no_store_mb_per_s", bare);
        // The same stream offered at 25 MB/s: a longer stream, recorded
        // more often as it grows (every 250 ms). A store that keeps up
        // shows about 25.
        const QString path = dir.filePath(QStringLiteral("sse-paced.sqlite"));
        {
            CaptureStore fresh;
            if (!fresh.open(path))
                return 1;
            print("sse_stream_paced_25_mb_per_s",
                  sseStreamMbPerS(&fresh, sseBytes, 25 * 1000 * 1000));
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }

    const QString big = parser.isSet(storeOption) ? parser.value(storeOption)
                                                  : dir.filePath(QStringLiteral("big.sqlite"));
    {
        CaptureStore store;
        if (auto ok = store.open(big); !ok) {
            std::fprintf(stderr, "%s\n", qPrintable(ok.error().message));
            return 1;
        }
        CaptureReader counter;
        (void)counter.open(big);
        const auto have = counter.exchangeCount();
        const qint64 present = have ? *have : 0;
        if (present < rows) {
            std::fprintf(stderr, "generating %lld rows (once per --store file)...\n",
                         rows - present);
            print("generate_exchanges_per_s", ingest(store, rows - present, bodies), 0);
        }
        QElapsedTimer indexClock;
        indexClock.start();
        store.flushSearchIndex();
        print("fts_catch_up_s", indexClock.nsecsElapsed() / 1e9);
    }
    print("store_rows", double(rows), 0);

    QProcess reader;
    reader.setProcessChannelMode(QProcess::ForwardedChannels);
    reader.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--read-phase"), QStringLiteral("--store"), big});
    reader.waitForFinished(-1);

    QList<double> startups;
    for (int i = 0; i < repeats; ++i)
        startups << startupToWindowMs(dir);
    printSpread("startup_to_window_ms", startups);
    print("idle_rss_mb", idleRssMb(dir));
    return 0;
}
