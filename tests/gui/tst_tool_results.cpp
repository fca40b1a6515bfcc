#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "feature_ui.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "node_peer.h"
#include "screenshots.h"
#include "session_ui.h"
#include "ui/common/json_view.h"
#include "ui/common/theme.h"
#include "ui/main_window.h"
#include "ui/session/feature_tab.h"
#include "ui/session/mcp_session_view.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace mcpscope;
using namespace mcpscope::testing;

// The Tools tab's rendered results and its tool list, against
// server-everything (a real peer), driven as a user drives them: the result
// header (outcome, latency, time, Show exchange), text content as lines,
// Markdown only when asked (raw HTML never), images, embedded resources and
// resource links, structuredContent as a tree in the server's order, the raw
// JSON with line numbers and Copy, the result cleared when another tool is
// picked; the search box, count and annotation badges; schema problems only
// once the user edits; openCall before and after the tools are listed; the
// Prompts tab's completion accepted with Enter without getting the prompt.
class TestToolResults : public QObject
{
    Q_OBJECT

    QWidget *result() const { return child<QWidget>(toolsTab(m_view), "toolResult"); }
    QString outcome() const
    {
        auto *label = child<QLabel>(result(), "resultOutcome");
        return label && label->isVisibleTo(m_view) ? label->text() : QString();
    }
    QString content() const { return resultContentText(toolsTab(m_view), "toolResult"); }
    JsonTextView *rawText() const { return child<JsonTextView>(result(), "jsonText"); }

    // Picks tool, sets its arguments as typed JSON, clicks Call and waits.
    bool call(const QString &tool, const QString &arguments = {})
    {
        if (!selectTool(m_view, tool))
            return false;
        if (!arguments.isNull())
            setArguments(m_view, arguments);
        QSignalSpy done(toolsTab(m_view), &ToolsTab::toolCallFinished);
        callTool(m_view);
        return done.wait(15000);
    }

    QModelIndex toolIndex(const QString &name) const
    {
        auto *list = child<QListView>(m_view, "toolList");
        for (int row = 0; list && row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(FeatureListModel::NameRole).toString() == name)
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_tool_results"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("results.sqlite"))));
        const QString why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        Theme::apply(Theme::Choice::Light);
        m_window = new MainWindow(&m_store);
        m_window->resize(1280, 800);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_view = m_window->connectMcp(
            {ConnectSettings::Kind::StreamableHttp,
             QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()),
             30,
             {},
             {}});
        QVERIFY(m_view);
        // History opens a call before the tools are listed: it is applied once they are.
        toolsTab(m_view)->openCall(QStringLiteral("get-sum"), "{\"a\": 40, \"b\": 2}");
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(m_view) >= 12, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(argumentsText(m_view), QStringLiteral("{\"a\": 40, \"b\": 2}"),
                                  5000);
        QCOMPARE(child<QListView>(m_view, "toolList")
                     ->currentIndex()
                     .data(FeatureListModel::NameRole)
                     .toString(),
                 QStringLiteral("get-sum"));
    }

    void cleanupTestCase()
    {
        // The layout at the other sizes it is looked at (with MCPSCOPE_SCREENSHOT_DIR).
        if (m_window && !qEnvironmentVariableIsEmpty("MCPSCOPE_SCREENSHOT_DIR")) {
            selectTool(m_view, QStringLiteral("get-structured-content"));
            call(QStringLiteral("get-structured-content"),
                 QStringLiteral("{\"location\": \"Chicago\"}"));
            for (const QSize size : {QSize(1024, 700), QSize(1600, 1000), QSize(2560, 1440)}) {
                m_window->resize(size);
                snap(m_window,
                     QStringLiteral("tool-result-%1x%2").arg(size.width()).arg(size.height()));
            }
            child<QTabWidget>(result(), "resultTabs")->setCurrentIndex(1);
            snap(m_window, QStringLiteral("tool-result-raw-2560x1440"));
        }
        if (m_view)
            m_view->client()->close();
        delete m_window;
    }

    // Text content with newlines reads as lines; the header says OK, how long, when.
    void textAsLinesUnderAHeader()
    {
        QVERIFY(call(QStringLiteral("get-env"), QStringLiteral("{}")));
        QCOMPARE(outcome(), QStringLiteral("OK"));
        const QString timing = child<QLabel>(result(), "resultTiming")->text();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ ms · \\d\\d:\\d\\d:\\d\\d$"))
                     .match(timing)
                     .hasMatch(),
                 qPrintable(timing));
        // JSON.stringify(process.env, null, 2): one variable per line, no "\n" escapes.
        const QString text = content();
        QVERIFY2(text.startsWith(QStringLiteral("{\n  \"")), qPrintable(text.left(200)));
        QVERIFY2(!text.contains(QStringLiteral("\\n")), qPrintable(text.left(200)));
        auto *browser = child<QTextBrowser>(result(), "resultContent");
        QVERIFY(browser->document()->blockCount() > 5);
        // The raw JSON keeps the escapes, as the server sent them.
        QVERIFY2(rawText()->toPlainText().contains(QStringLiteral("\\n")),
                 qPrintable(rawText()->toPlainText().left(200)));
    }

    // Show exchange asks the log for the exchange that carried the call.
    void showExchangeNamesTheExchange()
    {
        QVERIFY(call(QStringLiteral("echo"), QStringLiteral("{\"message\": \"hi\"}")));
        auto *show = child<QToolButton>(result(), "showExchange");
        QVERIFY(show && show->isVisibleTo(m_view));
        QSignalSpy asked(m_view, &McpSessionView::exchangesRequested);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        // The main window shows the log; the user comes back to the session.
        QTabWidget *tabs = centralTabs(*m_window);
        QVERIFY(tabs->currentWidget() != m_view);
        tabs->setCurrentWidget(m_view);
        const auto ids = asked.first().first().value<QList<qint64>>();
        QCOMPARE(ids.size(), 1);
        CaptureReader reader;
        QVERIFY(reader.open(m_store.path()));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto exchange = reader.exchange(ids.first());
                return exchange && exchange->has_value() &&
                       (*exchange)->requestBody.contains("\"tools/call\"") &&
                       (*exchange)->requestBody.contains("\"echo\"");
            }(),
            5000);
    }

    // Markdown only when the user asks, and raw HTML never interpreted.
    void markdownWhenChosen()
    {
        QVERIFY(
            call(QStringLiteral("echo"),
                 QStringLiteral("{\"message\": \"x\\n\\n# Title\\n\\n**bold** <b>html</b>\"}")));
        QVERIFY2(content().contains(QStringLiteral("Echo: x\n\n# Title\n\n**bold** <b>html</b>")),
                 qPrintable(content()));
        auto *markdown = child<QCheckBox>(result(), "renderMarkdown");
        QVERIFY(markdown && !markdown->isChecked());
        QTest::mouseClick(markdown, Qt::LeftButton);
        QVERIFY(markdown->isChecked());
        QVERIFY2(!content().contains(QStringLiteral("# Title")), qPrintable(content()));
        QVERIFY2(content().contains(QStringLiteral("Title")), qPrintable(content()));
        QVERIFY2(content().contains(QStringLiteral("<b>html</b>")), qPrintable(content()));
        QVERIFY2(!content().contains(QStringLiteral("**bold**")), qPrintable(content()));
        QTest::mouseClick(markdown, Qt::LeftButton);
        QVERIFY(content().contains(QStringLiteral("# Title")));
    }

    void imagePreviewed()
    {
        QVERIFY(call(QStringLiteral("get-tiny-image"), QStringLiteral("{}")));
        QCOMPARE(resultImageCount(m_view), 1);
        QVERIFY2(content().contains(QStringLiteral("Image (image/png, ")), qPrintable(content()));
    }

    void embeddedResourceAndLinks()
    {
        QVERIFY(call(QStringLiteral("get-resource-reference"),
                     QStringLiteral("{\"resourceType\": \"Text\", \"resourceId\": 2}")));
        QVERIFY2(
            content().contains(QStringLiteral(
                "Embedded resource: demo://resource/dynamic/text/2 (text/plain)\nResource 2:")),
            qPrintable(content()));
        QVERIFY(call(QStringLiteral("get-resource-links"), QStringLiteral("{\"count\": 2}")));
        QVERIFY2(content().contains(QStringLiteral(
                     "Resource link: Blob Resource 1\ndemo://resource/dynamic/blob/1 "
                     "(text/plain)\nResource 1: plaintext resource")),
                 qPrintable(content()));
        QVERIFY2(content().contains(QStringLiteral("Resource link: Text Resource 2")),
                 qPrintable(content()));
    }

    // structuredContent as a tree in the server's order (not sorted), checked
    // against the outputSchema; the raw JSON in the server's order, numbered,
    // foldable, copied.
    void structuredContentAndRawJson()
    {
        QVERIFY(call(QStringLiteral("get-structured-content"),
                     QStringLiteral("{\"location\": \"Chicago\"}")));
        QCOMPARE(outcome(), QStringLiteral("OK"));
        QVERIFY2(resultText(m_view).contains(QStringLiteral("matches the tool's outputSchema")),
                 qPrintable(resultText(m_view)));
        auto *tree = child<JsonTreeView>(result(), "structuredContent");
        QVERIFY(tree && tree->isVisibleTo(m_view));
        QAbstractItemModel *model = tree->model();
        QCOMPARE(model->rowCount(), 3);
        const QStringList keys{model->index(0, 0).data().toString(),
                               model->index(1, 0).data().toString(),
                               model->index(2, 0).data().toString()};
        QCOMPARE(keys, (QStringList{QStringLiteral("temperature"), QStringLiteral("conditions"),
                                    QStringLiteral("humidity")}));
        QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("Light rain / drizzle"));

        // Raw JSON: the server's order, with line numbers.
        auto *tabs = child<QTabWidget>(result(), "resultTabs");
        auto *raw = child<JsonView>(result(), "resultRaw");
        tabs->setCurrentWidget(raw);
        JsonTextView *text = rawText();
        const QString json = text->toPlainText();
        const qsizetype content = json.indexOf(QStringLiteral("\"content\""));
        const qsizetype structured = json.indexOf(QStringLiteral("\"structuredContent\""));
        QVERIFY2(content >= 0 && structured > content, qPrintable(json));
        QVERIFY2(json.indexOf(QStringLiteral("\"temperature\": 36"), structured) <
                     json.indexOf(QStringLiteral("\"conditions\""), structured),
                 qPrintable(json));
        QVERIFY(text->document()->blockCount() > 5);
        QVERIFY(text->gutterWidth() > 0);
        QVERIFY(text->viewport()->x() >= text->gutterWidth()); // the numbers left of the text
        // The tree beside it folds: Left on the expanded "content" collapses it.
        auto *rawTree = child<JsonTreeView>(raw, "jsonTree");
        QVERIFY(rawTree && rawTree->isVisibleTo(m_view));
        const QModelIndex contentNode = rawTree->model()->index(0, 0);
        QCOMPARE(contentNode.data().toString(), QStringLiteral("content"));
        QVERIFY(rawTree->isExpanded(contentNode));
        rawTree->setFocus();
        rawTree->setCurrentIndex(contentNode);
        QTest::keyClick(rawTree, Qt::Key_Left);
        QVERIFY(!rawTree->isExpanded(contentNode));
        QTest::keyClick(rawTree, Qt::Key_Right);
        QVERIFY(rawTree->isExpanded(contentNode));
        // Copy puts the text on the clipboard.
        QApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(raw, "copyJson"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), json);
        tabs->setCurrentIndex(0);
        snap(m_window, QStringLiteral("tool-result"));
    }

    // The tool's isError is the header's outcome.
    void isErrorInTheHeader()
    {
        QVERIFY(call(QStringLiteral("get-resource-reference"),
                     QStringLiteral("{\"resourceType\": \"Text\", \"resourceId\": 0}")));
        QCOMPARE(outcome(), QStringLiteral("Tool error (isError)"));
        QVERIFY2(content().contains(QStringLiteral("Invalid resourceId")), qPrintable(content()));
    }

    // Picking another tool clears the last one's result.
    void clearedWhenAnotherToolIsPicked()
    {
        QVERIFY(call(QStringLiteral("echo"), QStringLiteral("{\"message\": \"stale?\"}")));
        QVERIFY(content().contains(QStringLiteral("Echo: stale?")));
        QVERIFY(selectTool(m_view, QStringLiteral("get-sum")));
        QCOMPARE(outcome(), QString());
        QCOMPARE(content(), QString());
        QCOMPARE(rawText()->toPlainText(), QString());
        QCOMPARE(resultImageCount(m_view), 0);
    }

    // The search box filters by name, title and description; the count says how many show.
    void searchCountAndBadges()
    {
        auto *search = child<QLineEdit>(toolsTab(m_view), "toolSearch");
        auto *count = child<QLabel>(toolsTab(m_view), "toolCount");
        QVERIFY(search && count);
        const int all = toolCount(m_view);
        QCOMPARE(count->text(), QStringLiteral("%1 tools").arg(all));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("ANNOTATED"));
        QCOMPARE(toolCount(m_view), 1);
        QCOMPARE(count->text(), QStringLiteral("1 of %1 tools").arg(all));
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("Print Environment")); // get-env's title
        QCOMPARE(toolCount(m_view), 1);
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("environment variables")); // its description
        QCOMPARE(toolCount(m_view), 1);
        QVERIFY(toolIndex(QStringLiteral("get-env")).isValid());
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(toolCount(m_view), all);
        QCOMPARE(count->text(), QStringLiteral("%1 tools").arg(all));

        // Badges from the annotations; the title from annotations.title or title.
        const QModelIndex annotated = toolIndex(QStringLiteral("get-annotated-message"));
        QCOMPARE(annotated.data(FeatureListModel::TitleRole).toString(),
                 QStringLiteral("Get Annotated Message Tool"));
        QCOMPARE(annotated.data(FeatureListModel::BadgesRole).toStringList(),
                 (QStringList{QStringLiteral("read-only"), QStringLiteral("idempotent")}));
        QCOMPARE(toolIndex(QStringLiteral("gzip-file-as-resource"))
                     .data(FeatureListModel::BadgesRole)
                     .toStringList(),
                 (QStringList{QStringLiteral("idempotent"), QStringLiteral("open world")}));
        QCOMPARE(toolIndex(QStringLiteral("toggle-simulated-logging"))
                     .data(FeatureListModel::BadgesRole)
                     .toStringList(),
                 QStringList());
        // A title the row elides is whole in the tooltip.
        QVERIFY(annotated.data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Get Annotated Message Tool — get-annotated-message "
                                               "— read-only, idempotent — Demonstrates")));
    }

    // A freshly picked tool shows no schema problems; the user's edit does.
    void schemaErrorsOnlyAfterAnEdit()
    {
        QVERIFY(selectTool(m_view, QStringLiteral("get-structured-content")));
        QVERIFY2(!argumentsState(m_view).contains(QStringLiteral("required")),
                 qPrintable(argumentsState(m_view)));
        QVERIFY2(!argumentsState(m_view).contains(QStringLiteral("Does not match")),
                 qPrintable(argumentsState(m_view)));
        auto *location = child<QComboBox>(toolsTab(m_view), "location");
        QVERIFY(location);
        QTest::keyClick(location, Qt::Key_Down); // (not set) → New York
        QVERIFY2(argumentsState(m_view).contains(QStringLiteral("Valid against the input schema")),
                 qPrintable(argumentsState(m_view)));
        QTest::keyClick(location, Qt::Key_Up); // back to (not set): now it is the user's doing
        QVERIFY2(argumentsState(m_view).contains(QStringLiteral("\"location\" is required")),
                 qPrintable(argumentsState(m_view)));
    }

    // openCall of a tool a search hides clears the search and opens it.
    void openCallThroughASearch()
    {
        auto *search = child<QLineEdit>(toolsTab(m_view), "toolSearch");
        search->setText(QStringLiteral("sum"));
        toolsTab(m_view)->openCall(QStringLiteral("echo"), "{\"message\": \"again\"}");
        QCOMPARE(search->text(), QString());
        QCOMPARE(argumentsText(m_view), QStringLiteral("{\"message\": \"again\"}"));
        QCOMPARE(child<QListView>(m_view, "toolList")
                     ->currentIndex()
                     .data(FeatureListModel::NameRole)
                     .toString(),
                 QStringLiteral("echo"));
    }

    // A JSON-RPC error is the header's outcome, with its code (Templates tab).
    void rpcErrorInTheHeader()
    {
        FeatureTab *templates = m_view->findChild<FeatureTab *>(QStringLiteral("templatesTab"));
        QVERIFY(templates);
        showTab(m_view, templates);
        QTRY_VERIFY_WITH_TIMEOUT(featureCount(templates) >= 2, 10000);
        QVERIFY(pickFeature(templates, QStringLiteral("Dynamic Text Resource")));
        QVERIFY(typeArgument(templates, QStringLiteral("resourceId"), QStringLiteral("x")));
        QSignalSpy read(templates, &FeatureTab::actionFinished);
        QVERIFY(clickFeatureAction(templates));
        QVERIFY(read.wait(10000));
        auto *header = child<QLabel>(child<QWidget>(templates, "featureResult"), "resultOutcome");
        QVERIFY2(header->text().startsWith(QStringLiteral("JSON-RPC error -32")),
                 qPrintable(header->text()));
        QVERIFY2(featureResult(templates).contains(QStringLiteral("Unknown resource")),
                 qPrintable(featureResult(templates)));
        // A readable one: OK, its text as text.
        QVERIFY(typeArgument(templates, QStringLiteral("resourceId"), QStringLiteral("3")));
        QVERIFY(clickFeatureAction(templates));
        QVERIFY(read.wait(10000));
        QCOMPARE(header->text(), QStringLiteral("OK"));
        QVERIFY2(featureResult(templates).contains(
                     QStringLiteral("demo://resource/dynamic/text/3 (text/plain)\nResource 3: ")),
                 qPrintable(featureResult(templates)));
        showTab(m_view, toolsTab(m_view));
    }

    // Enter on a completion in the popup takes the completion and does not get the prompt.
    void enterOnACompletionDoesNotSubmit()
    {
        FeatureTab *prompts = m_view->findChild<FeatureTab *>(QStringLiteral("promptsTab"));
        QVERIFY(prompts);
        showTab(m_view, prompts);
        QTRY_VERIFY_WITH_TIMEOUT(featureCount(prompts) >= 3, 10000);
        QVERIFY(pickFeature(prompts, QStringLiteral("completable-prompt")));
        // A prompt got first, so an unwanted second get would show (it clears the result).
        QVERIFY(typeArgument(prompts, QStringLiteral("department"), QStringLiteral("Sales")));
        QVERIFY(typeArgument(prompts, QStringLiteral("name"), QStringLiteral("Kim")));
        QSignalSpy got(prompts, &FeatureTab::actionFinished);
        QVERIFY(clickFeatureAction(prompts));
        QVERIFY(got.wait(10000));
        QVERIFY2(featureResult(prompts).contains(QStringLiteral("user\nPlease promote")),
                 qPrintable(featureResult(prompts)));
        auto *header = child<QLabel>(child<QWidget>(prompts, "featureResult"), "resultOutcome");
        QCOMPARE(header->text(), QStringLiteral("OK"));

        QLineEdit *department = argumentField(prompts, QStringLiteral("department"));
        QSignalSpy completed(prompts, &FeatureTab::completionsArrived);
        department->setFocus();
        QVERIFY(typeArgument(prompts, QStringLiteral("department"), QStringLiteral("E")));
        QVERIFY(completed.wait(10000));
        QAbstractItemView *popup = department->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(department->text(), QStringLiteral("Engineering"));
        QVERIFY(!popup->isVisible());
        QVERIFY2(header->isVisibleTo(prompts), "Enter on the completion got the prompt again");
        QCOMPARE(got.size(), 1);
        // Enter with no popup gets it.
        QTest::keyClick(department, Qt::Key_Return);
        QVERIFY(got.wait(10000));
        QVERIFY2(featureResult(prompts).contains(QStringLiteral("Engineering team")),
                 qPrintable(featureResult(prompts)));
        showTab(m_view, toolsTab(m_view));
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything;
    MainWindow *m_window = nullptr;
    McpSessionView *m_view = nullptr;
};

QTEST_MAIN(TestToolResults)
#include "tst_tool_results.moc"
