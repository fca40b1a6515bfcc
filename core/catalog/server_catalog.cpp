#include "catalog/server_catalog.h"
#include "common/translate.h"

#include "catalog/lenient_json.h"
#include "common/private_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope::ServerCatalog", "mcpscope"}, text);
}

constexpr auto kFileFormat = "mcpscope-catalog";
constexpr int kFileVersion = 1;
constexpr qsizetype kMaxNameLength = 200;

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject out;
    for (auto it = map.begin(); it != map.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QMap<QString, QString> mapFromJson(const QJsonObject &object)
{
    QMap<QString, QString> out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QJsonObject serverToJson(const CatalogServer &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("kind"), catalogKindName(s.kind));
    if (s.kind == CatalogServer::Kind::Stdio) {
        o.insert(QStringLiteral("command"), s.command);
        o.insert(QStringLiteral("args"), QJsonArray::fromStringList(s.args));
        o.insert(QStringLiteral("env"), mapToJson(s.env));
    } else {
        o.insert(QStringLiteral("url"), s.url);
        o.insert(QStringLiteral("headers"), mapToJson(s.headers));
    }
    o.insert(QStringLiteral("source"),
             QJsonObject{{QStringLiteral("file"), s.sourceFile},
                         {QStringLiteral("format"), catalogFormatName(s.sourceFormat)}});
    o.insert(QStringLiteral("era"), s.era);
    if (!s.notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(s.notes));
    if (!s.extra.isEmpty())
        o.insert(QStringLiteral("extra"), s.extra);
    return o;
}

const QStringList &knownServerFields()
{
    static const QStringList fields{
        QStringLiteral("name"),    QStringLiteral("kind"),   QStringLiteral("command"),
        QStringLiteral("args"),    QStringLiteral("env"),    QStringLiteral("url"),
        QStringLiteral("headers"), QStringLiteral("source"), QStringLiteral("era"),
        QStringLiteral("notes"),   QStringLiteral("extra")};
    return fields;
}

Result<CatalogServer> serverFromJson(const QJsonObject &o, int index)
{
    CatalogServer s;
    s.name = o.value(QStringLiteral("name")).toString().trimmed();
    const auto kind = catalogKindFromName(o.value(QStringLiteral("kind")).toString());
    if (s.name.isEmpty() || !kind)
        return makeError(ErrorCode::CatalogFile,
                         tr("Server %1 of the catalog has no name or no kind (stdio, http, sse).")
                             .arg(index + 1));
    s.kind = *kind;
    s.command = o.value(QStringLiteral("command")).toString();
    for (const QJsonValue &arg : o.value(QStringLiteral("args")).toArray())
        s.args << arg.toString();
    s.env = mapFromJson(o.value(QStringLiteral("env")).toObject());
    s.url = o.value(QStringLiteral("url")).toString();
    s.headers = mapFromJson(o.value(QStringLiteral("headers")).toObject());
    const QJsonObject source = o.value(QStringLiteral("source")).toObject();
    s.sourceFile = source.value(QStringLiteral("file")).toString();
    s.sourceFormat = catalogFormatFromName(source.value(QStringLiteral("format")).toString())
                         .value_or(CatalogFormat::Mcp);
    s.era = o.value(QStringLiteral("era")).toString(QStringLiteral("auto"));
    for (const QJsonValue &note : o.value(QStringLiteral("notes")).toArray())
        s.notes << note.toString();
    s.extra = o.value(QStringLiteral("extra")).toObject();
    // Fields a newer McpScope (or a hand edit) added are kept with the server.
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!knownServerFields().contains(it.key()))
            s.extra.insert(it.key(), it.value());
    return s;
}

} // namespace

QString catalogFormatName(CatalogFormat format)
{
    switch (format) {
    case CatalogFormat::Auto:
        return QStringLiteral("auto");
    case CatalogFormat::Mcp:
        return QStringLiteral("mcp");
    case CatalogFormat::ClaudeDesktop:
        return QStringLiteral("claude");
    case CatalogFormat::Cursor:
        return QStringLiteral("cursor");
    case CatalogFormat::VsCode:
        return QStringLiteral("vscode");
    case CatalogFormat::ServerJson:
        return QStringLiteral("server-json");
    case CatalogFormat::Catalog:
        return QStringLiteral("catalog");
    }
    return QStringLiteral("mcp");
}

std::optional<CatalogFormat> catalogFormatFromName(const QString &name)
{
    for (const CatalogFormat f :
         {CatalogFormat::Auto, CatalogFormat::Mcp, CatalogFormat::ClaudeDesktop,
          CatalogFormat::Cursor, CatalogFormat::VsCode, CatalogFormat::ServerJson,
          CatalogFormat::Catalog})
        if (catalogFormatName(f) == name)
            return f;
    return std::nullopt;
}

QString catalogKindName(CatalogServer::Kind kind)
{
    switch (kind) {
    case CatalogServer::Kind::Stdio:
        return QStringLiteral("stdio");
    case CatalogServer::Kind::Http:
        return QStringLiteral("http");
    case CatalogServer::Kind::Sse:
        return QStringLiteral("sse");
    }
    return QStringLiteral("stdio");
}

std::optional<CatalogServer::Kind> catalogKindFromName(const QString &name)
{
    if (name == u"stdio")
        return CatalogServer::Kind::Stdio;
    if (name == u"http")
        return CatalogServer::Kind::Http;
    if (name == u"sse")
        return CatalogServer::Kind::Sse;
    return std::nullopt;
}

QString catalogCommandLine(const CatalogServer &server)
{
    QStringList parts;
    for (const QString &part : QStringList{server.command} + server.args) {
        const bool plain = !part.isEmpty() && std::none_of(part.begin(), part.end(), [](QChar c) {
            return c.isSpace() || c == u'"';
        });
        if (plain)
            parts << part;
        else
            parts << QLatin1Char('"') + QString(part).replace(u'"', QStringLiteral("\"\"\"")) +
                         QLatin1Char('"');
    }
    return parts.join(QLatin1Char(' '));
}

QString ServerCatalog::defaultPath()
{
    return dataDirectoryPath() + QStringLiteral("/catalog.json");
}

Result<void> ServerCatalog::load(const QString &path)
{
    QFile file(path);
    QByteArray bytes;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return makeError(
                ErrorCode::CatalogFile,
                tr("Could not read the server catalog %1: %2.").arg(path, file.errorString()));
        bytes = file.readAll();
    }
    QString identity;
    QList<CatalogServer> servers;
    QJsonObject unknown;
    if (!bytes.trimmed().isEmpty()) {
        QStringList notes;
        const auto parsed = parseLenientJson(bytes, &notes);
        if (!parsed)
            return makeError(ErrorCode::CatalogFile,
                             tr("The server catalog %1 cannot be read: %2 It was left as it is; "
                                "fix it, or name another with --catalog.")
                                 .arg(path, parsed.error().message));
        const QJsonObject root = parsed->toObject();
        if (!parsed->isObject() ||
            root.value(QStringLiteral("format")).toString() != QLatin1String(kFileFormat))
            return makeError(ErrorCode::CatalogFile,
                             tr("%1 is not an McpScope server catalog (no \"format\": \"%2\"). "
                                "It was left as it is.")
                                 .arg(path, QLatin1String(kFileFormat)));
        if (root.value(QStringLiteral("version")).toInt() > kFileVersion)
            return makeError(ErrorCode::CatalogFile,
                             tr("The server catalog %1 was written by a newer McpScope (version "
                                "%2); this one reads version %3.")
                                 .arg(path)
                                 .arg(root.value(QStringLiteral("version")).toInt())
                                 .arg(kFileVersion));
        identity = root.value(QStringLiteral("identity")).toString();
        const QJsonArray list = root.value(QStringLiteral("servers")).toArray();
        QStringList names;
        for (int i = 0; i < list.size(); ++i) {
            auto server = serverFromJson(list.at(i).toObject(), i);
            if (!server)
                return makeError(ErrorCode::CatalogFile,
                                 tr("The server catalog %1 cannot be read: %2")
                                     .arg(path, server.error().message));
            if (names.contains(server->name))
                return makeError(ErrorCode::CatalogFile,
                                 tr("The server catalog %1 names \"%2\" twice; rename one.")
                                     .arg(path, server->name));
            names << server->name;
            servers << *server;
        }
        for (auto it = root.begin(); it != root.end(); ++it)
            if (it.key() != u"format" && it.key() != u"version" && it.key() != u"identity" &&
                it.key() != u"servers")
                unknown.insert(it.key(), it.value());
    }
    if (identity.isEmpty())
        identity = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_path = path;
    m_identity = identity;
    m_servers = servers;
    m_unknown = unknown;
    return {};
}

QByteArray ServerCatalog::toJson() const
{
    QJsonObject root = m_unknown;
    root.insert(QStringLiteral("format"), QLatin1String(kFileFormat));
    root.insert(QStringLiteral("version"), kFileVersion);
    root.insert(QStringLiteral("identity"), m_identity);
    QJsonArray list;
    for (const CatalogServer &s : m_servers)
        list.append(serverToJson(s));
    root.insert(QStringLiteral("servers"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<void> ServerCatalog::save() const
{
    if (m_path.isEmpty())
        return makeError(ErrorCode::CatalogFile, tr("The server catalog has no file to go to."));
    if (auto dir = makePrivateDirectory(QFileInfo(m_path).absolutePath()); !dir)
        return makeError(
            dir.error().code,
            tr("Could not create the folder for the server catalog: %1").arg(dir.error().message));
    // QSaveFile gives the new file the permissions of the one it replaces:
    // so there is always one, owner-only, before it writes.
    QFile existing(m_path);
    if (!existing.exists()) {
        if (auto created = openPrivateFile(existing); !created)
            return created;
        existing.close();
    } else if (!existing.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return makeError(
            ErrorCode::FilePrivate,
            tr("Could not make %1 private (0600): %2.").arg(m_path, existing.errorString()));
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            ErrorCode::CatalogFile,
            tr("Could not write the server catalog %1: %2.").arg(m_path, file.errorString()));
    file.write(toJson());
    if (!file.commit())
        return makeError(
            ErrorCode::CatalogFile,
            tr("Could not write the server catalog %1: %2.").arg(m_path, file.errorString()));
    return {};
}

const CatalogServer *ServerCatalog::find(const QString &name) const
{
    for (const CatalogServer &s : m_servers)
        if (s.name == name)
            return &s;
    return nullptr;
}

QString ServerCatalog::uniqueName(const QString &wanted, const QStringList &alsoTaken) const
{
    QString base = wanted.trimmed().left(kMaxNameLength);
    if (base.isEmpty())
        base = QStringLiteral("server");
    const auto taken = [&](const QString &name) {
        return find(name) != nullptr || alsoTaken.contains(name);
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('-') + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

bool ServerCatalog::add(const CatalogServer &server)
{
    if (server.name.trimmed().isEmpty() || find(server.name))
        return false;
    m_servers << server;
    return true;
}

bool ServerCatalog::remove(const QString &name)
{
    for (qsizetype i = 0; i < m_servers.size(); ++i) {
        if (m_servers.at(i).name == name) {
            m_servers.removeAt(i);
            return true;
        }
    }
    return false;
}

QString ServerCatalog::keychainKey(const QString &reference) const
{
    static const QString prefix = QStringLiteral("keychain:catalog/");
    const QString rest = reference.startsWith(prefix) ? reference.mid(prefix.size()) : reference;
    return QStringLiteral("catalog/") + m_identity + QLatin1Char('/') + rest;
}

} // namespace mcpscope
