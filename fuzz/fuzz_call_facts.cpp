// The call facts read headers and bodies any server controls: Retry-After,
// the RateLimit-* / X-RateLimit-* family, WWW-Authenticate, OAuth error
// bodies and JSON-RPC payloads. The input is split at newlines into header
// values and bodies.
#include "capture/call_fact.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = input.split('\n');
    const auto part = [&parts](int i) { return parts.value(i); };

    // Each parser alone: -1 or a non-negative figure, never anything else.
    for (const QByteArray &value : parts) {
        if (CallFactParse::retryAfterMs(value, 1'700'000'000'000) < -1 ||
            CallFactParse::leadingCount(value) < -1 ||
            CallFactParse::structuredParam(value, "r") < -1 ||
            CallFactParse::structuredParam(value, "q") < -1)
            std::abort();
        (void)CallFactParse::httpDateMs(value);
    }

    Exchange e;
    e.id = 1;
    e.state = Exchange::State::Complete;
    e.method = "POST";
    e.url = QString::fromUtf8(part(0));
    e.status = size > 0 ? 200 + data[0] % 400 : 200;
    e.startedAtMs = 1'700'000'000'000;
    e.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    e.requestBody = part(1);
    e.responseHeaders = {{"Retry-After", part(2)},     {"Date", part(3)},
                         {"RateLimit-Limit", part(4)}, {"X-RateLimit-Remaining", part(5)},
                         {"RateLimit", part(6)},       {"RateLimit-Policy", part(7)},
                         {"WWW-Authenticate", part(8)}};
    e.responseBody = part(9);
    MessageRecord request;
    request.id = 2;
    request.kind = QStringLiteral("request");
    request.method = QStringLiteral("tools/call");
    request.payload = part(10);
    MessageRecord answer;
    answer.id = 3;
    answer.outgoing = false;
    answer.kind = QStringLiteral("response");
    answer.responseTo = 2;
    answer.payload = part(11);
    for (int status : {e.status, 401, 403, 429, 503}) {
        e.status = status;
        const CallFact f = factOfExchange(e, {request, answer});
        if (f.retryAfterMs < -1 || f.rateLimitLimit < -1 || f.rateLimitRemaining < -1 ||
            int(f.outcome) < 0 || int(f.outcome) >= kCallOutcomeCount || int(f.authEvent) < 0 ||
            int(f.authEvent) >= kAuthEventCount || f.label != QStringLiteral("tools/call"))
            std::abort();
    }
    (void)factOfStdioRequest(request, &answer);
    return 0;
}
