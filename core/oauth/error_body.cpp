#include "oauth/error_body.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

namespace mcpscope {

namespace {

constexpr qsizetype kMaxRead = 256 * 1024;
constexpr qsizetype kMaxText = 300;

// RFC 6749, 6750, 7591, 8693, 9449 and OpenID Connect's error codes: a
// page that names one of these alone is taken to mean it.
const QStringList &registeredCodes()
{
    static const QStringList codes{
        QStringLiteral("invalid_request"),
        QStringLiteral("invalid_client"),
        QStringLiteral("invalid_grant"),
        QStringLiteral("unauthorized_client"),
        QStringLiteral("unsupported_grant_type"),
        QStringLiteral("invalid_scope"),
        QStringLiteral("access_denied"),
        QStringLiteral("unsupported_response_type"),
        QStringLiteral("server_error"),
        QStringLiteral("temporarily_unavailable"),
        QStringLiteral("invalid_redirect_uri"),
        QStringLiteral("invalid_client_metadata"),
        QStringLiteral("invalid_software_statement"),
        QStringLiteral("unapproved_software_statement"),
        QStringLiteral("invalid_token"),
        QStringLiteral("insufficient_scope"),
        QStringLiteral("invalid_target"),
        QStringLiteral("invalid_dpop_proof"),
        QStringLiteral("use_dpop_nonce"),
        QStringLiteral("login_required"),
        QStringLiteral("consent_required"),
        QStringLiteral("interaction_required"),
        QStringLiteral("invalid_request_uri"),
        QStringLiteral("invalid_request_object"),
    };
    return codes;
}

bool plausibleCode(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9_]{2,63}$"));
    return shape.match(code).hasMatch() &&
           (code.contains(QLatin1Char('_')) || registeredCodes().contains(code));
}

bool looksLikeHtml(QStringView head)
{
    const QString lower = head.left(1024).toString().toLower();
    return lower.contains(QLatin1String("<!doctype html")) ||
           lower.contains(QLatin1String("<html")) || lower.contains(QLatin1String("<body")) ||
           lower.contains(QLatin1String("<head")) || lower.contains(QLatin1String("<title"));
}

QString decodeEntity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X')
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QStringLiteral("\uFFFD");
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const QList<std::pair<QLatin1StringView, QString>> named{
        {QLatin1StringView("amp"), QStringLiteral("&")},
        {QLatin1StringView("lt"), QStringLiteral("<")},
        {QLatin1StringView("gt"), QStringLiteral(">")},
        {QLatin1StringView("quot"), QStringLiteral("\"")},
        {QLatin1StringView("apos"), QStringLiteral("'")},
        {QLatin1StringView("nbsp"), QStringLiteral(" ")},
    };
    for (const auto &[key, value] : named)
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    return QLatin1Char('&') + name.toString() + QLatin1Char(';');
}

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&') {
            const qsizetype end = text.indexOf(u';', i + 1);
            if (end > i + 1 && end - i <= 10) {
                out += decodeEntity(text.mid(i + 1, end - i - 1));
                i = end;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

bool isBlockTag(QStringView name)
{
    static const QStringList blocks{
        QStringLiteral("br"),     QStringLiteral("p"),      QStringLiteral("div"),
        QStringLiteral("pre"),    QStringLiteral("h1"),     QStringLiteral("h2"),
        QStringLiteral("h3"),     QStringLiteral("h4"),     QStringLiteral("h5"),
        QStringLiteral("h6"),     QStringLiteral("li"),     QStringLiteral("tr"),
        QStringLiteral("td"),     QStringLiteral("th"),     QStringLiteral("dt"),
        QStringLiteral("dd"),     QStringLiteral("title"),  QStringLiteral("section"),
        QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("main"),
        QStringLiteral("body"),   QStringLiteral("table"),  QStringLiteral("ul"),
        QStringLiteral("ol"),     QStringLiteral("hr")};
    for (const QString &block : blocks)
        if (name.compare(block, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// The page as lines of visible text, and its title.
std::pair<QStringList, QString> visibleText(QStringView page)
{
    QString text;
    QString title;
    qsizetype titleStart = -1;
    qsizetype i = 0;
    while (i < page.size()) {
        if (page[i] != u'<') {
            const qsizetype next = page.indexOf(u'<', i);
            const qsizetype end = next < 0 ? page.size() : next;
            text += page.mid(i, end - i);
            i = end;
            continue;
        }
        if (page.mid(i, 4) == u"<!--") {
            const qsizetype end = page.indexOf(u"-->", i + 4);
            i = end < 0 ? page.size() : end + 3;
            continue;
        }
        const qsizetype close = page.indexOf(u'>', i + 1);
        if (close < 0)
            break; // an unclosed tag: the rest is no text
        QStringView tag = page.mid(i + 1, close - i - 1).trimmed();
        const bool closing = tag.startsWith(u'/');
        if (closing)
            tag = tag.mid(1);
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && (tag[nameEnd].isLetterOrNumber()))
            ++nameEnd;
        const QStringView name = tag.left(nameEnd);
        i = close + 1;
        if (!closing && (name.compare(u"script", Qt::CaseInsensitive) == 0 ||
                         name.compare(u"style", Qt::CaseInsensitive) == 0)) {
            const QString end = QStringLiteral("</") + name.toString();
            const qsizetype at = page.indexOf(end, i, Qt::CaseInsensitive);
            i = at < 0 ? page.size() : at;
            continue;
        }
        if (name.compare(u"title", Qt::CaseInsensitive) == 0) {
            if (!closing)
                titleStart = text.size();
            else if (titleStart >= 0 && title.isEmpty())
                title = decodeEntities(QStringView(text).mid(titleStart)).simplified();
        }
        if (isBlockTag(name))
            text += QLatin1Char('\n');
        else
            text += QLatin1Char(' ');
    }
    QStringList lines;
    for (const QString &line : decodeEntities(text).split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines << simple;
    }
    // The title is usually the page's first line and its heading too; the
    // text need not say it again.
    if (!title.isEmpty())
        lines.removeAll(title);
    return {lines, title};
}

// "error: invalid_client" / "error=invalid_client" / "\"error\": \"…\"" in
// one line, and the description beside it.
void findOAuthError(const QStringList &lines, ErrorBody &out)
{
    static const QRegularExpression errorLine(
        QStringLiteral("(?:^|[^A-Za-z0-9_])[\"']?error[\"']?\\s*[:=]\\s*[\"']?([a-z][a-z0-9_]*)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression descriptionLine(
        QStringLiteral("[\"']?error_description[\"']?\\s*[:=]\\s*[\"']?([^\"'&\\n]*)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : lines) {
        if (out.error.isEmpty()) {
            for (auto it = errorLine.globalMatch(line); it.hasNext();) {
                const QString code = it.next().captured(1);
                if (plausibleCode(code)) {
                    out.error = code;
                    break;
                }
            }
        }
        if (out.description.isEmpty())
            if (const auto match = descriptionLine.match(line); match.hasMatch())
                out.description = match.captured(1).simplified().left(kMaxText);
    }
    if (!out.error.isEmpty())
        return;
    out.description.clear(); // a description alone says too little to be an OAuth error
    static const QRegularExpression word(QStringLiteral("[a-z][a-z0-9_]*"));
    for (const QString &line : lines)
        for (auto it = word.globalMatch(line); it.hasNext();) {
            const QString candidate = it.next().captured(0);
            if (registeredCodes().contains(candidate) && candidate.contains(QLatin1Char('_'))) {
                out.error = candidate;
                return;
            }
        }
}

} // namespace

ErrorBody readErrorBody(const QByteArray &body)
{
    ErrorBody out;
    out.size = body.size();
    const QByteArray head = body.left(kMaxRead);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(head, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject o = document.object();
        out.json = true;
        out.error = o.value(QStringLiteral("error")).toString();
        out.description = o.value(QStringLiteral("error_description")).toString();
        out.text = QString::fromUtf8(head.left(kMaxText)).simplified();
        return out;
    }
    const QString decoded = QString::fromUtf8(head);
    QStringList lines;
    if (looksLikeHtml(decoded)) {
        out.html = true;
        auto [visible, title] = visibleText(decoded);
        lines = visible;
        out.title = title.left(kMaxText);
    } else {
        for (const QString &line : decoded.split(QLatin1Char('\n'))) {
            const QString simple = line.simplified();
            if (!simple.isEmpty())
                lines << simple;
        }
        // A form-encoded error (error=…&error_description=…).
        if (lines.size() == 1 && lines.first().startsWith(QLatin1String("error="))) {
            const QUrlQuery query(lines.first());
            const QString code = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
            if (plausibleCode(code)) {
                out.error = code;
                QString description =
                    query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
                out.description = description.replace(QLatin1Char('+'), QLatin1Char(' '))
                                      .simplified()
                                      .left(kMaxText);
            }
        }
    }
    out.text = lines.join(QLatin1Char(' ')).left(kMaxText);
    if (out.error.isEmpty())
        findOAuthError(lines, out);
    return out;
}

std::pair<QString, QString> oauthErrorOf(const QByteArray &body)
{
    const ErrorBody read = readErrorBody(body);
    return {read.error, read.description};
}

QString quoteErrorBody(const QByteArray &body)
{
    const ErrorBody read = readErrorBody(body);
    if (!read.html)
        return read.text;
    const int size = int(qMin<qsizetype>(read.size, std::numeric_limits<int>::max()));
    QString quote = QCoreApplication::translate(
        "mcpscope::ErrorBody", "the server answered an HTML page (%n byte(s)), not JSON", nullptr,
        size);
    if (!read.title.isEmpty()) {
        //: %1 is what was said of the page so far, %2 its title
        quote = QCoreApplication::translate("mcpscope::ErrorBody", "%1, titled “%2”")
                    .arg(quote, read.title);
    }
    if (!read.text.isEmpty()) {
        //: %1 is what was said of the page so far, %2 the head of its visible text
        quote = QCoreApplication::translate("mcpscope::ErrorBody", "%1: %2").arg(quote, read.text);
    }
    return quote;
}

} // namespace mcpscope
