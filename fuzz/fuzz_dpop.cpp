// What DPoP reads from servers (issue 16): the DPoP challenge of a
// WWW-Authenticate header, a DPoP-Nonce header, a token endpoint's
// use_dpop_nonce answer, and an IdP's token exchange answer (the ID-JAG).
// The input is split at the first two NUL bytes: the WWW-Authenticate value,
// the DPoP-Nonce value, the body.
#include "net/exchange.h"
#include "oauth/dpop.h"
#include "oauth/oauth_types.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = all.split('\0');
    const QByteArray challenge = parts.value(0);
    const QByteArray nonceHeader = parts.value(1);
    const QByteArray body = parts.mid(2).join('\0');
    const HeaderList headers{{"WWW-Authenticate", challenge}, {"DPoP-Nonce", nonceHeader}};
    (void)dpopChallenge(headers);
    // A nonce is 1*NQCHAR, at most 1024 of them, or nothing.
    const QString nonce = dpopNonce(headers);
    if (nonce.size() > 1024)
        std::abort();
    for (const QChar c : nonce)
        if (c.unicode() < 0x21 || c.unicode() > 0x7E || c == u'"' || c == u'\\')
            std::abort();
    Exchange e;
    e.status = 400;
    e.responseHeaders = headers;
    e.responseBody = body;
    if (isTokenEndpointNonceChallenge(e) && nonce.isEmpty())
        std::abort();
    // An answer is an ID-JAG or says why not.
    const TokenExchangeResponse answer = parseTokenExchangeResponse(body);
    if (answer.error.isEmpty() && answer.token.isEmpty())
        std::abort();
    if (answer.error.isEmpty() && answer.issuedTokenType != QLatin1String(kIdJagTokenType))
        std::abort();
    return 0;
}
