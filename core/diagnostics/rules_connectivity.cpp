// Passive rules: DNS, TCP, TLS, clock skew and transport (diagnostic_rule.h).
#include "diagnostics/diagnostic_rule.h"

namespace mcpscope {

RuleList connectivityRules()
{
    return {};
}

} // namespace mcpscope
