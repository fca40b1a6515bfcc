#include "ui/main_window.h"

#include "oauth/oauth_flow.h"
#include "ui/oauth/oauth_flow_view.h"
#include "ui/oauth/vault_view.h"
#include "vault/token_vault.h"

#include "capture/capture_store.h"
#include "models/capture_model.h"
#include "models/session_list_model.h"
#include "net/http_client.h"
#include "ui/capture/exchange_detail_view.h"
#include "ui/capture/new_request_dialog.h"
#include "ui/session/connect_dialog.h"
#include "ui/session/mcp_session_view.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
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
      m_http(new HttpClient(store, this)), m_model(new CaptureModel(this)),
      m_sessions(new SessionListModel(this))
{
    // Secrets in the keychain; the vault view shows a banner when there is none.
    if (auto opened = m_vault->open(TokenVault::defaultPath()); !opened)
        statusBar()->showMessage(opened.error().message, 15000);
    VaultView::applySavedRefreshAhead(m_vault);
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mcpscope.png")));
    resize(1280, 800);

    // Sidebar: recent targets and recorded sessions.
    auto *sidebar = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(4, 4, 4, 4);
    m_targetsLabel = new QLabel(sidebar);
    m_targetsLabel->setTextFormat(Qt::PlainText);
    m_targets = new QListWidget(sidebar);
    m_sessionsLabel = new QLabel(sidebar);
    m_sessionsLabel->setTextFormat(Qt::PlainText);
    m_sessionView = new QListView(sidebar);
    m_sessionView->setModel(m_sessions);
    m_sessionView->setSelectionMode(QAbstractItemView::SingleSelection);
    for (QLabel *label : {m_targetsLabel, m_sessionsLabel})
        label->setStyleSheet(QStringLiteral("font-weight: 600; color: palette(mid);"));
    sideLayout->addWidget(m_targetsLabel);
    sideLayout->addWidget(m_targets, 1);
    sideLayout->addWidget(m_sessionsLabel);
    sideLayout->addWidget(m_sessionView, 2);

    // Filter bar above the log.
    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterBar = new QToolBar(center);
    filterBar->setObjectName(QStringLiteral("filterBar"));
    m_methodFilter = new QComboBox(filterBar);
    m_statusFilter = new QComboBox(filterBar);
    m_search = new QLineEdit(filterBar);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    filterBar->addWidget(m_methodFilter);
    filterBar->addWidget(m_statusFilter);
    filterBar->addWidget(m_search);
    centerLayout->addWidget(filterBar);

    m_log = new QTableView(center);
    m_log->setObjectName(QStringLiteral("captureLog"));
    m_log->setModel(m_model);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setSelectionMode(QAbstractItemView::SingleSelection);
    m_log->setAlternatingRowColors(true);
    m_log->setWordWrap(false);
    m_log->verticalHeader()->hide();
    m_log->verticalHeader()->setDefaultSectionSize(m_log->fontMetrics().height() + 6);
    m_log->horizontalHeader()->setStretchLastSection(false);
    m_log->horizontalHeader()->setSectionResizeMode(CaptureModel::Path, QHeaderView::Stretch);
    m_log->setColumnWidth(CaptureModel::Id, 60);
    m_log->setColumnWidth(CaptureModel::Time, 100);
    m_log->setColumnWidth(CaptureModel::Method, 70);
    m_log->setColumnWidth(CaptureModel::Host, 140);
    m_log->setColumnWidth(CaptureModel::Status, 110);
    m_log->setColumnWidth(CaptureModel::Type, 140);
    m_detail = new ExchangeDetailView(center);
    m_innerSplit = new QSplitter(Qt::Vertical, center);
    m_innerSplit->addWidget(m_log);
    m_innerSplit->addWidget(m_detail);
    m_innerSplit->setStretchFactor(0, 3);
    m_innerSplit->setStretchFactor(1, 2);
    centerLayout->addWidget(m_innerSplit, 1);

    m_centralTabs = new QTabWidget(this);
    m_centralTabs->setDocumentMode(true);
    m_centralTabs->setTabsClosable(true);
    m_centralTabs->addTab(center, QString());
    m_centralTabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the capture log stays
    connect(m_centralTabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index == 0)
            return; // the capture log stays
        QWidget *page = m_centralTabs->widget(index);
        if (auto *session = qobject_cast<McpSessionView *>(page))
            session->client()->close();
        m_centralTabs->removeTab(index);
        page->deleteLater();
    });
    m_outerSplit = new QSplitter(Qt::Horizontal, this);
    m_outerSplit->addWidget(sidebar);
    m_outerSplit->addWidget(m_centralTabs);
    m_outerSplit->setStretchFactor(1, 1);
    m_outerSplit->setSizes({240, 1040});
    setCentralWidget(m_outerSplit);

    m_storeLabel = new QLabel(this);
    m_storeLabel->setTextFormat(Qt::PlainText);
    m_countLabel = new QLabel(this);
    m_countLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_storeLabel);

    buildMenus();
    retranslateUi();

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_methodFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_log->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelected);
    connect(m_sessionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::applyFilter);
    connect(m_targets, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { newRequest(item->text()); });
    connect(m_model, &CaptureModel::readFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_countLabel->setText(tr("%n exchange(s) shown", nullptr, m_model->rowCount()));
        if (m_followAction->isChecked())
            m_log->scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_countLabel->setText(tr("%n exchange(s) shown", nullptr, m_model->rowCount()));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const QModelIndex current = m_log->currentIndex();
                if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
                    showSelected();
            });
    connect(m_store, &CaptureStore::sessionsChanged, this, &MainWindow::reloadSessions);
    connect(m_store, &CaptureStore::writeFailed, this, [this](const Error &error) {
        statusBar()->showMessage(tr("Capture store: %1").arg(error.message), 15000);
    });
    connect(m_http, &HttpClient::exchangeFinished, this, [this](const Exchange &e) {
        statusBar()->showMessage(
            e.failed()
                ? tr("%1 %2 failed: %3").arg(QString::fromLatin1(e.method), e.url, e.errorMessage)
                : tr("%1 %2 → %3 in %4 ms")
                      .arg(QString::fromLatin1(e.method), e.url)
                      .arg(e.status)
                      .arg(e.totalMs, 0, 'f', 1),
            10000);
    });

    if (auto opened = m_model->open(store->path()); !opened)
        statusBar()->showMessage(opened.error().message);
    if (auto opened = m_detailReader.open(store->path()); !opened)
        statusBar()->showMessage(opened.error().message);
    m_model->followStore(store);
    m_storeLabel->setText(store->path());
    m_countLabel->setText(tr("%n exchange(s) shown", nullptr, m_model->rowCount()));
    restoreSettings();
    reloadSessions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newRequestAction = m_fileMenu->addAction(QString(), this, [this] { newRequest(); });
    m_newRequestAction->setShortcut(QKeySequence::New);
    m_connectAction = m_fileMenu->addAction(QString(), this, &MainWindow::connectDialog);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_openStoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::openStore);
    m_openStoreAction->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_clearFiltersAction = m_viewMenu->addAction(QString(), this, [this] {
        m_search->clear();
        m_methodFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        m_sessionView->clearSelection();
    });
    m_clearFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_followAction = m_viewMenu->addAction(QString());
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    m_oauthMenu = menuBar()->addMenu(QString());
    m_flowInspectorAction =
        m_oauthMenu->addAction(QString(), this, [this] { openFlowInspector(); });
    m_flowInspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_vaultAction = m_oauthMenu->addAction(QString(), this, [this] { openVault(); });
    m_vaultAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    m_helpMenu = menuBar()->addMenu(QString());
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
    m_openStoreAction->setText(tr("&Open Capture Store…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Find in Captures"));
    m_clearFiltersAction->setText(tr("&Clear Filters"));
    m_followAction->setText(tr("&Follow New Exchanges"));
    m_oauthMenu->setTitle(tr("&OAuth"));
    m_flowInspectorAction->setText(tr("OAuth &Flow Inspector…"));
    m_vaultAction->setText(tr("Token &Vault"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About McpScope"));
    m_targetsLabel->setText(tr("Targets"));
    m_sessionsLabel->setText(tr("Sessions"));
    m_search->setPlaceholderText(tr("Search URLs and bodies (full text)…"));

    const int method = std::max(0, m_methodFilter->currentIndex());
    m_methodFilter->blockSignals(true);
    m_methodFilter->clear();
    m_methodFilter->addItem(tr("Any method"));
    for (const char *m : {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
        m_methodFilter->addItem(QString::fromLatin1(m));
    m_methodFilter->setCurrentIndex(method);
    m_methodFilter->blockSignals(false);

    const int status = std::max(0, m_statusFilter->currentIndex());
    m_statusFilter->blockSignals(true);
    m_statusFilter->clear();
    // Index order matches CaptureFilter::StatusClass.
    m_statusFilter->addItems({tr("Any status"), tr("1xx informational"), tr("2xx success"),
                              tr("3xx redirect"), tr("4xx client error"), tr("5xx server error"),
                              tr("Failed (no response)")});
    m_statusFilter->setCurrentIndex(status);
    m_statusFilter->blockSignals(false);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyFilter()
{
    CaptureFilter filter;
    filter.method = m_methodFilter->currentIndex() > 0 ? m_methodFilter->currentText() : QString();
    filter.statusClass = CaptureFilter::StatusClass(std::max(0, m_statusFilter->currentIndex()));
    filter.text = m_search->text();
    const QModelIndexList selected = m_sessionView->selectionModel()->selectedIndexes();
    filter.sessionId = selected.isEmpty()
                           ? 0
                           : selected.first().data(SessionListModel::SessionIdRole).toLongLong();
    m_model->setFilter(filter);
    m_detail->clear();
}

void MainWindow::showSelected()
{
    const qint64 id = m_model->exchangeId(m_log->currentIndex().row());
    if (id <= 0) {
        m_detail->clear();
        return;
    }
    auto exchange = m_detailReader.exchange(id);
    if (!exchange) {
        statusBar()->showMessage(exchange.error().message, 10000);
        return;
    }
    if (exchange->has_value())
        m_detail->showExchange(**exchange);
}

void MainWindow::reloadSessions()
{
    const QModelIndexList selected = m_sessionView->selectionModel()->selectedIndexes();
    const qint64 keep = selected.isEmpty()
                            ? 0
                            : selected.first().data(SessionListModel::SessionIdRole).toLongLong();
    m_sessionView->selectionModel()->blockSignals(true);
    if (auto ok = m_sessions->reload(m_detailReader); !ok)
        statusBar()->showMessage(ok.error().message, 10000);
    for (int row = 0; keep && row < m_sessions->rowCount(); ++row) {
        const QModelIndex index = m_sessions->index(row);
        if (index.data(SessionListModel::SessionIdRole).toLongLong() == keep)
            m_sessionView->selectionModel()->select(index, QItemSelectionModel::Select);
    }
    m_sessionView->selectionModel()->blockSignals(false);
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
}

void MainWindow::sendRequest(const HttpRequest &request)
{
    // Only scheme, host and path are remembered: a query may carry a secret.
    rememberTarget(
        request.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
            .toString());
    if (m_sessionId == 0) { // one session per window, created with its first request
        m_sessionId = m_store->createSession(
            tr("HTTP requests %1")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            request.url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo),
            QStringLiteral("http"), QDateTime::currentMSecsSinceEpoch());
        m_http->setSessionId(m_sessionId);
    }
    statusBar()->showMessage(
        tr("Sending %1 %2…").arg(QString::fromLatin1(request.method), request.url.toString()));
    HttpCall *call = m_http->send(request);
    connect(call, &HttpCall::finished, call, &QObject::deleteLater);
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
    if (dialog.exec() == QDialog::Accepted)
        connectMcp(dialog.settings());
}

McpSessionView *MainWindow::connectMcp(const ConnectSettings &settings)
{
    auto *view = new McpSessionView(m_store, m_vault, m_centralTabs);
    const int index = m_centralTabs->addTab(view, settings.target);
    m_centralTabs->setCurrentIndex(index);
    connect(view, &McpSessionView::titleChanged, this, [this, view](const QString &title) {
        m_centralTabs->setTabText(m_centralTabs->indexOf(view), title);
    });
    connect(view, &McpSessionView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
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
    // A flow of its own, with its own tap into the capture store.
    auto *page = new QWidget(m_centralTabs);
    auto *http = new HttpClient(m_store, page);
    http->setSessionId(m_store->isOpen() ? m_store->createSession(
                                               tr("OAuth flow"), QString(), QStringLiteral("oauth"),
                                               QDateTime::currentMSecsSinceEpoch())
                                         : 0);
    auto *flow = new OAuthFlow(http, page);
    auto *view = new OAuthFlowView(m_store, http, flow, page);
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
    if (!m_vaultView) {
        m_vaultView = new VaultView(m_vault, m_http, m_centralTabs);
        connect(m_vaultView, &VaultView::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
        m_centralTabs->addTab(m_vaultView, tr("Token vault"));
    }
    m_centralTabs->setCurrentWidget(m_vaultView);
    return m_vaultView;
}

void MainWindow::openStore()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Capture Store"), QString(),
                                     tr("McpScope captures (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    // Browsing another file read-only; new traffic keeps going to the live store.
    if (auto opened = m_model->open(path); !opened) {
        QMessageBox::warning(this, tr("Open Capture Store"), opened.error().message);
        return;
    }
    m_model->followStore(path == m_store->path() ? m_store : nullptr);
    if (auto opened = m_detailReader.open(path); !opened)
        statusBar()->showMessage(opened.error().message);
    m_storeLabel->setText(path);
    reloadSessions();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_outerSplit->restoreState(settings.value(QStringLiteral("window/outerSplit")).toByteArray());
    m_innerSplit->restoreState(settings.value(QStringLiteral("window/innerSplit")).toByteArray());
    m_recentTargets = settings.value(QStringLiteral("recentTargets")).toStringList();
    m_targets->addItems(m_recentTargets);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/outerSplit"), m_outerSplit->saveState());
    settings.setValue(QStringLiteral("window/innerSplit"), m_innerSplit->saveState());
    if (m_sessionId)
        m_store->endSession(m_sessionId, QDateTime::currentMSecsSinceEpoch());
    event->accept();
}

} // namespace mcpscope
