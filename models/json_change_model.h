#pragma once

#include "replay/json_diff.h"

#include <QAbstractTableModel>

namespace mcpscope {

// The changes of one JSON diff as a table: pointer, kind, old value, new
// value. Values are shown shortened on one line (compact JSON, newlines as
// "⏎"); their tool tip holds a longer form. Server text is returned as data,
// never as markup: views show it with a plain-text delegate.
class JsonChangeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonChangeModel)

public:
    enum Column
    {
        Pointer,
        Kind,
        OldValue,
        NewValue,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole, // int(JsonChange::Kind)
        PointerRole,             // the change's JSON pointer, as the diff gave it
    };
    // How much of a value a cell shows, and its tool tip.
    static constexpr int kCellChars = 80;
    static constexpr int kToolTipChars = 2000;

    explicit JsonChangeModel(QObject *parent = nullptr);

    void setChanges(const QList<JsonChange> &changes);
    const QList<JsonChange> &changes() const { return m_changes; }
    const JsonChange &change(int row) const { return m_changes.at(row); }

    // A JSON value on one line, cut at maxChars with "…"; "(none)" for an
    // undefined value (the side that has no member).
    static QString shortValue(const QJsonValue &value, int maxChars);
    static QString kindName(JsonChange::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayValue(const JsonChange &change, int column) const;
    QString toolTipValue(const JsonChange &change, int column) const;

    QList<JsonChange> m_changes;
};

} // namespace mcpscope
