// WWW-Authenticate comes from any server McpScope talks to.
#include "net/www_authenticate.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView header(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = parseWwwAuthenticate(header);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            std::abort();
        return 0;
    }
    // Every challenge has a scheme; parameter names are lower-case.
    for (const AuthChallenge &c : *parsed) {
        if (c.scheme.isEmpty())
            std::abort();
        for (const auto &[name, value] : c.params)
            if (name != name.toLower() || name.isEmpty())
                std::abort();
    }
    (void)bearerChallenge({{"WWW-Authenticate", header.toByteArray()}});
    return 0;
}
