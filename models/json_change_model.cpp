#include "models/json_change_model.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcpscope {

JsonChangeModel::JsonChangeModel(QObject *parent) : QAbstractTableModel(parent) {}

void JsonChangeModel::setChanges(const QList<JsonChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

QString JsonChangeModel::shortValue(const QJsonValue &value, int maxChars)
{
    if (value.isUndefined())
        return tr("(none)");
    QString text = JsonDiff::compactJson(value, maxChars);
    text.replace(QStringLiteral("\\n"), QStringLiteral("⏎"));
    return text;
}

QString JsonChangeModel::kindName(JsonChange::Kind kind)
{
    switch (kind) {
    case JsonChange::Kind::Added:
        return tr("added");
    case JsonChange::Kind::Removed:
        return tr("removed");
    case JsonChange::Kind::Changed:
        break;
    }
    return tr("changed");
}

int JsonChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int JsonChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JsonChangeModel::displayValue(const JsonChange &change, int column) const
{
    switch (column) {
    case Pointer:
        return change.pointer.isEmpty() ? tr("(whole document)") : change.pointer;
    case Kind:
        return kindName(change.kind);
    case OldValue:
        return shortValue(change.oldValue, kCellChars);
    case NewValue:
        return shortValue(change.newValue, kCellChars);
    default:
        return {};
    }
}

QString JsonChangeModel::toolTipValue(const JsonChange &change, int column) const
{
    switch (column) {
    case OldValue:
        return shortValue(change.oldValue, kToolTipChars);
    case NewValue:
        return shortValue(change.newValue, kToolTipChars);
    default:
        return displayValue(change, column);
    }
}

QVariant JsonChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JsonChange &change = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(change, index.column());
    case Qt::ToolTipRole:
        return toolTipValue(change, index.column());
    case KindRole:
        return int(change.kind);
    case PointerRole:
        return change.pointer;
    default:
        return {};
    }
}

QVariant JsonChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Pointer:
        return tr("JSON pointer");
    case Kind:
        return tr("Change");
    case OldValue:
        return tr("Old");
    case NewValue:
        return tr("New");
    default:
        return {};
    }
}

} // namespace mcpscope
