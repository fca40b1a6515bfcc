#pragma once

#include "capture/capture_reader.h"
#include "common/error.h"
#include "common/findings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

class QIODevice;

namespace mcpscope {

class ExportRedactor;
class FindingsStore;
class Redactor;

// An incident report for a ticket: what a support engineer attaches so that
// someone who was not there can see what happened. For each session: the
// server, transport, protocol version and client; times; a timeline (one line
// per HTTP exchange, or per JSON-RPC message where no HTTP carried it); the
// failing exchanges with their requests and responses; the findings with
// their cause and fix; a latency summary per JSON-RPC method and tool.
//
// Failing: an HTTP status of 400 or more, a network failure, a JSON-RPC
// error, a tool result with isError. Not failing: a listening stream (a 2xx
// response) the client aborted itself, and a 405 to the listening GET (a
// server that offers no stream, as Streamable HTTP allows).
//
// Contract:
//  - load() reads everything the report needs from reader (and findings,
//    when given) at once; write() may then be called for any format, any
//    number of times, and touches no store.
//  - Every string that came from a store (so from a server, a client or a
//    user) goes through clean() before it is written: the redactor given at
//    construction is applied again, control characters are shown as \uXXXX,
//    and the format's own escaping makes it plain text. Markdown: server text
//    sits in code spans or fences whose backtick run is longer than any in
//    the text, or has every ASCII punctuation character backslash-escaped;
//    HTML: escaped, no scripts, no links, no external resources, styles
//    inline (a Content-Security-Policy forbids everything else).
//  - The redactor must outlive the report.
class IncidentReport final
{
    Q_DECLARE_TR_FUNCTIONS(mcpscope::IncidentReport)
    Q_DISABLE_COPY_MOVE(IncidentReport)

public:
    enum class Format
    {
        Markdown,
        Html
    };

    struct Limits
    {
        // Timelines longer than head + tail lines show the first head lines,
        // the last tail lines, and every failing line in between.
        int timelineHead = 50;
        int timelineTail = 50;
        // Bodies are cut at this many bytes (with a note saying so).
        qsizetype bodyBytes = 16 * 1024;
        // At most this many failing exchanges are shown in full per session.
        int failuresShown = 50;
    };

    // Latencies of one JSON-RPC method (a tool call: "tools/call NAME"),
    // milliseconds, over the responses and errors that answered a request.
    struct LatencyRow
    {
        QString key;
        int count = 0;
        double p50 = 0;
        double p95 = 0;
        double max = 0;
    };

    explicit IncidentReport(const Redactor &redactor);
    IncidentReport(const Redactor &redactor, Limits limits);
    // With an export's redactor: the user's rules apply to every stored
    // string too, and what is removed is counted in its tally (once per
    // render(): render once to count).
    explicit IncidentReport(ExportRedactor &redactor);
    IncidentReport(ExportRedactor &redactor, Limits limits);
    ~IncidentReport();

    // Reads the sessions (in the order given) and their findings (findings
    // may be null: none shown). Fails when a session does not exist or the
    // store cannot be read.
    Result<void> load(CaptureReader &reader, FindingsStore *findings,
                      const QList<qint64> &sessionIds);

    // Writes the report as UTF-8. Fails only when the device does.
    Result<void> write(QIODevice &out, Format format) const;
    QByteArray render(Format format) const;

    // A loaded session's latency summary, sorted by key.
    QList<LatencyRow> latencies(qint64 sessionId) const;

    // The nearest-rank percentile (p in 0..100) of values: the smallest value
    // with at least p % of the values at or below it; no interpolation, so it
    // is always a latency that was measured. 0 for no values.
    static double percentile(QList<double> values, double p);

    // Markdown building blocks, exposed for tests.
    // Inline text with every ASCII punctuation character backslash-escaped and
    // line breaks as spaces: no emphasis, link, autolink, HTML or entity.
    static QString markdownInline(const QString &text);
    // A code span that text cannot end early; | escaped for table cells.
    static QString markdownCode(const QString &text);
    // A fenced block, its fence longer than any backtick run in text.
    static QString markdownFence(const QString &text, const QString &info = {});
    static QString htmlEscaped(const QString &text);

private:
    struct Session;
    struct Timeline;
    enum class Source
    {
        Text,
        Url,
        CommandLine,
        Header,
    };

    // Every stored string passes here on its way into the report (see the
    // contract). context: the header's name, or the body's Content-Type.
    QString clean(QByteArrayView data, Source source = Source::Text,
                  QByteArrayView context = {}) const;
    // clean() for text already decoded.
    QString cleanText(const QString &text, Source source = Source::Text) const;

    QString bodyText(const QByteArray &body, QByteArrayView contentType, qint64 wireSize,
                     bool truncatedOnCapture) const;
    QString headerBlock(const HeaderList &headers) const;

    QString markdown() const;
    QString html() const;

    const Redactor &m_redactor;
    ExportRedactor *m_exportRedactor = nullptr; // when given: used instead of m_redactor
    Limits m_limits;
    std::vector<Session> m_sessions;
    qint64 m_generatedAtMs = 0;
};

} // namespace mcpscope
