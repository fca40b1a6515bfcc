#include "capture/capture_store.h"

#include "capture/capture_ids.h"
#include "capture/capture_schema.h"
#include "capture/capture_writer.h"
#include "common/private_files.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

namespace mcpscope {

namespace {

// An event longer than this with no blank line yet is cut at its last line
// break, so a stream that never ends an event still costs linear work.
constexpr qsizetype kLongestHeldEvent = 1024 * 1024;
// How much of the stored end of a stream is kept to recognise the same body
// grown, rather than a different one, in the next record().
constexpr qsizetype kTailKept = 64;

bool isFinal(Exchange::State state)
{
    return state == Exchange::State::Complete || state == Exchange::State::Failed;
}

// The end of the last complete SSE event in body[from...] (an event ends at a
// blank line: \n\n, \r\r or \r\n\r\n), or from when there is none.
// scanned: how far an earlier call looked already. One backward pass that
// stops at the first blank line, so a call costs about one event.
qsizetype lastEventEnd(const QByteArray &body, qsizetype from, qsizetype scanned)
{
    const qsizetype start = std::max(from, scanned - 3);
    const char *data = body.constData();
    qsizetype lastLineEnd = -1;
    for (qsizetype i = body.size() - 1; i > start; --i) {
        const char c = data[i];
        if (c != '\n' && c != '\r')
            continue;
        if (lastLineEnd < 0 && c == '\n')
            lastLineEnd = i + 1;
        const char before = data[i - 1];
        if ((c == '\n' && before == '\n') || (c == '\r' && before == '\r'))
            return i + 1;
        if (c == '\n' && before == '\r' && i - 3 >= start && data[i - 2] == '\n' &&
            data[i - 3] == '\r')
            return i + 1;
    }
    // No blank line: a very long event is cut at its last line break.
    if (body.size() - from > kLongestHeldEvent && lastLineEnd > 0)
        return lastLineEnd;
    return from;
}

} // namespace

// Streams being appended, by exchange id: how much of the raw body has been
// redacted and queued, and its last bytes.
class CaptureStore::Streams
{
public:
    struct Cursor
    {
        qsizetype written = 0; // raw body bytes redacted and queued
        qsizetype scanned = 0; // raw body bytes searched for an event end
        QByteArray tail;       // the last bytes before written, copied
    };
    QMutex mutex;
    QHash<qint64, Cursor> open;
    QSet<qint64> lost; // to be written whole (CaptureWriter::takeLostStreams)
};

CaptureStore::CaptureStore(QObject *parent)
    : QObject(parent), m_ids(std::make_unique<CaptureIds>()), m_streams(std::make_unique<Streams>())
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
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!result)
            return result;
    }
    m_path = info.absoluteFilePath();
    if (auto ids = m_ids->open(m_path); !ids)
        return ids;
    m_writer = std::make_unique<CaptureWriter>(m_path, m_ids.get());
    connect(m_writer.get(), &CaptureWriter::exchangesCommitted, this,
            &CaptureStore::exchangesCommitted);
    connect(m_writer.get(), &CaptureWriter::sessionsChanged, this, &CaptureStore::sessionsChanged);
    connect(m_writer.get(), &CaptureWriter::factsCommitted, this, &CaptureStore::factsCommitted);
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
    m_ids->close(); // after the writer: it may be topping up blocks until it stops
    QMutexLocker lock(&m_streams->mutex);
    m_streams->open.clear();
    m_streams->lost.clear();
}

qint64 CaptureStore::reserveExchangeId()
{
    const qint64 id = m_ids->reserve(CaptureIds::Exchange);
    if (id == 0)
        Q_EMIT writeFailed(m_ids->error());
    return id;
}

qint64 CaptureStore::reserveMessageId()
{
    const qint64 id = m_ids->reserve(CaptureIds::Message);
    if (id == 0)
        Q_EMIT writeFailed(m_ids->error());
    return id;
}

qint64 CaptureStore::createSession(const QString &name, const QString &target, const QString &kind,
                                   qint64 startedAtMs)
{
    const qint64 id = m_ids->reserve(CaptureIds::Session);
    if (id == 0) {
        Q_EMIT writeFailed(m_ids->error());
        return 0;
    }
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
    if (exchange.id <= 0 || !m_writer)
        return;
    if (recordStreamed(exchange))
        return;
    m_writer->enqueue(CaptureWriter::ExchangeRow(m_redactor.redact(exchange)));
}

// Appends what an SSE body grew by since the last record() of its id. Returns
// false when the exchange is to be written whole (not a stream, or seen once
// and final).
bool CaptureStore::recordStreamed(const Exchange &exchange)
{
    const QByteArray contentType = exchange.responseHeader("content-type");
    const bool sse = contentType.contains("text/event-stream") &&
                     exchange.responseHeader("content-encoding").isEmpty();
    QMutexLocker lock(&m_streams->mutex);
    for (qint64 id : m_writer->takeLostStreams())
        m_streams->lost.insert(id);
    auto cursor = m_streams->open.find(exchange.id);
    if (m_streams->lost.remove(exchange.id)) {
        // A refused batch lost some of what was sent: written whole again.
        if (cursor != m_streams->open.end())
            m_streams->open.erase(cursor);
        CaptureWriter::ExchangeRow row(m_redactor.redact(exchange));
        row.dropChunks = true;
        m_writer->enqueue(std::move(row));
        return true;
    }
    if (!sse && cursor == m_streams->open.end())
        return false;
    const QByteArray &body = exchange.responseBody;
    const bool final = isFinal(exchange.state);
    using BodyWrite = CaptureWriter::ExchangeRow::BodyWrite;
    BodyWrite how = BodyWrite::Append;
    if (cursor != m_streams->open.end()) {
        const bool grew =
            sse && body.size() >= cursor->written &&
            QByteArrayView(body).sliced(cursor->written - cursor->tail.size(),
                                        cursor->tail.size()) == QByteArrayView(cursor->tail);
        if (!grew) {
            // Not the body appended to so far: written whole, its pieces dropped.
            m_streams->open.erase(cursor);
            CaptureWriter::ExchangeRow row(m_redactor.redact(exchange));
            row.dropChunks = true;
            m_writer->enqueue(std::move(row));
            return true;
        }
        how = final ? BodyWrite::AppendFinal : BodyWrite::Append;
    } else if (final) {
        return false;
    } else {
        cursor = m_streams->open.insert(exchange.id, {});
        how = BodyWrite::Whole; // the row, with the events so far
    }
    const qsizetype from = cursor->written;
    const qsizetype end = final ? body.size() : lastEventEnd(body, from, cursor->scanned);
    cursor->scanned = body.size();
    // Everything but the response body is small: redacted whole each time.
    Exchange shell = exchange;
    shell.responseBody.clear();
    CaptureWriter::ExchangeRow row(m_redactor.redact(shell));
    row.responseBody =
        m_redactor.redactBody(QByteArrayView(body).sliced(from, end - from), contentType);
    row.bodyWrite = how;
    if (final) {
        m_streams->open.erase(cursor);
    } else {
        cursor->written = end;
        cursor->tail = body.sliced(std::max<qsizetype>(0, end - kTailKept),
                                   std::min<qsizetype>(end, kTailKept));
    }
    // Queued under the lock: two records of one stream keep their order.
    m_writer->enqueue(std::move(row));
    return true;
}

void CaptureStore::recordMessage(const MessageRecord &message)
{
    if (message.id <= 0 || !m_writer)
        return;
    MessageRecord redacted = message;
    redacted.payload = m_redactor.redactBody(message.payload, "application/json");
    m_writer->enqueue(std::move(redacted));
}

void CaptureStore::linkReplay(ReplayLink what, qint64 id, qint64 originalId)
{
    if (id <= 0 || originalId <= 0 || !m_writer)
        return;
    m_writer->enqueue(CaptureWriter::ReplayLink{int(what), id, originalId});
}

void CaptureStore::setSessionEra(qint64 sessionId, const QString &era)
{
    if (sessionId <= 0 || !m_writer)
        return;
    const bool known = era == u"legacy" || era == u"modern";
    m_writer->enqueue(CaptureWriter::SessionEra{sessionId, known ? era : QString()});
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

void CaptureStore::waitForFacts()
{
    if (m_writer)
        m_writer->waitForBarrier(false, true);
}

int CaptureStore::pendingJobs() const
{
    return m_writer ? m_writer->pending() : 0;
}

} // namespace mcpscope
