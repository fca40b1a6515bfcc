#include "capture/redaction.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace mcpscope {

namespace {

constexpr std::array<QByteArrayView, 13> kSensitiveFields = {
    "access_token", "refresh_token", "id_token",     "code",         "code_verifier",
    "client_secret", "client_assertion", "accessToken", "refreshToken", "idToken",
    "clientSecret",  "codeVerifier",
    "registration_access_token"}; // RFC 7591: manages the registered client

// Secrets that travel as form or query parameters under generic names: the
// token of revocation (RFC 7009) and introspection (RFC 7662), token exchange
// (RFC 8693), the JWT bearer grant (RFC 7523), the password grant.
constexpr std::array<QByteArrayView, 5> kSensitiveFormOnlyFields = {"token", "subject_token", "actor_token", "assertion",
                                                                    "password"};

constexpr std::array<QByteArrayView, 7> kSensitiveHeaders = {
    "authorization", "proxy-authorization", "cookie",      "set-cookie",
    "x-api-key",     "api-key",             "x-auth-token"};

// Headers whose value is a URL that may carry an authorization response.
constexpr std::array<QByteArrayView, 3> kUrlHeaders = {"location", "content-location", "referer"};

bool isIdentChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Number of backslashes directly before position pos.
qsizetype backslashesBefore(QByteArrayView s, qsizetype pos)
{
    qsizetype n = 0;
    while (pos - n - 1 >= 0 && s[pos - n - 1] == '\\')
        ++n;
    return n;
}

// True when s[pos..] starts with `level` backslashes then a quote.
bool quoteAt(QByteArrayView s, qsizetype pos, qsizetype level)
{
    if (pos + level >= s.size())
        return false;
    for (qsizetype k = 0; k < level; ++k)
        if (s[pos + k] != '\\')
            return false;
    return s[pos + level] == '"';
}

} // namespace

bool Redactor::isSensitiveField(QByteArrayView name)
{
    for (auto field : kSensitiveFields)
        if (name.compare(field, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool Redactor::isSensitiveHeader(QByteArrayView name)
{
    for (auto header : kSensitiveHeaders)
        if (name.compare(header, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void Redactor::addKnownSecret(const QByteArray &secret)
{
    if (secret.size() < 8)
        return;
    QWriteLocker locker(&m_lock);
    if (!m_knownSecrets.contains(secret))
        m_knownSecrets.append(secret);
}

QByteArray Redactor::scrubKnownSecrets(QByteArray data) const
{
    QReadLocker locker(&m_lock);
    for (const auto &secret : m_knownSecrets)
        data.replace(secret, placeholder.toByteArray());
    return data;
}

// The scan does not parse JSON: it finds `"name" : "value"` at any escape
// level, so a token inside a JSON document that is itself a JSON string (an
// SSE data line, a tool result) is caught too, and a value cut off by the
// capture cap is redacted to the end rather than leaked in part.
QByteArray Redactor::redactJsonFields(QByteArrayView s)
{
    QByteArray out;
    out.reserve(s.size());
    qsizetype copied = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        if (s[i] != '"') {
            ++i;
            continue;
        }
        const qsizetype level = backslashesBefore(s, i);
        qsizetype j = i + 1;
        while (j < s.size() && isIdentChar(s[j]))
            ++j;
        const QByteArrayView name = s.sliced(i + 1, j - i - 1);
        if (name.isEmpty() || !quoteAt(s, j, level) || !isSensitiveField(name)) {
            i = j > i + 1 ? j : i + 1;
            continue;
        }
        qsizetype k = j + level + 1;
        while (k < s.size() && isJsonSpace(s[k]))
            ++k;
        if (k >= s.size() || s[k] != ':') {
            i = k;
            continue;
        }
        ++k;
        while (k < s.size() && isJsonSpace(s[k]))
            ++k;
        if (!quoteAt(s, k, level)) { // not a string value: numbers (JSON-RPC error codes) stay
            i = k;
            continue;
        }
        const qsizetype valueStart = k + level + 1;
        qsizetype valueEnd = s.size();
        for (qsizetype m = valueStart; m < s.size(); ++m) {
            if (s[m] == '"' && backslashesBefore(s, m) == level) {
                valueEnd = m - level;
                break;
            }
        }
        out.append(s.sliced(copied, valueStart - copied));
        out.append(placeholder);
        copied = valueEnd;
        i = valueEnd < s.size() ? valueEnd + level + 1 : s.size();
    }
    out.append(s.sliced(copied));
    return out;
}

QByteArray Redactor::redactFormFields(QByteArrayView form)
{
    QByteArray out;
    out.reserve(form.size());
    qsizetype start = 0;
    while (start <= form.size()) {
        qsizetype amp = form.indexOf('&', start);
        if (amp < 0)
            amp = form.size();
        const QByteArrayView pair = form.sliced(start, amp - start);
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(pair.first(eq > 0 ? eq : 0).toByteArray());
        const bool formOnly = std::find(kSensitiveFormOnlyFields.begin(), kSensitiveFormOnlyFields.end(),
                                        QByteArrayView(name)) != kSensitiveFormOnlyFields.end();
        if (eq > 0 && (formOnly || isSensitiveField(name))) {
            out.append(pair.first(eq + 1));
            out.append(placeholder);
        } else {
            out.append(pair);
        }
        if (amp >= form.size())
            break;
        out.append('&');
        start = amp + 1;
    }
    return out;
}

QString Redactor::redactUrl(const QString &url) const
{
    QByteArray bytes = url.toUtf8();
    const qsizetype q = bytes.indexOf('?');
    const qsizetype h = bytes.indexOf('#');
    QByteArray result;
    if (q < 0 && h < 0) {
        result = bytes;
    } else {
        const qsizetype queryStart = q >= 0 && (h < 0 || q < h) ? q : -1;
        const qsizetype base = queryStart >= 0 ? queryStart : h;
        result = bytes.first(base);
        if (queryStart >= 0) {
            const qsizetype queryEnd = h > queryStart ? h : bytes.size();
            result += '?' + redactFormFields(QByteArrayView(bytes).sliced(queryStart + 1, queryEnd - queryStart - 1));
        }
        if (h >= 0)
            result += '#' + redactFormFields(QByteArrayView(bytes).sliced(h + 1));
    }
    return QString::fromUtf8(scrubKnownSecrets(result));
}

QByteArray Redactor::redactHeaderValue(QByteArrayView name, QByteArrayView value) const
{
    const bool isAuth = name.compare("authorization", Qt::CaseInsensitive) == 0
                        || name.compare("proxy-authorization", Qt::CaseInsensitive) == 0;
    if (isAuth) {
        const QByteArrayView trimmed = value.trimmed();
        const qsizetype space = trimmed.indexOf(' ');
        if (space > 0)
            return trimmed.first(space).toByteArray() + ' ' + placeholder.toByteArray();
        return placeholder.toByteArray();
    }
    if (name.compare("cookie", Qt::CaseInsensitive) == 0) {
        QByteArrayList parts;
        for (const QByteArray &cookie : value.toByteArray().split(';')) {
            const QByteArray c = cookie.trimmed();
            const qsizetype eq = c.indexOf('=');
            parts.append(eq > 0 ? c.first(eq + 1) + placeholder.toByteArray() : c);
        }
        return parts.join("; ");
    }
    if (name.compare("set-cookie", Qt::CaseInsensitive) == 0) {
        // name=value; attributes — only the first pair is secret.
        const QByteArray v = value.toByteArray();
        const qsizetype semi = v.indexOf(';');
        const QByteArray first = semi >= 0 ? v.first(semi) : v;
        const qsizetype eq = first.indexOf('=');
        const QByteArray kept = eq > 0 ? first.first(eq + 1) + placeholder.toByteArray()
                                       : placeholder.toByteArray();
        return kept + (semi >= 0 ? v.sliced(semi) : QByteArray());
    }
    if (isSensitiveHeader(name))
        return placeholder.toByteArray();
    for (auto urlHeader : kUrlHeaders)
        if (name.compare(urlHeader, Qt::CaseInsensitive) == 0)
            return redactUrl(QString::fromUtf8(value)).toUtf8();
    return scrubKnownSecrets(value.toByteArray());
}

HeaderList Redactor::redactHeaders(const HeaderList &headers) const
{
    HeaderList out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers)
        out.append({name, redactHeaderValue(name, value)});
    return out;
}

QByteArray Redactor::redactBody(QByteArrayView body, QByteArrayView contentType) const
{
    if (body.isEmpty())
        return {};
    QByteArray out = redactJsonFields(body);
    if (contentType.contains("x-www-form-urlencoded"))
        out = redactFormFields(out);
    return scrubKnownSecrets(std::move(out));
}

QString Redactor::redactText(const QString &text) const
{
    return QString::fromUtf8(scrubKnownSecrets(redactJsonFields(text.toUtf8())));
}

Exchange Redactor::redact(const Exchange &e) const
{
    Exchange out = e;
    out.url = redactUrl(e.url);
    out.requestHeaders = redactHeaders(e.requestHeaders);
    out.responseHeaders = redactHeaders(e.responseHeaders);
    out.requestBody = redactBody(e.requestBody, e.requestHeader("content-type"));
    out.responseBody = redactBody(e.responseBody, e.responseHeader("content-type"));
    // Network error texts quote the URL, query string included.
    QStringList words = e.errorMessage.split(QLatin1Char(' '));
    for (QString &word : words)
        if (word.contains(QLatin1Char('?')) || word.contains(QLatin1Char('#')))
            word = redactUrl(word);
    out.errorMessage = redactText(words.join(QLatin1Char(' ')));
    return out;
}

} // namespace mcpscope
