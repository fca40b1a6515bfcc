// Redaction runs on every byte a server sends before it reaches disk.
#include "capture/redaction.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

bool mentionsSensitiveField(QByteArrayView data)
{
    // Field names match case-insensitively.
    const QByteArray lower = data.toByteArray().toLower();
    for (const char *name : {"token", "code", "secret", "assertion", "verifier", "password"})
        if (lower.contains(name))
            return true;
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    static const char *types[] = {"application/json", "application/x-www-form-urlencoded", "text/event-stream",
                                  "text/html", ""};
    Redactor redactor;
    redactor.addKnownSecret("planted-known-secret");
    const QByteArray body = redactor.redactBody(input, types[data[0] % 5]);
    const QByteArray json = Redactor::redactJsonFields(input);
    const QByteArray form = Redactor::redactFormFields(input);
    const QString url = redactor.redactUrl(QString::fromUtf8(input));
    const QByteArray header = redactor.redactHeaderValue(data[0] % 2 ? "Cookie" : "Set-Cookie", input);

    // Text that names no sensitive field passes through unchanged.
    if (!mentionsSensitiveField(input)) {
        if (json != input || form != input)
            std::abort();
    }
    if (body.contains("planted-known-secret") || url.contains(QLatin1String("planted-known-secret")))
        std::abort();
    // Redacting twice changes nothing more.
    if (Redactor::redactJsonFields(json) != json)
        std::abort();
    (void)header;
    return 0;
}
