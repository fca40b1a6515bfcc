// mcpscope-cli catalog: the servers the user already has (from mcp.json,
// Claude Desktop, Cursor, VS Code, server.json), kept in McpScope's catalog
// with their secrets in the keychain; the MCP verbs take --server NAME.
#include "cli_commands.h"

#include "catalog/catalog_formats.h"
#include "catalog/catalog_secrets.h"
#include "catalog/server_catalog.h"
#include "common/private_files.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace mcpscope::cli {

namespace {

QJsonObject serverJson(const CatalogServer &s)
{
    QJsonObject o{{QStringLiteral("name"), s.name},
                  {QStringLiteral("kind"), catalogKindName(s.kind)},
                  {QStringLiteral("source"), s.sourceFile},
                  {QStringLiteral("format"), catalogFormatName(s.sourceFormat)},
                  {QStringLiteral("era"), s.era}};
    if (s.kind == CatalogServer::Kind::Stdio) {
        o.insert(QStringLiteral("command"), s.command);
        o.insert(QStringLiteral("args"), QJsonArray::fromStringList(s.args));
        o.insert(QStringLiteral("env"), QJsonArray::fromStringList(s.env.keys()));
    } else {
        o.insert(QStringLiteral("url"), s.url);
        o.insert(QStringLiteral("headers"), QJsonArray::fromStringList(s.headers.keys()));
    }
    o.insert(QStringLiteral("secrets"), QJsonArray::fromStringList(secretReferences(s)));
    if (!s.notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(s.notes));
    return o;
}

QString targetText(const CatalogServer &s)
{
    if (s.kind != CatalogServer::Kind::Stdio)
        return s.url;
    return (QStringList{s.command} << s.args).join(QLatin1Char(' '));
}

// Fields separated by tabs, each one terminal text (a name with a tab or a
// line feed in it cannot break the columns).
void printLine(const QStringList &fields)
{
    QStringList safe;
    for (const QString &field : fields)
        safe << terminalText(field);
    std::printf("%s\n", qPrintable(safe.join(QLatin1Char('\t'))));
}

int listServers(const ServerCatalog &catalog, bool json)
{
    if (json) {
        QJsonArray out;
        for (const CatalogServer &s : catalog.servers())
            out.append(serverJson(s));
        printJson(out);
        return Ok;
    }
    if (catalog.servers().isEmpty()) {
        complain(QStringLiteral("the catalog %1 is empty; \"catalog import FILE\" adds servers")
                     .arg(catalog.path()));
        return Ok;
    }
    for (const CatalogServer &s : catalog.servers())
        printLine({s.name, catalogKindName(s.kind), targetText(s),
                   s.sourceFile.isEmpty() ? catalogFormatName(s.sourceFormat) : s.sourceFile});
    return Ok;
}

int importServers(ServerCatalog &catalog, const QString &file, CatalogFormat format, bool json)
{
    const auto read = readCatalogSourceFile(file, format);
    if (!read) {
        complain(read.error().message);
        return Usage;
    }
    for (const QString &note : read->notes)
        complain(note);
    if (read->servers.isEmpty()) {
        complain(QStringLiteral("%1 lists no servers; nothing was imported").arg(file));
        return Ok;
    }
    CatalogKeychain keychain;
    const auto names = keychain.importServersAndWait(&catalog, read->servers);
    if (!names) {
        complain(names.error().message);
        return CatalogError;
    }
    QJsonArray out;
    for (const QString &name : *names) {
        const CatalogServer *s = catalog.find(name);
        if (!s)
            continue;
        if (json) {
            out.append(serverJson(*s));
            continue;
        }
        printLine({s->name, catalogKindName(s->kind), targetText(*s)});
        for (const QString &note : s->notes)
            complain(QStringLiteral("%1: %2").arg(s->name, note));
        if (const int secrets = int(secretReferences(*s).size()); secrets > 0)
            complain(QStringLiteral("%1: %2 secret value(s) went to the keychain")
                         .arg(s->name)
                         .arg(secrets));
    }
    if (json)
        printJson(out);
    return Ok;
}

int exportServers(const ServerCatalog &catalog, const QString &file, bool withSecrets)
{
    QList<CatalogServer> servers;
    int placeholders = 0;
    CatalogKeychain keychain;
    for (const CatalogServer &s : catalog.servers()) {
        if (!withSecrets) {
            placeholders += int(secretReferences(s).size());
            servers << withPlaceholders(s);
            continue;
        }
        const auto resolved = keychain.resolveAndWait(catalog, s.name);
        if (!resolved) {
            complain(resolved.error().message);
            return CatalogError;
        }
        servers << *resolved;
    }
    // Owner-only: with --with-secrets it holds them in clear.
    QFile out(file);
    if (auto opened = openPrivateFile(out); !opened) {
        complain(opened.error().message);
        return CatalogError;
    }
    const QByteArray bytes = writeMcpJson(servers);
    if (out.write(bytes) != bytes.size() || !out.flush()) {
        complain(QStringLiteral("could not write %1: %2").arg(file, out.errorString()));
        return CatalogError;
    }
    out.close();
    if (placeholders > 0)
        complain(QStringLiteral("%1 secret value(s) were written as [REDACTED]; "
                                "--with-secrets writes them in clear")
                     .arg(placeholders));
    complain(QStringLiteral("%1 server(s) written to %2").arg(servers.size()).arg(file));
    return Ok;
}

} // namespace

int runCatalog(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The server catalog: servers imported from mcp.json, Claude Desktop, Cursor, VS Code or "
        "a registry server.json, their secrets in the OS keychain. The MCP verbs take --server "
        "NAME."));
    parser.addPositionalArgument(QStringLiteral("list|import|export|remove"),
                                 QStringLiteral("What to do"));
    parser.addPositionalArgument(QStringLiteral("FILE|NAME"),
                                 QStringLiteral("The file to import or export, the server to "
                                                "remove"));
    const QCommandLineOption catalogFile{
        QStringLiteral("catalog"),
        QStringLiteral("The catalog file (default ~/.local/share/McpScope/catalog.json)."),
        QStringLiteral("FILE")};
    const QCommandLineOption format{
        QStringLiteral("format"),
        QStringLiteral("import: auto (default), mcp, claude, cursor, vscode or server-json."),
        QStringLiteral("FORMAT"), QStringLiteral("auto")};
    const QCommandLineOption withSecrets{
        QStringLiteral("with-secrets"),
        QStringLiteral("export: write the secrets from the keychain in clear (default: "
                       "[REDACTED] in their place)")};
    const QCommandLineOption json{QStringLiteral("json"),
                                  QStringLiteral("list, import: print JSON.")};
    parser.addOptions({catalogFile, format, withSecrets, json});
    if (auto done = parseVerb(parser, QStringLiteral("catalog"), args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != u"list" && action != u"import" && action != u"export" && action != u"remove")
        return usage(parser, QStringLiteral("catalog takes list, import FILE, export FILE or "
                                            "remove NAME"));
    if ((action == u"list") != (positional.size() == 1) || positional.size() > 2)
        return usage(parser, action == u"list"
                                 ? QStringLiteral("catalog list takes no argument")
                                 : QStringLiteral("catalog %1 takes one argument").arg(action));
    const auto formatValue = catalogFormatFromName(parser.value(format));
    if (!formatValue || *formatValue == CatalogFormat::Catalog)
        return usage(parser, QStringLiteral("--format takes auto, mcp, claude, cursor, vscode or "
                                            "server-json"));
    ServerCatalog catalog;
    const QString path =
        parser.isSet(catalogFile) ? parser.value(catalogFile) : ServerCatalog::defaultPath();
    if (auto loaded = catalog.load(path); !loaded) {
        complain(loaded.error().message);
        return CatalogError;
    }
    if (action == u"list")
        return listServers(catalog, parser.isSet(json));
    if (action == u"import")
        return importServers(catalog, positional.at(1), *formatValue, parser.isSet(json));
    if (action == u"export")
        return exportServers(catalog, positional.at(1), parser.isSet(withSecrets));
    CatalogKeychain keychain;
    if (auto removed = keychain.removeServerAndWait(&catalog, positional.at(1)); !removed) {
        complain(removed.error().message);
        return removed.error().code == ErrorCode::CatalogNoServer ? Usage : CatalogError;
    }
    complain(QStringLiteral("removed \"%1\" and its keychain entries").arg(positional.at(1)));
    return Ok;
}

} // namespace mcpscope::cli
