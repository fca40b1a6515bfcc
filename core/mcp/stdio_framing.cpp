#include "mcp/stdio_framing.h"

namespace mcpscope {

LineFramer::Output LineFramer::feed(QByteArrayView bytes)
{
    Output out;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', start);
        const QByteArrayView piece =
            bytes.sliced(start, (newline < 0 ? bytes.size() : newline) - start);
        if (!m_skipping) {
            // Checked before buffering, so an over-long line is dropped
            // whether it comes in one read or in many.
            if (m_buffer.size() + piece.size() > m_maxLineBytes) {
                m_buffer.clear();
                m_skipping = true;
                ++out.dropped;
            } else {
                m_buffer += piece;
            }
        }
        if (newline < 0)
            break;
        if (!m_skipping && !m_buffer.trimmed().isEmpty())
            out.lines.append(m_buffer.trimmed());
        m_buffer.clear();
        m_skipping = false;
        start = newline + 1;
    }
    return out;
}

} // namespace mcpscope
