#pragma once

#include "common/error_code.h"
#include "common/findings.h"

#include <QNetworkReply>
#include <QSslError>

#include <optional>

namespace mcpscope {

// What HttpCall knows about a request when its reply finishes.
struct NetworkOutcome
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString host;
    int port = 0;
    bool abortedByUser = false; // HttpCall::abort() was called
    bool headersSeen = false;   // a status line and headers arrived
    qint64 bodyBytes = 0;       // body bytes received
    qint64 declaredBytes = -1;  // Content-Length when it applies, else -1
    double timeoutSeconds = 0;  // the transfer timeout
    QString errorText;          // what Qt said (QNetworkReply::errorString())
    QList<QSslError::SslError> sslErrors;
    QString sslErrorText; // the TLS errors' texts, "; "-joined
};

struct NetworkFailure
{
    ErrorCode code = ErrorCode::None;
    Finding finding;
};

// The finding a finished request's network failure is, with its error code:
// net.dns, net.refused, net.timeout, net.cancelled, net.closed (before a
// response), net.closed.mid_response, net.closed.short_body (Content-Length
// not reached, which Qt does not always flag), tls.* (tlsFinding), else
// net.other. Nothing for a success, or for an error that only restates an
// HTTP status once headers arrived (the exchange carries the status).
std::optional<NetworkFailure> networkFinding(const NetworkOutcome &outcome);

} // namespace mcpscope
