// Body decoding classifies, validates and re-indents whatever a server sent.
#include "net/body_decoding.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    static const char *types[] = {"application/json", "text/event-stream", "text/plain; charset=utf-8",
                                  "image/png", ""};
    const DecodedBody decoded = decodeBody(input, types[data[0] % 5]);
    (void)decoded;

    // A body judged valid UTF-8 survives a round trip through QString (which
    // drops a leading byte order mark by design).
    if (!firstInvalidUtf8(input) && !input.startsWith("\xEF\xBB\xBF")
        && QString::fromUtf8(input).toUtf8() != input)
        std::abort();

    // Pretty printing is stable: printing its own output gives the same text.
    if (auto pretty = prettyPrintJson(input)) {
        auto again = prettyPrintJson(*pretty);
        if (!again || *again != *pretty)
            std::abort();
    }
    (void)prettyPrintEventStream(input);
    (void)hexDump(input, 4096);
    return 0;
}
