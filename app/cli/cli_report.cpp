// mcpscope-cli report: an incident report (Markdown or HTML) of recorded
// sessions, for a ticket.
#include "cli_commands.h"
#include "cli_redaction_options.h"

#include "capture/capture_reader.h"
#include "capture/findings_store.h"
#include "capture/redaction.h"
#include "export/incident_report.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <memory>

namespace mcpscope::cli {

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write an incident report of recorded sessions: server, transport, protocol version, "
        "client, timeline, failing exchanges with their requests and responses, findings with "
        "cause and fix, latency summary. Secrets are redacted again; server text stays plain "
        "text. No scripts, no external resources."));
    const QCommandLineOption store(
        QStringLiteral("store"), QStringLiteral("Capture store to read."), QStringLiteral("FILE"));
    const QCommandLineOption session(
        QStringLiteral("session"),
        QStringLiteral("A session to report on (see sessions); repeat for several."),
        QStringLiteral("ID"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral("md (Markdown) or html; default md, or html when --output ends in .html."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("Write to FILE (0600) instead of stdout."),
                                    QStringLiteral("FILE"));
    const RedactionOptions redact;
    parser.addOptions({store, session, format, output});
    parser.addOptions(redact.all());
    if (auto done = parseVerb(parser, QStringLiteral("report"), args))
        return *done;
    if (!parser.isSet(store))
        return usage(parser, QStringLiteral("report needs --store FILE"));
    QList<qint64> ids;
    for (const QString &value : parser.values(session)) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(
                parser,
                QStringLiteral("--session takes a session id, not '%1'").arg(terminalText(value)));
        ids << id;
    }
    if (ids.isEmpty())
        return usage(parser, QStringLiteral("report needs --session ID (see sessions)"));
    IncidentReport::Format kind = IncidentReport::Format::Markdown;
    const QString formatName = parser.value(format).toLower();
    if (formatName == u"html" ||
        (formatName.isEmpty() && (parser.value(output).endsWith(u".html", Qt::CaseInsensitive) ||
                                  parser.value(output).endsWith(u".htm", Qt::CaseInsensitive))))
        kind = IncidentReport::Format::Html;
    else if (!formatName.isEmpty() && formatName != u"md" && formatName != u"markdown")
        return usage(
            parser,
            QStringLiteral("--format is md or html, not '%1'").arg(terminalText(formatName)));

    const RedactionRules rules = redact.rules(parser);
    if (auto valid = rules.validate(); !valid)
        return usage(parser, valid.error().message);

    const QString path = parser.value(store);
    if (!captureFileFound(path))
        return StoreError;
    CaptureReader reader;
    if (auto opened = reader.open(path); !opened) {
        complain(opened.error().message);
        return StoreError;
    }
    FindingsStore findings;
    const auto findingsOpened = findings.open(path);
    if (!findingsOpened)
        complain(
            QStringLiteral("the report has no findings: %1").arg(findingsOpened.error().message));

    // With rules of the user's, the export's redactor (the store's rules, then
    // theirs); without, the store's rules alone, as always.
    Redactor redactor;
    ExportRedactor exportRedactor(rules);
    const auto report = rules.isEmpty() ? std::make_unique<IncidentReport>(redactor)
                                        : std::make_unique<IncidentReport>(exportRedactor);
    if (auto loaded = report->load(reader, findingsOpened ? &findings : nullptr, ids); !loaded) {
        complain(loaded.error().message);
        return StoreError;
    }
    if (!parser.isSet(output)) {
        const QByteArray bytes = report->render(kind);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return Ok;
    }
    // Written beside the target and renamed over it when complete: a failure
    // leaves no half-written report. Owner-only before the first byte.
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        complain(QStringLiteral("could not write %1: %2").arg(file.fileName(), file.errorString()));
        file.cancelWriting();
        return StoreError;
    }
    if (auto written = report->write(file, kind); !written) {
        complain(written.error().message);
        file.cancelWriting();
        return StoreError;
    }
    if (!file.commit()) {
        complain(QStringLiteral("could not write %1: %2").arg(file.fileName(), file.errorString()));
        return StoreError;
    }
    return Ok;
}

} // namespace mcpscope::cli
