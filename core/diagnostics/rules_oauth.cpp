// Passive rules: OAuth and tokens (diagnostic_rule.h).
//
// They read what the store holds: tokens, codes, verifiers and secrets are
// placeholders, but grant_type, redirect_uri, client_id, scope, resource,
// code_challenge(_method), state, OAuth error codes, WWW-Authenticate and the
// metadata documents are not. What only the raw values tell (a verifier that
// does not match its challenge, a refresh token sent twice, a JWT's exp and
// aud) is the token facts observer's (token_facts_observer.h), which raises
// the same kinds live.
#include "diagnostics/diagnostic_rule.h"
#include "diagnostics/oauth_traffic.h"
#include "diagnostics/token_facts_observer.h"
#include "oauth/oauth_checks.h"
#include "oauth/oauth_metadata.h"
#include "oauth/oauth_types.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace mcpscope {

namespace {

using namespace OAuthTraffic;

// An invalid_grant for a code this long after it was issued is taken to be
// an expired code (when the redirect_uri and PKCE rule the other causes out).
// Codes that are exchanged at once take milliseconds.
constexpr qint64 kLateCodeMs = 1000;
// A URL visited this often in one chain of redirects is a loop.
constexpr int kLoopVisits = 3;

QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(' '));
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

// One rule object for the whole group: the parts share what they learn about
// the session's flow (the authorization request, the registered clients, the
// tokens issued).
class OAuthRule final : public DiagnosticRule
{
    struct Authorization
    {
        AuthorizationRequest request;
        qint64 exchangeId = 0;
        qint64 atMs = 0;
        qint64 codeAtMs = 0; // when the redirect carrying the code came, 0 = not seen
    };
    struct Registration
    {
        QString endpoint;
        QStringList redirectUris;
        qint64 exchangeId = 0;
    };
    struct Issued
    {
        qint64 exchangeId = 0;
        qint64 atMs = 0;
        qint64 expiresAtMs = 0; // 0 = no lifetime given
        QString resource;
    };

public:
    void input(const RuleInput &in, RuleReport &out) override
    {
        const Exchange *e = in.exchange;
        if (!e || e->status == 0)
            return;
        // Raw records (a live run) tell what redaction hides; a redacted
        // store's give the facts part nothing.
        m_liveRaised = false;
        for (const Finding &f : m_facts.read(*e, in.capturedNowMs)) {
            m_liveRaised = true;
            if (const FindingKind *kind = findingKind(f.kind))
                out.raise(kind->id, f.arguments,
                          f.kind.startsWith(QLatin1String("oauth.token.")) ? f.arguments.value(0)
                                                                           : QString(),
                          f.exchangeIds);
        }
        // The common case (an MCP answer: 200, a POST with a JSON-RPC body)
        // goes through cheap tests only.
        if (e->status == 401)
            unauthorized(*e, out);
        if (e->status >= 300 && e->status < 400)
            redirected(*e, out);
        else
            m_chain.clear();
        if (e->method == "GET") {
            if (e->url.contains(QLatin1String("response_type=")))
                if (const auto request = authorizationRequest(*e))
                    authorization(*e, *request, out);
            if (e->status == 200 && e->url.contains(QLatin1String("/.well-known/")))
                metadata(*e, out);
        } else if (e->method == "POST" && !e->requestBody.isEmpty()) {
            if (e->requestBody.contains("grant_type="))
                if (const auto request = tokenRequest(*e))
                    token(*e, *request, out);
            if ((e->status == 200 || e->status == 201) && e->requestBody.contains("redirect_uris"))
                registration(*e);
        }
    }

private:
    // -- the authorization request and its redirects
    void authorization(const Exchange &e, const AuthorizationRequest &request, RuleReport &out)
    {
        Authorization a{request, e.id, e.startedAtMs, 0};
        const QString target = redirectTarget(e);
        if (!target.isEmpty() && !queryValue(target, QStringLiteral("code")).isEmpty())
            a.codeAtMs = answeredAtMs(e);
        m_authorizations.insert(request.clientId, a);
        m_lastAuthorization = request.clientId;
        if (!request.hasCodeChallenge)
            out.raise("oauth.pkce.no_challenge", {request.endpoint}, request.endpoint, {e.id});
        else if (request.codeChallengeMethod != u"S256")
            out.raise("oauth.pkce.plain",
                      {request.endpoint, request.codeChallengeMethod.isEmpty()
                                             ? QCoreApplication::translate(
                                                   "mcpscope::Findings", "(none: plain by default)")
                                             : request.codeChallengeMethod},
                      request.endpoint, {e.id});
        if (e.status >= 400)
            authorizationRefused(e, request, out);
        else if (!target.isEmpty())
            authorizationError(e, target, out);
    }

    void authorizationRefused(const Exchange &e, const AuthorizationRequest &request,
                              RuleReport &out)
    {
        const auto registered = m_registrations.constFind(request.clientId);
        const bool aboutRedirect =
            e.status == 400 && e.responseBody.left(64 * 1024).toLower().contains("redirect");
        if (aboutRedirect && registered != m_registrations.constEnd() &&
            !registered->redirectUris.contains(request.redirectUri)) {
            out.raise("oauth.authorization.redirect_not_registered",
                      {request.redirectUri, request.clientId,
                       registered->redirectUris.join(QLatin1String(", ")),
                       QString::number(e.status)},
                      request.clientId, {registered->exchangeId, e.id});
            return;
        }
        // As the live flow explains it: an OAuth error, a page about the
        // redirect URI (for a client not registered in this capture, so
        // taken to be pre-registered), or a page.
        report(out, OAuthChecks::authorizationPage(e, true, request.redirectUri), {e.id});
    }

    // A redirect carrying an OAuth error (RFC 6749 §4.1.2.1), to the client.
    void authorizationError(const Exchange &e, const QString &target, RuleReport &out)
    {
        const QString error = queryValue(target, QStringLiteral("error"));
        if (!error.isEmpty())
            report(out,
                   oauthErrorFinding(QStringLiteral("authorize"), error,
                                     queryValue(target, QStringLiteral("error_description"))),
                   {e.id});
    }

    void redirected(const Exchange &e, RuleReport &out)
    {
        const QString target = redirectTarget(e);
        // The code arrives with the last redirect of the chain; its state
        // names the authorization request.
        if (!target.isEmpty() && !queryValue(target, QStringLiteral("code")).isEmpty()) {
            const QString state = queryValue(target, QStringLiteral("state"));
            for (Authorization &a : m_authorizations)
                if (a.request.state == state && a.codeAtMs == 0)
                    a.codeAtMs = answeredAtMs(e);
        }
        if (e.method != "GET")
            return;
        const QString here = e.url.section(QLatin1Char('#'), 0, 0);
        if (m_chain.isEmpty() || m_chainNext != here) {
            m_chain.clear();
            m_chainVisits.clear();
            m_loopRaised = false;
        }
        m_chain.append(e.id);
        const int visits = ++m_chainVisits[here];
        m_chainNext = target.section(QLatin1Char('#'), 0, 0);
        if (visits >= kLoopVisits && !m_loopRaised) {
            m_loopRaised = true;
            out.raise("oauth.redirect_loop", {here, QString::number(m_chain.size())}, here,
                      m_chain);
        }
    }

    // -- the token endpoint
    void token(const Exchange &e, const TokenRequest &request, RuleReport &out)
    {
        const Authorization *a = nullptr;
        if (request.grantType == u"authorization_code") {
            const QString clientId =
                request.has("client_id") ? request.value("client_id") : m_lastAuthorization;
            auto found = m_authorizations.constFind(clientId);
            if (found == m_authorizations.constEnd())
                found = m_authorizations.constFind(m_lastAuthorization);
            if (found != m_authorizations.constEnd())
                a = &*found;
            if (a && a->request.hasCodeChallenge && !request.has("code_verifier"))
                out.raise("oauth.pkce.no_verifier", {request.endpoint}, request.endpoint,
                          {a->exchangeId, e.id});
        }
        const auto answer = jsonAnswer(e);
        if (!answer)
            return;
        const QString error = answer->value(QStringLiteral("error")).toString();
        const QString description = answer->value(QStringLiteral("error_description")).toString();
        if (error.isEmpty()) {
            if (e.status == 200 && answer->contains(QStringLiteral("access_token")))
                issued(e, request, *answer, a, out);
            return;
        }
        if (m_liveRaised)
            return; // the raw values told the cause
        if (error == u"invalid_grant" && request.grantType == u"authorization_code")
            codeRefused(e, request, a, error, description, out);
        else if (error == u"invalid_grant" && request.grantType == u"refresh_token")
            refreshRefused(e, error, description, out);
        else if (error == u"invalid_client")
            clientRefused(e, request, a, error, description, out);
        else if (error == u"invalid_request" && grantNotAllowed(description))
            // Some servers (oidc-provider) say invalid_request for what RFC
            // 6749 calls unauthorized_client.
            out.raise("oauth.unauthorized_client", {error, description}, error, {e.id});
        else
            report(out, oauthErrorFinding(QStringLiteral("token"), error, description), {e.id});
    }

    static bool grantNotAllowed(const QString &description)
    {
        return description.contains(QLatin1String("grant type"), Qt::CaseInsensitive) &&
               description.contains(QLatin1String("not allowed"), Qt::CaseInsensitive);
    }

    void codeRefused(const Exchange &e, const TokenRequest &request, const Authorization *a,
                     const QString &error, const QString &description, RuleReport &out)
    {
        if (a && request.has("redirect_uri") &&
            request.value("redirect_uri") != a->request.redirectUri) {
            out.raise("oauth.invalid_grant.redirect_differs",
                      {request.value("redirect_uri"), a->request.redirectUri, error, description},
                      {}, {a->exchangeId, e.id});
            return;
        }
        if (a && (!a->request.hasCodeChallenge || request.has("code_verifier"))) {
            const qint64 issuedAt = a->codeAtMs > 0 ? a->codeAtMs : a->atMs;
            const qint64 late = e.startedAtMs - issuedAt;
            if (late >= kLateCodeMs) {
                out.raise("oauth.invalid_grant.code_expired", {seconds(late), error, description},
                          {}, {a->exchangeId, e.id});
                return;
            }
        }
        if (a && a->request.hasCodeChallenge && !request.has("code_verifier"))
            return; // oauth.pkce.no_verifier says it
        report(out, oauthErrorFinding(QStringLiteral("token"), error, description), {e.id});
    }

    void refreshRefused(const Exchange &e, const QString &error, const QString &description,
                        RuleReport &out)
    {
        if (m_rotatedAt != 0)
            out.raise("oauth.invalid_grant.refresh_reused", {error, description}, {},
                      {m_rotatedAt, e.id});
        else
            report(out, oauthErrorFinding(QStringLiteral("refresh"), error, description), {e.id});
    }

    void clientRefused(const Exchange &e, const TokenRequest &request, const Authorization *a,
                       const QString &error, const QString &description, RuleReport &out)
    {
        QString clientId = request.value("client_id");
        if (clientId.isEmpty() && a)
            clientId = a->request.clientId;
        if (clientId.isEmpty() && !m_lastAuthorization.isEmpty())
            clientId = m_lastAuthorization;
        const auto registered = m_registrations.constFind(clientId);
        if (!clientId.isEmpty() && registered != m_registrations.constEnd() &&
            origin(registered->endpoint) != origin(request.endpoint)) {
            out.raise("oauth.invalid_client.other_issuer",
                      {clientId, origin(registered->endpoint), origin(request.endpoint), error},
                      clientId, {registered->exchangeId, e.id});
            return;
        }
        const QString shownId =
            !clientId.isEmpty()
                ? clientId
                : QCoreApplication::translate("mcpscope::Findings",
                                              "(its id is in the redacted Basic header)");
        if (!request.authMethod.isEmpty())
            out.raise("oauth.invalid_client.secret_refused",
                      {shownId, request.authMethod, request.endpoint, error, description}, clientId,
                      {e.id});
        else
            out.raise("oauth.invalid_client.unknown_client",
                      {shownId, request.endpoint, error, description}, clientId, {e.id});
    }

    void issued(const Exchange &e, const TokenRequest &request, const QJsonObject &answer,
                const Authorization *a, RuleReport &out)
    {
        Issued token;
        token.exchangeId = e.id;
        token.atMs = answeredAtMs(e);
        const double expiresIn = answer.value(QStringLiteral("expires_in")).toDouble(-1);
        if (expiresIn > 0)
            token.expiresAtMs = token.atMs + qint64(std::min(expiresIn, 1e10) * 1000);
        token.resource = request.value("resource");
        if (token.resource.isEmpty() && a)
            token.resource = a->request.resource;
        m_issued = token;
        if (request.grantType == u"refresh_token" &&
            answer.contains(QStringLiteral("refresh_token")))
            m_rotatedAt = e.id;
        // Scope: omitted in the answer means as requested (RFC 6749 §5.1).
        QString requested = request.value("scope");
        if (requested.isEmpty() && a && request.grantType == u"authorization_code")
            requested = a->request.scope;
        if (requested.isEmpty() || !answer.contains(QStringLiteral("scope")))
            return;
        const QString granted = answer.value(QStringLiteral("scope")).toString();
        const QStringList grantedList = scopes(granted);
        QStringList missing;
        for (const QString &s : scopes(requested))
            if (!grantedList.contains(s))
                missing << s;
        if (!missing.isEmpty())
            out.raise("oauth.scope.not_granted", {requested, granted, joined(missing)},
                      requested + QLatin1Char('\n') + granted,
                      a ? QList<qint64>{a->exchangeId, e.id} : QList<qint64>{e.id});
    }

    void registration(const Exchange &e)
    {
        const auto answer = jsonAnswer(e);
        if (!answer)
            return;
        const QString clientId = answer->value(QStringLiteral("client_id")).toString();
        if (clientId.isEmpty())
            return;
        Registration r;
        r.endpoint = withoutQuery(e.url);
        r.exchangeId = e.id;
        for (const QJsonValue &uri : answer->value(QStringLiteral("redirect_uris")).toArray())
            r.redirectUris << uri.toString();
        m_registrations.insert(clientId, r);
    }

    // -- the resource server's 401
    void unauthorized(const Exchange &e, RuleReport &out)
    {
        const QString where = withoutQuery(e.url);
        const QByteArray challenge = e.responseHeader("www-authenticate");
        if (challenge.isEmpty())
            out.raise("oauth.challenge.missing", {where}, where, {e.id});
        else if (challenge.toLower().startsWith("bearer") &&
                 !challenge.toLower().contains("resource_metadata"))
            out.raise("oauth.challenge.no_resource_metadata",
                      {where, QString::fromUtf8(challenge.left(300))}, where, {e.id});
        const QByteArray authorization = e.requestHeader("authorization").trimmed();
        if (authorization.isEmpty()) {
            if (m_issued.exchangeId != 0 &&
                (m_issued.resource.isEmpty() || resourceCovers(m_issued.resource, where)))
                out.raise("oauth.authorization_header.missing", {where}, where,
                          {m_issued.exchangeId, e.id});
            return;
        }
        const qsizetype space = authorization.indexOf(' ');
        const QByteArray scheme = space > 0 ? authorization.first(space) : QByteArray();
        if (scheme.compare("Bearer", Qt::CaseInsensitive) != 0 &&
            scheme.compare("DPoP", Qt::CaseInsensitive) != 0) {
            out.raise("oauth.authorization_header.malformed",
                      {where, scheme.isEmpty() ? QCoreApplication::translate("mcpscope::Findings",
                                                                             "(none: a bare value)")
                                               : QString::fromUtf8(scheme.left(40))},
                      where, {e.id});
            return;
        }
        if (m_issued.exchangeId == 0)
            return;
        if (!m_issued.resource.isEmpty() && !resourceCovers(m_issued.resource, where)) {
            out.raise("oauth.token.audience_mismatch", {where, m_issued.resource}, where,
                      {m_issued.exchangeId, e.id});
            return;
        }
        if (m_issued.expiresAtMs > 0 && e.startedAtMs > m_issued.expiresAtMs)
            out.raise("oauth.token.expired",
                      {where, isoTime(e.startedAtMs), isoTime(m_issued.expiresAtMs),
                       seconds(e.startedAtMs - m_issued.expiresAtMs)},
                      where, {m_issued.exchangeId, e.id});
    }

    // -- metadata documents
    void metadata(const Exchange &e, RuleReport &out)
    {
        const QString url = withoutQuery(e.url);
        const bool oauth = url.contains(QLatin1String("/.well-known/oauth-authorization-server"));
        const bool oidc = url.contains(QLatin1String("/.well-known/openid-configuration"));
        const bool resource = url.contains(QLatin1String("/.well-known/oauth-protected-resource"));
        if (!oauth && !oidc && !resource)
            return;
        const auto doc = jsonAnswer(e);
        if (!doc)
            return;
        if (resource) {
            for (const QJsonValue &server :
                 doc->value(QStringLiteral("authorization_servers")).toArray())
                if (isInsecureRemote(QUrl(server.toString())))
                    out.raise("oauth.insecure_issuer",
                              {QStringLiteral("authorization_servers"), server.toString()},
                              server.toString(), {e.id});
            return;
        }
        const QString issuer = doc->value(QStringLiteral("issuer")).toString();
        // The issuer the URL was built from (RFC 8414 §3.1; OIDC appends).
        const QString wellKnown = oauth ? QStringLiteral("/.well-known/oauth-authorization-server")
                                        : QStringLiteral("/.well-known/openid-configuration");
        const QString base = origin(url);
        const QString path = QUrl(url).path();
        const qsizetype at = path.indexOf(wellKnown);
        const QString expected = base + (at > 0 ? path.left(at) : path.mid(at + wellKnown.size()));
        if (!issuer.isEmpty() && !sameIdentifier(issuer, expected))
            out.raise("oauth.as_metadata.issuer_url", {issuer, url, expected}, url, {e.id});
        const auto list = [&](const char *name) {
            QStringList values;
            for (const QJsonValue &v : doc->value(QLatin1String(name)).toArray())
                values << v.toString();
            return values;
        };
        const QString authorizationEndpoint =
            doc->value(QStringLiteral("authorization_endpoint")).toString();
        if (!authorizationEndpoint.isEmpty() &&
            !list("code_challenge_methods_supported").contains(u"S256")) {
            const QStringList methods = list("code_challenge_methods_supported");
            out.raise("oauth.pkce_s256_unsupported",
                      {methods.isEmpty()
                           ? QCoreApplication::translate("mcpscope::Findings", "absent")
                           : joined(methods)},
                      url, {e.id});
        }
        const QString issuerOrigin = origin(issuer.isEmpty() ? expected : issuer);
        for (const char *member :
             {"authorization_endpoint", "token_endpoint", "registration_endpoint"}) {
            const QString endpoint = doc->value(QLatin1String(member)).toString();
            if (!endpoint.isEmpty() && origin(endpoint) != issuerOrigin)
                out.raise("oauth.as_metadata.foreign_endpoint",
                          {QString::fromLatin1(member), endpoint, issuer}, endpoint, {e.id});
        }
        const QStringList responseTypes = list("response_types_supported");
        const QStringList grantTypes = list("grant_types_supported");
        // RFC 8414: grant_types_supported defaults to authorization_code and implicit.
        const bool code = responseTypes.contains(u"code");
        const bool grant = grantTypes.isEmpty() || grantTypes.contains(u"authorization_code");
        if ((code && !grant) ||
            (!responseTypes.isEmpty() && !code && grant && !grantTypes.isEmpty()))
            out.raise("oauth.as_metadata.grant_response_mismatch",
                      {joined(responseTypes), joined(grantTypes)}, url, {e.id});
        for (const char *member : {"issuer", "authorization_endpoint", "token_endpoint"}) {
            const QString value = doc->value(QLatin1String(member)).toString();
            if (!value.isEmpty() && isInsecureRemote(QUrl(value)))
                out.raise("oauth.insecure_issuer", {QString::fromLatin1(member), value}, value,
                          {e.id});
        }
    }

    // A finding built by the OAuth code (its kind and arguments), raised here.
    static void report(RuleReport &out, const Finding &f, const QList<qint64> &evidence)
    {
        const FindingKind *kind = findingKind(f.kind);
        if (kind)
            out.raise(kind->id, f.arguments, f.arguments.value(0), evidence);
    }

    TokenFactsObserver m_facts;
    bool m_liveRaised = false;
    QHash<QString, Authorization> m_authorizations; // by client_id
    QString m_lastAuthorization;
    QHash<QString, Registration> m_registrations; // by client_id
    Issued m_issued;                              // the last access token issued
    qint64 m_rotatedAt = 0; // the last refresh that returned a new refresh token
    QList<qint64> m_chain;  // the redirects followed so far
    QHash<QString, int> m_chainVisits;
    QString m_chainNext;
    bool m_loopRaised = false;
};

} // namespace

RuleList oauthRules()
{
    RuleList rules;
    rules.push_back(std::make_unique<OAuthRule>());
    return rules;
}

} // namespace mcpscope
