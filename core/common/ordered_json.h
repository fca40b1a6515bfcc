#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace mcpscope {

// JSON text handled as the bytes it arrived in. QJsonObject sorts its keys
// and re-encodes strings and numbers (\u00e9 becomes é, 1.0 becomes 1, 1e400
// does not survive at all); a server's schema or result, or the arguments a
// user typed, go through these functions instead wherever they are shown or
// sent on, so their key order and every byte of their strings and numbers
// stay as written. None of them allocates a QJsonValue.
//
// Every function takes exactly one RFC 8259 value with optional whitespace
// around it, and a depth limit (objects and arrays nested deeper fail): the
// bytes usually come from a server.

// Checks that json is one well-formed JSON value. The error (JsonSyntax) says
// what is wrong and at which byte.
Result<void> checkJson(QByteArrayView json, int maxDepth = 512);

// Re-indents json (two spaces, "key": value) without reordering keys or
// touching a string's or a number's bytes; duplicate keys stay duplicated.
Result<QByteArray> indentJson(QByteArrayView json, int maxDepth = 512);

// The same, on one line with no insignificant whitespace.
Result<QByteArray> compactJson(QByteArrayView json, int maxDepth = 512);

// The members of a JSON object in the order written: each key decoded, each
// value's raw text (trimmed of surrounding whitespace). nullopt when json is
// not a well-formed object.
std::optional<QList<std::pair<QString, QByteArray>>> jsonMembers(QByteArrayView json,
                                                                 int maxDepth = 512);

// The raw text of one member of a JSON object (the last one when the key is
// repeated, as QJsonDocument reads it); nullopt when json is not a
// well-formed object or has no such member.
std::optional<QByteArray> jsonMember(QByteArrayView json, QStringView key, int maxDepth = 512);

// The raw text of each element of a JSON array; nullopt when json is not a
// well-formed array.
std::optional<QList<QByteArray>> jsonElements(QByteArrayView json, int maxDepth = 512);

// Writes an object from members whose values are JSON texts, in the order
// given (the keys are escaped here; the values are taken as they are, so they
// must be well-formed: check them first).
QByteArray jsonObjectText(const QList<std::pair<QString, QByteArray>> &members);

// A parsed value as compact JSON text (any value, scalars included; an
// object's keys come out sorted, since QJsonObject keeps no order).
QByteArray jsonValueText(const QJsonValue &value);

// A string as a JSON string literal (quotes, escapes; non-ASCII kept as UTF-8).
QByteArray jsonStringLiteral(QStringView text);

} // namespace mcpscope
