#pragma once

#include "common/error.h"
#include "export/export_redactor.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QThread;
class QTimer;

namespace mcpscope {

// File > Export… (Ctrl+E), and Export Selected… on log rows: a scope (the
// current session, the selected rows, sessions checked in a list, or the
// whole store), a format (HAR 1.2, McpScope JSON, a .mcpscope capture bundle,
// an incident report in Markdown or HTML) and a file; with the redaction
// review: before anything is written a dry run (a worker thread, into no file)
// counts what every export removes, listed by kind, name and count with a
// total, and the user's own rules (header names, JSON pointers, query
// parameters, regular expressions), validated as they are edited and saved
// in settings, are applied and counted too. There is no unredacted export.
// The export itself runs on a worker thread (progress, Cancel), writes the
// file owner-only (0600) through a temporary file, and ends with a message
// naming the file and the counts.
//
// Incident reports cover whole sessions: with the selected rows as the scope
// they are disabled (a tooltip says why). A bundle of rows holds those
// exchanges with their messages and sessions.
//
// Object names: scopeSession, scopeRows, scopeSessions, scopeStore,
// sessionChoices, exportFormat, exportPath, exportBrowse, tallyTable,
// tallyTotal, ruleKind, ruleValue, addRule, removeRule, rulesTable,
// ruleError, exportButton, exportProgress, exportCancel, exportError.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Format
    {
        Har,
        Json,
        Bundle,
        ReportMarkdown,
        ReportHtml,
    };
    enum class Scope
    {
        CurrentSession,
        SelectedRows,
        ChosenSessions,
        WholeStore,
    };

    struct Outcome
    {
        QString path;
        RedactionTally tally;
        qint64 exchanges = -1; // -1: not known (reports)
        qint64 sessions = -1;
        qint64 bytes = 0;
    };

    // storePath: the capture store (or bundle) to export from, read only.
    // currentSession 0: none (the scope is then not offered); exchangeIds:
    // the selected rows (empty: that scope is not offered; when given it is
    // the scope picked first).
    ExportDialog(const QString &storePath, qint64 currentSession, const QList<qint64> &exchangeIds,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    RedactionRules rules() const { return m_rules; }
    // The last dry run's tally (empty before the first has finished).
    const RedactionTally &tally() const { return m_tally; }

    // The settings key the user's rules are saved under (JSON).
    static QString settingsKey();
    static RedactionRules savedRules();

    static QString suffixFor(Format format);

    // One export or dry run, handed to a worker thread (internal).
    struct Run;

Q_SIGNALS:
    // A dry run finished and the review shows its tally.
    void reviewUpdated();
    // The export was written (the dialog then closes); message names the
    // file and the counts.
    void exported(const QString &message);
    // The export failed or was cancelled (the dialog stays open); plain text.
    void exportFailed(const QString &message);

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadSessions();
    void updateFormats();
    void rulesEdited();
    void addRule();
    void updateRulePlaceholder();
    void removeRule();
    void fillRulesTable();
    void scheduleReview();
    void startReview();
    void showTally(const RedactionTally &tally);
    void browse();
    void startExport();
    void finishExport(const Result<Outcome> &result);
    void updateButtons();
    Format format() const;
    Scope scope() const;
    QList<qint64> chosenSessions() const;
    // Starts job on a worker thread; done runs on this thread unless the
    // dialog has gone (or the run was dropped as stale).
    void launch(std::shared_ptr<Run> run);

    QString m_storePath;
    qint64 m_currentSession;
    QList<qint64> m_exchangeIds;
    RedactionRules m_rules;
    bool m_rulesValid = true;
    RedactionTally m_tally;
    quint64 m_reviewGeneration = 0;
    std::shared_ptr<Run> m_review;
    std::shared_ptr<Run> m_export;
    QList<QThread *> m_threads;

    QLabel *m_scopeLabel;
    QRadioButton *m_scopeSession;
    QRadioButton *m_scopeRows;
    QRadioButton *m_scopeSessions;
    QRadioButton *m_scopeStore;
    QListWidget *m_sessionChoices;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QLabel *m_pathLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_reviewLabel;
    QLabel *m_reviewNote;
    QTableWidget *m_tallyTable;
    QLabel *m_tallyTotal;
    QLabel *m_rulesLabel;
    QTableWidget *m_rulesTable;
    QComboBox *m_ruleKind;
    QLineEdit *m_ruleValue;
    QPushButton *m_addRule;
    QPushButton *m_removeRule;
    QLabel *m_ruleError;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_error;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QTimer *m_reviewDelay;
    bool m_filling = false;
};

} // namespace mcpscope
