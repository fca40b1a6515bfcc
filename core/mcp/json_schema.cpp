#include "mcp/json_schema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace mcpscope {

namespace {

constexpr int kMaxDepth = 256;
// Evaluation steps per validation: a schema such as
// {"anyOf":[{"$ref":"#"},{"$ref":"#"}]} branches at every level, so depth
// alone does not bound the work.
constexpr qint64 kMaxSteps = 200000;

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope::JsonSchemaValidator", text);
}

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == u"integer")
        return isInteger(v);
    return typeOf(v) == type;
}

// JSON equality as the specification defines it (1 equals 1.0).
bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!jsonEqual(x.at(i), y.at(i)))
                return false;
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.size() != y.size())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it)
            if (!y.contains(it.key()) || !jsonEqual(it.value(), y.value(it.key())))
                return false;
        return true;
    }
    return a == b;
}

QString pointerEscape(const QString &key)
{
    QString k = key;
    return k.replace(QLatin1Char('~'), QStringLiteral("~0"))
        .replace(QLatin1Char('/'), QStringLiteral("~1"));
}

class Evaluator
{
public:
    // lupdate files the texts of this class under its own name.
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("mcpscope::Evaluator", text);
    }

    Evaluator(const QJsonValue &root, bool refSiblingsIgnored)
        : m_root(root), m_refSiblingsIgnored(refSiblingsIgnored)
    {
    }

    // Returns whether instance is valid; appends violations when out is set.
    bool eval(const QJsonValue &schema, const QJsonValue &instance, const QString &path,
              QList<SchemaViolation> *out, int depth)
    {
        if (depth > kMaxDepth) {
            add(out, path, QStringLiteral("$ref"),
                tr("The schema nests (or refers) deeper than %1 levels.").arg(kMaxDepth));
            return false;
        }
        if (++m_steps > kMaxSteps)
            return false; // validate() reports it once, at the root
        if (schema.isBool()) {
            if (!schema.toBool())
                add(out, path, QStringLiteral("false"), tr("No value is allowed here."));
            return schema.toBool();
        }
        if (!schema.isObject())
            return true;
        const QJsonObject s = schema.toObject();
        bool ok = true;
        auto fail = [&](const char *keyword, const QString &message) {
            ok = false;
            add(out, path, QString::fromLatin1(keyword), message);
        };

        if (s.contains(QStringLiteral("$ref"))) {
            const auto target = resolve(s.value(QStringLiteral("$ref")).toString());
            if (!target) {
                fail("$ref", tr("The schema refers to %1, which McpScope cannot resolve.")
                                 .arg(s.value(QStringLiteral("$ref")).toString()));
            } else if (!eval(*target, instance, path, out, depth + 1)) {
                ok = false;
            }
            // Draft-07 ignores siblings of $ref; 2020-12 applies them.
            if (m_refSiblingsIgnored)
                return ok;
        }

        if (s.contains(QStringLiteral("type"))) {
            const QJsonValue t = s.value(QStringLiteral("type"));
            QStringList types;
            if (t.isArray())
                for (const QJsonValue &x : t.toArray())
                    types << x.toString();
            else
                types << t.toString();
            if (std::none_of(types.cbegin(), types.cend(),
                             [&](const QString &type) { return hasType(instance, type); }))
                fail("type", tr("Expected %1, got %2.")
                                 .arg(types.join(QStringLiteral(" or ")), typeOf(instance)));
        }
        if (s.contains(QStringLiteral("enum"))) {
            const QJsonArray options = s.value(QStringLiteral("enum")).toArray();
            if (std::none_of(options.begin(), options.end(),
                             [&](const QJsonValue &o) { return jsonEqual(o, instance); }))
                fail("enum", tr("The value is not one of the allowed values."));
        }
        if (s.contains(QStringLiteral("const")) &&
            !jsonEqual(s.value(QStringLiteral("const")), instance))
            fail("const", tr("The value must equal the constant the schema gives."));

        if (instance.isDouble()) {
            const double x = instance.toDouble();
            if (s.contains(QStringLiteral("multipleOf"))) {
                const double m = s.value(QStringLiteral("multipleOf")).toDouble();
                const double q = x / m;
                if (m > 0 && (!std::isfinite(q) ||
                              std::abs(q - std::round(q)) > 1e-9 * std::max(1.0, std::abs(q))))
                    fail("multipleOf", tr("%1 is not a multiple of %2.").arg(x).arg(m));
            }
            const QJsonValue max = s.value(QStringLiteral("maximum")),
                             min = s.value(QStringLiteral("minimum"));
            const QJsonValue xmax = s.value(QStringLiteral("exclusiveMaximum")),
                             xmin = s.value(QStringLiteral("exclusiveMinimum"));
            if (max.isDouble() && (xmax.toBool() ? x >= max.toDouble() : x > max.toDouble()))
                fail("maximum", tr("%1 is above the maximum %2.").arg(x).arg(max.toDouble()));
            if (min.isDouble() && (xmin.toBool() ? x <= min.toDouble() : x < min.toDouble()))
                fail("minimum", tr("%1 is below the minimum %2.").arg(x).arg(min.toDouble()));
            if (xmax.isDouble() && x >= xmax.toDouble())
                fail("exclusiveMaximum", tr("%1 must be below %2.").arg(x).arg(xmax.toDouble()));
            if (xmin.isDouble() && x <= xmin.toDouble())
                fail("exclusiveMinimum", tr("%1 must be above %2.").arg(x).arg(xmin.toDouble()));
        }

        if (instance.isString()) {
            const QString str = instance.toString();
            const qsizetype length = str.toUcs4().size(); // code points, not UTF-16 units
            if (s.contains(QStringLiteral("maxLength")) &&
                length > s.value(QStringLiteral("maxLength")).toInteger())
                fail("maxLength", tr("The text has %1 characters; at most %2 are allowed.")
                                      .arg(length)
                                      .arg(s.value(QStringLiteral("maxLength")).toInteger()));
            if (s.contains(QStringLiteral("minLength")) &&
                length < s.value(QStringLiteral("minLength")).toInteger())
                fail("minLength", tr("The text has %1 characters; at least %2 are needed.")
                                      .arg(length)
                                      .arg(s.value(QStringLiteral("minLength")).toInteger()));
            if (s.contains(QStringLiteral("pattern"))) {
                const QRegularExpression re = regex(s.value(QStringLiteral("pattern")).toString());
                if (re.isValid() && !re.match(str).hasMatch())
                    fail("pattern",
                         tr("The text does not match the pattern %1.").arg(re.pattern()));
            }
        }

        if (instance.isArray()) {
            const QJsonArray a = instance.toArray();
            qsizetype evaluatedPrefix = 0;
            if (s.value(QStringLiteral("prefixItems")).isArray()) {
                const QJsonArray prefix = s.value(QStringLiteral("prefixItems")).toArray();
                evaluatedPrefix = std::min(prefix.size(), a.size());
                for (qsizetype i = 0; i < evaluatedPrefix; ++i)
                    ok &= eval(prefix.at(i), a.at(i), path + QLatin1Char('/') + QString::number(i),
                               out, depth + 1);
                if (s.contains(QStringLiteral("items")))
                    for (qsizetype i = evaluatedPrefix; i < a.size(); ++i)
                        ok &= eval(s.value(QStringLiteral("items")), a.at(i),
                                   path + QLatin1Char('/') + QString::number(i), out, depth + 1);
            } else if (s.value(QStringLiteral("items")).isArray()) { // draft-07 tuple form
                const QJsonArray tuple = s.value(QStringLiteral("items")).toArray();
                for (qsizetype i = 0; i < a.size(); ++i) {
                    const QString item = path + QLatin1Char('/') + QString::number(i);
                    if (i < tuple.size())
                        ok &= eval(tuple.at(i), a.at(i), item, out, depth + 1);
                    else if (s.contains(QStringLiteral("additionalItems")))
                        ok &= eval(s.value(QStringLiteral("additionalItems")), a.at(i), item, out,
                                   depth + 1);
                }
            } else if (s.contains(QStringLiteral("items"))) {
                for (qsizetype i = 0; i < a.size(); ++i)
                    ok &= eval(s.value(QStringLiteral("items")), a.at(i),
                               path + QLatin1Char('/') + QString::number(i), out, depth + 1);
            }
            if (s.contains(QStringLiteral("maxItems")) &&
                a.size() > s.value(QStringLiteral("maxItems")).toInteger())
                fail("maxItems", tr("The list has %1 items; at most %2 are allowed.")
                                     .arg(a.size())
                                     .arg(s.value(QStringLiteral("maxItems")).toInteger()));
            if (s.contains(QStringLiteral("minItems")) &&
                a.size() < s.value(QStringLiteral("minItems")).toInteger())
                fail("minItems", tr("The list has %1 items; at least %2 are needed.")
                                     .arg(a.size())
                                     .arg(s.value(QStringLiteral("minItems")).toInteger()));
            if (s.value(QStringLiteral("uniqueItems")).toBool()) {
                for (qsizetype i = 0; i < a.size(); ++i)
                    for (qsizetype j = i + 1; j < a.size(); ++j)
                        if (jsonEqual(a.at(i), a.at(j))) {
                            fail("uniqueItems",
                                 tr("Items %1 and %2 are equal; items must be unique.")
                                     .arg(i)
                                     .arg(j));
                            i = a.size();
                            break;
                        }
            }
            if (s.contains(QStringLiteral("contains"))) {
                const bool any = std::any_of(a.begin(), a.end(), [&](const QJsonValue &item) {
                    return eval(s.value(QStringLiteral("contains")), item, path, nullptr,
                                depth + 1);
                });
                if (!any)
                    fail("contains", tr("No item matches the schema's \"contains\"."));
            }
        }

        if (instance.isObject()) {
            const QJsonObject o = instance.toObject();
            for (const QJsonValue &name : s.value(QStringLiteral("required")).toArray())
                if (!o.contains(name.toString()))
                    fail("required", tr("The property \"%1\" is required.").arg(name.toString()));
            if (s.contains(QStringLiteral("maxProperties")) &&
                o.size() > s.value(QStringLiteral("maxProperties")).toInteger())
                fail("maxProperties",
                     tr("At most %1 properties are allowed.")
                         .arg(s.value(QStringLiteral("maxProperties")).toInteger()));
            if (s.contains(QStringLiteral("minProperties")) &&
                o.size() < s.value(QStringLiteral("minProperties")).toInteger())
                fail("minProperties",
                     tr("At least %1 properties are needed.")
                         .arg(s.value(QStringLiteral("minProperties")).toInteger()));
            const QJsonObject properties = s.value(QStringLiteral("properties")).toObject();
            const QJsonObject patterns = s.value(QStringLiteral("patternProperties")).toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString child = path + QLatin1Char('/') + pointerEscape(it.key());
                bool matched = false;
                if (properties.contains(it.key())) {
                    matched = true;
                    ok &= eval(properties.value(it.key()), it.value(), child, out, depth + 1);
                }
                for (auto p = patterns.begin(); p != patterns.end(); ++p) {
                    if (regex(p.key()).match(it.key()).hasMatch()) {
                        matched = true;
                        ok &= eval(p.value(), it.value(), child, out, depth + 1);
                    }
                }
                if (!matched && s.contains(QStringLiteral("additionalProperties"))) {
                    const QJsonValue additional = s.value(QStringLiteral("additionalProperties"));
                    if (additional.isBool()) {
                        if (!additional.toBool()) {
                            ok = false;
                            add(out, child, QStringLiteral("additionalProperties"),
                                tr("The property \"%1\" is not allowed.").arg(it.key()));
                        }
                    } else {
                        ok &= eval(additional, it.value(), child, out, depth + 1);
                    }
                }
                if (s.contains(QStringLiteral("propertyNames")) &&
                    !eval(s.value(QStringLiteral("propertyNames")), QJsonValue(it.key()), child,
                          nullptr, depth + 1))
                    fail("propertyNames",
                         tr("The property name \"%1\" is not allowed.").arg(it.key()));
            }
            // draft-07 "dependencies" holds both forms; 2020-12 splits them.
            auto dependentRequired = [&](const QJsonObject &deps) {
                for (auto it = deps.begin(); it != deps.end(); ++it) {
                    if (!o.contains(it.key()) || !it.value().isArray())
                        continue;
                    for (const QJsonValue &name : it.value().toArray())
                        if (!o.contains(name.toString()))
                            fail("dependentRequired",
                                 tr("\"%1\" requires \"%2\".").arg(it.key(), name.toString()));
                }
            };
            auto dependentSchemas = [&](const QJsonObject &deps) {
                for (auto it = deps.begin(); it != deps.end(); ++it)
                    if (o.contains(it.key()) && !it.value().isArray())
                        ok &= eval(it.value(), instance, path, out, depth + 1);
            };
            dependentRequired(s.value(QStringLiteral("dependencies")).toObject());
            dependentSchemas(s.value(QStringLiteral("dependencies")).toObject());
            dependentRequired(s.value(QStringLiteral("dependentRequired")).toObject());
            dependentSchemas(s.value(QStringLiteral("dependentSchemas")).toObject());
        }

        for (const QJsonValue &sub : s.value(QStringLiteral("allOf")).toArray())
            ok &= eval(sub, instance, path, out, depth + 1);
        if (s.contains(QStringLiteral("anyOf"))) {
            const QJsonArray subs = s.value(QStringLiteral("anyOf")).toArray();
            if (std::none_of(subs.begin(), subs.end(), [&](const QJsonValue &sub) {
                    return eval(sub, instance, path, nullptr, depth + 1);
                }))
                fail("anyOf", tr("The value matches none of the allowed alternatives (anyOf)."));
        }
        if (s.contains(QStringLiteral("oneOf"))) {
            const QJsonArray subs = s.value(QStringLiteral("oneOf")).toArray();
            const auto matches =
                std::count_if(subs.begin(), subs.end(), [&](const QJsonValue &sub) {
                    return eval(sub, instance, path, nullptr, depth + 1);
                });
            if (matches != 1)
                fail("oneOf",
                     tr("The value must match exactly one alternative (oneOf); it matches %1.")
                         .arg(matches));
        }
        if (s.contains(QStringLiteral("not")) &&
            eval(s.value(QStringLiteral("not")), instance, path, nullptr, depth + 1))
            fail("not", tr("The value matches a schema it must not match."));
        if (s.contains(QStringLiteral("if"))) {
            const bool condition =
                eval(s.value(QStringLiteral("if")), instance, path, nullptr, depth + 1);
            const QString branch = condition ? QStringLiteral("then") : QStringLiteral("else");
            if (s.contains(branch))
                ok &= eval(s.value(branch), instance, path, out, depth + 1);
        }
        return ok;
    }

private:
    static void add(QList<SchemaViolation> *out, const QString &path, const QString &keyword,
                    const QString &message)
    {
        if (out)
            out->append({path, keyword, message});
    }

    QRegularExpression regex(const QString &pattern)
    {
        auto it = m_regexes.find(pattern);
        if (it == m_regexes.end())
            it = m_regexes.insert(pattern, QRegularExpression(pattern));
        return *it;
    }

    // Same-document references only: "#", "#/a/b" (JSON pointer), percent-encoded.
    std::optional<QJsonValue> resolve(const QString &ref) const
    {
        if (!ref.startsWith(QLatin1Char('#')))
            return std::nullopt;
        QJsonValue node = m_root;
        const QString pointer = QUrl::fromPercentEncoding(ref.mid(1).toUtf8());
        if (pointer.isEmpty())
            return node;
        if (!pointer.startsWith(QLatin1Char('/')))
            return std::nullopt; // anchors ("#foo") need $id support
        for (QString token : pointer.mid(1).split(QLatin1Char('/'))) {
            token.replace(QStringLiteral("~1"), QStringLiteral("/"))
                .replace(QStringLiteral("~0"), QStringLiteral("~"));
            if (node.isObject() && node.toObject().contains(token)) {
                node = node.toObject().value(token);
            } else if (node.isArray()) {
                bool isIndex = false;
                const int index = token.toInt(&isIndex);
                if (!isIndex || index < 0 || index >= node.toArray().size())
                    return std::nullopt;
                node = node.toArray().at(index);
            } else {
                return std::nullopt;
            }
        }
        return node;
    }

    QJsonValue m_root;
    bool m_refSiblingsIgnored;
    QHash<QString, QRegularExpression> m_regexes;
    qint64 m_steps = 0;

public:
    bool budgetExceeded() const { return m_steps > kMaxSteps; }
};

void collectKeywords(const QJsonValue &schema, QSet<QString> *out, int depth)
{
    if (depth > kMaxDepth)
        return;
    if (schema.isArray()) {
        for (const QJsonValue &v : schema.toArray())
            collectKeywords(v, out, depth + 1);
        return;
    }
    if (!schema.isObject())
        return;
    const QJsonObject o = schema.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        static const QStringList unsupported = {
            QStringLiteral("unevaluatedProperties"), QStringLiteral("unevaluatedItems"),
            QStringLiteral("$dynamicRef"), QStringLiteral("$recursiveRef"),
            QStringLiteral("format")};
        if (unsupported.contains(it.key()))
            out->insert(it.key());
        if (it.key() == u"$ref" && !it.value().toString().startsWith(QLatin1Char('#')))
            out->insert(QStringLiteral("$ref (remote)"));
        // Values of these keywords are names or data, not schemas.
        if (it.key() == u"enum" || it.key() == u"const" || it.key() == u"required" ||
            it.key() == u"default" || it.key() == u"examples")
            continue;
        collectKeywords(it.value(), out, depth + 1);
    }
}

} // namespace

JsonSchemaValidator::JsonSchemaValidator(QJsonValue schema, Dialect defaultDialect)
    : m_root(std::move(schema))
{
    const QString declared = m_root.toObject().value(QStringLiteral("$schema")).toString();
    m_refSiblingsIgnored = declared.isEmpty() ? defaultDialect == Dialect::Draft07
                                              : declared.contains(QStringLiteral("draft-0"));
}

QList<SchemaViolation> JsonSchemaValidator::validate(const QJsonValue &instance) const
{
    QList<SchemaViolation> out;
    Evaluator evaluator(m_root, m_refSiblingsIgnored);
    evaluator.eval(m_root, instance, QString(), &out, 0);
    if (evaluator.budgetExceeded())
        out.prepend(
            {QString(), QStringLiteral("$ref"),
             tr("The schema is too complex to evaluate (over %1 steps); validation stopped.")
                 .arg(kMaxSteps)});
    return out;
}

QStringList JsonSchemaValidator::unsupportedKeywords() const
{
    QSet<QString> found;
    collectKeywords(m_root, &found, 0);
    QStringList list(found.cbegin(), found.cend());
    list.sort();
    return list;
}

} // namespace mcpscope
