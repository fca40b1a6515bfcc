#include "mcp/http_refusal.h"

#include "net/www_authenticate.h"

#include <QCoreApplication>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope::HttpRefusal", text);
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

QString explainAuthorizationRefusal(int status, const HeaderList &responseHeaders,
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
    QString cause;
    if (error == u"insufficient_scope")
        cause = challenge->scope.isEmpty() ? tr("Likely cause: the token lacks a scope this call "
                                                "needs. Fix: sign in again asking for more "
                                                "scope (step-up).")
                                           : tr("Likely cause: the token lacks the scope \"%1\". "
                                                "Fix: sign in again asking for it "
                                                "(step-up, e.g. --scope \"%1\").")
                                                 .arg(challenge->scope);
    else if (error == u"invalid_token" && (lower.contains(u"expire") || lower.contains(u"exp ")))
        cause = tr("Likely cause: the access token expired. Fix: refresh it (mcpscope-cli auth "
                   "refresh, or Refresh "
                   "in the token vault) or sign in again.");
    else if (error == u"invalid_token" && (lower.contains(u"audience") ||
                                           lower.contains(u"resource") || lower.contains(u"aud ")))
        cause = tr(
            "Likely cause: the token was issued for another resource (audience). Fix: sign in "
            "again with "
            "this server as the resource indicator (RFC 8707), which McpScope sends by default.");
    else if (error == u"invalid_token")
        cause = tr("Likely cause: the token is not accepted (revoked, malformed, or from an issuer "
                   "this server does "
                   "not trust). Fix: sign in again.");
    else if (status == 401)
        cause = tr("The server requires authorization. Fix: sign in to it (OAuth: --oauth, or the "
                   "Authorization "
                   "tab) or add an Authorization header.");
    else
        cause = tr("Fix: check that the account or client has access to this server.");
    return said + QLatin1Char(' ') + cause;
}

RequestFailure explainHttpRefusal(const Exchange &e, const QString &method)
{
    RequestFailure failure;
    failure.httpStatus = e.status;
    if (e.status == 429) {
        const auto retryAfter = parseRetryAfter(e.responseHeader("retry-after"));
        failure.retryAfterMs = retryAfter.value_or(-1);
        const QString wait = retryAfter
                                 ? tr("It asks to wait %1 s before trying again (Retry-After).")
                                       .arg(seconds(*retryAfter))
                                 : tr("It did not say how long to wait (no Retry-After header).");
        failure.error = Error{
            QStringLiteral("mcp.http.429"),
            tr("Rate limited: the server answered %1 with HTTP 429 Too Many Requests. %2 Slow "
               "down, "
               "wait and retry (mcpscope-cli --retry N does), or ask the operator for a higher "
               "limit.")
                .arg(method, wait)};
        return failure;
    }
    if (e.status == 401 || e.status == 403) {
        const auto challenge = bearerChallenge(e.responseHeaders);
        if (e.status == 401 || challenge) {
            failure.error = Error{QStringLiteral("mcp.http.auth"),
                                  explainAuthorizationRefusal(e.status, e.responseHeaders, method)};
            return failure;
        }
    }
    const QString reason = QString::fromLatin1(e.reasonPhrase);
    const QString body = bodyExcerpt(e.responseBody);
    failure.error = Error{
        e.status < 500 ? QStringLiteral("mcp.http.4xx") : QStringLiteral("mcp.http"),
        body.isEmpty()
            ? tr("The server answered %1 with HTTP %2 %3.").arg(method).arg(e.status).arg(reason)
            : tr("The server answered %1 with HTTP %2 %3: %4")
                  .arg(method)
                  .arg(e.status)
                  .arg(reason, body)};
    return failure;
}

Error bodyCapError(const QString &what, qint64 capBytes)
{
    return Error{
        QStringLiteral("mcp.body_cap"),
        tr("%1 is larger than the body cap of %2 MiB, so it was cut there and cannot be read. "
           "Raise the "
           "cap: --max-body MIB on the command line, or Maximum body size in the Connect dialog.")
            .arg(what)
            .arg(capBytes / (1024.0 * 1024.0))};
}

QStringList answerWarnings(const Exchange &e, const QString &method)
{
    QStringList warnings;
    if (e.responseBody.startsWith("\xEF\xBB\xBF"))
        warnings << tr("The answer to %1 starts with a UTF-8 byte order mark. McpScope read past "
                       "it, but many clients "
                       "(the TypeScript SDK among them) reject it as invalid JSON: the server "
                       "should not send one.")
                        .arg(method);
    const QByteArray type = e.responseHeader("content-type").toLower();
    const QByteArray mime = type.split(';').first().trimmed();
    if (e.status == 200 && mime != "application/json" && mime != "text/event-stream")
        warnings << tr("The answer to %1 has Content-Type \"%2\" instead of application/json or "
                       "text/event-stream. "
                       "McpScope read it as JSON, but the TypeScript SDK's client and others "
                       "refuse it (\"Unexpected "
                       "content type\"): the server should send application/json.")
                        .arg(method, type.isEmpty() ? tr("(none)") : QString::fromLatin1(mime));
    return warnings;
}

} // namespace mcpscope
