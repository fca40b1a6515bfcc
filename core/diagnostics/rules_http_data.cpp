// Passive rules: HTTP and data (diagnostic_rule.h).
#include "diagnostics/diagnostic_rule.h"

namespace mcpscope {

RuleList httpDataRules()
{
    return {};
}

} // namespace mcpscope
