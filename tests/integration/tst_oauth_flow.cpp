#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "error_code_testing.h"
#include "mcp/mcp_client.h"
#include "misbehaving_server.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/oauth_flow.h"
#include "oauth/oauth_requests.h"
#include "session/mcp_authorizer.h"
#include "tool_result.h"
#include "vault/token_vault.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace mcpscope;
using namespace mcpscope::testing;

// The OAuth flow against real authorization servers: oidc-provider (PKCE
// required, dynamic registration, refresh rotation, introspection,
// revocation, resource indicators) in front of an MCP server built with the
// official SDK that checks tokens by introspection; and the SDK's own OAuth
// example server. Then the flow's failures: bad metadata, issuer mismatch,
// no S256, a hung server, a callback with the wrong state.
class TestOAuthFlow : public QObject
{
    Q_OBJECT

    QUrl mcpUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_oidc.port()));
    }
    QString issuer() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_authPort); }

    static McpRequest *wait(McpRequest *request)
    {
        QSignalSpy finished(request, &McpRequest::finished);
        if (!request->isFinished() || finished.isEmpty())
            finished.wait(30000);
        return request;
    }
    static Exchange sendAndWait(HttpClient &http, const HttpRequest &request)
    {
        HttpCall *call = http.send(request);
        QSignalSpy finished(call, &HttpCall::finished);
        finished.wait(15000);
        return call->exchange();
    }
    static QString toolText(McpRequest *request) { return firstToolText(request->result()); }
    static int stepIndex(OAuthFlow::StepKind kind) { return int(kind); }

    // What the user's browser does with the authorization URL: follow the
    // authorization server's redirects (cookies kept) until the loopback
    // redirect, which the flow's receiver answers.
    // rewrite (when given) sees each URL before the browser opens it: a
    // stand-in for an attacker between the authorization server and the
    // redirect.
    static void playBrowser(HttpClient &browser, const QUrl &start,
                            std::function<QUrl(const QUrl &)> rewrite = {})
    {
        auto follow = std::make_shared<std::function<void(QUrl, int)>>();
        *follow = [&browser, follow, rewrite](QUrl at, int hops) {
            HttpRequest r;
            r.url = rewrite ? rewrite(at) : at;
            HttpCall *call = browser.send(r);
            connect(call, &HttpCall::finished, call, [call, at, hops, follow] {
                const QByteArray location = call->exchange().responseHeader("location");
                if (!location.isEmpty() && hops < 10)
                    (*follow)(at.resolved(QUrl(QString::fromUtf8(location))), hops + 1);
                else
                    *follow = nullptr;
            });
        };
        (*follow)(start, 0);
    }

    // An MCP session whose 401 is answered by an authorizer with settings.
    struct AuthorizedSession
    {
        HttpClient http;
        McpAuthorizer authorizer{&http};
        McpClient client;
        AuthorizedSession(CaptureStore *store, const OAuthFlow::Settings &settings)
            : http(store), client(&http, store)
        {
            authorizer.setFlowSettings(settings);
            authorizer.attach(&client);
        }
        // Connects and calls whoami; its text, or the error.
        QString
        connectAndWhoami(const QUrl &url,
                         McpClient::Transport transport = McpClient::Transport::StreamableHttp)
        {
            QSignalSpy connected(&client, &McpClient::connected);
            QSignalSpy failed(&client, &McpClient::failed);
            client.connectToServer(url, transport);
            if (!connected.wait(30000))
                return QStringLiteral("not connected: ") +
                       (failed.isEmpty() ? QStringLiteral("timeout")
                                         : failed.first().first().value<Error>().message);
            McpRequest *whoami =
                wait(client.request(QStringLiteral("tools/call"),
                                    {{QStringLiteral("name"), QStringLiteral("whoami")}}));
            return whoami->succeeded() ? toolText(whoami) : whoami->error().message;
        }
    };

    // Step mode: starts the flow for url and approves every request it stops
    // on, after edit() has seen it (and maybe changed it), until it finishes.
    static void approveEverything(OAuthFlow &flow, const QUrl &url,
                                  const std::function<void(int step, HttpRequest &request)> &edit)
    {
        QSignalSpy waiting(&flow, &OAuthFlow::waitingForApproval);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start(url);
        int approvals = 0;
        while (finished.isEmpty() && approvals < 20) {
            if (waiting.isEmpty() && !waiting.wait(10000))
                break;
            const int step = waiting.takeFirst().first().toInt();
            QCOMPARE(flow.steps().at(step).state, OAuthFlow::StepState::Waiting);
            HttpRequest request = flow.pendingRequest();
            edit(step, request);
            ++approvals;
            flow.proceed(request);
        }
        QVERIFY(finished.size() || finished.wait(10000));
    }

    // The exchange as the capture store holds it.
    std::optional<Exchange> stored(qint64 id)
    {
        m_store.flush();
        CaptureReader reader;
        if (!reader.open(m_store.path()))
            return std::nullopt;
        const auto e = reader.exchange(id);
        return e && e->has_value() ? std::optional<Exchange>(**e) : std::nullopt;
    }

    // Asks url until it answers 200 (a peer that is still starting refuses
    // the connection), for at most timeoutMs.
    static bool waitUntilAnswers(const QUrl &url, int timeoutMs)
    {
        HttpClient http;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            HttpRequest r;
            r.url = url;
            r.idleTimeoutMs = 2000;
            if (sendAndWait(http, r).status == 200)
                return true;
            QTest::qWait(100); // between attempts, not instead of one
        }
        return false;
    }

    // Runs a whole flow against the oidc-provider peer and returns it finished.
    void runHeadless(OAuthFlow &flow)
    {
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        flow.setSettings(settings);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start(mcpUrl());
        QVERIFY(finished.wait(30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("oauth.sqlite"))));
        m_authPort = freePort();
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(m_authPort));
        const QString why = m_oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // A 401 on connect runs the flow; the session retries with the token and
    // the SDK server (checking by introspection) sees who signed in.
    void mcpSessionAuthorizesOnTheFly()
    {
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        AuthorizedSession session(&m_store, settings);
        const QString whoami = session.connectAndWhoami(mcpUrl());
        QVERIFY2(whoami.contains(QStringLiteral("subject=mcp-tester")), qPrintable(whoami));
        QVERIFY(whoami.contains(QStringLiteral("scopes=mcp:tools")));
        McpAuthorizer &authorizer = session.authorizer;
        McpClient &client = session.client;

        const OAuthFlow *flow = authorizer.flow();
        QVERIFY(flow->succeeded());
        for (const OAuthFlow::Step &step : flow->steps()) {
            QVERIFY2(
                step.state == OAuthFlow::StepState::Ok,
                qPrintable(step.title + QStringLiteral(": ") + OAuthFlow::stateName(step.state)));
            QVERIFY(!step.exchangeIds.isEmpty()); // every step shows its HTTP exchanges
        }
        QCOMPARE(flow->client().registration, QStringLiteral("dynamic"));
        QCOMPARE(flow->resource(), mcpUrl().toString());
        QCOMPARE(flow->authServer().issuer, issuer());
        QCOMPARE(flow->requestedScope(), QStringLiteral("mcp:tools"));
        QVERIFY(!flow->tokens().refreshToken.isEmpty());
        QVERIFY(flow->tokens().expiresAtMs > flow->tokens().obtainedAtMs);
        client.close();
    }

    // Refresh with rotation, introspection, revocation, client credentials.
    void tokenLifecycle()
    {
        HttpClient http(&m_store);
        OAuthFlow flow(&http);
        runHeadless(flow);
        QVERIFY2(flow.succeeded(), qPrintable(flow.failureMessage()));
        const AuthServerMetadata server = flow.authServer();
        const OAuthClient client = flow.client();
        const TokenSet first = flow.tokens();

        const Exchange refreshed = sendAndWait(
            http, OAuthRequests::refresh(server, client, first.refreshToken, flow.resource()));
        QCOMPARE(refreshed.status, 200);
        const TokenResponse second = parseTokenResponse(refreshed.responseBody, 0);
        QVERIFY2(second.error.isEmpty(), qPrintable(second.errorDescription));
        QVERIFY(second.tokens.accessToken != first.accessToken);
        QVERIFY(!second.tokens.refreshToken.isEmpty());
        QVERIFY(second.tokens.refreshToken != first.refreshToken); // rotated
        // Introspection needs a confidential client: the resource server's.
        const OAuthClient resourceServer{QStringLiteral("mcp-resource-server"),
                                         QStringLiteral("rs-secret-not-a-user-secret"),
                                         QStringLiteral("client_secret_basic"),
                                         {}};
        Exchange active = sendAndWait(
            http, OAuthRequests::introspect(server, resourceServer, second.tokens.accessToken));
        QCOMPARE(active.status, 200);
        QCOMPARE(QJsonDocument::fromJson(active.responseBody)
                     .object()
                     .value(QStringLiteral("active"))
                     .toBool(),
                 true);
        const Exchange revoked =
            sendAndWait(http, OAuthRequests::revoke(server, client, second.tokens.accessToken,
                                                    QStringLiteral("access_token")));
        QCOMPARE(revoked.status, 200);
        active = sendAndWait(
            http, OAuthRequests::introspect(server, resourceServer, second.tokens.accessToken));
        QCOMPARE(QJsonDocument::fromJson(active.responseBody)
                     .object()
                     .value(QStringLiteral("active"))
                     .toBool(),
                 false);

        // The old refresh token is spent: invalid_grant, explained. (oidc-provider
        // then revokes the whole grant, as reuse detection should.)
        const Exchange reused = sendAndWait(
            http, OAuthRequests::refresh(server, client, first.refreshToken, flow.resource()));
        const TokenResponse refused = parseTokenResponse(reused.responseBody, 0);
        QCOMPARE(refused.error, QStringLiteral("invalid_grant"));
        QVERIFY(
            diagnoseOAuthError(QStringLiteral("refresh"), refused.error, refused.errorDescription)
                .cause.contains(QStringLiteral("only once")));
        QCOMPARE(
            oauthErrorFinding(QStringLiteral("refresh"), refused.error, refused.errorDescription)
                .kind,
            QStringLiteral("oauth.invalid_grant.refresh"));

        // Client credentials: a confidential client registered for it.
        HttpRequest registration;
        registration.method = "POST";
        registration.url = server.registrationEndpoint;
        registration.headers = {{"Content-Type", "application/json"}};
        registration.body =
            QJsonDocument(QJsonObject{{QStringLiteral("grant_types"),
                                       QJsonArray{QStringLiteral("client_credentials")}},
                                      {QStringLiteral("response_types"), QJsonArray{}},
                                      {QStringLiteral("redirect_uris"), QJsonArray{}},
                                      {QStringLiteral("token_endpoint_auth_method"),
                                       QStringLiteral("client_secret_basic")}})
                .toJson();
        const QJsonObject registered =
            QJsonDocument::fromJson(sendAndWait(http, registration).responseBody).object();
        const OAuthClient machine{registered.value(QStringLiteral("client_id")).toString(),
                                  registered.value(QStringLiteral("client_secret")).toString(),
                                  QStringLiteral("client_secret_basic"),
                                  {}};
        QVERIFY(!machine.clientSecret.isEmpty());
        const Exchange cc =
            sendAndWait(http, OAuthRequests::clientCredentials(server, machine, flow.resource(),
                                                               QStringLiteral("mcp:tools")));
        const TokenResponse ccTokens = parseTokenResponse(cc.responseBody, 0);
        QVERIFY2(ccTokens.error.isEmpty(),
                 qPrintable(ccTokens.error + QLatin1Char(' ') + ccTokens.errorDescription));
        // The token opens the protected MCP server, as that machine client.
        HttpClient machineHttp(&m_store);
        McpClient machineSession(&machineHttp, &m_store);
        machineSession.setBearerToken(ccTokens.tokens.accessToken);
        QSignalSpy connected(&machineSession, &McpClient::connected);
        QSignalSpy failed(&machineSession, &McpClient::failed);
        machineSession.connectToServer(mcpUrl(), McpClient::Transport::StreamableHttp);
        QVERIFY2(connected.wait(15000),
                 failed.isEmpty() ? "timeout"
                                  : qPrintable(failed.first().first().value<Error>().message));
        McpRequest *whoami = wait(machineSession.request(
            QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("whoami")}}));
        QVERIFY2(whoami->succeeded(), qPrintable(whoami->error().message));
        QVERIFY2(toolText(whoami).contains(
                     QStringLiteral(" client=%1 scopes=mcp:tools").arg(machine.clientId)),
                 qPrintable(toolText(whoami)));
        machineSession.close();
    }

    // Step mode: the flow stops before every request; the user may edit it,
    // and the edited request is the one the authorization server gets (its
    // registration answer echoes the client name) and the store keeps.
    void stepModeWaitsBeforeEachRequest()
    {
        HttpClient http(&m_store);
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        settings.stepMode = true;
        flow.setSettings(settings);
        int approvals = 0;
        approveEverything(flow, mcpUrl(), [&approvals](int step, HttpRequest &request) {
            ++approvals;
            if (step == stepIndex(OAuthFlow::StepKind::Registration)) {
                // Edit before sending: a client name of the user's choosing.
                QJsonObject body = QJsonDocument::fromJson(request.body).object();
                QCOMPARE(body.value(QStringLiteral("client_name")).toString(),
                         QStringLiteral("McpScope"));
                body.insert(QStringLiteral("client_name"), QStringLiteral("edited in step mode"));
                request.body = QJsonDocument(body).toJson();
            }
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(flow.succeeded(), qPrintable(flow.failureMessage()));
        QVERIFY2(approvals >= 5, qPrintable(QString::number(
                                     approvals))); // metadata ×2+, register, authorize, token

        const OAuthFlow::Step &registration =
            flow.steps().at(stepIndex(OAuthFlow::StepKind::Registration));
        QCOMPARE(registration.exchangeIds.size(), 1);
        const auto exchange = stored(registration.exchangeIds.first());
        QVERIFY(exchange);
        QCOMPARE(QJsonDocument::fromJson(exchange->requestBody)
                     .object()
                     .value(QStringLiteral("client_name"))
                     .toString(),
                 QStringLiteral("edited in step mode"));
        QCOMPARE(exchange->status, 201);
        const QJsonObject answer = QJsonDocument::fromJson(exchange->responseBody).object();
        QCOMPARE(answer.value(QStringLiteral("client_name")).toString(),
                 QStringLiteral("edited in step mode"));
        QCOMPARE(answer.value(QStringLiteral("client_id")).toString(), flow.client().clientId);
    }

    // A registration the authorization server refuses (here: an edit in step
    // mode asks for an authentication method oidc-provider does not know)
    // stops the flow at the registration step with the server's error and
    // what it means.
    void refusedRegistrationIsExplained()
    {
        HttpClient http(&m_store);
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        settings.stepMode = true;
        flow.setSettings(settings);
        approveEverything(flow, mcpUrl(), [](int step, HttpRequest &request) {
            if (step == stepIndex(OAuthFlow::StepKind::Registration)) {
                QJsonObject body = QJsonDocument::fromJson(request.body).object();
                body.insert(QStringLiteral("token_endpoint_auth_method"),
                            QStringLiteral("carrier_pigeon"));
                request.body = QJsonDocument(body).toJson();
            }
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!flow.succeeded());
        const OAuthFlow::Step &registration =
            flow.steps().at(stepIndex(OAuthFlow::StepKind::Registration));
        QCOMPARE(registration.state, OAuthFlow::StepState::Failed);
        QVERIFY2(
            registration.outcome.startsWith(QStringLiteral("HTTP 400: invalid_client_metadata ")),
            qPrintable(registration.outcome));
        QVERIFY2(registration.outcome.contains(QStringLiteral("token_endpoint_auth_method")),
                 qPrintable(registration.outcome));
        QCOMPARE(registration.cause,
                 QStringLiteral("Dynamic registration refused the client metadata."));
        QVERIFY(registration.fix.contains(QStringLiteral("token_endpoint_auth_method")));
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.invalid_client_metadata"));
        QCOMPARE(registration.finding, flow.failureFinding());
        QCOMPARE(flow.failureFinding().exchangeIds, QList<qint64>{registration.exchangeIds.last()});
        QCOMPARE(flow.steps().at(stepIndex(OAuthFlow::StepKind::Authorization)).state,
                 OAuthFlow::StepState::Skipped);
        QCOMPARE(flow.steps().at(stepIndex(OAuthFlow::StepKind::Token)).state,
                 OAuthFlow::StepState::Skipped);
    }

    // Browser mode: the loopback receiver takes the redirect. The test plays
    // the browser: it follows the authorization server's redirects.
    void browserModeWithLoopbackRedirect()
    {
        HttpClient http(&m_store);
        HttpClient browser; // not captured: it is the user's browser
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Browser;
        flow.setSettings(settings);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        connect(&flow, &OAuthFlow::openBrowser, this,
                [&browser](const QUrl &url) { playBrowser(browser, url); });
        flow.start(mcpUrl());
        QVERIFY(finished.wait(30000));
        QVERIFY2(flow.succeeded(), qPrintable(flow.failureMessage()));
        QVERIFY(flow.steps()
                    .at(stepIndex(OAuthFlow::StepKind::Registration))
                    .values.first()
                    .value.startsWith(QStringLiteral("http://127.0.0.1:")));
    }

    // A redirect with the wrong state is refused, and the user told why.
    void wrongStateIsRejected()
    {
        HttpClient http(&m_store);
        OAuthFlow flow(&http);
        flow.setSettings({});
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        QUrl redirect;
        connect(&flow, &OAuthFlow::openBrowser, this, [&redirect](const QUrl &url) {
            redirect = QUrl(
                QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        });
        flow.start(mcpUrl());
        QTRY_VERIFY_WITH_TIMEOUT(redirect.isValid() && !redirect.isEmpty(), 15000);
        redirect.setQuery(QStringLiteral("code=stolen&state=forged"));
        HttpClient attacker;
        HttpRequest r;
        r.url = redirect;
        const Exchange page = sendAndWait(attacker, r);
        QVERIFY2(page.status == 400, qPrintable(page.errorMessage));
        QVERIFY(page.responseBody.contains("does not match"));
        QVERIFY(finished.size() || finished.wait(5000));
        QVERIFY(!flow.succeeded());
        const OAuthFlow::Step &authorization =
            flow.steps().at(stepIndex(OAuthFlow::StepKind::Authorization));
        QCOMPARE(authorization.state, OAuthFlow::StepState::Failed);
        QVERIFY2(authorization.outcome.contains(QStringLiteral("state")),
                 qPrintable(authorization.outcome));
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.redirect.state_mismatch"));
        QCOMPARE(flow.steps().at(stepIndex(OAuthFlow::StepKind::Token)).state,
                 OAuthFlow::StepState::Skipped);
    }

    // Browser mode with the last redirect tampered with on its way to the
    // loopback receiver: an iss that is not the authorization server's
    // (RFC 9207, a mix-up attack) is refused before the code is used; a code
    // the authorization server never issued fails the token step with the
    // server's invalid_grant, explained.
    void tamperedRedirectFails_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("failedStep");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("finding");
        QTest::newRow("iss mismatch")
            << QStringLiteral("iss") << QStringLiteral("https://evil.example")
            << stepIndex(OAuthFlow::StepKind::Authorization)
            << QStringLiteral("The redirect names issuer https://evil.example, but the flow talks "
                              "to ISSUER (RFC 9207)")
            << QStringLiteral(
                   "The redirect did not carry this flow's state (or named another issuer).")
            << QStringLiteral("oauth.redirect.iss_mismatch");
        QTest::newRow("forged code")
            << QStringLiteral("code") << QStringLiteral("forged-code")
            << stepIndex(OAuthFlow::StepKind::Token) << QStringLiteral("invalid_grant: ")
            << QStringLiteral(
                   "The authorization code was refused: codes expire within minutes and can be "
                   "used "
                   "only once, and they must come with the same redirect_uri and a matching "
                   "code_verifier.")
            << QStringLiteral("oauth.invalid_grant.code");
    }
    void tamperedRedirectFails()
    {
        QFETCH(QString, item);
        QFETCH(QString, value);
        QFETCH(int, failedStep);
        QFETCH(QString, outcome);
        QFETCH(QString, cause);
        QFETCH(QString, finding);
        outcome.replace(QStringLiteral("ISSUER"), issuer());
        HttpClient http(&m_store);
        HttpClient browser;
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Browser;
        flow.setSettings(settings);
        QString original;
        const auto tamper = [&original, item, value](const QUrl &url) {
            QUrlQuery query(url);
            if (!query.hasQueryItem(QStringLiteral("state")) ||
                !query.hasQueryItem(QStringLiteral("code")))
                return url; // not yet the redirect to the loopback receiver
            original = query.queryItemValue(item, QUrl::FullyDecoded);
            query.removeAllQueryItems(item);
            query.addQueryItem(item, value);
            QUrl changed = url;
            changed.setQuery(query);
            return changed;
        };
        connect(&flow, &OAuthFlow::openBrowser, this,
                [&browser, tamper](const QUrl &url) { playBrowser(browser, url, tamper); });
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start(mcpUrl());
        QVERIFY(finished.wait(30000));
        QVERIFY(!original.isEmpty()); // the server did send it (oidc-provider sends iss)
        if (item == u"iss")
            QCOMPARE(original, issuer());
        QVERIFY(!flow.succeeded());
        const OAuthFlow::Step &failed = flow.steps().at(failedStep);
        QCOMPARE(failed.state, OAuthFlow::StepState::Failed);
        QVERIFY2(failed.outcome.startsWith(outcome), qPrintable(failed.outcome));
        QCOMPARE(failed.cause, cause);
        QCOMPARE(flow.failureFinding().kind, finding);
        QCOMPARE(failed.finding.cause(), failed.cause);
        if (failedStep == stepIndex(OAuthFlow::StepKind::Authorization)) {
            QCOMPARE(flow.steps().at(stepIndex(OAuthFlow::StepKind::Token)).state,
                     OAuthFlow::StepState::Skipped);
            QVERIFY(flow.steps()
                        .at(stepIndex(OAuthFlow::StepKind::Token))
                        .exchangeIds.isEmpty()); // the code was never sent
        } else {
            const auto exchange = stored(failed.exchangeIds.last());
            QVERIFY(exchange);
            QCOMPARE(exchange->status, 400);
            QVERIFY(exchange->responseBody.contains("invalid_grant"));
        }
    }

    // A stored token the server refuses is refreshed once with the stored
    // refresh token before anything else: no new flow runs, and the session
    // goes on with the new token. The refused token is a real one of the
    // same authorization server, issued for another resource (the /sse
    // endpoint), so the MCP server answers 401 "for another resource".
    void refusedStoredTokenIsRefreshedOnce()
    {
        TokenVault vault;
        const auto opened =
            vault.openAndWait(m_dir.filePath(QStringLiteral("refresh-vault.sqlite")),
                              QStringLiteral("McpScopeTestRefresh"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        HttpClient signInHttp(&m_store);
        OAuthFlow forMcp(&signInHttp);
        runHeadless(forMcp);
        QVERIFY2(forMcp.succeeded(), qPrintable(forMcp.failureMessage()));
        OAuthFlow forSse(&signInHttp);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        forSse.setSettings(settings);
        QSignalSpy sseDone(&forSse, &OAuthFlow::finished);
        forSse.start(QUrl(QStringLiteral("http://127.0.0.1:%1/sse").arg(m_oidc.port())));
        QVERIFY(sseDone.wait(30000));
        QVERIFY2(forSse.succeeded(), qPrintable(forSse.failureMessage()));
        TokenSet stale = forMcp.tokens();
        stale.accessToken = forSse.tokens().accessToken;
        bool kept = false;
        vault.store(forMcp.resource(), forMcp.authServer(), forMcp.client(), stale,
                    [&kept](const Result<qint64> &id) { kept = bool(id); });
        QTRY_VERIFY_WITH_TIMEOUT(kept, 10000);

        AuthorizedSession session(&m_store, settings);
        session.http.setSessionId(m_store.createSession(
            QStringLiteral("refresh on 401"), mcpUrl().toString(), QStringLiteral("mcp"), 1));
        session.authorizer.setVault(&vault);
        bool prepared = false;
        session.authorizer.prepare(mcpUrl(), [&prepared] { prepared = true; });
        QTRY_VERIFY_WITH_TIMEOUT(prepared, 10000);
        QVERIFY(session.authorizer.credentialId() > 0); // the stored token is in use
        QSignalSpy refreshed(&session.authorizer, &McpAuthorizer::refreshed);
        QSignalSpy flowStarted(&session.authorizer, &McpAuthorizer::flowStarted);
        QSignalSpy problems(&session.authorizer, &McpAuthorizer::problem);
        const QString whoami = session.connectAndWhoami(mcpUrl());
        QVERIFY2(whoami.contains(QStringLiteral("subject=mcp-tester")), qPrintable(whoami));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.isEmpty() ? QString() : problems.first().first().toString()));
        QCOMPARE(flowStarted.size(), 0);
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(session.authorizer.tokens().accessToken != stale.accessToken);
        // The request with the stale token was refused first: the refresh
        // answered that 401, it did not come ahead of time.
        m_store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(m_store.path()));
        CaptureFilter unauthorized;
        unauthorized.statusClass = CaptureFilter::StatusClass::ClientError;
        unauthorized.sessionId = session.http.sessionId();
        int refusedWithOldToken = 0;
        const auto ids = reader.exchangeIds(unauthorized, 0, 1000);
        QVERIFY(ids);
        for (qint64 id : *ids) {
            const auto e = reader.exchange(id);
            if (e && e->has_value() && (*e)->status == 401 && (*e)->url == mcpUrl().toString() &&
                headerValue((*e)->requestHeaders, "Authorization").startsWith("Bearer ") &&
                (*e)->responseBody.contains("Token is for another resource"))
                ++refusedWithOldToken;
        }
        QCOMPARE(refusedWithOldToken, 1);
        session.client.close();
        for (const Credential &c : vault.credentials()) {
            bool removed = false;
            vault.remove(c.id, [&removed](const Result<void> &) { removed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
        }
    }

    // The SDK's own OAuth example server, start to finish.
    void sdkExampleServer()
    {
        NodePeer sdk;
        sdk.setPortVariable(QStringLiteral("MCP_PORT"));
        QProcessEnvironment env;
        const quint16 authPort = freePort();
        env.insert(QStringLiteral("MCP_AUTH_PORT"), QString::number(authPort));
        const QString why = sdk.start(
            peersDir() +
                QStringLiteral(
                    "/@modelcontextprotocol/sdk/dist/esm/examples/server/simpleStreamableHttp.js"),
            {QStringLiteral("--oauth")}, env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // The authorization server starts after the MCP server: wait until it answers.
        QVERIFY(waitUntilAnswers(
            QUrl(QStringLiteral("http://localhost:%1/.well-known/oauth-authorization-server")
                     .arg(authPort)),
            20000));
        HttpClient http(&m_store);
        McpAuthorizer authorizer(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        authorizer.setFlowSettings(settings);
        McpClient client(&http, &m_store);
        authorizer.attach(&client);
        QSignalSpy connected(&client, &McpClient::connected);
        QSignalSpy failed(&client, &McpClient::failed);
        client.connectToServer(QUrl(QStringLiteral("http://localhost:%1/mcp").arg(sdk.port())),
                               McpClient::Transport::StreamableHttp);
        QVERIFY2(connected.wait(30000),
                 failed.isEmpty() ? "timeout"
                                  : qPrintable(failed.first().first().value<Error>().message));
        McpRequest *tools = wait(client.listAll(QStringLiteral("tools/list")));
        QVERIFY2(tools->succeeded(), qPrintable(tools->error().message));
        QVERIFY(!tools->result().toArray().isEmpty());
        QVERIFY(authorizer.flow()->succeeded());
        client.close();
    }

    // Untrusted metadata: each problem stops the flow at the right step with
    // its cause.
    void badMetadataStopsAtTheRightStep_data()
    {
        QTest::addColumn<QByteArray>("asMetadata");
        QTest::addColumn<int>("failedStep");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<QString>("fix"); // ORIGIN stands for the server's origin
        QTest::addColumn<QString>("finding");
        QTest::newRow("malformed")
            << QByteArray("{\"issuer\": ") << 1 << QStringLiteral("not valid JSON")
            << QStringLiteral(
                   "Fix the document served at ORIGIN/.well-known/oauth-authorization-server/as.")
            << QStringLiteral("oauth.as_metadata.malformed");
        QTest::newRow("issuer mismatch")
            << QByteArray(
                   "{\"issuer\":\"https://evil.example\",\"authorization_endpoint\":\"https://"
                   "evil.example/a\",\"token_endpoint\":\"https://evil.example/"
                   "t\",\"code_challenge_methods_supported\":[\"S256\"]}")
            << 1 << QStringLiteral("Issuer mismatch")
            << QStringLiteral("Make the issuer in the metadata and authorization_servers in the "
                              "resource metadata identical.")
            << QStringLiteral("oauth.issuer_mismatch");
        QTest::newRow("no S256") << QByteArray("ISSUER_NO_S256") << 1 << QStringLiteral("S256")
                                 << QStringLiteral("Enable S256 on the authorization server and "
                                                   "list it in code_challenge_methods_supported.")
                                 << QStringLiteral("oauth.pkce_s256_unsupported");
        // The resource metadata never comes: the step says it gave up after
        // the timeout, and on which URL.
        QTest::newRow("hangs")
            << QByteArray("HANG") << 0
            << QStringLiteral("Could not fetch ORIGIN/hang: The server sent nothing for 1.5 s")
            << QStringLiteral("Check the URL and the network.")
            << QStringLiteral("oauth.resource_metadata.unreachable");
    }
    void badMetadataStopsAtTheRightStep()
    {
        QFETCH(QByteArray, asMetadata);
        QFETCH(int, failedStep);
        QFETCH(QString, mentions);
        QFETCH(QString, fix);
        QFETCH(QString, finding);
        MisbehavingServer server;
        const QByteArray origin = server.url(QString()).toUtf8();
        mentions.replace(QStringLiteral("ORIGIN"), QString::fromUtf8(origin));
        fix.replace(QStringLiteral("ORIGIN"), QString::fromUtf8(origin));
        server.serve("/.well-known/oauth-protected-resource/mcp", 200, "application/json",
                     "{\"resource\":\"" + origin + "/mcp\",\"authorization_servers\":[\"" + origin +
                         "/as\"]}");
        if (asMetadata == "ISSUER_NO_S256")
            asMetadata = "{\"issuer\":\"" + origin + "/as\",\"authorization_endpoint\":\"" +
                         origin + "/a\",\"token_endpoint\":\"" + origin +
                         "/t\",\"code_challenge_methods_supported\":[\"plain\"]}";
        if (asMetadata != "HANG")
            server.serve("/.well-known/oauth-authorization-server/as", 200, "application/json",
                         asMetadata);
        else
            server.serve("/.well-known/oauth-authorization-server/as", 0, {}, {}); // replaced below
        HttpClient http(&m_store);
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        settings.requestTimeoutMs = 1500;
        flow.setSettings(settings);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        BearerChallenge challenge;
        if (asMetadata == "HANG")
            challenge.resourceMetadata = server.url(QStringLiteral("/hang"));
        flow.start(QUrl(QString::fromUtf8(origin) + QStringLiteral("/mcp")), challenge);
        QVERIFY(finished.wait(15000));
        QVERIFY(!flow.succeeded());
        const OAuthFlow::Step &failed = flow.steps().at(failedStep);
        QCOMPARE(failed.state, OAuthFlow::StepState::Failed);
        const QString said =
            failed.outcome + QLatin1Char(' ') + failed.cause + QLatin1Char(' ') + failed.fix;
        QVERIFY2(said.contains(mentions, Qt::CaseInsensitive), qPrintable(said));
        QCOMPARE(failed.fix, fix);
        QCOMPARE(flow.failureFinding().kind, finding);
        QCOMPARE(flow.failureFinding().exchangeIds, QList<qint64>{failed.exchangeIds.last()});
        if (asMetadata == "HANG") {
            QCOMPARE(failed.exchangeIds.size(), 1);
            const auto exchange = stored(failed.exchangeIds.first());
            QVERIFY(exchange);
            QCOMPARE(exchange->errorCode, ErrorCode::NetTimeout);
        }
    }

    // Resource metadata about another resource stops the flow at once
    // (RFC 9728 §3.3): nothing is asked of the authorization server it names.
    void resourceMismatchStopsTheFlow()
    {
        MisbehavingServer server;
        const QByteArray origin = server.url(QString()).toUtf8();
        server.serve("/.well-known/oauth-protected-resource/mcp", 200, "application/json",
                     "{\"resource\":\"https://evil.example/mcp\",\"authorization_servers\":[\"" +
                         origin + "/as\"]}");
        HttpClient http(&m_store);
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        flow.setSettings(settings);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start(QUrl(QString::fromUtf8(origin) + QStringLiteral("/mcp")));
        QVERIFY(finished.wait(15000));
        QVERIFY(!flow.succeeded());
        const OAuthFlow::Step &failed =
            flow.steps().at(stepIndex(OAuthFlow::StepKind::ResourceMetadata));
        QCOMPARE(failed.state, OAuthFlow::StepState::Failed);
        QVERIFY2(failed.outcome.startsWith(
                     QStringLiteral("The metadata is for resource https://evil.example/mcp")),
                 qPrintable(failed.outcome));
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.resource_mismatch"));
        QCOMPARE(flow.steps().at(stepIndex(OAuthFlow::StepKind::AuthServerMetadata)).state,
                 OAuthFlow::StepState::Skipped);
        QVERIFY(flow.steps()
                    .at(stepIndex(OAuthFlow::StepKind::AuthServerMetadata))
                    .exchangeIds.isEmpty());
    }

    // A token endpoint that quotes the client's secret back in its
    // error_description: the flow explains the refusal (invalid_client), and
    // neither the finding nor the step's outcome carries the secret.
    void secretQuotedByTheServerStaysOut()
    {
        const QByteArray secret = "planted-secret-quoted-back-9d2e";
        MisbehavingServer server;
        const QByteArray origin = server.url(QString()).toUtf8();
        server.serve("/.well-known/oauth-protected-resource/mcp", 200, "application/json",
                     "{\"resource\":\"" + origin + "/mcp\",\"authorization_servers\":[\"" + origin +
                         "/as\"]}");
        server.serve("/.well-known/oauth-authorization-server/as", 200, "application/json",
                     "{\"issuer\":\"" + origin + "/as\",\"authorization_endpoint\":\"" + origin +
                         "/authorize\",\"token_endpoint\":\"" + origin +
                         "/token\",\"code_challenge_methods_supported\":[\"S256\"]}");
        server.serve("/token", 401, "application/json",
                     "{\"error\":\"invalid_client\",\"error_description\":\"client secret " +
                         secret + " is not known here\"}");
        HttpClient http(&m_store);
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::ClientCredentials;
        settings.preRegistered.clientId = QStringLiteral("machine");
        settings.preRegistered.clientSecret = QString::fromUtf8(secret);
        flow.setSettings(settings);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start(QUrl(QString::fromUtf8(origin) + QStringLiteral("/mcp")));
        QVERIFY(finished.wait(15000));
        QVERIFY(!flow.succeeded());
        const OAuthFlow::Step &token = flow.steps().at(stepIndex(OAuthFlow::StepKind::Token));
        QCOMPARE(token.state, OAuthFlow::StepState::Failed);
        const Finding finding = flow.failureFinding();
        QCOMPARE(finding.kind, QStringLiteral("oauth.invalid_client"));
        // The server did quote it: the finding's argument held it before the scrub.
        const auto exchange = stored(token.exchangeIds.last());
        QVERIFY(exchange);
        QCOMPARE(exchange->status, 401);
        QVERIFY2(finding.arguments.join(u' ').contains(QStringLiteral("is not known here")),
                 qPrintable(finding.arguments.join(u' ')));
        for (const QString &text : {finding.arguments.join(u' '), finding.message(), token.outcome,
                                    token.cause, flow.failureMessage()})
            QVERIFY2(!text.contains(QString::fromUtf8(secret)), qPrintable(text));
        QVERIFY(token.outcome.contains(QStringLiteral("[REDACTED]")));
    }

    // oidc-provider answers an authorization request from a client it does
    // not know with an HTML error page: the step names the page's OAuth error
    // (invalid_client) and its cause, never the page's markup.
    void htmlErrorPageNamesItsOAuthError()
    {
        HttpClient http(&m_store);
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        settings.preRegistered.clientId = QStringLiteral("no-such-client");
        flow.setSettings(settings);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start(mcpUrl());
        QVERIFY(finished.wait(30000));
        QVERIFY(!flow.succeeded());
        const OAuthFlow::Step &authorization =
            flow.steps().at(stepIndex(OAuthFlow::StepKind::Authorization));
        QCOMPARE(authorization.state, OAuthFlow::StepState::Failed);
        const auto page = stored(authorization.exchangeIds.last());
        QVERIFY(page);
        QVERIFY2(page->responseBody.startsWith("<!DOCTYPE html>"), page->responseBody.constData());
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.invalid_client"));
        QVERIFY2(authorization.outcome.contains(QStringLiteral("invalid_client")),
                 qPrintable(authorization.outcome));
        for (const QString &text :
             {authorization.outcome, authorization.cause, flow.failureMessage()})
            QVERIFY2(!text.contains(QLatin1Char('<')) && !text.contains(QLatin1String("DOCTYPE")),
                     qPrintable(text));
    }

    // A token endpoint that answers a page naming no OAuth error: the
    // failure says it was an HTML page, its size and title, not its markup.
    void htmlPageWithoutAnErrorIsQuotedPlainly()
    {
        MisbehavingServer server;
        const QByteArray origin = server.url(QString()).toUtf8();
        server.serve("/.well-known/oauth-protected-resource/mcp", 200, "application/json",
                     "{\"resource\":\"" + origin + "/mcp\",\"authorization_servers\":[\"" + origin +
                         "/as\"]}");
        server.serve("/.well-known/oauth-authorization-server/as", 200, "application/json",
                     "{\"issuer\":\"" + origin + "/as\",\"authorization_endpoint\":\"" + origin +
                         "/authorize\",\"token_endpoint\":\"" + origin +
                         "/token\",\"code_challenge_methods_supported\":[\"S256\"]}");
        const QByteArray page = "<!DOCTYPE html>\n<html>\n<head>\n<title>502 Bad Gateway</title>"
                                "<style>body{color:red}</style>\n</head>\n<body><h1>502 Bad "
                                "Gateway</h1><p>The upstream server is down.</p></body></html>";
        server.serve("/token", 502, "text/html", page);
        HttpClient http(&m_store);
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::ClientCredentials;
        settings.preRegistered.clientId = QStringLiteral("machine");
        settings.preRegistered.clientSecret = QStringLiteral("not-a-real-secret-1f0c");
        flow.setSettings(settings);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start(QUrl(QString::fromUtf8(origin) + QStringLiteral("/mcp")));
        QVERIFY(finished.wait(15000));
        QVERIFY(!flow.succeeded());
        const OAuthFlow::Step &token = flow.steps().at(stepIndex(OAuthFlow::StepKind::Token));
        QCOMPARE(token.state, OAuthFlow::StepState::Failed);
        const QString message = flow.failureMessage();
        QVERIFY2(message.contains(QStringLiteral("HTML page (%1 byte").arg(page.size())),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("502 Bad Gateway")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("The upstream server is down.")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('<')) &&
                     !message.contains(QLatin1String("color:red")),
                 qPrintable(message));
    }

    // An authorization server over plain http on a host that is not loopback
    // is flagged before anything secret is sent to it.
    void plainHttpRemoteServerIsFlagged()
    {
        MisbehavingServer server;
        const QByteArray origin = server.url(QString()).toUtf8();
        server.serve("/.well-known/oauth-protected-resource/mcp", 200, "application/json",
                     "{\"resource\":\"" + origin + "/mcp\",\"authorization_servers\":[\"" + origin +
                         "/as\"]}");
        server.serve(
            "/.well-known/oauth-authorization-server/as", 200, "application/json",
            "{\"issuer\":\"" + origin +
                "/as\",\"authorization_endpoint\":\"http://auth.example.invalid/authorize\","
                "\"token_endpoint\":\"http://auth.example.invalid/"
                "token\",\"code_challenge_methods_supported\":[\"S256\"]}");
        HttpClient http(&m_store);
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        flow.setSettings(settings);
        QSignalSpy warned(&flow, &OAuthFlow::warning);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start(QUrl(QString::fromUtf8(origin) + QStringLiteral("/mcp")));
        QVERIFY(finished.wait(20000));
        QVERIFY(!flow.succeeded()); // no registration endpoint, no client id
        QCOMPARE(flow.steps().at(stepIndex(OAuthFlow::StepKind::Registration)).state,
                 OAuthFlow::StepState::Failed);
        QVERIFY(flow.steps()
                    .at(stepIndex(OAuthFlow::StepKind::Registration))
                    .fix.contains(QStringLiteral("pre-registered")));
        QVERIFY2(flow.warnings().join(QLatin1Char(' ')).contains(QStringLiteral("plain http")),
                 qPrintable(flow.warnings().join(QLatin1Char(' '))));
        QCOMPARE(warned.size(), 2); // both endpoints
    }

    // The client credentials grant through the flow: discovery, then the
    // token endpoint directly; the SDK server accepts the token.
    void clientCredentialsFlow()
    {
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::ClientCredentials;
        settings.preRegistered = {QStringLiteral("machine-client"),
                                  QStringLiteral("machine-secret-not-a-user-secret"),
                                  {},
                                  {}};
        AuthorizedSession session(&m_store, settings);
        const QString whoami = session.connectAndWhoami(mcpUrl());
        QVERIFY2(whoami.contains(QStringLiteral("client=machine-client")), qPrintable(whoami));
        McpAuthorizer &authorizer = session.authorizer;
        McpClient &client = session.client;
        QCOMPARE(authorizer.flow()->steps().at(stepIndex(OAuthFlow::StepKind::Authorization)).state,
                 OAuthFlow::StepState::Skipped);
        QCOMPARE(authorizer.flow()->steps().at(stepIndex(OAuthFlow::StepKind::Token)).state,
                 OAuthFlow::StepState::Ok);
        client.close();
    }

    // The 2024-11-05 HTTP+SSE transport behind OAuth: the event stream's 401
    // runs the flow, and the stream opens again with the token; Auto gets
    // there by falling back from Streamable HTTP.
    void legacySseSessionAuthorizes_data()
    {
        QTest::addColumn<int>("transport");
        QTest::newRow("sse") << int(McpClient::Transport::Sse);
        QTest::newRow("auto") << int(McpClient::Transport::Auto);
    }
    void legacySseSessionAuthorizes()
    {
        QFETCH(int, transport);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        AuthorizedSession session(&m_store, settings);
        const QUrl sse(QStringLiteral("http://127.0.0.1:%1/sse").arg(m_oidc.port()));
        const QString whoami = session.connectAndWhoami(sse, McpClient::Transport(transport));
        QVERIFY2(whoami.contains(QStringLiteral("subject=mcp-tester")), qPrintable(whoami));
        QCOMPARE(session.client.transportName(), QStringLiteral("sse"));
        QCOMPARE(session.authorizer.flow()->resource(), sse.toString());
        session.client.close();
    }

    // Browser and step mode: the authorization URL waits to be edited before
    // the browser gets it, and the edited URL is the one opened.
    void browserStepModeEditsTheAuthorizationUrl()
    {
        HttpClient http(&m_store);
        HttpClient browser;
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Browser;
        settings.stepMode = true;
        flow.setSettings(settings);
        QUrl opened;
        connect(&flow, &OAuthFlow::waitingForApproval, this, [&flow](int step) {
            HttpRequest request = flow.pendingRequest();
            if (step == stepIndex(OAuthFlow::StepKind::Authorization)) {
                QUrlQuery query(request.url);
                query.addQueryItem(QStringLiteral("ui_locales"), QStringLiteral("de"));
                request.url.setQuery(query);
            }
            QMetaObject::invokeMethod(
                &flow, [&flow, request] { flow.proceed(request); }, Qt::QueuedConnection);
        });
        connect(&flow, &OAuthFlow::openBrowser, this, [&browser, &opened](const QUrl &url) {
            opened = url;
            playBrowser(browser, url);
        });
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start(mcpUrl());
        QVERIFY(finished.wait(30000));
        QVERIFY2(flow.succeeded(), qPrintable(flow.failureMessage()));
        QCOMPARE(QUrlQuery(opened).queryItemValue(QStringLiteral("ui_locales")),
                 QStringLiteral("de"));
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_oidc;
    quint16 m_authPort = 0;
};

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauth_flow.moc"
