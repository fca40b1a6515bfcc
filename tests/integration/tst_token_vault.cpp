#include "capture/capture_store.h"
#include "error_code_testing.h"
#include "mcp/mcp_client.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/oauth_metadata.h"
#include "oauth/oauth_requests.h"
#include "session/mcp_authorizer.h"
#include "session/mcp_session.h"
#include "vault/token_vault.h"
#include "vault/vault_checks.h"

#include <qt6keychain/keychain.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace mcpscope;
using namespace mcpscope::testing;

// The token vault against the real keychain (gnome-keyring on the test's
// D-Bus session) and the real authorization server (oidc-provider): secrets
// only in the keychain, refresh with rotation, revocation, reuse by the next
// session, the memory-only fallback without a keychain, and a planted-secret
// sweep of everything written to disk.
class TestTokenVault : public QObject
{
    Q_OBJECT

    static constexpr const char *kPlantedSecret = "PLANTED-client-secret-7f3a91c2";

    QUrl mcpUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_oidc.port()));
    }

    // The keychain entry of one secret of a credential, as the vault names
    // it: the vault's identity, the issuer, the credential.
    static QString entryKey(const TokenVault &vault, const QString &issuer, qint64 id,
                            const char *kind)
    {
        return QStringLiteral("vault/%1/issuer/%2/credential/%3/%4")
            .arg(vault.identity(), issuer)
            .arg(id)
            .arg(QLatin1String(kind));
    }
    static QString entryKey(const TokenVault &vault, const Credential &c, const char *kind)
    {
        return entryKey(vault, c.issuer, c.id, kind);
    }
    static Result<QString> keychainRead(const QString &key,
                                        const QString &service = QStringLiteral("McpScope-test"))
    {
        QKeychain::ReadPasswordJob job(service);
        job.setAutoDelete(false);
        job.setKey(key);
        QSignalSpy done(&job, &QKeychain::Job::finished);
        job.start();
        done.wait(10000);
        if (job.error() != QKeychain::NoError)
            return makeError(ErrorCode::Keychain, job.errorString(), int(job.error()));
        return job.textData();
    }
    static QByteArray fileBytes(const QString &path)
    {
        QByteArray all;
        for (const QString &p :
             QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
            QFile f(p);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
    static Result<void> wait(const std::function<void(TokenVault::Done)> &operation)
    {
        Result<void> outcome;
        bool finished = false;
        operation([&](const Result<void> &r) {
            outcome = r;
            finished = true;
        });
        QElapsedTimer clock;
        clock.start();
        while (!finished && clock.elapsed() < 20000)
            QTest::qWait(20);
        if (!finished)
            return makeError(ErrorCode::McpTimeout, QStringLiteral("the vault did not answer"));
        return outcome;
    }

    // A session against the oidc peer, its authorizer keeping tokens in vault.
    struct Session
    {
        HttpClient http;
        McpAuthorizer authorizer{&http};
        McpClient client{&http, nullptr};
        explicit Session(TokenVault *vault, const OAuthFlow::Settings &settings)
        {
            authorizer.setFlowSettings(settings);
            authorizer.setVault(vault);
            authorizer.attach(&client);
        }
    };
    bool connectSession(Session &s)
    {
        QSignalSpy connected(&s.client, &McpClient::connected);
        bool prepared = false;
        s.authorizer.prepare(mcpUrl(), [&] {
            prepared = true;
            s.client.connectToServer(mcpUrl(), McpClient::Transport::StreamableHttp);
        });
        return connected.wait(30000) && prepared;
    }
    bool connectSession(Session &s, const QUrl &url)
    {
        QSignalSpy connected(&s.client, &McpClient::connected);
        bool prepared = false;
        s.authorizer.prepare(url, [&] {
            prepared = true;
            s.client.connectToServer(url, McpClient::Transport::StreamableHttp);
        });
        return connected.wait(30000) && prepared;
    }
    // Starts another oidc peer (its own authorization server and MCP
    // server); its issuer is http://127.0.0.1:authPort.
    static QString startOidc(NodePeer &peer, quint16 authPort,
                             const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment env = extra;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(authPort));
        return peer.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
    }
    // What the authorization server at issuer says of token (RFC 7662, as
    // the resource server's client).
    static QJsonObject introspectAt(const QString &issuer, const QString &token)
    {
        AuthServerMetadata server;
        server.issuer = issuer;
        server.introspectionEndpoint = QUrl(issuer + QStringLiteral("/token/introspection"));
        const OAuthClient rs{QStringLiteral("mcp-resource-server"),
                             QStringLiteral("rs-secret-not-a-user-secret"),
                             QStringLiteral("client_secret_basic"),
                             {}};
        HttpClient http;
        HttpCall *call = http.send(OAuthRequests::introspect(server, rs, token));
        QSignalSpy finished(call, &HttpCall::finished);
        if (!finished.wait(10000))
            return {};
        return QJsonDocument::fromJson(call->exchange().responseBody).object();
    }
    // The tokens the main peer has issued so far (it appends each).
    QStringList issuedTokens() const
    {
        QFile f(m_dir.filePath(QStringLiteral("issued-tokens.txt")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    static Result<QString> secretOf(const std::function<void(TokenVault::SecretDone)> &operation)
    {
        std::optional<Result<QString>> outcome;
        operation([&](const Result<QString> &r) { outcome = r; });
        QElapsedTimer clock;
        clock.start();
        while (!outcome && clock.elapsed() < 20000)
            QTest::qWait(20);
        if (!outcome)
            return makeError(ErrorCode::McpTimeout, QStringLiteral("the vault did not answer"));
        return *outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
        env.insert(QStringLiteral("PLANTED_SECRET"), QLatin1String(kPlantedSecret));
        env.insert(QStringLiteral("ISSUED_TOKENS_FILE"),
                   m_dir.filePath(QStringLiteral("issued-tokens.txt")));
        m_registeredRedirect =
            QStringLiteral("http://127.0.0.1:%1/mcpscope/registered-callback").arg(freePort());
        env.insert(QStringLiteral("REGISTERED_REDIRECT_URI"), m_registeredRedirect);
        const QString why = m_oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(m_vault.openAndWait(m_dir.filePath(QStringLiteral("vault.sqlite")),
                                    QStringLiteral("McpScope-test")));
        QVERIFY2(m_vault.keychainAvailable(),
                 qPrintable(m_vault.keychainProblem())); // the suite runs with gnome-keyring
    }

    void refreshAheadRule()
    {
        TokenVault vault;
        Credential c;
        c.obtainedAtMs = 0;
        c.expiresAtMs = 3600 * 1000; // an hour: refresh 15 minutes before
        QVERIFY(!vault.needsRefresh(c, 44 * 60 * 1000));
        QVERIFY(vault.needsRefresh(c, 45 * 60 * 1000));
        c.expiresAtMs = 10 * 60 * 1000; // ten minutes: at half the lifetime
        QVERIFY(!vault.needsRefresh(c, 4 * 60 * 1000));
        QVERIFY(vault.needsRefresh(c, 5 * 60 * 1000));
        vault.setRefreshAheadMs(60 * 1000);
        QVERIFY(!vault.needsRefresh(c, 5 * 60 * 1000));
        QVERIFY(vault.needsRefresh(c, 9 * 60 * 1000));
        c.expiresAtMs = 0; // no lifetime: never due
        QVERIFY(!vault.needsRefresh(c, 1LL << 50));
    }

    // A session signs in once; its tokens land in the keychain, metadata in
    // SQLite; the next session reuses them without a flow; refresh rotates;
    // revoke ends it at the issuer and here.
    void storeReuseRefreshRevoke()
    {
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        qint64 id = 0;
        QString firstAccess;
        {
            Session first(&m_vault, settings);
            QSignalSpy stored(&first.authorizer, &McpAuthorizer::stored);
            QVERIFY(connectSession(first));
            QVERIFY(stored.size() || stored.wait(10000));
            id = stored.first().first().toLongLong();
            firstAccess = first.authorizer.tokens().accessToken;
            first.client.close();
        }
        const auto credential = m_vault.credential(id);
        QVERIFY(credential);
        QCOMPARE(credential->resource, mcpUrl().toString());
        QVERIFY(credential->hasRefreshToken);
        // In the real keychain, under the vault's service name.
        QCOMPARE(m_vault.identity().size(), 36); // a UUID
        const auto inKeychain = keychainRead(entryKey(m_vault, *credential, "access_token"));
        QVERIFY2(inKeychain, qPrintable(inKeychain ? QString() : inKeychain.error().message));
        QCOMPARE(*inKeychain, firstAccess);
        QVERIFY(!fileBytes(m_dir.filePath(QStringLiteral("vault.sqlite")))
                     .contains(firstAccess.toUtf8()));

        {
            Session second(&m_vault, settings);
            QSignalSpy flows(&second.authorizer, &McpAuthorizer::flowStarted);
            QVERIFY(connectSession(second));
            QCOMPARE(flows.size(), 0); // the stored token was enough
            second.client.close();
        }

        // Refresh: a new access token, and the rotated refresh token kept.
        const auto oldRefresh = keychainRead(entryKey(m_vault, *credential, "refresh_token"));
        QVERIFY(oldRefresh);
        HttpClient refresher;
        const auto refreshed =
            wait([&](TokenVault::Done done) { m_vault.refresh(id, &refresher, done); });
        QVERIFY2(refreshed, qPrintable(refreshed ? QString() : refreshed.error().message));
        const auto newAccess = keychainRead(entryKey(m_vault, *credential, "access_token"));
        const auto newRefresh = keychainRead(entryKey(m_vault, *credential, "refresh_token"));
        QVERIFY(newAccess && newRefresh);
        QVERIFY(*newAccess != firstAccess);
        QVERIFY(*newRefresh != *oldRefresh); // rotated, and the new one kept

        QString header;
        m_vault.authorizationHeader(
            id, [&](const Result<QString> &h) { header = h ? *h : QStringLiteral("error"); });
        QTRY_VERIFY_WITH_TIMEOUT(!header.isEmpty(), 10000);
        QCOMPARE(header, QStringLiteral("Authorization: Bearer ") + *newAccess);

        HttpClient http;
        // Introspection as the credential's own client: the token is active.
        std::optional<Result<QJsonObject>> ownIntrospection;
        m_vault.introspect(id, &http,
                           [&](const Result<QJsonObject> &answer) { ownIntrospection = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(ownIntrospection.has_value(), 10000);
        QVERIFY2(*ownIntrospection,
                 qPrintable(*ownIntrospection ? QString() : ownIntrospection->error().message));
        QCOMPARE((*ownIntrospection)->value(QStringLiteral("active")).toBool(), true);
        const auto revoked = wait([&](TokenVault::Done done) { m_vault.revoke(id, &http, done); });
        QVERIFY2(revoked, qPrintable(revoked ? QString() : revoked.error().message));
        QVERIFY(!m_vault.credential(id));
        const auto gone = keychainRead(entryKey(m_vault, *credential, "access_token"));
        QVERIFY(!gone);
        QCOMPARE(gone.error().detail, int(QKeychain::EntryNotFound));
        // And the authorization server no longer accepts the token.
        const OAuthClient rs{QStringLiteral("mcp-resource-server"),
                             QStringLiteral("rs-secret-not-a-user-secret"),
                             QStringLiteral("client_secret_basic"),
                             {}};
        HttpCall *call =
            http.send(OAuthRequests::introspect(credential->authServer(), rs, *newAccess));
        QSignalSpy introspected(call, &HttpCall::finished);
        QVERIFY(introspected.wait(10000));
        QCOMPARE(QJsonDocument::fromJson(call->exchange().responseBody)
                     .object()
                     .value(QStringLiteral("active"))
                     .toBool(true),
                 false);
    }

    // A short-lived token is refreshed ahead of expiry while the session
    // runs (at half its lifetime), and the session goes on with the new one.
    void expiringTokenIsRefreshedBeforeUse()
    {
        NodePeer shortLived;
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
        env.insert(QStringLiteral("TOKEN_TTL"), QStringLiteral("3"));
        const QString why = shortLived.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/mcp").arg(shortLived.port()));
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        Session s(&m_vault, settings);
        QSignalSpy connected(&s.client, &McpClient::connected);
        s.client.connectToServer(url, McpClient::Transport::StreamableHttp);
        QVERIFY(connected.wait(30000));
        const QString before = s.authorizer.tokens().accessToken;
        QSignalSpy refreshed(&s.authorizer, &McpAuthorizer::refreshed);
        QSignalSpy problems(&s.authorizer, &McpAuthorizer::problem);
        QVERIFY(refreshed.wait(6000));
        // The refreshed token is the session's at once, not only after a 401.
        QVERIFY(s.authorizer.tokens().accessToken != before);
        QCOMPARE(problems.size(), 0);
        QTest::qWait(1600); // past the first token's lifetime
        QSignalSpy flows(&s.authorizer, &McpAuthorizer::flowStarted);
        McpRequest *call = s.client.request(QStringLiteral("tools/call"),
                                            {{QStringLiteral("name"), QStringLiteral("whoami")}});
        QSignalSpy done(call, &McpRequest::finished);
        QVERIFY(done.wait(15000));
        QVERIFY2(call->succeeded(), qPrintable(call->error().message));
        QCOMPARE(flows.size(), 0); // no new sign-in was needed
        QVERIFY(s.authorizer.tokens().accessToken != before);
        s.client.close();
    }

    // Issue 17: a closed session's token is no longer refreshed (the GUI's
    // log filled with POST /token every 30 s for sessions long gone). The
    // product's McpSession against the short-lived-token peer: it refreshes
    // while open; once closed, no refresh is scheduled and none comes over
    // two more lifetimes of the token.
    void closedSessionStopsRefreshing()
    {
        NodePeer shortLived;
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
        env.insert(QStringLiteral("TOKEN_TTL"), QStringLiteral("2"));
        const QString why = shortLived.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        McpSession session(nullptr);
        McpSessionOptions options;
        options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(shortLived.port());
        options.transport = McpClient::Transport::StreamableHttp;
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        options.oauth = settings;
        options.vault = &m_vault;
        QSignalSpy connected(session.client(), &McpClient::connected);
        QVERIFY(session.open(options));
        QVERIFY(connected.wait(30000));
        QSignalSpy refreshed(session.authorizer(), &McpAuthorizer::refreshed);
        QVERIFY(refreshed.wait(6000)); // alive: refreshed ahead of expiry
        QTRY_VERIFY_WITH_TIMEOUT(session.authorizer()->isRefreshScheduled(), 5000);
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QVERIFY(!session.authorizer()->isRefreshScheduled());
        QVERIFY(closed.wait(10000));
        refreshed.clear();
        QVERIFY(!refreshed.wait(4000)); // two lifetimes: no refresh for a dead session
        QVERIFY(!session.authorizer()->isRefreshScheduled());
    }

    // Signing in again to the same server replaces the stored credential
    // (metadata and keychain entries), rather than piling up copies.
    void aNewSignInReplacesTheOldCredential()
    {
        AuthServerMetadata server;
        server.issuer = QStringLiteral("https://issuer.example");
        const QString resource = QStringLiteral("https://replace.example/mcp");
        const auto storeToken = [&](const QString &token) {
            std::optional<Result<qint64>> stored;
            TokenSet tokens;
            tokens.accessToken = token;
            tokens.refreshToken = token + QStringLiteral("-refresh");
            m_vault.store(resource, server,
                          OAuthClient{QStringLiteral("c"), {}, QStringLiteral("none"), {}}, tokens,
                          [&](const Result<qint64> &id) { stored = id; });
            QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
            QVERIFY(*stored);
            m_lastStored = **stored;
        };
        storeToken(QStringLiteral("first-token-value"));
        const qint64 first = m_lastStored;
        storeToken(QStringLiteral("second-token-value"));
        const qint64 second = m_lastStored;
        QVERIFY(first != second);
        int forResource = 0;
        for (const Credential &c : m_vault.credentials())
            forResource += c.resource == resource;
        QCOMPARE(forResource, 1);
        QCOMPARE(m_vault.credentialFor(resource)->id, second);
        QTRY_VERIFY_WITH_TIMEOUT(
            !keychainRead(entryKey(m_vault, server.issuer, first, "refresh_token")), 10000);
        QCOMPARE(*keychainRead(entryKey(m_vault, server.issuer, second, "access_token")),
                 QStringLiteral("second-token-value"));
        bool removed = false;
        m_vault.remove(second, [&](const Result<void> &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
    }

    // Delete (the vault view's Delete, auth delete): the credential is
    // forgotten here with all its keychain entries, and the authorization
    // server is not told (the token stays active there, unlike revoke); a
    // deleted credential's header cannot be copied.
    void deleteForgetsHereOnly()
    {
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        settings.preRegistered =
            OAuthClient{QStringLiteral("planted-client"), QLatin1String(kPlantedSecret), {}, {}};
        HttpClient http;
        OAuthFlow flow(&http);
        flow.setSettings(settings);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start(mcpUrl());
        QVERIFY(finished.wait(30000));
        QVERIFY2(flow.succeeded(), qPrintable(flow.failureMessage()));
        std::optional<Result<qint64>> stored;
        m_vault.store(flow.resource(), flow.authServer(), flow.client(), flow.tokens(),
                      [&](const Result<qint64> &id) { stored = id; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QVERIFY(*stored);
        const Credential c = *m_vault.credential(**stored);
        QVERIFY(c.hasRefreshToken && c.hasClientSecret);
        for (const char *kind : {"access_token", "refresh_token", "client_secret"})
            QVERIFY(keychainRead(entryKey(m_vault, c, kind)));
        const auto deleted = wait([&](TokenVault::Done done) { m_vault.remove(c.id, done); });
        QVERIFY2(deleted, qPrintable(deleted ? QString() : deleted.error().message));
        QVERIFY(!m_vault.credential(c.id));
        for (const char *kind : {"access_token", "refresh_token", "client_secret"}) {
            const auto gone = keychainRead(entryKey(m_vault, c, kind));
            QVERIFY(!gone);
            QCOMPARE(gone.error().detail, int(QKeychain::EntryNotFound));
        }
        QCOMPARE(introspectAt(c.issuer, flow.tokens().accessToken)
                     .value(QStringLiteral("active"))
                     .toBool(),
                 true);
        const auto header = secretOf([&](auto done) { m_vault.authorizationHeader(c.id, done); });
        QVERIFY(!header);
        QCOMPARE(header.error().code, ErrorCode::VaultMissing);
    }

    // Two vault files, two authorization servers, each vault's credential 1:
    // neither vault reads, overwrites or deletes the other's keychain
    // entries; each credential's tokens go to its own issuer and resource
    // only; a credential is refused for the other resource and when its
    // stored metadata points at the other issuer.
    void twoVaultsAndTwoIssuersNeverCross()
    {
        NodePeer peerB;
        const quint16 authB = freePort();
        const QString why = startOidc(peerB, authB);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QUrl mcpA = mcpUrl();
        const QUrl mcpB(QStringLiteral("http://127.0.0.1:%1/mcp").arg(peerB.port()));
        QTemporaryDir dir;
        TokenVault vaultA;
        TokenVault vaultB;
        QVERIFY(vaultA.openAndWait(dir.filePath(QStringLiteral("a.sqlite")),
                                   QStringLiteral("McpScope-test")));
        QVERIFY(vaultB.openAndWait(dir.filePath(QStringLiteral("b.sqlite")),
                                   QStringLiteral("McpScope-test")));
        QVERIFY(vaultA.identity() != vaultB.identity());
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        const auto signIn = [&](TokenVault &vault, const QUrl &url, QString *token) -> qint64 {
            Session session(&vault, settings);
            QSignalSpy stored(&session.authorizer, &McpAuthorizer::stored);
            if (!connectSession(session, url) || !(stored.size() || stored.wait(10000)))
                return 0;
            *token = session.authorizer.tokens().accessToken;
            session.client.close();
            return stored.first().first().toLongLong();
        };
        QString tokenA;
        QString tokenB;
        const qint64 idA = signIn(vaultA, mcpA, &tokenA);
        const qint64 idB = signIn(vaultB, mcpB, &tokenB);
        QVERIFY(idA > 0 && idB > 0);
        QCOMPARE(idA, idB); // both credential 1: the case that used to collide
        const Credential credA = *vaultA.credential(idA);
        const Credential credB = *vaultB.credential(idB);
        QCOMPARE(credB.issuer, QStringLiteral("http://127.0.0.1:%1").arg(authB));
        QVERIFY(credA.issuer != credB.issuer);

        // Each vault hands out its own token, and each token is its issuer's.
        QCOMPARE(*secretOf([&](auto done) { vaultA.authorizationHeader(idA, done); }),
                 QStringLiteral("Authorization: Bearer ") + tokenA);
        QCOMPARE(*secretOf([&](auto done) { vaultB.authorizationHeader(idB, done); }),
                 QStringLiteral("Authorization: Bearer ") + tokenB);
        QCOMPARE(introspectAt(credA.issuer, tokenA).value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(introspectAt(credB.issuer, tokenB).value(QStringLiteral("active")).toBool(), true);

        // Refresh in A: only A's issuer is asked, with A's refresh token (it
        // succeeds); B's refresh token is untouched and still works at B.
        HttpClient http;
        QSignalSpy sent(&http, &HttpClient::exchangeStarted);
        const auto refreshedA =
            wait([&](TokenVault::Done done) { vaultA.refresh(idA, &http, done); });
        QVERIFY2(refreshedA, qPrintable(refreshedA ? QString() : refreshedA.error().message));
        QVERIFY(sent.size() >= 1);
        for (const QList<QVariant> &args : std::as_const(sent))
            QVERIFY(args.first().value<Exchange>().url.startsWith(credA.issuer + u'/'));
        const auto refreshedB =
            wait([&](TokenVault::Done done) { vaultB.refresh(idB, &http, done); });
        QVERIFY2(refreshedB, qPrintable(refreshedB ? QString() : refreshedB.error().message));
        const QString newB =
            *secretOf([&](auto done) { vaultB.bearerToken(idB, mcpB.toString(), done); });
        QCOMPARE(introspectAt(credB.issuer, newB).value(QStringLiteral("active")).toBool(), true);

        // A session on vault A reuses A's token at A's server: no new sign-in.
        {
            Session session(&vaultA, settings);
            QSignalSpy flows(&session.authorizer, &McpAuthorizer::flowStarted);
            QVERIFY(connectSession(session, mcpA));
            QCOMPARE(flows.size(), 0);
            session.client.close();
        }

        // A credential is refused for the other resource; nothing is read or sent.
        const auto refused =
            secretOf([&](auto done) { vaultA.bearerToken(idA, mcpB.toString(), done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::VaultWrongResource);
        QVERIFY2(refused.error().message.contains(mcpB.toString()),
                 qPrintable(refused.error().message));
        // The message is the registered finding's.
        QCOMPARE(refused.error().message,
                 VaultChecks::resourceBound(idA, vaultA.credential(idA)->resource, mcpB.toString())
                     ->message());

        // A new sign-in in A replaces A's credential (and deletes its
        // entries): B's entries are still there.
        QString tokenA2;
        qint64 idA2 = 0;
        {
            HttpClient flowHttp;
            OAuthFlow flow(&flowHttp);
            flow.setSettings(settings);
            QSignalSpy finished(&flow, &OAuthFlow::finished);
            flow.start(mcpA);
            QVERIFY(finished.wait(30000));
            QVERIFY2(flow.succeeded(), qPrintable(flow.failureMessage()));
            tokenA2 = flow.tokens().accessToken;
            std::optional<Result<qint64>> stored;
            vaultA.store(flow.resource(), flow.authServer(), flow.client(), flow.tokens(),
                         [&](const Result<qint64> &id) { stored = id; });
            QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
            QVERIFY(*stored);
            idA2 = **stored;
        }
        QVERIFY(idA2 > idA); // never a reused id
        QVERIFY(!vaultA.credential(idA));
        QTRY_VERIFY_WITH_TIMEOUT(!keychainRead(entryKey(vaultA, credA, "access_token")), 10000);
        QCOMPARE(*secretOf([&](auto done) { vaultB.bearerToken(idB, mcpB.toString(), done); }),
                 newB);
        QVERIFY(keychainRead(entryKey(vaultB, credB, "refresh_token")));

        // Vault A's stored metadata pointing at B's authorization server:
        // refresh, revoke and introspect refuse, and send nothing.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(dir.filePath(QStringLiteral("a.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE credentials SET server_metadata = ? WHERE id = ?"));
            q.addBindValue(QJsonDocument(credB.serverMetadata).toJson(QJsonDocument::Compact));
            q.addBindValue(idA2);
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        sent.clear();
        const auto refreshRefused =
            wait([&](TokenVault::Done done) { vaultA.refresh(idA2, &http, done); });
        QVERIFY(!refreshRefused);
        QCOMPARE(refreshRefused.error().code, ErrorCode::VaultWrongIssuer);
        QVERIFY2(refreshRefused.error().message.contains(credA.issuer) &&
                     refreshRefused.error().message.contains(credB.issuer),
                 qPrintable(refreshRefused.error().message));
        QVERIFY(refreshRefused.error().message.contains(makeFinding("vault.wrong_issuer").cause()));
        const auto revokeRefused =
            wait([&](TokenVault::Done done) { vaultA.revoke(idA2, &http, done); });
        QCOMPARE(revokeRefused ? ErrorCode::None : revokeRefused.error().code,
                 ErrorCode::VaultWrongIssuer);
        std::optional<Result<QJsonObject>> introspection;
        vaultA.introspect(idA2, &http,
                          [&](const Result<QJsonObject> &answer) { introspection = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(introspection.has_value(), 10000);
        QCOMPARE(*introspection ? ErrorCode::None : introspection->error().code,
                 ErrorCode::VaultWrongIssuer);
        QCOMPARE(sent.size(), 0);
        QVERIFY(vaultA.credential(idA2)); // a refused revoke deletes nothing
        // Still A's token at A, untouched by all of it.
        QCOMPARE(introspectAt(credA.issuer, tokenA2).value(QStringLiteral("active")).toBool(),
                 true);
        bool removed = false;
        vaultA.remove(idA2, [&](const Result<void> &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
        removed = false;
        vaultB.remove(idB, [&](const Result<void> &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
    }

    // The same through the CLI, as the bug was found: two --vault files,
    // each with its credential 1 from its own authorization server.
    void cliTwoVaultsKeepTheirOwnCredentials()
    {
        NodePeer peerB;
        const QString why = startOidc(peerB, freePort());
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QUrl mcpB(QStringLiteral("http://127.0.0.1:%1/mcp").arg(peerB.port()));
        QTemporaryDir dir;
        const QString vaultA = dir.filePath(QStringLiteral("a.sqlite"));
        const QString vaultB = dir.filePath(QStringLiteral("b.sqlite"));
        const auto run = [&](const QStringList &args) {
            QProcess cli;
            cli.start(QStringLiteral(MCPSCOPE_CLI), args);
            cli.waitForFinished(60000);
            return std::make_pair(cli.exitCode(), QByteArray(cli.readAllStandardOutput() +
                                                             cli.readAllStandardError()));
        };
        auto [code, out] = run({QStringLiteral("auth"), QStringLiteral("login"),
                                mcpUrl().toString(), QStringLiteral("--oauth"),
                                QStringLiteral("headless"), QStringLiteral("--vault"), vaultA});
        QVERIFY2(code == 0 && out.contains("\"id\": 1"), out.constData());
        std::tie(code, out) = run({QStringLiteral("auth"), QStringLiteral("login"), mcpB.toString(),
                                   QStringLiteral("--oauth"), QStringLiteral("headless"),
                                   QStringLiteral("--vault"), vaultB});
        QVERIFY2(code == 0 && out.contains("\"id\": 1"), out.constData());
        const auto headerToken = [&](const QString &vault) {
            const auto result = run({QStringLiteral("auth"), QStringLiteral("header"),
                                     QStringLiteral("1"), QStringLiteral("--vault"), vault});
            return result.first == 0 ? QString::fromUtf8(result.second.trimmed()).section(u' ', 2)
                                     : QString();
        };
        TokenVault a;
        TokenVault b;
        QVERIFY(a.openAndWait(vaultA) && b.openAndWait(vaultB));
        const QString issuerA = a.credential(1)->issuer;
        const QString issuerB = b.credential(1)->issuer;
        QVERIFY(issuerA != issuerB);
        QString tokenA = headerToken(vaultA);
        QVERIFY(!tokenA.isEmpty());
        QCOMPARE(introspectAt(issuerA, tokenA).value(QStringLiteral("active")).toBool(), true);
        // Refresh in A goes to A with A's refresh token, and works.
        std::tie(code, out) = run({QStringLiteral("auth"), QStringLiteral("refresh"),
                                   QStringLiteral("1"), QStringLiteral("--vault"), vaultA});
        QVERIFY2(code == 0, out.constData());
        // A tool call on A with vault A uses A's (refreshed) token.
        std::tie(code, out) =
            run({QStringLiteral("tools"), QStringLiteral("call"), mcpUrl().toString(),
                 QStringLiteral("whoami"), QStringLiteral("--oauth"), QStringLiteral("headless"),
                 QStringLiteral("--vault"), vaultA});
        QVERIFY2(code == 0 && out.contains("subject=mcp-tester"), out.constData());
        // B's credential 1 is B's, at B, after all that.
        const QString tokenB = headerToken(vaultB);
        QVERIFY(!tokenB.isEmpty() && tokenB != tokenA);
        QCOMPARE(introspectAt(issuerB, tokenB).value(QStringLiteral("active")).toBool(), true);
        std::tie(code, out) = run({QStringLiteral("auth"), QStringLiteral("refresh"),
                                   QStringLiteral("1"), QStringLiteral("--vault"), vaultB});
        QVERIFY2(code == 0, out.constData());
        for (const QString &vault : {vaultA, vaultB}) {
            std::tie(code, out) = run({QStringLiteral("auth"), QStringLiteral("revoke"),
                                       QStringLiteral("1"), QStringLiteral("--vault"), vault});
            QVERIFY2(code == 0, out.constData());
        }
    }

    // A copied vault file is another vault: it gets an identity of its own
    // and none of the original's credentials (the original keeps them and
    // can still read its entries); a moved file keeps its identity and its
    // credentials.
    void aCopiedVaultFileIsAnotherVault()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("original.sqlite"));
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        const QString moved = dir.filePath(QStringLiteral("moved.sqlite"));
        AuthServerMetadata server;
        server.issuer = QStringLiteral("https://issuer.example");
        const QString resource = QStringLiteral("https://copied.example/mcp");
        QString identity;
        qint64 id = 0;
        {
            TokenVault vault;
            QVERIFY(vault.openAndWait(original, QStringLiteral("McpScope-test")));
            identity = vault.identity();
            TokenSet tokens;
            tokens.accessToken = QStringLiteral("original-token-value");
            std::optional<Result<qint64>> stored;
            vault.store(resource, server,
                        OAuthClient{QStringLiteral("c"), {}, QStringLiteral("none"), {}}, tokens,
                        [&](const Result<qint64> &r) { stored = r; });
            QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
            QVERIFY(*stored);
            id = **stored;
        }
        QVERIFY(QFile::copy(original, copy));
        {
            TokenVault copied;
            QVERIFY(copied.openAndWait(copy, QStringLiteral("McpScope-test")));
            QVERIFY(copied.identity() != identity);
            QVERIFY(copied.credentials().isEmpty());
            QVERIFY2(copied.notice().contains(QLatin1String("copy of")) &&
                         copied.notice().contains(original),
                     qPrintable(copied.notice()));
            const auto header = secretOf([&](auto done) { copied.authorizationHeader(id, done); });
            QVERIFY(!header);
        }
        {
            TokenVault vault;
            QVERIFY(vault.openAndWait(original, QStringLiteral("McpScope-test")));
            QCOMPARE(vault.identity(), identity);
            QVERIFY(vault.notice().isEmpty());
            QCOMPARE(*secretOf([&](auto done) { vault.bearerToken(id, resource, done); }),
                     QStringLiteral("original-token-value"));
        }
        QVERIFY(QFile::rename(original, moved));
        {
            TokenVault vault;
            QVERIFY(vault.openAndWait(moved, QStringLiteral("McpScope-test")));
            QCOMPARE(vault.identity(), identity);
            QVERIFY(vault.notice().isEmpty());
            QCOMPARE(*secretOf([&](auto done) { vault.bearerToken(id, resource, done); }),
                     QStringLiteral("original-token-value"));
            const auto removed = wait([&](TokenVault::Done done) { vault.remove(id, done); });
            QVERIFY(removed);
        }
        // And the copy, opened again, is still a vault of its own.
        TokenVault copied;
        QVERIFY(copied.openAndWait(copy, QStringLiteral("McpScope-test")));
        QVERIFY(copied.identity() != identity);
        QVERIFY(copied.notice().isEmpty());
    }

    // A vault database from before identities: its credentials (whose
    // keychain entries named no vault) are dropped with their entries, and
    // the vault says so; the database gets an identity.
    void legacyVaultDropsUnboundCredentials()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("legacy.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The schema as the previous version created it.
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE credentials (id INTEGER PRIMARY KEY, "
                                          "resource TEXT NOT NULL, issuer TEXT NOT NULL,"
                                          " client_id TEXT NOT NULL, registration TEXT, "
                                          "auth_method TEXT, scope TEXT, obtained_at_ms INTEGER,"
                                          " expires_at_ms INTEGER, has_refresh_token INTEGER, "
                                          "has_client_secret INTEGER, server_metadata TEXT)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO credentials VALUES (7, 'https://old.example/mcp', "
                "'https://old-issuer.example', 'c', 'dynamic', 'none', '', 0, 0, 1, 0, '{}')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
        const QString legacyKey = QStringLiteral("credential/7/access_token");
        {
            QKeychain::WritePasswordJob job(QStringLiteral("McpScope-test"));
            job.setAutoDelete(false);
            job.setKey(legacyKey);
            job.setTextData(QStringLiteral("legacy-token-value"));
            QSignalSpy done(&job, &QKeychain::Job::finished);
            job.start();
            QVERIFY(done.wait(10000));
            QCOMPARE(job.error(), QKeychain::NoError);
        }
        QVERIFY(keychainRead(legacyKey));
        TokenVault vault;
        QVERIFY(vault.openAndWait(path, QStringLiteral("McpScope-test")));
        QVERIFY(vault.credentials().isEmpty());
        QVERIFY2(vault.notice().contains(QLatin1String("1 credential")),
                 qPrintable(vault.notice()));
        QCOMPARE(vault.identity().size(), 36);
        const auto gone = keychainRead(legacyKey);
        QVERIFY(!gone);
        QCOMPARE(gone.error().detail, int(QKeychain::EntryNotFound));
        // Opened again: the same identity, nothing more to say.
        const QString identity = vault.identity();
        TokenVault again;
        QVERIFY(again.openAndWait(path, QStringLiteral("McpScope-test")));
        QCOMPARE(again.identity(), identity);
        QVERIFY(again.notice().isEmpty());
    }

    // What the user's browser does with the authorization URL: follow the
    // authorization server's redirects (cookies kept) until the loopback
    // redirect, which the flow's receiver answers.
    static void playBrowser(HttpClient &browser, const QUrl &start)
    {
        auto follow = std::make_shared<std::function<void(QUrl, int)>>();
        *follow = [&browser, follow](QUrl at, int hops) {
            HttpRequest r;
            r.url = at;
            HttpCall *call = browser.send(r);
            QObject::connect(call, &HttpCall::finished, call, [call, at, hops, follow] {
                const QByteArray location = call->exchange().responseHeader("location");
                if (!location.isEmpty() && hops < 10)
                    (*follow)(at.resolved(QUrl(QString::fromUtf8(location))), hops + 1);
                else
                    *follow = nullptr;
            });
        };
        (*follow)(start, 0);
    }

    // A pre-registered client whose only redirect URI has its own port and
    // path: without a redirect URI set, the flow's default loopback port is
    // refused by the server (HTTP 400); with it, the headless flow signs in,
    // and in browser mode the listener takes that port and path. A redirect
    // URI the browser mode cannot receive is refused before anything is sent.
    void preRegisteredClientWithItsRedirectUri()
    {
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        settings.preRegistered.clientId = QStringLiteral("fixed-redirect-client");
        HttpClient http;
        {
            OAuthFlow flow(&http);
            flow.setSettings(settings);
            QSignalSpy finished(&flow, &OAuthFlow::finished);
            flow.start(mcpUrl());
            QVERIFY(finished.wait(30000));
            QVERIFY(!flow.succeeded());
            QCOMPARE(flow.steps().at(int(OAuthFlow::StepKind::Authorization)).state,
                     OAuthFlow::StepState::Failed);
            QVERIFY2(flow.failureMessage().contains(QLatin1String("400")),
                     qPrintable(flow.failureMessage()));
            QVERIFY2(flow.failureMessage().contains(
                         QLatin1String("only the redirect URIs it registered")),
                     qPrintable(flow.failureMessage()));
        }
        settings.redirectUri = m_registeredRedirect;
        {
            OAuthFlow flow(&http);
            flow.setSettings(settings);
            QSignalSpy finished(&flow, &OAuthFlow::finished);
            flow.start(mcpUrl());
            QVERIFY(finished.wait(30000));
            QVERIFY2(flow.succeeded(), qPrintable(flow.failureMessage()));
            QCOMPARE(flow.client().clientId, QStringLiteral("fixed-redirect-client"));
            QCOMPARE(flow.client().registration, QStringLiteral("pre-registered"));
            bool shown = false;
            for (const OAuthFlow::Value &v :
                 flow.steps().at(int(OAuthFlow::StepKind::Registration)).values)
                shown = shown || (v.name == u"redirect_uri" && v.value == m_registeredRedirect);
            QVERIFY(shown);
            QCOMPARE(introspectAt(flow.authServer().issuer, flow.tokens().accessToken)
                         .value(QStringLiteral("active"))
                         .toBool(),
                     true);
        }
        {
            QTemporaryDir dir;
            const auto login = [&](const QStringList &extra) {
                QProcess cli;
                cli.start(QStringLiteral(MCPSCOPE_CLI),
                          QStringList{QStringLiteral("auth"), QStringLiteral("login"),
                                      mcpUrl().toString(), QStringLiteral("--oauth"),
                                      QStringLiteral("headless"), QStringLiteral("--client-id"),
                                      QStringLiteral("fixed-redirect-client"),
                                      QStringLiteral("--vault"),
                                      dir.filePath(QStringLiteral("v.sqlite"))} +
                              extra);
                cli.waitForFinished(60000);
                return std::make_pair(cli.exitCode(), QByteArray(cli.readAllStandardOutput() +
                                                                 cli.readAllStandardError()));
            };
            auto [code, out] = login({});
            QVERIFY2(code != 0 && out.contains("only the redirect URIs it registered"),
                     out.constData());
            std::tie(code, out) = login({QStringLiteral("--redirect-uri"), m_registeredRedirect});
            QVERIFY2(code == 0 && out.contains("fixed-redirect-client"), out.constData());
        }
        settings.mode = OAuthFlow::Mode::Browser;
        {
            HttpClient browser; // the user's browser
            OAuthFlow flow(&http);
            flow.setSettings(settings);
            QSignalSpy finished(&flow, &OAuthFlow::finished);
            QUrl opened;
            connect(&flow, &OAuthFlow::openBrowser, this, [&](const QUrl &url) {
                opened = url;
                playBrowser(browser, url);
            });
            flow.start(mcpUrl());
            QVERIFY(finished.wait(30000));
            QVERIFY2(flow.succeeded(), qPrintable(flow.failureMessage()));
            QCOMPARE(QUrlQuery(opened).queryItemValue(QStringLiteral("redirect_uri"),
                                                      QUrl::FullyDecoded),
                     m_registeredRedirect);
        }
        settings.redirectUri = QStringLiteral("https://app.example/callback");
        {
            OAuthFlow flow(&http);
            flow.setSettings(settings);
            QSignalSpy finished(&flow, &OAuthFlow::finished);
            QSignalSpy opened(&flow, &OAuthFlow::openBrowser);
            flow.start(mcpUrl());
            QVERIFY(finished.wait(30000));
            QVERIFY(!flow.succeeded());
            QCOMPARE(flow.steps().at(int(OAuthFlow::StepKind::Registration)).state,
                     OAuthFlow::StepState::Failed);
            QVERIFY2(flow.failureMessage().contains(QLatin1String("https://app.example/callback")),
                     qPrintable(flow.failureMessage()));
            QCOMPARE(opened.size(), 0);
        }
    }

    // The auth verbs of the CLI on one credential, start to end.
    void cliAuthVerbs()
    {
        QTemporaryDir home;
        const QString vaultPath = home.filePath(QStringLiteral("vault.sqlite"));
        const auto run = [&](const QStringList &args) {
            QProcess cli;
            cli.start(QStringLiteral(MCPSCOPE_CLI),
                      args + QStringList{QStringLiteral("--vault"), vaultPath});
            cli.waitForFinished(60000);
            return std::make_pair(cli.exitCode(), QByteArray(cli.readAllStandardOutput() +
                                                             cli.readAllStandardError()));
        };
        auto [code, out] =
            run({QStringLiteral("auth"), QStringLiteral("login"), mcpUrl().toString(),
                 QStringLiteral("--oauth"), QStringLiteral("headless")});
        QVERIFY2(code == 0, out.constData());
        QVERIFY(out.contains("\"keychain\": true"));
        const qint64 id = QJsonDocument::fromJson(
                              out.mid(out.indexOf('{'), out.indexOf('}') - out.indexOf('{') + 1))
                              .object()
                              .value(QStringLiteral("id"))
                              .toInteger();
        QVERIFY(id > 0);
        const QString idText = QString::number(id);
        std::tie(code, out) = run({QStringLiteral("auth"), QStringLiteral("tokens")});
        QVERIFY2(code == 0 && out.contains(mcpUrl().toString().toUtf8()) &&
                     out.contains("\"refresh_token\": true"),
                 out.constData());
        QVERIFY(!out.contains("Bearer"));
        std::tie(code, out) = run({QStringLiteral("auth"), QStringLiteral("refresh"), idText});
        QVERIFY2(code == 0 && out.contains("expires_at"), out.constData());
        std::tie(code, out) = run({QStringLiteral("auth"), QStringLiteral("introspect"), idText});
        QVERIFY2(code == 0 && out.contains("\"active\": true"), out.constData());
        std::tie(code, out) = run({QStringLiteral("auth"), QStringLiteral("header"), idText});
        QVERIFY2(code == 0 && out.startsWith("Authorization: Bearer "), out.constData());
        std::tie(code, out) = run({QStringLiteral("auth"), QStringLiteral("revoke"), idText});
        QVERIFY2(code == 0 && out.contains("\"deleted\": true"), out.constData());
        std::tie(code, out) = run({QStringLiteral("auth"), QStringLiteral("refresh"), idText});
        QCOMPARE(code, 1); // gone: a usage error naming the id
        QVERIFY(out.contains("no credential"));
    }

    // A planted client secret and the flow's tokens never reach the capture
    // store, the vault database, a capture export, the CLI's output or any
    // other file under the test's HOME. (The code and verifier are blanked by redaction before the
    // capture store sees them: tst_redaction; here the sweep shows the store
    // did record the token request.)
    void plantedSecretsNeverReachDisk()
    {
        QTemporaryDir home;
        const QString storePath = home.filePath(QStringLiteral("capture.sqlite"));
        const QString vaultPath = home.filePath(QStringLiteral("vault.sqlite"));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("MCPSCOPE_CLIENT_SECRET"), QLatin1String(kPlantedSecret));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(MCPSCOPE_CLI),
                  {QStringLiteral("tools"), QStringLiteral("call"), mcpUrl().toString(),
                   QStringLiteral("whoami"), QStringLiteral("--oauth"), QStringLiteral("headless"),
                   QStringLiteral("--client-id"), QStringLiteral("planted-client"),
                   QStringLiteral("--store"), storePath, QStringLiteral("--vault"), vaultPath});
        QSignalSpy finished(&cli, &QProcess::finished);
        QVERIFY(finished.wait(60000));
        const QByteArray output = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("client=planted-client"), output.constData());
        // A capture export, written under HOME so the sweep reads it too.
        QProcess exporter;
        exporter.setProcessEnvironment(env);
        exporter.start(QStringLiteral(MCPSCOPE_CLI),
                       {QStringLiteral("export"), QStringLiteral("--store"), storePath,
                        QStringLiteral("--output"), home.filePath(QStringLiteral("export.json"))});
        QVERIFY(exporter.waitForFinished(30000));
        QCOMPARE(exporter.exitCode(), 0);
        QFile exported(home.filePath(QStringLiteral("export.json")));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray exportBytes = exported.readAll();
        QVERIFY(exportBytes.contains("/token"));                    // the flow is in the export
        QVERIFY(exportBytes.contains("notifications/initialized")); // and the session's messages

        // The secrets of that flow, from the places that legitimately hold them.
        TokenVault vault;
        QVERIFY(vault.openAndWait(vaultPath));
        const auto credential = vault.credentialFor(mcpUrl().toString());
        QVERIFY(credential);
        QVERIFY(credential->hasClientSecret);
        QStringList secrets{QLatin1String(kPlantedSecret)};
        for (const char *kind : {"access_token", "refresh_token", "client_secret"}) {
            const auto value =
                keychainRead(entryKey(vault, *credential, kind), QStringLiteral("McpScope"));
            QVERIFY2(value, qPrintable(value ? QString() : value.error().message));
            QVERIFY(value->size() >= 16);
            secrets << *value;
        }
        QCOMPARE(secrets.last(),
                 QLatin1String(kPlantedSecret)); // the keychain holds the planted secret
        // The capture store recorded the code and verifier (redacted): the
        // sweep below proves the raw values are not there.
        QVERIFY(QFile::exists(storePath));

        QByteArray everything = output;
        QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int swept = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            if (f.fileName().contains(QLatin1String("/keyrings/")))
                continue; // gnome-keyring's own, encrypted
            QVERIFY(f.open(QIODevice::ReadOnly));
            everything += f.readAll();
            ++swept;
        }
        QVERIFY(swept >= 3); // the capture store, the vault database and the export at least
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!everything.contains(secret.toUtf8()),
                     qPrintable(QStringLiteral("found a secret on disk: %1…").arg(secret.left(6))));
        // The capture store did record the flow (so the sweep saw real traffic).
        QVERIFY(everything.contains("/token"));
        QVERIFY(everything.contains("code_verifier"));
    }

    // No keychain (no Secret Service on the bus): said clearly, secrets in
    // memory only, and none of them on disk. The tokens the authorization
    // server issued for this sign-in (it reports each) and the client secret
    // are searched for, raw and encoded, in every file under the process's
    // HOME and XDG folders, where QtKeychain's plaintext fallback would write.
    void noKeychainMeansMemoryOnly()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        env.insert(QStringLiteral("MCPSCOPE_CLIENT_SECRET"), QLatin1String(kPlantedSecret));
        const QStringList issuedBefore = issuedTokens();
        QProcess cli;
        cli.setProcessEnvironment(env);
        // The default vault path: under XDG_DATA_HOME, inside the sweep.
        cli.start(QStringLiteral(MCPSCOPE_CLI),
                  {QStringLiteral("auth"), QStringLiteral("login"), mcpUrl().toString(),
                   QStringLiteral("--oauth"), QStringLiteral("headless"),
                   QStringLiteral("--client-id"), QStringLiteral("planted-client")});
        QSignalSpy finished(&cli, &QProcess::finished);
        QVERIFY(finished.wait(60000));
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("No OS keychain is available"), err.constData());
        QVERIFY2(out.contains("\"keychain\": false"), QByteArray(out + err).constData());
        QStringList secrets = issuedTokens().mid(issuedBefore.size());
        QVERIFY2(secrets.size() >= 2,
                 qPrintable(secrets.join(u' '))); // an access and a refresh token
        secrets << QLatin1String(kPlantedSecret);
        // The metadata is kept (so the sweep reads a real vault), the secrets were not.
        const QString vaultPath = home.filePath(QStringLiteral("data/McpScope/vault.sqlite"));
        TokenVault vault;
        QVERIFY(vault.openAndWait(vaultPath));
        QCOMPARE(vault.credentials().size(), 1);
        QVERIFY(vault.credentials().first().hasRefreshToken &&
                vault.credentials().first().hasClientSecret);

        QByteArray everything;
        QDirIterator files(home.path(), QDir::Files | QDir::Hidden | QDir::System,
                           QDirIterator::Subdirectories);
        int swept = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            everything += f.readAll();
            ++swept;
        }
        QVERIFY(swept >= 1);
        QVERIFY(everything.contains(mcpUrl().toString().toUtf8())); // the vault's metadata was read
        for (const QString &secret : std::as_const(secrets)) {
            const QByteArray raw = secret.toUtf8();
            for (const QByteArray &form :
                 {raw, raw.toBase64(),
                  raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                  QUrl::toPercentEncoding(secret)})
                QVERIFY2(
                    !everything.contains(form),
                    qPrintable(QStringLiteral("found a secret on disk: %1…").arg(secret.left(6))));
        }
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_oidc;
    TokenVault m_vault;
    qint64 m_lastStored = 0;
    QString m_registeredRedirect;
};

QTEST_GUILESS_MAIN(TestTokenVault)
#include "tst_token_vault.moc"
