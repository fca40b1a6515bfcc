// Tool schemas come from untrusted servers: the validator must survive any
// schema (cycles, deep nesting, bad regexes) and any instance.
#include "mcp/json_schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // "schema\ninstance": both halves are JSON (or not; then a default is used).
    const qsizetype split = bytes.indexOf('\n');
    const QJsonDocument schema = QJsonDocument::fromJson(split < 0 ? bytes : bytes.left(split));
    const QJsonDocument instance = QJsonDocument::fromJson(split < 0 ? QByteArray("{}") : bytes.mid(split + 1));
    const QJsonValue s = schema.isArray() ? QJsonValue(schema.array()) : QJsonValue(schema.object());
    const QJsonValue i = instance.isArray() ? QJsonValue(instance.array()) : QJsonValue(instance.object());
    const JsonSchemaValidator validator(s);
    const auto first = validator.validate(i);
    const auto second = validator.validate(i);
    if (first.size() != second.size()) // deterministic
        std::abort();
    for (const SchemaViolation &v : first)
        if (v.message.isEmpty()) // every violation explains itself
            std::abort();
    (void)validator.unsupportedKeywords();
    return 0;
}
