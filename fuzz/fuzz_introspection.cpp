// Token introspection answers (RFC 7662) come from the authorization server.
// An accepted answer says whether the token is active, as a boolean; and the
// answer written back parses to the same answer.
#include "oauth/oauth_types.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto answer = parseIntrospectionResponse(body);
    if (!answer) {
        if (answer.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (!answer->value(QStringLiteral("active")).isBool())
        std::abort();
    for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
        const auto again = parseIntrospectionResponse(QJsonDocument(*answer).toJson(format));
        if (!again || *again != *answer)
            std::abort();
    }
    return 0;
}
