#include "mcp/http_refusal.h"

#include "net/www_authenticate.h"

#include <QCoreApplication>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope", text);
}

QString bodyExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += QStringLiteral(" …");
    return text;
}

QString seconds(qint64 ms)
{
    return QString::number(ms / 1000.0, 'f', ms % 1000 == 0 ? 0 : 1);
}

} // namespace

std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.trimmed().toByteArray();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 delay = text.toLongLong(&ok);
    // A server controls the number: bounded (a year) before it becomes ms.
    constexpr qint64 kMaxDelaySeconds = 365LL * 24 * 3600;
    if (ok)
        return delay >= 0 ? std::optional<qint64>(std::min(delay, kMaxDelaySeconds) * 1000)
                          : std::nullopt;
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") is RFC 2822's shape;
    // Qt reads the zone as an offset only.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

Finding authorizationRefusalFinding(int status, const HeaderList &responseHeaders,
                                    const QString &method)
{
    const auto challenge = bearerChallenge(responseHeaders);
    const QString error = challenge ? challenge->error : QString();
    const QString description = challenge ? challenge->errorDescription : QString();
    QString said;
    if (!error.isEmpty())
        said = description.isEmpty()
                   ? tr("The server refused %1 with HTTP %2, error \"%3\".")
                         .arg(method)
                         .arg(status)
                         .arg(error)
                   : tr("The server refused %1 with HTTP %2, error \"%3\": \"%4\".")
                         .arg(method)
                         .arg(status)
                         .arg(error, description);
    else
        said = tr("The server refused %1 with HTTP %2.").arg(method).arg(status);

    const QString lower = description.toLower();
    const char *kind = nullptr;
    if (error == u"insufficient_scope")
        kind = challenge->scope.isEmpty() ? "http.insufficient_scope.unnamed"
                                          : "http.insufficient_scope";
    else if (error == u"invalid_token" && (lower.contains(u"expire") || lower.contains(u"exp ")))
        kind = "http.token_expired";
    else if (error == u"invalid_token" && (lower.contains(u"audience") ||
                                           lower.contains(u"resource") || lower.contains(u"aud ")))
        kind = "http.wrong_audience";
    else if (error == u"invalid_token")
        kind = "http.invalid_token";
    else if (status == 401)
        kind = "http.unauthorized";
    else
        kind = "http.forbidden";
    return makeFinding(kind, {said, challenge ? challenge->scope : QString()});
}

QString explainAuthorizationRefusal(int status, const HeaderList &responseHeaders,
                                    const QString &method)
{
    return authorizationRefusalFinding(status, responseHeaders, method).message();
}

RequestFailure explainHttpRefusal(const Exchange &e, const QString &method)
{
    RequestFailure failure;
    failure.httpStatus = e.status;
    const QList<qint64> evidence = e.id > 0 ? QList<qint64>{e.id} : QList<qint64>{};
    if (e.status == 429) {
        const auto retryAfter = parseRetryAfter(e.responseHeader("retry-after"));
        failure.retryAfterMs = retryAfter.value_or(-1);
        const QString wait = retryAfter
                                 ? tr("It asks to wait %1 s before trying again (Retry-After).")
                                       .arg(seconds(*retryAfter))
                                 : tr("It did not say how long to wait (no Retry-After header).");
        failure.finding = makeFinding("http.rate_limited", {method, wait}, evidence);
        failure.error = Error{ErrorCode::McpHttpRateLimited, failure.finding.message()};
        return failure;
    }
    if (e.status == 401 || e.status == 403) {
        const auto challenge = bearerChallenge(e.responseHeaders);
        if (e.status == 401 || challenge) {
            failure.finding = authorizationRefusalFinding(e.status, e.responseHeaders, method);
            failure.finding.exchangeIds = evidence;
            failure.error = Error{ErrorCode::McpHttpAuth, failure.finding.message()};
            return failure;
        }
    }
    const QString reason = QString::fromLatin1(e.reasonPhrase);
    const QString body = bodyExcerpt(e.responseBody);
    failure.finding =
        body.isEmpty() ? makeFinding("http.refused.no_body",
                                     {method, QString::number(e.status), reason}, evidence)
                       : makeFinding("http.refused",
                                     {method, QString::number(e.status), reason, body}, evidence);
    // In place the answer speaks for itself: the summary alone.
    failure.error = Error{e.status < 500 ? ErrorCode::McpHttpClientError : ErrorCode::McpHttp,
                          failure.finding.summary()};
    return failure;
}

Finding bodyCapFinding(const QString &what, qint64 capBytes)
{
    return makeFinding("mcp.body_cut", {what, QString::number(capBytes / (1024.0 * 1024.0))});
}

Error bodyCapError(const QString &what, qint64 capBytes)
{
    return Error{ErrorCode::McpBodyCap, bodyCapFinding(what, capBytes).message()};
}

QList<Finding> answerFindings(const Exchange &e, const QString &method)
{
    QList<Finding> findings;
    const QList<qint64> evidence = e.id > 0 ? QList<qint64>{e.id} : QList<qint64>{};
    if (e.responseBody.startsWith("\xEF\xBB\xBF"))
        findings << makeFinding("mcp.answer_bom", {method}, evidence);
    const QByteArray type = e.responseHeader("content-type").toLower();
    const QByteArray mime = type.split(';').first().trimmed();
    if (e.status == 200 && mime != "application/json" && mime != "text/event-stream")
        findings << makeFinding("mcp.answer_content_type",
                                {method, type.isEmpty() ? tr("(none)") : QString::fromLatin1(mime)},
                                evidence);
    return findings;
}

QStringList answerWarnings(const Exchange &e, const QString &method)
{
    QStringList warnings;
    for (const Finding &f : answerFindings(e, method))
        warnings << f.message();
    return warnings;
}

} // namespace mcpscope
