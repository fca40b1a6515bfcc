#include "mcp/mcp_headers.h"
#include "common/translate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace mcpscope {

namespace {

constexpr int kMaxSchemaDepth = 64;

QString tr(const char *text)
{
    return translateIn({"mcpscope::McpHeaders", "mcpscope::Walk"}, text);
}

// RFC 9110 §5.6.2 tchar.
bool isTokenChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    return u < 128 && QByteArrayView("!#$%&'*+-.^_`|~").contains(char(u));
}

struct Walk
{
    QList<ToolHeaderParam> params;
    QSet<QString> names; // lower-cased
    QString problem;

    void fail(const QString &why)
    {
        if (problem.isEmpty())
            problem = why;
    }

    // A schema reached only through "properties" keys (reachable), or
    // anywhere else (items, oneOf, $defs…), where a declaration is invalid.
    void schema(const QJsonValue &node, const QStringList &path, bool reachable, int depth)
    {
        if (!problem.isEmpty())
            return;
        if (depth > kMaxSchemaDepth) {
            fail(tr("its inputSchema is nested too deeply to check its x-mcp-header "
                    "declarations."));
            return;
        }
        if (node.isArray()) {
            for (const QJsonValue &item : node.toArray())
                schema(item, path, false, depth + 1);
            return;
        }
        if (!node.isObject())
            return;
        const QJsonObject object = node.toObject();
        if (object.contains(QStringLiteral("x-mcp-header")))
            declaration(object, path, reachable && !path.isEmpty());
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            // Values, not schemas: a key named x-mcp-header there means nothing.
            if (key == u"default" || key == u"const" || key == u"enum" || key == u"examples" ||
                key == u"x-mcp-header")
                continue;
            if (key == u"properties" && it.value().isObject()) {
                const QJsonObject properties = it.value().toObject();
                for (auto p = properties.begin(); p != properties.end(); ++p)
                    schema(p.value(), path + QStringList{p.key()}, reachable, depth + 1);
                continue;
            }
            schema(it.value(), path, false, depth + 1);
        }
    }

    void declaration(const QJsonObject &property, const QStringList &path, bool reachable)
    {
        const QJsonValue header = property.value(QStringLiteral("x-mcp-header"));
        const QString where = path.isEmpty() ? tr("the schema root") : path.join(u'.');
        if (!reachable) {
            fail(tr("x-mcp-header at %1 is not reachable from the schema root through "
                    "\"properties\" alone (it sits under items, a composition, a condition, "
                    "$defs or $ref).")
                     .arg(where));
            return;
        }
        if (!header.isString()) {
            fail(tr("x-mcp-header of %1 is not a string.").arg(where));
            return;
        }
        const QString name = header.toString();
        if (name.isEmpty()) {
            fail(tr("x-mcp-header of %1 is empty.").arg(where));
            return;
        }
        for (const QChar c : name) {
            if (!isTokenChar(c)) {
                fail(tr("x-mcp-header \"%1\" of %2 has a character an HTTP header name cannot "
                        "hold (U+%3).")
                         .arg(name, where)
                         .arg(c.unicode(), 4, 16, QLatin1Char('0')));
                return;
            }
        }
        const QString type = property.value(QStringLiteral("type")).toString();
        if (type != u"string" && type != u"integer" && type != u"boolean") {
            fail(tr("x-mcp-header \"%1\" is on %2, whose type is not string, integer or "
                    "boolean.")
                     .arg(name, where));
            return;
        }
        if (names.contains(name.toLower())) {
            fail(tr("x-mcp-header \"%1\" is declared twice (header names are "
                    "case-insensitive).")
                     .arg(name));
            return;
        }
        names.insert(name.toLower());
        params.append({path, name});
    }
};

} // namespace

ToolHeaderDeclarations toolHeaderDeclarations(const QJsonObject &inputSchema)
{
    Walk walk;
    walk.schema(inputSchema, {}, true, 0);
    if (!walk.problem.isEmpty())
        return {{}, walk.problem};
    return {walk.params, {}};
}

bool headerValueNeedsBase64(const QString &value)
{
    for (const QChar c : value)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return true;
    if (!value.isEmpty() && (value.front() == u' ' || value.back() == u' '))
        return true;
    return value.startsWith(QLatin1String("=?base64?")) && value.endsWith(QLatin1String("?="));
}

QByteArray encodeHeaderValue(const QString &value)
{
    if (headerValueNeedsBase64(value))
        return "=?base64?" + value.toUtf8().toBase64() + "?=";
    QByteArray plain = value.toLatin1();
    if (plain.isNull())
        plain = QByteArray("", 0); // an empty value is still sent
    return plain;
}

std::optional<QString> headerArgumentText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return std::nullopt;
        if (d == std::floor(d) && std::abs(d) <= 9007199254740991.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    default:
        return std::nullopt; // absent, null, objects and arrays: omitted
    }
}

HeaderList standardMcpHeaders(const JsonRpcMessage &message)
{
    HeaderList headers;
    if (message.method.isEmpty())
        return headers;
    headers.append({"Mcp-Method", encodeHeaderValue(message.method)});
    const QJsonObject params = message.params.toObject();
    QJsonValue name;
    if (message.method == u"tools/call" || message.method == u"prompts/get")
        name = params.value(QStringLiteral("name"));
    else if (message.method == u"resources/read")
        name = params.value(QStringLiteral("uri"));
    if (name.isString())
        headers.append({"Mcp-Name", encodeHeaderValue(name.toString())});
    return headers;
}

HeaderList toolParamHeaders(const QList<ToolHeaderParam> &params, const QJsonObject &arguments)
{
    HeaderList headers;
    for (const ToolHeaderParam &param : params) {
        QJsonValue value = arguments;
        for (const QString &key : param.path)
            value = value.toObject().value(key);
        if (const auto text = headerArgumentText(value))
            headers.append({"Mcp-Param-" + param.name.toLatin1(), encodeHeaderValue(*text)});
    }
    return headers;
}

} // namespace mcpscope
