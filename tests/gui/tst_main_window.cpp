#include "capture/capture_store.h"
#include "misbehaving_server.h"
#include "models/capture_model.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "ui/exchange_detail_view.h"
#include "ui/main_window.h"
#include "ui/feature_tab.h"
#include "ui/mcp_session_view.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTest>
#include <QTranslator>

using namespace mcpscope;
using namespace mcpscope::testing;

// The main window on the offscreen platform, driven as a user would: send
// requests, pick rows, filter, switch language, close and reopen.
class TestMainWindow : public QObject
{
    Q_OBJECT

    HttpRequest get(const QString &url)
    {
        HttpRequest r;
        r.url = QUrl(url);
        return r;
    }
    int rowWithPath(MainWindow &w, const QString &path)
    {
        for (int row = 0; row < w.captureModel()->rowCount(); ++row)
            if (w.captureModel()->index(row, CaptureModel::Path).data().toString() == path)
                return row;
        return -1;
    }
    void select(MainWindow &w, int row)
    {
        w.logView()->setCurrentIndex(w.captureModel()->index(row, 0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("McpScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("gui.sqlite"))));
    }

    void capturesAndShowsExchanges()
    {
        MisbehavingServer server;
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.sendRequest(get(server.url(QStringLiteral("/ok"))));
        window.sendRequest(get(server.url(QStringLiteral("/html"))));
        window.sendRequest(get(QStringLiteral("http://127.0.0.1:%1/gone").arg(freePort())));
        QTRY_COMPARE_WITH_TIMEOUT(window.captureModel()->rowCount(), 3, 10000);
        QTRY_VERIFY(window.captureModel()->index(2, CaptureModel::Status).data().toString() == u"CONNECT");

        const int ok = rowWithPath(window, QStringLiteral("/ok"));
        QVERIFY(ok >= 0);
        QTRY_COMPARE(window.captureModel()->index(ok, CaptureModel::Status).data().toInt(), 200);
        select(window, ok);
        QVERIFY(window.detailView()->summaryText().contains(QStringLiteral("/ok")));
        QVERIFY(window.detailView()->responsePane()->shownText().contains(QStringLiteral("\"ok\": true")));

        // Server HTML is shown as text, never rendered.
        const int html = rowWithPath(window, QStringLiteral("/html"));
        select(window, html);
        QTRY_VERIFY(window.detailView()->responsePane()->shownText().contains(QStringLiteral("<script>alert(1)</script>")));
        for (QLabel *label : window.findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText || !label->text().contains(QLatin1Char('<')),
                     qPrintable(label->text()));

        // A failed exchange says what went wrong, in place.
        select(window, rowWithPath(window, QStringLiteral("/gone")));
        QVERIFY(window.detailView()->errorText().contains(QStringLiteral("refused")));
    }

    void filtersByText()
    {
        MisbehavingServer server;
        MainWindow window(&m_store);
        window.show();
        QTRY_VERIFY(window.captureModel()->rowCount() >= 3);
        auto *search = window.findChild<QLineEdit *>();
        QVERIFY(search);
        m_store.flushSearchIndex();
        search->setText(QStringLiteral("Gateway"));
        QTRY_COMPARE(window.captureModel()->rowCount(), 1);
        QCOMPARE(window.captureModel()->index(0, CaptureModel::Path).data().toString(), QStringLiteral("/html"));
        search->clear();
        QTRY_VERIFY(window.captureModel()->rowCount() >= 3);
    }

    void remembersStateAndTargets()
    {
        MisbehavingServer server;
        {
            MainWindow window(&m_store);
            window.show();
            window.sendRequest(get(server.url(QStringLiteral("/ok?code=PLANTED-IN-QUERY"))));
            window.resize(1111, 777);
            window.close();
        }
        QSettings settings;
        QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
        const QStringList targets = settings.value(QStringLiteral("recentTargets")).toStringList();
        QCOMPARE(targets.first(), server.url(QStringLiteral("/ok")));
        MainWindow again(&m_store);
        QCOMPARE(again.recentTargets().first(), server.url(QStringLiteral("/ok")));
        QCOMPARE(again.size(), QSize(1111, 777));
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("PLANTED"), "query strings never reach the settings file");
    }

    void callsAToolOnARealServer()
    {
        NodePeer everything;
        const QString why = everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        MainWindow window(&m_store);
        window.show();
        McpSessionView *view = window.connectMcp(int(ConnectDialog::Kind::Auto),
                                                 QStringLiteral("http://127.0.0.1:%1/mcp").arg(everything.port()), 30);
        QCOMPARE(window.centralTabs()->count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(view->toolCount() > 5, 15000);
        QVERIFY(view->headerText().contains(QStringLiteral("streamable-http")));
        QCOMPARE(window.centralTabs()->tabText(1), QStringLiteral("Everything Reference Server"));
        // Instructions are Markdown: headings render, raw HTML would not.
        auto *instructions = view->findChild<QTextBrowser *>();
        QVERIFY(instructions && instructions->isVisibleTo(view));
        QVERIFY(instructions->toPlainText().contains(QStringLiteral("Server Instructions")));
        view->selectTool(QStringLiteral("echo"));
        // The editor checks arguments against the tool's input schema as you type.
        view->setArguments(QStringLiteral("{}"));
        QVERIFY2(view->argumentsState().contains(QStringLiteral("\"message\" is required")), qPrintable(view->argumentsState()));
        view->setArguments(QStringLiteral("{\"message\": 5}"));
        QVERIFY2(view->argumentsState().contains(QStringLiteral("/message")), qPrintable(view->argumentsState()));
        view->setArguments(QStringLiteral("{\"message\": \"<img src=x onerror=alert(1)>\"}"));
        QSignalSpy done(view, &McpSessionView::toolCallFinished);
        view->callSelectedTool();
        QVERIFY(done.wait(15000));
        QVERIFY2(view->resultText().contains(QStringLiteral("Echo: <img src=x onerror=alert(1)>")), qPrintable(view->resultText()));
        QVERIFY(view->argumentsState().contains(QStringLiteral("Valid against the input schema")));
        // A tool with an outputSchema: its structuredContent is checked.
        view->selectTool(QStringLiteral("get-structured-content"));
        view->setArguments(QStringLiteral("{\"location\": \"New York\"}"));
        QSignalSpy second(view, &McpSessionView::toolCallFinished);
        view->callSelectedTool();
        QVERIFY(second.wait(15000));
        QVERIFY2(view->resultText().contains(QStringLiteral("matches the tool's outputSchema")), qPrintable(view->resultText()));

        // Resources: a text resource, then a blob (decoded, with its size).
        FeatureTab *resources = view->resourcesTab();
        QTRY_VERIFY_WITH_TIMEOUT(resources->itemCount() >= 5, 10000);
        QSignalSpy read(resources, &FeatureTab::actionFinished);
        resources->selectByName(QStringLiteral("architecture.md"));
        resources->act();
        QVERIFY(read.wait(10000));
        QVERIFY2(resources->resultText().contains(QStringLiteral("Everything Server")), qPrintable(resources->resultText().left(200)));

        // Prompts: arguments pre-filled from the prompt's declared arguments.
        FeatureTab *prompts = view->promptsTab();
        QTRY_VERIFY_WITH_TIMEOUT(prompts->itemCount() >= 2, 10000);
        QSignalSpy got(prompts, &FeatureTab::actionFinished);
        prompts->selectByName(QStringLiteral("simple-prompt"));
        prompts->act();
        QVERIFY(got.wait(10000));
        QVERIFY2(prompts->resultText().contains(QStringLiteral("simple prompt")), qPrintable(prompts->resultText()));
        for (QLabel *label : view->findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        view->client()->close();
    }

    void readsABlobResource()
    {
        NodePeer mini;
        const QString why = mini.start(QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/support/mini_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        MainWindow window(&m_store);
        McpSessionView *view = window.connectMcp(int(ConnectDialog::Kind::StreamableHttp),
                                                 QStringLiteral("http://127.0.0.1:%1/mcp").arg(mini.port()), 30);
        FeatureTab *resources = view->resourcesTab();
        QTRY_COMPARE_WITH_TIMEOUT(resources->itemCount(), 1, 10000);
        QSignalSpy read(resources, &FeatureTab::actionFinished);
        resources->act();
        QVERIFY(read.wait(10000));
        QVERIFY2(resources->resultText().contains(QStringLiteral("blob of 10 bytes")), qPrintable(resources->resultText()));
        QVERIFY(resources->resultText().contains(QStringLiteral("hello blob")));
        view->client()->close();
    }

    void switchesToGerman()
    {
        MainWindow window(&m_store);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(MCPSCOPE_QM_DIR "/mcpscope_de.qm")));
        QCoreApplication::installTranslator(&translator);
        QCoreApplication::processEvents();
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(window.captureModel()->headerData(CaptureModel::Duration, Qt::Horizontal).toString(),
                 QStringLiteral("Dauer"));
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::processEvents();
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
