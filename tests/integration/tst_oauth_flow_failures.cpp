#include "misbehaving_server.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/oauth_flow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace mcpscope;
using namespace mcpscope::testing;

// The OAuth flow's failure branches against servers that fail the way real
// ones do (a loopback HTTP server serving canned documents; a port nobody
// listens at): resource metadata that is not JSON, several authorization
// servers, no authorization server metadata, unreachable endpoints, a
// registration answer without client_id, an authorization endpoint that
// answers with a page instead of a redirect, a browser that never comes
// back or comes back without a code, DPoP keys that cannot be used and a
// token the server did not bind, and cancelling at each point.
class TestOAuthFlowFailures : public QObject
{
    Q_OBJECT

    using Kind = OAuthFlow::StepKind;
    using State = OAuthFlow::StepState;

    static const OAuthFlow::Step &stepOf(const OAuthFlow &flow, Kind kind)
    {
        for (const OAuthFlow::Step &s : flow.steps())
            if (s.kind == kind)
                return s;
        static const OAuthFlow::Step none{};
        return none;
    }
    static QStringList valuesOf(const OAuthFlow::Step &step, const QString &name)
    {
        QStringList out;
        for (const OAuthFlow::Value &v : step.values)
            if (v.name == name)
                out << v.value;
        return out;
    }
    static QString closedUrl(const char *path)
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(freePort()).arg(QLatin1String(path));
    }

    // A resource at origin/mcp whose authorization server is origin/as, with
    // its metadata (extra: more members, each with a leading comma).
    static QByteArray origin(MisbehavingServer &server) { return server.url(QString()).toUtf8(); }
    static void serveResource(MisbehavingServer &server, const QByteArray &extraAs = {},
                              const QByteArray &authorizationServers = {})
    {
        const QByteArray o = origin(server);
        server.serve(
            "/.well-known/oauth-protected-resource/mcp", 200, "application/json",
            "{\"resource\":\"" + o + "/mcp\",\"authorization_servers\":[" +
                (authorizationServers.isEmpty() ? "\"" + o + "/as\"" : authorizationServers) +
                "]}");
        server.serve("/.well-known/oauth-authorization-server/as", 200, "application/json",
                     "{\"issuer\":\"" + o + "/as\",\"authorization_endpoint\":\"" + o +
                         "/authorize\",\"token_endpoint\":\"" + o +
                         "/token\",\"code_challenge_methods_supported\":[\"S256\"]" + extraAs +
                         "}");
    }
    static QUrl resourceUrl(MisbehavingServer &server)
    {
        return QUrl(QString::fromUtf8(origin(server)) + QStringLiteral("/mcp"));
    }
    static bool runToEnd(OAuthFlow &flow, const OAuthFlow::Settings &settings, const QUrl &url,
                         const BearerChallenge &challenge = {})
    {
        flow.setSettings(settings);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start(url, challenge);
        return finished.wait(20000);
    }
    static OAuthFlow::Settings preRegistered(OAuthFlow::Mode mode)
    {
        OAuthFlow::Settings settings;
        settings.mode = mode;
        settings.preRegistered.clientId = QStringLiteral("known-client");
        if (mode == OAuthFlow::Mode::ClientCredentials)
            settings.preRegistered.clientSecret = QStringLiteral("machine-secret-for-a-test");
        return settings;
    }

private Q_SLOTS:
    // Resource metadata that is not JSON fails its step; nothing else is tried.
    void resourceMetadataThatIsNotJsonFailsItsStep()
    {
        MisbehavingServer server;
        server.serve("/.well-known/oauth-protected-resource/mcp", 200, "application/json",
                     "<html>maintenance</html>");
        HttpClient http;
        OAuthFlow flow(&http);
        QVERIFY(runToEnd(flow, preRegistered(OAuthFlow::Mode::Headless), resourceUrl(server)));
        QCOMPARE(stepOf(flow, Kind::ResourceMetadata).state, State::Failed);
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.resource_metadata.malformed"));
        QCOMPARE(stepOf(flow, Kind::AuthServerMetadata).state, State::Skipped);
        QVERIFY(stepOf(flow, Kind::AuthServerMetadata).exchangeIds.isEmpty());
    }

    // A resource naming two authorization servers: the first is used, and
    // the user is told so.
    void severalAuthorizationServersWarnAndTheFirstIsUsed()
    {
        MisbehavingServer server;
        const QByteArray o = origin(server);
        serveResource(server, {}, "\"" + o + "/as\",\"https://other.example/as\"");
        HttpClient http;
        OAuthFlow flow(&http);
        QVERIFY(
            runToEnd(flow, preRegistered(OAuthFlow::Mode::ClientCredentials), resourceUrl(server)));
        QVERIFY(flow.warnings().contains(
            QStringLiteral("The resource names 2 authorization servers; McpScope uses the first, "
                           "%1/as.")
                .arg(QString::fromUtf8(o))));
        const OAuthFlow::Step &as = stepOf(flow, Kind::AuthServerMetadata);
        QCOMPARE(as.state, State::Ok);
        QCOMPARE(valuesOf(as, QStringLiteral("issuer")),
                 QStringList{QString::fromUtf8(o) + QStringLiteral("/as")});
    }

    // No metadata document at any of the well-known places: each try is
    // listed, and the step fails naming them.
    void noAuthorizationServerMetadataAnywhereFails()
    {
        MisbehavingServer server;
        const QByteArray o = origin(server);
        server.serve("/.well-known/oauth-protected-resource/mcp", 200, "application/json",
                     "{\"resource\":\"" + o + "/mcp\",\"authorization_servers\":[\"" + o +
                         "/as\"]}");
        HttpClient http;
        OAuthFlow flow(&http);
        QVERIFY(runToEnd(flow, preRegistered(OAuthFlow::Mode::Headless), resourceUrl(server)));
        const OAuthFlow::Step &as = stepOf(flow, Kind::AuthServerMetadata);
        QCOMPARE(as.state, State::Failed);
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.as_metadata.not_found"));
        const QStringList tried = valuesOf(as, QStringLiteral("tried"));
        QVERIFY(tried.size() >= 2);
        QVERIFY2(tried.contains(QString::fromUtf8(o) +
                                QStringLiteral("/.well-known/oauth-authorization-server/as → "
                                               "HTTP 404")),
                 qPrintable(tried.join(u'\n')));
        QCOMPARE(as.exchangeIds.size(), tried.size());
    }

    // An authorization server nobody listens at.
    void unreachableAuthorizationServerFailsItsStep()
    {
        MisbehavingServer server;
        const QByteArray o = origin(server);
        const QString as = closedUrl("/as");
        server.serve("/.well-known/oauth-protected-resource/mcp", 200, "application/json",
                     "{\"resource\":\"" + o + "/mcp\",\"authorization_servers\":[\"" + as.toUtf8() +
                         "\"]}");
        HttpClient http;
        OAuthFlow flow(&http);
        QVERIFY(runToEnd(flow, preRegistered(OAuthFlow::Mode::Headless), resourceUrl(server)));
        QCOMPARE(stepOf(flow, Kind::AuthServerMetadata).state, State::Failed);
        const Finding finding = flow.failureFinding();
        QCOMPARE(finding.kind, QStringLiteral("oauth.as_metadata.unreachable"));
        QCOMPARE(finding.arguments.value(0),
                 QString(as).replace(QStringLiteral("/as"),
                                     QStringLiteral("/.well-known/oauth-authorization-server/as")));
        QCOMPARE(stepOf(flow, Kind::Registration).state, State::Skipped);
    }

    // A registration endpoint nobody listens at.
    void unreachableRegistrationEndpointFailsItsStep()
    {
        MisbehavingServer server;
        serveResource(server,
                      ",\"registration_endpoint\":\"" + closedUrl("/register").toUtf8() + "\"");
        HttpClient http;
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        QVERIFY(runToEnd(flow, settings, resourceUrl(server)));
        QCOMPARE(stepOf(flow, Kind::Registration).state, State::Failed);
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.registration.unreachable"));
        QCOMPARE(stepOf(flow, Kind::Authorization).state, State::Skipped);
    }

    // A registration answer without client_id is refused; what was sent
    // registered a private-use redirect URI as a native app (SEP-837).
    void registrationAnswerWithoutClientIdIsRefused()
    {
        MisbehavingServer server;
        const QByteArray o = origin(server);
        serveResource(server, ",\"registration_endpoint\":\"" + o + "/register\"");
        server.serve("/register", 201, "application/json", "{\"client_name\":\"McpScope\"}");
        HttpClient http;
        QByteArray registration;
        connect(&http, &HttpClient::exchangeFinished, this, [&registration](const Exchange &e) {
            if (e.url.endsWith(QLatin1String("/register")))
                registration = e.requestBody;
        });
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        settings.redirectUri = QStringLiteral("com.example.mcpscope:/callback");
        QVERIFY(runToEnd(flow, settings, resourceUrl(server)));
        QCOMPARE(stepOf(flow, Kind::Registration).state, State::Failed);
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.registration.malformed"));
        const QJsonObject sent = QJsonDocument::fromJson(registration).object();
        QCOMPARE(sent.value(QStringLiteral("application_type")).toString(),
                 QStringLiteral("native"));
        QCOMPARE(sent.value(QStringLiteral("redirect_uris")).toArray(),
                 QJsonArray{QStringLiteral("com.example.mcpscope:/callback")});
    }

    // Headless: an authorization endpoint nobody listens at.
    void unreachableAuthorizationEndpointFailsItsStep()
    {
        MisbehavingServer server;
        serveResource(server);
        // The metadata's authorization endpoint is replaced by a closed port.
        const QByteArray o = origin(server);
        server.serve("/.well-known/oauth-authorization-server/as", 200, "application/json",
                     "{\"issuer\":\"" + o + "/as\",\"authorization_endpoint\":\"" +
                         closedUrl("/authorize").toUtf8() + "\",\"token_endpoint\":\"" + o +
                         "/token\",\"code_challenge_methods_supported\":[\"S256\"]}");
        HttpClient http;
        OAuthFlow flow(&http);
        QVERIFY(runToEnd(flow, preRegistered(OAuthFlow::Mode::Headless), resourceUrl(server)));
        QCOMPARE(stepOf(flow, Kind::Authorization).state, State::Failed);
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.authorization.unreachable"));
        QCOMPARE(stepOf(flow, Kind::Token).state, State::Skipped);
    }

    // Headless: the authorization endpoint answers with a page, no redirect
    // and no OAuth error: the outcome quotes the page.
    void authorizationPageInsteadOfARedirectIsQuoted()
    {
        MisbehavingServer server;
        serveResource(server);
        server.serve("/authorize", 200, "text/plain", "Please sign in with your badge.");
        HttpClient http;
        OAuthFlow flow(&http);
        QVERIFY(runToEnd(flow, preRegistered(OAuthFlow::Mode::Headless), resourceUrl(server)));
        const OAuthFlow::Step &authorization = stepOf(flow, Kind::Authorization);
        QCOMPARE(authorization.state, State::Failed);
        QVERIFY2(
            authorization.outcome.startsWith(QStringLiteral("HTTP 200 instead of a redirect: ")),
            qPrintable(authorization.outcome));
        QVERIFY2(authorization.outcome.contains(QStringLiteral("Please sign in with your badge.")),
                 qPrintable(authorization.outcome));
    }

    // Client credentials with a client id but no secret (nor key): nothing
    // could authenticate the client, so nothing is sent.
    void clientCredentialsWithoutASecretFailRegistration()
    {
        MisbehavingServer server;
        serveResource(server);
        HttpClient http;
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings = preRegistered(OAuthFlow::Mode::ClientCredentials);
        settings.preRegistered.clientSecret.clear();
        QVERIFY(runToEnd(flow, settings, resourceUrl(server)));
        QCOMPARE(stepOf(flow, Kind::Registration).state, State::Failed);
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.client_credentials.no_secret"));
        QCOMPARE(stepOf(flow, Kind::Token).state, State::Skipped);
        QVERIFY(stepOf(flow, Kind::Token).exchangeIds.isEmpty());
    }

    // Client credentials: a token endpoint nobody listens at.
    void unreachableTokenEndpointFailsItsStep()
    {
        MisbehavingServer server;
        const QByteArray o = origin(server);
        serveResource(server);
        server.serve("/.well-known/oauth-authorization-server/as", 200, "application/json",
                     "{\"issuer\":\"" + o + "/as\",\"authorization_endpoint\":\"" + o +
                         "/authorize\",\"token_endpoint\":\"" + closedUrl("/token").toUtf8() +
                         "\",\"code_challenge_methods_supported\":[\"S256\"]}");
        HttpClient http;
        OAuthFlow flow(&http);
        QVERIFY(
            runToEnd(flow, preRegistered(OAuthFlow::Mode::ClientCredentials), resourceUrl(server)));
        QCOMPARE(stepOf(flow, Kind::Token).state, State::Failed);
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.token.unreachable"));
        QVERIFY(!flow.succeeded());
    }

    // A stored DPoP key that is not P-256 is not used: the user is told why
    // and a new key pair signs instead; a server not listing ES256 is named.
    void unusableDpopKeyIsReplacedWithAWarning()
    {
        MisbehavingServer server;
        serveResource(server);
        server.serve("/token", 200, "application/json",
                     "{\"access_token\":\"at-dpop-1\",\"token_type\":\"DPoP\",\"expires_in\":60}");
        HttpClient http;
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings = preRegistered(OAuthFlow::Mode::ClientCredentials);
        settings.dpop = OAuthFlow::DpopMode::Required;
        settings.dpopKeyPem = "-----BEGIN PRIVATE KEY-----\n"
                              "MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDC/GgoqZxO7ntqkDq1H\n"
                              "mVbguQr7akghhkBkdycMHh5g94V1RMPLSHvYqWmuwQirEVGhZANiAAS0n2psCPin\n"
                              "aA3EZDwLne/oOoNVwwhpndM8GMJd289VpE0dEUMtHVyhSPXtInhfd7Ea4zwpMkmz\n"
                              "x/sI8S7MfnEXU4VpqIDwkfMwmAmaZFCqoMQf9TM9hVOYyk/tt6ntsgI=\n"
                              "-----END PRIVATE KEY-----\n"; // EC P-384
        QVERIFY(runToEnd(flow, settings, resourceUrl(server)));
        QVERIFY2(flow.succeeded(), qPrintable(flow.failureMessage()));
        QVERIFY(flow.warnings().contains(
            QStringLiteral("A DPoP key must be an EC P-256 key (ES256).")));
        QVERIFY(flow.warnings().contains(
            QStringLiteral("The authorization server does not list ES256 in "
                           "dpop_signing_alg_values_supported; DPoP proofs are sent anyway.")));
        const OAuthFlow::Step &dpop = stepOf(flow, Kind::Dpop);
        QCOMPARE(valuesOf(dpop, QStringLiteral("key")),
                 QStringList{QStringLiteral("a new EC P-256 key pair")});
        QCOMPARE(dpop.state, State::Ok);
    }

    // The credential's stored DPoP key (from the keychain) signs the token
    // request: the proof carries its public key.
    void storedDpopKeySignsTheProofs()
    {
        MisbehavingServer server;
        serveResource(server, ",\"dpop_signing_alg_values_supported\":[\"ES256\"]");
        server.serve("/token", 200, "application/json",
                     "{\"access_token\":\"at-bound-1\",\"token_type\":\"DPoP\"}");
        HttpClient http;
        QList<QByteArray> proofs;
        connect(&http, &HttpClient::exchangeFinished, this, [&proofs](const Exchange &e) {
            if (e.url.endsWith(QLatin1String("/token")))
                proofs << e.requestHeader("DPoP");
        });
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings = preRegistered(OAuthFlow::Mode::ClientCredentials);
        settings.dpop = OAuthFlow::DpopMode::Required;
        settings.dpopKeyPem = "-----BEGIN PRIVATE KEY-----\n"
                              "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgRE7CweDvp+94ayNM\n"
                              "0QZ0VeMI7tvFL9dJqgm1kLczECyhRANCAATi4MG9DbJldwZWa+KPgjbMQAlGg7z3\n"
                              "p3dYcqAKrVC/9ZpkjWasyIBQ4xEGmjHeXMSbhredbGsF8lWErJWwx9B8\n"
                              "-----END PRIVATE KEY-----\n"; // EC P-256
        QVERIFY(runToEnd(flow, settings, resourceUrl(server)));
        QVERIFY2(flow.succeeded(), qPrintable(flow.failureMessage()));
        QCOMPARE(valuesOf(stepOf(flow, Kind::Dpop), QStringLiteral("key")),
                 QStringList{QStringLiteral("the credential's key, from the keychain")});
        QVERIFY(flow.warnings().isEmpty());
        QCOMPARE(proofs.size(), 1);
        // The proof's header names the stored key's public point (openssl's
        // reading of the PEM above).
        const QByteArray header = QByteArray::fromBase64(proofs.first().split('.').first(),
                                                         QByteArray::Base64UrlEncoding);
        const QJsonObject jwk =
            QJsonDocument::fromJson(header).object().value(QStringLiteral("jwk")).toObject();
        QCOMPARE(jwk.value(QStringLiteral("x")).toString(),
                 QStringLiteral("4uDBvQ2yZXcGVmvij4I2zEAJRoO896d3WHKgCq1Qv_U"));
        QCOMPARE(jwk.value(QStringLiteral("y")).toString(),
                 QStringLiteral("mmSNZqzIgFDjEQaaMd5cxJuGt51sawXyVYSslbDH0Hw"));
    }

    // The server answers a DPoP-proved token request with a Bearer token:
    // the user is told it is used as one. A second run of the same flow
    // signs with the session's key, not a new one.
    void unboundTokenIsUsedAsBearerAndTheSessionKeyIsKept()
    {
        MisbehavingServer server;
        serveResource(server, ",\"dpop_signing_alg_values_supported\":[\"ES256\"]");
        server.serve("/token", 200, "application/json",
                     "{\"access_token\":\"at-bearer-1\",\"token_type\":\"Bearer\"}");
        HttpClient http;
        QList<QByteArray> proofs;
        connect(&http, &HttpClient::exchangeFinished, this, [&proofs](const Exchange &e) {
            if (e.url.endsWith(QLatin1String("/token")))
                proofs << e.requestHeader("DPoP");
        });
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings = preRegistered(OAuthFlow::Mode::ClientCredentials);
        settings.dpop = OAuthFlow::DpopMode::Required;
        QVERIFY(runToEnd(flow, settings, resourceUrl(server)));
        QVERIFY2(flow.succeeded(), qPrintable(flow.failureMessage()));
        QVERIFY(flow.warnings().contains(
            QStringLiteral("The authorization server issued a Bearer token despite the DPoP "
                           "proof: it is used as a Bearer token.")));
        QCOMPARE(stepOf(flow, Kind::Dpop).outcome,
                 QStringLiteral("The server did not bind the token (token_type Bearer)."));
        QCOMPARE(valuesOf(stepOf(flow, Kind::Dpop), QStringLiteral("token_type")),
                 QStringList{QStringLiteral("Bearer")});
        QVERIFY(flow.warnings().filter(QStringLiteral("does not list ES256")).isEmpty());
        QCOMPARE(proofs.size(), 1);
        QCOMPARE(proofs.first().count('.'), 2);

        QVERIFY(runToEnd(flow, settings, resourceUrl(server)));
        QVERIFY(flow.succeeded());
        QCOMPARE(valuesOf(stepOf(flow, Kind::Dpop), QStringLiteral("key")),
                 QStringList{QStringLiteral("this session's key")});
        QCOMPARE(proofs.size(), 2);
    }

    // Step mode: cancelling while a request waits for approval fails that
    // step as cancelled; the rest are skipped; nothing was sent.
    void cancelWhileWaitingForApproval()
    {
        MisbehavingServer server;
        serveResource(server);
        HttpClient http;
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings = preRegistered(OAuthFlow::Mode::Headless);
        settings.stepMode = true;
        flow.setSettings(settings);
        QSignalSpy waiting(&flow, &OAuthFlow::waitingForApproval);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start(resourceUrl(server));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(stepOf(flow, Kind::ResourceMetadata).state, State::Waiting);
        flow.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(stepOf(flow, Kind::ResourceMetadata).state, State::Failed);
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.cancelled"));
        QVERIFY(stepOf(flow, Kind::ResourceMetadata).exchangeIds.isEmpty());
        QCOMPARE(stepOf(flow, Kind::Token).state, State::Skipped);
        // A second cancel changes nothing; approving now sends nothing.
        flow.cancel();
        QCOMPARE(finished.size(), 1);
        // (A request sent would be listed on its step at once.)
        flow.proceed();
        QCOMPARE(stepOf(flow, Kind::ResourceMetadata).state, State::Failed);
        QVERIFY(stepOf(flow, Kind::ResourceMetadata).exchangeIds.isEmpty());
    }

    // Cancelling while a server hangs aborts the request.
    void cancelWhileARequestHangsAbortsIt()
    {
        MisbehavingServer server;
        HttpClient http;
        QSignalSpy exchanges(&http, &HttpClient::exchangeFinished);
        OAuthFlow flow(&http);
        flow.setSettings(preRegistered(OAuthFlow::Mode::Headless));
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        BearerChallenge challenge;
        challenge.resourceMetadata = server.url(QStringLiteral("/hang"));
        flow.start(resourceUrl(server), challenge);
        QCOMPARE(stepOf(flow, Kind::ResourceMetadata).state, State::Running);
        flow.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(stepOf(flow, Kind::ResourceMetadata).state, State::Failed);
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.cancelled"));
        QTRY_COMPARE_WITH_TIMEOUT(exchanges.size(), 1, 10000);
        QVERIFY(exchanges.first().first().value<Exchange>().failed());
    }

    // Cancelling a flow that never started ends it, as failed.
    void cancelBeforeStartEndsTheFlow()
    {
        HttpClient http;
        OAuthFlow flow(&http);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(flow.isFinished());
        QVERIFY(flow.failureMessage().isEmpty());
    }

    // Browser mode: a browser that never comes back fails the step after
    // the configured wait.
    void browserThatNeverAnswersTimesOut()
    {
        MisbehavingServer server;
        serveResource(server);
        HttpClient http;
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings = preRegistered(OAuthFlow::Mode::Browser);
        settings.browserTimeoutMs = 300;
        QSignalSpy opened(&flow, &OAuthFlow::openBrowser);
        QVERIFY(runToEnd(flow, settings, resourceUrl(server)));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(stepOf(flow, Kind::Authorization).state, State::Failed);
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.authorization.browser_timeout"));
    }

    // Browser mode: the authorization server redirects back with the right
    // state but no code and no error.
    void redirectWithoutACodeFails()
    {
        MisbehavingServer server;
        serveResource(server);
        HttpClient http;
        OAuthFlow flow(&http);
        flow.setSettings(preRegistered(OAuthFlow::Mode::Browser));
        QSignalSpy opened(&flow, &OAuthFlow::openBrowser);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start(resourceUrl(server));
        QVERIFY(opened.wait(20000));
        const QUrlQuery authorization(opened.first().first().toUrl());
        QUrl back(authorization.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        back.setQuery(QStringLiteral("state=") +
                      authorization.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
        HttpClient browser;
        HttpRequest request;
        request.url = back;
        browser.send(request);
        QVERIFY(finished.wait(20000));
        QCOMPARE(stepOf(flow, Kind::Authorization).state, State::Failed);
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.redirect.no_code"));
        QCOMPARE(stepOf(flow, Kind::Token).state, State::Skipped);
    }
};

QTEST_GUILESS_MAIN(TestOAuthFlowFailures)
#include "tst_oauth_flow_failures.moc"
