#include "mcp/modern_era.h"
#include "common/translate.h"

#include "mcp/json_schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope::ModernEra", "mcpscope"}, text);
}

// The 2026-07-28 schema's DiscoverResult, compiled once (null when the
// schema is not built in).
const JsonSchemaValidator *discoverValidator()
{
    static const std::unique_ptr<JsonSchemaValidator> validator =
        []() -> std::unique_ptr<JsonSchemaValidator> {
        QFile file(QStringLiteral(":/mcp-schema/2026-07-28/schema.json"));
        if (!file.open(QIODevice::ReadOnly))
            return nullptr;
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        if (!root.value(QStringLiteral("$defs")).toObject().contains(u"DiscoverResult"))
            return nullptr;
        root.insert(QStringLiteral("$ref"), QStringLiteral("#/$defs/DiscoverResult"));
        return std::make_unique<JsonSchemaValidator>(root);
    }();
    return validator.get();
}

} // namespace

QJsonObject withRequestMeta(QJsonObject params, const RequestMeta &meta)
{
    QJsonObject m = params.value(QStringLiteral("_meta")).toObject();
    m.insert(QLatin1String(modern::kMetaProtocolVersion), meta.protocolVersion);
    m.insert(QLatin1String(modern::kMetaClientCapabilities), meta.clientCapabilities);
    if (!meta.clientInfo.isEmpty())
        m.insert(QLatin1String(modern::kMetaClientInfo), meta.clientInfo);
    if (!meta.logLevel.isEmpty())
        m.insert(QLatin1String(modern::kMetaLogLevel), meta.logLevel);
    params.insert(QStringLiteral("_meta"), m);
    return params;
}

QString resultTypeOf(const QJsonValue &result)
{
    const QJsonValue type = result.toObject().value(QStringLiteral("resultType"));
    return type.isString() ? type.toString() : QStringLiteral("complete");
}

Result<InputRequired> parseInputRequired(const QJsonObject &result)
{
    InputRequired out;
    const QJsonValue requests = result.value(QStringLiteral("inputRequests"));
    const QJsonValue state = result.value(QStringLiteral("requestState"));
    if (requests.isUndefined() && state.isUndefined())
        return makeError(ErrorCode::McpUnreadable,
                         tr("The server answered input_required with neither inputRequests nor "
                            "requestState, so there is nothing to answer or echo."));
    if (!state.isUndefined())
        out.requestState = state;
    if (!requests.isUndefined() && !requests.isObject())
        return makeError(ErrorCode::McpUnreadable,
                         tr("The server's inputRequests is not an object of requests."));
    const QJsonObject map = requests.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QJsonObject request = it.value().toObject();
        const QJsonValue method = request.value(QStringLiteral("method"));
        const QJsonValue params = request.value(QStringLiteral("params"));
        if (!method.isString() || method.toString().isEmpty() ||
            !(params.isUndefined() || params.isObject()))
            return makeError(ErrorCode::McpUnreadable,
                             tr("The server's input request \"%1\" is not a request (it needs a "
                                "method and, if any, object params).")
                                 .arg(it.key()));
        out.requests.append({it.key(), method.toString(), params.toObject()});
    }
    return out;
}

QJsonObject retryParams(QJsonObject original, const QJsonObject &inputResponses,
                        const std::optional<QJsonValue> &requestState)
{
    original.remove(QStringLiteral("inputResponses"));
    original.remove(QStringLiteral("requestState"));
    if (!inputResponses.isEmpty())
        original.insert(QStringLiteral("inputResponses"), inputResponses);
    if (requestState)
        original.insert(QStringLiteral("requestState"), *requestState);
    return original;
}

DiscoverInfo parseDiscoverResult(const QJsonValue &result)
{
    DiscoverInfo info;
    if (!result.isObject()) {
        info.violations << tr("The server/discover result is not an object.");
        return info;
    }
    const QJsonObject object = result.toObject();
    if (const JsonSchemaValidator *validator = discoverValidator()) {
        for (const SchemaViolation &v : validator->validate(object)) {
            if (info.violations.size() >= 20)
                break;
            info.violations << (v.instancePath.isEmpty() ? v.message
                                                         : v.instancePath + u": " + v.message);
        }
    }
    for (const QJsonValue &v : object.value(QStringLiteral("supportedVersions")).toArray())
        if (v.isString())
            info.supportedVersions << v.toString();
    info.capabilities = object.value(QStringLiteral("capabilities")).toObject();
    info.serverInfo = object.value(QStringLiteral("_meta"))
                          .toObject()
                          .value(QLatin1String(modern::kMetaServerInfo))
                          .toObject();
    if (info.serverInfo.isEmpty())
        info.serverInfo = object.value(QStringLiteral("serverInfo")).toObject();
    info.instructions = object.value(QStringLiteral("instructions")).toString();
    return info;
}

QStringList supportedVersionsOf(const QJsonValue &errorData)
{
    QStringList versions;
    for (const QJsonValue &v : errorData.toObject().value(QStringLiteral("supported")).toArray())
        if (v.isString())
            versions << v.toString();
    return versions;
}

} // namespace mcpscope
