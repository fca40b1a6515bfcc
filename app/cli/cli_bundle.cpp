// The bundle verb of mcpscope-cli: sessions (or single exchanges) of a
// capture store saved as a standalone .mcpscope store, swept for secrets.
#include "cli_commands.h"
#include "cli_redaction_options.h"

#include "capture/redaction.h"
#include "export/capture_bundle.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace mcpscope::cli {

namespace {

// Ids given as repeated options or comma-separated; nullopt on a bad one.
std::optional<QList<qint64>> parseIds(const QStringList &values)
{
    QList<qint64> ids;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return std::nullopt;
            ids << id;
        }
    }
    return ids;
}

} // namespace

int runBundle(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Save sessions of a capture store, or single exchanges, as a standalone capture bundle "
        "(an SQLite store of the same schema, compacted, readable by its owner only). Every "
        "value is swept for secrets again on the way. The bundle opens with File > Open "
        "Capture. Prints what it wrote as JSON."));
    const QCommandLineOption store(
        QStringLiteral("store"), QStringLiteral("Capture store to read."), QStringLiteral("FILE"));
    const QCommandLineOption session(
        QStringLiteral("session"),
        QStringLiteral("A session to include, whole (repeat, or separate ids by commas)."),
        QStringLiteral("ID"));
    const QCommandLineOption exchange(
        QStringLiteral("exchange"),
        QStringLiteral("An exchange to include, with its messages (repeat, or separate ids by "
                       "commas)."),
        QStringLiteral("ID"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QStringLiteral("The bundle to write (replaced when it exists), e.g. ticket.mcpscope."),
        QStringLiteral("FILE"));
    const RedactionOptions redact;
    parser.addOptions({store, session, exchange, output});
    parser.addOptions(redact.all());
    if (auto done = parseVerb(parser, QStringLiteral("bundle"), args))
        return *done;
    if (!parser.isSet(store))
        return usage(parser, QStringLiteral("bundle needs --store FILE"));
    if (!parser.isSet(output))
        return usage(parser, QStringLiteral("bundle needs --output FILE"));
    const auto sessions = parseIds(parser.values(session));
    const auto exchanges = parseIds(parser.values(exchange));
    if (!sessions || !exchanges)
        return usage(parser, QStringLiteral("session and exchange ids are positive numbers"));
    if (sessions->isEmpty() && exchanges->isEmpty())
        return usage(parser, QStringLiteral("bundle needs --session ID or --exchange ID"));
    const RedactionRules rules = redact.rules(parser);
    if (auto valid = rules.validate(); !valid)
        return usage(parser, valid.error().message);
    if (!captureFileFound(parser.value(store)))
        return StoreError;
    // With rules of the user's, the export's redactor (the store's rules, then
    // theirs); without, the store's rules alone, as always.
    const Redactor redactor;
    ExportRedactor exportRedactor(rules);
    auto written = rules.isEmpty()
                       ? CaptureBundle::write(parser.value(store), {*sessions, *exchanges},
                                              parser.value(output), redactor)
                       : CaptureBundle::write(parser.value(store), {*sessions, *exchanges},
                                              parser.value(output), exportRedactor);
    if (!written) {
        complain(written.error().message);
        return StoreError;
    }
    printJson(QJsonObject{{QStringLiteral("bundle"), parser.value(output)},
                          {QStringLiteral("sessions"), double(written->sessions)},
                          {QStringLiteral("exchanges"), double(written->exchanges)},
                          {QStringLiteral("messages"), double(written->messages)},
                          {QStringLiteral("findings"), double(written->findings)},
                          {QStringLiteral("bytes"), double(QFile(parser.value(output)).size())}});
    return Ok;
}

} // namespace mcpscope::cli
