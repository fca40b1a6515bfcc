#include "ui/session/prompts_tab.h"

#include <QJsonArray>

namespace mcpscope {

PromptsTab::PromptsTab(McpClient *client, QWidget *parent)
    : FeatureTab(
          client,
          {QStringLiteral("prompts/list"), QStringLiteral("prompts/get"), tr("Get"),
           [](const QJsonObject &item) {
               QList<FeatureTab::Argument> arguments;
               for (const QJsonValue &a : item.value(QStringLiteral("arguments")).toArray()) {
                   const QJsonObject argument = a.toObject();
                   arguments.append({argument.value(QStringLiteral("name")).toString(),
                                     argument.value(QStringLiteral("description")).toString(),
                                     argument.value(QStringLiteral("required")).toBool()});
               }
               return arguments;
           },
           [](const QJsonObject &item, const QJsonObject &arguments) -> Result<QJsonObject> {
               return QJsonObject{{QStringLiteral("name"), item.value(QStringLiteral("name"))},
                                  {QStringLiteral("arguments"), arguments}};
           },
           [](const QJsonObject &item) {
               return QJsonObject{{QStringLiteral("type"), QStringLiteral("ref/prompt")},
                                  {QStringLiteral("name"), item.value(QStringLiteral("name"))}};
           },
           false},
          parent)
{
    setObjectName(QStringLiteral("promptsTab"));
}

} // namespace mcpscope
