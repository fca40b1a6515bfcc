#pragma once

#include "net/http_client.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUrl>

namespace mcpscope::testing {

// The DELETEs tests/peers/servers/bad_mcp_server.mjs listening on port has
// answered so far (its GET /stats), or -1 when it did not say in 10 s.
inline int badServerDeletesAnswered(quint16 port)
{
    HttpClient http;
    HttpCall *stats =
        http.send({"GET", QUrl(QStringLiteral("http://127.0.0.1:%1/stats/").arg(port))});
    QSignalSpy done(stats, &HttpCall::finished);
    if (!stats->isFinished() && !done.wait(10000))
        return -1;
    return QJsonDocument::fromJson(stats->exchange().responseBody)
        .object()
        .value(QStringLiteral("deletes"))
        .toInt(-1);
}

} // namespace mcpscope::testing
