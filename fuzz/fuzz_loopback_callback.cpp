// Anything on the machine can connect to the loopback redirect listener and
// send it bytes; only a complete GET /callback head is a callback.
#include "oauth/loopback_receiver.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView head(reinterpret_cast<const char *>(data), qsizetype(size));
    const CallbackRequest request = parseCallbackRequest(head, 4096);
    const bool complete = head.indexOf("\r\n\r\n") >= 0;
    // Incomplete only while the head has not ended and is within the cap.
    if ((request.kind == CallbackRequest::Kind::Incomplete) != (!complete && head.size() <= 4096))
        std::abort();
    // (Whitespace before the request line is tolerated, as RFC 9112 §2.2 allows.)
    if (request.kind == CallbackRequest::Kind::Callback &&
        !head.toByteArray().trimmed().startsWith("GET "))
        std::abort();
    (void)request.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    return 0;
}
