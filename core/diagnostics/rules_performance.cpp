// Passive rules: latency and intermittency (diagnostic_rule.h).
#include "diagnostics/diagnostic_rule.h"

namespace mcpscope {

RuleList performanceRules()
{
    return {};
}

} // namespace mcpscope
