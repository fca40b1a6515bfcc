// A legacy HTTP+SSE server names where McpScope posts its messages (and
// tokens) in an "endpoint" event. Only the stream's own origin is accepted,
// what is accepted means the same URL when written out and read back, and a
// plain absolute path is never refused.
#include "mcp/sse_endpoint.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QUrl streams[] = {QUrl(QStringLiteral("http://127.0.0.1:3001/sse")),
                                   QUrl(QStringLiteral("https://mcp.example/v1/sse?x=1")),
                                   QUrl(QStringLiteral("http://[::1]:8080/mcp/sse"))};
    const QUrl &stream = streams[data[0] % 3];
    const QByteArrayView event(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const auto target = sseEndpointUrl(stream, event);
    if (!target) {
        if (target.error().message.isEmpty())
            std::abort();
        static const QRegularExpression plainPath(QStringLiteral("^/(?!/)[A-Za-z0-9/._~?=&%-]*$"));
        if (plainPath.match(QString::fromUtf8(event.trimmed())).hasMatch())
            std::abort();
        return 0;
    }
    const auto sameOrigin = [&](const QUrl &url) {
        return url.isValid() && url.scheme() == stream.scheme() && url.host() == stream.host() &&
               url.port(-1) == stream.port(-1);
    };
    if (!sameOrigin(*target))
        std::abort();
    // The request goes out from the URL's text: it must name the same origin.
    if (!sameOrigin(QUrl(target->toString())) ||
        !sameOrigin(QUrl(QString::fromUtf8(target->toEncoded()))))
        std::abort();
    return 0;
}
