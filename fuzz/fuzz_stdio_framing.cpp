// A stdio server's stdout is untrusted bytes cut into lines. With a small cap
// (so the drop path runs): however the bytes arrive, the same lines come out,
// exactly the lines within the cap, and the framer never holds more than it.
#include "mcp/stdio_framing.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

struct Model
{
    QList<QByteArray> lines;
    int dropped = 0;
};

// What the stream means, read in one piece with no framer at all.
Model model(QByteArrayView bytes, qsizetype cap)
{
    Model out;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', start);
        const QByteArrayView line =
            bytes.sliced(start, (newline < 0 ? bytes.size() : newline) - start);
        if (line.size() > cap)
            ++out.dropped; // reported even while the line is still unfinished
        else if (newline >= 0 && !line.trimmed().isEmpty())
            out.lines.append(line.trimmed().toByteArray());
        if (newline < 0)
            break;
        start = newline + 1;
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype cap = data[0] % 48;
    quint32 state = data[1];
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    const Model expected = model(stream, cap);

    // Whole, byte by byte, and in pseudo-random chunks of up to 32 bytes.
    for (int way = 0; way < 3; ++way) {
        LineFramer framer(cap);
        Model got;
        qsizetype at = 0;
        while (at < stream.size()) {
            state = state * 1103515245 + 12345;
            const qsizetype chunk = way == 0   ? stream.size()
                                    : way == 1 ? 1
                                               : 1 + (state >> 16) % 32;
            const LineFramer::Output out =
                framer.feed(stream.sliced(at, std::min(chunk, stream.size() - at)));
            got.lines += out.lines;
            got.dropped += out.dropped;
            at += chunk;
            if (framer.buffered() > cap)
                std::abort();
        }
        if (got.lines != expected.lines || got.dropped != expected.dropped)
            std::abort();
    }
    return 0;
}
