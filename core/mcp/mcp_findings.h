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
