#include "catalog/catalog_formats.h"
#include "common/translate.h"

#include "catalog/lenient_json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope::CatalogFormats", "mcpscope"}, text);
}

constexpr qsizetype kMaxFileBytes = 8 * 1024 * 1024;

Failure shapeError(const QString &message)
{
    return makeError(ErrorCode::CatalogShape, message);
}

// A scalar as the string an editor would pass on (numbers and booleans are
// accepted in args and env by VS Code); nothing for objects, arrays, null.
std::optional<QString> scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return std::nullopt;
}

Result<QStringList> readArgs(const QString &server, const QJsonValue &value, QStringList *notes)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return shapeError(tr("Server \"%1\": \"args\" is not a list.").arg(server));
    QStringList args;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const auto text = scalarText(array.at(i));
        if (!text)
            return shapeError(
                tr("Server \"%1\": argument %2 is not a string.").arg(server).arg(i + 1));
        if (!array.at(i).isString())
            notes->append(tr("Argument %1 was a number or boolean; it is passed as \"%2\".")
                              .arg(i + 1)
                              .arg(*text));
        args << *text;
    }
    return args;
}

Result<QMap<QString, QString>> readPairs(const QString &server, const QString &field,
                                         const QJsonValue &value, QStringList *notes)
{
    QMap<QString, QString> out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isObject())
        return shapeError(
            tr("Server \"%1\": \"%2\" is not an object of names and values.").arg(server, field));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull()) {
            notes->append(tr("%1 %2 is null (the editor would unset it); it was left out.")
                              .arg(field, it.key()));
            continue;
        }
        const auto text = scalarText(it.value());
        if (!text)
            return shapeError(
                tr("Server \"%1\": %2 \"%3\" is not a string.").arg(server, field, it.key()));
        if (!it.value().isString())
            notes->append(tr("%1 %2 was a number or boolean; it is passed as \"%3\".")
                              .arg(field, it.key(), *text));
        out.insert(it.key(), *text);
    }
    return out;
}

// The "${input:ID}" references of a value.
QStringList inputReferences(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("\\$\\{input:([^}]*)\\}"));
    QStringList ids;
    for (auto it = pattern.globalMatch(value); it.hasNext();)
        ids << it.next().captured(1);
    return ids;
}

struct VsCodeInput
{
    QString description;
    bool password = false;
};

// One entry of "mcpServers" (mcp.json, Claude Desktop, Cursor) or "servers"
// (VS Code): the same fields.
Result<CatalogServer> readServerEntry(const QString &name, const QJsonValue &value,
                                      CatalogFormat format, const QString &sourcePath,
                                      const QHash<QString, VsCodeInput> &inputs)
{
    if (!value.isObject())
        return shapeError(tr("Server \"%1\" is not an object.").arg(name));
    const QJsonObject o = value.toObject();
    CatalogServer s;
    s.name = name;
    s.sourceFile = sourcePath;
    s.sourceFormat = format;
    for (const char *field : {"command", "url", "serverUrl", "type"}) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return shapeError(
                tr("Server \"%1\": \"%2\" is not a string.").arg(name, QLatin1String(field)));
    }
    const QString command = o.value(QStringLiteral("command")).toString();
    QString url = o.value(QStringLiteral("url")).toString();
    const bool windsurfUrl = url.isEmpty() && o.contains(QStringLiteral("serverUrl"));
    if (windsurfUrl)
        url = o.value(QStringLiteral("serverUrl")).toString();
    const QString type = o.value(QStringLiteral("type")).toString();
    const bool typeStdio = type == u"stdio";
    const bool typeSse = type == u"sse";
    const bool typeHttp = type == u"http" || type == u"streamable-http" ||
                          type == u"streamableHttp" || type == u"streamable_http";
    if (!type.isEmpty() && !typeStdio && !typeSse && !typeHttp)
        s.notes << tr("Its type \"%1\" is not one McpScope knows; it was read as %2.")
                       .arg(type,
                            command.isEmpty() ? QStringLiteral("http") : QStringLiteral("stdio"));
    const bool useCommand =
        typeStdio || (!typeSse && !typeHttp && !command.isEmpty()) || url.isEmpty();
    if (useCommand && command.isEmpty())
        return shapeError(tr("Server \"%1\" has neither a command nor a url.").arg(name));
    QStringList used{QStringLiteral("type")};
    if (useCommand) {
        s.kind = CatalogServer::Kind::Stdio;
        s.command = command;
        auto args = readArgs(name, o.value(QStringLiteral("args")), &s.notes);
        if (!args)
            return Failure{args.error()};
        s.args = *args;
        auto env = readPairs(name, QStringLiteral("env"), o.value(QStringLiteral("env")), &s.notes);
        if (!env)
            return Failure{env.error()};
        s.env = *env;
        used << QStringLiteral("command") << QStringLiteral("args") << QStringLiteral("env");
    } else {
        s.kind = typeSse ? CatalogServer::Kind::Sse : CatalogServer::Kind::Http;
        s.url = url;
        auto headers = readPairs(name, QStringLiteral("headers"),
                                 o.value(QStringLiteral("headers")), &s.notes);
        if (!headers)
            return Failure{headers.error()};
        s.headers = *headers;
        used << (windsurfUrl ? QStringLiteral("serverUrl") : QStringLiteral("url"))
             << QStringLiteral("headers");
    }
    QStringList kept;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (used.contains(it.key()))
            continue;
        s.extra.insert(it.key(), it.value());
        kept << it.key();
    }
    if (!kept.isEmpty())
        s.notes << tr("Fields McpScope does not use were kept as they are: %1.")
                       .arg(kept.join(QStringLiteral(", ")));
    // VS Code asks for ${input:…} when it starts the server; McpScope does not.
    QStringList values = s.args;
    values << s.command << s.url << s.env.values() << s.headers.values();
    QStringList seen;
    for (const QString &v : values) {
        for (const QString &id : inputReferences(v)) {
            if (seen.contains(id))
                continue;
            seen << id;
            const VsCodeInput input = inputs.value(id);
            s.notes << (input.password
                            ? tr("Uses the VS Code input \"%1\" (%2), a password VS Code asks "
                                 "for: McpScope sends \"${input:%1}\" as written; put the value "
                                 "in its place before connecting.")
                            : tr("Uses the VS Code input \"%1\" (%2), which VS Code asks for: "
                                 "McpScope sends \"${input:%1}\" as written; put the value in "
                                 "its place before connecting."))
                           .arg(id, input.description.isEmpty() ? tr("not declared in inputs")
                                                                : input.description);
        }
    }
    return s;
}

Result<QList<CatalogServer>> readServerMap(const QJsonValue &map, const QString &field,
                                           CatalogFormat format, const QString &sourcePath,
                                           const QHash<QString, VsCodeInput> &inputs = {})
{
    if (!map.isObject())
        return shapeError(tr("\"%1\" is not an object of servers by name.").arg(field));
    QList<CatalogServer> servers;
    const QJsonObject object = map.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        auto server = readServerEntry(it.key(), it.value(), format, sourcePath, inputs);
        if (!server)
            return Failure{server.error()};
        servers << *server;
    }
    return servers;
}

QHash<QString, VsCodeInput> readInputs(const QJsonValue &value, QStringList *notes)
{
    QHash<QString, VsCodeInput> inputs;
    if (!value.isUndefined() && !value.isArray()) {
        notes->append(tr("\"inputs\" is not a list; it was ignored."));
        return inputs;
    }
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            continue;
        inputs.insert(id, VsCodeInput{o.value(QStringLiteral("description")).toString(),
                                      o.value(QStringLiteral("password")).toBool()});
    }
    return inputs;
}

QString lastSegment(const QString &name)
{
    const QString trimmed = name.trimmed();
    const qsizetype slash = trimmed.lastIndexOf(QLatin1Char('/'));
    return slash >= 0 ? trimmed.mid(slash + 1) : trimmed;
}

// server.json argument objects in order: positional (value, default, or the
// hint as a placeholder) and named (name, then its value when it has one).
void appendRegistryArguments(const QJsonValue &list, QStringList *args, QStringList *notes)
{
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject a = entry.toObject();
        const QString value =
            a.contains(QStringLiteral("value"))
                ? scalarText(a.value(QStringLiteral("value"))).value_or(QString())
                : scalarText(a.value(QStringLiteral("default"))).value_or(QString());
        if (a.value(QStringLiteral("type")).toString() == u"named") {
            const QString name = a.value(QStringLiteral("name")).toString();
            if (!name.isEmpty())
                *args << name;
            if (!value.isEmpty())
                *args << value;
            continue;
        }
        if (!value.isEmpty()) {
            *args << value;
            continue;
        }
        const QString hint = a.value(QStringLiteral("valueHint")).toString();
        *args << QLatin1Char('<') + (hint.isEmpty() ? QStringLiteral("value") : hint) +
                     QLatin1Char('>');
        notes->append(
            tr("The argument \"%1\" has no value in server.json; fill it in.").arg(args->last()));
    }
}

// server.json's headers and environmentVariables: [{name, value|default, isSecret}].
QMap<QString, QString> registryPairs(const QJsonValue &list, const QString &field,
                                     QStringList *hints, QStringList *notes)
{
    QMap<QString, QString> out;
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject o = entry.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            continue;
        QString value = scalarText(o.value(QStringLiteral("value"))).value_or(QString());
        if (value.isEmpty())
            value = scalarText(o.value(QStringLiteral("default"))).value_or(QString());
        if (value.isEmpty() && o.value(QStringLiteral("isRequired")).toBool())
            notes->append(tr("%1 %2 is required and has no value in server.json; fill it in.")
                              .arg(field, name));
        if (o.value(QStringLiteral("isSecret")).toBool())
            *hints << field + QLatin1Char('/') + name;
        out.insert(name, value);
    }
    return out;
}

QString fillUrlVariables(QString url, const QJsonObject &variables, QStringList *notes)
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z0-9_.-]+)\\}"));
    QStringList missing;
    for (auto it = pattern.globalMatch(url); it.hasNext();) {
        const QString name = it.next().captured(1);
        const QJsonObject variable = variables.value(name).toObject();
        const QString value =
            scalarText(variable.value(QStringLiteral("default")))
                .value_or(scalarText(variable.value(QStringLiteral("value"))).value_or(QString()));
        if (value.isEmpty())
            missing << name;
        else
            url.replace(QLatin1Char('{') + name + QLatin1Char('}'), value);
    }
    if (!missing.isEmpty())
        notes->append(tr("The URL's variables %1 have no default; fill them in.")
                          .arg(missing.join(QStringLiteral(", "))));
    return url;
}

Result<QList<CatalogServer>> readServerJson(const QJsonObject &root, const QString &sourcePath)
{
    QString base = lastSegment(root.value(QStringLiteral("name")).toString());
    if (base.isEmpty())
        base = QStringLiteral("server");
    const QJsonValue packages = root.value(QStringLiteral("packages"));
    const QJsonValue remotes = root.value(QStringLiteral("remotes"));
    if ((!packages.isUndefined() && !packages.isArray()) ||
        (!remotes.isUndefined() && !remotes.isArray()))
        return shapeError(tr("server.json: \"packages\" and \"remotes\" must be lists."));
    QList<CatalogServer> servers;
    const auto make = [&](const QString &suffix) {
        CatalogServer s;
        s.name = suffix.isEmpty() ? base : base + QLatin1Char('-') + suffix;
        s.sourceFile = sourcePath;
        s.sourceFormat = CatalogFormat::ServerJson;
        return s;
    };
    const QJsonArray packageList = packages.toArray();
    for (const QJsonValue &entry : packageList) {
        if (!entry.isObject())
            return shapeError(tr("server.json: a package is not an object."));
        const QJsonObject p = entry.toObject();
        const QString registry = p.value(QStringLiteral("registryType")).toString();
        const QString id = p.value(QStringLiteral("identifier")).toString();
        const QString version = p.value(QStringLiteral("version")).toString();
        if (id.isEmpty())
            return shapeError(tr("server.json: a package has no identifier."));
        CatalogServer s = make(packageList.size() > 1 || !remotes.toArray().isEmpty()
                                   ? (registry.isEmpty() ? QStringLiteral("package") : registry)
                                   : QString());
        QString runtime = p.value(QStringLiteral("runtimeHint")).toString();
        QStringList defaults;
        QString reference = id;
        if (registry == u"npm") {
            if (runtime.isEmpty())
                runtime = QStringLiteral("npx");
            defaults << QStringLiteral("-y");
            if (!version.isEmpty())
                reference += QLatin1Char('@') + version;
        } else if (registry == u"pypi") {
            if (runtime.isEmpty())
                runtime = QStringLiteral("uvx");
            if (!version.isEmpty())
                reference += QStringLiteral("==") + version;
        } else if (registry == u"oci") {
            if (runtime.isEmpty())
                runtime = QStringLiteral("docker");
            defaults << QStringLiteral("run") << QStringLiteral("-i") << QStringLiteral("--rm");
            if (!version.isEmpty() && !id.contains(QLatin1Char(':')) &&
                !id.contains(QLatin1Char('@')))
                reference += QLatin1Char(':') + version;
        } else if (registry == u"nuget") {
            if (runtime.isEmpty())
                runtime = QStringLiteral("dnx");
            if (!version.isEmpty())
                reference += QLatin1Char('@') + version;
        } else {
            s.notes << tr("Packages of type \"%1\" are installed, not run: start it yourself "
                          "and change the command.")
                           .arg(registry);
        }
        QStringList args;
        if (p.value(QStringLiteral("runtimeArguments")).toArray().isEmpty())
            args << defaults;
        else
            appendRegistryArguments(p.value(QStringLiteral("runtimeArguments")), &args, &s.notes);
        args << reference;
        appendRegistryArguments(p.value(QStringLiteral("packageArguments")), &args, &s.notes);
        if (registry == u"nuget")
            args << QStringLiteral("--yes");
        s.env = registryPairs(p.value(QStringLiteral("environmentVariables")),
                              QStringLiteral("env"), &s.secretHints, &s.notes);
        const QJsonObject transport = p.value(QStringLiteral("transport")).toObject();
        const QString transportType = transport.value(QStringLiteral("type")).toString();
        if (transportType.isEmpty() || transportType == u"stdio") {
            s.kind = CatalogServer::Kind::Stdio;
            s.command = runtime.isEmpty() ? id : runtime;
            s.args = runtime.isEmpty() ? QStringList() : args;
        } else {
            // A package that serves HTTP once started: McpScope connects to
            // its URL; the command is the user's to run.
            s.kind = transportType == u"sse" ? CatalogServer::Kind::Sse : CatalogServer::Kind::Http;
            s.url =
                fillUrlVariables(transport.value(QStringLiteral("url")).toString(), {}, &s.notes);
            s.headers = registryPairs(transport.value(QStringLiteral("headers")),
                                      QStringLiteral("headers"), &s.secretHints, &s.notes);
            s.notes << tr("Start it first: %1").arg((QStringList{runtime} << args).join(u' '));
            if (s.url.isEmpty())
                return shapeError(tr("server.json: package %1 serves %2 but names no url.")
                                      .arg(id, transportType));
        }
        QJsonObject extra = p;
        for (const char *known :
             {"registryType", "identifier", "version", "runtimeHint", "runtimeArguments",
              "packageArguments", "environmentVariables", "transport"})
            extra.remove(QLatin1String(known));
        s.extra = extra;
        servers << s;
    }
    const QJsonArray remoteList = remotes.toArray();
    for (const QJsonValue &entry : remoteList) {
        if (!entry.isObject())
            return shapeError(tr("server.json: a remote is not an object."));
        const QJsonObject r = entry.toObject();
        const QString type = r.value(QStringLiteral("type")).toString();
        CatalogServer s = make(remoteList.size() + packageList.size() > 1
                                   ? (type.isEmpty() ? QStringLiteral("remote") : type)
                                   : QString());
        s.kind = type == u"sse" ? CatalogServer::Kind::Sse : CatalogServer::Kind::Http;
        s.url = fillUrlVariables(r.value(QStringLiteral("url")).toString(),
                                 r.value(QStringLiteral("variables")).toObject(), &s.notes);
        if (s.url.isEmpty())
            return shapeError(tr("server.json: a remote has no url."));
        s.headers = registryPairs(r.value(QStringLiteral("headers")), QStringLiteral("headers"),
                                  &s.secretHints, &s.notes);
        QJsonObject extra = r;
        for (const char *known : {"type", "url", "headers", "variables"})
            extra.remove(QLatin1String(known));
        s.extra = extra;
        servers << s;
    }
    if (servers.isEmpty())
        return shapeError(tr("server.json lists no packages and no remotes: nothing to import."));
    return servers;
}

CatalogFormat guessFormat(const QJsonObject &root)
{
    if (root.contains(QStringLiteral("mcpServers")))
        return CatalogFormat::Mcp;
    if (root.contains(QStringLiteral("servers")) || root.value(QStringLiteral("mcp")).isObject())
        return CatalogFormat::VsCode;
    if (root.contains(QStringLiteral("packages")) || root.contains(QStringLiteral("remotes")))
        return CatalogFormat::ServerJson;
    return CatalogFormat::Auto;
}

void makeNamesUnique(QList<CatalogServer> &servers)
{
    QStringList taken;
    for (CatalogServer &s : servers) {
        QString name = s.name.trimmed();
        if (name.isEmpty())
            name = QStringLiteral("server");
        if (taken.contains(name)) {
            QString candidate;
            for (int n = 2;; ++n) {
                candidate = name + QLatin1Char('-') + QString::number(n);
                if (!taken.contains(candidate))
                    break;
            }
            s.notes << tr("Another server in the file is named \"%1\"; this one is \"%2\".")
                           .arg(name, candidate);
            name = candidate;
        }
        s.name = name;
        taken << name;
    }
}

} // namespace

Result<CatalogImport> readCatalogSource(const QByteArray &bytes, CatalogFormat format,
                                        const QString &sourcePath)
{
    CatalogImport out;
    const auto parsed = parseLenientJson(bytes, &out.notes);
    if (!parsed)
        return Failure{parsed.error()};
    if (!parsed->isObject())
        return shapeError(tr("The file holds a JSON %1, not an object: no servers in it.")
                              .arg(parsed->isArray() ? tr("list") : tr("value")));
    const QJsonObject root = parsed->toObject();
    const CatalogFormat shape = guessFormat(root);
    if (format == CatalogFormat::Auto || format == CatalogFormat::Catalog)
        format = shape;
    const QString fileLabel = sourcePath.isEmpty() ? tr("The file") : sourcePath;
    switch (format) {
    case CatalogFormat::Auto:
    case CatalogFormat::Catalog:
        return shapeError(tr("%1 has neither \"mcpServers\" (mcp.json, Claude Desktop, Cursor), "
                             "\"servers\" (VS Code) nor \"packages\"/\"remotes\" (server.json): "
                             "no servers to import.")
                              .arg(fileLabel));
    case CatalogFormat::Mcp:
    case CatalogFormat::ClaudeDesktop:
    case CatalogFormat::Cursor: {
        if (!root.contains(QStringLiteral("mcpServers")))
            return shapeError(tr("%1 has no \"mcpServers\" object.").arg(fileLabel));
        auto servers = readServerMap(root.value(QStringLiteral("mcpServers")),
                                     QStringLiteral("mcpServers"), format, sourcePath);
        if (!servers)
            return Failure{servers.error()};
        out.servers = *servers;
        QStringList others = root.keys();
        others.removeAll(QStringLiteral("mcpServers"));
        if (!others.isEmpty())
            out.notes << tr("The file's other settings (%1) are not servers; they were not "
                            "imported.")
                             .arg(others.join(QStringLiteral(", ")));
        break;
    }
    case CatalogFormat::VsCode: {
        // settings.json holds them under "mcp"; mcp.json at its top.
        const bool settings = !root.contains(QStringLiteral("servers")) &&
                              root.value(QStringLiteral("mcp")).isObject();
        const QJsonObject section = settings ? root.value(QStringLiteral("mcp")).toObject() : root;
        if (!section.contains(QStringLiteral("servers")))
            return shapeError(tr("%1 has no \"servers\" object.").arg(fileLabel));
        const auto inputs = readInputs(section.value(QStringLiteral("inputs")), &out.notes);
        auto servers = readServerMap(section.value(QStringLiteral("servers")),
                                     QStringLiteral("servers"), format, sourcePath, inputs);
        if (!servers)
            return Failure{servers.error()};
        out.servers = *servers;
        if (settings && root.size() > 1)
            out.notes << tr("The other settings of settings.json (%1) were not imported.")
                             .arg(root.size() - 1);
        break;
    }
    case CatalogFormat::ServerJson: {
        auto servers = readServerJson(root, sourcePath);
        if (!servers)
            return Failure{servers.error()};
        out.servers = *servers;
        break;
    }
    }
    out.format = format;
    makeNamesUnique(out.servers);
    return out;
}

Result<CatalogImport> readCatalogSourceFile(const QString &path, CatalogFormat format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::CatalogFile,
                         tr("Could not read %1: %2.").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return makeError(ErrorCode::CatalogFile,
                         tr("%1 is larger than 8 MiB: not a configuration file.").arg(path));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto read = readCatalogSource(file.read(kMaxFileBytes), format, absolute);
    if (!read)
        return makeError(read.error().code,
                         tr("%1: %2 Nothing was imported.").arg(path, read.error().message),
                         read.error().detail);
    return read;
}

QByteArray writeMcpJson(const QList<CatalogServer> &servers)
{
    QJsonObject map;
    for (const CatalogServer &s : servers) {
        // Extra fields never stand in for the ones written here (a
        // server.json package may carry an "args" of another meaning).
        QJsonObject o = s.extra;
        const QStringList written =
            s.kind == CatalogServer::Kind::Stdio
                ? QStringList{QStringLiteral("command"), QStringLiteral("args"),
                              QStringLiteral("env"), QStringLiteral("type")}
                : QStringList{QStringLiteral("type"), QStringLiteral("url"),
                              QStringLiteral("headers")};
        for (const QString &field : written)
            o.remove(field);
        if (s.kind == CatalogServer::Kind::Stdio) {
            o.insert(QStringLiteral("command"), s.command);
            if (!s.args.isEmpty())
                o.insert(QStringLiteral("args"), QJsonArray::fromStringList(s.args));
            if (!s.env.isEmpty()) {
                QJsonObject env;
                for (auto it = s.env.begin(); it != s.env.end(); ++it)
                    env.insert(it.key(), it.value());
                o.insert(QStringLiteral("env"), env);
            }
        } else {
            o.insert(QStringLiteral("type"), catalogKindName(s.kind));
            o.insert(QStringLiteral("url"), s.url);
            if (!s.headers.isEmpty()) {
                QJsonObject headers;
                for (auto it = s.headers.begin(); it != s.headers.end(); ++it)
                    headers.insert(it.key(), it.value());
                o.insert(QStringLiteral("headers"), headers);
            }
        }
        map.insert(s.name, o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("mcpServers"), map}})
        .toJson(QJsonDocument::Indented);
}

QList<CatalogLocation> knownCatalogLocations()
{
    const QString home = QDir::homePath();
#if defined(Q_OS_MACOS)
    const QString support = home + QStringLiteral("/Library/Application Support");
    const QString claude = support + QStringLiteral("/Claude/claude_desktop_config.json");
    const QString code = support + QStringLiteral("/Code/User");
#elif defined(Q_OS_WIN)
    const QString appData =
        qEnvironmentVariable("APPDATA", home + QStringLiteral("/AppData/Roaming"));
    const QString claude = appData + QStringLiteral("/Claude/claude_desktop_config.json");
    const QString code = appData + QStringLiteral("/Code/User");
#else
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString claude = config + QStringLiteral("/Claude/claude_desktop_config.json");
    const QString code = config + QStringLiteral("/Code/User");
#endif
    return {
        {CatalogFormat::ClaudeDesktop, QStringLiteral("Claude Desktop"), claude},
        {CatalogFormat::Cursor, QStringLiteral("Cursor"),
         home + QStringLiteral("/.cursor/mcp.json")},
        {CatalogFormat::VsCode, QStringLiteral("VS Code"), code + QStringLiteral("/mcp.json")},
        {CatalogFormat::VsCode, QStringLiteral("VS Code"), code + QStringLiteral("/settings.json")},
    };
}

} // namespace mcpscope
