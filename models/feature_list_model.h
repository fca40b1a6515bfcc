#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>

namespace mcpscope {

// What a server listed (all pages of tools/list, resources/list or
// prompts/list), for the Tools, Resources and Prompts tabs. Items are shown
// by name (title in brackets), resources also by URI. Tools also give
// their title and annotation badges (TitleRole, BadgesRole).
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
        ItemRole,
        // The title to show: annotations.title, else title, else the name.
        TitleRole,
        // Tools: the annotation hints that hold, as short words to show as
        // badges ("read-only", "destructive", "idempotent", "open world").
        BadgesRole,
        // Name, title and description in one string, for a search box to filter on.
        SearchTextRole
    };

    explicit FeatureListModel(QObject *parent = nullptr);
    // rawItems: the same items as the server wrote them (a JSON array text,
    // McpRequest::rawResult()); InputSchemaRole and rawMember() then give
    // the server's text, key order and all.
    void setItems(const QJsonArray &items, const QByteArray &rawItems = {});
    QJsonObject item(int row) const;
    // A member of an item as the server sent it (e.g. "inputSchema"); empty
    // when absent or not known as sent.
    QByteArray rawMember(int row, QStringView key) const;
    int rowOfName(const QString &name) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QJsonArray m_items;
    QList<QByteArray> m_rawItems; // empty, or one per item
};

} // namespace mcpscope
