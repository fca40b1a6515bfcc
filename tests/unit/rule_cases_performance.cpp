// Diagnostic rule cases (diagnostic_rule_cases.h).
#include "diagnostic_rule_cases.h"

namespace mcpscope::testing {

QList<RuleCase> performanceRuleCases()
{
    return {};
}

} // namespace mcpscope::testing
