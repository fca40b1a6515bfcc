// The catalog's readers take the configuration files of other programs
// (Claude Desktop, Cursor, VS Code, a registry's server.json): any bytes.
// No crash; every rejection explains itself; names unique; once the secrets
// are extracted, the catalog's own JSON holds none of them.
#include "catalog/catalog_formats.h"
#include "catalog/catalog_secrets.h"
#include "catalog/server_catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

// A value the catalog may keep in its file under a secret name.
bool harmless(const QString &value)
{
    return value.isEmpty() || isKeychainReference(value) ||
           (value.trimmed().startsWith(u"${") && value.trimmed().endsWith(u'}') &&
            value.count(u'}') == 1);
}

void checkPairs(const QJsonObject &pairs)
{
    for (auto it = pairs.begin(); it != pairs.end(); ++it) {
        const QString value = it.value().toString();
        if (harmless(value))
            continue;
        if (isSecretName(it.key()) || isSecretValue(value))
            std::abort(); // a secret left in the catalog file
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const CatalogFormat format :
         {CatalogFormat::Auto, CatalogFormat::Mcp, CatalogFormat::ClaudeDesktop,
          CatalogFormat::Cursor, CatalogFormat::VsCode, CatalogFormat::ServerJson}) {
        auto read = readCatalogSource(bytes, format);
        if (!read) {
            if (read.error().message.isEmpty())
                std::abort();
            continue;
        }
        if (read->format == CatalogFormat::Auto)
            std::abort();
        QSet<QString> names;
        ServerCatalog catalog;
        for (CatalogServer server : read->servers) {
            if (server.name.isEmpty() || names.contains(server.name))
                std::abort();
            names.insert(server.name);
            const QString wanted = server.name;
            server.name = catalog.uniqueName(wanted);
            extractSecrets(server);
            if (!catalog.add(server))
                std::abort();
        }
        // What the catalog writes reads back, and holds no secret value.
        const QJsonDocument written = QJsonDocument::fromJson(catalog.toJson());
        const QJsonArray servers = written.object().value(QStringLiteral("servers")).toArray();
        if (servers.size() != read->servers.size())
            std::abort();
        for (const QJsonValue &server : servers) {
            checkPairs(server.toObject().value(QStringLiteral("env")).toObject());
            checkPairs(server.toObject().value(QStringLiteral("headers")).toObject());
        }
        // The mcp.json writer's output is read again as the same servers.
        auto again = readCatalogSource(writeMcpJson(read->servers), CatalogFormat::Mcp);
        if (!again || again->servers.size() != read->servers.size())
            std::abort();
    }
    return 0;
}
