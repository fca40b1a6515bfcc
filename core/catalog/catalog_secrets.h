#pragma once

#include "catalog/server_catalog.h"
#include "common/error.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace mcpscope {

// Secrets of catalog servers live in the OS keychain (QtKeychain, the
// vault's service "McpScope"), never in the catalog file: each value is
// replaced by a reference, "keychain:catalog/<server>/env/<NAME>" (or
// headers/<Name>, extra/<field>), whose keychain entry is named by the
// catalog's identity (ServerCatalog::keychainKey()).
//
// A value is secret when the source marked it so (server.json's isSecret),
// when its name is a sensitive one (the redaction table: Authorization,
// Cookie, api_key, client_secret, …) or has a secret word in it (TOKEN,
// SECRET, PASSWORD, PASSWD, PASSPHRASE, APIKEY/API_KEY, KEY, CREDENTIAL,
// AUTH, PAT, COOKIE, SESSION as a word of NAME), or when it starts with an
// HTTP authentication scheme ("Bearer …", "Basic …"). A value that is only a
// reference the editor resolves ("${input:x}", "${env:X}") is not a secret.
bool isSecretName(QStringView name);
bool isSecretValue(QStringView value);

inline bool isKeychainReference(const QString &value)
{
    return value.startsWith(u"keychain:catalog/");
}

// Moves server's secret values out: each is replaced by its reference, and
// the returned map holds reference → value (empty when it has none).
QHash<QString, QString> extractSecrets(CatalogServer &server);
// The references server holds, in a stable order.
QStringList secretReferences(const CatalogServer &server);
// server with its references replaced by values (every one must be there).
Result<CatalogServer> withSecrets(CatalogServer server, const QHash<QString, QString> &values);
// server with its references replaced by placeholder: what an export writes
// unless asked for the secrets.
CatalogServer withPlaceholders(CatalogServer server,
                               const QString &placeholder = QStringLiteral("[REDACTED]"));
// server renamed, its references following the new name (the returned map
// says old reference → new).
QHash<QString, QString> renameServer(CatalogServer &server, const QString &name);

// The catalog's side of the keychain. Never stores in plaintext: without a
// Secret Service the jobs fail (catalog.keychain) and nothing is kept.
// Callbacks run on this object's thread, always after the call returned
// (QtKeychain jobs are asynchronous).
class CatalogKeychain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogKeychain)

public:
    using Done = std::function<void(const Result<void> &)>;
    using ValuesDone = std::function<void(const Result<QHash<QString, QString>> &)>;

    explicit CatalogKeychain(QString service = QStringLiteral("McpScope"),
                             QObject *parent = nullptr);

    // Writes every reference → value of catalog's; on the first failure
    // deletes what it wrote and reports it: all or nothing.
    void write(const ServerCatalog &catalog, const QHash<QString, QString> &values, Done done);
    void read(const ServerCatalog &catalog, const QStringList &references, ValuesDone done);
    // Deleting an entry that is not there is not an error.
    void remove(const ServerCatalog &catalog, const QStringList &references, Done done);

    // Adds servers to catalog as an import does: names made unique against
    // the catalog, secrets moved to the keychain, then the catalog saved. On
    // any failure nothing is added (entries written are deleted) and the
    // catalog is as it was. done gets the names given.
    void importServers(ServerCatalog *catalog, QList<CatalogServer> servers,
                       std::function<void(const Result<QStringList> &)> done);
    // Removes a server and its keychain entries, and saves the catalog.
    void removeServer(ServerCatalog *catalog, const QString &name, Done done);
    // The server with its secrets read from the keychain (catalog.no_server
    // when there is none by that name).
    void resolve(const ServerCatalog &catalog, const QString &name,
                 std::function<void(const Result<CatalogServer> &)> done);

    // The same, waiting in a local event loop (the CLI's way), bounded.
    Result<QStringList> importServersAndWait(ServerCatalog *catalog,
                                             const QList<CatalogServer> &servers);
    Result<void> removeServerAndWait(ServerCatalog *catalog, const QString &name);
    Result<CatalogServer> resolveAndWait(const ServerCatalog &catalog, const QString &name);

private:
    void writeOne(const QString &key, const QString &value, Done done);
    void readOne(const QString &key, std::function<void(const Result<QString> &)> done);
    void deleteOne(const QString &key, Done done);

    QString m_service;
};

} // namespace mcpscope
