#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mcpscope {

// The pure parts of MCP 2026-07-28 (the "modern era", issue 16): the _meta
// every request carries, resultType, multi round-trip requests (MRTR), the
// server/discover result and the UnsupportedProtocolVersion error. Server
// input is untrusted: nothing here trusts a shape it did not check.

namespace modern {
inline constexpr char kMetaProtocolVersion[] = "io.modelcontextprotocol/protocolVersion";
inline constexpr char kMetaClientCapabilities[] = "io.modelcontextprotocol/clientCapabilities";
inline constexpr char kMetaClientInfo[] = "io.modelcontextprotocol/clientInfo";
inline constexpr char kMetaLogLevel[] = "io.modelcontextprotocol/logLevel";
inline constexpr char kMetaServerInfo[] = "io.modelcontextprotocol/serverInfo";
inline constexpr char kMetaSubscriptionId[] = "io.modelcontextprotocol/subscriptionId";

inline constexpr int kHeaderMismatch = -32020;
inline constexpr int kMissingRequiredClientCapability = -32021;
inline constexpr int kUnsupportedProtocolVersion = -32022;

// A request that keeps answering input_required is given up after this many
// rounds (the first request included).
inline constexpr int kMaxInputRounds = 16;
} // namespace modern

// What a modern request says about its client in _meta.
struct RequestMeta
{
    QString protocolVersion;
    QJsonObject clientCapabilities;
    QJsonObject clientInfo; // name, version
    QString logLevel;       // empty: none
};

// params with the request _meta merged in (keys the caller put in _meta,
// e.g. progressToken, stay).
QJsonObject withRequestMeta(QJsonObject params, const RequestMeta &meta);

// A result's resultType: "complete" when absent (results of earlier
// revisions carry none), else what the server said.
QString resultTypeOf(const QJsonValue &result);

// One entry of an InputRequiredResult's inputRequests.
struct InputRequest
{
    QString key;
    QString method;
    QJsonObject params;
};

struct InputRequired
{
    QList<InputRequest> requests;
    std::optional<QJsonValue> requestState; // echoed verbatim; nullopt: omit it
};

// Reads an InputRequiredResult. An error (plain text) when it cannot be
// acted on: inputRequests not a map of requests, or neither inputRequests
// nor requestState present.
Result<InputRequired> parseInputRequired(const QJsonObject &result);

// The retry of a request: its original params without an earlier round's
// inputResponses and requestState, plus these (inputResponses omitted when
// empty, requestState when there is none).
QJsonObject retryParams(QJsonObject original, const QJsonObject &inputResponses,
                        const std::optional<QJsonValue> &requestState);

// What a server/discover result says, and what is wrong with it against the
// 2026-07-28 schema (plain-text sentences; empty when it conforms).
struct DiscoverInfo
{
    QStringList supportedVersions;
    QJsonObject capabilities;
    QJsonObject serverInfo; // _meta's io.modelcontextprotocol/serverInfo, or a top-level serverInfo
    QString instructions;
    QStringList violations;
    bool supports(const QString &version) const { return supportedVersions.contains(version); }
};
DiscoverInfo parseDiscoverResult(const QJsonValue &result);

// The versions an UnsupportedProtocolVersion error's data lists (empty when
// it lists none readable).
QStringList supportedVersionsOf(const QJsonValue &errorData);

} // namespace mcpscope
