#include "mcp/sse_endpoint.h"

#include <QCoreApplication>

namespace mcpscope {

Result<QUrl> sseEndpointUrl(const QUrl &streamUrl, QByteArrayView eventData)
{
    const QUrl target = streamUrl.resolved(QUrl(QString::fromUtf8(eventData.trimmed())));
    if (target.scheme() != streamUrl.scheme() || target.host() != streamUrl.host() ||
        target.port() != streamUrl.port())
        return makeError(ErrorCode::McpSse,
                         QCoreApplication::translate(
                             "mcpscope",
                             "The server's endpoint event names another origin (%1); refusing to "
                             "send messages there.")
                             .arg(target.toString()));
    return target;
}

} // namespace mcpscope
