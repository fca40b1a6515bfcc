#pragma once

#include "ui/session/connect_dialog.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QSplitter;
class QTableView;
class QTabWidget;
class QTimer;

namespace mcpscope {

class CaptureModel;
class CaptureStore;
class LogPage;
class HttpClient;
class McpSessionView;
class OAuthFlowView;
class TokenVault;
class VaultView;
class SessionListModel;
struct HttpRequest;

// The inspector window, a shell: targets and sessions on the left, tabs in
// the middle (the capture log page, then a tab per MCP session, flow
// inspector or vault), menus and the status bar. Object names: centralTabs,
// recentTargets, sessionList, mainToolbar, and palette_system/light/dark for
// View > Palette.
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
    // The OAuth flow inspector (a tab of its own) and the token vault tab.
    OAuthFlowView *openFlowInspector();
    VaultView *openVault();
    TokenVault *vault() const { return m_vault; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslateUi();
    void filterBySession();
    void reloadSessions();
    void rememberTarget(const QString &url);
    void newRequest(const QString &url = {});
    void connectDialog();
    void openStore();
    void restoreSettings();

    CaptureStore *m_store;
    TokenVault *m_vault;
    QPointer<VaultView> m_vaultView;
    QMenu *m_oauthMenu = nullptr;
    QAction *m_flowInspectorAction = nullptr;
    QAction *m_vaultAction = nullptr;
    HttpClient *m_http;
    qint64 m_sessionId = 0;
    SessionListModel *m_sessions;

    QSplitter *m_outerSplit;
    QTabWidget *m_centralTabs;
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
    QAction *m_openStoreAction = nullptr;
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
