#pragma once

#include "net/exchange.h"

#include <QSslCertificate>

namespace mcpscope {

// Subject, issuer, validity and fingerprint of each certificate, leaf first.
QList<CertificateSummary> summarizeChain(const QList<QSslCertificate> &chain);

} // namespace mcpscope
