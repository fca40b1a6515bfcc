#pragma once

#include <QByteArray>
#include <QList>
#include <QReadWriteLock>
#include <QString>

#include <QHash>
#include <QSet>

#include <deque>
#include <vector>

namespace mcpscope {

// A set of secret values to scrub, verbatim, from anything headed for disk:
// each secret is matched raw and in the forms it travels in (percent-encoded,
// base64 with and without padding, base64url, JSON-escaped '/'), in one pass
// over the data. Thread-safe: add() and scrub() may be called from any thread.
//
// It lives in common/ so that every layer can register what it holds without
// knowing about the capture store: oauth/ registers tokens, codes, verifiers,
// client secrets and assertions the moment they exist, vault/ the tokens it
// loads, capture/ the cookies and credentials it sees in headers. Every
// Redactor consults the process-wide set (process()) as well as its own.
// What every redacted value becomes.
inline constexpr QByteArrayView kRedactedPlaceholder = "[REDACTED]";

class SecretSet final
{
    Q_DISABLE_COPY_MOVE(SecretSet)

public:
    // Shorter values would match ordinary text.
    static inline constexpr qsizetype minimumLength = 8;
    // The oldest secrets are forgotten past this many, so a long session's
    // cookies cannot make scrubbing slow without bound.
    static inline constexpr qsizetype capacity = 4096;

    SecretSet() = default;

    // The process-wide set every Redactor consults.
    static SecretSet &process();

    // Returns false when the value is too short or already known.
    bool add(QByteArrayView secret);
    bool add(const QByteArray &secret) { return add(QByteArrayView(secret)); }
    bool add(const QString &secret) { return add(QByteArrayView(secret.toUtf8())); }

    // Replaces every occurrence of any form of any secret with placeholder.
    QByteArray scrub(QByteArray data, QByteArrayView placeholder = kRedactedPlaceholder) const;
    QString scrubText(const QString &text) const;
    bool isEmpty() const;
    qsizetype size() const;

    // The encodings of one secret that are matched (the secret itself first).
    static QList<QByteArray> encodedForms(QByteArrayView secret);

private:
    void insertForms(const QByteArray &secret);
    void removeForms(const QByteArray &secret);

    // Every form is at least minimumLength bytes, so its first 8 bytes key a
    // hash; a count per first two bytes rejects almost every position before
    // the hash is consulted, which keeps the scan one cheap pass however many
    // secrets are known. Adding or forgetting a secret touches only its forms.
    mutable QReadWriteLock m_lock;
    std::deque<QByteArray> m_secrets; // oldest first
    QSet<QByteArray> m_known;
    QHash<QByteArray, int> m_formRefs;            // secrets that have this form
    QHash<quint64, QList<QByteArray>> m_byPrefix; // each list longest first
    std::vector<quint32> m_firstTwo;              // 65536 counts once a secret is known
};

// Registers a secret the process holds or has seen with SecretSet::process().
// Call it the moment the value exists (a parsed token response, a generated
// verifier, a value read from the keychain); empty and short values are ignored.
inline void registerSecret(const QString &secret)
{
    if (secret.size() >= SecretSet::minimumLength)
        SecretSet::process().add(secret);
}
inline void registerSecret(QByteArrayView secret)
{
    if (secret.size() >= SecretSet::minimumLength)
        SecretSet::process().add(secret);
}
inline void registerSecret(const QByteArray &secret)
{
    registerSecret(QByteArrayView(secret));
}

// registerSecret(), then the value: for a secret that is used where it is read.
template <typename T> const T &registeredSecret(const T &secret)
{
    registerSecret(secret);
    return secret;
}

} // namespace mcpscope
