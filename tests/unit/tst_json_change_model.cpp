#include "models/json_change_model.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace mcpscope;

// The changes of a JSON diff as a table (pointer, change, old, new): cells
// shortened on one line, tool tips longer, "(none)" for the side that has
// no member, "(whole document)" for the root, the raw roles, the headers.
class TestJsonChangeModel : public QObject
{
    Q_OBJECT

    static JsonChange change(JsonChange::Kind kind, const QString &pointer,
                             const QJsonValue &before, const QJsonValue &after)
    {
        JsonChange c;
        c.kind = kind;
        c.pointer = pointer;
        c.oldValue = before;
        c.newValue = after;
        return c;
    }

private Q_SLOTS:
    void tableOfChanges()
    {
        JsonChangeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(JsonChangeModel::ColumnCount));

        const QString longText = QString(300, u'y');
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setChanges(
            {change(JsonChange::Kind::Added, QStringLiteral("/tools/2"), QJsonValue::Undefined,
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("new")}}),
             change(JsonChange::Kind::Removed, QStringLiteral("/a"), QJsonArray{1, 2},
                    QJsonValue::Undefined),
             change(JsonChange::Kind::Changed, QString(), QStringLiteral("line 1\nline 2"),
                    longText)});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.changes().size(), 3);
        QCOMPARE(model.change(1).pointer, QStringLiteral("/a"));

        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, JsonChangeModel::Pointer).toString(), QStringLiteral("/tools/2"));
        QCOMPARE(cell(0, JsonChangeModel::Kind).toString(), QStringLiteral("added"));
        QCOMPARE(cell(0, JsonChangeModel::OldValue).toString(), QStringLiteral("(none)"));
        QCOMPARE(cell(0, JsonChangeModel::NewValue).toString(),
                 QStringLiteral("{\"name\":\"new\"}"));
        QCOMPARE(cell(1, JsonChangeModel::Kind).toString(), QStringLiteral("removed"));
        QCOMPARE(cell(1, JsonChangeModel::OldValue).toString(), QStringLiteral("[1,2]"));
        QCOMPARE(cell(1, JsonChangeModel::NewValue).toString(), QStringLiteral("(none)"));
        QCOMPARE(cell(2, JsonChangeModel::Pointer).toString(), QStringLiteral("(whole document)"));
        QCOMPARE(cell(2, JsonChangeModel::Kind).toString(), QStringLiteral("changed"));
        // A newline on one line as ⏎; a long value cut with … in the cell,
        // longer in the tool tip.
        QCOMPARE(cell(2, JsonChangeModel::OldValue).toString(),
                 QStringLiteral("\"line 1⏎line 2\""));
        const QString shortCell = cell(2, JsonChangeModel::NewValue).toString();
        QCOMPARE(shortCell.size(), JsonChangeModel::kCellChars + 1);
        QVERIFY(shortCell.endsWith(QChar(0x2026)));
        QCOMPARE(cell(2, JsonChangeModel::NewValue, Qt::ToolTipRole).toString(),
                 QStringLiteral("\"") + longText + QStringLiteral("\""));
        // Tool tips of the other columns are their text.
        QCOMPARE(cell(0, JsonChangeModel::Pointer, Qt::ToolTipRole).toString(),
                 QStringLiteral("/tools/2"));
        QCOMPARE(cell(1, JsonChangeModel::Kind, Qt::ToolTipRole).toString(),
                 QStringLiteral("removed"));
        QCOMPARE(cell(1, JsonChangeModel::OldValue, Qt::ToolTipRole).toString(),
                 QStringLiteral("[1,2]"));
        // Raw roles.
        QCOMPARE(cell(1, 0, JsonChangeModel::KindRole).toInt(), int(JsonChange::Kind::Removed));
        QCOMPARE(cell(2, 3, JsonChangeModel::PointerRole).toString(), QString());
        QCOMPARE(cell(0, 3, JsonChangeModel::PointerRole).toString(), QStringLiteral("/tools/2"));
        QVERIFY(!cell(0, 0, Qt::DecorationRole).isValid());

        QCOMPARE(model.headerData(JsonChangeModel::Pointer, Qt::Horizontal).toString(),
                 QStringLiteral("JSON pointer"));
        QCOMPARE(model.headerData(JsonChangeModel::Kind, Qt::Horizontal).toString(),
                 QStringLiteral("Change"));
        QCOMPARE(model.headerData(JsonChangeModel::OldValue, Qt::Horizontal).toString(),
                 QStringLiteral("Old"));
        QCOMPARE(model.headerData(JsonChangeModel::NewValue, Qt::Horizontal).toString(),
                 QStringLiteral("New"));
        QVERIFY(!model.headerData(JsonChangeModel::ColumnCount, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());

        // No children under a row.
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);

        model.setChanges({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 2);
    }

    void shortValues()
    {
        QCOMPARE(JsonChangeModel::shortValue(QJsonValue::Undefined, 10), QStringLiteral("(none)"));
        QCOMPARE(JsonChangeModel::shortValue(QJsonValue(), 10), QStringLiteral("null"));
        QCOMPARE(JsonChangeModel::shortValue(true, 10), QStringLiteral("true"));
        QCOMPARE(JsonChangeModel::shortValue(2.5, 10), QStringLiteral("2.5"));
        QCOMPARE(JsonChangeModel::shortValue(QStringLiteral("abcdefghij"), 5),
                 QStringLiteral("\"abcd…"));
        QCOMPARE(JsonChangeModel::kindName(JsonChange::Kind::Added), QStringLiteral("added"));
        QCOMPARE(JsonChangeModel::kindName(JsonChange::Kind::Removed), QStringLiteral("removed"));
        QCOMPARE(JsonChangeModel::kindName(JsonChange::Kind::Changed), QStringLiteral("changed"));
    }
};

QTEST_GUILESS_MAIN(TestJsonChangeModel)
#include "tst_json_change_model.moc"
