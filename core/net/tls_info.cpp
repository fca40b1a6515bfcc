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

QString tlsErrorId(QSslError::SslError error)
{
    switch (error) {
    case QSslError::CertificateExpired:
        return QStringLiteral("expired");
    case QSslError::CertificateNotYetValid:
        return QStringLiteral("not_yet_valid");
    case QSslError::HostNameMismatch:
        return QStringLiteral("hostname");
    case QSslError::SelfSignedCertificate:
        return QStringLiteral("self_signed");
    case QSslError::SelfSignedCertificateInChain:
        return QStringLiteral("self_signed_in_chain");
    case QSslError::UnableToGetLocalIssuerCertificate:
        return QStringLiteral("no_local_issuer");
    case QSslError::UnableToGetIssuerCertificate:
        return QStringLiteral("no_issuer");
    case QSslError::UnableToVerifyFirstCertificate:
        return QStringLiteral("unverified_first");
    case QSslError::CertificateUntrusted:
        return QStringLiteral("untrusted");
    case QSslError::CertificateRejected:
        return QStringLiteral("rejected");
    case QSslError::InvalidCaCertificate:
        return QStringLiteral("invalid_ca");
    case QSslError::CertificateRevoked:
        return QStringLiteral("revoked");
    case QSslError::PathLengthExceeded:
        return QStringLiteral("path_length");
    case QSslError::InvalidPurpose:
        return QStringLiteral("purpose");
    case QSslError::CertificateSignatureFailed:
        return QStringLiteral("signature");
    default:
        return QStringLiteral("other");
    }
}

QString tlsProtocolName(QSsl::SslProtocol protocol)
{
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    switch (protocol) {
    case QSsl::TlsV1_0:
        return QStringLiteral("TLSv1.0");
    case QSsl::TlsV1_1:
        return QStringLiteral("TLSv1.1");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::DtlsV1_0:
        return QStringLiteral("DTLSv1.0");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLSv1.2");
    default:
        return {};
    }
    QT_WARNING_POP
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
