#include "common/known_secrets.h"

#include <QHash>
#include <QUrl>

#include <algorithm>
#include <cstring>

namespace mcpscope {

namespace {

quint16 key2(const char *p)
{
    return quint16(quint8(p[0]) | (quint8(p[1]) << 8));
}

quint64 key8(const char *p)
{
    quint64 k;
    std::memcpy(&k, p, sizeof k);
    return k;
}

} // namespace

SecretSet &SecretSet::process()
{
    // Never destroyed: a keychain job or a server's stderr may still report
    // a secret while statics are being torn down at exit.
    static SecretSet *set = new SecretSet;
    return *set;
}

QList<QByteArray> SecretSet::encodedForms(QByteArrayView secret)
{
    const QByteArray raw = secret.toByteArray();
    QList<QByteArray> forms{raw};
    auto addForm = [&forms](const QByteArray &form) {
        if (form.size() >= minimumLength && !forms.contains(form))
            forms.append(form);
    };
    addForm(QUrl::toPercentEncoding(QString::fromUtf8(raw)));
    addForm(raw.toBase64());
    addForm(raw.toBase64(QByteArray::OmitTrailingEquals));
    addForm(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (raw.contains('/'))
        addForm(QByteArray(raw).replace("/", "\\/"));
    return forms;
}

void SecretSet::insertForms(const QByteArray &secret)
{
    if (m_firstTwo.empty())
        m_firstTwo.assign(65536, 0);
    for (const QByteArray &form : encodedForms(secret)) {
        if (m_formRefs[form]++ > 0)
            continue; // another secret has the same form
        QList<QByteArray> &bucket = m_byPrefix[key8(form.constData())];
        const auto at = std::find_if(bucket.begin(), bucket.end(), [&form](const QByteArray &b) {
            return b.size() < form.size();
        });
        bucket.insert(at, form);
        ++m_firstTwo[key2(form.constData())];
    }
}

void SecretSet::removeForms(const QByteArray &secret)
{
    for (const QByteArray &form : encodedForms(secret)) {
        const auto ref = m_formRefs.find(form);
        if (ref == m_formRefs.end() || --*ref > 0)
            continue; // another known secret shares it
        m_formRefs.erase(ref);
        const auto bucket = m_byPrefix.find(key8(form.constData()));
        if (bucket == m_byPrefix.end() || !bucket->removeOne(form))
            continue;
        if (bucket->isEmpty())
            m_byPrefix.erase(bucket);
        --m_firstTwo[key2(form.constData())];
    }
}

bool SecretSet::add(QByteArrayView secret)
{
    // Part of the placeholder is no secret: scrubbing "[REDACTED" (a server
    // may send any text as a cookie) would turn every placeholder into
    // "[REDACTED]]".
    if (secret.size() < minimumLength || kRedactedPlaceholder.contains(secret))
        return false;
    // A secret that overlaps the placeholder ("=[REDACTED", "ED]abc", or one
    // that holds it whole) would, once scrubbed, eat into the placeholders
    // beside it ("sid=[REDACTED]" became "sid[REDACTED]]"): only what lies
    // outside the placeholder is kept as the secret.
    const qsizetype p = kRedactedPlaceholder.size();
    if (const qsizetype whole = secret.indexOf(kRedactedPlaceholder); whole >= 0) {
        const bool before = add(secret.first(whole));
        const bool after = add(secret.sliced(whole + p));
        return before || after;
    }
    for (qsizetype k = std::min(secret.size(), p) - 1; k >= 1; --k) {
        if (secret.endsWith(kRedactedPlaceholder.first(k)))
            return add(secret.first(secret.size() - k));
        if (secret.startsWith(kRedactedPlaceholder.last(k)))
            return add(secret.sliced(k));
    }
    const QByteArray value = secret.toByteArray();
    QWriteLocker locker(&m_lock);
    if (m_known.contains(value))
        return false;
    m_known.insert(value);
    m_secrets.push_back(value);
    insertForms(value);
    if (qsizetype(m_secrets.size()) > capacity) {
        const QByteArray oldest = m_secrets.front();
        m_secrets.pop_front();
        m_known.remove(oldest);
        removeForms(oldest);
    }
    return true;
}

QByteArray SecretSet::scrub(QByteArray data, QByteArrayView placeholder) const
{
    QReadLocker locker(&m_lock);
    if (m_secrets.empty() || data.size() < minimumLength)
        return data;
    QByteArray out;
    qsizetype copied = 0;
    const char *p = data.constData();
    const qsizetype n = data.size();
    for (qsizetype i = 0; i + minimumLength <= n;) {
        if (!m_firstTwo[key2(p + i)]) {
            ++i;
            continue;
        }
        const auto bucket = m_byPrefix.constFind(key8(p + i));
        qsizetype matched = 0;
        if (bucket != m_byPrefix.constEnd()) {
            for (const QByteArray &form : *bucket) {
                if (form.size() <= n - i &&
                    std::memcmp(p + i, form.constData(), size_t(form.size())) == 0) {
                    matched = form.size();
                    break;
                }
            }
        }
        if (!matched) {
            ++i;
            continue;
        }
        if (out.isEmpty())
            out.reserve(n);
        out.append(p + copied, i - copied);
        out.append(placeholder);
        i += matched;
        copied = i;
    }
    if (copied == 0)
        return data;
    out.append(p + copied, n - copied);
    return out;
}

QString SecretSet::scrubText(const QString &text) const
{
    if (isEmpty())
        return text;
    return QString::fromUtf8(scrub(text.toUtf8()));
}

bool SecretSet::isEmpty() const
{
    QReadLocker locker(&m_lock);
    return m_secrets.empty();
}

qsizetype SecretSet::size() const
{
    QReadLocker locker(&m_lock);
    return qsizetype(m_secrets.size());
}

} // namespace mcpscope
