#include "analytics/call_facts.h"

#include <array>

namespace mcpscope {

namespace {

constexpr std::array<const char *, kCallOutcomeCount> kOutcomeIds = {
    "success",   "client_error", "server_error", "network_failure",
    "rpc_error", "tool_error",   "no_answer"};
constexpr std::array<const char *, kAuthEventCount> kAuthEventIds = {
    "none",           "unauthorized",  "insufficient_scope", "sign_in",    "refresh",
    "refresh_failed", "invalid_grant", "invalid_token",      "revocation", "token_expired"};

} // namespace

QString outcomeId(CallOutcome outcome)
{
    const int i = int(outcome);
    return i >= 0 && i < kCallOutcomeCount ? QString::fromLatin1(kOutcomeIds[i]) : QString();
}

QString authEventId(AuthEvent event)
{
    const int i = int(event);
    return i >= 0 && i < kAuthEventCount ? QString::fromLatin1(kAuthEventIds[i]) : QString();
}

std::optional<CallOutcome> outcomeFromId(QStringView id)
{
    for (int i = 0; i < kCallOutcomeCount; ++i)
        if (id == QLatin1String(kOutcomeIds[i]))
            return CallOutcome(i);
    return std::nullopt;
}

std::optional<AuthEvent> authEventFromId(QStringView id)
{
    for (int i = 0; i < kAuthEventCount; ++i)
        if (id == QLatin1String(kAuthEventIds[i]))
            return AuthEvent(i);
    return std::nullopt;
}

} // namespace mcpscope
