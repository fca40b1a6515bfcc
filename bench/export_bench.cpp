// Prints the export and import figures, one "name: value" per line. Timings
// are measured here and printed, never asserted: compare runs on a quiet
// machine, not single numbers.
//
//   export_bench [--exchanges N] [--store FILE] [--har FILE]
//
// A scratch store is filled with N (default 100,000) MCP exchanges in one
// session: a tools/call request and its JSON result (about 1 KB each way),
// with their two JSON-RPC messages, an Authorization header and every 50th
// one an SSE response. --store reuses (or creates and keeps) that store.
//
// Figures (one function each; the bundle and import figures belong with
// their writers):
//   har_export_exchanges_per_s   HarWriter, the whole session to a file
//                                (and _cpu_: per second of process CPU time)
//   json_export_exchanges_per_s  the peer: the JSON export (QJsonDocument,
//                                built whole), same store, same redactor
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "export/har_writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace mcpscope;

namespace {

void print(const char *name, double value, int decimals = 1)
{
    std::printf("%s: %.*f\n", name, decimals, value);
    std::fflush(stdout);
}

QByteArray words(int seed, int count)
{
    static const char *vocabulary[] = {"alpha",  "weather", "forecast", "tool",   "result",
                                       "London", "rain",    "sunny",    "report", "server",
                                       "query",  "index",   "schema",   "value",  "answer"};
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        out += vocabulary[(seed * 7 + i * 13) % 15];
        out += ' ';
    }
    return out;
}

// Fills path with n exchanges of one session; returns the session id.
qint64 fillStore(const QString &path, int n)
{
    CaptureStore store;
    if (auto opened = store.open(path); !opened) {
        std::fprintf(stderr, "export_bench: %s\n", qPrintable(opened.error().message));
        std::exit(1);
    }
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(n) * 10;
    const qint64 session =
        store.createSession(QStringLiteral("bench"), QStringLiteral("http://127.0.0.1:3001/mcp"),
                            QStringLiteral("http"), start);
    for (int i = 0; i < n; ++i) {
        const QByteArray id = QByteArray::number(i + 1);
        const QByteArray request =
            "{\"jsonrpc\":\"2.0\",\"id\":" + id +
            ",\"method\":\"tools/call\",\"params\":{\"name\":\"get_forecast\",\"arguments\":"
            "{\"city\":\"London\",\"days\":3,\"note\":\"" +
            words(i, 20) + "\"},\"_meta\":{\"progressToken\":" + id + "}}}";
        const QByteArray result = "{\"jsonrpc\":\"2.0\",\"id\":" + id +
                                  ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"" +
                                  words(i + 3, 120) +
                                  "\"}],\"structuredContent\":{\"temperature\":12.5,"
                                  "\"conditions\":\"rain\"},\"isError\":false}}";
        const bool sse = i % 50 == 0;
        Exchange e;
        e.id = store.reserveExchangeId();
        e.sessionId = session;
        e.startedAtMs = start + qint64(i) * 10;
        e.state = Exchange::State::Complete;
        e.method = "POST";
        e.url = QStringLiteral("http://127.0.0.1:3001/mcp");
        e.requestHeaders = {{"Content-Type", "application/json"},
                            {"Accept", "application/json, text/event-stream"},
                            {"Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.bench.signature"},
                            {"Mcp-Session-Id", "5f0c6f1e-bench"},
                            {"MCP-Protocol-Version", "2025-11-25"}};
        e.requestBody = request;
        e.status = 200;
        e.reasonPhrase = "OK";
        e.httpVersion = QStringLiteral("HTTP/1.1");
        e.responseHeaders = {{"Content-Type", sse ? "text/event-stream" : "application/json"},
                             {"Date", "Mon, 30 Nov 2026 07:00:00 GMT"}};
        e.responseBody = sse ? "event: message\nid: " + id + "\ndata: " + result + "\n\n" : result;
        e.responseBodySize = e.responseBody.size();
        e.ttfbMs = 3.25;
        e.totalMs = 4.5;
        store.record(e);
        MessageRecord out;
        out.id = store.reserveMessageId();
        out.sessionId = session;
        out.exchangeId = e.id;
        out.outgoing = true;
        out.kind = QStringLiteral("request");
        out.rpcId = QString::fromLatin1(id);
        out.method = QStringLiteral("tools/call");
        out.payload = request;
        out.atMs = e.startedAtMs;
        store.recordMessage(out);
        MessageRecord in = out;
        in.id = store.reserveMessageId();
        in.outgoing = false;
        in.kind = QStringLiteral("response");
        in.method.clear();
        in.payload = result;
        in.responseTo = out.id;
        in.latencyMs = 4.5;
        in.atMs = e.startedAtMs + 4;
        store.recordMessage(in);
    }
    store.flush();
    store.close();
    return session;
}

void harExportFigure(const QString &storePath, const QString &harPath, qint64 exchanges)
{
    QFile out(harPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::exit(1);
    HarWriter writer;
    QElapsedTimer clock;
    clock.start();
    const std::clock_t cpuStart = std::clock();
    const auto written = writer.write(storePath, ExportScope{}, out);
    out.close();
    const double seconds = clock.nsecsElapsed() / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!written || writer.exchangesWritten() != exchanges) {
        std::fprintf(stderr, "export_bench: HAR export failed\n");
        std::exit(1);
    }
    print("har_export_exchanges_per_s", exchanges / seconds, 0);
    // The same per second of this process's CPU time: on a shared machine
    // the wall-clock figure also measures the neighbours.
    print("har_export_cpu_exchanges_per_s", exchanges / cpuSeconds, 0);
    print("har_export_mb", QFileInfo(out).size() / 1e6);
    print("har_export_redactions", double(writer.tally().total()), 0);
}

void jsonExportFigure(const QString &storePath, const QString &dir, qint64 exchanges)
{
    QFile out(dir + QStringLiteral("/bench.json"));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::exit(1);
    ExportRedactor redactor;
    QElapsedTimer clock;
    clock.start();
    const std::clock_t cpuStart = std::clock();
    const auto written = writeJsonExport(storePath, ExportScope{}, redactor, out);
    out.close();
    const double seconds = clock.nsecsElapsed() / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!written) {
        std::fprintf(stderr, "export_bench: JSON export failed\n");
        std::exit(1);
    }
    print("json_export_exchanges_per_s", exchanges / seconds, 0);
    print("json_export_cpu_exchanges_per_s", exchanges / cpuSeconds, 0);
}

// bundle_write_ms and the HAR import figures: added with the bundle writer
// and the HAR importer, each a function of its own like the two above.

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption exchangesOption(QStringLiteral("exchanges"),
                                             QStringLiteral("Exchanges in the store."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QStringLiteral("Reuse (or create and keep) this store."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption harOption(
        QStringLiteral("har"),
        QStringLiteral("Keep the exported HAR here (to compare exports byte for byte)."),
        QStringLiteral("FILE"));
    parser.addOptions({exchangesOption, storeOption, harOption});
    parser.addHelpOption();
    parser.process(app);
    const int n = parser.value(exchangesOption).toInt();
    QTemporaryDir dir;
    const QString storePath = parser.isSet(storeOption)
                                  ? parser.value(storeOption)
                                  : dir.filePath(QStringLiteral("export-bench.sqlite"));
    if (!QFile::exists(storePath)) {
        QElapsedTimer fill;
        fill.start();
        fillStore(storePath, n);
        print("fill_store_s", fill.elapsed() / 1000.0);
    }
    CaptureReader reader;
    if (!reader.open(storePath))
        return 1;
    const qint64 exchanges = reader.exchangeCount().value_or(0);
    print("exchanges", double(exchanges), 0);
    harExportFigure(storePath,
                    parser.isSet(harOption) ? parser.value(harOption)
                                            : dir.filePath(QStringLiteral("bench.har")),
                    exchanges);
    if (qEnvironmentVariableIsEmpty("EXPORT_BENCH_HAR_ONLY")) // for profiling the HAR path
        jsonExportFigure(storePath, dir.path(), exchanges);
    return 0;
}
