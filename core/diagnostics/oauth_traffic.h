#pragma once
// What the OAuth rules (rules_oauth.cpp) and the token facts observer
// (token_facts_observer.h) read from an exchange: the requests and answers of
// OAuth, recognised by their shape, whether redacted or not. Internal to
// diagnostics.
#include "net/exchange.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace mcpscope::OAuthTraffic {

// An authorization request (RFC 6749 §4.1.1): a GET whose query has
// response_type and client_id.
struct AuthorizationRequest
{
    QString endpoint; // the URL without its query
    QString clientId;
    QString redirectUri;
    QString state;
    QString codeChallenge; // not secret (the verifier is)
    QString codeChallengeMethod;
    bool hasCodeChallenge = false;
    QString resource;
    QString scope;
};
std::optional<AuthorizationRequest> authorizationRequest(const Exchange &e);

// A token request (RFC 6749 §4.1.3, §6, §4.4): a POST with a form body
// carrying grant_type. Values of secret fields are whatever the exchange
// holds (placeholders when redacted).
struct TokenRequest
{
    QString endpoint;
    QHash<QString, QString> form; // percent-decoded
    QString grantType;
    QString value(const char *name) const { return form.value(QString::fromLatin1(name)); }
    bool has(const char *name) const { return form.contains(QString::fromLatin1(name)); }
    // client_secret_basic, client_secret_post, private_key_jwt, or "" (none).
    QString authMethod;
};
std::optional<TokenRequest> tokenRequest(const Exchange &e);

// A JSON object answer, when the body is one (first non-space byte '{').
std::optional<QJsonObject> jsonAnswer(const Exchange &e);

// A redirect's Location resolved against the exchange's URL ("" if none).
QString redirectTarget(const Exchange &e);
// A query parameter of a URL ("" if absent), percent-decoded.
QString queryValue(const QString &url, const QString &name);

// The URL without query and fragment.
QString withoutQuery(const QString &url);
// scheme://host[:port] of a URL, lower-cased.
QString origin(const QString &url);
// The token issued for resource may be used at url (same origin, the
// resource's path a prefix of url's, compared canonically).
bool resourceCovers(const QString &resource, const QString &url);

// Space-separated scopes as a list, empty entries dropped.
QStringList scopes(const QString &scope);

// ms since the epoch as ISO 8601 UTC with milliseconds.
QString isoTime(qint64 ms);

// When the answer was complete (start + total, or + time to first byte).
qint64 answeredAtMs(const Exchange &e);

} // namespace mcpscope::OAuthTraffic
