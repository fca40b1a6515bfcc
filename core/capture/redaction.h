#pragma once

#include "common/known_secrets.h"
#include "net/exchange.h"

#include <QByteArray>
#include <QString>

namespace mcpscope {

// Removes secrets from everything headed for disk, a log or an export.
// CaptureStore applies it to every exchange, JSON-RPC message and session it
// records before queueing it, so no code path writes unredacted bytes. Safe to
// call from any thread.
//
// Sensitive names: one table (kSensitiveNames in redaction.cpp), matched after
// unescaping (JSON \uXXXX, percent-encoding, '+') and normalising (ASCII case
// folded; '_', '-' and '.' dropped, so access_token, accessToken, Access-Token
// and ACCESS_TOKEN are one name):
//   OAuth/OIDC:   access_token, refresh_token, id_token, code, code_verifier,
//                 client_secret, client_assertion, assertion, device_code,
//                 user_code, registration_access_token, subject_token,
//                 actor_token, token, password, secret
//   API keys:     api_key (apikey), x-api-key, api-key, x-goog-api-key,
//                 x-access-token, private-token, x-auth-token (auth_token),
//                 session_token (sessionToken), private_key
//   headers:      Authorization, Proxy-Authorization (scheme kept), Cookie,
//                 Set-Cookie (cookie names and attributes kept)
// A header whose name is "X-" plus a sensitive name is sensitive too.
//
// Rules (each has its own unit test):
//  - Authorization and Proxy-Authorization keep their scheme only; Cookie
//    and every Set-Cookie (Qt joins repeated ones with '\n') keep cookie
//    names and attributes, not values; other sensitive headers lose their
//    value;
//  - a sensitive name loses its string value in JSON (at any nesting of JSON
//    inside JSON strings), in form bodies (recognised by Content-Type in any
//    casing, or by content when the body is one line of name=value pairs),
//    and as name=value anywhere in text: query strings, fragments, URLs in
//    headers (Location, Content-Location, Refresh, Link, …) and in HTML or
//    text bodies (&amp; separated too);
//  - a password in a URL's userinfo (scheme://user:password@host) is blanked
//    wherever a URL appears;
//  - bodies with a Content-Encoding (gzip, deflate, br) are decoded first and
//    stored decoded; the exchange then carries the header decodedHeader,
//    naming the codings and the size on the wire;
//  - values seen in Authorization, Cookie, Set-Cookie and API-key headers
//    are registered as known secrets (SecretSet::process()), so a server that
//    echoes them elsewhere is caught;
//  - every known secret (this redactor's and the process-wide set) is
//    replaced wherever it appears, raw or encoded (see SecretSet).
class Redactor final
{
    Q_DISABLE_COPY_MOVE(Redactor)

public:
    static inline constexpr QByteArrayView placeholder = kRedactedPlaceholder;
    // Added to an exchange whose stored body was decoded from its
    // Content-Encoding, e.g. "gzip; 1234 bytes on the wire".
    static inline constexpr QByteArrayView decodedHeader = "X-McpScope-Decoded";
    // Decoded bodies are cut at this size (and marked truncated).
    static inline constexpr qsizetype maxDecodedBody = 16 * 1024 * 1024;

    Redactor() = default;

    // name is compared after normalising (see above); names may be raw
    // (percent- or JSON-escaped) as found.
    static bool isSensitiveField(QByteArrayView name);
    static bool isSensitiveHeader(QByteArrayView name);

    // Scrubbed verbatim from everything this redactor handles; values
    // shorter than SecretSet::minimumLength are ignored.
    void addKnownSecret(const QByteArray &secret);

    HeaderList redactHeaders(const HeaderList &headers) const;
    QByteArray redactHeaderValue(QByteArrayView name, QByteArrayView value) const;
    QString redactUrl(const QString &url) const;
    QByteArray redactBody(QByteArrayView body, QByteArrayView contentType) const;
    QString redactText(const QString &text) const;
    // A session target: a URL, or a stdio command line whose secret-looking
    // arguments (--api-key K, --token=K, -p K, API_KEY=K, URL userinfo) are
    // masked. What `sessions` prints and the UI shows.
    QString redactCommandLine(const QString &commandLine) const;
    Exchange redact(const Exchange &exchange) const;

    // Building blocks, exposed for tests and fuzzing. Each appends the
    // values it replaced (as they were in the text) to `replaced` when given.
    static QByteArray redactJsonFields(QByteArrayView text, QByteArrayList *replaced = nullptr);
    static QByteArray redactFormFields(QByteArrayView form, QByteArrayList *replaced = nullptr);
    // name=value pairs with a sensitive name, and userinfo passwords, in free text.
    static QByteArray redactTextParameters(QByteArrayView text, QByteArrayList *replaced = nullptr);
    static bool looksLikeForm(QByteArrayView body);

private:
    // The structural passes over some text; `replaced` as above.
    using Passes = QByteArray (*)(QByteArrayView text, QByteArrayView contentType,
                                  QByteArrayList *replaced);
    QByteArray scrubKnownSecrets(QByteArray data) const;
    QByteArray scrubThenRedact(const QByteArray &data, Passes passes,
                               QByteArrayView contentType = {}) const;

    SecretSet m_knownSecrets;
};

} // namespace mcpscope
