// The server catalog's readers (mcp.json, Claude Desktop, Cursor, VS Code,
// server.json), its mcp.json writer, the secrets it keeps out of its file,
// and the catalog file itself. The keychain side is in
// tests/integration/tst_catalog_peer.cpp.
#include "catalog/catalog_formats.h"
#include "catalog/catalog_secrets.h"
#include "catalog/lenient_json.h"
#include "catalog/server_catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/fixtures/catalog/") + QLatin1String(name);
}

const CatalogServer *byName(const QList<CatalogServer> &servers, const QString &name)
{
    for (const CatalogServer &s : servers)
        if (s.name == name)
            return &s;
    return nullptr;
}

} // namespace

class TestCatalogFormats : public QObject
{
    Q_OBJECT

private slots:
    void claudeDesktop()
    {
        const auto read = readCatalogSourceFile(fixture("claude_desktop_config.json"));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->format, CatalogFormat::Mcp);
        QCOMPARE(read->servers.size(), 3);
        const CatalogServer *fs = byName(read->servers, QStringLiteral("filesystem"));
        QVERIFY(fs);
        QCOMPARE(fs->kind, CatalogServer::Kind::Stdio);
        QCOMPARE(fs->command, QStringLiteral("npx"));
        QCOMPARE(fs->args.size(), 4); // the trailing comma added no argument
        QCOMPARE(fs->args.last(), QStringLiteral("/home/dev/My Documents"));
        QVERIFY(fs->sourceFile.endsWith(QStringLiteral("claude_desktop_config.json")));
        const CatalogServer *github = byName(read->servers, QStringLiteral("github"));
        QVERIFY(github);
        QCOMPARE(github->env.value(QStringLiteral("GITHUB_TOOLSETS")),
                 QStringLiteral("repos,issues"));
        // The unknown field is kept and said.
        QCOMPARE(github->extra.value(QStringLiteral("disabled")), QJsonValue(false));
        QVERIFY(github->notes.join(u' ').contains(QStringLiteral("disabled")));
        // The file's own settings are not servers, and it says so.
        QVERIFY(read->notes.join(u' ').contains(QStringLiteral("globalShortcut")));
        // Read as the Claude format, the same servers carry that source.
        const auto asClaude = readCatalogSourceFile(fixture("claude_desktop_config.json"),
                                                    CatalogFormat::ClaudeDesktop);
        QVERIFY(asClaude);
        QCOMPARE(asClaude->servers.first().sourceFormat, CatalogFormat::ClaudeDesktop);
    }

    void cursor()
    {
        const auto read = readCatalogSourceFile(fixture("cursor_mcp.json"), CatalogFormat::Cursor);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->servers.size(), 3);
        const CatalogServer *linear = byName(read->servers, QStringLiteral("linear"));
        QCOMPARE(linear->kind, CatalogServer::Kind::Sse);
        QCOMPARE(linear->url, QStringLiteral("https://mcp.linear.app/sse"));
        const CatalogServer *api = byName(read->servers, QStringLiteral("internal-api"));
        QCOMPARE(api->kind, CatalogServer::Kind::Http); // a url without a type
        QCOMPARE(api->headers.value(QStringLiteral("X-Team")), QStringLiteral("platform"));
        const CatalogServer *sqlite = byName(read->servers, QStringLiteral("sqlite"));
        QCOMPARE(sqlite->env.value(QStringLiteral("RETRIES")), QStringLiteral("3"));
        QVERIFY(sqlite->notes.join(u' ').contains(QStringLiteral("RETRIES")));
        QCOMPARE(sqlite->extra.value(QStringLiteral("envFile")).toString(),
                 QStringLiteral("${workspaceFolder}/.env"));
    }

    void vscodeMcpJson()
    {
        const auto read = readCatalogSourceFile(fixture("vscode_mcp.json"));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->format, CatalogFormat::VsCode);
        QCOMPARE(read->servers.size(), 3);
        const CatalogServer *p = byName(read->servers, QStringLiteral("Perplexity"));
        QCOMPARE(p->kind, CatalogServer::Kind::Stdio);
        // ${input:…} stays as written, and the note names the input and its prompt.
        QCOMPARE(p->env.value(QStringLiteral("PERPLEXITY_API_KEY")),
                 QStringLiteral("${input:perplexity-key}"));
        const QString notes = p->notes.join(u' ');
        QVERIFY(notes.contains(QStringLiteral("perplexity-key")));
        QVERIFY(notes.contains(QStringLiteral("Perplexity API Key")));
        QVERIFY(notes.contains(QStringLiteral("password")));
        const CatalogServer *gh = byName(read->servers, QStringLiteral("github"));
        QCOMPARE(gh->kind, CatalogServer::Kind::Http);
        QCOMPARE(gh->extra.value(QStringLiteral("dev")).toObject().value(QStringLiteral("watch")),
                 QJsonValue(QStringLiteral("src/**/*.ts")));
        QCOMPARE(byName(read->servers, QStringLiteral("legacy-sse"))->kind,
                 CatalogServer::Kind::Sse);
    }

    void vscodeSettings()
    {
        const auto read = readCatalogSourceFile(fixture("vscode_settings.json"));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->format, CatalogFormat::VsCode);
        QCOMPARE(read->servers.size(), 1);
        QCOMPARE(read->servers.first().name, QStringLiteral("fetch"));
        QCOMPARE(read->servers.first().args, QStringList{QStringLiteral("mcp-server-fetch")});
        QVERIFY(!read->notes.isEmpty()); // the editor's other settings were not imported
    }

    void serverJson()
    {
        const auto read = readCatalogSourceFile(fixture("server.json"));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->format, CatalogFormat::ServerJson);
        QCOMPARE(read->servers.size(), 2);
        const CatalogServer *npm = byName(read->servers, QStringLiteral("weather-npm"));
        QVERIFY(npm);
        QCOMPARE(npm->command, QStringLiteral("npx"));
        QCOMPARE(npm->args,
                 (QStringList{QStringLiteral("-y"), QStringLiteral("@example/weather-mcp@1.2.0"),
                              QStringLiteral("--units"), QStringLiteral("metric"),
                              QStringLiteral("<city>")}));
        QVERIFY(npm->notes.join(u' ').contains(QStringLiteral("<city>")));
        QCOMPARE(npm->env.value(QStringLiteral("REGION")), QStringLiteral("eu"));
        // isSecret marks WEATHER_SERVICE secret though its name is not.
        QVERIFY(npm->secretHints.contains(QStringLiteral("env/WEATHER_SERVICE")));
        const CatalogServer *remote =
            byName(read->servers, QStringLiteral("weather-streamable-http"));
        QVERIFY(remote);
        QCOMPARE(remote->kind, CatalogServer::Kind::Http);
        QCOMPARE(remote->url, QStringLiteral("https://weather.example.com/mcp"));
        QCOMPARE(remote->headers.value(QStringLiteral("X-Weather-Key")),
                 QStringLiteral("wk-0123456789abcdef"));
    }

    void malformedSaysLineAndColumn()
    {
        const auto read = readCatalogSourceFile(fixture("malformed.json"));
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::JsonSyntax);
        QVERIFY2(read.error().message.contains(QStringLiteral("Line 5, column 7")),
                 qPrintable(read.error().message));
        QVERIFY(read.error().message.contains(QStringLiteral("Nothing was imported")));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // in the error message
        QTest::addColumn<int>("code");
        QTest::newRow("unterminated comment")
            << QByteArray("{\"mcpServers\": {} /* never ends") << QStringLiteral("Line 1")
            << int(ErrorCode::JsonSyntax);
        QTest::newRow("garbage after")
            << QByteArray("{\"mcpServers\": {}}\n// fine\n}") << QStringLiteral("Line 3, column 1")
            << int(ErrorCode::JsonSyntax);
        QTest::newRow("NUL inside")
            << QByteArray("{\"mcpServers\": {}}\0x", 20) << QStringLiteral("Line 1, column 19")
            << int(ErrorCode::JsonSyntax);
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << QStringLiteral("list") << int(ErrorCode::CatalogShape);
        QTest::newRow("no servers") << QByteArray("{\"theme\": 1}") << QStringLiteral("mcpServers")
                                    << int(ErrorCode::CatalogShape);
        QTest::newRow("servers not an object")
            << QByteArray("{\"mcpServers\": []}") << QStringLiteral("not an object")
            << int(ErrorCode::CatalogShape);
        QTest::newRow("args not a list")
            << QByteArray("{\"mcpServers\": {\"a\": {\"command\": \"x\", \"args\": \"-y\"}}}")
            << QStringLiteral("\"a\"") << int(ErrorCode::CatalogShape);
        QTest::newRow("neither command nor url")
            << QByteArray("{\"mcpServers\": {\"ok\": {\"command\": \"x\"}, \"bad\": {}}}")
            << QStringLiteral("\"bad\" has neither") << int(ErrorCode::CatalogShape);
        QTest::newRow("env object value")
            << QByteArray("{\"mcpServers\": {\"a\": {\"command\": \"x\", \"env\": {\"K\": {}}}}}")
            << QStringLiteral("K") << int(ErrorCode::CatalogShape);
        QTest::newRow("too deep") << QByteArray(200, '[') << QStringLiteral("deeper")
                                  << int(ErrorCode::JsonSyntax);
    }
    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QFETCH(int, code);
        const auto read = readCatalogSource(json);
        QVERIFY(!read);
        QCOMPARE(int(read.error().code), code);
        QVERIFY2(read.error().message.contains(expected), qPrintable(read.error().message));
    }

    void repeatedNamesGetASuffix()
    {
        const QByteArray json = "{\"mcpServers\": {\n"
                                "  \"a\": {\"command\": \"one\"},\n"
                                "  \"a\": {\"command\": \"two\"}\n}}";
        const auto read = readCatalogSource(json);
        QVERIFY(read);
        QCOMPARE(read->servers.size(), 2);
        QCOMPARE(byName(read->servers, QStringLiteral("a"))->command, QStringLiteral("one"));
        QCOMPARE(byName(read->servers, QStringLiteral("a-2"))->command, QStringLiteral("two"));
        QVERIFY2(read->notes.join(u' ').contains(QStringLiteral("Line 3")),
                 qPrintable(read->notes.join(u' ')));
    }

    void lineAndColumnCountCharacters()
    {
        const QByteArray text = "ab\n\xc3\xa9x"; // é is two bytes, one character
        QCOMPARE(lineAndColumn(text, 5), std::make_pair(2, 2));
        QCOMPARE(lineAndColumn(text, 0), std::make_pair(1, 1));
    }

    void writerRoundTrip()
    {
        const auto read = readCatalogSourceFile(fixture("cursor_mcp.json"));
        QVERIFY(read);
        const auto again = readCatalogSource(writeMcpJson(read->servers));
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->servers.size(), read->servers.size());
        for (const CatalogServer &s : read->servers) {
            const CatalogServer *t = byName(again->servers, s.name);
            QVERIFY(t);
            QCOMPARE(t->kind, s.kind);
            QCOMPARE(t->command, s.command);
            QCOMPARE(t->args, s.args);
            QCOMPARE(t->env, s.env);
            QCOMPARE(t->url, s.url);
            QCOMPARE(t->headers, s.headers);
            QCOMPARE(t->extra, s.extra);
        }
    }

    void secretsLeaveTheServer()
    {
        auto read = readCatalogSourceFile(fixture("claude_desktop_config.json"));
        QVERIFY(read);
        CatalogServer github = *byName(read->servers, QStringLiteral("github"));
        const auto secrets = extractSecrets(github);
        const QString ref =
            QStringLiteral("keychain:catalog/github/env/GITHUB_PERSONAL_ACCESS_TOKEN");
        QCOMPARE(secrets.value(ref), QStringLiteral("ghp_exampleExampleExample1234567890"));
        QCOMPARE(github.env.value(QStringLiteral("GITHUB_PERSONAL_ACCESS_TOKEN")), ref);
        QCOMPARE(github.env.value(QStringLiteral("GITHUB_TOOLSETS")),
                 QStringLiteral("repos,issues"));
        QCOMPARE(secretReferences(github), QStringList{ref});
        QCOMPARE(withPlaceholders(github).env.value(QStringLiteral("GITHUB_PERSONAL_ACCESS_TOKEN")),
                 QStringLiteral("[REDACTED]"));
        const auto back = withSecrets(github, secrets);
        QVERIFY(back);
        QCOMPARE(back->env, byName(read->servers, QStringLiteral("github"))->env);
        QVERIFY(!withSecrets(github, {}));

        // Headers: Authorization by name, a bearer value whatever its name;
        // an editor's reference is not a secret.
        CatalogServer api;
        api.name = QStringLiteral("api");
        api.kind = CatalogServer::Kind::Http;
        api.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer abc")},
                       {QStringLiteral("X-Forward"), QStringLiteral("bearer xyz")},
                       {QStringLiteral("X-Key"), QStringLiteral("${input:key}")},
                       {QStringLiteral("X-Team"), QStringLiteral("platform")}};
        api.extra =
            QJsonObject{{QStringLiteral("oauth"),
                         QJsonObject{{QStringLiteral("clientSecret"), QStringLiteral("cs-1")}}}};
        const auto apiSecrets = extractSecrets(api);
        QCOMPARE(apiSecrets.size(), 3);
        QCOMPARE(api.headers.value(QStringLiteral("X-Key")), QStringLiteral("${input:key}"));
        QCOMPARE(api.headers.value(QStringLiteral("X-Team")), QStringLiteral("platform"));
        QCOMPARE(api.extra.value(QStringLiteral("oauth"))
                     .toObject()
                     .value(QStringLiteral("clientSecret")),
                 QJsonValue(QStringLiteral("keychain:catalog/api/extra/oauth/clientSecret")));
    }

    void secretNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        for (const char *n :
             {"GITHUB_PERSONAL_ACCESS_TOKEN", "OPENAI_API_KEY", "apiKey", "Authorization", "Cookie",
              "DB_PASSWORD", "client_secret", "X-Api-Key", "SLACK_BOT_TOKEN",
              "AWS_SECRET_ACCESS_KEY", "GITLAB_PAT"})
            QTest::newRow(n) << QString::fromLatin1(n) << true;
        for (const char *n : {"LOG_LEVEL", "GITHUB_TOOLSETS", "KEYBOARD_LAYOUT", "X-Team", "PATH",
                              "REGION", "Accept"})
            QTest::newRow(n) << QString::fromLatin1(n) << false;
    }
    void secretNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(isSecretName(name), secret);
    }

    void catalogFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/catalog.json"));
        ServerCatalog catalog;
        QVERIFY(catalog.load(path)); // missing: empty
        QVERIFY(catalog.servers().isEmpty());
        QVERIFY(!catalog.identity().isEmpty());
        const auto read = readCatalogSourceFile(fixture("cursor_mcp.json"));
        QVERIFY(read);
        for (const CatalogServer &s : read->servers)
            QVERIFY(catalog.add(s));
        QVERIFY(!catalog.add(read->servers.first())); // never overwrites
        QCOMPARE(catalog.uniqueName(QStringLiteral("linear")), QStringLiteral("linear-2"));
        QCOMPARE(catalog.uniqueName(QStringLiteral("linear"), {QStringLiteral("linear-2")}),
                 QStringLiteral("linear-3"));
        QVERIFY(catalog.save());
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);

        // Read back: the same servers, the same identity.
        ServerCatalog again;
        QVERIFY(again.load(path));
        QCOMPARE(again.identity(), catalog.identity());
        QCOMPARE(again.servers().size(), 3);
        QCOMPARE(*again.find(QStringLiteral("sqlite")), *catalog.find(QStringLiteral("sqlite")));

        // A hand edit with a comment, a trailing comma and unknown fields
        // reads, and keeps them.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        text.replace("\"identity\"", "// edited by hand\n  \"future\": [1],\n  \"identity\"");
        text.replace("\"kind\": \"sse\"", "\"pinned\": true, \"kind\": \"sse\"");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        ServerCatalog edited;
        const auto loaded = edited.load(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(edited.find(QStringLiteral("linear"))->extra.value(QStringLiteral("pinned")),
                 QJsonValue(true));
        QVERIFY(edited.toJson().contains("\"future\""));

        // Broken: an error with line and column, and the catalog untouched.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\n  \"format\": \"mcpscope-catalog\",\n  \"servers\": [ }\n");
        file.close();
        const auto broken = edited.load(path);
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, ErrorCode::CatalogFile);
        QVERIFY2(broken.error().message.contains(QStringLiteral("Line 3")),
                 qPrintable(broken.error().message));
        QCOMPARE(edited.servers().size(), 3);
        QCOMPARE(edited.path(), path);
    }

    void commandLineSplitsBack()
    {
        CatalogServer s;
        s.command = QStringLiteral("/opt/my tools/node");
        s.args = {QStringLiteral("-y"), QStringLiteral("a \"quoted\" arg"),
                  QStringLiteral("/home/dev/My Documents"), QStringLiteral("plain")};
        QCOMPARE(QProcess::splitCommand(catalogCommandLine(s)), QStringList{s.command} + s.args);
    }
};

QTEST_GUILESS_MAIN(TestCatalogFormats)
#include "tst_catalog_formats.moc"
