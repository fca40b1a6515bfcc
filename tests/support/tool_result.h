#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

// The text of a tool result's first content item ("" when there is none).
namespace mcpscope::testing {

inline QString firstToolText(const QJsonValue &result)
{
    return result.toObject()
        .value(QStringLiteral("content"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("text"))
        .toString();
}

} // namespace mcpscope::testing
