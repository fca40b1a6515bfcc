#include "ui/capture/capture_window.h"
#include "ui/capture/export_dialog.h"

#include "capture/capture_reader.h"
#include "capture/findings_store.h"
#include "diagnostics/diagnostics_runner.h"
#include "models/session_list_model.h"
#include "ui/capture/log_page.h"
#include "ui/capture/recent_captures.h"
#include "ui/common/theme.h"
#include "ui/diagnostics/findings_view.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

// The main window a capture window belongs to: new ones open beside it and
// close with it.
QWidget *mainWindowOf(QWidget *owner)
{
    QWidget *window = owner ? owner->window() : nullptr;
    if (qobject_cast<CaptureWindow *>(window))
        return window->parentWidget();
    return window;
}

} // namespace

CaptureWindow::CaptureWindow(QWidget *parent)
    : QMainWindow(parent), m_findingsStore(std::make_unique<FindingsStore>()),
      m_sessions(new SessionListModel(this)), m_watcher(new QFileSystemWatcher(this)),
      m_changed(new QTimer(this))
{
    setObjectName(QStringLiteral("captureWindow"));
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(QIcon(QStringLiteral(":/icons/mcpscope.png")));
    resize(1200, 760);

    auto *sidebar = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(4, 4, 4, 4);
    m_sessionsLabel = new QLabel(sidebar);
    m_sessionsLabel->setTextFormat(Qt::PlainText);
    Theme::setTone(m_sessionsLabel, Theme::Tone::Muted, QStringLiteral("font-weight: 600;"));
    m_sessionView = new QListView(sidebar);
    m_sessionView->setObjectName(QStringLiteral("captureSessions"));
    m_sessionView->setModel(m_sessions);
    m_sessionView->setSelectionMode(QAbstractItemView::SingleSelection);
    // A session's target is a long URL or command line: wrapped, not scrolled.
    m_sessionView->setWordWrap(true);
    m_sessionView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sessionView->setResizeMode(QListView::Adjust);
    sideLayout->addWidget(m_sessionsLabel);
    sideLayout->addWidget(m_sessionView, 1);

    // No store: nothing is followed or replayed from here.
    m_logPage = new LogPage(nullptr, this);
    m_findingsView = new FindingsView(m_findingsStore.get(), this);
    m_findingsView->setObjectName(QStringLiteral("captureFindings"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("captureTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_logPage, QString());
    m_tabs->addTab(m_findingsView, QString());

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->addWidget(sidebar);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({240, 960});
    setCentralWidget(m_split);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("captureStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_count);
    statusBar()->addPermanentWidget(m_status);

    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, [this] { openWithDialog(this); });
    m_openAction->setObjectName(QStringLiteral("openCaptureAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentCapturesMenu"));
    RecentCaptures::attachTo(m_recentMenu, [this](const QString &path) { openFile(path, this); });
    m_fileMenu->addSeparator();
    m_reloadAction = m_fileMenu->addAction(QString(), this, &CaptureWindow::reload);
    m_reloadAction->setObjectName(QStringLiteral("reloadCaptureAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_followAction = m_fileMenu->addAction(QString());
    m_followAction->setObjectName(QStringLiteral("followCaptureAction"));
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_fileMenu->addSeparator();
    m_exportAction = m_fileMenu->addAction(QString(), this, [this] { openExport(); });
    m_exportAction->setObjectName(QStringLiteral("exportCaptureAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_closeAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_closeAction->setObjectName(QStringLiteral("closeCaptureAction"));
    m_closeAction->setShortcut(QKeySequence::Close);
    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("captureToolbar"));
    toolbar->addAction(m_reloadAction);
    toolbar->addAction(m_followAction);

    // A write to the file or its WAL: reloaded once things settle, when
    // the rows changed.
    m_changed->setSingleShot(true);
    m_changed->setInterval(500);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        if (m_followAction->isChecked())
            m_changed->start();
    });
    connect(m_changed, &QTimer::timeout, this, [this] {
        watchFile(); // a WAL that was checkpointed away and created again
        CaptureReader reader;
        if (!reader.open(m_path))
            return;
        const auto count = reader.exchangeCount();
        if (count && *count != m_seenCount)
            reload();
    });
    connect(m_followAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_changed->start();
    });

    connect(m_sessionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CaptureWindow::filterBySession);
    connect(m_logPage, &LogPage::exportRequested, this,
            [this](const QList<qint64> &ids) { openExport(ids); });
    connect(m_logPage, &LogPage::statusMessage, this,
            [this](const QString &message, int ms) { statusBar()->showMessage(message, ms); });
    connect(m_logPage, &LogPage::shownCountChanged, this,
            [this](int shown) { m_count->setText(tr("%n exchange(s) shown", nullptr, shown)); });
    connect(m_findingsView, &FindingsView::exchangesRequested, this, &CaptureWindow::showExchanges);
    retranslateUi();
}

CaptureWindow::~CaptureWindow() = default;

Result<void> CaptureWindow::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorCode::StoreOpen,
                         tr("%1 does not exist or is not a file.")
                             .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    // The reader checks the schema before anything is shown.
    CaptureReader probe;
    if (auto opened = probe.open(info.absoluteFilePath()); !opened)
        return opened;
    if (auto opened = m_logPage->open(info.absoluteFilePath()); !opened)
        return opened;
    m_path = info.absoluteFilePath();
    // Read-only: the rules' findings are computed, never stored in the file.
    delete m_diagnostics;
    m_diagnostics = new DiagnosticsWorker(m_path, this);
    DiagnosticsOptions readOnly;
    readOnly.readOnly = true;
    m_diagnostics->setOptions(readOnly);
    connect(m_diagnostics, &DiagnosticsWorker::finished, this, [this](const DiagnosticsRun &run) {
        m_ruleFindings = run.computed;
        m_ruleSessions = run.sessionIds;
        showFindings();
    });
    connect(m_diagnostics, &DiagnosticsWorker::failed, this, [this](const Error &error) {
        statusBar()->showMessage(tr("Diagnostic rules: %1").arg(error.message), 15000);
    });
    if (auto opened = m_findingsView->setStorePath(m_path); !opened)
        statusBar()->showMessage(opened.error().message, 10000);
    // Findings came with schema 2; an older store shows none.
    if (auto findings = m_findingsStore->openReadOnly(m_path); !findings)
        statusBar()->showMessage(findings.error().message, 10000);
    reload();
    watchFile();
    retranslateUi();
    return {};
}

void CaptureWindow::reload()
{
    if (m_path.isEmpty())
        return;
    // The same file again: what a writer committed since shows.
    if (auto opened = m_logPage->open(m_path); !opened)
        statusBar()->showMessage(opened.error().message, 10000);
    reloadSessions();
    filterBySession();
    if (m_findingsStore->isOpen()) {
        auto findings = m_findingsStore->findings();
        if (!findings)
            statusBar()->showMessage(findings.error().message, 10000);
        m_storedFindings = findings.value_or(QList<Finding>{});
    }
    showFindings();
    m_diagnostics->schedule();
    CaptureReader reader;
    if (reader.open(m_path)) {
        const auto count = reader.exchangeCount();
        m_seenCount = count ? *count : -1;
    }
    retranslateUi();
    Q_EMIT reloaded();
}

void CaptureWindow::reloadSessions()
{
    const QModelIndexList selected = m_sessionView->selectionModel()->selectedIndexes();
    const qint64 keep = selected.isEmpty()
                            ? 0
                            : selected.first().data(SessionListModel::SessionIdRole).toLongLong();
    m_sessionView->selectionModel()->blockSignals(true);
    CaptureReader reader;
    if (auto opened = reader.open(m_path); !opened)
        statusBar()->showMessage(opened.error().message, 10000);
    else if (auto ok = m_sessions->reload(reader); !ok)
        statusBar()->showMessage(ok.error().message, 10000);
    for (int row = 0; keep && row < m_sessions->rowCount(); ++row) {
        const QModelIndex index = m_sessions->index(row);
        if (index.data(SessionListModel::SessionIdRole).toLongLong() == keep)
            m_sessionView->selectionModel()->select(index, QItemSelectionModel::Select);
    }
    m_sessionView->selectionModel()->blockSignals(false);
}

ExportDialog *CaptureWindow::openExport(const QList<qint64> &exchangeIds)
{
    if (m_path.isEmpty())
        return nullptr;
    const QModelIndexList selected = m_sessionView->selectionModel()->selectedIndexes();
    const qint64 session =
        selected.isEmpty() ? 0
                           : selected.first().data(SessionListModel::SessionIdRole).toLongLong();
    auto *dialog = new ExportDialog(m_path, session, exchangeIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });
    dialog->open();
    return dialog;
}

void CaptureWindow::filterBySession()
{
    const QModelIndexList selected = m_sessionView->selectionModel()->selectedIndexes();
    m_logPage->setSessionFilter(
        selected.isEmpty() ? 0
                           : selected.first().data(SessionListModel::SessionIdRole).toLongLong());
}

void CaptureWindow::showFindings()
{
    // What the file holds, the stored rule findings of the sessions the
    // last run read replaced by its own.
    QList<Finding> findings;
    for (const Finding &f : std::as_const(m_storedFindings))
        if (f.sourceId() != u"rules" || !m_ruleSessions.contains(f.sessionId))
            findings << f;
    findings += m_ruleFindings;
    m_findingsView->setFindings(findings);
    m_logPage->setFindingMarks(findings);
    retranslateUi();
}

void CaptureWindow::showExchanges(const QList<qint64> &exchangeIds, qint64 current,
                                  const QString &origin)
{
    m_sessionView->clearSelection();
    m_logPage->clearFilters();
    m_logPage->filterToExchanges(exchangeIds, origin);
    if (current > 0 && !m_logPage->selectExchange(current))
        statusBar()->showMessage(tr("Exchange %1 is not in this capture.").arg(current), 10000);
    m_tabs->setCurrentWidget(m_logPage);
}

void CaptureWindow::watchFile()
{
    for (const QString &file : QStringList{m_path, m_path + QStringLiteral("-wal")})
        if (QFileInfo::exists(file) && !m_watcher->files().contains(file))
            m_watcher->addPath(file);
}

void CaptureWindow::retranslateUi()
{
    const QString name = m_path.isEmpty() ? tr("No capture") : QFileInfo(m_path).fileName();
    //: Window title of a capture opened offline: the file name, then that it is read-only
    setWindowTitle(tr("%1 (read-only) — McpScope").arg(name));
    m_status->setText(m_path.isEmpty() ? QString()
                                       : tr("Read-only: %1").arg(QDir::toNativeSeparators(m_path)));
    m_sessionsLabel->setText(tr("Sessions"));
    m_tabs->setTabText(0, tr("Capture log"));
    m_tabs->setTabText(1, tr("Findings (%1)").arg(m_findingsView->count()));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open Capture…"));
    m_recentMenu->setTitle(tr("Open &Recent Capture"));
    m_reloadAction->setText(tr("&Reload"));
    m_reloadAction->setToolTip(tr("Read the file again: what was recorded into it since shows"));
    m_followAction->setText(tr("&Follow Changes"));
    m_followAction->setToolTip(tr("Reload by itself when another McpScope records into this file"));
    m_closeAction->setText(tr("&Close"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setToolTip(tr("Export this capture as HAR, JSON, a capture bundle or an "
                                  "incident report, redacted"));
}

void CaptureWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

CaptureWindow *CaptureWindow::openFile(const QString &path, QWidget *owner)
{
    auto *window = new CaptureWindow(mainWindowOf(owner));
    if (auto opened = window->open(path); !opened) {
        delete window;
        QMessageBox box(QMessageBox::Warning, tr("Open Capture"),
                        tr("Could not open %1 as a capture.")
                            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                        QMessageBox::Ok, owner);
        box.setObjectName(QStringLiteral("openCaptureError"));
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(opened.error().message);
        box.exec();
        return nullptr;
    }
    RecentCaptures::add(path);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

CaptureWindow *CaptureWindow::openWithDialog(QWidget *owner)
{
    const QString path = QFileDialog::getOpenFileName(
        owner, tr("Open Capture (read-only)"), QString(),
        tr("McpScope captures (*.mcpscope *.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    return openFile(path, owner);
}

} // namespace mcpscope
