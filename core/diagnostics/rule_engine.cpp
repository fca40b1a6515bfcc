#include "diagnostics/diagnostic_rule.h"

#include <QHash>

namespace mcpscope {

RuleList allRules()
{
    RuleList all;
    for (RuleList (*group)() : {&httpDataRules, &oauthRules, &connectivityRules, &performanceRules})
        for (auto &rule : group())
            all.push_back(std::move(rule));
    return all;
}

// One session's rules and the findings they raised so far, merged by kind
// and key.
struct RuleEngine::Session final : RuleReport
{
    qint64 id = 0;
    RuleList rules;
    QList<Finding> findings;
    QHash<QString, qsizetype> byKey; // kind + '\n' + key -> index in findings
    qint64 currentAtMs = 0;

    void raise(const char *kind, const QStringList &arguments, const QString &key,
               const QList<qint64> &exchangeIds, const QList<qint64> &messageIds) override
    {
        const QString mergeKey = QString::fromLatin1(kind) + QLatin1Char('\n') + key;
        auto at = byKey.constFind(mergeKey);
        if (at == byKey.constEnd()) {
            Finding f = makeFinding(kind, arguments);
            f.sessionId = id;
            f.atMs = currentAtMs;
            at = byKey.insert(mergeKey, findings.size());
            findings.append(std::move(f));
        }
        Finding &f = findings[*at];
        for (qint64 e : exchangeIds)
            if (e != 0 && f.exchangeIds.size() < kMaxEvidence && !f.exchangeIds.contains(e))
                f.exchangeIds.append(e);
        for (qint64 m : messageIds)
            if (m != 0 && f.messageIds.size() < kMaxEvidence && !f.messageIds.contains(m))
                f.messageIds.append(m);
    }
};

RuleEngine::RuleEngine() : m_factory(&allRules) {}

RuleEngine::RuleEngine(RuleList (*factory)()) : m_factory(factory) {}

RuleEngine::~RuleEngine() = default;

void RuleEngine::input(qint64 sessionId, const RuleInput &in)
{
    qsizetype index = m_sessionIds.indexOf(sessionId);
    if (index < 0) {
        auto session = std::make_unique<Session>();
        session->id = sessionId;
        session->rules = m_factory();
        m_sessions.push_back(std::move(session));
        m_sessionIds.append(sessionId);
        index = m_sessionIds.size() - 1;
    }
    Session &s = *m_sessions[size_t(index)];
    if (in.exchange)
        s.currentAtMs = in.exchange->startedAtMs;
    else if (!in.messages.isEmpty())
        s.currentAtMs = in.messages.constFirst().atMs;
    for (auto &rule : s.rules)
        rule->input(in, s);
}

QList<Finding> RuleEngine::finish()
{
    QList<Finding> all;
    for (auto &s : m_sessions) {
        for (auto &rule : s->rules)
            rule->finish(*s);
        all.append(s->findings);
    }
    m_sessions.clear();
    m_sessionIds.clear();
    return all;
}

} // namespace mcpscope
