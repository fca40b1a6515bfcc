#include "capture/capture_codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcpscope::CaptureCodec {

QByteArray encodeHeaders(const HeaderList &headers)
{
    QByteArray out;
    for (const auto &[name, value] : headers) {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    return out;
}

HeaderList decodeHeaders(QByteArrayView blob)
{
    HeaderList out;
    qsizetype start = 0;
    while (start < blob.size()) {
        qsizetype end = blob.indexOf("\r\n", start);
        if (end < 0)
            end = blob.size();
        const QByteArrayView line = blob.sliced(start, end - start);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out.append(
                {line.first(colon).toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
        start = end + 2;
    }
    return out;
}

QString encodeTlsChain(const QList<CertificateSummary> &chain)
{
    if (chain.isEmpty())
        return {};
    QJsonArray out;
    for (const auto &c : chain)
        out.append(QJsonObject{{QStringLiteral("subject"), c.subject},
                               {QStringLiteral("issuer"), c.issuer},
                               {QStringLiteral("notBefore"), c.notBefore},
                               {QStringLiteral("notAfter"), c.notAfter},
                               {QStringLiteral("sha256"), c.sha256}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<CertificateSummary> decodeTlsChain(const QString &json)
{
    QList<CertificateSummary> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array) {
        const QJsonObject o = value.toObject();
        out.append({o.value(QStringLiteral("subject")).toString(),
                    o.value(QStringLiteral("issuer")).toString(),
                    o.value(QStringLiteral("notBefore")).toString(),
                    o.value(QStringLiteral("notAfter")).toString(),
                    o.value(QStringLiteral("sha256")).toString()});
    }
    return out;
}

} // namespace mcpscope::CaptureCodec
