// Results to diff come from untrusted servers: the diff must survive any two
// documents (deep nesting included), find nothing between a document and
// itself, and with no rules find something exactly when the two differ
// (items of arrays matched by key may be reordered without a change).
// Input: two JSON texts separated by a line "@@@".
#include "replay/json_diff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

// Any JSON value, scalars included; Undefined when the text is not JSON.
QJsonValue parse(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']');
    return doc.isArray() && doc.array().size() == 1 ? doc.array().first()
                                                    : QJsonValue(QJsonValue::Undefined);
}

// The value with every array whose items the diff matches by key sorted by
// that key: reordering such items is no change to the diff.
QJsonValue canonical(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = canonical(it.value());
        return object;
    }
    if (!value.isArray())
        return value;
    QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        array[i] = canonical(array.at(i));
    for (const char *key : {"name", "uri", "uriTemplate", "id"}) {
        QMap<QString, QJsonValue> byKey;
        bool all = !array.isEmpty();
        for (const QJsonValue &item : array) {
            const QJsonValue k = item.toObject().value(QLatin1String(key));
            all = all && item.isObject() && k.isString() && !byKey.contains(k.toString());
            if (all)
                byKey.insert(k.toString(), item);
        }
        if (all) {
            QJsonArray sorted;
            for (const QJsonValue &item : std::as_const(byKey))
                sorted.append(item);
            return sorted;
        }
    }
    return array;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf("\n@@@\n");
    const QJsonValue a = parse(split < 0 ? input : input.left(split));
    const QJsonValue b = split < 0 ? a : parse(input.mid(split + 5));
    if (a.isUndefined() || b.isUndefined())
        return 0;

    const auto self = JsonDiff::compare(a, a);
    if (self && !self->isEmpty())
        std::abort();
    const auto changes = JsonDiff::compare(a, b);
    if (changes && !changes->isEmpty() && a == b)
        std::abort();
    // Both arrays of a pair must be keyed for the diff to match by key; the
    // canonical form sorts each on its own, so it may see more as equal.
    if (changes && changes->isEmpty() && canonical(a) != canonical(b))
        std::abort();
    const auto reversed = JsonDiff::compare(b, a);
    if (changes && reversed && changes->size() != reversed->size())
        std::abort();
    for (const JsonChange &change : changes ? *changes : QList<JsonChange>())
        (void)change.lines();
    (void)JsonDiff::compare(a, b, IgnoreRules::volatileMembers());
    return 0;
}
