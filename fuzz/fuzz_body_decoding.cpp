// Body decoding classifies, validates and re-indents whatever a server sent.
// Properties are round trips: the hex dump reads back to the bytes, the
// pretty JSON minifies to the minified input (no key reordered, no string
// touched), valid UTF-8 text comes back byte for byte.
#include "net/body_decoding.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

const QByteArrayView kBom("\xEF\xBB\xBF");

// JSON text without the whitespace between tokens; strings kept byte for byte.
QByteArray minified(QByteArrayView json)
{
    QByteArray out;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json[++i];
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            out += c;
        }
    }
    return out;
}

// The bytes a hex dump shows, read back from its hex columns.
QByteArray fromHexDump(const QString &dump)
{
    QByteArray out;
    for (const QString &line : dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QChar(0x2026))) // "… N more bytes not shown"
            break;
        // "00000010  xx xx xx xx xx xx xx xx  xx xx xx xx xx xx xx xx  |ascii|"
        const QString hex = line.mid(10, 49);
        for (const QString &byte : hex.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            out += char(byte.toInt(nullptr, 16));
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    static const char *types[] = {"application/json", "text/event-stream",
                                  "text/plain; charset=utf-8", "image/png", ""};
    const DecodedBody decoded = decodeBody(input, types[data[0] % 5]);
    if ((decoded.kind == BodyKind::Empty) != input.isEmpty())
        std::abort();
    if (decoded.firstInvalidUtf8 != firstInvalidUtf8(input))
        std::abort();

    const QByteArrayView unmarked = input.startsWith(kBom) ? input.sliced(kBom.size()) : input;
    switch (decoded.kind) {
    case BodyKind::Binary: // the dump reads back to the body
        if (fromHexDump(decoded.text) != input.first(std::min<qsizetype>(input.size(), 64 * 1024)))
            std::abort();
        break;
    case BodyKind::Json: // same tokens, same order, same strings
        if (!decoded.firstInvalidUtf8 && minified(decoded.text.toUtf8()) != minified(unmarked))
            std::abort();
        break;
    case BodyKind::Text: // valid UTF-8 is shown as it came
        if (!decoded.firstInvalidUtf8 && decoded.text.toUtf8() != unmarked)
            std::abort();
        break;
    default:
        break;
    }

    // A body judged valid UTF-8 survives a round trip through QString (which
    // drops a leading byte order mark by design).
    if (!firstInvalidUtf8(input) && QString::fromUtf8(input).toUtf8() != unmarked)
        std::abort();

    // Pretty printing is stable (printing its own output gives the same
    // text) and changes only whitespace.
    if (auto pretty = prettyPrintJson(input)) {
        auto again = prettyPrintJson(*pretty);
        if (!again || *again != *pretty || minified(*pretty) != minified(unmarked))
            std::abort();
    }
    (void)prettyPrintEventStream(input);
    // A dump with a cap shows exactly the first cap bytes.
    const qsizetype cap = data[0];
    if (fromHexDump(hexDump(input, cap)) != input.first(std::min(input.size(), cap)))
        std::abort();
    return 0;
}
