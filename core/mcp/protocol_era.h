#pragma once

#include <QString>

#include <optional>

namespace mcpscope {

// Which generation of MCP a session speaks (issue 16).
//  - Legacy: the initialize handshake, protocol revisions 2024-11-05 … 2025-11-25
//    (sessions, the GET stream, server-to-client requests).
//  - Modern: 2026-07-28: no initialize and no session id; server/discover,
//    _meta on every request, subscriptions/listen, multi round-trip requests.
//  - Auto: probe server/discover, fall back to initialize.
enum class ProtocolEra
{
    Auto,
    Legacy,
    Modern,
};

// "auto", "legacy", "modern": the CLI's --era values and the stored names.
inline QString protocolEraName(ProtocolEra era)
{
    switch (era) {
    case ProtocolEra::Legacy:
        return QStringLiteral("legacy");
    case ProtocolEra::Modern:
        return QStringLiteral("modern");
    case ProtocolEra::Auto:
        break;
    }
    return QStringLiteral("auto");
}

inline std::optional<ProtocolEra> protocolEraFromName(const QString &name)
{
    if (name == u"auto")
        return ProtocolEra::Auto;
    if (name == u"legacy")
        return ProtocolEra::Legacy;
    if (name == u"modern")
        return ProtocolEra::Modern;
    return std::nullopt;
}

// The first protocol revision of the modern era.
inline constexpr const char *kModernProtocolVersion = "2026-07-28";

} // namespace mcpscope
