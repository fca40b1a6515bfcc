#pragma once

// The call facts analytics reads (the call_facts table, schema 5). The
// extraction itself lives in capture/call_fact.h, because the capture writer
// fills the table as it writes (includes point down); this header adds the
// stable ids analytics, the CLI and exports print.
#include "capture/call_fact.h"

#include <QString>

#include <optional>

namespace mcpscope {

// Stable, untranslated ids ("success", "client_error", "server_error",
// "network_failure", "rpc_error", "tool_error", "no_answer"); never change one.
QString outcomeId(CallOutcome outcome);
// "none", "unauthorized", "insufficient_scope", "sign_in", "refresh",
// "refresh_failed", "invalid_grant", "invalid_token", "revocation",
// "token_expired".
QString authEventId(AuthEvent event);
// The reverse of the two above; nullopt for an unknown id.
std::optional<CallOutcome> outcomeFromId(QStringView id);
std::optional<AuthEvent> authEventFromId(QStringView id);

} // namespace mcpscope
