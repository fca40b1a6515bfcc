#pragma once

#include "capture/redaction.h"
#include "common/error.h"
#include "net/exchange.h"
#include "net/exchange_sink.h"
#include "net/message_record.h"

#include <QObject>

#include <memory>

namespace mcpscope {

class CaptureIds;
class CaptureWriter;

// The single source of truth for everything McpScope captured: an SQLite
// file in WAL mode written by one writer thread per process. Several
// processes (the GUI and a CLI, say) may record into one file at once: ids
// are reserved in the file itself, and transactions wait for each other.
//
// Contract:
//  - open() runs schema migrations on the calling thread, then starts the
//    writer. Everything else may be called only between open() and close().
//  - record()/createSession() never block on disk: they redact on the caller's
//    thread (nothing unredacted is queued), then enqueue. Ids are handed out
//    at once, so callers can link rows before they are written; they are
//    unique among all processes writing the file. An id of 0 means none
//    could be reserved (writeFailed() says why); records with id 0 are
//    dropped.
//  - exchangesCommitted() is emitted on the store's thread after each batch's
//    transaction has committed; an id reported there survives a killed process.
//  - close() (and the destructor) drain the queue: nothing recorded is lost.
//  - Readers open their own connection with CaptureReader; the writer's
//    connection is never shared.
//  - It is the ExchangeSink that net and mcp record into: their records come
//    through ExchangeSink::submit(), so observers see them before redaction.
class CaptureStore final : public QObject, public ExchangeSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureStore)

public:
    explicit CaptureStore(QObject *parent = nullptr);
    ~CaptureStore() override;

    Result<void> open(const QString &path);
    void close();
    bool isOpen() const override { return m_writer != nullptr; }
    QString path() const { return m_path; }

    Redactor &redactor() { return m_redactor; }

    qint64 reserveExchangeId() override;
    qint64 reserveMessageId() override;

    // target (a URL or a stdio command line) is stored as
    // Redactor::redactCommandLine() shows it.
    qint64 createSession(const QString &name, const QString &target, const QString &kind,
                         qint64 startedAtMs) override;
    void endSession(qint64 sessionId, qint64 endedAtMs) override;

    // Writes the exchange (exchange.id from reserveExchangeId()). Recording the
    // same id again replaces the row: streamed bodies are recorded as they grow.
    // An SSE response (text/event-stream, no Content-Encoding) recorded again
    // with a body that only grew costs what it grew by: the complete events
    // that arrived since are redacted and appended; an event still arriving
    // waits for a later record() (at the latest the final one), so a secret
    // split across network reads is redacted whole. A body that changed
    // otherwise is written whole again.
    void record(const Exchange &exchange) override;
    // Writes a JSON-RPC message (payload redacted first).
    void recordMessage(const MessageRecord &message) override;
    void linkReplay(ReplayLink what, qint64 id, qint64 originalId) override;
    // Stores sessions.era ("legacy", "modern"; anything else is stored as ""
    // = not known).
    void setSessionEra(qint64 sessionId, const QString &era) override;

    // Blocks until everything queued so far is committed. For the CLI, tests
    // and shutdown; never call it from a slot that runs on user input.
    void flush();

    // Indexes everything not yet in the full-text index, then returns (tests,
    // benchmarks, the CLI). The writer does the same in its idle time.
    void flushSearchIndex();

    // Blocks until everything queued so far is committed and call_facts
    // holds a fact for every settled exchange and stdio request in the file,
    // including rows another connection wrote (an imported bundle) and the
    // back-fill of a store from before schema 5 (tests, benchmarks, the CLI;
    // never from a slot that runs on user input).
    void waitForFacts();

    int pendingJobs() const;

Q_SIGNALS:
    void exchangesCommitted(const QList<qint64> &ids);
    // New call facts are committed. Facts of a batch commit with it, before
    // exchangesCommitted() is emitted; this also reports the back-fill's.
    void factsCommitted();
    void sessionsChanged();
    void writeFailed(const mcpscope::Error &error);

private:
    class Streams;
    bool recordStreamed(const Exchange &exchange);

    QString m_path;
    Redactor m_redactor;
    std::unique_ptr<CaptureIds> m_ids;
    std::unique_ptr<Streams> m_streams;
    std::unique_ptr<CaptureWriter> m_writer;
};

} // namespace mcpscope
