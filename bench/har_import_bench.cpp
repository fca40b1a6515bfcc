// Prints the HAR importer's figures, one "name: value" per line. Timings are
// measured and printed, never asserted.
//
//   har_import_bench [--exchanges N] [--big-mb MB]
//
// har_import_exchanges_per_s: a generated foreign HAR of N exchanges (default
// 100,000; each a JSON-RPC tools/call with a JSON answer, so recognition
// runs) imported into a new store, flushed. Its peer in the same run:
// qjson_parse_exchanges_per_s, the same file only parsed whole with
// QJsonDocument::fromJson (no store, no redaction).
//
// With --big-mb, a HAR of that many MB is streamed to a temporary file (never
// held), imported by a child process, and the child's peak RSS (VmHWM) is
// printed as har_import_peak_rss_mb.
#include "capture/capture_store.h"
#include "export/har_import.h"
#include "export/har_reader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// One entry: a tools/call and its answer, padded to about padding bytes of
// answer text.
QByteArray entryJson(qint64 n, int padding)
{
    const QByteArray id = QByteArray::number(n);
    const QByteArray when = "2026-11-30T10:00:00.000Z";
    const QByteArray request = "{\\\"jsonrpc\\\":\\\"2.0\\\",\\\"id\\\":" + id +
                               ",\\\"method\\\":\\\"tools/call\\\",\\\"params\\\":{\\\"name\\\":"
                               "\\\"echo\\\",\\\"arguments\\\":{\\\"message\\\":\\\"m" +
                               id + "\\\"}}}";
    const QByteArray answer = "{\\\"jsonrpc\\\":\\\"2.0\\\",\\\"id\\\":" + id +
                              ",\\\"result\\\":{\\\"content\\\":[{\\\"type\\\":\\\"text\\\","
                              "\\\"text\\\":\\\"Echo: m" +
                              id + ' ' + QByteArray(padding, 'x') + "\\\"}]}}";
    return "{\"startedDateTime\":\"" + when +
           "\",\"time\":3.5,\"_resourceType\":\"fetch\",\"request\":{\"method\":\"POST\",\"url\":"
           "\"http://127.0.0.1:3001/mcp\",\"httpVersion\":\"HTTP/1.1\",\"headers\":[{\"name\":"
           "\"Content-Type\",\"value\":\"application/json\"},{\"name\":\"Authorization\","
           "\"value\":\"Bearer bench-token-0123456789\"}],\"queryString\":[],\"cookies\":[],"
           "\"headersSize\":-1,\"bodySize\":-1,\"postData\":{\"mimeType\":\"application/json\","
           "\"text\":\"" +
           request +
           "\"}},\"response\":{\"status\":200,\"statusText\":\"OK\",\"httpVersion\":\"HTTP/1.1\","
           "\"headers\":[{\"name\":\"Content-Type\",\"value\":\"application/json\"}],\"cookies\":"
           "[],\"content\":{\"size\":-1,\"mimeType\":\"application/json\",\"text\":\"" +
           answer +
           "\"},\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":-1},\"cache\":{},"
           "\"timings\":{\"send\":0.5,\"wait\":2,\"receive\":1}}";
}

// Streams a HAR to path: count entries, or until it reaches bytes.
qint64 writeHar(const QString &path, qint64 count, qint64 bytes, int padding)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    file.write("{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"har_import_bench\","
               "\"version\":\"1\"},\"entries\":[\n");
    qint64 n = 0;
    while ((count > 0 && n < count) || (bytes > 0 && file.pos() < bytes)) {
        if (n)
            file.write(",\n");
        file.write(entryJson(n, padding));
        ++n;
    }
    file.write("\n]}}\n");
    return n;
}

int child(const QString &har, const QString &storePath)
{
    CaptureStore store;
    if (!store.open(storePath))
        return 4;
    QElapsedTimer timer;
    timer.start();
    auto imported = importHar(har, store);
    if (!imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
        return 1;
    }
    store.close();
    print("har_import_big_exchanges", double(imported->exchanges), 0);
    print("har_import_big_exchanges_per_s", imported->exchanges * 1000.0 / timer.elapsed(), 0);
    print("har_import_peak_rss_mb", peakRssMb());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption exchanges(QStringLiteral("exchanges"), QStringLiteral("N"),
                                       QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption bigMb(QStringLiteral("big-mb"), QStringLiteral("MB"),
                                   QStringLiteral("MB"), QStringLiteral("0"));
    const QCommandLineOption childHar(QStringLiteral("child"), QStringLiteral("internal"),
                                      QStringLiteral("HAR"));
    const QCommandLineOption childStore(QStringLiteral("child-store"), QStringLiteral("internal"),
                                        QStringLiteral("FILE"));
    parser.addOptions({exchanges, bigMb, childHar, childStore});
    parser.process(app);
    if (parser.isSet(childHar))
        return child(parser.value(childHar), parser.value(childStore));

    QTemporaryDir dir;
    const qint64 n = parser.value(exchanges).toLongLong();
    const QString har = dir.filePath(QStringLiteral("bench.har"));
    writeHar(har, n, 0, 200);
    print("har_file_mb", QFileInfo(har).size() / 1048576.0);
    {
        CaptureStore store;
        if (!store.open(dir.filePath(QStringLiteral("bench.sqlite"))))
            return 4;
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        HarImportOptions options;
        options.maxQueuedJobs = qEnvironmentVariableIntValue("HAR_BENCH_QUEUE") > 0
                                    ? qEnvironmentVariableIntValue("HAR_BENCH_QUEUE")
                                    : options.maxQueuedJobs;
        auto imported = importHar(har, store, options);
        store.flush();
        const qint64 ms = std::max<qint64>(timer.elapsed(), 1);
        const double cpuMs = std::max(1.0, (std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        if (!imported || imported->exchanges != n) {
            std::fprintf(stderr, "import failed: %s\n",
                         imported ? "count" : qPrintable(imported.error().message));
            return 1;
        }
        print("har_import_exchanges_per_s", n * 1000.0 / ms, 0);
        // CPU time of both threads (reader and store writer): what a busy
        // machine does not hide.
        print("har_import_exchanges_per_cpu_s", n * 1000.0 / cpuMs, 0);
        print("har_import_rpc_calls", double(imported->rpcCalls), 0);
    }
    {
        // The reader alone (entries parsed and handed out, nothing stored).
        QElapsedTimer timer;
        timer.start();
        QFile file(har);
        file.open(QIODevice::ReadOnly);
        HarReader reader;
        qint64 read = 0;
        (void)reader.read(file, [&](const HarEntry &) { return ++read > 0; });
        print("har_read_exchanges_per_s", read * 1000.0 / std::max<qint64>(timer.elapsed(), 1), 0);
    }
    {
        QElapsedTimer timer;
        timer.start();
        QFile file(har);
        file.open(QIODevice::ReadOnly);
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        const qint64 ms = std::max<qint64>(timer.elapsed(), 1);
        const qsizetype parsed =
            doc.object().value(u"log").toObject().value(u"entries").toArray().size();
        print("qjson_parse_exchanges_per_s", parsed * 1000.0 / ms, 0);
    }
    QFile::remove(har);

    const qint64 mb = parser.value(bigMb).toLongLong();
    if (mb > 0) {
        const QString big = dir.filePath(QStringLiteral("big.har"));
        const qint64 entries = writeHar(big, 0, mb * 1048576, 8000);
        print("har_big_file_mb", QFileInfo(big).size() / 1048576.0);
        print("har_big_entries", double(entries), 0);
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--child"), big, QStringLiteral("--child-store"),
                       dir.filePath(QStringLiteral("big.sqlite"))});
        process.waitForFinished(-1);
        if (process.exitCode() != 0)
            return 1;
    }
    return 0;
}
