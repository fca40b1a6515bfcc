#include "mcp/mcp_client.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/oauth_flow.h"
#include "session/mcp_authorizer.h"
#include "tool_result.h"
#include "vault/token_vault.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// A session authorized on the fly (a 401, then the client credentials flow
// at oidc-provider, tests/peers/servers/oidc_mcp_servers.mjs) whose vault
// refuses to keep the credential: another program planted a trigger in the
// vault file. The session goes on with its token, the user is told why it
// was not kept, and nothing half-stored stays in the vault.
class TestMcpAuthorizerUnsavedCredential : public QObject
{
    Q_OBJECT

    QUrl mcpUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_oidc.port()));
    }

    static QString plant(const QString &path, const QString &statement)
    {
        const QString name = QStringLiteral("planter");
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QSqlQuery q(db);
            if (!db.open() || !q.exec(statement))
                problem = q.lastError().text() + db.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        return problem;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_authPort = freePort();
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(m_authPort));
        const QString why = m_oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void refusedStoreLeavesTheSessionAuthorizedAndSaysWhy()
    {
        const QString file = m_dir.filePath(QStringLiteral("vault.sqlite"));
        TokenVault vault;
        QVERIFY(vault.openAndWait(file, QStringLiteral("McpScope-test-unsaved")));
        QCOMPARE(plant(file, QStringLiteral("CREATE TRIGGER planted BEFORE INSERT ON credentials "
                                            "BEGIN SELECT RAISE(ABORT, 'planted refusal'); END")),
                 QString());

        HttpClient http;
        McpAuthorizer authorizer(&http);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::ClientCredentials;
        settings.preRegistered = {QStringLiteral("machine-client"),
                                  QStringLiteral("machine-secret-not-a-user-secret"),
                                  {},
                                  {}};
        authorizer.setFlowSettings(settings);
        authorizer.setVault(&vault);
        McpClient client(&http, nullptr);
        authorizer.attach(&client);
        QSignalSpy problems(&authorizer, &McpAuthorizer::problem);
        QSignalSpy stored(&authorizer, &McpAuthorizer::stored);
        QSignalSpy authorized(&authorizer, &McpAuthorizer::authorized);
        QSignalSpy connected(&client, &McpClient::connected);
        QSignalSpy failed(&client, &McpClient::failed);
        client.connectToServer(mcpUrl(), McpClient::Transport::StreamableHttp);
        QTRY_VERIFY_WITH_TIMEOUT(connected.size() + failed.size() > 0, 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().message));

        QCOMPARE(authorized.size(), 1);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().first().toString(),
                 QStringLiteral("Could not save the credential: planted refusal Unable to fetch "
                                "row"));
        QCOMPARE(stored.size(), 0);
        QCOMPARE(authorizer.credentialId(), 0);
        QVERIFY(vault.credentials().isEmpty());

        // The token it could not keep still serves the session.
        McpRequest *whoami = client.request(QStringLiteral("tools/call"),
                                            {{QStringLiteral("name"), QStringLiteral("whoami")}});
        QSignalSpy answered(whoami, &McpRequest::finished);
        QVERIFY(whoami->isFinished() || answered.wait(30000));
        QVERIFY2(whoami->succeeded(), qPrintable(whoami->error().message));
        QVERIFY2(firstToolText(whoami->result()).contains(QStringLiteral("client=machine-client")),
                 qPrintable(firstToolText(whoami->result())));
        client.close();
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_oidc;
    quint16 m_authPort = 0;
};

QTEST_GUILESS_MAIN(TestMcpAuthorizerUnsavedCredential)
#include "tst_mcp_authorizer_unsaved_credential.moc"
