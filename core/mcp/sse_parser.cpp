#include "mcp/sse_parser.h"

#include <QCoreApplication>

#include <cstring>

namespace mcpscope {

SseParser::SseParser(qsizetype maxEventBytes) : m_max(maxEventBytes) {}

QString SseParser::takeError()
{
    return std::exchange(m_error, QString());
}

QList<SseEvent> SseParser::feed(QByteArrayView chunk)
{
    QList<SseEvent> out;
    if (!m_started) {
        // The BOM may itself arrive in pieces.
        QByteArray head = m_line + chunk.toByteArray();
        if (head.size() < 3 && QByteArrayView("\xEF\xBB\xBF").startsWith(head)) {
            m_line = head;
            return out;
        }
        m_started = true;
        m_line.clear();
        if (head.startsWith("\xEF\xBB\xBF"))
            head.remove(0, 3);
        return feed(head);
    }
    const char *p = chunk.data();
    const char *end = p + chunk.size();
    if (m_afterCR && p < end && *p == '\n')
        ++p;
    m_afterCR = false;
    while (p < end) {
        // Find the next CR or LF.
        const char *lf = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *cr =
            static_cast<const char *>(std::memchr(p, '\r', size_t((lf ? lf : end) - p)));
        const char *eol = cr ? cr : lf;
        if (!eol) {
            if (m_skipLine || m_line.size() + (end - p) > m_max) {
                dropEvent();
                m_skipLine = true; // the rest of this line, in later chunks, is not a new line
                m_line.clear();
            } else {
                m_line.append(p, end - p);
            }
            break;
        }
        // Any line past the cap drops its event, however it was chunked.
        if (m_skipLine) {
            m_skipLine = false;
        } else if (m_line.size() + (eol - p) > m_max) {
            dropEvent();
            m_line.clear();
        } else if (m_line.isEmpty()) {
            processLine(QByteArrayView(p, eol - p), out);
        } else {
            m_line.append(p, eol - p);
            processLine(m_line, out);
            m_line.clear();
        }
        p = eol + 1;
        if (*eol == '\r') {
            if (p < end && *p == '\n')
                ++p;
            else if (p == end)
                m_afterCR = true;
        }
    }
    return out;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        if (m_discarding) {
            m_discarding = false;
            m_data.clear();
            m_type.clear();
            return;
        }
        dispatch(out);
        return;
    }
    if (m_discarding || line.front() == ':')
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        if (m_data.size() + value.size() + 1 > m_max) {
            dropEvent();
            return;
        }
        m_data.append(value);
        m_data.append('\n');
    } else if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = value.toByteArray();
    } else if (field == "retry") {
        bool digits = !value.isEmpty() && value.size() <= 9;
        for (char c : value)
            digits = digits && c >= '0' && c <= '9';
        if (digits)
            m_retryMs = value.toInt();
    }
    // Other fields are ignored, as the standard says.
}

void SseParser::dropEvent()
{
    if (m_discarding)
        return;
    m_discarding = true;
    ++m_dropped;
    m_error = QCoreApplication::translate("mcpscope::SseParser",
                                          "An SSE event larger than %1 bytes was dropped.")
                  .arg(m_max);
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    if (m_data.isEmpty()) {
        m_type.clear();
        return;
    }
    m_data.chop(1); // the last data line's \n
    SseEvent event;
    if (!m_type.isEmpty())
        event.type = m_type;
    event.data = std::move(m_data);
    event.id = m_lastEventId;
    out.append(std::move(event));
    m_data = QByteArray();
    m_type.clear();
}

} // namespace mcpscope
