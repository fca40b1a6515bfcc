#pragma once

#include "common/error.h"

#include <QByteArrayView>
#include <QUrl>

namespace mcpscope {

// The URL an HTTP+SSE (2024-11-05) server's "endpoint" event names, resolved
// against the event stream's URL. The endpoint must stay on the stream's
// origin (scheme, host and port): a stream that names another origin is
// refused, so a server cannot send McpScope's messages (and tokens) elsewhere.
Result<QUrl> sseEndpointUrl(const QUrl &streamUrl, QByteArrayView eventData);

} // namespace mcpscope
