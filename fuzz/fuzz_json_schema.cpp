// Tool schemas come from untrusted servers: the validator must survive any
// schema (cycles, deep nesting, bad regexes) and any instance, and give the
// same verdict with the same violations however often and however the two
// documents are formatted.
#include "mcp/json_schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

// Any JSON value, scalars included (true and false are schemas too); an
// empty object when the text is not JSON.
QJsonValue parse(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']');
    return doc.array().size() == 1 ? doc.array().first() : QJsonValue(QJsonObject());
}

// The value written out again in another format and read back.
QJsonValue reformatted(const QJsonValue &value, QJsonDocument::JsonFormat format)
{
    return QJsonDocument::fromJson(QJsonDocument(QJsonArray{value}).toJson(format)).array().first();
}

bool same(const QList<SchemaViolation> &a, const QList<SchemaViolation> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].instancePath != b[i].instancePath || a[i].keyword != b[i].keyword ||
            a[i].message != b[i].message)
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // "schema\ninstance": both halves are JSON (or not; then {} is used).
    const qsizetype split = bytes.indexOf('\n');
    const QJsonValue s = parse(split < 0 ? bytes : bytes.left(split));
    const QJsonValue i = parse(split < 0 ? QByteArray("{}") : bytes.mid(split + 1));
    const JsonSchemaValidator validator(s);
    const QList<SchemaViolation> first = validator.validate(i);
    if (!same(first, validator.validate(i))) // deterministic
        std::abort();
    if (validator.isValid(i) != first.isEmpty())
        std::abort();
    for (const SchemaViolation &v : first)
        if (v.message.isEmpty() || v.keyword.isEmpty()) // every violation explains itself
            std::abort();
    // Formatting is not meaning: the same documents written compact or
    // indented give the same violations, in the same order.
    for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
        const JsonSchemaValidator other(reformatted(s, format));
        if (!same(first, other.validate(reformatted(i, format))))
            std::abort();
        if (other.unsupportedKeywords() != validator.unsupportedKeywords())
            std::abort();
    }
    return 0;
}
