#include "export/har_writer.h"

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
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <functional>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope::HarWriter", text);
}

constexpr int kPage = 500;

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString latin1(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
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

// Text when the bytes are UTF-8 without NULs, else nullopt (then base64).
bool isText(const QByteArray &body)
{
    if (body.contains('\0'))
        return false;
    return QUtf8StringView(body).isValidUtf8();
}

QJsonArray headerArray(const HeaderList &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : headers) {
        // Qt joins repeated headers (Set-Cookie) with '\n': one HAR header each.
        for (const QByteArray &line : value.split('\n'))
            out.append(QJsonObject{{QStringLiteral("name"), latin1(name)},
                                   {QStringLiteral("value"), latin1(line)}});
    }
    return out;
}

QJsonArray requestCookies(const HeaderList &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : headers) {
        if (name.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : value.split(';')) {
            const QByteArray item = part.trimmed();
            if (item.isEmpty())
                continue;
            const qsizetype eq = item.indexOf('=');
            out.append(QJsonObject{
                {QStringLiteral("name"), latin1(eq < 0 ? item : item.left(eq))},
                {QStringLiteral("value"), eq < 0 ? QString() : latin1(item.mid(eq + 1))}});
        }
    }
    return out;
}

QJsonArray responseCookies(const HeaderList &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : headers) {
        if (name.compare("set-cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &line : value.split('\n')) {
            const QList<QByteArray> parts = line.split(';');
            const QByteArray first = parts.value(0).trimmed();
            if (first.isEmpty())
                continue;
            const qsizetype eq = first.indexOf('=');
            QJsonObject cookie{
                {QStringLiteral("name"), latin1(eq < 0 ? first : first.left(eq))},
                {QStringLiteral("value"), eq < 0 ? QString() : latin1(first.mid(eq + 1))}};
            for (qsizetype i = 1; i < parts.size(); ++i) {
                const QByteArray attr = parts[i].trimmed();
                const qsizetype aeq = attr.indexOf('=');
                const QByteArray key = (aeq < 0 ? attr : attr.left(aeq)).toLower();
                const QString val = aeq < 0 ? QString() : latin1(attr.mid(aeq + 1));
                if (key == "path")
                    cookie.insert(QStringLiteral("path"), val);
                else if (key == "domain")
                    cookie.insert(QStringLiteral("domain"), val);
                else if (key == "expires") {
                    const QDateTime at = QDateTime::fromString(val, Qt::RFC2822Date);
                    if (at.isValid())
                        cookie.insert(QStringLiteral("expires"),
                                      at.toUTC().toString(Qt::ISODateWithMs));
                } else if (key == "httponly")
                    cookie.insert(QStringLiteral("httpOnly"), true);
                else if (key == "secure")
                    cookie.insert(QStringLiteral("secure"), true);
            }
            out.append(cookie);
        }
    }
    return out;
}

QJsonArray queryString(const QString &url)
{
    QJsonArray out;
    const QUrl parsed(url);
    const QUrlQuery query(parsed);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        out.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    return out;
}

QJsonValue payloadValue(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QString::fromUtf8(payload);
}

QString messageKind(const QString &stored)
{
    return stored.isEmpty() ? QStringLiteral("notification") : stored;
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
                       {QStringLiteral("at"), isoTime(f.atMs)}};
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

QJsonObject messageJson(const MessageRecord &m, const QByteArray &payload)
{
    return QJsonObject{
        {QStringLiteral("id"), double(m.id)},
        {QStringLiteral("direction"), m.outgoing ? QStringLiteral("out") : QStringLiteral("in")},
        {QStringLiteral("kind"), messageKind(m.kind)},
        {QStringLiteral("rpcId"), m.rpcId.isEmpty() ? QJsonValue() : QJsonValue(m.rpcId)},
        {QStringLiteral("method"), m.method},
        {QStringLiteral("at"), isoTime(m.atMs)},
        {QStringLiteral("responseTo"), double(m.responseTo)},
        {QStringLiteral("latencyMs"), m.latencyMs < 0 ? -1.0 : m.latencyMs},
        {QStringLiteral("payload"), payloadValue(payload)}};
}

QJsonObject entryJson(const Exchange &e, const QJsonArray &messages, const QJsonArray &findings)
{
    const QByteArray requestType = headerValue(e.requestHeaders, "content-type");
    const QByteArray responseType = headerValue(e.responseHeaders, "content-type");

    QJsonObject request{{QStringLiteral("method"), latin1(e.method)},
                        {QStringLiteral("url"), e.url},
                        {QStringLiteral("httpVersion"), e.httpVersion},
                        {QStringLiteral("cookies"), requestCookies(e.requestHeaders)},
                        {QStringLiteral("headers"), headerArray(e.requestHeaders)},
                        {QStringLiteral("queryString"), queryString(e.url)},
                        {QStringLiteral("headersSize"), -1},
                        {QStringLiteral("bodySize"), double(e.requestBody.size())}};
    if (!e.requestBody.isEmpty()) {
        QJsonObject post{{QStringLiteral("mimeType"), latin1(requestType)}};
        if (requestType.toLower().contains("application/x-www-form-urlencoded")) {
            QJsonArray params;
            for (const QByteArray &pair : e.requestBody.split('&')) {
                if (pair.isEmpty())
                    continue;
                const qsizetype eq = pair.indexOf('=');
                auto decode = [](QByteArray s) {
                    return QUrl::fromPercentEncoding(s.replace('+', ' '));
                };
                params.append(QJsonObject{
                    {QStringLiteral("name"), decode(eq < 0 ? pair : pair.left(eq))},
                    {QStringLiteral("value"), eq < 0 ? QString() : decode(pair.mid(eq + 1))}});
            }
            post.insert(QStringLiteral("params"), params);
        }
        // HAR's postData has text only: binary request bodies travel as base64
        // text with McpScope's own marker.
        if (isText(e.requestBody)) {
            post.insert(QStringLiteral("text"), QString::fromUtf8(e.requestBody));
        } else {
            post.insert(QStringLiteral("text"), QString::fromLatin1(e.requestBody.toBase64()));
            post.insert(QStringLiteral("_encoding"), QStringLiteral("base64"));
        }
        request.insert(QStringLiteral("postData"), post);
    }

    QJsonObject content{{QStringLiteral("size"), double(e.responseBody.size())},
                        {QStringLiteral("mimeType"), latin1(responseType)}};
    if (!e.responseBody.isEmpty()) {
        if (isText(e.responseBody)) {
            content.insert(QStringLiteral("text"), QString::fromUtf8(e.responseBody));
        } else {
            content.insert(QStringLiteral("text"), QString::fromLatin1(e.responseBody.toBase64()));
            content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
        }
    }
    QJsonObject response{
        {QStringLiteral("status"), e.status},
        {QStringLiteral("statusText"), latin1(e.reasonPhrase)},
        {QStringLiteral("httpVersion"), e.httpVersion},
        {QStringLiteral("cookies"), responseCookies(e.responseHeaders)},
        {QStringLiteral("headers"), headerArray(e.responseHeaders)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"), latin1(headerValue(e.responseHeaders, "location"))},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"),
         e.status == 0 && e.responseBody.isEmpty() ? -1.0 : double(e.responseBodySize)}};
    if (e.failed())
        response.insert(QStringLiteral("_error"), e.errorMessage);

    // send is not measured apart: the request is on the wire before the
    // first byte comes back, so it counts as waiting.
    const double total = std::max(0.0, e.totalMs);
    const double wait = e.ttfbMs >= 0 ? std::min(e.ttfbMs, total) : total;
    const double receive = std::max(0.0, total - wait);
    const QJsonObject timings{{QStringLiteral("blocked"), -1},     {QStringLiteral("dns"), -1},
                              {QStringLiteral("connect"), -1},     {QStringLiteral("ssl"), -1},
                              {QStringLiteral("send"), 0},         {QStringLiteral("wait"), wait},
                              {QStringLiteral("receive"), receive}};

    QJsonArray chain;
    for (const CertificateSummary &c : e.tlsChain)
        chain.append(QJsonObject{{QStringLiteral("subject"), c.subject},
                                 {QStringLiteral("issuer"), c.issuer},
                                 {QStringLiteral("notBefore"), c.notBefore},
                                 {QStringLiteral("notAfter"), c.notAfter},
                                 {QStringLiteral("sha256"), c.sha256}});
    QJsonObject own{
        {QStringLiteral("exchangeId"), double(e.id)},
        {QStringLiteral("sessionId"), double(e.sessionId)},
        {QStringLiteral("state"), stateName(e.state)},
        {QStringLiteral("errorCode"), e.failed() ? errorCodeId(e.errorCode) : QString()},
        {QStringLiteral("errorMessage"), e.errorMessage},
        {QStringLiteral("responseTruncated"), e.responseTruncated},
        {QStringLiteral("responseBodySize"), double(e.responseBodySize)},
        {QStringLiteral("tlsChain"), chain},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("findings"), findings}};
    if (responseType.trimmed().toLower().startsWith("text/event-stream")) {
        SseParser parser;
        QJsonArray events;
        for (const SseEvent &event : parser.feed(e.responseBody))
            events.append(QJsonObject{{QStringLiteral("id"), latin1(event.id)},
                                      {QStringLiteral("event"), latin1(event.type)},
                                      {QStringLiteral("data"), latin1(event.data)}});
        own.insert(QStringLiteral("sseEvents"), events);
    }

    QJsonObject entry{{QStringLiteral("startedDateTime"), isoTime(e.startedAtMs)},
                      {QStringLiteral("time"), wait + receive},
                      {QStringLiteral("request"), request},
                      {QStringLiteral("response"), response},
                      {QStringLiteral("cache"), QJsonObject{}},
                      {QStringLiteral("timings"), timings},
                      {QStringLiteral("_mcpscope"), own}};
    if (e.sessionId > 0)
        entry.insert(QStringLiteral("pageref"), QStringLiteral("session_%1").arg(e.sessionId));
    if (e.failed())
        entry.insert(QStringLiteral("_error"), e.errorMessage);
    return entry;
}

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
        QHash<qint64, QJsonArray> messagesByExchange;
        for (const MessageRecord &m : std::as_const(*carried)) {
            const QByteArray payload = m_redactor.redactPayload(m.payload);
            protocol.see(m, payload);
            messagesByExchange[m.exchangeId].append(messageJson(m, payload));
        }
        for (qint64 id : ids) {
            auto stored = reader.exchange(id);
            if (!stored)
                return Failure{stored.error()};
            if (!stored->has_value())
                continue;
            const Exchange e = m_redactor.redact(**stored);
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
            if (!first)
                if (auto done = w.put(QByteArrayLiteral(",")); !done)
                    return done;
            first = false;
            if (auto done = w.put(entryJson(e, messagesByExchange.value(id), entryFindings)); !done)
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
            messages.append(messageJson(m, payload));
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
        ownSessions.append(
            QJsonObject{{QStringLiteral("id"), double(s.id)},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("target"), m_redactor.redactText(s.target)},
                        {QStringLiteral("kind"), s.kind},
                        {QStringLiteral("startedAt"), isoTime(s.startedAtMs)},
                        {QStringLiteral("endedAt"),
                         s.endedAtMs ? QJsonValue(isoTime(s.endedAtMs)) : QJsonValue()},
                        {QStringLiteral("protocolVersion"), protocol.version(s.id)},
                        {QStringLiteral("replayOf"), double(s.replayOf)},
                        {QStringLiteral("messages"), messages},
                        {QStringLiteral("findings"), sessionFindings}});
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
        for (qint64 id : ids) {
            const auto e = reader.exchange(id);
            if (!e)
                return Failure{e.error()};
            if (e->has_value())
                exchanges.append(toJson(redactor.redact(**e)));
        }
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
