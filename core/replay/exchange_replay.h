#pragma once

#include "common/error.h"
#include "net/exchange.h"
#include "net/http_client.h"
#include "net/message_record.h"
#include "replay/call_replay.h"
#include "replay/json_diff.h"
#include "replay/recorded_session.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace mcpscope {

class McpSession;

// The JSON-RPC request a captured exchange carried (the outgoing request
// message linked to it), with the answer recorded for it; nullopt when the
// exchange carried none (a plain HTTP exchange, a notification, a GET stream).
std::optional<RecordedRequest> requestCarriedBy(const Exchange &exchange,
                                                const QList<MessageRecord> &messages);

// What one replayed plain HTTP exchange gave.
struct ExchangeReplayOutcome
{
    ReplayState state = ReplayState::Same;
    Exchange exchange;         // the replay as sent and answered (id: as recorded, 0: not)
    Error error;               // the request failed before an answer (network, refused)
    QList<JsonChange> changes; // comparable(original) -> comparable(replay), rules applied
    Error diffError;           // the diff could not be made (too deeply nested)
    // Both responses as comparable() gives them (what the diff compared).
    QJsonObject originalComparable;
    QJsonObject replayComparable;
};

// Sends one captured HTTP exchange again (method, URL, headers and body,
// each possibly edited first) through a session's HTTP client, so it is
// recorded like any request, in that session, and linked to the original
// exchange (replay_of); then compares the response with the original's:
// status, headers by name, body as JSON when both bodies are JSON, else as
// text (which the diff compares line by line), and the timings.
//
// Secrets: a stored exchange carries redacted values. A header whose value
// holds the redaction marker is never sent as the marker: it is dropped (the
// caller shows which, see redactedHeaderNames(), so the user can fill it in).
// When the session talks to an MCP server, its own Authorization (the bearer
// token it holds) and custom headers are added where the request has none.
//
// Contract: start() once; finished() follows once, never inside start().
// The session must outlive the replay (if it goes first, the replay finishes
// failed). Nothing here blocks: the bodies are parsed and diffed on a worker
// thread (a replay deleted meanwhile never hears of it).
class ExchangeReplay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeReplay)

public:
    explicit ExchangeReplay(McpSession *session, QObject *parent = nullptr);
    ~ExchangeReplay() override;

    // original: the exchange as stored (its id is what replay_of points at);
    // request: what to send (from the original, edited).
    void start(const Exchange &original, const HttpRequest &request, const IgnoreRules &rules);

    bool isFinished() const { return m_finished; }
    const Exchange &original() const { return m_original; }
    const ExchangeReplayOutcome &outcome() const { return m_outcome; }
    // The request as it went out (redacted headers dropped, session headers added).
    const HttpRequest &sent() const { return m_sent; }

    // The response as one JSON value, the way replays are compared:
    // {"status": 200, "headers": {"content-type": "…", …}, "body": …} with
    // header names in lower case (repeated headers joined with ", ") and the
    // body parsed when it is JSON, else as text (absent when empty).
    static QJsonObject comparable(const Exchange &exchange);
    // Whether a stored value was redacted (holds the redaction marker).
    static bool isRedacted(QByteArrayView value);
    // The names of the headers whose values were redacted, in order.
    static QList<QByteArray> redactedHeaderNames(const HeaderList &headers);

Q_SIGNALS:
    void finished();

private:
    void onFinished();
    void finish();
    void compare();

    QPointer<McpSession> m_session;
    QPointer<HttpCall> m_call;
    Exchange m_original;
    HttpRequest m_sent;
    IgnoreRules m_rules;
    ExchangeReplayOutcome m_outcome;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mcpscope
