#include "models/messages_model.h"

#include "capture/capture_store.h"

#include <QDateTime>

namespace mcpscope {

MessagesModel::MessagesModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(0);
    connect(&m_liveTimer, &QTimer::timeout, this, &MessagesModel::appendLive);
}

Result<void> MessagesModel::open(const QString &storePath)
{
    auto opened = m_reader.open(storePath);
    refreshSessions();
    reset();
    return opened;
}

void MessagesModel::followStore(CaptureStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (!store)
        return;
    connect(store, &CaptureStore::exchangesCommitted, this, &MessagesModel::onCommitted);
    // Messages without HTTP (stdio) commit with their call facts.
    connect(store, &CaptureStore::factsCommitted, this, &MessagesModel::onCommitted);
    connect(store, &CaptureStore::sessionsChanged, this, [this] {
        refreshSessions();
        m_liveTimer.start();
    });
}

void MessagesModel::setFilter(const CaptureFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reset();
}

void MessagesModel::reset()
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_atEnd = !m_reader.isOpen();
    endResetModel();
    m_changing = false;
    fetchMore();
}

void MessagesModel::refreshSessions()
{
    m_sessionEnded.clear();
    if (!m_reader.isOpen())
        return;
    if (auto sessions = m_reader.sessions())
        for (const SessionInfo &s : *sessions)
            m_sessionEnded.insert(s.id, s.endedAtMs != 0);
}

bool MessagesModel::isRequest(const Row &row) const
{
    return row.message.kind == u"request";
}

bool MessagesModel::loadRows(qint64 afterId, int limit, QList<Row> *rows)
{
    auto ids = m_reader.messageRowIds(m_filter, afterId, limit);
    if (!ids) {
        Q_EMIT readFailed(ids.error().message);
        return false;
    }
    auto messages = m_reader.messagesById(*ids);
    if (!messages) {
        Q_EMIT readFailed(messages.error().message);
        return false;
    }
    QList<qint64> requests;
    for (const MessageRecord &m : *messages)
        if (m.kind == u"request")
            requests << m.id;
    auto answers = m_reader.answersTo(requests);
    QHash<qint64, MessageRecord> answerOf;
    if (answers)
        for (const MessageRecord &a : *answers)
            if (!answerOf.contains(a.responseTo))
                answerOf.insert(a.responseTo, a);
    for (const MessageRecord &m : *messages) {
        Row row;
        row.message = m;
        row.message.payload.clear();
        if (m.kind == u"request") {
            row.name = McpCallText::nameOf(m.payload);
            const auto answer = answerOf.constFind(m.id);
            const bool found = answer != answerOf.cend();
            row.outcome = McpCallText::outcomeOf(found ? &*answer : nullptr,
                                                 m_sessionEnded.value(m.sessionId, false));
            if (found) {
                row.answerId = answer->id;
                row.answerExchangeId = answer->exchangeId;
                row.latencyMs = answer->latencyMs;
            }
        } else if (m.kind == u"response" || m.kind == u"error") {
            row.outcome = McpCallText::outcomeOf(&m, true);
            row.latencyMs = m.latencyMs;
        }
        rows->append(row);
    }
    return ids->size() == limit;
}

int MessagesModel::rowOfMessage(qint64 messageId) const
{
    return m_rowOf.value(messageId, -1);
}

int MessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MessagesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void MessagesModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    QList<Row> rows;
    const bool more = loadRows(m_rows.isEmpty() ? 0 : m_rows.last().message.id, kFetchBatch, &rows);
    m_atEnd = !more;
    if (rows.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    for (Row &row : rows) {
        m_rowOf.insert(row.message.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
    m_changing = false;
}

void MessagesModel::onCommitted()
{
    if (m_reader.isOpen())
        m_liveTimer.start();
}

void MessagesModel::appendLive()
{
    if (m_changing || !m_reader.isOpen())
        return;
    // Pending rows pick up their answers.
    QList<qint64> pending;
    for (int i = int(m_rows.size()) - 1; i >= 0 && pending.size() < 500; --i)
        if (isRequest(m_rows.at(i)) && m_rows.at(i).answerId == 0)
            pending << m_rows.at(i).message.id;
    if (!pending.isEmpty()) {
        auto answers = m_reader.answersTo(pending);
        if (answers) {
            QHash<qint64, const MessageRecord *> answerOf;
            for (const MessageRecord &a : *answers)
                if (!answerOf.contains(a.responseTo))
                    answerOf.insert(a.responseTo, &a);
            for (qint64 id : pending) {
                Row &row = m_rows[m_rowOf.value(id)];
                const MessageRecord *answer = answerOf.value(id);
                const McpOutcome outcome =
                    McpCallText::outcomeOf(answer, m_sessionEnded.value(row.message.sessionId));
                if (!answer && outcome.kind == row.outcome.kind)
                    continue;
                row.outcome = outcome;
                if (answer) {
                    row.answerId = answer->id;
                    row.answerExchangeId = answer->exchangeId;
                    row.latencyMs = answer->latencyMs;
                }
                const int r = m_rowOf.value(id);
                Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
            }
        }
    }
    if (!m_atEnd)
        return; // the view pages the rest in
    QList<Row> rows;
    const bool more =
        loadRows(m_rows.isEmpty() ? 0 : m_rows.last().message.id, 10 * kFetchBatch, &rows);
    if (more)
        m_atEnd = false;
    if (rows.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    for (Row &row : rows) {
        m_rowOf.insert(row.message.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
    m_changing = false;
}

QVariant MessagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    const MessageRecord &m = row.message;
    switch (role) {
    case MessageIdRole:
        return m.id;
    case ExchangeIdRole:
        return m.exchangeId;
    case AnswerIdRole:
        return row.answerId;
    case AnswerExchangeIdRole:
        return row.answerExchangeId;
    case SessionIdRole:
        return m.sessionId;
    case RpcMethodRole:
        return m.method;
    case NameRole:
        return row.name;
    case OutcomeKindRole:
        return int(row.outcome.kind);
    case Qt::TextAlignmentRole:
        if (index.column() == Latency || index.column() == Session)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Outcome)
            return row.outcome.text;
        if (index.column() == Name)
            return row.name;
        if (index.column() == Direction)
            return m.outgoing ? tr("Sent by McpScope") : tr("Received from the server");
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(m.atMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case Direction:
            return m.outgoing ? tr("→ sent") : tr("← received");
        case Method:
            if (!m.method.isEmpty())
                return m.kind == u"notification" ? m.method : m.method;
            //: An answer whose request is not in the store
            return m.kind == u"error" ? tr("(error)") : tr("(response)");
        case Name:
            return row.name;
        case RpcId:
            return m.rpcId;
        case Outcome:
            if (m.kind == u"notification")
                return tr("notification");
            return row.outcome.text;
        case Latency:
            return row.latencyMs < 0 ? QString()
                                     : QStringLiteral("%1 ms").arg(row.latencyMs, 0, 'f', 1);
        case Session:
            return m.sessionId;
        }
    }
    return {};
}

QVariant MessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Direction:
        return tr("Direction");
    case Method:
        return tr("Method");
    case Name:
        return tr("Tool / resource");
    case RpcId:
        return tr("Id");
    case Outcome:
        return tr("Outcome");
    case Latency:
        return tr("Latency");
    case Session:
        return tr("Session");
    }
    return {};
}

} // namespace mcpscope
