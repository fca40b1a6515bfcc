#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>

namespace mcpscope {

// The tools a server listed (tools/list pages concatenated), for the Tools tab.
class ToolListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolListModel)

public:
    enum Role { NameRole = Qt::UserRole, DescriptionRole, InputSchemaRole, ToolRole };

    explicit ToolListModel(QObject *parent = nullptr);
    void setTools(const QJsonArray &tools);
    QJsonObject tool(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QJsonArray m_tools;
};

} // namespace mcpscope
