#pragma once

#include "common/error.h"
#include "replay/json_diff.h"
#include "replay/recorded_session.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace mcpscope {

class McpRequest;
class McpSession;

// How a replayed call compares with its recording.
enum class ReplayState
{
    Same,    // the answer matches the recording (ignored members aside)
    Changed, // it differs: see the changes
    Failed,  // no answer where the recording had one, or an error where it had a result
};

// What one replayed call gave.
struct CallReplayOutcome
{
    ReplayState state = ReplayState::Same;
    RecordedAnswer answer; // what came back (kind None: no answer, see error)
    Error error;           // why there was no answer, or the JSON-RPC error as text
    double latencyMs = -1;
    QList<JsonChange> changes; // recorded answer -> replayed answer, rules applied
    Error diffError;           // the diff could not be made (too deeply nested)
    qint64 messageId = 0;      // the replayed request as recorded (0: not recorded)
    qint64 exchangeId = 0;
};

// Sends one recorded request again (its params possibly edited first) over
// an open session, records it linked to the original (replay_of on its
// message and exchange), and compares the answer with the recorded one.
//
// Contract: start() once, with the session connected; finished() follows
// once, never inside start(). The session must outlive the replay; if it
// goes first, the replay finishes failed. Nothing here blocks.
class CallReplay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallReplay)

public:
    explicit CallReplay(McpSession *session, QObject *parent = nullptr);
    ~CallReplay() override;

    // rules: what the comparison ignores (IgnoreRules::volatileMembers() is
    // the usual choice).
    void start(const RecordedRequest &request, const IgnoreRules &rules);

    const RecordedRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    const CallReplayOutcome &outcome() const { return m_outcome; }

    // The state of answer against recorded (changes as computed by diff).
    static ReplayState compare(const RecordedAnswer &recorded, const RecordedAnswer &replayed,
                               const QList<JsonChange> &changes);

Q_SIGNALS:
    void finished();

private:
    void onFinished();
    void finish();

    QPointer<McpSession> m_session;
    QPointer<McpRequest> m_pending;
    RecordedRequest m_request;
    IgnoreRules m_rules;
    CallReplayOutcome m_outcome;
    QElapsedTimer m_clock;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mcpscope
