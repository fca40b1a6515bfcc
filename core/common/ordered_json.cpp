#include "common/ordered_json.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cctype>

namespace mcpscope {

namespace {

// One pass over the text, by hand rather than through a JSON library: it must
// keep the bytes of strings and numbers and the order of keys, and report
// where each top-level member lies, none of which QJsonDocument does (nor
// nlohmann::ordered_json 3.11, which re-encodes strings and numbers and keeps
// no byte offsets).
class Scanner
{
public:
    enum class Output
    {
        None,
        Indented,
        Compact
    };
    // A top-level member or element: where its key (quotes included; empty
    // for array elements) and its value lie.
    struct Item
    {
        qsizetype keyBegin = 0, keyEnd = 0, valueBegin = 0, valueEnd = 0;
    };

    Scanner(QByteArrayView in, int maxDepth, Output output)
        : m_in(in), m_maxDepth(maxDepth), m_output(output)
    {
    }

    bool run()
    {
        if (m_output != Output::None)
            m_out.reserve(m_in.size() + m_in.size() / 4);
        skipSpace();
        if (m_pos < m_in.size())
            m_topLevel = m_in[m_pos];
        if (!value(0))
            return false;
        skipSpace();
        if (m_pos != m_in.size())
            return fail("unexpected data after the JSON value");
        return true;
    }

    QByteArray result() { return std::move(m_out); }
    char topLevel() const { return m_topLevel; }
    const QList<Item> &items() const { return m_items; }
    QString error() const
    {
        return QStringLiteral("%1 at byte %2").arg(QString::fromLatin1(m_error)).arg(m_pos);
    }

private:
    bool fail(const char *why)
    {
        m_error = why;
        return false;
    }
    void put(QByteArrayView bytes)
    {
        if (m_output != Output::None)
            m_out.append(bytes);
    }
    void put(char c)
    {
        if (m_output != Output::None)
            m_out.append(c);
    }
    void skipSpace()
    {
        while (m_pos < m_in.size() && (m_in[m_pos] == ' ' || m_in[m_pos] == '\n' ||
                                       m_in[m_pos] == '\r' || m_in[m_pos] == '\t'))
            ++m_pos;
    }
    void newline(int depth)
    {
        if (m_output != Output::Indented)
            return;
        m_out.append('\n');
        m_out.append(QByteArray(depth * 2, ' '));
    }
    bool value(int depth)
    {
        if (depth > m_maxDepth)
            return fail("nesting deeper than the limit");
        if (m_pos >= m_in.size())
            return fail("unexpected end of input");
        const char c = m_in[m_pos];
        if (c == '{' || c == '[')
            return container(depth, c, c == '{' ? '}' : ']');
        if (c == '"')
            return string();
        if (c == '-' || (c >= '0' && c <= '9'))
            return number();
        for (QByteArrayView word :
             {QByteArrayView("true"), QByteArrayView("false"), QByteArrayView("null")}) {
            if (m_in.sliced(m_pos).startsWith(word)) {
                put(word);
                m_pos += word.size();
                return true;
            }
        }
        return fail("unexpected character");
    }
    bool container(int depth, char open, char close)
    {
        put(open);
        ++m_pos;
        skipSpace();
        if (m_pos < m_in.size() && m_in[m_pos] == close) {
            put(close);
            ++m_pos;
            return true;
        }
        for (;;) {
            newline(depth + 1);
            skipSpace();
            Item item;
            if (open == '{') {
                if (m_pos >= m_in.size() || m_in[m_pos] != '"')
                    return fail("expected a string key");
                item.keyBegin = m_pos;
                if (!string())
                    return false;
                item.keyEnd = m_pos;
                skipSpace();
                if (m_pos >= m_in.size() || m_in[m_pos] != ':')
                    return fail("expected ':'");
                ++m_pos;
                put(m_output == Output::Indented ? QByteArrayView(": ") : QByteArrayView(":"));
                skipSpace();
            }
            item.valueBegin = m_pos;
            if (!value(depth + 1))
                return false;
            item.valueEnd = m_pos;
            if (depth == 0)
                m_items.append(item);
            skipSpace();
            if (m_pos >= m_in.size())
                return fail("unexpected end of input");
            if (m_in[m_pos] == ',') {
                put(',');
                ++m_pos;
                skipSpace();
                continue;
            }
            if (m_in[m_pos] == close) {
                newline(depth);
                put(close);
                ++m_pos;
                return true;
            }
            return fail(open == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
        }
    }
    bool string()
    {
        const qsizetype start = m_pos++;
        while (m_pos < m_in.size()) {
            const unsigned char c = static_cast<unsigned char>(m_in[m_pos]);
            if (c == '"') {
                ++m_pos;
                put(m_in.sliced(start, m_pos - start));
                return true;
            }
            if (c < 0x20)
                return fail("control character in a string");
            if (c == '\\') {
                if (m_pos + 1 >= m_in.size())
                    return fail("unterminated string");
                const char e = m_in[m_pos + 1];
                if (e == 'u') {
                    if (m_pos + 5 >= m_in.size())
                        return fail("truncated \\u escape");
                    for (int k = 2; k < 6; ++k)
                        if (!std::isxdigit(static_cast<unsigned char>(m_in[m_pos + k])))
                            return fail("bad \\u escape");
                    m_pos += 6;
                    continue;
                }
                if (!QByteArrayView("\"\\/bfnrt").contains(e))
                    return fail("bad escape");
                m_pos += 2;
                continue;
            }
            ++m_pos;
        }
        return fail("unterminated string");
    }
    bool number()
    {
        const qsizetype start = m_pos;
        if (m_in[m_pos] == '-')
            ++m_pos;
        auto digits = [this] {
            const qsizetype s = m_pos;
            while (m_pos < m_in.size() && m_in[m_pos] >= '0' && m_in[m_pos] <= '9')
                ++m_pos;
            return m_pos - s;
        };
        if (m_pos < m_in.size() && m_in[m_pos] == '0')
            ++m_pos;
        else if (digits() == 0)
            return fail("bad number");
        if (m_pos < m_in.size() && m_in[m_pos] == '.') {
            ++m_pos;
            if (digits() == 0)
                return fail("bad number");
        }
        if (m_pos < m_in.size() && (m_in[m_pos] == 'e' || m_in[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_in.size() && (m_in[m_pos] == '+' || m_in[m_pos] == '-'))
                ++m_pos;
            if (digits() == 0)
                return fail("bad number");
        }
        put(m_in.sliced(start, m_pos - start));
        return true;
    }

    QByteArrayView m_in;
    int m_maxDepth;
    Output m_output;
    qsizetype m_pos = 0;
    char m_topLevel = 0;
    QByteArray m_out;
    QList<Item> m_items;
    const char *m_error = "";
};

Result<QByteArray> reformat(QByteArrayView json, int maxDepth, Scanner::Output output)
{
    Scanner scanner(json, maxDepth, output);
    if (!scanner.run())
        return makeError(ErrorCode::JsonSyntax, scanner.error());
    return scanner.result();
}

// A key as written (quotes included), decoded. Keys are nearly always plain
// ASCII; any other (escapes, UTF-8, bad bytes) is decoded by QJsonDocument,
// so both read every key the same way.
QString decodeKey(QByteArrayView quoted)
{
    const QByteArrayView inner = quoted.sliced(1, quoted.size() - 2);
    if (std::all_of(inner.begin(), inner.end(),
                    [](char c) { return c != '\\' && static_cast<unsigned char>(c) < 0x80; }))
        return QString::fromLatin1(inner);
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + quoted.toByteArray() + QByteArray("]"), &error);
    // Bytes that are not UTF-8, which Qt refuses: shown with U+FFFD.
    return error.error == QJsonParseError::NoError ? doc.array().at(0).toString()
                                                   : QString::fromUtf8(inner);
}

} // namespace

Result<void> checkJson(QByteArrayView json, int maxDepth)
{
    Scanner scanner(json, maxDepth, Scanner::Output::None);
    if (!scanner.run())
        return makeError(ErrorCode::JsonSyntax, scanner.error());
    return {};
}

Result<QByteArray> indentJson(QByteArrayView json, int maxDepth)
{
    return reformat(json, maxDepth, Scanner::Output::Indented);
}

Result<QByteArray> compactJson(QByteArrayView json, int maxDepth)
{
    return reformat(json, maxDepth, Scanner::Output::Compact);
}

std::optional<QList<std::pair<QString, QByteArray>>> jsonMembers(QByteArrayView json, int maxDepth)
{
    Scanner scanner(json, maxDepth, Scanner::Output::None);
    if (!scanner.run() || scanner.topLevel() != '{')
        return std::nullopt;
    QList<std::pair<QString, QByteArray>> out;
    out.reserve(scanner.items().size());
    for (const Scanner::Item &item : scanner.items())
        out.append({decodeKey(json.sliced(item.keyBegin, item.keyEnd - item.keyBegin)),
                    json.sliced(item.valueBegin, item.valueEnd - item.valueBegin).toByteArray()});
    return out;
}

std::optional<QByteArray> jsonMember(QByteArrayView json, QStringView key, int maxDepth)
{
    Scanner scanner(json, maxDepth, Scanner::Output::None);
    if (!scanner.run() || scanner.topLevel() != '{')
        return std::nullopt;
    const QList<Scanner::Item> &items = scanner.items();
    for (auto it = items.crbegin(); it != items.crend(); ++it)
        if (decodeKey(json.sliced(it->keyBegin, it->keyEnd - it->keyBegin)) == key)
            return json.sliced(it->valueBegin, it->valueEnd - it->valueBegin).toByteArray();
    return std::nullopt;
}

std::optional<QList<QByteArray>> jsonElements(QByteArrayView json, int maxDepth)
{
    Scanner scanner(json, maxDepth, Scanner::Output::None);
    if (!scanner.run() || scanner.topLevel() != '[')
        return std::nullopt;
    QList<QByteArray> out;
    out.reserve(scanner.items().size());
    for (const Scanner::Item &item : scanner.items())
        out.append(json.sliced(item.valueBegin, item.valueEnd - item.valueBegin).toByteArray());
    return out;
}

QByteArray jsonStringLiteral(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    static const char hex[] = "0123456789abcdef";
    const auto appendEscaped = [&out](char16_t unit) {
        out.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4)
            out.append(hex[(unit >> shift) & 15]);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            out.append(text.sliced(i, 2).toUtf8());
            ++i;
            continue;
        }
        // A surrogate without its pair (a server may send "\ude0a") has no UTF-8
        // form; the escape keeps it, so the literal reads back as the same string.
        if (QChar::isSurrogate(c)) {
            appendEscaped(c);
            continue;
        }
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (c < 0x20)
                appendEscaped(c);
            else if (c < 0x80)
                out.append(char(c));
            else
                out.append(text.sliced(i, 1).toUtf8());
        }
    }
    out.append('"');
    return out;
}

QByteArray jsonValueText(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).sliced(1);
}

QByteArray jsonObjectText(const QList<std::pair<QString, QByteArray>> &members)
{
    QByteArray out("{");
    for (const auto &[key, value] : members) {
        if (out.size() > 1)
            out.append(',');
        out.append(jsonStringLiteral(key));
        out.append(':');
        out.append(value);
    }
    out.append('}');
    return out;
}

} // namespace mcpscope
