// The HAR reader reads files customers and other tools send: any bytes.
#include "export/har_reader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    HarReader::Limits limits;
    limits.maxStringBytes = 1024 * 1024;
    HarReader reader(limits);
    int handed = 0;
    auto result = reader.read(buffer, [&](const HarEntry &entry) {
        // Entries come in order, each with what HAR 1.2 requires.
        if (entry.index != handed++ || entry.method.isEmpty() || entry.endByte > qint64(size) ||
            entry.status < 0 || entry.status > 999)
            std::abort();
        return true;
    });
    if (!result && result.error().message.isEmpty())
        std::abort(); // every rejection explains itself
    if (reader.log().entryCount != handed)
        std::abort();
    // Skipping entries agrees on whether the bytes are JSON.
    buffer.seek(0);
    HarReader skipper(limits);
    auto skipped = skipper.read(
        buffer, [](const HarEntry &) { return true; }, true);
    if (result && !skipped)
        std::abort();
    return 0;
}
