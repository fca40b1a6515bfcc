#pragma once

// Test support for the analytics queries: call_facts rows written straight
// into a store, with values a test chooses.

#include "analytics/call_facts.h"
#include "capture/capture_store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace mcpscope::testing {

struct FactRow
{
    qint64 sessionId = 1;
    qint64 exchangeId = 0; // 0 = NULL (a stdio call)
    qint64 atMs = 0;
    QString label = QStringLiteral("tools/call");
    QString tool;
    double ttfbMs = -1, totalMs = -1;
    int outcome = 0;
    int status = 200;
    qint64 bytesOut = 0, bytesIn = 0;
    int authEvent = 0;
    qint64 retryAfterMs = -1, rlLimit = -1, rlRemaining = -1;
};

// Whether db has the call_facts table (schema 5 creates it: every store
// CaptureStore opens has it).
inline bool hasCallFactsTable(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name='call_facts'")) &&
           q.next();
}

// A fresh capture store at path (the current schema, with call_facts).
inline bool createFactsStore(const QString &path)
{
    {
        CaptureStore store;
        if (!store.open(path))
            return false;
        store.flush();
        store.close();
    }
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("facts-testing"));
        db.setDatabaseName(path);
        ok = db.open() && hasCallFactsTable(db);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("facts-testing"));
    return ok;
}

// Appends rows to the store's call_facts in one transaction.
inline bool insertFacts(const QString &path, const QList<FactRow> &rows)
{
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("facts-insert"));
        db.setDatabaseName(path);
        ok = db.open() && hasCallFactsTable(db) && db.transaction();
        QSqlQuery q(db);
        ok = ok && q.prepare(QStringLiteral(
                       "INSERT INTO call_facts(session_id, exchange_id, at_ms, label, tool, "
                       "ttfb_ms, total_ms, outcome, status, bytes_out, bytes_in, auth_event, "
                       "retry_after_ms, rl_limit, rl_remaining) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        for (const FactRow &r : rows) {
            if (!ok)
                break;
            q.addBindValue(r.sessionId);
            q.addBindValue(r.exchangeId ? QVariant(r.exchangeId) : QVariant());
            q.addBindValue(r.atMs);
            q.addBindValue(r.label);
            q.addBindValue(r.tool.isEmpty() ? QStringLiteral("") : r.tool); // never NULL
            q.addBindValue(r.ttfbMs);
            q.addBindValue(r.totalMs);
            q.addBindValue(r.outcome);
            q.addBindValue(r.status);
            q.addBindValue(r.bytesOut);
            q.addBindValue(r.bytesIn);
            q.addBindValue(r.authEvent);
            q.addBindValue(r.retryAfterMs);
            q.addBindValue(r.rlLimit);
            q.addBindValue(r.rlRemaining);
            ok = q.exec();
            if (!ok)
                qWarning("insertFacts: %s", qPrintable(q.lastError().text()));
        }
        ok = ok && db.commit();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("facts-insert"));
    return ok;
}

} // namespace mcpscope::testing
