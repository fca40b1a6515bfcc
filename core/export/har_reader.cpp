#include "export/har_reader.h"
#include "common/translate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QJsonValue>
#include <QUrl>

// RapidJSON's SAX reader (Debian rapidjson-dev) rather than simdjson:
// simdjson's parsers (DOM and On-Demand alike) need the whole document in one
// padded buffer, so a 1 GB HAR would cost at least 1 GB of memory. The SAX
// reader pulls bytes through a 64 KiB buffer (DeviceStream below) and this
// handler keeps one entry at a time, which is what bounds the importer's
// peak memory. kParseIterativeFlag: no recursion, so deep nesting in a
// hostile file cannot overflow the stack (Handler caps the depth as well).
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <vector>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope::HarReader", "mcpscope::Handler"}, text);
}

// A RapidJSON input stream over a QIODevice with a fixed buffer (the
// FileReadStream scheme: a NUL sentinel after the last byte read).
class DeviceStream
{
public:
    using Ch = char;
    explicit DeviceStream(QIODevice &device) : m_device(device) { refill(); }

    Ch Peek() const { return *m_current; }
    Ch Take()
    {
        const Ch c = *m_current;
        if (m_tee)
            m_tee->append(c);
        advance();
        return c;
    }
    // Every byte taken from now on is appended to tee (nullptr: stop).
    void setTee(QByteArray *tee) { m_tee = tee; }
    size_t Tell() const { return m_count + size_t(m_current - m_buffer); }
    bool atEnd() const { return m_eof && m_current == m_last; }

    // Input only; RapidJSON asks for these only when parsing in situ.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    size_t PutEnd(Ch *) { return 0; }

private:
    static constexpr qint64 kSize = 64 * 1024;

    void advance()
    {
        if (m_current < m_last)
            ++m_current;
        else if (!m_eof)
            refill();
    }
    void refill()
    {
        m_count += m_read;
        qint64 got = 0;
        while (got < kSize) {
            const qint64 n = m_device.read(m_buffer + got, kSize - got);
            if (n <= 0 && !(n == 0 && m_device.waitForReadyRead(30000)))
                break;
            got += std::max<qint64>(n, 0);
        }
        m_read = size_t(got);
        m_current = m_buffer;
        if (got < kSize) {
            m_buffer[got] = '\0';
            m_last = m_buffer + got; // the sentinel
            m_eof = true;
        } else {
            m_last = m_buffer + got - 1;
        }
    }

    QIODevice &m_device;
    QByteArray *m_tee = nullptr;
    char m_buffer[kSize + 1];
    char *m_current = m_buffer;
    char *m_last = m_buffer;
    size_t m_read = 0;
    size_t m_count = 0;
    bool m_eof = false;
};

HeaderList headersFrom(const QJsonValue &value)
{
    HeaderList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        const QJsonObject header = item.toObject();
        out.append({header.value(u"name").toString().toUtf8(),
                    header.value(u"value").toString().toUtf8()});
    }
    return out;
}

double numberOr(const QJsonObject &object, QStringView key, double fallback)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? value.toDouble() : fallback;
}

class Handler
{
public:
    Handler(const HarReader::Limits &limits, HarLog &log, const HarReader::EntryHandler &onEntry,
            bool skipEntries, DeviceStream &stream)
        : m_limits(limits), m_log(log), m_onEntry(onEntry), m_skipEntries(skipEntries),
          m_stream(stream)
    {
    }

    bool Null() { return value(QJsonValue::Null); }
    bool Bool(bool b) { return value(b); }
    bool Int(int i) { return value(double(i)); }
    bool Uint(unsigned u) { return value(double(u)); }
    bool Int64(int64_t i) { return value(double(i)); }
    bool Uint64(uint64_t u) { return value(double(u)); }
    bool Double(double d) { return value(d); }
    bool RawNumber(const char *, rapidjson::SizeType, bool) { return true; }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        if (rawTooLong())
            return false;
        if (qsizetype(length) > m_limits.maxStringBytes)
            return fail(ErrorCode::HarFormat,
                        tr("a string of %1 bytes is longer than the import limit (%2 bytes)")
                            .arg(length)
                            .arg(m_limits.maxStringBytes));
        if (bodySlot()) {
            if (!m_frames.empty() && m_frames.back().role != Role::Skip)
                *bodySlot() = QByteArray(text, qsizetype(length));
            return true;
        }
        if (!m_frames.empty() && m_frames.back().role == Role::Skip)
            return true;
        return value(QString::fromUtf8(text, qsizetype(length)));
    }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        if (rawTooLong())
            return false;
        m_frames.back().key = QString::fromUtf8(text, qsizetype(length));
        return true;
    }
    bool StartObject() { return !rawTooLong() && start(false); }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool StartArray() { return !rawTooLong() && start(true); }
    bool EndArray(rapidjson::SizeType) { return end(); }

    // Called when the parse ended without an error of the handler's own.
    bool finish()
    {
        if (!m_sawLog)
            return fail(ErrorCode::HarFormat,
                        tr("the file has no \"log\" object: it is JSON, but not a HAR"));
        if (!m_sawEntries)
            return fail(ErrorCode::HarFormat, tr("log.entries is missing (HAR 1.2 requires it)"));
        return true;
    }

    std::optional<Error> error;
    bool stoppedByCaller = false;

    // Where the parser is: log.entries[12].response.status.
    QString path() const
    {
        QString out;
        for (const Frame &frame : m_frames) {
            if (frame.array) {
                out += QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
            } else if (!frame.key.isNull()) {
                if (!out.isEmpty())
                    out += QLatin1Char('.');
                out += frame.key;
            }
        }
        return out;
    }
    // The entry being read, -1 outside log.entries.
    int entryIndex() const
    {
        for (size_t i = 0; i < m_frames.size(); ++i)
            if (m_frames[i].role == Role::Entries)
                return m_frames[i].index;
        return -1;
    }

private:
    enum class Role
    {
        Root,
        Log,
        Entries,
        Entry,
        Tree,
        Skip
    };
    struct Frame
    {
        Role role;
        bool array;
        QJsonObject object;
        QJsonArray items;
        QString key;
        int index = 0;
    };

    bool fail(ErrorCode code, const QString &why)
    {
        if (!error)
            error = Error{code, why};
        return false;
    }

    // The body slot a string at this place goes to: response.content.text
    // and request.postData.text are kept as bytes beside the entry's tree.
    QByteArray *bodySlot()
    {
        const size_t n = m_frames.size();
        if (n < 3 || m_entryFrame < 0 || n != size_t(m_entryFrame) + 3)
            return nullptr;
        const Frame &entry = m_frames[m_entryFrame];
        const Frame &section = m_frames[m_entryFrame + 1];
        const Frame &leaf = m_frames.back();
        if (leaf.array || leaf.key != u"text")
            return nullptr;
        if (entry.key == u"response" && section.key == u"content")
            return &m_responseText;
        if (entry.key == u"request" && section.key == u"postData")
            return &m_requestText;
        return nullptr;
    }

    // Members of an entry, its request and its response that McpScope does
    // not read are not built at all: other tools' `_` members (Chrome's
    // _initiator holds whole call stacks), cookies and queryString (the
    // headers and the URL carry them). Deeper down (_mcpscope payloads with
    // their _meta) everything is kept.
    bool ignored() const
    {
        if (m_entryFrame < 0 || m_frames.size() > size_t(m_entryFrame) + 2)
            return false;
        const Frame &top = m_frames.back();
        if (top.array)
            return false;
        const QString &key = top.key;
        return (key.startsWith(QLatin1Char('_')) && key != u"_mcpscope") || key == u"cookies" ||
               key == u"queryString";
    }

    // A payload being copied stays within the string limit as it grows:
    // true (the error set) once it is over.
    bool rawTooLong()
    {
        if (m_rawFrame < 0 || m_raw.size() <= m_limits.maxStringBytes)
            return false;
        const QString why = tr("a payload of more than %1 bytes is longer than the import limit")
                                .arg(m_limits.maxStringBytes);
        fail(ErrorCode::HarFormat, why);
        return true;
    }

    // An object or array starting here is a message's payload in McpScope's
    // members: the value of "payload" in an element of a "messages" array.
    bool isPayload() const
    {
        const size_t n = m_frames.size();
        if (n < 3 || m_rawFrame >= 0)
            return false;
        const Frame &message = m_frames[n - 1];
        const Frame &list = m_frames[n - 2];
        const Frame &owner = m_frames[n - 3];
        return !message.array && message.key == u"payload" && list.array && !owner.array &&
               owner.key == u"messages";
    }

    bool value(const QJsonValue &v)
    {
        if (m_frames.empty())
            return fail(ErrorCode::HarFormat, tr("the top level is not an object: not a HAR"));
        Frame &top = m_frames.back();
        switch (top.role) {
        case Role::Skip:
        case Role::Root:
            return true;
        case Role::Entries:
            return fail(ErrorCode::HarFormat, tr("an entry must be an object"));
        case Role::Log:
        case Role::Entry:
        case Role::Tree:
            if (ignored())
                return true;
            break;
        }
        if (top.array) {
            top.items.append(v);
            ++top.index;
        } else {
            top.object.insert(top.key, v);
        }
        return true;
    }

    bool start(bool array)
    {
        if (int(m_frames.size()) >= m_limits.maxDepth)
            return fail(ErrorCode::HarFormat,
                        tr("nested deeper than %1 levels").arg(m_limits.maxDepth));
        Role role = Role::Tree;
        if (m_frames.empty()) {
            if (array)
                return fail(ErrorCode::HarFormat, tr("the top level is an array: not a HAR"));
            role = Role::Root;
        } else {
            const Frame &parent = m_frames.back();
            switch (parent.role) {
            case Role::Root:
                role = parent.key == u"log" ? Role::Log : Role::Skip;
                if (role == Role::Log) {
                    if (array)
                        return fail(ErrorCode::HarFormat, tr("\"log\" must be an object"));
                    // A second "log" or "entries" would number its entries
                    // from 0 again: one HAR has one of each.
                    if (m_sawLog)
                        return fail(ErrorCode::HarFormat, tr("\"log\" appears more than once"));
                    m_sawLog = true;
                }
                break;
            case Role::Log:
                if (parent.key == u"entries") {
                    if (!array)
                        return fail(ErrorCode::HarFormat, tr("log.entries must be an array"));
                    if (m_sawEntries)
                        return fail(ErrorCode::HarFormat, tr("log.entries appears more than once"));
                    role = Role::Entries;
                    m_sawEntries = true;
                    fillLog(parent.object); // what came before the entries
                }
                break;
            case Role::Entries:
                if (array)
                    return fail(ErrorCode::HarFormat, tr("an entry must be an object"));
                role = m_skipEntries ? Role::Skip : Role::Entry;
                m_entryFrame = role == Role::Entry ? int(m_frames.size()) : -1;
                m_requestText.clear();
                m_responseText.clear();
                m_entryPayloads.clear();
                break;
            case Role::Skip:
                role = Role::Skip;
                break;
            case Role::Entry:
            case Role::Tree:
                if (ignored()) {
                    role = Role::Skip;
                } else if (isPayload()) {
                    // Also kept as the bytes the file has (key order, numbers
                    // and escapes as written): the message comes back
                    // byte-equal.
                    m_rawFrame = int(m_frames.size());
                    m_raw.clear();
                    m_stream.setTee(&m_raw); // from the opening bracket on
                }
                break;
            }
        }
        m_frames.push_back(Frame{role, array, {}, {}, {}, 0});
        return true;
    }

    bool end()
    {
        if (m_rawFrame == int(m_frames.size()) - 1) {
            m_stream.setTee(nullptr);
            m_raw.append(m_frames.back().array ? ']' : '}'); // not taken yet
            if (rawTooLong())
                return false;
            m_rawFrame = -1;
            (m_entryFrame >= 0 ? m_entryPayloads : m_logPayloads).append(std::move(m_raw));
            m_raw = QByteArray();
        }
        Frame frame = std::move(m_frames.back());
        m_frames.pop_back();
        switch (frame.role) {
        case Role::Root:
        case Role::Skip:
            break;
        case Role::Log:
            fillLog(frame.object);
            break;
        case Role::Entries:
            break;
        case Role::Entry: {
            m_entryFrame = -1;
            Frame &entries = m_frames.back();
            const int index = entries.index;
            auto entry = toEntry(frame.object, index);
            if (!entry)
                return fail(entry.error().code, entry.error().message);
            entry->endByte = qint64(m_stream.Tell());
            ++m_log.entryCount;
            if (!m_onEntry(*entry)) {
                stoppedByCaller = true;
                return fail(ErrorCode::HarFormat, HarReader::stopped());
            }
            ++entries.index;
            break;
        }
        case Role::Tree:
            if (m_frames.back().role == Role::Entries)
                break;
            if (frame.array)
                return value(frame.items);
            return value(frame.object);
        }
        if (frame.role == Role::Skip && !m_frames.empty() &&
            m_frames.back().role == Role::Entries) {
            ++m_log.entryCount;
            ++m_frames.back().index;
        } else if (frame.role == Role::Skip && !m_frames.empty() && m_frames.back().array) {
            ++m_frames.back().index;
        }
        return true;
    }

    void fillLog(const QJsonObject &log)
    {
        m_log.version = log.value(u"version").toString();
        const QJsonObject creator = log.value(u"creator").toObject();
        m_log.creatorName = creator.value(u"name").toString();
        m_log.creatorVersion = creator.value(u"version").toString();
        m_log.pages = log.value(u"pages").toArray();
        m_log.hasMcpscope = log.value(u"_mcpscope").isObject();
        m_log.mcpscope = log.value(u"_mcpscope").toObject();
        m_log.mcpscopePayloads = m_logPayloads;
    }

    // An entry's tree (bodies aside) into a HarEntry, required members checked.
    Result<HarEntry> toEntry(const QJsonObject &object, int index)
    {
        const QString at = QStringLiteral("log.entries[%1]").arg(index);
        auto missing = [&](const QString &member) {
            return makeError(ErrorCode::HarFormat,
                             tr("%1.%2 is missing (HAR 1.2 requires it)").arg(at, member));
        };
        auto wrongType = [&](const QString &member, const QString &what) {
            return makeError(ErrorCode::HarFormat, tr("%1.%2 must be %3").arg(at, member, what));
        };
        HarEntry e;
        e.index = index;
        e.pageref = object.value(u"pageref").toString();
        const QJsonValue started = object.value(u"startedDateTime");
        if (started.isUndefined())
            return missing(QStringLiteral("startedDateTime"));
        const QDateTime when = QDateTime::fromString(started.toString(), Qt::ISODateWithMs);
        if (!started.isString() || !when.isValid())
            return wrongType(QStringLiteral("startedDateTime"), tr("an ISO 8601 date and time"));
        e.startedAtMs = when.toMSecsSinceEpoch();
        e.timeMs = numberOr(object, u"time", -1);
        e.serverIpAddress = object.value(u"serverIPAddress").toString();
        e.comment = object.value(u"comment").toString();
        e.mcpscope = object.value(u"_mcpscope").toObject();
        e.mcpscopePayloads = std::move(m_entryPayloads);
        m_entryPayloads.clear();

        const QJsonValue requestValue = object.value(u"request");
        if (requestValue.isUndefined())
            return missing(QStringLiteral("request"));
        if (!requestValue.isObject())
            return wrongType(QStringLiteral("request"), tr("an object"));
        const QJsonObject request = requestValue.toObject();
        const QJsonValue method = request.value(u"method");
        if (method.isUndefined())
            return missing(QStringLiteral("request.method"));
        if (!method.isString() || method.toString().isEmpty())
            return wrongType(QStringLiteral("request.method"), tr("a non-empty string"));
        e.method = method.toString().toUtf8();
        const QJsonValue url = request.value(u"url");
        if (url.isUndefined())
            return missing(QStringLiteral("request.url"));
        if (!url.isString())
            return wrongType(QStringLiteral("request.url"), tr("a string"));
        e.url = url.toString();
        e.requestHttpVersion = request.value(u"httpVersion").toString();
        e.requestHeaders = headersFrom(request.value(u"headers"));
        const QJsonObject postData = request.value(u"postData").toObject();
        e.requestMimeType = postData.value(u"mimeType").toString();
        if (!m_requestText.isNull() &&
            postData.value(u"_encoding").toString().compare(u"base64", Qt::CaseInsensitive) == 0) {
            // McpScope's member for a binary request body (HAR's postData
            // has text only).
            auto decoded = QByteArray::fromBase64Encoding(m_requestText,
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return wrongType(QStringLiteral("request.postData.text"),
                                 tr("base64, as its _encoding says"));
            e.requestBody = std::move(decoded.decoded);
        } else if (!m_requestText.isNull()) {
            e.requestBody = std::move(m_requestText);
        } else if (postData.value(u"params").isArray()) {
            // Form posts saved as params only (Fiddler, some Charles versions).
            QByteArrayList pairs;
            for (const QJsonValue &param : postData.value(u"params").toArray()) {
                const QJsonObject p = param.toObject();
                pairs.append(QUrl::toPercentEncoding(p.value(u"name").toString()) + '=' +
                             QUrl::toPercentEncoding(p.value(u"value").toString()));
            }
            e.requestBody = pairs.join('&');
        }

        const QJsonValue responseValue = object.value(u"response");
        if (responseValue.isUndefined())
            return missing(QStringLiteral("response"));
        if (!responseValue.isObject())
            return wrongType(QStringLiteral("response"), tr("an object"));
        const QJsonObject response = responseValue.toObject();
        const QJsonValue status = response.value(u"status");
        if (status.isUndefined())
            return missing(QStringLiteral("response.status"));
        if (!status.isDouble() || status.toDouble() < 0 || status.toDouble() > 999)
            return wrongType(QStringLiteral("response.status"), tr("a number from 0 to 999"));
        e.status = status.toInt();
        e.statusText = response.value(u"statusText").toString().toUtf8();
        e.httpVersion = response.value(u"httpVersion").toString();
        e.responseHeaders = headersFrom(response.value(u"headers"));
        e.redirectUrl = response.value(u"redirectURL").toString();
        const QJsonObject content = response.value(u"content").toObject();
        e.responseMimeType = content.value(u"mimeType").toString();
        e.contentSize = qint64(numberOr(content, u"size", -1));
        const QString encoding = content.value(u"encoding").toString();
        if (encoding.compare(u"base64", Qt::CaseInsensitive) == 0) {
            auto decoded = QByteArray::fromBase64Encoding(m_responseText,
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return wrongType(QStringLiteral("response.content.text"),
                                 tr("base64, as its encoding says"));
            e.responseBody = std::move(decoded.decoded);
        } else {
            if (!encoding.isEmpty())
                e.unknownEncoding = encoding;
            e.responseBody = std::move(m_responseText);
        }
        m_responseText = QByteArray();
        m_requestText = QByteArray();

        const QJsonObject timings = object.value(u"timings").toObject();
        e.timings.blocked = numberOr(timings, u"blocked", -1);
        e.timings.dns = numberOr(timings, u"dns", -1);
        e.timings.connect = numberOr(timings, u"connect", -1);
        e.timings.ssl = numberOr(timings, u"ssl", -1);
        e.timings.send = numberOr(timings, u"send", -1);
        e.timings.wait = numberOr(timings, u"wait", -1);
        e.timings.receive = numberOr(timings, u"receive", -1);
        return e;
    }

    const HarReader::Limits &m_limits;
    HarLog &m_log;
    const HarReader::EntryHandler &m_onEntry;
    bool m_skipEntries;
    DeviceStream &m_stream;
    // A JSON-RPC payload (an object or array) being copied as the file has it.
    QByteArray m_raw;
    int m_rawFrame = -1;
    QByteArrayList m_entryPayloads; // the entry's, in document order
    QByteArrayList m_logPayloads;   // log._mcpscope's, in document order
    std::vector<Frame> m_frames;
    int m_entryFrame = -1;
    QByteArray m_requestText;
    QByteArray m_responseText;
    bool m_sawLog = false;
    bool m_sawEntries = false;
};

} // namespace

QString HarReader::stopped()
{
    return tr("The HAR import was stopped.");
}

Result<void> HarReader::read(QIODevice &device, const EntryHandler &onEntry, bool skipEntries)
{
    m_log = {};
    if (!device.isOpen() || !device.isReadable())
        return makeError(ErrorCode::HarFormat, tr("The HAR file is not open for reading."));
    auto stream = std::make_unique<DeviceStream>(device); // 64 KiB: not on the stack
    Handler handler(m_limits, m_log, onEntry, skipEntries, *stream);
    rapidjson::Reader reader;
    const rapidjson::ParseResult parsed =
        reader.Parse<rapidjson::kParseIterativeFlag>(*stream, handler);
    if (parsed && handler.finish())
        return {};
    const QString where = handler.path();
    const int entry = handler.entryIndex();
    const qint64 offset = handler.error ? qint64(stream->Tell()) : qint64(parsed.Offset());
    QString place = entry >= 0 ? tr("at byte %1, in entry %2").arg(offset).arg(entry)
                               : tr("at byte %1").arg(offset);
    if (!where.isEmpty())
        place += QStringLiteral(" (%1)").arg(where);
    if (handler.error) {
        if (handler.stoppedByCaller)
            return Failure{*handler.error};
        return makeError(handler.error->code,
                         tr("Not a usable HAR %1: %2.").arg(place, handler.error->message));
    }
    if (stream->atEnd() && size_t(parsed.Offset()) >= stream->Tell())
        return makeError(
            ErrorCode::JsonSyntax,
            tr("The HAR file ends early %1: it is cut short (%2).")
                .arg(place, QString::fromUtf8(rapidjson::GetParseError_En(parsed.Code()))));
    return makeError(
        ErrorCode::JsonSyntax,
        tr("The HAR file is not valid JSON %1: %2")
            .arg(place, QString::fromUtf8(rapidjson::GetParseError_En(parsed.Code()))));
}

} // namespace mcpscope
