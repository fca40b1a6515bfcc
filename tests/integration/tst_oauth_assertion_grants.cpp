#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/oauth_flow.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The flow's two assertion grants against real authorization servers
// (tests/peers/servers/enterprise_grant_servers.mjs: two oidc-provider
// instances that take the grants through registerGrantType and verify with
// jose): enterprise-managed authorization trades the user's ID token for an
// ID-JAG at the enterprise IdP (RFC 8693 token exchange) and presents it to
// the MCP server's authorization server (RFC 7523 JWT bearer grant);
// workload identity presents the workload's JWT directly. Then what goes
// wrong on the way: no ID token, an unreachable IdP, an ID token the IdP did
// not sign, an IdP that answers a plain token exchange instead of an ID-JAG,
// a workload without an assertion, an assertion the server refuses.
class TestOAuthAssertionGrants : public QObject
{
    Q_OBJECT

    static constexpr const char *kIdpSecret = "idp-client-secret-not-a-user-secret";

    QString idpIssuer() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_idpPort); }
    QString asIssuer() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_authPort); }
    QUrl mcpUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_peer.port()));
    }
    QString fileText(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                              : QString();
    }
    static const OAuthFlow::Step &stepOf(const OAuthFlow &flow, OAuthFlow::StepKind kind)
    {
        for (const OAuthFlow::Step &s : flow.steps())
            if (s.kind == kind)
                return s;
        static const OAuthFlow::Step none{};
        return none;
    }
    static QString valueOf(const OAuthFlow::Step &step, const QString &name)
    {
        for (const OAuthFlow::Value &v : step.values)
            if (v.name == name)
                return v.value;
        return QStringLiteral("(no value %1)").arg(name);
    }

    // The enterprise-managed settings: the pre-registered public client at
    // the MCP server's authorization server, the client at the IdP.
    OAuthFlow::Settings enterpriseSettings(const QString &idpClient, const QString &idToken) const
    {
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::EnterpriseManaged;
        settings.preRegistered.clientId = QStringLiteral("mcp-client");
        settings.idp.tokenEndpoint = QUrl(idpIssuer() + QStringLiteral("/token"));
        settings.idp.client.clientId = idpClient;
        settings.idp.client.clientSecret = QString::fromLatin1(kIdpSecret);
        settings.idp.idToken = idToken;
        return settings;
    }

    // Runs a flow with settings to its end.
    static void run(OAuthFlow &flow, const OAuthFlow::Settings &settings, const QUrl &url)
    {
        flow.setSettings(settings);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start(url);
        QVERIFY(finished.wait(30000));
    }

    // What the authorization server verified in the last assertion it accepted.
    QJsonObject lastGrant()
    {
        HttpClient http;
        HttpRequest request;
        request.url = QUrl(asIssuer() + QStringLiteral("/test/last-grant"));
        HttpCall *call = http.send(request);
        QSignalSpy done(call, &HttpCall::finished);
        if (!done.wait(10000))
            return {};
        return QJsonDocument::fromJson(call->exchange().responseBody).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_authPort = freePort();
        m_idpPort = freePort();
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(m_authPort));
        env.insert(QStringLiteral("IDP_PORT"), QString::number(m_idpPort));
        env.insert(QStringLiteral("ID_TOKEN_FILE"), m_dir.filePath(QStringLiteral("id_token")));
        env.insert(QStringLiteral("FOREIGN_ID_TOKEN_FILE"),
                   m_dir.filePath(QStringLiteral("foreign_id_token")));
        env.insert(QStringLiteral("WORKLOAD_JWT_FILE"), m_dir.filePath(QStringLiteral("workload")));
        const QString why = m_peer.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/enterprise_grant_servers.mjs"),
            {}, env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_idToken = fileText(QStringLiteral("id_token"));
        QVERIFY(m_idToken.count(QLatin1Char('.')) == 2);
    }

    // The whole enterprise-managed flow: the IdP issues an ID-JAG for the
    // MCP server's authorization server, which verifies it against the IdP's
    // published key and issues the access token.
    void enterpriseManagedTradesTheIdTokenForAnIdJagAndATokenFromIt()
    {
        HttpClient http;
        OAuthFlow flow(&http);
        run(flow, enterpriseSettings(QStringLiteral("mcp-client-at-idp"), m_idToken), mcpUrl());
        QVERIFY2(flow.succeeded(), qPrintable(flow.failureMessage()));
        const OAuthFlow::Step &exchange = stepOf(flow, OAuthFlow::StepKind::IdentityAssertion);
        QCOMPARE(exchange.state, OAuthFlow::StepState::Ok);
        QCOMPARE(exchange.outcome,
                 QStringLiteral("The IdP issued an ID-JAG for %1.").arg(asIssuer()));
        QCOMPARE(valueOf(exchange, QStringLiteral("issued_token_type")),
                 QStringLiteral("urn:ietf:params:oauth:token-type:id-jag"));
        QCOMPARE(valueOf(exchange, QStringLiteral("audience")), asIssuer());
        QCOMPARE(stepOf(flow, OAuthFlow::StepKind::Authorization).state,
                 OAuthFlow::StepState::Skipped);
        const OAuthFlow::Step &token = stepOf(flow, OAuthFlow::StepKind::Token);
        QCOMPARE(token.state, OAuthFlow::StepState::Ok);
        QCOMPARE(valueOf(token, QStringLiteral("grant_type")),
                 QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
        QCOMPARE(flow.tokens().scope, QStringLiteral("mcp:tools"));
        // What the authorization server verified (jose, the IdP's /jwks key).
        const QJsonObject grant = lastGrant();
        QCOMPARE(grant.value(QStringLiteral("kind")).toString(), QStringLiteral("id-jag"));
        QCOMPARE(grant.value(QStringLiteral("typ")).toString(), QStringLiteral("oauth-id-jag+jwt"));
        QCOMPARE(grant.value(QStringLiteral("iss")).toString(), idpIssuer());
        QCOMPARE(grant.value(QStringLiteral("sub")).toString(), QStringLiteral("enterprise-user"));
        QCOMPARE(grant.value(QStringLiteral("aud")).toString(), asIssuer());
        QCOMPARE(grant.value(QStringLiteral("resource")).toString(), mcpUrl().toString());
        QCOMPARE(grant.value(QStringLiteral("scope")).toString(), QStringLiteral("mcp:tools"));
    }

    // Without the IdP's token endpoint or the ID token there is nothing to
    // trade: the step says so and nothing is sent.
    void enterpriseManagedWithoutAnIdTokenSaysWhatIsMissing()
    {
        HttpClient http;
        OAuthFlow flow(&http);
        run(flow, enterpriseSettings(QStringLiteral("mcp-client-at-idp"), QString()), mcpUrl());
        QVERIFY(!flow.succeeded());
        const OAuthFlow::Step &exchange = stepOf(flow, OAuthFlow::StepKind::IdentityAssertion);
        QCOMPARE(exchange.state, OAuthFlow::StepState::Failed);
        QVERIFY(exchange.exchangeIds.isEmpty());
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.assertion.missing"));
        QCOMPARE(exchange.outcome,
                 QStringLiteral("The enterprise-managed authorization flow needs the IdP's token "
                                "endpoint and the user's ID token, and none was given."));
        QCOMPARE(stepOf(flow, OAuthFlow::StepKind::Token).state, OAuthFlow::StepState::Skipped);
    }

    // An IdP nobody listens at: the exchange step names the endpoint's
    // failure, and the token step is not tried.
    void unreachableIdpFailsTheExchangeStep()
    {
        HttpClient http;
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings =
            enterpriseSettings(QStringLiteral("mcp-client-at-idp"), m_idToken);
        settings.idp.tokenEndpoint =
            QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(freePort()));
        run(flow, settings, mcpUrl());
        const OAuthFlow::Step &exchange = stepOf(flow, OAuthFlow::StepKind::IdentityAssertion);
        QCOMPARE(exchange.state, OAuthFlow::StepState::Failed);
        QCOMPARE(exchange.exchangeIds.size(), 1);
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.token.unreachable"));
        QVERIFY2(exchange.outcome.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(exchange.outcome));
        QCOMPARE(stepOf(flow, OAuthFlow::StepKind::Token).state, OAuthFlow::StepState::Skipped);
    }

    // The IdP refuses an ID token it did not sign with its OAuth error; the
    // step quotes it, and its cause is about the token exchange, not an
    // authorization code (there is none in this flow).
    void idpRefusingTheIdTokenIsQuotedAndExplained()
    {
        const QString foreign = fileText(QStringLiteral("foreign_id_token"));
        QVERIFY(foreign.count(QLatin1Char('.')) == 2);
        HttpClient http;
        OAuthFlow flow(&http);
        run(flow, enterpriseSettings(QStringLiteral("mcp-client-at-idp"), foreign), mcpUrl());
        QVERIFY(!flow.succeeded());
        const OAuthFlow::Step &exchange = stepOf(flow, OAuthFlow::StepKind::IdentityAssertion);
        QCOMPARE(exchange.state, OAuthFlow::StepState::Failed);
        QCOMPARE(exchange.outcome,
                 QStringLiteral("HTTP 400: invalid_grant subject_token is not an ID token of this "
                                "IdP: signature verification failed"));
        const Finding finding = flow.failureFinding();
        QCOMPARE(finding.kind, QStringLiteral("oauth.error"));
        QCOMPARE(exchange.cause,
                 QStringLiteral("The authorization server answered with error \"invalid_grant\"."));
        QVERIFY2(!exchange.cause.contains(QStringLiteral("code")), qPrintable(exchange.cause));
        QCOMPARE(stepOf(flow, OAuthFlow::StepKind::Token).state, OAuthFlow::StepState::Skipped);
    }

    // An IdP that does a plain RFC 8693 exchange (an access token for the
    // audience) instead of issuing an ID-JAG: nothing is presented to the
    // MCP server's authorization server.
    void aPlainTokenExchangeAnswerIsNoIdJag()
    {
        HttpClient http;
        OAuthFlow flow(&http);
        run(flow, enterpriseSettings(QStringLiteral("generic-exchanger"), m_idToken), mcpUrl());
        QVERIFY(!flow.succeeded());
        const OAuthFlow::Step &exchange = stepOf(flow, OAuthFlow::StepKind::IdentityAssertion);
        QCOMPARE(exchange.state, OAuthFlow::StepState::Failed);
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.token_exchange.bad_answer"));
        QCOMPARE(exchange.outcome,
                 QStringLiteral("The identity provider's token exchange answer is not an ID-JAG: "
                                "issued_token_type is "
                                "\"urn:ietf:params:oauth:token-type:access_token\", not an ID-JAG "
                                "(urn:ietf:params:oauth:token-type:id-jag)."));
        const OAuthFlow::Step &token = stepOf(flow, OAuthFlow::StepKind::Token);
        QCOMPARE(token.state, OAuthFlow::StepState::Skipped);
        QVERIFY(token.exchangeIds.isEmpty());
    }

    // Workload identity: the workload's JWT is the assertion; the server
    // verified it with the workload's key.
    void workloadIdentityPresentsTheWorkloadJwt()
    {
        HttpClient http;
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::WorkloadIdentity;
        settings.preRegistered.clientId = QStringLiteral("mcp-client");
        settings.assertion = fileText(QStringLiteral("workload"));
        run(flow, settings, mcpUrl());
        QVERIFY2(flow.succeeded(), qPrintable(flow.failureMessage()));
        QCOMPARE(stepOf(flow, OAuthFlow::StepKind::Authorization).outcome,
                 QStringLiteral("No authorization step: the workload presents its identity JWT."));
        const QJsonObject grant = lastGrant();
        QCOMPARE(grant.value(QStringLiteral("kind")).toString(), QStringLiteral("workload"));
        QCOMPARE(grant.value(QStringLiteral("sub")).toString(),
                 QStringLiteral("spiffe://example/agent"));
        QCOMPARE(grant.value(QStringLiteral("resource")).toString(), mcpUrl().toString());
    }

    // Workload identity without an assertion: the token step says what is
    // missing and sends nothing.
    void workloadIdentityWithoutAnAssertionSaysSo()
    {
        HttpClient http;
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::WorkloadIdentity;
        settings.preRegistered.clientId = QStringLiteral("mcp-client");
        run(flow, settings, mcpUrl());
        QVERIFY(!flow.succeeded());
        const OAuthFlow::Step &token = stepOf(flow, OAuthFlow::StepKind::Token);
        QCOMPARE(token.state, OAuthFlow::StepState::Failed);
        QVERIFY(token.exchangeIds.isEmpty());
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.assertion.missing"));
        QCOMPARE(token.outcome, QStringLiteral("The workload identity flow needs an assertion, "
                                               "and none was given."));
    }

    // An assertion the server does not trust (the user's ID token, signed by
    // the IdP, presented as a workload JWT): the server's refusal is quoted,
    // and the cause is not about an authorization code.
    void refusedAssertionIsQuotedAndExplained()
    {
        HttpClient http;
        OAuthFlow flow(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::WorkloadIdentity;
        settings.preRegistered.clientId = QStringLiteral("mcp-client");
        settings.assertion = m_idToken;
        run(flow, settings, mcpUrl());
        QVERIFY(!flow.succeeded());
        const OAuthFlow::Step &token = stepOf(flow, OAuthFlow::StepKind::Token);
        QCOMPARE(token.state, OAuthFlow::StepState::Failed);
        QCOMPARE(
            token.outcome,
            QStringLiteral("invalid_grant: assertion rejected: signature verification failed"));
        QCOMPARE(flow.failureFinding().kind, QStringLiteral("oauth.error"));
        QCOMPARE(token.cause,
                 QStringLiteral("The authorization server answered with error \"invalid_grant\"."));
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_peer;
    quint16 m_authPort = 0;
    quint16 m_idpPort = 0;
    QString m_idToken;
};

QTEST_GUILESS_MAIN(TestOAuthAssertionGrants)
#include "tst_oauth_assertion_grants.moc"
