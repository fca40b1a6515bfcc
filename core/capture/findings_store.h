#pragma once

#include "common/error.h"
#include "common/findings.h"

#include <QString>

namespace mcpscope {

// Records and reads the findings table of a capture store, on a connection of
// its own (the writer thread's connection is never shared).
//
// Contract: open() a store file that CaptureStore::open() has already
// migrated. record() writes at once (findings are rare, a row each), waiting
// at most the busy timeout for the writer thread's transaction. A
// FindingsStore belongs to the thread that opened it.
class FindingsStore final : public FindingSink
{
    Q_DISABLE_COPY_MOVE(FindingsStore)

public:
    FindingsStore();
    ~FindingsStore() override;

    Result<void> open(const QString &path);
    // Reads the findings of a store without changing it (a capture opened
    // offline): read-only, no upgrade; a store older than the findings table
    // (schema 2) fails with StoreVersion. record() then fails.
    Result<void> openReadOnly(const QString &path);
    void close();
    bool isOpen() const;

    // The finding's id is set from the new row when it is stored.
    Result<qint64> record(const Finding &finding);
    // All findings (sessionId 0) or one session's, oldest first; at most limit.
    Result<QList<Finding>> findings(qint64 sessionId = 0, int limit = 10000) const;

    // FindingSink: record(), a failure reported through lastError().
    void recordFinding(const Finding &finding) override;
    Error lastError() const { return m_lastError; }

private:
    QString m_connection;
    Error m_lastError;
    int m_schemaVersion = 0;
};

} // namespace mcpscope
