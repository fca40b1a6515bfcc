#include "net/request_input.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope", text);
}

} // namespace

Result<std::pair<QByteArray, QByteArray>> parseHeaderLine(const QString &line)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    const QString name = colon > 0 ? line.left(colon).trimmed() : QString();
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    if (name.isEmpty() || !token.match(name).hasMatch())
        return makeError(ErrorCode::InputHeader,
                         tr("\"%1\" is not a header: write it as Name: value.").arg(line));
    const QString value = line.mid(colon + 1).trimmed();
    // RFC 9110 §5.5: no control characters but HTAB; CR and LF would split
    // the header, NUL and the rest make servers refuse the request.
    for (const QChar c : value)
        if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f)
            return makeError(
                ErrorCode::InputHeader,
                tr("Header values cannot contain line breaks or other control characters."));
    return std::pair{name.toLatin1(), value.toUtf8()};
}

Result<HttpRequest> buildRequest(const QString &method, const QString &url,
                                 const QStringList &headerLines, const QByteArray &body)
{
    HttpRequest request;
    static const QRegularExpression methodToken(QStringLiteral("^[A-Za-z]+$"));
    if (!methodToken.match(method).hasMatch())
        return makeError(ErrorCode::InputMethod, tr("\"%1\" is not an HTTP method.").arg(method));
    request.method = method.toUpper().toLatin1();
    request.url = QUrl::fromUserInput(url.trimmed());
    if (!request.url.isValid() || request.url.host().isEmpty() ||
        (request.url.scheme() != u"http" && request.url.scheme() != u"https"))
        return makeError(ErrorCode::InputUrl,
                         tr("\"%1\" is not an http:// or https:// URL with a host.").arg(url));
    for (const QString &line : headerLines) {
        if (line.trimmed().isEmpty())
            continue;
        auto header = parseHeaderLine(line);
        if (!header)
            return Failure{header.error()};
        request.headers.append({header->first, header->second});
    }
    request.body = body;
    return request;
}

} // namespace mcpscope
