#pragma once

#include "net/exchange.h"
#include "net/message_record.h"

#include <QList>
#include <QString>

namespace mcpscope {

// Sees what is recorded before redaction: the token in an Authorization
// header, the code in a token request. For rules that keep a token's
// non-secret facts (issuer, audience, expiry, scopes); an observer must never
// write what it sees, or keep a secret past the call.
//
// Called on the thread that records (HttpClient's, McpClient's), synchronously,
// before the sink stores the redacted copy. An exchange that streams is seen
// each time it is recorded (same id, growing body; its state says when it is
// final).
class ExchangeObserver
{
public:
    virtual ~ExchangeObserver() = default;
    virtual void exchangeRecorded(const Exchange &raw) = 0;
    virtual void messageRecorded(const MessageRecord &raw) { Q_UNUSED(raw) }
};

// Where net and mcp record what they see: HTTP exchanges, JSON-RPC messages,
// the sessions that group them. CaptureStore implements it (redacting before
// anything reaches disk); net and mcp know nothing else of the store.
//
// Contract for implementers: ids are handed out at once and are unique for
// the sink; record() of an id already recorded replaces it; nothing may block
// on disk. Callers record through submit(), so observers see every record.
class ExchangeSink
{
public:
    virtual ~ExchangeSink() = default;

    // Everything below but the observers may be used only while open.
    virtual bool isOpen() const = 0;

    virtual qint64 reserveExchangeId() = 0;
    virtual qint64 reserveMessageId() = 0;

    // A capture session: what exchanges and messages carry as sessionId.
    // target is a URL or a stdio command line; kind is "mcp", "http", "oauth".
    virtual qint64 createSession(const QString &name, const QString &target, const QString &kind,
                                 qint64 startedAtMs) = 0;
    virtual void endSession(qint64 sessionId, qint64 endedAtMs) = 0;

    // Store (redacted). exchange.id / message.id come from reserve*Id().
    virtual void record(const Exchange &exchange) = 0;
    virtual void recordMessage(const MessageRecord &message) = 0;

    // Links a row to the one it replays (replay_of in the store): a
    // regression run's capture session to the recorded session, a replayed
    // request message to the original message, the exchange that carried it
    // to the original exchange. May be called before the row is written (an
    // exchange is written when it is done); the link is kept until it is.
    // The default keeps no link.
    enum class ReplayLink
    {
        Session,
        Exchange,
        Message
    };
    virtual void linkReplay(ReplayLink what, qint64 id, qint64 originalId)
    {
        Q_UNUSED(what)
        Q_UNUSED(id)
        Q_UNUSED(originalId)
    }

    // The protocol era a capture session speaks, once the client knows it
    // ("legacy" or "modern", see mcp/protocol_era.h). The default keeps none.
    virtual void setSessionEra(qint64 sessionId, const QString &era)
    {
        Q_UNUSED(sessionId)
        Q_UNUSED(era)
    }

    // What net and mcp call: the observers see the record raw, then record()
    // stores it.
    void submit(const Exchange &exchange);
    void submit(const MessageRecord &message);

    // observer is not owned; remove it before it goes. Add and remove on the
    // thread that records.
    void addObserver(ExchangeObserver *observer);
    void removeObserver(ExchangeObserver *observer);

private:
    QList<ExchangeObserver *> m_observers;
};

} // namespace mcpscope
