#include "net/network_finding.h"

#include "net/tls_info.h"

namespace mcpscope {

namespace {

bool isHttpLevelError(QNetworkReply::NetworkError error)
{
    // These NetworkError values only restate an HTTP status (4xx, 5xx), which
    // the exchange already carries.
    const int code = int(error);
    return (code >= 201 && code <= 299) || code == QNetworkReply::ProtocolInvalidOperationError ||
           (code >= 401 && code <= 499);
}

NetworkFailure failure(ErrorCode code, const char *kind, QStringList arguments = {})
{
    return {code, makeFinding(kind, std::move(arguments))};
}

} // namespace

std::optional<NetworkFailure> networkFinding(const NetworkOutcome &o)
{
    switch (o.error) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::HostNotFoundError:
        return failure(ErrorCode::NetDns, "net.dns", {o.host});
    case QNetworkReply::ConnectionRefusedError:
        return failure(ErrorCode::NetConnect, "net.refused", {o.host, QString::number(o.port)});
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        if (o.abortedByUser)
            return failure(ErrorCode::NetAborted, "net.cancelled");
        return failure(ErrorCode::NetTimeout, "net.timeout", {QString::number(o.timeoutSeconds)});
    case QNetworkReply::RemoteHostClosedError:
        if (o.headersSeen)
            return failure(ErrorCode::NetClosed, "net.closed.mid_response",
                           {QString::number(o.bodyBytes)});
        return failure(ErrorCode::NetClosed, "net.closed");
    case QNetworkReply::SslHandshakeFailedError:
        return NetworkFailure{ErrorCode::NetTls,
                              tlsFinding(o.sslErrors, o.host,
                                         o.sslErrorText.isEmpty() ? o.errorText : o.sslErrorText)};
    default:
        if (!isHttpLevelError(o.error) || !o.headersSeen)
            return failure(ErrorCode::NetOther, "net.other", {o.errorText});
        break;
    }
    // Qt does not always flag a body cut short of its Content-Length.
    if (o.declaredBytes >= 0 && o.bodyBytes < o.declaredBytes)
        return failure(ErrorCode::NetClosed, "net.closed.short_body",
                       {QString::number(o.bodyBytes), QString::number(o.declaredBytes)});
    return std::nullopt;
}

} // namespace mcpscope
