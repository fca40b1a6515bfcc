#include "common/known_secrets.h"

#include <QHash>
#include <QUrl>

#include <algorithm>
#include <bitset>
#include <cstring>

namespace mcpscope {

// Every form is at least minimumLength bytes, so its first 8 bytes key a hash;
// a bitset over the first two bytes rejects almost every position before the
// hash is consulted, which keeps the scan one cheap pass however many secrets
// are known.
struct SecretSet::Compiled
{
    std::bitset<65536> firstTwo;
    QHash<quint64, QList<QByteArray>> byPrefix; // each list longest first

    static quint16 key2(const char *p) { return quint16(quint8(p[0]) | (quint8(p[1]) << 8)); }
    static quint64 key8(const char *p)
    {
        quint64 k;
        std::memcpy(&k, p, sizeof k);
        return k;
    }
};

SecretSet &SecretSet::process()
{
    static SecretSet set;
    return set;
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

bool SecretSet::add(QByteArrayView secret)
{
    if (secret.size() < minimumLength)
        return false;
    QWriteLocker locker(&m_lock);
    for (const QByteArray &known : std::as_const(m_secrets))
        if (known == secret)
            return false;
    m_secrets.append(secret.toByteArray());
    if (m_secrets.size() > capacity)
        m_secrets.removeFirst();

    auto compiled = std::make_shared<Compiled>();
    for (const QByteArray &s : std::as_const(m_secrets)) {
        for (const QByteArray &form : encodedForms(s)) {
            compiled->firstTwo.set(Compiled::key2(form.constData()));
            QList<QByteArray> &bucket = compiled->byPrefix[Compiled::key8(form.constData())];
            if (!bucket.contains(form))
                bucket.append(form);
        }
    }
    for (auto &bucket : compiled->byPrefix)
        std::sort(bucket.begin(), bucket.end(),
                  [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    m_compiled = std::move(compiled);
    return true;
}

QByteArray SecretSet::scrub(QByteArray data, QByteArrayView placeholder) const
{
    std::shared_ptr<const Compiled> compiled;
    {
        QReadLocker locker(&m_lock);
        compiled = m_compiled;
    }
    if (!compiled || data.size() < minimumLength)
        return data;
    QByteArray out;
    qsizetype copied = 0;
    const char *p = data.constData();
    const qsizetype n = data.size();
    for (qsizetype i = 0; i + minimumLength <= n;) {
        if (!compiled->firstTwo.test(Compiled::key2(p + i))) {
            ++i;
            continue;
        }
        const auto bucket = compiled->byPrefix.constFind(Compiled::key8(p + i));
        qsizetype matched = 0;
        if (bucket != compiled->byPrefix.constEnd()) {
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
    return m_secrets.isEmpty();
}

qsizetype SecretSet::size() const
{
    QReadLocker locker(&m_lock);
    return m_secrets.size();
}

} // namespace mcpscope
