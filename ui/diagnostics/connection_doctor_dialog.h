#pragma once

#include "diagnostics/connection_doctor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mcpscope {

class CaptureStore;
class TokenVault;

// Tools ▸ Connection Doctor…: walks the troubleshooting guides' decision tree
// against one server (ConnectionDoctor does the work) and shows it as it
// goes. Above, what to check: the server URL (or, with transport stdio, the
// command line), the transport and the sign-in (none, headless, browser,
// client credentials; client id, secret, scope). Below, a row per stage in
// the doctor's order (connectivity … intermittency), each filling with its
// checks as they finish: status icon, time, what was seen (plain text: it
// quotes servers). When a stage fails, the verdict says what failed and what
// to do, highlighted; later stages read "skipped". Copy Report puts the
// report as text on the clipboard; Save JSON… writes toJson(report).
// Double-clicking a check with exchanges asks for them in the capture log.
//
// Object names: doctorTarget, doctorTransport, doctorSignIn,
// doctorClientId, doctorClientSecret, doctorScope, runDoctor, cancelDoctor,
// doctorChecks (the stage tree: column 0 the stage or check title, 1 its
// status, 2 ms, 3 detail), doctorCheckDetail, doctorVerdict,
// copyDoctorReport, saveDoctorJson.
class ConnectionDoctorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDoctorDialog)

public:
    enum Column
    {
        TitleColumn,
        StatusColumn,
        TimeColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        StageRole = Qt::UserRole, // int(DoctorStage), every row
        CheckIdRole,              // a check row's stable id
        StatusRole,               // int(CheckStatus) once finished
    };

    // store (may be null) records the doctor's traffic in a capture session
    // "Connection Doctor"; vault (may be null) keeps what a sign-in obtains.
    // Both must outlive the dialog.
    ConnectionDoctorDialog(CaptureStore *store, TokenVault *vault, QWidget *parent = nullptr);
    ~ConnectionDoctorDialog() override;

    void setTarget(const QString &urlOrCommand);
    // Runs the doctor with what the fields say (Run).
    void start();
    bool isRunning() const;
    const DoctorReport &report() const;
    // The report as text: every check with its stage, status, time and
    // detail, then the verdict (what Copy Report copies).
    QString reportText() const;

Q_SIGNALS:
    void finished(const mcpscope::DoctorReport &report);
    void exchangesRequested(const QList<qint64> &exchangeIds, qint64 current,
                            const QString &origin);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void resetStages();
    QTreeWidgetItem *stageItem(DoctorStage stage) const;
    QTreeWidgetItem *checkItem(const DoctorCheck &check, bool create);
    void onCheckStarted(const DoctorCheck &check);
    void onCheckFinished(const DoctorCheck &check);
    void onFinished(const DoctorReport &report);
    void showStatus(QTreeWidgetItem *item, std::optional<CheckStatus> status, bool running);
    void updateStage(DoctorStage stage);
    void showCurrent();
    void updateButtons();
    void copyReport();
    void saveJson();
    DoctorOptions options() const;

    ConnectionDoctor *m_doctor;
    QLineEdit *m_target;
    QComboBox *m_transport;
    QComboBox *m_signIn;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_scope;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QLabel *m_verdict;
    QTreeWidget *m_checks;
    QPlainTextEdit *m_detail;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_close;
    QList<QLabel *> m_formLabels;
    bool m_finished = false;
};

} // namespace mcpscope
