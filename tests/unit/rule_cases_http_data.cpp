// Diagnostic rule cases (diagnostic_rule_cases.h).
#include "diagnostic_rule_cases.h"

namespace mcpscope::testing {

QList<RuleCase> httpDataRuleCases()
{
    return {};
}

} // namespace mcpscope::testing
