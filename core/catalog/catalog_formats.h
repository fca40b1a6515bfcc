#pragma once

#include "catalog/server_catalog.h"
#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mcpscope {

// What one configuration file holds: its servers (plain values, secrets not
// yet moved to the keychain; see catalog_secrets.h), in the file's order.
struct CatalogImport
{
    CatalogFormat format = CatalogFormat::Mcp; // what was read (never Auto)
    QList<CatalogServer> servers;
    QStringList notes; // about the file as a whole (its other settings, repeated keys)
};

// Reads the servers of a configuration file, leniently the way the editors
// read them: comments and trailing commas accepted (lenient_json.h), fields
// McpScope does not use kept in each server's extra and noted, numbers in
// args and env turned into strings (noted). Format Auto guesses from the
// shape: "mcpServers" (mcp.json, Claude Desktop, Cursor), "servers" or
// "mcp.servers" (VS Code), "packages"/"remotes" (server.json).
//
// What the readers understand:
//  - mcp.json, Claude Desktop, Cursor: {"mcpServers": {NAME: {"command",
//    "args", "env"} | {"url", "type": "http"|"streamable-http"|"sse",
//    "headers"}}} (a url without a type is Kind::Http, transport guessed);
//  - VS Code: {"servers": {NAME: {"type": "stdio"|"http"|"sse", …}},
//    "inputs": [{"id", "type", "password"}]} or the same under "mcp" in
//    settings.json; values stay as written, "${input:ID}" included, and each
//    input a server uses is noted (VS Code asks for it; McpScope does not);
//  - server.json: every entry of "packages" (npm → npx -y ID@VERSION, pypi →
//    uvx ID==VERSION, oci → docker run -i --rm ID:VERSION, nuget → dnx
//    ID@VERSION --yes, or its runtimeHint; runtimeArguments and
//    packageArguments in order; environmentVariables with their value or
//    default) and of "remotes" (streamable-http, sse; {variables} in the URL
//    filled with their defaults; headers with their value or default) is a
//    server named after the server's name (its last path segment) and the
//    entry; isSecret marks a value secret whatever its name.
//
// A file whose JSON is broken is an error with line and column
// (json.syntax); one whose shape is not what its format says (servers not an
// object, args not a list, a server with neither command nor url) is an error
// naming the server (catalog.shape). Either way nothing is returned: an
// import is all or nothing. Server names are made unique within the file
// ("name-2").
Result<CatalogImport> readCatalogSource(const QByteArray &bytes,
                                        CatalogFormat format = CatalogFormat::Auto,
                                        const QString &sourcePath = {});
// The same, from a file (at most 8 MiB).
Result<CatalogImport> readCatalogSourceFile(const QString &path,
                                            CatalogFormat format = CatalogFormat::Auto);

// mcp.json ({"mcpServers": …}, the shape Claude Desktop and Cursor read) of
// servers as they are: the caller decides what their secret references
// become (catalog_secrets.h: withSecrets() or withPlaceholders()). Extra
// fields are written back, except those named like a field the writer
// writes for that kind (a server.json package's own "args"); for servers
// read from these formats readCatalogSource() of the result gives the same
// servers (names, kinds, commands, URLs, env, headers, extra).
QByteArray writeMcpJson(const QList<CatalogServer> &servers);

// Where the editors keep their servers for this user, whether the file
// exists or not: Claude Desktop, Cursor, VS Code (mcp.json and settings.json).
struct CatalogLocation
{
    CatalogFormat format;
    QString application; // "Claude Desktop", "Cursor", "VS Code" (not translated: names)
    QString path;
};
QList<CatalogLocation> knownCatalogLocations();

} // namespace mcpscope
