#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace mcpscope {

struct SchemaViolation
{
    QString instancePath; // JSON pointer into the instance, "" = the root
    QString keyword;      // the keyword that failed, e.g. "required"
    QString message;      // a sentence for the user
};

// Validates JSON instances against a JSON Schema, for tool input and output
// schemas. Draft-07 and the 2020-12 keywords MCP tools use: type, enum,
// const, numeric and string bounds, pattern, items (schema or tuple),
// additionalItems, prefixItems, contains, uniqueItems, properties,
// patternProperties, additionalProperties, required, property counts,
// dependencies, dependentRequired, dependentSchemas, propertyNames,
// if/then/else, allOf/anyOf/oneOf/not, boolean schemas, and $ref to the same
// document (#, #/definitions/…, #/$defs/…). Not supported, and reported by
// unsupportedKeywords(): unevaluated*, $dynamicRef, remote refs, format.
//
// Schemas come from untrusted servers: $ref cycles and nesting are bounded.
class JsonSchemaValidator final
{
public:
    // The dialect applies when the schema does not name one with $schema; it
    // matters for $ref siblings (ignored in draft-07, applied in 2020-12).
    // MCP 2025-11-25 makes 2020-12 the default for tool schemas.
    enum class Dialect
    {
        Draft07,
        Draft2020_12
    };

    explicit JsonSchemaValidator(QJsonValue schema, Dialect defaultDialect = Dialect::Draft2020_12);

    QList<SchemaViolation> validate(const QJsonValue &instance) const;
    bool isValid(const QJsonValue &instance) const { return validate(instance).isEmpty(); }

    // Keywords in the schema this validator does not evaluate.
    QStringList unsupportedKeywords() const;

private:
    QJsonValue m_root;
    bool m_refSiblingsIgnored;
};

} // namespace mcpscope
