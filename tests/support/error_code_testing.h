#pragma once

#include "common/error_code.h"

#include <QByteArray>

namespace mcpscope {

// QCOMPARE prints an ErrorCode by its stable id (found by argument-dependent
// lookup) instead of a bare number.
inline char *toString(ErrorCode code)
{
    const QByteArray id = errorCodeId(code).toUtf8();
    return qstrdup(id.isEmpty() ? "(none)" : id.constData());
}

} // namespace mcpscope
