#include "cli_commands.h"
#include "cli_redaction_options.h"

#include "common/private_files.h"
#include "export/har_writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace mcpscope::cli {

namespace {

// Ids given as repeated options; false (and a usage message) on a bad one.
bool parseIds(const QStringList &values, const QString &option, QList<qint64> &ids,
              QString &problem)
{
    for (const QString &value : values) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0) {
            problem = QStringLiteral("--%1 takes a positive id, not '%2'").arg(option, value);
            return false;
        }
        ids.append(id);
    }
    return true;
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export captured exchanges as a HAR 1.2 document (--format har) or as McpScope's JSON "
        "(--format json, the default). Exports are always redacted: the store's rules run again "
        "over everything, plus the rules given here."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("har or json (default json)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption store(
        QStringLiteral("store"), QStringLiteral("Capture store to read."), QStringLiteral("FILE"));
    const QCommandLineOption session(
        QStringLiteral("session"), QStringLiteral("Only this session (see sessions; repeatable)."),
        QStringLiteral("ID"));
    const QCommandLineOption exchange(QStringLiteral("exchange"),
                                      QStringLiteral("Only this exchange (repeatable)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QStringLiteral("Write to FILE (created 0600, replaced whole) instead of stdout."),
        QStringLiteral("FILE"));
    const RedactionOptions redact;
    const QCommandLineOption summary(
        QStringLiteral("summary"),
        QStringLiteral("Print what was removed (kind, name, count) on stderr."));
    parser.addOptions({format, store, session, exchange, output});
    parser.addOptions(redact.all());
    parser.addOption(summary);
    if (auto done = parseVerb(parser, QStringLiteral("export"), args))
        return *done;
    const QString formatName = parser.value(format);
    if (formatName != u"har" && formatName != u"json")
        return usage(parser, QStringLiteral("--format is har or json, not '%1'").arg(formatName));
    if (!parser.isSet(store))
        return usage(parser, QStringLiteral("export needs --store FILE"));
    ExportScope scope;
    QString problem;
    if (!parseIds(parser.values(session), QStringLiteral("session"), scope.sessionIds, problem) ||
        !parseIds(parser.values(exchange), QStringLiteral("exchange"), scope.exchangeIds, problem))
        return usage(parser, problem);
    const RedactionRules rules = redact.rules(parser);
    if (auto valid = rules.validate(); !valid)
        return usage(parser, valid.error().message);
    const QString storePath = parser.value(store);
    if (!captureFileFound(storePath))
        return StoreError;

    // To a temporary file beside the output, renamed over it when complete:
    // a failure leaves no half-written export.
    const QString outputPath = parser.value(output);
    QFile file;
    QString tempPath;
    if (parser.isSet(output)) {
        const QFileInfo info(outputPath);
        tempPath = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                   QStringLiteral(".%1.part").arg(QCoreApplication::applicationPid());
        file.setFileName(tempPath);
        if (auto opened = openPrivateFile(file); !opened) {
            complain(
                QStringLiteral("could not write %1: %2").arg(outputPath, opened.error().message));
            return StoreError;
        }
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        complain(QStringLiteral("could not write to stdout: %1").arg(file.errorString()));
        return StoreError;
    }

    HarWriter har(rules);
    ExportRedactor jsonRedactor(rules);
    Result<void> written = formatName == u"har"
                               ? har.write(storePath, scope, file)
                               : writeJsonExport(storePath, scope, jsonRedactor, file);
    const RedactionTally &tally = formatName == u"har" ? har.tally() : jsonRedactor.tally();
    if (written && !file.flush())
        written = makeError(ErrorCode::StoreWrite, file.errorString());
    if (parser.isSet(output)) {
        file.close();
        if (written && file.error() != QFileDevice::NoError)
            written = makeError(ErrorCode::StoreWrite, file.errorString());
        if (written && ::rename(QFile::encodeName(tempPath).constData(),
                                QFile::encodeName(outputPath).constData()) != 0)
            written = makeError(ErrorCode::StoreWrite, QString::fromLocal8Bit(strerror(errno)));
        if (!written)
            QFile::remove(tempPath);
    }
    if (!written) {
        complain(
            parser.isSet(output)
                ? QStringLiteral("could not write %1: %2").arg(outputPath, written.error().message)
                : written.error().message);
        return StoreError;
    }
    if (parser.isSet(summary)) {
        std::fprintf(stderr, "redacted %lld value(s)\n", static_cast<long long>(tally.total()));
        std::fputs(qPrintable(terminalText(tally.toText(), true)), stderr);
    }
    return Ok;
}

} // namespace mcpscope::cli
