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
