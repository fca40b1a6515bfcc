#include "error_code_testing.h"
#include "misbehaving_server.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/oauth_metadata.h"
#include "vault/token_vault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The token vault with no Secret Service on the session bus (the bus
// address names a socket that does not exist, as on a desktop session
// without a keyring daemon): secrets live in this vault's memory only. What
// another vault on the same file (a later session) can and cannot do with
// the credentials whose secrets stayed behind, and that removing still works.
class TestTokenVaultWithoutKeychain : public QObject
{
    Q_OBJECT

    template <typename T>
    static std::optional<T> await(const std::function<void(std::function<void(const T &)>)> &op)
    {
        std::optional<T> outcome;
        op([&outcome](const T &r) { outcome = r; });
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000);
        return outcome;
    }

    static AuthServerMetadata serverAt(const QString &origin)
    {
        const QByteArray o = origin.toUtf8();
        const auto parsed = parseAuthServerMetadata(QByteArray(
            "{\"issuer\":\"" + o + "\",\"authorization_endpoint\":\"" + o +
            "/authorize\",\"token_endpoint\":\"" + o + "/token\",\"introspection_endpoint\":\"" +
            o + "/introspect\",\"code_challenge_methods_supported\":[\"S256\"]}"));
        return parsed ? *parsed : AuthServerMetadata{};
    }
    static TokenSet tokens()
    {
        TokenSet t;
        t.accessToken = QStringLiteral("memory-access-token");
        t.refreshToken = QStringLiteral("memory-refresh-token");
        t.tokenType = QStringLiteral("Bearer");
        t.scope = QStringLiteral("mcp:tools");
        t.obtainedAtMs = 1'700'000'000'000;
        t.expiresAtMs = t.obtainedAtMs + 3600 * 1000;
        return t;
    }
    static const QString &gone()
    {
        static const QString text =
            QStringLiteral("The secret is not in this session's memory (no keychain).");
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Before anything talks to D-Bus: no session bus, so no Secret Service.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mcpscope-test-bus");
        QVERIFY(m_dir.isValid());
    }

    // Stored in memory: readable in this session; a later session on the
    // same file keeps the metadata but none of the secrets, says so for
    // each use, and can still remove the credential.
    void secretsStayWithTheSessionThatStoredThem()
    {
        const QString file = m_dir.filePath(QStringLiteral("memory.sqlite"));
        MisbehavingServer server;
        const QString origin = server.url(QString());
        const QString resource = origin + QStringLiteral("/mcp");
        qint64 id = 0;
        {
            TokenVault vault;
            QVERIFY(vault.openAndWait(file, QStringLiteral("McpScope-test-no-keychain")));
            QVERIFY(!vault.keychainAvailable());
            QVERIFY2(vault.keychainProblem().startsWith(QStringLiteral("No OS keychain is "
                                                                       "available (")),
                     qPrintable(vault.keychainProblem()));
            const OAuthClient client{QStringLiteral("memory-client"),
                                     QStringLiteral("memory-client-secret"),
                                     QStringLiteral("client_secret_post"),
                                     QStringLiteral("pre-registered"),
                                     {}};
            const auto stored = await<Result<qint64>>(
                [&](auto cb) { vault.store(resource, serverAt(origin), client, tokens(), cb); });
            QVERIFY(stored && *stored);
            id = **stored;
            const auto bearer =
                await<Result<QString>>([&](auto cb) { vault.bearerToken(id, resource, cb); });
            QVERIFY(bearer && *bearer);
            QCOMPARE(**bearer, QStringLiteral("memory-access-token"));
        }

        TokenVault later;
        QVERIFY(later.openAndWait(file, QStringLiteral("McpScope-test-no-keychain")));
        QVERIFY(!later.keychainAvailable());
        const auto credential = later.credential(id);
        QVERIFY(credential);
        QVERIFY(credential->hasRefreshToken && credential->hasClientSecret);
        QCOMPARE(credential->clientId, QStringLiteral("memory-client"));

        const auto header =
            await<Result<QString>>([&](auto cb) { later.authorizationHeader(id, cb); });
        QVERIFY(header && !*header);
        QCOMPARE(header->error().code, ErrorCode::VaultMissing);
        QCOMPARE(header->error().message, gone());

        // Refresh and introspection need the client secret first: it is gone.
        HttpClient http;
        QSignalSpy sent(&http, &HttpClient::exchangeFinished);
        const auto refreshed = await<Result<void>>([&](auto cb) { later.refresh(id, &http, cb); });
        QVERIFY(refreshed && !*refreshed);
        QCOMPARE(refreshed->error().message, gone());
        const auto introspected =
            await<Result<QJsonObject>>([&](auto cb) { later.introspect(id, &http, cb); });
        QVERIFY(introspected && !*introspected);
        QCOMPARE(introspected->error().message, gone());
        QCOMPARE(sent.size(), 0); // nothing reached the issuer

        const auto removed = await<Result<void>>([&](auto cb) { later.remove(id, cb); });
        QVERIFY(removed && *removed);
        QVERIFY(!later.credential(id));
        QVERIFY(later.credentials().isEmpty());
    }

    // A public client (no secret): a later session gets as far as the
    // refresh token and the access token, and stops there.
    void publicClientStopsAtTheMissingToken()
    {
        const QString file = m_dir.filePath(QStringLiteral("public.sqlite"));
        MisbehavingServer server;
        const QString origin = server.url(QString());
        qint64 id = 0;
        {
            TokenVault vault;
            QVERIFY(vault.openAndWait(file, QStringLiteral("McpScope-test-no-keychain")));
            const OAuthClient client{QStringLiteral("public-client"),
                                     {},
                                     QStringLiteral("none"),
                                     QStringLiteral("dynamic"),
                                     {}};
            const auto stored = await<Result<qint64>>([&](auto cb) {
                vault.store(origin + QStringLiteral("/mcp"), serverAt(origin), client, tokens(),
                            cb);
            });
            QVERIFY(stored && *stored);
            id = **stored;
        }
        TokenVault later;
        QVERIFY(later.openAndWait(file, QStringLiteral("McpScope-test-no-keychain")));
        HttpClient http;
        QSignalSpy sent(&http, &HttpClient::exchangeFinished);
        const auto refreshed = await<Result<void>>([&](auto cb) { later.refresh(id, &http, cb); });
        QVERIFY(refreshed && !*refreshed);
        QCOMPARE(refreshed->error().code, ErrorCode::VaultMissing);
        QCOMPARE(refreshed->error().message, gone());
        const auto introspected =
            await<Result<QJsonObject>>([&](auto cb) { later.introspect(id, &http, cb); });
        QVERIFY(introspected && !*introspected);
        QCOMPARE(introspected->error().message, gone());
        QCOMPARE(sent.size(), 0);
    }

    // A refresh whose token endpoint nobody listens at fails with the
    // network's reason; the credential is unchanged.
    void refreshAtAnUnreachableIssuerFails()
    {
        const QString file = m_dir.filePath(QStringLiteral("unreachable.sqlite"));
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(freePort());
        TokenVault vault;
        QVERIFY(vault.openAndWait(file, QStringLiteral("McpScope-test-no-keychain")));
        const OAuthClient client{QStringLiteral("public-client"),
                                 {},
                                 QStringLiteral("none"),
                                 QStringLiteral("dynamic"),
                                 {}};
        const auto stored = await<Result<qint64>>([&](auto cb) {
            vault.store(origin + QStringLiteral("/mcp"), serverAt(origin), client, tokens(), cb);
        });
        QVERIFY(stored && *stored);
        const qint64 id = **stored;
        HttpClient http;
        const auto refreshed = await<Result<void>>([&](auto cb) { vault.refresh(id, &http, cb); });
        QVERIFY(refreshed && !*refreshed);
        QCOMPARE(refreshed->error().code, ErrorCode::VaultRefresh);
        QVERIFY2(refreshed->error().message.contains(QStringLiteral("refused")),
                 qPrintable(refreshed->error().message));
        QCOMPARE(vault.credential(id)->expiresAtMs, tokens().expiresAtMs);
        const auto bearer = await<Result<QString>>(
            [&](auto cb) { vault.bearerToken(id, origin + QStringLiteral("/mcp"), cb); });
        QVERIFY(bearer && *bearer);
        QCOMPARE(**bearer, QStringLiteral("memory-access-token"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTokenVaultWithoutKeychain)
#include "tst_token_vault_without_keychain.moc"
