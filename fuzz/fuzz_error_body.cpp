// Error bodies come from servers: an HTML page, text or JSON where an OAuth
// endpoint should have answered JSON. Any body reads without a crash, the
// quoted text stays bounded, and a code found outside JSON has an OAuth
// code's shape.
#include "oauth/error_body.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const ErrorBody read = readErrorBody(body);
    if (read.size != body.size() || read.text.size() > 300 || read.title.size() > 300 ||
        read.description.size() > 300 && !read.json || (read.html && read.json))
        std::abort();
    static const QRegularExpression code(QStringLiteral("^[a-z][a-z0-9_]{2,63}$"));
    if (!read.json && !read.error.isEmpty() && !code.match(read.error).hasMatch())
        std::abort();
    if (oauthErrorOf(body) != std::pair{read.error, read.description})
        std::abort();
    const QString quote = quoteErrorBody(body);
    if (read.html && quote.isEmpty())
        std::abort();
    return 0;
}
