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
    QString text;
    switch (value.type()) {
    case QJsonValue::Undefined:
        return tr("(none)");
    case QJsonValue::Null:
        text = QStringLiteral("null");
        break;
    case QJsonValue::Bool:
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Double:
    case QJsonValue::String:
        // Serialised inside an array so strings come out quoted and escaped.
        text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        text = text.mid(1, text.size() - 2);
        break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    }
    // A long value is only ever shown cut, so only its head is worked on.
    const bool cut = text.size() > maxChars;
    if (cut)
        text.truncate(maxChars);
    text.replace(QStringLiteral("\\n"), QStringLiteral("⏎"));
    if (cut)
        text += QStringLiteral("…");
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
