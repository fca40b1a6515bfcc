#include "error_code_testing.h"
#include "oauth/dpop.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

// Which private keys can be DPoP keys (RFC 9449 with ES256: EC P-256 only),
// with keys made by the openssl command line as a user would make them:
// P-256 is read back to the same public JWK as a key McpScope generated,
// other curves and key types are refused with the reason.
class TestDpopKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A private key in PEM from `openssl genpkey` with the given arguments.
    QByteArray opensslKey(const QStringList &args)
    {
        const QString file = m_dir.filePath(QStringLiteral("key-%1.pem").arg(++m_made));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), QStringList{QStringLiteral("genpkey")} + args +
                                                     QStringList{QStringLiteral("-out"), file});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            return {};
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    int m_made = 0;

private Q_SLOTS:
    void p256KeyIsRead()
    {
        const QByteArray pem =
            opensslKey({QStringLiteral("-algorithm"), QStringLiteral("EC"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")});
        QVERIFY(!pem.isEmpty());
        const auto key = loadDpopKey(pem);
        QVERIFY2(key, key ? "" : qPrintable(key.error().message));
        QCOMPARE(key->publicJwk.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
        QCOMPARE(key->publicJwk.value(QStringLiteral("crv")).toString(), QStringLiteral("P-256"));
        QCOMPARE(key->publicJwk.value(QStringLiteral("x")).toString().size(), 43); // 32 bytes
        QCOMPARE(key->privateKeyPem, pem);
        // The same key read twice has the same thumbprint; another key another.
        const auto again = loadDpopKey(pem);
        QVERIFY(again);
        QCOMPARE(again->thumbprint, key->thumbprint);
        const auto generated = generateDpopKey();
        QVERIFY(generated);
        QVERIFY(generated->thumbprint != key->thumbprint);
        const auto reread = loadDpopKey(generated->privateKeyPem);
        QVERIFY(reread);
        QCOMPARE(reread->publicJwk, generated->publicJwk);
    }

    void otherKeysAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("EC P-384") << QStringList{QStringLiteral("-algorithm"), QStringLiteral("EC"),
                                                 QStringLiteral("-pkeyopt"),
                                                 QStringLiteral("ec_paramgen_curve:P-384")};
        QTest::newRow("Ed25519") << QStringList{QStringLiteral("-algorithm"),
                                                QStringLiteral("ED25519")};
        QTest::newRow("RSA") << QStringList{QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                                            QStringLiteral("-pkeyopt"),
                                            QStringLiteral("rsa_keygen_bits:1024")};
    }
    void otherKeysAreRefused()
    {
        QFETCH(QStringList, args);
        const QByteArray pem = opensslKey(args);
        QVERIFY(!pem.isEmpty());
        const auto key = loadDpopKey(pem);
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::JwtKey);
        QCOMPARE(key.error().message,
                 QStringLiteral("A DPoP key must be an EC P-256 key (ES256)."));
    }

    void notAKeyAtAll()
    {
        const auto key =
            loadDpopKey("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::JwtKey);
        QCOMPARE(key.error().message,
                 QStringLiteral("The DPoP key is not a PEM key McpScope can read."));
    }
};

QTEST_GUILESS_MAIN(TestDpopKeys)
#include "tst_dpop_keys.moc"
