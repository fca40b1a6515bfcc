// mcpscope-cli import: a capture made elsewhere (a HAR from a browser's
// DevTools, Charles, Fiddler, or McpScope itself) becomes sessions in a store.
#include "cli_commands.h"

#include "capture/capture_store.h"
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
                          {QStringLiteral("mcpscope"), imported->fromMcpScope}});
    return Ok;
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import a HAR (browser DevTools, Charles, Fiddler, McpScope) into a capture store as new "
        "sessions, redacted on the way in. Prints the new session ids and what was imported."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the .har file"));
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
        complain(QStringLiteral("%1 is a capture store (.mcpscope): this version imports HAR "
                                "files only")
                     .arg(path));
        return Usage;
    case ImportKind::Har:
        break;
    }
    return importHarFile(path, parser.value(store), parser.value(name));
}

} // namespace mcpscope::cli
