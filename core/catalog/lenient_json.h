#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace mcpscope {

// JSON the way the editors read their configuration files (JSONC): comments
// (// and /* */) and trailing commas in objects and arrays are accepted, a
// UTF-8 byte order mark is skipped. Parsed by RapidJSON (Debian rapidjson-dev)
// with its comment and trailing-comma extensions; its recursion ends at
// maxDepth. Anything else that is not JSON is an error (json.syntax)
// naming what, with line and column (1-based, column in characters), and
// nothing is returned then.
//
// A key repeated in one object would be lost by QJsonObject: the second is
// kept as "key-2" (the third "key-3", …) and noted in *notes with its line
// and column. Nesting deeper than maxDepth, and input larger than maxBytes,
// are errors.
struct LenientJsonLimits
{
    int maxDepth = 64;
    qsizetype maxBytes = 8 * 1024 * 1024;
};

Result<QJsonValue> parseLenientJson(const QByteArray &bytes, QStringList *notes = nullptr,
                                    LenientJsonLimits limits = {});

// 1-based line and column (in characters) of a byte offset in text.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset);

} // namespace mcpscope
