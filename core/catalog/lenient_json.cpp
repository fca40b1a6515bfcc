#include "catalog/lenient_json.h"
#include "common/translate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stream.h>

#include <vector>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope::LenientJson", "mcpscope", "mcpscope::Builder"}, text);
}

// RapidJSON's SAX events, built into QJson values on a stack of open
// containers; opening one past maxDepth stops the parser.
class Builder
{
public:
    Builder(const QByteArray &text, rapidjson::MemoryStream *stream, QStringList *notes,
            int maxDepth)
        : m_text(text), m_stream(stream), m_notes(notes), m_maxDepth(maxDepth)
    {
    }

    bool Null() { return add(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool b) { return add(QJsonValue(b)); }
    bool Int(int i) { return add(QJsonValue(i)); }
    bool Uint(unsigned u) { return add(QJsonValue(qint64(u))); }
    bool Int64(int64_t i) { return add(QJsonValue(qint64(i))); }
    bool Uint64(uint64_t u) { return add(QJsonValue(double(u))); }
    bool Double(double d) { return add(QJsonValue(d)); }
    bool RawNumber(const char *, rapidjson::SizeType, bool) { return false; }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        return add(QJsonValue(QString::fromUtf8(text, length)));
    }
    bool StartObject() { return open(true); }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        Frame &frame = m_frames.back();
        QString key = QString::fromUtf8(text, length);
        if (frame.object.contains(key)) {
            QString renamed;
            for (int n = 2;; ++n) {
                renamed = key + QLatin1Char('-') + QString::number(n);
                if (!frame.object.contains(renamed))
                    break;
            }
            if (m_notes) {
                const auto [line, column] = lineAndColumn(m_text, qsizetype(m_stream->Tell()));
                m_notes->append(tr("Line %1, column %2: the key \"%3\" appears twice in one "
                                   "object; the second is kept as \"%4\".")
                                    .arg(line)
                                    .arg(column)
                                    .arg(key, renamed));
            }
            key = renamed;
        }
        frame.key = key;
        return true;
    }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(false); }
    bool EndArray(rapidjson::SizeType) { return close(); }

    QJsonValue root() const { return m_root; }
    bool tooDeep() const { return m_tooDeep; }

private:
    struct Frame
    {
        bool isObject = false;
        QJsonObject object;
        QJsonArray array;
        QString key;
    };

    bool open(bool isObject)
    {
        if (int(m_frames.size()) >= m_maxDepth) {
            m_tooDeep = true;
            return false;
        }
        m_frames.push_back(Frame{isObject, {}, {}, {}});
        return true;
    }
    bool close()
    {
        Frame frame = std::move(m_frames.back());
        m_frames.pop_back();
        return add(frame.isObject ? QJsonValue(frame.object) : QJsonValue(frame.array));
    }
    bool add(const QJsonValue &value)
    {
        if (m_frames.empty()) {
            m_root = value;
            return true;
        }
        Frame &parent = m_frames.back();
        if (parent.isObject)
            parent.object.insert(parent.key, value);
        else
            parent.array.append(value);
        return true;
    }

    const QByteArray &m_text;
    rapidjson::MemoryStream *m_stream;
    QStringList *m_notes;
    int m_maxDepth;
    std::vector<Frame> m_frames;
    QJsonValue m_root;
    bool m_tooDeep = false;
};

} // namespace

std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return {line, column};
}

Result<QJsonValue> parseLenientJson(const QByteArray &bytes, QStringList *notes,
                                    LenientJsonLimits limits)
{
    if (bytes.size() > limits.maxBytes)
        return makeError(ErrorCode::JsonSyntax,
                         tr("The file is %1 bytes long; a configuration file over %2 bytes is not "
                            "read.")
                             .arg(bytes.size())
                             .arg(limits.maxBytes));
    // The byte order mark is blanked rather than cut, so offsets stay those of the file.
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.replace(0, 3, "   ");
    rapidjson::MemoryStream stream(text.constData(), size_t(text.size()));
    Builder builder(text, &stream, notes, limits.maxDepth);
    rapidjson::Reader reader;
    // Recursive parsing stays shallow: the builder refuses to open a
    // container past maxDepth, which ends the parse there.
    constexpr unsigned kFlags =
        rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag |
        rapidjson::kParseValidateEncodingFlag | rapidjson::kParseStopWhenDoneFlag;
    const rapidjson::ParseResult parsed = reader.Parse<kFlags>(stream, builder);
    qsizetype errorAt = -1;
    QString why;
    if (parsed.IsError()) {
        errorAt = qsizetype(parsed.Offset());
        why = builder.tooDeep()
                  ? tr("nested deeper than %1 levels").arg(limits.maxDepth)
                  : QString::fromUtf8(rapidjson::GetParseError_En(parsed.Code())).trimmed();
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1);
    } else {
        // kParseStopWhenDoneFlag stops after the value (so a NUL byte cannot
        // end the input early): what follows may only be blank or comments.
        qsizetype at = qsizetype(stream.Tell());
        while (at < text.size()) {
            const char c = text[at];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                ++at;
            } else if (c == '/' && at + 1 < text.size() && text[at + 1] == '/') {
                while (at < text.size() && text[at] != '\n')
                    ++at;
            } else if (c == '/' && at + 1 < text.size() && text[at + 1] == '*') {
                const qsizetype end = text.indexOf("*/", at + 2);
                if (end < 0)
                    break;
                at = end + 2;
            } else {
                break;
            }
        }
        if (at < text.size()) {
            errorAt = at;
            why = tr("something follows the end of the JSON value");
        }
    }
    if (errorAt >= 0) {
        const auto [line, column] = lineAndColumn(text, errorAt);
        return makeError(
            ErrorCode::JsonSyntax,
            tr("Line %1, column %2: not valid JSON (%3).").arg(line).arg(column).arg(why));
    }
    return builder.root();
}

} // namespace mcpscope
