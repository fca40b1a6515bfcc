#include "oauth/oauth_flow.h"

#include "common/known_secrets.h"
#include "oauth/loopback_receiver.h"
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
            fail(m_steps[i].kind, tr("Cancelled."),
                 {tr("You cancelled the flow."), tr("Start it again when ready.")});
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

void OAuthFlow::fail(StepKind kind, const QString &outcome, const OAuthDiagnosis &diagnosis)
{
    step(kind).cause = diagnosis.cause;
    step(kind).fix = diagnosis.fix;
    setState(kind, StepState::Failed, outcome);
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
    send(
        StepKind::ResourceMetadata, OAuthRequests::getJson(url),
        [this, attempt, url](HttpCall *call) {
            const Exchange &e = call->exchange();
            if (e.failed()) {
                fail(StepKind::ResourceMetadata,
                     tr("Could not fetch %1: %2").arg(url.toString(), e.errorMessage),
                     {tr("The MCP server could not be reached for its metadata."),
                      tr("Check the URL and the network.")});
                return;
            }
            if (e.status != 200) {
                addValue(StepKind::ResourceMetadata, tr("tried"),
                         tr("%1 → HTTP %2").arg(url.toString()).arg(e.status));
                fetchResourceMetadata(attempt + 1);
                return;
            }
            const auto prm = parseProtectedResourceMetadata(e.responseBody);
            if (!prm) {
                fail(StepKind::ResourceMetadata, prm.error().message,
                     {tr("The protected resource metadata document is malformed."),
                      tr("Fix the document the MCP server serves at %1.").arg(url.toString())});
                return;
            }
            // RFC 9728 §3.3: the document must be about this resource.
            const QString expected = m_resource;
            QString declared = prm->resource;
            while (declared.endsWith(QLatin1Char('/')))
                declared.chop(1);
            const QUrl declaredUrl(declared);
            const QUrl expectedUrl(expected);
            if (declaredUrl.scheme() != expectedUrl.scheme() ||
                declaredUrl.host() != expectedUrl.host() ||
                declaredUrl.port() != expectedUrl.port() ||
                !expectedUrl.path().startsWith(declaredUrl.path())) {
                fail(
                    StepKind::ResourceMetadata,
                    tr("The metadata is for resource %1, not for %2.").arg(prm->resource, expected),
                    {tr("The protected resource metadata names another resource: following it "
                        "could "
                        "send tokens to "
                        "the wrong server."),
                     tr("Make the server's metadata \"resource\" its own canonical URL.")});
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
                warn(tr("The resource names %1 authorization servers; McpScope uses the first, %2.")
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
    if (attempt >= m_candidates.size()) {
        QStringList tried;
        for (const QUrl &u : std::as_const(m_candidates))
            tried << u.toString();
        fail(StepKind::AuthServerMetadata,
             tr("No metadata at any of: %1").arg(tried.join(QStringLiteral(", "))),
             {tr("The authorization server publishes neither OAuth metadata (RFC 8414) nor OpenID "
                 "Connect discovery "
                 "where MCP looks for it."),
              tr("Serve the metadata at one of those URLs, or correct authorization_servers in the "
                 "resource "
                 "metadata.")});
        return;
    }
    const QUrl url = m_candidates.at(attempt);
    send(
        StepKind::AuthServerMetadata, OAuthRequests::getJson(url),
        [this, attempt, url](HttpCall *call) {
            const Exchange &e = call->exchange();
            if (e.failed()) {
                fail(StepKind::AuthServerMetadata,
                     tr("Could not fetch %1: %2").arg(url.toString(), e.errorMessage),
                     {tr("The authorization server could not be reached."),
                      tr("Check the issuer URL and the network.")});
                return;
            }
            if (e.status != 200) {
                addValue(StepKind::AuthServerMetadata, tr("tried"),
                         tr("%1 → HTTP %2").arg(url.toString()).arg(e.status));
                fetchAuthServerMetadata(attempt + 1);
                return;
            }
            const auto metadata = parseAuthServerMetadata(e.responseBody);
            if (!metadata) {
                fail(StepKind::AuthServerMetadata, metadata.error().message,
                     {tr("The authorization server metadata is malformed."),
                      tr("Fix the document served at %1.").arg(url.toString())});
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
            if (!sameIdentifier(metadata->issuer, m_issuer)) {
                fail(
                    StepKind::AuthServerMetadata,
                    tr("The metadata's issuer is %1, but the resource named %2.")
                        .arg(metadata->issuer, m_issuer),
                    {tr("Issuer mismatch: the metadata does not belong to the authorization server "
                        "the MCP server "
                        "trusts (RFC 8414 §3.3), so it must not be used."),
                     tr("Make the issuer in the metadata and authorization_servers in the resource "
                        "metadata identical.")});
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
            if (!m_server.supportsS256()) {
                fail(StepKind::AuthServerMetadata,
                     tr("code_challenge_methods_supported is %1.")
                         .arg(m_server.codeChallengeMethodsSupported.isEmpty()
                                  ? tr("missing")
                                  : m_server.codeChallengeMethodsSupported.join(
                                        QStringLiteral(", "))),
                     {tr("The authorization server does not advertise PKCE with S256, which MCP "
                         "requires; McpScope does "
                         "not fall back to plain or no PKCE."),
                      tr("Enable S256 on the authorization server and list it in "
                         "code_challenge_methods_supported.")});
                return;
            }
            if (m_server.authorizationEndpoint.isEmpty()) {
                fail(StepKind::AuthServerMetadata,
                     tr("The metadata has no authorization_endpoint."),
                     {tr("Without an authorization endpoint there is no authorization code flow."),
                      tr("Add authorization_endpoint to the metadata.")});
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
        if (const auto listening = m_receiver->listen(QUrl(m_settings.redirectUri)); !listening) {
            fail(StepKind::Registration, listening.error().message,
                 {tr("In browser mode McpScope receives the redirect itself, so the redirect URI "
                     "must point at "
                     "this machine's loopback address with a free port."),
                  tr("Use a loopback redirect URI the client has registered (e.g. "
                     "http://127.0.0.1:PORT/callback), "
                     "free its port, or use headless mode.")});
            return;
        }
        m_redirectUri = m_settings.redirectUri;
    } else if (!m_settings.redirectUri.isEmpty()) {
        m_redirectUri = m_settings.redirectUri;
    } else if (m_settings.mode == Mode::Browser) {
        m_receiver = new LoopbackReceiver(this);
        if (const auto listening = m_receiver->listen(); !listening) {
            fail(StepKind::Registration, listening.error().message,
                 {tr("No local port for the redirect."),
                  tr("Free a port on 127.0.0.1, or set a redirect URI.")});
            return;
        }
        m_redirectUri = m_receiver->redirectUri().toString();
    } else {
        m_redirectUri = QStringLiteral("http://127.0.0.1:33418/callback");
    }
    if (m_settings.mode != Mode::ClientCredentials)
        addValue(StepKind::Registration, tr("redirect_uri"), m_redirectUri);
    if (m_settings.mode == Mode::ClientCredentials &&
        m_settings.preRegistered.clientSecret.isEmpty() &&
        m_settings.preRegistered.privateKeyPem.isEmpty()) {
        fail(StepKind::Registration,
             tr("The client credentials grant needs a pre-registered client id and secret."),
             {tr("A client acting on its own behalf authenticates with its credentials; there is "
                 "no user to sign in."),
              tr("Enter the client id and secret the authorization server issued for this "
                 "client.")});
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
    if (m_server.registrationEndpoint.isEmpty()) {
        fail(StepKind::Registration,
             tr("The server offers neither dynamic registration nor Client ID Metadata Documents."),
             {tr("McpScope has no client id for this authorization server."),
              tr("Register McpScope with the authorization server by hand and enter the client id "
                 "(and secret) as "
                 "a pre-registered client.")});
        return;
    }
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
        if (e.failed()) {
            fail(StepKind::Registration, e.errorMessage,
                 {tr("The registration endpoint could not be reached."), tr("Check the network.")});
            return;
        }
        if (e.status != 201 && e.status != 200) {
            const auto [error, description] = oauthError(e);
            fail(StepKind::Registration,
                 tr("HTTP %1: %2")
                     .arg(e.status)
                     .arg(error.isEmpty() ? bodySnippet(e)
                                          : error + QStringLiteral(" ") + description),
                 error.isEmpty()
                     ? OAuthDiagnosis{tr("Dynamic registration was refused."),
                                      tr("Check that the registration endpoint accepts public "
                                         "native clients, "
                                         "or use a pre-registered client.")}
                     : diagnoseOAuthError(QStringLiteral("register"), error, description));
            return;
        }
        const auto registered = parseRegistrationResponse(e.responseBody, method);
        if (!registered) {
            fail(
                StepKind::Registration, registered.error().message,
                {tr("The registration endpoint's answer is not an RFC 7591 registration response."),
                 tr("Fix the registration endpoint.")});
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
    connect(m_receiver, &LoopbackReceiver::rejected, this, [this](const QString &why) {
        fail(StepKind::Authorization, why,
             {tr("The redirect did not carry this flow's state (or named another issuer)."),
              tr("Start the flow again and finish it in the browser window it opens.")});
    });
    const auto open = [this](const HttpRequest &request) {
        const quint64 generation = m_generation;
        QTimer::singleShot(m_settings.browserTimeoutMs, this, [this, generation] {
            if (generation == m_generation && !m_finished &&
                step(StepKind::Authorization).state == StepState::Waiting)
                fail(StepKind::Authorization, tr("No answer from the browser."),
                     {tr("The sign-in was not finished in time."), tr("Start the flow again.")});
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
        if (e.failed()) {
            fail(
                StepKind::Authorization, e.errorMessage,
                {tr("The authorization endpoint could not be reached."), tr("Check the network.")});
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
            if (hops >= 10) {
                fail(StepKind::Authorization,
                     tr("More than 10 redirects without reaching the redirect URI."),
                     {tr("The authorization server wants a person to sign in (a login page), which "
                         "the headless mode "
                         "cannot do."),
                      tr("Use browser mode, or configure the authorization server to approve this "
                         "client without "
                         "interaction.")});
                return;
            }
            followAuthorization(next, hops + 1);
            return;
        }
        const auto [error, description] = oauthError(e);
        if (!error.isEmpty()) {
            fail(StepKind::Authorization,
                 tr("HTTP %1: %2 %3").arg(e.status).arg(error, description),
                 diagnoseOAuthError(QStringLiteral("authorize"), error, description));
            return;
        }
        // An error page naming the redirect URI (oidc-provider's says so
        // well past its head): for a pre-registered client, the usual cause
        // is a redirect URI it never registered.
        const bool aboutRedirect =
            e.status == 400 && QString::fromUtf8(e.responseBody.left(64 * 1024))
                                   .contains(QLatin1String("redirect"), Qt::CaseInsensitive);
        OAuthDiagnosis redirectDiagnosis = diagnoseOAuthError(
            QStringLiteral("authorize"), QStringLiteral("invalid_redirect_uri"), {});
        if (aboutRedirect && m_client.registration == u"pre-registered")
            redirectDiagnosis = {
                tr("The authorization server rejected the redirect URI %1: a pre-registered client "
                   "accepts only the redirect URIs it registered.")
                    .arg(m_redirectUri),
                tr("Set one of the client's registered redirect URIs as the flow's redirect URI "
                   "(Redirect URI in the flow inspector).")};
        fail(StepKind::Authorization,
             tr("HTTP %1 instead of a redirect: %2").arg(e.status).arg(bodySnippet(e)),
             aboutRedirect ? redirectDiagnosis
                           : OAuthDiagnosis{tr("The authorization endpoint answered with a page, "
                                               "not a redirect: it wants a "
                                               "person to sign in, or it rejected the request."),
                                            tr("Read the page in the captured response; use "
                                               "browser mode for an interactive "
                                               "sign-in.")});
    });
}

void OAuthFlow::onAuthorizationResponse(const QUrlQuery &response)
{
    const QString state = response.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state != m_state) {
        fail(StepKind::Authorization,
             tr("The redirect's state is \"%1\", not the \"%2\" sent.").arg(state, m_state),
             {tr("The authorization response does not belong to this request (or was forged); it "
                 "was refused."),
              tr("Start the flow again.")});
        return;
    }
    const QString iss = response.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    if (!iss.isEmpty() && !sameIdentifier(iss, m_server.issuer)) {
        fail(StepKind::Authorization,
             tr("The redirect names issuer %1, not %2.").arg(iss, m_server.issuer),
             {tr("Issuer mismatch in the authorization response (RFC 9207): a possible mix-up "
                 "attack."),
              tr("Check that the MCP server's authorization server and this response come from the "
                 "same issuer.")});
        return;
    }
    if (response.hasQueryItem(QStringLiteral("error"))) {
        const QString error = response.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        const QString description =
            response.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        fail(StepKind::Authorization,
             tr("The authorization server answered %1: %2").arg(error, description),
             diagnoseOAuthError(QStringLiteral("authorize"), error, description));
        return;
    }
    const QString code = response.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    registerSecret(code);
    if (code.isEmpty()) {
        fail(StepKind::Authorization, tr("The redirect carries neither a code nor an error."),
             {tr("The authorization response is malformed."),
              tr("Check the authorization server.")});
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
        if (e.failed()) {
            fail(StepKind::Token, e.errorMessage,
                 {tr("The token endpoint could not be reached."), tr("Check the network.")});
            return;
        }
        const TokenResponse response =
            parseTokenResponse(e.responseBody, QDateTime::currentMSecsSinceEpoch());
        if (!response.error.isEmpty() || e.status != 200) {
            const QString error =
                response.error.isEmpty() ? tr("HTTP %1").arg(e.status) : response.error;
            fail(StepKind::Token, tr("%1: %2").arg(error, response.errorDescription),
                 diagnoseOAuthError(m_settings.mode == Mode::ClientCredentials
                                        ? QStringLiteral("client_credentials")
                                        : QStringLiteral("token"),
                                    response.error, response.errorDescription));
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
