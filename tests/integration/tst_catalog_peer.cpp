// The server catalog end to end (issue 16): a Claude Desktop config that
// starts server-everything over stdio with a secret in its environment is
// imported by mcpscope-cli; the secret goes to the keychain (a real
// gnome-keyring), not into catalog.json; `tools list --server NAME` and
// `tools call --server NAME get-env` talk to the real server with it.
#include "catalog/catalog_secrets.h"
#include "catalog/server_catalog.h"
#include "cli_run.h"
#include "node_peer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestCatalogPeer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_catalog;
    QString m_config;
    // A fresh value each run, long enough for the secret set.
    const QString m_secret =
        QStringLiteral("evt-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    CliRun cli(QStringList args)
    {
        args << QStringLiteral("--catalog") << m_catalog;
        return runCli(args);
    }

private slots:
    void initTestCase()
    {
        const QString script =
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
        if (!QFile::exists(script) || nodeBinary().isEmpty())
            QSKIP("server-everything or node not installed (scripts/setup.sh tests)");
        QVERIFY(m_dir.isValid());
        m_catalog = m_dir.filePath(QStringLiteral("catalog.json"));
        m_config = m_dir.filePath(QStringLiteral("claude_desktop_config.json"));
        const QJsonObject config{
            {QStringLiteral("globalShortcut"), QStringLiteral("Ctrl+Space")},
            {QStringLiteral("mcpServers"),
             QJsonObject{
                 {QStringLiteral("everything"),
                  QJsonObject{{QStringLiteral("command"), nodeBinary()},
                              {QStringLiteral("args"), QJsonArray{script, QStringLiteral("stdio")}},
                              {QStringLiteral("env"),
                               QJsonObject{{QStringLiteral("EVERYTHING_API_TOKEN"), m_secret},
                                           {QStringLiteral("CATALOG_NOTE"),
                                            QStringLiteral("plain-value")}}}}}}}};
        QFile file(m_config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // As people write it: a comment and a trailing comma.
        QByteArray text = QJsonDocument(config).toJson();
        text.replace("\"globalShortcut\"", "// mine\n    \"globalShortcut\"");
        // (the secret is the env object's last member: keys are sorted)
        const QByteArray quoted = '"' + m_secret.toUtf8() + '"';
        text.replace(quoted, QByteArray(quoted + ','));
        file.write(text);
    }

    void importsAClaudeDesktopConfig()
    {
        const CliRun run =
            cli({QStringLiteral("catalog"), QStringLiteral("import"), m_config,
                 QStringLiteral("--format"), QStringLiteral("claude"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray imported = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(imported.size(), 1);
        const QJsonObject server = imported.first().toObject();
        QCOMPARE(server.value(QStringLiteral("name")).toString(), QStringLiteral("everything"));
        QCOMPARE(server.value(QStringLiteral("kind")).toString(), QStringLiteral("stdio"));
        QCOMPARE(server.value(QStringLiteral("format")).toString(), QStringLiteral("claude"));
        QVERIFY(run.err.contains("globalShortcut")); // the file's own settings, said

        // The secret is in the keychain, not in the catalog file (0600).
        const QByteArray file = readFile(m_catalog);
        QVERIFY(!file.isEmpty());
        QVERIFY(!file.contains(m_secret.toUtf8()));
        QVERIFY(file.contains("keychain:catalog/everything/env/EVERYTHING_API_TOKEN"));
        QVERIFY(file.contains("plain-value"));
        QCOMPARE(QFile::permissions(m_catalog) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                      QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        ServerCatalog catalog;
        QVERIFY(catalog.load(m_catalog));
        CatalogKeychain keychain;
        const auto resolved = keychain.resolveAndWait(catalog, QStringLiteral("everything"));
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().message));
        QCOMPARE(resolved->env.value(QStringLiteral("EVERYTHING_API_TOKEN")), m_secret);
    }

    void toolsThroughTheCatalog()
    {
        const CliRun list = cli({QStringLiteral("tools"), QStringLiteral("list"),
                                 QStringLiteral("--server"), QStringLiteral("everything")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QVERIFY(list.out.contains("\"get-env\""));
        QVERIFY(list.out.contains("\"echo\""));

        // The server got the secret from the keychain in its environment.
        const CliRun env =
            cli({QStringLiteral("tools"), QStringLiteral("call"), QStringLiteral("--server"),
                 QStringLiteral("everything"), QStringLiteral("get-env")});
        QVERIFY2(env.exitCode == 0, env.err.constData());
        QVERIFY(env.out.contains("CATALOG_NOTE"));
        QVERIFY(env.out.contains("EVERYTHING_API_TOKEN"));
        QVERIFY2(env.out.contains(m_secret.toUtf8()), env.out.left(2000).constData());
    }

    void serverMisuse()
    {
        // --server and a URL (or --stdio) together: a usage error.
        const CliRun both = cli({QStringLiteral("tools"), QStringLiteral("list"),
                                 QStringLiteral("http://127.0.0.1:1/mcp"),
                                 QStringLiteral("--server"), QStringLiteral("everything")});
        QCOMPARE(both.exitCode, 1);
        QVERIFY(both.err.contains("--server"));
        const CliRun unknown = cli({QStringLiteral("tools"), QStringLiteral("list"),
                                    QStringLiteral("--server"), QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("everything"), unknown.err.constData()); // says what there is
    }

    void importAgainNeverOverwrites()
    {
        const CliRun run = cli({QStringLiteral("catalog"), QStringLiteral("import"), m_config});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith("everything-2\t"));
        const CliRun list =
            cli({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 2);
    }

    void exportAsksForSecrets()
    {
        const QString plain = m_dir.filePath(QStringLiteral("plain.json"));
        CliRun run = cli({QStringLiteral("catalog"), QStringLiteral("export"), plain});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QByteArray text = readFile(plain);
        QVERIFY(!text.contains(m_secret.toUtf8()));
        QVERIFY(text.contains("[REDACTED]"));
        QVERIFY(run.err.contains("--with-secrets"));

        const QString clear = m_dir.filePath(QStringLiteral("clear.json"));
        run = cli({QStringLiteral("catalog"), QStringLiteral("export"), clear,
                   QStringLiteral("--with-secrets")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        text = readFile(clear);
        QVERIFY(text.contains(m_secret.toUtf8()));
        QCOMPARE(QFile::permissions(clear) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(text.contains("\"mcpServers\""));
    }

    void removeTakesTheSecretAlong()
    {
        ServerCatalog before;
        QVERIFY(before.load(m_catalog));
        const CliRun run = cli(
            {QStringLiteral("catalog"), QStringLiteral("remove"), QStringLiteral("everything-2")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        ServerCatalog after;
        QVERIFY(after.load(m_catalog));
        QVERIFY(!after.find(QStringLiteral("everything-2")));
        QVERIFY(after.find(QStringLiteral("everything")));
        // The keychain entry is gone with it (the server's copy in "before").
        CatalogKeychain keychain;
        const auto gone = keychain.resolveAndWait(before, QStringLiteral("everything-2"));
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::CatalogKeychain);
        QVERIFY(keychain.resolveAndWait(after, QStringLiteral("everything")));
        const CliRun missing = cli(
            {QStringLiteral("catalog"), QStringLiteral("remove"), QStringLiteral("everything-2")});
        QCOMPARE(missing.exitCode, 1);
    }

    void brokenCatalogIsLeftAlone()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"format\": \"mcpscope-catalog\",\n  \"servers\": [,]\n}\n");
        file.close();
        const QByteArray before = readFile(broken);
        const CliRun run = runCli({QStringLiteral("catalog"), QStringLiteral("import"), m_config,
                                   QStringLiteral("--catalog"), broken});
        QCOMPARE(run.exitCode, 9);
        QVERIFY2(run.err.contains("Line 3"), run.err.constData());
        QCOMPARE(readFile(broken), before);
        // A malformed file to import: line and column, nothing imported.
        const CliRun bad =
            cli({QStringLiteral("catalog"), QStringLiteral("import"),
                 QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/fixtures/catalog/malformed.json")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("Line 5, column 7"), bad.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCatalogPeer)
#include "tst_catalog_peer.moc"
