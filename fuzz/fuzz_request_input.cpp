// Header lines and requests typed into the New Request dialog or the CLI's
// -H/-X: a header that parses is a token name and a value no line break can
// split, and it parses back to itself when written out again.
#include "net/request_input.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

bool isTchar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

void checkHeader(const QString &line)
{
    const auto header = parseHeaderLine(line);
    if (!header) {
        if (header.error().message.isEmpty())
            std::abort();
        return;
    }
    const auto &[name, value] = *header;
    if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isTchar))
        std::abort();
    // Field values (RFC 9110 §5.5) hold no control characters but HTAB.
    for (const char c : value)
        if ((uchar(c) < 0x20 && c != '\t') || c == 0x7f)
            std::abort();
    const auto again = parseHeaderLine(QString::fromLatin1(name) + QStringLiteral(": ") +
                                       QString::fromUtf8(value));
    if (!again || *again != *header)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // "method\nurl\nheader\nheader…": each field on its own.
    const QStringList lines = text.split(QLatin1Char('\n'));
    checkHeader(text);
    for (const QString &line : lines)
        checkHeader(line);
    if (lines.size() < 2)
        return 0;
    const auto request = buildRequest(lines[0], lines[1], lines.mid(2), "{}");
    if (!request) {
        if (request.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (!request->url.isValid() || request->url.host().isEmpty() ||
        (request->url.scheme() != u"http" && request->url.scheme() != u"https") ||
        request->method.isEmpty() || request->method != request->method.toUpper())
        std::abort();
    qsizetype nonBlank = 0;
    for (const QString &line : lines.mid(2))
        nonBlank += line.trimmed().isEmpty() ? 0 : 1;
    if (request->headers.size() != nonBlank)
        std::abort();
    return 0;
}
