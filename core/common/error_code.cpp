#include "common/error_code.h"

#include <array>

namespace mcpscope {

namespace {

struct CodeInfo
{
    const char *id;
    ErrorGroup group;
};

constexpr std::array<CodeInfo, size_t(ErrorCode::Count)> kCodes{{
#define MCPSCOPE_ERROR_INFO(name, id, group) {id, ErrorGroup::group},
    MCPSCOPE_ERROR_CODES(MCPSCOPE_ERROR_INFO)
#undef MCPSCOPE_ERROR_INFO
}};

} // namespace

QString errorCodeId(ErrorCode code)
{
    const auto index = size_t(code);
    return index < kCodes.size() ? QString::fromLatin1(kCodes[index].id) : QString();
}

ErrorGroup errorGroup(ErrorCode code)
{
    const auto index = size_t(code);
    return index < kCodes.size() ? kCodes[index].group : ErrorGroup::General;
}

std::optional<ErrorCode> errorCodeFromId(QStringView id)
{
    for (size_t i = 0; i < kCodes.size(); ++i)
        if (id == QLatin1String(kCodes[i].id))
            return ErrorCode(i);
    return std::nullopt;
}

} // namespace mcpscope
