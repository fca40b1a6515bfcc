#include "error_code_testing.h"
#include "net/www_authenticate.h"
#include "oauth/loopback_receiver.h"
#include "oauth/oauth_metadata.h"
#include "oauth/oauth_requests.h"
#include "oauth/oauth_types.h"
#include "oauth/pkce.h"

#include <QTest>
#include <QUrlQuery>

using namespace mcpscope;

// The OAuth building blocks that read untrusted bytes or must match an RFC
// exactly: WWW-Authenticate, metadata documents and their well-known URLs,
// PKCE, the token endpoint's client authentication, error diagnoses.
class TestOAuthParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wwwAuthenticate_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("rfc 6750 example")
            << QByteArray("Bearer realm=\"example\", error=\"invalid_token\", "
                          "error_description=\"The access token expired\"")
            << 1 << "Bearer"
            << "error_description"
            << "The access token expired";
        QTest::newRow("mcp resource_metadata")
            << QByteArray("Bearer "
                          "resource_metadata=\"https://mcp.example.com/.well-known/"
                          "oauth-protected-resource\", scope=\"files:read files:write\"")
            << 1 << "Bearer"
            << "scope"
            << "files:read files:write";
        QTest::newRow("token values")
            << QByteArray("Bearer error=insufficient_scope, scope=admin") << 1 << "Bearer"
            << "error"
            << "insufficient_scope";
        QTest::newRow("two challenges")
            << QByteArray("Basic realm=\"x\", Bearer scope=\"a b\"") << 2 << "Bearer"
            << "scope"
            << "a b";
        QTest::newRow("token68 first")
            << QByteArray("Negotiate abc==, Bearer realm=\"r\"") << 2 << "Bearer"
            << "realm"
            << "r";
        QTest::newRow("escaped quote")
            << QByteArray("Bearer error_description=\"say \\\"hi\\\"\"") << 1 << "Bearer"
            << "error_description"
            << "say \"hi\"";
        QTest::newRow("case and spaces")
            << QByteArray("  bearer   Scope = \"s\" ,  Realm=r") << 1 << "bearer"
            << "scope"
            << "s";
        QTest::newRow("comma inside quotes")
            << QByteArray("Bearer scope=\"a,b\", realm=\"x\"") << 1 << "Bearer"
            << "scope"
            << "a,b";
    }
    void wwwAuthenticate()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, count);
        QFETCH(QString, scheme);
        QFETCH(QString, name);
        QFETCH(QString, value);
        const auto parsed = parseWwwAuthenticate(header);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->size(), count);
        QCOMPARE(parsed->last().scheme, scheme);
        QCOMPARE(parsed->last().param(name), value);
    }

    void malformedWwwAuthenticate_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("unclosed quote") << QByteArray("Bearer realm=\"oops");
        QTest::newRow("garbage") << QByteArray("Bearer realm=\"a\" \"b\"");
        QTest::newRow("no scheme") << QByteArray("=x");
        QTest::newRow("too long") << QByteArray(20000, 'a');
        QByteArray many("Bearer ");
        for (int i = 0; i < 100; ++i)
            many += "p" + QByteArray::number(i) + "=1, ";
        QTest::newRow("too many params") << many;
    }
    void malformedWwwAuthenticate()
    {
        QFETCH(QByteArray, header);
        const auto parsed = parseWwwAuthenticate(header);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::OAuthWwwAuthenticate);
    }

    void bearerChallengeAcrossHeaders()
    {
        const HeaderList headers{
            {"Content-Type", "application/json"},
            {"WWW-Authenticate", "Basic realm=\"x\""},
            {"www-authenticate",
             "Bearer error=\"insufficient_scope\", scope=\"mcp:admin\", "
             "resource_metadata=\"https://h/.well-known/oauth-protected-resource/mcp\""}};
        const auto challenge = bearerChallenge(headers);
        QVERIFY(challenge);
        QCOMPARE(challenge->error, QStringLiteral("insufficient_scope"));
        QCOMPARE(challenge->scope, QStringLiteral("mcp:admin"));
        QCOMPARE(challenge->resourceMetadata,
                 QStringLiteral("https://h/.well-known/oauth-protected-resource/mcp"));
        QVERIFY(!bearerChallenge({{"WWW-Authenticate", "Basic realm=\"x\""}}));
    }

    void wellKnownUrls()
    {
        QCOMPARE(
            protectedResourceMetadataUrls(QUrl(QStringLiteral("https://h.example/mcp"))),
            (QList<QUrl>{
                QUrl(QStringLiteral("https://h.example/.well-known/oauth-protected-resource/mcp")),
                QUrl(QStringLiteral("https://h.example/.well-known/oauth-protected-resource"))}));
        QCOMPARE(protectedResourceMetadataUrls(QUrl(QStringLiteral("https://h.example/"))),
                 (QList<QUrl>{QUrl(
                     QStringLiteral("https://h.example/.well-known/oauth-protected-resource"))}));
        // MCP 2025-11-25: path insertion (OAuth, then OIDC), then OIDC path appending.
        QCOMPARE(authServerMetadataUrls(QUrl(QStringLiteral("https://auth.example/tenant1"))),
                 (QList<QUrl>{
                     QUrl(QStringLiteral(
                         "https://auth.example/.well-known/oauth-authorization-server/tenant1")),
                     QUrl(QStringLiteral(
                         "https://auth.example/.well-known/openid-configuration/tenant1")),
                     QUrl(QStringLiteral(
                         "https://auth.example/tenant1/.well-known/openid-configuration"))}));
        QCOMPARE(
            authServerMetadataUrls(QUrl(QStringLiteral("https://auth.example"))),
            (QList<QUrl>{
                QUrl(QStringLiteral("https://auth.example/.well-known/oauth-authorization-server")),
                QUrl(QStringLiteral("https://auth.example/.well-known/openid-configuration"))}));
    }

    void canonicalResources()
    {
        QCOMPARE(canonicalResource(QUrl(QStringLiteral("HTTPS://MCP.Example.com:443/mcp#frag"))),
                 QStringLiteral("https://mcp.example.com/mcp"));
        QCOMPARE(canonicalResource(QUrl(QStringLiteral("https://mcp.example.com/"))),
                 QStringLiteral("https://mcp.example.com"));
        QCOMPARE(canonicalResource(QUrl(QStringLiteral("http://127.0.0.1:8080/mcp"))),
                 QStringLiteral("http://127.0.0.1:8080/mcp"));
        QVERIFY(isInsecureRemote(QUrl(QStringLiteral("http://auth.example/token"))));
        QVERIFY(!isInsecureRemote(QUrl(QStringLiteral("http://127.0.0.1:9/token"))));
        QVERIFY(!isInsecureRemote(QUrl(QStringLiteral("http://[::1]:9/token"))));
        QVERIFY(!isInsecureRemote(QUrl(QStringLiteral("https://auth.example/token"))));
    }

    void protectedResourceMetadataDocuments()
    {
        const auto ok = parseProtectedResourceMetadata(
            "{\"resource\":\"https://h/mcp\",\"authorization_servers\":[\"https://"
            "a\"],\"scopes_supported\":[\"x\",\"y\"]}");
        QVERIFY(ok);
        QCOMPARE(ok->authorizationServers, QStringList{QStringLiteral("https://a")});
        QCOMPARE(ok->scopesSupported, (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
        for (const char *bad : {"[]", "{", "{\"resource\":\"https://h/mcp\"}",
                                "{\"resource\":5,\"authorization_servers\":[\"a\"]}",
                                "{\"resource\":\"r\",\"authorization_servers\":\"a\"}",
                                "{\"resource\":\"r\",\"authorization_servers\":[1]}"}) {
            const auto parsed = parseProtectedResourceMetadata(QByteArray(bad));
            QVERIFY2(!parsed, bad);
            QVERIFY(!parsed.error().message.isEmpty());
        }
    }

    void authServerMetadataDocuments()
    {
        const auto ok = parseAuthServerMetadata(
            "{\"issuer\":\"https://a\",\"authorization_endpoint\":\"https://a/"
            "authorize\",\"token_endpoint\":\"https://a/token\",\n"
            "                "
            "\"code_challenge_methods_supported\":[\"S256\"],\"client_id_metadata_document_"
            "supported\":true,\n"
            "                "
            "\"token_endpoint_auth_methods_supported\":[\"none\",\"client_secret_post\"]}");
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QVERIFY(ok->supportsS256());
        QVERIFY(ok->clientIdMetadataDocumentSupported);
        QCOMPARE(ok->tokenEndpoint, QUrl(QStringLiteral("https://a/token")));
        const auto noToken = parseAuthServerMetadata("{\"issuer\":\"https://a\"}");
        QVERIFY(!noToken);
        QVERIFY(noToken.error().message.contains(QStringLiteral("token_endpoint")));
        const auto badUrl = parseAuthServerMetadata(
            "{\"issuer\":\"https://a\",\"token_endpoint\":\"javascript:alert(1)\"}");
        QVERIFY(!badUrl);
        const auto noIssuer = parseAuthServerMetadata("{\"token_endpoint\":\"https://a/token\"}");
        QVERIFY(!noIssuer);
        QVERIFY(noIssuer.error().message.contains(QStringLiteral("issuer")));
        QVERIFY(!parseAuthServerMetadata(QByteArray(2 * 1024 * 1024, ' ')));
    }

    // RFC 7636 Appendix B.
    void pkceS256MatchesTheRfc()
    {
        QCOMPARE(Pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const QByteArray verifier = Pkce::makeVerifier();
        QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
        for (char c : verifier)
            QVERIFY(
                QByteArrayView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
                    .contains(c));
        QVERIFY(Pkce::makeVerifier() != verifier);
        QVERIFY(Pkce::randomToken() != Pkce::randomToken());
    }

    void clientAuthentication()
    {
        AuthServerMetadata server;
        server.tokenEndpoint = QUrl(QStringLiteral("https://a/token"));
        server.tokenEndpointAuthMethodsSupported = {QStringLiteral("client_secret_post")};
        OAuthClient client{QStringLiteral("id:1"), QStringLiteral("s&ecret"), {}, {}};
        QCOMPARE(OAuthRequests::chooseAuthMethod(server, client),
                 QStringLiteral("client_secret_post"));
        client.authMethod = QStringLiteral("client_secret_basic");
        const HttpRequest basic = OAuthRequests::refresh(server, client, QStringLiteral("r+t"),
                                                         QStringLiteral("https://h/mcp"));
        // RFC 6749 §2.3.1: form-encoded, then base64.
        QCOMPARE(headerValue(basic.headers, "Authorization"),
                 "Basic " + QByteArray("id%3A1:s%26ecret").toBase64());
        QVERIFY(basic.body.contains("refresh_token=r%2Bt"));
        QVERIFY(basic.body.contains("resource=https%3A%2F%2Fh%2Fmcp"));
        QVERIFY(!basic.body.contains("client_secret"));
        client.authMethod = QStringLiteral("client_secret_post");
        const HttpRequest post = OAuthRequests::refresh(server, client, QStringLiteral("t"), {});
        QVERIFY(post.body.contains("client_secret=s%26ecret"));
        QVERIFY(headerValue(post.headers, "Authorization").isEmpty());
        const HttpRequest none = OAuthRequests::refresh(
            server, OAuthClient{QStringLiteral("pub"), {}, {}, {}}, QStringLiteral("t"), {});
        QVERIFY(none.body.contains("client_id=pub"));
        QVERIFY(!none.body.contains("client_secret"));
    }

    void tokenResponses()
    {
        const TokenResponse ok =
            parseTokenResponse("{\"access_token\":\"a\",\"token_type\":\"bearer\",\"expires_in\":"
                               "60,\"refresh_token\":\"r\",\"scope\":\"x\"}",
                               1000);
        QVERIFY(ok.error.isEmpty());
        QCOMPARE(ok.tokens.expiresAtMs, 61000);
        QCOMPARE(ok.tokens.refreshToken, QStringLiteral("r"));
        QCOMPARE(
            parseTokenResponse("{\"error\":\"invalid_grant\",\"error_description\":\"expired\"}", 0)
                .error,
            QStringLiteral("invalid_grant"));
        QCOMPARE(parseTokenResponse("<html>", 0).error, QStringLiteral("invalid_response"));
        QCOMPARE(parseTokenResponse("{\"token_type\":\"Bearer\"}", 0).error,
                 QStringLiteral("invalid_response"));
        QCOMPARE(parseTokenResponse("{\"access_token\":\"a\",\"token_type\":\"MAC\"}", 0).error,
                 QStringLiteral("invalid_response"));
    }

    // What the loopback listener accepts as the authorization response.
    void loopbackCallbackRequests()
    {
        const auto callback =
            parseCallbackRequest("GET /callback?code=c%2B1&state=s HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(callback.kind, CallbackRequest::Kind::Callback);
        QCOMPARE(callback.query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                 QStringLiteral("c+1"));
        QCOMPARE(parseCallbackRequest("GET /callback?code=c HTTP/1.1\r\nHost: x\r\n").kind,
                 CallbackRequest::Kind::Incomplete);
        QCOMPARE(parseCallbackRequest("POST /callback HTTP/1.1\r\n\r\n").kind,
                 CallbackRequest::Kind::NotGet);
        QCOMPARE(parseCallbackRequest("GET /favicon.ico HTTP/1.1\r\n\r\n").kind,
                 CallbackRequest::Kind::OtherPath);
        QCOMPARE(parseCallbackRequest("garbage\r\n\r\n").kind, CallbackRequest::Kind::NotGet);
        QCOMPARE(parseCallbackRequest(QByteArray(20000, 'a')).kind,
                 CallbackRequest::Kind::TooLarge);
    }

    void diagnosesNameCauseAndFix_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("causeMentions");
        QTest::newRow("code reused") << "token"
                                     << "invalid_grant"
                                     << ""
                                     << "used only once";
        QTest::newRow("redirect mismatch") << "token"
                                           << "invalid_grant"
                                           << "redirect_uri mismatch"
                                           << "redirect_uri";
        QTest::newRow("verifier mismatch") << "token"
                                           << "invalid_grant"
                                           << "PKCE verification failed"
                                           << "code_verifier";
        QTest::newRow("refresh") << "refresh"
                                 << "invalid_grant"
                                 << ""
                                 << "refresh token";
        QTest::newRow("invalid_client") << "token"
                                        << "invalid_client"
                                        << ""
                                        << "credentials";
        QTest::newRow("unauthorized_client") << "token"
                                             << "unauthorized_client"
                                             << ""
                                             << "grant type";
        QTest::newRow("invalid_scope") << "authorize"
                                       << "invalid_scope"
                                       << ""
                                       << "scope";
        QTest::newRow("invalid_target") << "token"
                                        << "invalid_target"
                                        << ""
                                        << "resource";
        QTest::newRow("redirect rejected") << "authorize"
                                           << "invalid_request"
                                           << "redirect_uri not registered"
                                           << "redirect URI";
    }
    void diagnosesNameCauseAndFix()
    {
        QFETCH(QString, where);
        QFETCH(QString, error);
        QFETCH(QString, description);
        QFETCH(QString, causeMentions);
        const OAuthDiagnosis d = diagnoseOAuthError(where, error, description);
        QVERIFY2(d.cause.contains(causeMentions, Qt::CaseInsensitive), qPrintable(d.cause));
        QVERIFY(!d.fix.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOAuthParsing)
#include "tst_oauth_parsing.moc"
