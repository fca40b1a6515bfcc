#pragma once

#include "net/exchange.h"

namespace mcpscope::CaptureCodec {

// Headers are stored as they travel: "Name: value\r\n" lines, bytes kept.
QByteArray encodeHeaders(const HeaderList &headers);
HeaderList decodeHeaders(QByteArrayView blob);

QString encodeTlsChain(const QList<CertificateSummary> &chain);
QList<CertificateSummary> decodeTlsChain(const QString &json);

} // namespace mcpscope::CaptureCodec
