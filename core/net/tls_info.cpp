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

} // namespace mcpscope
