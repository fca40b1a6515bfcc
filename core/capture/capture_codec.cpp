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

QString encodeTls(const Exchange &e)
{
    if (e.tlsChain.isEmpty() || (e.tlsProtocol.isEmpty() && e.tlsErrors.isEmpty()))
        return encodeTlsChain(e.tlsChain);
    QJsonArray out = QJsonDocument::fromJson(encodeTlsChain(e.tlsChain).toUtf8()).array();
    QJsonObject leaf = out.at(0).toObject();
    if (!e.tlsProtocol.isEmpty())
        leaf.insert(QStringLiteral("protocol"), e.tlsProtocol);
    if (!e.tlsErrors.isEmpty())
        leaf.insert(QStringLiteral("errors"), QJsonArray::fromStringList(e.tlsErrors));
    out.replace(0, leaf);
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

void decodeTls(const QString &json, Exchange &e)
{
    // One parse for the chain and the facts (the diagnostics runner reads
    // every exchange's).
    e.tlsChain.clear();
    e.tlsProtocol.clear();
    e.tlsErrors.clear();
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array) {
        const QJsonObject o = value.toObject();
        e.tlsChain.append({o.value(QStringLiteral("subject")).toString(),
                           o.value(QStringLiteral("issuer")).toString(),
                           o.value(QStringLiteral("notBefore")).toString(),
                           o.value(QStringLiteral("notAfter")).toString(),
                           o.value(QStringLiteral("sha256")).toString()});
    }
    if (array.isEmpty())
        return;
    const QJsonObject leaf = array.at(0).toObject();
    e.tlsProtocol = leaf.value(QStringLiteral("protocol")).toString();
    for (const QJsonValue &v : leaf.value(QStringLiteral("errors")).toArray())
        e.tlsErrors << v.toString();
}

} // namespace mcpscope::CaptureCodec
