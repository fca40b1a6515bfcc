#include "ui/main_window.h"

#include "diagnostics/token_facts_observer.h"

#include "ui/common/plain_label.h"
#include "ui/common/theme.h"

#include "oauth/oauth_flow.h"
#include "ui/oauth/oauth_flow_view.h"
#include "ui/oauth/vault_view.h"
#include "vault/token_vault.h"

#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "diagnostics/diagnostics_runner.h"
#include "models/capture_model.h"
#include "models/session_list_model.h"
#include "net/http_client.h"
#include "session/mcp_authorizer.h"
#include "session/mcp_session.h"
#include "ui/analytics/analytics_source.h"
#include "ui/analytics/analytics_view.h"
#include "ui/capture/capture_window.h"
#include "ui/capture/export_dialog.h"
#include "ui/capture/import_runner.h"
#include "ui/capture/log_page.h"
#include "ui/capture/new_request_dialog.h"
#include "ui/capture/recent_captures.h"
#include "ui/catalog/catalog_panel.h"
#include "ui/diagnostics/connection_doctor_dialog.h"
#include "ui/diagnostics/findings_view.h"
#include "ui/replay/interface_diff_view.h"
#include "ui/replay/mock_panel.h"
#include "ui/replay/regression_run_view.h"
#include "ui/replay/replay_dialog.h"
#include "ui/session/connect_dialog.h"
#include "ui/session/mcp_session_view.h"
#include "ui/welcome/welcome_page.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace mcpscope {

namespace {
constexpr int kMaxRecentTargets = 10;
}

MainWindow::MainWindow(CaptureStore *store, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_vault(new TokenVault(this)),
      m_findingsStore(std::make_unique<FindingsStore>()), m_plain(new McpSession(store, this)),
      m_sessions(new SessionListModel(this))
{
    // Findings are written on this thread, a row each, through a connection
    // of their own (they are rare; see FindingsStore).
    if (auto opened = m_findingsStore->open(store->path()); !opened) {
        m_findingsStore.reset();
        statusBar()->showMessage(opened.error().message, 15000);
    } else {
        m_tokenFacts = std::make_unique<TokenFactsObserver>(m_findingsStore.get());
        store->addObserver(m_tokenFacts.get());
    }
    // Secrets in the keychain; the vault view shows a banner when there is none.
    if (auto opened = m_vault->open(TokenVault::defaultPath()); !opened)
        statusBar()->showMessage(opened.error().message, 15000);
    VaultView::applySavedRefreshAhead(m_vault);
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mcpscope.png")));
    resize(1280, 800);

    // Sidebar: the server catalog, recent targets and recorded sessions, in
    // sections the user can resize.
    m_sideSplit = new QSplitter(Qt::Vertical, this);
    m_sideSplit->setObjectName(QStringLiteral("sidebarSplit"));
    m_sideSplit->setChildrenCollapsible(false);
    auto *sidebar = m_sideSplit;
    auto *targetsBox = new QWidget(sidebar);
    auto *targetsLayout = new QVBoxLayout(targetsBox);
    targetsLayout->setContentsMargins(4, 4, 4, 0);
    auto *sessionsBox = new QWidget(sidebar);
    auto *sessionsLayout = new QVBoxLayout(sessionsBox);
    sessionsLayout->setContentsMargins(4, 4, 4, 4);
    m_targetsLabel = new QLabel(targetsBox);
    m_targetsLabel->setTextFormat(Qt::PlainText);
    m_targets = new QListWidget(targetsBox);
    m_targets->setObjectName(QStringLiteral("recentTargets"));
    m_sessionsLabel = new QLabel(sessionsBox);
    m_sessionsLabel->setTextFormat(Qt::PlainText);
    m_sessionView = new QListView(sessionsBox);
    m_sessionView->setObjectName(QStringLiteral("sessionList"));
    m_sessionView->setModel(m_sessions);
    m_sessionView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Headings in the text colour: a muted heading reads as disabled.
    for (QLabel *label : {m_targetsLabel, m_sessionsLabel})
        Theme::setTone(label, Theme::Tone::Normal, QStringLiteral("font-weight: 600;"));
    // The servers the user already has (issue 16): the catalog, on top.
    auto *catalogBox = new QWidget(sidebar);
    auto *catalogLayout = new QVBoxLayout(catalogBox);
    catalogLayout->setContentsMargins(4, 4, 4, 0);
    m_catalogPanel = new CatalogPanel(QString(), catalogBox);
    catalogLayout->addWidget(m_catalogPanel);
    connect(m_catalogPanel, &CatalogPanel::connectRequested, this, &MainWindow::connectFromCatalog);
    connect(m_catalogPanel, &CatalogPanel::finished, this, [this](bool, const QString &message) {
        statusBar()->showMessage(message, 10000);
        refreshWelcomeServers();
    });
    targetsLayout->addWidget(m_targetsLabel);
    targetsLayout->addWidget(m_targets, 1);
    sessionsLayout->addWidget(m_sessionsLabel);
    sessionsLayout->addWidget(m_sessionView, 1);
    m_sideSplit->addWidget(catalogBox);
    m_sideSplit->addWidget(targetsBox);
    m_sideSplit->addWidget(sessionsBox);
    m_sideSplit->setStretchFactor(0, 2);
    m_sideSplit->setStretchFactor(1, 1);
    m_sideSplit->setStretchFactor(2, 2);

    // The capture log is the first tab, and stays.
    m_logPage = new LogPage(store, this);

    m_centralTabs = new QTabWidget(this);
    m_centralTabs->setObjectName(QStringLiteral("centralTabs"));
    m_centralTabs->setDocumentMode(true);
    m_centralTabs->setTabsClosable(true);
    m_centralTabs->addTab(m_logPage, QString());
    m_centralTabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the capture log stays
    connect(m_centralTabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index == 0)
            return; // the capture log stays
        QWidget *page = m_centralTabs->widget(index);
        m_centralTabs->removeTab(index);
        closePage(page);
        updateWelcome();
    });
    // The welcome page stands in for the tabs while there is nothing to show.
    m_welcome = new WelcomePage(this);
    m_centralStack = new QStackedWidget(this);
    m_centralStack->setObjectName(QStringLiteral("centralStack"));
    m_centralStack->addWidget(m_centralTabs);
    m_centralStack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::connectDialog);
    connect(m_welcome, &WelcomePage::openCaptureRequested, this,
            [this] { CaptureWindow::openWithDialog(this); });
    connect(m_welcome, &WelcomePage::importRequested, this, [this] { m_importAction->trigger(); });
    connect(m_welcome, &WelcomePage::recentTargetRequested, this, &MainWindow::connectRecentTarget);
    connect(m_welcome, &WelcomePage::catalogServerRequested, this, [this](const QString &name) {
        connectFromCatalog(m_catalogPanel->connectSettings(name));
    });
    m_outerSplit = new QSplitter(Qt::Horizontal, this);
    m_outerSplit->setObjectName(QStringLiteral("outerSplit"));
    m_outerSplit->setChildrenCollapsible(false);
    m_outerSplit->addWidget(sidebar);
    m_outerSplit->addWidget(m_centralStack);
    m_outerSplit->setStretchFactor(1, 1);
    m_outerSplit->setSizes({280, 1000});
    setCentralWidget(m_outerSplit);

    // Permanent widgets on the right: temporary messages use the space left
    // of them and never cover the count; a long store path is elided.
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("statusStore"));
    m_storeLabel->setTextFormat(Qt::PlainText);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("statusCount"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_storeLabel);

    buildMenus();
    setupSessionMenu();
    retranslateUi();

    connect(m_sessionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::filterBySession);
    connect(m_targets, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { newRequest(item->text()); });
    connect(m_logPage, &LogPage::statusMessage, this,
            [this](const QString &message, int ms) { statusBar()->showMessage(message, ms); });
    connect(m_logPage, &LogPage::replayRequested, this, &MainWindow::openReplay);
    connect(m_logPage, &LogPage::sessionRequested, this, &MainWindow::showSession);
    connect(m_logPage, &LogPage::exportRequested, this,
            [this](const QList<qint64> &ids) { openExport(ids); });
    connect(m_logPage, &LogPage::shownCountChanged, this, [this](int shown) { setCount(shown); });
    connect(m_store, &CaptureStore::sessionsChanged, this, &MainWindow::reloadSessions);
    connect(m_store, &CaptureStore::writeFailed, this, [this](const Error &error) {
        statusBar()->showMessage(tr("Capture store: %1").arg(error.message), 15000);
    });
    connect(m_plain->http(), &HttpClient::exchangeFinished, this, [this](const Exchange &e) {
        statusBar()->showMessage(
            e.failed()
                ? tr("%1 %2 failed: %3").arg(QString::fromLatin1(e.method), e.url, e.errorMessage)
                : tr("%1 %2 → %3 in %4 ms")
                      .arg(QString::fromLatin1(e.method), e.url)
                      .arg(e.status)
                      .arg(e.totalMs, 0, 'f', 1),
            10000);
    });

    setCount(0);
    if (auto opened = m_logPage->open(store->path()); !opened)
        statusBar()->showMessage(opened.error().message);
    setStorePath(store->path());
    m_welcome->setStorePath(store->path());
    // Findings come in bursts (a rules run, a flow's failures): read once.
    m_findingsRefresh = new QTimer(this);
    m_findingsRefresh->setSingleShot(true);
    m_findingsRefresh->setInterval(0);
    connect(m_findingsRefresh, &QTimer::timeout, this, &MainWindow::refreshFindings);
    // The rules see what the store holds: at once for what was recorded
    // before, then as traffic is committed (the worker runs ≤ 1/s).
    m_diagnostics = new DiagnosticsWorker(store->path(), this);
    connect(m_store, &CaptureStore::exchangesCommitted, m_diagnostics,
            [this] { m_diagnostics->schedule(); });
    connect(m_diagnostics, &DiagnosticsWorker::finished, this,
            [this] { scheduleFindingsRefresh(); });
    connect(m_diagnostics, &DiagnosticsWorker::failed, this, [this](const Error &error) {
        statusBar()->showMessage(tr("Diagnostic rules: %1").arg(error.message), 15000);
    });
    restoreSettings();
    reloadSessions();
    refreshFindings();
    m_diagnostics->schedule();
    // Ctrl+K must reach Connect from a text editor too, which would take it
    // (delete to the end of the line) before the shortcut sees it.
    qApp->installEventFilter(this);
    // The welcome page until there is something to show; a tab picked or
    // opened dismisses it.
    connect(m_centralTabs, &QTabWidget::currentChanged, this, [this] {
        m_welcomeRequested = false;
        updateWelcome();
    });
    refreshWelcomeServers();
    updateWelcome();
}

MainWindow::~MainWindow()
{
    if (m_tokenFacts)
        m_store->removeObserver(m_tokenFacts.get());
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newRequestAction = m_fileMenu->addAction(QString(), this, [this] { newRequest(); });
    m_newRequestAction->setShortcut(QKeySequence::New);
    m_connectAction = m_fileMenu->addAction(QString(), this, &MainWindow::connectDialog);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_fileMenu->addSeparator();
    // Captures are read in windows of their own: the log here stays on the
    // live store that new traffic goes to.
    m_openCaptureAction =
        m_fileMenu->addAction(QString(), this, [this] { CaptureWindow::openWithDialog(this); });
    m_openCaptureAction->setObjectName(QStringLiteral("openCaptureAction"));
    m_openCaptureAction->setShortcut(QKeySequence::Open);
    m_recentCapturesMenu = m_fileMenu->addMenu(QString());
    m_recentCapturesMenu->setObjectName(QStringLiteral("recentCapturesMenu"));
    RecentCaptures::attachTo(m_recentCapturesMenu,
                             [this](const QString &path) { openCapture(path); });
    m_fileMenu->addSeparator();
    m_exportAction = m_fileMenu->addAction(QString(), this, [this] { openExport(); });
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_importAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a Capture"), QString(),
            tr("HAR files and capture bundles (*.har *.mcpscope);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_findAction = m_viewMenu->addAction(QString(), m_logPage, &LogPage::focusSearch);
    m_findAction->setShortcut(QKeySequence::Find);
    m_clearFiltersAction = m_viewMenu->addAction(QString(), this, [this] {
        m_logPage->clearFilters();
        m_sessionView->clearSelection();
        m_sessionView->setCurrentIndex({});
        m_logPage->setSessionFilter(0); // the session chip too, whatever the sidebar said
    });
    m_clearFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_followAction = m_viewMenu->addAction(QString());
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    connect(m_followAction, &QAction::toggled, m_logPage, &LogPage::setFollow);
    m_followAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_viewMenu->addSeparator();
    m_paletteMenu = m_viewMenu->addMenu(QString());
    auto *paletteGroup = new QActionGroup(this);
    for (const Theme::Choice choice :
         {Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark}) {
        QAction *action = m_paletteMenu->addAction(QString());
        action->setObjectName(QStringLiteral("palette_") + Theme::choiceName(choice));
        action->setCheckable(true);
        action->setChecked(Theme::current() == choice);
        paletteGroup->addAction(action);
        connect(action, &QAction::triggered, this, [choice] {
            Theme::apply(choice);
            Theme::save(choice);
        });
        m_paletteActions.append(action);
    }

    m_oauthMenu = menuBar()->addMenu(QString());
    m_flowInspectorAction =
        m_oauthMenu->addAction(QString(), this, [this] { openFlowInspector(); });
    m_flowInspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_vaultAction = m_oauthMenu->addAction(QString(), this, [this] { openVault(); });
    m_vaultAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    m_viewMenu->addSeparator();
    m_findingsAction = m_viewMenu->addAction(QString(), this, [this] { openFindings(); });
    m_findingsAction->setObjectName(QStringLiteral("findingsAction"));
    m_findingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_analyticsAction = m_viewMenu->addAction(QString(), this, [this] { openAnalytics(); });
    m_analyticsAction->setObjectName(QStringLiteral("analyticsAction"));
    m_analyticsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    m_toolsMenu = menuBar()->addMenu(QString());
    m_doctorAction = m_toolsMenu->addAction(QString(), this, [this] { openConnectionDoctor(); });
    m_doctorAction->setObjectName(QStringLiteral("connectionDoctorAction"));
    m_doctorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

    m_helpMenu = menuBar()->addMenu(QString());
    m_welcomeAction = m_helpMenu->addAction(QString(), this, [this] { showWelcome(); });
    m_welcomeAction->setObjectName(QStringLiteral("welcomeAction"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(
            this, tr("About McpScope"),
            tr("McpScope %1\nA workbench for debugging OAuth-protected MCP servers.\n"
               "Captures are stored in %2")
                .arg(QStringLiteral(MCPSCOPE_VERSION), m_store->path()));
    });

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(m_newRequestAction);
    toolbar->addAction(m_connectAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("McpScope"));
    m_fileMenu->setTitle(tr("&File"));
    m_newRequestAction->setText(tr("&New Request…"));
    m_connectAction->setText(tr("&Connect to MCP Server…"));
    m_centralTabs->setTabText(0, tr("Capture log"));
    m_openCaptureAction->setText(tr("&Open Capture…"));
    m_openCaptureAction->setToolTip(
        tr("Open a capture store or a .mcpscope bundle read-only, in a window of its own"));
    m_recentCapturesMenu->setTitle(tr("Open &Recent Capture"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setToolTip(
        tr("Export sessions as HAR, JSON, a capture bundle or an incident report, redacted"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setToolTip(tr("Import a HAR or a .mcpscope capture bundle as new sessions"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Find in Captures"));
    m_clearFiltersAction->setText(tr("&Clear Filters"));
    m_followAction->setText(tr("&Follow New Exchanges"));
    m_paletteMenu->setTitle(tr("&Palette"));
    //: The palette follows the desktop's
    m_paletteActions.at(0)->setText(tr("&System"));
    m_paletteActions.at(1)->setText(tr("&Light"));
    m_paletteActions.at(2)->setText(tr("&Dark"));
    m_oauthMenu->setTitle(tr("&OAuth"));
    m_flowInspectorAction->setText(tr("OAuth &Flow Inspector…"));
    m_vaultAction->setText(tr("Token &Vault"));
    m_findingsAction->setText(tr("F&indings"));
    m_analyticsAction->setText(tr("&Analytics…"));
    m_analyticsAction->setToolTip(
        tr("Latency, errors, authentication and rate limiting over the whole store or chosen "
           "sessions"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_doctorAction->setText(tr("Connection &Doctor…"));
    m_doctorAction->setToolTip(
        tr("Check a server stage by stage (connectivity, HTTP, CORS, MCP, authentication, "
           "operations, performance, intermittency) and say where it fails and why"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About McpScope"));
    m_welcomeAction->setText(tr("&Welcome"));
    m_welcomeAction->setToolTip(
        tr("Connect, open a capture, import a HAR, or pick a recent server"));
    m_targetsLabel->setText(tr("Targets"));
    m_sessionsLabel->setText(tr("Sessions"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The focus widget is asked first whether it wants a key as text (a
    // line or text edit wants Ctrl+K: delete to the end of the line); the
    // window's Connect shortcut comes first here.
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == this) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!m_connectAction->shortcut().isEmpty() &&
            QKeySequence(key->keyCombination()) == m_connectAction->shortcut()) {
            event->ignore();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setCount(int shown)
{
    m_countLabel->setText(tr("%n exchange(s) shown", nullptr, shown));
}

void MainWindow::setStorePath(const QString &path)
{
    // Elided in the middle to at most 360 px: the file name stays, and the
    // count and the messages keep their room; the whole path is the tooltip.
    const QString native = QDir::toNativeSeparators(path);
    m_storeLabel->setText(m_storeLabel->fontMetrics().elidedText(native, Qt::ElideMiddle, 360));
    m_storeLabel->setToolTip(plainToolTip(native));
}

WelcomePage *MainWindow::showWelcome()
{
    m_welcomeRequested = true;
    refreshWelcomeServers();
    updateWelcome();
    m_welcome->setFocus();
    return m_welcome;
}

bool MainWindow::welcomeShown() const
{
    return m_centralStack->currentWidget() == m_welcome;
}

void MainWindow::updateWelcome()
{
    const bool nothingOpen = m_centralTabs->count() == 1 && m_sessions->rowCount() == 0;
    m_centralStack->setCurrentWidget(
        m_welcomeRequested || nothingOpen ? static_cast<QWidget *>(m_welcome) : m_centralTabs);
}

void MainWindow::showTabs()
{
    m_welcomeRequested = false;
    m_centralStack->setCurrentWidget(m_centralTabs);
}

void MainWindow::refreshWelcomeServers()
{
    QList<std::pair<QString, QString>> catalog;
    for (const CatalogServer &server : m_catalogPanel->catalog().servers())
        catalog.append(
            {server.name, server.kind == CatalogServer::Kind::Stdio
                              ? (QStringList{server.command} + server.args).join(QLatin1Char(' '))
                              : server.url});
    m_welcome->setServers(m_recentTargets, catalog);
}

void MainWindow::connectRecentTarget(const QString &url)
{
    ConnectSettings settings;
    settings.target = url;
    settings.era = ConnectDialog::rememberedEra(url);
    connectMcp(settings);
}

void MainWindow::filterBySession()
{
    // The log's session chip lifted: the sidebar shows no session selected.
    connect(m_logPage, &LogPage::sessionFilterCleared, m_sessionView,
            &QAbstractItemView::clearSelection, Qt::UniqueConnection);
    const QModelIndexList selected = m_sessionView->selectionModel()->selectedIndexes();
    m_logPage->setSessionFilter(
        selected.isEmpty() ? 0
                           : selected.first().data(SessionListModel::SessionIdRole).toLongLong());
}

bool MainWindow::showSession(qint64 sessionId)
{
    for (int i = 0; i < m_centralTabs->count(); ++i) {
        auto *view = qobject_cast<McpSessionView *>(m_centralTabs->widget(i));
        if (view && view->session()->captureSessionId() == sessionId) {
            m_centralTabs->setCurrentIndex(i);
            return true;
        }
    }
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const QModelIndex index = m_sessions->index(row, 0);
        if (index.data(SessionListModel::SessionIdRole).toLongLong() == sessionId) {
            m_sessionView->setCurrentIndex(index);
            m_centralTabs->setCurrentWidget(m_logPage);
            showTabs();
            return true;
        }
    }
    return false;
}

void MainWindow::reloadSessions()
{
    const QModelIndexList selected = m_sessionView->selectionModel()->selectedIndexes();
    const qint64 keep = selected.isEmpty()
                            ? 0
                            : selected.first().data(SessionListModel::SessionIdRole).toLongLong();
    m_sessionView->selectionModel()->blockSignals(true);
    if (auto ok = m_logPage->reloadSessions(*m_sessions); !ok)
        statusBar()->showMessage(ok.error().message, 10000);
    for (int row = 0; keep && row < m_sessions->rowCount(); ++row) {
        const QModelIndex index = m_sessions->index(row);
        if (index.data(SessionListModel::SessionIdRole).toLongLong() == keep)
            m_sessionView->selectionModel()->select(index, QItemSelectionModel::Select);
    }
    m_sessionView->selectionModel()->blockSignals(false);
    updateWelcome();
}

void MainWindow::rememberTarget(const QString &url)
{
    m_recentTargets.removeAll(url);
    m_recentTargets.prepend(url);
    while (m_recentTargets.size() > kMaxRecentTargets)
        m_recentTargets.removeLast();
    m_targets->clear();
    m_targets->addItems(m_recentTargets);
    QSettings().setValue(QStringLiteral("recentTargets"), m_recentTargets);
    refreshWelcomeServers();
}

void MainWindow::sendRequest(const HttpRequest &request)
{
    // Only scheme, host and path are remembered: a query may carry a secret.
    rememberTarget(
        request.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
            .toString());
    openPlainSession(request.url);
    statusBar()->showMessage(
        tr("Sending %1 %2…").arg(QString::fromLatin1(request.method), request.url.toString()));
    HttpCall *call = m_plain->http()->send(request);
    connect(call, &HttpCall::finished, call, &QObject::deleteLater);
}

McpSession *MainWindow::openPlainSession(const QUrl &url)
{
    if (m_plain->state() ==
        McpSession::State::New) { // one per window, opened with its first request
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::None;
        options.target =
            url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        options.captureName =
            tr("HTTP requests %1")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        options.captureKind = QStringLiteral("http");
        options.findings = m_findingsStore.get();
        if (auto opened = m_plain->open(options); !opened)
            statusBar()->showMessage(opened.error().message, 10000);
    }
    return m_plain;
}

void MainWindow::openReplay(const ReplaySource &source)
{
    QList<ReplayTarget> targets;
    for (int i = 0; i < m_centralTabs->count(); ++i) {
        auto *view = qobject_cast<McpSessionView *>(m_centralTabs->widget(i));
        if (!view || view->session()->state() != McpSession::State::Open)
            continue;
        const QPointer<McpSessionView> guard(view);
        targets.append({m_centralTabs->tabText(i), view->session()->options().target, true,
                        [guard]() -> McpSession * { return guard ? guard->session() : nullptr; },
                        [guard](const QString &tool) {
                            return guard ? guard->toolInputSchema(tool) : QJsonObject();
                        }});
    }
    const QUrl url(source.exchange.url);
    targets.append({tr("Plain HTTP request (no session headers)"),
                    QString(),
                    false,
                    [this, url] { return openPlainSession(url); },
                    {}});
    auto *dialog = new ReplayDialog(source, targets, this);
    dialog->show();
}

void MainWindow::newRequest(const QString &url)
{
    NewRequestDialog dialog(m_recentTargets, this);
    if (!url.isEmpty())
        dialog.setUrl(url);
    if (dialog.exec() == QDialog::Accepted)
        sendRequest(dialog.request());
}

void MainWindow::connectDialog()
{
    ConnectDialog dialog(m_recentTargets, this);
    dialog.setObjectName(QStringLiteral("connectDialog"));
    if (dialog.exec() == QDialog::Accepted)
        connectMcp(dialog.settings());
}

ConnectDialog *MainWindow::connectFromCatalog(const ConnectSettings &settings)
{
    auto *dialog = new ConnectDialog(m_recentTargets, this);
    dialog->setObjectName(QStringLiteral("catalogConnectDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    CatalogPanel::prefillConnectDialog(dialog, settings);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_catalogPanel->resolveSecrets(
            dialog->settings(), [this](const Result<ConnectSettings> &resolved) {
                if (!resolved) {
                    QMessageBox box(QMessageBox::Warning, tr("Connect"), resolved.error().message,
                                    QMessageBox::Ok, this);
                    box.setTextFormat(Qt::PlainText);
                    box.exec();
                    return;
                }
                connectMcp(*resolved);
            });
    });
    dialog->open();
    return dialog;
}

McpSessionView *MainWindow::connectMcp(const ConnectSettings &settings)
{
    auto *view = new McpSessionView(m_store, m_vault, m_findingsStore.get(), m_centralTabs);
    watchFindings(view->session());
    const int index = m_centralTabs->addTab(view, settings.target);
    m_centralTabs->setCurrentIndex(index);
    connect(view, &McpSessionView::titleChanged, this, [this, view](const QString &title) {
        m_centralTabs->setTabText(m_centralTabs->indexOf(view), title);
    });
    connect(view, &McpSessionView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(view, &McpSessionView::exchangesRequested, this,
            [this](const QList<qint64> &ids) { showExchanges(ids); });
    connect(view, &McpSessionView::editConnectionRequested, this,
            [this](const ConnectSettings &s) { connectFromCatalog(s); });
    if (settings.kind != ConnectSettings::Kind::Stdio)
        rememberTarget(
            QUrl::fromUserInput(settings.target)
                .adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                .toString());
    view->connectTo(settings);
    return view;
}

OAuthFlowView *MainWindow::openFlowInspector()
{
    // A flow of its own, in a session of its own (no server: the flow's
    // exchanges under an "oauth" capture session that ends with the tab).
    auto *page = new QWidget(m_centralTabs);
    auto *session = new McpSession(m_store, page);
    McpSessionOptions options;
    options.kind = McpSessionOptions::Kind::None;
    options.captureName = tr("OAuth flow");
    options.captureKind = QStringLiteral("oauth");
    options.findings = m_findingsStore.get();
    if (auto opened = session->open(options); !opened)
        statusBar()->showMessage(opened.error().message, 10000);
    watchFindings(session);
    OAuthFlow *flow = session->authorizer()->flow();
    auto *view = new OAuthFlowView(m_store, session->http(), flow, page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    connect(view, &OAuthFlowView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(flow, &OAuthFlow::openBrowser, this, [this](const QUrl &url) {
        if (!QDesktopServices::openUrl(url))
            statusBar()->showMessage(
                tr("Could not open a browser; open this URL yourself: %1").arg(url.toString()));
    });
    // What a standalone flow obtains goes to the vault too.
    connect(flow, &OAuthFlow::finished, this, [this, flow](bool ok) {
        if (ok)
            m_vault->store(flow->resource(), flow->authServer(), flow->client(), flow->tokens(),
                           [](const Result<qint64> &) {});
    });
    m_centralTabs->setCurrentIndex(m_centralTabs->addTab(page, tr("OAuth flow")));
    return view;
}

VaultView *MainWindow::openVault()
{
    // A closed tab's view is still there until deleted: make a new one.
    if (!m_vaultView || m_centralTabs->indexOf(m_vaultView) < 0) {
        m_vaultView = new VaultView(m_vault, m_plain->http(), m_centralTabs);
        connect(m_vaultView, &VaultView::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
        m_centralTabs->addTab(m_vaultView, tr("Token vault"));
    }
    m_centralTabs->setCurrentWidget(m_vaultView);
    showTabs();
    return m_vaultView;
}

FindingsView *MainWindow::openFindings()
{
    // A closed tab's view is still there until deleted: make a new one.
    if (!m_findingsView || m_centralTabs->indexOf(m_findingsView) < 0) {
        m_findingsView = new FindingsView(m_findingsStore.get(), m_centralTabs);
        m_findingsView->setObjectName(QStringLiteral("findingsView"));
        if (auto opened = m_findingsView->setStorePath(m_store->path()); !opened)
            statusBar()->showMessage(opened.error().message, 10000);
        if (auto loaded = m_findingsView->reload(); !loaded)
            statusBar()->showMessage(loaded.error().message, 10000);
        connect(m_findingsView, &FindingsView::exchangesRequested, this,
                [this](const QList<qint64> &ids, qint64 current, const QString &origin) {
                    showExchanges(ids, current, origin);
                });
        m_centralTabs->addTab(m_findingsView, tr("Findings"));
    }
    m_centralTabs->setCurrentWidget(m_findingsView);
    showTabs();
    return m_findingsView;
}

void MainWindow::watchFindings(McpSession *session)
{
    // Recorded in the store already; the open view shows it as it comes.
    connect(session, &McpSession::findingRecorded, this, [this](const Finding &finding) {
        if (m_findingsView)
            m_findingsView->append(finding);
        scheduleFindingsRefresh();
    });
}

void MainWindow::scheduleFindingsRefresh()
{
    m_findingsRefresh->start();
}

void MainWindow::refreshFindings()
{
    if (!m_findingsStore)
        return;
    auto findings = m_findingsStore->findings();
    if (!findings) {
        statusBar()->showMessage(findings.error().message, 10000);
        return;
    }
    if (m_logPage->path() == m_store->path())
        m_logPage->setFindingMarks(*findings);
    if (m_findingsView)
        m_findingsView->setFindings(*findings);
}

void MainWindow::showExchanges(const QList<qint64> &exchangeIds, qint64 current,
                               const QString &origin)
{
    if (m_logPage->path() != m_store->path()) {
        if (auto opened = m_logPage->open(m_store->path()); !opened) {
            statusBar()->showMessage(opened.error().message, 10000);
            return;
        }
        setStorePath(m_store->path());
        reloadSessions();
        refreshFindings();
    }
    m_sessionView->clearSelection(); // the ids say which sessions
    m_logPage->clearFilters();
    m_logPage->filterToExchanges(exchangeIds, origin);
    if (current > 0 && !m_logPage->selectExchange(current))
        statusBar()->showMessage(tr("Exchange %1 is not in the capture log.").arg(current), 10000);
    m_centralTabs->setCurrentWidget(m_logPage);
    showTabs();
}

QList<std::pair<qint64, QString>> MainWindow::sessionChoices() const
{
    QList<std::pair<qint64, QString>> choices;
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const QModelIndex index = m_sessions->index(row);
        choices.append({index.data(SessionListModel::SessionIdRole).toLongLong(),
                        index.data(Qt::DisplayRole).toString()});
    }
    return choices;
}

AnalyticsView *MainWindow::openAnalytics()
{
    // A closed tab's view is still there until deleted: make a new one.
    if (!m_analyticsView || m_centralTabs->indexOf(m_analyticsView) < 0) {
        m_analyticsView =
            new AnalyticsView(AnalyticsSource::forStore(m_store->path(), this), m_centralTabs);
        m_analyticsView->setSessionChoices(sessionChoices());
        m_analyticsView->followStore(m_store);
        connect(m_analyticsView, &AnalyticsView::exchangesRequested, this,
                [this](const QList<qint64> &ids) { showExchanges(ids); });
        connect(m_analyticsView, &AnalyticsView::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
        connect(m_sessions, &QAbstractItemModel::modelReset, m_analyticsView,
                [this] { m_analyticsView->setSessionChoices(sessionChoices()); });
        m_centralTabs->addTab(m_analyticsView, tr("Analytics"));
    }
    m_centralTabs->setCurrentWidget(m_analyticsView);
    showTabs();
    return m_analyticsView;
}

void MainWindow::closePage(QWidget *page)
{
    auto *session = page->findChild<McpSession *>(QString(), Qt::FindDirectChildrenOnly);
    if (!session || session->isClosed()) {
        page->deleteLater();
        return;
    }
    // Deleting the page at once would drop the DELETE in flight; the
    // session's close timeout bounds the wait.
    page->hide();
    connect(session, &McpSession::closed, page, &QObject::deleteLater);
    session->close();
}

QList<McpSession *> MainWindow::liveSessions() const
{
    QList<McpSession *> live;
    for (McpSession *session : findChildren<McpSession *>())
        if (session->state() == McpSession::State::Open ||
            session->state() == McpSession::State::Closing)
            live << session;
    return live;
}

ExportDialog *MainWindow::openExport(const QList<qint64> &exchangeIds)
{
    m_store->flush(); // what was recorded is in the file the export reads
    const QModelIndexList selected = m_sessionView->selectionModel()->selectedIndexes();
    const qint64 session =
        selected.isEmpty() ? 0
                           : selected.first().data(SessionListModel::SessionIdRole).toLongLong();
    auto *dialog =
        new ExportDialog(m_logPage->path().isEmpty() ? m_store->path() : m_logPage->path(), session,
                         exchangeIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });
    dialog->open();
    return dialog;
}

ImportRunner *MainWindow::importFile(const QString &path)
{
    auto *progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setRange(0, 0);
    progress->setMaximumWidth(160);
    statusBar()->addWidget(progress);
    statusBar()->showMessage(tr("Importing %1…").arg(QDir::toNativeSeparators(path)));
    m_importAction->setEnabled(false);
    auto *runner = new ImportRunner(path, m_store->path(), this);
    connect(runner, &ImportRunner::finished, this,
            [this, path, progress](const Result<ImportRunner::Outcome> &result) {
                progress->deleteLater();
                m_importAction->setEnabled(true);
                if (!result) {
                    const QString message =
                        tr("Nothing was imported from %1: %2")
                            .arg(QDir::toNativeSeparators(path), result.error().message);
                    statusBar()->clearMessage();
                    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import failed"), message,
                                                QMessageBox::Ok, this);
                    box->setObjectName(QStringLiteral("importError"));
                    box->setTextFormat(Qt::PlainText);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                    Q_EMIT importFinished(false, message);
                    return;
                }
                reloadSessions();
                // A customer's HAR gets its findings the moment it is in.
                m_diagnostics->schedule();
                if (!result->sessionIds.isEmpty()) {
                    const qint64 first = result->sessionIds.first();
                    for (int row = 0; row < m_sessions->rowCount(); ++row) {
                        const QModelIndex index = m_sessions->index(row);
                        if (index.data(SessionListModel::SessionIdRole).toLongLong() == first) {
                            m_sessionView->selectionModel()->select(
                                index, QItemSelectionModel::ClearAndSelect);
                            m_sessionView->scrollTo(index);
                        }
                    }
                }
                m_centralTabs->setCurrentWidget(m_logPage);
                showTabs();
                const QString message =
                    tr("Imported %n session(s) from %1", nullptr, int(result->sessionIds.size()))
                        .arg(QDir::toNativeSeparators(path)) +
                    tr(": %n exchange(s).", nullptr, int(result->exchanges));
                statusBar()->showMessage(message, 30000);
                Q_EMIT importFinished(true, message);
            });
    return runner;
}

ConnectionDoctorDialog *MainWindow::openConnectionDoctor(const QString &url)
{
    if (!m_doctorDialog) {
        m_doctorDialog = new ConnectionDoctorDialog(m_store, m_vault, this);
        connect(m_doctorDialog, &ConnectionDoctorDialog::exchangesRequested, this,
                [this](const QList<qint64> &ids, qint64 current, const QString &origin) {
                    showExchanges(ids, current, origin);
                });
        // Its traffic and findings are in the store: the log and the
        // Findings view show them.
        connect(m_doctorDialog, &ConnectionDoctorDialog::finished, this, [this] {
            reloadSessions();
            scheduleFindingsRefresh();
        });
    }
    if (!url.isEmpty())
        m_doctorDialog->setTarget(url);
    m_doctorDialog->show();
    m_doctorDialog->raise();
    m_doctorDialog->activateWindow();
    return m_doctorDialog;
}

CaptureWindow *MainWindow::openCapture(const QString &path)
{
    return CaptureWindow::openFile(path, this);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    // A saved geometry is the user's (Qt moves it back on screen); the
    // default size must fit a small screen.
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        fitToScreen();
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_outerSplit->restoreState(settings.value(QStringLiteral("window/outerSplit")).toByteArray());
    m_sideSplit->restoreState(settings.value(QStringLiteral("window/sidebarSplit")).toByteArray());
    m_logPage->restoreSplitState(settings.value(QStringLiteral("window/innerSplit")).toByteArray());
    m_recentTargets = settings.value(QStringLiteral("recentTargets")).toStringList();
    m_targets->addItems(m_recentTargets);
}

void MainWindow::fitToScreen()
{
    // The default size must not put the window's right and bottom edges off
    // a small screen.
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    if (width() <= available.width() && height() <= available.height())
        return;
    resize(qMin(width(), available.width()), qMin(height(), available.height()));
    move(available.topLeft());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The servers are told before the window goes: every session closes
    // (each bounded by its close timeout), and the window closes again when
    // the last has.
    const QList<McpSession *> live = liveSessions();
    if (!live.isEmpty()) {
        event->ignore();
        if (m_closingSessions)
            return;
        m_closingSessions = true;
        saveSettings();
        for (McpSession *session : live) {
            connect(session, &McpSession::closed, this, [this] {
                if (liveSessions().isEmpty())
                    QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
            });
            session->close();
        }
        return;
    }
    if (!m_closingSessions)
        saveSettings();
    event->accept();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/outerSplit"), m_outerSplit->saveState());
    settings.setValue(QStringLiteral("window/sidebarSplit"), m_sideSplit->saveState());
    settings.setValue(QStringLiteral("window/innerSplit"), m_logPage->saveSplitState());
}

void MainWindow::setupSessionMenu()
{
    m_sessionView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sessionView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_sessionView->indexAt(at);
        if (!index.isValid())
            return;
        QMenu *menu = sessionMenu(index.data(SessionListModel::SessionIdRole).toLongLong());
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_sessionView->viewport()->mapToGlobal(at));
    });
}

QString MainWindow::sessionLabel(qint64 sessionId) const
{
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const QModelIndex index = m_sessions->index(row);
        if (index.data(SessionListModel::SessionIdRole).toLongLong() == sessionId)
            return index.data(Qt::DisplayRole).toString().section(QLatin1Char('\n'), 0, 0);
    }
    return tr("session %1").arg(sessionId);
}

QMenu *MainWindow::sessionMenu(qint64 sessionId)
{
    auto *menu = new QMenu(this);
    QAction *run = menu->addAction(tr("&Regression Run…"), this,
                                   [this, sessionId] { openRegressionRun(sessionId); });
    run->setObjectName(QStringLiteral("regressionRunAction"));
    QAction *compare = menu->addAction(tr("Compare &Interface With…"), this,
                                       [this, sessionId] { compareInterfaceWith(sessionId); });
    compare->setObjectName(QStringLiteral("compareInterfaceAction"));
    QAction *mock = menu->addAction(tr("&Mock This Session"), this,
                                    [this, sessionId] { mockSession(sessionId); });
    mock->setObjectName(QStringLiteral("mockSessionAction"));
    menu->addSeparator();
    QAction *copy = menu->addAction(tr("&Copy Session Id"), this, [sessionId] {
        QApplication::clipboard()->setText(QString::number(sessionId));
    });
    copy->setObjectName(QStringLiteral("copySessionIdAction"));
    return menu;
}

RegressionRunView *MainWindow::openRegressionRun(qint64 sessionId)
{
    auto *view = new RegressionRunView(m_store, m_centralTabs);
    if (auto loaded = view->load(m_logPage->path(), sessionId); !loaded)
        statusBar()->showMessage(view->findChild<QLabel *>(QStringLiteral("runStatus"))->text(),
                                 15000);
    connect(view, &RegressionRunView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    const int index = m_centralTabs->addTab(view, view->title());
    m_centralTabs->setTabToolTip(index, view->title());
    m_centralTabs->setCurrentIndex(index);
    return view;
}

InterfaceDiffView *MainWindow::openInterfaceDiff(const InterfaceSource &a, const InterfaceSource &b)
{
    auto *view = new InterfaceDiffView(m_store, m_centralTabs);
    view->compare(a, b);
    const int index = m_centralTabs->addTab(view, view->title());
    m_centralTabs->setTabToolTip(index, view->title());
    m_centralTabs->setCurrentIndex(index);
    return view;
}

void MainWindow::compareInterfaceWith(qint64 sessionId)
{
    QList<std::pair<qint64, QString>> others;
    QString target;
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const QModelIndex index = m_sessions->index(row);
        const qint64 id = index.data(SessionListModel::SessionIdRole).toLongLong();
        if (id == sessionId) {
            target = index.data(SessionListModel::TargetRole).toString();
            continue;
        }
        others.append({id, sessionLabel(id)});
    }
    CompareInterfaceDialog dialog(others, m_logPage->path(), target, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openInterfaceDiff(
        InterfaceSource::recorded(sessionLabel(sessionId), m_logPage->path(), sessionId),
        dialog.source());
}

MockPanel *MainWindow::mockSession(qint64 sessionId)
{
    auto *panel = new MockPanel(sessionLabel(sessionId), this);
    if (auto started = panel->start(m_logPage->path(), sessionId); !started) {
        QMessageBox::warning(this, tr("Mock This Session"), started.error().message);
        delete panel;
        return nullptr;
    }
    connect(panel, &MockPanel::connectRequested, this, [this](const QUrl &url) {
        ConnectSettings settings;
        settings.kind = ConnectSettings::Kind::StreamableHttp;
        settings.target = url.toString();
        connectMcp(settings);
    });
    panel->show();
    return panel;
}

} // namespace mcpscope
