// The server catalog's list names where each server came from (VS Code's
// "servers" file, an MCP registry server.json) and Connect hands over what
// the server needs: an SSE server its URL and headers (a keychain
// reference, never the secret), a stdio one its command line and
// environment. Secrets live in the real keychain (gnome-keyring on the
// test's D-Bus).
#include "gui_test_settings.h"
#include "ui/catalog/catalog_panel.h"
#include "ui/session/connect_dialog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestCatalogPanelSources : public QObject
{
    Q_OBJECT

    QString write(const char *name, const QJsonObject &root)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(root).toJson());
        return path;
    }
    static QTreeWidgetItem *itemNamed(QTreeWidget *list, const QString &name)
    {
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(0) == name)
                return list->topLevelItem(i);
        return nullptr;
    }
    static bool importAndWait(CatalogPanel &panel, const QString &path)
    {
        QSignalSpy finished(&panel, &CatalogPanel::finished);
        panel.importFile(path);
        if (!finished.wait(30000))
            return false;
        if (!finished.first().at(0).toBool())
            qWarning() << finished.first().at(1).toString();
        return finished.first().at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_catalog_panel_sources"));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    }

    void sourcesAndConnectSettings()
    {
        CatalogPanel panel(m_dir.filePath(QStringLiteral("catalog.json")));
        panel.show();
        auto *list = panel.findChild<QTreeWidget *>(QStringLiteral("catalogList"));
        QVERIFY(list);

        const QString vscode = write(
            "vscode-mcp.json",
            {{QStringLiteral("servers"),
              QJsonObject{
                  {QStringLiteral("vs-sse"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("sse")},
                               {QStringLiteral("url"), QStringLiteral("https://vs.example/sse")},
                               {QStringLiteral("headers"),
                                QJsonObject{{QStringLiteral("Authorization"),
                                             QString(QStringLiteral("Bearer ") + m_secret)}}}}},
                  {QStringLiteral("vs-stdio"),
                   QJsonObject{{QStringLiteral("command"), QStringLiteral("my-server")},
                               {QStringLiteral("args"), QJsonArray{QStringLiteral("--stdio")}},
                               {QStringLiteral("env"), QJsonObject{{QStringLiteral("MODE"),
                                                                    QStringLiteral("fast")}}}}}}}});
        QVERIFY(!vscode.isEmpty());
        QVERIFY(importAndWait(panel, vscode));
        const QString registry =
            write("server.json",
                  {{QStringLiteral("name"), QStringLiteral("io.example/weather")},
                   {QStringLiteral("version"), QStringLiteral("1.0.0")},
                   {QStringLiteral("remotes"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("type"), QStringLiteral("streamable-http")},
                        {QStringLiteral("url"), QStringLiteral("https://weather.example/mcp")}}}}});
        QVERIFY(!registry.isEmpty());
        QVERIFY(importAndWait(panel, registry));

        QTreeWidgetItem *sse = itemNamed(list, QStringLiteral("vs-sse"));
        QTreeWidgetItem *stdio = itemNamed(list, QStringLiteral("vs-stdio"));
        QVERIFY(sse && stdio);
        QCOMPARE(sse->text(2), QStringLiteral("VS Code"));
        QCOMPARE(stdio->text(2), QStringLiteral("VS Code"));
        QTreeWidgetItem *weather = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(2) == u"server.json")
                weather = list->topLevelItem(i);
        QVERIFY2(weather, "no server.json row");

        // Connect on the SSE server: its URL, SSE, the header as a keychain
        // reference.
        QList<ConnectSettings> asked;
        connect(&panel, &CatalogPanel::connectRequested, this,
                [&asked](const ConnectSettings &s) { asked << s; });
        auto *connectButton = panel.findChild<QToolButton *>(QStringLiteral("catalogConnect"));
        list->setCurrentItem(sse);
        QVERIFY(connectButton->isEnabled());
        connectButton->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).kind, ConnectSettings::Kind::Sse);
        QCOMPARE(asked.at(0).target, QStringLiteral("https://vs.example/sse"));
        QCOMPARE(asked.at(0).headers.size(), 1);
        QCOMPARE(asked.at(0).headers.at(0).first, QByteArray("Authorization"));
        QVERIFY2(asked.at(0).headers.at(0).second.startsWith("keychain:"),
                 asked.at(0).headers.at(0).second.constData());
        QVERIFY(!asked.at(0).headers.at(0).second.contains(m_secret.toUtf8()));

        // The stdio server: its command line and environment.
        list->setCurrentItem(stdio);
        connectButton->click();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(1).kind, ConnectSettings::Kind::Stdio);
        QCOMPARE(asked.at(1).target, QStringLiteral("my-server --stdio"));
        QCOMPARE(asked.at(1).environment, QStringList{QStringLiteral("MODE=fast")});

        // The registry's remote: a plain HTTP server.
        list->setCurrentItem(weather);
        connectButton->click();
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.at(2).kind, ConnectSettings::Kind::Auto);
        QCOMPARE(asked.at(2).target, QStringLiteral("https://weather.example/mcp"));
        auto *details = panel.findChild<QLabel *>(QStringLiteral("catalogDetails"));
        QVERIFY2(details->text().contains(QStringLiteral("From ") + registry),
                 qPrintable(details->text()));
    }

private:
    QTemporaryDir m_dir;
    const QString m_secret = QStringLiteral("sk-catalog-sources-7f3e9a");
};

QTEST_MAIN(TestCatalogPanelSources)
#include "tst_catalog_panel_sources.moc"
