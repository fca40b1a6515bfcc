#include "models/tool_list_model.h"

#include <QJsonDocument>

namespace mcpscope {

ToolListModel::ToolListModel(QObject *parent) : QAbstractListModel(parent) {}

void ToolListModel::setTools(const QJsonArray &tools)
{
    beginResetModel();
    m_tools = tools;
    endResetModel();
}

QJsonObject ToolListModel::tool(int row) const
{
    return row >= 0 && row < m_tools.size() ? m_tools.at(row).toObject() : QJsonObject();
}

int ToolListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tools.size());
}

QVariant ToolListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tools.size())
        return {};
    const QJsonObject t = m_tools.at(index.row()).toObject();
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = t.value(QStringLiteral("title")).toString();
        const QString name = t.value(QStringLiteral("name")).toString();
        return title.isEmpty() || title == name ? name : QStringLiteral("%1 (%2)").arg(name, title);
    }
    case Qt::ToolTipRole:
    case DescriptionRole:
        return t.value(QStringLiteral("description")).toString(); // shown as plain text by the views
    case NameRole:
        return t.value(QStringLiteral("name")).toString();
    case InputSchemaRole:
        return QString::fromUtf8(QJsonDocument(t.value(QStringLiteral("inputSchema")).toObject()).toJson());
    case ToolRole:
        return t.toVariantMap();
    }
    return {};
}

} // namespace mcpscope
