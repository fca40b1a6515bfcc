#include "models/feature_list_model.h"

#include "common/ordered_json.h"

#include <QJsonDocument>

namespace mcpscope {

namespace {

QString titleOf(const QJsonObject &t)
{
    const QJsonObject annotations = t.value(QStringLiteral("annotations")).toObject();
    for (const QString &title : {annotations.value(QStringLiteral("title")).toString(),
                                 t.value(QStringLiteral("title")).toString()})
        if (!title.isEmpty())
            return title;
    return t.value(QStringLiteral("name")).toString(t.value(QStringLiteral("uri")).toString());
}

// Only hints the server set to true: the spec's defaults (destructive and
// open world unless said otherwise) are no statement about the tool.
QStringList badgesOf(const QJsonObject &t)
{
    const QJsonObject a = t.value(QStringLiteral("annotations")).toObject();
    const auto hint = [&](const char *key) { return a.value(QLatin1String(key)).toBool(); };
    QStringList badges;
    if (hint("readOnlyHint"))
        badges << FeatureListModel::tr("read-only");
    else if (hint("destructiveHint"))
        badges << FeatureListModel::tr("destructive");
    if (hint("idempotentHint"))
        badges << FeatureListModel::tr("idempotent");
    if (hint("openWorldHint"))
        badges << FeatureListModel::tr("open world");
    return badges;
}

} // namespace

FeatureListModel::FeatureListModel(QObject *parent) : QAbstractListModel(parent) {}

void FeatureListModel::setItems(const QJsonArray &items, const QByteArray &rawItems)
{
    beginResetModel();
    m_items = items;
    m_rawItems = jsonElements(rawItems).value_or(QList<QByteArray>());
    if (m_rawItems.size() != m_items.size())
        m_rawItems.clear();
    endResetModel();
}

QByteArray FeatureListModel::rawMember(int row, QStringView key) const
{
    if (row < 0 || row >= m_rawItems.size())
        return {};
    return jsonMember(m_rawItems.at(row), key).value_or(QByteArray());
}

QJsonObject FeatureListModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).toObject() : QJsonObject();
}

int FeatureListModel::rowOfName(const QString &name) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).toObject().value(QStringLiteral("name")).toString() == name)
            return int(row);
    return -1;
}

int FeatureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant FeatureListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const QJsonObject t = m_items.at(index.row()).toObject();
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = t.value(QStringLiteral("title")).toString();
        const QString name =
            t.value(QStringLiteral("name")).toString(t.value(QStringLiteral("uri")).toString());
        return title.isEmpty() || title == name ? name : QStringLiteral("%1 (%2)").arg(name, title);
    }
    case Qt::ToolTipRole:
        // Shown as plain text by the views; the URI says where a resource lives.
        if (t.contains(QStringLiteral("inputSchema"))) { // a tool: all the list row elides
            QStringList parts{titleOf(t)};
            if (parts.first() != t.value(QStringLiteral("name")).toString())
                parts << t.value(QStringLiteral("name")).toString();
            if (const QStringList badges = badgesOf(t); !badges.isEmpty())
                parts << badges.join(QStringLiteral(", "));
            if (const QString d = t.value(QStringLiteral("description")).toString(); !d.isEmpty())
                parts << d;
            return parts.join(QStringLiteral(" — "));
        }
        return t.contains(QStringLiteral("uri"))
                   ? t.value(QStringLiteral("uri")).toString()
                   : t.value(QStringLiteral("description")).toString();
    case DescriptionRole:
        return t.value(QStringLiteral("description")).toString();
    case NameRole:
        return t.value(QStringLiteral("name")).toString();
    case UriRole:
        return t.value(QStringLiteral("uri")).toString();
    case InputSchemaRole: {
        // As the server wrote it: its key order, every keyword, its numbers.
        const QByteArray raw = rawMember(index.row(), u"inputSchema");
        if (!raw.isEmpty())
            return QString::fromUtf8(indentJson(raw).value_or(raw));
        return QString::fromUtf8(
            QJsonDocument(t.value(QStringLiteral("inputSchema")).toObject()).toJson());
    }
    case ItemRole:
        return t.toVariantMap();
    case TitleRole:
        return titleOf(t);
    case BadgesRole:
        return badgesOf(t);
    case SearchTextRole:
        return QStringList{t.value(QStringLiteral("name")).toString(), titleOf(t),
                           t.value(QStringLiteral("description")).toString()}
            .join(QLatin1Char('\n'));
    }
    return {};
}

} // namespace mcpscope
