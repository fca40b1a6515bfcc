#include "capture/log_filter.h"

#include "capture/capture_reader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

#include <cmath>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope::LogFilter", text);
}

struct Token
{
    QString text;         // unescaped, quotes removed
    qsizetype colon = -1; // first ':' outside quotes and before any quote
};

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        Token token;
        bool quoted = false;
        bool sawQuote = false;
        while (i < n && (quoted || !text[i].isSpace())) {
            const QChar c = text[i];
            if (c == u'"') {
                quoted = !quoted;
                sawQuote = true;
                ++i;
                continue;
            }
            if (quoted && c == u'\\' && i + 1 < n) {
                token.text += text[i + 1];
                i += 2;
                continue;
            }
            if (c == u':' && !quoted && !sawQuote && token.colon < 0)
                token.colon = token.text.size();
            token.text += c;
            ++i;
        }
        tokens.append(token);
    }
    return tokens;
}

bool isHttpMethod(const QString &value)
{
    static const QStringList verbs{QStringLiteral("GET"),    QStringLiteral("POST"),
                                   QStringLiteral("PUT"),    QStringLiteral("PATCH"),
                                   QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                                   QStringLiteral("OPTIONS")};
    return verbs.contains(value);
}

// "500ms", "2.5s", "500" (ms); -1 when not a duration.
double parseDuration(QString value)
{
    double scale = 1;
    if (value.endsWith(QLatin1String("ms"), Qt::CaseInsensitive)) {
        value.chop(2);
    } else if (value.endsWith(QLatin1Char('s'), Qt::CaseInsensitive)) {
        value.chop(1);
        scale = 1000;
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < 0 || !std::isfinite(number * scale))
        return -1;
    return number * scale;
}

QString printDuration(double ms)
{
    return QString::number(ms, 'g', 17) + QStringLiteral("ms");
}

std::optional<qint64> parseTime(const QString &value)
{
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    // No zone written: UTC, so a query means the same on every machine.
    const bool zoned = value.endsWith(QLatin1Char('Z'), Qt::CaseInsensitive) ||
                       value.lastIndexOf(QLatin1Char('+')) > 9 ||
                       value.lastIndexOf(QLatin1Char('-')) > 9;
    if (!zoned)
        time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

QString printTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QString quoted(const QString &value, bool quoteColons)
{
    bool needs = value.isEmpty();
    for (const QChar c : value)
        if (c.isSpace() || c == u'"' || c == u'\\' || (quoteColons && c == u':'))
            needs = true;
    if (!needs)
        return value;
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('"');
}

const char *const kStatusNames[] = {"", "1xx", "2xx", "3xx", "4xx", "5xx", "failed"};

} // namespace

bool LogFilterQuery::sameFilter(const LogFilterQuery &o) const
{
    return rpcMethod == o.rpcMethod && httpMethod == o.httpMethod && tool == o.tool &&
           status == o.status && statusCode == o.statusCode && minLatencyMs == o.minLatencyMs &&
           maxLatencyMs == o.maxLatencyMs && sessionId == o.sessionId && afterMs == o.afterMs &&
           beforeMs == o.beforeMs && words == o.words;
}

bool LogFilterQuery::isEmpty() const
{
    return sameFilter(LogFilterQuery{});
}

LogFilterQuery parseLogFilter(QStringView text)
{
    LogFilterQuery q;
    for (const Token &token : tokenize(text)) {
        const QString key = token.colon > 0 ? token.text.left(token.colon).toLower() : QString();
        const QString value = token.colon > 0 ? token.text.mid(token.colon + 1) : QString();
        static const QStringList keys{QStringLiteral("method"),  QStringLiteral("tool"),
                                      QStringLiteral("status"),  QStringLiteral("latency"),
                                      QStringLiteral("session"), QStringLiteral("after"),
                                      QStringLiteral("before")};
        if (!keys.contains(key)) {
            if (!token.text.trimmed().isEmpty()) // "" and "  " search nothing
                q.words << token.text;
            continue;
        }
        if (value.isEmpty()) {
            q.problems << tr("%1: needs a value").arg(key);
            continue;
        }
        if (key == u"method") {
            (isHttpMethod(value) ? q.httpMethod : q.rpcMethod) = value;
        } else if (key == u"tool") {
            q.tool = value;
        } else if (key == u"status") {
            const QString lower = value.toLower();
            bool matched = false;
            for (int s = 1; s <= int(LogFilterQuery::Status::Failed); ++s)
                if (lower == QLatin1String(kStatusNames[s])) {
                    q.status = LogFilterQuery::Status(s);
                    q.statusCode = 0;
                    matched = true;
                }
            bool ok = false;
            const int code = value.toInt(&ok);
            if (!matched && ok && value.size() == 3 && code >= 100 && code <= 599) {
                q.status = LogFilterQuery::Status::Exact;
                q.statusCode = code;
                matched = true;
            }
            if (!matched)
                q.problems << tr("status: takes 1xx to 5xx, failed or a code, not %1").arg(value);
        } else if (key == u"latency") {
            QString rest = value;
            bool atMost = false;
            if (rest.startsWith(QLatin1String(">=")) || rest.startsWith(QLatin1String("<=")))
                atMost = rest.at(0) == u'<', rest.remove(0, 2);
            else if (rest.startsWith(QLatin1Char('>')) || rest.startsWith(QLatin1Char('<')))
                atMost = rest.at(0) == u'<', rest.remove(0, 1);
            const double ms = parseDuration(rest);
            if (ms < 0)
                q.problems << tr("latency: takes e.g. >500ms or <2s, not %1").arg(value);
            else
                (atMost ? q.maxLatencyMs : q.minLatencyMs) = ms;
        } else if (key == u"session") {
            bool ok = false;
            const qint64 id = value.toLongLong(&ok);
            if (ok && id > 0)
                q.sessionId = id;
            else
                q.problems << tr("session: takes a session number, not %1").arg(value);
        } else { // after, before
            const auto ms = parseTime(value);
            if (!ms)
                q.problems << tr("%1: takes an ISO 8601 time, not %2").arg(key, value);
            else
                (key == u"after" ? q.afterMs : q.beforeMs) = *ms;
        }
    }
    return q;
}

QString logFilterTerm(const QString &key, const QString &value)
{
    return key + QLatin1Char(':') + quoted(value, false);
}

QString printLogFilter(const LogFilterQuery &q)
{
    QStringList terms;
    if (!q.rpcMethod.isEmpty())
        terms << logFilterTerm(QStringLiteral("method"), q.rpcMethod);
    if (!q.httpMethod.isEmpty())
        terms << logFilterTerm(QStringLiteral("method"), q.httpMethod);
    if (!q.tool.isEmpty())
        terms << logFilterTerm(QStringLiteral("tool"), q.tool);
    if (q.status == LogFilterQuery::Status::Exact)
        terms << logFilterTerm(QStringLiteral("status"), QString::number(q.statusCode));
    else if (q.status != LogFilterQuery::Status::Any)
        terms << logFilterTerm(QStringLiteral("status"),
                               QString::fromLatin1(kStatusNames[int(q.status)]));
    if (q.minLatencyMs >= 0)
        terms << logFilterTerm(QStringLiteral("latency"),
                               QStringLiteral(">=") + printDuration(q.minLatencyMs));
    if (q.maxLatencyMs >= 0)
        terms << logFilterTerm(QStringLiteral("latency"),
                               QStringLiteral("<=") + printDuration(q.maxLatencyMs));
    if (q.sessionId > 0)
        terms << logFilterTerm(QStringLiteral("session"), QString::number(q.sessionId));
    if (q.afterMs != 0)
        terms << logFilterTerm(QStringLiteral("after"), printTime(q.afterMs));
    if (q.beforeMs != 0)
        terms << logFilterTerm(QStringLiteral("before"), printTime(q.beforeMs));
    for (const QString &word : q.words)
        terms << quoted(word, true);
    return terms.join(QLatin1Char(' '));
}

void applyLogFilter(const LogFilterQuery &q, CaptureFilter &f)
{
    if (!q.rpcMethod.isEmpty())
        f.rpcMethod = q.rpcMethod;
    if (!q.httpMethod.isEmpty())
        f.method = q.httpMethod;
    if (!q.tool.isEmpty())
        f.tool = q.tool;
    if (q.status == LogFilterQuery::Status::Exact) {
        f.statusCode = q.statusCode;
    } else if (q.status != LogFilterQuery::Status::Any) {
        f.statusClass = CaptureFilter::StatusClass(int(q.status));
    }
    if (q.minLatencyMs >= 0)
        f.minTotalMs = q.minLatencyMs;
    if (q.maxLatencyMs >= 0)
        f.maxTotalMs = q.maxLatencyMs;
    if (q.sessionId > 0)
        f.sessionId = q.sessionId;
    if (q.afterMs != 0)
        f.afterMs = q.afterMs;
    if (q.beforeMs != 0)
        f.beforeMs = q.beforeMs;
    f.text = q.words.join(QLatin1Char(' '));
}

} // namespace mcpscope
