#pragma once

#include "common/findings.h"
#include "net/http_client.h"
#include "net/www_authenticate.h"
#include "oauth/dpop.h"
#include "oauth/oauth_metadata.h"
#include "oauth/oauth_types.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace mcpscope {

class LoopbackReceiver;

// The OAuth 2.1 authorization code flow with PKCE as MCP (2025-06-18,
// 2025-11-25) specifies it, one visible step at a time:
//   1. protected resource metadata (RFC 9728): from the 401's
//      resource_metadata, else the path-based then the root well-known URI;
//   2. authorization server metadata (RFC 8414 / OIDC discovery, in the
//      spec's order), the issuer checked, S256 required;
//   3. the client: pre-registered, a Client ID Metadata Document URL when
//      the server supports it, else dynamic registration (RFC 7591);
//   4. authorization with state, PKCE S256, resource (RFC 8707) and the scope
//      the spec chooses; in the browser with a loopback redirect (RFC 8252),
//      or headless (the redirects are followed without a browser, for CI);
//   5. the code exchanged for tokens at the token endpoint.
// MCP 2026-07-28 and its extensions add steps shown after these, as they
// happen: a scope step-up (the union of granted and required scopes), a
// change of authorization server (a new registration, the old client never
// reused), DPoP (RFC 9449: the key, a proof per request, nonce retries),
// the workload identity JWT bearer grant (RFC 7523) and Enterprise-Managed
// Authorization (an ID-JAG from the enterprise IdP by RFC 8693 token
// exchange, then the JWT bearer grant).
// Every request goes through the HttpClient tap, so each step lists the
// exchanges it made. In step mode the flow stops before each request until
// proceed() sends it, as the user edited it. A failed step says the likely
// cause and the fix: its finding (the checks are in oauth/oauth_checks.h).
class OAuthFlow final : public QObject
{
    Q_OBJECT

public:
    // Browser and Headless run the authorization code flow; ClientCredentials
    // (a pre-registered confidential client, no user) skips authorization and
    // asks the token endpoint directly.
    // WorkloadIdentity presents the workload's JWT (Settings::assertion) with
    // the JWT bearer grant; EnterpriseManaged trades the user's ID token at
    // the enterprise IdP (Settings::idp) for an ID-JAG and presents that.
    enum class Mode
    {
        Browser,
        Headless,
        ClientCredentials,
        WorkloadIdentity,
        EnterpriseManaged
    };
    // Auto: DPoP when the resource asks for it (a DPoP challenge) and the
    // authorization server supports ES256; Required: always; Off: never.
    enum class DpopMode
    {
        Auto,
        Off,
        Required
    };
    enum class StepState
    {
        Pending,
        Running,
        Waiting,
        Ok,
        Failed,
        Skipped
    };
    enum class StepKind
    {
        ResourceMetadata,
        AuthServerMetadata,
        Registration,
        Authorization,
        Token,
        // Shown only when they happen (after the five above):
        StepUp,            // a 403 insufficient_scope asked for more scope
        ServerChanged,     // the resource names another authorization server than last time
        Dpop,              // the DPoP key, its proofs and nonce retries
        IdentityAssertion, // the ID-JAG token exchange at the enterprise IdP
    };

    struct Value
    {
        QString name;
        QString value;
        bool secret = false; // masked until the user reveals it
    };
    struct Step
    {
        StepKind kind;
        QString title;
        StepState state = StepState::Pending;
        QList<qint64> exchangeIds;
        QList<Value> values;
        QString explanation; // what this step does, in plain words
        QString outcome;     // what happened
        QString cause;       // when failed
        QString fix;         // when failed
        Finding finding;     // when failed: what outcome, cause and fix come from
    };
    struct Settings
    {
        Mode mode = Mode::Browser;
        bool stepMode = false;
        OAuthClient preRegistered; // clientId set: use it, no registration
        QString clientMetadataUrl; // CIMD client id, used when the server supports it
        QString clientName = QStringLiteral("McpScope");
        QString scope;       // overrides the spec's choice when set
        QString redirectUri; // headless: any; browser: empty = loopback listener
        int browserTimeoutMs = 5 * 60 * 1000;
        int requestTimeoutMs = 30000; // a server silent this long is reported as hung
        DpopMode dpop = DpopMode::Auto;
        QByteArray dpopKeyPem; // the credential's DPoP key (from the vault); empty: a new one
        QString assertion;     // WorkloadIdentity: the workload's JWT (a secret)
        struct IdentityProvider
        {
            QUrl tokenEndpoint;
            OAuthClient client; // the client at the IdP (client_id, secret)
            QString idToken;    // the user's ID token from the IdP (a secret)
        } idp;                  // EnterpriseManaged
    };

    OAuthFlow(HttpClient *http, QObject *parent = nullptr);
    ~OAuthFlow() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }

    // endpoint: the MCP server; challenge: what its 401/403 said (may be
    // empty); previousScope: the scope of the current token, for step-up
    // (the new request asks for the union).
    void start(const QUrl &endpoint, const BearerChallenge &challenge = {},
               const QString &previousScope = {});
    // Step mode: sends the request the flow is waiting on, as edited.
    void proceed(const HttpRequest &request);
    void proceed() { proceed(m_pending); }
    HttpRequest pendingRequest() const { return m_pending; }
    void cancel();

    const QList<Step> &steps() const { return m_steps; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_tokens.isValid(); }
    QString failureMessage() const;
    // The failed step's finding, its evidence the step's last exchange; an
    // empty kind while nothing failed.
    Finding failureFinding() const;
    TokenSet tokens() const { return m_tokens; }
    OAuthClient client() const { return m_client; }
    AuthServerMetadata authServer() const { return m_server; }
    ProtectedResourceMetadata resourceMetadata() const { return m_prm; }
    QString resource() const { return m_resource; }
    QString requestedScope() const { return m_scope; }
    QStringList warnings() const { return m_warnings; }
    // The DPoP signer: active (a key) once a flow chose DPoP; the session's
    // HttpClient decorates its requests with it (McpAuthorizer installs it).
    DpopSigner *dpop() const { return m_dpop; }
    bool usesDpop() const { return m_dpop->isActive(); }
    // The resource's 401 used the DPoP scheme (McpAuthorizer says so before start()).
    void setDpopChallenged(bool challenged) { m_dpopChallenged = challenged; }
    // Signs with key from now on (a stored credential's key, from the vault):
    // token requests to tokenEndpoint (a refresh) and requests presenting
    // the bound token.
    void adoptDpopKey(const DpopKey &key, const QUrl &tokenEndpoint);
    // Shows a resource-side DPoP nonce retry in the Dpop step.
    void noteResourceNonceRetry(const QString &nonce);
    // The index of kind's step in steps(), -1 when it has not happened.
    int indexOf(StepKind kind) const;

    static QString stateName(StepState state);

Q_SIGNALS:
    void stepChanged(int index);
    void waitingForApproval(int index); // step mode: pendingRequest() is ready to edit and send
    void openBrowser(const QUrl &url);  // browser mode: the UI opens it
    void warning(const QString &message);
    void finished(bool ok);

private:
    using Continue = std::function<void(HttpCall *call)>;
    // m_steps holds one Step per kind, in StepKind order.
    Step &step(StepKind kind);
    void send(StepKind kind, const HttpRequest &request, Continue next);
    void setState(StepKind kind, StepState state, const QString &outcome = {});
    // outcome: the step's failure text when it is not the finding's summary
    // (an OAuth error answer quoted with its HTTP status).
    void fail(StepKind kind, Finding finding, const QString &outcome = {});
    void addValue(StepKind kind, const QString &name, const QString &value, bool secret = false);
    // Replaces the value of that name, or adds it.
    void setValue(StepKind kind, const QString &name, const QString &value);
    void warn(const QString &message);
    void finish(bool ok);

    void fetchResourceMetadata(int attempt);
    void fetchAuthServerMetadata(int attempt);
    void registerClient();
    void authorize();
    void followAuthorization(const QUrl &url, int hops);
    void onAuthorizationResponse(const QUrlQuery &response);
    void exchangeCode(const QString &code);
    void requestToken(const HttpRequest &request, int nonceRetries = 0);
    void setUpDpop();
    void installDpop();
    void exchangeIdToken();
    static Step makeStep(StepKind kind);

    HttpClient *m_http;
    Settings m_settings;
    QList<Step> m_steps;
    QUrl m_endpoint;
    BearerChallenge m_challenge;
    QString m_previousScope;
    QList<QUrl> m_candidates;
    ProtectedResourceMetadata m_prm;
    AuthServerMetadata m_server;
    QString m_issuer;
    QString m_resource;
    OAuthClient m_client;
    QString m_scope;
    QString m_verifier;
    QString m_state;
    QString m_redirectUri;
    TokenSet m_tokens;
    QStringList m_warnings;
    HttpRequest m_pending;
    int m_pendingStep = -1;
    Continue m_pendingNext;
    std::function<void(const HttpRequest &)>
        m_pendingAction; // step mode: what proceed() does instead of sending
    LoopbackReceiver *m_receiver = nullptr;
    QPointer<HttpCall> m_inFlight;
    bool m_finished = false;
    bool m_legacyFallback = false; // no resource metadata: MCP 2025-03-26 discovery
    quint64 m_generation = 0;      // a restart or cancel orphans old callbacks
    DpopSigner *m_dpop;
    bool m_dpopChallenged = false;
    QString m_previousIssuer; // the last flow's authorization server
    QString m_grantType;      // of the token request
    int m_proofs = 0;         // DPoP proofs sent since start()
    bool m_decoratorInstalled = false;
};

} // namespace mcpscope
