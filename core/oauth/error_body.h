#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

namespace mcpscope {

// What an error body says, read for a person. OAuth endpoints answer JSON
// (RFC 6749 §5.2), but many put an HTML page (oidc-provider's error page at
// the authorization endpoint, a proxy's 502) or plain text in its place.
// Pure functions over network bytes: any input is safe, only the first
// 256 KiB are read, and nothing in the body is ever interpreted as markup
// by the callers (the results are plain text).
struct ErrorBody
{
    QString error;       // an OAuth error code the body states, or empty
    QString description; // its error_description, when the body gives one
    QString title;       // an HTML page's <title>, whitespace collapsed
    QString text;        // the visible text, whitespace collapsed, ≤ 300 characters
    bool html = false;   // the body is an HTML page
    bool json = false;   // the body is a JSON object
    qsizetype size = 0;  // the body's length in bytes
};

// The body read: a JSON object's error and error_description; an HTML
// page's title and visible text (no tags, scripts or styles; entities
// decoded) and, when that text states one, its OAuth error
// ("error: invalid_client", "error=invalid_client" or a registered error
// code standing alone); a form-encoded or plain-text body the same way.
ErrorBody readErrorBody(const QByteArray &body);

// The OAuth error and description the body states, JSON or not.
std::pair<QString, QString> oauthErrorOf(const QByteArray &body);

// One plain-text phrase quoting the body for an error message: a JSON or
// text body's head (whitespace collapsed); for an HTML page "the server
// answered an HTML page (N bytes), not JSON", then its title and the head
// of its visible text. Empty for an empty body.
QString quoteErrorBody(const QByteArray &body);

} // namespace mcpscope
