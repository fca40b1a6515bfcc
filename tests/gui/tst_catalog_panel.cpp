// The sidebar's "Servers" section (issue 16) driven as a user drives it:
// Import > From Claude Desktop reads the real file where Claude Desktop
// keeps it, the secret goes to the keychain (gnome-keyring on the test's
// D-Bus), a double-click opens the Connect dialog prefilled with the
// server, and Connect reaches the real server-everything over stdio.
#include "capture/capture_store.h"
#include "catalog/server_catalog.h"
#include "gui_test_settings.h"
#include "node_peer.h"
#include "screenshots.h"
#include "session_ui.h"
#include "ui/catalog/catalog_panel.h"
#include "ui/main_window.h"
#include "ui/session/mcp_session_view.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestCatalogPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CaptureStore m_store;
    QString m_script;
    const QString m_secret =
        QStringLiteral("gui-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString m_markup = QStringLiteral("<b>bold</b> & <i>co</i>");

    QTreeWidgetItem *itemNamed(QTreeWidget *list, const QString &name)
    {
        for (int i = 0; list && i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(0) == name)
                return list->topLevelItem(i);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_script =
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
        if (!QFile::exists(m_script) || nodeBinary().isEmpty())
            QSKIP("server-everything or node not installed (scripts/setup.sh tests)");
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_catalog_panel"));
        // The catalog and the editors' files of this test only.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("gui.sqlite"))));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("config/Claude"))));
        const QJsonObject config{
            {QStringLiteral("mcpServers"),
             QJsonObject{
                 {QStringLiteral("everything"),
                  QJsonObject{
                      {QStringLiteral("command"), nodeBinary()},
                      {QStringLiteral("args"), QJsonArray{m_script, QStringLiteral("stdio")}},
                      {QStringLiteral("env"),
                       QJsonObject{{QStringLiteral("EVERYTHING_API_TOKEN"), m_secret}}}}},
                 {m_markup,
                  QJsonObject{
                      {QStringLiteral("url"), QStringLiteral("https://mcp.example.com/mcp")},
                      {QStringLiteral("headers"),
                       QJsonObject{{QStringLiteral("Authorization"),
                                    QString(QStringLiteral("Bearer ") + m_secret)}}}}}}}};
        QFile file(m_dir.filePath(QStringLiteral("config/Claude/claude_desktop_config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config).toJson());
    }

    void importFromClaudeDesktopAndConnect()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<CatalogPanel *>(QStringLiteral("catalogPanel"));
        QVERIFY(panel);
        auto *list = panel->findChild<QTreeWidget *>(QStringLiteral("catalogList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 0);

        // Import > From Claude Desktop: enabled because the file is there.
        auto *fromClaude = panel->findChild<QAction *>(QStringLiteral("catalogImportClaude"));
        QVERIFY(fromClaude);
        QVERIFY(fromClaude->isEnabled());
        QVERIFY(!panel->findChild<QAction *>(QStringLiteral("catalogImportCursor"))->isEnabled());
        QSignalSpy finished(panel, &CatalogPanel::finished);
        fromClaude->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(list->topLevelItemCount(), 2);
        QTreeWidgetItem *everything = itemNamed(list, QStringLiteral("everything"));
        QVERIFY(everything);
        QCOMPARE(everything->text(1), QStringLiteral("stdio"));
        QCOMPARE(everything->text(2), QStringLiteral("Claude Desktop"));
        // Untrusted names stay text: the markup is shown as written.
        QTreeWidgetItem *marked = itemNamed(list, m_markup);
        QVERIFY(marked);
        list->setCurrentItem(marked);
        auto *details = panel->findChild<QLabel *>(QStringLiteral("catalogDetails"));
        QCOMPARE(details->textFormat(), Qt::PlainText);
        QVERIFY(details->text().contains(QStringLiteral("https://mcp.example.com/mcp")));

        // The secrets are in the keychain, not in the catalog file.
        QFile catalogFile(ServerCatalog::defaultPath());
        QVERIFY(catalogFile.fileName().startsWith(m_dir.path()));
        QVERIFY(catalogFile.open(QIODevice::ReadOnly));
        const QByteArray stored = catalogFile.readAll();
        QVERIFY(!stored.contains(m_secret.toUtf8()));
        QVERIFY(stored.contains("keychain:catalog/everything/env/EVERYTHING_API_TOKEN"));

        list->setCurrentItem(everything);
        snapAll(&window, QStringLiteral("server-catalog"));

        // A double-click opens the Connect dialog prefilled; the secret is a
        // reference there.
        const QRect rect = list->visualItemRect(everything);
        // (a press first: the view opens what was pressed, as after a real click)
        QTest::mousePress(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        auto *dialog = window.findChild<ConnectDialog *>(QStringLiteral("catalogConnectDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->kind(), ConnectSettings::Kind::Stdio);
        QCOMPARE(QProcess::splitCommand(dialog->target()),
                 (QStringList{nodeBinary(), m_script, QStringLiteral("stdio")}));
        auto *extra = dialog->findChild<QPlainTextEdit *>();
        QVERIFY(extra);
        QCOMPARE(extra->toPlainText(),
                 QStringLiteral("EVERYTHING_API_TOKEN=keychain:catalog/everything/env/"
                                "EVERYTHING_API_TOKEN"));
        QVERIFY(!extra->toPlainText().contains(m_secret));

        // Connect: a session tab that reaches the real server.
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        const int before = tabs->count();
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(tabs->count(), before + 1, 20000);
        auto *view = qobject_cast<McpSessionView *>(tabs->widget(tabs->count() - 1));
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(view) > 0, 60000);
    }

    void removeTakesItOut()
    {
        MainWindow window(&m_store);
        auto *panel = window.findChild<CatalogPanel *>(QStringLiteral("catalogPanel"));
        auto *list = panel->findChild<QTreeWidget *>(QStringLiteral("catalogList"));
        QCOMPARE(list->topLevelItemCount(), 2); // the catalog is kept between windows
        QSignalSpy finished(panel, &CatalogPanel::finished);
        panel->removeServer(m_markup);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(!itemNamed(list, m_markup));
    }

    void brokenFileSaysWhere()
    {
        MainWindow window(&m_store);
        auto *panel = window.findChild<CatalogPanel *>(QStringLiteral("catalogPanel"));
        QSignalSpy finished(panel, &CatalogPanel::finished);
        panel->importFile(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/fixtures/catalog/malformed.json"));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("Line 5, column 7")),
                 qPrintable(finished.first().at(1).toString()));
        QCOMPARE(
            panel->findChild<QTreeWidget *>(QStringLiteral("catalogList"))->topLevelItemCount(), 1);
    }
};

QTEST_MAIN(TestCatalogPanel)
#include "tst_catalog_panel.moc"
