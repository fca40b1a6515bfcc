// mcpscope-cli stats: the analytics figures of a capture store (the same
// AnalyticsQuery the Analytics view charts), and the thresholds as a CI gate.
#include "cli_commands.h"

#include "analytics/analytics_query.h"
#include "analytics/analytics_thresholds.h"
#include "analytics/call_facts.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace mcpscope::cli {

namespace {

// "5m", "30s", "500ms", "2h" (a bare number is seconds); nullopt when bad.
std::optional<qint64> parseDurationMs(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d+)\\s*(ms|s|m|h)?\\s*$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    if (!ok || n <= 0 || n > 366LL * 24 * 3600 * 1000)
        return std::nullopt;
    const QString unit = m.captured(2);
    const qint64 scale = unit == u"ms" ? 1 : unit == u"m" ? 60000 : unit == u"h" ? 3600000 : 1000;
    return n * scale;
}

std::optional<qint64> parseTimeMs(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    return at.toMSecsSinceEpoch();
}

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject percentilesJson(const Percentiles &p)
{
    return {{QStringLiteral("count"), p.count},
            {QStringLiteral("p50"), p.p50},
            {QStringLiteral("p95"), p.p95},
            {QStringLiteral("p99"), p.p99},
            {QStringLiteral("max"), p.max}};
}

QJsonObject rowJson(const TableRow &row)
{
    return {{QStringLiteral("series"), row.series},
            {QStringLiteral("calls"), row.calls},
            {QStringLiteral("errors"), row.errors},
            {QStringLiteral("errorRate"), row.errorRate},
            {QStringLiteral("total"), percentilesJson(row.total)},
            {QStringLiteral("ttfb"), percentilesJson(row.ttfb)},
            {QStringLiteral("bytesIn"), row.bytesIn},
            {QStringLiteral("bytesOut"), row.bytesOut}};
}

QString ms(double v)
{
    if (v < 0)
        return QStringLiteral("-");
    return v >= 100 ? QString::number(v, 'f', 0) : QString::number(v, 'f', 1);
}

// Left-aligned first column, the others right-aligned, two spaces between.
void printTable(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return;
    QList<qsizetype> width(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            width[c] = std::max(width[c], row.at(c).size());
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c)
                line += QStringLiteral("  ");
            line += c == 0 ? row.at(c).leftJustified(width[c]) : row.at(c).rightJustified(width[c]);
        }
        std::printf("%s\n", qPrintable(terminalText(line.trimmed() == line ? line : line)));
    }
}

QStringList rowCells(const TableRow &row)
{
    return {row.series.isEmpty() ? QStringLiteral("(all)") : row.series,
            QString::number(row.calls),
            QString::number(row.errors),
            QString::number(row.errorRate * 100, 'f', 1) + QLatin1Char('%'),
            ms(row.total.p50),
            ms(row.total.p95),
            ms(row.total.p99),
            ms(row.total.max),
            ms(row.ttfb.p50),
            ms(row.ttfb.p95),
            ms(row.ttfb.p99),
            ms(row.ttfb.max),
            QString::number(row.bytesIn),
            QString::number(row.bytesOut)};
}

} // namespace

int runStats(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print the analytics of a capture store: per method or per tool the calls, errors, "
        "error rate, p50/p95/p99/max latency (total and time to first byte, ms, exact "
        "nearest-rank) and bytes in and out; totals; outcome and authentication-event counts; "
        "rate limiting (429s, Retry-After, remaining quota); and the threshold crossings. "
        "With --fail-on, exits 7 when a threshold is crossed."));
    const QCommandLineOption store(
        QStringLiteral("store"), QStringLiteral("Capture store to read."), QStringLiteral("FILE"));
    const QCommandLineOption session(
        QStringLiteral("session"),
        QStringLiteral("Only this session (see sessions); repeat for several. Default: all."),
        QStringLiteral("ID"));
    const QCommandLineOption by(QStringLiteral("by"),
                                QStringLiteral("Group the table by method (default) or tool."),
                                QStringLiteral("method|tool"));
    const QCommandLineOption window(
        QStringLiteral("window"),
        QStringLiteral("The thresholds' sliding window (e.g. 500ms, 30s, 5m, 1h; default 5m), "
                       "for each --fail-on that does not name its own (errors>2%@10m)."),
        QStringLiteral("DURATION"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Only calls at or after this ISO 8601 time."),
                                  QStringLiteral("ISO"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("Only calls before this ISO 8601 time."),
                                QStringLiteral("ISO"));
    const QCommandLineOption baseline(
        QStringLiteral("baseline-session"),
        QStringLiteral("The p95 baseline: this session (repeatable). Default: the first window."),
        QStringLiteral("ID"));
    const QCommandLineOption failOn(
        QStringLiteral("fail-on"),
        QStringLiteral("A threshold (errors>2%, p95>2x, auth>5%, ratelimit>80%); repeatable. "
                       "Exit 7 when one is crossed."),
        QStringLiteral("SPEC"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({store, session, by, window, from, to, baseline, failOn, json});
    if (auto done = parseVerb(parser, QStringLiteral("stats"), args))
        return *done;
    if (!parser.isSet(store))
        return usage(parser, QStringLiteral("stats needs --store FILE"));

    const auto ids = [&](const QCommandLineOption &option, QList<qint64> *out) -> QString {
        for (const QString &value : parser.values(option)) {
            bool ok = false;
            const qint64 id = value.toLongLong(&ok);
            if (!ok || id <= 0)
                return QStringLiteral("--%1 takes a session id, not '%2'")
                    .arg(option.names().first(), terminalText(value));
            *out << id;
        }
        return {};
    };
    AnalyticsScope scope;
    ThresholdBaseline base;
    if (QString bad = ids(session, &scope.sessionIds); !bad.isEmpty())
        return usage(parser, bad);
    if (QString bad = ids(baseline, &base.sessionIds); !bad.isEmpty())
        return usage(parser, bad);
    GroupBy groupBy = GroupBy::Label;
    const QString byName = parser.value(by).toLower();
    if (byName == u"tool")
        groupBy = GroupBy::Tool;
    else if (!byName.isEmpty() && byName != u"method")
        return usage(parser,
                     QStringLiteral("--by is method or tool, not '%1'").arg(terminalText(byName)));
    qint64 windowMs = 300000;
    if (parser.isSet(window)) {
        const auto parsed = parseDurationMs(parser.value(window));
        if (!parsed)
            return usage(parser, QStringLiteral("--window takes a duration such as 30s, 5m or "
                                                "500ms, not '%1'")
                                     .arg(terminalText(parser.value(window))));
        windowMs = *parsed;
    }
    for (const auto &[option, field] :
         {std::pair{&from, &scope.fromMs}, std::pair{&to, &scope.toMs}}) {
        if (!parser.isSet(*option))
            continue;
        const auto at = parseTimeMs(parser.value(*option));
        if (!at)
            return usage(parser,
                         QStringLiteral("--%1 takes an ISO 8601 time "
                                        "(2026-05-01T12:00:00Z), not '%2'")
                             .arg(option->names().first(), terminalText(parser.value(*option))));
        *field = *at;
    }
    if (scope.fromMs && scope.toMs && scope.toMs <= scope.fromMs)
        return usage(parser, QStringLiteral("--to must be after --from"));
    const QStringList specs = parser.values(failOn);
    QList<Threshold> thresholds;
    if (!specs.isEmpty()) {
        auto parsed = parseThresholds(specs);
        if (!parsed)
            return usage(parser, parsed.error().message);
        thresholds = *parsed;
        // --window for the specs that do not name their own window.
        for (qsizetype i = 0; i < thresholds.size() && i < specs.size(); ++i)
            if (!specs.at(i).contains(QLatin1Char('@')))
                thresholds[i].windowMs = windowMs;
    }

    const QString path = parser.value(store);
    if (!captureFileFound(path))
        return StoreError;
    AnalyticsQuery query;
    if (auto opened = query.open(path); !opened) {
        complain(opened.error().message); // it names the file
        return StoreError;
    }
    const auto dashboard = query.dashboard(scope, groupBy);
    if (!dashboard) {
        complain(dashboard.error().message);
        return StoreError;
    }
    const auto total = query.percentiles(scope, LatencyKind::Total);
    const auto ttfb = query.percentiles(scope, LatencyKind::Ttfb);
    const auto table = query.table(scope, groupBy);
    if (!total || !ttfb || !table) {
        complain((!total ? total.error() : !ttfb ? ttfb.error() : table.error()).message);
        return StoreError;
    }
    // Totals over the scope (every call, with a tool or not).
    const auto all = query.table(scope, GroupBy::Label);
    if (!all) {
        complain(all.error().message);
        return StoreError;
    }
    TableRow totals;
    for (const TableRow &row : *all) {
        totals.calls += row.calls;
        totals.errors += row.errors;
        totals.bytesIn += row.bytesIn;
        totals.bytesOut += row.bytesOut;
    }
    totals.errorRate = totals.calls ? double(totals.errors) / double(totals.calls) : 0;
    totals.total = *total;
    totals.ttfb = *ttfb;
    std::array<qint64, kCallOutcomeCount> outcomes{};
    for (const OutcomePoint &p : dashboard->outcomes)
        for (int i = 0; i < kCallOutcomeCount; ++i)
            outcomes[i] += p.byOutcome[i];
    std::array<qint64, kAuthEventCount> auth{};
    for (const AuthPoint &p : dashboard->auth)
        for (int i = 0; i < kAuthEventCount; ++i)
            auth[i] += p.byEvent[i];
    RateLimitPoint rate{0};
    for (const RateLimitPoint &p : dashboard->rateLimit) {
        rate.tooMany += p.tooMany;
        rate.maxRetryAfterMs = std::max(rate.maxRetryAfterMs, p.maxRetryAfterMs);
        if (p.minRemaining >= 0 && (rate.minRemaining < 0 || p.minRemaining < rate.minRemaining))
            rate.minRemaining = p.minRemaining;
        rate.limit = std::max(rate.limit, p.limit);
    }
    QList<Finding> crossings;
    if (!thresholds.isEmpty()) {
        auto evaluated = evaluateThresholds(query, scope, thresholds, base);
        if (!evaluated) {
            complain(evaluated.error().message);
            return StoreError;
        }
        crossings = *evaluated;
    }
    const int code = crossings.isEmpty() ? Ok : ThresholdCrossed;

    if (parser.isSet(json)) {
        QJsonArray series;
        for (const TableRow &row : *table)
            series << rowJson(row);
        QJsonObject totalsJson = rowJson(totals);
        totalsJson.remove(QStringLiteral("series"));
        QJsonObject outcomeJson, authJson;
        for (int i = 0; i < kCallOutcomeCount; ++i)
            outcomeJson.insert(outcomeId(CallOutcome(i)), outcomes[i]);
        for (int i = 1; i < kAuthEventCount; ++i)
            authJson.insert(authEventId(AuthEvent(i)), auth[i]);
        QJsonArray crossingJson;
        for (const Finding &f : crossings) {
            QJsonArray exchanges;
            for (qint64 id : f.exchangeIds)
                exchanges << id;
            crossingJson << QJsonObject{
                {QStringLiteral("kind"), f.kind},
                {QStringLiteral("observed"), f.arguments.value(0)}, // "3.1 %", "2.40x"
                {QStringLiteral("limit"), f.arguments.value(1)},
                {QStringLiteral("windowStart"), f.arguments.value(2)},
                {QStringLiteral("windowEnd"), f.arguments.value(3)},
                {QStringLiteral("sessionId"), f.sessionId},
                {QStringLiteral("summary"), f.summary()},
                {QStringLiteral("exchangeIds"), exchanges}};
        }
        QJsonArray sessions, failOnJson;
        for (qint64 id : scope.sessionIds)
            sessions << id;
        for (const Threshold &t : thresholds)
            failOnJson << thresholdSpec(t);
        printJson(
            QJsonObject{{QStringLiteral("by"), groupBy == GroupBy::Tool ? QStringLiteral("tool")
                                                                        : QStringLiteral("method")},
                        {QStringLiteral("sessions"), sessions},
                        {QStringLiteral("from"),
                         dashboard->calls ? QJsonValue(isoMs(dashboard->fromMs)) : QJsonValue()},
                        {QStringLiteral("to"),
                         dashboard->calls ? QJsonValue(isoMs(dashboard->toMs)) : QJsonValue()},
                        {QStringLiteral("totals"), totalsJson},
                        {QStringLiteral("series"), series},
                        {QStringLiteral("capped"), dashboard->capped},
                        {QStringLiteral("outcomes"), outcomeJson},
                        {QStringLiteral("auth"), authJson},
                        {QStringLiteral("rateLimit"),
                         QJsonObject{{QStringLiteral("tooMany"), rate.tooMany},
                                     {QStringLiteral("maxRetryAfterMs"), rate.maxRetryAfterMs},
                                     {QStringLiteral("minRemaining"), rate.minRemaining},
                                     {QStringLiteral("limit"), rate.limit}}},
                        {QStringLiteral("failOn"), failOnJson},
                        {QStringLiteral("crossings"), crossingJson}});
        return code;
    }

    if (totals.calls == 0) {
        std::printf("no calls\n");
        return code;
    }
    std::printf("%s .. %s UTC, %lld calls\n\n", qPrintable(isoMs(dashboard->fromMs)),
                qPrintable(isoMs(dashboard->toMs)), static_cast<long long>(totals.calls));
    QList<QStringList> rows{
        {groupBy == GroupBy::Tool ? QStringLiteral("tool") : QStringLiteral("method"),
         QStringLiteral("calls"), QStringLiteral("errors"), QStringLiteral("err%"),
         QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99"), QStringLiteral("max"),
         QStringLiteral("ttfb p50"), QStringLiteral("ttfb p95"), QStringLiteral("ttfb p99"),
         QStringLiteral("ttfb max"), QStringLiteral("bytes in"), QStringLiteral("bytes out")}};
    for (const TableRow &row : *table)
        rows << rowCells(row);
    totals.series = QStringLiteral("total");
    rows << rowCells(totals);
    printTable(rows);
    if (dashboard->capped)
        std::printf("(more series than shown)\n");
    std::printf("\nlatency in ms\n\noutcomes:");
    for (int i = 0; i < kCallOutcomeCount; ++i)
        if (outcomes[i])
            std::printf(" %s %lld", qPrintable(outcomeId(CallOutcome(i))),
                        static_cast<long long>(outcomes[i]));
    std::printf("\nauth events:");
    bool anyAuth = false;
    for (int i = 1; i < kAuthEventCount; ++i)
        if (auth[i]) {
            anyAuth = true;
            std::printf(" %s %lld", qPrintable(authEventId(AuthEvent(i))),
                        static_cast<long long>(auth[i]));
        }
    std::printf("%s\nrate limiting: %lld x 429", anyAuth ? "" : " none",
                static_cast<long long>(rate.tooMany));
    if (rate.maxRetryAfterMs >= 0)
        std::printf(", Retry-After up to %lld s",
                    static_cast<long long>(rate.maxRetryAfterMs / 1000));
    if (rate.minRemaining >= 0)
        std::printf(", lowest remaining quota %lld", static_cast<long long>(rate.minRemaining));
    if (rate.limit >= 0)
        std::printf(" of %lld", static_cast<long long>(rate.limit));
    std::printf("\n");
    if (!thresholds.isEmpty()) {
        std::printf("\nthresholds (%s): ", qPrintable([&] {
                        QStringList s;
                        for (const Threshold &t : thresholds)
                            s << thresholdSpec(t);
                        return s.join(QStringLiteral(", "));
                    }()));
        if (crossings.isEmpty())
            std::printf("none crossed\n");
        else
            std::printf("%lld crossed\n", static_cast<long long>(crossings.size()));
        for (const Finding &f : crossings)
            std::printf("  %s  %s\n", qPrintable(f.kind), qPrintable(terminalText(f.summary())));
    }
    return code;
}

} // namespace mcpscope::cli
