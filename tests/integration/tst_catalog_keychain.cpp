// The catalog's side of the OS keychain (catalog/catalog_secrets.h) against
// a real Secret Service (gnome-keyring under dbus-run-session, as the test
// runner starts it): import moves secrets in and renames clashes, resolve
// reads them back, remove takes them along, an import whose catalog cannot
// be saved leaves neither file nor keychain changed, and the errors for
// servers the catalog does not have.
#include "catalog/catalog_secrets.h"
#include "catalog/server_catalog.h"
#include "error_code_testing.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace mcpscope;

class TestCatalogKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // A service of its own: entries of this run never meet the user's.
    const QString m_service =
        QStringLiteral("McpScope-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    static CatalogServer httpServer(const QString &name, const QString &token)
    {
        CatalogServer s;
        s.name = name;
        s.kind = CatalogServer::Kind::Http;
        s.url = QStringLiteral("https://mcp.example/mcp");
        s.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token},
                     {QStringLiteral("X-Team"), QStringLiteral("core")}};
        return s;
    }

private slots:
    void initTestCase()
    {
        // The runner starts a Secret Service: without one this test fails.
        ServerCatalog probe;
        QVERIFY(probe.load(m_dir.filePath(QStringLiteral("probe.json"))));
        CatalogKeychain keychain(m_service);
        const auto imported = keychain.importServersAndWait(
            &probe, {httpServer(QStringLiteral("p"), QStringLiteral("probe-token-1"))});
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QVERIFY(keychain.removeServerAndWait(&probe, QStringLiteral("p")));
    }

    void importResolveRemove()
    {
        const QString path = m_dir.filePath(QStringLiteral("catalog.json"));
        ServerCatalog catalog;
        QVERIFY(catalog.load(path));
        CatalogKeychain keychain(m_service);

        const auto empty = keychain.resolveAndWait(catalog, QStringLiteral("gh"));
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::CatalogNoServer);
        QVERIFY(empty.error().message.contains(QStringLiteral("it is empty")));

        const auto imported = keychain.importServersAndWait(
            &catalog, {httpServer(QStringLiteral("gh"), QStringLiteral("tok-first-123")),
                       httpServer(QStringLiteral("gh"), QStringLiteral("tok-second-456"))});
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(*imported, (QStringList{QStringLiteral("gh"), QStringLiteral("gh-2")}));
        // The file holds references, never the tokens.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(!onDisk.contains("tok-first-123"));
        QVERIFY(!onDisk.contains("tok-second-456"));
        QVERIFY(onDisk.contains("keychain:catalog/gh-2/headers/Authorization"));
        QVERIFY(catalog.find(QStringLiteral("gh-2"))
                    ->notes.join(u' ')
                    .contains(QStringLiteral("already has a server named \"gh\"")));

        // Read back from the keychain, each under its own name.
        const auto second = keychain.resolveAndWait(catalog, QStringLiteral("gh-2"));
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        QCOMPARE(second->headers.value(QStringLiteral("Authorization")),
                 QStringLiteral("Bearer tok-second-456"));
        QCOMPARE(second->headers.value(QStringLiteral("X-Team")), QStringLiteral("core"));
        const auto unknown = keychain.resolveAndWait(catalog, QStringLiteral("nope"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::CatalogNoServer);
        QVERIFY(unknown.error().message.contains(QStringLiteral("it has: gh, gh-2")));

        // Removing takes the entry along: the old copy's reference no longer reads.
        const ServerCatalog before = catalog;
        QVERIFY(keychain.removeServerAndWait(&catalog, QStringLiteral("gh")));
        QVERIFY(!catalog.find(QStringLiteral("gh")));
        const auto gone = keychain.resolveAndWait(before, QStringLiteral("gh"));
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::CatalogKeychain);
        QVERIFY(gone.error().message.startsWith(QStringLiteral("Could not read")));
        const auto again = keychain.removeServerAndWait(&catalog, QStringLiteral("gh"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::CatalogNoServer);
        // Reloaded from its file: one server left, its secret still there.
        ServerCatalog reloaded;
        QVERIFY(reloaded.load(path));
        QCOMPARE(reloaded.servers().size(), 1);
        QVERIFY(keychain.resolveAndWait(reloaded, QStringLiteral("gh-2")));
        QVERIFY(keychain.removeServerAndWait(&reloaded, QStringLiteral("gh-2")));
    }

    void importThatCannotBeSavedLeavesNothing()
    {
        // The catalog's folder is a file: save() fails after the secrets were written.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile block(blocker);
        QVERIFY(block.open(QIODevice::WriteOnly));
        block.close();
        ServerCatalog catalog;
        QVERIFY(catalog.load(blocker + QStringLiteral("/catalog.json")));
        CatalogKeychain keychain(m_service);
        const auto imported = keychain.importServersAndWait(
            &catalog, {httpServer(QStringLiteral("lost"), QStringLiteral("tok-lost-789"))});
        QVERIFY(!imported);
        QVERIFY(catalog.servers().isEmpty());
        // The secret written first was deleted again.
        ServerCatalog ghost;
        CatalogServer referenced = httpServer(QStringLiteral("lost"), QString());
        referenced.headers[QStringLiteral("Authorization")] =
            QStringLiteral("keychain:catalog/lost/headers/Authorization");
        // Same identity as the failed catalog, so the same keychain entry.
        QFile ghostFile(m_dir.filePath(QStringLiteral("ghost.json")));
        QVERIFY(ghostFile.open(QIODevice::WriteOnly));
        ghostFile.write(QStringLiteral("{\"format\":\"mcpscope-catalog\",\"version\":1,"
                                       "\"identity\":\"%1\",\"servers\":[]}")
                            .arg(catalog.identity())
                            .toUtf8());
        ghostFile.close();
        QVERIFY(ghost.load(m_dir.filePath(QStringLiteral("ghost.json"))));
        QCOMPARE(ghost.identity(), catalog.identity());
        QVERIFY(ghost.add(referenced));
        const auto read = keychain.resolveAndWait(ghost, QStringLiteral("lost"));
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::CatalogKeychain);
    }
};

QTEST_GUILESS_MAIN(TestCatalogKeychain)
#include "tst_catalog_keychain.moc"
