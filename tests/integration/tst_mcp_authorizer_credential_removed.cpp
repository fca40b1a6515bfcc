#include "mcp/mcp_client.h"
#include "net/http_client.h"
#include "oauth/oauth_metadata.h"
#include "session/mcp_authorizer.h"
#include "vault/token_vault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

// A session being prepared with a stored credential (its DPoP key is being
// read from the keychain, gnome-keyring here) while the user removes that
// credential in the vault: the session is not given the removed
// credential's token, and the user is told it is gone.
class TestMcpAuthorizerCredentialRemoved : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void credentialRemovedWhilePreparing()
    {
        QTemporaryDir dir;
        TokenVault vault;
        QVERIFY(vault.openAndWait(dir.filePath(QStringLiteral("vault.sqlite")),
                                  QStringLiteral("McpScope-test-removed")));
        QVERIFY2(vault.keychainAvailable(), qPrintable(vault.keychainProblem()));
        const auto server = parseAuthServerMetadata(
            "{\"issuer\":\"http://127.0.0.1:9/as\",\"authorization_endpoint\":"
            "\"http://127.0.0.1:9/as/authorize\",\"token_endpoint\":\"http://127.0.0.1:9/as/"
            "token\",\"code_challenge_methods_supported\":[\"S256\"]}");
        QVERIFY(server);
        TokenSet tokens;
        tokens.accessToken = QStringLiteral("token-of-a-removed-credential");
        tokens.tokenType = QStringLiteral("Bearer");
        tokens.obtainedAtMs = QDateTime::currentMSecsSinceEpoch();
        tokens.expiresAtMs = tokens.obtainedAtMs + 3600 * 1000;
        const QString resource = QStringLiteral("http://127.0.0.1:9/mcp");
        std::optional<Result<qint64>> stored;
        vault.store(resource, *server,
                    OAuthClient{QStringLiteral("c"),
                                {},
                                QStringLiteral("none"),
                                QStringLiteral("pre-registered"),
                                {}},
                    tokens, [&stored](const Result<qint64> &r) { stored = r; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 20000);
        QVERIFY(*stored);
        const qint64 id = **stored;

        HttpClient http;
        McpAuthorizer authorizer(&http);
        authorizer.setVault(&vault);
        McpClient client(&http, nullptr);
        authorizer.attach(&client);
        QStringList problems;
        connect(&authorizer, &McpAuthorizer::problem, this,
                [&problems](const QString &p) { problems << p; });
        bool prepared = false;
        authorizer.prepare(QUrl(resource), [&prepared] { prepared = true; });
        QVERIFY(!prepared); // the keychain is still being asked for the DPoP key
        std::optional<Result<void>> removed;
        vault.remove(id, [&removed](const Result<void> &r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(prepared && removed.has_value(), 20000);
        QVERIFY(*removed);
        QCOMPARE(problems, QStringList{QStringLiteral("The stored credential is gone.")});
        QCOMPARE(authorizer.credentialId(), 0);
        QVERIFY(authorizer.tokens().accessToken.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMcpAuthorizerCredentialRemoved)
#include "tst_mcp_authorizer_credential_removed.moc"
