#include "mcp/mcp_findings.h"

namespace mcpscope {

std::optional<Finding> unansweredFinding(const QString &method, int timeoutMs, bool answered)
{
    if (answered)
        return std::nullopt;
    return makeFinding("mcp.timeout", {method, QString::number(timeoutMs / 1000.0)});
}

std::optional<Finding> stdioStartFinding(QProcess::ProcessError error, const QString &program,
                                         const QString &errorText)
{
    if (error != QProcess::FailedToStart)
        return std::nullopt;
    return makeFinding("mcp.stdio_start", {program, errorText});
}

} // namespace mcpscope

namespace mcpscope {

std::optional<Finding> headerMismatchFinding(const QString &method, int rpcCode,
                                             const QString &serverMessage)
{
    if (rpcCode != -32020)
        return std::nullopt;
    return makeFinding("mcp.era.header_mismatch", {method, serverMessage});
}

std::optional<Finding> missingCapabilityFinding(const QString &method, int rpcCode,
                                                const QString &required)
{
    if (rpcCode != -32021)
        return std::nullopt;
    return makeFinding("mcp.era.missing_capability", {method, required});
}

std::optional<Finding> invalidToolHeaderFinding(const QString &tool, const QString &problem)
{
    if (problem.isEmpty())
        return std::nullopt;
    return makeFinding("mcp.era.invalid_tool_header", {tool, problem});
}

std::optional<Finding> discoverViolationFinding(const QStringList &violations)
{
    if (violations.isEmpty())
        return std::nullopt;
    return makeFinding("mcp.era.discover_invalid", {violations.join(QStringLiteral("; "))});
}

std::optional<Finding> inputRoundsFinding(const QString &method, int rounds)
{
    if (rounds < 16)
        return std::nullopt;
    return makeFinding("mcp.era.input_rounds", {method, QString::number(rounds)});
}

std::optional<Finding> unsupportedVersionFinding(const QString &requested,
                                                 const QStringList &supported,
                                                 const QStringList &ours)
{
    for (const QString &version : supported)
        if (ours.contains(version))
            return std::nullopt;
    return makeFinding("mcp.era.unsupported_version",
                       {requested, supported.isEmpty() ? QStringLiteral("(none listed)")
                                                       : supported.join(QStringLiteral(", "))});
}

} // namespace mcpscope
