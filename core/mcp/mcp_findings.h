#pragma once

#include "common/findings.h"

#include <QProcess>
#include <QString>

#include <optional>

namespace mcpscope {

// mcp.timeout: a request still waiting for its answer when its timeout of
// timeoutMs ran out. Nothing once it was answered.
std::optional<Finding> unansweredFinding(const QString &method, int timeoutMs, bool answered);

// mcp.stdio_start: the stdio server's program could not be started.
// Nothing for the other process errors (a crash is reported when the process
// finishes). errorText: what QProcess said.
std::optional<Finding> stdioStartFinding(QProcess::ProcessError error, const QString &program,
                                         const QString &errorText);

} // namespace mcpscope

namespace mcpscope {

// Issue 16 (protocol eras). Each is raised only when its condition holds.

// mcp.era.header_mismatch: a request refused with HeaderMismatch (-32020).
std::optional<Finding> headerMismatchFinding(const QString &method, int rpcCode,
                                             const QString &serverMessage);
// mcp.era.missing_capability: refused with MissingRequiredClientCapability (-32021).
std::optional<Finding> missingCapabilityFinding(const QString &method, int rpcCode,
                                                const QString &required);
// mcp.era.invalid_tool_header: a tool left out of tools/list (problem empty: none).
std::optional<Finding> invalidToolHeaderFinding(const QString &tool, const QString &problem);
// mcp.era.discover_invalid: a server/discover result that breaks the schema.
std::optional<Finding> discoverViolationFinding(const QStringList &violations);
// mcp.era.input_rounds: an MRTR request still asking for input after rounds.
std::optional<Finding> inputRoundsFinding(const QString &method, int rounds);
// mcp.era.unsupported_version: UnsupportedProtocolVersion with no version in
// common (supported: what the server listed; ours: what McpScope speaks).
std::optional<Finding> unsupportedVersionFinding(const QString &requested,
                                                 const QStringList &supported,
                                                 const QStringList &ours);

} // namespace mcpscope
