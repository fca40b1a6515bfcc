#pragma once

#include "common/findings.h"
#include "net/exchange.h"
#include "net/message_record.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mcpscope {

// Passive diagnostics: rules that read captured traffic (live, opened or
// imported) and raise findings for every failure the troubleshooting guides
// name (docs/diagnostics.md lists which rule detects which symptom).
//
// A rule sees one session's traffic in capture order, one input at a time:
// an HTTP exchange with the JSON-RPC messages it carried (requests in its
// body, answers in its response or SSE events), or one stdio message. It
// sees what the store holds: redacted (tokens, codes and verifiers are
// placeholders) unless it runs on the raw records live. A rule must work on
// redacted input and say nothing it cannot tell from it.

struct RuleInput
{
    // The exchange, or null for a stdio message (messages then holds it).
    const Exchange *exchange = nullptr;
    // The messages the exchange carried, or the one stdio message.
    QList<MessageRecord> messages;
    // The session's, as far as known before this input ("" = unknown): the
    // protocol version the initialize answer negotiated, and the target (an
    // URL or a stdio command line).
    QString protocolVersion;
    QString sessionTarget;
    // Wall clock of the machine that captured it when the rule runs on a live
    // record (ms since the epoch), else 0: clock-skew rules compare the
    // server's Date with it.
    qint64 capturedNowMs = 0;
};

// Where a rule reports. Occurrences of one kind in one session with the same
// key become one finding (the first occurrence's arguments, the evidence of
// all, at most kMaxEvidence exchange and message ids), so a server that sends
// a BOM on every answer is one finding with its evidence, not ten thousand.
// Give a key when occurrences differ in what matters (the tool, the URL).
class RuleReport
{
public:
    static constexpr int kMaxEvidence = 200;
    virtual ~RuleReport() = default;
    virtual void raise(const char *kind, const QStringList &arguments, const QString &key,
                       const QList<qint64> &exchangeIds, const QList<qint64> &messageIds = {}) = 0;
};

// A passive rule. One instance per session per run: state across inputs
// (bursts, retries, loops, rotation) lives in the object.
class DiagnosticRule
{
public:
    virtual ~DiagnosticRule() = default;
    virtual void input(const RuleInput &in, RuleReport &out) = 0;
    // After the session's last input of this run.
    virtual void finish(RuleReport &out) { Q_UNUSED(out) }
};

using RuleList = std::vector<std::unique_ptr<DiagnosticRule>>;

// One factory per group of rules, one source file each.
RuleList httpDataRules();     // diagnostics/rules_http_data.cpp: HTTP and data
RuleList oauthRules();        // diagnostics/rules_oauth.cpp: OAuth and tokens
RuleList connectivityRules(); // diagnostics/rules_connectivity.cpp: DNS, TCP, TLS, clock, transport
RuleList performanceRules();  // diagnostics/rules_performance.cpp: latency, intermittency
// All of the above, in that order.
RuleList allRules();

// Feeds sessions' inputs to fresh rule sets (one per session) and merges
// what they raise. Not thread-safe; one engine per run.
class RuleEngine
{
    Q_DISABLE_COPY_MOVE(RuleEngine)

public:
    RuleEngine();
    ~RuleEngine();
    // A session's inputs must come in capture order; sessions may interleave.
    void input(qint64 sessionId, const RuleInput &in);
    // Ends every session (DiagnosticRule::finish) and returns the merged
    // findings, ordered by session, then first occurrence. Their atMs is the
    // first evidence's time (the exchange's start, the message's time), their
    // sessionId the session. Call once.
    QList<Finding> finish();

private:
    struct Session;
    std::vector<std::unique_ptr<Session>> m_sessions;
    QList<qint64> m_sessionIds;
    // A factory, for tests that run one group (default: allRules).
    RuleList (*m_factory)() = nullptr;

public:
    explicit RuleEngine(RuleList (*factory)());
};

} // namespace mcpscope
