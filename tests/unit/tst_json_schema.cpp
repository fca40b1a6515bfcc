#include "mcp/json_schema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

// Every test of the official JSON-Schema-Test-Suite (Debian's
// json-schema-test-suite, draft 7) for the keywords the validator claims,
// plus tests written from the 2020-12 specification for the keywords draft 7
// does not have.
class TestJsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialSuite_data()
    {
        QTest::addColumn<QJsonValue>("schema");
        QTest::addColumn<QJsonValue>("data");
        QTest::addColumn<bool>("valid");
        const QString dir = QStringLiteral("/usr/share/json-schema-test-suite/tests/draft7/");
        // Keywords the validator claims; definitions.json (it validates
        // against the remote draft-07 metaschema) and refRemote.json (remote
        // refs) test what it does not claim.
        const QStringList files = {QStringLiteral("additionalItems"),
                                   QStringLiteral("additionalProperties"),
                                   QStringLiteral("allOf"),
                                   QStringLiteral("anyOf"),
                                   QStringLiteral("boolean_schema"),
                                   QStringLiteral("const"),
                                   QStringLiteral("contains"),
                                   QStringLiteral("default"),
                                   QStringLiteral("dependencies"),
                                   QStringLiteral("enum"),
                                   QStringLiteral("exclusiveMaximum"),
                                   QStringLiteral("exclusiveMinimum"),
                                   QStringLiteral("if-then-else"),
                                   QStringLiteral("items"),
                                   QStringLiteral("maxItems"),
                                   QStringLiteral("maxLength"),
                                   QStringLiteral("maxProperties"),
                                   QStringLiteral("maximum"),
                                   QStringLiteral("minItems"),
                                   QStringLiteral("minLength"),
                                   QStringLiteral("minProperties"),
                                   QStringLiteral("minimum"),
                                   QStringLiteral("multipleOf"),
                                   QStringLiteral("not"),
                                   QStringLiteral("oneOf"),
                                   QStringLiteral("pattern"),
                                   QStringLiteral("patternProperties"),
                                   QStringLiteral("properties"),
                                   QStringLiteral("propertyNames"),
                                   QStringLiteral("ref"),
                                   QStringLiteral("required"),
                                   QStringLiteral("type"),
                                   QStringLiteral("uniqueItems")};
        // Missing is a failure, not a skip: a green run must mean the
        // official cases ran.
        QVERIFY2(
            QDir(dir).exists(),
            "Debian's json-schema-test-suite is not installed, so the official cases cannot run "
            "(scripts/setup.sh tests installs it: apt-get install json-schema-test-suite)");
        int rows = 0;
        for (const QString &name : files) {
            QFile file(dir + name + QStringLiteral(".json"));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            for (const QJsonValue &group : QJsonDocument::fromJson(file.readAll()).array()) {
                const QJsonObject g = group.toObject();
                const QJsonValue schema = g.value(QStringLiteral("schema"));
                // Groups that need $id-based or remote references are outside
                // what the validator claims (same-document refs only).
                const QByteArray text =
                    QJsonDocument(QJsonObject{{QStringLiteral("s"), schema}}).toJson();
                if (text.contains("\"$id\"") || text.contains("\"$ref\": \"http"))
                    continue;
                for (const QJsonValue &test : g.value(QStringLiteral("tests")).toArray()) {
                    const QJsonObject t = test.toObject();
                    const QString row =
                        QStringLiteral("%1: %2: %3")
                            .arg(name, g.value(QStringLiteral("description")).toString(),
                                 t.value(QStringLiteral("description")).toString());
                    QTest::newRow(qPrintable(row)) << schema << t.value(QStringLiteral("data"))
                                                   << t.value(QStringLiteral("valid")).toBool();
                    ++rows;
                }
            }
        }
        QVERIFY(rows > 300);
    }
    void officialSuite()
    {
        QFETCH(QJsonValue, schema);
        QFETCH(QJsonValue, data);
        QFETCH(bool, valid);
        const auto violations =
            JsonSchemaValidator(schema, JsonSchemaValidator::Dialect::Draft07).validate(data);
        QVERIFY2(violations.isEmpty() == valid,
                 qPrintable(violations.isEmpty()
                                ? QStringLiteral("accepted an invalid instance")
                                : violations.first().keyword + QStringLiteral(": ") +
                                      violations.first().message));
    }

    // 2020-12 keywords, from the specification (draft 7 has none of these).
    void prefixItems()
    {
        const JsonSchemaValidator v(
            QJsonDocument::fromJson(
                "{\"prefixItems\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"items\":false}")
                .object());
        QVERIFY(v.isValid(QJsonDocument::fromJson("[1, \"a\"]").array()));
        QVERIFY(v.isValid(QJsonDocument::fromJson("[1]").array()));
        QVERIFY(!v.isValid(QJsonDocument::fromJson("[\"a\", 1]").array()));
        QVERIFY(!v.isValid(
            QJsonDocument::fromJson("[1, \"a\", 3]").array())); // items:false after the prefix
    }
    void defsAndRef()
    {
        const JsonSchemaValidator v(
            QJsonDocument::fromJson("{\"$defs\":{\"pos\":{\"type\":\"integer\",\"minimum\":1}},"
                                    "\"properties\":{\"n\":{\"$ref\":\"#/$defs/pos\"}}}")
                .object());
        QVERIFY(v.isValid(QJsonDocument::fromJson("{\"n\":3}").object()));
        const auto violations = v.validate(QJsonDocument::fromJson("{\"n\":0}").object());
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.first().instancePath, QStringLiteral("/n"));
        QCOMPARE(violations.first().keyword, QStringLiteral("minimum"));
    }
    void refSiblingsApplyIn2020()
    {
        // Without $schema the default dialect (2020-12) applies siblings;
        // a draft-07 schema keeps draft-07 rules.
        const JsonSchemaValidator draft7(
            QJsonDocument::fromJson("{\"$schema\":\"http://json-schema.org/draft-07/"
                                    "schema#\",\"definitions\":{\"s\":{\"type\":\"string\"}},\"$"
                                    "ref\":\"#/definitions/s\",\"maxLength\":2}")
                .object());
        QVERIFY(draft7.isValid(QJsonValue(QStringLiteral("abc"))));
        const JsonSchemaValidator v(
            QJsonDocument::fromJson(
                "{\"$defs\":{\"s\":{\"type\":\"string\"}},\"$ref\":\"#/$defs/s\",\"maxLength\":2}")
                .object());
        QVERIFY(!v.isValid(QJsonValue(QStringLiteral("abc"))));
    }
    void dependentRequiredAndSchemas()
    {
        const JsonSchemaValidator v(
            QJsonDocument::fromJson("{\"dependentRequired\":{\"card\":[\"cvv\"]},"
                                    "\"dependentSchemas\":{\"vip\":{\"required\":[\"level\"]}}}")
                .object());
        QVERIFY(v.isValid(QJsonDocument::fromJson("{\"card\":1,\"cvv\":2}").object()));
        QVERIFY(!v.isValid(QJsonDocument::fromJson("{\"card\":1}").object()));
        QVERIFY(!v.isValid(QJsonDocument::fromJson("{\"vip\":true}").object()));
        QVERIFY(v.isValid(QJsonDocument::fromJson("{\"vip\":true,\"level\":3}").object()));
    }
    void unsupportedKeywordsAreNamed()
    {
        const JsonSchemaValidator v(
            QJsonDocument::fromJson(
                "{\"properties\":{\"a\":{\"format\":\"email\"}},\"unevaluatedProperties\":false,\"$"
                "ref\":\"https://x/s.json\",\"enum\":[{\"format\":1}]}")
                .object());
        QCOMPARE(v.unsupportedKeywords(),
                 (QStringList{QStringLiteral("$ref (remote)"), QStringLiteral("format"),
                              QStringLiteral("unevaluatedProperties")}));
    }
    void refCycleIsBounded()
    {
        const JsonSchemaValidator v(QJsonDocument::fromJson("{\"$ref\":\"#\"}").object());
        const auto violations = v.validate(QJsonValue(1));
        QVERIFY(!violations.isEmpty()); // reported, not a stack overflow
    }
    void branchingRefBombIsBounded()
    {
        const JsonSchemaValidator v(
            QJsonDocument::fromJson("{\"anyOf\":[{\"$ref\":\"#\"},{\"$ref\":\"#\"}]}").object());
        const auto violations = v.validate(QJsonValue(1));
        QVERIFY(!violations.isEmpty());
        QVERIFY2(violations.first().message.contains(QStringLiteral("too complex")),
                 qPrintable(violations.first().message));
    }

    void messagesNameThePlace()
    {
        const JsonSchemaValidator v(
            QJsonDocument::fromJson("{\"type\":\"object\",\"required\":[\"a\"],\"properties\":{"
                                    "\"b\":{\"type\":\"integer\"}}}")
                .object());
        const auto violations = v.validate(QJsonDocument::fromJson("{\"b\":\"x\"}").object());
        QCOMPARE(violations.size(), 2);
        QCOMPARE(violations.at(0).keyword, QStringLiteral("required"));
        QVERIFY(violations.at(0).message.contains(QStringLiteral("\"a\"")));
        QCOMPARE(violations.at(1).instancePath, QStringLiteral("/b"));
    }
};

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_json_schema.moc"
