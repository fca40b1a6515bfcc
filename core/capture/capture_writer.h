#pragma once

#include "common/error.h"
#include "net/exchange.h"
#include "net/message_record.h"

#include <QList>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <variant>

namespace mcpscope {

class CaptureIds;

// The store's writer thread (internal to capture/). Owns its own SQLite
// connection; takes jobs from a queue and writes each batch in one
// transaction, in which it also reserves the next block of row ids (ids).
// In idle time it feeds the full-text index, so ingest speed does not wait
// on tokenizing bodies. The call facts (capture/call_fact.h) of what a batch
// settles are written in the batch's transaction; rows no facts-aware writer
// wrote (stores from before schema 5, imported bundles, rows of a killed
// process) are back-filled in idle time behind watermarks, a chunk per
// transaction. Writers of other processes may share the file: each
// transaction takes the write lock up front and waits for it.
class CaptureWriter final : public QThread
{
    Q_OBJECT

public:
    struct SessionStart
    {
        qint64 id;
        QString name, target, kind;
        qint64 startedAtMs;
    };
    struct SessionEnd
    {
        qint64 id;
        qint64 endedAtMs;
    };
    // replay_of of a session, exchange or message row (see
    // ExchangeSink::linkReplay); table is 0, 1, 2 in that order.
    struct ReplayLink
    {
        int table;
        qint64 id;
        qint64 originalId;
    };
    // sessions.era (see ExchangeSink::setSessionEra).
    struct SessionEra
    {
        qint64 id;
        QString era;
    };
    struct Barrier
    {
        bool indexSearch = false;
        bool facts = false; // also bring call_facts up to date (back-fill included)
    };
    // An exchange already redacted and encoded column by column on the
    // recording thread, so the writer thread only binds and steps.
    struct ExchangeRow
    {
        explicit ExchangeRow(const Exchange &redacted);

        // What responseBody is: the whole body; or the next piece of a
        // stream whose row was written Whole before (Append), or its last
        // piece (AppendFinal). The pieces stay in response_chunks.
        enum class BodyWrite
        {
            Whole,
            Append,
            AppendFinal
        };
        BodyWrite bodyWrite = BodyWrite::Whole;
        bool dropChunks = false; // Whole over a stream's pieces: delete them

        qint64 id, sessionId, startedAtMs;
        bool final;
        QByteArray state, method, url, host, httpVersion, contentType;
        int status;
        qint64 requestSize, responseSize;
        bool truncated;
        double ttfbMs, totalMs;
        QByteArray errorCode, errorMessage;
        QByteArray requestHeaders, requestBody, responseHeaders, responseBody, tlsChain;
    };
    using Job = std::variant<ExchangeRow, MessageRecord, SessionStart, SessionEnd, ReplayLink,
                             Barrier, SessionEra>;

    CaptureWriter(QString path, CaptureIds *ids);
    ~CaptureWriter() override;

    void enqueue(Job job);
    void waitForBarrier(bool indexSearch, bool facts = false);
    void stop();
    int pending() const;
    // The exchanges of a refused batch whose stored body may now differ from
    // what was recorded (a stream's refused piece, pieces not dropped, a row
    // not written): each is to be written whole, its pieces dropped, when
    // recorded next. Empties the list; any thread.
    QList<qint64> takeLostStreams();

Q_SIGNALS:
    void exchangesCommitted(const QList<qint64> &ids);
    // Call facts were committed (with a batch, or by the back-fill).
    void factsCommitted();
    void sessionsChanged();
    void writeFailed(const mcpscope::Error &error);

protected:
    void run() override;

private:
    class Connection;

    QString m_path;
    CaptureIds *m_ids;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_barrierDone;
    std::deque<Job> m_queue;
    quint64 m_barriersQueued = 0;
    quint64 m_barriersDone = 0;
    bool m_stopping = false;
    QSet<qint64> m_lostStreams;
    std::atomic<bool> m_anyLost{false};
};

} // namespace mcpscope
