#include "capture/findings_store.h"
#include "common/translate.h"

#include "capture/capture_schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope::FindingsStore", "mcpscope"}, text);
}

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<qint64> idsFromJson(const QString &json)
{
    QList<qint64> ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        ids << qint64(v.toDouble());
    return ids;
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{
        ErrorCode::StoreSql,
        QCoreApplication::translate("mcpscope", "The capture store's findings could not be %1: %2")
            .arg(what, error.text())};
}

} // namespace

FindingsStore::FindingsStore()
{
    static QAtomicInteger<quint64> counter;
    m_connection = QStringLiteral("mcpscope-findings-%1").arg(counter.fetchAndAddRelaxed(1));
}

FindingsStore::~FindingsStore()
{
    close();
}

Result<void> FindingsStore::open(const QString &path)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        if (!db.open())
            return makeError(ErrorCode::StoreOpen,
                             tr("Could not open the capture store %1 for findings: %2")
                                 .arg(path, db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next() ||
            q.value(0).toInt() < CaptureSchema::latestVersion()) {
            q.finish();
            db.close();
            return makeError(ErrorCode::StoreVersion,
                             tr("The capture store %1 has no findings table yet: open it with "
                                "the capture store first, which upgrades it.")
                                 .arg(path));
        }
        m_schemaVersion = q.value(0).toInt();
    }
    return {};
}

Result<void> FindingsStore::openReadOnly(const QString &path)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return makeError(ErrorCode::StoreOpen,
                             tr("Could not open the capture store %1 for findings: %2")
                                 .arg(path, db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next() || q.value(0).toInt() < 2) {
            q.finish();
            db.close();
            return makeError(
                ErrorCode::StoreVersion,
                tr("The capture store %1 was written before findings were recorded.").arg(path));
        }
        m_schemaVersion = q.value(0).toInt();
    }
    return {};
}

void FindingsStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool FindingsStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

Result<qint64> FindingsStore::record(const Finding &finding)
{
    if (!isOpen())
        return makeError(ErrorCode::StoreWrite, tr("The findings store is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // A failed prepare is reported as itself: binding to it would report
    // "Parameter count mismatch" instead of SQLite's reason.
    if (!q.prepare(
            QStringLiteral("INSERT INTO findings(session_id, kind, severity, arguments,"
                           " exchange_ids, message_ids, at_ms, source) VALUES (?,?,?,?,?,?,?,?)")))
        return Failure{sqlError(tr("written"), q.lastError())};
    q.addBindValue(finding.sessionId > 0 ? QVariant(finding.sessionId) : QVariant());
    q.addBindValue(finding.kind);
    q.addBindValue(severityId(finding.severity()));
    // Scrubbed again: a finding may have been built before its secret was
    // known, or without makeFinding().
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(scrubbedArguments(finding.arguments)))
            .toJson(QJsonDocument::Compact)));
    q.addBindValue(idsJson(finding.exchangeIds));
    q.addBindValue(idsJson(finding.messageIds));
    q.addBindValue(finding.atMs > 0 ? finding.atMs : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(finding.sourceId());
    if (!q.exec())
        return Failure{sqlError(tr("written"), q.lastError())};
    return q.lastInsertId().toLongLong();
}

Result<QList<Finding>> FindingsStore::findings(qint64 sessionId, int limit) const
{
    if (!isOpen())
        return makeError(ErrorCode::StoreRead, tr("The findings store is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // No source column before schema 6 (a store opened read-only): all live.
    if (!q.prepare(
            QStringLiteral("SELECT id, session_id, kind, arguments, exchange_ids, message_ids,"
                           " at_ms, %1 FROM findings WHERE (? = 0 OR session_id = ?)"
                           " ORDER BY id LIMIT ?")
                .arg(m_schemaVersion >= 6 ? QStringLiteral("source") : QStringLiteral("'live'"))))
        return Failure{sqlError(tr("read"), q.lastError())};
    q.addBindValue(sessionId);
    q.addBindValue(sessionId);
    q.addBindValue(limit);
    if (!q.exec())
        return Failure{sqlError(tr("read"), q.lastError())};
    QList<Finding> out;
    while (q.next()) {
        Finding f;
        f.id = q.value(0).toLongLong();
        f.sessionId = q.value(1).toLongLong();
        f.kind = q.value(2).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
            f.arguments << v.toString();
        f.exchangeIds = idsFromJson(q.value(4).toString());
        f.messageIds = idsFromJson(q.value(5).toString());
        f.atMs = q.value(6).toLongLong();
        if (const QString source = q.value(7).toString(); source != u"live")
            f.source = source;
        out << f;
    }
    return out;
}

void FindingsStore::recordFinding(const Finding &finding)
{
    if (const auto stored = record(finding); !stored)
        m_lastError = stored.error();
}

} // namespace mcpscope
