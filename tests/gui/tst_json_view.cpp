#include "ui/common/json_view.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QToolTip>

using namespace mcpscope;

// Raw JSON as a reader sees it (JsonView): the indented text in the
// server's key order with line numbers, the tree beside it (rows key |
// value, objects and arrays counted and folded, long strings whole in the
// tool tip, a node limit), Copy, and text that is not JSON shown as is.
class TestJsonView : public QObject
{
    Q_OBJECT

    template <typename T> static T *part(QWidget *view, const char *name)
    {
        return view->findChild<T *>(QLatin1String(name));
    }

    // The tree's rows under parent, "key = value" each.
    static QStringList rows(QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        QStringList out;
        for (int row = 0; row < model->rowCount(parent); ++row)
            out << model->index(row, 0, parent).data().toString() + QStringLiteral(" = ") +
                       model->index(row, 1, parent).data().toString();
        return out;
    }

private Q_SLOTS:
    void textAndTreeInTheServersOrder()
    {
        JsonView view;
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString longText = QString(80, u'z');
        view.setJson(R"({"zeta":1.50,"alpha":{"b":true,"a":null},"list":[1,"two",[[5]]],"s":")" +
                     longText.toUtf8() + R"("})");
        auto *text = part<JsonTextView>(&view, "jsonText");
        auto *tree = part<JsonTreeView>(&view, "jsonTree");
        auto *state = part<QLabel>(&view, "jsonState");
        QVERIFY(text && tree && state);
        // Indented, keys as sent, numbers as written.
        QVERIFY2(view.text().startsWith(QStringLiteral("{\n  \"zeta\": 1.50,\n  \"alpha\": {")),
                 qPrintable(view.text()));
        QCOMPARE(state->text(),
                 QStringLiteral("%1 lines, in the order the server sent").arg(text->blockCount()));
        QVERIFY(tree->isVisible());

        QAbstractItemModel *model = tree->model();
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Key"));
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value"));
        QCOMPARE(rows(model),
                 (QStringList{QStringLiteral("zeta = 1.50"), QStringLiteral("alpha = {2}"),
                              QStringLiteral("list = [3]"), QStringLiteral("s = ") + longText}));
        const QModelIndex alpha = model->index(1, 0);
        QCOMPARE(rows(model, alpha),
                 (QStringList{QStringLiteral("b = true"), QStringLiteral("a = null")}));
        const QModelIndex list = model->index(2, 0);
        QCOMPARE(rows(model, list),
                 (QStringList{QStringLiteral("[0] = 1"), QStringLiteral("[1] = two"),
                              QStringLiteral("[2] = [1]")}));
        // Two levels open by default.
        QVERIFY(tree->isExpanded(alpha));
        QVERIFY(tree->isExpanded(list));
        const QModelIndex inner = model->index(2, 0, list);
        QVERIFY(tree->isExpanded(inner));
        QCOMPARE(rows(model, inner), QStringList{QStringLiteral("[0] = [1]")});
        QVERIFY(!tree->isExpanded(model->index(0, 0, inner)));
        // A long string: whole in the tool tip; a short one has none.
        QCOMPARE(model->index(3, 1).data(Qt::ToolTipRole).toString(), longText);
        QVERIFY(model->index(0, 1).data(Qt::ToolTipRole).toString().isEmpty());
        // Nothing can be edited.
        QVERIFY(!(model->flags(model->index(0, 1)) & Qt::ItemIsEditable));

        // Copy: the text, and how many lines.
        QApplication::clipboard()->clear();
        QTest::mouseClick(part<QPushButton>(&view, "copyJson"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), view.text());
        QCOMPARE(state->text(), QStringLiteral("Copied %1 lines").arg(text->blockCount()));
    }

    // The text's gutter numbers the lines: wider for more lines, painted
    // when shown (a grab renders it).
    void gutterNumbersTheLines()
    {
        JsonView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *text = part<JsonTextView>(&view, "jsonText");
        view.setJson("[1]");
        const int narrow = text->gutterWidth();
        QByteArray many = "[";
        for (int i = 0; i < 150; ++i)
            many += (i ? "," : "") + QByteArray::number(i);
        many += "]";
        view.setJson(many);
        QCOMPARE(text->blockCount(), 152);
        QVERIFY(text->gutterWidth() > narrow);
        QCOMPARE(text->gutterWidth() - narrow,
                 text->fontMetrics().horizontalAdvance(QLatin1Char('9')));
        // The gutter sits left of the text, as wide as it says.
        QWidget *gutter = nullptr;
        for (QWidget *w : text->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            if (w != text->viewport() && w->geometry().left() == text->contentsRect().left() &&
                w->width() == text->gutterWidth())
                gutter = w;
        QVERIFY(gutter);
        const QImage before = gutter->grab().toImage();
        // Scrolling moves the numbers.
        text->verticalScrollBar()->setValue(text->verticalScrollBar()->maximum());
        QTRY_VERIFY(gutter->grab().toImage() != before);
    }

    void scalarsAndNotJson()
    {
        JsonView view;
        view.show();
        auto *tree = part<JsonTreeView>(&view, "jsonTree");
        auto *state = part<QLabel>(&view, "jsonState");
        auto *copy = part<QPushButton>(&view, "copyJson");
        QVERIFY(!copy->isEnabled());

        view.setJson("\"just a string\"");
        QCOMPARE(rows(tree->model()), QStringList{QStringLiteral(" = just a string")});

        view.setJson("[{\"a\":1},{\"a\":2}]");
        QCOMPARE(rows(tree->model()),
                 (QStringList{QStringLiteral("[0] = {1}"), QStringLiteral("[1] = {1}")}));

        view.setJson("{\"cut\": [1, 2");
        QCOMPARE(view.text(), QStringLiteral("{\"cut\": [1, 2"));
        QCOMPARE(state->text(), QStringLiteral("Not valid JSON: shown as received"));
        QVERIFY(!tree->isVisible());
        QCOMPARE(tree->model()->rowCount(), 0);
        QVERIFY(copy->isEnabled());

        view.clear();
        QVERIFY(view.text().isEmpty());
        QVERIFY(state->text().isEmpty());
        QVERIFY(!copy->isEnabled());
        view.setPlaceholderText(QStringLiteral("No result came back."));
        QCOMPARE(part<JsonTextView>(&view, "jsonText")->placeholderText(),
                 QStringLiteral("No result came back."));

        // The tree alone: every level open (-1), or none (0).
        JsonTreeView alone;
        QVERIFY(!alone.setJson("nope"));
        QVERIFY(!alone.setJson(QByteArray()));
        QVERIFY(alone.setJson("{\"a\":{\"b\":{\"c\":1}}}", -1));
        const QModelIndex b = alone.model()->index(0, 0, alone.model()->index(0, 0));
        QVERIFY(alone.isExpanded(b));
        QVERIFY(alone.setJson("{\"a\":{\"b\":{\"c\":1}}}", 0));
        QVERIFY(!alone.isExpanded(alone.model()->index(0, 0)));
    }

    // A value's tool tip is shown as plain text: markup in server text is
    // escaped, never rendered; a row without a tool tip hides it.
    void toolTipsArePlainText()
    {
        JsonTreeView tree;
        tree.resize(500, 300);
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        const QString markup = QStringLiteral("<b>bold</b> <img src=x> ") + QString(60, u'm');
        QVERIFY(tree.setJson("{\"short\": 1, \"long\": \"" + markup.toUtf8() + "\"}"));
        const QModelIndex value = tree.model()->index(1, 1);
        QCOMPARE(value.data(Qt::ToolTipRole).toString(), markup);
        const QPoint at = tree.visualRect(value).center();
        QHelpEvent help(QEvent::ToolTip, at, tree.viewport()->mapToGlobal(at));
        QApplication::sendEvent(tree.viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(),
                 QStringLiteral("<p>") + markup.toHtmlEscaped() + QStringLiteral("</p>"));
        const QPoint plain = tree.visualRect(tree.model()->index(0, 1)).center();
        QHelpEvent none(QEvent::ToolTip, plain, tree.viewport()->mapToGlobal(plain));
        QApplication::sendEvent(tree.viewport(), &none);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    // A huge document stops at the node limit, with a row saying so.
    void nodeLimit()
    {
        QByteArray big = "[";
        for (int i = 0; i < 20001; ++i) // one node past the limit
            big += (i ? "," : "") + QByteArray::number(i);
        big += "]";
        JsonTreeView tree;
        QVERIFY(tree.setJson(big, 0));
        QAbstractItemModel *model = tree.model();
        QCOMPARE(model->rowCount(), 20001);
        QCOMPARE(model->index(19999, 0).data().toString(), QStringLiteral("[19999]"));
        QCOMPARE(model->index(20000, 0).data().toString(), QStringLiteral("…"));
        QCOMPARE(model->index(20000, 1).data().toString(),
                 QStringLiteral("more not shown: see the text"));
    }
};

QTEST_MAIN(TestJsonView)
#include "tst_json_view.moc"
