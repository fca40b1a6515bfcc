// Diagnostic rule cases (diagnostic_rule_cases.h): OAuth and tokens
// (core/diagnostics/rules_oauth.cpp, core/diagnostics/token_facts_observer.h).
//
// Guide symptom → kind → real-peer test (tests/integration/tst_diagnostics_oauth.cpp):
//   invalid_grant, code used after its lifetime → oauth.invalid_grant.code_expired
//       → TestDiagnosticsOAuth::codeUsedAfterItsLifetime
//   invalid_grant, redirect_uri differs (trailing slash) → oauth.invalid_grant.redirect_differs
//       → TestDiagnosticsOAuth::redirectUriWithoutItsTrailingSlash
//   redirect_uri not among the registered ones → oauth.authorization.redirect_not_registered
//       (dynamically registered client; a pre-registered one:
//       oauth.authorization.redirect_unregistered) → TestDiagnosticsOAuth::redirectUriNotRegistered
//   invalid_grant, PKCE verifier does not match → oauth.invalid_grant.verifier_mismatch (live:
//       TokenFactsObserver) → TestDiagnosticsOAuth::pkceVerifierMismatch
//   PKCE plain where S256 is expected / missing → oauth.pkce.plain, oauth.pkce.no_challenge,
//       oauth.pkce.no_verifier → TestDiagnosticsOAuth::pkcePlainAndMissing
//   invalid_grant, code used twice → oauth.invalid_grant.code_reused (live)
//       → TestDiagnosticsOAuth::pkceVerifierMismatch (the code is sent again)
//   invalid_grant, refresh token reused after rotation (TOKEN_REUSE) →
//       oauth.invalid_grant.refresh_reused → TestDiagnosticsOAuth::refreshTokenReusedAfterRotation
//   invalid_client, wrong secret → oauth.invalid_client.secret_refused
//       → TestDiagnosticsOAuth::wrongClientSecret
//   invalid_client, unknown client → oauth.invalid_client.unknown_client
//       → TestDiagnosticsOAuth::unknownClient
//   invalid_client, client registered at another issuer/environment →
//       oauth.invalid_client.other_issuer → TestDiagnosticsOAuth::clientOfAnotherIssuer
//   unauthorized_client → oauth.unauthorized_client (existing kind)
//       → TestDiagnosticsOAuth::grantTypeNotAllowed
//   unknown resource (invalid_target) → oauth.invalid_target (existing kind)
//       → TestDiagnosticsOAuth::unknownResource
//   requested scopes not granted → oauth.scope.not_granted
//       → TestDiagnosticsOAuth::scopesNotGranted
//   token expired (expires_in / JWT exp vs the 401) → oauth.token.expired
//       → TestDiagnosticsOAuth::tokenUsedAfterItExpired
//   audience / resource mismatch (INVALID_TOKEN) → oauth.token.audience_mismatch
//       → TestDiagnosticsOAuth::tokenForAnotherResource (SDK resource server, opaque and JWT)
//   missing / malformed Authorization header → oauth.authorization_header.missing,
//       oauth.authorization_header.malformed →
//       TestDiagnosticsOAuth::authorizationHeaderMissingOrMalformed
//   401 without WWW-Authenticate / without resource_metadata → oauth.challenge.missing,
//       oauth.challenge.no_resource_metadata → TestDiagnosticsOAuth::challengesWithoutMetadata
//   AS metadata that contradicts itself → oauth.as_metadata.issuer_url,
//       oauth.pkce_s256_unsupported (existing), oauth.as_metadata.foreign_endpoint,
//       oauth.as_metadata.grant_response_mismatch → TestDiagnosticsOAuth::contradictoryMetadata
//   plain-http issuer (not loopback) → oauth.insecure_issuer →
//   TestDiagnosticsOAuth::contradictoryMetadata redirect loop → oauth.redirect_loop →
//   TestDiagnosticsOAuth::redirectLoop clock skew from a token's iat/nbf → net.clock_skew.token
//   (live) → unit case only (a
//       peer's clock cannot be moved in a test; TestDiagnosticsOAuth::observerSeesJwtFacts
//       checks the same path with a JWT the peer issued and a shifted local clock)
//   healthy sign-in and MCP calls raise none of these →
//   TestDiagnosticsOAuth::healthySignInRaisesNothing
#include "diagnostic_rule_cases.h"

#include "oauth/pkce.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcpscope::testing {

namespace {

constexpr qint64 kT0 = 1'750'000'000'000;
const QString kAs = QStringLiteral("https://as.example");
const QString kRs = QStringLiteral("https://mcp.example/mcp");
const QString kApp = QStringLiteral("https://app.example/cb/");

// One exchange at kT0 + atMs.
Exchange ex(qint64 id, qint64 atMs, const QByteArray &method, const QString &url, int status)
{
    Exchange e;
    e.id = id;
    e.sessionId = 1;
    e.startedAtMs = kT0 + atMs;
    e.state = Exchange::State::Complete;
    e.method = method;
    e.url = url;
    e.status = status;
    e.ttfbMs = 5;
    e.totalMs = 10;
    return e;
}

RuleFeed feed(const Exchange &e, qint64 capturedNowMs = 0)
{
    RuleFeed f;
    f.exchange = e;
    f.capturedNowMs = capturedNowMs;
    return f;
}

Exchange withJson(Exchange e, const QByteArray &body)
{
    e.responseHeaders.append({QByteArray("Content-Type"), QByteArray("application/json")});
    e.responseBody = body;
    return e;
}

Exchange redirectTo(Exchange e, const QString &location)
{
    e.responseHeaders.append({"Location", location.toUtf8()});
    return e;
}

// GET the authorization endpoint; query without the leading '?'.
Exchange authorize(qint64 id, qint64 atMs, const QString &query, const QString &location = {},
                   int status = 302)
{
    Exchange e = ex(id, atMs, "GET", kAs + QStringLiteral("/authorize?response_type=code&") + query,
                    location.isEmpty() ? status : 302);
    return location.isEmpty() ? e : redirectTo(e, location);
}

QString s256Query(const QString &redirect = kApp)
{
    return QStringLiteral("client_id=c1&redirect_uri=%1&state=s1&code_challenge=CH&"
                          "code_challenge_method=S256&resource=%2&scope=mcp%3Atools")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(redirect)),
             QString::fromLatin1(QUrl::toPercentEncoding(kRs)));
}

QString codeRedirect(const QString &code = QStringLiteral("[REDACTED]"))
{
    return kApp + QStringLiteral("?code=") + code + QStringLiteral("&state=s1");
}

// POST the token endpoint with a form; the answer's status and JSON.
Exchange token(qint64 id, qint64 atMs, const QByteArray &form, int status, const QByteArray &answer,
               const QString &endpoint = {})
{
    Exchange e = ex(id, atMs, "POST",
                    endpoint.isEmpty() ? kAs + QStringLiteral("/token") : endpoint, status);
    e.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    e.requestBody = form;
    return withJson(e, answer);
}

QByteArray encoded(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QByteArray codeForm(const QString &redirect = kApp, const QByteArray &code = "[REDACTED]",
                    const QByteArray &verifier = "[REDACTED]")
{
    QByteArray form = "grant_type=authorization_code&client_id=c1&code=" + code +
                      "&redirect_uri=" + encoded(redirect);
    if (!verifier.isEmpty())
        form += "&code_verifier=" + verifier;
    return form;
}

const QByteArray kInvalidGrant =
    "{\"error\":\"invalid_grant\",\"error_description\":\"grant request is invalid\"}";
const QByteArray kInvalidClient =
    "{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}";

QByteArray tokens(const QByteArray &extra = {})
{
    return "{\"access_token\":\"[REDACTED]\",\"token_type\":\"Bearer\",\"expires_in\":60" + extra +
           "}";
}

Exchange mcpCall(qint64 id, qint64 atMs, int status, const QByteArray &authorization,
                 const QByteArray &challenge = "Bearer error=\"invalid_token\", "
                                               "resource_metadata=\"https://mcp.example/"
                                               ".well-known/oauth-protected-resource/mcp\"",
                 const QString &url = kRs)
{
    Exchange e = ex(id, atMs, "POST", url, status);
    e.requestHeaders = {{"Content-Type", "application/json"}};
    if (!authorization.isEmpty())
        e.requestHeaders.append({"Authorization", authorization});
    e.requestBody = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";
    if (status == 401 && !challenge.isEmpty())
        e.responseHeaders.append({"WWW-Authenticate", challenge});
    return e;
}

Exchange metadata(qint64 id, const QString &url, const QJsonObject &doc)
{
    return withJson(ex(id, 0, "GET", url, 200), QJsonDocument(doc).toJson(QJsonDocument::Compact));
}

QJsonObject goodMetadata(const QString &issuer = kAs)
{
    return {
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("authorization_endpoint"), QString(issuer + QStringLiteral("/authorize"))},
        {QStringLiteral("token_endpoint"), QString(issuer + QStringLiteral("/token"))},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}}};
}

QJsonObject changed(QJsonObject doc, const QString &member, const QJsonValue &value)
{
    doc.insert(member, value);
    return doc;
}

const QString kAsMetadataUrl = kAs + QStringLiteral("/.well-known/oauth-authorization-server");

// A JWT (unsigned for these purposes: the observer reads claims only).
QByteArray jwt(const QJsonObject &claims)
{
    const auto part = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part({{QStringLiteral("alg"), QStringLiteral("ES256")}}) + '.' + part(claims) + '.' +
           QByteArray("c2ln");
}

} // namespace

QList<RuleCase> oauthRuleCases()
{
    QList<RuleCase> cases;
    // -- invalid_grant by cause
    cases.append({"oauth.invalid_grant.redirect_differs",
                  [] {
                      return QList<RuleFeed>{
                          feed(authorize(1, 0, s256Query(), codeRedirect())),
                          feed(token(2, 100, codeForm(QStringLiteral("https://app.example/cb")),
                                     400, kInvalidGrant))};
                  },
                  [] {
                      return QList<RuleFeed>{feed(authorize(1, 0, s256Query(), codeRedirect())),
                                             feed(token(2, 100, codeForm(), 400, kInvalidGrant))};
                  }});
    cases.append({"oauth.invalid_grant.code_expired",
                  [] {
                      return QList<RuleFeed>{feed(authorize(1, 0, s256Query(), codeRedirect())),
                                             feed(token(2, 5000, codeForm(), 400, kInvalidGrant))};
                  },
                  [] {
                      return QList<RuleFeed>{feed(authorize(1, 0, s256Query(), codeRedirect())),
                                             feed(token(2, 200, codeForm(), 400, kInvalidGrant))};
                  }});
    // A near miss of the code expiry that is refused another way.
    cases.append({"oauth.invalid_grant.code",
                  [] {
                      return QList<RuleFeed>{feed(authorize(1, 0, s256Query(), codeRedirect())),
                                             feed(token(2, 200, codeForm(), 400, kInvalidGrant))};
                  },
                  [] {
                      return QList<RuleFeed>{feed(authorize(1, 0, s256Query(), codeRedirect())),
                                             feed(token(2, 200, codeForm(), 200, tokens()))};
                  }});
    // Raw records (live): the verifier is checked against the challenge.
    cases.append(
        {"oauth.invalid_grant.verifier_mismatch",
         [] {
             const QByteArray challenge =
                 Pkce::challengeS256("verifier-one-verifier-one-verifier-one-1234");
             const QString query = s256Query().replace(QStringLiteral("code_challenge=CH"),
                                                       QStringLiteral("code_challenge=") +
                                                           QString::fromLatin1(challenge));
             return QList<RuleFeed>{
                 feed(authorize(1, 0, query, codeRedirect(QStringLiteral("raw-code-1")))),
                 feed(token(
                     2, 100,
                     codeForm(kApp, "raw-code-1", "verifier-two-verifier-two-verifier-two-1234"),
                     400, kInvalidGrant))};
         },
         [] {
             const QByteArray verifier = "verifier-one-verifier-one-verifier-one-1234";
             const QString query =
                 s256Query().replace(QStringLiteral("code_challenge=CH"),
                                     QStringLiteral("code_challenge=") +
                                         QString::fromLatin1(Pkce::challengeS256(verifier)));
             return QList<RuleFeed>{
                 feed(authorize(1, 0, query, codeRedirect(QStringLiteral("raw-code-1")))),
                 feed(token(2, 100, codeForm(kApp, "raw-code-1", verifier), 400, kInvalidGrant))};
         }});
    cases.append(
        {"oauth.invalid_grant.code_reused",
         [] {
             return QList<RuleFeed>{
                 feed(authorize(1, 0, s256Query(), codeRedirect(QStringLiteral("raw-code-2")))),
                 feed(token(2, 100, codeForm(kApp, "raw-code-2", "v"), 200, tokens())),
                 feed(token(3, 200, codeForm(kApp, "raw-code-2", "v"), 400, kInvalidGrant))};
         },
         [] {
             // Redacted codes all look alike: nothing can be said.
             return QList<RuleFeed>{feed(authorize(1, 0, s256Query(), codeRedirect())),
                                    feed(token(2, 100, codeForm(), 200, tokens())),
                                    feed(token(3, 200, codeForm(), 400, kInvalidGrant))};
         }});
    cases.append({"oauth.invalid_grant.refresh_reused",
                  [] {
                      return QList<RuleFeed>{
                          feed(token(1, 0, "grant_type=refresh_token&refresh_token=[REDACTED]", 200,
                                     tokens(",\"refresh_token\":\"[REDACTED]\""))),
                          feed(token(2, 100, "grant_type=refresh_token&refresh_token=[REDACTED]",
                                     400, kInvalidGrant))};
                  },
                  [] {
                      return QList<RuleFeed>{
                          feed(token(1, 0, "grant_type=refresh_token&refresh_token=[REDACTED]", 200,
                                     tokens())),
                          feed(token(2, 100, "grant_type=refresh_token&refresh_token=[REDACTED]",
                                     400, kInvalidGrant))};
                  }});
    cases.append({"oauth.invalid_grant.refresh",
                  [] {
                      return QList<RuleFeed>{
                          feed(token(2, 100, "grant_type=refresh_token&refresh_token=[REDACTED]",
                                     400, kInvalidGrant))};
                  },
                  [] {
                      return QList<RuleFeed>{
                          feed(token(1, 0, "grant_type=refresh_token&refresh_token=[REDACTED]", 200,
                                     tokens(",\"refresh_token\":\"[REDACTED]\""))),
                          feed(token(2, 100, "grant_type=refresh_token&refresh_token=[REDACTED]",
                                     400, kInvalidGrant))};
                  }});
    // -- PKCE
    cases.append(
        {"oauth.pkce.no_challenge",
         [] {
             return QList<RuleFeed>{feed(authorize(
                 1, 0, QStringLiteral("client_id=c1&redirect_uri=x&state=s1"), codeRedirect()))};
         },
         [] { return QList<RuleFeed>{feed(authorize(1, 0, s256Query(), codeRedirect()))}; }});
    cases.append(
        {"oauth.pkce.plain",
         [] {
             return QList<RuleFeed>{feed(authorize(
                 1, 0, QStringLiteral("client_id=c1&redirect_uri=x&state=s1&code_challenge=CH"),
                 codeRedirect()))};
         },
         [] { return QList<RuleFeed>{feed(authorize(1, 0, s256Query(), codeRedirect()))}; }});
    cases.append({"oauth.pkce.no_verifier",
                  [] {
                      return QList<RuleFeed>{feed(authorize(1, 0, s256Query(), codeRedirect())),
                                             feed(token(2, 100, codeForm(kApp, "[REDACTED]", {}),
                                                        400, kInvalidGrant))};
                  },
                  [] {
                      return QList<RuleFeed>{feed(authorize(1, 0, s256Query(), codeRedirect())),
                                             feed(token(2, 100, codeForm(), 400, kInvalidGrant))};
                  }});
    // -- the authorization request's redirect URI
    cases.append(
        {"oauth.authorization.redirect_not_registered",
         [] {
             Exchange reg =
                 withJson(ex(1, 0, "POST", kAs + QStringLiteral("/reg"), 201),
                          "{\"client_id\":\"c1\",\"redirect_uris\":[\"https://app.example/cb/\"]}");
             reg.requestBody = "{\"redirect_uris\":[\"https://app.example/cb/\"]}";
             Exchange refused =
                 authorize(2, 100, s256Query(QStringLiteral("https://app.example/cb")), {}, 400);
             refused.responseBody = "<p>redirect_uri did not match any of the client's registered "
                                    "redirect_uris</p>";
             return QList<RuleFeed>{feed(reg), feed(refused)};
         },
         [] {
             Exchange reg =
                 withJson(ex(1, 0, "POST", kAs + QStringLiteral("/reg"), 201),
                          "{\"client_id\":\"c1\",\"redirect_uris\":[\"https://app.example/cb/\"]}");
             reg.requestBody = "{\"redirect_uris\":[\"https://app.example/cb/\"]}";
             return QList<RuleFeed>{feed(reg),
                                    feed(authorize(2, 100, s256Query(), codeRedirect()))};
         }});
    cases.append({"oauth.authorization.redirect_unregistered",
                  [] {
                      Exchange refused = authorize(2, 100, s256Query(), {}, 400);
                      refused.responseBody = "<p>redirect_uri did not match</p>";
                      return QList<RuleFeed>{feed(refused)};
                  },
                  [] {
                      Exchange refused = authorize(2, 100, s256Query(), {}, 400);
                      refused.responseBody = "<p>client is invalid</p>";
                      return QList<RuleFeed>{feed(refused)};
                  }});
    // -- invalid_client by cause
    cases.append(
        {"oauth.invalid_client.secret_refused",
         [] {
             Exchange e = token(1, 0, "grant_type=client_credentials", 401, kInvalidClient);
             e.requestHeaders.append({QByteArray("Authorization"), QByteArray("Basic [REDACTED]")});
             return QList<RuleFeed>{feed(e)};
         },
         [] {
             Exchange e = token(1, 0, "grant_type=client_credentials", 200, tokens());
             e.requestHeaders.append({QByteArray("Authorization"), QByteArray("Basic [REDACTED]")});
             return QList<RuleFeed>{feed(e)};
         }});
    cases.append(
        {"oauth.invalid_client.unknown_client",
         [] {
             return QList<RuleFeed>{feed(token(
                 1, 0, "grant_type=client_credentials&client_id=nobody", 401, kInvalidClient))};
         },
         [] {
             return QList<RuleFeed>{feed(token(
                 1, 0, "grant_type=client_credentials&client_id=nobody&client_secret=[REDACTED]",
                 401, kInvalidClient))};
         }});
    cases.append(
        {"oauth.invalid_client.other_issuer",
         [] {
             Exchange reg =
                 withJson(ex(1, 0, "POST", QStringLiteral("https://as-staging.example/reg"), 201),
                          "{\"client_id\":\"c1\",\"redirect_uris\":[\"https://app.example/cb/\"]}");
             reg.requestBody = "{\"redirect_uris\":[\"https://app.example/cb/\"]}";
             return QList<RuleFeed>{feed(reg),
                                    feed(token(2, 100, "grant_type=client_credentials&client_id=c1",
                                               401, kInvalidClient))};
         },
         [] {
             Exchange reg =
                 withJson(ex(1, 0, "POST", kAs + QStringLiteral("/reg"), 201),
                          "{\"client_id\":\"c1\",\"redirect_uris\":[\"https://app.example/cb/\"]}");
             reg.requestBody = "{\"redirect_uris\":[\"https://app.example/cb/\"]}";
             return QList<RuleFeed>{feed(reg),
                                    feed(token(2, 100, "grant_type=client_credentials&client_id=c1",
                                               401, kInvalidClient))};
         }});
    cases.append(
        {"oauth.unauthorized_client",
         [] {
             return QList<RuleFeed>{feed(token(
                 1, 0, "grant_type=client_credentials&client_id=c1", 400,
                 "{\"error\":\"unauthorized_client\",\"error_description\":\"not allowed\"}"))};
         },
         [] {
             return QList<RuleFeed>{
                 feed(token(1, 0, "grant_type=client_credentials&client_id=c1", 200, tokens()))};
         }});
    // oidc-provider answers invalid_request for a grant type the client may not use.
    cases.append({"oauth.unauthorized_client",
                  [] {
                      return QList<RuleFeed>{feed(
                          token(1, 0, "grant_type=client_credentials&client_id=c1", 400,
                                "{\"error\":\"invalid_request\",\"error_description\":\"requested "
                                "grant type is not allowed for this client\"}"))};
                  },
                  [] {
                      return QList<RuleFeed>{feed(
                          token(1, 0, "grant_type=client_credentials&client_id=c1", 400,
                                "{\"error\":\"invalid_request\",\"error_description\":\"missing "
                                "required parameter 'grant_type'\"}"))};
                  }});
    cases.append(
        {"oauth.invalid_target",
         [] {
             return QList<RuleFeed>{
                 feed(token(1, 0, "grant_type=client_credentials&resource=https%3A%2F%2Fx", 400,
                            "{\"error\":\"invalid_target\",\"error_description\":\"resource "
                            "indicator is missing, or unknown\"}"))};
         },
         [] {
             return QList<RuleFeed>{feed(token(
                 1, 0, "grant_type=client_credentials&resource=https%3A%2F%2Fx", 200, tokens()))};
         }});
    // -- what was granted and how it is used
    cases.append({"oauth.scope.not_granted",
                  [] {
                      return QList<RuleFeed>{
                          feed(token(1, 0, "grant_type=client_credentials&scope=mcp%3Atools+admin",
                                     200, tokens(",\"scope\":\"mcp:tools\"")))};
                  },
                  [] {
                      return QList<RuleFeed>{
                          feed(token(1, 0, "grant_type=client_credentials&scope=mcp%3Atools+admin",
                                     200, tokens(",\"scope\":\"admin mcp:tools\"")))};
                  }});
    const QByteArray forRs = "grant_type=client_credentials&resource=" + encoded(kRs);
    cases.append({"oauth.token.expired",
                  [forRs] {
                      return QList<RuleFeed>{feed(token(1, 0, forRs, 200, tokens())),
                                             feed(mcpCall(2, 65000, 401, "Bearer [REDACTED]"))};
                  },
                  [forRs] {
                      return QList<RuleFeed>{feed(token(1, 0, forRs, 200, tokens())),
                                             feed(mcpCall(2, 5000, 401, "Bearer [REDACTED]"))};
                  }});
    cases.append({"oauth.token.audience_mismatch",
                  [] {
                      return QList<RuleFeed>{
                          feed(token(1, 0,
                                     "grant_type=client_credentials&resource=" +
                                         encoded(QStringLiteral("https://mcp.example/sse")),
                                     200, tokens())),
                          feed(mcpCall(2, 100, 401, "Bearer [REDACTED]"))};
                  },
                  [forRs] {
                      return QList<RuleFeed>{feed(token(1, 0, forRs, 200, tokens())),
                                             feed(mcpCall(2, 100, 401, "Bearer [REDACTED]"))};
                  }});
    cases.append({"oauth.authorization_header.missing",
                  [forRs] {
                      return QList<RuleFeed>{feed(token(1, 0, forRs, 200, tokens())),
                                             feed(mcpCall(2, 100, 401, {}))};
                  },
                  [forRs] {
                      return QList<RuleFeed>{feed(mcpCall(1, 0, 401, {})),
                                             feed(token(2, 100, forRs, 200, tokens()))};
                  }});
    cases.append({"oauth.authorization_header.malformed",
                  [] { return QList<RuleFeed>{feed(mcpCall(1, 0, 401, "Token [REDACTED]"))}; },
                  [] { return QList<RuleFeed>{feed(mcpCall(1, 0, 401, "Bearer [REDACTED]"))}; }});
    cases.append({"oauth.challenge.missing",
                  [] { return QList<RuleFeed>{feed(mcpCall(1, 0, 401, {}, {}))}; },
                  [] { return QList<RuleFeed>{feed(mcpCall(1, 0, 401, {}))}; }});
    cases.append(
        {"oauth.challenge.no_resource_metadata",
         [] { return QList<RuleFeed>{feed(mcpCall(1, 0, 401, {}, "Bearer realm=\"mcp\""))}; },
         [] { return QList<RuleFeed>{feed(mcpCall(1, 0, 401, {}))}; }});
    // -- metadata
    cases.append(
        {"oauth.as_metadata.issuer_url",
         [] {
             return QList<RuleFeed>{feed(metadata(
                 1, kAsMetadataUrl, goodMetadata(QStringLiteral("https://login.example"))))};
         },
         [] { return QList<RuleFeed>{feed(metadata(1, kAsMetadataUrl, goodMetadata()))}; }});
    cases.append(
        {"oauth.pkce_s256_unsupported",
         [] {
             return QList<RuleFeed>{feed(metadata(
                 1, kAsMetadataUrl,
                 changed(goodMetadata(), QStringLiteral("code_challenge_methods_supported"),
                         QJsonArray{QStringLiteral("plain")})))};
         },
         [] { return QList<RuleFeed>{feed(metadata(1, kAsMetadataUrl, goodMetadata()))}; }});
    cases.append(
        {"oauth.as_metadata.foreign_endpoint",
         [] {
             return QList<RuleFeed>{
                 feed(metadata(1, kAsMetadataUrl,
                               changed(goodMetadata(), QStringLiteral("token_endpoint"),
                                       QStringLiteral("https://internal.corp:8443/token"))))};
         },
         [] { return QList<RuleFeed>{feed(metadata(1, kAsMetadataUrl, goodMetadata()))}; }});
    cases.append(
        {"oauth.as_metadata.grant_response_mismatch",
         [] {
             return QList<RuleFeed>{
                 feed(metadata(1, kAsMetadataUrl,
                               changed(goodMetadata(), QStringLiteral("grant_types_supported"),
                                       QJsonArray{QStringLiteral("client_credentials")})))};
         },
         [] { return QList<RuleFeed>{feed(metadata(1, kAsMetadataUrl, goodMetadata()))}; }});
    cases.append(
        {"oauth.insecure_issuer",
         [] {
             const QString as = QStringLiteral("http://as.example");
             return QList<RuleFeed>{
                 feed(metadata(1, as + QStringLiteral("/.well-known/oauth-authorization-server"),
                               goodMetadata(as)))};
         },
         [] {
             const QString as = QStringLiteral("http://127.0.0.1:8080");
             return QList<RuleFeed>{
                 feed(metadata(1, as + QStringLiteral("/.well-known/oauth-authorization-server"),
                               goodMetadata(as)))};
         }});
    // -- redirects
    cases.append(
        {"oauth.redirect_loop",
         [] {
             QList<RuleFeed> chain;
             const QString a = kAs + QStringLiteral("/login");
             const QString b = kAs + QStringLiteral("/authorize/resume");
             for (int i = 0; i < 5; ++i)
                 chain << feed(
                     redirectTo(ex(i + 1, i * 10, "GET", i % 2 ? b : a, 302), i % 2 ? a : b));
             return chain;
         },
         [] {
             // Back once to the same URL (after a login) is no loop.
             const QString a = kAs + QStringLiteral("/authorize/resume");
             const QString b = kAs + QStringLiteral("/login");
             return QList<RuleFeed>{
                 feed(redirectTo(ex(1, 0, "GET", a, 302), b)),
                 feed(redirectTo(ex(2, 10, "GET", b, 302), a)),
                 feed(redirectTo(ex(3, 20, "GET", a, 302), kApp + QStringLiteral("?code=x"))),
                 feed(ex(4, 30, "GET", kApp + QStringLiteral("?code=x"), 200))};
         }});
    // -- live facts: a JWT issued an hour ahead of this machine's clock
    cases.append(
        {"net.clock_skew.token",
         [] {
             const qint64 now = kT0;
             const QByteArray access = jwt({{QStringLiteral("iat"), double(now / 1000 + 3600)},
                                            {QStringLiteral("exp"), double(now / 1000 + 7200)}});
             return QList<RuleFeed>{
                 feed(token(1, 0, "grant_type=client_credentials", 200,
                            "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\"}"),
                      now)};
         },
         [] {
             const qint64 now = kT0;
             const QByteArray access = jwt({{QStringLiteral("iat"), double(now / 1000 + 30)},
                                            {QStringLiteral("exp"), double(now / 1000 + 7200)}});
             return QList<RuleFeed>{
                 feed(token(1, 0, "grant_type=client_credentials", 200,
                            "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\"}"),
                      now)};
         }});
    return cases;
}

} // namespace mcpscope::testing
