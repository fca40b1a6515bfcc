#include "diagnostics/oauth_traffic.h"

#include "oauth/oauth_metadata.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace mcpscope::OAuthTraffic {

namespace {

// A form or query as name → value, percent-decoded ('+' is a space).
QHash<QString, QString> parseForm(QByteArrayView text)
{
    QHash<QString, QString> out;
    for (QByteArray pair : text.toByteArray().split('&')) {
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.first(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.sliced(eq + 1);
        if (!name.isEmpty())
            out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name.trimmed())),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value.trimmed())));
    }
    return out;
}

QByteArrayView queryOf(const QString &url, QByteArray &holder)
{
    holder = url.toUtf8();
    qsizetype q = holder.indexOf('?');
    if (q < 0)
        return {};
    qsizetype end = holder.indexOf('#', q);
    if (end < 0)
        end = holder.size();
    return QByteArrayView(holder).sliced(q + 1, end - q - 1);
}

} // namespace

std::optional<AuthorizationRequest> authorizationRequest(const Exchange &e)
{
    if (e.method != "GET" || !e.url.contains(QLatin1String("response_type=")) ||
        !e.url.contains(QLatin1String("client_id=")))
        return std::nullopt;
    QByteArray holder;
    const QHash<QString, QString> q = parseForm(queryOf(e.url, holder));
    AuthorizationRequest r;
    r.endpoint = withoutQuery(e.url);
    r.clientId = q.value(QStringLiteral("client_id"));
    r.redirectUri = q.value(QStringLiteral("redirect_uri"));
    r.state = q.value(QStringLiteral("state"));
    r.hasCodeChallenge = q.contains(QStringLiteral("code_challenge"));
    r.codeChallenge = q.value(QStringLiteral("code_challenge"));
    r.codeChallengeMethod = q.value(QStringLiteral("code_challenge_method"));
    r.resource = q.value(QStringLiteral("resource"));
    r.scope = q.value(QStringLiteral("scope"));
    if (!q.value(QStringLiteral("response_type")).split(QLatin1Char(' ')).contains(u"code"))
        return std::nullopt;
    return r;
}

std::optional<TokenRequest> tokenRequest(const Exchange &e)
{
    if (e.method != "POST" || e.requestBody.isEmpty() || e.requestBody.size() > 64 * 1024 ||
        !e.requestBody.contains("grant_type="))
        return std::nullopt;
    const QByteArray type = e.requestHeader("content-type").toLower();
    if (!type.isEmpty() && !type.contains("x-www-form-urlencoded"))
        return std::nullopt;
    TokenRequest r;
    r.endpoint = withoutQuery(e.url);
    r.form = parseForm(e.requestBody);
    r.grantType = r.value("grant_type");
    if (r.grantType.isEmpty())
        return std::nullopt;
    const QByteArray authorization = e.requestHeader("authorization").trimmed();
    if (authorization.size() > 6 && authorization.first(6).toLower() == "basic ")
        r.authMethod = QStringLiteral("client_secret_basic");
    else if (r.has("client_assertion"))
        r.authMethod = QStringLiteral("private_key_jwt");
    else if (r.has("client_secret"))
        r.authMethod = QStringLiteral("client_secret_post");
    return r;
}

std::optional<QJsonObject> jsonAnswer(const Exchange &e)
{
    const QByteArray &body = e.responseBody;
    qsizetype i = 0;
    while (i < body.size() &&
           (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t'))
        ++i;
    if (i >= body.size() || body[i] != '{' || body.size() > 1024 * 1024)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString redirectTarget(const Exchange &e)
{
    if (e.status < 300 || e.status >= 400)
        return {};
    const QByteArray location = e.responseHeader("location");
    if (location.isEmpty())
        return {};
    return QUrl(e.url).resolved(QUrl(QString::fromUtf8(location))).toString();
}

QString queryValue(const QString &url, const QString &name)
{
    QByteArray holder;
    return parseForm(queryOf(url, holder)).value(name);
}

QString withoutQuery(const QString &url)
{
    qsizetype end = url.indexOf(QLatin1Char('?'));
    const qsizetype hash = url.indexOf(QLatin1Char('#'));
    if (end < 0 || (hash >= 0 && hash < end))
        end = hash;
    return end < 0 ? url : url.left(end);
}

QString origin(const QString &url)
{
    const QUrl u(url);
    QString out = u.scheme().toLower() + QStringLiteral("://") + u.host().toLower();
    if (u.port() != -1)
        out += QLatin1Char(':') + QString::number(u.port());
    return out;
}

bool resourceCovers(const QString &resource, const QString &url)
{
    const QUrl r(canonicalResource(QUrl(resource)));
    const QUrl u(canonicalResource(QUrl(withoutQuery(url))));
    if (r.scheme() != u.scheme() || r.host() != u.host() ||
        r.port(r.scheme() == u"https" ? 443 : 80) != u.port(u.scheme() == u"https" ? 443 : 80))
        return false;
    QString rp = r.path();
    while (rp.endsWith(QLatin1Char('/')))
        rp.chop(1);
    const QString up = u.path();
    return rp.isEmpty() || up == rp || up.startsWith(rp + QLatin1Char('/'));
}

QStringList scopes(const QString &scope)
{
    return scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

qint64 answeredAtMs(const Exchange &e)
{
    const double after = e.totalMs >= 0 ? e.totalMs : e.ttfbMs >= 0 ? e.ttfbMs : 0;
    return e.startedAtMs + qint64(after);
}

} // namespace mcpscope::OAuthTraffic
