#include "models/capture_model.h"

#include "capture/capture_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace mcpscope {

CaptureModel::CaptureModel(QObject *parent) : QAbstractTableModel(parent)
{
    // Coalesce commits: one insert per event-loop pass, however many arrive.
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(0);
    connect(&m_liveTimer, &QTimer::timeout, this, &CaptureModel::appendLiveRows);
}

CaptureModel::~CaptureModel() = default;

Result<void> CaptureModel::open(const QString &storePath)
{
    m_changing = true; // observers of the reset call back into fetchMore()
    beginResetModel();
    m_ids.clear();
    m_pages.clear();
    m_atEnd = true;
    auto opened = m_reader.open(storePath);
    if (opened)
        m_atEnd = false;
    endResetModel();
    m_changing = false;
    if (opened)
        fetchMore();
    return opened;
}

void CaptureModel::followStore(CaptureStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store)
        connect(store, &CaptureStore::exchangesCommitted, this, &CaptureModel::onCommitted);
}

void CaptureModel::setFindingMarks(const QList<Finding> &findings)
{
    QHash<qint64, Mark> marks;
    for (const Finding &f : findings) {
        for (qint64 id : f.exchangeIds) {
            auto it = marks.find(id);
            if (it == marks.end()) {
                marks.insert(id, Mark{f.severity(), {f.kind}});
                continue;
            }
            if (int(f.severity()) > int(it->severity))
                it->severity = f.severity();
            if (!it->kinds.contains(f.kind))
                it->kinds.append(f.kind);
        }
    }
    if (marks.isEmpty() && m_marks.isEmpty())
        return;
    m_marks = std::move(marks);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, Id), index(int(m_ids.size()) - 1, Id),
                           {FindingSeverityRole, Qt::ToolTipRole, Qt::DecorationRole});
}

void CaptureModel::setFilter(const CaptureFilter &filter)
{
    if (filter == m_filter)
        return;
    m_changing = true;
    beginResetModel();
    m_filter = filter;
    m_ids.clear();
    m_pages.clear();
    m_atEnd = !m_reader.isOpen();
    endResetModel();
    m_changing = false;
    fetchMore();
}

qint64 CaptureModel::exchangeId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int CaptureModel::rowOfExchange(qint64 id) const
{
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id);
    return it != m_ids.cend() && *it == id ? int(it - m_ids.cbegin()) : -1;
}

int CaptureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CaptureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaptureModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CaptureModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    auto ids = m_reader.exchangeIds(m_filter, m_ids.isEmpty() ? 0 : m_ids.last(), kFetchBatch);
    if (!ids) {
        m_atEnd = true;
        Q_EMIT readFailed(ids.error().message);
        return;
    }
    m_atEnd = ids->size() < kFetchBatch;
    if (ids->isEmpty())
        return;
    insertIds(*ids);
}

void CaptureModel::onCommitted(const QList<qint64> &ids)
{
    // Rows already shown may have changed (a stream grew, a request finished).
    const qint64 last = m_ids.isEmpty() ? 0 : m_ids.last();
    for (qint64 id : ids) {
        if (id > last)
            continue;
        const int row = rowOfExchange(id);
        if (row < 0)
            continue;
        m_pages.remove(row / kPageSize);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    const bool anyNew =
        std::any_of(ids.cbegin(), ids.cend(), [last](qint64 id) { return id > last; });
    if (anyNew && m_atEnd && m_reader.isOpen())
        m_liveTimer.start();
}

void CaptureModel::appendLiveRows()
{
    if (m_changing)
        return;
    QList<qint64> fresh;
    for (;;) {
        const qint64 after = !fresh.isEmpty() ? fresh.last() : (m_ids.isEmpty() ? 0 : m_ids.last());
        auto ids = m_reader.exchangeIds(m_filter, after, kFetchBatch);
        if (!ids) {
            Q_EMIT readFailed(ids.error().message);
            break;
        }
        fresh += *ids;
        if (ids->size() < kFetchBatch)
            break;
        if (fresh.size() >= 10 * kFetchBatch) { // a flood: let the view page the rest in
            m_atEnd = false;
            break;
        }
    }
    if (fresh.isEmpty())
        return;
    insertIds(fresh);
}

void CaptureModel::insertIds(const QList<qint64> &ids)
{
    // Views and testers call back into the model from the insert signals.
    m_changing = true;
    beginInsertRows({}, int(m_ids.size()), int(m_ids.size() + ids.size() - 1));
    // The last cached page may have been partial.
    if (!m_ids.isEmpty())
        m_pages.remove(int((m_ids.size() - 1) / kPageSize));
    m_ids += ids;
    endInsertRows();
    m_changing = false;
}

const ExchangeSummary *CaptureModel::summary(int r) const
{
    const Row *found = row(r);
    return found ? &found->summary : nullptr;
}

const CaptureModel::Row *CaptureModel::row(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / kPageSize;
    QList<Row> *rows = m_pages.object(page);
    if (rows && row % kPageSize >= rows->size()) {
        m_pages.remove(page);
        rows = nullptr;
    }
    if (!rows) {
        const qsizetype first = qsizetype(page) * kPageSize;
        const QList<qint64> ids =
            m_ids.mid(first, std::min<qsizetype>(kPageSize, m_ids.size() - first));
        auto &reader = const_cast<CaptureReader &>(m_reader);
        auto loaded = reader.summaries(ids);
        if (!loaded)
            return nullptr;
        // The MCP columns: the messages of the page and their answers.
        auto calls = reader.callsOfExchanges(ids);
        const QList<MessageRecord> messages = calls ? *calls : QList<MessageRecord>{};
        // Align by id: a row deleted meanwhile leaves a blank, not a shift.
        auto *aligned = new QList<Row>(ids.size());
        qsizetype k = 0;
        for (qsizetype i = 0; i < ids.size() && k < loaded->size(); ++i) {
            if (loaded->at(k).id == ids.at(i)) {
                const ExchangeSummary &s = loaded->at(k++);
                const bool ended =
                    s.state != Exchange::State::Pending && s.state != Exchange::State::Streaming;
                (*aligned)[i] = Row{s, McpCallText::callOfExchange(s.id, messages, ended)};
            }
        }
        rows = aligned;
        m_pages.insert(page, aligned);
    }
    const Row &r = rows->at(row % kPageSize);
    return r.summary.id ? &r : nullptr;
}

namespace {

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString pathOf(const QString &url)
{
    const QUrl u(url);
    QString path = u.path(QUrl::FullyEncoded);
    if (u.hasQuery())
        path += QLatin1Char('?') + u.query(QUrl::FullyEncoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

} // namespace

QVariant CaptureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == ExchangeIdRole)
        return exchangeId(index.row());
    if (index.column() == Id && (role == FindingSeverityRole || role == Qt::ToolTipRole)) {
        const auto mark = m_marks.constFind(exchangeId(index.row()));
        if (mark != m_marks.cend()) {
            if (role == FindingSeverityRole)
                return int(mark->severity);
            QStringList lines;
            for (const QString &id : mark->kinds) {
                const FindingKind *kind = findingKind(id);
                //: A log row's finding: its severity, title and kind id
                lines << tr("%1: %2 (%3)")
                             .arg(severityName(kind ? kind->severity : mark->severity),
                                  kind ? QCoreApplication::translate("mcpscope::Findings",
                                                                     kind->title)
                                       : id,
                                  id);
            }
            return tr("Evidence of:\n%1").arg(lines.join(QLatin1Char('\n')));
        }
        if (role == FindingSeverityRole)
            return {};
    }
    const Row *r = row(index.row());
    if (!r)
        return {};
    const ExchangeSummary *s = &r->summary;
    const McpCallInfo &call = r->call;
    const bool failed = !s->errorCode.isEmpty();
    switch (role) {
    case FailedRole:
        return failed;
    case SessionIdRole:
        return s->sessionId;
    case RpcMethodRole:
        return call.method;
    case McpNameRole:
        return call.name;
    case Qt::ToolTipRole:
        if (index.column() == McpCall && !call.method.isEmpty())
            return call.label();
        if (index.column() == McpOutcomeColumn && !call.outcome.text.isEmpty())
            return call.outcome.text;
        if (!s->errorMessage.isEmpty())
            return s->errorMessage; // plain text: views must not treat it as rich text
        return s->url;
    case RowToneRole:
        if (failed || s->status >= 500 || call.outcome.isFailure())
            return ErrorRow;
        if (s->status >= 400)
            return WarningRow;
        if (s->state == Exchange::State::Pending || s->state == Exchange::State::Streaming)
            return LiveRow;
        return PlainRow;
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Size || index.column() == Duration ||
            index.column() == Status)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        switch (index.column()) {
        case Id:
            return s->id;
        case Time:
            return s->startedAtMs;
        case Status:
            return s->status;
        case Size:
            return s->responseSize;
        case Duration:
            return s->totalMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return s->id;
        case Time:
            return QDateTime::fromMSecsSinceEpoch(s->startedAtMs)
                .toString(QStringLiteral("HH:mm:ss.zzz"));
        case Method:
            return s->method;
        case Host:
            return s->host;
        case Path:
            return pathOf(s->url);
        case Status:
            if (failed)
                return s->status > 0 ? QStringLiteral("%1 · %2").arg(s->status).arg(s->errorCode)
                                     : s->errorCode.toUpper();
            if (s->state == Exchange::State::Pending)
                return tr("pending");
            if (s->state == Exchange::State::Streaming)
                return tr("%1 · streaming").arg(s->status);
            return s->status;
        case Type:
            return s->contentType.section(QLatin1Char(';'), 0, 0).trimmed();
        case Size:
            return s->truncated ? tr("%1 (cut)").arg(humanSize(s->responseSize))
                                : humanSize(s->responseSize);
        case Duration:
            return s->totalMs < 0 ? QString() : QStringLiteral("%1 ms").arg(s->totalMs, 0, 'f', 1);
        case McpCall:
            return call.label();
        case McpOutcomeColumn:
            return call.outcome.text;
        }
    }
    return {};
}

QVariant CaptureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("#");
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Host:
        return tr("Host");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    case Duration:
        return tr("Duration");
    case McpCall:
        return tr("MCP call");
    case McpOutcomeColumn:
        return tr("Outcome");
    }
    return {};
}

} // namespace mcpscope
