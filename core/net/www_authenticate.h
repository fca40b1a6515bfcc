#pragma once

#include "common/error.h"
#include "net/exchange.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace mcpscope {

// One challenge of a WWW-Authenticate header (RFC 9110 §11.6.1): a scheme
// with auth-params, or with a token68.
struct AuthChallenge
{
    QString scheme; // as sent; compare case-insensitively
    QString token68;
    QList<QPair<QString, QString>> params; // names lower-cased, values unquoted

    QString param(const QString &name) const;
    bool isBearer() const
    {
        return scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0;
    }
};

// Parses every challenge in one header value. A server controls these bytes:
// malformed input is an Error saying where it broke, never a crash; length
// and parameter count are capped.
Result<QList<AuthChallenge>> parseWwwAuthenticate(QByteArrayView header);

// What a Bearer challenge asks for (RFC 6750 §3, RFC 9728 §5.1).
struct BearerChallenge
{
    QString error; // invalid_token, insufficient_scope, …
    QString errorDescription;
    QString scope;            // space-separated
    QString resourceMetadata; // URL of the protected resource metadata
    QString realm;
};

// The first challenge of this scheme (compared without case) among all
// WWW-Authenticate headers of a response; headers that cannot be parsed are
// passed over. bearerChallenge and dpopChallenge read theirs through it.
std::optional<AuthChallenge> firstChallenge(const HeaderList &responseHeaders,
                                            QLatin1String scheme);

// The Bearer challenge among all WWW-Authenticate headers of a response,
// if there is one; headers that cannot be parsed are passed over.
std::optional<BearerChallenge> bearerChallenge(const HeaderList &responseHeaders);

// The parse error (OAuthWwwAuthenticate) of the last WWW-Authenticate header
// of a response that cannot be parsed, for a warning; success when all parse.
Result<void> checkWwwAuthenticate(const HeaderList &responseHeaders);

} // namespace mcpscope
