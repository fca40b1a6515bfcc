#include "capture/redaction.h"

#include "net/body_decoding.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace mcpscope {

namespace {

// The one table of sensitive names, normalised: ASCII lower case with '_',
// '-' and '.' dropped. OAuth 2 and OIDC (RFC 6749, 7636, 7591, 7009, 7662,
// 8628, 8693, 7523), the password grant, and common API-key vocabularies.
constexpr QByteArrayView kSensitiveNames[] = {
    // tokens and codes
    "accesstoken", "refreshtoken", "idtoken", "token", "code", "codeverifier", "devicecode",
    "usercode", "registrationaccesstoken", "subjecttoken", "actortoken", "sessiontoken",
    "authtoken",
    // client credentials
    "clientsecret", "clientassertion", "assertion", "secret", "privatekey",
    // passwords
    "password", "passwd", "passphrase",
    // API keys
    "apikey", "apisecret", "googapikey", "privatetoken", "secretaccesskey",
    // credential headers (when a JSON key or parameter carries them)
    "authorization", "proxyauthorization", "cookie", "setcookie"};

// Headers whose whole value is a URL: its query and fragment are parsed as a form.
constexpr std::array<QByteArrayView, 3> kUrlHeaders = {"location", "content-location", "referer"};

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// One layer of escapes undone: %XX, '+', and JSON's \uXXXX and \c at any
// number of backslashes (JSON inside JSON strings).
QByteArray unescapeOnce(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '%' && i + 2 < raw.size() && isHex(raw[i + 1]) && isHex(raw[i + 2])) {
            out.append(char(hexValue(raw[i + 1]) * 16 + hexValue(raw[i + 2])));
            i += 2;
        } else if (c == '+') {
            out.append(' ');
        } else if (c == '\\') {
            while (i + 1 < raw.size() && raw[i + 1] == '\\')
                ++i;
            if (i + 1 >= raw.size())
                break;
            if (raw[i + 1] == 'u' && i + 5 < raw.size() && isHex(raw[i + 2]) && isHex(raw[i + 3]) &&
                isHex(raw[i + 4]) && isHex(raw[i + 5])) {
                const int code = (hexValue(raw[i + 2]) << 12) | (hexValue(raw[i + 3]) << 8) |
                                 (hexValue(raw[i + 4]) << 4) | hexValue(raw[i + 5]);
                out.append(code < 0x80 ? char(code) : '?');
                i += 5;
            } else {
                out.append(raw[i + 1]);
                ++i;
            }
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray normalizedName(QByteArrayView raw)
{
    // Twice: a name may be escaped for a URL inside a form, or JSON inside JSON.
    // Most names have nothing to unescape; they skip the copies.
    const bool escaped = raw.contains('%') || raw.contains('+') || raw.contains('\\');
    const QByteArray unescaped = escaped ? unescapeOnce(unescapeOnce(raw)) : raw.toByteArray();
    QByteArray out;
    out.reserve(unescaped.size());
    for (char c : unescaped) {
        if (c == '_' || c == '-' || c == '.' || c == ' ')
            continue;
        out.append(c >= 'A' && c <= 'Z' ? char(c | 0x20) : c);
    }
    return out;
}

bool inTable(QByteArrayView normalized)
{
    return std::find(std::begin(kSensitiveNames), std::end(kSensitiveNames), normalized) !=
           std::end(kSensitiveNames);
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
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

// A quote that closes a string at this escape level: `level` backslashes
// before it, after any number of escaped backslashes of that level.
bool closesAtLevel(QByteArrayView s, qsizetype pos, qsizetype level)
{
    const qsizetype b = backslashesBefore(s, pos);
    return b >= level && (b - level) % (2 * (level + 1)) == 0;
}

// Characters a name in name=value may be written with (escaped ones included).
bool isParamNameChar(char c)
{
    return isAlnum(c) || c == '_' || c == '-' || c == '.' || c == '%' || c == '+';
}

bool endsParamValue(QByteArrayView s, qsizetype i)
{
    const char c = s[i];
    if (uchar(c) <= ' ' || c == 0x7f)
        return true;
    switch (c) {
    case '&':
    case ';':
    case '"':
    case '\'':
    case '<':
    case '>':
    case '#':
    case ',':
    case '\\':
    case '`':
    case ')':
    case '}':
        return true;
    case '%': // an encoded '&' or quote ends a value inside an encoded URL
        return i + 2 < s.size() &&
               ((s[i + 1] == '2' && (s[i + 2] == '6' || s[i + 2] == '2' || s[i + 2] == '7')));
    default:
        return false;
    }
}

// Brackets do not end it: an IPv6 host is written in them, and a scrubbed
// known secret leaves "[REDACTED]" in the user part.
bool endsAuthority(char c)
{
    return uchar(c) <= ' ' || c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' ||
           c == '<' || c == '>' || c == '\\' || c == '`';
}

// scheme://user:password@host → scheme://user:[REDACTED]@host, anywhere in text.
QByteArray redactUserinfo(QByteArrayView s, QByteArrayList *replaced)
{
    QByteArray out;
    qsizetype copied = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype sep = s.indexOf("://", from);
        if (sep < 0)
            break;
        const qsizetype start = sep + 3;
        qsizetype end = start;
        while (end < s.size() && !endsAuthority(s[end]))
            ++end;
        const qsizetype at = s.sliced(start, end - start).lastIndexOf('@');
        if (at > 0) {
            const qsizetype colon = s.sliced(start, at).indexOf(':');
            const QByteArrayView password =
                colon >= 0 ? s.sliced(start + colon + 1, at - colon - 1) : QByteArrayView();
            if (colon >= 0 && !password.isEmpty() && password != Redactor::placeholder) {
                if (replaced)
                    replaced->append(password.toByteArray());
                out.append(s.sliced(copied, start + colon + 1 - copied));
                out.append(Redactor::placeholder);
                copied = start + at;
            }
        }
        from = end > start ? end : start;
    }
    if (copied == 0)
        return s.toByteArray();
    out.append(s.sliced(copied));
    return out;
}

} // namespace

bool Redactor::isSensitiveField(QByteArrayView name)
{
    // The common case, a name with nothing to unescape, is normalised on the
    // stack: this runs for every JSON key and every '=' of every body.
    if (!name.contains('%') && !name.contains('+') && !name.contains('\\')) {
        char buffer[32];
        qsizetype n = 0;
        for (char c : name) {
            if (c == '_' || c == '-' || c == '.' || c == ' ')
                continue;
            if (n == qsizetype(sizeof buffer))
                return false; // longer than any name in the table
            buffer[n++] = c >= 'A' && c <= 'Z' ? char(c | 0x20) : c;
        }
        return n > 0 && inTable(QByteArrayView(buffer, n));
    }
    // The longest name in the table, every byte escaped as \\u00XX twice, is
    // shorter than this.
    constexpr qsizetype maxRawName = 320;
    return !name.isEmpty() && name.size() <= maxRawName && inTable(normalizedName(name));
}

bool Redactor::isSensitiveHeader(QByteArrayView name)
{
    const QByteArrayView trimmed = name.trimmed();
    if (isSensitiveField(trimmed))
        return true;
    return trimmed.size() > 2 && equalsIgnoringCase(trimmed.first(2), "x-") &&
           isSensitiveField(trimmed.sliced(2));
}

void Redactor::addKnownSecret(const QByteArray &secret)
{
    m_knownSecrets.add(secret);
}

QByteArray Redactor::scrubKnownSecrets(QByteArray data) const
{
    return m_knownSecrets.scrub(SecretSet::process().scrub(std::move(data), placeholder),
                                placeholder);
}

// The scan does not parse JSON: it finds `"name" : "value"` at any escape
// level, so a token inside a JSON document that is itself a JSON string (an
// SSE data line, a tool result) is caught too, and a value cut off by the
// capture cap is redacted to the end rather than leaked in part. Names are
// compared after unescaping, so "access\u005ftoken" is access_token.
QByteArray Redactor::redactJsonFields(QByteArrayView s, QByteArrayList *replaced)
{
    constexpr qsizetype maxName = 256;
    QByteArray out;
    qsizetype copied = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        if (s[i] != '"') {
            ++i;
            continue;
        }
        const qsizetype level = backslashesBefore(s, i);
        qsizetype j = i + 1;
        while (j < s.size() && j - i <= maxName && s[j] != '"' && uchar(s[j]) >= 0x20)
            ++j;
        if (j >= s.size() || s[j] != '"') {
            i = j < s.size() && s[j] == '"' ? j : i + 1;
            continue;
        }
        if (backslashesBefore(s, j) != level || j - level <= i + 1) {
            i = j;
            continue;
        }
        const QByteArrayView name = s.sliced(i + 1, j - level - i - 1);
        if (!isSensitiveField(name)) {
            i = j;
            continue;
        }
        qsizetype k = j + 1;
        while (k < s.size() && isJsonSpace(s[k]))
            ++k;
        if (k >= s.size() || s[k] != ':') {
            i = j;
            continue;
        }
        ++k;
        while (k < s.size() && isJsonSpace(s[k]))
            ++k;
        if (!quoteAt(s, k, level)) { // not a string value: numbers (JSON-RPC error codes) stay
            i = j;
            continue;
        }
        const qsizetype valueStart = k + level + 1;
        qsizetype valueEnd = s.size();
        qsizetype closing = s.size();
        for (qsizetype m = valueStart; m < s.size(); ++m) {
            if (s[m] == '"' && closesAtLevel(s, m, level)) {
                valueEnd = m - level;
                closing = m;
                break;
            }
        }
        if (valueEnd < valueStart) // cannot happen with closesAtLevel; keeps slicing safe
            valueEnd = valueStart;
        if (s.sliced(valueStart, valueEnd - valueStart) != placeholder) {
            if (replaced)
                replaced->append(s.sliced(valueStart, valueEnd - valueStart).toByteArray());
            out.append(s.sliced(copied, valueStart - copied));
            out.append(placeholder);
            copied = valueEnd;
        }
        i = closing < s.size() ? closing + 1 : s.size();
    }
    if (copied == 0)
        return s.toByteArray();
    out.append(s.sliced(copied));
    return out;
}

QByteArray Redactor::redactFormFields(QByteArrayView form, QByteArrayList *replaced)
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
        if (eq > 0 && isSensitiveField(pair.first(eq))) {
            // Line ends after the last value stay.
            qsizetype keep = pair.size();
            while (keep > eq + 1 && (pair[keep - 1] == '\r' || pair[keep - 1] == '\n'))
                --keep;
            if (replaced)
                replaced->append(pair.sliced(eq + 1, keep - eq - 1).toByteArray());
            out.append(pair.first(eq + 1));
            out.append(placeholder);
            out.append(pair.sliced(keep));
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

bool Redactor::looksLikeForm(QByteArrayView body)
{
    const QByteArrayView trimmed = body.trimmed();
    if (trimmed.isEmpty() || !trimmed.contains('='))
        return false;
    for (char c : trimmed)
        if (uchar(c) <= ' ' || c == '<' || c == '{' || c == '"' || c == '[')
            return false;
    return true;
}

// name=value (and name%3Dvalue, inside an encoded URL) with a sensitive name,
// wherever it appears: URLs in HTML (`?code=X&amp;state=Y`), Refresh and Link
// headers, text. The name is the run of name characters before '=', taken
// after unescaping from its last separator on, so `cb%3Fcode%3DX` is `code`.
QByteArray Redactor::redactTextParameters(QByteArrayView s, QByteArrayList *replaced)
{
    QByteArray out;
    qsizetype copied = 0;
    for (qsizetype e = 0; e < s.size(); ++e) {
        qsizetype eqLen = 0;
        if (s[e] == '=')
            eqLen = 1;
        else if (s[e] == '%' && e + 2 < s.size() && s[e + 1] == '3' &&
                 (s[e + 2] == 'D' || s[e + 2] == 'd'))
            eqLen = 3;
        if (!eqLen)
            continue;
        qsizetype b = e;
        while (b > copied && e - b < 256 && isParamNameChar(s[b - 1]))
            --b;
        if (b == e)
            continue;
        const QByteArrayView raw = s.sliced(b, e - b);
        const bool escaped = raw.contains('%') || raw.contains('+');
        const QByteArray unescaped = escaped ? unescapeOnce(unescapeOnce(raw)) : QByteArray();
        const QByteArrayView decoded = escaped ? QByteArrayView(unescaped) : raw;
        qsizetype nameStart = decoded.size();
        while (nameStart > 0 && (isAlnum(decoded[nameStart - 1]) || decoded[nameStart - 1] == '_' ||
                                 decoded[nameStart - 1] == '-' || decoded[nameStart - 1] == '.'))
            --nameStart;
        if (!isSensitiveField(decoded.sliced(nameStart)))
            continue;
        const qsizetype v = e + eqLen;
        if (s.sliced(v).startsWith(placeholder)) {
            e = v + placeholder.size() - 1;
            continue;
        }
        qsizetype end = v;
        while (end < s.size() && !endsParamValue(s, end))
            ++end;
        if (end == v)
            continue;
        if (replaced)
            replaced->append(s.sliced(v, end - v).toByteArray());
        out.append(s.sliced(copied, v - copied));
        out.append(placeholder);
        copied = end;
        e = end - 1;
    }
    if (copied == 0)
        return redactUserinfo(s, replaced);
    out.append(s.sliced(copied));
    return redactUserinfo(out, replaced);
}

namespace {

// A URL's query and fragment are forms; all of it is text.
QByteArray urlPasses(QByteArrayView bytes, QByteArrayView, QByteArrayList *replaced)
{
    const qsizetype q = bytes.indexOf('?');
    const qsizetype h = bytes.indexOf('#');
    QByteArray result;
    if (q < 0 && h < 0) {
        result = bytes.toByteArray();
    } else {
        const qsizetype queryStart = q >= 0 && (h < 0 || q < h) ? q : -1;
        const qsizetype base = queryStart >= 0 ? queryStart : h;
        result = bytes.first(base).toByteArray();
        if (queryStart >= 0) {
            const qsizetype queryEnd = h > queryStart ? h : bytes.size();
            result += '?' + Redactor::redactFormFields(
                                bytes.sliced(queryStart + 1, queryEnd - queryStart - 1), replaced);
        }
        if (h >= 0)
            result += '#' + Redactor::redactFormFields(bytes.sliced(h + 1), replaced);
    }
    return Redactor::redactTextParameters(result, replaced);
}

QByteArray textPasses(QByteArrayView text, QByteArrayView, QByteArrayList *replaced)
{
    return Redactor::redactTextParameters(Redactor::redactJsonFields(text, replaced), replaced);
}

QByteArray parameterPasses(QByteArrayView text, QByteArrayView, QByteArrayList *replaced)
{
    return Redactor::redactTextParameters(text, replaced);
}

QByteArray bodyPasses(QByteArrayView body, QByteArrayView contentType, QByteArrayList *replaced)
{
    QByteArray out = Redactor::redactJsonFields(body, replaced);
    if (contentType.toByteArray().toLower().contains("x-www-form-urlencoded") ||
        Redactor::looksLikeForm(out))
        out = Redactor::redactFormFields(out, replaced);
    return Redactor::redactTextParameters(out, replaced);
}

} // namespace

// Known secrets are scrubbed before the structural passes: a pass could cut
// one in two (a password with a space in it) and leave half of it. But a
// scrubbed secret can take part of a sensitive name with it
// ("[REDACTED]ord=value"), and the value after that name would be kept. So
// when the scrub changed anything, the passes also run over the text as it
// was, and every value they redact there is redacted in the result too (the
// parts of it that are not known secrets, which the scrub took already).
QByteArray Redactor::scrubThenRedact(const QByteArray &data, Passes passes,
                                     QByteArrayView contentType) const
{
    const QByteArray scrubbed = scrubKnownSecrets(data);
    QByteArray out = passes(scrubbed, contentType, nullptr);
    if (scrubbed.constData() == data.constData()) // the scrub found nothing
        return out;
    QByteArrayList values;
    passes(data, contentType, &values);
    // Shorter pieces are no secret worth the damage of replacing them everywhere.
    constexpr qsizetype minimumPiece = 4;
    for (const QByteArray &value : values) {
        const QByteArray pieces = scrubKnownSecrets(value);
        for (qsizetype from = 0; from <= pieces.size();) {
            qsizetype to = pieces.indexOf(placeholder, from);
            if (to < 0)
                to = pieces.size();
            const QByteArrayView piece = QByteArrayView(pieces).sliced(from, to - from);
            if (piece.size() >= minimumPiece && !placeholder.contains(piece))
                out.replace(piece, placeholder);
            from = to + placeholder.size();
        }
    }
    return out;
}

QString Redactor::redactUrl(const QString &url) const
{
    return QString::fromUtf8(scrubThenRedact(url.toUtf8(), urlPasses));
}

QByteArray Redactor::redactHeaderValue(QByteArrayView name, QByteArrayView value) const
{
    const QByteArrayView trimmedName = name.trimmed();
    const bool isAuth = equalsIgnoringCase(trimmedName, "authorization") ||
                        equalsIgnoringCase(trimmedName, "proxy-authorization");
    if (isAuth) {
        const QByteArrayView trimmed = value.trimmed();
        const qsizetype space = trimmed.indexOf(' ');
        const QByteArrayView credentials =
            space > 0 ? trimmed.sliced(space + 1).trimmed() : trimmed;
        registerSecret(credentials);
        if (space > 0 && equalsIgnoringCase(trimmed.first(space), "basic")) {
            const QByteArray pair = QByteArray::fromBase64(credentials.toByteArray());
            const qsizetype colon = pair.indexOf(':');
            if (colon >= 0) {
                registerSecret(QByteArrayView(pair).sliced(colon + 1));
                registerSecret(QByteArray::fromPercentEncoding(pair.sliced(colon + 1)));
            }
        }
        // What is kept (scheme, cookie names, attributes) is scrubbed too:
        // nothing stops a server from naming a cookie after a secret.
        if (space > 0)
            return scrubKnownSecrets(trimmed.first(space).toByteArray()) + ' ' +
                   placeholder.toByteArray();
        return placeholder.toByteArray();
    }
    if (equalsIgnoringCase(trimmedName, "cookie")) {
        // Several Cookie headers arrive joined by '\n' like Set-Cookie.
        QByteArrayList lines;
        for (const QByteArray &line : value.toByteArray().split('\n')) {
            QByteArrayList parts;
            for (const QByteArray &cookie : line.split(';')) {
                const QByteArray c = cookie.trimmed();
                const qsizetype eq = c.indexOf('=');
                if (eq > 0) {
                    registerSecret(QByteArrayView(c).sliced(eq + 1).trimmed());
                    parts.append(c.first(eq + 1) + placeholder.toByteArray());
                } else if (!c.isEmpty()) {
                    registerSecret(c); // a nameless cookie is all value
                    parts.append(placeholder.toByteArray());
                }
            }
            lines.append(parts.join("; "));
        }
        return scrubKnownSecrets(lines.join('\n'));
    }
    if (equalsIgnoringCase(trimmedName, "set-cookie")) {
        // Qt joins repeated Set-Cookie headers with '\n': each line is
        // name=value; attributes, and only the value is secret.
        QByteArrayList lines;
        for (const QByteArray &v : value.toByteArray().split('\n')) {
            const qsizetype semi = v.indexOf(';');
            const QByteArray first = semi >= 0 ? v.first(semi) : v;
            const qsizetype eq = first.indexOf('=');
            registerSecret(QByteArrayView(first).sliced(eq + 1).trimmed());
            // No cookie at all (an empty line, "; Path=/") stays empty: a
            // placeholder there would read as a cookie named [REDACTED].
            const QByteArray kept = first.trimmed().isEmpty() ? first
                                    : eq > 0 ? first.first(eq + 1) + placeholder.toByteArray()
                                             : placeholder.toByteArray();
            lines.append(kept + redactTextParameters(semi >= 0 ? v.sliced(semi) : QByteArray()));
        }
        return scrubKnownSecrets(lines.join('\n'));
    }
    if (isSensitiveHeader(trimmedName)) {
        registerSecret(value.trimmed());
        return placeholder.toByteArray();
    }
    for (auto urlHeader : kUrlHeaders)
        if (equalsIgnoringCase(trimmedName, urlHeader))
            return redactUrl(QString::fromUtf8(value)).toUtf8();
    // Refresh ("0; url=…"), Link ("<…>; rel=…") and any other header: URLs
    // and name=value pairs inside.
    return scrubThenRedact(value.toByteArray(), parameterPasses);
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
    return scrubThenRedact(body.toByteArray(), bodyPasses, contentType);
}

QString Redactor::redactText(const QString &text) const
{
    return QString::fromUtf8(scrubThenRedact(text.toUtf8(), textPasses));
}

namespace {

// --api-key K, --token=K, API_KEY=K in a command line's words, then its text.
QByteArray commandLinePasses(QByteArrayView s, QByteArrayView, QByteArrayList *replaced)
{
    // Split into words, keeping the separators and quotes so the result reads
    // like the original.
    struct Word
    {
        qsizetype start, end; // the word's text, quotes included
    };
    QList<Word> words;
    for (qsizetype i = 0; i < s.size();) {
        while (i < s.size() && uchar(s[i]) <= ' ')
            ++i;
        if (i >= s.size())
            break;
        const qsizetype start = i;
        while (i < s.size() && uchar(s[i]) > ' ') {
            if (s[i] == '"' || s[i] == '\'') {
                const char quote = s[i];
                const qsizetype close = s.indexOf(quote, i + 1);
                i = close < 0 ? s.size() : close + 1;
            } else {
                ++i;
            }
        }
        words.append({start, i});
    }
    // A name that reads like a secret: in the table, or ending in one of
    // these (GITHUB_TOKEN, OPENAI_API_KEY, --client-secret, DB_PASSWORD).
    auto secretName = [](QByteArrayView rawName) {
        QByteArrayView n = rawName;
        while (n.startsWith('-'))
            n = n.sliced(1);
        const QByteArray normalized = normalizedName(n);
        if (normalized.isEmpty())
            return false;
        if (inTable(normalized))
            return true;
        for (const char *suffix : {"token", "secret", "password", "passwd", "apikey", "accesskey",
                                   "privatekey", "credentials", "auth"})
            if (normalized.endsWith(suffix))
                return true;
        return false;
    };
    QByteArray out;
    qsizetype copied = 0;
    auto mask = [&](qsizetype from, qsizetype to) {
        if (to <= from)
            return;
        if (replaced)
            replaced->append(s.sliced(from, to - from).toByteArray());
        out.append(s.sliced(copied, from - copied));
        out.append(Redactor::placeholder);
        copied = to;
    };
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QByteArrayView word = s.sliced(words[w].start, words[w].end - words[w].start);
        const qsizetype eq = word.indexOf('=');
        if (eq > 0 && !word.first(eq).contains("://") && secretName(word.first(eq))) {
            // --token=K, API_KEY=K
            mask(words[w].start + eq + 1, words[w].end);
        } else if (word.startsWith('-') && eq < 0 && secretName(word) && w + 1 < words.size() &&
                   !s.sliced(words[w + 1].start).startsWith('-')) {
            // --api-key K, --password K
            mask(words[w + 1].start, words[w + 1].end);
            ++w;
        }
    }
    out.append(s.sliced(copied));
    return Redactor::redactTextParameters(out, replaced);
}

} // namespace

QString Redactor::redactCommandLine(const QString &commandLine) const
{
    return QString::fromUtf8(scrubThenRedact(commandLine.toUtf8(), commandLinePasses));
}

Exchange Redactor::redact(const Exchange &e) const
{
    Exchange out = e;
    // Decoded first: redaction reads bytes, and a compressed body hides them.
    auto decode = [](QByteArray &body, HeaderList &headers, bool &truncated) {
        const QByteArray codings = headerValue(headers, "content-encoding").trimmed();
        if (body.isEmpty() || codings.isEmpty() || !headerValue(headers, decodedHeader).isEmpty())
            return;
        const auto decoded = decodeContentEncoding(body, codings, maxDecodedBody);
        if (!decoded)
            return;
        QByteArray note = codings + "; " + QByteArray::number(body.size()) + " bytes on the wire";
        if (!decoded->complete)
            note += "; the stream ends early, decoded as far as it goes";
        if (decoded->truncated) {
            note += "; cut at " + QByteArray::number(maxDecodedBody) + " bytes decoded";
            truncated = true;
        }
        headers.append({decodedHeader.toByteArray(), note});
        body = decoded->body;
    };
    bool requestTruncated = false;
    decode(out.requestBody, out.requestHeaders, requestTruncated);
    decode(out.responseBody, out.responseHeaders, out.responseTruncated);

    out.url = redactUrl(e.url);
    // Credentials and cookies in any header become known secrets (as
    // redactHeaderValue() meets them), so a first pass over every header lets
    // the real one catch a server echoing them in another header or a body.
    redactHeaders(out.requestHeaders + out.responseHeaders);
    out.requestHeaders = redactHeaders(out.requestHeaders);
    out.responseHeaders = redactHeaders(out.responseHeaders);
    out.requestBody = redactBody(out.requestBody, e.requestHeader("content-type"));
    out.responseBody = redactBody(out.responseBody, e.responseHeader("content-type"));
    out.reasonPhrase = scrubThenRedact(e.reasonPhrase, parameterPasses);
    // Network error texts quote the URL, query string included.
    QStringList words = e.errorMessage.split(QLatin1Char(' '));
    for (QString &word : words)
        if (word.contains(QLatin1Char('?')) || word.contains(QLatin1Char('#')))
            word = redactUrl(word);
    out.errorMessage = redactText(words.join(QLatin1Char(' ')));
    return out;
}

} // namespace mcpscope
