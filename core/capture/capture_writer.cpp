#include "capture/capture_writer.h"

#include "capture/capture_codec.h"
#include "capture/capture_schema.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace mcpscope {

namespace {

constexpr int kMaxJobsPerTransaction = 4096;
constexpr int kIndexChunk = 512;

bool isFinal(Exchange::State state)
{
    return state == Exchange::State::Complete || state == Exchange::State::Failed;
}

// The tokenizer would turn binary bodies into noise terms.
QByteArray indexableText(const QByteArray &body)
{
    return body.contains('\0') ? QByteArray() : body;
}

// NOT NULL text columns: a null QString would bind as SQL NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant blob(const QByteArray &value)
{
    return value.isNull() ? QVariant(QByteArray("")) : QVariant(value);
}

} // namespace

class CaptureWriter::Connection
{
public:
    explicit Connection(const QString &path)
    {
        static std::atomic<int> serial{0};
        m_name = QStringLiteral("mcpscope-writer-%1").arg(serial.fetch_add(1));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
    }
    ~Connection()
    {
        m_upsertExchange.clear();
        m_upsertBody.clear();
        m_indexText.clear();
        m_selectUnindexed.clear();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    Result<void> open()
    {
        if (!m_db.open())
            return makeError(QStringLiteral("store.open"),
                             tr("Could not open the capture store: %1").arg(m_db.lastError().text()));
        if (auto ok = CaptureSchema::configureConnection(m_db); !ok)
            return ok;
        m_upsertExchange = prepare(QStringLiteral(
            "INSERT INTO exchanges(id, session_id, started_at, state, method, url, host, status,"
            " http_version, content_type, request_size, response_size, response_truncated,"
            " ttfb_ms, total_ms, error_code, error_message)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET session_id=excluded.session_id,"
            " started_at=excluded.started_at, state=excluded.state, method=excluded.method,"
            " url=excluded.url, host=excluded.host, status=excluded.status,"
            " http_version=excluded.http_version, content_type=excluded.content_type,"
            " request_size=excluded.request_size, response_size=excluded.response_size,"
            " response_truncated=excluded.response_truncated, ttfb_ms=excluded.ttfb_ms,"
            " total_ms=excluded.total_ms, error_code=excluded.error_code,"
            " error_message=excluded.error_message"));
        m_upsertBody = prepare(QStringLiteral(
            "INSERT INTO exchange_bodies(exchange_id, request_headers, request_body,"
            " response_headers, response_body, tls_chain) VALUES (?,?,?,?,?,?)"
            " ON CONFLICT(exchange_id) DO UPDATE SET request_headers=excluded.request_headers,"
            " request_body=excluded.request_body, response_headers=excluded.response_headers,"
            " response_body=excluded.response_body, tls_chain=excluded.tls_chain"));
        m_indexText = prepare(QStringLiteral(
            "INSERT INTO exchange_text(rowid, url, request_body, response_body) VALUES (?,?,?,?)"));
        m_selectUnindexed = prepare(QStringLiteral(
            "SELECT e.id, e.url, e.state, b.request_body, b.response_body FROM exchanges e"
            " JOIN exchange_bodies b ON b.exchange_id = e.id WHERE e.id > ? ORDER BY e.id LIMIT ?"));
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT value FROM store_meta WHERE key='fts_watermark'")) && q.next())
            m_watermark = q.value(0).toLongLong();
        q.finish();
        if (q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM exchanges WHERE id > %1)").arg(m_watermark))
            && q.next())
            m_indexBehind = q.value(0).toBool();
        if (!m_error.code.isEmpty())
            return Failure{m_error};
        return {};
    }

    // Writes one batch in one transaction. Returns the exchange ids written.
    Result<QList<qint64>> write(std::deque<Job> &jobs, bool *sessionsTouched)
    {
        QList<qint64> ids;
        if (!m_db.transaction())
            return fail(tr("Could not start a write transaction: %1").arg(m_db.lastError().text()));
        for (Job &job : jobs) {
            if (auto *e = std::get_if<Exchange>(&job)) {
                if (!writeExchange(*e)) {
                    m_db.rollback();
                    return Failure{m_error};
                }
                ids.append(e->id);
            } else if (auto *s = std::get_if<SessionStart>(&job)) {
                QSqlQuery q(m_db);
                q.prepare(QStringLiteral("INSERT OR REPLACE INTO sessions(id, name, target, kind, started_at)"
                                         " VALUES (?,?,?,?,?)"));
                q.addBindValue(s->id);
                q.addBindValue(s->name);
                q.addBindValue(s->target);
                q.addBindValue(s->kind);
                q.addBindValue(s->startedAtMs);
                if (!exec(q)) {
                    m_db.rollback();
                    return Failure{m_error};
                }
                *sessionsTouched = true;
            } else if (auto *end = std::get_if<SessionEnd>(&job)) {
                QSqlQuery q(m_db);
                q.prepare(QStringLiteral("UPDATE sessions SET ended_at=? WHERE id=?"));
                q.addBindValue(end->endedAtMs);
                q.addBindValue(end->id);
                if (!exec(q)) {
                    m_db.rollback();
                    return Failure{m_error};
                }
                *sessionsTouched = true;
            }
        }
        if (!m_db.commit())
            return fail(tr("Could not commit captured data: %1").arg(m_db.lastError().text()));
        if (!ids.isEmpty())
            m_indexBehind = true;
        return ids;
    }

    bool indexBehind() const { return m_indexBehind; }

    // Indexes up to one chunk of rows past the watermark, in one transaction.
    Result<void> indexChunk()
    {
        m_indexBehind = false; // set again below on success: a failing index must not spin
        if (!m_db.transaction())
            return fail(tr("Could not start an index transaction: %1").arg(m_db.lastError().text()));
        m_selectUnindexed.addBindValue(m_watermark);
        m_selectUnindexed.addBindValue(kIndexChunk);
        if (!exec(m_selectUnindexed)) {
            m_db.rollback();
            return Failure{m_error};
        }
        struct Row
        {
            qint64 id;
            QString url;
            bool final;
            QByteArray request, response;
        };
        QList<Row> rows;
        while (m_selectUnindexed.next())
            rows.append({m_selectUnindexed.value(0).toLongLong(), m_selectUnindexed.value(1).toString(),
                         isFinal(stateFromName(m_selectUnindexed.value(2).toString())),
                         m_selectUnindexed.value(3).toByteArray(), m_selectUnindexed.value(4).toByteArray()});
        m_selectUnindexed.finish();
        for (const Row &row : rows) {
            if (row.final) {
                if (!indexRow(row.id, row.url, row.request, row.response)) {
                    m_db.rollback();
                    return Failure{m_error};
                }
            } else {
                m_openBelowWatermark.insert(row.id);
            }
        }
        if (!rows.isEmpty())
            m_watermark = rows.last().id;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE store_meta SET value=? WHERE key='fts_watermark'"));
        q.addBindValue(m_watermark);
        if (!exec(q)) {
            m_db.rollback();
            return Failure{m_error};
        }
        if (!m_db.commit())
            return fail(tr("Could not commit the search index: %1").arg(m_db.lastError().text()));
        m_indexBehind = rows.size() == kIndexChunk;
        return {};
    }

private:
    QSqlQuery prepare(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.prepare(sql) && m_error.code.isEmpty())
            m_error = {QStringLiteral("store.sql"),
                       tr("The capture store could not prepare a statement: %1").arg(q.lastError().text())};
        return q;
    }

    bool exec(QSqlQuery &q)
    {
        if (q.exec())
            return true;
        m_error = {QStringLiteral("store.write"),
                   tr("Writing the capture store failed: %1. Check free disk space and that the "
                      "file is writable.")
                       .arg(q.lastError().text())};
        return false;
    }

    Failure fail(const QString &message)
    {
        m_error = {QStringLiteral("store.write"), message};
        return Failure{m_error};
    }

    bool indexRow(qint64 id, const QString &url, const QByteArray &request, const QByteArray &response)
    {
        m_indexText.addBindValue(id);
        m_indexText.addBindValue(url);
        m_indexText.addBindValue(QString::fromUtf8(indexableText(request)));
        m_indexText.addBindValue(QString::fromUtf8(indexableText(response)));
        return exec(m_indexText);
    }

    bool writeExchange(const Exchange &e)
    {
        QSqlQuery &q = m_upsertExchange;
        q.bindValue(0, e.id);
        q.bindValue(1, e.sessionId > 0 ? QVariant(e.sessionId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.bindValue(2, e.startedAtMs);
        q.bindValue(3, text(stateName(e.state)));
        q.bindValue(4, text(QString::fromLatin1(e.method)));
        q.bindValue(5, text(e.url));
        q.bindValue(6, text(QUrl(e.url).host()));
        q.bindValue(7, e.status);
        q.bindValue(8, text(e.httpVersion));
        q.bindValue(9, text(QString::fromLatin1(e.responseHeader("content-type"))));
        q.bindValue(10, qint64(e.requestBody.size()));
        q.bindValue(11, e.responseBodySize);
        q.bindValue(12, e.responseTruncated ? 1 : 0);
        q.bindValue(13, e.ttfbMs);
        q.bindValue(14, e.totalMs);
        q.bindValue(15, text(e.errorCode));
        q.bindValue(16, text(e.errorMessage));
        if (!exec(q))
            return false;
        QSqlQuery &b = m_upsertBody;
        b.bindValue(0, e.id);
        b.bindValue(1, blob(CaptureCodec::encodeHeaders(e.requestHeaders)));
        b.bindValue(2, blob(e.requestBody));
        b.bindValue(3, blob(CaptureCodec::encodeHeaders(e.responseHeaders)));
        b.bindValue(4, blob(e.responseBody));
        b.bindValue(5, text(CaptureCodec::encodeTlsChain(e.tlsChain)));
        if (!exec(b))
            return false;
        // Rows the indexer passed while they were still streaming are indexed
        // when they settle; rows past the watermark wait for the indexer.
        if (isFinal(e.state) && m_openBelowWatermark.remove(e.id))
            return indexRow(e.id, e.url, e.requestBody, e.responseBody);
        return true;
    }

    QString m_name;
    QSqlDatabase m_db;
    QSqlQuery m_upsertExchange, m_upsertBody, m_indexText, m_selectUnindexed;
    qint64 m_watermark = 0;
    bool m_indexBehind = false;
    QSet<qint64> m_openBelowWatermark;
    Error m_error;
};

CaptureWriter::CaptureWriter(QString path) : m_path(std::move(path)) {}

CaptureWriter::~CaptureWriter()
{
    stop();
}

void CaptureWriter::enqueue(Job job)
{
    QMutexLocker locker(&m_mutex);
    m_queue.push_back(std::move(job));
    m_wake.wakeOne();
}

void CaptureWriter::waitForBarrier(bool indexSearch)
{
    QMutexLocker locker(&m_mutex);
    if (!isRunning())
        return;
    const quint64 ticket = ++m_barriersQueued;
    m_queue.push_back(Barrier{indexSearch});
    m_wake.wakeOne();
    while (m_barriersDone < ticket && isRunning())
        m_barrierDone.wait(&m_mutex, 100);
}

void CaptureWriter::stop()
{
    {
        QMutexLocker locker(&m_mutex);
        m_stopping = true;
        m_wake.wakeOne();
    }
    wait();
}

int CaptureWriter::pending() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_queue.size());
}

void CaptureWriter::run()
{
    Connection db(m_path);
    if (auto ok = db.open(); !ok) {
        Q_EMIT writeFailed(ok.error());
        QMutexLocker locker(&m_mutex);
        m_barriersDone = m_barriersQueued;
        m_barrierDone.wakeAll();
        return;
    }
    for (;;) {
        std::deque<Job> batch;
        {
            QMutexLocker locker(&m_mutex);
            while (m_queue.empty() && !m_stopping && !db.indexBehind())
                m_wake.wait(&m_mutex);
            if (m_queue.empty() && m_stopping)
                break;
            // Take jobs up to and including the first barrier, so a barrier
            // is released only once everything before it is committed.
            while (!m_queue.empty() && batch.size() < kMaxJobsPerTransaction) {
                const bool barrier = std::holds_alternative<Barrier>(m_queue.front());
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
                if (barrier)
                    break;
            }
        }
        if (batch.empty()) {
            if (auto ok = db.indexChunk(); !ok)
                Q_EMIT writeFailed(ok.error());
            continue;
        }
        bool sessionsTouched = false;
        auto written = db.write(batch, &sessionsTouched);
        if (!written)
            Q_EMIT writeFailed(written.error());
        else if (!written->isEmpty())
            Q_EMIT exchangesCommitted(*written);
        if (sessionsTouched)
            Q_EMIT sessionsChanged();
        if (const auto *barrier = std::get_if<Barrier>(&batch.back())) {
            if (barrier->indexSearch) {
                while (db.indexBehind()) {
                    if (auto ok = db.indexChunk(); !ok) {
                        Q_EMIT writeFailed(ok.error());
                        break;
                    }
                }
            }
            QMutexLocker locker(&m_mutex);
            ++m_barriersDone;
            m_barrierDone.wakeAll();
        }
    }
    QMutexLocker locker(&m_mutex);
    m_barriersDone = m_barriersQueued;
    m_barrierDone.wakeAll();
}

} // namespace mcpscope
