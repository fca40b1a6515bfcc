#pragma once

#include "ui/session/connect_dialog.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTabWidget;
class QTimer;

namespace mcpscope {

class CaptureModel;
class CaptureStore;
class CaptureWindow;
class CatalogPanel;
class ConnectionDoctorDialog;
class DiagnosticsWorker;
class ExportDialog;
class ImportRunner;
class FindingsView;
class InterfaceDiffView;
class MockPanel;
class RegressionRunView;
struct InterfaceSource;
class FindingsStore;
class LogPage;
struct ReplaySource;
class McpSession;
class McpSessionView;
class OAuthFlowView;
class TokenFactsObserver;
class TokenVault;
class VaultView;
class WelcomePage;
class AnalyticsView;
class SessionListModel;
struct HttpRequest;

// The inspector window, a shell: targets and sessions on the left, tabs in
// the middle (the capture log page, then a tab per MCP session, flow
// inspector, findings or vault), menus and the status bar. In place of the
// tabs, the welcome page (WelcomePage) while no tab but an empty capture log
// is open (first launch), and on Help > Welcome until a tab is picked.
// Ctrl+K (Connect) works wherever the focus is, a text editor too. The
// splitters' sizes (sidebar, log) are remembered across restarts. Object
// names: centralTabs, centralStack, welcomePage, welcomeAction,
// recentTargets, sessionList, mainToolbar, findingsAction, statusCount,
// statusStore, connectDialog (the Connect dialog while open), and
// palette_system/light/dark for View > Palette.
//
// Every conversation is an McpSession: one per MCP session tab, one per flow
// inspector tab, and one for the plain requests (New Request, the vault). A
// tab that holds a session closes it when the tab is closed and goes once
// the server has been told; closing the window closes every session first
// (each bounded by its close timeout), then the window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // store must be open and outlive the window.
    explicit MainWindow(CaptureStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Sends through the window's HTTP session, as the New Request dialog does.
    void sendRequest(const HttpRequest &request);

    // Opens a tab for an MCP server and starts connecting, as the Connect dialog does.
    McpSessionView *connectMcp(const ConnectSettings &settings);
    // The sidebar's "Servers" section: the user's server catalog (object
    // name catalogPanel).
    CatalogPanel *catalogPanel() const { return m_catalogPanel; }
    // Connect on a catalog server: the Connect dialog (object name
    // catalogConnectDialog, window-modal, deleted when closed) prefilled with
    // it, secrets as keychain references; accepted, the references are
    // replaced by the keychain's values and connectMcp() runs.
    ConnectDialog *connectFromCatalog(const ConnectSettings &settings);
    // The OAuth flow inspector (a tab of its own) and the token vault tab.
    OAuthFlowView *openFlowInspector();
    VaultView *openVault();
    // The findings of the live store (a tab of its own, reused; View >
    // Findings; object name findingsView): grouped by severity and kind,
    // reloaded whenever the findings change; a finding opens its exchanges
    // in the capture log. The log's rows are marked with the findings they
    // are evidence of, whether the tab is open or not.
    FindingsView *openFindings();
    TokenVault *vault() const { return m_vault; }
    // Runs the diagnostic rules over the live store on a thread of its own:
    // when the window opens (the store was opened), as exchanges are
    // committed (at most once a second) and after an import. Each run's
    // findings reach the log's marks and the Findings view.
    DiagnosticsWorker *diagnostics() const { return m_diagnostics; }
    // Tools > Connection Doctor… (object name connectionDoctorAction): the
    // doctor against a server, its traffic recorded in the live store. One
    // dialog, reused; url (when given) fills its target.
    ConnectionDoctorDialog *openConnectionDoctor(const QString &url = {});

    // The sessions sidebar's context menu for a recorded session (of the
    // store the log shows): Regression run…, Compare interface with…, Mock
    // this session, Copy session id. Object names: regressionRunAction,
    // compareInterfaceAction, mockSessionAction, copySessionIdAction. The
    // caller owns the menu.
    QMenu *sessionMenu(qint64 sessionId);
    // A regression-run tab for a recorded session, its target prefilled.
    RegressionRunView *openRegressionRun(qint64 sessionId);
    // An interface-diff tab comparing a (old) with b (new).
    InterfaceDiffView *openInterfaceDiff(const InterfaceSource &a, const InterfaceSource &b);
    // Serves a recorded session on 127.0.0.1 (a free port) in a window of
    // its own; null (and a message) when it cannot.
    MockPanel *mockSession(qint64 sessionId);
    // File > Open Capture…: a capture store or bundle, read-only, in a
    // CaptureWindow of its own (the live store and the log stay as they
    // are); null (and a warning) when it cannot be read. File > Open Recent
    // Capture lists the last ones (object names openCaptureAction,
    // recentCapturesMenu).
    CaptureWindow *openCapture(const QString &path);
    // File > Export… (Ctrl+E; object name exportAction) and Export Selected…
    // on log rows: an ExportDialog over the live store, the session picked
    // in the sidebar as the current one, exchangeIds as the selected rows.
    // Non-modal to the app, deleted when closed; its message goes to the
    // status bar.
    ExportDialog *openExport(const QList<qint64> &exchangeIds = {});
    // File > Import… (object name importAction): a HAR or a .mcpscope bundle
    // into the live store on a worker thread; the new session is selected in
    // the sidebar afterwards, a failure shown in a message box (object name
    // importError) with the importer's words. importFinished() says how it
    // ended.
    ImportRunner *importFile(const QString &path);
    // View > Analytics… (object name analyticsAction): charts over the whole
    // live store, with a checkable session list; one tab, reused.
    AnalyticsView *openAnalytics();
    // Show in session: the open tab of this recorded (capture) session
    // becomes current; a session with no open tab is picked in the sidebar,
    // which filters the log to it. False when the store has no such session.
    bool showSession(qint64 sessionId);
    // Help > Welcome: the welcome page in place of the tabs (until a tab is
    // picked or opened).
    WelcomePage *showWelcome();
    // True while the welcome page is shown in place of the tabs.
    bool welcomeShown() const;

Q_SIGNALS:
    void importFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void retranslateUi();
    void filterBySession();
    void reloadSessions();
    void rememberTarget(const QString &url);
    void newRequest(const QString &url = {});
    void connectDialog();
    void fitToScreen();
    // The welcome page or the tabs, as the rule above says.
    void updateWelcome();
    // The tabs, the welcome page dismissed (the user went somewhere).
    void showTabs();
    void refreshWelcomeServers();
    void setCount(int shown);
    void setStorePath(const QString &path);
    void connectRecentTarget(const QString &url);
    void restoreSettings();
    void saveSettings();
    // Removes nothing: closes the session a page holds (if any) and deletes
    // the page when it has closed.
    void closePage(QWidget *page);
    // A session of this window that is open or closing.
    QList<McpSession *> liveSessions() const;
    void watchFindings(McpSession *session);
    // The capture log (on the live store), filtered to exactly these;
    // current (when given) selected, origin naming where they came from.
    void showExchanges(const QList<qint64> &exchangeIds, qint64 current = 0,
                       const QString &origin = {});
    // Reads the findings again (soon, once for many calls): the log's marks
    // and the Findings view.
    void scheduleFindingsRefresh();
    void refreshFindings();
    QList<std::pair<qint64, QString>> sessionChoices() const;
    // The window's session for plain HTTP requests, opened (for url) if it
    // was not yet.
    McpSession *openPlainSession(const QUrl &url);
    // Replay… from the log: a ReplayDialog with the open session tabs (and
    // the plain HTTP session) as targets.
    void openReplay(const ReplaySource &source);
    // The sessions sidebar's replay actions.
    void setupSessionMenu();
    void compareInterfaceWith(qint64 sessionId);
    QString sessionLabel(qint64 sessionId) const;

    CaptureStore *m_store;
    TokenVault *m_vault;
    QPointer<VaultView> m_vaultView;
    QMenu *m_oauthMenu = nullptr;
    QAction *m_flowInspectorAction = nullptr;
    QAction *m_vaultAction = nullptr;
    QAction *m_findingsAction = nullptr;
    QAction *m_analyticsAction = nullptr;
    QPointer<AnalyticsView> m_analyticsView;
    std::unique_ptr<FindingsStore> m_findingsStore; // null when the store has no findings table
    // Sees the raw exchanges before the store redacts them (verifiers,
    // reused refresh tokens, JWT times); raises live findings into the above.
    std::unique_ptr<TokenFactsObserver> m_tokenFacts;
    McpSession *m_plain; // plain requests; opened with the first
    QPointer<FindingsView> m_findingsView;
    DiagnosticsWorker *m_diagnostics = nullptr;
    QPointer<ConnectionDoctorDialog> m_doctorDialog;
    QMenu *m_toolsMenu = nullptr;
    QAction *m_doctorAction = nullptr;
    QTimer *m_findingsRefresh = nullptr;
    bool m_closingSessions = false;
    SessionListModel *m_sessions;
    CatalogPanel *m_catalogPanel = nullptr;

    QSplitter *m_outerSplit;
    QSplitter *m_sideSplit;
    QTabWidget *m_centralTabs;
    QStackedWidget *m_centralStack;
    WelcomePage *m_welcome;
    bool m_welcomeRequested = false; // Help > Welcome, until a tab is picked
    QAction *m_welcomeAction = nullptr;
    QListWidget *m_targets;
    QListView *m_sessionView;
    QLabel *m_targetsLabel;
    QLabel *m_sessionsLabel;
    LogPage *m_logPage;
    QLabel *m_storeLabel;
    QLabel *m_countLabel;
    QStringList m_recentTargets;

    QAction *m_newRequestAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_openCaptureAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QMenu *m_recentCapturesMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_paletteMenu = nullptr;
    QList<QAction *> m_paletteActions; // System, Light, Dark
    QMenu *m_helpMenu = nullptr;
};

} // namespace mcpscope
