#include "export/incident_report.h"
#include "export/export_redactor.h"

#include "capture/findings_store.h"
#include "capture/redaction.h"

#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace mcpscope {

namespace {

QString milliseconds(double ms)
{
    return QStringLiteral("%1 ms").arg(QString::number(ms, 'f', 1));
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The longest run of c in text.
qsizetype longestRun(const QString &text, QChar c)
{
    qsizetype longest = 0, run = 0;
    for (QChar ch : text) {
        run = ch == c ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

// Registered causes and fixes often carry their own label ("Likely cause:
// …", "Fix: …"); the report labels them itself.
QString withoutLabel(const QString &text, const QStringList &labels)
{
    for (const QString &label : labels)
        if (text.startsWith(label, Qt::CaseInsensitive))
            return text.mid(label.size()).trimmed();
    return text;
}

QJsonObject parseObject(const QByteArray &payload)
{
    return QJsonDocument::fromJson(payload).object();
}

} // namespace

// One line of the timeline; every string already went through clean().
struct IncidentReport::Timeline
{
    qint64 atMs = 0;
    QString what;   // "POST /mcp", or "→ request" for a message without HTTP
    QString rpc;    // JSON-RPC methods (and tool names) carried
    QString status; // "200", "401", "failed: timeout", "200, JSON-RPC error -32601"
    double latencyMs = -1;
    bool failed = false;
};

struct IncidentReport::Session
{
    struct Failure
    {
        QString title;    // our words: "Exchange 12: HTTP 401"
        QString problem;  // what failed, cleaned
        QString request;  // plain text, cleaned
        QString response; // plain text, cleaned
    };

    qint64 id = 0;
    QString name;
    QString target;
    QString kind;
    QString transport;
    QString protocolVersion;
    QString client;
    QString server;
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0;
    qint64 lastSeenMs = 0;
    qint64 exchangeCount = 0;
    qint64 messageCount = 0;
    QList<Timeline> timeline;
    QList<Failure> failures;
    int failureCount = 0;
    QList<Finding> findings;     // arguments kept; texts cleaned when written
    QStringList findingTexts[4]; // title, summary, cause, fix: cleaned, per finding
    QList<LatencyRow> latencies;
};

IncidentReport::IncidentReport(const Redactor &redactor) : IncidentReport(redactor, Limits{}) {}

IncidentReport::IncidentReport(const Redactor &redactor, Limits limits)
    : m_redactor(redactor), m_limits(limits)
{
}

IncidentReport::IncidentReport(ExportRedactor &redactor) : IncidentReport(redactor, Limits{}) {}

IncidentReport::IncidentReport(ExportRedactor &redactor, Limits limits)
    : m_redactor(redactor.baseRedactor()), m_exportRedactor(&redactor), m_limits(limits)
{
}

IncidentReport::~IncidentReport() = default;

QString IncidentReport::clean(QByteArrayView data, Source source, QByteArrayView context) const
{
    QString text;
    if (ExportRedactor *r = m_exportRedactor) {
        switch (source) {
        case Source::Text:
            text = r->redactText(QString::fromUtf8(data));
            break;
        case Source::Url:
            text = r->redactUrl(QString::fromUtf8(data));
            break;
        case Source::CommandLine:
            text = r->redactCommandLine(QString::fromUtf8(data));
            break;
        case Source::Header:
            text = QString::fromUtf8(r->redactHeaderValue(context, data));
            break;
        }
    } else {
        switch (source) {
        case Source::Text:
            text = m_redactor.redactText(QString::fromUtf8(data));
            break;
        case Source::Url:
            text = m_redactor.redactUrl(QString::fromUtf8(data));
            break;
        case Source::CommandLine:
            text = m_redactor.redactCommandLine(QString::fromUtf8(data));
            break;
        case Source::Header:
            text = QString::fromUtf8(m_redactor.redactHeaderValue(context, data));
            break;
        }
    }
    // Escape sequences, other controls and bidirectional overrides are shown,
    // never passed on: a report is read in terminals and browsers alike.
    QString out;
    out.reserve(text.size());
    for (QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u < 0xa0) ||
                             (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) ||
                             u == 0x2028 || u == 0x2029;
        if (control)
            out += QLatin1String("\\u") +
                   QStringLiteral("%1").arg(int(u), 4, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

QString IncidentReport::cleanText(const QString &text, Source source) const
{
    return clean(QByteArrayView(text.toUtf8()), source);
}

double IncidentReport::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    auto rank = qsizetype(std::ceil(p / 100.0 * double(n)));
    rank = std::clamp<qsizetype>(rank, 1, n);
    return values.at(rank - 1);
}

QString IncidentReport::markdownInline(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t')
            out += QLatin1Char(' ');
        else if (u < 0x80 && std::ispunct(int(u)))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    return out;
}

QString IncidentReport::markdownCode(const QString &text)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    // GFM splits table cells at | even inside code spans, unless escaped.
    flat.replace(QLatin1Char('|'), QLatin1String("\\|"));
    if (flat.trimmed().isEmpty())
        flat = QStringLiteral("(empty)");
    const QString ticks(longestRun(flat, QLatin1Char('`')) + 1, QLatin1Char('`'));
    // One space each side is stripped by the parser; it lets text start or
    // end with a backtick.
    return ticks + QLatin1Char(' ') + flat + QLatin1Char(' ') + ticks;
}

QString IncidentReport::markdownFence(const QString &text, const QString &info)
{
    const QString fence(std::max<qsizetype>(3, longestRun(text, QLatin1Char('`')) + 1),
                        QLatin1Char('`'));
    QString body = text;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return fence + info + QLatin1Char('\n') + body + fence + QLatin1Char('\n');
}

QString IncidentReport::htmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString IncidentReport::headerBlock(const HeaderList &headers) const
{
    QString out;
    for (const auto &[name, value] : headers)
        out += clean(name) + QLatin1String(": ") + clean(value, Source::Header, name) +
               QLatin1Char('\n');
    return out;
}

QString IncidentReport::bodyText(const QByteArray &body, QByteArrayView contentType,
                                 qint64 wireSize, bool truncatedOnCapture) const
{
    if (body.isEmpty())
        return tr("(no body)");
    QString decoded = QString::fromUtf8(body);
    if (body.contains('\0') ||
        (decoded.contains(QChar::ReplacementCharacter) && !body.contains("\xEF\xBF\xBD")))
        return tr("(%1 bytes of binary data, not shown)").arg(body.size());
    QByteArray redacted = m_exportRedactor ? m_exportRedactor->redactBody(body, contentType)
                                           : m_redactor.redactBody(body, contentType);
    // Pretty JSON reads better in a ticket; only when it is whole.
    const QJsonDocument json = QJsonDocument::fromJson(redacted);
    if (!json.isNull() && redacted.size() <= m_limits.bodyBytes)
        redacted = json.toJson(QJsonDocument::Indented);
    QString note;
    if (redacted.size() > m_limits.bodyBytes) {
        note = tr("[cut here: %1 of %2 bytes shown]").arg(m_limits.bodyBytes).arg(redacted.size());
        redacted.truncate(m_limits.bodyBytes);
    }
    if (truncatedOnCapture)
        note +=
            (note.isEmpty() ? QString() : QStringLiteral(" ")) +
            tr("[the capture kept only part of this body: %1 bytes were received]").arg(wireSize);
    // Redacted once more through clean(), which also shows control characters.
    QString text = clean(QByteArrayView(redacted), Source::Text);
    if (!note.isEmpty())
        text += QLatin1Char('\n') + note;
    return text;
}

Result<void> IncidentReport::load(CaptureReader &reader, FindingsStore *findings,
                                  const QList<qint64> &sessionIds)
{
    m_sessions.clear();
    m_generatedAtMs = QDateTime::currentMSecsSinceEpoch();
    const auto sessions = reader.sessions();
    if (!sessions)
        return Failure{sessions.error()};
    for (qint64 wanted : sessionIds) {
        const auto info = std::find_if(sessions->begin(), sessions->end(),
                                       [wanted](const SessionInfo &s) { return s.id == wanted; });
        if (info == sessions->end())
            return makeError(ErrorCode::ReplayNoSession,
                             tr("The capture store has no session %1: list them with "
                                "'mcpscope-cli sessions'.")
                                 .arg(wanted));
        Session s;
        s.id = info->id;
        s.name = cleanText(info->name);
        s.target = cleanText(info->target, Source::CommandLine);
        s.kind = cleanText(info->kind);
        s.startedAtMs = info->startedAtMs;
        s.endedAtMs = info->endedAtMs;
        s.lastSeenMs = info->startedAtMs;

        const auto messages = reader.messages(s.id);
        if (!messages)
            return Failure{messages.error()};
        s.messageCount = messages->size();

        // What each request was, so answers can be named after it.
        QHash<qint64, QString> labels; // message id -> "tools/call echo"
        QHash<qint64, QList<int>> byExchange;
        QHash<qint64, qint64> answered; // request message id -> response index
        QList<QJsonObject> parsed;
        parsed.reserve(messages->size());
        for (int i = 0; i < messages->size(); ++i) {
            const MessageRecord &m = messages->at(i);
            parsed << parseObject(m.payload);
            if (m.kind == u"request" || m.kind == u"notification") {
                QString label = m.method;
                const QJsonObject params = parsed.last().value(QLatin1String("params")).toObject();
                if (m.method == u"tools/call" || m.method == u"prompts/get")
                    label += QLatin1Char(' ') + params.value(QLatin1String("name")).toString();
                labels.insert(m.id, cleanText(label));
            }
            if (m.exchangeId != 0)
                byExchange[m.exchangeId] << i;
            if (m.responseTo != 0)
                answered.insert(m.responseTo, i);
            s.lastSeenMs = std::max(s.lastSeenMs, m.atMs);
        }

        // Who spoke: the initialize request and its answer.
        for (int i = 0; i < messages->size(); ++i) {
            const MessageRecord &m = messages->at(i);
            if (!m.outgoing || m.method != u"initialize")
                continue;
            const QJsonObject params = parsed.at(i).value(QLatin1String("params")).toObject();
            const QJsonObject client = params.value(QLatin1String("clientInfo")).toObject();
            s.client = cleanText(QStringLiteral("%1 %2").arg(
                                     client.value(QLatin1String("name")).toString(),
                                     client.value(QLatin1String("version")).toString()))
                           .trimmed();
            const QString asked = params.value(QLatin1String("protocolVersion")).toString();
            if (const auto answer = answered.find(m.id); answer != answered.end()) {
                const QJsonObject result =
                    parsed.at(int(*answer)).value(QLatin1String("result")).toObject();
                s.protocolVersion =
                    cleanText(result.value(QLatin1String("protocolVersion")).toString());
                const QJsonObject server = result.value(QLatin1String("serverInfo")).toObject();
                s.server = cleanText(QStringLiteral("%1 %2").arg(
                                         server.value(QLatin1String("name")).toString(),
                                         server.value(QLatin1String("version")).toString()))
                               .trimmed();
            }
            if (s.protocolVersion.isEmpty() && !asked.isEmpty())
                s.protocolVersion = tr("%1 (asked for; no answer)").arg(cleanText(asked));
            break;
        }

        // How each message ended: the status a timeline line shows.
        auto messageStatus = [&](int i, bool *failed) {
            const MessageRecord &m = messages->at(i);
            const QJsonObject &o = parsed.at(i);
            if (m.kind == u"error") {
                *failed = true;
                const QJsonObject error = o.value(QLatin1String("error")).toObject();
                return tr("JSON-RPC error %1: %2")
                    .arg(error.value(QLatin1String("code")).toInteger())
                    .arg(cleanText(error.value(QLatin1String("message")).toString()));
            }
            if (m.kind == u"response" && o.value(QLatin1String("result"))
                                             .toObject()
                                             .value(QLatin1String("isError"))
                                             .toBool()) {
                *failed = true;
                return tr("tool error (isError)");
            }
            return QString();
        };

        // Latencies of our requests, by what they asked.
        QMap<QString, QList<double>> latencies;
        for (int i = 0; i < messages->size(); ++i) {
            const MessageRecord &m = messages->at(i);
            if (m.outgoing || m.latencyMs < 0 || m.responseTo == 0)
                continue;
            latencies[labels.value(m.responseTo, cleanText(m.method))] << m.latencyMs;
        }
        for (auto it = latencies.cbegin(); it != latencies.cend(); ++it)
            s.latencies << LatencyRow{it.key(), int(it.value().size()), percentile(it.value(), 50),
                                      percentile(it.value(), 95),
                                      *std::max_element(it.value().begin(), it.value().end())};

        // The exchanges, a page at a time (no bodies: summaries).
        CaptureFilter filter;
        filter.sessionId = s.id;
        QList<ExchangeSummary> exchanges;
        for (qint64 after = 0;;) {
            const auto ids = reader.exchangeIds(filter, after, 1000);
            if (!ids)
                return Failure{ids.error()};
            const auto page = reader.summaries(*ids);
            if (!page)
                return Failure{page.error()};
            exchanges += *page;
            if (ids->size() < 1000)
                break;
            after = ids->last();
        }
        s.exchangeCount = exchanges.size();

        bool sseGet = false, postElsewhere = false;
        QString ssePath;
        for (const ExchangeSummary &e : exchanges)
            if (e.method == u"GET" && e.contentType.startsWith(u"text/event-stream")) {
                sseGet = true;
                ssePath = QUrl(e.url).path();
                break;
            }
        for (const ExchangeSummary &e : exchanges)
            if (e.method == u"POST" && sseGet && QUrl(e.url).path() != ssePath)
                postElsewhere = true;
        if (s.kind == u"http")
            s.transport = tr("HTTP (no MCP session)");
        else if (exchanges.isEmpty() && !info->target.startsWith(u"http"))
            s.transport = tr("stdio");
        else if (postElsewhere)
            s.transport = tr("HTTP+SSE (2024-11-05)");
        else
            s.transport = tr("Streamable HTTP");

        QList<qint64> failingExchanges;
        QList<QPair<int, QString>> failingMessages; // stdio: answer index, problem
        for (const ExchangeSummary &e : exchanges) {
            Timeline line;
            line.atMs = e.startedAtMs;
            const QUrl url(cleanText(e.url, Source::Url));
            line.what =
                cleanText(e.method) + QLatin1Char(' ') +
                cleanText(url.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/")
                                                                 : url.path(QUrl::FullyEncoded));
            QStringList sent, received, problems;
            for (int i : byExchange.value(e.id)) {
                const MessageRecord &m = messages->at(i);
                if (m.kind == u"request" || m.kind == u"notification")
                    (m.outgoing ? sent : received) << labels.value(m.id);
                bool failed = false;
                const QString status = messageStatus(i, &failed);
                if (failed)
                    problems << status;
            }
            // "notifications/tools/list_changed ×3" rather than three times.
            const auto collapse = [](const QStringList &labels) {
                QStringList out;
                for (qsizetype i = 0; i < labels.size();) {
                    qsizetype n = 1;
                    while (i + n < labels.size() && labels.at(i + n) == labels.at(i))
                        ++n;
                    out << (n > 1 ? QStringLiteral("%1 ×%2").arg(labels.at(i)).arg(n)
                                  : labels.at(i));
                    i += n;
                }
                return out;
            };
            sent = collapse(sent);
            received = collapse(received);
            line.rpc = !sent.isEmpty() ? sent.join(QLatin1String(", "))
                       : received.isEmpty()
                           ? QString()
                           : QString(QStringLiteral("← ") + received.join(QLatin1String(", ")));
            // Two answers that look like failures and are not: a listening
            // stream the client closed itself once it was answered, and a
            // server that offers no listening stream (405 to the GET, as
            // Streamable HTTP allows).
            const bool closedByUs = e.errorCode == errorCodeId(ErrorCode::NetAborted) &&
                                    e.status >= 200 && e.status < 300;
            const bool noStream = e.method == u"GET" && e.status == 405;
            QStringList status;
            if (e.status > 0)
                status << QString::number(e.status);
            if (closedByUs) {
                if (e.method == u"GET")
                    status << tr("stream closed by the client");
            } else if (noStream)
                status << tr("no listening stream offered");
            else if (!e.errorCode.isEmpty())
                status << tr("failed (%1)").arg(cleanText(e.errorCode));
            else if (e.state == Exchange::State::Failed)
                status << tr("failed");
            else if (e.state == Exchange::State::Pending)
                status << tr("no answer");
            status += problems;
            line.status = status.join(QLatin1String(", "));
            line.latencyMs = e.totalMs;
            line.failed =
                !problems.isEmpty() ||
                (!closedByUs && !noStream &&
                 (e.status >= 400 || e.state == Exchange::State::Failed || !e.errorCode.isEmpty()));
            s.lastSeenMs = std::max(s.lastSeenMs, e.startedAtMs + qint64(std::max(0.0, e.totalMs)));
            if (line.failed)
                failingExchanges << e.id;
            s.timeline << line;
        }
        // Messages no HTTP exchange carried (stdio): a line each.
        for (int i = 0; i < messages->size(); ++i) {
            const MessageRecord &m = messages->at(i);
            if (m.exchangeId != 0)
                continue;
            Timeline line;
            line.atMs = m.atMs;
            line.what =
                (m.outgoing ? QStringLiteral("→ ") : QStringLiteral("← ")) + cleanText(m.kind);
            line.rpc = labels.value(
                m.kind == u"request" || m.kind == u"notification" ? m.id : m.responseTo,
                cleanText(m.method));
            line.status = messageStatus(i, &line.failed);
            if (line.status.isEmpty() && (m.kind == u"response"))
                line.status = tr("ok");
            line.latencyMs = m.latencyMs;
            if (line.failed)
                failingMessages << qMakePair(i, line.status);
            s.timeline << line;
        }
        std::stable_sort(s.timeline.begin(), s.timeline.end(),
                         [](const Timeline &a, const Timeline &b) { return a.atMs < b.atMs; });

        // The failures, in full.
        s.failureCount = int(failingExchanges.size() + failingMessages.size());
        for (qint64 id : failingExchanges) {
            if (s.failures.size() >= m_limits.failuresShown)
                break;
            const auto stored = reader.exchange(id);
            if (!stored)
                return Failure{stored.error()};
            if (!stored->has_value())
                continue;
            const Exchange &e = **stored;
            Session::Failure f;
            QStringList what;
            what << (e.status > 0 ? tr("HTTP %1").arg(e.status) : tr("no HTTP response"));
            QStringList problems;
            if (e.failed())
                what << tr("network failure");
            if (e.failed())
                problems << cleanText(
                    QStringLiteral("%1: %2").arg(errorCodeId(e.errorCode), e.errorMessage));
            for (int i : byExchange.value(e.id)) {
                bool failed = false;
                const QString status = messageStatus(i, &failed);
                if (!failed)
                    continue;
                problems << labels.value(messages->at(i).responseTo) + QLatin1String(": ") + status;
                const QString kind =
                    messages->at(i).kind == u"error" ? tr("JSON-RPC error") : tr("tool error");
                if (!what.contains(kind))
                    what << kind;
            }
            f.title = tr("Exchange %1: %2").arg(e.id).arg(what.join(QLatin1String(", ")));
            f.problem = problems.join(QLatin1Char('\n'));
            f.request = clean(e.method) + QLatin1Char(' ') + cleanText(e.url, Source::Url) +
                        QLatin1Char(' ') + cleanText(e.httpVersion) + QLatin1Char('\n') +
                        headerBlock(e.requestHeaders) + QLatin1Char('\n') +
                        bodyText(e.requestBody, e.requestHeader("Content-Type"),
                                 e.requestBody.size(), false);
            if (e.status > 0)
                f.response = cleanText(e.httpVersion) + QLatin1Char(' ') +
                             QString::number(e.status) + QLatin1Char(' ') + clean(e.reasonPhrase) +
                             QLatin1Char('\n') + headerBlock(e.responseHeaders) +
                             QLatin1Char('\n') +
                             bodyText(e.responseBody, e.responseHeader("Content-Type"),
                                      e.responseBodySize, e.responseTruncated);
            else
                f.response = tr("(no response)");
            s.failures << f;
        }
        for (const auto &[index, problem] : failingMessages) {
            if (s.failures.size() >= m_limits.failuresShown)
                break;
            const MessageRecord &m = messages->at(index);
            Session::Failure f;
            f.title = tr("Message %1: %2")
                          .arg(m.id)
                          .arg(m.kind == u"error" ? tr("JSON-RPC error") : tr("tool error"));
            f.problem = labels.value(m.responseTo) + QLatin1String(": ") + problem;
            for (const MessageRecord &r : *messages)
                if (r.id == m.responseTo)
                    f.request = bodyText(r.payload, "application/json", r.payload.size(), false);
            if (f.request.isEmpty())
                f.request = tr("(the request was not captured)");
            f.response = bodyText(m.payload, "application/json", m.payload.size(), false);
            s.failures << f;
        }

        if (findings) {
            const auto stored = findings->findings(s.id);
            if (!stored)
                return Failure{stored.error()};
            for (const Finding &finding : *stored) {
                s.findings << finding;
                s.findingTexts[0] << cleanText(finding.title());
                s.findingTexts[1] << cleanText(finding.summary());
                s.findingTexts[2] << cleanText(withoutLabel(
                    finding.cause(), {QStringLiteral("Likely cause:"), QStringLiteral("Cause:"),
                                      tr("Likely cause:"), tr("Cause:")}));
                s.findingTexts[3] << cleanText(
                    withoutLabel(finding.fix(), {QStringLiteral("Fix:"), tr("Fix:")}));
            }
        }
        m_sessions.push_back(std::move(s));
    }
    return {};
}

QList<IncidentReport::LatencyRow> IncidentReport::latencies(qint64 sessionId) const
{
    for (const Session &s : m_sessions)
        if (s.id == sessionId)
            return s.latencies;
    return {};
}

namespace {

// The lines of a long timeline that are shown: head, tail, and every failure.
QList<int> shownLines(const QList<bool> &failed, int head, int tail)
{
    QList<int> shown;
    const int n = int(failed.size());
    for (int i = 0; i < n; ++i)
        if (n <= head + tail || i < head || i >= n - tail || failed.at(i))
            shown << i;
    return shown;
}

// Text of our own (dates, counts, our sentences): no server text in it, so
// it needs no escaping.
QString ours(const QString &text)
{
    return text;
}

QString offset(qint64 atMs, qint64 startMs)
{
    return QStringLiteral("+%1 s").arg(QString::number(double(atMs - startMs) / 1000.0, 'f', 3));
}

QString duration(qint64 ms)
{
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 3));
    return QStringLiteral("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

} // namespace

QString IncidentReport::markdown() const
{
    QString md;
    md += QLatin1String("# ") + tr("McpScope incident report") + QLatin1String("\n\n");
    md += ours(tr("Generated %1 by McpScope %2. Secrets were redacted before the "
                  "capture was stored and again for this report; every text that came "
                  "from a server is shown as plain text.")
                   .arg(isoTime(m_generatedAtMs), QStringLiteral(MCPSCOPE_VERSION))) +
          QLatin1String("\n\n");
    for (const Session &s : m_sessions) {
        md += QLatin1String("## ") + tr("Session %1").arg(s.id) + QLatin1String(": ") +
              markdownCode(s.name) + QLatin1String("\n\n");
        auto fact = [&md](const QString &label, const QString &value) {
            md += QLatin1String("- **") + ours(label) + QLatin1String(":** ") + value +
                  QLatin1Char('\n');
        };
        fact(tr("Server"),
             markdownCode(s.target) + (s.server.isEmpty()
                                           ? QString()
                                           : QString(QLatin1Char(' ') + markdownCode(s.server))));
        fact(tr("Transport"), ours(s.transport) + QLatin1String(" (") + ours(tr("session kind")) +
                                  QLatin1Char(' ') + markdownCode(s.kind) + QLatin1Char(')'));
        fact(tr("Protocol version"), s.protocolVersion.isEmpty()
                                         ? ours(tr("unknown (no initialize answer)"))
                                         : markdownCode(s.protocolVersion));
        fact(tr("Client"), s.client.isEmpty() ? ours(tr("unknown")) : markdownCode(s.client));
        fact(tr("Started"), ours(isoTime(s.startedAtMs)));
        fact(tr("Ended"),
             ours(s.endedAtMs ? isoTime(s.endedAtMs)
                              : tr("still open (last seen %1)").arg(isoTime(s.lastSeenMs))));
        fact(tr("Duration"),
             ours(duration((s.endedAtMs ? s.endedAtMs : s.lastSeenMs) - s.startedAtMs)));
        fact(tr("Traffic"), ours(tr("%1 HTTP exchanges, %2 JSON-RPC messages, %3 failing")
                                     .arg(s.exchangeCount)
                                     .arg(s.messageCount)
                                     .arg(s.failureCount)));
        md += QLatin1Char('\n');

        md += QLatin1String("### ") + tr("Timeline") + QLatin1String("\n\n");
        QList<bool> failed;
        for (const Timeline &t : s.timeline)
            failed << t.failed;
        const QList<int> shown = shownLines(failed, m_limits.timelineHead, m_limits.timelineTail);
        if (shown.size() < s.timeline.size())
            md += ours(tr("%1 lines; the first %2, the last %3 and every failure are "
                          "shown. Failing lines start with !.")
                           .arg(s.timeline.size())
                           .arg(m_limits.timelineHead)
                           .arg(m_limits.timelineTail)) +
                  QLatin1String("\n\n");
        else
            md += ours(tr("Failing lines start with !.")) + QLatin1String("\n\n");
        QString block;
        int previous = -1;
        for (int i : shown) {
            if (i != previous + 1)
                block += tr("  … %1 lines left out …").arg(i - previous - 1) + QLatin1Char('\n');
            previous = i;
            const Timeline &t = s.timeline.at(i);
            block +=
                QStringLiteral("%1 %2  %3  %4  %5  %6\n")
                    .arg(t.failed ? QLatin1Char('!') : QLatin1Char(' '))
                    .arg(offset(t.atMs, s.startedAtMs), 11)
                    .arg(t.latencyMs >= 0 ? milliseconds(t.latencyMs) : QStringLiteral("-"), 10)
                    .arg(t.what, -16)
                    .arg(t.rpc, -28)
                    .arg(t.status);
        }
        if (previous + 1 < s.timeline.size())
            block += tr("  … %1 lines left out …").arg(s.timeline.size() - previous - 1) +
                     QLatin1Char('\n');
        if (s.timeline.isEmpty())
            block = tr("(nothing was captured)");
        md += markdownFence(block, QStringLiteral("text")) + QLatin1Char('\n');

        md += QLatin1String("### ") + tr("Failing exchanges") + QLatin1String("\n\n");
        if (s.failures.isEmpty())
            md += ours(tr("None.")) + QLatin1String("\n\n");
        else if (s.failureCount > s.failures.size())
            md += ours(tr("The first %1 of %2 are shown.")
                           .arg(s.failures.size())
                           .arg(s.failureCount)) +
                  QLatin1String("\n\n");
        for (const Session::Failure &f : s.failures) {
            md += QLatin1String("#### ") + ours(f.title) + QLatin1String("\n\n");
            if (!f.problem.isEmpty())
                md += markdownFence(f.problem, QStringLiteral("text")) + QLatin1Char('\n');
            md += QLatin1String("**") + tr("Request") + QLatin1String("**\n\n") +
                  markdownFence(f.request, QStringLiteral("http")) + QLatin1Char('\n');
            md += QLatin1String("**") + tr("Response") + QLatin1String("**\n\n") +
                  markdownFence(f.response, QStringLiteral("http")) + QLatin1Char('\n');
        }

        md += QLatin1String("### ") + tr("Findings") + QLatin1String("\n\n");
        if (s.findings.isEmpty())
            md += ours(tr("None.")) + QLatin1String("\n\n");
        for (int i = 0; i < s.findings.size(); ++i) {
            const Finding &f = s.findings.at(i);
            md += QLatin1String("#### ") + markdownInline(severityName(f.severity())) +
                  QLatin1String(": ") + markdownInline(s.findingTexts[0].at(i)) + QLatin1Char(' ') +
                  markdownCode(f.kind) + QLatin1String("\n\n");
            md += markdownInline(s.findingTexts[1].at(i)) + QLatin1String("\n\n");
            md += QLatin1String("- **") + tr("Cause") + QLatin1String(":** ") +
                  markdownInline(s.findingTexts[2].at(i)) + QLatin1Char('\n');
            md += QLatin1String("- **") + tr("Fix") + QLatin1String(":** ") +
                  markdownInline(s.findingTexts[3].at(i)) + QLatin1Char('\n');
            QStringList evidence;
            for (qint64 id : f.exchangeIds)
                evidence << tr("exchange %1").arg(id);
            for (qint64 id : f.messageIds)
                evidence << tr("message %1").arg(id);
            if (!evidence.isEmpty())
                md += QLatin1String("- **") + tr("Evidence") + QLatin1String(":** ") +
                      ours(evidence.join(QLatin1String(", "))) + QLatin1Char('\n');
            md += QLatin1Char('\n');
        }

        md += QLatin1String("### ") + tr("Latency") + QLatin1String("\n\n");
        if (s.latencies.isEmpty()) {
            md += ours(tr("No request was answered.")) + QLatin1String("\n\n");
            continue;
        }
        md += QLatin1String("| ") + tr("Method / tool") + QLatin1String(" | ") + tr("Count") +
              QLatin1String(" | p50 | p95 | ") + tr("Max") +
              QLatin1String(" |\n|---|--:|--:|--:|--:|\n");
        for (const LatencyRow &r : s.latencies)
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                      .arg(markdownCode(r.key))
                      .arg(r.count)
                      .arg(milliseconds(r.p50), milliseconds(r.p95), milliseconds(r.max));
        md += QLatin1Char('\n');
    }
    return md;
}

QString IncidentReport::html() const
{
    auto e = &IncidentReport::htmlEscaped;
    QString h;
    h += QLatin1String(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">\n<meta name=\"color-scheme\" content=\"light\">\n");
    h += QLatin1String("<title>") + e(tr("McpScope incident report")) + QLatin1String("</title>\n");
    h += QLatin1String(
        "<style>\n"
        "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1b1b1b;"
        "background:#fff;max-width:62rem;margin:2rem auto;padding:0 1.5rem}\n"
        "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.3rem;margin-top:2.2rem;"
        "border-bottom:2px solid #333;padding-bottom:.2rem}h3{font-size:1.1rem;margin-top:1.6rem}"
        "h4{font-size:1rem;margin:1.2rem 0 .4rem}\n"
        "p.meta{color:#555;margin-top:0}\n"
        "table{border-collapse:collapse;width:100%;margin:.4rem 0}"
        "th,td{text-align:left;vertical-align:top;padding:.2rem .5rem;border-bottom:1px solid #ddd}"
        "th{background:#f1f1f1}\n"
        "table.facts th{width:11rem;background:none;font-weight:600}\n"
        "td.num,th.num{text-align:right;white-space:nowrap}\n"
        "code,pre,table.timeline td{font-family:ui-monospace,'DejaVu Sans Mono',Menlo,monospace;"
        "font-size:12.5px}\n"
        "table.timeline td{overflow-wrap:anywhere}table.timeline td.req{white-space:nowrap}\n"
        "tr.fail td{background:#fdecea}tr.fail td:first-child{border-left:4px solid #b3261e}\n"
        "tr.gap td{color:#666;font-style:italic;text-align:center}\n"
        "pre{background:#f6f6f6;border:1px solid #ddd;padding:.5rem .7rem;white-space:pre-wrap;"
        "overflow-wrap:anywhere;margin:.3rem 0 .8rem}\n"
        "pre.problem{background:#fdecea;border-color:#e6b0aa}\n"
        ".label{font-weight:600;margin:.5rem 0 0}\n"
        ".finding{border-left:4px solid #888;padding:.1rem .8rem;margin:.8rem 0}"
        ".finding.error{border-color:#b3261e}.finding.warning{border-color:#b26a00}\n"
        ".finding p{margin:.3rem 0}\n"
        "@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-before:auto}"
        "tr,.finding,pre{break-inside:avoid}th{background:#eee!important}"
        "tr.fail td{background:#fdecea!important}}\n"
        "</style>\n</head>\n<body>\n");
    h += QLatin1String("<h1>") + e(tr("McpScope incident report")) + QLatin1String("</h1>\n");
    h += QLatin1String("<p class=\"meta\">") +
         e(tr("Generated %1 by McpScope %2. Secrets were redacted before the capture was "
              "stored and again for this report; every text that came from a server is shown "
              "as plain text.")
               .arg(isoTime(m_generatedAtMs), QStringLiteral(MCPSCOPE_VERSION))) +
         QLatin1String("</p>\n");
    for (const Session &s : m_sessions) {
        h += QLatin1String("<section>\n<h2>") + e(tr("Session %1").arg(s.id)) +
             QLatin1String(": ") + e(s.name) + QLatin1String("</h2>\n<table class=\"facts\">\n");
        auto fact = [&h, e](const QString &label, const QString &value, bool code) {
            h += QLatin1String("<tr><th>") + e(label) + QLatin1String("</th><td>") +
                 (code ? QString(QLatin1String("<code>") + e(value) + QLatin1String("</code>"))
                       : e(value)) +
                 QLatin1String("</td></tr>\n");
        };
        fact(tr("Server"), s.target, true);
        if (!s.server.isEmpty())
            fact(tr("Server software"), s.server, true);
        fact(tr("Transport"), tr("%1 (session kind %2)").arg(s.transport, s.kind), false);
        fact(tr("Protocol version"),
             s.protocolVersion.isEmpty() ? tr("unknown (no initialize answer)") : s.protocolVersion,
             !s.protocolVersion.isEmpty());
        fact(tr("Client"), s.client.isEmpty() ? tr("unknown") : s.client, !s.client.isEmpty());
        fact(tr("Started"), isoTime(s.startedAtMs), false);
        fact(tr("Ended"),
             s.endedAtMs ? isoTime(s.endedAtMs)
                         : tr("still open (last seen %1)").arg(isoTime(s.lastSeenMs)),
             false);
        fact(tr("Duration"), duration((s.endedAtMs ? s.endedAtMs : s.lastSeenMs) - s.startedAtMs),
             false);
        fact(tr("Traffic"),
             tr("%1 HTTP exchanges, %2 JSON-RPC messages, %3 failing")
                 .arg(s.exchangeCount)
                 .arg(s.messageCount)
                 .arg(s.failureCount),
             false);
        h += QLatin1String("</table>\n");

        h += QLatin1String("<h3>") + e(tr("Timeline")) + QLatin1String("</h3>\n");
        QList<bool> failed;
        for (const Timeline &t : s.timeline)
            failed << t.failed;
        const QList<int> shown = shownLines(failed, m_limits.timelineHead, m_limits.timelineTail);
        if (shown.size() < s.timeline.size())
            h += QLatin1String("<p>") +
                 e(tr("%1 lines; the first %2, the last %3 and every failure are shown.")
                       .arg(s.timeline.size())
                       .arg(m_limits.timelineHead)
                       .arg(m_limits.timelineTail)) +
                 QLatin1String("</p>\n");
        if (s.timeline.isEmpty()) {
            h += QLatin1String("<p>") + e(tr("(nothing was captured)")) + QLatin1String("</p>\n");
        } else {
            h += QLatin1String("<table class=\"timeline\">\n<tr><th class=\"num\">") +
                 e(tr("Time")) + QLatin1String("</th><th>") + e(tr("Request")) +
                 QLatin1String("</th><th>") + e(tr("JSON-RPC")) + QLatin1String("</th><th>") +
                 e(tr("Status")) + QLatin1String("</th><th class=\"num\">") + e(tr("Latency")) +
                 QLatin1String("</th></tr>\n");
            int previous = -1;
            auto gap = [&h, e](int count) {
                h += QLatin1String("<tr class=\"gap\"><td colspan=\"5\">") +
                     e(tr("… %1 lines left out …").arg(count)) + QLatin1String("</td></tr>\n");
            };
            for (int i : shown) {
                if (i != previous + 1)
                    gap(i - previous - 1);
                previous = i;
                const Timeline &t = s.timeline.at(i);
                h += (t.failed ? QLatin1String("<tr class=\"fail\">") : QLatin1String("<tr>")) +
                     QLatin1String("<td class=\"num\">") + e(offset(t.atMs, s.startedAtMs)) +
                     QLatin1String("</td><td class=\"req\">") + e(t.what) +
                     QLatin1String("</td><td>") + e(t.rpc) + QLatin1String("</td><td>") +
                     e(t.status) + QLatin1String("</td><td class=\"num\">") +
                     e(t.latencyMs >= 0 ? milliseconds(t.latencyMs) : QStringLiteral("–")) +
                     QLatin1String("</td></tr>\n");
            }
            if (previous + 1 < s.timeline.size())
                gap(int(s.timeline.size()) - previous - 1);
            h += QLatin1String("</table>\n");
        }

        h += QLatin1String("<h3>") + e(tr("Failing exchanges")) + QLatin1String("</h3>\n");
        if (s.failures.isEmpty())
            h += QLatin1String("<p>") + e(tr("None.")) + QLatin1String("</p>\n");
        else if (s.failureCount > s.failures.size())
            h += QLatin1String("<p>") +
                 e(tr("The first %1 of %2 are shown.").arg(s.failures.size()).arg(s.failureCount)) +
                 QLatin1String("</p>\n");
        for (const Session::Failure &f : s.failures) {
            h += QLatin1String("<h4>") + e(f.title) + QLatin1String("</h4>\n");
            if (!f.problem.isEmpty())
                h += QLatin1String("<pre class=\"problem\">") + e(f.problem) +
                     QLatin1String("</pre>\n");
            h += QLatin1String("<p class=\"label\">") + e(tr("Request")) +
                 QLatin1String("</p>\n<pre>") + e(f.request) + QLatin1String("</pre>\n");
            h += QLatin1String("<p class=\"label\">") + e(tr("Response")) +
                 QLatin1String("</p>\n<pre>") + e(f.response) + QLatin1String("</pre>\n");
        }

        h += QLatin1String("<h3>") + e(tr("Findings")) + QLatin1String("</h3>\n");
        if (s.findings.isEmpty())
            h += QLatin1String("<p>") + e(tr("None.")) + QLatin1String("</p>\n");
        for (int i = 0; i < s.findings.size(); ++i) {
            const Finding &f = s.findings.at(i);
            h += QLatin1String("<div class=\"finding ") + severityId(f.severity()) +
                 QLatin1String("\">\n<h4>") + e(severityName(f.severity())) + QLatin1String(": ") +
                 e(s.findingTexts[0].at(i)) + QLatin1String(" <code>") + e(f.kind) +
                 QLatin1String("</code></h4>\n<p>") + e(s.findingTexts[1].at(i)) +
                 QLatin1String("</p>\n<p><strong>") + e(tr("Cause")) +
                 QLatin1String(":</strong> ") + e(s.findingTexts[2].at(i)) +
                 QLatin1String("</p>\n<p><strong>") + e(tr("Fix")) + QLatin1String(":</strong> ") +
                 e(s.findingTexts[3].at(i)) + QLatin1String("</p>\n");
            QStringList evidence;
            for (qint64 id : f.exchangeIds)
                evidence << tr("exchange %1").arg(id);
            for (qint64 id : f.messageIds)
                evidence << tr("message %1").arg(id);
            if (!evidence.isEmpty())
                h += QLatin1String("<p><strong>") + e(tr("Evidence")) +
                     QLatin1String(":</strong> ") + e(evidence.join(QLatin1String(", "))) +
                     QLatin1String("</p>\n");
            h += QLatin1String("</div>\n");
        }

        h += QLatin1String("<h3>") + e(tr("Latency")) + QLatin1String("</h3>\n");
        if (s.latencies.isEmpty()) {
            h += QLatin1String("<p>") + e(tr("No request was answered.")) +
                 QLatin1String("</p>\n</section>\n");
            continue;
        }
        h += QLatin1String("<table class=\"latency\">\n<tr><th>") + e(tr("Method / tool")) +
             QLatin1String("</th><th class=\"num\">") + e(tr("Count")) +
             QLatin1String("</th><th class=\"num\">p50</th><th class=\"num\">p95</th>"
                           "<th class=\"num\">") +
             e(tr("Max")) + QLatin1String("</th></tr>\n");
        for (const LatencyRow &r : s.latencies)
            h += QLatin1String("<tr><td><code>") + e(r.key) +
                 QLatin1String("</code></td><td class=\"num\">") + QString::number(r.count) +
                 QLatin1String("</td><td class=\"num\">") + e(milliseconds(r.p50)) +
                 QLatin1String("</td><td class=\"num\">") + e(milliseconds(r.p95)) +
                 QLatin1String("</td><td class=\"num\">") + e(milliseconds(r.max)) +
                 QLatin1String("</td></tr>\n");
        h += QLatin1String("</table>\n</section>\n");
    }
    h += QLatin1String("</body>\n</html>\n");
    return h;
}

QByteArray IncidentReport::render(Format format) const
{
    return (format == Format::Html ? html() : markdown()).toUtf8();
}

Result<void> IncidentReport::write(QIODevice &out, Format format) const
{
    const QByteArray bytes = render(format);
    if (out.write(bytes) != bytes.size())
        return makeError(ErrorCode::StoreWrite,
                         tr("Could not write the incident report: %1").arg(out.errorString()));
    return {};
}

} // namespace mcpscope
