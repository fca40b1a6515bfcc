// Tool schemas and results are shown and sent on as the server wrote them
// (core/common/ordered_json): any bytes must be survived; where Qt's own parser
// reads the input, the re-indented and compacted texts read as the same value,
// the top-level members come out in the order written with the same values,
// and a member cut out by name is the value Qt reads for that name.
#include "common/ordered_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

constexpr int kDepth = 64;

// Any JSON value, scalars included; Undefined when Qt does not read the text.
QJsonValue parse(QByteArrayView text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text.toByteArray() + ']', &error);
    return error.error == QJsonParseError::NoError && doc.array().size() == 1
               ? doc.array().first()
               : QJsonValue(QJsonValue::Undefined);
}

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView in(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool ok = bool(checkJson(in, kDepth));
    const auto indented = indentJson(in, kDepth);
    const auto compact = compactJson(in, kDepth);
    check(bool(indented) == ok && bool(compact) == ok);
    const auto members = jsonMembers(in, kDepth);
    const auto elements = jsonElements(in, kDepth);
    if (!ok) {
        check(!members && !elements);
        return 0;
    }
    // Reformatting is idempotent and loses nothing but whitespace.
    check(*compactJson(*indented, kDepth + 1) == *compact);
    check(*indentJson(*compact, kDepth + 1) == *indented);
    const QJsonValue qt = parse(in);
    if (!qt.isUndefined()) {
        check(parse(*indented) == qt);
        check(parse(*compact) == qt);
    }
    if (members) {
        // Key order: the members of the indented text, in order, are the input's.
        const auto again = jsonMembers(*indented, kDepth);
        check(again && again->size() == members->size());
        for (qsizetype i = 0; i < members->size(); ++i) {
            check(again->at(i).first == members->at(i).first);
            check(*compactJson(again->at(i).second, kDepth) ==
                  *compactJson(members->at(i).second, kDepth));
        }
        if (qt.isObject()) {
            // Keys Qt reads (valid UTF-8) survive decoding and re-encoding.
            const QByteArray rebuilt = jsonObjectText(*members);
            check(parse(rebuilt) == qt);
            const QJsonObject object = qt.toObject();
            for (const auto &member : *members) {
                const auto raw = jsonMember(in, member.first, kDepth);
                check(raw.has_value());
                check(parse(*raw) == object.value(member.first));
            }
        }
    }
    if (elements) {
        check(!members);
        QList<QByteArray> compacted;
        for (const QByteArray &element : *elements)
            compacted.append(*compactJson(element, kDepth));
        check('[' + compacted.join(',') + ']' == *compact);
    }
    return 0;
}
