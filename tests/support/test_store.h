#pragma once

#include "capture/capture_store.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

// Helpers shared by the tests that write capture stores.
namespace mcpscope::testing {

inline Exchange
makeExchange(qint64 id, const QByteArray &method = "POST", int status = 200,
             const QByteArray &responseBody = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}")
{
    Exchange e;
    e.id = id;
    e.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    e.state = Exchange::State::Complete;
    e.method = method;
    e.url = QStringLiteral("http://127.0.0.1:3001/mcp");
    e.requestHeaders = {{"Content-Type", "application/json"},
                        {"Accept", "application/json, text/event-stream"}};
    e.requestBody = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";
    e.status = status;
    e.httpVersion = QStringLiteral("HTTP/1.1");
    e.responseHeaders = {{"Content-Type", "application/json"}};
    e.responseBody = responseBody;
    e.responseBodySize = responseBody.size();
    e.ttfbMs = 1.5;
    e.totalMs = 2.5;
    return e;
}

// Every byte SQLite may have put on disk for a store: the file and its WAL.
inline QByteArray storeFileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace mcpscope::testing
