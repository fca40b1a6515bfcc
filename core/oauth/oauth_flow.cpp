#include "oauth/oauth_flow.h"

#include "common/known_secrets.h"
#include "oauth/error_body.h"
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
    return quoteErrorBody(e.responseBody);
}

// The OAuth error of an error body (JSON, or an HTML or text page that states one).
std::pair<QString, QString> oauthError(const Exchange &e)
{
    return oauthErrorOf(e.responseBody);
}

using OAuthChecks::Endpoint;

QString applicationType(const QUrl &redirect)
{
    const QString scheme = redirect.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return QStringLiteral("native"); // a private-use URI scheme (RFC 8252 §7.1)
    const QString host = redirect.host().toLower();
    const bool loopback = host == u"localhost" || host == u"::1" || host == u"[::1]" ||
                          host.startsWith(QLatin1String("127."));
    return loopback ? QStringLiteral("native") : QStringLiteral("web");
}

// An OAuth error answer to an assertion grant (the ID-JAG exchange, the JWT
// bearer grant): there is no authorization code, redirect URI or verifier to
// blame for invalid_grant, so the server's own words stand alone.
Finding assertionGrantError(const QString &error, const QString &description)
{
    if (error == u"invalid_grant")
        return makeFinding("oauth.error", {error, description});
    return oauthErrorFinding(QStringLiteral("token"), error, description);
}

bool listsEs256(const QJsonValue &algs)
{
    return algs.toArray().contains(QJsonValue(QStringLiteral("ES256")));
}

} // namespace

OAuthFlow::OAuthFlow(HttpClient *http, QObject *parent)
    : QObject(parent), m_http(http), m_dpop(new DpopSigner(this))
{
    // Every proof shows in the Dpop step: how many, and the latest.
    connect(m_dpop, &DpopSigner::proofSent, this,
            [this](const QByteArray &method, const QString &htu, const QString &jti, bool bound,
                   const QString &nonce) {
                ++m_proofs;
                setValue(StepKind::Dpop, tr("proofs sent"), QString::number(m_proofs));
                setValue(StepKind::Dpop, tr("latest proof"),
                         tr("%1 %2, jti %3%4%5")
                             .arg(QString::fromLatin1(method), htu, jti,
                                  bound ? tr(", ath (bound token)") : QString(),
                                  nonce.isEmpty() ? QString() : tr(", nonce %1").arg(nonce)));
            });
    connect(m_dpop, &DpopSigner::nonceReceived, this,
            [this](const QString &origin, const QString &nonce) {
                setValue(StepKind::Dpop, tr("nonce from %1").arg(origin), nonce);
            });
    connect(m_dpop, &DpopSigner::failed, this, &OAuthFlow::warn);
}

OAuthFlow::Step OAuthFlow::makeStep(StepKind kind)
{
    const auto make = [kind](const QString &title, const QString &explanation) {
        Step s{kind, title, StepState::Pending, {}, {}, explanation, {}, {}, {}};
        return s;
    };
    switch (kind) {
    case StepKind::ResourceMetadata:
        return make(
            tr("Protected resource metadata"),
            tr("Find out which authorization server protects the MCP server (RFC 9728): from the "
               "resource_metadata "
               "of the 401 answer, else from the path-based and then the root well-known URI."));
    case StepKind::AuthServerMetadata:
        return make(tr("Authorization server metadata"),
                    tr("Read the authorization server's endpoints and capabilities (RFC 8414 or "
                       "OpenID Connect Discovery, "
                       "in the order MCP gives); its issuer must be the one the resource named, "
                       "and it must support PKCE "
                       "with S256."));
    case StepKind::Registration:
        return make(tr("Client registration"),
                    tr("Become a client of the authorization server: pre-registered credentials, "
                       "a Client ID Metadata "
                       "Document URL when the server supports them, else dynamic client "
                       "registration (RFC "
                       "7591)."));
    case StepKind::Authorization:
        return make(tr("Authorization"),
                    tr("Ask the user's consent at the authorization endpoint with PKCE (S256), "
                       "state, the resource "
                       "indicator (RFC 8707) and the chosen scope; the answer comes back to the "
                       "redirect URI with a code."));
    case StepKind::Token:
        return make(tr("Token exchange"),
                    tr("Trade the code and the PKCE verifier for an access token (and a refresh "
                       "token) at the token "
                       "endpoint, authenticating the client as registered."));
    case StepKind::StepUp:
        return make(tr("Scope step-up"),
                    tr("The server refused a request for want of scope (403 insufficient_scope): "
                       "authorize again asking for the union of the scope already granted and "
                       "the scope now required, so nothing granted is lost."));
    case StepKind::ServerChanged:
        return make(tr("Authorization server changed"),
                    tr("The resource now names another authorization server than the last flow "
                       "used: credentials belong to the server that issued them, so McpScope "
                       "registers anew with the new one and never presents the old client."));
    case StepKind::Dpop:
        return make(tr("DPoP proof of possession"),
                    tr("Bind the tokens to a key pair (RFC 9449): every token request and every "
                       "request presenting the token carries a fresh proof (a JWT signed with "
                       "the key: method, URL, time, a unique jti and, at the resource, the "
                       "token's hash); the token travels with the DPoP scheme, and a server "
                       "asking for a nonce gets the request again with it."));
    case StepKind::IdentityAssertion:
        return make(tr("Identity assertion (ID-JAG)"),
                    tr("Trade the user's ID token at the enterprise identity provider for an "
                       "Identity Assertion JWT Authorization Grant (RFC 8693 token exchange) "
                       "whose audience is the MCP server's authorization server; it is then "
                       "presented with the JWT bearer grant."));
    }
    return make({}, {});
}

int OAuthFlow::indexOf(StepKind kind) const
{
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps[i].kind == kind)
            return i;
    return -1;
}

void OAuthFlow::setValue(StepKind kind, const QString &name, const QString &value)
{
    Step &s = step(kind);
    for (Value &v : s.values)
        if (v.name == name) {
            v.value = value;
            Q_EMIT stepChanged(indexOf(kind));
            return;
        }
    addValue(kind, name, value);
}

void OAuthFlow::noteResourceNonceRetry(const QString &nonce)
{
    addValue(StepKind::Dpop, tr("nonce retry (MCP server)"),
             tr("use_dpop_nonce: the request is sent again with nonce %1").arg(nonce));
}

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
    if (!m_server.issuer.isEmpty())
        m_previousIssuer = m_server.issuer;
    m_tokens = {};
    m_proofs = 0;
    m_grantType.clear();
    m_warnings.clear();
    m_prm = {};
    m_server = {};
    m_legacyFallback = false;
    m_client = {};
    m_pending = {};
    m_pendingNext = nullptr;
    m_pendingAction = nullptr;
    m_steps.clear();
    for (StepKind kind : {StepKind::ResourceMetadata, StepKind::AuthServerMetadata,
                          StepKind::Registration, StepKind::Authorization, StepKind::Token})
        m_steps.append(makeStep(kind));
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
    if (m_dpopChallenged)
        addValue(StepKind::ResourceMetadata, tr("challenge scheme"), QStringLiteral("DPoP"));
    if (!previousScope.isEmpty()) {
        // MCP scope challenge handling (SEP-2350): the union, never a swap.
        addValue(StepKind::StepUp, tr("granted"), previousScope);
        addValue(StepKind::StepUp, tr("required (from WWW-Authenticate)"),
                 challenge.scope.isEmpty() ? tr("(not named)") : challenge.scope);
        addValue(StepKind::StepUp, tr("requested"), scopeUnion(previousScope, challenge.scope));
        setState(StepKind::StepUp, StepState::Ok,
                 tr("Authorizing again for the union of the granted and the required scope."));
    }
    fetchResourceMetadata(0);
}

void OAuthFlow::cancel()
{
    if (m_finished)
        return;
    ++m_generation;
    // A request waiting for approval is not sent after all.
    m_pendingNext = nullptr;
    m_pendingAction = nullptr;
    m_pendingStep = -1;
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
            //: One sentence: %1 is the step's title (e.g. Authorization), %2 what
            //: happened, %3 the likely cause, %4 the fix
            return tr("The step “%1” failed: %2 %3 %4")
                .arg(s.title, s.outcome, s.cause, s.fix)
                .simplified();
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
    int index = indexOf(kind);
    if (index < 0) {
        // A step of an extension, shown from when it happens.
        m_steps.append(makeStep(kind));
        index = int(m_steps.size()) - 1;
        Q_EMIT stepChanged(index);
    }
    return m_steps[index];
}

void OAuthFlow::setState(StepKind kind, StepState state, const QString &outcome)
{
    step(kind).state = state;
    if (!outcome.isEmpty())
        step(kind).outcome = outcome;
    Q_EMIT stepChanged(indexOf(kind));
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
    // What did not happen yet will not (the extension steps sit after the
    // five, whatever their order in the flow).
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps[i].state == StepState::Pending && m_steps[i].kind != kind)
            setState(m_steps[i].kind, StepState::Skipped);
    finish(false);
}

void OAuthFlow::addValue(StepKind kind, const QString &name, const QString &value, bool secret)
{
    step(kind).values.append({name, value, secret});
    Q_EMIT stepChanged(indexOf(kind));
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
        Q_EMIT waitingForApproval(indexOf(kind));
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
             if (!m_previousIssuer.isEmpty() && m_previousIssuer != m_issuer) {
                 // SEP-2352: credentials are bound to their issuer.
                 addValue(StepKind::ServerChanged, tr("before"), m_previousIssuer);
                 addValue(StepKind::ServerChanged, tr("now"), m_issuer);
                 setState(StepKind::ServerChanged, StepState::Ok,
                          tr("Registering anew with %1; the client of %2 is not used there.")
                              .arg(m_issuer, m_previousIssuer));
             }
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
             setUpDpop();
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
    const bool redirects = m_settings.mode == Mode::Browser || m_settings.mode == Mode::Headless;
    if (redirects)
        addValue(StepKind::Registration, tr("redirect_uri"), m_redirectUri);
    if (!redirects && m_settings.mode != Mode::ClientCredentials &&
        m_settings.preRegistered.clientId.isEmpty()) {
        // The JWT bearer grant needs no client authentication (RFC 7523 §3.1).
        m_client = OAuthClient{{}, {}, QStringLiteral("none"), QStringLiteral("none")};
        setState(StepKind::Registration, StepState::Skipped,
                 tr("No client id given: the assertion alone identifies the caller."));
        authorize();
        return;
    }
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
        // SEP-837: a loopback (or private-use scheme) redirect is a native
        // app; an https redirect to a host is a web app.
        {QStringLiteral("application_type"), applicationType(QUrl(m_redirectUri))},
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

void OAuthFlow::setUpDpop()
{
    const bool asSupports =
        listsEs256(m_server.raw.value(QStringLiteral("dpop_signing_alg_values_supported")));
    const bool resourceRequires =
        m_prm.raw.value(QStringLiteral("dpop_bound_access_tokens_required")).toBool();
    const bool use =
        m_settings.dpop == DpopMode::Required ||
        (m_settings.dpop == DpopMode::Auto && asSupports && (m_dpopChallenged || resourceRequires));
    if (!use) {
        if (m_settings.dpop == DpopMode::Off || !m_dpop->isActive())
            m_dpop->clear();
        return;
    }
    // One key per credential: the vault's when it has one, else the
    // session's current one, else a new pair.
    QString source;
    if (!m_settings.dpopKeyPem.isEmpty()) {
        const auto key = loadDpopKey(m_settings.dpopKeyPem);
        if (key) {
            m_dpop->setKey(*key);
            source = tr("the credential's key, from the keychain");
        } else {
            warn(key.error().message);
        }
    }
    if (source.isEmpty() && m_dpop->isActive()) {
        source = tr("this session's key");
    } else if (source.isEmpty()) {
        const auto key = generateDpopKey();
        if (!key) {
            fail(StepKind::Dpop,
                 makeFinding("oauth.error", {QStringLiteral("dpop"), key.error().message}));
            return;
        }
        m_dpop->setKey(*key);
        source = tr("a new EC P-256 key pair");
    }
    m_dpop->setTokenEndpoint(m_server.tokenEndpoint);
    installDpop();
    addValue(StepKind::Dpop, tr("why"),
             m_settings.dpop == DpopMode::Required
                 ? tr("DPoP was asked for (--dpop)")
                 : tr("the resource asked for DPoP and the authorization server supports ES256"));
    addValue(StepKind::Dpop, tr("key"), source);
    addValue(StepKind::Dpop, tr("alg"), QStringLiteral("ES256"));
    addValue(StepKind::Dpop, tr("JWK thumbprint (cnf.jkt)"), m_dpop->key().thumbprint);
    if (!asSupports)
        warn(tr("The authorization server does not list ES256 in "
                "dpop_signing_alg_values_supported; DPoP proofs are sent anyway."));
    setState(StepKind::Dpop, StepState::Running,
             tr("Token requests and requests with the token carry a DPoP proof."));
}

void OAuthFlow::installDpop()
{
    if (m_decoratorInstalled)
        return;
    // The session's HttpClient signs through the flow's signer from now on
    // (the MCP requests too, once a token is bound).
    m_decoratorInstalled = true;
    QPointer<DpopSigner> signer = m_dpop;
    m_http->setRequestDecorator([signer](HttpRequest &request) {
        if (signer)
            signer->decorate(request);
    });
    connect(m_http, &HttpClient::exchangeFinished, m_dpop, &DpopSigner::observe);
}

void OAuthFlow::adoptDpopKey(const DpopKey &key, const QUrl &tokenEndpoint)
{
    m_dpop->setKey(key);
    m_dpop->setTokenEndpoint(tokenEndpoint);
    installDpop();
    setValue(StepKind::Dpop, tr("key"), tr("the stored credential's key, from the keychain"));
    setValue(StepKind::Dpop, tr("JWK thumbprint (cnf.jkt)"), key.thumbprint);
    setState(StepKind::Dpop, StepState::Ok,
             tr("The stored token is bound to this key; refreshes and requests carry its proofs."));
}

void OAuthFlow::exchangeIdToken()
{
    const auto &idp = m_settings.idp;
    if (auto missing =
            OAuthChecks::assertionGiven(tr("enterprise-managed authorization"),
                                        tr("the IdP's token endpoint and the user's ID token"),
                                        !idp.tokenEndpoint.isEmpty() && !idp.idToken.isEmpty())) {
        fail(StepKind::IdentityAssertion, *missing);
        return;
    }
    OAuthClient client = idp.client;
    if (client.authMethod.isEmpty())
        client.authMethod = client.clientSecret.isEmpty() ? QStringLiteral("none")
                                                          : QStringLiteral("client_secret_post");
    addValue(StepKind::IdentityAssertion, tr("IdP token endpoint"), idp.tokenEndpoint.toString());
    addValue(StepKind::IdentityAssertion, tr("grant_type"), QLatin1String(kTokenExchangeGrant));
    addValue(StepKind::IdentityAssertion, tr("subject_token (ID token)"), idp.idToken, true);
    addValue(StepKind::IdentityAssertion, tr("audience"), m_server.issuer);
    addValue(StepKind::IdentityAssertion, tr("resource"), m_resource);
    const HttpRequest request = OAuthRequests::idJagExchange(idp.tokenEndpoint, client, idp.idToken,
                                                             m_server.issuer, m_resource, m_scope);
    send(StepKind::IdentityAssertion, request, [this](HttpCall *call) {
        const Exchange &e = call->exchange();
        if (auto unreachable =
                OAuthChecks::reached(Endpoint::Token, e, m_settings.idp.tokenEndpoint)) {
            fail(StepKind::IdentityAssertion, *unreachable);
            return;
        }
        const TokenExchangeResponse answer = parseTokenExchangeResponse(e.responseBody);
        if (!answer.error.isEmpty() && answer.error != u"invalid_response") {
            fail(StepKind::IdentityAssertion,
                 assertionGrantError(answer.error, answer.errorDescription),
                 tr("HTTP %1: %2 %3").arg(e.status).arg(answer.error, answer.errorDescription));
            return;
        }
        if (auto notIdJag = OAuthChecks::idJagIssued(answer)) {
            fail(StepKind::IdentityAssertion, *notIdJag);
            return;
        }
        registerSecret(answer.token);
        addValue(StepKind::IdentityAssertion, tr("ID-JAG"), answer.token, true);
        addValue(StepKind::IdentityAssertion, tr("issued_token_type"), answer.issuedTokenType);
        setState(StepKind::IdentityAssertion, StepState::Ok,
                 tr("The IdP issued an ID-JAG for %1.").arg(m_server.issuer));
        m_grantType = QLatin1String(kJwtBearerGrant);
        addValue(StepKind::Token, tr("grant_type"), m_grantType);
        requestToken(
            OAuthRequests::jwtBearer(m_server, m_client, answer.token, m_resource, m_scope));
    });
}

void OAuthFlow::authorize()
{
    if (m_settings.mode == Mode::WorkloadIdentity || m_settings.mode == Mode::EnterpriseManaged) {
        m_scope = m_settings.scope;
        if (m_scope.isEmpty())
            m_scope = !m_challenge.scope.isEmpty() ? m_challenge.scope
                                                   : m_prm.scopesSupported.join(QLatin1Char(' '));
        m_scope = scopeUnion(m_previousScope, m_scope);
        setState(StepKind::Authorization, StepState::Skipped,
                 m_settings.mode == Mode::WorkloadIdentity
                     ? tr("No authorization step: the workload presents its identity JWT.")
                     : tr("No authorization step: the enterprise IdP vouches for the user."));
        if (m_settings.mode == Mode::EnterpriseManaged) {
            exchangeIdToken();
            return;
        }
        if (auto missing = OAuthChecks::assertionGiven(tr("workload identity"), tr("an assertion"),
                                                       !m_settings.assertion.isEmpty())) {
            fail(StepKind::Token, *missing);
            return;
        }
        m_grantType = QLatin1String(kJwtBearerGrant);
        addValue(StepKind::Token, tr("grant_type"), m_grantType);
        addValue(StepKind::Token, tr("assertion (workload JWT)"), m_settings.assertion, true);
        requestToken(OAuthRequests::jwtBearer(m_server, m_client, m_settings.assertion, m_resource,
                                              m_scope));
        return;
    }
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
    m_receiver->expect(m_state, m_server.issuer,
                       m_server.authorizationResponseIssParameterSupported);
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
        refused = OAuthChecks::redirectIssuer(iss, m_server.issuer,
                                              m_server.authorizationResponseIssParameterSupported);
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

void OAuthFlow::requestToken(const HttpRequest &request, int nonceRetries)
{
    send(StepKind::Token, request, [this, request, nonceRetries](HttpCall *call) {
        const Exchange &e = call->exchange();
        if (auto unreachable = OAuthChecks::reached(Endpoint::Token, e, m_server.tokenEndpoint)) {
            fail(StepKind::Token, *unreachable);
            return;
        }
        if (m_dpop->isActive() && isTokenEndpointNonceChallenge(e)) {
            // RFC 9449 §8: the same request again, its proof with the nonce.
            const QString nonce = dpopNonce(e.responseHeaders);
            if (auto loop = OAuthChecks::dpopNonceRetries(m_server.tokenEndpoint.toString(),
                                                          nonceRetries, 2)) {
                fail(StepKind::Token, *loop);
                return;
            }
            m_dpop->setNonce(m_server.tokenEndpoint, nonce);
            addValue(
                StepKind::Dpop, tr("nonce retry (authorization server)"),
                tr("use_dpop_nonce: the token request is sent again with nonce %1").arg(nonce));
            requestToken(request, nonceRetries + 1);
            return;
        }
        const TokenResponse response =
            parseTokenResponse(e.responseBody, QDateTime::currentMSecsSinceEpoch(),
                               !e.requestHeader("DPoP").isEmpty());
        if (auto refused = OAuthChecks::tokenResponse(response, e.status,
                                                      m_settings.mode == Mode::ClientCredentials
                                                          ? QStringLiteral("client_credentials")
                                                          : QStringLiteral("token"))) {
            // An answer that is no token response at all is named by its status.
            const QString error = response.error.isEmpty() ||
                                          (response.error == u"invalid_response" && e.status != 200)
                                      ? tr("HTTP %1").arg(e.status)
                                      : response.error;
            if (m_grantType == QLatin1String(kJwtBearerGrant) && !response.error.isEmpty() &&
                response.error != u"invalid_response")
                refused = assertionGrantError(response.error, response.errorDescription);
            fail(StepKind::Token, *refused, tr("%1: %2").arg(error, response.errorDescription));
            return;
        }
        m_tokens = response.tokens;
        if (m_tokens.scope.isEmpty())
            m_tokens.scope = m_scope;
        if (m_dpop->isActive()) {
            const bool bound =
                m_tokens.tokenType.compare(QLatin1String("DPoP"), Qt::CaseInsensitive) == 0;
            m_dpop->setBoundToken(bound ? m_tokens.accessToken : QString());
            addValue(StepKind::Dpop, tr("token_type"), m_tokens.tokenType);
            if (bound) {
                setState(StepKind::Dpop, StepState::Ok,
                         tr("The access token is bound to the key: it is sent as "
                            "\"Authorization: DPoP …\" with a proof carrying its hash."));
            } else {
                warn(tr("The authorization server issued a %1 token despite the DPoP proof: "
                        "it is used as a Bearer token.")
                         .arg(m_tokens.tokenType));
                setState(StepKind::Dpop, StepState::Ok,
                         tr("The server did not bind the token (token_type %1).")
                             .arg(m_tokens.tokenType));
            }
        }
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
