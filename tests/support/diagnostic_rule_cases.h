#pragma once
// Cases for the passive diagnostic rules (diagnostics/diagnostic_rule.h): for
// each kind a rule raises, traffic that raises it and a near miss that must
// not. tst_diagnostic_rules runs them through a RuleEngine; tst_findings
// counts them towards "every kind has a case". One file per rule group in
// tests/unit/rule_cases_*.cpp.
#include "diagnostics/diagnostic_rule.h"

#include <QList>
#include <QString>

#include <functional>

namespace mcpscope::testing {

// One input of a session, as a RuleEngine is fed it.
struct RuleFeed
{
    qint64 sessionId = 1;
    bool hasExchange = true;
    Exchange exchange;             // used when hasExchange
    QList<MessageRecord> messages; // carried by it, or the stdio message
    QString protocolVersion;
    QString sessionTarget;
    qint64 capturedNowMs = 0;
};
using RuleTraffic = std::function<QList<RuleFeed>()>;

struct RuleCase
{
    const char *kind;
    RuleTraffic raise; // must raise kind
    RuleTraffic quiet; // a near miss: must not raise kind
};

QList<RuleCase> httpDataRuleCases();     // rule_cases_http_data.cpp
QList<RuleCase> oauthRuleCases();        // rule_cases_oauth.cpp
QList<RuleCase> connectivityRuleCases(); // rule_cases_connectivity.cpp
QList<RuleCase> performanceRuleCases();  // rule_cases_performance.cpp

inline QList<RuleCase> allRuleCases()
{
    QList<RuleCase> all;
    all << httpDataRuleCases() << oauthRuleCases() << connectivityRuleCases()
        << performanceRuleCases();
    return all;
}

// Runs traffic through all rules; the findings they raise.
inline QList<Finding> runRules(const QList<RuleFeed> &traffic)
{
    RuleEngine engine;
    for (const RuleFeed &feed : traffic) {
        RuleInput in;
        in.exchange = feed.hasExchange ? &feed.exchange : nullptr;
        in.messages = feed.messages;
        in.protocolVersion = feed.protocolVersion;
        in.sessionTarget = feed.sessionTarget;
        in.capturedNowMs = feed.capturedNowMs;
        engine.input(feed.sessionId, in);
    }
    return engine.finish();
}

inline QStringList kindsRaised(const QList<RuleFeed> &traffic)
{
    QStringList kinds;
    for (const Finding &f : runRules(traffic))
        kinds << f.kind;
    return kinds;
}

} // namespace mcpscope::testing
