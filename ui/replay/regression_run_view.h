#pragma once

#include "common/error.h"
#include "replay/recorded_session.h"
#include "replay/session_replay.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace mcpscope {

class DiffView;
class ExchangeSink;

// A regression run of one recorded session (a tab of the main window): the
// target (the recorded one prefilled, a URL or a stdio command), Run and
// Stop, a row per call filling in as the calls finish (index, method, name,
// state, number of changes, recorded → replayed ms), the totals above, and
// the selected call's recorded answer against the replayed one in a
// DiffView below. The ignore rules are the DiffView's (the same saved
// rules as every diff view); a run uses the rules in force when it starts.
// Everything runs on the event loop; the run is recorded in the sink.
// Object names: runTransport, runTarget, runButton, stopButton, runTotals,
// runStatus, runCalls, runDiff.
class RegressionRunView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegressionRunView)

public:
    enum Column
    {
        Index,
        Method,
        Name,
        State,
        Changes,
        Timing,
        ColumnCount
    };

    // sink (may be null: runs not recorded) must outlive the view.
    explicit RegressionRunView(ExchangeSink *sink, QWidget *parent = nullptr);
    ~RegressionRunView() override;

    // Reads the session from the store at storePath and prefills the target.
    // On failure the view says why and Run stays disabled.
    Result<void> load(const QString &storePath, qint64 sessionId);
    const RecordedSession &recorded() const { return m_recorded; }

    // The target of the next run: a URL (stdio false) or a command line.
    void setTarget(const QString &target, bool stdio);

    void run();
    void stop();
    bool isRunning() const { return m_replay != nullptr; }
    // The last run's report (empty before the first).
    const ReplayReport &report() const { return m_report; }
    DiffView *diffView() const { return m_diff; }

    // A tab title: "Run: <session name>".
    QString title() const;

Q_SIGNALS:
    void runFinished();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCallFinished(const ReplayedCall &call);
    void onFinished();
    void showSelected();
    void updateTotals();
    void updateButtons();
    void recolour();
    void retranslateUi();
    const RecordedRequest *recordedRequest(int callIndex) const;

    ExchangeSink *m_sink;
    RecordedSession m_recorded;
    bool m_loaded = false;
    QPointer<SessionReplay> m_replay;
    ReplayReport m_report;
    QString m_failure;
    bool m_stopped = false;

    QLabel *m_transportLabel;
    QComboBox *m_transport;
    QLabel *m_targetLabel;
    QLineEdit *m_target;
    QPushButton *m_run;
    QPushButton *m_stop;
    QLabel *m_totals;
    QLabel *m_status;
    QTableWidget *m_calls;
    QSplitter *m_split;
    DiffView *m_diff;
};

} // namespace mcpscope
