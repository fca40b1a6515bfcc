#include "capture/call_fact.h"

#include "net/www_authenticate.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

namespace mcpscope {

namespace {

// A server controls every byte read here: caps keep the work bounded.
constexpr qsizetype kLongestHeader = 1024;
constexpr qsizetype kLongestForm = 64 * 1024;
constexpr qsizetype kLongestErrorBody = 64 * 1024;
constexpr qsizetype kLongestTool = 256;
// About 31 years: beyond that a count or a delay is garbage, not a figure.
constexpr qint64 kLargestCount = qint64(1) << 40;

QByteArrayView capped(QByteArrayView value)
{
    return value.first(std::min(value.size(), kLongestHeader)).trimmed();
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// All digits (at least one, at most 13): the number; else -1.
qint64 digitsValue(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 13)
        return -1;
    qint64 value = 0;
    for (char c : digits) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value <= kLargestCount ? value : -1;
}

int monthOf(QByteArrayView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() != 3)
        return 0;
    for (int i = 0; i < 12; ++i)
        if (name.compare(QByteArrayView(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    return 0;
}

QJsonObject jsonObject(QByteArrayView bytes)
{
    return QJsonDocument::fromJson(bytes.toByteArray()).object();
}

bool isOutgoingCall(const MessageRecord &m)
{
    return m.outgoing && (m.kind == u"request" || m.kind == u"notification");
}

bool isAnswer(const MessageRecord &m)
{
    return !m.outgoing && (m.kind == u"response" || m.kind == u"error");
}

QString toolOf(const MessageRecord &request)
{
    const bool named = request.method == u"tools/call" || request.method == u"prompts/get";
    const bool uri = request.method == u"resources/read";
    if (!named && !uri)
        return {};
    const QJsonObject params = jsonObject(request.payload).value(u"params").toObject();
    return params.value(named ? u"name" : u"uri").toString().left(kLongestTool);
}

// The outcome the JSON-RPC answer gives a call (Success when it says
// nothing against it).
CallOutcome outcomeOfAnswer(const MessageRecord &request, const MessageRecord &answer)
{
    if (answer.kind == u"error")
        return CallOutcome::RpcError;
    // Parsing a large tool result only to find no isError is wasted: look first.
    if (request.method == u"tools/call" && answer.payload.contains("isError") &&
        jsonObject(answer.payload).value(u"result").toObject().value(u"isError").toBool())
        return CallOutcome::ToolError;
    return CallOutcome::Success;
}

const MessageRecord *answerTo(const MessageRecord &request, const QList<MessageRecord> &messages)
{
    for (const MessageRecord &m : messages) {
        if (!isAnswer(m))
            continue;
        if (m.responseTo > 0 ? m.responseTo == request.id
                             : (!m.rpcId.isEmpty() && m.rpcId == request.rpcId))
            return &m;
    }
    return nullptr;
}

QString httpLabel(const Exchange &e)
{
    QString path = QUrl(e.url).path();
    if (path.isEmpty())
        path = QStringLiteral("/");
    return QString::fromLatin1(e.method) + QLatin1Char(' ') + path;
}

bool saysExpired(QByteArrayView text)
{
    return QByteArrayView(text).toByteArray().toLower().contains("expired");
}

} // namespace

namespace CallFactParse {

qint64 httpDateMs(QByteArrayView value)
{
    value = capped(value);
    if (value.size() > 64)
        return -1;
    // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday,
    // 06-Nov-94 08:49:37 GMT", asctime "Sun Nov  6 08:49:37 1994": the same
    // tokens in different orders once ',' and '-' are spaces.
    QByteArray text = value.toByteArray();
    text.replace(',', ' ').replace('-', ' ');
    int day = -1, month = 0, year = -1, hour = -1, minute = -1, second = -1;
    for (const QByteArray &token : text.split(' ')) {
        if (token.isEmpty())
            continue;
        if (token.contains(':')) {
            const QList<QByteArray> hms = token.split(':');
            if (hms.size() != 3 || hour >= 0)
                return -1;
            hour = int(digitsValue(hms.at(0)));
            minute = int(digitsValue(hms.at(1)));
            second = int(digitsValue(hms.at(2)));
        } else if (isDigit(token.front())) {
            const qint64 number = digitsValue(token);
            if (number < 0)
                return -1;
            if (day < 0 && token.size() <= 2)
                day = int(number);
            else if (year < 0)
                year = token.size() == 2 ? int(number) + (number >= 70 ? 1900 : 2000)
                                         : int(std::min<qint64>(number, 100000));
            else
                return -1;
        } else if (const int m = monthOf(token)) {
            month = m;
        }
        // Anything else (the weekday, "GMT") is passed over.
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return -1;
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
}

qint64 retryAfterMs(QByteArrayView value, qint64 referenceMs)
{
    value = capped(value);
    if (value.isEmpty())
        return -1;
    if (isDigit(value.front())) {
        const qint64 seconds = digitsValue(value);
        return seconds < 0 ? -1 : seconds * 1000;
    }
    const qint64 at = httpDateMs(value);
    if (at < 0)
        return -1;
    return std::max<qint64>(0, at - referenceMs);
}

qint64 leadingCount(QByteArrayView value)
{
    value = capped(value);
    if (value.startsWith('"'))
        value = value.sliced(1);
    qsizetype end = 0;
    while (end < value.size() && isDigit(value.at(end)))
        ++end;
    if (end == 0)
        return -1;
    // "100abc" is not a count; "100, 100;w=60" and "100;w=60" are.
    if (end < value.size()) {
        const char next = value.at(end);
        if (next != ',' && next != ';' && next != ' ' && next != '\t' && next != '"')
            return -1;
    }
    return digitsValue(value.first(end));
}

qint64 structuredParam(QByteArrayView value, QByteArrayView key)
{
    value = capped(value);
    const QByteArray text = value.toByteArray();
    for (const QByteArray &item : text.split(',')) {
        for (const QByteArray &member : item.split(';')) {
            const qsizetype eq = member.indexOf('=');
            if (eq <= 0)
                continue;
            if (member.first(eq).trimmed().compare(key, Qt::CaseInsensitive) != 0)
                continue;
            QByteArray number = member.sliced(eq + 1).trimmed();
            if (number.size() >= 2 && number.startsWith('"') && number.endsWith('"'))
                number = number.sliced(1, number.size() - 2);
            return digitsValue(number);
        }
    }
    return -1;
}

RateLimit rateLimit(const HeaderList &responseHeaders, int status, qint64 startedAtMs)
{
    RateLimit r;
    const auto header = [&](const char *name) { return headerValue(responseHeaders, name); };
    if (status == 429 || status == 503) {
        const QByteArray retry = header("retry-after");
        if (!retry.isEmpty()) {
            const qint64 date = httpDateMs(header("date"));
            r.retryAfterMs = retryAfterMs(retry, date >= 0 ? date : startedAtMs);
        }
    }
    for (const char *name : {"ratelimit-limit", "x-ratelimit-limit"}) {
        if (r.limit < 0)
            r.limit = leadingCount(header(name));
    }
    for (const char *name : {"ratelimit-remaining", "x-ratelimit-remaining"}) {
        if (r.remaining < 0)
            r.remaining = leadingCount(header(name));
    }
    const QByteArray combined = header("ratelimit");
    const QByteArray policy = header("ratelimit-policy");
    if (r.limit < 0 && !policy.isEmpty()) {
        r.limit = structuredParam(policy, "q");
        if (r.limit < 0)
            r.limit = leadingCount(policy); // draft 03: "100;w=60"
    }
    if (r.limit < 0 && !combined.isEmpty())
        r.limit = structuredParam(combined, "limit");
    if (r.remaining < 0 && !combined.isEmpty()) {
        r.remaining = structuredParam(combined, "r");
        if (r.remaining < 0)
            r.remaining = structuredParam(combined, "remaining");
    }
    return r;
}

AuthEvent authEvent(const Exchange &e)
{
    const bool ok = e.status >= 200 && e.status < 300;
    const bool form =
        e.requestHeader("content-type").toLower().contains("application/x-www-form-urlencoded");
    if (form && e.method == "POST") {
        const QUrlQuery query(QString::fromUtf8(
            e.requestBody.first(std::min<qsizetype>(e.requestBody.size(), kLongestForm))));
        const QString grant = query.queryItemValue(QStringLiteral("grant_type"));
        if (!grant.isEmpty()) {
            if (grant == u"refresh_token")
                return ok ? AuthEvent::Refresh : AuthEvent::RefreshFailed;
            if (ok)
                return AuthEvent::SignIn;
            const QString error =
                jsonObject(QByteArrayView(e.responseBody)
                               .first(std::min(e.responseBody.size(), kLongestErrorBody)))
                    .value(u"error")
                    .toString();
            if (error == u"invalid_grant")
                return AuthEvent::InvalidGrant;
        } else if (query.hasQueryItem(QStringLiteral("token"))) {
            const QString path = QUrl(e.url).path().toLower();
            if (path.contains(u"revoke") || path.contains(u"revocation"))
                return AuthEvent::Revocation;
        }
    }
    if (e.status == 401) {
        const std::optional<BearerChallenge> challenge = bearerChallenge(e.responseHeaders);
        if ((challenge && saysExpired(challenge->errorDescription.toUtf8())) ||
            saysExpired(QByteArrayView(e.responseBody)
                            .first(std::min(e.responseBody.size(), kLongestErrorBody))))
            return AuthEvent::TokenExpired;
        if (challenge && challenge->error == u"invalid_token")
            return AuthEvent::InvalidToken;
        return AuthEvent::Unauthorized401;
    }
    if (e.status == 403) {
        const std::optional<BearerChallenge> challenge = bearerChallenge(e.responseHeaders);
        if (challenge && challenge->error == u"insufficient_scope")
            return AuthEvent::InsufficientScope403;
    }
    return AuthEvent::None;
}

} // namespace CallFactParse

CallFact factOfExchange(const Exchange &e, const QList<MessageRecord> &messages)
{
    CallFact f;
    f.sessionId = e.sessionId;
    f.exchangeId = e.id;
    f.atMs = e.startedAtMs;
    f.ttfbMs = e.ttfbMs;
    f.totalMs = e.totalMs;
    f.status = e.status;
    f.bytesOut = e.requestBody.size();
    f.bytesIn = e.responseBodySize;

    // The call it carried: the first request it sent, else its first
    // notification; messages of other exchanges only answer.
    const MessageRecord *call = nullptr;
    for (const MessageRecord &m : messages) {
        if (!isOutgoingCall(m) || (m.exchangeId != 0 && m.exchangeId != e.id))
            continue;
        const bool better = !call || (m.kind == u"request" && call->kind != u"request") ||
                            (m.kind == call->kind && m.id < call->id);
        if (better)
            call = &m;
    }
    if (call) {
        f.label = call->method;
        f.messageId = call->id;
        f.tool = toolOf(*call);
    } else {
        f.label = httpLabel(e);
    }

    const MessageRecord *answer =
        call && call->kind == u"request" ? answerTo(*call, messages) : nullptr;
    // Two answers that look like failures and are not (the incident report
    // reads them the same way): a stream the client closed itself after a
    // 2xx (or a listening GET it closed while it was still opening), and a
    // server that offers no listening stream (405 to the GET, as Streamable
    // HTTP allows). Counted, they put an error in every session.
    // A call the client cancelled is no such answer: it stays a failure.
    const bool closedByUs =
        e.errorCode == ErrorCode::NetAborted && !call &&
        ((e.status >= 200 && e.status < 300) || (e.method == "GET" && e.status == 0));
    const bool noListeningStream = e.method == "GET" && e.status == 405 && !call;
    // A third: the era probe (server/discover, issue 16) refused by a server
    // of the legacy era, which the client then speaks to with initialize.
    // The refusal is how a legacy server answers the probe.
    const bool eraProbeRefused =
        call && call->method == u"server/discover" &&
        ((e.status >= 400 && e.status < 500) ||
         (answer && outcomeOfAnswer(*call, *answer) == CallOutcome::RpcError));
    if (closedByUs || noListeningStream || eraProbeRefused)
        f.outcome = CallOutcome::Success;
    else if (e.status >= 500)
        f.outcome = CallOutcome::ServerError;
    else if (e.status >= 400)
        f.outcome = CallOutcome::ClientError;
    else if (answer)
        f.outcome = outcomeOfAnswer(*call, *answer);
    else if (e.state == Exchange::State::Failed)
        f.outcome = CallOutcome::NetworkFailure;

    f.authEvent = CallFactParse::authEvent(e);
    const CallFactParse::RateLimit limits =
        CallFactParse::rateLimit(e.responseHeaders, e.status, e.startedAtMs);
    f.retryAfterMs = limits.retryAfterMs;
    f.rateLimitLimit = limits.limit;
    f.rateLimitRemaining = limits.remaining;
    return f;
}

CallFact factOfStdioRequest(const MessageRecord &request, const MessageRecord *answer)
{
    CallFact f;
    f.sessionId = request.sessionId;
    f.messageId = request.id;
    f.atMs = request.atMs;
    f.label = request.method;
    f.tool = toolOf(request);
    f.bytesOut = request.payload.size();
    if (!answer) {
        f.outcome = CallOutcome::NoAnswer;
        return f;
    }
    f.totalMs = answer->latencyMs >= 0 ? answer->latencyMs : -1;
    f.bytesIn = answer->payload.size();
    f.outcome = outcomeOfAnswer(request, *answer);
    // The era probe refused by a legacy server (see factOfExchange).
    if (request.method == u"server/discover" && f.outcome == CallOutcome::RpcError)
        f.outcome = CallOutcome::Success;
    return f;
}

} // namespace mcpscope
