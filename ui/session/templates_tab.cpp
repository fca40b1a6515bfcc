#include "ui/session/templates_tab.h"

#include "mcp/uri_template.h"

namespace mcpscope {

TemplatesTab::TemplatesTab(McpClient *client, QWidget *parent)
    : FeatureTab(
          client,
          {QStringLiteral("resources/templates/list"), QStringLiteral("resources/read"), tr("Read"),
           [](const QJsonObject &item) {
               QList<FeatureTab::Argument> arguments;
               if (const auto parsed =
                       UriTemplate::parse(item.value(QStringLiteral("uriTemplate")).toString()))
                   for (const QString &name : parsed->variables())
                       arguments.append({name, tr("template variable"), false});
               return arguments;
           },
           [](const QJsonObject &item, const QJsonObject &arguments) -> Result<QJsonObject> {
               const auto parsed =
                   UriTemplate::parse(item.value(QStringLiteral("uriTemplate")).toString());
               if (!parsed)
                   return Failure{parsed.error()};
               QHash<QString, QString> values; // empty fields are undefined variables
               for (auto it = arguments.begin(); it != arguments.end(); ++it)
                   values.insert(it.key(), it.value().toString());
               return QJsonObject{{QStringLiteral("uri"), parsed->expand(values)}};
           },
           [](const QJsonObject &item) {
               return QJsonObject{
                   {QStringLiteral("type"), QStringLiteral("ref/resource")},
                   {QStringLiteral("uri"), item.value(QStringLiteral("uriTemplate"))}};
           },
           false},
          parent)
{
    setObjectName(QStringLiteral("templatesTab"));
}

} // namespace mcpscope
