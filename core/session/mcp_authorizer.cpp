#include "session/mcp_authorizer.h"

#include "net/www_authenticate.h"
#include "oauth/dpop.h"
#include "vault/token_vault.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace mcpscope {

McpAuthorizer::McpAuthorizer(HttpClient *http, QObject *parent)
    : QObject(parent), m_http(http), m_flow(new OAuthFlow(http, this)),
      m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    connect(m_flow, &OAuthFlow::finished, this, &McpAuthorizer::onFlowFinished);
    // Refresh ahead of expiry, so a request never goes out with a dead token.
    // Vault callbacks arrive when a keychain job ends, which can be after this
    // authorizer is gone (the vault outlives it): each checks a guard first.
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_refreshStopped || !m_vault || !m_credentialId)
            return;
        const qint64 id = m_credentialId;
        m_vault->refresh(id, m_http, [this, guard = QPointer(this), id](const Result<void> &done) {
            if (!guard)
                return;
            if (!done) {
                Q_EMIT problem(done.error().message);
                return;
            }
            useStored(id, m_resource, [this, id](const Result<QString> &token) {
                if (!token) {
                    Q_EMIT problem(token.error().message); // e.g. refused for this resource
                    return;
                }
                if (m_client)
                    m_client->setBearerToken(*token);
                Q_EMIT refreshed(id);
            });
        });
    });
}

void McpAuthorizer::useStored(qint64 id, const QString &resource,
                              std::function<void(const Result<QString> &)> done)
{
    const auto credential = m_vault ? m_vault->credential(id) : std::nullopt;
    if (!credential) {
        done(makeError(ErrorCode::VaultMissing, tr("The stored credential is gone.")));
        return;
    }
    // The vault refuses a token for any resource but its own.
    m_resource = resource;
    m_vault->bearerToken(
        id, resource,
        [this, guard = QPointer(this), id, credential, done](const Result<QString> &token) {
            if (!guard)
                return;
            if (token) {
                m_credentialId = id;
                m_tokens.accessToken = *token;
                if (m_flow->usesDpop())
                    m_flow->dpop()->setBoundToken(*token);
                m_tokens.scope = credential->scope;
                m_tokens.obtainedAtMs = credential->obtainedAtMs;
                m_tokens.expiresAtMs = credential->expiresAtMs;
                scheduleRefresh();
            }
            done(token);
        });
}

void McpAuthorizer::stopRefreshing()
{
    m_refreshStopped = true;
    m_refreshTimer->stop();
}

void McpAuthorizer::resumeRefreshing()
{
    m_refreshStopped = false;
    scheduleRefresh();
}

bool McpAuthorizer::isRefreshScheduled() const
{
    return m_refreshTimer->isActive();
}

void McpAuthorizer::scheduleRefresh()
{
    m_refreshTimer->stop();
    if (m_refreshStopped || !m_vault || !m_credentialId)
        return;
    const auto credential = m_vault->credential(m_credentialId);
    if (!credential || !credential->hasRefreshToken || credential->expiresAtMs <= 0)
        return;
    // The moment needsRefresh() turns true.
    const qint64 lifetime = credential->expiresAtMs - credential->obtainedAtMs;
    const qint64 ahead = lifetime > 0 && lifetime < 2 * m_vault->refreshAheadMs()
                             ? lifetime / 2
                             : m_vault->refreshAheadMs();
    const qint64 in = credential->expiresAtMs - ahead - QDateTime::currentMSecsSinceEpoch();
    m_refreshTimer->start(int(std::clamp<qint64>(in, 0, std::numeric_limits<int>::max())));
}

void McpAuthorizer::prepare(const QUrl &endpoint, std::function<void()> done)
{
    const QString resource = canonicalResource(endpoint);
    const auto credential = m_vault ? m_vault->credentialFor(resource) : std::nullopt;
    if (!credential) {
        done();
        return;
    }
    const qint64 id = credential->id;
    const QUrl tokenEndpoint = credential->authServer().tokenEndpoint;
    const auto load = [this, id, resource, done] {
        useStored(id, resource, [this, done](const Result<QString> &token) {
            if (token && m_client)
                m_client->setBearerToken(*token);
            else if (!token)
                Q_EMIT problem(token.error().message);
            done();
        });
    };
    const bool due = m_vault->needsRefresh(*credential, QDateTime::currentMSecsSinceEpoch()) &&
                     credential->hasRefreshToken;
    const auto refreshThenLoad = [this, id, due, load] {
        if (!due) {
            load();
            return;
        }
        m_vault->refresh(id, m_http,
                         [this, guard = QPointer(this), load](const Result<void> &refreshed) {
                             if (!guard)
                                 return;
                             if (!refreshed)
                                 Q_EMIT problem(refreshed.error().message);
                             load();
                         });
    };
    // A DPoP-bound credential: its key (from the keychain) signs the refresh
    // and every request with the token.
    m_vault->dpopKey(id, [this, guard = QPointer(this), tokenEndpoint,
                          refreshThenLoad](const Result<QString> &pem) {
        if (!guard)
            return;
        if (pem && !pem->isEmpty()) {
            const auto key = loadDpopKey(pem->toLatin1());
            if (key)
                m_flow->adoptDpopKey(*key, tokenEndpoint);
            else
                Q_EMIT problem(key.error().message);
        }
        refreshThenLoad();
    });
}

void McpAuthorizer::attach(McpClient *client)
{
    m_client = client;
    client->setAuthorizationHandler([this](const McpClient::AuthorizationNeed &need,
                                           std::function<void(const Result<QString> &)> done) {
        // RFC 9449 §9: the resource wants a nonce in the proof; the same token
        // again (McpClient bounds the attempts per request).
        const auto dpop = dpopChallenge(need.responseHeaders);
        const QString nonce = dpopNonce(need.responseHeaders);
        if (need.status == 401 && dpop && dpop->error == u"use_dpop_nonce" && !nonce.isEmpty() &&
            m_flow->usesDpop() && !m_flow->dpop()->boundToken().isEmpty()) {
            m_flow->dpop()->setNonce(need.endpoint, nonce);
            m_flow->noteResourceNonceRetry(nonce);
            done(m_flow->dpop()->boundToken());
            return;
        }
        // A stored token that was refused: refresh it once before a new flow.
        if (need.status == 401 && m_vault && m_credentialId && !m_triedRefresh) {
            m_triedRefresh = true;
            const qint64 id = m_credentialId;
            const auto credential = m_vault->credential(id);
            if (credential && credential->hasRefreshToken) {
                m_vault->refresh(
                    id, m_http,
                    [this, guard = QPointer(this), id, need, done](const Result<void> &refreshed) {
                        if (!guard)
                            return;
                        if (!refreshed) {
                            Q_EMIT problem(refreshed.error().message);
                            runFlow(need, done);
                            return;
                        }
                        Q_EMIT this->refreshed(id);
                        useStored(id, canonicalResource(need.endpoint), done);
                    });
                return;
            }
        }
        runFlow(need, done);
    });
}

void McpAuthorizer::runFlow(const McpClient::AuthorizationNeed &need,
                            std::function<void(const Result<QString> &)> done)
{
    BearerChallenge challenge = bearerChallenge(need.responseHeaders).value_or(BearerChallenge{});
    // A DPoP challenge (RFC 9449 §7.1) says the same things, and that the
    // resource wants DPoP-bound tokens.
    const auto dpop = dpopChallenge(need.responseHeaders);
    if (dpop && challenge.resourceMetadata.isEmpty() && challenge.scope.isEmpty()) {
        challenge.error = dpop->error;
        challenge.errorDescription = dpop->errorDescription;
        challenge.scope = dpop->scope;
        challenge.resourceMetadata = dpop->resourceMetadata;
    }
    m_flow->setDpopChallenged(dpop.has_value());
    if (const auto readable = checkWwwAuthenticate(need.responseHeaders); !readable)
        Q_EMIT m_flow->warning(readable.error().message);
    // A step-up keeps what was granted and adds what is asked (MCP scope
    // challenge handling); a 401 starts afresh.
    const QString previous = need.status == 403 ? m_tokens.scope : QString();
    m_pendingDone = std::move(done);
    Q_EMIT flowStarted(need);
    m_flow->start(need.endpoint, challenge, previous);
}

void McpAuthorizer::onFlowFinished(bool ok)
{
    // Whoever started the flow (a 401, or the user in the inspector), its
    // tokens become the session's.
    auto done = std::exchange(m_pendingDone, nullptr);
    if (!ok) {
        const QString why = m_flow->failureMessage();
        Q_EMIT authorizationFailed(why);
        if (done)
            done(Failure{Error{ErrorCode::OAuthFlow, why}});
        return;
    }
    m_tokens = m_flow->tokens();
    m_triedRefresh = false;
    if (m_client && !done)
        m_client->setBearerToken(m_tokens.accessToken);
    Q_EMIT authorized(m_tokens);
    const auto finish = [this, done] {
        if (done)
            done(m_tokens.accessToken);
    };
    if (!m_vault) {
        finish();
        return;
    }
    m_vault->store(m_flow->resource(), m_flow->authServer(), m_flow->client(), m_tokens,
                   [this, guard = QPointer(this), finish](const Result<qint64> &id) {
                       if (!guard)
                           return;
                       if (!id) {
                           Q_EMIT problem(id.error().message);
                           finish();
                           return;
                       }
                       m_credentialId = *id;
                       m_resource = m_flow->resource(); // what the refresh timer loads it for
                       scheduleRefresh();
                       const auto kept = [this, guard, finish,
                                          stored = *id](const Result<void> &written) {
                           if (!guard)
                               return;
                           if (!written)
                               Q_EMIT problem(written.error().message);
                           Q_EMIT this->stored(stored);
                           finish();
                       };
                       // A DPoP-bound token is worth nothing without its key: the key
                       // goes to the keychain with it.
                       if (m_flow->usesDpop())
                           m_vault->storeDpopKey(*id, m_flow->dpop()->key().privateKeyPem, kept);
                       else
                           kept({});
                   });
}

} // namespace mcpscope
