#include "oauth/oauth_flow.h"

#include "common/known_secrets.h"
#include "oauth/loopback_receiver.h"
#include "oauth/oauth_checks.h"
#include "oauth/oauth_requests.h"
#include "oauth/pkce.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

namespace mcpscope {

namespace {

QString scopeUnion(const QString &a, const QString &b)
{
    QStringList scopes = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &s : b.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!scopes.contains(s))
            scopes << s;
    return scopes.join(QLatin1Char(' '));
}

QString bodySnippet(const Exchange &e)
{
    return QString::fromUtf8(e.responseBody.left(300)).simplified();
}

// The OAuth error of a JSON error body, if it is one.
std::pair<QString, QString> oauthError(const Exchange &e)
{
    const QJsonObject o = QJsonDocument::fromJson(e.responseBody.left(64 * 1024)).object();
    return {o.value(QStringLiteral("error")).toString(),
            o.value(QStringLiteral("error_description")).toString()};
}

using OAuthChecks::Endpoint;

} // namespace

OAuthFlow::OAuthFlow(HttpClient *http, QObject *parent) : QObject(parent), m_http(http) {}

OAuthFlow::~OAuthFlow() = default;

QString OAuthFlow::stateName(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("pending");
    case StepState::Running:
        return tr("running");
    case StepState::Waiting:
        return tr("waiting for you");
    case StepState::Ok:
        return tr("ok");
    case StepState::Failed:
        return tr("failed");
    case StepState::Skipped:
        return tr("skipped");
    }
    return {};
}

void OAuthFlow::start(const QUrl &endpoint, const BearerChallenge &challenge,
                      const QString &previousScope)
{
    ++m_generation;
    m_finished = false;
    m_endpoint = endpoint;
    m_challenge = challenge;
    m_previousScope = previousScope;
    m_tokens = {};
    m_warnings.clear();
    m_prm = {};
    m_server = {};
    m_legacyFallback = false;
    m_client = {};
    m_pending = {};
    m_pendingNext = nullptr;
    m_pendingAction = nullptr;
    m_steps = {
        Step{StepKind::ResourceMetadata,
             tr("Protected resource metadata"),
             StepState::Pending,
             {},
             {},
             tr("Find out which authorization server protects the MCP server (RFC 9728): from the "
                "resource_metadata "
                "of the 401 answer, else from the path-based and then the root well-known URI."),
             {},
             {},
             {}},
        Step{StepKind::AuthServerMetadata,
             tr("Authorization server metadata"),
             StepState::Pending,
             {},
             {},
             tr("Read the authorization server's endpoints and capabilities (RFC 8414 or OpenID "
                "Connect Discovery, "
                "in the order MCP gives); its issuer must be the one the resource named, and it "
                "must support PKCE "
                "with S256."),
             {},
             {},
             {}},
        Step{StepKind::Registration,
             tr("Client registration"),
             StepState::Pending,
             {},
             {},
             tr("Become a client of the authorization server: pre-registered credentials, a Client "
                "ID Metadata "
                "Document URL when the server supports them, else dynamic client registration (RFC "
                "7591)."),
             {},
             {},
             {}},
        Step{StepKind::Authorization,
             tr("Authorization"),
             StepState::Pending,
             {},
             {},
             tr("Ask the user's consent at the authorization endpoint with PKCE (S256), state, the "
                "resource "
                "indicator (RFC 8707) and the chosen scope; the answer comes back to the redirect "
                "URI with a code."),
             {},
             {},
             {}},
        Step{StepKind::Token,
             tr("Token exchange"),
             StepState::Pending,
             {},
             {},
             tr("Trade the code and the PKCE verifier for an access token (and a refresh token) at "
                "the token "
                "endpoint, authenticating the client as registered."),
             {},
             {},
             {}},
    };
    for (int i = 0; i < m_steps.size(); ++i)
        Q_EMIT stepChanged(i);
    m_resource = canonicalResource(endpoint);
    if (!challenge.resourceMetadata.isEmpty()) {
        const QUrl hinted(challenge.resourceMetadata);
        m_candidates = {hinted};
        addValue(StepKind::ResourceMetadata, tr("resource_metadata (from WWW-Authenticate)"),
                 challenge.resourceMetadata);
    } else {
        m_candidates = protectedResourceMetadataUrls(endpoint);
    }
    if (!challenge.scope.isEmpty())
        addValue(StepKind::ResourceMetadata, tr("scope (from WWW-Authenticate)"), challenge.scope);
    fetchResourceMetadata(0);
}

void OAuthFlow::cancel()
{
    if (m_finished)
        return;
    ++m_generation;
    if (m_inFlight)
        m_inFlight->abort();
    if (m_receiver)
        m_receiver->close();
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps[i].state == StepState::Running || m_steps[i].state == StepState::Waiting) {
            fail(m_steps[i].kind, makeFinding("oauth.cancelled"));
            return;
        }
    finish(false);
}

QString OAuthFlow::failureMessage() const
{
    for (const Step &s : m_steps)
        if (s.state == StepState::Failed)
            return tr("%1 failed: %2 %3 %4").arg(s.title, s.outcome, s.cause, s.fix).simplified();
    return {};
}

Finding OAuthFlow::failureFinding() const
{
    for (const Step &s : m_steps)
        if (s.state == StepState::Failed)
            return s.finding;
    return {};
}

OAuthFlow::Step &OAuthFlow::step(StepKind kind)
{
    return m_steps[int(kind)];
}

void OAuthFlow::setState(StepKind kind, StepState state, const QString &outcome)
{
    step(kind).state = state;
    if (!outcome.isEmpty())
        step(kind).outcome = outcome;
    Q_EMIT stepChanged(int(kind));
}

void OAuthFlow::fail(StepKind kind, Finding finding, const QString &outcome)
{
    Step &failed = step(kind);
    if (finding.exchangeIds.isEmpty() && !failed.exchangeIds.isEmpty())
        finding.exchangeIds = {failed.exchangeIds.last()};
    failed.cause = finding.cause();
    failed.fix = finding.fix();
    failed.finding = finding;
    // An outcome given here quotes the server as the finding's arguments do,
    // so it is scrubbed the same way.
    setState(kind, StepState::Failed,
             outcome.isEmpty() ? finding.summary() : SecretSet::process().scrubText(outcome));
    for (int i = int(kind) + 1; i < m_steps.size(); ++i)
        if (m_steps[i].state == StepState::Pending)
            setState(m_steps[i].kind, StepState::Skipped);
    finish(false);
}

void OAuthFlow::addValue(StepKind kind, const QString &name, const QString &value, bool secret)
{
    step(kind).values.append({name, value, secret});
    Q_EMIT stepChanged(int(kind));
}

void OAuthFlow::warn(const QString &message)
{
    m_warnings << message;
    Q_EMIT warning(message);
}

void OAuthFlow::finish(bool ok)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_receiver) {
        m_receiver->close();
        m_receiver->deleteLater();
        m_receiver = nullptr;
    }
    Q_EMIT finished(ok);
}

void OAuthFlow::send(StepKind kind, const HttpRequest &request, Continue next)
{
    if (m_settings.stepMode) {
        m_pending = request;
        m_pendingStep = int(kind);
        m_pendingNext = std::move(next);
        setState(kind, StepState::Waiting);
        Q_EMIT waitingForApproval(int(kind));
        return;
    }
    setState(kind, StepState::Running);
    HttpRequest timed = request;
    timed.idleTimeoutMs = m_settings.requestTimeoutMs;
    HttpCall *call = m_http->send(timed);
    m_inFlight = call;
    step(kind).exchangeIds.append(call->exchange().id);
    const quint64 generation = m_generation;
    connect(call, &HttpCall::finished, this, [this, call, next, generation] {
        call->deleteLater();
        if (generation == m_generation)
            next(call);
    });
}

void OAuthFlow::proceed(const HttpRequest &request)
{
    if (m_pendingAction) {
        // Not an HTTP request of ours (the browser's authorization URL).
        auto action = std::exchange(m_pendingAction, nullptr);
        m_pendingStep = -1;
        action(request);
        return;
    }
    if (m_pendingStep < 0 || !m_pendingNext)
        return;
    const auto kind = StepKind(m_pendingStep);
    Continue next = std::exchange(m_pendingNext, nullptr);
    m_pendingStep = -1;
    const bool stepMode = std::exchange(m_settings.stepMode, false);
    send(kind, request, next);
    m_settings.stepMode = stepMode;
}

void OAuthFlow::fetchResourceMetadata(int attempt)
{
    if (attempt >= m_candidates.size()) {
        // 2025-03-26 servers had no resource metadata: their own origin was
        // the authorization server. Tried last, with a warning.
        QUrl origin =
            m_endpoint.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemovePath);
        m_issuer = origin.toString();
        addValue(StepKind::ResourceMetadata, tr("authorization server (fallback)"), m_issuer);
        setState(StepKind::ResourceMetadata, StepState::Skipped,
                 tr("The MCP server publishes no protected resource metadata; trying its own "
                    "origin as the "
                    "authorization server, as MCP 2025-03-26 did."));
        warn(tr("No protected resource metadata (RFC 9728): MCP 2025-06-18 and later require it."));
        m_legacyFallback = true;
        m_candidates = authServerMetadataUrls(QUrl(m_issuer));
        fetchAuthServerMetadata(0);
        return;
    }
    const QUrl url = m_candidates.at(attempt);
    send(StepKind::ResourceMetadata, OAuthRequests::getJson(url),
         [this, attempt, url](HttpCall *call) {
             const Exchange &e = call->exchange();
             if (auto unreachable = OAuthChecks::reached(Endpoint::ResourceMetadata, e, url)) {
                 fail(StepKind::ResourceMetadata, *unreachable);
                 return;
             }
             if (e.status != 200) {
                 addValue(StepKind::ResourceMetadata, tr("tried"),
                          tr("%1 → HTTP %2").arg(url.toString()).arg(e.status));
                 fetchResourceMetadata(attempt + 1);
                 return;
             }
             const auto prm = parseProtectedResourceMetadata(e.responseBody);
             if (auto malformed = OAuthChecks::resourceMetadataParsed(prm, url)) {
                 fail(StepKind::ResourceMetadata, *malformed);
                 return;
             }
             // RFC 9728 §3.3: the document must be about this resource.
             if (auto mismatch = OAuthChecks::resourceMatches(prm->resource, m_resource)) {
                 fail(StepKind::ResourceMetadata, *mismatch);
                 return;
             }
             m_prm = *prm;
             m_resource = prm->resource;
             m_issuer = prm->authorizationServers.first();
             addValue(StepKind::ResourceMetadata, tr("resource"), m_prm.resource);
             addValue(StepKind::ResourceMetadata, tr("authorization_servers"),
                      m_prm.authorizationServers.join(QStringLiteral(", ")));
             if (!m_prm.scopesSupported.isEmpty())
                 addValue(StepKind::ResourceMetadata, tr("scopes_supported"),
                          m_prm.scopesSupported.join(QLatin1Char(' ')));
             if (m_prm.authorizationServers.size() > 1)
                 warn(
                     tr("The resource names %1 authorization servers; McpScope uses the first, %2.")
                         .arg(m_prm.authorizationServers.size())
                         .arg(m_issuer));
             setState(StepKind::ResourceMetadata, StepState::Ok,
                      tr("Found at %1.").arg(url.toString()));
             m_candidates = authServerMetadataUrls(QUrl(m_issuer));
             fetchAuthServerMetadata(0);
         });
}

void OAuthFlow::fetchAuthServerMetadata(int attempt)
{
    if (attempt >= m_candidates.size() && m_legacyFallback) {
        // MCP 2025-03-26 §2.3.3: without metadata, the default endpoints at
        // the server's origin.
        const QUrl origin(m_issuer);
        const auto at = [&origin](const char *path) {
            QUrl u = origin;
            u.setPath(QLatin1String(path));
            return u;
        };
        m_server = {};
        m_server.issuer = m_issuer;
        m_server.authorizationEndpoint = at("/authorize");
        m_server.tokenEndpoint = at("/token");
        m_server.registrationEndpoint = at("/register");
        m_server.codeChallengeMethodsSupported = {QStringLiteral("S256")};
        addValue(StepKind::AuthServerMetadata, tr("default endpoints (2025-03-26)"),
                 tr("%1, %2, %3")
                     .arg(m_server.authorizationEndpoint.toString(),
                          m_server.tokenEndpoint.toString(),
                          m_server.registrationEndpoint.toString()));
        warn(tr("No authorization server metadata either: using the 2025-03-26 default endpoints "
                "/authorize, /token "
                "and /register."));
        setState(StepKind::AuthServerMetadata, StepState::Skipped,
                 tr("No metadata; using the 2025-03-26 default endpoints."));
        registerClient();
        return;
    }
    if (auto notFound = OAuthChecks::metadataCandidateLeft(attempt, m_candidates)) {
        fail(StepKind::AuthServerMetadata, *notFound);
        return;
    }
    const QUrl url = m_candidates.at(attempt);
    send(StepKind::AuthServerMetadata, OAuthRequests::getJson(url),
         [this, attempt, url](HttpCall *call) {
             const Exchange &e = call->exchange();
             if (auto unreachable = OAuthChecks::reached(Endpoint::AuthServerMetadata, e, url)) {
                 fail(StepKind::AuthServerMetadata, *unreachable);
                 return;
             }
             if (e.status != 200) {
                 addValue(StepKind::AuthServerMetadata, tr("tried"),
                          tr("%1 → HTTP %2").arg(url.toString()).arg(e.status));
                 fetchAuthServerMetadata(attempt + 1);
                 return;
             }
             const auto metadata = parseAuthServerMetadata(e.responseBody);
             if (auto malformed = OAuthChecks::authServerMetadataParsed(metadata, url)) {
                 fail(StepKind::AuthServerMetadata, *malformed);
                 return;
             }
             if (m_legacyFallback && !sameIdentifier(metadata->issuer, m_issuer)) {
                 // 2025-03-26: the issuer was guessed from the server's origin.
                 warn(tr("The metadata's issuer is %1; the server's origin %2 was only a guess "
                         "(2025-03-26), so it is "
                         "accepted.")
                          .arg(metadata->issuer, m_issuer));
                 m_issuer = metadata->issuer;
             }
             if (auto mismatch = OAuthChecks::issuerMatches(metadata->issuer, m_issuer)) {
                 fail(StepKind::AuthServerMetadata, *mismatch);
                 return;
             }
             m_server = *metadata;
             addValue(StepKind::AuthServerMetadata, tr("issuer"), m_server.issuer);
             addValue(StepKind::AuthServerMetadata, tr("authorization_endpoint"),
                      m_server.authorizationEndpoint.toString());
             addValue(StepKind::AuthServerMetadata, tr("token_endpoint"),
                      m_server.tokenEndpoint.toString());
             if (!m_server.registrationEndpoint.isEmpty())
                 addValue(StepKind::AuthServerMetadata, tr("registration_endpoint"),
                          m_server.registrationEndpoint.toString());
             addValue(StepKind::AuthServerMetadata, tr("code_challenge_methods_supported"),
                      m_server.codeChallengeMethodsSupported.join(QLatin1Char(' ')));
             for (const QUrl &endpoint : {m_server.authorizationEndpoint, m_server.tokenEndpoint})
                 if (isInsecureRemote(endpoint))
                     warn(tr("%1 uses plain http on a host that is not loopback: codes and tokens "
                             "travel unencrypted.")
                              .arg(endpoint.toString()));
             for (const auto &check :
                  {OAuthChecks::supportsS256, OAuthChecks::hasAuthorizationEndpoint})
                 if (auto failed = check(m_server)) {
                     fail(StepKind::AuthServerMetadata, *failed);
                     return;
                 }
             setState(StepKind::AuthServerMetadata, StepState::Ok,
                      tr("Found at %1.").arg(url.toString()));
             registerClient();
         });
}

void OAuthFlow::registerClient()
{
    // The redirect URI is needed to register. A pre-registered client
    // accepts only the redirect URIs it registered: the one set is used as
    // given; in browser mode the listener takes it (its port and path).
    if (!m_settings.redirectUri.isEmpty() && m_settings.mode == Mode::Browser) {
        m_receiver = new LoopbackReceiver(this);
        if (auto unusable = OAuthChecks::loopbackListening(
                m_receiver->listen(QUrl(m_settings.redirectUri)), true)) {
            fail(StepKind::Registration, *unusable);
            return;
        }
        m_redirectUri = m_settings.redirectUri;
    } else if (!m_settings.redirectUri.isEmpty()) {
        m_redirectUri = m_settings.redirectUri;
    } else if (m_settings.mode == Mode::Browser) {
        m_receiver = new LoopbackReceiver(this);
        if (auto noPort = OAuthChecks::loopbackListening(m_receiver->listen(), false)) {
            fail(StepKind::Registration, *noPort);
            return;
        }
        m_redirectUri = m_receiver->redirectUri().toString();
    } else {
        m_redirectUri = QStringLiteral("http://127.0.0.1:33418/callback");
    }
    if (m_settings.mode != Mode::ClientCredentials)
        addValue(StepKind::Registration, tr("redirect_uri"), m_redirectUri);
    if (m_settings.mode == Mode::ClientCredentials) {
        if (auto noSecret = OAuthChecks::clientCredentialsUsable(m_settings.preRegistered)) {
            fail(StepKind::Registration, *noSecret);
            return;
        }
    }
    if (auto impossible = OAuthChecks::registrationPossible(m_server, m_settings.preRegistered,
                                                            m_settings.clientMetadataUrl)) {
        fail(StepKind::Registration, *impossible);
        return;
    }
    if (!m_settings.preRegistered.clientId.isEmpty()) {
        m_client = m_settings.preRegistered;
        registerSecret(m_client.clientSecret);
        m_client.registration = QStringLiteral("pre-registered");
        m_client.authMethod = OAuthRequests::chooseAuthMethod(m_server, m_client);
        addValue(StepKind::Registration, tr("client_id"), m_client.clientId);
        if (!m_client.clientSecret.isEmpty())
            addValue(StepKind::Registration, tr("client_secret"), m_client.clientSecret, true);
        addValue(StepKind::Registration, tr("token endpoint authentication"), m_client.authMethod);
        setState(StepKind::Registration, StepState::Skipped,
                 tr("Using the pre-registered client."));
        authorize();
        return;
    }
    if (m_server.clientIdMetadataDocumentSupported && !m_settings.clientMetadataUrl.isEmpty()) {
        m_client = OAuthClient{m_settings.clientMetadataUrl,
                               {},
                               QStringLiteral("none"),
                               QStringLiteral("metadata document")};
        addValue(StepKind::Registration, tr("client_id (metadata document URL)"),
                 m_client.clientId);
        setState(StepKind::Registration, StepState::Skipped,
                 tr("The server supports Client ID Metadata Documents: the client id is the "
                    "document's URL."));
        authorize();
        return;
    }
    // Dynamic registration (registrationPossible() made sure there is an endpoint).
    // A native app registers as a public client when the server allows it.
    const QStringList methods = m_server.tokenEndpointAuthMethodsSupported;
    QString method = QStringLiteral("none");
    if (!methods.isEmpty() && !methods.contains(QLatin1String("none")))
        method = methods.contains(QLatin1String("client_secret_basic"))
                     ? QStringLiteral("client_secret_basic")
                     : methods.first();
    const QJsonObject metadata{
        {QStringLiteral("client_name"), m_settings.clientName},
        {QStringLiteral("redirect_uris"), QJsonArray{m_redirectUri}},
        {QStringLiteral("grant_types"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("response_types"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("token_endpoint_auth_method"), method},
        {QStringLiteral("application_type"), QStringLiteral("native")},
    };
    HttpRequest request;
    request.method = "POST";
    request.url = m_server.registrationEndpoint;
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    request.body = QJsonDocument(metadata).toJson(QJsonDocument::Compact);
    send(StepKind::Registration, request, [this, method](HttpCall *call) {
        const Exchange &e = call->exchange();
        if (auto unreachable =
                OAuthChecks::reached(Endpoint::Registration, e, m_server.registrationEndpoint)) {
            fail(StepKind::Registration, *unreachable);
            return;
        }
        if (auto refused = OAuthChecks::registrationAccepted(e)) {
            const auto [error, description] = oauthError(e);
            fail(StepKind::Registration, *refused,
                 error.isEmpty() ? QString()
                                 : tr("HTTP %1: %2 %3").arg(e.status).arg(error, description));
            return;
        }
        const auto registered = parseRegistrationResponse(e.responseBody, method);
        if (auto malformed = OAuthChecks::registrationParsed(registered)) {
            fail(StepKind::Registration, *malformed);
            return;
        }
        m_client.clientId = registered->clientId;
        m_client.clientSecret = registered->clientSecret;
        registerSecret(m_client.clientSecret);
        registerSecret(QJsonDocument::fromJson(e.responseBody)
                           .object()
                           .value(QStringLiteral("registration_access_token"))
                           .toString());
        m_client.authMethod = registered->authMethod;
        m_client.registration = registered->registration;
        addValue(StepKind::Registration, tr("client_id"), m_client.clientId);
        if (!m_client.clientSecret.isEmpty())
            addValue(StepKind::Registration, tr("client_secret"), m_client.clientSecret, true);
        addValue(StepKind::Registration, tr("token endpoint authentication"), m_client.authMethod);
        setState(StepKind::Registration, StepState::Ok, tr("Registered dynamically."));
        authorize();
    });
}

void OAuthFlow::authorize()
{
    if (m_settings.mode == Mode::ClientCredentials) {
        m_scope = m_settings.scope;
        if (m_scope.isEmpty())
            m_scope = !m_challenge.scope.isEmpty() ? m_challenge.scope
                                                   : m_prm.scopesSupported.join(QLatin1Char(' '));
        m_scope = scopeUnion(m_previousScope, m_scope);
        setState(StepKind::Authorization, StepState::Skipped,
                 tr("No authorization step: the client credentials grant has no user."));
        addValue(StepKind::Token, tr("grant_type"), QStringLiteral("client_credentials"));
        requestToken(OAuthRequests::clientCredentials(m_server, m_client, m_resource, m_scope));
        return;
    }
    // Scope, as MCP chooses it: the challenge's, else scopes_supported, else none.
    m_scope = m_settings.scope;
    if (m_scope.isEmpty())
        m_scope = !m_challenge.scope.isEmpty() ? m_challenge.scope
                                               : m_prm.scopesSupported.join(QLatin1Char(' '));
    m_scope = scopeUnion(m_previousScope, m_scope);
    m_verifier = QString::fromLatin1(Pkce::makeVerifier());
    m_state = QString::fromLatin1(Pkce::randomToken());
    QUrl url = m_server.authorizationEndpoint;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_client.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri);
    query.addQueryItem(QStringLiteral("code_challenge"),
                       QString::fromLatin1(Pkce::challengeS256(m_verifier.toLatin1())));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("state"), m_state);
    query.addQueryItem(QStringLiteral("resource"), m_resource);
    if (!m_scope.isEmpty())
        query.addQueryItem(QStringLiteral("scope"), m_scope);
    // Reserved characters in values (the resource URL) are escaped.
    QString encoded;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' +
                                       QUrl::toPercentEncoding(value));
    }
    url.setQuery(encoded, QUrl::StrictMode);
    addValue(StepKind::Authorization, tr("code_verifier"), m_verifier, true);
    addValue(StepKind::Authorization, tr("code_challenge (S256)"),
             QString::fromLatin1(Pkce::challengeS256(m_verifier.toLatin1())));
    addValue(StepKind::Authorization, tr("state"), m_state);
    addValue(StepKind::Authorization, tr("resource"), m_resource);
    addValue(StepKind::Authorization, tr("scope"),
             m_scope.isEmpty() ? tr("(none: omitted)") : m_scope);
    addValue(StepKind::Authorization, tr("authorization URL"), url.toString());
    if (m_settings.mode == Mode::Headless) {
        followAuthorization(url, 0);
        return;
    }
    // Browser: the user signs in; the loopback receiver takes the answer.
    m_receiver->expect(
        m_state, m_server.authorizationResponseIssParameterSupported ? m_server.issuer : QString());
    connect(m_receiver, &LoopbackReceiver::received, this, &OAuthFlow::onAuthorizationResponse);
    connect(m_receiver, &LoopbackReceiver::rejected, this,
            [this](const Finding &refused) { fail(StepKind::Authorization, refused); });
    const auto open = [this](const HttpRequest &request) {
        const quint64 generation = m_generation;
        QTimer::singleShot(m_settings.browserTimeoutMs, this, [this, generation] {
            if (generation != m_generation || m_finished)
                return;
            if (auto late = OAuthChecks::browserAnswered(step(StepKind::Authorization).state ==
                                                         StepState::Waiting))
                fail(StepKind::Authorization, *late);
        });
        setState(StepKind::Authorization, StepState::Waiting,
                 tr("Waiting for you to sign in in the browser."));
        Q_EMIT openBrowser(request.url);
    };
    if (m_settings.stepMode) {
        // Step mode: the URL the browser will open can be edited first
        // (scope, resource, redirect URI).
        HttpRequest request;
        request.url = url;
        m_pending = request;
        m_pendingStep = int(StepKind::Authorization);
        m_pendingAction = open;
        setState(StepKind::Authorization, StepState::Waiting,
                 tr("Edit the authorization URL if you like, then send it to the browser."));
        Q_EMIT waitingForApproval(int(StepKind::Authorization));
        return;
    }
    HttpRequest request;
    request.url = url;
    open(request);
}

void OAuthFlow::followAuthorization(const QUrl &url, int hops)
{
    HttpRequest request;
    request.url = url;
    send(StepKind::Authorization, request, [this, url, hops](HttpCall *call) {
        const Exchange &e = call->exchange();
        if (auto unreachable = OAuthChecks::reached(Endpoint::Authorization, e, url)) {
            fail(StepKind::Authorization, *unreachable);
            return;
        }
        const QByteArray location = e.responseHeader("location");
        if (e.status >= 300 && e.status < 400 && !location.isEmpty()) {
            const QUrl next = url.resolved(QUrl(QString::fromUtf8(location)));
            // The redirect URI itself (scheme, host, port, path), whatever the query.
            if (next.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment) ==
                QUrl(m_redirectUri).adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment)) {
                onAuthorizationResponse(QUrlQuery(next));
                return;
            }
            if (auto tooMany = OAuthChecks::redirectHops(hops, 10)) {
                fail(StepKind::Authorization, *tooMany);
                return;
            }
            followAuthorization(next, hops + 1);
            return;
        }
        const Finding page = OAuthChecks::authorizationPage(
            e, m_client.registration == u"pre-registered", m_redirectUri);
        const auto [error, description] = oauthError(e);
        fail(StepKind::Authorization, page,
             !error.isEmpty()
                 ? tr("HTTP %1: %2 %3").arg(e.status).arg(error, description)
                 : tr("HTTP %1 instead of a redirect: %2").arg(e.status).arg(bodySnippet(e)));
    });
}

void OAuthFlow::onAuthorizationResponse(const QUrlQuery &response)
{
    const QString iss = response.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    std::optional<Finding> refused = OAuthChecks::redirectState(
        response.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), m_state);
    if (!refused)
        refused = OAuthChecks::redirectIssuer(iss, m_server.issuer);
    if (refused) {
        fail(StepKind::Authorization, *refused);
        return;
    }
    if (response.hasQueryItem(QStringLiteral("error"))) {
        const QString error = response.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        const QString description =
            response.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        fail(StepKind::Authorization,
             oauthErrorFinding(QStringLiteral("authorize"), error, description));
        return;
    }
    const QString code = response.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    registerSecret(code);
    if (auto noCode = OAuthChecks::redirectCarriesCode(response)) {
        fail(StepKind::Authorization, *noCode);
        return;
    }
    addValue(StepKind::Authorization, tr("code"), code, true);
    if (!iss.isEmpty())
        addValue(StepKind::Authorization, tr("iss (RFC 9207)"), iss);
    setState(StepKind::Authorization, StepState::Ok, tr("Received the authorization code."));
    exchangeCode(code);
}

void OAuthFlow::exchangeCode(const QString &code)
{
    requestToken(OAuthRequests::authorizationCode(m_server, m_client, code, m_redirectUri,
                                                  m_verifier, m_resource));
}

void OAuthFlow::requestToken(const HttpRequest &request)
{
    send(StepKind::Token, request, [this](HttpCall *call) {
        const Exchange &e = call->exchange();
        if (auto unreachable = OAuthChecks::reached(Endpoint::Token, e, m_server.tokenEndpoint)) {
            fail(StepKind::Token, *unreachable);
            return;
        }
        const TokenResponse response =
            parseTokenResponse(e.responseBody, QDateTime::currentMSecsSinceEpoch());
        if (auto refused = OAuthChecks::tokenResponse(response, e.status,
                                                      m_settings.mode == Mode::ClientCredentials
                                                          ? QStringLiteral("client_credentials")
                                                          : QStringLiteral("token"))) {
            const QString error =
                response.error.isEmpty() ? tr("HTTP %1").arg(e.status) : response.error;
            fail(StepKind::Token, *refused, tr("%1: %2").arg(error, response.errorDescription));
            return;
        }
        m_tokens = response.tokens;
        if (m_tokens.scope.isEmpty())
            m_tokens.scope = m_scope;
        addValue(StepKind::Token, tr("access_token"), m_tokens.accessToken, true);
        if (!m_tokens.refreshToken.isEmpty())
            addValue(StepKind::Token, tr("refresh_token"), m_tokens.refreshToken, true);
        addValue(StepKind::Token, tr("scope"), m_tokens.scope);
        if (m_tokens.expiresAtMs > 0)
            addValue(StepKind::Token, tr("expires"),
                     QDateTime::fromMSecsSinceEpoch(m_tokens.expiresAtMs).toString(Qt::ISODate));
        setState(StepKind::Token, StepState::Ok, tr("Tokens received."));
        finish(true);
    });
}

} // namespace mcpscope
