#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mcpscope {

// The kinds of file a server can be imported from.
enum class CatalogFormat
{
    Auto,          // guessed from the file's shape
    Mcp,           // mcp.json: {"mcpServers": {name: {...}}}
    ClaudeDesktop, // claude_desktop_config.json (the mcp.json shape)
    Cursor,        // ~/.cursor/mcp.json, .cursor/mcp.json (the mcp.json shape)
    VsCode,        // .vscode/mcp.json, the user's mcp.json ({"servers", "inputs"}), or
                   // settings.json ({"mcp": {"servers", "inputs"}})
    ServerJson,    // the MCP registry's server.json (packages, remotes)
    Catalog,       // McpScope's own catalog.json
};

// "auto", "mcp", "claude", "cursor", "vscode", "server-json", "catalog": the
// CLI's --format values and the names stored with each server.
QString catalogFormatName(CatalogFormat format);
std::optional<CatalogFormat> catalogFormatFromName(const QString &name);

// One server the user has: how to start it or where it listens. Values of
// secrets (environment variables and headers with secret names, see
// catalog_secrets.h) are not held here once the server is in a catalog: each
// is a reference, "keychain:catalog/<server>/env/<NAME>", to an entry of the
// OS keychain.
struct CatalogServer
{
    enum class Kind
    {
        Stdio,
        Http, // Streamable HTTP (or, without a type in the file, whichever answers)
        Sse,  // HTTP+SSE (2024-11-05)
    };

    QString name;
    Kind kind = Kind::Stdio;
    QString command; // stdio
    QStringList args;
    QMap<QString, QString> env; // stdio: added to the server's environment
    QString url;                // http, sse
    QMap<QString, QString> headers;
    QString sourceFile; // where it was imported from (empty when typed in)
    CatalogFormat sourceFormat = CatalogFormat::Mcp;
    QString era = QStringLiteral("auto"); // "auto", "legacy", "modern" (protocol_era.h names)
    // What the import noticed about this server (unknown fields kept, VS Code
    // inputs to fill in, values converted), for the user to read.
    QStringList notes;
    // Fields of the server entry McpScope does not use, kept as read and
    // written back on export (string values under secret names are
    // references, like env).
    QJsonObject extra;
    // Set by readers, not stored: "env/NAME" or "headers/NAME" the source
    // marked secret (server.json's isSecret), whatever their names.
    QStringList secretHints;

    bool operator==(const CatalogServer &) const = default;
};

// "stdio", "http", "sse".
QString catalogKindName(CatalogServer::Kind kind);
std::optional<CatalogServer::Kind> catalogKindFromName(const QString &name);

// command and args as one command line that QProcess::splitCommand() splits
// back into the same list (what McpSession's stdio target and the Connect
// dialog take): arguments with blanks or quotes are quoted, quotes tripled.
QString catalogCommandLine(const CatalogServer &server);

// The user's server catalog: one JSON file, written atomically and owner-only
// (0600). Each catalog has an identity (a UUID, created with it) that names
// its keychain entries, so two catalog files never share secrets.
//
// A catalog file is read with the same leniency as the editors' files
// (comments, trailing commas); fields it does not know are kept in each
// server's extra or, at the top, written back as they were. A file that
// cannot be read is an error (catalog.file) with line and column, and load()
// changes nothing then.
class ServerCatalog final
{
public:
    // ~/.local/share/McpScope/catalog.json: the GUI's and the CLI's (their
    // application names differ, so not QStandardPaths::AppDataLocation).
    static QString defaultPath();

    // Reads path; a missing or empty file is an empty catalog (with a new
    // identity), created by the first save().
    Result<void> load(const QString &path);
    // Writes the catalog to path() atomically, 0600 (its folder made 0700
    // when missing).
    Result<void> save() const;

    QString path() const { return m_path; }
    QString identity() const { return m_identity; }
    const QList<CatalogServer> &servers() const { return m_servers; }
    // The server named name, or null.
    const CatalogServer *find(const QString &name) const;

    // wanted when no server (nor one of alsoTaken) has it, else wanted-2,
    // wanted-3, …: an import never overwrites a server silently.
    QString uniqueName(const QString &wanted, const QStringList &alsoTaken = {}) const;
    // Adds server; its name must be unique (use uniqueName()). False when not.
    bool add(const CatalogServer &server);
    bool remove(const QString &name);

    // The keychain entry a reference of this catalog names:
    // "catalog/<identity>/<server>/env/<NAME>".
    QString keychainKey(const QString &reference) const;

    // The catalog as written to its file.
    QByteArray toJson() const;

private:
    QString m_path;
    QString m_identity;
    QList<CatalogServer> m_servers;
    QJsonObject m_unknown; // top-level fields of the file McpScope does not know
};

} // namespace mcpscope
