#pragma once

#include "net/exchange.h"

#include <QByteArray>
#include <QList>
#include <QReadWriteLock>
#include <QString>

namespace mcpscope {

// Removes secrets from everything headed for disk, a log or an export.
// CaptureStore applies it to every exchange before queueing it, so no code
// path writes unredacted bytes. Safe to call from any thread.
//
// Rules (each has its own unit test):
//  - headers Authorization and Proxy-Authorization keep their scheme only;
//    Cookie and Set-Cookie keep cookie names and attributes, not values;
//    API-key headers lose their value;
//  - the fields access_token, refresh_token, id_token, code, code_verifier,
//    client_secret, client_assertion (and their camelCase spellings) lose
//    their value in query strings, fragments, form bodies and JSON, including
//    JSON nested inside JSON strings; URL-valued headers (Location, …) too;
//  - any registered known secret is replaced wherever it appears.
class Redactor final
{
public:
    static inline constexpr QByteArrayView placeholder = "[REDACTED]";

    static bool isSensitiveField(QByteArrayView name);
    static bool isSensitiveHeader(QByteArrayView name);

    // Scrubbed verbatim from everything; values shorter than 8 bytes are
    // ignored because they would match ordinary text.
    void addKnownSecret(const QByteArray &secret);

    HeaderList redactHeaders(const HeaderList &headers) const;
    QByteArray redactHeaderValue(QByteArrayView name, QByteArrayView value) const;
    QString redactUrl(const QString &url) const;
    QByteArray redactBody(QByteArrayView body, QByteArrayView contentType) const;
    QString redactText(const QString &text) const;
    Exchange redact(const Exchange &exchange) const;

    // Building blocks, exposed for tests and fuzzing.
    static QByteArray redactJsonFields(QByteArrayView text);
    static QByteArray redactFormFields(QByteArrayView form);

private:
    QByteArray scrubKnownSecrets(QByteArray data) const;

    mutable QReadWriteLock m_lock;
    QList<QByteArray> m_knownSecrets;
};

} // namespace mcpscope
