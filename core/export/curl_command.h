#pragma once

#include "net/exchange.h"

#include <QString>

namespace mcpscope {

// A request as a curl command line (the log's Copy as curl): method, URL,
// every header but the ones curl sets itself (Content-Length, Host,
// Connection), and the body, each single-quoted for a POSIX shell. Values the
// capture redacted stay as stored: nothing is filled back in.
QString curlCommand(const Exchange &exchange);

// text single-quoted for a POSIX shell ('it'\''s').
QString shellQuote(const QString &text);

} // namespace mcpscope
