// Redaction runs on every byte a server sends before it reaches disk. The
// property: no planted secret survives, in any content type or encoding.
//
// Input: byte 0 picks the mode (where the secret is planted), byte 1 the
// variant (content encoding in bits 0-1, name spelling in bits 2-4, content
// type in bits 5-7), byte 2 the sensitive name (or the insertion point); the
// rest is the fuzzer's text, which fills the document around the secret,
// escaped as that document type requires, so the secret is always planted in
// well-formed structure.
#include "capture/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <zlib.h>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

// Planted values: letters only, so no document syntax can end them early.
// The header value is kept apart from the body value because cookies and
// credential headers become process-wide known secrets once seen: a body
// check must not pass because a header check registered its value.
constexpr QByteArrayView kBodyValue = "PLANTEDxBODYxVALUE";
constexpr QByteArrayView kHeaderValue = "PLANTEDxHEADERxVALUE";
// A known secret with characters that every encoding changes.
constexpr QByteArrayView kKnown = ":planted/known+secret:";

constexpr const char *kNames[] = {
    "access_token",  "refresh_token", "id_token",         "code",
    "code_verifier", "client_secret", "client_assertion", "assertion",
    "password",      "token",         "api_key",          "device_code",
    "user_code",     "secret",        "session_token",    "registration_access_token",
    "subject_token", "actor_token",   "private_key",      "auth_token"};
constexpr const char *kHeaders[] = {"X-Api-Key",      "X-Goog-Api-Key", "Apikey",
                                    "X-Access-Token", "Private-Token",  "X-Auth-Token",
                                    "Api-Key",        "x-refresh-token"};

[[noreturn]] void fail(const char *why, const QByteArray &out)
{
    fprintf(stderr, "redaction property broken: %s\n---\n%s\n---\n", why, out.constData());
    std::abort();
}

// The name written as the spelling bits say; escapes only where the syntax has them.
QByteArray spell(const char *snake, int spelling, bool json, bool urlEncoded)
{
    QByteArray name(snake);
    switch (spelling) {
    case 1:
        return name.toUpper();
    case 2: { // camelCase
        QByteArray out;
        bool up = false;
        for (char c : name) {
            if (c == '_')
                up = true;
            else
                out += up ? char(c & ~0x20) : c, up = false;
        }
        return out;
    }
    case 3:
        return name.replace('_', '-');
    case 4:
        return json ? name.replace("_", "\\u005f") : urlEncoded ? name.replace("_", "%5F") : name;
    case 5:
        return char(name[0] & ~0x20) + name.mid(1);
    case 6:
        return json ? name.replace("a", "\\u0061") : urlEncoded ? name.replace("_", "%5f") : name;
    default:
        return name;
    }
}

QByteArray jsonString(const QByteArray &text)
{
    const QByteArray array =
        QJsonDocument(QJsonArray{QString::fromUtf8(text)}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray htmlEscaped(const QByteArray &text)
{
    return QString::fromUtf8(text).toHtmlEscaped().toUtf8();
}

QByteArray compress(const QByteArray &data, int windowBits)
{
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        std::abort();
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 32, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        std::abort();
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

bool containsAnyForm(const QByteArray &data, QByteArrayView secret)
{
    for (const QByteArray &form : SecretSet::encodedForms(secret))
        if (data.contains(form))
            return true;
    return false;
}

// Redacts body as a response with the given content type and encoding
// (0 identity, 1 gzip, 2 deflate, 3 raw deflate) and returns the stored body.
QByteArray redactAsResponse(const Redactor &redactor, const QByteArray &body,
                            const QByteArray &contentType, int encoding)
{
    static const char *codings[] = {"", "gzip", "deflate", "deflate"};
    static const int windowBits[] = {0, 31, 15, -15};
    Exchange e;
    e.url = QStringLiteral("https://as.example/x");
    if (!contentType.isEmpty())
        e.responseHeaders.append({"Content-Type", contentType});
    e.responseBody = body;
    if (encoding) {
        e.responseHeaders.append({QByteArray("Content-Encoding"), QByteArray(codings[encoding])});
        e.responseBody = compress(body, windowBits[encoding]);
    }
    const Exchange out = redactor.redact(e);
    // Decoded, or the check below would look at compressed bytes.
    if (encoding && !body.isEmpty() &&
        headerValue(out.responseHeaders, Redactor::decodedHeader).isEmpty())
        fail("a compressed body was not decoded", out.responseBody);
    return out.responseBody;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const int mode = data[0] % 10;
    const int variant = data[1];
    const int encoding = variant & 3;
    const int spelling = (variant >> 2) & 7;
    const int typeBits = (variant >> 5) & 7;
    const QByteArray fuzz(reinterpret_cast<const char *>(data) + 3, qsizetype(size - 3));
    const char *name = kNames[data[2] % std::size(kNames)];
    static const char *formTypes[] = {"application/x-www-form-urlencoded",
                                      "Application/X-WWW-Form-Urlencoded",
                                      "",
                                      "text/plain",
                                      "application/octet-stream",
                                      "application/x-www-form-urlencoded; charset=UTF-8",
                                      "",
                                      ""};
    static const char *anyTypes[] = {"application/json",
                                     "application/x-www-form-urlencoded",
                                     "text/event-stream",
                                     "text/html",
                                     "",
                                     "text/plain",
                                     "application/octet-stream",
                                     "APPLICATION/JSON"};

    static Redactor redactor;
    static const bool known = (redactor.addKnownSecret(kKnown.toByteArray()), true);
    (void)known;
    // The planted values are the harness's own: text of the fuzzer's that
    // already holds one would be found in a place nothing says is secret.
    // (This also keeps the body value out of headers, where it could become a
    // process-wide known secret and make later body checks pass by scrubbing.)
    if (fuzz.contains(kBodyValue.toByteArray()) || fuzz.contains(kHeaderValue.toByteArray()))
        return 0;

    const QByteArray value = kBodyValue.toByteArray();
    QByteArray out;
    switch (mode) {
    case 0: { // JSON body: {"<fuzz>":"<fuzz>","<name>":"V"}
        const QByteArray doc = "{" + jsonString(fuzz.left(fuzz.size() / 2)) + ":" +
                               jsonString(fuzz.mid(fuzz.size() / 2)) + ",\"" +
                               spell(name, spelling, true, false) + "\" : \"" + value + "\"}";
        out = redactAsResponse(redactor, doc, anyTypes[typeBits], encoding);
        break;
    }
    case 1: { // JSON inside a JSON string (a tool result, an SSE data line)
        const QByteArray inner = "{" + jsonString(fuzz) + ":1,\"" +
                                 spell(name, spelling, true, false) + "\":\"" + value + "\"}";
        const QByteArray doc =
            "event: message\ndata: {\"result\":{\"text\":" + jsonString(inner) + "}}\n\n";
        out = redactAsResponse(redactor, doc,
                               typeBits & 1 ? "text/event-stream" : "application/json", encoding);
        break;
    }
    case 2: { // form body, recognised by content or by Content-Type in any casing
        const QByteArray doc =
            QUrl::toPercentEncoding(QString::fromUtf8(fuzz.left(fuzz.size() / 2))) + "=" +
            QUrl::toPercentEncoding(QString::fromUtf8(fuzz.mid(fuzz.size() / 2))) + "&" +
            spell(name, spelling, false, true) + "=" + value;
        out = redactAsResponse(redactor, doc, formTypes[typeBits], encoding);
        break;
    }
    case 3: { // URL: query, fragment or userinfo
        const QByteArray pair = spell(name, spelling, false, true) + "=" + value;
        const QByteArray fuzzPart = QUrl::toPercentEncoding(QString::fromUtf8(fuzz));
        QByteArray url;
        switch (typeBits % 3) {
        case 0:
            url = "https://h.example/p?" + fuzzPart + "=1&" + pair + "&x=" + fuzzPart;
            break;
        case 1:
            url = "https://h.example/p/" + fuzzPart + "#" + pair;
            break;
        default:
            url = "https://" + fuzzPart + ":" + value + "@h.example/" + fuzzPart;
            break;
        }
        out = redactor.redactUrl(QString::fromUtf8(url)).toUtf8();
        // The same URL in Location, Refresh and Link headers.
        out += redactor.redactHeaderValue("Location", url);
        out += redactor.redactHeaderValue("Refresh", QByteArray("0; url=" + url));
        out += redactor.redactHeaderValue("Link", QByteArray("<" + url + ">; rel=\"next\""));
        break;
    }
    case 4: { // HTML body with the URL in a link (&amp; separated)
        const QByteArray doc = "<html><p>" + htmlEscaped(fuzz) +
                               "</p><a href=\"https://c.example/cb?state=" +
                               htmlEscaped(QUrl::toPercentEncoding(QString::fromUtf8(fuzz))) +
                               "&amp;" + spell(name, spelling, false, true) + "=" + value +
                               "&amp;iss=x\">" + htmlEscaped(fuzz) + "</a></html>";
        out = redactAsResponse(redactor, doc, typeBits & 1 ? "text/html; charset=utf-8" : "",
                               encoding);
        break;
    }
    case 5: { // text body: "Redirecting to /cb?name=V"
        QByteArray text = fuzz;
        text.replace('?', ' ').replace('&', ' ').replace('=', ' ').replace('%', ' ');
        const QByteArray doc = text + " Redirecting to /cb?" + spell(name, spelling, false, true) +
                               "=" + value + " " + text;
        out = redactAsResponse(redactor, doc, anyTypes[typeBits], encoding);
        break;
    }
    case 6: { // Set-Cookie: several cookies joined by '\n'; each value blanked
        QByteArray line = fuzz;
        line.replace('\n', ' ').replace('\r', ' ');
        const QByteArray header =
            line + "\nsid=" + kHeaderValue.toByteArray() + "; Path=/; HttpOnly";
        out = redactor.redactHeaderValue("Set-Cookie", header);
        // The whole line passes through the process-wide known secrets, which
        // earlier runs filled with fuzz: "sid=[REDACTED]" may be one of them.
        const QByteArray last = out.sliced(out.lastIndexOf('\n') + 1);
        if (!last.startsWith("sid=[REDACTED];") && !last.startsWith("[REDACTED]"))
            fail("the planted cookie's line is not redacted as expected", out);
        break;
    }
    case 7: { // Cookie
        QByteArray line = fuzz;
        line.replace('\n', ' ').replace('\r', ' ').replace(';', ' ');
        out = redactor.redactHeaderValue("Cookie",
                                         QByteArray(line + "; sid=" + kHeaderValue.toByteArray()));
        if (!out.endsWith("sid=[REDACTED]") && !out.endsWith("[REDACTED]"))
            fail("the planted cookie is not redacted as expected", out);
        break;
    }
    case 8: { // credential headers lose their value, Authorization keeps its scheme
        const char *header = kHeaders[data[2] % std::size(kHeaders)];
        out = redactor.redactHeaderValue(header, QByteArray(fuzz + kHeaderValue.toByteArray()));
        if (out != Redactor::placeholder)
            fail("a credential header kept its value", out);
        out = redactor.redactHeaderValue("Authorization",
                                         QByteArray("Bearer " + fuzz + kHeaderValue.toByteArray()));
        if (out != "Bearer [REDACTED]")
            fail("Authorization kept more than its scheme", out);
        break;
    }
    default: { // a known secret, in any of its encodings, anywhere in any body
        const QList<QByteArray> forms = SecretSet::encodedForms(kKnown);
        const QByteArray form = forms.at(typeBits % forms.size());
        const qsizetype at = fuzz.isEmpty() ? 0 : data[2] % (fuzz.size() + 1);
        const QByteArray doc = fuzz.left(at) + form + fuzz.mid(at);
        out = redactAsResponse(redactor, doc, anyTypes[spelling], encoding);
        if (containsAnyForm(out, kKnown))
            fail("a known secret survived", out);
        out += redactor.redactHeaderValue("X-Echo", doc);
        out += redactor.redactUrl(QString::fromLatin1(doc)).toLatin1();
        out += redactor.redactText(QString::fromLatin1(doc)).toLatin1();
        break;
    }
    }
    if (out.contains(value) || out.contains(kHeaderValue.toByteArray()))
        fail("a planted value survived", out);
    if (containsAnyForm(out, kKnown))
        fail("a known secret survived", out);

    // Whatever the input: redaction never crashes, and JSON redaction is
    // stable (redacting twice changes nothing more).
    const QByteArray json = Redactor::redactJsonFields(fuzz);
    if (Redactor::redactJsonFields(json) != json)
        fail("redacting JSON twice changed it again", json);
    // Text with nothing redaction acts on passes through unchanged.
    const bool inert = !fuzz.contains('"') && !fuzz.contains('=') && !fuzz.contains('%') &&
                       !fuzz.contains("://") && !containsAnyForm(fuzz, kKnown);
    if (inert && (json != fuzz || Redactor::redactFormFields(fuzz) != fuzz ||
                  Redactor::redactTextParameters(fuzz) != fuzz))
        fail("inert text was changed", fuzz);
    (void)redactor.redactCommandLine(QString::fromUtf8(fuzz));
    return 0;
}
