// Passive rules: OAuth and tokens (diagnostic_rule.h).
#include "diagnostics/diagnostic_rule.h"

namespace mcpscope {

RuleList oauthRules()
{
    return {};
}

} // namespace mcpscope
