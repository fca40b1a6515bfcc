#include "error_code_testing.h"
#include "mcp/mcp_client.h"
#include "misbehaving_server.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/oauth_flow.h"
#include "oauth/oauth_metadata.h"
#include "session/mcp_authorizer.h"
#include "vault/token_vault.h"

#include <qt6keychain/keychain.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The token vault's operations one by one and their failures, against the
// real keychain (gnome-keyring on the test's D-Bus session) and a real
// authorization server (oidc-provider, tests/peers/servers/oidc_mcp_servers.mjs):
// every operation on an unknown credential, the Authorization header, DPoP
// keys kept in the keychain, a refresh the issuer refuses, revocation and
// introspection the issuer refuses or does not offer, and a vault file
// written by a newer McpScope.
class TestTokenVaultOperations : public QObject
{
    Q_OBJECT

    // Waits for an asynchronous vault operation's answer.
    template <typename T>
    static std::optional<T> await(const std::function<void(std::function<void(const T &)>)> &op)
    {
        std::optional<T> outcome;
        op([&outcome](const T &r) { outcome = r; });
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000);
        return outcome;
    }
    static std::optional<Result<void>> done(const std::function<void(TokenVault::Done)> &op)
    {
        return await<Result<void>>(op);
    }
    static std::optional<Result<QString>>
    secret(const std::function<void(TokenVault::SecretDone)> &op)
    {
        return await<Result<QString>>(op);
    }

    QString issuer() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_authPort); }
    QString resource() const
    {
        return QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_oidc.port());
    }

    // Stores a credential for resource() at the peer's issuer; 0 if it failed.
    qint64 storeCredential(const AuthServerMetadata &server, const OAuthClient &client,
                           const TokenSet &tokens)
    {
        const auto stored = await<Result<qint64>>(
            [&](auto cb) { m_vault.store(resource(), server, client, tokens, cb); });
        if (!stored || !*stored)
            return 0;
        return **stored;
    }

    static TokenSet tokens(const QString &access, const QString &refresh = {})
    {
        TokenSet t;
        t.accessToken = access;
        t.refreshToken = refresh;
        t.tokenType = QStringLiteral("Bearer");
        t.scope = QStringLiteral("mcp:tools");
        t.obtainedAtMs = QDateTime::currentMSecsSinceEpoch();
        t.expiresAtMs = t.obtainedAtMs + 3600 * 1000;
        return t;
    }

    // The issuer's metadata with one member removed (none: as served).
    AuthServerMetadata metadataWithout(const QString &member) const
    {
        QJsonObject raw = m_metadata;
        raw.remove(member);
        const auto parsed = parseAuthServerMetadata(QJsonDocument(raw).toJson());
        return parsed ? *parsed : AuthServerMetadata{};
    }

    bool removeCredential(qint64 id)
    {
        const auto removed = done([&](auto cb) { m_vault.remove(id, cb); });
        return removed && *removed && !m_vault.credential(id);
    }

    // Deletes one secret of a credential from the keychain behind the
    // vault's back, as a user may in the keychain's own tool.
    bool deleteFromKeychain(qint64 id, const char *kind)
    {
        QKeychain::DeletePasswordJob job(QStringLiteral("McpScope-test-operations"));
        job.setAutoDelete(false);
        job.setKey(QStringLiteral("vault/%1/issuer/%2/credential/%3/%4")
                       .arg(m_vault.identity(), issuer())
                       .arg(id)
                       .arg(QLatin1String(kind)));
        QSignalSpy finished(&job, &QKeychain::Job::finished);
        job.start();
        return finished.wait(10000) && job.error() == QKeychain::NoError;
    }

    static OAuthClient unknownClient()
    {
        return OAuthClient{QStringLiteral("nobody-registered-this"),
                           {},
                           QStringLiteral("none"),
                           QStringLiteral("pre-registered"),
                           {}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_authPort = freePort();
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(m_authPort));
        const QString why = m_oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        HttpClient http;
        HttpRequest request;
        request.url = QUrl(issuer() + QStringLiteral("/.well-known/openid-configuration"));
        HttpCall *call = http.send(request);
        QSignalSpy finished(call, &HttpCall::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(call->exchange().status, 200);
        m_metadata = QJsonDocument::fromJson(call->exchange().responseBody).object();
        QCOMPARE(m_metadata.value(QStringLiteral("issuer")).toString(), issuer());
        QVERIFY(m_metadata.contains(QStringLiteral("revocation_endpoint")));
        QVERIFY(m_metadata.contains(QStringLiteral("introspection_endpoint")));
        const auto opened = m_vault.openAndWait(m_dir.filePath(QStringLiteral("vault.sqlite")),
                                                QStringLiteral("McpScope-test-operations"));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QVERIFY2(m_vault.keychainAvailable(), qPrintable(m_vault.keychainProblem()));
    }

    // Every operation on a credential the vault does not hold says so.
    void unknownCredential()
    {
        const qint64 id = 987654;
        const QString missing = QStringLiteral("No credential 987654 in the vault.");
        HttpClient http;
        const auto checkVoid = [&](const char *what, const std::optional<Result<void>> &r) {
            QVERIFY2(r && !*r, what);
            QCOMPARE(r->error().code, ErrorCode::VaultMissing);
            QCOMPARE(r->error().message, missing);
        };
        const auto checkSecret = [&](const char *what, const std::optional<Result<QString>> &r) {
            QVERIFY2(r && !*r, what);
            QCOMPARE(r->error().code, ErrorCode::VaultMissing);
            QCOMPARE(r->error().message, missing);
        };
        checkSecret("bearerToken",
                    secret([&](auto cb) { m_vault.bearerToken(id, resource(), cb); }));
        checkSecret("authorizationHeader",
                    secret([&](auto cb) { m_vault.authorizationHeader(id, cb); }));
        checkSecret("dpopKey", secret([&](auto cb) { m_vault.dpopKey(id, cb); }));
        checkVoid("refresh", done([&](auto cb) { m_vault.refresh(id, &http, cb); }));
        checkVoid("revoke", done([&](auto cb) { m_vault.revoke(id, &http, cb); }));
        checkVoid("remove", done([&](auto cb) { m_vault.remove(id, cb); }));
        checkVoid("storeDpopKey",
                  done([&](auto cb) { m_vault.storeDpopKey(id, "-----BEGIN KEY-----", cb); }));
        const auto introspected =
            await<Result<QJsonObject>>([&](auto cb) { m_vault.introspect(id, &http, cb); });
        QVERIFY(introspected && !*introspected);
        QCOMPARE(introspected->error().code, ErrorCode::VaultMissing);
        QCOMPARE(introspected->error().message, missing);
    }

    // The header a user copies: the access token from the keychain.
    void authorizationHeaderReadsTheKeychain()
    {
        const qint64 id = storeCredential(metadataWithout({}), unknownClient(),
                                          tokens(QStringLiteral("header-token-41c7")));
        QVERIFY(id > 0);
        const auto header = secret([&](auto cb) { m_vault.authorizationHeader(id, cb); });
        QVERIFY(header && *header);
        QCOMPARE(**header, QStringLiteral("Authorization: Bearer header-token-41c7"));
        QVERIFY(removeCredential(id));
        QVERIFY(!m_vault.credential(id));
    }

    // A DPoP key is a secret of its credential: in the keychain, read back
    // whole, gone with its credential; a credential without one has none.
    void dpopKeyLivesWithItsCredential()
    {
        const qint64 id = storeCredential(metadataWithout({}), unknownClient(),
                                          tokens(QStringLiteral("dpop-bound-token")));
        QVERIFY(id > 0);
        const auto none = secret([&](auto cb) { m_vault.dpopKey(id, cb); });
        QVERIFY(none && *none);
        QCOMPARE(**none, QString());
        const QByteArray pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIDpop\n"
                               "-----END PRIVATE KEY-----\n";
        const auto stored = done([&](auto cb) { m_vault.storeDpopKey(id, pem, cb); });
        QVERIFY(stored && *stored);
        const auto read = secret([&](auto cb) { m_vault.dpopKey(id, cb); });
        QVERIFY(read && *read);
        QCOMPARE(read->value().toLatin1(), pem);
        QVERIFY(removeCredential(id));
        // Stored again under a new credential id, the old key is not found.
        const qint64 next = storeCredential(metadataWithout({}), unknownClient(),
                                            tokens(QStringLiteral("dpop-bound-token-2")));
        QVERIFY(next > id);
        const auto fresh = secret([&](auto cb) { m_vault.dpopKey(next, cb); });
        QVERIFY(fresh && *fresh);
        QCOMPARE(**fresh, QString());
        QVERIFY(removeCredential(next));
    }

    // Without a refresh token there is nothing to refresh with.
    void refreshWithoutARefreshToken()
    {
        const qint64 id = storeCredential(metadataWithout({}), unknownClient(),
                                          tokens(QStringLiteral("no-refresh-here")));
        QVERIFY(id > 0);
        HttpClient http;
        const auto refreshed = done([&](auto cb) { m_vault.refresh(id, &http, cb); });
        QVERIFY(refreshed && !*refreshed);
        QCOMPARE(refreshed->error().code, ErrorCode::VaultNoRefresh);
        QVERIFY(removeCredential(id));
    }

    // The issuer refuses a refresh token it never issued: the refresh fails
    // with the issuer's OAuth error, explained; the credential stays as it was.
    void refreshRefusedByTheIssuer()
    {
        const OAuthClient planted{QStringLiteral("planted-client"),
                                  QStringLiteral("planted-secret-unset"),
                                  QStringLiteral("client_secret_basic"),
                                  QStringLiteral("pre-registered"),
                                  {}};
        const TokenSet set =
            tokens(QStringLiteral("old-access"), QStringLiteral("never-issued-refresh-token"));
        const qint64 id = storeCredential(metadataWithout({}), planted, set);
        QVERIFY(id > 0);
        HttpClient http;
        const auto refreshed = done([&](auto cb) { m_vault.refresh(id, &http, cb); });
        QVERIFY(refreshed && !*refreshed);
        QCOMPARE(refreshed->error().code, ErrorCode::VaultRefresh);
        QVERIFY2(refreshed->error().message.startsWith(QStringLiteral("Refresh failed (")) &&
                     refreshed->error().message.contains(QStringLiteral("invalid_grant")),
                 qPrintable(refreshed->error().message));
        QCOMPARE(m_vault.credential(id)->expiresAtMs, set.expiresAtMs);
        const auto token = secret([&](auto cb) { m_vault.bearerToken(id, resource(), cb); });
        QVERIFY(token && *token);
        QCOMPARE(**token, QStringLiteral("old-access"));
        QVERIFY(removeCredential(id));
    }

    // The issuer does not know the client: revocation and introspection are
    // refused with its answer quoted, and the credential is kept.
    void issuerRefusesAnUnknownClient()
    {
        const qint64 id =
            storeCredential(metadataWithout({}), unknownClient(), tokens(QStringLiteral("t-1")));
        QVERIFY(id > 0);
        HttpClient http;
        const auto revoked = done([&](auto cb) { m_vault.revoke(id, &http, cb); });
        QVERIFY(revoked && !*revoked);
        QCOMPARE(revoked->error().code, ErrorCode::VaultRevoke);
        QVERIFY2(revoked->error().message.startsWith(
                     QStringLiteral("The revocation endpoint answered HTTP 401: ")) &&
                     revoked->error().message.contains(QStringLiteral("invalid_client")),
                 qPrintable(revoked->error().message));
        QVERIFY(m_vault.credential(id));
        const auto introspected =
            await<Result<QJsonObject>>([&](auto cb) { m_vault.introspect(id, &http, cb); });
        QVERIFY(introspected && !*introspected);
        QCOMPARE(introspected->error().code, ErrorCode::VaultIntrospect);
        QVERIFY2(introspected->error().message.startsWith(
                     QStringLiteral("The introspection endpoint answered HTTP 401: ")) &&
                     introspected->error().message.contains(QStringLiteral("invalid_client")),
                 qPrintable(introspected->error().message));
        QVERIFY(removeCredential(id));
    }

    // An issuer without the endpoints: nothing to introspect with, and
    // revoking only forgets the credential here.
    void issuerWithoutTheEndpoints()
    {
        const qint64 id = storeCredential(metadataWithout(QStringLiteral("introspection_endpoint")),
                                          unknownClient(), tokens(QStringLiteral("t-2")));
        QVERIFY(id > 0);
        HttpClient http;
        const auto introspected =
            await<Result<QJsonObject>>([&](auto cb) { m_vault.introspect(id, &http, cb); });
        QVERIFY(introspected && !*introspected);
        QCOMPARE(introspected->error().code, ErrorCode::VaultIntrospect);
        QCOMPARE(introspected->error().message,
                 QStringLiteral("%1 does not advertise an introspection endpoint (RFC 7662).")
                     .arg(issuer()));
        QVERIFY(removeCredential(id));

        const qint64 local = storeCredential(metadataWithout(QStringLiteral("revocation_endpoint")),
                                             unknownClient(), tokens(QStringLiteral("t-3")));
        QVERIFY(local > 0);
        QSignalSpy changed(&m_vault, &TokenVault::changed);
        const auto revoked = done([&](auto cb) { m_vault.revoke(local, &http, cb); });
        QVERIFY(revoked && *revoked);
        QVERIFY(!m_vault.credential(local));
        QCOMPARE(changed.size(), 1);
        const auto token = secret([&](auto cb) { m_vault.bearerToken(local, resource(), cb); });
        QVERIFY(token && !*token);
        QCOMPARE(token->error().code, ErrorCode::VaultMissing);
    }

    // An issuer that cannot be reached: the transport's error is the reason.
    void unreachableRevocationEndpoint()
    {
        QJsonObject raw = m_metadata;
        raw.insert(QStringLiteral("revocation_endpoint"),
                   QStringLiteral("http://127.0.0.1:%1/token/revocation").arg(freePort()));
        const auto parsed = parseAuthServerMetadata(QJsonDocument(raw).toJson());
        QVERIFY(parsed);
        const qint64 id =
            storeCredential(*parsed, unknownClient(), tokens(QStringLiteral("t-unreachable")));
        QVERIFY(id > 0);
        HttpClient http;
        const auto revoked = done([&](auto cb) { m_vault.revoke(id, &http, cb); });
        QVERIFY(revoked && !*revoked);
        QCOMPARE(revoked->error().code, ErrorCode::VaultRevoke);
        QVERIFY2(revoked->error().message.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(revoked->error().message));
        QVERIFY(m_vault.credential(id));
        QVERIFY(removeCredential(id));
    }

    // An introspection answer whose "active" is not a boolean (RFC 7662
    // section 2.2 requires one) is refused with that reason, not passed on as
    // if the token's state were known. oidc-provider always answers a boolean,
    // so a loopback server gives the broken answer.
    void introspectionAnswerWithoutABooleanActive()
    {
        MisbehavingServer endpoint;
        endpoint.serve("/introspect", 200, "application/json",
                       R"({"active":"yes","scope":"mcp:tools"})");
        QJsonObject raw = m_metadata;
        raw.insert(QStringLiteral("introspection_endpoint"),
                   endpoint.url(QStringLiteral("/introspect")));
        const auto parsed = parseAuthServerMetadata(QJsonDocument(raw).toJson());
        QVERIFY(parsed);
        const qint64 id =
            storeCredential(*parsed, unknownClient(), tokens(QStringLiteral("t-active")));
        QVERIFY(id > 0);
        HttpClient http;
        const auto introspected =
            await<Result<QJsonObject>>([&](auto cb) { m_vault.introspect(id, &http, cb); });
        QVERIFY(introspected && !*introspected);
        QCOMPARE(introspected->error().code, ErrorCode::VaultIntrospect);
        QCOMPARE(introspected->error().message,
                 QStringLiteral(
                     "The introspection answer has no boolean \"active\" member (RFC 7662)."));
        QVERIFY(removeCredential(id));
    }

    // A session prepared with a stored credential whose DPoP key cannot be
    // read: the problem is said, and the stored token is used all the same.
    void prepareWithAnUnreadableDpopKey()
    {
        const qint64 id = storeCredential(metadataWithout({}), unknownClient(),
                                          tokens(QStringLiteral("prepared-token")));
        QVERIFY(id > 0);
        const auto keyStored =
            done([&](auto cb) { m_vault.storeDpopKey(id, "not a PEM key at all", cb); });
        QVERIFY(keyStored && *keyStored);
        HttpClient http;
        McpAuthorizer authorizer(&http);
        authorizer.setVault(&m_vault);
        QStringList problems;
        connect(&authorizer, &McpAuthorizer::problem, this,
                [&problems](const QString &p) { problems << p; });
        bool prepared = false;
        authorizer.prepare(QUrl(resource()), [&prepared] { prepared = true; });
        QTRY_VERIFY_WITH_TIMEOUT(prepared, 20000);
        QCOMPARE(problems,
                 QStringList{QStringLiteral("The DPoP key is not a PEM key McpScope can read.")});
        QCOMPARE(authorizer.credentialId(), id);
        QCOMPARE(authorizer.tokens().accessToken, QStringLiteral("prepared-token"));
        QVERIFY(removeCredential(id));
    }

    // A stored credential due for refresh whose refresh the issuer refuses:
    // the refusal is said, and the stored token is loaded (a 401 will start
    // a flow); the refresh timer's own try is refused too, and said.
    void prepareWithARefusedRefresh()
    {
        const OAuthClient planted{QStringLiteral("planted-client"),
                                  QStringLiteral("planted-secret-unset"),
                                  QStringLiteral("client_secret_basic"),
                                  QStringLiteral("pre-registered"),
                                  {}};
        TokenSet set =
            tokens(QStringLiteral("expired-access"), QStringLiteral("never-issued-refresh-2"));
        set.obtainedAtMs -= 2 * 3600 * 1000;
        set.expiresAtMs = set.obtainedAtMs + 3600 * 1000; // an hour ago
        const qint64 id = storeCredential(metadataWithout({}), planted, set);
        QVERIFY(id > 0);
        HttpClient http;
        McpAuthorizer authorizer(&http);
        authorizer.setVault(&m_vault);
        QStringList problems;
        connect(&authorizer, &McpAuthorizer::problem, this,
                [&problems](const QString &p) { problems << p; });
        bool prepared = false;
        authorizer.prepare(QUrl(resource()), [&prepared] { prepared = true; });
        QTRY_VERIFY_WITH_TIMEOUT(prepared, 20000);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.first().startsWith(QStringLiteral("Refresh failed (")) &&
                     problems.first().contains(QStringLiteral("invalid_grant")),
                 qPrintable(problems.first()));
        QCOMPARE(authorizer.tokens().accessToken, QStringLiteral("expired-access"));
        QCOMPARE(authorizer.credentialId(), id);
        // Still expired: the refresh timer tries once more at once, is
        // refused as well, and is not scheduled again.
        QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 2, 20000);
        QCOMPARE(problems.last(), problems.first());
        QVERIFY(!authorizer.isRefreshScheduled());
        QCOMPARE(authorizer.tokens().accessToken, QStringLiteral("expired-access"));
        QVERIFY(removeCredential(id));
    }

    // A stored token the server refuses, whose refresh the issuer refuses
    // too: the refusal is said and a new sign-in (headless) takes over; its
    // credential replaces the dead one.
    void refusedTokenAndRefusedRefreshStartAFlow()
    {
        const OAuthClient planted{QStringLiteral("planted-client"),
                                  QStringLiteral("planted-secret-unset"),
                                  QStringLiteral("client_secret_basic"),
                                  QStringLiteral("pre-registered"),
                                  {}};
        const qint64 id = storeCredential(metadataWithout({}), planted,
                                          tokens(QStringLiteral("never-issued-access"),
                                                 QStringLiteral("never-issued-refresh-3")));
        QVERIFY(id > 0);
        HttpClient http;
        McpAuthorizer authorizer(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        authorizer.setFlowSettings(settings);
        authorizer.setVault(&m_vault);
        McpClient client(&http, nullptr);
        authorizer.attach(&client);
        QStringList problems;
        connect(&authorizer, &McpAuthorizer::problem, this,
                [&problems](const QString &p) { problems << p; });
        QSignalSpy flows(&authorizer, &McpAuthorizer::flowStarted);
        QSignalSpy stored(&authorizer, &McpAuthorizer::stored);
        QSignalSpy connected(&client, &McpClient::connected);
        QSignalSpy failed(&client, &McpClient::failed);
        authorizer.prepare(QUrl(resource()), [&] {
            client.connectToServer(QUrl(resource()), McpClient::Transport::StreamableHttp);
        });
        QTRY_VERIFY_WITH_TIMEOUT(connected.size() + failed.size() > 0, 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().message));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QStringLiteral("Refresh failed (")) &&
                     problems.first().contains(QStringLiteral("invalid_grant")),
                 qPrintable(problems.first()));
        QCOMPARE(flows.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 20000);
        const qint64 fresh = stored.first().first().toLongLong();
        QVERIFY(fresh != id);
        QCOMPARE(authorizer.credentialId(), fresh);
        QVERIFY(authorizer.tokens().accessToken != QStringLiteral("never-issued-access"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_vault.credential(id), 20000); // replaced
        client.close();
        QVERIFY(removeCredential(fresh));
    }

    // A credential without an issuer cannot be bound to one: nothing is stored.
    void storeWithoutAnIssuer()
    {
        const int before = m_vault.credentials().size();
        AuthServerMetadata server = metadataWithout({});
        server.issuer.clear();
        const auto stored = await<Result<qint64>>([&](auto cb) {
            m_vault.store(resource(), server, unknownClient(), tokens(QStringLiteral("t-4")), cb);
        });
        QVERIFY(stored && !*stored);
        QCOMPARE(stored->error().code, ErrorCode::VaultWrongIssuer);
        QVERIFY2(stored->error().message.startsWith(
                     QStringLiteral("The credential for %1 names no issuer").arg(resource())),
                 qPrintable(stored->error().message));
        QCOMPARE(m_vault.credentials().size(), before);
    }

    // A secret deleted from the keychain behind the vault's back: reading
    // it fails with the keychain's reason, a session prepared with it says
    // so and goes on without a token, and revoking only forgets it here.
    void secretGoneFromTheKeychain()
    {
        const qint64 id = storeCredential(metadataWithout({}), unknownClient(),
                                          tokens(QStringLiteral("soon-gone-token")));
        QVERIFY(id > 0);
        QVERIFY(deleteFromKeychain(id, "access_token"));
        const auto header = secret([&](auto cb) { m_vault.authorizationHeader(id, cb); });
        QVERIFY(header && !*header);
        QCOMPARE(header->error().code, ErrorCode::VaultKeychain);
        QVERIFY2(header->error().message.startsWith(
                     QStringLiteral("Could not read a secret from the keychain: ")),
                 qPrintable(header->error().message));

        HttpClient http;
        McpAuthorizer authorizer(&http);
        authorizer.setVault(&m_vault);
        QStringList problems;
        connect(&authorizer, &McpAuthorizer::problem, this,
                [&problems](const QString &p) { problems << p; });
        bool prepared = false;
        authorizer.prepare(QUrl(resource()), [&prepared] { prepared = true; });
        QTRY_VERIFY_WITH_TIMEOUT(prepared, 20000);
        QCOMPARE(problems, QStringList{header->error().message});
        QCOMPARE(authorizer.credentialId(), 0);
        QVERIFY(authorizer.tokens().accessToken.isEmpty());

        // Nothing to tell the issuer (no token left): the revocation only
        // removes the credential here.
        const auto revoked = done([&](auto cb) { m_vault.revoke(id, &http, cb); });
        QVERIFY(revoked && *revoked);
        QVERIFY(!m_vault.credential(id));
    }

    // A vault file another McpScope holds a write lock on is not opened
    // half-way: the reason is named.
    void busyVaultFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("busy.sqlite"));
        {
            TokenVault first;
            QVERIFY(first.openAndWait(path, QStringLiteral("McpScope-test-operations")));
        }
        QSqlDatabase holder =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("busy-holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        {
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            TokenVault second;
            const auto opened = second.open(path, QStringLiteral("McpScope-test-operations"));
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, ErrorCode::VaultOpen);
            QVERIFY2(opened.error().message.startsWith(
                         QStringLiteral("The token vault's database is busy or read-only: ")),
                     qPrintable(opened.error().message));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("busy-holder"));
    }

    // A sign-in the user starts (the inspector), not a 401: its token goes
    // to the session's client and the vault, and the session connects with
    // it without a flow of its own.
    void aSignInTheUserStartsServesTheSession()
    {
        HttpClient http;
        McpAuthorizer authorizer(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        authorizer.setFlowSettings(settings);
        authorizer.setVault(&m_vault);
        McpClient client(&http, nullptr);
        authorizer.attach(&client);
        QSignalSpy authorized(&authorizer, &McpAuthorizer::authorized);
        QSignalSpy stored(&authorizer, &McpAuthorizer::stored);
        QSignalSpy flows(&authorizer, &McpAuthorizer::flowStarted);
        authorizer.flow()->start(QUrl(resource()));
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 30000);
        QCOMPARE(authorized.size(), 1);
        const qint64 id = stored.first().first().toLongLong();
        QCOMPARE(authorizer.credentialId(), id);
        QCOMPARE(m_vault.credential(id)->resource, resource());
        QSignalSpy connected(&client, &McpClient::connected);
        QSignalSpy failed(&client, &McpClient::failed);
        QSignalSpy refreshed(&authorizer, &McpAuthorizer::refreshed);
        int refusals = 0;
        connect(&http, &HttpClient::exchangeFinished, this, [&refusals](const Exchange &e) {
            if (e.status == 401)
                ++refusals;
        });
        client.connectToServer(QUrl(resource()), McpClient::Transport::StreamableHttp);
        QTRY_VERIFY_WITH_TIMEOUT(connected.size() + failed.size() > 0, 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().message));
        // The token was already there: no 401, so no refresh and no flow.
        QCOMPARE(refusals, 0);
        QCOMPARE(refreshed.size(), 0);
        QCOMPARE(flows.size(), 0);
        client.close();
        QVERIFY(removeCredential(id));
    }

    // A vault file from a newer McpScope is left alone, with the way out named.
    void newerSchemaIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer-vault"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer-vault"));
        TokenVault vault;
        const auto opened = vault.open(path, QStringLiteral("McpScope-test-operations"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::VaultOpen);
        QVERIFY2(opened.error().message.contains(
                     QStringLiteral("was written by a newer McpScope (schema 99); this one knows "
                                    "schema ")) &&
                     opened.error().message.contains(QStringLiteral("another --vault file")),
                 qPrintable(opened.error().message));
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_oidc;
    quint16 m_authPort = 0;
    QJsonObject m_metadata;
    TokenVault m_vault;
};

QTEST_GUILESS_MAIN(TestTokenVaultOperations)
#include "tst_token_vault_operations.moc"
