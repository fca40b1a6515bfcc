#include "export/har_writer.h"
#include "common/translate.h"

#include "capture/call_fact.h"
#include "capture/capture_reader.h"
#include "capture/findings_store.h"
#include "common/error_code.h"
#include "mcp/sse_parser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope::HarWriter", "mcpscope::Writer"}, text);
}

constexpr int kPage = 500;

QString isoTime(qint64 ms)
{
    // What QDateTime's Qt::ISODateWithMs gives in UTC, with the date and time
    // of day formatted once a second (an export formats two a message).
    thread_local qint64 cachedSecond = std::numeric_limits<qint64>::min();
    thread_local QString cachedPrefix; // "2026-11-30T08:00:00", empty: no shortcut
    const qint64 second = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    if (second != cachedSecond) {
        cachedSecond = second;
        cachedPrefix = QDateTime::fromMSecsSinceEpoch(second * 1000, Qt::UTC).toString(Qt::ISODate);
        // Years 0 to 9999 read "YYYY-MM-DDTHH:MM:SSZ"; others take the long way.
        if (cachedPrefix.size() == 20 && cachedPrefix.endsWith(QLatin1Char('Z')))
            cachedPrefix.chop(1);
        else
            cachedPrefix.clear();
    }
    if (cachedPrefix.isEmpty())
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    const int milli = int(ms - second * 1000);
    QString out;
    out.reserve(24);
    out += cachedPrefix;
    out += QLatin1Char('.');
    out += QLatin1Char(char('0' + milli / 100));
    out += QLatin1Char(char('0' + milli / 10 % 10));
    out += QLatin1Char(char('0' + milli % 10));
    out += QLatin1Char('Z');
    return out;
}

// Calls page() with each page of exchange ids in scope, ascending per part.
Result<void> forEachPage(CaptureReader &reader, const ExportScope &scope,
                         const std::function<Result<void>(const QList<qint64> &)> &page)
{
    auto walk = [&](const CaptureFilter &filter) -> Result<void> {
        qint64 after = 0;
        while (true) {
            const auto ids = reader.exchangeIds(filter, after, kPage);
            if (!ids)
                return Failure{ids.error()};
            if (!ids->isEmpty())
                if (auto done = page(*ids); !done)
                    return done;
            if (ids->size() < kPage)
                return {};
            after = ids->last();
        }
    };
    if (scope.isWholeStore())
        return walk(CaptureFilter{});
    for (qint64 session : scope.sessionIds) {
        if (session <= 0)
            continue;
        CaptureFilter filter;
        filter.sessionId = session;
        if (auto done = walk(filter); !done)
            return done;
    }
    QList<qint64> ids = scope.exchangeIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (qsizetype i = 0; i < ids.size(); i += kPage)
        if (auto done = page(ids.mid(i, kPage)); !done)
            return done;
    return {};
}

// JSON text written straight into a buffer: an export writes hundreds of
// thousands of entries, and QJsonObject's allocations cost more than the
// rest of the export together.
class JsonOut
{
public:
    QByteArray &bytes() { return m_out; }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(const char *name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_afterKey = true;
    }
    void string(QByteArrayView utf8)
    {
        separate();
        m_out += '"';
        if (QUtf8StringView(utf8).isValidUtf8())
            escape(utf8);
        else
            escape(QString::fromUtf8(utf8).toUtf8()); // invalid sequences become U+FFFD
        m_out += '"';
    }
    void string(const QByteArray &utf8) { string(QByteArrayView(utf8)); }
    void string(const QString &text)
    {
        // toUtf8() gives valid UTF-8 (a lone surrogate becomes U+FFFD): no
        // need to check it again.
        const QByteArray utf8 = text.toUtf8();
        separate();
        m_out += '"';
        escape(utf8);
        m_out += '"';
    }
    void number(double value)
    {
        separate();
        if (value == double(qint64(value)) && std::abs(value) < 1e15)
            m_out += QByteArray::number(qint64(value));
        else
            m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }
    void integer(qint64 value)
    {
        separate();
        m_out += QByteArray::number(value);
    }
    void boolean(bool value)
    {
        separate();
        m_out += value ? "true" : "false";
    }
    void null()
    {
        separate();
        m_out += "null";
    }
    // A JSON text known to be valid, as it is.
    void raw(QByteArrayView json)
    {
        separate();
        m_out += json;
    }
    void member(const char *name, QByteArrayView utf8)
    {
        key(name);
        string(utf8);
    }
    void member(const char *name, const QByteArray &utf8)
    {
        key(name);
        string(QByteArrayView(utf8));
    }
    void member(const char *name, const QString &text)
    {
        key(name);
        string(text);
    }
    void member(const char *name, const char *latin1)
    {
        key(name);
        string(QByteArrayView(latin1));
    }

private:
    void open(char c)
    {
        separate();
        m_out += c;
        m_first = true;
    }
    void close(char c)
    {
        m_out += c;
        m_first = false;
        m_afterKey = false;
    }
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first && !m_out.isEmpty())
            m_out += ',';
        m_first = false;
    }
    void escape(QByteArrayView s)
    {
        static const char hex[] = "0123456789abcdef";
        qsizetype run = 0;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const uchar c = uchar(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            m_out.append(s.constData() + run, i - run);
            run = i + 1;
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default:
                m_out += "\\u00";
                m_out += hex[c >> 4];
                m_out += hex[c & 15];
            }
        }
        m_out.append(s.constData() + run, s.size() - run);
    }

    QByteArray m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

// Whether bytes are one JSON value (RFC 8259), without building it: a
// payload that is JSON goes into the HAR as JSON, anything else as a string.
class JsonCheck
{
public:
    static bool isJson(QByteArrayView s)
    {
        JsonCheck c{s};
        c.space();
        if (!c.value(0))
            return false;
        c.space();
        return c.m_at == s.size();
    }

private:
    explicit JsonCheck(QByteArrayView s) : m_s(s) {}
    bool more() const { return m_at < m_s.size(); }
    char peek() const { return m_s[m_at]; }
    void space()
    {
        while (more() && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t'))
            ++m_at;
    }
    bool literal(const char *word)
    {
        const QByteArrayView w(word);
        if (m_s.sliced(m_at).startsWith(w)) {
            m_at += w.size();
            return true;
        }
        return false;
    }
    bool string()
    {
        ++m_at; // the quote
        while (more()) {
            const uchar c = uchar(peek());
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                ++m_at;
                if (!more())
                    return false;
                const char e = peek();
                if (e == 'u') {
                    for (int i = 1; i <= 4; ++i)
                        if (m_at + i >= m_s.size() || !isxdigit(uchar(m_s[m_at + i])))
                            return false;
                    m_at += 4;
                } else if (!QByteArrayView("\"\\/bfnrt").contains(e)) {
                    return false;
                }
            }
            ++m_at;
        }
        return false;
    }
    bool number()
    {
        const qsizetype start = m_at;
        if (peek() == '-')
            ++m_at;
        if (!more() || !isdigit(uchar(peek())))
            return false;
        if (peek() == '0')
            ++m_at;
        else
            while (more() && isdigit(uchar(peek())))
                ++m_at;
        if (more() && peek() == '.') {
            ++m_at;
            if (!more() || !isdigit(uchar(peek())))
                return false;
            while (more() && isdigit(uchar(peek())))
                ++m_at;
        }
        if (more() && (peek() == 'e' || peek() == 'E')) {
            ++m_at;
            if (more() && (peek() == '+' || peek() == '-'))
                ++m_at;
            if (!more() || !isdigit(uchar(peek())))
                return false;
            while (more() && isdigit(uchar(peek())))
                ++m_at;
        }
        return m_at > start;
    }
    bool value(int depth)
    {
        if (!more() || depth > 256)
            return false;
        switch (peek()) {
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        case '{':
        case '[': {
            const char close = peek() == '{' ? '}' : ']';
            const bool object = close == '}';
            ++m_at;
            space();
            if (more() && peek() == close) {
                ++m_at;
                return true;
            }
            while (true) {
                space();
                if (object) {
                    if (!more() || peek() != '"' || !string())
                        return false;
                    space();
                    if (!more() || peek() != ':')
                        return false;
                    ++m_at;
                    space();
                }
                if (!value(depth + 1))
                    return false;
                space();
                if (!more())
                    return false;
                if (peek() == close) {
                    ++m_at;
                    return true;
                }
                if (peek() != ',')
                    return false;
                ++m_at;
            }
        }
        default:
            return number();
        }
    }

    QByteArrayView m_s;
    qsizetype m_at = 0;
};

// Text when the bytes are UTF-8 without NULs, else base64.
bool isText(const QByteArray &body)
{
    if (body.contains('\0'))
        return false;
    return QUtf8StringView(body).isValidUtf8();
}

void writeHeaders(JsonOut &j, const HeaderList &headers)
{
    j.beginArray();
    for (const auto &[name, value] : headers) {
        // Qt joins repeated headers (Set-Cookie) with '\n': one HAR header each.
        for (const QByteArray &line : value.split('\n')) {
            j.beginObject();
            j.member("name", name);
            j.member("value", line);
            j.endObject();
        }
    }
    j.endArray();
}

void writeRequestCookies(JsonOut &j, const HeaderList &headers)
{
    j.beginArray();
    for (const auto &[name, value] : headers) {
        if (name.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : value.split(';')) {
            const QByteArray item = part.trimmed();
            if (item.isEmpty())
                continue;
            const qsizetype eq = item.indexOf('=');
            j.beginObject();
            j.member("name", eq < 0 ? item : item.left(eq));
            j.member("value", eq < 0 ? QByteArray() : item.mid(eq + 1));
            j.endObject();
        }
    }
    j.endArray();
}

void writeResponseCookies(JsonOut &j, const HeaderList &headers)
{
    j.beginArray();
    for (const auto &[name, value] : headers) {
        if (name.compare("set-cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &line : value.split('\n')) {
            const QList<QByteArray> parts = line.split(';');
            const QByteArray first = parts.value(0).trimmed();
            if (first.isEmpty())
                continue;
            const qsizetype eq = first.indexOf('=');
            j.beginObject();
            j.member("name", eq < 0 ? first : first.left(eq));
            j.member("value", eq < 0 ? QByteArray() : first.mid(eq + 1));
            for (qsizetype i = 1; i < parts.size(); ++i) {
                const QByteArray attr = parts[i].trimmed();
                const qsizetype aeq = attr.indexOf('=');
                const QByteArray key = (aeq < 0 ? attr : attr.left(aeq)).toLower();
                const QByteArray val = aeq < 0 ? QByteArray() : attr.mid(aeq + 1);
                if (key == "path") {
                    j.member("path", val);
                } else if (key == "domain") {
                    j.member("domain", val);
                } else if (key == "expires") {
                    // An HTTP-date ("Wed, 21 Oct 2026 07:28:00 GMT"), which
                    // Qt's RFC 2822 parser refuses for its "GMT".
                    const qint64 at = CallFactParse::httpDateMs(val);
                    if (at >= 0)
                        j.member("expires", isoTime(at));
                } else if (key == "httponly") {
                    j.key("httpOnly");
                    j.boolean(true);
                } else if (key == "secure") {
                    j.key("secure");
                    j.boolean(true);
                }
            }
            j.endObject();
        }
    }
    j.endArray();
}

void writeQueryString(JsonOut &j, const QString &url)
{
    j.beginArray();
    const qsizetype q = url.indexOf(QLatin1Char('?'));
    if (q >= 0) {
        const QUrlQuery query(QUrl(url).query(QUrl::FullyEncoded));
        for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
            j.beginObject();
            j.member("name", name);
            j.member("value", value);
            j.endObject();
        }
    }
    j.endArray();
}

QString messageKind(const QString &stored)
{
    return stored.isEmpty() ? QStringLiteral("notification") : stored;
}

void writeMessage(JsonOut &j, const MessageRecord &m, const QByteArray &payload)
{
    j.beginObject();
    j.key("id");
    j.integer(m.id);
    j.member("direction", m.outgoing ? "out" : "in");
    j.member("kind", messageKind(m.kind));
    j.key("rpcId");
    if (m.rpcId.isEmpty())
        j.null();
    else
        j.string(m.rpcId);
    j.member("method", m.method);
    j.member("at", isoTime(m.atMs));
    j.key("responseTo");
    j.integer(m.responseTo);
    j.key("latencyMs");
    j.number(m.latencyMs < 0 ? -1.0 : m.latencyMs);
    if (m.roundOf > 0) { // a later round of a multi round-trip call
        j.key("roundOf");
        j.integer(m.roundOf);
    }
    j.key("payload");
    if (JsonCheck::isJson(payload))
        j.raw(payload.trimmed());
    else
        j.string(payload);
    j.endObject();
}

void writeBody(JsonOut &j, const QByteArray &body, const char *encodingMember)
{
    if (isText(body)) {
        j.member("text", body);
    } else {
        j.member("text", body.toBase64());
        j.member(encodingMember, "base64");
    }
}

// One HAR entry; messages and findings are JSON arrays already rendered.
void writeEntry(JsonOut &j, const Exchange &e, const QByteArray &messages,
                const QByteArray &findings)
{
    const QByteArray requestType = headerValue(e.requestHeaders, "content-type");
    const QByteArray responseType = headerValue(e.responseHeaders, "content-type");
    // send is not measured apart: the request is on the wire before the
    // first byte comes back, so it counts as waiting. No response at all
    // (no status, no first byte): the time went where the error says
    // (dns, connect; anything else counts as blocked) and wait is 0, which
    // the importer reads back as "no first byte".
    const double total = std::max(0.0, e.totalMs);
    const bool noAnswer = e.status == 0 && e.ttfbMs < 0;
    const double wait = noAnswer ? 0.0 : e.ttfbMs >= 0 ? std::min(e.ttfbMs, total) : total;
    const double receive = noAnswer ? 0.0 : std::max(0.0, total - wait);
    const char *spentIn = !noAnswer                          ? ""
                          : e.errorCode == ErrorCode::NetDns ? "dns"
                          : e.errorCode == ErrorCode::NetConnect || e.errorCode == ErrorCode::NetTls
                              ? "connect"
                              : "blocked";

    j.beginObject();
    if (e.sessionId > 0)
        j.member("pageref", QByteArray("session_" + QByteArray::number(e.sessionId)));
    j.member("startedDateTime", isoTime(e.startedAtMs));
    // Chromium's own member: DevTools files every McpScope request under
    // Fetch/XHR (without it, SSE answers show as "script" and the Fetch/XHR
    // filter hides every MCP call).
    j.member("_resourceType", QByteArray("fetch"));
    j.key("time");
    j.number(noAnswer ? total : wait + receive);

    j.key("request");
    j.beginObject();
    j.member("method", e.method);
    j.member("url", e.url);
    j.member("httpVersion", e.httpVersion);
    j.key("cookies");
    writeRequestCookies(j, e.requestHeaders);
    j.key("headers");
    writeHeaders(j, e.requestHeaders);
    j.key("queryString");
    writeQueryString(j, e.url);
    if (!e.requestBody.isEmpty()) {
        j.key("postData");
        j.beginObject();
        j.member("mimeType", requestType);
        if (requestType.toLower().contains("application/x-www-form-urlencoded")) {
            j.key("params");
            j.beginArray();
            for (const QByteArray &pair : e.requestBody.split('&')) {
                if (pair.isEmpty())
                    continue;
                const qsizetype eq = pair.indexOf('=');
                auto decode = [](QByteArray s) {
                    return QUrl::fromPercentEncoding(s.replace('+', ' '));
                };
                j.beginObject();
                j.member("name", decode(eq < 0 ? pair : pair.left(eq)));
                j.member("value", eq < 0 ? QString() : decode(pair.mid(eq + 1)));
                j.endObject();
            }
            j.endArray();
        }
        // HAR's postData has text only: a binary request body travels as
        // base64 text marked with McpScope's own member.
        writeBody(j, e.requestBody, "_encoding");
        j.endObject();
    }
    j.key("headersSize");
    j.integer(-1);
    j.key("bodySize");
    j.integer(e.requestBody.size());
    j.endObject();

    j.key("response");
    j.beginObject();
    j.key("status");
    j.integer(e.status);
    j.member("statusText", e.reasonPhrase);
    j.member("httpVersion", e.httpVersion);
    j.key("cookies");
    writeResponseCookies(j, e.responseHeaders);
    j.key("headers");
    writeHeaders(j, e.responseHeaders);
    j.key("content");
    j.beginObject();
    j.key("size");
    j.integer(e.responseBody.size());
    j.member("mimeType", responseType);
    if (!e.responseBody.isEmpty())
        writeBody(j, e.responseBody, "encoding");
    j.endObject();
    j.member("redirectURL", headerValue(e.responseHeaders, "location"));
    j.key("headersSize");
    j.integer(-1);
    j.key("bodySize");
    j.integer(e.status == 0 && e.responseBody.isEmpty() ? -1 : e.responseBodySize);
    if (e.failed())
        j.member("_error", e.errorMessage);
    j.endObject();

    j.key("cache");
    j.beginObject();
    j.endObject();
    j.key("timings");
    j.beginObject();
    for (const char *phase : {"blocked", "dns", "connect", "ssl"}) {
        j.key(phase);
        if (qstrcmp(phase, spentIn) == 0)
            j.number(total);
        else
            j.integer(-1);
    }
    j.key("send");
    j.integer(0);
    j.key("wait");
    j.number(wait);
    j.key("receive");
    j.number(receive);
    j.endObject();
    if (e.failed())
        j.member("_error", e.errorMessage);

    j.key("_mcpscope");
    j.beginObject();
    j.key("exchangeId");
    j.integer(e.id);
    j.key("sessionId");
    j.integer(e.sessionId);
    j.member("state", stateName(e.state));
    j.member("errorCode", e.failed() ? errorCodeId(e.errorCode) : QString());
    j.member("errorMessage", e.errorMessage);
    j.key("responseTruncated");
    j.boolean(e.responseTruncated);
    j.key("responseBodySize");
    j.integer(e.responseBodySize);
    j.key("tlsChain");
    j.beginArray();
    for (const CertificateSummary &c : e.tlsChain) {
        j.beginObject();
        j.member("subject", c.subject);
        j.member("issuer", c.issuer);
        j.member("notBefore", c.notBefore);
        j.member("notAfter", c.notAfter);
        j.member("sha256", c.sha256);
        j.endObject();
    }
    j.endArray();
    j.key("messages");
    j.raw(messages.isEmpty() ? QByteArrayView("[]") : QByteArrayView(messages));
    j.key("findings");
    j.raw(findings.isEmpty() ? QByteArrayView("[]") : QByteArrayView(findings));
    if (responseType.trimmed().toLower().startsWith("text/event-stream")) {
        j.key("sseEvents");
        j.beginArray();
        SseParser parser;
        for (const SseEvent &event : parser.feed(e.responseBody)) {
            j.beginObject();
            j.member("id", event.id);
            j.member("event", event.type);
            j.member("data", event.data);
            j.endObject();
        }
        j.endArray();
    }
    j.endObject();
    j.endObject();
}

QJsonObject findingJson(const Finding &f, ExportRedactor &redactor)
{
    QJsonArray arguments;
    for (const QString &a : f.arguments)
        arguments.append(redactor.redactText(a));
    QJsonArray exchanges, messages;
    for (qint64 id : f.exchangeIds)
        exchanges.append(double(id));
    for (qint64 id : f.messageIds)
        messages.append(double(id));
    return QJsonObject{{QStringLiteral("kind"), f.kind},
                       {QStringLiteral("severity"), severityId(f.severity())},
                       {QStringLiteral("arguments"), arguments},
                       {QStringLiteral("exchangeIds"), exchanges},
                       {QStringLiteral("messageIds"), messages},
                       {QStringLiteral("at"), isoTime(f.atMs)},
                       {QStringLiteral("source"), f.sourceId()}};
}

// The protocol version a session negotiated: the initialize response's
// result.protocolVersion, else the MCP-Protocol-Version header it sent.
struct ProtocolTracker
{
    QHash<qint64, QString> fromInitialize;
    QHash<qint64, QString> fromHeader;
    QSet<qint64> initializeRequests;

    void see(const MessageRecord &m, const QByteArray &payload)
    {
        if (m.outgoing && m.method == u"initialize")
            initializeRequests.insert(m.id);
        if (!m.outgoing && m.responseTo && initializeRequests.contains(m.responseTo)) {
            const QJsonObject result = QJsonDocument::fromJson(payload)
                                           .object()
                                           .value(QStringLiteral("result"))
                                           .toObject();
            const QString version = result.value(QStringLiteral("protocolVersion")).toString();
            if (!version.isEmpty())
                fromInitialize.insert(m.sessionId, version);
        }
    }
    QString version(qint64 session) const
    {
        return fromInitialize.value(session, fromHeader.value(session));
    }
};

class Writer
{
public:
    Writer(QIODevice &out) : m_out(out) {}

    Result<void> put(const QByteArray &bytes)
    {
        if (m_out.write(bytes) != bytes.size())
            return makeError(ErrorCode::StoreWrite,
                             tr("The export could not be written: %1").arg(m_out.errorString()));
        return {};
    }
    Result<void> put(const QJsonObject &object)
    {
        return put(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

private:
    QIODevice &m_out;
};

} // namespace

HarWriter::HarWriter(const RedactionRules &rules) : m_redactor(rules) {}

HarWriter::~HarWriter() = default;

Result<void> HarWriter::write(const QString &storePath, const ExportScope &scope, QIODevice &out)
{
    m_written = 0;
    CaptureReader reader;
    if (auto opened = reader.open(storePath); !opened)
        return opened;
    auto sessions = reader.sessions();
    if (!sessions)
        return Failure{sessions.error()};
    FindingsStore findingsStore;
    QList<Finding> findings;
    if (findingsStore.open(storePath)) {
        auto all = findingsStore.findings(0, 1000000);
        if (!all)
            return Failure{all.error()};
        findings = *all;
    }

    // Sessions the scope touches: listed ones, and those of listed exchanges
    // (found as the entries are written; pages are for listed sessions and
    // for all sessions of a whole-store export).
    QSet<qint64> inScope;
    if (scope.isWholeStore())
        for (const SessionInfo &s : std::as_const(*sessions))
            inScope.insert(s.id);
    for (qint64 id : scope.sessionIds)
        inScope.insert(id);

    QHash<qint64, QList<qsizetype>> findingsByExchange;
    for (qsizetype i = 0; i < findings.size(); ++i)
        for (qint64 id : std::as_const(findings[i].exchangeIds))
            findingsByExchange[id].append(i);
    QSet<qsizetype> placedFindings;

    Writer w(out);
    auto head = w.put(
        QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("McpScope")},
                                  {QStringLiteral("version"), QStringLiteral(MCPSCOPE_VERSION)}})
            .toJson(QJsonDocument::Compact)
            .prepend("{\"log\":{\"version\":\"1.2\",\"creator\":")
            .append(",\"entries\":["));
    if (!head)
        return head;

    QSet<qint64> touched;
    ProtocolTracker protocol;
    bool first = true;
    auto page = [&](const QList<qint64> &ids) -> Result<void> {
        auto carried = reader.messagesOfExchanges(ids);
        if (!carried)
            return Failure{carried.error()};
        QHash<qint64, JsonOut> messagesByExchange;
        for (const MessageRecord &m : std::as_const(*carried)) {
            const QByteArray payload = m_redactor.redactPayload(m.payload);
            protocol.see(m, payload);
            JsonOut &list = messagesByExchange[m.exchangeId];
            if (list.bytes().isEmpty())
                list.beginArray();
            writeMessage(list, m, payload);
        }
        auto stored = reader.exchanges(ids);
        if (!stored)
            return Failure{stored.error()};
        for (const Exchange &original : std::as_const(*stored)) {
            const qint64 id = original.id;
            const Exchange e = m_redactor.redact(original);
            touched.insert(e.sessionId);
            if (!protocol.fromHeader.contains(e.sessionId)) {
                const QByteArray version = headerValue(e.requestHeaders, "mcp-protocol-version");
                if (!version.isEmpty())
                    protocol.fromHeader.insert(e.sessionId, QString::fromLatin1(version));
            }
            QJsonArray entryFindings;
            for (qsizetype i : findingsByExchange.value(id)) {
                if (placedFindings.contains(i))
                    continue;
                placedFindings.insert(i);
                entryFindings.append(findingJson(findings[i], m_redactor));
            }
            JsonOut entry;
            if (!first)
                entry.bytes() += ',';
            first = false;
            JsonOut &messages = messagesByExchange[id];
            if (!messages.bytes().isEmpty())
                messages.endArray();
            writeEntry(entry, e, messages.bytes(),
                       entryFindings.isEmpty()
                           ? QByteArray()
                           : QJsonDocument(entryFindings).toJson(QJsonDocument::Compact));
            if (auto done = w.put(entry.bytes()); !done)
                return done;
            ++m_written;
        }
        return {};
    };
    if (auto walked = forEachPage(reader, scope, page); !walked)
        return walked;
    for (qint64 id : std::as_const(touched))
        inScope.insert(id);
    inScope.remove(0);

    // Pages and McpScope's session list, now that the sessions are known.
    QJsonArray pages;
    QJsonArray ownSessions;
    // Oldest first (the reader lists newest first): the importer creates
    // them in this order, so they keep their order in the new store.
    std::sort(sessions->begin(), sessions->end(),
              [](const SessionInfo &a, const SessionInfo &b) { return a.id < b.id; });
    for (const SessionInfo &s : std::as_const(*sessions)) {
        if (!inScope.contains(s.id))
            continue;
        const QString name = m_redactor.redactText(s.name);
        pages.append(QJsonObject{{QStringLiteral("startedDateTime"), isoTime(s.startedAtMs)},
                                 {QStringLiteral("id"), QStringLiteral("session_%1").arg(s.id)},
                                 {QStringLiteral("title"), name},
                                 {QStringLiteral("pageTimings"), QJsonObject{}}});
        auto own = reader.messagesWithoutExchange(s.id);
        if (!own)
            return Failure{own.error()};
        QJsonArray messages;
        for (const MessageRecord &m : std::as_const(*own)) {
            const QByteArray payload = m_redactor.redactPayload(m.payload);
            protocol.see(m, payload);
            JsonOut one;
            writeMessage(one, m, payload);
            messages.append(QJsonDocument::fromJson(one.bytes()).object());
        }
        QJsonArray sessionFindings;
        for (qsizetype i = 0; i < findings.size(); ++i) {
            if (placedFindings.contains(i) || findings[i].sessionId != s.id)
                continue;
            // A finding about exchanges left out of a selection stays out.
            if (!findings[i].exchangeIds.isEmpty() && !scope.exchangeIds.isEmpty() &&
                !scope.sessionIds.contains(s.id))
                continue;
            sessionFindings.append(findingJson(findings[i], m_redactor));
        }
        QJsonObject sessionJson{{QStringLiteral("id"), double(s.id)},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("target"), m_redactor.redactText(s.target)},
                                {QStringLiteral("kind"), s.kind},
                                {QStringLiteral("startedAt"), isoTime(s.startedAtMs)},
                                {QStringLiteral("endedAt"),
                                 s.endedAtMs ? QJsonValue(isoTime(s.endedAtMs)) : QJsonValue()},
                                {QStringLiteral("protocolVersion"), protocol.version(s.id)},
                                {QStringLiteral("replayOf"), double(s.replayOf)},
                                {QStringLiteral("messages"), messages},
                                {QStringLiteral("findings"), sessionFindings}};
        if (!s.era.isEmpty()) // the protocol era it spoke (schema 7)
            sessionJson.insert(QStringLiteral("era"), s.era);
        ownSessions.append(sessionJson);
    }
    QByteArray tail = "],\"pages\":";
    tail += QJsonDocument(pages).toJson(QJsonDocument::Compact);
    tail += ",\"_mcpscope\":";
    tail += QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                      {QStringLiteral("sessions"), ownSessions}})
                .toJson(QJsonDocument::Compact);
    tail += "}}\n";
    return w.put(tail);
}

Result<void> writeJsonExport(const QString &storePath, const ExportScope &scope,
                             ExportRedactor &redactor, QIODevice &out)
{
    CaptureReader reader;
    if (auto opened = reader.open(storePath); !opened)
        return opened;
    QJsonArray exchanges;
    QList<MessageRecord> messages;
    auto page = [&](const QList<qint64> &ids) -> Result<void> {
        const auto stored = reader.exchanges(ids); // one query a page
        if (!stored)
            return Failure{stored.error()};
        for (const Exchange &e : *stored)
            exchanges.append(toJson(redactor.redact(e)));
        if (!scope.exchangeIds.isEmpty() && scope.sessionIds.isEmpty()) {
            auto carried = reader.messagesOfExchanges(ids);
            if (!carried)
                return Failure{carried.error()};
            messages += *carried;
        }
        return {};
    };
    if (auto walked = forEachPage(reader, scope, page); !walked)
        return walked;
    if (scope.isWholeStore() || !scope.sessionIds.isEmpty()) {
        const QList<qint64> sessionIds = scope.isWholeStore() ? QList<qint64>{0} : scope.sessionIds;
        for (qint64 session : sessionIds) {
            auto stored = reader.messages(session);
            if (!stored)
                return Failure{stored.error()};
            messages += *stored;
        }
    }
    QJsonArray messageArray;
    for (const MessageRecord &m : std::as_const(messages))
        messageArray.append(QJsonObject{
            {QStringLiteral("exchange"), double(m.exchangeId)},
            {QStringLiteral("direction"),
             m.outgoing ? QStringLiteral("out") : QStringLiteral("in")},
            {QStringLiteral("kind"), m.kind},
            {QStringLiteral("method"), m.method},
            {QStringLiteral("payload"), QString::fromUtf8(redactor.redactPayload(m.payload))}});
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("exchanges"), exchanges},
                                                      {QStringLiteral("messages"), messageArray}})
                                .toJson(QJsonDocument::Indented);
    if (out.write(json) != json.size())
        return makeError(ErrorCode::StoreWrite,
                         QCoreApplication::translate("mcpscope::HarWriter",
                                                     "The export could not be written: %1")
                             .arg(out.errorString()));
    return {};
}

} // namespace mcpscope
