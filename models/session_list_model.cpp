#include "models/session_list_model.h"

#include <QDateTime>
#include <QHash>

namespace mcpscope {

SessionListModel::SessionListModel(QObject *parent) : QAbstractListModel(parent) {}

Result<void> SessionListModel::reload(CaptureReader &reader)
{
    auto sessions = reader.sessions();
    if (!sessions)
        return Failure{sessions.error()};
    beginResetModel();
    m_sessions = *sessions;
    endResetModel();
    return {};
}

Result<void> SessionListModel::updateCounts(CaptureReader &reader)
{
    auto sessions = reader.sessions();
    if (!sessions)
        return Failure{sessions.error()};
    QHash<qint64, const SessionInfo *> byId;
    for (const SessionInfo &s : std::as_const(*sessions))
        byId.insert(s.id, &s);
    for (int row = 0; row < m_sessions.size(); ++row) {
        SessionInfo &s = m_sessions[row];
        const SessionInfo *now = byId.value(s.id);
        if (!now || (now->exchangeCount == s.exchangeCount && now->endedAtMs == s.endedAtMs))
            continue;
        s.exchangeCount = now->exchangeCount;
        s.endedAtMs = now->endedAtMs;
        Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole, Qt::ToolTipRole});
    }
    return {};
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sessions.size())
        return {};
    const SessionInfo &s = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%n exchange(s))", nullptr, int(s.exchangeCount)).arg(s.name);
    case Qt::ToolTipRole:
        return tr("%1\nStarted %2")
            .arg(s.target.isEmpty() ? s.kind : s.target,
                 QDateTime::fromMSecsSinceEpoch(s.startedAtMs).toString(Qt::ISODate));
    case SessionIdRole:
        return s.id;
    case TargetRole:
        return s.target;
    case KindRole:
        return s.kind;
    }
    return {};
}

} // namespace mcpscope
