// Passive rules: latency and intermittency (diagnostic_rule.h).
//
// Thresholds are the troubleshooting guide's (reference 000, "Monitoring and
// Alerting Framework"): its alertManager flags a P95 response time above
// 2,000 ms, and its error-rate alert looks at 5-minute spans. A call is one
// JSON-RPC request (HTTP exchange or stdio), keyed by its method and, for
// tools/call, prompts/get and resources/read, the tool, prompt or URI; or,
// for plain HTTP (OAuth, metadata), by HTTP method and path. Its time is the
// answer's latency when one came, else the exchange's total.
#include "diagnostics/diagnostic_rule.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <vector>

namespace mcpscope {

namespace {

constexpr double kSlowP95Ms = 2000;                      // the guide's responseTimeP95
constexpr qint64 kIntermittencyWindowMs = 5 * 60 * 1000; // the guide's 5-minute window
constexpr qsizetype kLongestKey = 200;

QString callKey(const MessageRecord &request)
{
    const bool named = request.method == u"tools/call" || request.method == u"prompts/get";
    if (!named && request.method != u"resources/read")
        return request.method.left(kLongestKey);
    // Clients put the name first ("params":{"name":"echo",…}): read it
    // without a parse. Escapes, spaces or another order: parsed.
    const QByteArrayView key = named ? QByteArrayView("\"params\":{\"name\":\"")
                                     : QByteArrayView("\"params\":{\"uri\":\"");
    if (const qsizetype at = request.payload.indexOf(key); at >= 0) {
        const qsizetype from = at + key.size();
        const qsizetype to = request.payload.indexOf('"', from);
        const QByteArrayView value =
            to > from ? QByteArrayView(request.payload).sliced(from, to - from) : QByteArrayView();
        if (!value.isEmpty() && !value.contains('\\'))
            return QString(request.method + QLatin1Char(' ') + QString::fromUtf8(value))
                .left(kLongestKey);
    }
    // Only these requests are parsed (small: the client's own).
    const QJsonObject params =
        QJsonDocument::fromJson(request.payload).object().value(u"params").toObject();
    const QString what = params.value(named ? u"name" : u"uri").toString();
    return QString(request.method + QLatin1Char(' ') + what).left(kLongestKey);
}

QString httpKey(const Exchange &e)
{
    QString path = QUrl(e.url).path();
    if (path.isEmpty())
        path = QStringLiteral("/");
    return QString(QString::fromLatin1(e.method) + QLatin1Char(' ') + path).left(kLongestKey);
}

// A failure that may come and go: the server's (5xx, 408, a JSON-RPC
// internal or server error) or the network's. A refused credential (401,
// 403), a rate limit (429: the HTTP rules) and a request the server rejects
// (other 4xx, tool errors) fail every time they are sent as they are.
bool transientStatus(int status)
{
    return status >= 500 || status == 408;
}

bool transientNetwork(const Exchange &e)
{
    return e.failed() && e.status == 0 && e.errorCode != ErrorCode::NetAborted;
}

bool transientRpcError(const MessageRecord &answer)
{
    if (answer.kind != u"error")
        return false;
    const int code = QJsonDocument::fromJson(answer.payload)
                         .object()
                         .value(u"error")
                         .toObject()
                         .value(u"code")
                         .toInt();
    return code == -32603 || (code <= -32000 && code >= -32099);
}

QString failureText(const Exchange *e, const MessageRecord *answer)
{
    if (e && e->status > 0 && transientStatus(e->status))
        return QStringLiteral("HTTP %1").arg(e->status);
    if (e && transientNetwork(*e))
        return errorCodeId(e->errorCode);
    if (answer)
        return QStringLiteral("JSON-RPC error");
    return {};
}

class PerformanceRule final : public DiagnosticRule
{
public:
    void input(const RuleInput &in, RuleReport &out) override
    {
        Q_UNUSED(out)
        const Exchange *e = in.exchange;
        bool carriedRequest = false;
        for (const MessageRecord &m : in.messages) {
            if (m.outgoing && m.kind == u"request") {
                carriedRequest = true;
                const QString key = callKey(m);
                const qint64 at = m.atMs ? m.atMs : (e ? e->startedAtMs : 0);
                // The exchange failed before any answer could come.
                if (e && (transientStatus(e->status) || transientNetwork(*e) ||
                          (e->status >= 400 && e->status != 0))) {
                    call(key, at, e->totalMs, e->id, 0, failureText(e, nullptr),
                         e->status >= 400 && !transientStatus(e->status));
                    continue;
                }
                const Pending p{key, at, e ? e->id : 0, e ? 0 : m.id, m.rpcId};
                // Answered already: HTTP+SSE answers on the GET stream, an
                // exchange that started (and is read) before this one.
                if (const auto early = m_early.constFind(m.id); early != m_early.constEnd()) {
                    const MessageRecord answer = *early;
                    m_early.erase(early);
                    answered(p, answer, nullptr);
                    continue;
                }
                m_pending.insert(m.id, p);
                if (!m.rpcId.isEmpty())
                    m_pendingByRpcId.insert(m.rpcId, m.id);
            }
        }
        for (const MessageRecord &m : in.messages) {
            if (m.outgoing || (m.kind != u"response" && m.kind != u"error"))
                continue;
            qint64 requestId = m.responseTo;
            if (!requestId)
                requestId = m_pendingByRpcId.value(m.rpcId);
            const auto it = m_pending.constFind(requestId);
            if (it == m_pending.constEnd()) {
                if (m.responseTo && m.latencyMs >= 0 && m_early.size() < kMaxEarly)
                    m_early.insert(m.responseTo, m);
                continue;
            }
            const Pending p = *it;
            m_pending.erase(it);
            m_pendingByRpcId.remove(p.rpcId);
            answered(p, m, e);
        }
        if (!e || carriedRequest || in.messages.size() > 0)
            return;
        // Plain HTTP (OAuth, metadata). A GET stream lives as long as the
        // session: no call time.
        if (e->state == Exchange::State::Streaming ||
            e->responseHeader("content-type").startsWith("text/event-stream"))
            return;
        const bool failed = transientStatus(e->status) || transientNetwork(*e);
        call(httpKey(*e), e->startedAtMs, e->totalMs, e->id, 0,
             failed ? failureText(e, nullptr) : QString(), e->status >= 400 && !failed);
    }

    void finish(RuleReport &out) override
    {
        for (auto it = m_calls.begin(); it != m_calls.end(); ++it) {
            Calls &c = it.value();
            if (c.slowIds.isEmpty() && c.slowMessageIds.isEmpty())
                continue;
            std::vector<double> &times = c.times;
            // Nearest rank: the value at ceil(0.95 n).
            const size_t rank = size_t(std::ceil(0.95 * double(times.size())));
            const size_t index = std::max<size_t>(rank, 1) - 1;
            std::nth_element(times.begin(), times.begin() + qsizetype(index), times.end());
            const double p95 = times[index];
            if (p95 <= kSlowP95Ms)
                continue;
            const double slowest = *std::max_element(times.begin(), times.end());
            out.raise("perf.slow_endpoint",
                      {it.key(), QString::number(qRound64(p95)), QString::number(times.size()),
                       QString::number(qRound64(slowest)), QString::number(qRound64(kSlowP95Ms))},
                      it.key(), c.slowIds, c.slowMessageIds);
        }
        for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it) {
            const Calls &c = it.value();
            if (!c.intermittent)
                continue;
            out.raise("perf.intermittent",
                      {it.key(), QString::number(c.failures), QString::number(c.total),
                       QString::number(kIntermittencyWindowMs / 60000), c.firstFailure},
                      it.key(), c.flakyIds, c.flakyMessageIds);
        }
    }

private:
    // Answers held until their request is read: bounded (a stream of
    // answers to requests never captured must not grow without end).
    static constexpr qsizetype kMaxEarly = 10000;

    struct Pending
    {
        QString key;
        qint64 atMs = 0;
        qint64 exchangeId = 0, messageId = 0;
        QString rpcId;
    };

    void answered(const Pending &p, const MessageRecord &answer, const Exchange *e)
    {
        double ms = answer.latencyMs;
        if (ms < 0)
            ms = answer.atMs > p.atMs ? double(answer.atMs - p.atMs) : -1;
        if (ms < 0 && e && e->id == p.exchangeId)
            ms = e->totalMs;
        const bool failed = transientRpcError(answer);
        call(p.key, p.atMs, ms, p.exchangeId, p.messageId,
             failed ? failureText(nullptr, &answer) : QString(), false);
    }
    struct Calls
    {
        std::vector<double> times;
        QList<qint64> slowIds, slowMessageIds;
        int total = 0, failures = 0;
        qint64 lastSuccessMs = -1, lastFailureMs = -1;
        qint64 lastSuccessId = 0, lastSuccessMessageId = 0;
        bool intermittent = false;
        QString firstFailure;
        QList<qint64> flakyIds, flakyMessageIds;
    };

    static void addEvidence(QList<qint64> &ids, qint64 id)
    {
        if (id && ids.size() < RuleReport::kMaxEvidence && !ids.contains(id))
            ids.append(id);
    }

    // One call ended. failure: what failed ("" = it succeeded); rejected:
    // a failure that does not come and go (counts for neither side).
    void call(const QString &key, qint64 atMs, double ms, qint64 exchangeId, qint64 messageId,
              const QString &failure, bool rejected)
    {
        Calls &c = m_calls[key];
        if (ms >= 0) {
            c.times.push_back(ms);
            if (ms > kSlowP95Ms) {
                addEvidence(c.slowIds, exchangeId);
                addEvidence(c.slowMessageIds, messageId);
            }
        }
        if (rejected)
            return;
        ++c.total;
        if (failure.isEmpty()) {
            if (c.lastFailureMs >= 0 && atMs - c.lastFailureMs <= kIntermittencyWindowMs) {
                c.intermittent = true;
                addEvidence(c.flakyIds, exchangeId);
                addEvidence(c.flakyMessageIds, messageId);
            }
            c.lastSuccessMs = atMs;
            c.lastSuccessId = exchangeId;
            c.lastSuccessMessageId = messageId;
            return;
        }
        ++c.failures;
        if (c.firstFailure.isEmpty())
            c.firstFailure = failure;
        addEvidence(c.flakyIds, exchangeId);
        addEvidence(c.flakyMessageIds, messageId);
        if (c.lastSuccessMs >= 0 && atMs - c.lastSuccessMs <= kIntermittencyWindowMs) {
            c.intermittent = true;
            addEvidence(c.flakyIds, c.lastSuccessId);
            addEvidence(c.flakyMessageIds, c.lastSuccessMessageId);
        }
        c.lastFailureMs = atMs;
    }

    QHash<QString, Calls> m_calls;
    QHash<qint64, Pending> m_pending;
    QHash<QString, qint64> m_pendingByRpcId;
    QHash<qint64, MessageRecord> m_early; // answer by its request's message id
};

} // namespace

RuleList performanceRules()
{
    RuleList rules;
    rules.push_back(std::make_unique<PerformanceRule>());
    return rules;
}

} // namespace mcpscope
