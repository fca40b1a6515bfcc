#include "net/tls_info.h"

#include <QStringList>

namespace mcpscope {

QList<CertificateSummary> summarizeChain(const QList<QSslCertificate> &chain)
{
    QList<CertificateSummary> out;
    for (const QSslCertificate &cert : chain) {
        out.append({cert.subjectDisplayName(), cert.issuerDisplayName(),
                    cert.effectiveDate().toUTC().toString(Qt::ISODate),
                    cert.expiryDate().toUTC().toString(Qt::ISODate),
                    QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':'))});
    }
    return out;
}

Finding tlsFinding(const QList<QSslError::SslError> &errors, const QString &host,
                   const QString &errorText)
{
    const auto any = [&errors](std::initializer_list<QSslError::SslError> wanted) {
        for (QSslError::SslError e : wanted)
            if (errors.contains(e))
                return true;
        return false;
    };
    const char *kind = "tls.handshake";
    if (any({QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
             QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
             QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted,
             QSslError::CertificateRejected, QSslError::InvalidCaCertificate}))
        kind = "tls.untrusted";
    else if (any({QSslError::CertificateExpired, QSslError::CertificateNotYetValid}))
        kind = "tls.expired";
    else if (any({QSslError::HostNameMismatch}))
        kind = "tls.hostname";
    return makeFinding(kind, {host, errorText});
}

} // namespace mcpscope
