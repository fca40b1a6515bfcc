#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture_ui.h"
#include "feature_ui.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "misbehaving_server.h"
#include "models/capture_model.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth_ui.h"
#include "screenshots.h"
#include "session/mcp_authorizer.h"
#include "session_ui.h"
#include "ui/capture/exchange_detail_view.h"
#include "ui/common/schema_form.h"
#include "ui/main_window.h"
#include "ui/oauth/jwt_viewer.h"
#include "ui/oauth/oauth_flow_view.h"
#include "ui/oauth/vault_view.h"
#include "ui/session/authorization_tab.h"
#include "ui/session/feature_tab.h"
#include "ui/session/mcp_session_view.h"
#include "ui/session/server_requests_tab.h"
#include "vault/token_vault.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include <memory>

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
        for (int row = 0; row < logModel(w)->rowCount(); ++row)
            if (logModel(w)->index(row, CaptureModel::Path).data().toString() == path)
                return row;
        return -1;
    }
    void select(MainWindow &w, int row)
    {
        captureLog(w)->setCurrentIndex(logModel(w)->index(row, 0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_main_window"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("gui.sqlite"))));
    }

    // A store of its own: the row count is this test's three exchanges in
    // any order of tests.
    void capturesAndShowsExchanges()
    {
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("shows.sqlite"))));
        MisbehavingServer server;
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.sendRequest(get(server.url(QStringLiteral("/ok"))));
        window.sendRequest(get(server.url(QStringLiteral("/html"))));
        window.sendRequest(get(QStringLiteral("http://127.0.0.1:%1/gone").arg(freePort())));
        QTRY_COMPARE_WITH_TIMEOUT(logModel(window)->rowCount(), 3, 10000);
        QTRY_VERIFY(logModel(window)->index(2, CaptureModel::Status).data().toString() ==
                    u"CONNECT");

        const int ok = rowWithPath(window, QStringLiteral("/ok"));
        QVERIFY(ok >= 0);
        QTRY_COMPARE(logModel(window)->index(ok, CaptureModel::Status).data().toInt(), 200);
        select(window, ok);
        QVERIFY(exchangeSummary(logDetail(window)).contains(QStringLiteral("/ok")));
        QVERIFY(
            bodyText(logDetail(window), "responseBody").contains(QStringLiteral("\"ok\": true")));

        // Server HTML is shown as text, never rendered.
        const int html = rowWithPath(window, QStringLiteral("/html"));
        select(window, html);
        QTRY_VERIFY(bodyText(logDetail(window), "responseBody")
                        .contains(QStringLiteral("<script>alert(1)</script>")));
        for (QLabel *label : window.findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText ||
                         !label->text().contains(QLatin1Char('<')),
                     qPrintable(label->text()));

        // A failed exchange says what went wrong, in place.
        select(window, rowWithPath(window, QStringLiteral("/gone")));
        QVERIFY(exchangeError(logDetail(window)).contains(QStringLiteral("refused")));
    }

    // The search box filters on the stored bodies. Its own store and its own
    // exchanges: it holds alone and in any order.
    void filtersByText()
    {
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("filter.sqlite"))));
        MisbehavingServer server;
        MainWindow window(&store);
        window.show();
        window.sendRequest(get(server.url(QStringLiteral("/ok"))));
        window.sendRequest(get(server.url(QStringLiteral("/html"))));
        window.sendRequest(get(server.url(QStringLiteral("/badutf8"))));
        QTRY_COMPARE_WITH_TIMEOUT(logModel(window)->rowCount(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWithPath(window, QStringLiteral("/html")) >= 0 &&
                logModel(window)
                        ->index(rowWithPath(window, QStringLiteral("/html")), CaptureModel::Status)
                        .data()
                        .toInt() == 502,
            10000);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("captureSearch"));
        QVERIFY(search);
        store.flush();
        store.flushSearchIndex();
        search->setText(QStringLiteral("Gateway"));
        QTRY_COMPARE(logModel(window)->rowCount(), 1);
        QCOMPARE(logModel(window)->index(0, CaptureModel::Path).data().toString(),
                 QStringLiteral("/html"));
        search->clear();
        QTRY_COMPARE(logModel(window)->rowCount(), 3);
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
        QCOMPARE(recentTargets(again).first(), server.url(QStringLiteral("/ok")));
        QCOMPARE(again.size(), QSize(1111, 777));
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("PLANTED"),
                 "query strings never reach the settings file");
    }

    void callsAToolOnARealServer()
    {
        NodePeer everything;
        const QString why = everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        MainWindow window(&m_store);
        window.show();
        McpSessionView *view =
            window.connectMcp({ConnectSettings::Kind::Auto,
                               QStringLiteral("http://127.0.0.1:%1/mcp").arg(everything.port()),
                               30,
                               {},
                               {}});
        QCOMPARE(centralTabs(window)->count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(view) > 5, 15000);
        QVERIFY(headerText(view).contains(QStringLiteral("streamable-http")));
        QCOMPARE(centralTabs(window)->tabText(1), QStringLiteral("Everything Reference Server"));
        // Instructions are Markdown: headings render, raw HTML would not.
        auto *instructions = view->findChild<QTextBrowser *>();
        // Collapsed to one line by default (issue 17): the user opens them.
        auto *toggle = view->findChild<QToolButton *>(QStringLiteral("instructionsToggle"));
        QVERIFY(toggle && toggle->isVisibleTo(view) && instructions);
        QVERIFY(!instructions->isVisibleTo(view));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(instructions && instructions->isVisibleTo(view));
        QVERIFY(instructions->toPlainText().contains(QStringLiteral("Server Instructions")));
        QVERIFY(selectTool(view, QStringLiteral("echo")));
        // The editor checks arguments against the tool's input schema as you type.
        setArguments(view, QStringLiteral("{}"));
        QVERIFY2(argumentsState(view).contains(QStringLiteral("\"message\" is required")),
                 qPrintable(argumentsState(view)));
        setArguments(view, QStringLiteral("{\"message\": 5}"));
        QVERIFY2(argumentsState(view).contains(QStringLiteral("/message")),
                 qPrintable(argumentsState(view)));
        setArguments(view, QStringLiteral("{\"message\": \"<img src=x onerror=alert(1)>\"}"));
        QSignalSpy done(toolsTab(view), &ToolsTab::toolCallFinished);
        callTool(view);
        QVERIFY(done.wait(15000));
        QVERIFY2(resultText(view).contains(QStringLiteral("Echo: <img src=x onerror=alert(1)>")),
                 qPrintable(resultText(view)));
        QVERIFY(argumentsState(view).contains(QStringLiteral("Valid against the input schema")));
        // A tool with an outputSchema: its structuredContent is checked.
        QVERIFY(selectTool(view, QStringLiteral("get-structured-content")));
        setArguments(view, QStringLiteral("{\"location\": \"New York\"}"));
        QSignalSpy second(toolsTab(view), &ToolsTab::toolCallFinished);
        callTool(view);
        QVERIFY(second.wait(15000));
        QVERIFY2(resultText(view).contains(QStringLiteral("matches the tool's outputSchema")),
                 qPrintable(resultText(view)));

        // Resources: a text resource, then a blob (decoded, with its size).
        FeatureTab *resources = view->findChild<FeatureTab *>(QStringLiteral("resourcesTab"));
        QVERIFY(resources);
        showTab(view, resources);
        QTRY_VERIFY_WITH_TIMEOUT(featureCount(resources) >= 5, 10000);
        QSignalSpy read(resources, &FeatureTab::actionFinished);
        QVERIFY(pickFeature(resources, QStringLiteral("architecture.md")));
        QVERIFY(clickFeatureAction(resources));
        QVERIFY(read.wait(10000));
        QVERIFY2(featureResult(resources).contains(QStringLiteral("Everything Server")),
                 qPrintable(featureResult(resources).left(200)));

        // Prompts: arguments pre-filled from the prompt's declared arguments.
        FeatureTab *prompts = view->findChild<FeatureTab *>(QStringLiteral("promptsTab"));
        QVERIFY(prompts);
        showTab(view, prompts);
        QTRY_VERIFY_WITH_TIMEOUT(featureCount(prompts) >= 2, 10000);
        QSignalSpy got(prompts, &FeatureTab::actionFinished);
        QVERIFY(pickFeature(prompts, QStringLiteral("simple-prompt")));
        QVERIFY(clickFeatureAction(prompts));
        QVERIFY(got.wait(10000));
        QVERIFY2(featureResult(prompts).contains(QStringLiteral("simple prompt")),
                 qPrintable(featureResult(prompts)));
        for (QLabel *label : view->findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        view->client()->close();
    }

    // Everything else a session offers, against server-everything: the
    // form generated from inputSchema (both ways with the JSON editor),
    // progress, image results, the server-request queue answered through the
    // elicitation form, templates, completions, log level, subscriptions and
    // the console's history.
    void sessionFeaturesOnARealServer()
    {
        NodePeer everything;
        const QString why = everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        McpSessionView *view =
            window.connectMcp({ConnectSettings::Kind::StreamableHttp,
                               QStringLiteral("http://127.0.0.1:%1/mcp").arg(everything.port()),
                               30,
                               {},
                               {}});
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(view) > 5, 15000);

        // Defaults from the schema pre-fill the form and the JSON.
        QVERIFY(selectTool(view, QStringLiteral("trigger-long-running-operation")));
        QVERIFY2(argumentsText(view).contains(QStringLiteral("\"duration\": 10")),
                 qPrintable(argumentsText(view)));
        // Form → JSON: typing in the fields writes the arguments.
        QVERIFY(selectTool(view, QStringLiteral("get-sum")));
        auto *form = view->findChild<SchemaForm *>(QStringLiteral("argumentForm"));
        QVERIFY(form);
        auto *a = form->findChild<QLineEdit *>(QStringLiteral("a"));
        auto *b = form->findChild<QLineEdit *>(QStringLiteral("b"));
        QVERIFY(a && b);
        QTest::keyClicks(a, QStringLiteral("2"));
        QTest::keyClicks(b, QStringLiteral("3.5"));
        QCOMPARE(QJsonDocument::fromJson(argumentsText(view).toUtf8()).object(),
                 (QJsonObject{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3.5}}));
        QVERIFY(argumentsState(view).contains(QStringLiteral("Valid against the input schema")));
        QSignalSpy sum(toolsTab(view), &ToolsTab::toolCallFinished);
        callTool(view);
        QVERIFY(sum.wait(15000));
        QVERIFY2(resultText(view).contains(QStringLiteral("5.5")), qPrintable(resultText(view)));
        snap(&window, QStringLiteral("tool-form"));
        // JSON → form.
        setArguments(view, QStringLiteral("{\"a\": 7, \"b\": 1}"));
        QCOMPARE(a->text(), QStringLiteral("7"));

        // Progress drives the bar to the end.
        QVERIFY(selectTool(view, QStringLiteral("trigger-long-running-operation")));
        setArguments(view, QStringLiteral("{\"duration\": 1, \"steps\": 4}"));
        QSignalSpy longRun(toolsTab(view), &ToolsTab::toolCallFinished);
        callTool(view);
        QVERIFY(longRun.wait(15000));
        QVERIFY2(resultText(view).contains(QStringLiteral("completed")),
                 qPrintable(resultText(view)));
        QCOMPARE(progressValue(view), 1000);

        // Image content is previewed.
        QVERIFY(selectTool(view, QStringLiteral("get-tiny-image")));
        QSignalSpy image(toolsTab(view), &ToolsTab::toolCallFinished);
        callTool(view);
        QVERIFY(image.wait(15000));
        QCOMPARE(resultImageCount(view), 1);
        snap(&window, QStringLiteral("tool-image"));

        // An elicitation waits in the queue; the user fills its form and accepts.
        QWidget *queue = view->findChild<ServerRequestsTab *>(QStringLiteral("serverRequestsTab"));
        QVERIFY(queue && requestList(queue) && elicitationForm(queue));
        QVERIFY(selectTool(view, QStringLiteral("trigger-elicitation-request")));
        QSignalSpy elicited(toolsTab(view), &ToolsTab::toolCallFinished);
        callTool(view);
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row =
                                      [&] {
                                          for (int r = 0; r < requestList(queue)->count(); ++r) {
                                              pickRequest(queue, r);
                                              if (elicitationForm(queue)->hasFields() &&
                                                  requestState(queue, r) == u"waiting")
                                                  return r;
                                          }
                                          return -1;
                                      }()) >= 0,
                                 10000);
        auto *name = elicitationForm(queue)->findChild<QLineEdit *>(QStringLiteral("name"));
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("Ada"));
        QVERIFY2(answerText(queue).contains(QStringLiteral("\"name\": \"Ada\"")),
                 qPrintable(answerText(queue)));
        showTab(view, queue);
        snap(&window, QStringLiteral("server-request"));
        QVERIFY(clickRequestButton(queue, "acceptRequest"));
        QCOMPARE(requestState(queue, row), QStringLiteral("accepted"));
        QVERIFY(elicited.wait(15000));
        QVERIFY2(resultText(view).contains(QStringLiteral("Name: Ada")),
                 qPrintable(resultText(view)));

        // A resource template filled in and read.
        FeatureTab *templates = view->findChild<FeatureTab *>(QStringLiteral("templatesTab"));
        QVERIFY(templates);
        showTab(view, templates);
        QTRY_VERIFY_WITH_TIMEOUT(featureCount(templates) >= 2, 10000);
        QVERIFY(pickFeature(templates, QStringLiteral("Dynamic Text Resource")));
        // Typing in a variable's field asks for its completions (ref/resource).
        QSignalSpy templateCompleted(templates, &FeatureTab::completionsArrived);
        QVERIFY(typeArgument(templates, QStringLiteral("resourceId"), QStringLiteral("3")));
        QVERIFY(templateCompleted.wait(10000));
        QCOMPARE(suggestions(templates, QStringLiteral("resourceId")),
                 QStringList{QStringLiteral("3")});
        QSignalSpy templateRead(templates, &FeatureTab::actionFinished);
        QVERIFY(clickFeatureAction(templates));
        QVERIFY(templateRead.wait(10000));
        QVERIFY2(featureResult(templates).contains(QStringLiteral("Resource 3:")),
                 qPrintable(featureResult(templates)));
        templateCompleted.clear();
        QVERIFY(typeArgument(templates, QStringLiteral("resourceId"), QStringLiteral("7")));
        QVERIFY(templateCompleted.wait(10000));
        QCOMPARE(templateCompleted.last().at(0).toString(), QStringLiteral("resourceId"));
        QCOMPARE(suggestions(templates, QStringLiteral("resourceId")),
                 QStringList{QStringLiteral("7")});
        snap(&window, QStringLiteral("template"));

        // Completions for a prompt argument, with the other arguments as context.
        FeatureTab *prompts = view->findChild<FeatureTab *>(QStringLiteral("promptsTab"));
        QVERIFY(prompts);
        showTab(view, prompts);
        QTRY_VERIFY_WITH_TIMEOUT(featureCount(prompts) >= 3, 10000);
        QVERIFY(pickFeature(prompts, QStringLiteral("completable-prompt")));
        QSignalSpy completed(prompts, &FeatureTab::completionsArrived);
        QVERIFY(typeArgument(prompts, QStringLiteral("department"), QStringLiteral("Engineering")));
        // A key typed and erased in "name": its completions for "" in the
        // context of the department (typed on before the pause, so asked once).
        QVERIFY(typeArgument(prompts, QStringLiteral("name"), QStringLiteral("x")));
        QVERIFY(typeArgument(prompts, QStringLiteral("name"), QString()));
        QVERIFY(completed.wait(10000));
        QCOMPARE(completed.last().at(0).toString(), QStringLiteral("name"));
        QCOMPARE(suggestions(prompts, QStringLiteral("name")),
                 (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob"),
                              QStringLiteral("Charlie")}));

        // Log level and subscriptions.
        QVERIFY(chooseLogLevel(view, QStringLiteral("debug")));
        QTRY_VERIFY_WITH_TIMEOUT(
            notificationsText(view).contains(QStringLiteral("Server log level set to debug")),
            10000);
        FeatureTab *resources = view->findChild<FeatureTab *>(QStringLiteral("resourcesTab"));
        QVERIFY(resources);
        showTab(view, resources);
        QTRY_VERIFY_WITH_TIMEOUT(featureCount(resources) >= 1, 10000);
        QVERIFY(pickFeatureRow(resources, 0));
        QSignalSpy subscribed(resources, &FeatureTab::subscriptionChanged);
        QPushButton *subscribe = subscribeButton(resources);
        QVERIFY(subscribe && subscribe->isEnabled());
        QCOMPARE(subscribe->text(), QStringLiteral("Subscribe"));
        QTest::mouseClick(subscribe, Qt::LeftButton);
        QVERIFY(subscribed.wait(10000));
        QVERIFY(subscribed.first().at(1).toBool());
        QCOMPARE(subscribe->text(), QStringLiteral("Unsubscribe"));

        // The console remembers what was sent.
        QSignalSpy replied(view->findChild<ConsoleTab *>(), &ConsoleTab::replied);
        QVERIFY(sendConsole(
            view, QStringLiteral("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"ping\"}")));
        QVERIFY(replied.wait(10000));
        QCOMPARE(consoleHistoryCount(view), 1);
        for (QLabel *label : view->findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        view->client()->close();
    }

    // The server-request queue's Decline and Cancel, as a user clicks them,
    // against server-everything: an elicitation declined and one cancelled
    // reach the tool as those actions; a sampling request declined reaches
    // it as our refusal (an error the tool reports as isError).
    void declinesAndCancelsServerRequests()
    {
        NodePeer everything;
        const QString why = everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        MainWindow window(&m_store);
        window.show();
        McpSessionView *view =
            window.connectMcp({ConnectSettings::Kind::StreamableHttp,
                               QStringLiteral("http://127.0.0.1:%1/mcp").arg(everything.port()),
                               30,
                               {},
                               {}});
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(view) > 5, 15000);
        QWidget *queue = view->findChild<ServerRequestsTab *>(QStringLiteral("serverRequestsTab"));
        QVERIFY(queue && requestList(queue));
        const auto button = [queue](const QString &text) -> QPushButton * {
            for (QPushButton *b : queue->findChildren<QPushButton *>())
                if (b->text() == text)
                    return b;
            return nullptr;
        };
        struct Case
        {
            QString tool;
            QJsonObject arguments;
            QString method;
            QString click;
            QString state;
            QString result;
        };
        const QList<Case> cases{
            {QStringLiteral("trigger-elicitation-request"),
             {},
             QStringLiteral("elicitation/create"),
             QStringLiteral("Decline"),
             QStringLiteral("declined"),
             QStringLiteral("User declined to provide the requested information.")},
            {QStringLiteral("trigger-elicitation-request"),
             {},
             QStringLiteral("elicitation/create"),
             QStringLiteral("Cancel"),
             QStringLiteral("cancelled"),
             QStringLiteral("User cancelled the elicitation dialog.")},
            {QStringLiteral("trigger-sampling-request"),
             {{QStringLiteral("prompt"), QStringLiteral("hi")}},
             QStringLiteral("sampling/createMessage"),
             QStringLiteral("Decline"),
             QStringLiteral("declined"),
             QStringLiteral("MCP error -1: The user declined the request")},
        };
        for (const Case &c : cases) {
            QVERIFY(selectTool(view, c.tool));
            setArguments(view, QString::fromUtf8(QJsonDocument(c.arguments).toJson()));
            QSignalSpy done(toolsTab(view), &ToolsTab::toolCallFinished);
            callTool(view);
            int row = -1;
            // The row of the waiting request with this method (roots/list may wait too).
            QTRY_VERIFY_WITH_TIMEOUT((row = waitingRow(queue, c.method)) >= 0, 10000);
            QVERIFY(pickRequest(queue, row));
            QPushButton *click = button(c.click);
            QVERIFY(click && click->isEnabled());
            QTest::mouseClick(click, Qt::LeftButton);
            QCOMPARE(requestState(queue, row), c.state);
            QVERIFY(done.wait(15000));
            QVERIFY2(resultText(view).contains(c.result), qPrintable(resultText(view)));
        }
        view->client()->close();
    }

    // An OAuth-protected server (oidc-provider in front of an SDK server):
    // the 401 runs the flow shown in the session's Authorization tab, the
    // tools load, the vault lists the token with its expiry; then the flow
    // inspector on its own, in step mode with an edited request, and a
    // failure with its explanation; then a JWT checked against a JWKS.
    void oauthSessionFlowInspectorAndVault()
    {
        NodePeer oidc;
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
        const QString why = oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(oidc.port());
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.vault()->isReady(), 10000);
        ConnectSettings settings{ConnectSettings::Kind::StreamableHttp, url, 30, {}, {}};
        settings.signIn = ConnectSettings::SignIn::Headless;
        McpSessionView *view = window.connectMcp(settings);
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(view) == 2, 20000);
        OAuthFlowView *flowView = view->findChild<OAuthFlowView *>();
        QVERIFY(flowView);
        QCOMPARE(stepCount(flowView), 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY2(stepText(flowView, i).endsWith(QStringLiteral(" — ok")),
                     qPrintable(stepText(flowView, i)));
        // The token step: secrets masked until revealed.
        QVERIFY(pickStep(flowView, 4));
        QVERIFY2(stepValues(flowView).contains(QStringLiteral("access_token: ••••")),
                 qPrintable(stepValues(flowView)));
        QVERIFY(setRevealSecrets(flowView, true));
        const QString token = view->authorizer()->tokens().accessToken;
        QVERIFY(stepValues(flowView).contains(token));
        QVERIFY(setRevealSecrets(flowView, false));
        QVERIFY(!stepValues(flowView).contains(token));
        // The step's exact exchange, from the capture store (redacted there).
        QVERIFY(showFlowPage(flowView, 1));
        auto *exchange = flowView->findChild<ExchangeDetailView *>(QStringLiteral("stepExchange"));
        QVERIFY(exchange);
        QTRY_VERIFY_WITH_TIMEOUT(exchangeSummary(exchange).contains(QStringLiteral("/token")),
                                 10000);
        QVERIFY(exchangeSummary(exchange).contains(QStringLiteral("200")));
        QVERIFY(showFlowPage(flowView, 0));
        showTab(view, view->findChild<AuthorizationTab *>());
        snap(&window, QStringLiteral("oauth-session"));

        VaultView *vault = window.openVault();
        QTRY_VERIFY_WITH_TIMEOUT(vaultRowCount(vault) >= 1, 10000);
        QVERIFY2(vaultRowText(vault, 0).contains(url), qPrintable(vaultRowText(vault, 0)));
        QVERIFY(vaultRowText(vault, 0).contains(QStringLiteral("mcp:tools")));
        // The expiry counts down from the token's own: oidc-provider's access
        // tokens live an hour, so "in 59:ss" (or "in 1 h 0 min" in the first
        // instant), within a second or two of now.
        {
            const qint64 expiresAt = view->authorizer()->tokens().expiresAtMs;
            QVERIFY(expiresAt > QDateTime::currentMSecsSinceEpoch() + 3500 * 1000);
            const QString shown = vaultRowText(vault, 0).split(QStringLiteral(" | ")).at(3);
            QStringList expected;
            for (int slack = -2000; slack <= 1000; slack += 1000) {
                const qint64 s = (expiresAt - QDateTime::currentMSecsSinceEpoch() + slack) / 1000;
                expected
                    << (s >= 3600
                            ? QStringLiteral("in %1 h %2 min").arg(s / 3600).arg((s % 3600) / 60)
                            : QStringLiteral("in %1:%2")
                                  .arg(s / 60)
                                  .arg(s % 60, 2, 10, QLatin1Char('0')));
            }
            QVERIFY2(expected.contains(shown), qPrintable(shown + QStringLiteral(" not in ") +
                                                          expected.join(QStringLiteral(", "))));
        }
        snap(&window, QStringLiteral("vault"));
        // Refresh-ahead is configurable (typed in), and remembered.
        QVERIFY(typeRefreshAhead(vault, 5));
        QCOMPARE(window.vault()->refreshAheadMs(), 5 * 60 * 1000);
        QCOMPARE(QSettings().value(QStringLiteral("vault/refreshAheadMinutes")).toInt(), 5);
        QVERIFY(typeRefreshAhead(vault, 15));
        QCOMPARE(window.vault()->refreshAheadMs(), 15 * 60 * 1000);
        QVERIFY(clickVaultRow(vault, 0));
        // Introspect: the answer in a message box, read and closed.
        QString introspection;
        std::unique_ptr<QTimer> reader(answerMessageBox(vault, "introspection", &introspection));
        QSignalSpy introspected(vault, &VaultView::operationFinished);
        QVERIFY(clickVaultButton(vault, "introspectToken"));
        QTRY_VERIFY_WITH_TIMEOUT(!introspection.isEmpty(), 10000);
        QCOMPARE(introspected.size(), 1);
        QVERIFY2(introspection.contains(QStringLiteral("\"active\": true")),
                 qPrintable(introspection));
        view->client()->close();

        // The inspector on its own, in step mode; the registration request is
        // edited before it is sent.
        OAuthFlowView *inspector = window.openFlowInspector();
        OAuthFlow::Settings stepping;
        stepping.mode = OAuthFlow::Mode::Headless;
        stepping.stepMode = true;
        inspector->setSettings(stepping);
        inspector->setServerUrl(url);
        QVERIFY(clickFlowButton(inspector, "startFlow"));
        QTRY_VERIFY_WITH_TIMEOUT(pendingRequestText(inspector).startsWith(QStringLiteral("GET ")),
                                 10000);
        int sent = 0;
        bool snapped = false;
        while (!stepText(inspector, 4).endsWith(QStringLiteral(" — ok")) && sent < 12) {
            const QString pending = pendingRequestText(inspector);
            if (pending.startsWith(QStringLiteral("POST ")) &&
                pending.contains(QStringLiteral("client_name"))) {
                // The edited request pasted over the one shown.
                pendingRequest(inspector)->setPlainText(QString(pending).replace(
                    QStringLiteral("McpScope"), QStringLiteral("McpScope (edited)")));
                if (!snapped) {
                    snap(&window, QStringLiteral("oauth-step-mode"));
                    snapped = true;
                }
            }
            ++sent;
            const QString sentText = pendingRequestText(inspector);
            QVERIFY(clickFlowButton(inspector, "sendRequest"));
            // The next request waiting (neither the one sent nor nothing), or the end.
            QTRY_VERIFY_WITH_TIMEOUT(stepText(inspector, 4).endsWith(QStringLiteral(" — ok")) ||
                                         (flowDetailTabs(inspector)->currentIndex() == 2 &&
                                          !pendingRequestText(inspector).isEmpty() &&
                                          pendingRequestText(inspector) != pending &&
                                          pendingRequestText(inspector) != sentText),
                                     10000);
        }
        QVERIFY2(stepText(inspector, 4).endsWith(QStringLiteral(" — ok")),
                 qPrintable(stepText(inspector, 4)));
        QVERIFY(snapped);
        // The edited body is what the store holds and what the authorization
        // server registered: its answer echoes the edited client name.
        {
            m_store.flush();
            CaptureReader reader;
            QVERIFY(reader.open(m_store.path()));
            QList<Exchange> edited;
            qint64 after = 0;
            for (;;) {
                const auto ids = reader.exchangeIds({}, after, 100);
                QVERIFY(ids);
                if (ids->isEmpty())
                    break;
                for (qint64 id : *ids) {
                    const auto e = reader.exchange(id);
                    QVERIFY(e && e->has_value());
                    if ((*e)->method == "POST" && (*e)->requestBody.contains("McpScope (edited)"))
                        edited << **e;
                }
                after = ids->last();
            }
            QCOMPARE(edited.size(), 1);
            const Exchange &registration = edited.first();
            QCOMPARE(QJsonDocument::fromJson(registration.requestBody)
                         .object()
                         .value(QStringLiteral("client_name"))
                         .toString(),
                     QStringLiteral("McpScope (edited)"));
            QCOMPARE(registration.status, 201);
            QCOMPARE(QJsonDocument::fromJson(registration.responseBody)
                         .object()
                         .value(QStringLiteral("client_name"))
                         .toString(),
                     QStringLiteral("McpScope (edited)"));
        }

        // Browser mode: while it waits for the sign-in, the URL can be copied
        // (no browser here) and the flow cancelled.
        OAuthFlowView *waiting = window.openFlowInspector();
        waiting->setSettings(OAuthFlow::Settings{});
        waiting->setServerUrl(url);
        QVERIFY(clickFlowButton(waiting, "startFlow"));
        QTRY_VERIFY_WITH_TIMEOUT(
            stepText(waiting, 3).endsWith(QStringLiteral(" — waiting for you")), 15000);
        auto *copy = waiting->findChild<QPushButton *>(QStringLiteral("copySignInUrl"));
        auto *cancel = waiting->findChild<QPushButton *>(QStringLiteral("cancelFlow"));
        QVERIFY(copy && cancel);
        QCOMPARE(copy->text(), QStringLiteral("Copy Sign-in URL"));
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        QVERIFY(copy->isVisibleTo(waiting));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().contains(
            QStringLiteral("code_challenge_method=S256")));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(stepText(waiting, 3).endsWith(QStringLiteral(" — failed")), 5000);
        QVERIFY(!copy->isVisibleTo(waiting));

        // A scope the server does not know: the failed step says why and what to do.
        OAuthFlowView *failing = window.openFlowInspector();
        OAuthFlow::Settings bad;
        bad.mode = OAuthFlow::Mode::Headless;
        bad.scope = QStringLiteral("admin:everything");
        failing->setSettings(bad);
        failing->setServerUrl(url);
        QVERIFY(clickFlowButton(failing, "startFlow"));
        QTRY_VERIFY_WITH_TIMEOUT(stepText(failing, 3).endsWith(QStringLiteral(" — failed")), 15000);
        QVERIFY(pickStep(failing, 3));
        QVERIFY2(stepDetail(failing).contains(QStringLiteral("Likely cause")),
                 qPrintable(stepDetail(failing)));
        QVERIFY2(stepDetail(failing).contains(QStringLiteral("scope")),
                 qPrintable(stepDetail(failing)));
        QVERIFY(stepText(failing, 4).endsWith(QStringLiteral(" — skipped")));
        snap(&window, QStringLiteral("oauth-failed-step"));

        // The JWT pane: an ID token oidc-provider signed, checked against the
        // JWKS oidc-provider publishes (its jwks_uri).
        HttpClient oidcHttp;
        OAuthFlow openid(&oidcHttp);
        OAuthFlow::Settings withOpenId;
        withOpenId.mode = OAuthFlow::Mode::Headless;
        withOpenId.scope = QStringLiteral("openid mcp:tools");
        openid.setSettings(withOpenId);
        QSignalSpy signedIn(&openid, &OAuthFlow::finished);
        openid.start(QUrl(url));
        QVERIFY(signedIn.wait(30000));
        QVERIFY2(openid.succeeded(), qPrintable(openid.failureMessage()));
        const QString idToken = openid.tokens().idToken;
        QVERIFY(!idToken.isEmpty());
        QVERIFY(openid.authServer().jwksUri.isValid());
        QCOMPARE(openid.authServer().jwksUri.host(), QStringLiteral("127.0.0.1"));
        auto *jwt = failing->findChild<JwtViewer *>(QStringLiteral("jwtViewer"));
        QVERIFY(jwt);
        jwt->setExpectations(openid.authServer().issuer, openid.client().clientId,
                             openid.authServer().jwksUri);
        jwt->setToken(idToken);
        QSignalSpy verified(jwt, &JwtViewer::verified);
        jwt->verify();
        QVERIFY(verified.wait(10000));
        QVERIFY2(jwt->resultText().contains(
                     QStringLiteral("✓ signature: RS256, verified with the issuer's key")),
                 qPrintable(jwt->resultText()));
        QVERIFY2(jwt->resultText().contains(QStringLiteral("✓ aud")),
                 qPrintable(jwt->resultText()));
        QVERIFY2(jwt->resultText().contains(QStringLiteral("✓ iss")),
                 qPrintable(jwt->resultText()));
        // Another client's audience: the signature holds, the audience does not.
        jwt->setExpectations(openid.authServer().issuer, QStringLiteral("someone-else"),
                             openid.authServer().jwksUri);
        jwt->verify();
        QVERIFY(verified.wait(10000));
        QVERIFY2(jwt->resultText().contains(QStringLiteral("✓ signature: RS256")),
                 qPrintable(jwt->resultText()));
        QVERIFY2(jwt->resultText().contains(QStringLiteral("✗ aud")),
                 qPrintable(jwt->resultText()));
        // A JWKS that cannot be fetched: said so, nothing verified.
        jwt->setExpectations(QStringLiteral("https://issuer.example"),
                             QStringLiteral("https://mcp.example/mcp"),
                             QUrl(QStringLiteral("http://127.0.0.1:%1/jwks").arg(freePort())));
        jwt->verify();
        QVERIFY(verified.wait(10000));
        QVERIFY2(jwt->resultText().contains(QStringLiteral("could not be fetched")),
                 qPrintable(jwt->resultText()));
        for (QLabel *label : window.findChildren<QLabel *>())
            QVERIFY2(
                label->textFormat() == Qt::PlainText,
                qPrintable(label->text() + QStringLiteral(" in ") +
                           QString::fromLatin1(label->parentWidget()->metaObject()->className())));

        // A sign-in that fails (a scope the server refuses), fixed in the
        // session's Authorization tab: the session reconnects by itself.
        for (const Credential &c : window.vault()->credentials()) {
            bool removed = false;
            window.vault()->remove(c.id, [&](const Result<void> &) { removed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
        }
        ConnectSettings badScope{ConnectSettings::Kind::StreamableHttp, url, 30, {}, {}};
        badScope.signIn = ConnectSettings::SignIn::Headless;
        badScope.scope = QStringLiteral("admin:everything");
        McpSessionView *retry = window.connectMcp(badScope);
        QTRY_VERIFY_WITH_TIMEOUT(headerText(retry).startsWith(QStringLiteral("Not connected")),
                                 20000);
        OAuthFlow::Settings fixed;
        fixed.mode = OAuthFlow::Mode::Headless;
        auto *retryFlow = retry->findChild<OAuthFlowView *>();
        QVERIFY(retryFlow);
        retryFlow->setSettings(fixed);
        QVERIFY(clickFlowButton(retryFlow, "startFlow"));
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(retry) == 2, 20000);
        retry->client()->close();

        // The session's access token is in neither the settings file nor the capture store.
        window.close();
        m_store.flush();
        QSettings stored;
        stored.sync();
        QByteArray written;
        for (const QString &path : QStringList{stored.fileName(), m_store.path(),
                                               m_store.path() + QStringLiteral("-wal")}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                written += f.readAll();
        }
        QVERIFY(written.contains("/token"));        // the flow was captured…
        QVERIFY(!written.contains(token.toUtf8())); // …without its token
        // Dynamic registration's management token (RFC 7591) is blanked too.
        QVERIFY(written.contains("\"registration_access_token\":\"[REDACTED]\""));
    }

    // A blob resource from server-everything (its Dynamic Blob Resource
    // template): decoded, with its size.
    void readsABlobResource()
    {
        NodePeer everything;
        const QString why = everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        MainWindow window(&m_store);
        McpSessionView *view =
            window.connectMcp({ConnectSettings::Kind::StreamableHttp,
                               QStringLiteral("http://127.0.0.1:%1/mcp").arg(everything.port()),
                               30,
                               {},
                               {}});
        FeatureTab *templates = view->findChild<FeatureTab *>(QStringLiteral("templatesTab"));
        QVERIFY(templates);
        showTab(view, templates);
        QTRY_VERIFY_WITH_TIMEOUT(featureCount(templates) >= 2, 15000);
        QVERIFY(pickFeature(templates, QStringLiteral("Dynamic Blob Resource")));
        QVERIFY(typeArgument(templates, QStringLiteral("resourceId"), QStringLiteral("4")));
        QSignalSpy read(templates, &FeatureTab::actionFinished);
        QVERIFY(clickFeatureAction(templates));
        QVERIFY(read.wait(10000));
        const QString shown = featureResult(templates);
        const QRegularExpressionMatch blob =
            QRegularExpression(QStringLiteral("blob of (\\d+) bytes\n(.*)$")).match(shown);
        QVERIFY2(blob.hasMatch(), qPrintable(shown));
        QVERIFY2(blob.captured(2).startsWith(
                     QStringLiteral("Resource 4: This is a base64 blob created at ")),
                 qPrintable(shown));
        QCOMPARE(blob.captured(1).toLongLong(), qint64(blob.captured(2).toUtf8().size()));
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
        QCOMPARE(logModel(window)->headerData(CaptureModel::Duration, Qt::Horizontal).toString(),
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
