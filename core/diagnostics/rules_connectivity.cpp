// Passive rules: DNS, TCP, TLS, clock skew and transport (diagnostic_rule.h).
//
// What the store holds decides what these rules can say: a failed request's
// error code (net.dns, net.connect, net.tls, …), the certificate chain the
// server sent (subject, issuer, validity; leaf first), the TLS version and the
// certificate problems the handshake reported (Exchange::tlsProtocol and
// tlsErrors, stored with the chain), the response's Date, and the time to
// first byte and in total. A passive capture cannot split the time to first
// byte into DNS, TCP connect, TLS handshake and the server's own work (Qt does
// not report them per request): the Connection Doctor measures those stages.
#include "diagnostics/diagnostic_rule.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace mcpscope {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
// A certificate within this many days of its end is "expiring soon".
constexpr int kExpiringDays = 14;
// The server's Date may be off the local clock by this much before it is a
// finding: Date has a resolution of one second and the answer's time here is
// taken at its first byte, and JWT validators commonly tolerate up to a
// minute of skew; beyond it tokens start to look expired or not yet valid.
constexpr qint64 kClockSkewS = 60;

QString hostOf(const QString &url)
{
    return QUrl(url).host();
}

QString originOf(const QString &url)
{
    const QUrl u(url);
    return u.scheme() + u"://" + u.authority();
}

QString pathOf(const QString &url)
{
    return QUrl(url).path();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

bool isSse(const Exchange &e)
{
    return e.responseHeader("content-type").contains("text/event-stream");
}

bool isJsonType(const Exchange &e)
{
    const QByteArray type = e.responseHeader("content-type").toLower();
    return type.contains("json");
}

// "HTTP 404", or "HTTP 200 (text/html)" when a 2xx carried a body of another
// type than the transport's.
QString describeAnswer(const Exchange &e)
{
    if (e.status == 0)
        return e.errorMessage.section(QLatin1Char('.'), 0, 0);
    const QByteArray type = e.responseHeader("content-type");
    if (e.status >= 200 && e.status < 300 && !type.isEmpty())
        return QStringLiteral("HTTP %1 (%2)").arg(e.status).arg(QString::fromLatin1(type));
    return QStringLiteral("HTTP %1").arg(e.status);
}

// The JSON-RPC method of the first request the exchange carried (from its
// recorded messages, else its body).
QString requestMethod(const RuleInput &in)
{
    for (const MessageRecord &m : in.messages)
        if (m.outgoing && !m.method.isEmpty())
            return m.method;
    const QByteArray &body = in.exchange->requestBody;
    if (body.isEmpty() || body.size() > 64 * 1024 || !body.contains("\"method\""))
        return {};
    QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonObject o = doc.isArray() ? doc.array().at(0).toObject() : doc.object();
    return o.value(QLatin1String("method")).toString();
}

bool carriesInitialize(const RuleInput &in)
{
    const Exchange &e = *in.exchange;
    if (e.method != "POST" || !e.requestBody.contains("initialize"))
        return false;
    return requestMethod(in) == u"initialize";
}

// Whether pick is true for a line of body.
template <typename Pick> bool forEachLine(QByteArrayView body, Pick pick)
{
    while (!body.isEmpty()) {
        const qsizetype end = body.indexOf('\n');
        const QByteArrayView line = end < 0 ? body : body.first(end);
        if (pick(line))
            return true;
        body = end < 0 ? QByteArrayView() : body.sliced(end + 1);
    }
    return false;
}

// An SSE body carrying a JSON-RPC response (result or error).
bool sseCarriesResponse(const RuleInput &in)
{
    for (const MessageRecord &m : in.messages)
        if (!m.outgoing && (m.kind == u"response" || m.kind == u"error"))
            return true;
    return forEachLine(in.exchange->responseBody, [](QByteArrayView line) {
        return line.startsWith("data:") &&
               (line.contains("\"result\"") || line.contains("\"error\""));
    });
}

bool sseHasEventId(const QByteArray &body)
{
    return forEachLine(body, [](QByteArrayView line) {
        return line.startsWith("id:") && !line.sliced(3).trimmed().isEmpty();
    });
}

bool sseHasEndpointEvent(const QByteArray &body)
{
    return body.contains("event: endpoint") || body.contains("event:endpoint");
}

// ---- DNS and refused connections ------------------------------------------

class ReachabilityRule final : public DiagnosticRule
{
public:
    void input(const RuleInput &in, RuleReport &out) override
    {
        const Exchange *e = in.exchange;
        if (!e || e->errorCode == ErrorCode::None)
            return;
        if (e->errorCode == ErrorCode::NetDns) {
            const QString host = hostOf(e->url);
            out.raise("net.dns", {host}, host, {e->id});
        } else if (e->errorCode == ErrorCode::NetConnect) {
            const QUrl url(e->url);
            const QString port = QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
            out.raise("net.refused", {url.host(), port}, url.host() + u':' + port, {e->id});
        }
    }
};

// ---- TLS: certificates, chain, protocol -------------------------------------

class TlsRule final : public DiagnosticRule
{
public:
    void input(const RuleInput &in, RuleReport &out) override
    {
        const Exchange *e = in.exchange;
        if (!e)
            return;
        if (e->tlsChain.isEmpty()) {
            if (e->errorCode == ErrorCode::NetTls)
                protocolFailure(*e, out);
            return;
        }
        const CertificateSummary &leaf = e->tlsChain.constFirst();
        const Validity &v = validity(leaf);
        const qint64 at = e->startedAtMs;
        const bool weak = e->tlsProtocol == u"TLSv1.0" || e->tlsProtocol == u"TLSv1.1";
        const bool dated = (v.notAfter != 0 && v.notAfter - at < kExpiringDays * kDayMs) ||
                           (v.notBefore != 0 && v.notBefore > at);
        // The common case (a valid certificate, far from its end, TLS 1.2+)
        // stops here, before any URL is parsed.
        if (!weak && !dated && e->tlsErrors.isEmpty())
            return;
        const QString host = hostOf(e->url);
        if (v.notAfter != 0 && v.notAfter < at)
            out.raise("tls.cert.expired", {host, leaf.subject, leaf.notAfter, isoTime(at)}, host,
                      {e->id});
        else if (v.notBefore != 0 && v.notBefore > at)
            out.raise("tls.cert.not_yet_valid", {host, leaf.subject, leaf.notBefore, isoTime(at)},
                      host, {e->id});
        else if (v.notAfter != 0 && v.notAfter - at < kExpiringDays * kDayMs)
            out.raise("tls.cert.expiring",
                      {host, leaf.subject, leaf.notAfter,
                       QString::number(qRound(double(v.notAfter - at) / kDayMs))},
                      host, {e->id});

        if (weak)
            out.raise("tls.protocol.weak", {host, e->tlsProtocol}, host, {e->id});

        const QStringList &errors = e->tlsErrors;
        if (errors.isEmpty())
            return;
        if (errors.contains(u"hostname"))
            out.raise("tls.cert.hostname", {host, leaf.subject}, host, {e->id});
        if (errors.contains(u"self_signed")) {
            out.raise("tls.cert.self_signed", {host, leaf.subject}, host, {e->id});
            return;
        }
        const bool unknownIssuer =
            errors.contains(u"no_local_issuer") || errors.contains(u"no_issuer") ||
            errors.contains(u"unverified_first") || errors.contains(u"self_signed_in_chain") ||
            errors.contains(u"untrusted");
        if (!unknownIssuer)
            return;
        // The chain as sent: the leaf alone, signed by someone else, means
        // the server left out its intermediate; a chain that reaches an
        // issuer it does not contain (or a root) is an unknown authority.
        if (e->tlsChain.size() == 1 && leaf.issuer != leaf.subject) {
            out.raise("tls.chain.incomplete", {host, leaf.subject, leaf.issuer}, host, {e->id});
            return;
        }
        const CertificateSummary &top = e->tlsChain.constLast();
        out.raise("tls.chain.untrusted_root", {host, top.subject, top.issuer}, host, {e->id});
    }

private:
    struct Validity
    {
        qint64 notBefore = 0, notAfter = 0;
    };

    const Validity &validity(const CertificateSummary &c)
    {
        auto it = m_validity.constFind(c.sha256);
        if (it != m_validity.constEnd())
            return *it;
        Validity v;
        const QDateTime from = QDateTime::fromString(c.notBefore, Qt::ISODate);
        const QDateTime to = QDateTime::fromString(c.notAfter, Qt::ISODate);
        if (from.isValid())
            v.notBefore = from.toMSecsSinceEpoch();
        if (to.isValid())
            v.notAfter = to.toMSecsSinceEpoch();
        return *m_validity.insert(c.sha256, v);
    }

    static void protocolFailure(const Exchange &e, RuleReport &out)
    {
        // No certificate arrived: the handshake failed before it, which
        // OpenSSL names in its (untranslated) reason.
        static const QRegularExpression reason(
            QStringLiteral("(unsupported protocol|protocol version|no protocols available)"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = reason.match(e.errorMessage);
        if (!m.hasMatch())
            return;
        const QString host = hostOf(e.url);
        out.raise("tls.protocol.unsupported", {host, m.captured(1)}, host, {e.id});
    }

    QHash<QString, Validity> m_validity; // by fingerprint
};

// ---- Clock skew from the server's Date --------------------------------------

// An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT", RFC 9110 §5.6.7), the
// only form a server may send; 0 when it is not one.
qint64 parseHttpDate(QByteArrayView d)
{
    if (d.size() != 29 || d[3] != ',' || !d.endsWith(" GMT"))
        return 0;
    static constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int month = 0;
    for (int i = 0; i < 12; ++i)
        if (d.sliced(8, 3) == QByteArrayView(kMonths[i]))
            month = i + 1;
    const auto number = [&d](qsizetype at, qsizetype n) {
        int v = 0;
        for (qsizetype i = at; i < at + n; ++i) {
            if (d[i] < '0' || d[i] > '9')
                return -1;
            v = v * 10 + (d[i] - '0');
        }
        return v;
    };
    const int day = number(5, 2), year = number(12, 4), h = number(17, 2), m = number(20, 2),
              s = number(23, 2);
    if (month == 0 || day < 0 || year < 0 || h < 0 || m < 0 || s < 0)
        return 0;
    const QDate date(year, month, day);
    const QTime time(h, m, s);
    if (!date.isValid() || !time.isValid())
        return 0;
    return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
}

class ClockSkewRule final : public DiagnosticRule
{
public:
    void input(const RuleInput &in, RuleReport &out) override
    {
        const Exchange *e = in.exchange;
        if (!e || e->status == 0 || e->startedAtMs <= 0)
            return;
        const QByteArray date = e->responseHeader("date");
        if (date.isEmpty() || !e->responseHeader("age").isEmpty()) // a cache's copy is old
            return;
        if (date != m_lastDate) {
            m_lastDate = date;
            m_lastDateMs = parseHttpDate(date);
        }
        if (m_lastDateMs == 0)
            return;
        const qint64 here = e->startedAtMs + qint64(qMax(0.0, e->ttfbMs));
        // Date is truncated to the second: the server's time was in
        // [date, date + 1 s).
        qint64 off = 0;
        if (m_lastDateMs > here)
            off = m_lastDateMs - here;
        else if (m_lastDateMs + 1000 < here)
            off = m_lastDateMs + 1000 - here;
        if (qAbs(off) <= kClockSkewS * 1000)
            return;
        const QString host = hostOf(e->url);
        const QString seconds = (off > 0 ? QStringLiteral("+") : QString()) +
                                QString::number(double(off) / 1000.0, 'f', 0);
        out.raise("net.clock_skew",
                  {host, QString::fromLatin1(date), seconds, QString::number(kClockSkewS)}, host,
                  {e->id});
    }

private:
    QByteArray m_lastDate;
    qint64 m_lastDateMs = 0;
};

// ---- Transport ---------------------------------------------------------------

class TransportRule final : public DiagnosticRule
{
public:
    void input(const RuleInput &in, RuleReport &out) override
    {
        const Exchange *e = in.exchange;
        if (!e || e->state == Exchange::State::Pending)
            return;
        const QByteArray session = e->responseHeader("mcp-session-id");
        if (!session.isEmpty() && !m_sessions.contains(session))
            m_sessions.insert(session, e->id);

        if (e->method == "GET")
            get(in, out);
        else if (e->method == "POST")
            post(in, out);
    }

    void finish(RuleReport &out) override
    {
        // An initialize POST the server did not understand: the spec's
        // fallback to HTTP+SSE at the same URL is no failure; an event
        // stream elsewhere on the server, or a path that names one, is the
        // /sse vs /mcp confusion; anything else is not MCP at all.
        for (const Attempt &f : std::as_const(m_failedPosts)) {
            if (find(m_sseEndpoints, f, true))
                continue;
            if (const Attempt *s = find(m_sseEndpoints, f, false))
                out.raise("transport.wrong_endpoint.sse", {f.url, f.answer, s->url}, f.url,
                          {f.id, s->id});
            else if (pathOf(f.url).endsWith(u"/sse") && f.status >= 400)
                out.raise("transport.wrong_endpoint.sse", {f.url, f.answer, f.url}, f.url, {f.id});
            else
                out.raise("transport.not_mcp", {f.url, QStringLiteral("Streamable HTTP"), f.answer},
                          f.url, {f.id});
        }
        for (const Attempt &l : std::as_const(m_refusedStreams)) {
            const Attempt *p = find(m_initialized, l, true);
            if (!p)
                p = find(m_initialized, l, false);
            if (p)
                out.raise("transport.wrong_endpoint.streamable", {l.url, l.answer, p->url}, l.url,
                          {l.id, p->id});
            else if (pathOf(l.url).endsWith(u"/mcp") && l.status >= 400)
                out.raise("transport.wrong_endpoint.streamable", {l.url, l.answer, l.url}, l.url,
                          {l.id});
            else
                out.raise("transport.not_mcp", {l.url, QStringLiteral("HTTP+SSE"), l.answer}, l.url,
                          {l.id});
        }
    }

private:
    struct Attempt
    {
        QString url;
        QString origin;
        QString answer;
        int status = 0;
        qint64 id = 0;
    };

    static const Attempt *find(const QList<Attempt> &list, const Attempt &a, bool sameUrl)
    {
        for (const Attempt &o : list)
            if (sameUrl ? o.url == a.url : (o.origin == a.origin && o.url != a.url))
                return &o;
        return nullptr;
    }

    static Attempt attempt(const Exchange &e)
    {
        return {e.url, originOf(e.url), describeAnswer(e), e.status, e.id};
    }

    static bool ignoredStatus(int status)
    {
        // Authorization and rate limits say nothing about the transport.
        return status == 401 || status == 403 || status == 429 || status >= 500;
    }

    void get(const RuleInput &in, RuleReport &out)
    {
        const Exchange &e = *in.exchange;
        if (e.errorCode != ErrorCode::None && e.status == 0)
            return; // never reached HTTP: the network rules say why
        const bool streamable = !e.requestHeader("mcp-session-id").isEmpty() ||
                                !e.requestHeader("mcp-protocol-version").isEmpty() ||
                                !e.requestHeader("last-event-id").isEmpty();
        const bool sseOk = e.status == 200 && isSse(e);
        if (streamable) {
            if (!sseOk && e.status != 405 && !ignoredStatus(e.status) && e.status != 0)
                out.raise("transport.get_stream_refused", {e.url, describeAnswer(e)}, e.url,
                          {e.id});
            return;
        }
        if (!e.requestHeader("accept").contains("text/event-stream"))
            return;
        // An HTTP+SSE client opening its stream.
        if (sseOk) {
            if (sseHasEndpointEvent(e.responseBody) || e.state == Exchange::State::Streaming)
                m_sseEndpoints.append(attempt(e));
            return;
        }
        if (!ignoredStatus(e.status))
            m_refusedStreams.append(attempt(e));
    }

    void post(const RuleInput &in, RuleReport &out)
    {
        const Exchange &e = *in.exchange;
        if (e.status == 0)
            return;
        const QByteArray session = e.requestHeader("mcp-session-id");
        if (!session.isEmpty()) {
            const auto established = m_sessions.constFind(session);
            const bool gone =
                e.status == 404 ||
                (e.status == 400 && e.responseBody.left(4096).toLower().contains("session"));
            if (established != m_sessions.constEnd() && *established != e.id && gone) {
                out.raise(
                    "transport.session_lost",
                    {QString::fromLatin1(session), QString::number(e.status), requestMethod(in)},
                    QString::fromLatin1(session), {*established, e.id});
                return;
            }
        }
        if (e.status == 200 && isSse(e))
            sseStream(in, out);
        if (!carriesInitialize(in))
            return;
        const bool sse = isSse(e);
        if (e.status == 200 && sse && sseHasEndpointEvent(e.responseBody)) {
            // A POST opened an HTTP+SSE stream: the URL is an SSE endpoint.
            out.raise("transport.wrong_endpoint.sse", {e.url, describeAnswer(e), e.url}, e.url,
                      {e.id});
            return;
        }
        const bool json = isJsonType(e);
        // 202: accepted, the answer travels on the HTTP+SSE stream.
        const bool mcpAnswer =
            e.status == 202 ||
            (e.status == 200 && (sse || (json && e.responseBody.contains("\"jsonrpc\""))));
        if (mcpAnswer) {
            m_initialized.append(attempt(e));
            return;
        }
        if (ignoredStatus(e.status) || (e.status >= 300 && e.status < 400))
            return;
        // A 400 with a JSON-RPC error is an MCP server refusing the request.
        if (e.status == 400 && e.responseBody.contains("\"jsonrpc\""))
            return;
        m_failedPosts.append(attempt(e));
    }

    void sseStream(const RuleInput &in, RuleReport &out)
    {
        const Exchange &e = *in.exchange;
        if (e.state == Exchange::State::Streaming || e.errorCode == ErrorCode::NetAborted ||
            e.responseTruncated)
            return;
        // Cheapest first: most streams carry their response.
        if (!e.requestBody.contains("\"id\"") || sseCarriesResponse(in) ||
            sseHasEventId(e.responseBody))
            return;
        const QString method = requestMethod(in);
        if (method.isEmpty())
            return;
        out.raise("transport.sse_no_event_ids", {method, e.url}, e.url, {e.id});
    }

    QHash<QByteArray, qint64> m_sessions; // Mcp-Session-Id -> the exchange that set it
    QList<Attempt> m_failedPosts, m_refusedStreams, m_sseEndpoints, m_initialized;
};

} // namespace

RuleList connectivityRules()
{
    RuleList rules;
    rules.push_back(std::make_unique<ReachabilityRule>());
    rules.push_back(std::make_unique<TlsRule>());
    rules.push_back(std::make_unique<ClockSkewRule>());
    rules.push_back(std::make_unique<TransportRule>());
    return rules;
}

} // namespace mcpscope
