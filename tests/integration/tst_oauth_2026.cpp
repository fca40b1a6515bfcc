// Authorization of MCP 2026-07-28's extensions against a real authorization
// server (oidc-provider, its dPoP feature) and a resource server that takes
// DPoP-bound tokens only (tests/peers/servers/oidc_mcp_servers.mjs,
// /mcp-dpop): the whole DPoP flow, the key in the keychain and reused by the
// next session and for the refresh, nonce retries at both servers, and the
// registration's application_type.
#include "mcp/mcp_client.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/dpop.h"
#include "session/mcp_authorizer.h"
#include "vault/token_vault.h"

#include <qt6keychain/keychain.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestOAuth2026 : public QObject
{
    Q_OBJECT

    struct Session
    {
        HttpClient http;
        McpAuthorizer authorizer{&http};
        McpClient client{&http, nullptr};
        QList<Exchange> exchanges;
        Session(TokenVault *vault, const OAuthFlow::Settings &settings)
        {
            authorizer.setFlowSettings(settings);
            authorizer.setVault(vault);
            authorizer.attach(&client);
            QObject::connect(&http, &HttpClient::exchangeFinished, &http,
                             [this](const Exchange &e) { exchanges << e; });
        }
        bool connect(const QUrl &url)
        {
            QSignalSpy connected(&client, &McpClient::connected);
            authorizer.prepare(url, [this, url] {
                client.connectToServer(url, McpClient::Transport::StreamableHttp);
            });
            return connected.wait(30000);
        }
        QString whoami()
        {
            McpRequest *call = client.request(QStringLiteral("tools/call"),
                                              {{QStringLiteral("name"), QStringLiteral("whoami")}});
            QSignalSpy done(call, &McpRequest::finished);
            if (!call->isFinished() && !done.wait(15000))
                return QStringLiteral("(no answer)");
            if (!call->succeeded())
                return call->error().message;
            return call->result()
                .toObject()
                .value(QStringLiteral("content"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("text"))
                .toString();
        }
        const OAuthFlow::Step *step(OAuthFlow::StepKind kind) const
        {
            const int i = authorizer.flow()->indexOf(kind);
            return i < 0 ? nullptr : &authorizer.flow()->steps().at(i);
        }
    };

    static QString valueOf(const OAuthFlow::Step *step, const QString &name)
    {
        if (step)
            for (const OAuthFlow::Value &v : step->values)
                if (v.name == name)
                    return v.value;
        return {};
    }
    static Result<QString> keychainRead(const QString &key)
    {
        QKeychain::ReadPasswordJob job(QStringLiteral("McpScope-test"));
        job.setAutoDelete(false);
        job.setKey(key);
        QSignalSpy done(&job, &QKeychain::Job::finished);
        job.start();
        done.wait(10000);
        if (job.error() != QKeychain::NoError)
            return makeError(ErrorCode::Keychain, job.errorString(), int(job.error()));
        return job.textData();
    }
    static Result<void> wait(const std::function<void(TokenVault::Done)> &operation)
    {
        std::optional<Result<void>> outcome;
        operation([&](const Result<void> &r) { outcome = r; });
        QElapsedTimer clock;
        clock.start();
        while (!outcome && clock.elapsed() < 20000)
            QTest::qWait(20);
        if (!outcome)
            return makeError(ErrorCode::McpTimeout, QStringLiteral("the vault did not answer"));
        return *outcome;
    }
    static QString startOidc(NodePeer &peer, const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment env = extra;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
        return peer.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
    }
    QUrl url(const char *path) const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1%2").arg(m_oidc.port()).arg(QLatin1String(path)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = startOidc(m_oidc);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(m_vault.openAndWait(m_dir.filePath(QStringLiteral("vault.sqlite")),
                                    QStringLiteral("McpScope-test")));
        QVERIFY2(m_vault.keychainAvailable(), qPrintable(m_vault.keychainProblem()));
    }

    // The resource's DPoP challenge starts a DPoP flow: the token request
    // carries a proof, oidc-provider binds the token to the key (token_type
    // DPoP, cnf.jkt), and every MCP request presents it with the DPoP scheme
    // and a fresh proof, which the resource server verifies (signature, htm,
    // htu, ath, jti, the key's thumbprint against introspection's cnf.jkt).
    // The key goes to the keychain with the tokens; the next session signs
    // with it without a flow, and the refresh proves possession of it too.
    void dpopFlowKeyInKeychainReusedForRefresh()
    {
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        const QUrl resource = url("/mcp-dpop");
        qint64 id = 0;
        QString thumbprint;
        QByteArray pem;
        {
            Session first(&m_vault, settings);
            QSignalSpy stored(&first.authorizer, &McpAuthorizer::stored);
            QVERIFY(first.connect(resource));
            QVERIFY(stored.size() || stored.wait(10000));
            id = stored.first().first().toLongLong();
            OAuthFlow *flow = first.authorizer.flow();
            QVERIFY(flow->usesDpop());
            thumbprint = flow->dpop()->key().thumbprint;
            pem = flow->dpop()->key().privateKeyPem;
            QCOMPARE(thumbprint.size(), 43);
            // A step of its own in the flow inspector.
            const OAuthFlow::Step *dpop = first.step(OAuthFlow::StepKind::Dpop);
            QVERIFY(dpop);
            QCOMPARE(dpop->state, OAuthFlow::StepState::Ok);
            QCOMPARE(valueOf(dpop, QStringLiteral("JWK thumbprint (cnf.jkt)")), thumbprint);
            QCOMPARE(valueOf(dpop, QStringLiteral("token_type")), QStringLiteral("DPoP"));
            QVERIFY(valueOf(dpop, QStringLiteral("proofs sent")).toInt() >= 2);
            // The resource server saw the key the token is bound to.
            QCOMPARE(first.whoami().section(QStringLiteral(" jkt="), 1), thumbprint);
            // On the wire: the token request's proof, then DPoP scheme + proof.
            bool tokenProof = false;
            int boundRequests = 0;
            for (const Exchange &e : first.exchanges) {
                if (e.url.endsWith(QLatin1String("/token")) && e.method == "POST")
                    tokenProof = tokenProof || !e.requestHeader("DPoP").isEmpty();
                if (e.url == resource.toString() &&
                    e.requestHeader("Authorization").startsWith("DPoP ")) {
                    QVERIFY(!e.requestHeader("DPoP").isEmpty());
                    ++boundRequests;
                }
                QVERIFY(!e.requestHeader("Authorization").startsWith("Bearer "));
            }
            QVERIFY(tokenProof);
            QVERIFY(boundRequests >= 2);
            first.client.close();
        }
        // The private key: in the keychain, not in the vault's database.
        const auto credential = m_vault.credential(id);
        QVERIFY(credential);
        const auto inKeychain =
            keychainRead(QStringLiteral("vault/%1/issuer/%2/credential/%3/dpop_key")
                             .arg(m_vault.identity(), credential->issuer)
                             .arg(id));
        QVERIFY2(inKeychain, qPrintable(inKeychain ? QString() : inKeychain.error().message));
        QCOMPARE(inKeychain->toLatin1(), pem);
        QFile db(m_dir.filePath(QStringLiteral("vault.sqlite")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll();
        QVERIFY(!bytes.contains("PRIVATE KEY"));
        QVERIFY(!bytes.contains(pem.mid(40, 40)));

        // The next session: the stored token and its key, no flow.
        {
            Session second(&m_vault, settings);
            QSignalSpy flows(&second.authorizer, &McpAuthorizer::flowStarted);
            QVERIFY(second.connect(resource));
            QCOMPARE(flows.size(), 0);
            QCOMPARE(second.authorizer.flow()->dpop()->key().thumbprint, thumbprint);
            QCOMPARE(second.whoami().section(QStringLiteral(" jkt="), 1), thumbprint);
            // The refresh proves possession of the same key: oidc-provider
            // binds a public client's refresh token to it.
            const auto refreshed =
                wait([&](TokenVault::Done done) { m_vault.refresh(id, &second.http, done); });
            QVERIFY2(refreshed, qPrintable(refreshed ? QString() : refreshed.error().message));
            const Exchange &refresh = second.exchanges.last();
            QVERIFY(refresh.url.endsWith(QLatin1String("/token")));
            const auto proof = decodeJwtHeaderKey(refresh.requestHeader("DPoP"));
            QCOMPARE(proof, thumbprint);
            second.client.close();
        }
        // Without the key, the same refresh is refused: the binding is real.
        HttpClient keyless;
        const auto refused =
            wait([&](TokenVault::Done done) { m_vault.refresh(id, &keyless, done); });
        QVERIFY(!refused);
    }

    // Both servers ask for a nonce (DPOP_NONCE): the token request and the
    // MCP request are each sent again with it, and each retry is a value of
    // the DPoP step.
    void nonceRetriesAtBothServers()
    {
        NodePeer peer;
        QProcessEnvironment env;
        env.insert(QStringLiteral("DPOP_NONCE"), QStringLiteral("1"));
        const QString why = startOidc(peer, env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        Session s(nullptr, settings);
        QVERIFY(s.connect(QUrl(QStringLiteral("http://127.0.0.1:%1/mcp-dpop").arg(peer.port()))));
        const OAuthFlow::Step *dpop = s.step(OAuthFlow::StepKind::Dpop);
        QVERIFY(dpop);
        QVERIFY(!valueOf(dpop, QStringLiteral("nonce retry (authorization server)")).isEmpty());
        QVERIFY(!valueOf(dpop, QStringLiteral("nonce retry (MCP server)")).isEmpty());
        QVERIFY(s.whoami().contains(QStringLiteral(" jkt=")));
        s.client.close();
    }

    // SEP-837: a loopback redirect registers a native app, an https redirect
    // to a host a web app; oidc-provider keeps what was asked. Its redirect
    // carries iss (it advertises authorization_response_iss_parameter_supported),
    // compared exactly and shown.
    void applicationTypeAndIss()
    {
        for (const auto &[redirect, type] :
             {std::pair{QString(), QStringLiteral("native")},
              std::pair{QStringLiteral("https://client.example/callback"),
                        QStringLiteral("web")}}) {
            OAuthFlow::Settings settings;
            settings.mode = OAuthFlow::Mode::Headless;
            settings.redirectUri = redirect;
            HttpClient http;
            OAuthFlow flow(&http);
            flow.setSettings(settings);
            QList<Exchange> exchanges;
            connect(&http, &HttpClient::exchangeFinished, &http,
                    [&](const Exchange &e) { exchanges << e; });
            QSignalSpy finished(&flow, &OAuthFlow::finished);
            flow.start(url("/mcp"));
            QVERIFY(finished.wait(30000));
            QVERIFY2(flow.succeeded(), qPrintable(flow.failureMessage()));
            bool registered = false;
            for (const Exchange &e : exchanges)
                if (e.url.endsWith(QLatin1String("/reg")) && e.method == "POST") {
                    registered = true;
                    QCOMPARE(QJsonDocument::fromJson(e.requestBody)
                                 .object()
                                 .value(QStringLiteral("application_type"))
                                 .toString(),
                             type);
                    QCOMPARE(QJsonDocument::fromJson(e.responseBody)
                                 .object()
                                 .value(QStringLiteral("application_type"))
                                 .toString(),
                             type);
                }
            QVERIFY(registered);
            QCOMPARE(valueOf(&flow.steps().at(int(OAuthFlow::StepKind::Authorization)),
                             QStringLiteral("iss (RFC 9207)")),
                     flow.authServer().issuer);
        }
    }

private:
    // The thumbprint of the key in a DPoP proof's header.
    static QString decodeJwtHeaderKey(const QByteArray &proof)
    {
        const QJsonObject header =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(proof.split('.').value(0), QByteArray::Base64UrlEncoding))
                .object();
        const QJsonObject jwk = header.value(QStringLiteral("jwk")).toObject();
        const QByteArray canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" +
                                     jwk.value(QStringLiteral("x")).toString().toLatin1() +
                                     "\",\"y\":\"" +
                                     jwk.value(QStringLiteral("y")).toString().toLatin1() + "\"}";
        return QString::fromLatin1(
            QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    NodePeer m_oidc;
    QTemporaryDir m_dir;
    TokenVault m_vault;
};

QTEST_GUILESS_MAIN(TestOAuth2026)
#include "tst_oauth_2026.moc"
