#include "oauth/pkce.h"

#include "common/known_secrets.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace mcpscope::Pkce {

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    // QRandomGenerator::system() reads the OS CSPRNG (getrandom).
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data()) + bytes / 4);
    for (int i = bytes / 4 * 4; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->generate() & 0xff);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray makeVerifier()
{
    QByteArray verifier = randomToken(32);
    registerSecret(verifier);
    return verifier;
}

QByteArray challengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace mcpscope::Pkce
