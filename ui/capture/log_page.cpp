#include "ui/capture/log_page.h"

#include "export/curl_command.h"
#include "ui/capture/exchange_detail_view.h"
#include "ui/common/json_highlighter.h"
#include "ui/common/plain_label.h"
#include "ui/common/plain_tooltip_delegate.h"
#include "ui/common/theme.h"
#include "ui/diagnostics/severity_icon.h"
#include "ui/replay/diff_dialog.h"
#include "ui/replay/replay_dialog.h"

#include "capture/capture_store.h"
#include "capture/log_filter.h"
#include "common/ordered_json.h"
#include "mcp/sse_parser.h"
#include "models/capture_model.h"
#include "models/messages_model.h"
#include "models/session_list_model.h"
#include "replay/exchange_replay.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
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

QJsonValue bodyValue(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return QString::fromUtf8(body);
}

QJsonObject headersObject(const HeaderList &headers)
{
    QJsonObject out;
    for (const auto &[name, value] : headers)
        out.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    return out;
}

} // namespace

LogPage::LogPage(CaptureStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new CaptureModel(this)),
      m_messages(new MessagesModel(this))
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
    m_mode = new QTabBar(filterBar);
    m_mode->setObjectName(QStringLiteral("logMode"));
    m_mode->setDrawBase(false);
    m_mode->setExpanding(false);
    m_mode->addTab(QString());
    m_mode->addTab(QString());
    filterBar->addWidget(m_mode);
    filterBar->addSeparator();
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
    // Every active filter, one button each (its own × clears it), then Clear all.
    m_chips = new QWidget(this);
    m_chips->setObjectName(QStringLiteral("filterChips"));
    auto *chipsLayout = new QHBoxLayout(m_chips);
    chipsLayout->setContentsMargins(6, 2, 6, 2);
    chipsLayout->setSpacing(4);
    m_clearAll = new QPushButton(m_chips);
    m_clearAll->setObjectName(QStringLiteral("clearAllFilters"));
    m_clearAll->setFlat(true);
    chipsLayout->addStretch(1);
    chipsLayout->addWidget(m_clearAll);
    m_chips->hide();
    layout->addWidget(m_chips);
    m_filterProblems = createPlainLabel(this);
    m_filterProblems->setObjectName(QStringLiteral("filterProblems"));
    Theme::setBanner(m_filterProblems, Theme::Banner::Warning, QStringLiteral("padding: 3px;"));
    m_filterProblems->hide();
    layout->addWidget(m_filterProblems);
    connect(m_clearAll, &QPushButton::clicked, this, &LogPage::clearEveryFilter);
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

    // The Messages view: one row per JSON-RPC message, the selected one below.
    m_messagesLog = new QTableView(this);
    m_messagesLog->setObjectName(QStringLiteral("messagesLog"));
    m_messagesLog->setModel(m_messages);
    m_messagesLog->setItemDelegate(new PlainToolTipDelegate(m_messagesLog));
    m_messagesLog->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_messagesLog->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messagesLog->setContextMenuPolicy(Qt::CustomContextMenu);
    m_messagesLog->setAlternatingRowColors(true);
    m_messagesLog->setWordWrap(false);
    m_messagesLog->verticalHeader()->hide();
    m_messagesLog->verticalHeader()->setDefaultSectionSize(m_messagesLog->fontMetrics().height() +
                                                           6);
    m_messagesLog->horizontalHeader()->setStretchLastSection(false);
    m_messagesLog->horizontalHeader()->setSectionResizeMode(MessagesModel::Outcome,
                                                            QHeaderView::Stretch);
    m_messagesLog->setColumnWidth(MessagesModel::Time, 100);
    m_messagesLog->setColumnWidth(MessagesModel::Direction, 90);
    m_messagesLog->setColumnWidth(MessagesModel::Method, 190);
    m_messagesLog->setColumnWidth(MessagesModel::Name, 170);
    m_messagesLog->setColumnWidth(MessagesModel::RpcId, 60);
    m_messagesLog->setColumnWidth(MessagesModel::Latency, 90);
    m_messagesLog->setColumnWidth(MessagesModel::Session, 70);
    auto *messageDetail = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messageDetail);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    auto *messageHead = new QHBoxLayout;
    m_messageSummary = createPlainLabel(messageDetail);
    m_messageSummary->setObjectName(QStringLiteral("messageSummary"));
    m_messageSummary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_showExchange = new QPushButton(messageDetail);
    m_showExchange->setObjectName(QStringLiteral("showExchange"));
    m_showExchange->setEnabled(false);
    messageHead->addWidget(m_messageSummary, 1);
    messageHead->addWidget(m_showExchange);
    messageLayout->addLayout(messageHead);
    m_messageJson = new QPlainTextEdit(messageDetail);
    m_messageJson->setObjectName(QStringLiteral("messageJson"));
    m_messageJson->setReadOnly(true);
    m_messageJson->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_messageJson->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_messageJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_messageJson->document());
    messageLayout->addWidget(m_messageJson, 1);
    m_messagesSplit = new QSplitter(Qt::Vertical, this);
    m_messagesSplit->addWidget(m_messagesLog);
    m_messagesSplit->addWidget(messageDetail);
    m_messagesSplit->setStretchFactor(0, 3);
    m_messagesSplit->setStretchFactor(1, 2);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_split);
    m_pages->addWidget(m_messagesSplit);
    layout->addWidget(m_pages, 1);
    connect(m_mode, &QTabBar::currentChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_messagesLog->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogPage::showSelectedMessage);
    connect(m_messagesLog, &QWidget::customContextMenuRequested, this, &LogPage::showMessagesMenu);
    connect(m_messages, &MessagesModel::readFailed, this,
            [this](const QString &message) { Q_EMIT statusMessage(message, 10000); });
    connect(m_messages, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow && m_pages->currentIndex() == MessagesMode)
            m_messagesLog->scrollToBottom();
    });
    connect(m_messages, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const QModelIndex current = m_messagesLog->currentIndex();
                if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
                    showSelectedMessage();
            });
    connect(m_showExchange, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_messagesLog->currentIndex();
        const qint64 exchange = current.data(MessagesModel::ExchangeIdRole).toLongLong();
        if (exchange > 0)
            selectExchange(exchange);
    });

    // The HTTP log's MCP columns show after Method.
    QHeaderView *header = m_log->horizontalHeader();
    header->moveSection(header->visualIndex(CaptureModel::McpCall),
                        header->visualIndex(CaptureModel::Method) + 1);
    header->moveSection(header->visualIndex(CaptureModel::McpOutcomeColumn),
                        header->visualIndex(CaptureModel::McpCall) + 1);
    m_log->setColumnWidth(CaptureModel::McpCall, 190);
    m_log->setColumnWidth(CaptureModel::McpOutcomeColumn, 110);

    m_copyAsCurl = new QAction(this);
    m_copyAsCurl->setObjectName(QStringLiteral("copyAsCurl"));
    m_copyAsJson = new QAction(this);
    m_copyAsJson->setObjectName(QStringLiteral("copyAsJson"));
    m_showInSession = new QAction(this);
    m_showInSession->setObjectName(QStringLiteral("showInSession"));
    m_filterByMethod = new QAction(this);
    m_filterByMethod->setObjectName(QStringLiteral("filterByMethod"));
    m_filterByTool = new QAction(this);
    m_filterByTool->setObjectName(QStringLiteral("filterByTool"));
    m_filterBySession = new QAction(this);
    m_filterBySession->setObjectName(QStringLiteral("filterBySessionRow"));
    m_filterByStatus = new QAction(this);
    m_filterByStatus->setObjectName(QStringLiteral("filterByStatus"));
    m_showMessages = new QAction(this);
    m_showMessages->setObjectName(QStringLiteral("showMessages"));
    m_showExchangeAction = new QAction(this);
    m_showExchangeAction->setObjectName(QStringLiteral("showExchangeOfMessage"));
    // Which table the actions are about: the one shown.
    const auto rowInfo = [this](int role) -> QVariant {
        if (m_pages->currentIndex() == MessagesMode)
            return m_messagesLog->currentIndex().data(role);
        return m_log->currentIndex().data(role);
    };
    const auto exchangeOfRow = [this]() -> qint64 {
        if (m_pages->currentIndex() == MessagesMode)
            return m_messagesLog->currentIndex().data(MessagesModel::ExchangeIdRole).toLongLong();
        const QList<qint64> ids = selectedExchangeIds();
        return ids.size() == 1 ? ids.first() : 0;
    };
    connect(m_copyAsCurl, &QAction::triggered, this, [this, exchangeOfRow] {
        if (const qint64 id = exchangeOfRow(); id > 0)
            copyAsCurl(id);
    });
    connect(m_copyAsJson, &QAction::triggered, this, [this, exchangeOfRow] {
        if (m_pages->currentIndex() == MessagesMode) {
            if (const qint64 id = currentMessageId(); id > 0)
                copyMessageAsJson(id);
        } else if (const qint64 id = exchangeOfRow(); id > 0) {
            copyExchangeAsJson(id);
        }
    });
    connect(m_showInSession, &QAction::triggered, this, [this, rowInfo] {
        const int role = m_pages->currentIndex() == MessagesMode ? int(MessagesModel::SessionIdRole)
                                                                 : int(CaptureModel::SessionIdRole);
        if (const qint64 session = rowInfo(role).toLongLong(); session > 0)
            Q_EMIT sessionRequested(session);
    });
    connect(m_filterByMethod, &QAction::triggered, this, [this, rowInfo] {
        const bool messages = m_pages->currentIndex() == MessagesMode;
        QString method =
            rowInfo(messages ? int(MessagesModel::RpcMethodRole) : int(CaptureModel::RpcMethodRole))
                .toString();
        if (!messages && (method.isEmpty() || method.contains(QLatin1Char(' '))))
            method = m_log->currentIndex()
                         .siblingAtColumn(CaptureModel::Method)
                         .data()
                         .toString(); // no MCP: the HTTP method
        if (!method.isEmpty())
            addSearchTerm(QStringLiteral("method"), method);
    });
    connect(m_filterByTool, &QAction::triggered, this, [this, rowInfo] {
        const QString name =
            rowInfo(m_pages->currentIndex() == MessagesMode ? int(MessagesModel::NameRole)
                                                            : int(CaptureModel::McpNameRole))
                .toString();
        if (!name.isEmpty())
            addSearchTerm(QStringLiteral("tool"), name);
    });
    connect(m_filterBySession, &QAction::triggered, this, [this, rowInfo] {
        const int role = m_pages->currentIndex() == MessagesMode ? int(MessagesModel::SessionIdRole)
                                                                 : int(CaptureModel::SessionIdRole);
        if (const qint64 session = rowInfo(role).toLongLong(); session > 0)
            setSessionFilter(session);
    });
    connect(m_filterByStatus, &QAction::triggered, this, [this] {
        const QModelIndex index = m_log->currentIndex();
        if (index.data(CaptureModel::FailedRole).toBool())
            addSearchTerm(QStringLiteral("status"), QStringLiteral("failed"));
        else if (const int status = index.siblingAtColumn(CaptureModel::Status)
                                        .data(CaptureModel::RawValueRole)
                                        .toInt();
                 status > 0)
            addSearchTerm(QStringLiteral("status"), QString::number(status));
    });
    connect(m_showMessages, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedExchangeIds(); ids.size() == 1)
            showMessagesOfExchange(ids.first());
    });
    connect(m_showExchangeAction, &QAction::triggered, m_showExchange, &QPushButton::click);

    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(300);
    connect(m_countsTimer, &QTimer::timeout, this, &LogPage::updateSessionCounts);
    if (m_store)
        connect(m_store, &CaptureStore::exchangesCommitted, this, [this] {
            if (!m_countsTimer->isActive())
                m_countsTimer->start();
        });
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
    // Nothing of the file shown before stays in the panes.
    m_detail->clear();
    m_messageJson->clear();
    m_messageSummary->clear();
    m_showExchange->setEnabled(false);
    if (auto opened = m_reader.open(path); !opened)
        Q_EMIT statusMessage(opened.error().message, 0);
    if (auto opened = m_messages->open(path); !opened)
        Q_EMIT statusMessage(opened.error().message, 0);
    m_messages->followStore(m_store && path == m_store->path() ? m_store : nullptr);
    m_path = path;
    Q_EMIT shownCountChanged(m_model->rowCount());
    return {};
}

Result<void> LogPage::reloadSessions(SessionListModel &sessions)
{
    m_sessionList = &sessions; // its counts follow the live store
    return sessions.reload(m_reader);
}

void LogPage::updateSessionCounts()
{
    if (m_sessionList && m_store && m_path == m_store->path())
        if (auto ok = m_sessionList->updateCounts(m_reader); !ok)
            Q_EMIT statusMessage(ok.error().message, 10000);
}

void LogPage::setSessionFilter(qint64 sessionId)
{
    m_sessionFilter = sessionId;
    applyFilter();
}

void LogPage::setMode(Mode mode)
{
    m_mode->setCurrentIndex(int(mode));
}

LogPage::Mode LogPage::mode() const
{
    return Mode(m_pages->currentIndex());
}

QStringList LogPage::filterChipKeys() const
{
    return m_chipKeys;
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

void LogPage::clearEveryFilter()
{
    const bool hadSession = m_sessionFilter != 0;
    m_sessionFilter = 0;
    clearFilters();
    applyFilter();
    m_searchDelay->stop();
    if (hadSession)
        Q_EMIT sessionFilterCleared();
}

void LogPage::clearFilters()
{
    m_exchangeFilter.clear();
    m_exchangeFilterOrigin.clear();
    m_exchangeFilterBar->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_search, m_methodFilter, m_statusFilter})
        w->blockSignals(true);
    m_search->clear();
    m_methodFilter->setCurrentIndex(0);
    m_statusFilter->setCurrentIndex(0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_search, m_methodFilter, m_statusFilter})
        w->blockSignals(false);
    m_searchDelay->stop();
    applyFilter();
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
    while (row < 0 && m_model->canFetchMore()) { // the id list is paged in
        m_model->fetchMore();
        row = m_model->rowOfExchange(id);
    }
    if (row < 0)
        return false;
    setMode(ExchangesMode);
    const QModelIndex index = m_model->index(row, 0);
    m_log->setCurrentIndex(index);
    m_log->scrollTo(index);
    if (m_detail->shownId() != id) // the row was current already
        showSelected();
    return true;
}

bool LogPage::selectMessage(qint64 id)
{
    const auto find = [this, id] {
        int row = m_messages->rowOfMessage(id);
        while (row < 0 && m_messages->canFetchMore()) {
            m_messages->fetchMore();
            row = m_messages->rowOfMessage(id);
        }
        return row;
    };
    int row = find();
    if (row < 0 && !m_messages->filter().isEmpty()) {
        clearEveryFilter();
        row = find();
    }
    if (row < 0)
        return false;
    setMode(MessagesMode);
    const QModelIndex index = m_messages->index(row, 0);
    m_messagesLog->setCurrentIndex(index);
    m_messagesLog->scrollTo(index);
    return true;
}

bool LogPage::showMessagesOfExchange(qint64 exchangeId)
{
    auto messages = m_reader.messagesOfExchanges({exchangeId});
    if (!messages) {
        Q_EMIT statusMessage(messages.error().message, 10000);
        return false;
    }
    for (const MessageRecord &m : std::as_const(*messages)) {
        // An answer is shown on its request's row.
        const qint64 row = m.responseTo > 0 ? m.responseTo : m.id;
        if (selectMessage(row) || selectMessage(m.id))
            return true;
    }
    Q_EMIT statusMessage(tr("Exchange %1 carried no JSON-RPC message.").arg(exchangeId), 10000);
    return false;
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
    m_mode->setTabText(ExchangesMode, tr("Exchanges"));
    m_mode->setTabToolTip(ExchangesMode, tr("The HTTP exchanges, with the MCP call each carried"));
    m_mode->setTabText(MessagesMode, tr("Messages"));
    m_mode->setTabToolTip(MessagesMode,
                          tr("The JSON-RPC messages: a request and its answer on one row"));
    m_clearAll->setText(tr("Clear all"));
    m_clearAll->setToolTip(tr("Lift every filter"));
    m_showExchange->setText(tr("Show exchange"));
    m_showExchange->setToolTip(
        tr("The HTTP exchange that carried this message: headers, bodies, timing, TLS"));
    m_copyAsCurl->setText(tr("Copy as curl"));
    m_copyAsCurl->setToolTip(
        tr("The request as a curl command; values the capture redacted stay redacted"));
    m_copyAsJson->setText(tr("Copy as JSON"));
    m_showInSession->setText(tr("Show in session"));
    m_filterByMethod->setText(tr("Filter by this method"));
    m_filterByTool->setText(tr("Filter by this tool"));
    m_filterBySession->setText(tr("Filter by this session"));
    m_filterByStatus->setText(tr("Filter by this status"));
    m_showMessages->setText(tr("Show messages"));
    m_showMessages->setToolTip(tr("The JSON-RPC messages this exchange carried"));
    m_showExchangeAction->setText(tr("Show exchange"));
    m_exportSelected->setText(tr("Export Selected…"));
    m_exportSelected->setToolTip(
        tr("Export the selected exchanges (HAR, JSON or a capture bundle), redacted"));
    m_search->setPlaceholderText(
        tr("Search (full text), or filter: method:tools/call tool:echo status:4xx latency:>500ms"));
    m_search->setToolTip(
        tr("Free words search URLs and bodies. Filters: method:<JSON-RPC or HTTP method>, "
           "tool:<name or uri>, status:<4xx|404|failed>, latency:<>500ms|<2s>, session:<id>, "
           "after:<ISO time>, before:<ISO time>"));
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
    filter.sessionId = m_sessionFilter;
    filter.exchangeIds = m_exchangeFilter;
    // The search field's terms (method:, tool:, status:, …) and free words.
    const LogFilterQuery query = parseLogFilter(m_search->text());
    applyLogFilter(query, filter);
    m_filterProblems->setText(query.problems.join(QStringLiteral("; ")));
    m_filterProblems->setVisible(!query.problems.isEmpty());
    // A filter that changes nothing keeps the rows, the selection and the
    // details shown; a new one empties the details with the rows.
    if (!(filter == m_model->filter())) {
        m_model->setFilter(filter);
        m_detail->clear();
    }
    m_messages->setFilter(filter);
    rebuildChips();
}

void LogPage::addChip(const QString &key, const QString &text, const std::function<void()> &clear)
{
    auto *chip = new QToolButton(m_chips);
    chip->setObjectName(QStringLiteral("filterChip-") + key);
    //: A filter chip: the filter, then × to remove it
    chip->setText(tr("%1  ×").arg(text));
    chip->setToolTip(tr("Remove this filter"));
    chip->setAutoRaise(false);
    chip->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(chip, &QToolButton::clicked, this, [this, clear] {
        clear();
        applyFilter();
        m_searchDelay->stop();
    });
    auto *layout = static_cast<QHBoxLayout *>(m_chips->layout());
    layout->insertWidget(layout->count() - 2, chip); // before the stretch and Clear all
    m_chipKeys << key;
}

void LogPage::rebuildChips()
{
    // Later, not now: this may run in a chip's own clicked().
    for (QToolButton *chip : m_chips->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (chip->objectName().isEmpty())
            continue;
        chip->hide();
        chip->setObjectName(QString());
        m_chips->layout()->removeWidget(chip);
        chip->deleteLater();
    }
    m_chipKeys.clear();
    if (m_sessionFilter > 0)
        addChip(QStringLiteral("session"), tr("Session %1").arg(m_sessionFilter), [this] {
            m_sessionFilter = 0;
            QTimer::singleShot(0, this, &LogPage::sessionFilterCleared);
        });
    if (m_methodFilter->currentIndex() > 0)
        addChip(QStringLiteral("httpMethod"),
                tr("HTTP method %1").arg(m_methodFilter->currentText()), [this] {
                    m_methodFilter->blockSignals(true);
                    m_methodFilter->setCurrentIndex(0);
                    m_methodFilter->blockSignals(false);
                });
    if (m_statusFilter->currentIndex() > 0)
        addChip(QStringLiteral("status"), m_statusFilter->currentText(), [this] {
            m_statusFilter->blockSignals(true);
            m_statusFilter->setCurrentIndex(0);
            m_statusFilter->blockSignals(false);
        });
    if (!m_exchangeFilter.isEmpty())
        addChip(QStringLiteral("exchanges"),
                tr("%n chosen exchange(s)", nullptr, int(m_exchangeFilter.size())), [this] {
                    m_exchangeFilter.clear();
                    m_exchangeFilterOrigin.clear();
                    m_exchangeFilterBar->hide();
                });
    const LogFilterQuery q = parseLogFilter(m_search->text());
    const auto term = [this](const QString &key, const QString &field, const QString &value) {
        addChip(QStringLiteral("q-") + field, logFilterTerm(key, value),
                [this, field] { removeSearchTerm(field); });
    };
    if (!q.rpcMethod.isEmpty())
        term(QStringLiteral("method"), QStringLiteral("method"), q.rpcMethod);
    if (!q.httpMethod.isEmpty())
        term(QStringLiteral("method"), QStringLiteral("httpMethod"), q.httpMethod);
    if (!q.tool.isEmpty())
        term(QStringLiteral("tool"), QStringLiteral("tool"), q.tool);
    if (q.status != LogFilterQuery::Status::Any) {
        LogFilterQuery only;
        only.status = q.status;
        only.statusCode = q.statusCode;
        addChip(QStringLiteral("q-status"), printLogFilter(only),
                [this] { removeSearchTerm(QStringLiteral("status")); });
    }
    if (q.minLatencyMs >= 0)
        term(QStringLiteral("latency"), QStringLiteral("latencyMin"),
             QStringLiteral(">=%1ms").arg(q.minLatencyMs));
    if (q.maxLatencyMs >= 0)
        term(QStringLiteral("latency"), QStringLiteral("latencyMax"),
             QStringLiteral("<=%1ms").arg(q.maxLatencyMs));
    if (q.sessionId > 0)
        term(QStringLiteral("session"), QStringLiteral("session"), QString::number(q.sessionId));
    if (q.afterMs != 0 || q.beforeMs != 0) {
        LogFilterQuery only;
        only.afterMs = q.afterMs;
        only.beforeMs = q.beforeMs;
        addChip(QStringLiteral("q-time"), printLogFilter(only),
                [this] { removeSearchTerm(QStringLiteral("time")); });
    }
    if (!q.words.isEmpty())
        addChip(QStringLiteral("q-text"), tr("text: %1").arg(q.words.join(QLatin1Char(' '))),
                [this] { removeSearchTerm(QStringLiteral("text")); });
    m_chips->setVisible(!m_chipKeys.isEmpty());
}

void LogPage::removeSearchTerm(const QString &field)
{
    LogFilterQuery q = parseLogFilter(m_search->text());
    if (field == u"method")
        q.rpcMethod.clear();
    else if (field == u"httpMethod")
        q.httpMethod.clear();
    else if (field == u"tool")
        q.tool.clear();
    else if (field == u"status")
        q.status = LogFilterQuery::Status::Any, q.statusCode = 0;
    else if (field == u"latencyMin")
        q.minLatencyMs = -1;
    else if (field == u"latencyMax")
        q.maxLatencyMs = -1;
    else if (field == u"session")
        q.sessionId = 0;
    else if (field == u"time")
        q.afterMs = q.beforeMs = 0;
    else if (field == u"text")
        q.words.clear();
    m_search->blockSignals(true);
    m_search->setText(printLogFilter(q));
    m_search->blockSignals(false);
}

void LogPage::addSearchTerm(const QString &key, const QString &value)
{
    const QString text = m_search->text() + QLatin1Char(' ') + logFilterTerm(key, value);
    m_search->blockSignals(true);
    m_search->setText(printLogFilter(parseLogFilter(text)));
    m_search->blockSignals(false);
    applyFilter();
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
    m_showMessages->setEnabled(selected == 1);
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
    const QModelIndex current = m_log->currentIndex();
    const bool one = selectedExchangeIds().size() == 1;
    m_copyAsCurl->setEnabled(one);
    m_copyAsJson->setEnabled(one);
    m_showInSession->setEnabled(one && current.data(CaptureModel::SessionIdRole).toLongLong() > 0);
    m_filterByMethod->setEnabled(one);
    m_filterByTool->setEnabled(one &&
                               !current.data(CaptureModel::McpNameRole).toString().isEmpty());
    m_filterBySession->setEnabled(one &&
                                  current.data(CaptureModel::SessionIdRole).toLongLong() > 0);
    m_filterByStatus->setEnabled(one);
    QMenu menu(this);
    menu.addAction(m_copyUrl);
    menu.addAction(m_copyRequestBody);
    menu.addAction(m_copyResponseBody);
    menu.addAction(m_copyAsCurl);
    menu.addAction(m_copyAsJson);
    menu.addSeparator();
    menu.addAction(m_showMessages);
    menu.addAction(m_showInSession);
    menu.addAction(m_replay);
    menu.addAction(m_compare);
    menu.addSeparator();
    menu.addAction(m_filterByMethod);
    menu.addAction(m_filterByTool);
    menu.addAction(m_filterByStatus);
    menu.addAction(m_filterBySession);
    menu.addSeparator();
    menu.addAction(m_exportSelected);
    menu.exec(m_log->viewport()->mapToGlobal(pos));
}

qint64 LogPage::currentMessageId() const
{
    return m_messagesLog->currentIndex().data(MessagesModel::MessageIdRole).toLongLong();
}

void LogPage::showMessagesMenu(const QPoint &pos)
{
    const QModelIndex clicked = m_messagesLog->indexAt(pos);
    if (clicked.isValid())
        m_messagesLog->setCurrentIndex(clicked);
    const QModelIndex current = m_messagesLog->currentIndex();
    const bool one = current.isValid();
    const bool carried = current.data(MessagesModel::ExchangeIdRole).toLongLong() > 0;
    m_copyAsCurl->setEnabled(carried);
    m_copyAsJson->setEnabled(one);
    m_showInSession->setEnabled(current.data(MessagesModel::SessionIdRole).toLongLong() > 0);
    m_filterByMethod->setEnabled(!current.data(MessagesModel::RpcMethodRole).toString().isEmpty());
    m_filterByTool->setEnabled(!current.data(MessagesModel::NameRole).toString().isEmpty());
    m_filterBySession->setEnabled(current.data(MessagesModel::SessionIdRole).toLongLong() > 0);
    m_showExchangeAction->setEnabled(carried);
    QMenu menu(this);
    menu.addAction(m_copyAsJson);
    menu.addAction(m_copyAsCurl);
    menu.addSeparator();
    menu.addAction(m_showExchangeAction);
    menu.addAction(m_showInSession);
    QAction *replay = nullptr;
    if (m_store) {
        replay = menu.addAction(tr("Replay…"));
        replay->setObjectName(QStringLiteral("replayMessage"));
        replay->setEnabled(carried);
    }
    menu.addSeparator();
    menu.addAction(m_filterByMethod);
    menu.addAction(m_filterByTool);
    menu.addAction(m_filterBySession);
    if (replay)
        connect(replay, &QAction::triggered, this, [this] {
            const qint64 exchange =
                m_messagesLog->currentIndex().data(MessagesModel::ExchangeIdRole).toLongLong();
            if (exchange > 0)
                replayExchange(exchange);
        });
    menu.exec(m_messagesLog->viewport()->mapToGlobal(pos));
}

void LogPage::showSelectedMessage()
{
    const QModelIndex current = m_messagesLog->currentIndex();
    const qint64 id = current.data(MessagesModel::MessageIdRole).toLongLong();
    const qint64 answerId = current.data(MessagesModel::AnswerIdRole).toLongLong();
    m_showExchange->setEnabled(current.data(MessagesModel::ExchangeIdRole).toLongLong() > 0);
    if (id <= 0) {
        m_messageJson->clear();
        m_messageSummary->clear();
        return;
    }
    auto messages = m_messages->reader().messagesById(answerId > 0 ? QList<qint64>{id, answerId}
                                                                   : QList<qint64>{id});
    if (!messages) {
        Q_EMIT statusMessage(messages.error().message, 10000);
        return;
    }
    // Each message as stored: the server's key order and bytes, re-indented.
    const auto pretty = [](const QByteArray &payload) {
        auto indented = indentJson(payload);
        return QString::fromUtf8(indented ? *indented : payload);
    };
    QStringList parts;
    for (const MessageRecord &m : std::as_const(*messages)) {
        QString head = m.outgoing ? tr("→ sent") : tr("← received");
        head += QLatin1Char(' ') +
                (m.exchangeId > 0 ? tr("(message %1, exchange %2)").arg(m.id).arg(m.exchangeId)
                                  : tr("(message %1)").arg(m.id));
        if (m.id == answerId && m.latencyMs >= 0)
            head += QLatin1Char(' ') + tr("after %1 ms").arg(m.latencyMs, 0, 'f', 1);
        parts << QStringLiteral("// ") + head + QLatin1Char('\n') + pretty(m.payload);
    }
    m_messageJson->setPlainText(parts.join(QStringLiteral("\n\n")));
    const QString name = current.data(MessagesModel::NameRole).toString();
    const QString method = current.data(MessagesModel::RpcMethodRole).toString();
    m_messageSummary->setText(
        QStringLiteral("%1 %2  ·  %3")
            .arg(method, name, current.siblingAtColumn(MessagesModel::Outcome).data().toString()));
}

void LogPage::copyAsCurl(qint64 exchangeId)
{
    auto exchange = m_reader.exchange(exchangeId);
    if (!exchange || !exchange->has_value()) {
        Q_EMIT statusMessage(
            exchange ? tr("Exchange %1 is no longer in the capture file.").arg(exchangeId)
                     : exchange.error().message,
            10000);
        return;
    }
    QApplication::clipboard()->setText(curlCommand(**exchange));
    Q_EMIT statusMessage(
        tr("Copied as curl. Values the capture redacted (tokens, secrets) stay redacted."), 8000);
}

void LogPage::copyExchangeAsJson(qint64 exchangeId)
{
    auto exchange = m_reader.exchange(exchangeId);
    if (!exchange || !exchange->has_value())
        return;
    const Exchange &e = **exchange;
    QJsonObject object{{QStringLiteral("id"), e.id},
                       {QStringLiteral("method"), QString::fromLatin1(e.method)},
                       {QStringLiteral("url"), e.url},
                       {QStringLiteral("status"), e.status},
                       {QStringLiteral("requestHeaders"), headersObject(e.requestHeaders)},
                       {QStringLiteral("requestBody"), bodyValue(e.requestBody)},
                       {QStringLiteral("responseHeaders"), headersObject(e.responseHeaders)},
                       {QStringLiteral("responseBody"), bodyValue(e.responseBody)},
                       {QStringLiteral("totalMs"), e.totalMs}};
    QApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void LogPage::copyMessageAsJson(qint64 messageId)
{
    auto messages = m_messages->reader().messagesById({messageId});
    if (!messages || messages->isEmpty())
        return;
    auto indented = indentJson(messages->first().payload);
    QApplication::clipboard()->setText(
        QString::fromUtf8(indented ? *indented : messages->first().payload));
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
