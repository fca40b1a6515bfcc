#include "diagnostics/token_facts_observer.h"

#include "common/known_secrets.h"
#include "diagnostics/oauth_traffic.h"
#include "oauth/jwt.h"
#include "oauth/pkce.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QMutexLocker>

#include <utility>

namespace mcpscope {

namespace {

using namespace OAuthTraffic;

// A value that was not redacted (a store's copy holds the placeholder).
bool isFact(QByteArrayView value)
{
    return !value.isEmpty() && !value.contains(kRedactedPlaceholder);
}

bool isFact(const QString &value)
{
    return isFact(QByteArrayView(value.toUtf8()));
}

QByteArray hashOf(QByteArrayView secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

QByteArray hashOf(const QString &secret)
{
    return hashOf(QByteArrayView(secret.toUtf8()));
}

// A JWT's claims, when the token is one (three dot-separated parts).
std::optional<QJsonObject> jwtClaims(QByteArrayView token)
{
    if (token.count('.') != 2)
        return std::nullopt;
    const auto jwt = decodeJwt(token);
    if (!jwt)
        return std::nullopt;
    return jwt->claims;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

} // namespace

TokenFactsObserver::TokenFactsObserver(FindingSink *sink)
    : m_sink(sink), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

TokenFactsObserver::~TokenFactsObserver() = default;

void TokenFactsObserver::setSessionId(qint64 sessionId)
{
    QMutexLocker lock(&m_mutex);
    m_sessionId = sessionId;
}

void TokenFactsObserver::setClock(Clock clock)
{
    QMutexLocker lock(&m_mutex);
    m_clock = std::move(clock);
}

QList<Finding> TokenFactsObserver::findings() const
{
    QMutexLocker lock(&m_mutex);
    return m_findings;
}

void TokenFactsObserver::exchangeRecorded(const Exchange &raw)
{
    Clock clock;
    {
        QMutexLocker lock(&m_mutex);
        clock = m_clock;
    }
    read(raw, clock ? clock() : 0);
}

QList<Finding> TokenFactsObserver::read(const Exchange &raw, qint64 nowMs)
{
    // Final answers only: a stream is recorded as it grows.
    if (raw.state != Exchange::State::Complete || raw.status == 0)
        return {};
    const bool authorization =
        raw.method == "GET" && raw.url.contains(QLatin1String("response_type="));
    const bool redirect = raw.status >= 300 && raw.status < 400;
    const bool token = raw.method == "POST" && raw.requestBody.contains("grant_type=");
    const bool refused = raw.status == 401 && !raw.requestHeader("authorization").isEmpty();
    if (!authorization && !redirect && !token && !refused)
        return {};
    QMutexLocker lock(&m_mutex);
    if (m_sessionId != 0 && raw.sessionId != m_sessionId)
        return {};
    if (raw.id != 0 && m_done.contains(raw.id))
        return {};
    m_raised.clear();
    if (raw.id != 0)
        m_done.insert(raw.id);
    if (authorization)
        authorizationSent(raw);
    if (redirect) {
        const QString target = redirectTarget(raw);
        if (!target.isEmpty() && !queryValue(target, QStringLiteral("code")).isEmpty())
            codeIssued(raw, target);
    }
    if (token)
        tokenAnswered(raw, nowMs);
    if (refused)
        unauthorized(raw);
    return std::exchange(m_raised, {});
}

void TokenFactsObserver::authorizationSent(const Exchange &raw)
{
    const auto request = authorizationRequest(raw);
    if (!request || !request->hasCodeChallenge)
        return;
    const Challenge c{request->codeChallenge.toLatin1(),
                      request->codeChallengeMethod.isEmpty() ? QStringLiteral("plain")
                                                             : request->codeChallengeMethod,
                      raw.id};
    m_challengeByState.insert(request->state, c);
    m_challengeByClient.insert(request->clientId, c);
}

void TokenFactsObserver::codeIssued(const Exchange &raw, const QString &target)
{
    Q_UNUSED(raw)
    const QString code = queryValue(target, QStringLiteral("code"));
    const auto c = m_challengeByState.constFind(queryValue(target, QStringLiteral("state")));
    if (c != m_challengeByState.constEnd() && isFact(code))
        m_challengeByCode.insert(hashOf(code), *c);
}

void TokenFactsObserver::tokenAnswered(const Exchange &raw, qint64 nowMs)
{
    const auto request = tokenRequest(raw);
    if (!request)
        return;
    const auto answer = jsonAnswer(raw);
    if (!answer)
        return;
    const QString error = answer->value(QStringLiteral("error")).toString();
    const QString description = answer->value(QStringLiteral("error_description")).toString();
    const bool invalidGrant = error == u"invalid_grant";
    if (request->grantType == u"authorization_code" && isFact(request->value("code"))) {
        const QByteArray code = hashOf(request->value("code"));
        const qint64 earlier = m_codesSent.value(code);
        if (earlier == 0)
            m_codesSent.insert(code, raw.id);
        if (invalidGrant && earlier != 0) {
            raise(raw, "oauth.invalid_grant.code_reused", {error, description}, {earlier, raw.id});
        } else if (invalidGrant && isFact(request->value("code_verifier"))) {
            std::optional<Challenge> c;
            if (const auto byCode = m_challengeByCode.constFind(code);
                byCode != m_challengeByCode.constEnd())
                c = *byCode;
            else if (const auto byClient =
                         m_challengeByClient.constFind(request->value("client_id"));
                     byClient != m_challengeByClient.constEnd())
                c = *byClient;
            if (c) {
                const QByteArray verifier = request->value("code_verifier").toLatin1();
                const QByteArray expected =
                    c->method == u"S256" ? Pkce::challengeS256(verifier) : verifier;
                if (expected != c->challenge)
                    raise(raw, "oauth.invalid_grant.verifier_mismatch", {error, description},
                          {c->exchangeId, raw.id});
            }
        }
    } else if (request->grantType == u"refresh_token" && isFact(request->value("refresh_token"))) {
        const QByteArray sent = hashOf(request->value("refresh_token"));
        const qint64 rotated = m_refreshUsed.value(sent);
        if (invalidGrant && rotated != 0)
            raise(raw, "oauth.invalid_grant.refresh_reused", {error, description},
                  {rotated, raw.id});
        const QString next = answer->value(QStringLiteral("refresh_token")).toString();
        if (error.isEmpty() && !next.isEmpty() && hashOf(next) != sent && rotated == 0)
            m_refreshUsed.insert(sent, raw.id);
    }
    if (!error.isEmpty() || raw.status != 200)
        return;
    const double expiresIn = answer->value(QStringLiteral("expires_in")).toDouble(-1);
    const qint64 expiresAt =
        expiresIn > 0 ? answeredAtMs(raw) + qint64(std::min(expiresIn, 1e10) * 1000) : 0;
    tokenReceived(answer->value(QStringLiteral("access_token")).toString().toUtf8(), raw, expiresAt,
                  nowMs);
    const QString idToken = answer->value(QStringLiteral("id_token")).toString();
    if (!idToken.isEmpty())
        tokenReceived(idToken.toUtf8(), raw, 0, nowMs);
}

void TokenFactsObserver::tokenReceived(const QByteArray &token, const Exchange &raw,
                                       qint64 expiresAtMs, qint64 nowMs)
{
    if (!isFact(QByteArrayView(token)))
        return;
    const QByteArray hash = hashOf(QByteArrayView(token));
    m_accessTokens.insert(hash, {expiresAtMs, raw.id});
    const auto claims = jwtClaims(token);
    if (!claims || nowMs <= 0 || m_skewReported.contains(hash))
        return;
    const qint64 now = nowMs;
    for (const char *name : {"iat", "nbf"}) {
        const double at = claims->value(QLatin1String(name)).toDouble(-1);
        if (at <= 0)
            continue;
        const qint64 atMs = qint64(at * 1000);
        if (atMs - now > kSkewToleranceMs) {
            m_skewReported.insert(hash);
            raise(raw, "net.clock_skew.token",
                  {QString::fromLatin1(name), isoTime(atMs), seconds(atMs - now), isoTime(now)},
                  {raw.id});
            return;
        }
    }
}

void TokenFactsObserver::unauthorized(const Exchange &raw)
{
    const QByteArray authorization = raw.requestHeader("authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    if (space <= 0)
        return;
    const QByteArray token = authorization.sliced(space + 1).trimmed();
    if (!isFact(QByteArrayView(token)))
        return;
    const QString where = withoutQuery(raw.url);
    const QByteArray tokenHash = hashOf(QByteArrayView(token));
    const TokenFacts facts = m_accessTokens.value(tokenHash);
    // One finding per token and kind: a client retrying with it adds none.
    const auto once = [this, &tokenHash](const char *kind) {
        const QByteArray key = QByteArray(kind) + tokenHash;
        if (m_refusalReported.contains(key))
            return false;
        m_refusalReported.insert(key);
        return true;
    };
    QList<qint64> evidence;
    if (facts.exchangeId != 0)
        evidence << facts.exchangeId;
    evidence << raw.id;
    qint64 expiresAtMs = facts.expiresAtMs;
    if (const auto claims = jwtClaims(token)) {
        const double exp = claims->value(QStringLiteral("exp")).toDouble(-1);
        if (exp > 0)
            expiresAtMs = qint64(exp * 1000);
        QStringList audience;
        const QJsonValue aud = claims->value(QStringLiteral("aud"));
        if (aud.isString())
            audience << aud.toString();
        for (const QJsonValue &a : aud.toArray())
            audience << a.toString();
        bool covered = audience.isEmpty();
        for (const QString &a : std::as_const(audience))
            covered = covered || resourceCovers(a, where);
        if (!covered) {
            if (once("oauth.token.audience_mismatch"))
                raise(raw, "oauth.token.audience_mismatch",
                      {where, audience.join(QLatin1Char(' '))}, evidence);
            return;
        }
    }
    if (expiresAtMs > 0 && raw.startedAtMs > expiresAtMs && once("oauth.token.expired"))
        raise(raw, "oauth.token.expired",
              {where, isoTime(raw.startedAtMs), isoTime(expiresAtMs),
               seconds(raw.startedAtMs - expiresAtMs)},
              evidence);
}

void TokenFactsObserver::raise(const Exchange &raw, const char *kind, const QStringList &arguments,
                               QList<qint64> evidence)
{
    evidence.removeAll(0);
    Finding f = makeFinding(kind, arguments, evidence);
    f.sessionId = raw.sessionId;
    f.atMs = raw.startedAtMs;
    m_findings.append(f);
    m_raised.append(f);
    if (m_sink)
        m_sink->recordFinding(f);
}

} // namespace mcpscope
