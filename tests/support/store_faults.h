#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QtDebug>

// Real SQLite faults for the tests of what reads and writes a store: another
// connection (as another program could) plants a trigger that makes SQLite
// refuse a write with a chosen message, renames a table away, or holds a
// lock. No fake driver: the code under test meets SQLite's own errors.
namespace mcpscope::testing {

// Runs statements on a connection of its own, waiting up to 10 s for the
// file's lock: false (with a warning naming the statement) at the first
// that fails.
inline bool execOn(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("other-program-%1").arg(quintptr(&statements));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The first column of the first row sql gives, on a connection of its own;
// -1 when it fails.
inline qint64 countOf(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("count-%1").arg(quintptr(&sql));
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

// A trigger that makes SQLite refuse `event` (INSERT, UPDATE, DELETE) on
// `table`, optionally only WHEN `when` holds, with `message` as its reason.
inline QString failingTrigger(const QString &name, const QString &event, const QString &table,
                              const QString &message, const QString &when = {})
{
    return QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 %4 BEGIN SELECT RAISE(ABORT, "
                          "'%5'); END")
        .arg(name, event, table, when.isEmpty() ? QString() : QStringLiteral("WHEN ") + when,
             message);
}

} // namespace mcpscope::testing
