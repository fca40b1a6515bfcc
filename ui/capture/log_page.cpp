#include "ui/capture/log_page.h"

#include "ui/capture/exchange_detail_view.h"
#include "ui/common/plain_tooltip_delegate.h"
#include "ui/common/theme.h"
#include "ui/diagnostics/severity_icon.h"
#include "ui/replay/diff_dialog.h"
#include "ui/replay/replay_dialog.h"

#include "capture/capture_store.h"
#include "mcp/sse_parser.h"
#include "models/capture_model.h"
#include "models/session_list_model.h"
#include "replay/exchange_replay.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

// Colours a row's text by its tone (failed, 4xx, still streaming) in the
// theme's colour for the current palette; selected rows keep the selection's.
class RowToneDelegate final : public PlainToolTipDelegate
{
public:
    using PlainToolTipDelegate::PlainToolTipDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        PlainToolTipDelegate::initStyleOption(option, index);
        // A row that is a finding's evidence: the worst severity's icon first.
        if (index.column() == CaptureModel::Id) {
            const QVariant severity = index.data(CaptureModel::FindingSeverityRole);
            if (severity.isValid()) {
                const QStyle *style = option->widget ? option->widget->style() : nullptr;
                option->icon = severityIcon(FindingSeverity(severity.toInt()), style);
                option->features |= QStyleOptionViewItem::HasDecoration;
                const int side = option->fontMetrics.height() - 2;
                option->decorationSize = QSize(side, side);
            }
        }
        Theme::Tone tone = Theme::Tone::Normal;
        switch (index.data(CaptureModel::RowToneRole).toInt()) {
        case CaptureModel::ErrorRow:
            tone = Theme::Tone::Error;
            break;
        case CaptureModel::WarningRow:
            tone = Theme::Tone::Warning;
            break;
        case CaptureModel::LiveRow:
            tone = Theme::Tone::Live;
            break;
        default:
            return;
        }
        option->palette.setColor(QPalette::Text, Theme::color(tone, option->palette));
    }
};

enum CopyWhat
{
    CopyUrl,
    CopyRequestBody,
    CopyResponseBody
};

// What of an exchange's response a comparison looks at: the result (or
// error) of the JSON-RPC response it carried, whether as a JSON body or as
// an SSE event, else the body as JSON, else the body as one text.
QJsonValue responsePayload(const Exchange &exchange, const QList<MessageRecord> &messages)
{
    auto fromMessage = [](const QByteArray &payload) -> std::optional<QJsonValue> {
        const QJsonObject message = QJsonDocument::fromJson(payload).object();
        for (const char *member : {"result", "error"})
            if (message.contains(QLatin1String(member)))
                return message.value(QLatin1String(member));
        return std::nullopt;
    };
    for (const MessageRecord &message : messages)
        if (message.exchangeId == exchange.id && !message.outgoing)
            if (auto payload = fromMessage(message.payload))
                return *payload;
    const QByteArray type = exchange.responseHeader("content-type").toLower();
    if (type.contains("text/event-stream")) {
        SseParser parser;
        QList<SseEvent> events = parser.feed(exchange.responseBody);
        events += parser.feed("\n\n"); // a body cut before its final blank line
        for (const SseEvent &event : std::as_const(events))
            if (auto payload = fromMessage(event.data))
                return *payload;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(exchange.responseBody, &error);
    if (error.error == QJsonParseError::NoError) {
        if (auto payload = fromMessage(exchange.responseBody))
            return *payload;
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    return QString::fromUtf8(exchange.responseBody);
}

} // namespace

LogPage::LogPage(CaptureStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new CaptureModel(this))
{
    setObjectName(QStringLiteral("logPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filterBar = new QToolBar(this);
    filterBar->setObjectName(QStringLiteral("filterBar"));
    m_methodFilter = new QComboBox(filterBar);
    m_methodFilter->setObjectName(QStringLiteral("methodFilter"));
    m_statusFilter = new QComboBox(filterBar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_search = new QLineEdit(filterBar);
    m_search->setObjectName(QStringLiteral("captureSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    filterBar->addWidget(m_methodFilter);
    filterBar->addWidget(m_statusFilter);
    filterBar->addWidget(m_search);
    layout->addWidget(filterBar);
    m_exchangeFilterBar = new QWidget(this);
    m_exchangeFilterBar->setObjectName(QStringLiteral("analyticsFilterBar"));
    auto *exchangeFilterLayout = new QHBoxLayout(m_exchangeFilterBar);
    exchangeFilterLayout->setContentsMargins(6, 2, 6, 2);
    m_exchangeFilterLabel = new QLabel(m_exchangeFilterBar);
    m_exchangeFilterLabel->setObjectName(QStringLiteral("analyticsFilterLabel"));
    m_exchangeFilterLabel->setTextFormat(Qt::PlainText);
    m_clearExchangeFilter = new QPushButton(m_exchangeFilterBar);
    m_clearExchangeFilter->setObjectName(QStringLiteral("clearAnalyticsFilter"));
    exchangeFilterLayout->addWidget(m_exchangeFilterLabel, 1);
    exchangeFilterLayout->addWidget(m_clearExchangeFilter);
    Theme::setBanner(m_exchangeFilterLabel, Theme::Banner::Warning,
                     QStringLiteral("padding: 3px;"));
    m_exchangeFilterBar->hide();
    layout->addWidget(m_exchangeFilterBar);
    connect(m_clearExchangeFilter, &QPushButton::clicked, this, [this] { filterToExchanges({}); });

    m_log = new QTableView(this);
    m_log->setObjectName(QStringLiteral("captureLog"));
    m_log->setModel(m_model);
    m_log->setItemDelegate(new RowToneDelegate(m_log));
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_log->setContextMenuPolicy(Qt::CustomContextMenu);
    m_copyUrl = new QAction(this);
    m_copyUrl->setObjectName(QStringLiteral("copyUrl"));
    m_copyRequestBody = new QAction(this);
    m_copyRequestBody->setObjectName(QStringLiteral("copyRequestBody"));
    m_copyResponseBody = new QAction(this);
    m_copyResponseBody->setObjectName(QStringLiteral("copyResponseBody"));
    m_compare = new QAction(this);
    m_compare->setObjectName(QStringLiteral("compareResponses"));
    m_replay = new QAction(this);
    m_replay->setObjectName(QStringLiteral("replayExchange"));
    m_exportSelected = new QAction(this);
    m_exportSelected->setObjectName(QStringLiteral("exportSelected"));
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
    m_detail = new ExchangeDetailView(this);
    m_detail->setObjectName(QStringLiteral("exchangeDetail"));
    m_detail->setReplayOffered(m_store != nullptr);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(m_log);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    layout->addWidget(m_split, 1);
    retranslateUi();

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &LogPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_methodFilter, &QComboBox::currentIndexChanged, this, &LogPage::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &LogPage::applyFilter);
    connect(m_log->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogPage::showSelected);
    connect(m_log, &QWidget::customContextMenuRequested, this, &LogPage::showContextMenu);
    connect(m_log->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LogPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogPage::updateActions);
    connect(m_copyUrl, &QAction::triggered, this, [this] { copySelected(CopyUrl); });
    connect(m_copyRequestBody, &QAction::triggered, this,
            [this] { copySelected(CopyRequestBody); });
    connect(m_copyResponseBody, &QAction::triggered, this,
            [this] { copySelected(CopyResponseBody); });
    connect(m_compare, &QAction::triggered, this, &LogPage::compareSelected);
    connect(m_replay, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedExchangeIds(); ids.size() == 1)
            replayExchange(ids.first());
    });
    connect(m_detail, &ExchangeDetailView::replayRequested, this, &LogPage::replayExchange);
    connect(m_exportSelected, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedExchangeIds(); !ids.isEmpty())
            Q_EMIT exportRequested(ids);
    });
    updateActions();
    connect(m_model, &CaptureModel::readFailed, this,
            [this](const QString &message) { Q_EMIT statusMessage(message, 10000); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        Q_EMIT shownCountChanged(m_model->rowCount());
        if (m_follow)
            m_log->scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { Q_EMIT shownCountChanged(m_model->rowCount()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const QModelIndex current = m_log->currentIndex();
                if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
                    showSelected();
            });
}

Result<void> LogPage::open(const QString &path)
{
    if (auto opened = m_model->open(path); !opened)
        return opened;
    m_model->followStore(m_store && path == m_store->path() ? m_store : nullptr);
    if (auto opened = m_reader.open(path); !opened)
        Q_EMIT statusMessage(opened.error().message, 0);
    m_path = path;
    Q_EMIT shownCountChanged(m_model->rowCount());
    return {};
}

Result<void> LogPage::reloadSessions(SessionListModel &sessions)
{
    return sessions.reload(m_reader);
}

void LogPage::setSessionFilter(qint64 sessionId)
{
    m_sessionFilter = sessionId;
    applyFilter();
}

void LogPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void LogPage::setFindingMarks(const QList<Finding> &findings)
{
    m_model->setFindingMarks(findings);
}

void LogPage::filterToExchanges(const QList<qint64> &ids, const QString &origin)
{
    m_exchangeFilter = ids;
    m_exchangeFilterOrigin = origin;
    m_exchangeFilterBar->setVisible(!ids.isEmpty());
    retranslateUi();
    applyFilter();
}

void LogPage::clearFilters()
{
    if (!m_exchangeFilter.isEmpty())
        filterToExchanges({});
    m_search->clear();
    m_methodFilter->setCurrentIndex(0);
    m_statusFilter->setCurrentIndex(0);
}

bool LogPage::selectExchange(qint64 id)
{
    int row = m_model->rowOfExchange(id);
    if (row < 0 && (m_sessionFilter != 0 || !m_exchangeFilter.isEmpty() ||
                    m_methodFilter->currentIndex() > 0 || m_statusFilter->currentIndex() > 0 ||
                    !m_search->text().isEmpty())) {
        m_sessionFilter = 0;
        m_exchangeFilter.clear();
        m_exchangeFilterOrigin.clear();
        m_exchangeFilterBar->hide();
        clearFilters();
        applyFilter(); // at once, not after the search field's delay
        row = m_model->rowOfExchange(id);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_log->setCurrentIndex(index);
    m_log->scrollTo(index);
    return true;
}

QByteArray LogPage::saveSplitState() const
{
    return m_split->saveState();
}

void LogPage::restoreSplitState(const QByteArray &state)
{
    m_split->restoreState(state);
}

void LogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LogPage::retranslateUi()
{
    m_copyUrl->setText(tr("Copy URL"));
    m_copyRequestBody->setText(tr("Copy request body"));
    m_copyResponseBody->setText(tr("Copy response body"));
    m_compare->setText(tr("Compare responses"));
    m_compare->setToolTip(tr("Select two rows to compare their responses"));
    m_replay->setText(tr("Replay…"));
    m_replay->setToolTip(tr("Send this request again, edited first, and compare the answers"));
    m_exportSelected->setText(tr("Export Selected…"));
    m_exportSelected->setToolTip(
        tr("Export the selected exchanges (HAR, JSON or a capture bundle), redacted"));
    m_search->setPlaceholderText(tr("Search URLs and bodies (full text)…"));
    m_exchangeFilterLabel->setText(
        m_exchangeFilterOrigin.isEmpty()
            ? tr("Filtered: %n exchange(s) from Analytics", nullptr, int(m_exchangeFilter.size()))
            //: %1 says where the filter came from, e.g. "the finding Rate limited"
            : tr("Filtered: %n exchange(s) of %1", nullptr, int(m_exchangeFilter.size()))
                  .arg(m_exchangeFilterOrigin));
    m_clearExchangeFilter->setText(tr("Clear"));
    m_clearExchangeFilter->setToolTip(tr("Show every exchange again"));

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

void LogPage::applyFilter()
{
    CaptureFilter filter;
    filter.method = m_methodFilter->currentIndex() > 0 ? m_methodFilter->currentText() : QString();
    filter.statusClass = CaptureFilter::StatusClass(std::max(0, m_statusFilter->currentIndex()));
    filter.text = m_search->text();
    filter.sessionId = m_sessionFilter;
    filter.exchangeIds = m_exchangeFilter;
    m_model->setFilter(filter);
    m_detail->clear();
}

void LogPage::showSelected()
{
    const qint64 id = m_model->exchangeId(m_log->currentIndex().row());
    if (id <= 0) {
        m_detail->clear();
        return;
    }
    auto exchange = m_reader.exchange(id);
    if (!exchange) {
        Q_EMIT statusMessage(exchange.error().message, 10000);
        return;
    }
    if (exchange->has_value())
        m_detail->showExchange(**exchange);
}

QList<qint64> LogPage::selectedExchangeIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_log->selectionModel()->selectedRows())
        if (const qint64 id = m_model->exchangeId(index.row()); id > 0)
            ids << id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

void LogPage::updateActions()
{
    const qsizetype selected = selectedExchangeIds().size();
    m_copyUrl->setEnabled(selected == 1);
    m_copyRequestBody->setEnabled(selected == 1);
    m_copyResponseBody->setEnabled(selected == 1);
    m_compare->setEnabled(selected == 2);
    m_replay->setEnabled(m_store && selected == 1);
    m_replay->setVisible(m_store != nullptr);
    m_exportSelected->setEnabled(selected > 0);
}

void LogPage::showContextMenu(const QPoint &pos)
{
    // A right click on a row outside the selection selects that row, as file
    // managers do; inside it keeps the selection (two rows to compare).
    const QModelIndex clicked = m_log->indexAt(pos);
    if (clicked.isValid() && !m_log->selectionModel()->isRowSelected(clicked.row()))
        m_log->setCurrentIndex(clicked);
    updateActions();
    QMenu menu(this);
    menu.addAction(m_copyUrl);
    menu.addAction(m_copyRequestBody);
    menu.addAction(m_copyResponseBody);
    menu.addSeparator();
    menu.addAction(m_replay);
    menu.addAction(m_compare);
    menu.addSeparator();
    menu.addAction(m_exportSelected);
    menu.exec(m_log->viewport()->mapToGlobal(pos));
}

void LogPage::copySelected(int what)
{
    const QList<qint64> ids = selectedExchangeIds();
    if (ids.size() != 1)
        return;
    auto exchange = m_reader.exchange(ids.first());
    if (!exchange) {
        Q_EMIT statusMessage(exchange.error().message, 10000);
        return;
    }
    if (!exchange->has_value())
        return;
    const Exchange &e = **exchange;
    switch (what) {
    case CopyUrl:
        QApplication::clipboard()->setText(e.url);
        break;
    case CopyRequestBody:
        QApplication::clipboard()->setText(QString::fromUtf8(e.requestBody));
        break;
    case CopyResponseBody:
        QApplication::clipboard()->setText(QString::fromUtf8(e.responseBody));
        break;
    }
}

void LogPage::compareSelected()
{
    const QList<qint64> ids = selectedExchangeIds();
    if (ids.size() != 2)
        return;
    DiffSide sides[2];
    for (int i = 0; i < 2; ++i) {
        auto exchange = m_reader.exchange(ids.at(i));
        if (!exchange || !exchange->has_value()) {
            Q_EMIT statusMessage(
                exchange ? tr("Exchange %1 is no longer in the capture file.").arg(ids.at(i))
                         : exchange.error().message,
                10000);
            return;
        }
        const Exchange &e = **exchange;
        auto messages = m_reader.messages(e.sessionId);
        if (!messages)
            Q_EMIT statusMessage(messages.error().message, 10000);
        const QString label = tr("#%1 %2 %3")
                                  .arg(e.id)
                                  .arg(QString::fromLatin1(e.method),
                                       QUrl(e.url).path().isEmpty() ? e.url : QUrl(e.url).path());
        sides[i] = DiffSide::fromValue(
            label, responsePayload(e, messages ? *messages : QList<MessageRecord>{}), e.totalMs);
    }
    DiffDialog::open(window(), tr("Compare responses: #%1 and #%2").arg(ids.at(0)).arg(ids.at(1)),
                     sides[0], sides[1]);
}

void LogPage::replayExchange(qint64 id)
{
    auto exchange = m_reader.exchange(id);
    if (!exchange || !exchange->has_value()) {
        Q_EMIT statusMessage(exchange ? tr("Exchange %1 is no longer in the capture file.").arg(id)
                                      : exchange.error().message,
                             10000);
        return;
    }
    ReplaySource source;
    source.exchange = **exchange;
    if (auto messages = m_reader.messages(source.exchange.sessionId))
        source.call = requestCarriedBy(source.exchange, *messages);
    else
        Q_EMIT statusMessage(messages.error().message, 10000);
    if (auto sessions = m_reader.sessions())
        for (const SessionInfo &info : *sessions)
            if (info.id == source.exchange.sessionId)
                source.recordedTarget = info.target;
    Q_EMIT replayRequested(source);
}

} // namespace mcpscope
