#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace mcpscope {

class SchemaField;

// A form generated from a JSON Schema for an object: a tool's inputSchema or
// an elicitation's requestedSchema. Strings, numbers, integers, booleans,
// enums (enum, oneOf/anyOf with const and title, enumNames), arrays (of enums
// as a checklist, of anything else as rows to add and remove) and nested
// objects; required fields are marked, defaults pre-filled. A field the form
// cannot represent (a $ref, anyOf of types) takes JSON text. Empty optional
// fields are left out of value(), so what the user did not fill stays out.
// Every label and tooltip shows server text as plain text. Each field's
// editor is named after its property (objectName), so it can be found.
class SchemaForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaForm(QWidget *parent = nullptr);
    ~SchemaForm() override;

    // Rebuilds the fields; false (and no fields) when schema has no properties.
    // schemaText, the schema as the server sent it, orders the top-level
    // fields as its properties are written (QJsonObject sorts them).
    bool setSchema(const QJsonObject &schema, const QByteArray &schemaText = {});
    bool hasFields() const;
    QJsonObject value() const;
    // value() as indented JSON text that keeps what the form does not own:
    // the members of base (the arguments as the user wrote them) come first,
    // in base's order; a member the form has a field for takes the field's
    // value (base's own text when it is the same value, so 1.0 stays 1.0), or
    // goes when the field is empty; a member the form has no field for
    // (additionalProperties, a keyword it does not render) stays as written.
    // Then the fields base lacks, in the schema's order.
    QByteArray valueText(const QByteArray &base = {}) const;
    // Fills the fields from value; fields it does not mention are emptied.
    // Does not emit edited().
    void setValue(const QJsonObject &value);

Q_SIGNALS:
    void edited(); // the user changed a field

private:
    std::unique_ptr<SchemaField> m_root;
    QStringList m_fieldNames; // top-level fields, in the schema's order
    QWidget *m_body = nullptr;
    bool m_filling = false;
};

} // namespace mcpscope
