#pragma once

#include "common/error.h"
#include "net/http_client.h"

#include <QStringList>

namespace mcpscope {

// Turns what a user typed (the New Request dialog, the CLI's -H/-X/-d) into
// an HttpRequest, or says exactly which part is wrong.
Result<std::pair<QByteArray, QByteArray>> parseHeaderLine(const QString &line);
Result<HttpRequest> buildRequest(const QString &method, const QString &url,
                                 const QStringList &headerLines, const QByteArray &body);

} // namespace mcpscope
