#include "models/tool_list_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace mcpscope;

class TestToolListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTools()
    {
        ToolListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTools(QJsonArray{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("echo")}, {QStringLiteral("title"), QStringLiteral("Echo Tool")},
                        {QStringLiteral("description"), QStringLiteral("<b>bold</b>")},
                        {QStringLiteral("inputSchema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("add")}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("echo (Echo Tool)"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("add"));
        QCOMPARE(model.index(0).data(ToolListModel::DescriptionRole).toString(), QStringLiteral("<b>bold</b>"));
        QVERIFY(model.index(0).data(ToolListModel::InputSchemaRole).toString().contains(QStringLiteral("\"object\"")));
        QCOMPARE(model.tool(1).value(QStringLiteral("name")).toString(), QStringLiteral("add"));
        model.setTools({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestToolListModel)
#include "tst_tool_list_model.moc"
