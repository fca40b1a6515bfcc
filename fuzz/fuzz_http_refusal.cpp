// Retry-After and WWW-Authenticate values of a refusal come from an
// untrusted server: parsing them never crashes, a delay is never negative,
// and every explanation names the method and says what to do.
#include "mcp/http_refusal.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    if (const auto delay = parseRetryAfter(bytes, now); delay && *delay < 0)
        std::abort();
    Exchange e;
    e.status = size > 0 && data[0] % 2 ? 401 : 429;
    e.responseHeaders = {{"WWW-Authenticate", bytes}, {"Retry-After", bytes}};
    e.responseBody = bytes;
    const RequestFailure failure = explainHttpRefusal(e, QStringLiteral("tools/call"));
    if (failure.httpStatus != e.status ||
        !failure.error.message.contains(QStringLiteral("tools/call")) ||
        (e.status == 429 && failure.retryAfterMs < -1))
        std::abort();
    (void)answerWarnings(e, QStringLiteral("tools/call"));
    return 0;
}
