#pragma once

// STUB (queries helper): the contract's enums only, until the facts helper's
// real header (branch an-facts) is merged; on merge take theirs.

#include <QString>

namespace mcpscope {

enum class CallOutcome
{
    Success = 0,
    ClientError = 1,
    ServerError = 2,
    NetworkFailure = 3,
    RpcError = 4,
    ToolError = 5,
    NoAnswer = 6
};

enum class AuthEvent
{
    None = 0,
    Unauthorized401 = 1,
    InsufficientScope403 = 2,
    SignIn = 3,
    Refresh = 4,
    RefreshFailed = 5,
    InvalidGrant = 6,
    InvalidToken = 7,
    Revocation = 8,
    TokenExpired = 9
};

} // namespace mcpscope
