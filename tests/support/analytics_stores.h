#pragma once

#include "capture/capture_store.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/oauth_requests.h"
#include "session/mcp_authorizer.h"
#include "session/mcp_session.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <functional>

// Capture stores recorded from real traffic, for the analytics checks: the
// product's own McpSession against real peers (server-everything under a
// load with known failures, the OAuth peers with short-lived and revoked
// tokens, a server that rate-limits). Each builder records one capture
// session and returns its id, or 0 with why set.
namespace mcpscope::testing {

inline QString everythingServerScript()
{
    return peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
}
inline QString oidcServersScript()
{
    return QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs");
}
inline QString rateLimitedServerScript()
{
    return QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/rate_limited_mcp_server.mjs");
}

// One call to make: method and params.
struct PlannedCall
{
    QString method;
    QJsonObject params;
};

inline PlannedCall toolCall(const QString &tool, const QJsonObject &arguments = {})
{
    return {QStringLiteral("tools/call"),
            {{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), arguments}}};
}

// Sends every call of a round at once (concurrent requests, a load) and
// waits until each has finished; false when one did not within timeoutMs.
inline bool runRound(McpClient *client, const QList<PlannedCall> &round, int timeoutMs = 30000)
{
    QList<QPointer<McpRequest>> requests;
    for (const PlannedCall &c : round)
        requests << client->request(c.method, c.params);
    QElapsedTimer clock;
    clock.start();
    for (const QPointer<McpRequest> &r : requests) {
        if (!r)
            continue;
        if (!r->isFinished()) {
            QSignalSpy finished(r.data(), &McpRequest::finished);
            const int left = int(timeoutMs - clock.elapsed());
            if (left <= 0 || (!r->isFinished() && !finished.wait(left)))
                return false;
        }
    }
    for (const QPointer<McpRequest> &r : requests)
        if (r)
            r->deleteLater();
    return true;
}

// Opens an McpSession on url, runs body, closes it and flushes the store.
inline qint64 recordSession(CaptureStore &store, const QString &url, const QString &name,
                            const std::function<bool(McpSession &)> &body, QString *why,
                            std::optional<OAuthFlow::Settings> oauth = {})
{
    McpSession session(&store);
    McpSessionOptions options;
    options.kind = McpSessionOptions::Kind::Http;
    options.target = url;
    options.transport = McpClient::Transport::StreamableHttp;
    // Legacy-era stores, call by call as before; era Auto's server/discover
    // probe of a legacy server would be one failed call more (issue 16).
    options.era = ProtocolEra::Legacy;
    options.captureName = name;
    options.oauth = oauth;
    options.requestTimeoutMs = 30000;
    QSignalSpy connected(session.client(), &McpClient::connected);
    QSignalSpy failed(session.client(), &McpClient::failed);
    if (!session.open(options) || !connected.wait(30000)) {
        *why = QStringLiteral("%1 did not connect at %2: %3")
                   .arg(name, url,
                        failed.isEmpty() ? QStringLiteral("timeout")
                                         : failed.first().first().value<Error>().message);
        return 0;
    }
    if (!body(session)) {
        if (why->isEmpty())
            *why = QStringLiteral("%1: a call did not finish").arg(name);
        return 0;
    }
    const qint64 id = session.captureSessionId();
    QSignalSpy closed(&session, &McpSession::closed);
    session.close();
    if (!closed.wait(15000)) {
        *why = QStringLiteral("%1 did not close").arg(name);
        return 0;
    }
    store.flush();
    return id;
}

// server-everything (Streamable HTTP) at url under a load: rounds of
// concurrent calls with known failures. Per round: 6 echo, 2 get-sum,
// 1 get-resource-reference with a bad resource type (the tool throws: a
// result with isError), 1 unknown tool (a JSON-RPC error), 1 slow call
// (trigger-long-running-operation, 0.25 s), 1 resources/read, 1 prompts/get.
// clean: only the echo and get-sum calls (no failures at all).
inline qint64 recordEverythingLoad(CaptureStore &store, const QString &url, int rounds, bool clean,
                                   QString *why)
{
    return recordSession(
        store, url, clean ? QStringLiteral("everything clean") : QStringLiteral("everything load"),
        [&](McpSession &session) {
            for (int r = 0; r < rounds; ++r) {
                QList<PlannedCall> round;
                for (int i = 0; i < 6; ++i)
                    round << toolCall(
                        QStringLiteral("echo"),
                        {{QStringLiteral("message"), QStringLiteral("load %1.%2").arg(r).arg(i)}});
                for (int i = 0; i < 2; ++i)
                    round << toolCall(QStringLiteral("get-sum"),
                                      {{QStringLiteral("a"), r}, {QStringLiteral("b"), i}});
                if (!clean) {
                    round << toolCall(QStringLiteral("get-resource-reference"),
                                      {{QStringLiteral("resourceType"), QStringLiteral("Bogus")},
                                       {QStringLiteral("resourceId"), 1}});
                    round << toolCall(QStringLiteral("no-such-tool"));
                    round << toolCall(
                        QStringLiteral("trigger-long-running-operation"),
                        {{QStringLiteral("duration"), 0.25}, {QStringLiteral("steps"), 1}});
                    round << PlannedCall{
                        QStringLiteral("resources/read"),
                        {{QStringLiteral("uri"),
                          QStringLiteral("demo://resource/static/document/architecture.md")}}};
                    round << PlannedCall{
                        QStringLiteral("prompts/get"),
                        {{QStringLiteral("name"), QStringLiteral("simple-prompt")}}};
                }
                if (!runRound(session.client(), round))
                    return false;
            }
            return true;
        },
        why);
}

// The OAuth peers (oidc_mcp_servers.mjs, started with a short TOKEN_TTL)
// at mcpUrl: a headless sign-in answers the first 401; whoami calls; a
// refresh (rotation) whose token the session then uses; a revocation of that
// access token and a call with it (401, a new sign-in); a reuse of the
// spent refresh token (invalid_grant); then calls until the token the
// session holds expires (the server's 401 starts one more sign-in).
inline qint64 recordOAuthLifecycle(CaptureStore &store, const QString &mcpUrl, QString *why)
{
    OAuthFlow::Settings settings;
    settings.mode = OAuthFlow::Mode::Headless;
    const auto whoami = [](McpSession &s, int times) {
        QList<PlannedCall> round;
        for (int i = 0; i < times; ++i)
            round << toolCall(QStringLiteral("whoami"));
        return runRound(s.client(), round);
    };
    const auto send = [](McpSession &s, const HttpRequest &request) {
        HttpCall *call = s.http()->send(request);
        QSignalSpy finished(call, &HttpCall::finished);
        finished.wait(15000);
        return call->exchange();
    };
    return recordSession(
        store, mcpUrl, QStringLiteral("oauth lifecycle"),
        [&](McpSession &s) {
            if (!whoami(s, 3))
                return false;
            const OAuthFlow *flow = s.authorizer()->flow();
            const AuthServerMetadata server = flow->authServer();
            const OAuthClient client = flow->client();
            const TokenSet first = s.authorizer()->tokens();
            const Exchange refreshed = send(
                s, OAuthRequests::refresh(server, client, first.refreshToken, flow->resource()));
            const TokenResponse second = parseTokenResponse(refreshed.responseBody, 0);
            if (refreshed.status != 200 || second.tokens.accessToken.isEmpty()) {
                *why = QStringLiteral("refresh answered %1").arg(refreshed.status);
                return false;
            }
            s.client()->setBearerToken(second.tokens.accessToken);
            if (!whoami(s, 2))
                return false;
            const Exchange revoked =
                send(s, OAuthRequests::revoke(server, client, second.tokens.accessToken,
                                              QStringLiteral("access_token")));
            if (revoked.status != 200) {
                *why = QStringLiteral("revocation answered %1").arg(revoked.status);
                return false;
            }
            QSignalSpy flows(s.authorizer(), &McpAuthorizer::flowStarted);
            if (!whoami(s, 1)) // refused (revoked), signed in again, resent
                return false;
            if (flows.isEmpty()) {
                *why = QStringLiteral("the revoked token was not refused");
                return false;
            }
            const Exchange reused = send(
                s, OAuthRequests::refresh(server, client, first.refreshToken, flow->resource()));
            if (parseTokenResponse(reused.responseBody, 0).error != u"invalid_grant") {
                *why = QStringLiteral("a spent refresh token was not refused: %1")
                           .arg(QString::fromUtf8(reused.responseBody.left(200)));
                return false;
            }
            // The token the session holds expires (TOKEN_TTL): a call a
            // quarter second until the server refuses it.
            const qsizetype before = flows.size();
            QElapsedTimer clock;
            clock.start();
            while (flows.size() == before && clock.elapsed() < 30000) {
                if (!whoami(s, 1))
                    return false;
                if (flows.size() == before)
                    QTest::qWait(250); // between calls, not instead of one
            }
            if (flows.size() == before) {
                *why = QStringLiteral("the token never expired");
                return false;
            }
            return whoami(s, 2);
        },
        why, settings);
}

// The rate-limiting fixture (rate_limited_mcp_server.mjs, RATE_LIMIT quota)
// at url: calls echo `calls` times, one after another, so the calls past
// the quota are answered 429 with Retry-After.
inline qint64 recordRateLimited(CaptureStore &store, const QString &url, int calls, QString *why)
{
    return recordSession(
        store, url, QStringLiteral("rate limited"),
        [&](McpSession &s) {
            for (int i = 0; i < calls; ++i)
                if (!runRound(s.client(), {toolCall(QStringLiteral("echo"),
                                                    {{QStringLiteral("message"),
                                                      QStringLiteral("call %1").arg(i)}})}))
                    return false;
            return true;
        },
        why);
}

} // namespace mcpscope::testing
