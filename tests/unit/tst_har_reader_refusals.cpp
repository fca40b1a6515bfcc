#include "export/har_reader.h"

#include <QBuffer>
#include <QTest>

using namespace mcpscope;

// Files the HAR reader refuses, each with the place and the reason the user
// is shown (a scalar or an array where the HAR's objects go, an empty
// method, a string or a payload over the import limit), and numbers beyond
// 32 bits, which it reads.
class TestHarReaderRefusals : public QObject
{
    Q_OBJECT

    struct Read
    {
        Result<void> result;
        QList<HarEntry> entries;
    };

    static Read readBytes(QByteArray bytes, HarReader::Limits limits = {})
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        HarReader reader(limits);
        Read read;
        read.result = reader.read(buffer, [&](const HarEntry &e) {
            read.entries.append(e);
            return true;
        });
        return read;
    }

    static QString errorOf(const QByteArray &bytes, HarReader::Limits limits = {})
    {
        const Read read = readBytes(bytes, limits);
        return read.result ? QStringLiteral("(read)") : read.result.error().message;
    }

    // One entry; request and extra members of the entry as given.
    static QByteArray oneEntry(const QByteArray &request, const QByteArray &extra = {})
    {
        return "{\"log\":{\"version\":\"1.2\",\"entries\":[{\"startedDateTime\":"
               "\"2026-11-30T10:00:00.000Z\",\"request\":" +
               request + ",\"response\":{\"status\":200,\"content\":{}}" + extra + "}]}}";
    }

private Q_SLOTS:
    void scalarAtTheTop()
    {
        QCOMPARE(errorOf("42"),
                 QStringLiteral("Not a usable HAR at byte 2: the top level is not an object: not "
                                "a HAR."));
    }

    void logIsAnArray()
    {
        QCOMPARE(errorOf("{\"log\":[]}"),
                 QStringLiteral("Not a usable HAR at byte 7 (log): \"log\" must be an object."));
    }

    void requestIsNotAnObject()
    {
        const Read read = readBytes(oneEntry("5"));
        QVERIFY(!read.result);
        QCOMPARE(read.result.error().code, ErrorCode::HarFormat);
        QCOMPARE(read.result.error().message,
                 QStringLiteral("Not a usable HAR at byte 131, in entry 0 (log.entries[0]): "
                                "log.entries[0].request must be an object."));
        QVERIFY(read.entries.isEmpty());
    }

    void emptyMethod()
    {
        QCOMPARE(errorOf(oneEntry("{\"method\":\"\",\"url\":\"http://h/\"}")),
                 QStringLiteral("Not a usable HAR at byte 161, in entry 0 (log.entries[0]): "
                                "log.entries[0].request.method must be a non-empty string."));
    }

    void entryIsAnArray()
    {
        const QString error = errorOf("{\"log\":{\"entries\":[[1]]}}");
        QVERIFY2(error.startsWith(QStringLiteral("Not a usable HAR at byte ")), qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral(": an entry must be an object.")),
                 qPrintable(error));
    }

    void urlIsNotAString()
    {
        const QString error = errorOf(oneEntry("{\"method\":\"GET\",\"url\":5}"));
        QVERIFY2(error.endsWith(QStringLiteral(": log.entries[0].request.url must be a string.")),
                 qPrintable(error));
    }

    void responseIsNotAnObject()
    {
        const QByteArray bytes =
            "{\"log\":{\"version\":\"1.2\",\"entries\":[{\"startedDateTime\":"
            "\"2026-11-30T10:00:00.000Z\",\"request\":{\"method\":\"GET\",\"url\":\"http://h/\"},"
            "\"response\":[]}]}}";
        const QString error = errorOf(bytes);
        QVERIFY2(error.endsWith(QStringLiteral(": log.entries[0].response must be an object.")),
                 qPrintable(error));
    }

    void deviceNotOpen()
    {
        QBuffer closed;
        HarReader reader;
        const auto read = reader.read(closed, [](const HarEntry &) { return true; });
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::HarFormat);
        QCOMPARE(read.error().message, QStringLiteral("The HAR file is not open for reading."));
    }

    void stringOverTheLimit()
    {
        HarReader::Limits limits;
        limits.maxStringBytes = 8;
        QCOMPARE(
            errorOf(oneEntry("{\"method\":\"POST\",\"url\":\"http://127.0.0.1/mcp\"}"), limits),
            QStringLiteral("Not a usable HAR at byte 80, in entry 0 "
                           "(log.entries[0].startedDateTime): a string of 24 bytes is longer "
                           "than the import limit (8 bytes)."));
    }

    void payloadOverTheLimit()
    {
        HarReader::Limits limits;
        const QByteArray payload = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\","
                                   "\"params\":{\"a\":[1,2,3,4,5,6,7,8,9]}}";
        const QByteArray bytes =
            oneEntry("{\"method\":\"POST\",\"url\":\"http://h/\"}",
                     ",\"_mcpscope\":{\"messages\":[{\"payload\":" + payload + "}]}");
        // Within the limit, the same file reads, the payload byte for byte.
        limits.maxStringBytes = 1024;
        const Read read = readBytes(bytes, limits);
        QVERIFY2(read.result, read.result ? "" : qPrintable(read.result.error().message));
        QCOMPARE(read.entries.size(), 1);
        QCOMPARE(read.entries.at(0).mcpscopePayloads, QByteArrayList{payload});
        limits.maxStringBytes = payload.size();
        QVERIFY(readBytes(bytes, limits).result);
        // Over it, refused: as it grows, or at its closing bracket.
        limits.maxStringBytes = 40;
        QCOMPARE(errorOf(bytes, limits),
                 QStringLiteral("Not a usable HAR at byte 247, in entry 0 "
                                "(log.entries[0]._mcpscope.messages[0].payload.method): a payload "
                                "of more than 40 bytes is longer than the import limit."));
        limits.maxStringBytes = payload.size() - 1;
        QCOMPARE(errorOf(bytes, limits),
                 QStringLiteral("Not a usable HAR at byte 282, in entry 0 "
                                "(log.entries[0]._mcpscope.messages[0].payload.params): a payload "
                                "of more than 80 bytes is longer than the import limit."));
        QCOMPARE(payload.size(), 81);
    }

    // 64-bit numbers (signed and unsigned) are read as the numbers they are.
    void numbersBeyond32Bits()
    {
        const Read big = readBytes(
            oneEntry("{\"method\":\"GET\",\"url\":\"http://h/\"}", ",\"time\":5000000000"));
        QVERIFY2(big.result, big.result ? "" : qPrintable(big.result.error().message));
        QCOMPARE(big.entries.size(), 1);
        QCOMPARE(big.entries.at(0).timeMs, 5000000000.0);
        const Read huge = readBytes(oneEntry("{\"method\":\"GET\",\"url\":\"http://h/\"}",
                                             ",\"time\":18446744073709551615"));
        QVERIFY2(huge.result, huge.result ? "" : qPrintable(huge.result.error().message));
        QCOMPARE(huge.entries.at(0).timeMs, 18446744073709551615.0);
        const Read negative = readBytes(
            oneEntry("{\"method\":\"GET\",\"url\":\"http://h/\"}", ",\"time\":-5000000000"));
        QVERIFY2(negative.result,
                 negative.result ? "" : qPrintable(negative.result.error().message));
        QCOMPARE(negative.entries.at(0).timeMs, -5000000000.0);
    }
};

QTEST_GUILESS_MAIN(TestHarReaderRefusals)
#include "tst_har_reader_refusals.moc"
