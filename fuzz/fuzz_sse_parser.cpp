// The SSE parser reads every streamed response from an untrusted server.
#include "mcp/sse_parser.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    // Seeds start with these two bytes too: cap, then where to cut.
    const qsizetype cap = 16 + data[0] * 4; // small caps exercise the drop path
    const qsizetype cut = stream.isEmpty() ? 0 : data[1] % (stream.size() + 1);

    SseParser whole(cap);
    const QList<SseEvent> expected = whole.feed(stream);
    SseParser split(cap);
    QList<SseEvent> events = split.feed(stream.first(cut));
    events += split.feed(stream.sliced(cut));

    // Chunking never changes what the stream means.
    if (events != expected || whole.lastEventId() != split.lastEventId() ||
        whole.retryMs() != split.retryMs())
        std::abort();
    for (const SseEvent &event : expected)
        if (event.data.size() > cap)
            std::abort();
    return 0;
}
