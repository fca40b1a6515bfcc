#pragma once

#include "net/exchange.h"

namespace mcpscope::CaptureCodec {

// Headers are stored as they travel: "Name: value\r\n" lines, bytes kept.
QByteArray encodeHeaders(const HeaderList &headers);
HeaderList decodeHeaders(QByteArrayView blob);

QString encodeTlsChain(const QList<CertificateSummary> &chain);
QList<CertificateSummary> decodeTlsChain(const QString &json);
// The chain with the exchange's TLS version and certificate problems (as
// members "protocol" and "errors" of the leaf, which decodeTlsChain and
// older readers ignore), and back into e.
QString encodeTls(const Exchange &e);
void decodeTls(const QString &json, Exchange &e);

} // namespace mcpscope::CaptureCodec
