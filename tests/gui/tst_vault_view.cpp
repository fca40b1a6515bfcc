#include "gui_test_settings.h"
#include "mcp/mcp_client.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/oauth_metadata.h"
#include "oauth/oauth_requests.h"
#include "oauth_ui.h"
#include "session/mcp_authorizer.h"
#include "ui/oauth/vault_view.h"
#include "vault/token_vault.h"

#include <qt6keychain/keychain.h>

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mcpscope;
using namespace mcpscope::testing;

// The token vault view's buttons, clicked as a user clicks them, on real
// tokens: signed in against the real authorization server (oidc-provider
// in front of an MCP server), kept in the real keychain (gnome-keyring on
// the test's D-Bus session). Each click is checked in what the view shows,
// in the vault, in the keychain and at the authorization server.
class TestVaultView : public QObject
{
    Q_OBJECT

    QUrl mcpUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_oidc.port()));
    }

    // The keychain entry of one secret of a credential, as the vault names it.
    QString entryKey(const Credential &c, const char *kind) const
    {
        return QStringLiteral("vault/%1/issuer/%2/credential/%3/%4")
            .arg(m_vault.identity(), c.issuer)
            .arg(c.id)
            .arg(QLatin1String(kind));
    }
    // The keychain's answer for key: NoError and the secret, or why not.
    static QKeychain::Error keychainRead(const QString &key, QString *secret = nullptr)
    {
        QKeychain::ReadPasswordJob job(QStringLiteral("McpScope-test"));
        job.setAutoDelete(false);
        job.setKey(key);
        QSignalSpy done(&job, &QKeychain::Job::finished);
        job.start();
        if (!done.wait(10000))
            return QKeychain::OtherError;
        if (secret)
            *secret = job.textData();
        return job.error();
    }
    // What the authorization server at issuer says of token (RFC 7662, as
    // the resource server's client).
    static QJsonObject introspectAt(const QString &issuer, const QString &token)
    {
        AuthServerMetadata server;
        server.issuer = issuer;
        server.introspectionEndpoint = QUrl(issuer + QStringLiteral("/token/introspection"));
        const OAuthClient rs{QStringLiteral("mcp-resource-server"),
                             QStringLiteral("rs-secret-not-a-user-secret"),
                             QStringLiteral("client_secret_basic"),
                             {}};
        HttpClient http;
        HttpCall *call = http.send(OAuthRequests::introspect(server, rs, token));
        QSignalSpy finished(call, &HttpCall::finished);
        if (!finished.wait(10000))
            return {};
        return QJsonDocument::fromJson(call->exchange().responseBody).object();
    }
    // Signs in headless through an MCP session whose authorizer keeps its
    // tokens in the vault; the credential's id and access token.
    std::pair<qint64, QString> signIn()
    {
        HttpClient http;
        McpAuthorizer authorizer(&http);
        McpClient client(&http, nullptr);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        authorizer.setFlowSettings(settings);
        authorizer.setVault(&m_vault);
        authorizer.attach(&client);
        QSignalSpy stored(&authorizer, &McpAuthorizer::stored);
        QSignalSpy connected(&client, &McpClient::connected);
        authorizer.prepare(mcpUrl(), [&] {
            client.connectToServer(mcpUrl(), McpClient::Transport::StreamableHttp);
        });
        if (!connected.wait(30000) || !(stored.size() || stored.wait(10000)))
            return {0, {}};
        const qint64 id = stored.first().first().toLongLong();
        const QString token = authorizer.tokens().accessToken;
        client.close();
        return {id, token};
    }
    // The Expires cell as the view shows it for expiresAt, allowing for the
    // second or two between the view's tick and now.
    static QStringList expectedCountdowns(qint64 expiresAt)
    {
        QStringList expected;
        for (int slack = -2000; slack <= 1000; slack += 1000) {
            const qint64 s = (expiresAt - QDateTime::currentMSecsSinceEpoch() + slack) / 1000;
            expected << (s >= 3600
                             ? QStringLiteral("in %1 h %2 min").arg(s / 3600).arg((s % 3600) / 60)
                             : QStringLiteral("in %1:%2")
                                   .arg(s / 60)
                                   .arg(s % 60, 2, 10, QLatin1Char('0')));
        }
        return expected;
    }
    static QString expiresShown(QWidget *view, int row)
    {
        return vaultRowText(view, row).split(QStringLiteral(" | ")).value(3);
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_vault_view"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
        const QString why = m_oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const auto opened = m_vault.openAndWait(m_dir.filePath(QStringLiteral("vault.sqlite")),
                                                QStringLiteral("McpScope-test"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QVERIFY2(m_vault.keychainAvailable(),
                 qPrintable(m_vault.keychainProblem())); // the suite runs with gnome-keyring
    }

    // Copy, Introspect, Refresh and Revoke on one signed-in credential,
    // then Delete on a second one.
    void buttonsActOnTheVaultTheKeychainAndTheIssuer()
    {
        const auto [id, firstAccess] = signIn();
        QVERIFY(id > 0 && !firstAccess.isEmpty());
        const auto credential = m_vault.credential(id);
        QVERIFY(credential && credential->hasRefreshToken);

        HttpClient http;
        VaultView view(&m_vault, &http);
        view.resize(1100, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE_WITH_TIMEOUT(vaultRowCount(&view), 1, 10000);
        QVERIFY2(vaultRowText(&view, 0).startsWith(mcpUrl().toString() + QStringLiteral(" | ") +
                                                   credential->issuer),
                 qPrintable(vaultRowText(&view, 0)));
        QCOMPARE(vaultRowText(&view, 0).split(QStringLiteral(" | ")).value(4),
                 QStringLiteral("yes")); // a refresh token is held
        QVERIFY(clickVaultRow(&view, 0));
        QSignalSpy finished(&view, &VaultView::operationFinished);
        QSignalSpy status(&view, &VaultView::statusMessage);

        // Copy as Authorization header: the access token, from the keychain.
        QGuiApplication::clipboard()->clear();
        QVERIFY(clickVaultButton(&view, "copyAuthorizationHeader"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("Authorization: Bearer ") + firstAccess);
        QCOMPARE(status.last().first().toString(),
                 QStringLiteral("Authorization header copied to the clipboard."));

        // Introspect: the issuer's answer in a message box, read and closed.
        {
            QString shown;
            std::unique_ptr<QTimer> reader(answerMessageBox(&view, "introspection", &shown));
            QVERIFY(clickVaultButton(&view, "introspectToken"));
            QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
            QVERIFY2(shown.contains(QStringLiteral("\"active\": true")), qPrintable(shown));
            QVERIFY2(shown.contains(QStringLiteral("mcp:tools")), qPrintable(shown));
            // The times a person reads: local date and time, how far from now.
            QVERIFY2(shown.contains(QRegularExpression(
                         QStringLiteral("Expires \\(exp\\): [^\\n]+ \\(in \\d+ (min|h|s)\\)"))),
                     qPrintable(shown));
            QVERIFY2(shown.contains(QRegularExpression(
                         QStringLiteral("Issued \\(iat\\): [^\\n]+ \\((\\d+ (s|min) ago|now)\\)"))),
                     qPrintable(shown));
            QCOMPARE(status.last().first().toString(), QStringLiteral("The token is active."));
        }

        // Refresh: a new access token in the keychain, working at the
        // issuer; the new expiry in the vault and on screen.
        QString before;
        QCOMPARE(keychainRead(entryKey(*credential, "access_token"), &before), QKeychain::NoError);
        QCOMPARE(before, firstAccess);
        const qint64 oldExpiry = credential->expiresAtMs;
        finished.clear();
        QVERIFY(clickVaultButton(&view, "refreshToken"));
        QVERIFY(finished.wait(15000));
        QCOMPARE(status.last().first().toString(), QStringLiteral("Token refreshed."));
        QString refreshed;
        QCOMPARE(keychainRead(entryKey(*credential, "access_token"), &refreshed),
                 QKeychain::NoError);
        QVERIFY(!refreshed.isEmpty());
        QVERIFY(refreshed != firstAccess);
        QCOMPARE(
            introspectAt(credential->issuer, refreshed).value(QStringLiteral("active")).toBool(),
            true);
        const auto afterRefresh = m_vault.credential(id);
        QVERIFY(afterRefresh);
        QVERIFY2(
            afterRefresh->expiresAtMs > oldExpiry,
            qPrintable(
                QStringLiteral("%1 not after %2").arg(afterRefresh->expiresAtMs).arg(oldExpiry)));
        QCOMPARE(vaultRowCount(&view), 1);
        QVERIFY2(expectedCountdowns(afterRefresh->expiresAtMs).contains(expiresShown(&view, 0)),
                 qPrintable(expiresShown(&view, 0)));
        // The copied header follows: the new token.
        finished.clear();
        QVERIFY(clickVaultRow(&view, 0));
        QVERIFY(clickVaultButton(&view, "copyAuthorizationHeader"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("Authorization: Bearer ") + refreshed);

        // Revoke: inactive at the issuer, gone from the view, the vault and
        // the keychain.
        QVERIFY(clickVaultRow(&view, 0));
        finished.clear();
        QVERIFY(clickVaultButton(&view, "revokeToken"));
        QVERIFY(finished.wait(15000));
        QCOMPARE(status.last().first().toString(), QStringLiteral("Tokens revoked and deleted."));
        QTRY_COMPARE_WITH_TIMEOUT(vaultRowCount(&view), 0, 10000);
        QVERIFY(!m_vault.credential(id));
        QCOMPARE(introspectAt(credential->issuer, refreshed)
                     .value(QStringLiteral("active"))
                     .toBool(true),
                 false);
        for (const char *kind : {"access_token", "refresh_token"})
            QTRY_COMPARE_WITH_TIMEOUT(keychainRead(entryKey(*credential, kind)),
                                      QKeychain::EntryNotFound, 10000);

        // Delete (forget): gone from the view, the vault and the keychain;
        // the issuer is not told, so the token stays active there.
        const auto [second, secondAccess] = signIn();
        QVERIFY(second > 0 && !secondAccess.isEmpty());
        const auto forgotten = m_vault.credential(second);
        QVERIFY(forgotten);
        QTRY_COMPARE_WITH_TIMEOUT(vaultRowCount(&view), 1, 10000);
        QCOMPARE(keychainRead(entryKey(*forgotten, "access_token")), QKeychain::NoError);
        QVERIFY(clickVaultRow(&view, 0));
        finished.clear();
        QVERIFY(clickVaultButton(&view, "deleteToken"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(status.last().first().toString(),
                 QStringLiteral("Tokens deleted from the vault."));
        QTRY_COMPARE_WITH_TIMEOUT(vaultRowCount(&view), 0, 10000);
        QVERIFY(!m_vault.credential(second));
        for (const char *kind : {"access_token", "refresh_token"})
            QTRY_COMPARE_WITH_TIMEOUT(keychainRead(entryKey(*forgotten, kind)),
                                      QKeychain::EntryNotFound, 10000);
        QCOMPARE(
            introspectAt(forgotten->issuer, secondAccess).value(QStringLiteral("active")).toBool(),
            true);

        // With nothing selected, the buttons do nothing.
        finished.clear();
        QVERIFY(clickVaultButton(&view, "refreshToken"));
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 0);
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_oidc;
    TokenVault m_vault;
};

QTEST_MAIN(TestVaultView)
#include "tst_vault_view.moc"
