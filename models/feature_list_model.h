#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>

namespace mcpscope {

// What a server listed (all pages of tools/list, resources/list or
// prompts/list), for the Tools, Resources and Prompts tabs. Items are shown
// by name (title in brackets), resources also by URI.
class FeatureListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeatureListModel)

public:
    enum Role
    {
        NameRole = Qt::UserRole,
        DescriptionRole,
        InputSchemaRole,
        UriRole,
        ItemRole
    };

    explicit FeatureListModel(QObject *parent = nullptr);
    void setItems(const QJsonArray &items);
    QJsonObject item(int row) const;
    int rowOfName(const QString &name) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QJsonArray m_items;
};

} // namespace mcpscope
