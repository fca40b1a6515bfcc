#pragma once

#include "common/findings.h"
#include "net/exchange_sink.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QStringList>

#include <functional>

namespace mcpscope {

// What redaction hides from the passive OAuth rules, seen live: an
// ExchangeObserver that reads the raw exchanges before the store redacts
// them and keeps only non-secret facts of the secrets it meets (SHA-256
// hashes, a JWT's claims, times), never the secrets. It raises (source
// 'live', through a FindingSink) what only those facts tell:
//   oauth.invalid_grant.verifier_mismatch  the code_verifier's S256 is not the
//                                          code_challenge of its authorization
//                                          request, and the code was refused;
//   oauth.invalid_grant.code_reused        a code sent to the token endpoint a
//                                          second time, and refused;
//   oauth.invalid_grant.refresh_reused     a refresh token sent again after a
//                                          refresh rotated it, and refused;
//   oauth.token.expired                    a 401 to a token past its JWT exp
//                                          or its expires_in;
//   oauth.token.audience_mismatch          a 401 to a JWT whose aud does not
//                                          name the server;
//   net.clock_skew.token                   a JWT issued (iat) or valid from
//                                          (nbf) more than a minute ahead of
//                                          this machine's clock.
// The findings' evidence are the exchanges' ids (the ones the store keeps),
// their session the exchange's session. Thread-safe: any recording thread.
class TokenFactsObserver final : public ExchangeObserver
{
    Q_DISABLE_COPY_MOVE(TokenFactsObserver)

public:
    using Clock = std::function<qint64()>; // ms since the epoch

    // sink is not owned and must outlive the observer; null: findings are
    // only returned by findings().
    explicit TokenFactsObserver(FindingSink *sink = nullptr);
    ~TokenFactsObserver() override;

    // Only exchanges of this capture session (0 = all).
    void setSessionId(qint64 sessionId);
    // For tests: the local clock the token times are compared with.
    void setClock(Clock clock);
    // A token's iat or nbf further ahead than this is clock skew.
    static constexpr qint64 kSkewToleranceMs = 60 * 1000;

    void exchangeRecorded(const Exchange &raw) override;
    // What exchangeRecorded() does, with the local clock's now given (0: no
    // clock-skew check): the findings this exchange raised (also sent to
    // the sink). The passive rules feed it what they read, so raw records
    // (a live run) get these findings from the rules too; a redacted value
    // (the placeholder) is no fact and is passed over.
    QList<Finding> read(const Exchange &raw, qint64 nowMs);

    // Every finding raised so far (also sent to the sink).
    QList<Finding> findings() const;

private:
    struct Challenge
    {
        QByteArray challenge; // code_challenge as sent (not secret)
        QString method;
        qint64 exchangeId = 0;
    };
    struct TokenFacts
    {
        qint64 expiresAtMs = 0; // from expires_in, 0 = unknown
        qint64 exchangeId = 0;
    };

    void authorizationSent(const Exchange &raw);
    void codeIssued(const Exchange &raw, const QString &target);
    void tokenAnswered(const Exchange &raw, qint64 nowMs);
    void unauthorized(const Exchange &raw);
    void tokenReceived(const QByteArray &token, const Exchange &raw, qint64 expiresAtMs,
                       qint64 nowMs);
    void raise(const Exchange &raw, const char *kind, const QStringList &arguments,
               QList<qint64> evidence);

    FindingSink *m_sink;
    Clock m_clock;
    qint64 m_sessionId = 0;
    mutable QMutex m_mutex;
    QSet<qint64> m_done; // OAuth exchanges already read
    QHash<QString, Challenge> m_challengeByState;
    QHash<QString, Challenge> m_challengeByClient;
    QHash<QByteArray, Challenge> m_challengeByCode; // code hash -> its request's challenge
    QHash<QByteArray, qint64> m_codesSent;          // code hash -> token exchange
    QHash<QByteArray, qint64> m_refreshUsed;        // refresh token hash -> refresh that rotated it
    QHash<QByteArray, TokenFacts> m_accessTokens;   // access token hash -> facts
    QSet<QByteArray> m_skewReported;                // token hashes
    QSet<QByteArray> m_refusalReported;             // kind + token hash: once per token
    QList<Finding> m_findings;
    QList<Finding> m_raised; // by the exchange being read
};

} // namespace mcpscope
