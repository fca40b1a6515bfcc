#include "error_code_testing.h"
#include "misbehaving_server.h"
#include "net/http_client.h"
#include "oauth/oauth_metadata.h"
#include "vault/token_vault.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace mcpscope;
using namespace mcpscope::testing;

// The token vault when SQLite refuses: another program plants a trigger (or
// changes the file) from a second connection, as any program with the file
// could, so that SQLite itself refuses a write with a reason we choose. Each
// case checks the exact error the user sees, that nothing half-done stays,
// and that the vault works again once the trigger is gone. Secrets go to
// the real keychain (gnome-keyring on the test's D-Bus session).
class TestTokenVaultDatabaseFailures : public QObject
{
    Q_OBJECT

    static constexpr const char *kService = "McpScope-test-db-failures";

    template <typename T>
    static std::optional<T> await(const std::function<void(std::function<void(const T &)>)> &op)
    {
        std::optional<T> outcome;
        op([&outcome](const T &r) { outcome = r; });
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000);
        return outcome;
    }

    // Runs statements on path from a connection of its own; "" when all ran,
    // else SQLite's complaint.
    static QString plant(const QString &path, const QStringList &statements)
    {
        const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open())
                problem = db.lastError().text();
            QSqlQuery q(db);
            for (const QString &statement : statements)
                if (problem.isEmpty() && !q.exec(statement))
                    problem = statement + QStringLiteral(": ") + q.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        return problem;
    }
    static QString refuse(const char *when, const char *table)
    {
        return QStringLiteral("CREATE TRIGGER planted BEFORE %1 ON %2 BEGIN SELECT RAISE(ABORT, "
                              "'planted refusal'); END")
            .arg(QLatin1String(when), QLatin1String(table));
    }
    static QString dropPlanted() { return QStringLiteral("DROP TRIGGER planted"); }

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // Authorization server metadata whose token endpoint is origin/token.
    static AuthServerMetadata serverAt(const QString &origin)
    {
        const QByteArray json = "{\"issuer\":\"" + origin.toUtf8() +
                                "\",\"authorization_endpoint\":\"" + origin.toUtf8() +
                                "/authorize\",\"token_endpoint\":\"" + origin.toUtf8() +
                                "/token\",\"code_challenge_methods_supported\":[\"S256\"]}";
        const auto parsed = parseAuthServerMetadata(json);
        return parsed ? *parsed : AuthServerMetadata{};
    }
    static TokenSet tokens(const QString &access, const QString &refresh = {})
    {
        TokenSet t;
        t.accessToken = access;
        t.refreshToken = refresh;
        t.tokenType = QStringLiteral("Bearer");
        t.scope = QStringLiteral("mcp:tools");
        t.obtainedAtMs = 1'700'000'000'000;
        t.expiresAtMs = t.obtainedAtMs + 3600 * 1000;
        return t;
    }
    static OAuthClient client()
    {
        return OAuthClient{QStringLiteral("db-failure-client"),
                           {},
                           QStringLiteral("none"),
                           QStringLiteral("pre-registered"),
                           {}};
    }
    static std::optional<Result<qint64>> store(TokenVault &vault, const QString &resource,
                                               const AuthServerMetadata &server,
                                               const TokenSet &set)
    {
        return await<Result<qint64>>(
            [&](auto cb) { vault.store(resource, server, client(), set, cb); });
    }
    static std::optional<Result<QString>> header(TokenVault &vault, qint64 id)
    {
        return await<Result<QString>>([&](auto cb) { vault.authorizationHeader(id, cb); });
    }
    static std::optional<Result<void>> removed(TokenVault &vault, qint64 id)
    {
        return await<Result<void>>([&](auto cb) { vault.remove(id, cb); });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A refused insert: the credential is not stored, its secrets are not
    // written, and the error quotes SQLite. Without the trigger it works.
    void refusedInsertStoresNothing()
    {
        const QString file = path("insert.sqlite");
        TokenVault vault;
        QVERIFY(vault.openAndWait(file, QLatin1String(kService)));
        QVERIFY2(vault.keychainAvailable(), qPrintable(vault.keychainProblem()));
        QCOMPARE(plant(file, {refuse("INSERT", "credentials")}), QString());
        const AuthServerMetadata server = serverAt(QStringLiteral("http://127.0.0.1:9/as"));
        const QString resource = QStringLiteral("http://127.0.0.1:9/mcp");
        const auto refused = store(vault, resource, server, tokens(QStringLiteral("at-1")));
        QVERIFY(refused && !*refused);
        QCOMPARE(refused->error().code, ErrorCode::VaultWrite);
        QVERIFY2(refused->error().message ==
                     (QStringLiteral(
                         "Could not save the credential: planted refusal Unable to fetch row")),
                 qPrintable(refused->error().message));
        QVERIFY(vault.credentials().isEmpty());

        QCOMPARE(plant(file, {dropPlanted()}), QString());
        const auto stored = store(vault, resource, server, tokens(QStringLiteral("at-2")));
        QVERIFY(stored && *stored);
        const auto bearer = header(vault, **stored);
        QVERIFY(bearer && *bearer);
        QCOMPARE(**bearer, QStringLiteral("Authorization: Bearer at-2"));
        QVERIFY(removed(vault, **stored).value_or(Result<void>{}));
    }

    // A refused delete: the credential and its secrets stay, as they were.
    void refusedDeleteKeepsTheCredential()
    {
        const QString file = path("delete.sqlite");
        TokenVault vault;
        QVERIFY(vault.openAndWait(file, QLatin1String(kService)));
        const auto stored = store(vault, QStringLiteral("http://127.0.0.1:9/mcp"),
                                  serverAt(QStringLiteral("http://127.0.0.1:9/as")),
                                  tokens(QStringLiteral("kept")));
        QVERIFY(stored && *stored);
        const qint64 id = **stored;
        QCOMPARE(plant(file, {refuse("DELETE", "credentials")}), QString());
        const auto refused = removed(vault, id);
        QVERIFY(refused && !*refused);
        QCOMPARE(refused->error().code, ErrorCode::VaultWrite);
        QVERIFY2(refused->error().message ==
                     (QStringLiteral(
                         "Could not delete the credential: planted refusal Unable to fetch row")),
                 qPrintable(refused->error().message));
        QVERIFY(vault.credential(id));
        const auto bearer = header(vault, id);
        QVERIFY(bearer && *bearer);
        QCOMPARE(**bearer, QStringLiteral("Authorization: Bearer kept"));

        QCOMPARE(plant(file, {dropPlanted()}), QString());
        const auto gone = removed(vault, id);
        QVERIFY(gone && *gone);
        QVERIFY(!vault.credential(id));
    }

    // The issuer answers the refresh, but the new expiry cannot be saved:
    // the refresh fails with SQLite's reason, and the old access token is
    // still the one used.
    void refreshWhoseMetadataCannotBeSavedFails()
    {
        MisbehavingServer server;
        server.serve("/token", 200, "application/json",
                     "{\"access_token\":\"at-new\",\"token_type\":\"Bearer\",\"expires_in\":600}");
        const QString file = path("refresh.sqlite");
        TokenVault vault;
        QVERIFY(vault.openAndWait(file, QLatin1String(kService)));
        const auto stored =
            store(vault, server.url(QStringLiteral("/mcp")), serverAt(server.url(QString())),
                  tokens(QStringLiteral("at-old"), QStringLiteral("rt-old")));
        QVERIFY(stored && *stored);
        const qint64 id = **stored;
        const qint64 expiresBefore = vault.credential(id)->expiresAtMs;
        QCOMPARE(plant(file, {refuse("UPDATE", "credentials")}), QString());
        HttpClient http;
        const auto refreshed = await<Result<void>>([&](auto cb) { vault.refresh(id, &http, cb); });
        QVERIFY(refreshed && !*refreshed);
        QCOMPARE(refreshed->error().code, ErrorCode::VaultWrite);
        QVERIFY2(refreshed->error().message ==
                     (QStringLiteral(
                         "Could not save the credential: planted refusal Unable to fetch row")),
                 qPrintable(refreshed->error().message));
        QCOMPARE(vault.credential(id)->expiresAtMs, expiresBefore);
        const auto bearer = header(vault, id);
        QVERIFY(bearer && *bearer);
        QCOMPARE(**bearer, QStringLiteral("Authorization: Bearer at-old"));

        QCOMPARE(plant(file, {dropPlanted()}), QString());
        const auto again = await<Result<void>>([&](auto cb) { vault.refresh(id, &http, cb); });
        QVERIFY2(again && *again, again && !*again ? qPrintable(again->error().message) : "");
        const auto renewed = header(vault, id);
        QVERIFY(renewed && *renewed);
        QCOMPARE(**renewed, QStringLiteral("Authorization: Bearer at-new"));
        QVERIFY(vault.credential(id)->expiresAtMs > expiresBefore);
        QVERIFY(removed(vault, id).value_or(Result<void>{}));
    }

    // A vault file of the schema before identities (user_version 0) whose
    // identity row cannot be written: opening fails, naming the step and
    // SQLite's reason, and the file is left as it was (still version 0).
    void legacyFileWhoseIdentityCannotBeWrittenIsNotOpened()
    {
        const QString file = path("legacy-identity.sqlite");
        QCOMPARE(plant(file, {QStringLiteral("CREATE TABLE vault (identity TEXT NOT NULL, path "
                                             "TEXT)"),
                              refuse("INSERT", "vault")}),
                 QString());
        TokenVault vault;
        const auto opened = vault.open(file, QLatin1String(kService));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::VaultOpen);
        QVERIFY2(opened.error().message ==
                     (QStringLiteral("Could not prepare the token vault's database (identity): "
                                     "planted refusal Unable to fetch row")),
                 qPrintable(opened.error().message));
        QStringList version;
        const QString name = QStringLiteral("check-legacy-identity");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            version << q.value(0).toString();
            QVERIFY(!q.exec(QStringLiteral("SELECT id FROM credentials")));
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(version, QStringList{QStringLiteral("0")});
    }

    // A legacy file whose old identity row cannot be cleared.
    void legacyFileWhoseIdentityCannotBeClearedIsNotOpened()
    {
        const QString file = path("legacy-clear.sqlite");
        QCOMPARE(
            plant(file, {QStringLiteral("CREATE TABLE vault (identity TEXT NOT NULL, path TEXT)"),
                         QStringLiteral("INSERT INTO vault (identity) VALUES ('old-identity')"),
                         refuse("DELETE", "vault")}),
            QString());
        TokenVault vault;
        const auto opened = vault.open(file, QLatin1String(kService));
        QVERIFY(!opened);
        QVERIFY2(opened.error().message ==
                     (QStringLiteral("Could not prepare the token vault's database (vault): "
                                     "planted refusal Unable to fetch row")),
                 qPrintable(opened.error().message));
    }

    // A legacy file whose credentials "table" is a view (not McpScope's):
    // it cannot be dropped, and opening says so.
    void legacyFileWithAForeignCredentialsViewIsNotOpened()
    {
        const QString file = path("legacy-view.sqlite");
        QCOMPARE(plant(file, {QStringLiteral("CREATE VIEW credentials AS SELECT 1 AS id")}),
                 QString());
        TokenVault vault;
        const auto opened = vault.open(file, QLatin1String(kService));
        QVERIFY(!opened);
        QVERIFY2(opened.error().message ==
                     (QStringLiteral(
                         "Could not prepare the token vault's database (drop): use DROP VIEW "
                         "to delete view credentials Unable to execute statement")),
                 qPrintable(opened.error().message));
    }

    // A current vault file whose identity row was deleted by someone else.
    void vaultFileWithoutItsIdentityIsNotOpened()
    {
        const QString file = path("no-identity.sqlite");
        {
            TokenVault first;
            QVERIFY(first.openAndWait(file, QLatin1String(kService)));
        }
        QCOMPARE(plant(file, {QStringLiteral("DELETE FROM vault")}), QString());
        TokenVault vault;
        const auto opened = vault.open(file, QLatin1String(kService));
        QVERIFY(!opened);
        QCOMPARE(opened.error().message,
                 QStringLiteral("The token vault's database %1 has lost its identity (the vault "
                                "table is empty); it is left as it is. Move it aside to start a "
                                "new vault.")
                     .arg(file));
    }

    // A vault file moved elsewhere records its new path on opening; when
    // that write is refused, it is not opened, and once allowed it opens
    // with its identity kept.
    void movedVaultWhosePathCannotBeRecordedIsNotOpened()
    {
        const QString before = path("moved-before.sqlite");
        const QString after = path("moved-after.sqlite");
        QString identity;
        {
            TokenVault first;
            QVERIFY(first.openAndWait(before, QLatin1String(kService)));
            identity = first.identity();
        }
        QVERIFY(QFile::rename(before, after));
        QCOMPARE(plant(after, {refuse("UPDATE", "vault")}), QString());
        {
            TokenVault vault;
            const auto opened = vault.open(after, QLatin1String(kService));
            QVERIFY(!opened);
            QVERIFY2(opened.error().message ==
                         (QStringLiteral("Could not prepare the token vault's database (path): "
                                         "planted refusal Unable to fetch row")),
                     qPrintable(opened.error().message));
        }
        QCOMPARE(plant(after, {dropPlanted()}), QString());
        TokenVault vault;
        QVERIFY(vault.openAndWait(after, QLatin1String(kService)));
        QCOMPARE(vault.identity(), identity);
        QVERIFY(vault.notice().isEmpty());
    }

    // A copy of a vault file drops the copied credentials; when SQLite
    // refuses that, the copy is not opened (it would share the original's
    // keychain entries).
    void copiedVaultWhoseCredentialsCannotBeDroppedIsNotOpened()
    {
        const QString original = path("original.sqlite");
        const QString copy = path("copy.sqlite");
        {
            TokenVault first;
            QVERIFY(first.openAndWait(original, QLatin1String(kService)));
        }
        QCOMPARE(plant(original,
                       {QStringLiteral("INSERT INTO credentials (resource, issuer, client_id) "
                                       "VALUES ('http://127.0.0.1:9/mcp', 'http://127.0.0.1:9/as', "
                                       "'copied-client')")}),
                 QString());
        QVERIFY(QFile::copy(original, copy));
        QCOMPARE(plant(copy, {refuse("DELETE", "credentials")}), QString());
        {
            TokenVault vault;
            const auto opened = vault.open(copy, QLatin1String(kService));
            QVERIFY(!opened);
            QVERIFY2(opened.error().message ==
                         (QStringLiteral("Could not prepare the token vault's database (copy): "
                                         "planted refusal Unable to fetch row")),
                     qPrintable(opened.error().message));
        }
        QCOMPARE(plant(copy, {dropPlanted()}), QString());
        TokenVault vault;
        QVERIFY(vault.openAndWait(copy, QLatin1String(kService)));
        QVERIFY(vault.credentials().isEmpty());
        QVERIFY(vault.notice().startsWith(QStringLiteral("This vault file is a copy of ")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTokenVaultDatabaseFailures)
#include "tst_token_vault_database_failures.moc"
