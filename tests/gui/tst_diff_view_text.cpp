// The diff view's sides and ignore rules as a user reads and edits them:
// strings are shown JSON-escaped (quotes, backslashes, control characters),
// scalars as JSON writes them, empty objects and arrays inline; a side that is
// not one JSON value says so; a rule that is not a JSON pointer is refused
// with why; Ignore Selected adds the selected change's pointer and the
// comparison then finds no difference.
#include "diff_ui.h"
#include "gui_test_settings.h"
#include "ui/replay/diff_view.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestDiffViewText : public QObject
{
    Q_OBJECT

    static QJsonObject sample(int big)
    {
        return {
            {QStringLiteral("s"), QString(QStringLiteral("q\"b\\s\nn\rr\tt\bb\ff") + QChar(0x01))},
            {QStringLiteral("nul"), QJsonValue::Null},
            {QStringLiteral("yes"), true},
            {QStringLiteral("no"), false},
            {QStringLiteral("half"), 1.5},
            {QStringLiteral("big"), big},
            {QStringLiteral("e"), QJsonObject()},
            {QStringLiteral("a"), QJsonArray()}};
    }
    static QString status(DiffView &view)
    {
        return view.findChild<QLabel *>(QStringLiteral("diffStatus"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_diff_view_text"));
        QSettings().remove(DiffView::rulesSettingsKey());
    }

    void sidesShowJsonAsWritten()
    {
        DiffView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(compareAndWait(view, DiffSide::fromValue(QStringLiteral("a"), sample(3)),
                               DiffSide::fromValue(QStringLiteral("b"), sample(4))));
        const QString left = diffSide(&view, "diffLeft")->toPlainText();
        for (const QString &line :
             {QStringLiteral("\"s\": \"q\\\"b\\\\s\\nn\\rr\\tt\\bb\\ff\\u0001\","),
              QStringLiteral("\"nul\": null,"), QStringLiteral("\"yes\": true"),
              QStringLiteral("\"no\": false,"), QStringLiteral("\"half\": 1.5,"),
              QStringLiteral("\"big\": 3,"), QStringLiteral("\"e\": {}"),
              QStringLiteral("\"a\": []")})
            QVERIFY2(left.contains(line), qPrintable(line + QStringLiteral("\n---\n") + left));
        QVERIFY(diffSide(&view, "diffRight")->toPlainText().contains(u"\"big\": 4,"));
        QCOMPARE(changePointers(&view), QStringList{QStringLiteral("/big")});
    }

    void aSideThatIsNotOneValueSaysSo()
    {
        DiffView view;
        view.show();
        QVERIFY(compareAndWait(view, DiffSide::fromJson(QStringLiteral("two"), "1, 2"),
                               DiffSide::fromJson(QStringLiteral("one"), "1")));
        QVERIFY2(status(view).startsWith(
                     QStringLiteral("“two” is not valid JSON (not one JSON value), so there is "
                                    "nothing to compare.")),
                 qPrintable(status(view)));
        QVERIFY(compareAndWait(view, DiffSide::fromJson(QStringLiteral("one"), "1"),
                               DiffSide::fromJson(QStringLiteral("cut"), "{\"a\": ")));
        QVERIFY2(status(view).startsWith(QStringLiteral("“cut” is not valid JSON (")),
                 qPrintable(status(view)));
        QVERIFY2(status(view).contains(QStringLiteral(" at byte ")), qPrintable(status(view)));
        QVERIFY(changePointers(&view).isEmpty());
    }

    void aRuleThatIsNotAPointerIsRefused()
    {
        DiffView view;
        view.show();
        auto *rules = view.findChild<QListWidget *>(QStringLiteral("ignoreRules"));
        const int before = rules->count();
        auto *input = view.findChild<QLineEdit *>(QStringLiteral("ignoreRuleInput"));
        QTest::keyClicks(input, QStringLiteral("result"));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(rules->count(), before);
        auto *label = view.findChild<QLabel *>(QStringLiteral("diffStatus"));
        QVERIFY(label->isVisibleTo(&view));
        QVERIFY2(status(view).startsWith(QStringLiteral("“result” is not a JSON pointer")),
                 qPrintable(status(view)));
        QCOMPARE(input->text(), QStringLiteral("result")); // kept, to fix
    }

    void ignoreSelectedAddsItsPointer()
    {
        DiffView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(compareAndWait(view, DiffSide::fromValue(QStringLiteral("a"), sample(3)),
                               DiffSide::fromValue(QStringLiteral("b"), sample(4))));
        QTreeView *list = changeList(&view);
        list->setCurrentIndex(list->model()->index(0, 0));
        QSignalSpy compared(&view, &DiffView::compared);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("ignoreSelected")),
                          Qt::LeftButton);
        auto *rules = view.findChild<QListWidget *>(QStringLiteral("ignoreRules"));
        QVERIFY(!rules->findItems(QStringLiteral("/big"), Qt::MatchExactly).isEmpty());
        QVERIFY(compared.wait(15000));
        QVERIFY(changePointers(&view).isEmpty());
        QVERIFY2(labelText(&view, "diffSummary").startsWith(QStringLiteral("No differences")),
                 qPrintable(labelText(&view, "diffSummary")));
        // Remove it again: the change is back.
        rules->setCurrentItem(rules->findItems(QStringLiteral("/big"), Qt::MatchExactly).first());
        compared.clear();
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("removeIgnoreRule")),
                          Qt::LeftButton);
        QVERIFY(compared.wait(15000));
        QCOMPARE(changePointers(&view), QStringList{QStringLiteral("/big")});
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDiffViewText)
#include "tst_diff_view_text.moc"
