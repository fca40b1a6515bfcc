#pragma once

#include "common/error_code.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mcpscope {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A certificate as the UI and exports show it; no key material.
struct CertificateSummary
{
    QString subject;
    QString issuer;
    QString notBefore; // ISO 8601, UTC
    QString notAfter;  // ISO 8601, UTC
    QString sha256;    // hex fingerprint
    bool operator==(const CertificateSummary &) const = default;
};

// One HTTP request/response pair, the unit everything in McpScope captures.
// Timings are milliseconds; -1 means "not reached" (e.g. no first byte).
struct Exchange
{
    enum class State
    {
        Pending,
        Streaming,
        Complete,
        Failed
    };

    qint64 id = 0;          // assigned by CaptureStore::reserveId(); 0 = not stored
    qint64 sessionId = 0;   // 0 = no session
    qint64 startedAtMs = 0; // wall clock, ms since the epoch
    State state = State::Pending;

    QByteArray method;
    QString url; // as sent (the store keeps the redacted form)
    HeaderList requestHeaders;
    QByteArray requestBody;

    int status = 0; // 0 = no HTTP status (network error before a response)
    QByteArray reasonPhrase;
    QString httpVersion; // "HTTP/1.1", "HTTP/2"
    HeaderList responseHeaders;
    QByteArray responseBody;     // at most the capture cap
    qint64 responseBodySize = 0; // bytes received, including any past the cap
    bool responseTruncated = false;

    double ttfbMs = -1;
    double totalMs = -1;

    ErrorCode errorCode = ErrorCode::None; // else a network code: NetTls, NetDns, …
    QString errorMessage;                  // human sentence with what to try next
    QList<CertificateSummary> tlsChain;    // peer chain, leaf first, when TLS was involved
    // The TLS version negotiated ("TLSv1.3", "TLSv1.2", …; "" = no TLS or
    // not known) and the certificate problems the handshake reported, as
    // tlsErrorId() names them (expired, hostname, self_signed, …), also when
    // a TLS exception let them through. Stored with the chain.
    QString tlsProtocol;
    QStringList tlsErrors;

    QByteArray responseHeader(QByteArrayView name) const;
    QByteArray requestHeader(QByteArrayView name) const;
    bool failed() const { return errorCode != ErrorCode::None; }
};

// Names the state as stored and exported.
QString stateName(Exchange::State state);
Exchange::State stateFromName(QStringView name);

QByteArray headerValue(const HeaderList &headers, QByteArrayView name);

QJsonObject toJson(const Exchange &exchange);

} // namespace mcpscope

Q_DECLARE_METATYPE(mcpscope::Exchange)
