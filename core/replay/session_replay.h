#pragma once

#include "common/error.h"
#include "replay/call_replay.h"
#include "replay/json_diff.h"
#include "replay/recorded_session.h"
#include "session/mcp_session.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace mcpscope {

class ExchangeSink;

// One call of a regression run, compared with its recording.
struct ReplayedCall
{
    int index = 0; // among the recorded client requests, from 0
    QString method;
    QString name; // tool or prompt name, resource uri (empty for other methods)
    ReplayState state = ReplayState::Same;
    QList<JsonChange> changes;
    QString failure; // why it Failed, or why it could not be compared
    // Sent anyway, and said so: the recorded tools/call arguments do not
    // validate against the inputSchema the server listed in this run.
    QString note;
    double recordedMs = -1;
    double replayedMs = -1;
    // The replayed answer as it was compared (RecordedAnswer::asJson);
    // Undefined when none came back.
    QJsonValue answer = QJsonValue(QJsonValue::Undefined);
};

struct ReplayReport
{
    qint64 recordedSessionId = 0;
    qint64 replaySessionId = 0; // the run's own capture session (0: not recorded)
    QString target;
    QList<ReplayedCall> calls;
    int same = 0;
    int changed = 0;
    int failed = 0;
    int serverRequestsAnswered = 0;
    int serverRequestsUnmatched = 0;

    bool allSame() const { return changed == 0 && failed == 0; }
    // Appends call and counts its state.
    void add(const ReplayedCall &call);
    QJsonObject toJson() const;
    static QString stateName(ReplayState state); // "same", "changed", "failed"
};

// A regression run: opens a session to a target, sends every recorded client
// request of a RecordedSession in order (notifications too; initialize and
// notifications/initialized are the session's own), answers the server's
// requests as recorded (by method, in order; one not recorded gets a
// JSON-RPC error), compares each answer with the recording under the ignore
// rules, and reports per call. The run is recorded in sink as a capture
// session of its own, linked to the recorded one (replay_of), each request
// to its original.
//
// Contract: start() once; finished() follows once, never inside start(),
// after the session has closed. A run that could not connect, or whose
// connection failed midway, finishes with error() set (and the calls done so
// far in the report). Everything runs on the calling thread's event loop.
class SessionReplay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionReplay)

public:
    // sink (may be null) must outlive the run.
    explicit SessionReplay(ExchangeSink *sink, QObject *parent = nullptr);
    ~SessionReplay() override;

    // options: the target (Http or Stdio); its capture name and kind are set
    // here unless given.
    void start(const RecordedSession &recorded, const McpSessionOptions &options,
               const IgnoreRules &rules);

    // Ends a run early: the call in flight is dropped (no callFinished for
    // it), the session closes and finished() follows; stopped() is then true.
    void stop();
    bool stopped() const { return m_stopped; }

    const ReplayReport &report() const { return m_report; }
    bool failed() const { return m_error.code != ErrorCode::None; }
    const Error &error() const { return m_error; }
    McpSession *session() const { return m_session; }

Q_SIGNALS:
    void callFinished(const mcpscope::ReplayedCall &call);
    void finished();

private:
    void sendNext();
    QString argumentsNote(const RecordedRequest &request) const;
    void onCallFinished();
    Result<QJsonObject> answerServerRequest(const JsonRpcMessage &request);
    void abort(const Error &error);
    void closeSession();

    ExchangeSink *m_sink;
    McpSession *m_session = nullptr;
    QPointer<CallReplay> m_call;
    RecordedSession m_recorded;
    IgnoreRules m_rules;
    ReplayReport m_report;
    Error m_error;
    int m_next = 0;                             // index into m_recorded.requests
    int m_callIndex = 0;                        // requests sent so far
    QHash<QString, int> m_serverRequestCursor;  // method -> next index to search from
    QHash<QString, QJsonObject> m_inputSchemas; // tool -> inputSchema, from this run's tools/list
    QString m_pendingNote;                      // for the call in flight
    bool m_started = false;
    bool m_closing = false;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace mcpscope
