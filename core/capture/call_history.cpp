#include "capture/call_history.h"

#include "common/ordered_json.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope::CallHistory", text);
}

// The first text content of a tool result, for a tool error's detail.
QString firstText(const QJsonObject &result)
{
    for (const QJsonValue &item : result.value(QStringLiteral("content")).toArray()) {
        const QJsonObject content = item.toObject();
        if (content.value(QStringLiteral("type")).toString() == u"text")
            return content.value(QStringLiteral("text")).toString();
    }
    return {};
}

void fillAnswer(CallHistoryEntry &entry, const QByteArray &answer, const QString &kind)
{
    entry.answer = answer;
    const QJsonObject message = QJsonDocument::fromJson(answer).object();
    if (kind == u"error" || message.contains(QStringLiteral("error"))) {
        entry.outcome = CallHistoryEntry::Outcome::RpcError;
        const QJsonObject error = message.value(QStringLiteral("error")).toObject();
        entry.detail = QStringLiteral("%1 %2").arg(
            QString::number(error.value(QStringLiteral("code")).toInt()),
            error.value(QStringLiteral("message")).toString());
        return;
    }
    const QJsonObject result = message.value(QStringLiteral("result")).toObject();
    if (result.value(QStringLiteral("isError")).toBool()) {
        entry.outcome = CallHistoryEntry::Outcome::ToolError;
        entry.detail = firstText(result);
    } else {
        entry.outcome = CallHistoryEntry::Outcome::Result;
    }
}

} // namespace

Result<QList<CallHistoryEntry>> readCallHistory(const QString &storePath, qint64 sessionId,
                                                int limit)
{
    static QAtomicInteger<quint64> serial;
    const QString name = QStringLiteral("mcpscope-call-history-%1").arg(++serial);
    Result<QList<CallHistoryEntry>> out = QList<CallHistoryEntry>{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            out = makeError(ErrorCode::StoreOpen, tr("Could not open the capture store %1: %2")
                                                      .arg(storePath, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
            // The answer: the newest message answering the request (an
            // answer carried by another exchange is paired by response_to).
            // A statement SQLite refuses is reported as itself (running it
            // anyway would say "Parameter count mismatch").
            const bool prepared = q.prepare(QStringLiteral(
                "SELECT r.id, r.session_id, IFNULL(r.exchange_id, 0), r.at_ms, r.payload,"
                " a.payload, a.kind, a.latency_ms, IFNULL(a.exchange_id, 0)"
                " FROM messages r"
                " JOIN sessions s ON s.id = r.session_id"
                " LEFT JOIN messages a ON a.id = (SELECT MAX(x.id) FROM messages x"
                "   WHERE x.response_to = r.id AND x.direction = 'in')"
                " WHERE r.direction = 'out' AND r.kind = 'request' AND r.method = 'tools/call'"
                "   AND (r.session_id = :session OR s.target ="
                "     (SELECT target FROM sessions WHERE id = :session2))"
                " ORDER BY r.id DESC LIMIT :limit"));
            q.bindValue(QStringLiteral(":session"), sessionId);
            q.bindValue(QStringLiteral(":session2"), sessionId);
            q.bindValue(QStringLiteral(":limit"), limit);
            if (!prepared || !q.exec()) {
                out =
                    makeError(ErrorCode::StoreRead,
                              tr("Reading the call history failed: %1").arg(q.lastError().text()));
            } else {
                QList<CallHistoryEntry> entries;
                while (q.next()) {
                    CallHistoryEntry e;
                    e.requestMessageId = q.value(0).toLongLong();
                    e.sessionId = q.value(1).toLongLong();
                    e.exchangeId = q.value(2).toLongLong();
                    e.atMs = q.value(3).toLongLong();
                    const QByteArray payload = q.value(4).toByteArray();
                    const QByteArray params = jsonMember(payload, u"params").value_or(QByteArray());
                    e.tool = QJsonDocument::fromJson(params)
                                 .object()
                                 .value(QStringLiteral("name"))
                                 .toString();
                    e.arguments = jsonMember(params, u"arguments").value_or(QByteArray());
                    if (!q.value(5).isNull()) {
                        fillAnswer(e, q.value(5).toByteArray(), q.value(6).toString());
                        e.latencyMs = q.value(7).isNull() ? -1 : q.value(7).toDouble();
                        const qint64 carrier = q.value(8).toLongLong();
                        e.answerExchangeId = carrier != e.exchangeId ? carrier : 0;
                    }
                    entries.append(e);
                }
                out = entries;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace mcpscope
