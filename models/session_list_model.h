#pragma once

#include "capture/capture_reader.h"

#include <QAbstractListModel>

namespace mcpscope {

// The sessions recorded in a capture store, newest first, for the sidebar.
class SessionListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListModel)

public:
    enum Role
    {
        SessionIdRole = Qt::UserRole,
        TargetRole,
        KindRole
    };

    explicit SessionListModel(QObject *parent = nullptr);

    // Replaces the list with what reader returns; returns the error, if any.
    Result<void> reload(CaptureReader &reader);
    // Updates the exchange counts (and ends) of the sessions listed, in
    // place (selection kept): the live store's sessions grow after the
    // sessionsChanged that listed them.
    Result<void> updateCounts(CaptureReader &reader);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SessionInfo> m_sessions;
};

} // namespace mcpscope
