#include "mcp/json_schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

// What the validator does with references it cannot follow (remote, an
// anchor, a pointer past an array's end or into a string), with subschemas
// that are not schemas, with a missing instance, and which unsupported
// keywords it finds inside arrays of subschemas.
class TestJsonSchemaRefs : public QObject
{
    Q_OBJECT

    // JSON written with single quotes (none of the texts holds one).
    static QJsonValue json(const char *text)
    {
        return QJsonDocument::fromJson(QByteArray(text).replace('\'', '"')).object();
    }

private Q_SLOTS:
    void unresolvableRefsAreReported_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::newRow("remote") << QStringLiteral("https://example.com/schemas/item.json");
        QTest::newRow("anchor") << QStringLiteral("#item");
        QTest::newRow("past the array's end") << QStringLiteral("#/prefixItems/5");
        QTest::newRow("not an index") << QStringLiteral("#/prefixItems/first");
        QTest::newRow("into a string") << QStringLiteral("#/title/x");
    }
    void unresolvableRefsAreReported()
    {
        QFETCH(QString, ref);
        QJsonObject schema = json("{'title': 'Item', 'prefixItems': [{'type': 'string'}], "
                                  "'properties': {'item': {}}}")
                                 .toObject();
        QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        properties.insert(QStringLiteral("item"), QJsonObject{{QStringLiteral("$ref"), ref}});
        schema.insert(QStringLiteral("properties"), properties);
        const JsonSchemaValidator validator(schema);
        const QList<SchemaViolation> violations =
            validator.validate(QJsonObject{{QStringLiteral("item"), 1}});
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.first().instancePath, QStringLiteral("/item"));
        QCOMPARE(violations.first().keyword, QStringLiteral("$ref"));
        QCOMPARE(
            violations.first().message,
            QStringLiteral("The schema refers to %1, which McpScope cannot resolve.").arg(ref));
    }

    // A ref into an array by index resolves.
    void refIntoAnArrayResolves()
    {
        const JsonSchemaValidator validator(
            json("{'prefixItems': [{'type': 'string'}], 'properties': {'item': {'$ref': "
                 "'#/prefixItems/0'}}}"));
        QVERIFY(validator.validate(QJsonObject{{QStringLiteral("item"), QStringLiteral("ok")}})
                    .isEmpty());
        const auto wrong = validator.validate(QJsonObject{{QStringLiteral("item"), 2}});
        QCOMPARE(wrong.size(), 1);
        QCOMPARE(wrong.first().message, QStringLiteral("Expected string, got number."));
    }

    // A subschema that is neither an object nor a boolean constrains nothing.
    void nonSchemaSubschemaAllowsAnything()
    {
        const JsonSchemaValidator validator(json("{'properties': {'a': 5, 'b': 'text'}}"));
        QVERIFY(validator
                    .validate(QJsonObject{{QStringLiteral("a"), QStringLiteral("anything")},
                                          {QStringLiteral("b"), QJsonArray{1}}})
                    .isEmpty());
    }

    // No instance at all (an absent argument) is named as such.
    void missingInstanceIsNamedUndefined()
    {
        const JsonSchemaValidator validator(json("{'type': 'object'}"));
        const auto violations = validator.validate(QJsonValue(QJsonValue::Undefined));
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.first().message, QStringLiteral("Expected object, got undefined."));
    }

    // Unsupported keywords inside arrays of subschemas are found too.
    void unsupportedKeywordsInsideArrays()
    {
        const JsonSchemaValidator validator(json(
            "{ 'anyOf': [{'type': 'string', 'format': 'email'}, {'type': 'object', "
            "'unevaluatedProperties': false}], 'allOf': [{'$ref': "
            "'https://example.com/other.json'}], 'enum': [{'format': 'not a keyword here'}] }"));
        QCOMPARE(validator.unsupportedKeywords(),
                 (QStringList{QStringLiteral("$ref (remote)"), QStringLiteral("format"),
                              QStringLiteral("unevaluatedProperties")}));
    }
};

QTEST_GUILESS_MAIN(TestJsonSchemaRefs)
#include "tst_json_schema_refs.moc"
