#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "diagnostics/diagnostics_runner.h"
#include "diagnostics/token_facts_observer.h"
#include "mcp/mcp_client.h"
#include "misbehaving_server.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/pkce.h"
#include "session/mcp_authorizer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace mcpscope;
using namespace mcpscope::testing;

// The OAuth and token rules (diagnostics/rules_oauth.cpp) and the token facts
// observer (diagnostics/token_facts_observer.h) on real traffic: oidc-provider
// configured to fail (one-second codes, a redirect URI registered with a
// trailing slash, refresh-token rotation then reuse, a wrong client secret,
// an unknown resource, a machine client whose tokens live one second, a
// redirect loop) in front of the SDK-built resource server, which refuses
// tokens for another resource. Each test records into its own capture
// session, runs the rules over the store (runDiagnostics) and checks the
// finding's kind and its evidence exchange ids; a healthy sign-in with MCP
// calls raises none of these kinds, and no finding argument holds a secret.
class TestDiagnosticsOAuth : public QObject
{
    Q_OBJECT

    QString issuer() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_authPort); }
    QString mcpUrl() const { return QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_oidc.port()); }
    QString sseUrl() const { return QStringLiteral("http://127.0.0.1:%1/sse").arg(m_oidc.port()); }
    static QString registeredRedirect()
    {
        return QStringLiteral("http://127.0.0.1:33418/callback/");
    }

    // A capture session of its own for each test; the client records into it.
    qint64 newSession(const char *name)
    {
        const qint64 id =
            m_store.createSession(QString::fromLatin1(name), issuer(), QStringLiteral("oauth"),
                                  QDateTime::currentMSecsSinceEpoch());
        m_http->setSessionId(id);
        return id;
    }

    Exchange send(const HttpRequest &request)
    {
        HttpCall *call = m_http->send(request);
        QSignalSpy finished(call, &HttpCall::finished);
        if (!call->isFinished())
            finished.wait(20000);
        return call->exchange();
    }

    // POST the token endpoint; basic: "id:secret" for client_secret_basic.
    Exchange tokenRequest(const QList<QPair<QString, QString>> &form, const QByteArray &basic = {})
    {
        HttpRequest r;
        r.method = "POST";
        r.url = QUrl(issuer() + QStringLiteral("/token"));
        r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        if (!basic.isEmpty())
            r.headers.append({QByteArray("Authorization"), "Basic " + basic.toBase64()});
        QByteArrayList pairs;
        for (const auto &[name, value] : form)
            pairs << name.toUtf8() + '=' + QUrl::toPercentEncoding(value);
        r.body = pairs.join('&');
        for (const auto &[name, value] : form)
            if (name.contains(QLatin1String("secret")) || name == u"code" ||
                name.contains(QLatin1String("verifier")) || name.contains(QLatin1String("token")))
                m_secrets << value;
        return send(r);
    }

    Exchange machineToken(const QString &resource,
                          const QString &scope = QStringLiteral("mcp:tools"))
    {
        return tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                             {QStringLiteral("resource"), resource},
                             {QStringLiteral("scope"), scope}},
                            "machine-client:machine-secret-not-a-user-secret");
    }

    static QJsonObject json(const Exchange &e)
    {
        return QJsonDocument::fromJson(e.responseBody).object();
    }

    // The authorization request as a browser would make it, every redirect
    // followed (cookies kept by the client), until the redirect URI.
    struct Authorized
    {
        qint64 requestId = 0; // the GET of the authorization endpoint
        QString code;
        QString verifier;
        Exchange last;
    };
    Authorized authorize(const QString &clientId, const QString &redirectUri,
                         const char *method = "S256")
    {
        Authorized out;
        out.verifier = QString::fromLatin1(Pkce::makeVerifier());
        m_secrets << out.verifier;
        QByteArrayList q;
        const auto add = [&q](const char *name, const QString &value) {
            q << QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
        };
        add("response_type", QStringLiteral("code"));
        add("client_id", clientId);
        add("redirect_uri", redirectUri);
        add("state", QString::fromLatin1(Pkce::randomToken()));
        add("code_challenge", QString::fromLatin1(Pkce::challengeS256(out.verifier.toLatin1())));
        add("code_challenge_method", QString::fromLatin1(method));
        add("resource", mcpUrl());
        add("scope", QStringLiteral("mcp:tools"));
        QUrl url(issuer() + QStringLiteral("/auth"));
        url.setQuery(QString::fromLatin1(q.join('&')), QUrl::StrictMode);
        for (int hops = 0; hops < 12; ++hops) {
            HttpRequest r;
            r.url = url;
            out.last = send(r);
            if (hops == 0)
                out.requestId = out.last.id;
            const QByteArray location = out.last.responseHeader("location");
            if (location.isEmpty())
                return out;
            const QUrl next = url.resolved(QUrl(QString::fromUtf8(location)));
            if (next.toString().startsWith(redirectUri)) {
                out.code =
                    QUrlQuery(next).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
                m_secrets << out.code;
                return out;
            }
            url = next;
        }
        return out;
    }

    QList<QPair<QString, QString>> codeForm(const Authorized &a, const QString &redirectUri,
                                            const QString &verifier = {})
    {
        return {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("client_id"), QStringLiteral("fixed-redirect-client")},
                {QStringLiteral("code"), a.code},
                {QStringLiteral("redirect_uri"), redirectUri},
                {QStringLiteral("code_verifier"), verifier.isEmpty() ? a.verifier : verifier}};
    }

    // Runs the rules over the store for session; its findings (live and rules).
    QList<Finding> findingsOf(qint64 session)
    {
        m_store.flush();
        DiagnosticsOptions options;
        options.sessionIds = {session};
        options.force = true;
        const auto run = runDiagnostics(m_store.path(), options);
        if (!run) {
            qWarning() << run.error().message;
            return {};
        }
        const auto found = m_findings.findings(session);
        return found ? *found : QList<Finding>{};
    }

    static const Finding *find(const QList<Finding> &findings, const QString &kind,
                               const QString &source = {})
    {
        for (const Finding &f : findings)
            if (f.kind == kind && (source.isEmpty() || f.sourceId() == source))
                return &f;
        return nullptr;
    }

    // The findings of kind cite every one of ids between them (a live
    // finding and the rules' finding of one kind split the evidence: the
    // runner does not store again what a live finding cites).
    static bool citing(const QList<Finding> &findings, const QString &kind,
                       const QList<qint64> &ids)
    {
        QSet<qint64> cited;
        for (const Finding &f : findings)
            if (f.kind == kind)
                for (qint64 id : f.exchangeIds)
                    cited.insert(id);
        for (qint64 id : ids)
            if (!cited.contains(id))
                return false;
        return true;
    }

    static QString kinds(const QList<Finding> &findings)
    {
        QStringList out;
        for (const Finding &f : findings)
            out << f.kind + QLatin1Char('(') + f.sourceId() + QLatin1Char(')');
        return out.join(QLatin1String(", "));
    }

    // The kinds this group raises (rules and observer), reused ones included.
    static bool ours(const QString &kind)
    {
        return kind.startsWith(QLatin1String("oauth.")) || kind == u"net.clock_skew.token";
    }

// The findings of kind cite every one of the exchange ids given.
#define EXPECT_FINDING(findings, kind, ...)                                                        \
    do {                                                                                           \
        const QList<Finding> list_ = (findings);                                                   \
        QVERIFY2(find(list_, QStringLiteral(kind)),                                                \
                 qPrintable(QStringLiteral(kind " not among: ") + kinds(list_)));                  \
        QVERIFY2(citing(list_, QStringLiteral(kind), {__VA_ARGS__}),                               \
                 qPrintable(QStringLiteral(kind " does not cite every exchange expected")));       \
    } while (false)

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("diagnostics.sqlite"))));
        QVERIFY(m_findings.open(m_store.path()));
        m_http = new HttpClient(&m_store, this);
        m_observer = std::make_unique<TokenFactsObserver>(&m_findings);
        m_store.addObserver(m_observer.get());
        m_authPort = freePort();
        m_issuedTokens = m_dir.filePath(QStringLiteral("issued.txt"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(m_authPort));
        // Codes live 5 s: long enough for the other cases' code to be
        // exchanged on a loaded machine, short enough to outlive in one.
        env.insert(QStringLiteral("CODE_TTL"), QStringLiteral("5"));
        env.insert(QStringLiteral("MACHINE_TOKEN_TTL"), QStringLiteral("1"));
        env.insert(QStringLiteral("REDIRECT_LOOP"), QStringLiteral("1"));
        env.insert(QStringLiteral("REGISTERED_REDIRECT_URI"), registeredRedirect());
        env.insert(QStringLiteral("PLANTED_SECRET"),
                   QStringLiteral("planted-secret-diagnostics-7c1"));
        env.insert(QStringLiteral("ISSUED_TOKENS_FILE"), m_issuedTokens);
        m_secrets << QStringLiteral("planted-secret-diagnostics-7c1")
                  << QStringLiteral("machine-secret-not-a-user-secret");
        const QString why = m_oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void cleanupTestCase()
    {
        m_store.removeObserver(m_observer.get());
    }

    // A sign-in (the McpScope flow, headless) and MCP calls: none of the
    // OAuth kinds, from the rules or the observer.
    void healthySignInRaisesNothing()
    {
        const qint64 session = newSession("healthy");
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        McpAuthorizer authorizer(m_http);
        authorizer.setFlowSettings(settings);
        McpClient client(m_http, &m_store);
        authorizer.attach(&client);
        QSignalSpy connected(&client, &McpClient::connected);
        client.connectToServer(QUrl(mcpUrl()), McpClient::Transport::StreamableHttp);
        QVERIFY(connected.wait(30000));
        for (const char *method : {"tools/list", "ping"}) {
            McpRequest *r = client.request(QString::fromLatin1(method), {});
            QSignalSpy done(r, &McpRequest::finished);
            QVERIFY(r->isFinished() || done.wait(20000));
            QVERIFY(r->succeeded());
        }
        McpRequest *whoami = client.request(QStringLiteral("tools/call"),
                                            {{QStringLiteral("name"), QStringLiteral("whoami")}});
        QSignalSpy done(whoami, &McpRequest::finished);
        QVERIFY(whoami->isFinished() || done.wait(20000));
        QVERIFY(whoami->succeeded());
        const QList<Finding> found = findingsOf(session);
        for (const Finding &f : found)
            QVERIFY2(!ours(f.kind), qPrintable(kinds(found)));
    }

    void codeUsedAfterItsLifetime()
    {
        const qint64 session = newSession("late code");
        const Authorized a =
            authorize(QStringLiteral("fixed-redirect-client"), registeredRedirect());
        QVERIFY2(!a.code.isEmpty(), a.last.responseBody.left(300).constData());
        // The peer's codes live five seconds (CODE_TTL): wait for that, bounded.
        const qint64 issuedAt = QDateTime::currentMSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > issuedAt + 6100, 10000);
        const Exchange t = tokenRequest(codeForm(a, registeredRedirect()));
        QCOMPARE(json(t).value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        const QList<Finding> found = findingsOf(session);
        EXPECT_FINDING(found, "oauth.invalid_grant.code_expired", a.requestId, t.id);
    }

    // Registered as ".../callback/"; the token request leaves the slash out.
    void redirectUriWithoutItsTrailingSlash()
    {
        const qint64 session = newSession("trailing slash");
        const Authorized a =
            authorize(QStringLiteral("fixed-redirect-client"), registeredRedirect());
        QVERIFY(!a.code.isEmpty());
        QString withoutSlash = registeredRedirect();
        withoutSlash.chop(1);
        const Exchange t = tokenRequest(codeForm(a, withoutSlash));
        QCOMPARE(json(t).value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        const QList<Finding> found = findingsOf(session);
        EXPECT_FINDING(found, "oauth.invalid_grant.redirect_differs", a.requestId, t.id);
        const Finding *f = find(found, QStringLiteral("oauth.invalid_grant.redirect_differs"));
        QCOMPARE(f->arguments.value(0), withoutSlash);
        QCOMPARE(f->arguments.value(1), registeredRedirect());
        QVERIFY(f->summary().contains(registeredRedirect()));
    }

    // A client registered dynamically with ".../cb/" asks for ".../cb".
    void redirectUriNotRegistered()
    {
        const qint64 session = newSession("unregistered redirect");
        HttpRequest r;
        r.method = "POST";
        r.url = QUrl(issuer() + QStringLiteral("/reg"));
        r.headers = {{"Content-Type", "application/json"}};
        r.body = QJsonDocument(
                     QJsonObject{
                         {QStringLiteral("redirect_uris"),
                          QJsonArray{QStringLiteral("http://127.0.0.1:33419/cb/")}},
                         {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")},
                         {QStringLiteral("application_type"), QStringLiteral("native")},
                     })
                     .toJson(QJsonDocument::Compact);
        const Exchange registered = send(r);
        QCOMPARE(registered.status, 201);
        const QString clientId = json(registered).value(QStringLiteral("client_id")).toString();
        const Authorized a = authorize(clientId, QStringLiteral("http://127.0.0.1:33419/cb"));
        QCOMPARE(a.last.status, 400);
        const QList<Finding> found = findingsOf(session);
        EXPECT_FINDING(found, "oauth.authorization.redirect_not_registered", registered.id,
                       a.requestId);
        const Finding *f =
            find(found, QStringLiteral("oauth.authorization.redirect_not_registered"));
        QCOMPARE(f->arguments.value(0), QStringLiteral("http://127.0.0.1:33419/cb"));
        QCOMPARE(f->arguments.value(2), QStringLiteral("http://127.0.0.1:33419/cb/"));
    }

    // The observer sees the verifier: its S256 is not the challenge. The same
    // code sent again is a reuse.
    void pkceVerifierMismatch()
    {
        const qint64 session = newSession("verifier");
        const Authorized a =
            authorize(QStringLiteral("fixed-redirect-client"), registeredRedirect());
        QVERIFY(!a.code.isEmpty());
        const QString wrong = QString::fromLatin1(Pkce::makeVerifier());
        m_secrets << wrong;
        const Exchange first = tokenRequest(codeForm(a, registeredRedirect(), wrong));
        QCOMPARE(json(first).value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        tokenRequest(codeForm(a, registeredRedirect()));
        const Exchange again = tokenRequest(codeForm(a, registeredRedirect()));
        QCOMPARE(json(again).value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        const QList<Finding> found = findingsOf(session);
        EXPECT_FINDING(found, "oauth.invalid_grant.verifier_mismatch", a.requestId, first.id);
        QCOMPARE(find(found, QStringLiteral("oauth.invalid_grant.verifier_mismatch"))->sourceId(),
                 QStringLiteral("live"));
        EXPECT_FINDING(found, "oauth.invalid_grant.code_reused", first.id, again.id);
    }

    // An authorization request with plain PKCE (the peer requires S256).
    void pkcePlainAndMissing()
    {
        const qint64 session = newSession("plain pkce");
        const Authorized a =
            authorize(QStringLiteral("fixed-redirect-client"), registeredRedirect(), "plain");
        const QList<Finding> found = findingsOf(session);
        EXPECT_FINDING(found, "oauth.pkce.plain", a.requestId);
    }

    void refreshTokenReusedAfterRotation()
    {
        const qint64 session = newSession("refresh reuse");
        const Authorized a =
            authorize(QStringLiteral("fixed-redirect-client"), registeredRedirect());
        const Exchange t = tokenRequest(codeForm(a, registeredRedirect()));
        const QString refresh = json(t).value(QStringLiteral("refresh_token")).toString();
        QVERIFY2(!refresh.isEmpty(), t.responseBody.constData());
        const QList<QPair<QString, QString>> form{
            {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("client_id"), QStringLiteral("fixed-redirect-client")},
            {QStringLiteral("refresh_token"), refresh}};
        const Exchange rotated = tokenRequest(form);
        QVERIFY(!json(rotated).value(QStringLiteral("refresh_token")).toString().isEmpty());
        QVERIFY(json(rotated).value(QStringLiteral("refresh_token")).toString() != refresh);
        const Exchange reused = tokenRequest(form);
        QCOMPARE(json(reused).value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        const QList<Finding> found = findingsOf(session);
        EXPECT_FINDING(found, "oauth.invalid_grant.refresh_reused", rotated.id, reused.id);
        // The observer knew it for certain (the same token's hash), live.
        QVERIFY(find(found, QStringLiteral("oauth.invalid_grant.refresh_reused"),
                     QStringLiteral("live")));
    }

    void wrongClientSecret()
    {
        const qint64 session = newSession("wrong secret");
        m_secrets << QStringLiteral("wrong-secret-for-the-machine-5b9");
        const Exchange t =
            tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                          {QStringLiteral("resource"), mcpUrl()}},
                         "machine-client:wrong-secret-for-the-machine-5b9");
        QCOMPARE(json(t).value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_client"));
        const QList<Finding> found = findingsOf(session);
        EXPECT_FINDING(found, "oauth.invalid_client.secret_refused", t.id);
        QCOMPARE(
            find(found, QStringLiteral("oauth.invalid_client.secret_refused"))->arguments.value(1),
            QStringLiteral("client_secret_basic"));
    }

    void unknownClient()
    {
        const qint64 session = newSession("unknown client");
        const Exchange t =
            tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                          {QStringLiteral("client_id"), QStringLiteral("nobody-registered-me")}});
        QCOMPARE(json(t).value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_client"));
        const QList<Finding> found = findingsOf(session);
        EXPECT_FINDING(found, "oauth.invalid_client.unknown_client", t.id);
        QCOMPARE(
            find(found, QStringLiteral("oauth.invalid_client.unknown_client"))->arguments.value(0),
            QStringLiteral("nobody-registered-me"));
    }

    // Registered at the peer, used at another authorization server (a
    // fixture that refuses every client).
    void clientOfAnotherIssuer()
    {
        const qint64 session = newSession("other issuer");
        HttpRequest r;
        r.method = "POST";
        r.url = QUrl(issuer() + QStringLiteral("/reg"));
        r.headers = {{"Content-Type", "application/json"}};
        r.body = "{\"redirect_uris\":[\"http://127.0.0.1:33419/"
                 "cb\"],\"token_endpoint_auth_method\":\"none\","
                 "\"application_type\":\"native\",\"grant_types\":[\"authorization_code\"]}";
        const Exchange registered = send(r);
        const QString clientId = json(registered).value(QStringLiteral("client_id")).toString();
        QVERIFY(!clientId.isEmpty());
        MisbehavingServer other;
        other.serve("/token", 401, "application/json",
                    "{\"error\":\"invalid_client\",\"error_description\":\"client authentication "
                    "failed\"}");
        HttpRequest t;
        t.method = "POST";
        t.url = QUrl(other.url(QStringLiteral("/token")));
        t.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        t.body = "grant_type=authorization_code&code=abc-not-real&client_id=" + clientId.toUtf8();
        const Exchange refused = send(t);
        QCOMPARE(refused.status, 401);
        const QList<Finding> found = findingsOf(session);
        EXPECT_FINDING(found, "oauth.invalid_client.other_issuer", registered.id, refused.id);
    }

    // machine-client may use client_credentials only.
    void grantTypeNotAllowed()
    {
        const qint64 session = newSession("grant not allowed");
        const Exchange t =
            tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                          {QStringLiteral("code"), QStringLiteral("not-a-code-at-all")},
                          {QStringLiteral("redirect_uri"), registeredRedirect()}},
                         "machine-client:machine-secret-not-a-user-secret");
        // oidc-provider says invalid_request ("requested grant type is not
        // allowed for this client"); the rule names it for what it is.
        QVERIFY2(json(t)
                     .value(QStringLiteral("error_description"))
                     .toString()
                     .contains(QLatin1String("grant type is not allowed")),
                 t.responseBody.constData());
        EXPECT_FINDING(findingsOf(session), "oauth.unauthorized_client", t.id);
    }

    void unknownResource()
    {
        const qint64 session = newSession("unknown resource");
        const Exchange t = machineToken(QStringLiteral("http://127.0.0.1:1/nowhere"));
        QCOMPARE(json(t).value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_target"));
        EXPECT_FINDING(findingsOf(session), "oauth.invalid_target", t.id);
    }

    // A token for /sse used at /mcp: the SDK resource server refuses it
    // (its introspected audience is the other resource).
    void tokenForAnotherResource()
    {
        const qint64 session = newSession("audience");
        const Exchange t = machineToken(sseUrl());
        const QString access = json(t).value(QStringLiteral("access_token")).toString();
        QVERIFY2(!access.isEmpty(), t.responseBody.constData());
        const Exchange refused = mcpPost(access.toUtf8());
        QCOMPARE(refused.status, 401);
        const QList<Finding> found = findingsOf(session);
        EXPECT_FINDING(found, "oauth.token.audience_mismatch", t.id, refused.id);
        QCOMPARE(find(found, QStringLiteral("oauth.token.audience_mismatch"))->arguments.value(1),
                 sseUrl());
    }

    // The machine client's tokens live one second (MACHINE_TOKEN_TTL).
    void tokenUsedAfterItExpired()
    {
        const qint64 session = newSession("expired");
        const Exchange t = machineToken(mcpUrl());
        const QString access = json(t).value(QStringLiteral("access_token")).toString();
        QCOMPARE(json(t).value(QStringLiteral("expires_in")).toInt(), 1);
        // Used until the server refuses it, past the lifetime it was given.
        const qint64 expiresAt = t.startedAtMs + qint64(t.totalMs) + 1000;
        Exchange refused;
        QTRY_VERIFY_WITH_TIMEOUT((refused = mcpPost(access.toUtf8())).status == 401 &&
                                     refused.startedAtMs > expiresAt,
                                 10000);
        const QList<Finding> found = findingsOf(session);
        EXPECT_FINDING(found, "oauth.token.expired", t.id, refused.id);
        QVERIFY(find(found, QStringLiteral("oauth.token.expired"), QStringLiteral("live")));
    }

    void authorizationHeaderMissingOrMalformed()
    {
        const qint64 session = newSession("headers");
        const Exchange malformed = mcpPost({}, "Token abc-not-a-bearer");
        QCOMPARE(malformed.status, 401);
        const Exchange t = machineToken(mcpUrl());
        QCOMPARE(t.status, 200);
        m_secrets << json(t).value(QStringLiteral("access_token")).toString();
        const Exchange missing = mcpPost({});
        QCOMPARE(missing.status, 401);
        const QList<Finding> found = findingsOf(session);
        EXPECT_FINDING(found, "oauth.authorization_header.malformed", malformed.id);
        EXPECT_FINDING(found, "oauth.authorization_header.missing", t.id, missing.id);
    }

    // Metadata served by a fixture: plain http on a remote issuer that is
    // not the URL's, no S256, a token endpoint elsewhere, grant types that
    // cannot go with the response types; a 401 without a challenge.
    void contradictoryMetadata()
    {
        const qint64 session = newSession("metadata");
        MisbehavingServer fixture;
        const QJsonObject doc{
            {QStringLiteral("issuer"), QStringLiteral("http://auth.example.test")},
            {QStringLiteral("authorization_endpoint"), fixture.url(QStringLiteral("/authorize"))},
            {QStringLiteral("token_endpoint"), QStringLiteral("https://tokens.example.test/token")},
            {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
            {QStringLiteral("grant_types_supported"),
             QJsonArray{QStringLiteral("client_credentials")}},
            {QStringLiteral("code_challenge_methods_supported"),
             QJsonArray{QStringLiteral("plain")}}};
        fixture.serve("/.well-known/oauth-authorization-server", 200, "application/json",
                      QJsonDocument(doc).toJson(QJsonDocument::Compact));
        fixture.serve("/mcp", 401, "text/plain", "no");
        HttpRequest r;
        r.url = QUrl(fixture.url(QStringLiteral("/.well-known/oauth-authorization-server")));
        const Exchange e = send(r);
        QCOMPARE(e.status, 200);
        r.method = "POST";
        r.url = QUrl(fixture.url(QStringLiteral("/mcp")));
        const Exchange unauthorized = send(r);
        QCOMPARE(unauthorized.status, 401);
        const QList<Finding> found = findingsOf(session);
        EXPECT_FINDING(found, "oauth.as_metadata.issuer_url", e.id);
        EXPECT_FINDING(found, "oauth.insecure_issuer", e.id);
        EXPECT_FINDING(found, "oauth.pkce_s256_unsupported", e.id);
        EXPECT_FINDING(found, "oauth.as_metadata.foreign_endpoint", e.id);
        EXPECT_FINDING(found, "oauth.as_metadata.grant_response_mismatch", e.id);
        EXPECT_FINDING(found, "oauth.challenge.missing", unauthorized.id);
        const Finding *issuerUrl = find(found, QStringLiteral("oauth.as_metadata.issuer_url"));
        QCOMPARE(issuerUrl->arguments.value(2), fixture.url(QString()));
    }

    void redirectLoop()
    {
        const qint64 session = newSession("loop");
        QList<qint64> chain;
        QUrl url(issuer() + QStringLiteral("/loop/a"));
        for (int hops = 0; hops < 6; ++hops) {
            HttpRequest r;
            r.url = url;
            const Exchange e = send(r);
            QCOMPARE(e.status, 302);
            chain << e.id;
            url = url.resolved(QUrl(QString::fromUtf8(e.responseHeader("location"))));
        }
        const QList<Finding> found = findingsOf(session);
        EXPECT_FINDING(found, "oauth.redirect_loop", chain.at(0), chain.at(4));
    }

    // Every finding of every session: no argument holds a token, a code, a
    // verifier or a secret that went over the wire.
    void noSecretInAnyArgument()
    {
        QFile issued(m_issuedTokens);
        QVERIFY(issued.open(QIODevice::ReadOnly));
        QStringList secrets = m_secrets;
        for (const QByteArray &line : issued.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                secrets << QString::fromUtf8(line.trimmed());
        QVERIFY(secrets.size() > 10);
        const auto all = m_findings.findings(0);
        QVERIFY(all);
        QVERIFY(all->size() > 10);
        for (const Finding &f : *all)
            for (const QString &argument : f.arguments)
                for (const QString &secret : std::as_const(secrets))
                    QVERIFY2(secret.size() < 8 || !argument.contains(secret),
                             qPrintable(f.kind + QStringLiteral(" quotes a secret")));
    }

private:
    // POST initialize to the MCP endpoint with a bearer token (or another
    // Authorization header).
    Exchange mcpPost(const QByteArray &accessToken, const QByteArray &authorization = {})
    {
        HttpRequest r;
        r.method = "POST";
        r.url = QUrl(mcpUrl());
        r.headers = {{"Content-Type", "application/json"},
                     {"Accept", "application/json, text/event-stream"}};
        if (!accessToken.isEmpty())
            r.headers.append({QByteArray("Authorization"), "Bearer " + accessToken});
        else if (!authorization.isEmpty())
            r.headers.append({QByteArray("Authorization"), authorization});
        r.body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                 "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                 "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
        return send(r);
    }

    QTemporaryDir m_dir;
    CaptureStore m_store;
    FindingsStore m_findings;
    HttpClient *m_http = nullptr;
    std::unique_ptr<TokenFactsObserver> m_observer;
    NodePeer m_oidc;
    quint16 m_authPort = 0;
    QString m_issuedTokens;
    QStringList m_secrets;
};

QTEST_GUILESS_MAIN(TestDiagnosticsOAuth)
#include "tst_diagnostics_oauth.moc"
