#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "diff_ui.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "models/capture_model.h"
#include "node_peer.h"
#include "screenshots.h"
#include "session_ui.h"
#include "ui/common/plain_tooltip_delegate.h"
#include "ui/common/theme.h"
#include "ui/main_window.h"
#include "ui/session/mcp_session_view.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTranslator>

using namespace mcpscope;
using namespace mcpscope::testing;

// The diff view on the offscreen platform, driven as a user would: compare,
// step through the changes, add ignore rules, and compare two calls of a
// real server from the capture log and from the tools tab.
class TestDiffView : public QObject
{
    Q_OBJECT

    static QJsonValue parse(const char *json)
    {
        return QJsonDocument::fromJson(QByteArray(json)).object();
    }
    // Two results of one call: the id differs (ignored by the volatile
    // preset), one member added, one removed, two changed.
    static DiffSide oldSide()
    {
        return DiffSide::fromJson(QStringLiteral("first run"),
                                  "{\"id\": 1, \"name\": \"alpha\", \"items\": [1, 2, 3],"
                                  " \"gone\": true, \"nested\": {\"x\": 1, \"y\": \"same\"}}",
                                  412);
    }
    static DiffSide newSide()
    {
        return DiffSide::fromJson(QStringLiteral("second run"),
                                  "{\"id\": 2, \"name\": \"beta\", \"items\": [1, 2],"
                                  " \"added\": \"yes\", \"nested\": {\"x\": 2, \"y\": \"same\"}}",
                                  380);
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_diff_view"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("diff.sqlite"))));
    }

    // Every test starts from the default rules (the volatile preset alone).
    void init() { QSettings().remove(QStringLiteral("diff")); }

    void showsTheChangesOfTwoKnownDocuments()
    {
        DiffView view;
        view.resize(1200, 800);
        view.show();
        new QAbstractItemModelTester(changeList(&view)->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        QVERIFY(compareAndWait(view, oldSide(), newSide()));
        // Document order of the new side, each object's removed members after its own.
        QCOMPARE(changePointers(&view),
                 (QStringList{QStringLiteral("/added"), QStringLiteral("/items/2"),
                              QStringLiteral("/name"), QStringLiteral("/nested/x"),
                              QStringLiteral("/gone")}));
        // (The rule count's plural comes from the translation, not loaded here.)
        QVERIFY2(labelText(&view, "diffSummary")
                     .startsWith(QStringLiteral("2 changed, 1 added, 2 removed; 3 ignore rule")),
                 qPrintable(labelText(&view, "diffSummary")));
        QCOMPARE(labelText(&view, "diffTiming"), QStringLiteral("Time: 412 ms → 380 ms"));
        QCOMPARE(changeCell(&view, 2, JsonChangeModel::Kind), QStringLiteral("changed"));
        QCOMPARE(changeCell(&view, 2, JsonChangeModel::OldValue), QStringLiteral("\"alpha\""));
        QCOMPARE(changeCell(&view, 2, JsonChangeModel::NewValue), QStringLiteral("\"beta\""));
        QCOMPARE(changeCell(&view, 0, JsonChangeModel::OldValue), QStringLiteral("(none)"));
        // Both sides are shown, with the changed lines tinted.
        QVERIFY(diffSide(&view, "diffLeft")->toPlainText().contains(QStringLiteral("\"gone\"")));
        QVERIFY(diffSide(&view, "diffRight")->toPlainText().contains(QStringLiteral("\"added\"")));
        QVERIFY(diffSide(&view, "diffLeft")->extraSelections().size() >= 3);
        QVERIFY(diffSide(&view, "diffRight")->extraSelections().size() >= 3);
        // The two sides being equal says so.
        QVERIFY(compareAndWait(view, oldSide(), oldSide()));
        QVERIFY(changePointers(&view).isEmpty());
        QVERIFY(labelText(&view, "diffSummary").startsWith(QStringLiteral("No differences; 3 ")));
    }

    void stepsThroughTheChangesInOrder()
    {
        DiffView view;
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(compareAndWait(view, oldSide(), newSide()));
        const QStringList pointers = changePointers(&view);
        QCOMPARE(pointers.size(), 5);
        QCOMPARE(currentChange(&view), 0); // the first change is shown at once
        QVERIFY2(cursorLine(&view, "diffRight").contains(QStringLiteral("\"added\"")),
                 qPrintable(cursorLine(&view, "diffRight")));
        auto *next = view.findChild<QPushButton *>(QStringLiteral("nextChange"));
        auto *previous = view.findChild<QPushButton *>(QStringLiteral("previousChange"));
        QVERIFY(next && previous);
        QVERIFY(!previous->isEnabled());
        next->click();
        QCOMPARE(currentChange(&view), 1);
        // /items/2 is only on the old side: the left scrolls to it, the right to its array.
        QCOMPARE(cursorLine(&view, "diffLeft").trimmed(), QStringLiteral("3"));
        QVERIFY(cursorLine(&view, "diffRight").contains(QStringLiteral("\"items\"")));
        QTest::keyClick(changeList(&view), Qt::Key_F8);
        QCOMPARE(currentChange(&view), 2);
        QVERIFY(cursorLine(&view, "diffLeft").contains(QStringLiteral("\"alpha\"")));
        QVERIFY(cursorLine(&view, "diffRight").contains(QStringLiteral("\"beta\"")));
        QTest::keyClick(changeList(&view), Qt::Key_F8);
        QTest::keyClick(changeList(&view), Qt::Key_F8);
        QCOMPARE(currentChange(&view), 4);
        QVERIFY(!next->isEnabled());
        QTest::keyClick(changeList(&view), Qt::Key_F8); // stays on the last
        QCOMPARE(currentChange(&view), 4);
        QVERIFY(cursorLine(&view, "diffLeft").contains(QStringLiteral("\"gone\"")));
        QTest::keyClick(changeList(&view), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(currentChange(&view), 3);
        previous->click();
        QCOMPARE(currentChange(&view), 2);
    }

    void ignoreRulesApplyAtOnceAndAreSaved()
    {
        {
            DiffView view;
            view.show();
            QVERIFY(compareAndWait(view, oldSide(), newSide()));
            QVERIFY(changePointers(&view).contains(QStringLiteral("/nested/x")));
            auto *input = view.findChild<QLineEdit *>(QStringLiteral("ignoreRuleInput"));
            auto *add = view.findChild<QPushButton *>(QStringLiteral("addIgnoreRule"));
            QVERIFY(input && add);
            QSignalSpy again(&view, &DiffView::compared);
            QTest::keyClicks(input, QStringLiteral("/nested/*"));
            add->click();
            QVERIFY(again.wait(10000));
            QCOMPARE(changePointers(&view).size(), 4);
            QVERIFY(!changePointers(&view).contains(QStringLiteral("/nested/x")));
            QVERIFY2(
                labelText(&view, "diffSummary")
                    .startsWith(QStringLiteral("1 changed, 1 added, 2 removed; 4 ignore rule")),
                qPrintable(labelText(&view, "diffSummary")));
            // The volatile preset off: the id shows.
            auto *preset = view.findChild<QCheckBox *>(QStringLiteral("ignoreVolatile"));
            QVERIFY(preset && preset->isChecked());
            preset->click();
            QVERIFY(again.wait(10000));
            QVERIFY(changePointers(&view).contains(QStringLiteral("/id")));
        }
        // A new view (as after a restart) reads the rules back.
        DiffView view;
        auto *rules = view.findChild<QListWidget *>(QStringLiteral("ignoreRules"));
        QVERIFY(rules);
        QCOMPARE(rules->count(), 1);
        QCOMPARE(rules->item(0)->text(), QStringLiteral("/nested/*"));
        QVERIFY(!view.findChild<QCheckBox *>(QStringLiteral("ignoreVolatile"))->isChecked());
        QVERIFY(compareAndWait(view, oldSide(), newSide()));
        QVERIFY(!changePointers(&view).contains(QStringLiteral("/nested/x")));
        QVERIFY(changePointers(&view).contains(QStringLiteral("/id")));
        // Removing the rule brings the change back.
        rules->item(0)->setSelected(true);
        QSignalSpy again(&view, &DiffView::compared);
        view.findChild<QPushButton *>(QStringLiteral("removeIgnoreRule"))->click();
        QVERIFY(again.wait(10000));
        QVERIFY(changePointers(&view).contains(QStringLiteral("/nested/x")));
        QVERIFY(QSettings().value(DiffView::rulesSettingsKey()).toStringList().isEmpty());
    }

    void serverTextStaysPlain()
    {
        DiffView view;
        view.show();
        const QString html = QStringLiteral("<b>bold</b><img src=x onerror=alert(1)>");
        QVERIFY(compareAndWait(
            view, DiffSide::fromValue(QStringLiteral("<i>old</i>"), parse("{\"text\": \"plain\"}")),
            DiffSide::fromValue(QStringLiteral("<i>new</i>"),
                                QJsonObject{{QStringLiteral("text"), html}})));
        QCOMPARE(changePointers(&view), QStringList{QStringLiteral("/text")});
        QCOMPARE(changeCell(&view, 0, JsonChangeModel::NewValue),
                 QLatin1Char('"') + html + QLatin1Char('"'));
        // The list's tool tips go through the plain delegate; labels never guess rich text.
        QVERIFY(dynamic_cast<PlainToolTipDelegate *>(changeList(&view)->itemDelegate()));
        QCOMPARE(changeList(&view)
                     ->model()
                     ->index(0, JsonChangeModel::NewValue)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 QLatin1Char('"') + html + QLatin1Char('"'));
        QCOMPARE(labelText(&view, "diffRightLabel"), QStringLiteral("New: <i>new</i>"));
        for (QLabel *label : view.findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText ||
                         !label->text().contains(QLatin1Char('<')),
                     qPrintable(label->text()));
    }

    void showsAMultiLineTextLineByLine()
    {
        DiffView view;
        view.show();
        QVERIFY(compareAndWait(
            view, DiffSide::fromValue(QStringLiteral("a"), QStringLiteral("one\ntwo\nthree")),
            DiffSide::fromValue(QStringLiteral("b"), QStringLiteral("one\nTWO\nthree\nfour"))));
        QCOMPARE(changePointers(&view), QStringList{QString()});
        auto *lines = view.findChild<QPlainTextEdit *>(QStringLiteral("lineDiff"));
        QVERIFY(lines && lines->isVisibleTo(&view));
        QCOMPARE(lines->toPlainText(), QStringLiteral("  one\n- two\n+ TWO\n  three\n+ four"));
    }

    void saysWhyItCannotCompare()
    {
        DiffView view;
        view.show();
        QVERIFY(compareAndWait(view, DiffSide::fromJson(QStringLiteral("cut body"), "{\"a\": [1,"),
                               newSide()));
        auto *status = view.findChild<QLabel *>(QStringLiteral("diffStatus"));
        QVERIFY(status && status->isVisibleTo(&view));
        QVERIFY2(status->text().contains(QStringLiteral("“cut body” is not valid JSON")),
                 qPrintable(status->text()));
        QCOMPARE(labelText(&view, "diffSummary"), QStringLiteral("Not compared"));
        QVERIFY(changePointers(&view).isEmpty());
        // Nested past the diff's depth limit: its message, no partial result.
        const QByteArray open(600, '['), close(600, ']');
        QVERIFY(compareAndWait(view, DiffSide::fromJson(QStringLiteral("a"), open + '1' + close),
                               DiffSide::fromJson(QStringLiteral("b"), open + '2' + close)));
        QVERIFY(status->isVisibleTo(&view));
        QVERIFY2(status->text().contains(QStringLiteral("nested more than 512 levels")),
                 qPrintable(status->text()));
        QVERIFY(changePointers(&view).isEmpty());
        // A good comparison clears the message.
        QVERIFY(compareAndWait(view, oldSide(), newSide()));
        QVERIFY(!status->isVisibleTo(&view));
        QCOMPARE(changePointers(&view).size(), 5);
    }

    // A large result is parsed and diffed on a worker: compare() returns at
    // once, "Comparing…" shows, and the result arrives later.
    void comparesLargeDocumentsOffTheGuiThread()
    {
        QJsonArray items;
        for (int i = 0; i < 60000; ++i)
            items.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("item-%1").arg(i)},
                                     {QStringLiteral("text"), QString(150, QLatin1Char('x'))},
                                     {QStringLiteral("n"), i}});
        const QByteArray before = QJsonDocument(QJsonObject{{QStringLiteral("items"), items}})
                                      .toJson(QJsonDocument::Compact);
        QJsonObject changed = items.at(41000).toObject();
        changed[QStringLiteral("n")] = -1;
        items.replace(41000, changed);
        const QByteArray after = QJsonDocument(QJsonObject{{QStringLiteral("items"), items}})
                                     .toJson(QJsonDocument::Compact);
        QVERIFY(before.size() > 10 * 1024 * 1024);
        DiffView view;
        view.show();
        QSignalSpy done(&view, &DiffView::compared);
        QElapsedTimer clock;
        clock.start();
        view.compare(DiffSide::fromJson(QStringLiteral("a"), before),
                     DiffSide::fromJson(QStringLiteral("b"), after));
        const qint64 returnedMs = clock.elapsed();
        QCOMPARE(labelText(&view, "diffSummary"), QStringLiteral("Comparing…"));
        QCOMPARE(done.count(), 0);
        QVERIFY(done.wait(120000));
        qInfo("compare() returned after %lld ms; %.1f MB compared and shown after %lld ms",
              returnedMs, before.size() / 1048576.0, clock.elapsed());
        QCOMPARE(changePointers(&view), QStringList{QStringLiteral("/items/41000/n")});
        QVERIFY(diffSide(&view, "diffRight")->toPlainText().contains(QStringLiteral("not shown")));
    }

    // Two calls of server-everything's echo tool with different messages:
    // Compare with pinned in the tools tab, then Compare responses on the two
    // tools/call rows of the capture log, each show the changed text.
    void comparesTwoCallsOfARealServer()
    {
        NodePeer everything;
        const QString why = everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        MainWindow window(&m_store);
        window.resize(1400, 900);
        window.show();
        McpSessionView *view =
            window.connectMcp({ConnectSettings::Kind::Auto,
                               QStringLiteral("http://127.0.0.1:%1/mcp").arg(everything.port()),
                               30,
                               {},
                               {}});
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(view) > 5, 15000);
        QVERIFY(selectTool(view, QStringLiteral("echo")));
        auto *pin = child<QPushButton>(view, "pinResult");
        auto *compareWithPinned = child<QPushButton>(view, "compareWithPinned");
        QVERIFY(pin && compareWithPinned);
        QVERIFY(!pin->isEnabled() && !compareWithPinned->isEnabled());
        for (const char *message : {"first <b>run</b>", "second run"}) {
            setArguments(view, QStringLiteral("{\"message\": \"%1\"}").arg(QLatin1String(message)));
            QSignalSpy done(toolsTab(view), &ToolsTab::toolCallFinished);
            callTool(view);
            QVERIFY(done.wait(15000));
            QVERIFY2(resultText(view).contains(QStringLiteral("Echo: ")),
                     qPrintable(resultText(view)));
            if (!compareWithPinned->isEnabled()) {
                QVERIFY(pin->isEnabled());
                pin->click();
            }
        }
        QVERIFY(compareWithPinned->isEnabled());
        compareWithPinned->click();
        QCOMPARE(diffDialogs().size(), 1);
        DiffDialog *pinned = diffDialogs().first();
        QSignalSpy pinnedDone(pinned->view(), &DiffView::compared);
        QVERIFY(pinnedDone.wait(10000));
        QCOMPARE(changePointers(pinned->view()), QStringList{QStringLiteral("/content/0/text")});
        QCOMPARE(changeCell(pinned->view(), 0, JsonChangeModel::OldValue),
                 QStringLiteral("\"Echo: first <b>run</b>\""));
        QVERIFY(labelText(pinned->view(), "diffTiming").contains(QStringLiteral(" ms → ")));
        pinned->close();
        QTRY_VERIFY(diffDialogs().isEmpty());

        // The two tools/call exchanges, as the store recorded them.
        QList<qint64> calls;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                CaptureReader reader;
                if (!reader.open(m_store.path()))
                    return false;
                auto messages = reader.messages();
                calls.clear();
                for (const MessageRecord &m : messages ? *messages : QList<MessageRecord>{})
                    if (m.outgoing && m.method == u"tools/call" && m.exchangeId > 0)
                        calls << m.exchangeId;
                return calls.size() >= 2;
            }(),
            10000);
        const qint64 first = calls.at(calls.size() - 2);
        const qint64 second = calls.last();
        QTRY_VERIFY_WITH_TIMEOUT(logModel(window)->rowOfExchange(second) >= 0, 10000);
        auto *compare = window.findChild<QAction *>(QStringLiteral("compareResponses"));
        QVERIFY(compare);
        QTableView *log = captureLog(window);
        log->setCurrentIndex(logModel(window)->index(logModel(window)->rowOfExchange(first), 0));
        QVERIFY(!compare->isEnabled()); // one row: nothing to compare with
        log->selectionModel()->select(
            logModel(window)->index(logModel(window)->rowOfExchange(second), 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(compare->isEnabled());
        compare->trigger();
        QCOMPARE(diffDialogs().size(), 1);
        DiffDialog *dialog = diffDialogs().first();
        QSignalSpy compared(dialog->view(), &DiffView::compared);
        QVERIFY(compared.wait(10000));
        QCOMPARE(changePointers(dialog->view()), QStringList{QStringLiteral("/content/0/text")});
        QCOMPARE(changeCell(dialog->view(), 0, JsonChangeModel::OldValue),
                 QStringLiteral("\"Echo: first <b>run</b>\""));
        QCOMPARE(changeCell(dialog->view(), 0, JsonChangeModel::NewValue),
                 QStringLiteral("\"Echo: second run\""));
        QVERIFY(labelText(dialog->view(), "diffLeftLabel").contains(QString::number(first)));
        snapAll(dialog, QStringLiteral("diff-log"));
        dialog->close();

        // One row: its URL and bodies can be copied.
        log->setCurrentIndex(logModel(window)->index(logModel(window)->rowOfExchange(first), 0));
        QVERIFY(!compare->isEnabled());
        auto *copyUrl = window.findChild<QAction *>(QStringLiteral("copyUrl"));
        auto *copyRequest = window.findChild<QAction *>(QStringLiteral("copyRequestBody"));
        auto *copyResponse = window.findChild<QAction *>(QStringLiteral("copyResponseBody"));
        QVERIFY(copyUrl && copyRequest && copyResponse && copyUrl->isEnabled());
        copyUrl->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("http://127.0.0.1:%1/mcp").arg(everything.port()));
        copyRequest->trigger();
        QVERIFY2(QApplication::clipboard()->text().contains(QStringLiteral("first <b>run</b>")),
                 qPrintable(QApplication::clipboard()->text()));
        copyResponse->trigger();
        QVERIFY2(QApplication::clipboard()->text().contains(QStringLiteral("Echo: first")),
                 qPrintable(QApplication::clipboard()->text()));
    }

    // A richer comparison, for looking at: a tool result with a multi-line
    // text, an added annotation and a removed content item.
    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("MCPSCOPE_SCREENSHOT_DIR"))
            QSKIP("set MCPSCOPE_SCREENSHOT_DIR to save screenshots");
        const char *before =
            "{\"content\": [{\"type\": \"text\", \"text\": \"Weather for Berlin\\nTemperature: "
            "12 C\\nWind: 14 km/h\\nHumidity: 71%\"}, {\"type\": \"text\", \"text\": \"Source: "
            "station 10382\"}], \"structuredContent\": {\"temperature\": 12, \"conditions\": "
            "\"cloudy\", \"humidity\": 71}, \"_meta\": {\"requestId\": \"a1\"}, \"isError\": "
            "false}";
        const char *after =
            "{\"content\": [{\"type\": \"text\", \"text\": \"Weather for Berlin\\nTemperature: "
            "14 C\\nWind: 14 km/h\\nHumidity: 64%\", \"annotations\": {\"audience\": "
            "[\"user\"]}}], \"structuredContent\": {\"temperature\": 14, \"conditions\": "
            "\"sunny\", \"humidity\": 64}, \"_meta\": {\"requestId\": \"b7\"}, \"isError\": false}";
        // English plurals ("3 ignore rules") come from the English translation.
        QTranslator english;
        if (english.load(QStringLiteral(MCPSCOPE_QM_DIR "/mcpscope_en.qm")))
            QCoreApplication::installTranslator(&english);
        DiffDialog dialog;
        dialog.setWindowTitle(QStringLiteral("Compare tool results"));
        dialog.show();
        QVERIFY(compareAndWait(
            *dialog.view(),
            DiffSide::fromJson(QStringLiteral("pinned: get-weather at 10:41:07"), before, 412),
            DiffSide::fromJson(QStringLiteral("last: get-weather at 10:43:52"), after, 380)));
        QVERIFY(changePointers(dialog.view()).contains(QStringLiteral("/content/0/text")));
        changeList(dialog.view())
            ->setCurrentIndex(changeList(dialog.view())
                                  ->model()
                                  ->index(int(changePointers(dialog.view())
                                                  .indexOf(QStringLiteral("/content/0/text"))),
                                          0));
        QVERIFY2(labelText(dialog.view(), "diffSummary").endsWith(QStringLiteral("3 ignore rules")),
                 qPrintable(labelText(dialog.view(), "diffSummary")));
        snapAll(&dialog, QStringLiteral("diff-view"));
        QCoreApplication::removeTranslator(&english);
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
};

QTEST_MAIN(TestDiffView)
#include "tst_diff_view.moc"
