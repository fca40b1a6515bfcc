#include "capture/capture_ids.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

namespace mcpscope {

namespace {

// Blocks double from the first to the largest as a process keeps recording:
// one that records a few rows takes few ids, one that ingests fast reserves
// rarely, and rows of processes writing side by side stay close to the order
// they happened in unless one of them is that busy.
constexpr qint64 kFirstBlock = 16;
constexpr qint64 kLargestBlock = 65536;
constexpr int kBusyTimeoutMs = 10000;

struct Counter
{
    const char *key;
    const char *reserveSql;
};

// One statement per kind: the counter starts at MAX(id) + 1 of its table and
// never falls below it (rows written by an older McpScope, or by hand), then
// moves past the block; RETURNING gives the block's end.
constexpr Counter kCounters[] = {
    {"next_exchange_id", "INSERT INTO store_meta(key, value) VALUES ('next_exchange_id',"
                         " (SELECT IFNULL(MAX(id), 0) + 1 FROM exchanges) + ?1)"
                         " ON CONFLICT(key) DO UPDATE SET value = MAX(CAST(value AS INTEGER),"
                         " (SELECT IFNULL(MAX(id), 0) + 1 FROM exchanges)) + ?1 RETURNING value"},
    {"next_message_id", "INSERT INTO store_meta(key, value) VALUES ('next_message_id',"
                        " (SELECT IFNULL(MAX(id), 0) + 1 FROM messages) + ?1)"
                        " ON CONFLICT(key) DO UPDATE SET value = MAX(CAST(value AS INTEGER),"
                        " (SELECT IFNULL(MAX(id), 0) + 1 FROM messages)) + ?1 RETURNING value"},
    {"next_session_id", "INSERT INTO store_meta(key, value) VALUES ('next_session_id',"
                        " (SELECT IFNULL(MAX(id), 0) + 1 FROM sessions) + ?1)"
                        " ON CONFLICT(key) DO UPDATE SET value = MAX(CAST(value AS INTEGER),"
                        " (SELECT IFNULL(MAX(id), 0) + 1 FROM sessions)) + ?1 RETURNING value"},
};
static_assert(std::size(kCounters) == CaptureIds::KindCount);

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope::CaptureIds", text);
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

CaptureIds::~CaptureIds()
{
    close();
}

Result<void> CaptureIds::open(const QString &path)
{
    close();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return makeError(ErrorCode::StoreOpen,
                         tr("Could not open the capture store to reserve row ids: %1").arg(detail));
    }
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    QMutexLocker lock(&m_mutex);
    m_db = db;
    m_pools = {};
    m_reserving = {};
    m_error = {};
    return {};
}

void CaptureIds::close()
{
    QMutexLocker sync(&m_syncMutex);
    QMutexLocker lock(&m_mutex);
    if (!m_db)
        return;
    // The newest block first: the counter can only be wound back from its end.
    sqlite3_stmt *giveBack = nullptr;
    if (sqlite3_prepare_v2(m_db, "UPDATE store_meta SET value = ?2 WHERE key = ?1 AND value = ?3",
                           -1, &giveBack, nullptr) == SQLITE_OK) {
        for (int kind = 0; kind < KindCount; ++kind) {
            for (const Block *block : {&m_pools[kind].spare, &m_pools[kind].current}) {
                if (block->empty())
                    continue;
                sqlite3_bind_text(giveBack, 1, kCounters[kind].key, -1, SQLITE_STATIC);
                sqlite3_bind_int64(giveBack, 2, block->next);
                sqlite3_bind_int64(giveBack, 3, block->end);
                sqlite3_step(giveBack);
                sqlite3_reset(giveBack);
            }
        }
    }
    sqlite3_finalize(giveBack);
    sqlite3_close(m_db);
    m_db = nullptr;
    m_pools = {};
}

bool CaptureIds::reserveOn(sqlite3 *db, Kind kind, qint64 count, Block *block)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, kCounters[kind].reserveSql, -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_int64(stmt, 1, count);
    const bool ok = sqlite3_step(stmt) == SQLITE_ROW;
    if (ok) {
        block->end = sqlite3_column_int64(stmt, 0);
        block->next = block->end - count;
    }
    sqlite3_step(stmt); // runs the statement to completion
    sqlite3_finalize(stmt);
    return ok;
}

qint64 CaptureIds::reserve(Kind kind)
{
    QMutexLocker lock(&m_mutex);
    Pool &pool = m_pools[kind];
    for (;;) {
        if (!pool.current.empty()) {
            // The writer keeps a spare block ready, so this thread rarely
            // has to wait for the write lock itself.
            if (pool.spare.empty())
                pool.wantSpare = true;
            return pool.current.next++;
        }
        if (!pool.spare.empty()) {
            pool.current = pool.spare;
            pool.spare = {};
            pool.wantSpare = true;
            continue;
        }
        // A burst outran the writer's top-ups (or nothing was recorded yet):
        // reserve here. m_mutex is released meanwhile, since the writer may
        // hold the write lock and want m_mutex in topUp().
        if (!m_db)
            return 0;
        const qint64 size =
            pool.current.end == 0 ? kFirstBlock : std::min(pool.blockSize * 2, kLargestBlock);
        pool.blockSize = size;
        Block block;
        bool ok = false;
        QString detail;
        lock.unlock();
        {
            QMutexLocker sync(&m_syncMutex);
            if (m_db) {
                ok = exec(m_db, "BEGIN IMMEDIATE") && reserveOn(m_db, kind, size, &block) &&
                     exec(m_db, "COMMIT");
                if (!ok) {
                    detail = QString::fromUtf8(sqlite3_errmsg(m_db));
                    exec(m_db, "ROLLBACK");
                }
            }
        }
        lock.relock();
        if (!ok) {
            m_error = Error{ErrorCode::StoreWrite,
                            tr("Could not reserve row ids in the capture store: %1. Another "
                               "program may hold it locked.")
                                .arg(detail)};
            return 0;
        }
        if (pool.current.empty())
            pool.current = block;
        else if (pool.spare.empty())
            pool.spare = block;
        // else another thread refilled meanwhile: the block stays unused, a gap.
    }
}

Error CaptureIds::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

bool CaptureIds::topUp(sqlite3 *db)
{
    std::array<qint64, KindCount> sizes{};
    {
        QMutexLocker lock(&m_mutex);
        for (int kind = 0; kind < KindCount; ++kind) {
            Pool &pool = m_pools[kind];
            if (pool.wantSpare && pool.spare.empty()) {
                pool.blockSize = std::min(pool.blockSize * 2, kLargestBlock);
                sizes[kind] = pool.blockSize;
            }
        }
    }
    for (int kind = 0; kind < KindCount; ++kind) {
        if (sizes[kind] && !reserveOn(db, Kind(kind), sizes[kind], &m_reserving[kind]))
            return false;
    }
    return true;
}

void CaptureIds::published()
{
    QMutexLocker lock(&m_mutex);
    for (int kind = 0; kind < KindCount; ++kind) {
        Block &block = m_reserving[kind];
        if (block.empty())
            continue;
        Pool &pool = m_pools[kind];
        if (pool.current.empty())
            pool.current = block;
        else if (pool.spare.empty())
            pool.spare = block;
        pool.wantSpare = false;
        block = {};
    }
}

void CaptureIds::dropped()
{
    m_reserving = {};
}

} // namespace mcpscope
