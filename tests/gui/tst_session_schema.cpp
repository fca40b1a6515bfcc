#include "capture/capture_store.h"
#include "gui_test_settings.h"
#include "node_peer.h"
#include "session_ui.h"
#include "ui/main_window.h"
#include "ui/session/mcp_session_view.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// What server-everything cannot show: a tool whose inputSchema nests an
// object (the form draws it as a group whose fields the JSON follows) and
// whose structuredContent breaks its outputSchema (the result says where).
// The tool comes from tests/peers/servers/bad_mcp_server.mjs (mode schema).
class TestSessionSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_session_schema"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("gui.sqlite"))));
    }

    void nestedObjectAndOutputSchemaMismatch()
    {
        NodePeer server;
        const QString why = server.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        MainWindow window(&m_store);
        window.show();
        McpSessionView *view =
            window.connectMcp({ConnectSettings::Kind::StreamableHttp,
                               QStringLiteral("http://127.0.0.1:%1/schema/mcp").arg(server.port()),
                               30,
                               {},
                               {}});
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(view) == 2, 15000);
        QVERIFY(selectTool(view, QStringLiteral("forecast")));
        // The nested object's fields, typed as a user does.
        QWidget *location = view->findChild<QWidget *>(QStringLiteral("location"));
        QVERIFY(location);
        auto *city = location->findChild<QLineEdit *>(QStringLiteral("city"));
        auto *country = location->findChild<QLineEdit *>(QStringLiteral("country"));
        QVERIFY(city && country);
        QTest::keyClicks(city, QStringLiteral("Lisbon"));
        QTest::keyClicks(country, QStringLiteral("PT"));
        const QJsonObject args = QJsonDocument::fromJson(argumentsText(view).toUtf8()).object();
        QCOMPARE(args.value(QStringLiteral("location")).toObject(),
                 (QJsonObject{{QStringLiteral("city"), QStringLiteral("Lisbon")},
                              {QStringLiteral("country"), QStringLiteral("PT")}}));
        // JSON typed into the editor fills the nested field back.
        setArguments(
            view, QStringLiteral(
                      "{\"location\": {\"city\": \"Porto\", \"country\": \"PT\"}, \"days\": 2}"));
        QTRY_COMPARE(city->text(), QStringLiteral("Porto"));
        QVERIFY2(argumentsState(view).contains(QStringLiteral("Valid against the input schema")),
                 qPrintable(argumentsState(view)));

        QSignalSpy done(toolsTab(view), &ToolsTab::toolCallFinished);
        view->findChild<QPushButton *>(QStringLiteral("callTool"))->click();
        QVERIFY(done.wait(15000));
        QVERIFY2(resultText(view).contains(QStringLiteral("Forecast for Porto, PT")),
                 qPrintable(resultText(view)));
        QVERIFY2(resultText(view).contains(QStringLiteral(
                     "structuredContent does not match the outputSchema: /temperature")),
                 qPrintable(resultText(view)));
        view->client()->close();
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
};

QTEST_MAIN(TestSessionSchema)
#include "tst_session_schema.moc"
