#pragma once

#include "common/error.h"

#include <QMutex>
#include <QString>

#include <array>

struct sqlite3;

namespace mcpscope {

// Row ids for one capture store, unique across every process that writes it
// (internal to capture/). Ids are handed out of blocks reserved in the file
// itself (store_meta, one counter per table, never below MAX(id) + 1), inside
// a write transaction, so two processes never hold the same id: ids from
// in-process counters seeded from MAX(id) used to collide, and a colliding
// insert was taken for an update of the other process's row.
//
// Contract:
//  - open() before anything else; reserve() may then be called from any
//    thread until close().
//  - reserve() returns at once while the current block lasts. The writer
//    thread tops up a spare block inside its own batch transactions
//    (topUp()/published()), so reserve() reaches the file itself only when a
//    burst outruns both blocks; then it waits for the write lock (other
//    writers' transactions, bounded by the busy timeout).
//  - reserve() returns 0 when no block could be reserved (error() says why).
//  - close() gives back what this process did not use, when nobody reserved
//    after it, so one process alone keeps its ids dense.
class CaptureIds final
{
    Q_DISABLE_COPY_MOVE(CaptureIds)

public:
    enum Kind
    {
        Exchange,
        Message,
        Session,
        KindCount
    };

    CaptureIds() = default;
    ~CaptureIds();

    Result<void> open(const QString &path);
    void close();

    qint64 reserve(Kind kind);
    Error error() const;

    // Called by the writer inside an open write transaction on db: reserves
    // a spare block for each kind that asked for one. Returns false on an
    // SQLite error (the caller rolls back). published() then makes them
    // usable, once the transaction has committed; dropped() if it has not.
    bool topUp(sqlite3 *db);
    void published();
    void dropped();

    struct Block
    {
        qint64 next = 0, end = 0;
        bool empty() const { return next >= end; }
    };
    // Reserves count ids of kind on db (in a write transaction the caller
    // holds), [block->next, block->end): for a writer that is not a
    // CaptureStore (a bundle import) to take ids no other process holds.
    static bool reserveOn(sqlite3 *db, Kind kind, qint64 count, Block *block);

private:
    struct Pool
    {
        Block current, spare;
        qint64 blockSize = 0; // of the block reserved last
        bool wantSpare = false;
    };

    mutable QMutex m_mutex;  // m_pools, m_error
    QMutex m_syncMutex;      // m_db; taken before m_mutex, never while holding it
    sqlite3 *m_db = nullptr; // for reserve()'s rare synchronous path and close()
    std::array<Pool, KindCount> m_pools;
    std::array<Block, KindCount>
        m_reserving; // the writer thread's, between topUp() and published()
    Error m_error;
};

} // namespace mcpscope
