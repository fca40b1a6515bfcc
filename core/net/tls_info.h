#pragma once

#include "common/findings.h"
#include "net/exchange.h"

#include <QSslCertificate>
#include <QSslError>

namespace mcpscope {

// Subject, issuer, validity and fingerprint of each certificate, leaf first.
QList<CertificateSummary> summarizeChain(const QList<QSslCertificate> &chain);

// A stable id for a certificate problem, as Exchange::tlsErrors holds it:
// "expired", "not_yet_valid", "hostname", "self_signed",
// "self_signed_in_chain", "no_local_issuer", "no_issuer",
// "unverified_first", "untrusted", "rejected", "invalid_ca", "revoked",
// "path_length", "purpose", "signature", "other".
QString tlsErrorId(QSslError::SslError error);
// "TLSv1.3", "TLSv1.2", "TLSv1.1", "TLSv1.0", "DTLSv1.2", … or "" when unknown.
QString tlsProtocolName(QSsl::SslProtocol protocol);

// The finding a failed TLS handshake with host is: tls.untrusted (self-signed,
// unknown authority), tls.expired, tls.hostname, else tls.handshake. An
// untrusted chain is named before an expiry or a host name mismatch, which a
// self-signed certificate usually has too. errorText: what the TLS library
// said, the finding's second argument.
Finding tlsFinding(const QList<QSslError::SslError> &errors, const QString &host,
                   const QString &errorText);

} // namespace mcpscope
