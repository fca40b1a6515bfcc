#pragma once

#include "common/error.h"

class QSqlDatabase;

namespace mcpscope {

// The capture store's schema, versioned with PRAGMA user_version. Each
// migration moves the file from version N to N+1 inside one transaction.
namespace CaptureSchema {

int latestVersion();

// The first version with the call_facts table. A read-only opener of an
// older store (CaptureReader, the offline capture window, a bundle being
// read) has no facts: it must check PRAGMA user_version against this and
// treat the store as having none (the facts are back-filled the first time
// a CaptureStore opens the file for writing).
inline constexpr int kCallFactsVersion = 5;

// Brings db to latestVersion(), or to upTo when it is given (tests make the
// stores older McpScopes wrote with it). Refuses a file written by a newer
// McpScope rather than guessing at its layout.
Result<int> migrate(QSqlDatabase &db, int upTo = -1);

// WAL, synchronous=NORMAL (a committed transaction survives a killed
// process), foreign keys, a busy timeout. Call on every new connection.
Result<void> configureConnection(QSqlDatabase &db);

} // namespace CaptureSchema
} // namespace mcpscope
