#include "gui_test_settings.h"
#include "ui/session/connect_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

// The Connect dialog as a user fills it in: the transport, the target, the
// headers or environment, the OAuth fields, the protocol era (remembered per
// server) and what it refuses, with its reason in the error line.
class TestConnectDialog : public QObject
{
    Q_OBJECT

    template <typename T> static T *field(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }

    // Fills what is given and clicks Connect.
    static void fill(ConnectDialog &dialog, ConnectSettings::Kind kind, const QString &target,
                     const QString &extra = {})
    {
        field<QComboBox>(&dialog, "connectKind")->setCurrentIndex(int(kind));
        QLineEdit *edit = field<QComboBox>(&dialog, "connectTarget")->lineEdit();
        edit->clear();
        QTest::keyClicks(edit, target);
        field<QPlainTextEdit>(&dialog, "connectExtra")->setPlainText(extra);
    }

    static void clickConnect(ConnectDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    static QString error(ConnectDialog &dialog)
    {
        auto *label = field<QLabel>(&dialog, "connectError");
        return label && label->isVisible() ? label->text() : QString();
    }

    static QVariantMap storedEras()
    {
        return QSettings().value(QStringLiteral("connectEras")).toMap();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        mcpscope::testing::useScratchSettings(m_dir.path(), QStringLiteral("tst_connect_dialog"));
    }

    void init() { QSettings().remove(QStringLiteral("connectEras")); }

    void emptyTargetSaysWhatIsMissing()
    {
        ConnectDialog dialog({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fill(dialog, ConnectSettings::Kind::Auto, QString());
        clickConnect(dialog);
        QCOMPARE(error(dialog), QStringLiteral("Enter the server's URL."));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        fill(dialog, ConnectSettings::Kind::Stdio, QStringLiteral("   "));
        clickConnect(dialog);
        QCOMPARE(error(dialog), QStringLiteral("Enter the command that starts the server."));
        QVERIFY(dialog.isVisible());
    }

    void notAnHttpUrlIsRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/mcp");
        QTest::newRow("file") << QStringLiteral("file:///tmp/mcp");
        QTest::newRow("no host") << QStringLiteral("http://");
    }

    void notAnHttpUrlIsRefused()
    {
        QFETCH(QString, target);
        ConnectDialog dialog({});
        dialog.show();
        fill(dialog, ConnectSettings::Kind::StreamableHttp, target);
        clickConnect(dialog);
        QCOMPARE(error(dialog),
                 QStringLiteral("\"%1\" is not an http:// or https:// URL.").arg(dialog.target()));
        QVERIFY(dialog.isVisible());
        QVERIFY(storedEras().isEmpty());
    }

    // Header lines become the settings' headers, blank lines skipped; a line
    // that is not "Name: value" is refused with the parser's reason.
    void headersAreParsed()
    {
        ConnectDialog dialog({});
        dialog.show();
        fill(dialog, ConnectSettings::Kind::Sse, QStringLiteral(" https://mcp.example/sse "),
             QStringLiteral("X-Api-Key: abc\n   \nAuthorization: Bearer t0k\n"));
        QCOMPARE(field<QLabel>(&dialog, "connectExtraLabel")->text(), QStringLiteral("&Headers:"));
        clickConnect(dialog);
        QCOMPARE(error(dialog), QString());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ConnectSettings s = dialog.settings();
        QCOMPARE(s.kind, ConnectSettings::Kind::Sse);
        QCOMPARE(s.target, QStringLiteral("https://mcp.example/sse"));
        QCOMPARE(s.headers.size(), 2);
        QCOMPARE(s.headers.at(0).first, QByteArray("X-Api-Key"));
        QCOMPARE(s.headers.at(0).second, QByteArray("abc"));
        QCOMPARE(s.headers.at(1).first, QByteArray("Authorization"));
        QCOMPARE(s.headers.at(1).second, QByteArray("Bearer t0k"));
        QVERIFY(s.environment.isEmpty());
        QCOMPARE(s.httpTransport(), McpClient::Transport::Sse);
    }

    void badHeaderIsRefused()
    {
        ConnectDialog dialog({});
        dialog.show();
        fill(dialog, ConnectSettings::Kind::Auto, QStringLiteral("http://127.0.0.1:9/mcp"),
             QStringLiteral("X-Good: 1\nno colon here"));
        clickConnect(dialog);
        QCOMPARE(error(dialog),
                 QStringLiteral("\"no colon here\" is not a header: write it as Name: value."));
        QVERIFY(dialog.isVisible());
        // Nothing remembered for a connect that did not happen.
        QVERIFY(storedEras().isEmpty());
    }

    // stdio: the extra box is the environment, NAME=value a line.
    void environmentIsParsed()
    {
        ConnectDialog dialog({});
        dialog.show();
        fill(dialog, ConnectSettings::Kind::Stdio, QStringLiteral("node server.js stdio"),
             QStringLiteral("LOG_LEVEL=debug\n  TOKEN=a=b  \n"));
        QCOMPARE(field<QLabel>(&dialog, "connectExtraLabel")->text(),
                 QStringLiteral("&Environment:"));
        QCOMPARE(field<QComboBox>(&dialog, "connectTarget")->lineEdit()->placeholderText(),
                 QStringLiteral("npx -y @modelcontextprotocol/server-everything stdio"));
        clickConnect(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ConnectSettings s = dialog.settings();
        QCOMPARE(s.kind, ConnectSettings::Kind::Stdio);
        QCOMPARE(s.target, QStringLiteral("node server.js stdio"));
        QCOMPARE(s.environment,
                 (QStringList{QStringLiteral("LOG_LEVEL=debug"), QStringLiteral("TOKEN=a=b")}));
        QVERIFY(s.headers.isEmpty());
        // A command has no era to remember.
        QVERIFY(storedEras().isEmpty());
    }

    void badEnvironmentLineIsRefused()
    {
        ConnectDialog dialog({});
        dialog.show();
        fill(dialog, ConnectSettings::Kind::Stdio, QStringLiteral("node server.js"),
             QStringLiteral("GOOD=1\n=nothing"));
        clickConnect(dialog);
        QCOMPARE(error(dialog), QStringLiteral("\"=nothing\" is not NAME=value."));
        QVERIFY(dialog.isVisible());
        fill(dialog, ConnectSettings::Kind::Stdio, QStringLiteral("node server.js"),
             QStringLiteral("JUSTANAME"));
        clickConnect(dialog);
        QCOMPARE(error(dialog), QStringLiteral("\"JUSTANAME\" is not NAME=value."));
    }

    // The OAuth row, the timeouts and the era reach the settings.
    void everyFieldReachesTheSettings()
    {
        ConnectDialog dialog({});
        dialog.show();
        fill(dialog, ConnectSettings::Kind::StreamableHttp, QStringLiteral("http://127.0.0.1:9/m"));
        auto *signIn = field<QComboBox>(&dialog, "signIn");
        QCOMPARE(signIn->count(), 3);
        signIn->setCurrentIndex(2);
        QTest::keyClicks(field<QLineEdit>(&dialog, "clientId"), QStringLiteral("  my-client "));
        QTest::keyClicks(field<QLineEdit>(&dialog, "clientSecret"), QStringLiteral(" s3cret "));
        QTest::keyClicks(field<QLineEdit>(&dialog, "scope"), QStringLiteral(" mcp:read "));
        QCOMPARE(field<QLineEdit>(&dialog, "clientSecret")->echoMode(), QLineEdit::Password);
        field<QSpinBox>(&dialog, "connectTimeout")->setValue(17);
        field<QSpinBox>(&dialog, "maxBody")->setValue(64);
        field<QComboBox>(&dialog, "protocolEra")->setCurrentIndex(int(ProtocolEra::Legacy));
        clickConnect(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ConnectSettings s = dialog.settings();
        QCOMPARE(s.signIn, ConnectSettings::SignIn::StepByStep);
        QCOMPARE(s.clientId, QStringLiteral("my-client"));
        QCOMPARE(s.clientSecret, QStringLiteral(" s3cret ")); // a secret is taken as typed
        QCOMPARE(s.scope, QStringLiteral("mcp:read"));
        QCOMPARE(s.timeoutSeconds, 17);
        QCOMPARE(dialog.timeoutSeconds(), 17);
        QCOMPARE(s.maxBodyMib, 64);
        QCOMPARE(s.era, ProtocolEra::Legacy);
        QCOMPARE(s.httpTransport(), McpClient::Transport::StreamableHttp);
        ConnectSettings autoKind;
        QCOMPARE(autoKind.httpTransport(), McpClient::Transport::Auto);
    }

    // The note under the era says HTTP+SSE has no modern session, only while
    // both are chosen.
    void eraNoteWarnsOfSseInTheModernEra()
    {
        ConnectDialog dialog({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *note = field<QLabel>(&dialog, "eraNote");
        auto *era = field<QComboBox>(&dialog, "protocolEra");
        auto *kind = field<QComboBox>(&dialog, "connectKind");
        QVERIFY(!note->isVisible());
        kind->setCurrentIndex(int(ConnectSettings::Kind::Sse));
        QVERIFY(!note->isVisible());
        era->setCurrentIndex(int(ProtocolEra::Modern));
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("HTTP+SSE is deprecated in 2026-07-28: a modern "
                                              "session needs Streamable HTTP or stdio."));
        QCOMPARE(note->toolTip(), QStringLiteral("deprecated in 2026-07-28"));
        kind->setCurrentIndex(int(ConnectSettings::Kind::StreamableHttp));
        QVERIFY(!note->isVisible());
        QVERIFY(note->text().isEmpty());
        kind->setCurrentIndex(int(ConnectSettings::Kind::Sse));
        QVERIFY(note->isVisible());
        era->setCurrentIndex(int(ProtocolEra::Legacy));
        QVERIFY(!note->isVisible());
    }

    // The era chosen for a server comes back with its URL (scheme, host and
    // path: a query may hold a secret and is never stored).
    void eraIsRememberedPerServer()
    {
        const QString url = QStringLiteral("http://127.0.0.1:9/mcp");
        QCOMPARE(ConnectDialog::rememberedEra(url), ProtocolEra::Auto);
        {
            ConnectDialog dialog({});
            dialog.show();
            fill(dialog, ConnectSettings::Kind::Auto, url + QStringLiteral("?token=hush#frag"));
            field<QComboBox>(&dialog, "protocolEra")->setCurrentIndex(int(ProtocolEra::Modern));
            clickConnect(dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const QVariantMap eras = storedEras();
        QCOMPARE(eras.keys(), QStringList{url});
        QCOMPARE(eras.value(url).toString(), protocolEraName(ProtocolEra::Modern));
        QVERIFY(!QSettings().value(QStringLiteral("connectEras")).toString().contains(u"hush"));
        QCOMPARE(ConnectDialog::rememberedEra(url), ProtocolEra::Modern);
        QCOMPARE(ConnectDialog::rememberedEra(QStringLiteral("http://127.0.0.1:9/other")),
                 ProtocolEra::Auto);
        QCOMPARE(ConnectDialog::rememberedEra(QStringLiteral("not a url at all")),
                 ProtocolEra::Auto);

        // A new dialog whose recent target is that server starts in its era;
        // typing another server's URL goes back to Auto.
        ConnectDialog again({url});
        again.show();
        auto *era = field<QComboBox>(&again, "protocolEra");
        QCOMPARE(again.era(), ProtocolEra::Modern);
        QCOMPARE(era->currentIndex(), int(ProtocolEra::Modern));
        QLineEdit *edit = field<QComboBox>(&again, "connectTarget")->lineEdit();
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("http://127.0.0.1:10/mcp"));
        QCOMPARE(again.era(), ProtocolEra::Auto);
        // A stdio command never changes the era the user picked.
        field<QComboBox>(&again, "connectKind")->setCurrentIndex(int(ConnectSettings::Kind::Stdio));
        era->setCurrentIndex(int(ProtocolEra::Legacy));
        edit->clear();
        QTest::keyClicks(edit, url);
        QCOMPARE(again.era(), ProtocolEra::Legacy);
    }

    // The remembered eras are bounded: the 201st server pushes one out.
    void rememberedErasAreBounded()
    {
        QVariantMap full;
        for (int i = 0; i < 200; ++i)
            full.insert(QStringLiteral("http://h%1.example/mcp").arg(i, 3, 10, QLatin1Char('0')),
                        protocolEraName(ProtocolEra::Legacy));
        QSettings().setValue(QStringLiteral("connectEras"), full);
        ConnectDialog dialog({});
        dialog.show();
        fill(dialog, ConnectSettings::Kind::Auto, QStringLiteral("http://zz.example/mcp"));
        field<QComboBox>(&dialog, "protocolEra")->setCurrentIndex(int(ProtocolEra::Modern));
        clickConnect(dialog);
        const QVariantMap eras = storedEras();
        QCOMPARE(eras.size(), 200);
        QCOMPARE(eras.value(QStringLiteral("http://zz.example/mcp")).toString(),
                 protocolEraName(ProtocolEra::Modern));
        QVERIFY(!eras.contains(QStringLiteral("http://h000.example/mcp")));
        QVERIFY(eras.contains(QStringLiteral("http://h199.example/mcp")));
    }

    void cancelLeavesNothingBehind()
    {
        ConnectDialog dialog({QStringLiteral("http://127.0.0.1:9/mcp")});
        dialog.show();
        field<QComboBox>(&dialog, "protocolEra")->setCurrentIndex(int(ProtocolEra::Modern));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QVERIFY(storedEras().isEmpty());
        QCOMPARE(dialog.target(), QStringLiteral("http://127.0.0.1:9/mcp"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connect_dialog.moc"
