// Token endpoint answers come from authorization servers. Every answer is
// either tokens or an error that explains itself, and a parsed answer written
// back as JSON parses to the same fields.
#include "oauth/oauth_types.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

bool operator==(const TokenSet &a, const TokenSet &b)
{
    return a.accessToken == b.accessToken && a.tokenType == b.tokenType &&
           a.refreshToken == b.refreshToken && a.idToken == b.idToken && a.scope == b.scope &&
           a.obtainedAtMs == b.obtainedAtMs && a.expiresAtMs == b.expiresAtMs;
}

// An RFC 6749 §5.1/§5.2 body carrying exactly the parsed fields.
QByteArray serialised(const TokenResponse &r, qint64 nowMs)
{
    QJsonObject o;
    if (!r.error.isEmpty() && r.error != u"invalid_response") {
        o.insert(QStringLiteral("error"), r.error);
        if (!r.errorDescription.isEmpty())
            o.insert(QStringLiteral("error_description"), r.errorDescription);
        return QJsonDocument(o).toJson();
    }
    const TokenSet &t = r.tokens;
    for (const auto &[name, value] : {std::pair{"access_token", t.accessToken},
                                      {"token_type", t.tokenType},
                                      {"refresh_token", t.refreshToken},
                                      {"id_token", t.idToken},
                                      {"scope", t.scope}})
        if (!value.isEmpty())
            o.insert(QLatin1String(name), value);
    if (t.expiresAtMs)
        o.insert(QStringLiteral("expires_in"), double(t.expiresAtMs - nowMs) / 1000);
    return QJsonDocument(o).toJson();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    // A clock anywhere from the epoch to the present day.
    const qint64 nowMs = qint64(data[0]) * 7'000'000'000;
    const TokenResponse parsed = parseTokenResponse(body, nowMs);
    // Tokens or an error, never neither; both only when the tokens are refused.
    if (parsed.error.isEmpty() ? !parsed.tokens.isValid()
                               : parsed.tokens.isValid() && parsed.error != u"invalid_response")
        std::abort();
    if (parsed.error == u"invalid_response" && parsed.errorDescription.isEmpty())
        std::abort();
    if (parsed.tokens.isValid() &&
        (parsed.tokens.obtainedAtMs != nowMs || parsed.tokens.expiresAtMs < 0))
        std::abort();
    // A rejected answer may still have parsed fields (e.g. a MAC token);
    // round trip only what the parser accepted or the server's own error.
    if (parsed.error == u"invalid_response")
        return 0;
    const TokenResponse again = parseTokenResponse(serialised(parsed, nowMs), nowMs);
    if (!(again.tokens == parsed.tokens) || again.error != parsed.error ||
        again.errorDescription != parsed.errorDescription)
        std::abort();
    return 0;
}
