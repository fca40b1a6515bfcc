// The OAuth flow's checks (oauth/oauth_checks.h): each passes what it must
// pass and fails what it must fail, with the registered finding that
// explains it.
#include "common/known_secrets.h"
#include "oauth/oauth_checks.h"
#include "oauth/oauth_flow.h"

#include <QSignalSpy>
#include <QTest>

using namespace mcpscope;

namespace {

QString kindOf(const std::optional<Finding> &f)
{
    return f ? f->kind : QString();
}

AuthServerMetadata metadata(QStringList methods,
                            QUrl authorize = QUrl(QStringLiteral("https://as/a")))
{
    AuthServerMetadata m;
    m.issuer = QStringLiteral("https://as");
    m.authorizationEndpoint = std::move(authorize);
    m.codeChallengeMethodsSupported = std::move(methods);
    return m;
}

Exchange answered(int status, QByteArray body = {})
{
    Exchange e;
    e.status = status;
    e.responseBody = std::move(body);
    return e;
}

} // namespace

class TestOAuthChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourceMatches_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("passes");
        QTest::newRow("same") << QStringLiteral("https://mcp.example/mcp")
                              << QStringLiteral("https://mcp.example/mcp") << true;
        QTest::newRow("trailing slash") << QStringLiteral("https://mcp.example/mcp/")
                                        << QStringLiteral("https://mcp.example/mcp") << true;
        QTest::newRow("path prefix") << QStringLiteral("https://mcp.example")
                                     << QStringLiteral("https://mcp.example/mcp") << true;
        QTest::newRow("other host") << QStringLiteral("https://evil.example/mcp")
                                    << QStringLiteral("https://mcp.example/mcp") << false;
        QTest::newRow("other port") << QStringLiteral("https://mcp.example:8443/mcp")
                                    << QStringLiteral("https://mcp.example/mcp") << false;
        QTest::newRow("other scheme") << QStringLiteral("http://mcp.example/mcp")
                                      << QStringLiteral("https://mcp.example/mcp") << false;
        QTest::newRow("other path") << QStringLiteral("https://mcp.example/other")
                                    << QStringLiteral("https://mcp.example/mcp") << false;
    }
    void resourceMatches()
    {
        QFETCH(QString, declared);
        QFETCH(QString, expected);
        QFETCH(bool, passes);
        const auto f = OAuthChecks::resourceMatches(declared, expected);
        QCOMPARE(!f, passes);
        if (f) {
            QCOMPARE(f->kind, QStringLiteral("oauth.resource_mismatch"));
            QCOMPARE(f->summary(), QStringLiteral("The metadata is for resource %1, not for %2.")
                                       .arg(declared, expected));
        }
    }

    void issuerMatches()
    {
        QVERIFY(!OAuthChecks::issuerMatches(QStringLiteral("https://as/"),
                                            QStringLiteral("https://as")));
        const auto f = OAuthChecks::issuerMatches(QStringLiteral("https://evil.example"),
                                                  QStringLiteral("https://as"));
        QCOMPARE(kindOf(f), QStringLiteral("oauth.issuer_mismatch"));
        QVERIFY(f->cause().startsWith(QStringLiteral("Issuer mismatch")));
        QCOMPARE(f->arguments, (QStringList{QStringLiteral("https://evil.example"),
                                            QStringLiteral("https://as")}));
    }

    void supportsS256()
    {
        QVERIFY(!OAuthChecks::supportsS256(
            metadata({QStringLiteral("plain"), QStringLiteral("S256")})));
        const auto plain = OAuthChecks::supportsS256(metadata({QStringLiteral("plain")}));
        QCOMPARE(kindOf(plain), QStringLiteral("oauth.pkce_s256_unsupported"));
        QCOMPARE(plain->summary(), QStringLiteral("code_challenge_methods_supported is plain."));
        const auto missing = OAuthChecks::supportsS256(metadata({}));
        QCOMPARE(missing->summary(),
                 QStringLiteral("code_challenge_methods_supported is missing."));
        // The method is case-sensitive (RFC 7636 §4.2).
        QVERIFY(OAuthChecks::supportsS256(metadata({QStringLiteral("s256")})));
    }

    void hasAuthorizationEndpoint()
    {
        QVERIFY(!OAuthChecks::hasAuthorizationEndpoint(metadata({QStringLiteral("S256")})));
        QCOMPARE(
            kindOf(OAuthChecks::hasAuthorizationEndpoint(metadata({QStringLiteral("S256")}, {}))),
            QStringLiteral("oauth.as_metadata.no_authorization_endpoint"));
    }

    void redirectState()
    {
        QVERIFY(!OAuthChecks::redirectState(QStringLiteral("abc"), QStringLiteral("abc")));
        QCOMPARE(
            kindOf(OAuthChecks::redirectState(QStringLiteral("forged"), QStringLiteral("abc"))),
            QStringLiteral("oauth.redirect.state_mismatch"));
        QCOMPARE(kindOf(OAuthChecks::redirectState({}, QStringLiteral("abc"))),
                 QStringLiteral("oauth.redirect.state_mismatch"));
        // No state sent: nothing received can match it.
        QVERIFY(OAuthChecks::redirectState({}, {}));
    }

    void redirectIssuer()
    {
        QVERIFY(!OAuthChecks::redirectIssuer({}, QStringLiteral("https://as")));
        QVERIFY(!OAuthChecks::redirectIssuer(QStringLiteral("https://evil"), {}));
        // RFC 9207 §2.4 / SEP-2468: simple string comparison. A trailing
        // slash, case or an explicit default port is a mismatch (this test
        // asserted the trailing slash was forgiven before issue 16).
        QCOMPARE(kindOf(OAuthChecks::redirectIssuer(QStringLiteral("https://as/"),
                                                    QStringLiteral("https://as"))),
                 QStringLiteral("oauth.redirect.iss_mismatch"));
        QCOMPARE(kindOf(OAuthChecks::redirectIssuer(QStringLiteral("https://AS"),
                                                    QStringLiteral("https://as"))),
                 QStringLiteral("oauth.redirect.iss_mismatch"));
        QCOMPARE(kindOf(OAuthChecks::redirectIssuer(QStringLiteral("https://as:443"),
                                                    QStringLiteral("https://as"))),
                 QStringLiteral("oauth.redirect.iss_mismatch"));
        QVERIFY(!OAuthChecks::redirectIssuer(QStringLiteral("https://as"),
                                             QStringLiteral("https://as"), true));
        // Advertised (authorization_response_iss_parameter_supported) and absent.
        QCOMPARE(kindOf(OAuthChecks::redirectIssuer({}, QStringLiteral("https://as"), true)),
                 QStringLiteral("oauth.redirect.iss_missing"));
        const auto f = OAuthChecks::redirectIssuer(QStringLiteral("https://evil"),
                                                   QStringLiteral("https://as"));
        QCOMPARE(kindOf(f), QStringLiteral("oauth.redirect.iss_mismatch"));
        QVERIFY(
            f->summary().startsWith(QStringLiteral("The redirect names issuer https://evil, but "
                                                   "the flow talks to https://as (RFC 9207)")));
    }

    void redirectCarriesCode()
    {
        QVERIFY(!OAuthChecks::redirectCarriesCode(QUrlQuery(QStringLiteral("code=x&state=s"))));
        QVERIFY(
            !OAuthChecks::redirectCarriesCode(QUrlQuery(QStringLiteral("error=access_denied"))));
        QCOMPARE(kindOf(OAuthChecks::redirectCarriesCode(QUrlQuery(QStringLiteral("state=s")))),
                 QStringLiteral("oauth.redirect.no_code"));
        QCOMPARE(
            kindOf(OAuthChecks::redirectCarriesCode(QUrlQuery(QStringLiteral("code=&state=s")))),
            QStringLiteral("oauth.redirect.no_code"));
    }

    void redirectHops()
    {
        QVERIFY(!OAuthChecks::redirectHops(9, 10));
        const auto f = OAuthChecks::redirectHops(10, 10);
        QCOMPARE(kindOf(f), QStringLiteral("oauth.authorization.login_required"));
        QCOMPARE(f->summary(),
                 QStringLiteral("More than 10 redirects without reaching the redirect URI."));
    }

    void authorizationPage()
    {
        const QString redirect = QStringLiteral("http://127.0.0.1:1/cb");
        QCOMPARE(OAuthChecks::authorizationPage(answered(400, "redirect_uri did not match"), true,
                                                redirect)
                     .kind,
                 QStringLiteral("oauth.authorization.redirect_unregistered"));
        QVERIFY(OAuthChecks::authorizationPage(answered(400, "bad redirect_uri"), true, redirect)
                    .cause()
                    .contains(QStringLiteral("only the redirect URIs it registered")));
        QCOMPARE(OAuthChecks::authorizationPage(answered(400, "redirect_uri did not match"), false,
                                                redirect)
                     .kind,
                 QStringLiteral("oauth.invalid_redirect_uri"));
        QCOMPARE(
            OAuthChecks::authorizationPage(answered(200, "<html>Sign in</html>"), true, redirect)
                .kind,
            QStringLiteral("oauth.authorization.no_redirect"));
        QCOMPARE(OAuthChecks::authorizationPage(
                     answered(400, "{\"error\":\"invalid_scope\",\"error_description\":\"x\"}"),
                     true, redirect)
                     .kind,
                 QStringLiteral("oauth.invalid_scope"));
    }

    void registrationAccepted()
    {
        QVERIFY(!OAuthChecks::registrationAccepted(answered(201, "{}")));
        QVERIFY(!OAuthChecks::registrationAccepted(answered(200, "{}")));
        QCOMPARE(kindOf(OAuthChecks::registrationAccepted(answered(403, "nope"))),
                 QStringLiteral("oauth.registration.refused"));
        QCOMPARE(OAuthChecks::registrationAccepted(answered(403, "nope"))->summary(),
                 QStringLiteral("HTTP 403: nope"));
        QCOMPARE(kindOf(OAuthChecks::registrationAccepted(
                     answered(400, "{\"error\":\"invalid_client_metadata\"}"))),
                 QStringLiteral("oauth.invalid_client_metadata"));
    }

    void registrationParsed()
    {
        QVERIFY(!OAuthChecks::registrationParsed(
            parseRegistrationResponse("{\"client_id\":\"c\"}", QStringLiteral("none"))));
        QCOMPARE(kindOf(OAuthChecks::registrationParsed(
                     parseRegistrationResponse("{}", QStringLiteral("none")))),
                 QStringLiteral("oauth.registration.malformed"));
    }

    void tokenResponse()
    {
        const auto token = QStringLiteral("token");
        QVERIFY(!OAuthChecks::tokenResponse(
            parseTokenResponse("{\"access_token\":\"a\",\"token_type\":\"Bearer\"}", 0), 200,
            token));
        QCOMPARE(kindOf(OAuthChecks::tokenResponse(
                     parseTokenResponse("{\"token_type\":\"Bearer\"}", 0), 200, token)),
                 QStringLiteral("oauth.token.invalid_response"));
        QCOMPARE(kindOf(OAuthChecks::tokenResponse(
                     parseTokenResponse("{\"access_token\":\"a\",\"token_type\":\"DPoP\"}", 0), 200,
                     token)),
                 QStringLiteral("oauth.token.invalid_response"));
        // With a DPoP proof on the request (RFC 9449 §5), a DPoP token is the answer.
        QVERIFY(!OAuthChecks::tokenResponse(
            parseTokenResponse("{\"access_token\":\"a\",\"token_type\":\"DPoP\"}", 0, true), 200,
            token));
        QCOMPARE(kindOf(OAuthChecks::tokenResponse(
                     parseTokenResponse("{\"access_token\":\"a\",\"token_type\":\"MAC\"}", 0, true),
                     200, token)),
                 QStringLiteral("oauth.token.invalid_response"));
        QCOMPARE(kindOf(OAuthChecks::tokenResponse(
                     parseTokenResponse("{\"error\":\"invalid_grant\"}", 0), 400, token)),
                 QStringLiteral("oauth.invalid_grant.code"));
        QCOMPARE(kindOf(OAuthChecks::tokenResponse(
                     parseTokenResponse("{\"error\":\"invalid_grant\"}", 0), 400,
                     QStringLiteral("refresh"))),
                 QStringLiteral("oauth.invalid_grant.refresh"));
        // A token with a status that is not 200 is not taken.
        QVERIFY(OAuthChecks::tokenResponse(
            parseTokenResponse("{\"access_token\":\"a\",\"token_type\":\"Bearer\"}", 0), 201,
            token));
    }

    void reached_data()
    {
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<QString>("kind");
        using E = OAuthChecks::Endpoint;
        QTest::newRow("resource") << int(E::ResourceMetadata)
                                  << QStringLiteral("oauth.resource_metadata.unreachable");
        QTest::newRow("as") << int(E::AuthServerMetadata)
                            << QStringLiteral("oauth.as_metadata.unreachable");
        QTest::newRow("register") << int(E::Registration)
                                  << QStringLiteral("oauth.registration.unreachable");
        QTest::newRow("authorize")
            << int(E::Authorization) << QStringLiteral("oauth.authorization.unreachable");
        QTest::newRow("token") << int(E::Token) << QStringLiteral("oauth.token.unreachable");
    }
    void reached()
    {
        QFETCH(int, endpoint);
        QFETCH(QString, kind);
        const QUrl url(QStringLiteral("https://as/x"));
        QVERIFY(!OAuthChecks::reached(OAuthChecks::Endpoint(endpoint), answered(500), url));
        Exchange down;
        down.errorCode = ErrorCode::NetTimeout;
        down.errorMessage = QStringLiteral("The server sent nothing for 1.5 s");
        const auto f = OAuthChecks::reached(OAuthChecks::Endpoint(endpoint), down, url);
        QCOMPARE(kindOf(f), kind);
        QVERIFY(f->summary().contains(down.errorMessage));
    }

    void metadataParsed()
    {
        const QUrl url(QStringLiteral("https://mcp/.well-known/oauth-protected-resource"));
        QVERIFY(!OAuthChecks::resourceMetadataParsed(
            parseProtectedResourceMetadata(
                "{\"resource\":\"https://mcp\",\"authorization_servers\":[\"https://as\"]}"),
            url));
        const auto prm = OAuthChecks::resourceMetadataParsed(
            parseProtectedResourceMetadata("{\"resource\":"), url);
        QCOMPARE(kindOf(prm), QStringLiteral("oauth.resource_metadata.malformed"));
        QVERIFY(prm->fix().contains(url.toString()));
        QVERIFY(!OAuthChecks::authServerMetadataParsed(
            parseAuthServerMetadata(
                "{\"issuer\":\"https://as\",\"authorization_endpoint\":\"https://"
                "as/a\",\"token_endpoint\":\"https://as/t\"}"),
            url));
        QCOMPARE(kindOf(OAuthChecks::authServerMetadataParsed(parseAuthServerMetadata("[]"), url)),
                 QStringLiteral("oauth.as_metadata.malformed"));
    }

    void metadataCandidateLeft()
    {
        const QList<QUrl> candidates{QUrl(QStringLiteral("https://as/a")),
                                     QUrl(QStringLiteral("https://as/b"))};
        QVERIFY(!OAuthChecks::metadataCandidateLeft(1, candidates));
        const auto f = OAuthChecks::metadataCandidateLeft(2, candidates);
        QCOMPARE(kindOf(f), QStringLiteral("oauth.as_metadata.not_found"));
        QCOMPARE(f->summary(), QStringLiteral("No metadata at any of: https://as/a, https://as/b"));
    }

    void loopbackListening()
    {
        QVERIFY(!OAuthChecks::loopbackListening(Result<void>{}, true));
        const Result<void> refused =
            makeError(ErrorCode::OAuthRedirectListen, QStringLiteral("taken"));
        QCOMPARE(kindOf(OAuthChecks::loopbackListening(refused, true)),
                 QStringLiteral("oauth.loopback.redirect_unusable"));
        QCOMPARE(kindOf(OAuthChecks::loopbackListening(refused, false)),
                 QStringLiteral("oauth.loopback.no_port"));
    }

    void clientCredentialsUsable()
    {
        OAuthClient client{QStringLiteral("machine"), {}, {}, {}, {}};
        QCOMPARE(kindOf(OAuthChecks::clientCredentialsUsable(client)),
                 QStringLiteral("oauth.client_credentials.no_secret"));
        client.clientSecret = QStringLiteral("s");
        QVERIFY(!OAuthChecks::clientCredentialsUsable(client));
        client.clientSecret.clear();
        client.privateKeyPem = "-----BEGIN PRIVATE KEY-----";
        QVERIFY(!OAuthChecks::clientCredentialsUsable(client));
    }

    void registrationPossible()
    {
        AuthServerMetadata m = metadata({QStringLiteral("S256")});
        const QString cimd = QStringLiteral("https://app.example/client.json");
        QCOMPARE(kindOf(OAuthChecks::registrationPossible(m, {}, cimd)),
                 QStringLiteral("oauth.registration.unavailable"));
        QVERIFY(!OAuthChecks::registrationPossible(
            m, OAuthClient{QStringLiteral("c"), {}, {}, {}, {}}, {}));
        m.clientIdMetadataDocumentSupported = true;
        QVERIFY(!OAuthChecks::registrationPossible(m, {}, cimd));
        QVERIFY(OAuthChecks::registrationPossible(m, {}, {}));
        m.registrationEndpoint = QUrl(QStringLiteral("https://as/register"));
        QVERIFY(!OAuthChecks::registrationPossible(m, {}, {}));
    }

    void browserAnswered()
    {
        QVERIFY(!OAuthChecks::browserAnswered(false));
        QCOMPARE(kindOf(OAuthChecks::browserAnswered(true)),
                 QStringLiteral("oauth.authorization.browser_timeout"));
    }

    // A server that quotes a secret back (here a client secret in an
    // error_description) does not get it into a finding.
    void plantedSecretDoesNotReachTheFinding()
    {
        const QString planted = QStringLiteral("planted-client-secret-7f3a9c");
        registerSecret(planted);
        const Exchange e = answered(
            400, "{\"error\":\"invalid_client_metadata\",\"error_description\":\"client_secret "
                 "planted-client-secret-7f3a9c is not allowed\"}");
        const auto f = OAuthChecks::registrationAccepted(e);
        QVERIFY(f);
        QCOMPARE(f->kind, QStringLiteral("oauth.invalid_client_metadata"));
        QVERIFY2(!f->arguments.join(u' ').contains(planted), qPrintable(f->arguments.join(u' ')));
        QVERIFY(f->arguments.join(u' ').contains(QStringLiteral("[REDACTED]")));
        QVERIFY(!f->message().contains(planted));
        QVERIFY(f->arguments.join(u' ').contains(QStringLiteral("is not allowed")));
    }

    // The flow's failure is its finding: a cancelled flow says so.
    void flowFailureIsItsFinding()
    {
        HttpClient http;
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        settings.stepMode = true; // waits before the first request: no network
        flow.setSettings(settings);
        flow.start(QUrl(QStringLiteral("http://127.0.0.1:9/mcp")));
        QCOMPARE(flow.steps().at(int(OAuthFlow::StepKind::ResourceMetadata)).state,
                 OAuthFlow::StepState::Waiting);
        QVERIFY(flow.failureFinding().kind.isEmpty());
        flow.cancel();
        const Finding f = flow.failureFinding();
        QCOMPARE(f.kind, QStringLiteral("oauth.cancelled"));
        const OAuthFlow::Step &failed = flow.steps().at(int(OAuthFlow::StepKind::ResourceMetadata));
        QCOMPARE(failed.outcome, f.summary());
        QCOMPARE(failed.cause, f.cause());
        QCOMPARE(failed.fix, f.fix());
    }
};

QTEST_GUILESS_MAIN(TestOAuthChecks)
#include "tst_oauth_checks.moc"
