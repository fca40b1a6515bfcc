#include "error_code_testing.h"
#include "oauth/oauth_metadata.h"
#include "vault/token_vault.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

// The token vault when the keyring is locked mid-session (the screen lock or
// the user locked it) and nothing can prompt to unlock it: the test runs a
// D-Bus session bus and an unlocked gnome-keyring of its own, opens the vault,
// stores a credential, then locks the keyring's default collection. A
// credential stored then is refused by the keychain and not left
// half-stored; the one stored before can still be removed from the vault.
class TestTokenVaultKeyringLocked : public QObject
{
    Q_OBJECT

    template <typename T>
    static std::optional<T> await(const std::function<void(std::function<void(const T &)>)> &op)
    {
        std::optional<T> outcome;
        op([&outcome](const T &r) { outcome = r; });
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000);
        return outcome;
    }
    static AuthServerMetadata server()
    {
        const auto parsed = parseAuthServerMetadata(
            "{\"issuer\":\"http://127.0.0.1:9/as\",\"authorization_endpoint\":"
            "\"http://127.0.0.1:9/as/authorize\",\"token_endpoint\":\"http://127.0.0.1:9/as/"
            "token\",\"code_challenge_methods_supported\":[\"S256\"]}");
        return parsed ? *parsed : AuthServerMetadata{};
    }
    static TokenSet tokens(const QString &access)
    {
        TokenSet t;
        t.accessToken = access;
        t.refreshToken = access + QStringLiteral("-refresh");
        t.tokenType = QStringLiteral("Bearer");
        t.scope = QStringLiteral("mcp:tools");
        return t;
    }
    static OAuthClient client()
    {
        return OAuthClient{QStringLiteral("keyring-client"),
                           QStringLiteral("keyring-secret"),
                           QStringLiteral("client_secret_post"),
                           QStringLiteral("pre-registered"),
                           {}};
    }
    bool secretServiceUp()
    {
        QProcess ask;
        ask.start(QStringLiteral("dbus-send"),
                  {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                   QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/"),
                   QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                   QStringLiteral("string:org.freedesktop.secrets")});
        return ask.waitForFinished(5000) && ask.readAllStandardOutput().contains("boolean true");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *sub : {"home", "data", "run"})
            QVERIFY(QDir(m_dir.path()).mkpath(QLatin1String(sub)));
        QVERIFY(QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner));
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1")});
        QVERIFY2(m_bus.waitForStarted(10000), qPrintable(m_bus.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(address.startsWith("unix:"));
        // Before anything in this process talks to D-Bus: this bus only.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLatin1(address));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        m_keyring.setProcessEnvironment(env);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                         QStringLiteral("--components=secrets")});
        QVERIFY2(m_keyring.waitForStarted(10000), qPrintable(m_keyring.errorString()));
        m_keyring.write("mcpscope-test");
        m_keyring.closeWriteChannel();
        QVERIFY(QTest::qWaitFor([this] { return secretServiceUp(); }, 20000));
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_keyring, &m_bus})
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(3000)) {
                    p->kill();
                    p->waitForFinished(3000);
                }
            }
    }

    void keyringLockedMidSession()
    {
        TokenVault vault;
        QVERIFY(vault.openAndWait(m_dir.filePath(QStringLiteral("vault.sqlite")),
                                  QStringLiteral("McpScope-test-keyring-gone")));
        QVERIFY2(vault.keychainAvailable(), qPrintable(vault.keychainProblem()));
        const QString resource = QStringLiteral("http://127.0.0.1:9/mcp");
        const auto first = await<Result<qint64>>([&](auto cb) {
            vault.store(resource, server(), client(), tokens(QStringLiteral("before")), cb);
        });
        QVERIFY(first && *first);
        const qint64 kept = **first;

        // Lock the collection the secrets go to: unlocking needs a prompt,
        // and this session has no prompter.
        QProcess lock;
        lock.start(QStringLiteral("dbus-send"),
                   {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                    QStringLiteral("--dest=org.freedesktop.secrets"),
                    QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                    QStringLiteral("array:objpath:/org/freedesktop/secrets/aliases/default")});
        QVERIFY(lock.waitForFinished(10000));
        QVERIFY2(lock.readAllStandardOutput().contains("/org/freedesktop/secrets/aliases/default"),
                 lock.readAllStandardError().constData());

        // Another resource's credential: its metadata row goes again when
        // the keychain refuses its first secret.
        const auto refused = await<Result<qint64>>([&](auto cb) {
            vault.store(QStringLiteral("http://127.0.0.1:9/other"), server(), client(),
                        tokens(QStringLiteral("after")), cb);
        });
        QVERIFY(refused && !*refused);
        QCOMPARE(refused->error().code, ErrorCode::VaultKeychain);
        QVERIFY2(refused->error().message.startsWith(
                     QStringLiteral("The keychain refused to store a secret: ")) &&
                     refused->error().message.size() >
                         QStringLiteral("The keychain refused to store a secret: ").size(),
                 qPrintable(refused->error().message));
        QTRY_COMPARE_WITH_TIMEOUT(vault.credentials().size(), 1, 30000);
        QCOMPARE(vault.credentials().first().id, kept);

        // Removing still works: the row goes, and a locked item is not an
        // error (the keychain finds nothing it may delete).
        const auto removed = await<Result<void>>([&](auto cb) { vault.remove(kept, cb); });
        QVERIFY2(removed && *removed, removed ? qPrintable(removed->error().message) : "");
        QVERIFY(!vault.credential(kept));
        QVERIFY(vault.credentials().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
};

QTEST_GUILESS_MAIN(TestTokenVaultKeyringLocked)
#include "tst_token_vault_keyring_locked.moc"
