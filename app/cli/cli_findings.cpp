// mcpscope-cli findings: the findings of a capture store (live ones, the
// passive rules', the Connection Doctor's), the rules run first, as text
// grouped by severity and kind or as JSON; a CI gate with --fail-on.
#include "cli_commands.h"

#include "capture/findings_store.h"
#include "diagnostics/diagnostics_runner.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cstdio>

namespace mcpscope::cli {

namespace {

std::optional<FindingSeverity> severityOption(const QString &text)
{
    if (text == u"note" || text == u"warning" || text == u"error")
        return severityFromId(text);
    return std::nullopt;
}

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(double(id));
    return out;
}

QString idsText(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QStringLiteral(", "));
}

QJsonObject findingJson(const Finding &f)
{
    return {{QStringLiteral("id"), double(f.id)},
            {QStringLiteral("kind"), f.kind},
            {QStringLiteral("group"), f.group()},
            {QStringLiteral("severity"), severityId(f.severity())},
            {QStringLiteral("title"), f.title()},
            {QStringLiteral("summary"), f.summary()},
            {QStringLiteral("cause"), f.cause()},
            {QStringLiteral("fix"), f.fix()},
            {QStringLiteral("source"), f.sourceId()},
            {QStringLiteral("sessionId"), double(f.sessionId)},
            {QStringLiteral("atMs"), double(f.atMs)},
            {QStringLiteral("exchangeIds"), idsJson(f.exchangeIds)},
            {QStringLiteral("messageIds"), idsJson(f.messageIds)}};
}

void printText(const QList<Finding> &findings, const int counts[3])
{
    QString last;
    for (const Finding &f : findings) {
        const QString group = severityId(f.severity()) + QLatin1Char(' ') + f.kind;
        if (group != last) {
            last = group;
            const auto n = std::count_if(findings.cbegin(), findings.cend(),
                                         [&](const Finding &o) { return o.kind == f.kind; });
            std::printf("\n%s  %s  %s (%lld)\n", qPrintable(severityId(f.severity()).toUpper()),
                        qPrintable(f.kind), qPrintable(terminalText(f.title())),
                        static_cast<long long>(n));
        }
        std::printf(
            "  #%lld  session %lld  %s  [%s]\n", static_cast<long long>(f.id),
            static_cast<long long>(f.sessionId),
            qPrintable(QDateTime::fromMSecsSinceEpoch(f.atMs, Qt::UTC).toString(Qt::ISODate)),
            qPrintable(f.sourceId()));
        std::printf("    %s\n", qPrintable(terminalText(f.summary())));
        std::printf("    %s\n", qPrintable(terminalText(f.cause())));
        std::printf("    %s\n", qPrintable(terminalText(f.fix())));
        if (!f.exchangeIds.isEmpty())
            std::printf("    Evidence: exchanges %s\n", qPrintable(idsText(f.exchangeIds)));
        if (!f.messageIds.isEmpty())
            std::printf("    Evidence: messages %s\n", qPrintable(idsText(f.messageIds)));
    }
    std::printf("%sFindings: %d error(s), %d warning(s), %d note(s)\n",
                findings.isEmpty() ? "" : "\n", counts[2], counts[1], counts[0]);
}

} // namespace

int runFindings(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the findings of a capture store: what went wrong, its likely cause, the fix, and "
        "the exchanges that are its evidence, grouped by severity and kind. The passive "
        "diagnostics rules run first over the sessions with new traffic (or the --session ones). "
        "Exits 8 when a finding at or above --fail-on exists."));
    const QCommandLineOption store(
        QStringLiteral("store"), QStringLiteral("Capture store to read."), QStringLiteral("FILE"));
    const QCommandLineOption session(
        QStringLiteral("session"),
        QStringLiteral("Only this session (see sessions); repeat for several. Default: all."),
        QStringLiteral("ID"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QStringLiteral("Only kinds starting with this (e.g. oauth, tls.expired, perf)."),
        QStringLiteral("PREFIX"));
    const QCommandLineOption severity(QStringLiteral("severity"),
                                      QStringLiteral("Only findings at or above this severity."),
                                      QStringLiteral("note|warning|error"));
    const QCommandLineOption failOn(
        QStringLiteral("fail-on"),
        QStringLiteral("Exit 8 when a listed finding is at or above this severity (default "
                       "error)."),
        QStringLiteral("note|warning|error"));
    const QCommandLineOption noRun(QStringLiteral("no-run"),
                                   QStringLiteral("Do not run the rules; list what is stored."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({store, session, kind, severity, failOn, noRun, json});
    if (auto done = parseVerb(parser, QStringLiteral("findings"), args))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usage(parser, QStringLiteral("findings takes no positional argument"));
    if (!parser.isSet(store))
        return usage(parser, QStringLiteral("findings needs --store FILE"));
    QList<qint64> sessions;
    for (const QString &text : parser.values(session)) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id < 0)
            return usage(
                parser,
                QStringLiteral("--session takes a session id, not '%1'").arg(terminalText(text)));
        sessions << id;
    }
    const auto minimum = severityOption(parser.value(severity).isEmpty() ? QStringLiteral("note")
                                                                         : parser.value(severity));
    if (!minimum)
        return usage(parser, QStringLiteral("--severity takes note, warning or error"));
    const auto gate = severityOption(parser.value(failOn).isEmpty() ? QStringLiteral("error")
                                                                    : parser.value(failOn));
    if (!gate)
        return usage(parser, QStringLiteral("--fail-on takes note, warning or error"));
    const QString path = parser.value(store);
    if (!captureFileFound(path))
        return StoreError;

    // A store that cannot be written runs read-only: the rules' findings of
    // the sessions run come from the run, not the table.
    QSet<qint64> runSessions;
    QList<Finding> computed;
    if (!parser.isSet(noRun)) {
        DiagnosticsOptions options;
        options.sessionIds = sessions;
        auto run = runDiagnostics(path, options);
        if (!run) {
            complain(run.error().message);
            return StoreError;
        }
        for (qint64 id : std::as_const(run->sessionIds))
            runSessions.insert(id);
        computed = run->computed;
    }
    FindingsStore findings;
    if (auto opened = findings.openReadOnly(path); !opened) {
        complain(opened.error().message);
        return StoreError;
    }
    auto stored = findings.findings(0, 1000000);
    if (!stored) {
        complain(stored.error().message);
        return StoreError;
    }
    QList<Finding> all = *stored;
    if (!computed.isEmpty() || (!runSessions.isEmpty() && !QFileInfo(path).isWritable())) {
        all.removeIf([&](const Finding &f) {
            return f.source == u"rules" && runSessions.contains(f.sessionId);
        });
        all += computed;
    }
    const QString prefix = parser.value(kind);
    all.removeIf([&](const Finding &f) {
        return (!sessions.isEmpty() && !sessions.contains(f.sessionId)) ||
               (!prefix.isEmpty() && !f.kind.startsWith(prefix)) || f.severity() < *minimum;
    });
    // Severity (highest first), then kind, then time.
    std::stable_sort(all.begin(), all.end(), [](const Finding &a, const Finding &b) {
        if (a.severity() != b.severity())
            return a.severity() > b.severity();
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.atMs < b.atMs;
    });
    int counts[3] = {0, 0, 0};
    bool failed = false;
    for (const Finding &f : std::as_const(all)) {
        ++counts[int(f.severity())];
        failed = failed || f.severity() >= *gate;
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Finding &f : std::as_const(all))
            list.append(findingJson(f));
        printJson(QJsonObject{
            {QStringLiteral("findings"), list},
            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("error"), counts[2]},
                                                   {QStringLiteral("warning"), counts[1]},
                                                   {QStringLiteral("note"), counts[0]}}}});
    } else {
        printText(all, counts);
    }
    return failed ? FindingsFound : Ok;
}

} // namespace mcpscope::cli
