#include "models/feature_list_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace mcpscope;

class TestFeatureListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTools()
    {
        FeatureListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(QJsonArray{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("echo")},
                        {QStringLiteral("title"), QStringLiteral("Echo Tool")},
                        {QStringLiteral("description"), QStringLiteral("<b>bold</b>")},
                        {QStringLiteral("inputSchema"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("add")}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("echo (Echo Tool)"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("add"));
        QCOMPARE(model.index(0).data(FeatureListModel::DescriptionRole).toString(),
                 QStringLiteral("<b>bold</b>"));
        QVERIFY(model.index(0)
                    .data(FeatureListModel::InputSchemaRole)
                    .toString()
                    .contains(QStringLiteral("\"object\"")));
        QCOMPARE(model.item(1).value(QStringLiteral("name")).toString(), QStringLiteral("add"));
        QCOMPARE(model.rowOfName(QStringLiteral("add")), 1);
        QCOMPARE(model.rowOfName(QStringLiteral("nope")), -1);
        model.setItems(
            QJsonArray{QJsonObject{{QStringLiteral("uri"), QStringLiteral("file:///a.txt")},
                                   {QStringLiteral("name"), QStringLiteral("a.txt")}}});
        QCOMPARE(model.index(0).data(FeatureListModel::UriRole).toString(),
                 QStringLiteral("file:///a.txt"));
        QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), QStringLiteral("file:///a.txt"));
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFeatureListModel)
#include "tst_feature_list_model.moc"
