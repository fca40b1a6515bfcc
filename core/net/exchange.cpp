#include "net/exchange.h"

#include <QJsonArray>

namespace mcpscope {

QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray Exchange::responseHeader(QByteArrayView name) const
{
    return headerValue(responseHeaders, name);
}

QByteArray Exchange::requestHeader(QByteArrayView name) const
{
    return headerValue(requestHeaders, name);
}

QString stateName(Exchange::State state)
{
    switch (state) {
    case Exchange::State::Pending:
        return QStringLiteral("pending");
    case Exchange::State::Streaming:
        return QStringLiteral("streaming");
    case Exchange::State::Complete:
        return QStringLiteral("complete");
    case Exchange::State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

Exchange::State stateFromName(QStringView name)
{
    if (name == u"streaming")
        return Exchange::State::Streaming;
    if (name == u"complete")
        return Exchange::State::Complete;
    if (name == u"failed")
        return Exchange::State::Failed;
    return Exchange::State::Pending;
}

static QJsonArray headersToJson(const HeaderList &headers)
{
    QJsonArray out;
    for (const auto &[key, value] : headers)
        out.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(key)},
                               {QStringLiteral("value"), QString::fromUtf8(value)}});
    return out;
}

QJsonObject toJson(const Exchange &e)
{
    QJsonObject timing{{QStringLiteral("startedAtMs"), double(e.startedAtMs)},
                       {QStringLiteral("ttfbMs"), e.ttfbMs},
                       {QStringLiteral("totalMs"), e.totalMs}};
    QJsonObject request{{QStringLiteral("method"), QString::fromLatin1(e.method)},
                        {QStringLiteral("url"), e.url},
                        {QStringLiteral("headers"), headersToJson(e.requestHeaders)},
                        {QStringLiteral("body"), QString::fromUtf8(e.requestBody)}};
    QJsonObject response{{QStringLiteral("status"), e.status},
                         {QStringLiteral("httpVersion"), e.httpVersion},
                         {QStringLiteral("headers"), headersToJson(e.responseHeaders)},
                         {QStringLiteral("body"), QString::fromUtf8(e.responseBody)},
                         {QStringLiteral("bodySize"), double(e.responseBodySize)},
                         {QStringLiteral("truncated"), e.responseTruncated}};
    QJsonObject out{{QStringLiteral("id"), double(e.id)},
                    {QStringLiteral("sessionId"), double(e.sessionId)},
                    {QStringLiteral("state"), stateName(e.state)},
                    {QStringLiteral("request"), request},
                    {QStringLiteral("response"), response},
                    {QStringLiteral("timing"), timing}};
    if (e.failed())
        out.insert(QStringLiteral("error"),
                   QJsonObject{{QStringLiteral("code"), errorCodeId(e.errorCode)},
                               {QStringLiteral("message"), e.errorMessage}});
    if (!e.tlsChain.isEmpty()) {
        QJsonArray chain;
        for (const auto &c : e.tlsChain)
            chain.append(QJsonObject{{QStringLiteral("subject"), c.subject},
                                     {QStringLiteral("issuer"), c.issuer},
                                     {QStringLiteral("notBefore"), c.notBefore},
                                     {QStringLiteral("notAfter"), c.notAfter},
                                     {QStringLiteral("sha256"), c.sha256}});
        out.insert(QStringLiteral("tlsChain"), chain);
    }
    return out;
}

} // namespace mcpscope
