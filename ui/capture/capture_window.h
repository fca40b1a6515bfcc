#pragma once

#include "common/error.h"
#include "common/findings.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QListView;
class QMenu;
class QSplitter;
class QTabWidget;
class QTimer;

namespace mcpscope {

class DiagnosticsWorker;
class ExportDialog;
class FindingsView;
class FindingsStore;
class LogPage;
class SessionListModel;

// A capture opened offline (File > Open Capture…): any capture store or
// `.mcpscope` bundle, read-only, in a window of its own: its sessions on the
// left, the capture log with the exchange detail, and its findings. Nothing
// is sent or recorded from here, and nothing in the file changes: every
// connection is opened read-only (QSQLITE_OPEN_READONLY), stores of older
// schema versions are read as they are (never upgraded). The diagnostic
// rules run over it read-only on a thread of their own: their findings are
// shown beside the ones the file holds, and never written to it. A file another
// McpScope is recording into (WAL) is shown as of opening; Reload (F5), or
// Follow Changes (on by default: a watcher on the file and its WAL), shows
// what arrived since.
//
// Object names: captureWindow, captureSessions (the sessions list),
// captureTabs, logPage (LogPage: captureLog, exchangeDetail, …),
// captureFindings (FindingsView), captureStatus, and the actions
// openCaptureAction, recentCapturesMenu, reloadCaptureAction,
// followCaptureAction, closeCaptureAction.
class CaptureWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureWindow)

public:
    explicit CaptureWindow(QWidget *parent = nullptr);
    ~CaptureWindow() override;

    // Shows the file at path; on failure the window shows nothing new and
    // the error says why (missing, not a capture store, newer schema, …).
    Result<void> open(const QString &path);
    QString path() const { return m_path; }
    // Reads the file again (sessions, log, findings), keeping the session
    // picked when it is still there.
    void reload();

    // Opens path in a new window (deleted when closed; a child window of
    // owner's main window, so it closes with it) and adds it to the recent
    // captures. On failure: a warning naming the file and why, and null.
    static CaptureWindow *openFile(const QString &path, QWidget *owner);
    // Asks for a file (File > Open Capture…), then openFile().
    static CaptureWindow *openWithDialog(QWidget *owner);
    // File > Export… (Ctrl+E, object name exportCaptureAction) and Export
    // Selected… on log rows: an ExportDialog over this file (read only).
    ExportDialog *openExport(const QList<qint64> &exchangeIds = {});

Q_SIGNALS:
    void reloaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void filterBySession();
    void reloadSessions();
    void watchFile();
    void showFindings();
    void showExchanges(const QList<qint64> &exchangeIds, qint64 current, const QString &origin);

    QString m_path;
    int m_schemaVersion = 0;
    std::unique_ptr<FindingsStore> m_findingsStore;
    SessionListModel *m_sessions;
    QListView *m_sessionView;
    QLabel *m_sessionsLabel;
    QTabWidget *m_tabs;
    LogPage *m_logPage;
    FindingsView *m_findingsView;
    DiagnosticsWorker *m_diagnostics = nullptr;
    QList<Finding> m_storedFindings;
    QList<Finding> m_ruleFindings; // computed by the last read-only run
    QList<qint64> m_ruleSessions;  // the sessions it read
    QSplitter *m_split;
    QLabel *m_status;
    QLabel *m_count;
    QFileSystemWatcher *m_watcher;
    QTimer *m_changed;
    qint64 m_seenCount = -1;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace mcpscope
