#include "capture/capture_store.h"

#include "capture/capture_schema.h"
#include "capture/capture_writer.h"
#include "common/private_files.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace mcpscope {

CaptureStore::CaptureStore(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<mcpscope::Error>();
    qRegisterMetaType<QList<qint64>>();
}

CaptureStore::~CaptureStore()
{
    close();
}

Result<void> CaptureStore::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    // Owner-only (0600 file, 0700 folders we create), whatever the umask.
    if (auto made = makePrivateDirectory(info.absolutePath()); !made)
        return makeError(
            ErrorCode::StoreOpen,
            tr("Could not create the folder for the capture store: %1").arg(made.error().message));
    if (auto prepared = preparePrivateDatabase(info.absoluteFilePath()); !prepared)
        return makeError(ErrorCode::StoreOpen, prepared.error().message);
    {
        const QString name = QStringLiteral("mcpscope-migrate-%1").arg(quintptr(this));
        Result<void> result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open()) {
                result = makeError(
                    ErrorCode::StoreOpen,
                    tr("Could not open the capture store %1: %2").arg(path, db.lastError().text()));
            } else if (auto ok = CaptureSchema::configureConnection(db); !ok) {
                result = makeError(
                    ErrorCode::StoreOpen,
                    tr("%1 is not a usable capture store: %2").arg(path, ok.error().message));
            } else if (auto migrated = CaptureSchema::migrate(db); !migrated) {
                result = Failure{migrated.error()};
            } else {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT (SELECT IFNULL(MAX(id),0) FROM exchanges),"
                                          " (SELECT IFNULL(MAX(id),0) FROM sessions),"
                                          " (SELECT IFNULL(MAX(id),0) FROM messages)")) &&
                    q.next()) {
                    m_nextExchangeId = q.value(0).toLongLong() + 1;
                    m_nextSessionId = q.value(1).toLongLong() + 1;
                    m_nextMessageId = q.value(2).toLongLong() + 1;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!result)
            return result;
    }
    m_path = info.absoluteFilePath();
    m_writer = std::make_unique<CaptureWriter>(m_path);
    connect(m_writer.get(), &CaptureWriter::exchangesCommitted, this,
            &CaptureStore::exchangesCommitted);
    connect(m_writer.get(), &CaptureWriter::sessionsChanged, this, &CaptureStore::sessionsChanged);
    connect(m_writer.get(), &CaptureWriter::writeFailed, this, &CaptureStore::writeFailed);
    m_writer->start();
    return {};
}

void CaptureStore::close()
{
    if (!m_writer)
        return;
    m_writer->stop();
    m_writer.reset();
}

qint64 CaptureStore::createSession(const QString &name, const QString &target, const QString &kind,
                                   qint64 startedAtMs)
{
    const qint64 id = m_nextSessionId.fetch_add(1);
    // A target is a URL or a stdio command line; redactCommandLine masks
    // secret-looking arguments and redacts the URLs in either.
    m_writer->enqueue(CaptureWriter::SessionStart{
        id, m_redactor.redactText(name), m_redactor.redactCommandLine(target), kind, startedAtMs});
    return id;
}

void CaptureStore::endSession(qint64 sessionId, qint64 endedAtMs)
{
    m_writer->enqueue(CaptureWriter::SessionEnd{sessionId, endedAtMs});
}

void CaptureStore::record(const Exchange &exchange)
{
    Q_ASSERT(exchange.id > 0);
    m_writer->enqueue(CaptureWriter::ExchangeRow(m_redactor.redact(exchange)));
}

void CaptureStore::recordMessage(const MessageRecord &message)
{
    Q_ASSERT(message.id > 0);
    MessageRecord redacted = message;
    redacted.payload = m_redactor.redactBody(message.payload, "application/json");
    m_writer->enqueue(std::move(redacted));
}

void CaptureStore::flush()
{
    if (m_writer)
        m_writer->waitForBarrier(false);
}

void CaptureStore::flushSearchIndex()
{
    if (m_writer)
        m_writer->waitForBarrier(true);
}

int CaptureStore::pendingJobs() const
{
    return m_writer ? m_writer->pending() : 0;
}

} // namespace mcpscope
