#pragma once

#include <QByteArray>
#include <QList>

namespace mcpscope {

// Splits a stdio server's stdout into newline-delimited messages. A line
// longer than the cap (bytes before its '\n', a '\r' included) is dropped
// whole, and reported once, however its bytes arrive: the framer never holds
// more than the cap, and chunking never changes the result.
class LineFramer final
{
public:
    struct Output
    {
        QList<QByteArray> lines; // complete lines, trimmed; blank lines skipped
        int dropped = 0;         // lines found over the cap during this feed
    };

    explicit LineFramer(qsizetype maxLineBytes) : m_maxLineBytes(maxLineBytes) {}

    Output feed(QByteArrayView bytes);
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    qsizetype m_maxLineBytes;
    bool m_skipping = false; // the current line is over the cap and being discarded
};

} // namespace mcpscope
