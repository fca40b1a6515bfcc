#pragma once

#include "common/findings.h"
#include "net/exchange.h"

#include <QSslCertificate>
#include <QSslError>

namespace mcpscope {

// Subject, issuer, validity and fingerprint of each certificate, leaf first.
QList<CertificateSummary> summarizeChain(const QList<QSslCertificate> &chain);

// The finding a failed TLS handshake with host is: tls.untrusted (self-signed,
// unknown authority), tls.expired, tls.hostname, else tls.handshake. An
// untrusted chain is named before an expiry or a host name mismatch, which a
// self-signed certificate usually has too. errorText: what the TLS library
// said, the finding's second argument.
Finding tlsFinding(const QList<QSslError::SslError> &errors, const QString &host,
                   const QString &errorText);

} // namespace mcpscope
