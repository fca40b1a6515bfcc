// The findings registry (common/findings.h), the error code registry
// (common/error_code.h), the findings table of the capture store and
// FindingsModel. Every registered kind has an input that raises it and a
// near miss that must not.
#include "analytics/analytics_thresholds.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "common/error_code.h"
#include "common/findings.h"
#include "common/known_secrets.h"
#include "diagnostic_rule_cases.h"
#include "diagnostics/connection_doctor.h"
#include "error_code_testing.h"
#include "mcp/http_refusal.h"
#include "mcp/mcp_findings.h"
#include "models/findings_model.h"
#include "net/network_finding.h"
#include "net/tls_info.h"
#include "oauth/oauth_checks.h"
#include "oauth/oauth_flow.h"
#include "oauth/oauth_types.h"
#include "vault/vault_checks.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace mcpscope;

namespace {

using Probe = std::function<QStringList()>;

QStringList kindsOf(const Finding &f)
{
    return f.kind.isEmpty() ? QStringList{} : QStringList{f.kind};
}

Probe http(int status, HeaderList headers = {}, QByteArray body = {})
{
    return [=] {
        Exchange e;
        e.id = 7;
        e.status = status;
        e.reasonPhrase = "Reason";
        e.responseHeaders = headers;
        e.responseBody = body;
        return kindsOf(explainHttpRefusal(e, QStringLiteral("tools/call")).finding);
    };
}

Probe bearer(int status, const QByteArray &challenge)
{
    return http(status, {{"WWW-Authenticate", challenge}});
}

Probe answer(const QByteArray &type, const QByteArray &body)
{
    return [=] {
        Exchange e;
        e.status = 200;
        if (!type.isEmpty())
            e.responseHeaders = {{"Content-Type", type}};
        e.responseBody = body;
        QStringList kinds;
        for (const Finding &f : answerFindings(e, QStringLiteral("tools/list")))
            kinds << f.kind;
        return kinds;
    };
}

Probe oauth(const char *where, const char *error, const char *description)
{
    return [=] {
        return kindsOf(oauthErrorFinding(QString::fromLatin1(where), QString::fromLatin1(error),
                                         QString::fromLatin1(description)));
    };
}

Probe check(std::function<std::optional<Finding>()> run)
{
    return [=] {
        const auto f = run();
        return f ? kindsOf(*f) : QStringList{};
    };
}

Exchange answered(int status, const QByteArray &body = {})
{
    Exchange e;
    e.status = status;
    e.responseBody = body;
    return e;
}

Exchange unreachable()
{
    Exchange e;
    e.errorCode = ErrorCode::NetConnect;
    e.errorMessage = QStringLiteral("Connection refused");
    return e;
}

Probe reached(OAuthChecks::Endpoint endpoint, bool fails)
{
    return check([=] {
        return OAuthChecks::reached(endpoint, fails ? unreachable() : answered(404),
                                    QUrl(QStringLiteral("https://as/x")));
    });
}

AuthServerMetadata serverMetadata(QStringList methods, bool authorizationEndpoint = true)
{
    AuthServerMetadata m;
    m.issuer = QStringLiteral("https://as");
    if (authorizationEndpoint)
        m.authorizationEndpoint = QUrl(QStringLiteral("https://as/authorize"));
    m.codeChallengeMethodsSupported = std::move(methods);
    return m;
}

Probe page(int status, const QByteArray &body, bool preRegistered)
{
    return [=] {
        return kindsOf(OAuthChecks::authorizationPage(answered(status, body), preRegistered,
                                                      QStringLiteral("http://127.0.0.1:1/cb")));
    };
}

Probe tokenAnswer(const QByteArray &body, int status)
{
    return check([=] {
        return OAuthChecks::tokenResponse(parseTokenResponse(body, 0), status,
                                          QStringLiteral("token"));
    });
}

// A flow in step mode waits before its first request; cancelled or not.
Probe flow(bool cancel)
{
    return [=] {
        HttpClient http;
        OAuthFlow f(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        settings.stepMode = true;
        f.setSettings(settings);
        f.start(QUrl(QStringLiteral("http://127.0.0.1:9/mcp")));
        if (cancel)
            f.cancel();
        return kindsOf(f.failureFinding());
    };
}

// A finished request whose reply said error; adjust fills in the rest.
Probe network(
    QNetworkReply::NetworkError error,
    std::function<void(NetworkOutcome &)> adjust = [](NetworkOutcome &) {})
{
    return [=] {
        NetworkOutcome o;
        o.error = error;
        o.host = QStringLiteral("mcp.example");
        o.port = 443;
        o.timeoutSeconds = 1.5;
        o.errorText = QStringLiteral("why");
        adjust(o);
        const std::optional<NetworkFailure> failure = networkFinding(o);
        return failure ? kindsOf(failure->finding) : QStringList{};
    };
}

void headersSeen(NetworkOutcome &o)
{
    o.headersSeen = true;
    o.bodyBytes = 100;
}

Probe tls(QList<QSslError::SslError> errors)
{
    return [=] {
        return kindsOf(tlsFinding(errors, QStringLiteral("mcp.example"), QStringLiteral("why")));
    };
}

// Ten minutes of one call a second (100 ms, successful) shaped by `shape`,
// judged against one threshold spec (analytics/analytics_thresholds).
Probe crossing(const char *spec, std::function<void(int, CallFact &)> shape)
{
    return [=] {
        QList<CallFact> facts;
        for (int i = 0; i < 600; ++i) {
            CallFact f;
            f.exchangeId = i + 1;
            f.atMs = 1700000000000 + i * 1000;
            f.label = QStringLiteral("tools/call");
            f.totalMs = 100;
            f.status = 200;
            shape(i, f);
            facts << f;
        }
        QStringList kinds;
        for (const Finding &f :
             evaluateThresholdFacts(facts, 0, 0, 1, *parseThresholds({QString::fromLatin1(spec)})))
            kinds << f.kind;
        return kinds;
    };
}

// Every n-th call fails (33: 3 % of each 5-minute window; 50: exactly 2 %).
Probe errorsEvery(int n)
{
    return crossing("errors>2%", [n](int i, CallFact &f) {
        if (i % n == 0)
            f.outcome = CallOutcome::ServerError;
    });
}

// Every n-th call is refused for its token (15: 6.7 %; 20: exactly 5 %).
Probe authFailuresEvery(int n)
{
    return crossing("auth>5%", [n](int i, CallFact &f) {
        if (i % n == 0) {
            f.status = 401;
            f.outcome = CallOutcome::ClientError;
            f.authEvent = AuthEvent::InvalidToken;
        }
    });
}

Probe rateLimitRemaining(qint64 remaining)
{
    return crossing("ratelimit>80%", [remaining](int i, CallFact &f) {
        f.rateLimitLimit = 100;
        f.rateLimitRemaining = i == 400 ? remaining : 60;
    });
}

Probe slowerAfter5Minutes(double ms)
{
    return crossing("p95>2x", [ms](int i, CallFact &f) {
        if (i >= 300)
            f.totalMs = ms;
    });
}

// The Connection Doctor's cases (DoctorChecks verdicts through check()).
const QString kMcp = QStringLiteral("https://mcp.example.com/mcp");
const QString kOrigin = QStringLiteral("http://localhost:6274");
constexpr qint64 kNow = 1700000000000;
constexpr qint64 kDay = 24LL * 3600 * 1000;
HeaderList fullCors()
{
    return {{"Access-Control-Allow-Origin", "*"},
            {"Access-Control-Allow-Methods", "GET, POST, DELETE"},
            {"Access-Control-Allow-Headers",
             "authorization, content-type, mcp-session-id, mcp-protocol-version, last-event-id"}};
}

struct Case
{
    const char *kind;
    Probe raise;
    Probe quiet;
};

QList<Case> cases()
{
    const Probe bodyCap = [] {
        return kindsOf(bodyCapFinding(QStringLiteral("The answer"), 1024 * 1024));
    };
    using E = OAuthChecks::Endpoint;
    const QUrl url(QStringLiteral("https://mcp/.well-known/oauth-protected-resource"));
    const Result<void> listenRefused =
        makeError(ErrorCode::OAuthRedirectListen, QStringLiteral("port taken"));
    return {
        {"http.rate_limited", http(429, {{"Retry-After", "7"}}), http(503)},
        {"http.unauthorized", http(401), http(403)},
        {"http.token_expired",
         bearer(401, "Bearer error=\"invalid_token\", error_description=\"The token expired\""),
         bearer(401, "Bearer error=\"invalid_token\", error_description=\"revoked\"")},
        {"http.wrong_audience",
         bearer(401, "Bearer error=\"invalid_token\", error_description=\"audience mismatch\""),
         bearer(401, "Bearer error=\"invalid_token\", error_description=\"expired\"")},
        {"http.invalid_token", bearer(401, "Bearer error=\"invalid_token\""),
         bearer(403, "Bearer error=\"insufficient_scope\"")},
        {"http.insufficient_scope", bearer(403, "Bearer error=\"insufficient_scope\", scope=\"a\""),
         bearer(403, "Bearer error=\"insufficient_scope\"")},
        {"http.insufficient_scope.unnamed", bearer(403, "Bearer error=\"insufficient_scope\""),
         bearer(403, "Bearer error=\"insufficient_scope\", scope=\"a\"")},
        {"http.forbidden", bearer(403, "Bearer realm=\"x\""), bearer(401, "Bearer realm=\"x\"")},
        {"http.refused", http(502, {}, "down"), http(502)},
        {"http.refused.no_body", http(404), http(404, {}, "not here")},
        {"mcp.body_cut", bodyCap, answer("application/json", "{}")},
        {"mcp.answer_bom", answer("application/json", "\xEF\xBB\xBF{}"),
         answer("application/json", "{}")},
        {"mcp.answer_content_type", answer("text/plain", "{}"),
         answer("application/json; charset=utf-8", "{}")},
        {"oauth.invalid_grant.refresh", oauth("refresh", "invalid_grant", ""),
         oauth("token", "invalid_grant", "")},
        {"oauth.invalid_grant.redirect_mismatch",
         oauth("token", "invalid_grant", "redirect_uri mismatch"),
         oauth("refresh", "invalid_grant", "redirect_uri mismatch")},
        {"oauth.invalid_grant.verifier_mismatch",
         oauth("token", "invalid_grant", "PKCE verification failed"),
         oauth("token", "invalid_grant", "grant expired")},
        {"oauth.invalid_grant.code", oauth("token", "invalid_grant", "grant expired"),
         oauth("token", "invalid_grant", "PKCE verification failed")},
        {"oauth.invalid_client", oauth("token", "invalid_client", ""),
         oauth("token", "unauthorized_client", "")},
        {"oauth.unauthorized_client", oauth("token", "unauthorized_client", ""),
         oauth("token", "invalid_client", "")},
        {"oauth.invalid_scope", oauth("authorize", "invalid_scope", ""),
         oauth("authorize", "invalid_target", "")},
        {"oauth.invalid_target", oauth("authorize", "invalid_target", ""),
         oauth("authorize", "invalid_scope", "")},
        {"oauth.access_denied", oauth("authorize", "access_denied", ""),
         oauth("authorize", "server_error", "")},
        {"oauth.unsupported_grant_type", oauth("token", "unsupported_grant_type", ""),
         oauth("authorize", "unsupported_response_type", "")},
        {"oauth.unsupported_response_type", oauth("authorize", "unsupported_response_type", ""),
         oauth("token", "unsupported_grant_type", "")},
        {"oauth.invalid_redirect_uri",
         oauth("authorize", "invalid_request", "redirect_uri not registered"),
         oauth("authorize", "invalid_request", "missing state")},
        {"oauth.invalid_client_metadata", oauth("register", "invalid_client_metadata", ""),
         oauth("register", "invalid_client", "")},
        {"oauth.invalid_request", oauth("authorize", "invalid_request", "missing state"),
         oauth("authorize", "invalid_request", "bad redirect_uri")},
        {"oauth.server_error", oauth("token", "temporarily_unavailable", ""),
         oauth("token", "access_denied", "")},
        {"oauth.error", oauth("token", "slow_down", ""), oauth("token", "invalid_scope", "")},
        // The OAuth flow's checks (oauth/oauth_checks.h).
        {"oauth.resource_metadata.unreachable", reached(E::ResourceMetadata, true),
         reached(E::ResourceMetadata, false)},
        {"oauth.resource_metadata.malformed", check([=] {
             return OAuthChecks::resourceMetadataParsed(parseProtectedResourceMetadata("{"), url);
         }),
         check([=] {
             return OAuthChecks::resourceMetadataParsed(
                 parseProtectedResourceMetadata(
                     "{\"resource\":\"https://mcp\",\"authorization_servers\":[\"https://as\"]}"),
                 url);
         })},
        {"oauth.resource_mismatch", check([] {
             return OAuthChecks::resourceMatches(QStringLiteral("https://evil/mcp"),
                                                 QStringLiteral("https://mcp/mcp"));
         }),
         check([] {
             return OAuthChecks::resourceMatches(QStringLiteral("https://mcp/mcp/"),
                                                 QStringLiteral("https://mcp/mcp"));
         })},
        {"oauth.as_metadata.not_found",
         check([=] { return OAuthChecks::metadataCandidateLeft(1, {url}); }),
         check([=] { return OAuthChecks::metadataCandidateLeft(0, {url}); })},
        {"oauth.as_metadata.unreachable", reached(E::AuthServerMetadata, true),
         reached(E::ResourceMetadata, true)},
        {"oauth.as_metadata.malformed", check([=] {
             return OAuthChecks::authServerMetadataParsed(parseAuthServerMetadata("[]"), url);
         }),
         check([=] {
             return OAuthChecks::resourceMetadataParsed(parseProtectedResourceMetadata("[]"), url);
         })},
        {"oauth.issuer_mismatch", check([] {
             return OAuthChecks::issuerMatches(QStringLiteral("https://evil"),
                                               QStringLiteral("https://as"));
         }),
         check([] {
             return OAuthChecks::issuerMatches(QStringLiteral("https://as/"),
                                               QStringLiteral("https://as"));
         })},
        {"oauth.pkce_s256_unsupported",
         check([] { return OAuthChecks::supportsS256(serverMetadata({QStringLiteral("plain")})); }),
         check([] { return OAuthChecks::supportsS256(serverMetadata({QStringLiteral("S256")})); })},
        {"oauth.as_metadata.no_authorization_endpoint", check([] {
             return OAuthChecks::hasAuthorizationEndpoint(
                 serverMetadata({QStringLiteral("S256")}, false));
         }),
         check([] {
             return OAuthChecks::hasAuthorizationEndpoint(serverMetadata({QStringLiteral("S256")}));
         })},
        {"oauth.loopback.redirect_unusable",
         check([=] { return OAuthChecks::loopbackListening(listenRefused, true); }),
         check([=] { return OAuthChecks::loopbackListening(listenRefused, false); })},
        {"oauth.loopback.no_port",
         check([=] { return OAuthChecks::loopbackListening(listenRefused, false); }),
         check([] { return OAuthChecks::loopbackListening(Result<void>{}, false); })},
        {"oauth.client_credentials.no_secret", check([] {
             return OAuthChecks::clientCredentialsUsable(
                 {QStringLiteral("machine"), {}, {}, {}, {}});
         }),
         check([] {
             return OAuthChecks::clientCredentialsUsable(
                 {QStringLiteral("machine"), QStringLiteral("secret"), {}, {}, {}});
         })},
        {"oauth.registration.unavailable",
         check([] { return OAuthChecks::registrationPossible(serverMetadata({}), {}, {}); }),
         check([] {
             return OAuthChecks::registrationPossible(serverMetadata({}),
                                                      {QStringLiteral("c"), {}, {}, {}, {}}, {});
         })},
        {"oauth.registration.unreachable", reached(E::Registration, true),
         reached(E::Registration, false)},
        {"oauth.registration.refused",
         check([] { return OAuthChecks::registrationAccepted(answered(403, "no")); }), check([] {
             return OAuthChecks::registrationAccepted(
                 answered(400, "{\"error\":\"invalid_client_metadata\"}"));
         })},
        {"oauth.registration.malformed", check([] {
             return OAuthChecks::registrationParsed(
                 parseRegistrationResponse("{}", QStringLiteral("none")));
         }),
         check([] {
             return OAuthChecks::registrationParsed(
                 parseRegistrationResponse("{\"client_id\":\"c\"}", QStringLiteral("none")));
         })},
        {"oauth.redirect.state_mismatch", check([] {
             return OAuthChecks::redirectState(QStringLiteral("forged"), QStringLiteral("sent"));
         }),
         check([] {
             return OAuthChecks::redirectState(QStringLiteral("sent"), QStringLiteral("sent"));
         })},
        {"oauth.redirect.iss_mismatch", check([] {
             return OAuthChecks::redirectIssuer(QStringLiteral("https://evil"),
                                                QStringLiteral("https://as"));
         }),
         check([] { return OAuthChecks::redirectIssuer({}, QStringLiteral("https://as")); })},
        {"oauth.redirect.no_code", check([] {
             return OAuthChecks::redirectCarriesCode(QUrlQuery(QStringLiteral("state=s")));
         }),
         check([] {
             return OAuthChecks::redirectCarriesCode(QUrlQuery(QStringLiteral("state=s&code=c")));
         })},
        {"oauth.authorization.unreachable", reached(E::Authorization, true),
         reached(E::Token, true)},
        {"oauth.authorization.login_required",
         check([] { return OAuthChecks::redirectHops(10, 10); }),
         check([] { return OAuthChecks::redirectHops(9, 10); })},
        {"oauth.authorization.redirect_unregistered", page(400, "bad redirect_uri", true),
         page(400, "bad redirect_uri", false)},
        {"oauth.authorization.no_redirect", page(200, "<html>Sign in</html>", false),
         page(400, "bad redirect_uri", false)},
        {"oauth.authorization.browser_timeout",
         check([] { return OAuthChecks::browserAnswered(true); }),
         check([] { return OAuthChecks::browserAnswered(false); })},
        {"oauth.token.unreachable", reached(E::Token, true), reached(E::Token, false)},
        {"oauth.token.invalid_response", tokenAnswer("{\"token_type\":\"Bearer\"}", 200),
         tokenAnswer("{\"error\":\"invalid_grant\"}", 400)},
        {"oauth.cancelled", flow(true), flow(false)},
        // The token vault (vault/vault_checks.h).
        {"vault.wrong_issuer", check([] {
             return VaultChecks::issuerBound(1, QStringLiteral("https://as"),
                                             QStringLiteral("https://evil"));
         }),
         check([] {
             return VaultChecks::issuerBound(1, QStringLiteral("https://as"),
                                             QStringLiteral("https://as/"));
         })},
        {"vault.no_issuer",
         check([] { return VaultChecks::issuerNamed(QStringLiteral("https://mcp"), {}); }),
         check([] {
             return VaultChecks::issuerNamed(QStringLiteral("https://mcp"),
                                             QStringLiteral("https://as"));
         })},
        {"vault.wrong_resource", check([] {
             return VaultChecks::resourceBound(1, QStringLiteral("https://mcp/sse"),
                                               QStringLiteral("https://mcp/mcp"));
         }),
         check([] {
             return VaultChecks::resourceBound(1, QStringLiteral("https://mcp/mcp"),
                                               QStringLiteral("https://mcp/mcp"));
         })},
        {"vault.no_refresh_token",
         check([] { return VaultChecks::refreshable(false, QStringLiteral("https://mcp")); }),
         check([] { return VaultChecks::refreshable(true, QStringLiteral("https://mcp")); })},
        {"vault.keychain_unavailable",
         check([] { return VaultChecks::keychainAvailable(false, QStringLiteral("no dbus")); }),
         check([] { return VaultChecks::keychainAvailable(true, {}); })},
        // MCP requests and stdio servers (mcp/mcp_findings.h).
        {"mcp.timeout",
         check([] { return unansweredFinding(QStringLiteral("tools/call"), 1500, false); }),
         check([] { return unansweredFinding(QStringLiteral("tools/call"), 1500, true); })},
        {"mcp.stdio_start", check([] {
             return stdioStartFinding(QProcess::FailedToStart, QStringLiteral("/no/server"),
                                      QStringLiteral("No such file or directory"));
         }),
         check([] {
             return stdioStartFinding(QProcess::Crashed, QStringLiteral("/bin/server"),
                                      QStringLiteral("Process crashed"));
         })},
        // Requests that failed below HTTP (net/network_finding.h).
        {"net.dns", network(QNetworkReply::HostNotFoundError),
         network(QNetworkReply::ConnectionRefusedError)},
        {"net.refused", network(QNetworkReply::ConnectionRefusedError),
         network(QNetworkReply::RemoteHostClosedError)},
        {"net.timeout", network(QNetworkReply::OperationCanceledError),
         network(QNetworkReply::OperationCanceledError,
                 [](NetworkOutcome &o) { o.abortedByUser = true; })},
        {"net.cancelled",
         network(QNetworkReply::OperationCanceledError,
                 [](NetworkOutcome &o) { o.abortedByUser = true; }),
         network(QNetworkReply::TimeoutError)},
        {"net.closed", network(QNetworkReply::RemoteHostClosedError),
         network(QNetworkReply::RemoteHostClosedError, headersSeen)},
        {"net.closed.mid_response", network(QNetworkReply::RemoteHostClosedError, headersSeen),
         network(QNetworkReply::RemoteHostClosedError)},
        {"net.closed.short_body",
         network(QNetworkReply::NoError,
                 [](NetworkOutcome &o) {
                     headersSeen(o);
                     o.declaredBytes = 200;
                 }),
         network(QNetworkReply::NoError,
                 [](NetworkOutcome &o) {
                     headersSeen(o);
                     o.declaredBytes = 100;
                 })},
        {"net.other", network(QNetworkReply::ProxyConnectionRefusedError),
         network(QNetworkReply::ContentNotFoundError, headersSeen)},
        // TLS handshakes (net/tls_info.h).
        {"tls.untrusted", tls({QSslError::SelfSignedCertificate, QSslError::HostNameMismatch}),
         tls({QSslError::HostNameMismatch})},
        {"tls.expired", tls({QSslError::CertificateExpired, QSslError::HostNameMismatch}),
         tls({QSslError::CertificateExpired, QSslError::UnableToGetLocalIssuerCertificate})},
        {"tls.hostname", tls({QSslError::HostNameMismatch}),
         tls({QSslError::CertificateNotYetValid})},
        {"tls.handshake", tls({}), tls({QSslError::SelfSignedCertificateInChain})},
        // Alert thresholds over windows of call facts: 3 % of calls failing
        // against exactly 2 %, and so on, just below each limit.
        {"analytics.error_rate", errorsEvery(33), errorsEvery(50)},
        {"analytics.p95_regression", slowerAfter5Minutes(201), slowerAfter5Minutes(200)},
        {"analytics.auth_failures", authFailuresEvery(15), authFailuresEvery(20)},
        {"analytics.rate_limit_use", rateLimitRemaining(19), rateLimitRemaining(21)},
        // The Connection Doctor's verdicts (DoctorChecks, the functions the
        // doctor decides with; tst_connection_doctor raises them on real peers).
        {"doctor.tls.plain_http", check([] {
             return DoctorChecks::plainHttp(QUrl(QStringLiteral("http://mcp.example.com/mcp")));
         }),
         check([] {
             return DoctorChecks::plainHttp(QUrl(QStringLiteral("http://127.0.0.1:3000/mcp")));
         })},
        {"doctor.tls.expiring", check([] {
             return DoctorChecks::expiringSoon(QStringLiteral("mcp.example.com"), kNow + 13 * kDay,
                                               kNow);
         }),
         check([] {
             return DoctorChecks::expiringSoon(QStringLiteral("mcp.example.com"), kNow + 15 * kDay,
                                               kNow);
         })},
        {"doctor.cors.preflight",
         check([] { return DoctorChecks::corsPreflight(kMcp, 404, {}, kOrigin); }),
         check([] { return DoctorChecks::corsPreflight(kMcp, 204, fullCors(), kOrigin); })},
        // A wildcard does not cover Authorization.
        {"doctor.cors.headers", check([] {
             return DoctorChecks::corsPreflight(
                 kMcp, 204,
                 {{"Access-Control-Allow-Origin", "*"}, {"Access-Control-Allow-Headers", "*"}},
                 kOrigin);
         }),
         check([] {
             return DoctorChecks::corsPreflight(
                 kMcp, 204,
                 {{"Access-Control-Allow-Origin", "*"},
                  {"Access-Control-Allow-Headers", "*, Authorization"}},
                 kOrigin);
         })},
        {"doctor.cors.expose", check([] {
             return DoctorChecks::corsExpose(
                 kMcp, 200, {{"Access-Control-Allow-Origin", "*"}, {"Mcp-Session-Id", "s1"}},
                 kOrigin);
         }),
         check([] {
             return DoctorChecks::corsExpose(kMcp, 200,
                                             {{"Access-Control-Allow-Origin", "*"},
                                              {"Mcp-Session-Id", "s1"},
                                              {"Access-Control-Expose-Headers", "mcp-session-id"}},
                                             kOrigin);
         })},
        {"doctor.mcp.streamable_unavailable", check([] {
             return DoctorChecks::initialize(QStringLiteral("streamable"), QStringLiteral("auto"),
                                             false, false, kMcp, {QStringLiteral("HTTP 404")});
         }),
         check([] {
             return DoctorChecks::initialize(QStringLiteral("streamable"), QStringLiteral("auto"),
                                             false, true, kMcp, {});
         })},
        {"doctor.mcp.no_transport", check([] {
             return DoctorChecks::initialize(
                 QStringLiteral("sse"), QStringLiteral("auto"), false, false, kMcp,
                 {QStringLiteral("HTTP 404"), QStringLiteral("HTTP 405")});
         }),
         check([] {
             return DoctorChecks::initialize(QStringLiteral("sse"), QStringLiteral("auto"), true,
                                             false, kMcp, {QStringLiteral("HTTP 404")});
         })},
        {"doctor.auth.no_challenge",
         check([] { return DoctorChecks::authChallenge(kMcp, 401, {}); }), check([] {
             return DoctorChecks::authChallenge(
                 kMcp, 401,
                 {{"WWW-Authenticate",
                   "Bearer "
                   "resource_metadata=\"https://mcp/.well-known/oauth-protected-resource\""}});
         })},
        {"doctor.auth.no_resource_metadata", check([] {
             return DoctorChecks::resourceMetadataFound(
                 kMcp, {QStringLiteral("https://mcp/.well-known/oauth-protected-resource")}, false);
         }),
         check([] {
             return DoctorChecks::resourceMetadataFound(
                 kMcp, {QStringLiteral("https://mcp/.well-known/oauth-protected-resource")}, true);
         })},
        {"doctor.ops.failed", check([] {
             return DoctorChecks::operation(QStringLiteral("tools/list"), false,
                                            QStringLiteral("Internal error"));
         }),
         check([] {
             return DoctorChecks::operation(QStringLiteral("tools/list"), true, QString());
         })},
        {"doctor.perf.burst_failed", check([] {
             return DoctorChecks::burst({10, 12, 11}, 1, QStringLiteral("HTTP 503"), 2000);
         }),
         check([] {
             return DoctorChecks::burst({10, 12, 11, 13}, 0, QString(), 2000);
         })},
        {"doctor.perf.slow", check([] {
             return DoctorChecks::burst(QList<double>(18, 100.0) << 2500.0 << 2500.0, 0, QString(),
                                        2000);
         }),
         check([] {
             return DoctorChecks::burst(QList<double>(18, 100.0) << 1900.0 << 1900.0, 0, QString(),
                                        2000);
         })},
        {"doctor.intermittent", check([] {
             return DoctorChecks::repeated(QStringLiteral("tools/list"), 3, 9,
                                           QStringLiteral("HTTP 503"));
         }),
         check([] {
             return DoctorChecks::repeated(QStringLiteral("tools/list"), 9, 9,
                                           QStringLiteral("HTTP 503"));
         })},
        // -- issue 16: protocol eras (mcp/mcp_findings.h)
        {"mcp.era.header_mismatch", check([] {
             return headerMismatchFinding(QStringLiteral("tools/call"), -32020,
                                          QStringLiteral("Mcp-Name differs"));
         }),
         check([] {
             return headerMismatchFinding(QStringLiteral("tools/call"), -32602,
                                          QStringLiteral("Invalid params"));
         })},
        {"mcp.era.missing_capability", check([] {
             return missingCapabilityFinding(QStringLiteral("tools/call"), -32021,
                                             QStringLiteral("{\"sampling\":{}}"));
         }),
         check([] {
             return missingCapabilityFinding(QStringLiteral("tools/call"), -32020, QString());
         })},
        {"mcp.era.invalid_tool_header", check([] {
             return invalidToolHeaderFinding(QStringLiteral("t"), QStringLiteral("empty"));
         }),
         check([] { return invalidToolHeaderFinding(QStringLiteral("t"), QString()); })},
        {"mcp.era.discover_invalid",
         check([] { return discoverViolationFinding({QStringLiteral("ttlMs is required")}); }),
         check([] { return discoverViolationFinding({}); })},
        {"mcp.era.input_rounds",
         check([] { return inputRoundsFinding(QStringLiteral("tools/call"), 16); }),
         check([] { return inputRoundsFinding(QStringLiteral("tools/call"), 3); })},
        {"mcp.era.unsupported_version", check([] {
             return unsupportedVersionFinding(QStringLiteral("2026-07-28"),
                                              {QStringLiteral("2099-01-01")},
                                              {QStringLiteral("2026-07-28")});
         }),
         check([] {
             return unsupportedVersionFinding(QStringLiteral("2099-01-01"),
                                              {QStringLiteral("2026-07-28")},
                                              {QStringLiteral("2026-07-28")});
         })},
    };
}

Finding sample(const char *kind, qint64 session, QList<qint64> exchanges)
{
    Finding f = makeFinding(kind, {QStringLiteral("tools/call"), QStringLiteral("wait %2 s")},
                            std::move(exchanges));
    f.sessionId = session;
    f.messageIds = {11, 12};
    f.atMs = 1700000000000;
    return f;
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryIsWellFormed()
    {
        const QRegularExpression idShape(QStringLiteral("^[a-z]+(\\.[a-z0-9_]+)+$"));
        QSet<QString> ids;
        for (const FindingKind &k : findingKinds()) {
            const QString id = QString::fromLatin1(k.id);
            QVERIFY2(!ids.contains(id), k.id);
            ids.insert(id);
            QVERIFY2(idShape.match(id).hasMatch(), k.id);
            QVERIFY2(id.startsWith(QString::fromLatin1(k.group) + QLatin1Char('.')), k.id);
            for (const char *text : {k.title, k.summary, k.cause, k.fix})
                QVERIFY2(text && *text, k.id);
            QCOMPARE(findingKind(id), &k);
        }
        QVERIFY(!findingKind(u"no.such_kind"));
    }

    void errorCodesHaveUniqueStableIds()
    {
        QSet<QString> ids;
        for (int i = 0; i < int(ErrorCode::Count); ++i) {
            const auto code = ErrorCode(i);
            const QString id = errorCodeId(code);
            QCOMPARE(id.isEmpty(), code == ErrorCode::None);
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            QVERIFY(errorCodeFromId(id) == code);
        }
        QCOMPARE(errorCodeId(ErrorCode::McpHttpClientError), QStringLiteral("mcp.http.4xx"));
        QCOMPARE(errorGroup(ErrorCode::McpHttpRateLimited), ErrorGroup::McpHttp);
        QVERIFY(!errorCodeFromId(u"no.such.code"));
    }

    void everyKindHasACase()
    {
        QSet<QString> covered;
        // Kinds the passive diagnostic rules raise have their cases in
        // tests/unit/rule_cases_*.cpp (run by tst_diagnostic_rules).
        for (const testing::RuleCase &c : testing::allRuleCases())
            covered.insert(QString::fromLatin1(c.kind));
        for (const Case &c : cases())
            covered.insert(QString::fromLatin1(c.kind));
        for (const FindingKind &k : findingKinds())
            QVERIFY2(covered.contains(QString::fromLatin1(k.id)), k.id);
    }

    void raised_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("raised");
        QTest::addColumn<QStringList>("nearMiss");
        for (const Case &c : cases())
            QTest::newRow(c.kind) << QString::fromLatin1(c.kind) << c.raise() << c.quiet();
    }
    void raised()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, raised);
        QFETCH(QStringList, nearMiss);
        QVERIFY2(raised.contains(kind), qPrintable(raised.join(u',')));
        QVERIFY2(!nearMiss.contains(kind), qPrintable(nearMiss.join(u',')));
    }

    // The sentences written before these became findings, which tests and
    // users quote, read as they did.
    void networkMessagesKeepTheirWords()
    {
        NetworkOutcome o;
        o.host = QStringLiteral("no-such-host.invalid");
        o.port = 8080;
        o.timeoutSeconds = 0.5;
        const auto message = [&o](QNetworkReply::NetworkError error) {
            o.error = error;
            return networkFinding(o)->finding.message();
        };
        QVERIFY(message(QNetworkReply::HostNotFoundError)
                    .startsWith(
                        QStringLiteral("Could not resolve the host name no-such-host.invalid.")));
        QVERIFY(message(QNetworkReply::ConnectionRefusedError)
                    .startsWith(QStringLiteral(
                        "The connection to no-such-host.invalid:8080 was refused.")));
        QVERIFY(message(QNetworkReply::TimeoutError)
                    .startsWith(QStringLiteral("The server sent nothing for 0.5 s")));
        o.headersSeen = true;
        o.bodyBytes = 100;
        QVERIFY(message(QNetworkReply::RemoteHostClosedError)
                    .startsWith(QStringLiteral("The server closed the connection in the middle "
                                               "of the response (100 bytes received).")));
        o.declaredBytes = 300;
        QVERIFY(message(QNetworkReply::NoError)
                    .startsWith(QStringLiteral("The server closed the connection in the middle "
                                               "of the response (100 of 300 bytes received).")));
        QVERIFY(unansweredFinding(QStringLiteral("tools/call"), 1000, false)
                    ->message()
                    .startsWith(QStringLiteral("No response to tools/call within 1 s.")));
    }

    void textsFillArgumentsOnce()
    {
        Finding f = makeFinding("http.insufficient_scope",
                                {QStringLiteral("Refused %2."), QStringLiteral("files:write")});
        QCOMPARE(f.summary(), QStringLiteral("Refused %2."));
        QVERIFY(f.cause().contains(QStringLiteral("\"files:write\"")));
        QCOMPARE(f.message(), f.summary() + u' ' + f.cause() + u' ' + f.fix());
        QCOMPARE(f.severity(), FindingSeverity::Error);
        QCOMPARE(f.group(), QStringLiteral("http"));
    }

    void refusalKeepsEvidence()
    {
        Exchange e;
        e.id = 42;
        e.status = 429;
        const RequestFailure failure = explainHttpRefusal(e, QStringLiteral("tools/call"));
        QCOMPARE(failure.finding.kind, QStringLiteral("http.rate_limited"));
        QCOMPARE(failure.finding.exchangeIds, QList<qint64>{42});
        QCOMPARE(failure.error.message, failure.finding.message());
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.db"));
        CaptureStore capture;
        QVERIFY(capture.open(path));
        FindingsStore store;
        QVERIFY(!store.record(sample("http.rate_limited", 1, {})));
        const auto opened = store.open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QList<Finding> written{sample("http.rate_limited", 1, {3, 4}),
                               sample("oauth.invalid_grant.redirect_mismatch", 2, {5})};
        for (Finding &f : written) {
            const auto id = store.record(f);
            QVERIFY(id);
            f.id = *id;
        }
        const auto all = store.findings();
        QVERIFY(all);
        QVERIFY(*all == written);
        const auto second = store.findings(2);
        QVERIFY(second);
        QVERIFY(*second == QList<Finding>{written.at(1)});
        store.recordFinding(sample("mcp.body_cut", 1, {}));
        QCOMPARE(store.lastError().code, ErrorCode::None);
        QCOMPARE(store.findings()->size(), 3);
        capture.close();
    }

    // Arguments are server text: a secret the process knows, quoted back by
    // a server (here in an error_description), is scrubbed when the finding
    // is built and again when it is stored.
    void argumentsCarryNoKnownSecret()
    {
        const QString planted = QStringLiteral("planted-refresh-token-51c0ffee");
        registerSecret(planted);
        const Finding built =
            oauthErrorFinding(QStringLiteral("refresh"), QStringLiteral("invalid_grant"),
                              QStringLiteral("refresh token %1 was already used").arg(planted));
        QCOMPARE(built.kind, QStringLiteral("oauth.invalid_grant.refresh"));
        QCOMPARE(built.arguments.at(1),
                 QStringLiteral("refresh token [REDACTED] was already used"));
        QVERIFY(!built.message().contains(planted));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.db"));
        CaptureStore capture;
        QVERIFY(capture.open(path));
        FindingsStore store;
        QVERIFY(store.open(path));
        Finding raw; // built by hand, past makeFinding()
        raw.kind = QStringLiteral("oauth.invalid_client");
        raw.arguments = {QStringLiteral("invalid_client"),
                         QStringLiteral("secret %1 is wrong").arg(planted)};
        QVERIFY(store.record(raw));
        QVERIFY(store.record(built));
        const auto read = store.findings();
        QVERIFY(read);
        QCOMPARE(read->size(), 2);
        for (const Finding &f : *read)
            QVERIFY2(!f.arguments.join(u' ').contains(planted), qPrintable(f.arguments.join(u' ')));
        QCOMPARE(read->at(0).arguments.at(1), QStringLiteral("secret [REDACTED] is wrong"));
        store.close();
        capture.close();
        for (const QString &name : QStringList{path, path + QStringLiteral("-wal")}) {
            QFile file(name);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(planted.toUtf8()), qPrintable(name));
        }
    }

    void storeRefusesAnUnmigratedFile()
    {
        QTemporaryDir dir;
        FindingsStore store;
        const auto opened = store.open(dir.filePath(QStringLiteral("empty.db")));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::StoreVersion);
    }

    void model()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
        model.setFindings({sample("http.rate_limited", 1, {3, 4})});
        model.append(sample("mcp.answer_bom", 1, {}));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex severity = model.index(0, FindingsModel::SeverityColumn);
        QCOMPARE(severity.data(FindingsModel::RawValueRole).toInt(), int(FindingSeverity::Warning));
        QCOMPARE(model.index(0, FindingsModel::KindColumn).data(FindingsModel::RawValueRole),
                 QVariant(QStringLiteral("http.rate_limited")));
        QCOMPARE(model.index(0, FindingsModel::EvidenceColumn).data().toString(),
                 QStringLiteral("3, 4"));
        QVERIFY(model.index(0, FindingsModel::SummaryColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Rate limited: the server answered tools/call")));
        QCOMPARE(model.index(1, FindingsModel::GroupColumn).data().toString(),
                 QStringLiteral("mcp"));
        QCOMPARE(model.index(1, 0).data(FindingsModel::FindingRole).value<Finding>().kind,
                 QStringLiteral("mcp.answer_bom"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
