#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace mcpscope {

struct SseEvent
{
    QByteArray type = "message"; // the "event" field, "message" when absent
    QByteArray data;             // "data" lines joined with \n
    QByteArray id;               // the last event ID in force when this event was dispatched
    bool operator==(const SseEvent &) const = default;
};

// An incremental parser for Server-Sent Events as the WHATWG HTML standard
// defines them (9.2.6): any chunking, CR/LF/CRLF line ends (also split across
// chunks), comments, a leading BOM, the id and retry fields.
//
// Servers are untrusted: an event (or a single line) larger than the cap is
// dropped, not buffered, and error() says so; parsing resumes at the next
// blank line. Invalid UTF-8 is passed through as bytes.
class SseParser final
{
public:
    static constexpr qsizetype kDefaultMaxEventBytes = 16 * 1024 * 1024;

    explicit SseParser(qsizetype maxEventBytes = kDefaultMaxEventBytes);

    // Feeds the next bytes of the stream; returns the events they completed.
    QList<SseEvent> feed(QByteArrayView chunk);

    QByteArray lastEventId() const { return m_lastEventId; }
    std::optional<int> retryMs() const { return m_retryMs; }
    // Set when an event was dropped since the last call; cleared by reading.
    QString takeError();
    qint64 droppedEvents() const { return m_dropped; }

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);
    void dropEvent();

    qsizetype m_max;
    QByteArray m_line; // incomplete line carried to the next chunk
    QByteArray m_data;
    QByteArray m_type;
    QByteArray m_lastEventId;
    std::optional<int> m_retryMs;
    bool m_started = false;    // past a possible leading BOM
    bool m_afterCR = false;    // last chunk ended with CR: a leading LF is part of that line end
    bool m_discarding = false; // an oversized event is being skipped
    bool m_skipLine = false;   // the rest of an oversized line is being skipped
    qint64 m_dropped = 0;
    QString m_error;
};

} // namespace mcpscope
