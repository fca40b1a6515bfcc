#pragma once

#include <QByteArray>
#include <QString>

namespace mcpscope {

// One JSON-RPC message as stored: linked to the HTTP exchange (or stdio
// frame) that carried it; a response links to its request with the latency.
struct MessageRecord
{
    qint64 id = 0; // from ExchangeSink::reserveMessageId()
    qint64 sessionId = 0;
    qint64 exchangeId = 0; // 0 = not carried by HTTP
    bool outgoing = true;
    QString kind; // request, notification, response, error
    QString rpcId;
    QString method;
    QByteArray payload; // the message as sent or received (redacted when stored)
    qint64 atMs = 0;
    qint64 responseTo = 0; // for responses: the request's message id
    double latencyMs = -1;
    // A replayed request: the original request's message id (0 = no replay).
    // Read from the store; recording sets it with ExchangeSink::linkReplay().
    qint64 replayOf = 0;
    // A retry of a multi round-trip request (2026-07-28 MRTR): the message id
    // of the first round's request, so the store links every round of one
    // logical call (0 = not a retry).
    qint64 roundOf = 0;
};

} // namespace mcpscope
