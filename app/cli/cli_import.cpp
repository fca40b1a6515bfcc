// mcpscope-cli import: a capture made elsewhere (a HAR from a browser's
// DevTools, Charles, Fiddler, or McpScope itself) becomes sessions in a store.
#include "cli_commands.h"

#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "diagnostics/diagnostics_runner.h"
#include "export/capture_bundle.h"
#include "export/har_import.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace mcpscope::cli {

namespace {

enum class ImportKind
{
    Har,
    Bundle, // a .mcpscope store (SQLite)
};

// The one place that tells what an import file is: by its first bytes, then
// by its name.
ImportKind importKindOf(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.peek(16) == QByteArrayView("SQLite format 3\0", 16))
        return ImportKind::Bundle;
    if (QFileInfo(path).suffix().compare(u"mcpscope", Qt::CaseInsensitive) == 0)
        return ImportKind::Bundle;
    return ImportKind::Har;
}

// The passive rules over the sessions an import created; how many findings
// they stored. A failure is said on stderr and counts none: the import
// itself succeeded.
int ruleFindingsOf(const QString &storePath, const QList<qint64> &sessionIds)
{
    if (sessionIds.isEmpty())
        return 0;
    DiagnosticsOptions options;
    options.sessionIds = sessionIds;
    const auto run = runDiagnostics(storePath, options);
    if (!run) {
        complain(run.error().message);
        return 0;
    }
    return run->findings;
}

int importHarFile(const QString &path, const QString &storePath, const QString &name)
{
    CaptureStore store;
    if (auto opened = store.open(storePath); !opened) {
        complain(opened.error().message);
        return StoreError;
    }
    HarImportOptions options;
    options.name = name;
    auto imported = importHar(path, store, options);
    store.close();
    const int ruleFindings = imported ? ruleFindingsOf(storePath, imported->sessionIds) : 0;
    if (!imported) {
        complain(imported.error().message);
        return errorGroup(imported.error().code) == ErrorGroup::Store ? StoreError : Usage;
    }
    for (const QString &note : imported->notes)
        complain(note);
    QJsonArray sessions;
    for (qint64 id : imported->sessionIds)
        sessions.append(double(id));
    printJson(QJsonObject{{QStringLiteral("sessions"), sessions},
                          {QStringLiteral("exchanges"), double(imported->exchanges)},
                          {QStringLiteral("messages"), double(imported->messages)},
                          {QStringLiteral("rpcCalls"), double(imported->rpcCalls)},
                          {QStringLiteral("findings"), double(imported->findings)},
                          {QStringLiteral("ruleFindings"), ruleFindings},
                          {QStringLiteral("mcpscope"), imported->fromMcpScope}});
    return Ok;
}

// A capture bundle (.mcpscope) into the store: CaptureBundle::importBundle(),
// the same output as a HAR's. A file that is not a readable capture store is
// bad input (1); a store that cannot be written, a store error (4).
int importBundleFile(const QString &path, const QString &storePath)
{
    {
        CaptureReader bundle;
        auto opened = bundle.open(path);
        auto sessions =
            opened ? bundle.sessions() : Result<QList<SessionInfo>>(Failure{opened.error()});
        if (!sessions) {
            complain(QStringLiteral("%1 is not a readable capture bundle: %2")
                         .arg(path, sessions.error().message));
            return Usage;
        }
    }
    auto imported = CaptureBundle::importBundle(path, storePath);
    if (!imported) {
        complain(imported.error().message);
        return StoreError;
    }
    // Calls paired with their answer, counted as a HAR import counts them.
    qint64 rpcCalls = 0;
    CaptureReader reader;
    if (reader.open(storePath)) {
        for (qint64 id : std::as_const(imported->sessionIds))
            if (auto messages = reader.messages(id))
                for (const MessageRecord &m : std::as_const(*messages))
                    rpcCalls += !m.outgoing && m.responseTo != 0 ? 1 : 0;
    }
    const int ruleFindings = ruleFindingsOf(storePath, imported->sessionIds);
    QJsonArray sessions;
    for (qint64 id : std::as_const(imported->sessionIds))
        sessions.append(double(id));
    printJson(QJsonObject{{QStringLiteral("sessions"), sessions},
                          {QStringLiteral("exchanges"), double(imported->exchanges)},
                          {QStringLiteral("messages"), double(imported->messages)},
                          {QStringLiteral("rpcCalls"), double(rpcCalls)},
                          {QStringLiteral("findings"), double(imported->findings)},
                          {QStringLiteral("ruleFindings"), ruleFindings},
                          {QStringLiteral("mcpscope"), true}});
    return Ok;
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import a HAR (browser DevTools, Charles, Fiddler, McpScope) or a capture bundle "
        "(.mcpscope) into a capture store as new sessions, redacted on the way in. Prints the new "
        "session ids and what was imported."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("the .har or .mcpscope file"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("The capture store to import into."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("Name of the new session (a foreign HAR's)."),
                                  QStringLiteral("NAME"));
    parser.addOptions({store, name});
    if (auto done = parseVerb(parser, QStringLiteral("import"), args))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return usage(parser, QStringLiteral("import takes exactly one file"));
    if (!parser.isSet(store))
        return usage(parser, QStringLiteral("import needs --store FILE"));
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo(path).isFile()) {
        complain(QStringLiteral("no file at %1").arg(path));
        return Usage;
    }
    switch (importKindOf(path)) {
    case ImportKind::Bundle:
        if (parser.isSet(name))
            return usage(parser, QStringLiteral("--name applies to a HAR; a bundle keeps its "
                                                "sessions' names"));
        return importBundleFile(path, parser.value(store));
    case ImportKind::Har:
        break;
    }
    return importHarFile(path, parser.value(store), parser.value(name));
}

} // namespace mcpscope::cli
