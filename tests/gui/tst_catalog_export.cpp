// The sidebar's server catalog beyond importing from an editor: Import >
// From File… reads an mcp.json the user picks; Export… asks whether the
// keychain's secrets go into the file (No: [REDACTED] in their place, Yes:
// the values, Cancel: nothing written), writes it owner-only, and says where
// it could not; Remove asks first and Cancel keeps the server. Secrets live
// in the real keychain (gnome-keyring on the test's D-Bus).
#include "capture/capture_store.h"
#include "gui_test_settings.h"
#include "ui/catalog/catalog_panel.h"
#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>

#include <functional>
#include <memory>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestCatalogExport : public QObject
{
    Q_OBJECT

    // Runs trigger and answers every modal dialog it opens with answer
    // (false: not expected, rejected). A dialog still open on the next tick
    // is answered again: a file dialog may ignore an accept() while it is
    // still reading its folder. Returns the titles of the dialogs seen.
    static QStringList withModals(const std::function<void()> &trigger,
                                  const std::function<bool(QWidget *)> &answer)
    {
        QStringList seen;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, &poll, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            if (seen.isEmpty() || seen.last() != modal->windowTitle())
                seen << modal->windowTitle();
            auto *dialog = qobject_cast<QDialog *>(modal);
            if (!answer(modal) && dialog && dialog->isVisible())
                dialog->reject();
        });
        poll.start();
        trigger();
        return seen;
    }
    // Types path into a file dialog's name box and accepts, as a user does.
    static bool pick(QWidget *modal, const QString &path)
    {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        auto *name =
            dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
        if (!name)
            return false;
        name->setText(path);
        static_cast<QDialog *>(dialog)->accept();
        return true;
    }
    // Presses button on a message box; remembers its text.
    static bool press(QWidget *modal, QMessageBox::StandardButton button, QString *text)
    {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box || !box->button(button))
            return false;
        *text = box->text();
        box->button(button)->click();
        return true;
    }

    QToolButton *button(const char *name) const
    {
        return m_panel->findChild<QToolButton *>(QLatin1String(name));
    }
    QTreeWidgetItem *itemNamed(const QString &name) const
    {
        auto *list = m_panel->findChild<QTreeWidget *>(QStringLiteral("catalogList"));
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(0) == name)
                return list->topLevelItem(i);
        return nullptr;
    }
    // Export… answered with button on the secrets question, then path.
    QStringList exportVia(QMessageBox::StandardButton button, const QString &path,
                          QString *question)
    {
        return withModals(
            [this] { this->button("catalogExport")->click(); },
            [&](QWidget *modal) { return press(modal, button, question) || pick(modal, path); });
    }
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_catalog_export"));
        // The catalog of this test only; no editor's file to offer.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("gui.sqlite"))));
        m_window = std::make_unique<MainWindow>(&m_store);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_panel = m_window->findChild<CatalogPanel *>(QStringLiteral("catalogPanel"));
        QVERIFY(m_panel);

        // Import > From File…: an mcp.json with one secret per server.
        const QJsonObject config{
            {QStringLiteral("mcpServers"),
             QJsonObject{
                 {QStringLiteral("remote"),
                  QJsonObject{
                      {QStringLiteral("url"), QStringLiteral("https://mcp.example.com/mcp")},
                      {QStringLiteral("headers"),
                       QJsonObject{{QStringLiteral("Authorization"),
                                    QString(QStringLiteral("Bearer ") + m_secret)}}}}},
                 {QStringLiteral("local"),
                  QJsonObject{{QStringLiteral("command"), QStringLiteral("my-server")},
                              {QStringLiteral("args"), QJsonArray{QStringLiteral("--stdio")}},
                              {QStringLiteral("env"),
                               QJsonObject{{QStringLiteral("API_TOKEN"), m_secret}}}}}}}};
        const QString source = m_dir.filePath(QStringLiteral("mcp-in.json"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config).toJson());
        file.close();
        auto *fromFile = m_panel->findChild<QAction *>(QStringLiteral("catalogImportFile"));
        QVERIFY(fromFile);
        QSignalSpy finished(m_panel, &CatalogPanel::finished);
        const QStringList seen = withModals([fromFile] { fromFile->trigger(); },
                                            [&](QWidget *modal) { return pick(modal, source); });
        QCOMPARE(seen, QStringList{QStringLiteral("Import MCP Servers")});
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(itemNamed(QStringLiteral("remote")) && itemNamed(QStringLiteral("local")));
    }

    void cleanupTestCase()
    {
        if (m_window) {
            m_window->close();
            m_window.reset();
        }
    }

    // No: the file has the servers with [REDACTED] for each secret, 0600.
    void exportWithoutSecretsRedactsThem()
    {
        const QString path = m_dir.filePath(QStringLiteral("out-redacted.json"));
        QSignalSpy finished(m_panel, &CatalogPanel::finished);
        QString question;
        const QStringList seen = exportVia(QMessageBox::No, path, &question);
        QCOMPARE(seen, (QStringList{QStringLiteral("Export Secrets?"),
                                    QStringLiteral("Export mcp.json")}));
        QCOMPARE(question, QStringLiteral("2 secret value(s) are in the keychain. Write them into "
                                          "the file in clear? No writes [REDACTED] in their "
                                          "place."));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toString(),
                 QStringLiteral("Wrote 2 server(s) to %1.").arg(path));
        const QByteArray written = contents(path);
        QVERIFY(!written.contains(m_secret.toUtf8()));
        const QJsonObject servers = QJsonDocument::fromJson(written)
                                        .object()
                                        .value(QStringLiteral("mcpServers"))
                                        .toObject();
        QCOMPARE(servers.keys(), (QStringList{QStringLiteral("local"), QStringLiteral("remote")}));
        QCOMPARE(servers.value(QStringLiteral("local"))
                     .toObject()
                     .value(QStringLiteral("env"))
                     .toObject()
                     .value(QStringLiteral("API_TOKEN"))
                     .toString(),
                 QStringLiteral("[REDACTED]"));
        QVERIFY(servers.value(QStringLiteral("remote"))
                    .toObject()
                    .value(QStringLiteral("headers"))
                    .toObject()
                    .value(QStringLiteral("Authorization"))
                    .toString()
                    .contains(QStringLiteral("[REDACTED]")));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
        QVERIFY(QFile::permissions(path).testFlag(QFile::ReadOwner));
    }

    // Yes: the keychain's values go into the file.
    void exportWithSecretsWritesThem()
    {
        const QString path = m_dir.filePath(QStringLiteral("out-clear.json"));
        QSignalSpy finished(m_panel, &CatalogPanel::finished);
        QString question;
        exportVia(QMessageBox::Yes, path, &question);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const QJsonObject servers = QJsonDocument::fromJson(contents(path))
                                        .object()
                                        .value(QStringLiteral("mcpServers"))
                                        .toObject();
        QCOMPARE(servers.value(QStringLiteral("local"))
                     .toObject()
                     .value(QStringLiteral("env"))
                     .toObject()
                     .value(QStringLiteral("API_TOKEN"))
                     .toString(),
                 m_secret);
        QCOMPARE(servers.value(QStringLiteral("remote"))
                     .toObject()
                     .value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("Authorization"))
                     .toString(),
                 QStringLiteral("Bearer ") + m_secret);
    }

    // Cancel on the question: no file dialog, no file, no message.
    void cancelWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("out-cancelled.json"));
        QSignalSpy finished(m_panel, &CatalogPanel::finished);
        QString question;
        const QStringList seen = exportVia(QMessageBox::Cancel, path, &question);
        QCOMPARE(seen, QStringList{QStringLiteral("Export Secrets?")});
        QVERIFY(!QFile::exists(path));
        QCOMPARE(finished.count(), 0);
    }

    // A folder that does not exist: the message says which file and why.
    void unwritablePathSaysWhy()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/out.json"));
        QSignalSpy finished(m_panel, &CatalogPanel::finished);
        m_panel->exportTo(path, false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().startsWith(
                     QStringLiteral("Could not create %1: ").arg(path)),
                 qPrintable(finished.first().at(1).toString()));
        QVERIFY(!QFile::exists(path));
    }

    // Remove asks first: Cancel keeps the server, Yes takes it out.
    void removeAsksFirst()
    {
        auto *list = m_panel->findChild<QTreeWidget *>(QStringLiteral("catalogList"));
        list->setCurrentItem(itemNamed(QStringLiteral("remote")));
        QString asked;
        withModals([this] { button("catalogRemove")->click(); },
                   [&](QWidget *modal) { return press(modal, QMessageBox::Cancel, &asked); });
        QCOMPARE(asked, QStringLiteral("Remove \"remote\" from the catalog, and its secrets from "
                                       "the keychain?"));
        QVERIFY(itemNamed(QStringLiteral("remote")));

        QSignalSpy finished(m_panel, &CatalogPanel::finished);
        list->setCurrentItem(itemNamed(QStringLiteral("remote")));
        withModals([this] { button("catalogRemove")->click(); },
                   [&](QWidget *modal) { return press(modal, QMessageBox::Yes, &asked); });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Removed remote."));
        QVERIFY(!itemNamed(QStringLiteral("remote")));
        QVERIFY(itemNamed(QStringLiteral("local")));
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    std::unique_ptr<MainWindow> m_window;
    CatalogPanel *m_panel = nullptr;
    const QString m_secret =
        QStringLiteral("export-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

QTEST_MAIN(TestCatalogExport)
#include "tst_catalog_export.moc"
