#pragma once

#include "common/error.h"
#include "common/findings.h"
#include "diagnostics/diagnostic_rule.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace mcpscope {

struct DiagnosticsOptions
{
    // Empty = every session with rows past the watermark (all sessions if
    // force).
    QList<qint64> sessionIds;
    // Re-run the whole store.
    bool force = false;
    // Added beyond the shared contract:
    // Compute without writing anything (no upgrade, no findings stored, no
    // watermark moved): a capture opened read-only. A file that cannot be
    // written is run this way on its own. The findings are in
    // DiagnosticsRun::computed.
    bool readOnly = false;
    // Tests run one group or a rule of their own (default: allRules()).
    RuleList (*factory)() = nullptr;
    // Set from another thread to stop a run between pages: it then fails and
    // stores nothing more (the sessions finished so far keep their findings).
    const std::atomic<bool> *cancel = nullptr;
};

struct DiagnosticsRun
{
    qint64 exchanges = 0, messages = 0; // inputs the rules read
    int findings = 0;                   // rule findings stored for the sessions run
    QList<qint64> sessionIds;           // the sessions run, ascending (0 = no session)
    double ms = 0;
    // Added beyond the shared contract: a readOnly run's findings (nothing
    // was stored); empty otherwise.
    QList<Finding> computed;
};

// Runs the rules over the store's rows (read on its own connection, in
// capture order, in pages) and REPLACES the 'rules' findings of each session
// it ran (delete + insert, one transaction per session), so running twice
// never duplicates. Sessions whose rows passed the watermark are re-run
// whole; the watermark then moves to the highest exchange id below which
// every exchange has settled (complete or failed) and the highest message
// id, when every session with rows past the old watermark was run. A rule
// finding whose kind and evidence a 'live' (or 'doctor') finding already has
// is not stored again: evidence such a finding of the same kind cites is
// dropped, and the finding when none is left (one without evidence is
// dropped when the session has such a finding of its kind). Fills
// RuleInput.protocolVersion from the session's initialize answer (else the
// MCP-Protocol-Version header sent before), sessionTarget from
// sessions.target. Exchanges and messages with no session run as session 0.
// Upgrades the store's schema when it is older (unless read-only).
// Synchronous; callable from any thread (a connection of its own).
Result<DiagnosticsRun> runDiagnostics(const QString &storePath,
                                      const DiagnosticsOptions &options = {});

// Live: runs runDiagnostics on its own thread, coalescing schedule() calls
// (at most one run in flight, one queued), never blocking the caller. Runs
// start at most once per minimumInterval (1 s). finished/failed are emitted
// on the thread that owns the worker. The destructor cancels a run in
// flight and waits for it to stop (between two pages of rows).
class DiagnosticsWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsWorker)

public:
    explicit DiagnosticsWorker(const QString &storePath, QObject *parent = nullptr);
    ~DiagnosticsWorker() override;

    // e.g. on CaptureStore::exchangesCommitted; debounced here (≤ 1 run/s).
    void schedule();

    // Added beyond the shared contract:
    QString storePath() const { return m_storePath; }
    // The options each run uses (sessionIds, force and cancel are ignored).
    void setOptions(const DiagnosticsOptions &options);
    void setMinimumInterval(int ms);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const mcpscope::DiagnosticsRun &run);
    void failed(const mcpscope::Error &error);

private:
    void startRun();
    void runDone(const Result<DiagnosticsRun> &result);

    QString m_storePath;
    DiagnosticsOptions m_options;
    int m_minimumIntervalMs = 1000;
    qint64 m_lastStartMs = 0;
    bool m_running = false;
    bool m_queued = false;
    bool m_timerArmed = false;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread; runs are posted to it
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace mcpscope

Q_DECLARE_METATYPE(mcpscope::DiagnosticsRun)
