// Certificates come from the server in the TLS handshake (DER) or from a PEM
// file. Each one gets a summary whose fingerprint is the SHA-256 of its DER,
// and the summaries survive the capture codec.
#include "capture/capture_codec.h"
#include "net/tls_info.h"

#include <QCryptographicHash>
#include <QSslCertificate>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QList<QSslCertificate> chain =
        QSslCertificate::fromData(bytes, data[0] % 2 ? QSsl::Der : QSsl::Pem);
    const QList<CertificateSummary> summaries = summarizeChain(chain);
    if (summaries.size() != chain.size())
        std::abort();
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QByteArray der = chain[i].toDer();
        if (!der.isEmpty() &&
            summaries[i].sha256 !=
                QString::fromLatin1(
                    QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':')))
            std::abort();
    }
    if (CaptureCodec::decodeTlsChain(CaptureCodec::encodeTlsChain(summaries)) != summaries)
        std::abort();
    return 0;
}
