// The server catalog's readers past the editors' everyday files: every
// registry type of server.json and its error paths, the lenient values the
// editors accept (numbers, booleans, nulls), the file's own error paths, the
// catalog file's names and references, and renaming a server's secrets.
// The everyday files are in tst_catalog_formats.cpp.
#include "catalog/catalog_formats.h"
#include "catalog/catalog_secrets.h"
#include "catalog/lenient_json.h"
#include "catalog/server_catalog.h"
#include "error_code_testing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

namespace {

const CatalogServer *byName(const QList<CatalogServer> &servers, const QString &name)
{
    for (const CatalogServer &s : servers)
        if (s.name == name)
            return &s;
    return nullptr;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool anyContains(const QStringList &notes, const QString &text)
{
    for (const QString &n : notes)
        if (n.contains(text))
            return true;
    return false;
}

} // namespace

class TestCatalogSources : public QObject
{
    Q_OBJECT

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

private slots:
    void serverJsonRegistries_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("npm") << QStringLiteral("npm") << QStringLiteral("@acme/mcp")
                             << QStringLiteral("1.2.3") << QStringLiteral("npx")
                             << QStringList{QStringLiteral("-y"),
                                            QStringLiteral("@acme/mcp@1.2.3")};
        QTest::newRow("pypi") << QStringLiteral("pypi") << QStringLiteral("acme-mcp")
                              << QStringLiteral("0.4") << QStringLiteral("uvx")
                              << QStringList{QStringLiteral("acme-mcp==0.4")};
        QTest::newRow("oci") << QStringLiteral("oci") << QStringLiteral("ghcr.io/acme/mcp")
                             << QStringLiteral("2") << QStringLiteral("docker")
                             << QStringList{QStringLiteral("run"), QStringLiteral("-i"),
                                            QStringLiteral("--rm"),
                                            QStringLiteral("ghcr.io/acme/mcp:2")};
        // An image reference that already has a tag or digest keeps it.
        QTest::newRow("oci tagged")
            << QStringLiteral("oci") << QStringLiteral("ghcr.io/acme/mcp@sha256:ab")
            << QStringLiteral("2") << QStringLiteral("docker")
            << QStringList{QStringLiteral("run"), QStringLiteral("-i"), QStringLiteral("--rm"),
                           QStringLiteral("ghcr.io/acme/mcp@sha256:ab")};
        QTest::newRow("nuget") << QStringLiteral("nuget") << QStringLiteral("Acme.Mcp")
                               << QStringLiteral("3.0.0") << QStringLiteral("dnx")
                               << QStringList{QStringLiteral("Acme.Mcp@3.0.0"),
                                              QStringLiteral("--yes")};
        QTest::newRow("nuget unversioned")
            << QStringLiteral("nuget") << QStringLiteral("Acme.Mcp") << QString()
            << QStringLiteral("dnx")
            << QStringList{QStringLiteral("Acme.Mcp"), QStringLiteral("--yes")};
        // A type McpScope cannot run: the identifier is the command.
        QTest::newRow("mcpb") << QStringLiteral("mcpb") << QStringLiteral("acme.mcpb")
                              << QStringLiteral("1") << QStringLiteral("acme.mcpb")
                              << QStringList();
    }
    void serverJsonRegistries()
    {
        QFETCH(QString, registry);
        QFETCH(QString, id);
        QFETCH(QString, version);
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        QJsonObject package{{QStringLiteral("registryType"), registry},
                            {QStringLiteral("identifier"), id},
                            {QStringLiteral("transport"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("stdio")}}},
                            {QStringLiteral("fileSha256"), QStringLiteral("00ff")}};
        if (!version.isEmpty())
            package.insert(QStringLiteral("version"), version);
        const auto read = readCatalogSource(
            json({{QStringLiteral("name"), QStringLiteral("io.github.acme/weather")},
                  {QStringLiteral("packages"), QJsonArray{package}}}));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->format, CatalogFormat::ServerJson);
        QCOMPARE(read->servers.size(), 1);
        const CatalogServer &s = read->servers.first();
        // One entry: named after the server alone.
        QCOMPARE(s.name, QStringLiteral("weather"));
        QCOMPARE(s.kind, CatalogServer::Kind::Stdio);
        QCOMPARE(s.command, command);
        QCOMPARE(s.args, args);
        QCOMPARE(s.sourceFormat, CatalogFormat::ServerJson);
        // Fields the reader does not use stay with the server.
        QCOMPARE(s.extra, (QJsonObject{{QStringLiteral("fileSha256"), QStringLiteral("00ff")}}));
        QCOMPARE(anyContains(s.notes, QStringLiteral("installed, not run")), registry == u"mcpb");
    }

    void serverJsonArgumentsAndEnvironment()
    {
        const QJsonObject package{
            {QStringLiteral("registryType"), QStringLiteral("npm")},
            {QStringLiteral("identifier"), QStringLiteral("acme")},
            {QStringLiteral("runtimeHint"), QStringLiteral("bunx")},
            {QStringLiteral("runtimeArguments"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("named")},
                                    {QStringLiteral("name"), QStringLiteral("--bun")}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("positional")},
                                    {QStringLiteral("value"), QStringLiteral("-q")}}}},
            {QStringLiteral("packageArguments"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("named")},
                                    {QStringLiteral("name"), QStringLiteral("--port")},
                                    {QStringLiteral("default"), 8080}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("positional")},
                                    {QStringLiteral("valueHint"), QStringLiteral("directory")}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("positional")}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("positional")},
                                    {QStringLiteral("value"), true}}}},
            {QStringLiteral("environmentVariables"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("REGION")},
                                    {QStringLiteral("default"), QStringLiteral("eu")}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("ACME_ACCOUNT")},
                                    {QStringLiteral("isRequired"), true},
                                    {QStringLiteral("isSecret"), true}},
                        QJsonObject{{QStringLiteral("value"), QStringLiteral("nameless")}}}}};
        const auto read =
            readCatalogSource(json({{QStringLiteral("name"), QStringLiteral("acme")},
                                    {QStringLiteral("packages"), QJsonArray{package}}}),
                              CatalogFormat::ServerJson);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        const CatalogServer &s = read->servers.first();
        QCOMPARE(s.command, QStringLiteral("bunx"));
        // The runtime's own arguments replace npx's "-y"; then the package,
        // then its arguments, placeholders where server.json has no value.
        QCOMPARE(s.args, (QStringList{QStringLiteral("--bun"), QStringLiteral("-q"),
                                      QStringLiteral("acme"), QStringLiteral("--port"),
                                      QStringLiteral("8080"), QStringLiteral("<directory>"),
                                      QStringLiteral("<value>"), QStringLiteral("true")}));
        QVERIFY(anyContains(s.notes, QStringLiteral("\"<directory>\" has no value")));
        QVERIFY(anyContains(s.notes, QStringLiteral("\"<value>\" has no value")));
        QCOMPARE(s.env, (QMap<QString, QString>{{QStringLiteral("REGION"), QStringLiteral("eu")},
                                                {QStringLiteral("ACME_ACCOUNT"), QString()}}));
        QVERIFY(anyContains(s.notes, QStringLiteral("env ACME_ACCOUNT is required")));

        // isSecret marks ACME_ACCOUNT secret whatever its name: once it has a
        // value, extractSecrets() moves it out.
        CatalogServer filled = s;
        filled.env[QStringLiteral("ACME_ACCOUNT")] = QStringLiteral("acct-42");
        QCOMPARE(filled.secretHints, QStringList{QStringLiteral("env/ACME_ACCOUNT")});
        const auto secrets = extractSecrets(filled);
        QCOMPARE(secrets.size(), 1);
        QCOMPARE(secrets.value(QStringLiteral("keychain:catalog/acme/env/ACME_ACCOUNT")),
                 QStringLiteral("acct-42"));
        QCOMPARE(filled.env.value(QStringLiteral("REGION")), QStringLiteral("eu"));
        QVERIFY(filled.secretHints.isEmpty());
    }

    void serverJsonPackageServingHttp()
    {
        const QJsonObject package{
            {QStringLiteral("registryType"), QStringLiteral("npm")},
            {QStringLiteral("identifier"), QStringLiteral("acme")},
            {QStringLiteral("version"), QStringLiteral("1")},
            {QStringLiteral("transport"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("sse")},
                         {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:{port}/sse")},
                         {QStringLiteral("headers"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X-Team")},
                                                 {QStringLiteral("value"), QStringLiteral("core")},
                                                 {QStringLiteral("isSecret"), true}}}}}}};
        const QJsonObject remote{
            {QStringLiteral("type"), QStringLiteral("streamable-http")},
            {QStringLiteral("url"), QStringLiteral("https://{tenant}.acme.io/mcp")},
            {QStringLiteral("variables"),
             QJsonObject{{QStringLiteral("tenant"),
                          QJsonObject{{QStringLiteral("default"), QStringLiteral("eu")}}}}}};
        const auto read =
            readCatalogSource(json({{QStringLiteral("name"), QStringLiteral("acme")},
                                    {QStringLiteral("packages"), QJsonArray{package}},
                                    {QStringLiteral("remotes"), QJsonArray{remote}}}));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->servers.size(), 2);
        // Two entries: each named after its registry or transport.
        const CatalogServer *local = byName(read->servers, QStringLiteral("acme-npm"));
        QVERIFY(local);
        QCOMPARE(local->kind, CatalogServer::Kind::Sse);
        // The package's URL variables have no default there: left for the user.
        QCOMPARE(local->url, QStringLiteral("http://127.0.0.1:{port}/sse"));
        QVERIFY(anyContains(local->notes, QStringLiteral("variables port have no default")));
        QVERIFY(anyContains(local->notes, QStringLiteral("Start it first: npx -y acme@1")));
        QCOMPARE(local->headers.value(QStringLiteral("X-Team")), QStringLiteral("core"));
        QCOMPARE(local->secretHints, QStringList{QStringLiteral("headers/X-Team")});
        const CatalogServer *hosted = byName(read->servers, QStringLiteral("acme-streamable-http"));
        QVERIFY(hosted);
        QCOMPARE(hosted->kind, CatalogServer::Kind::Http);
        QCOMPARE(hosted->url, QStringLiteral("https://eu.acme.io/mcp"));
    }

    void serverJsonSameRegistryTwice()
    {
        const QJsonObject a{{QStringLiteral("registryType"), QStringLiteral("npm")},
                            {QStringLiteral("identifier"), QStringLiteral("a")}};
        const QJsonObject b{{QStringLiteral("registryType"), QStringLiteral("npm")},
                            {QStringLiteral("identifier"), QStringLiteral("b")}};
        const QJsonObject c{{QStringLiteral("identifier"), QStringLiteral("c")}};
        const auto read =
            readCatalogSource(json({{QStringLiteral("packages"), QJsonArray{a, b, c}}}));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->servers.size(), 3);
        // No name in the file: "server"; the same registry twice: a suffix, noted.
        QCOMPARE(read->servers.at(0).name, QStringLiteral("server-npm"));
        QCOMPARE(read->servers.at(1).name, QStringLiteral("server-npm-2"));
        QCOMPARE(read->servers.at(1).args.last(), QStringLiteral("b"));
        QVERIFY(anyContains(read->servers.at(1).notes,
                            QStringLiteral("Another server in the file is named \"server-npm\"")));
        QCOMPARE(read->servers.at(2).name, QStringLiteral("server-package"));
    }

    void serverJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("packages not a list")
            << QByteArray(R"({"packages": {}})") << QStringLiteral("must be lists");
        QTest::newRow("remotes not a list")
            << QByteArray(R"({"remotes": "x"})") << QStringLiteral("must be lists");
        QTest::newRow("package not an object")
            << QByteArray(R"({"packages": [1]})") << QStringLiteral("a package is not an object");
        QTest::newRow("package without identifier")
            << QByteArray(R"({"packages": [{"registryType": "npm"}]})")
            << QStringLiteral("has no identifier");
        QTest::newRow("package serving http without url")
            << QByteArray(
                   R"({"packages": [{"registryType": "npm", "identifier": "p", "transport": {"type": "streamable-http"}}]})")
            << QStringLiteral("package p serves streamable-http but names no url");
        QTest::newRow("remote not an object") << QByteArray(R"({"remotes": ["https:\/\/x"]})")
                                              << QStringLiteral("a remote is not an object");
        QTest::newRow("remote without url")
            << QByteArray(R"({"remotes": [{"type": "sse"}]})") << QStringLiteral("has no url");
        QTest::newRow("nothing to import") << QByteArray(R"({"packages": [], "remotes": []})")
                                           << QStringLiteral("nothing to import");
    }
    void serverJsonErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto read = readCatalogSource(bytes);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::CatalogShape);
        QVERIFY2(read.error().message.contains(expected), qPrintable(read.error().message));
    }

    void editorValuesAreLenient()
    {
        // Numbers, booleans and nulls where strings belong, an unknown type,
        // Windsurf's serverUrl.
        const QByteArray bytes = R"({"mcpServers": {
            "calc": {"command": "calc", "args": [1, 2.5, false, -3], "env": {"N": 12, "OFF": null}},
            "odd": {"command": "run", "type": "websocket"},
            "surf": {"serverUrl": "https:\/\/surf.example/mcp", "headers": {"X-A": "b"}},
            "guess": {"url": "https:\/\/guess.example/mcp", "type": "carrier-pigeon"}
        }, "theme": "dark"})";
        const auto read = readCatalogSource(bytes, CatalogFormat::Cursor);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->format, CatalogFormat::Cursor);
        QVERIFY(anyContains(read->notes, QStringLiteral("other settings (theme)")));
        const CatalogServer *calc = byName(read->servers, QStringLiteral("calc"));
        QVERIFY(calc);
        QCOMPARE(calc->args, (QStringList{QStringLiteral("1"), QStringLiteral("2.5"),
                                          QStringLiteral("false"), QStringLiteral("-3")}));
        QVERIFY(anyContains(calc->notes, QStringLiteral("Argument 2 was a number or boolean; it "
                                                        "is passed as \"2.5\"")));
        QCOMPARE(calc->env, (QMap<QString, QString>{{QStringLiteral("N"), QStringLiteral("12")}}));
        QVERIFY(anyContains(calc->notes, QStringLiteral("env OFF is null")));
        QVERIFY(anyContains(calc->notes, QStringLiteral("env N was a number")));

        const CatalogServer *odd = byName(read->servers, QStringLiteral("odd"));
        QCOMPARE(odd->kind, CatalogServer::Kind::Stdio);
        QVERIFY(anyContains(odd->notes, QStringLiteral("\"websocket\" is not one McpScope knows; "
                                                       "it was read as stdio")));
        const CatalogServer *surf = byName(read->servers, QStringLiteral("surf"));
        QCOMPARE(surf->kind, CatalogServer::Kind::Http);
        QCOMPARE(surf->url, QStringLiteral("https://surf.example/mcp"));
        QVERIFY(surf->extra.isEmpty()); // serverUrl was used, not kept
        const CatalogServer *guess = byName(read->servers, QStringLiteral("guess"));
        QCOMPARE(guess->kind, CatalogServer::Kind::Http);
        QVERIFY(anyContains(guess->notes, QStringLiteral("it was read as http")));
    }

    void editorErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("server not an object")
            << QByteArray(R"({"mcpServers": {"a": "npx"}})") << int(CatalogFormat::Auto)
            << QStringLiteral("Server \"a\" is not an object");
        QTest::newRow("command not a string")
            << QByteArray(R"({"mcpServers": {"a": {"command": ["npx"]}}})")
            << int(CatalogFormat::Auto) << QStringLiteral("\"command\" is not a string");
        QTest::newRow("argument an object")
            << QByteArray(R"({"mcpServers": {"a": {"command": "x", "args": [{}]}}})")
            << int(CatalogFormat::Auto) << QStringLiteral("argument 1 is not a string");
        QTest::newRow("env a list")
            << QByteArray(R"({"mcpServers": {"a": {"command": "x", "env": ["A=1"]}}})")
            << int(CatalogFormat::Auto) << QStringLiteral("\"env\" is not an object");
        QTest::newRow("headers a list")
            << QByteArray(R"({"mcpServers": {"a": {"url": "https:\/\/x", "headers": ["A: 1"]}}})")
            << int(CatalogFormat::Auto) << QStringLiteral("\"headers\" is not an object");
        QTest::newRow("claude without mcpServers")
            << QByteArray(R"({"servers": {}})") << int(CatalogFormat::ClaudeDesktop)
            << QStringLiteral("has no \"mcpServers\" object");
        QTest::newRow("vscode without servers")
            << QByteArray(R"({"mcpServers": {}})") << int(CatalogFormat::VsCode)
            << QStringLiteral("has no \"servers\" object");
        QTest::newRow("vscode servers a list")
            << QByteArray(R"({"servers": []})") << int(CatalogFormat::VsCode)
            << QStringLiteral("\"servers\" is not an object of servers by name");
        QTest::newRow("server.json asked, nothing there")
            << QByteArray(R"({"name": "x"})") << int(CatalogFormat::ServerJson)
            << QStringLiteral("nothing to import");
        QTest::newRow("catalog shape guessed, none")
            << QByteArray(R"({"name": "x"})") << int(CatalogFormat::Catalog)
            << QStringLiteral("has neither");
        QTest::newRow("a plain value") << QByteArray("42") << int(CatalogFormat::Auto)
                                       << QStringLiteral("JSON value, not an object");
    }
    void editorErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QFETCH(QString, expected);
        const auto read = readCatalogSource(bytes, CatalogFormat(format));
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::CatalogShape);
        QVERIFY2(read.error().message.contains(expected), qPrintable(read.error().message));
    }

    void vsCodeInputs()
    {
        // Inputs not a list: ignored with a note; an input not declared is
        // named so; settings.json's other settings are counted.
        const QByteArray bytes = R"({"editor.fontSize": 12, "mcp": {
            "inputs": {"id": "x"},
            "servers": {"gh": {"type": "http", "url": "https:\/\/gh.example/mcp",
                               "headers": {"Authorization": "Bearer ${input:pat}"}}}}})";
        const auto read = readCatalogSource(bytes);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->format, CatalogFormat::VsCode);
        QVERIFY(anyContains(read->notes, QStringLiteral("\"inputs\" is not a list")));
        QVERIFY(anyContains(read->notes, QStringLiteral("other settings of settings.json (1)")));
        const CatalogServer &gh = read->servers.first();
        QVERIFY(anyContains(gh.notes, QStringLiteral("\"pat\" (not declared in inputs)")));

        // A password input, declared twice over in one value: noted once.
        const QByteArray declared = R"({"inputs": [{"type": "promptString"},
                {"id": "pat", "description": "GitHub PAT", "password": true}],
            "servers": {"gh": {"command": "gh-mcp", "args": ["${input:pat}", "--again=${input:pat}"]}}})";
        const auto withInputs = readCatalogSource(declared);
        QVERIFY(withInputs);
        const QStringList notes = withInputs->servers.first().notes;
        QVERIFY(anyContains(notes, QStringLiteral("\"pat\" (GitHub PAT), a password")));
        QCOMPARE(notes.filter(QStringLiteral("\"pat\"")).size(), 1);
    }

    void sourceFileErrors()
    {
        QTemporaryDir dir;
        const auto missing = readCatalogSourceFile(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::CatalogFile);
        QVERIFY(missing.error().message.startsWith(QStringLiteral("Could not read")));

        const QString big = dir.filePath(QStringLiteral("big.json"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(8 * 1024 * 1024 + 1));
        }
        const auto tooBig = readCatalogSourceFile(big);
        QVERIFY(!tooBig);
        QCOMPARE(tooBig.error().code, ErrorCode::CatalogFile);
        QVERIFY(tooBig.error().message.contains(QStringLiteral("larger than 8 MiB")));

        // A shape error from a file names the file and says nothing was imported.
        const QString shape = dir.filePath(QStringLiteral("shape.json"));
        writeFile(shape, R"({"mcpServers": {"a": 1}})");
        const auto bad = readCatalogSourceFile(shape);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::CatalogShape);
        QVERIFY(bad.error().message.startsWith(shape));
        QVERIFY(bad.error().message.endsWith(QStringLiteral("Nothing was imported.")));
    }

    // The editors' files are found under the user's home and XDG config
    // folder as they are now, not as they were when the process started.
    void knownLocationsFollowHome()
    {
        QTemporaryDir home;
        QTemporaryDir config;
        QVERIFY(home.isValid() && config.isValid());
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
        const QList<CatalogLocation> locations = knownCatalogLocations();
        qputenv("HOME", oldHome);
        qputenv("XDG_CONFIG_HOME", oldConfig);
        QCOMPARE(locations.size(), 4);
        QCOMPARE(locations.at(0).format, CatalogFormat::ClaudeDesktop);
        QCOMPARE(locations.at(0).path,
                 config.path() + QStringLiteral("/Claude/claude_desktop_config.json"));
        QCOMPARE(locations.at(1).format, CatalogFormat::Cursor);
        QCOMPARE(locations.at(1).path, home.path() + QStringLiteral("/.cursor/mcp.json"));
        QCOMPARE(locations.at(2).application, QStringLiteral("VS Code"));
        QCOMPARE(locations.at(2).path, config.path() + QStringLiteral("/Code/User/mcp.json"));
        QCOMPARE(locations.at(3).path, config.path() + QStringLiteral("/Code/User/settings.json"));
    }

    void lenientNumbersAndBom()
    {
        QStringList notes;
        const auto parsed = parseLenientJson(
            "\xEF\xBB\xBF{\"neg\": -5, \"big\": -9000000000, \"huge\": 18446744073709551615, "
            "\"pi\": 3.25, \"nothing\": null, \"yes\": true} /* end */ // done",
            &notes);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        const QJsonObject o = parsed->toObject();
        QCOMPARE(o.value(QStringLiteral("neg")).toInteger(), -5);
        QCOMPARE(o.value(QStringLiteral("big")).toInteger(), Q_INT64_C(-9000000000));
        QCOMPARE(o.value(QStringLiteral("huge")).toDouble(), 18446744073709551615.0);
        QCOMPARE(o.value(QStringLiteral("pi")).toDouble(), 3.25);
        QVERIFY(o.value(QStringLiteral("nothing")).isNull());
        QCOMPARE(o.value(QStringLiteral("yes")).toBool(), true);
        QVERIFY(notes.isEmpty());

        // A comment after the value that never closes is not blank.
        const auto open = parseLenientJson("{} /* never closed");
        QVERIFY(!open);
        QCOMPARE(open.error().code, ErrorCode::JsonSyntax);
        QVERIFY2(open.error().message.contains(QStringLiteral("something follows")),
                 qPrintable(open.error().message));

        const auto tooLong = parseLenientJson("[1, 2, 3]", nullptr, {64, 4});
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, ErrorCode::JsonSyntax);
        QVERIFY(tooLong.error().message.contains(QStringLiteral("9 bytes long")));
    }

    void formatAndKindNames()
    {
        for (const CatalogFormat f :
             {CatalogFormat::Auto, CatalogFormat::Mcp, CatalogFormat::ClaudeDesktop,
              CatalogFormat::Cursor, CatalogFormat::VsCode, CatalogFormat::ServerJson,
              CatalogFormat::Catalog})
            QCOMPARE(catalogFormatFromName(catalogFormatName(f)), std::optional<CatalogFormat>(f));
        QCOMPARE(catalogFormatName(CatalogFormat::ClaudeDesktop), QStringLiteral("claude"));
        QCOMPARE(catalogFormatName(CatalogFormat::ServerJson), QStringLiteral("server-json"));
        QVERIFY(!catalogFormatFromName(QStringLiteral("Claude")));
        for (const auto k :
             {CatalogServer::Kind::Stdio, CatalogServer::Kind::Http, CatalogServer::Kind::Sse})
            QCOMPARE(catalogKindFromName(catalogKindName(k)),
                     std::optional<CatalogServer::Kind>(k));
        QCOMPARE(catalogKindName(CatalogServer::Kind::Sse), QStringLiteral("sse"));
        QVERIFY(!catalogKindFromName(QStringLiteral("streamable-http")));
    }

    void catalogFileErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a catalog") << QByteArray(R"({"mcpServers": {}})")
                                       << QStringLiteral("is not an McpScope server catalog");
        QTest::newRow("a list") << QByteArray("[]")
                                << QStringLiteral("is not an McpScope server catalog");
        QTest::newRow("newer")
            << QByteArray(R"({"format": "mcpscope-catalog", "version": 99, "servers": []})")
            << QStringLiteral("written by a newer McpScope (version 99)");
        QTest::newRow("server without kind")
            << QByteArray(R"({"format": "mcpscope-catalog", "servers": [{"name": "a"}]})")
            << QStringLiteral("Server 1 of the catalog has no name or no kind");
        QTest::newRow("server without name")
            << QByteArray(
                   R"({"format": "mcpscope-catalog", "servers": [{"name": "a", "kind": "stdio"}, {"name": " ", "kind": "http"}]})")
            << QStringLiteral("Server 2 of the catalog");
        QTest::newRow("name twice")
            << QByteArray(
                   R"({"format": "mcpscope-catalog", "servers": [{"name": "a", "kind": "stdio"}, {"name": "a", "kind": "sse"}]})")
            << QStringLiteral("names \"a\" twice");
    }
    void catalogFileErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.json"));
        writeFile(path, bytes);
        ServerCatalog catalog;
        const auto loaded = catalog.load(path);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::CatalogFile);
        QVERIFY2(loaded.error().message.contains(expected), qPrintable(loaded.error().message));
        // Nothing was taken from the broken file.
        QVERIFY(catalog.path().isEmpty());
        QVERIFY(catalog.servers().isEmpty());
    }

    void catalogUnreadableAndUnsaved()
    {
        ServerCatalog catalog;
        const auto nowhere = catalog.save();
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().code, ErrorCode::CatalogFile);
        QVERIFY(nowhere.error().message.contains(QStringLiteral("no file to go to")));

        // A path that is there but cannot be read as a file (a folder).
        QTemporaryDir dir;
        const auto loaded = catalog.load(dir.path());
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::CatalogFile);
        QVERIFY(
            loaded.error().message.startsWith(QStringLiteral("Could not read the server catalog")));
        QVERIFY(catalog.path().isEmpty());
    }

    void catalogFieldsOfANewerVersionStay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.json"));
        writeFile(path, R"({"format": "mcpscope-catalog", "version": 1, "identity": "id-1",
            "servers": [{"name": "a", "kind": "http", "url": "https:\/\/a/mcp",
                         "source": {"file": "/x/mcp.json", "format": "vscode"},
                         "era": "modern", "notes": ["n1"], "pinned": true,
                         "headers": {"Authorization": "keychain:catalog/a/headers/Authorization"}},
                        {"name": "b", "kind": "stdio", "command": "b",
                         "source": {"format": "no-such-format"}}]})");
        ServerCatalog catalog;
        QVERIFY(catalog.load(path));
        QCOMPARE(catalog.identity(), QStringLiteral("id-1"));
        const CatalogServer *a = catalog.find(QStringLiteral("a"));
        QVERIFY(a);
        QCOMPARE(a->sourceFormat, CatalogFormat::VsCode);
        QCOMPARE(a->sourceFile, QStringLiteral("/x/mcp.json"));
        QCOMPARE(a->era, QStringLiteral("modern"));
        QCOMPARE(a->notes, QStringList{QStringLiteral("n1")});
        QCOMPARE(a->extra.value(QStringLiteral("pinned")), QJsonValue(true));
        QCOMPARE(catalog.find(QStringLiteral("b"))->sourceFormat, CatalogFormat::Mcp);
        QCOMPARE(catalog.find(QStringLiteral("b"))->era, QStringLiteral("auto"));

        // References name keychain entries under the catalog's identity.
        QCOMPARE(catalog.keychainKey(a->headers.value(QStringLiteral("Authorization"))),
                 QStringLiteral("catalog/id-1/a/headers/Authorization"));
        QCOMPARE(catalog.keychainKey(QStringLiteral("a/env/X")),
                 QStringLiteral("catalog/id-1/a/env/X"));

        QVERIFY(catalog.remove(QStringLiteral("a")));
        QVERIFY(!catalog.remove(QStringLiteral("a")));
        QVERIFY(!catalog.find(QStringLiteral("a")));
        QCOMPARE(catalog.servers().size(), 1);
        QCOMPARE(catalog.uniqueName(QStringLiteral("  ")), QStringLiteral("server"));
        QVERIFY(!catalog.add(CatalogServer{}));
        QVERIFY(catalog.save());
        ServerCatalog again;
        QVERIFY(again.load(path));
        QCOMPARE(again.servers().size(), 1);
        QCOMPARE(again.servers().first().name, QStringLiteral("b"));
    }

    void renamingMovesTheReferences()
    {
        CatalogServer s;
        s.name = QStringLiteral("gh");
        s.kind = CatalogServer::Kind::Http;
        s.headers = {
            {QStringLiteral("Authorization"), QStringLiteral("Bearer t0k")},
            {QStringLiteral("X-Other"), QStringLiteral("keychain:catalog/other/headers/X")}};
        s.extra = QJsonObject{{QStringLiteral("auth"),
                               QJsonObject{{QStringLiteral("client_secret"), QStringLiteral("cs")},
                                           {QStringLiteral("note"), QStringLiteral("${env:CS}")}}}};
        const auto secrets = extractSecrets(s);
        QCOMPARE(secrets.size(), 2);
        QCOMPARE(secretReferences(s),
                 (QStringList{QStringLiteral("keychain:catalog/gh/headers/Authorization"),
                              QStringLiteral("keychain:catalog/other/headers/X"),
                              QStringLiteral("keychain:catalog/gh/extra/auth/client_secret")}));

        const auto moved = renameServer(s, QStringLiteral("github"));
        QCOMPARE(s.name, QStringLiteral("github"));
        QCOMPARE(moved.size(), 2);
        QCOMPARE(moved.value(QStringLiteral("keychain:catalog/gh/headers/Authorization")),
                 QStringLiteral("keychain:catalog/github/headers/Authorization"));
        QCOMPARE(moved.value(QStringLiteral("keychain:catalog/gh/extra/auth/client_secret")),
                 QStringLiteral("keychain:catalog/github/extra/auth/client_secret"));
        // A reference of another server's is not this one's to move.
        QCOMPARE(s.headers.value(QStringLiteral("X-Other")),
                 QStringLiteral("keychain:catalog/other/headers/X"));
        QCOMPARE(s.extra.value(QStringLiteral("auth")).toObject().value(QStringLiteral("note")),
                 QJsonValue(QStringLiteral("${env:CS}")));

        // The values follow under the new references; one missing names it.
        QHash<QString, QString> values;
        for (auto it = moved.begin(); it != moved.end(); ++it)
            values.insert(it.value(), secrets.value(it.key()));
        const auto partial = withSecrets(s, values);
        QVERIFY(!partial);
        QCOMPARE(partial.error().code, ErrorCode::CatalogKeychain);
        QVERIFY(
            partial.error().message.contains(QStringLiteral("keychain:catalog/other/headers/X")));
        values.insert(QStringLiteral("keychain:catalog/other/headers/X"), QStringLiteral("x"));
        const auto full = withSecrets(s, values);
        QVERIFY(full);
        QCOMPARE(full->headers.value(QStringLiteral("Authorization")),
                 QStringLiteral("Bearer t0k"));
        QCOMPARE(full->extra.value(QStringLiteral("auth"))
                     .toObject()
                     .value(QStringLiteral("client_secret")),
                 QJsonValue(QStringLiteral("cs")));
    }

    void secretValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("secret");
        QTest::newRow("bearer") << QStringLiteral("  Bearer abc") << true;
        QTest::newRow("dpop") << QStringLiteral("DPoP x") << true;
        QTest::newRow("github pat") << QStringLiteral("ghp_0123456789") << true;
        QTest::newRow("gitlab") << QStringLiteral("glpat-abcdefgh") << true;
        QTest::newRow("slack") << QStringLiteral("xoxb-12345678") << true;
        QTest::newRow("openai") << QStringLiteral("sk-abcdefghij") << true;
        QTest::newRow("short prefix") << QStringLiteral("sk-abc") << false;
        QTest::newRow("scheme alone") << QStringLiteral("Bearer") << false;
        QTest::newRow("plain") << QStringLiteral("platform") << false;
    }
    void secretValues()
    {
        QFETCH(QString, value);
        QFETCH(bool, secret);
        QCOMPARE(isSecretValue(value), secret);
    }

    void secretNamesByWords_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        QTest::newRow("camel case") << QStringLiteral("slackBotToken") << true;
        QTest::newRow("dotted") << QStringLiteral("db.passwd") << true;
        QTest::newRow("spaced") << QStringLiteral("my session cookie") << true;
        QTest::newRow("word inside another") << QStringLiteral("MONKEY_BUSINESS") << false;
        QTest::newRow("pat inside another") << QStringLiteral("PATH_PREFIX") << false;
    }
    void secretNamesByWords()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(isSecretName(name), secret);
    }
};

QTEST_GUILESS_MAIN(TestCatalogSources)
#include "tst_catalog_sources.moc"
