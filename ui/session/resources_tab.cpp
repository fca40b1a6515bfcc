#include "ui/session/resources_tab.h"

namespace mcpscope {

ResourcesTab::ResourcesTab(McpClient *client, QWidget *parent)
    : FeatureTab(
          client,
          {QStringLiteral("resources/list"),
           QStringLiteral("resources/read"),
           tr("Read"),
           {},
           [](const QJsonObject &item, const QJsonObject &) -> Result<QJsonObject> {
               return QJsonObject{{QStringLiteral("uri"), item.value(QStringLiteral("uri"))}};
           },
           {},
           true},
          parent)
{
    setObjectName(QStringLiteral("resourcesTab"));
}

} // namespace mcpscope
