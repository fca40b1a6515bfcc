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

    // Titles (annotations.title first), badges only for hints set to true,
    // and the text a search filters on.
    void titlesBadgesAndSearchText()
    {
        FeatureListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")}};
        model.setItems(QJsonArray{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("wipe")},
                        {QStringLiteral("title"), QStringLiteral("Wipe")},
                        {QStringLiteral("description"), QStringLiteral("Deletes it all")},
                        {QStringLiteral("inputSchema"), schema},
                        {QStringLiteral("annotations"),
                         QJsonObject{{QStringLiteral("title"), QStringLiteral("Wipe Everything")},
                                     {QStringLiteral("destructiveHint"), true},
                                     {QStringLiteral("openWorldHint"), true},
                                     {QStringLiteral("idempotentHint"), false}}}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("look")},
                        {QStringLiteral("inputSchema"), schema},
                        {QStringLiteral("annotations"),
                         QJsonObject{{QStringLiteral("readOnlyHint"), true},
                                     {QStringLiteral("destructiveHint"), true},
                                     {QStringLiteral("idempotentHint"), true}}}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("plain")},
                        {QStringLiteral("inputSchema"), schema}}});
        QCOMPARE(model.index(0).data(FeatureListModel::TitleRole).toString(),
                 QStringLiteral("Wipe Everything"));
        QCOMPARE(model.index(0).data(FeatureListModel::BadgesRole).toStringList(),
                 (QStringList{QStringLiteral("destructive"), QStringLiteral("open world")}));
        // Read-only wins over a destructive hint (the spec ignores it then).
        QCOMPARE(model.index(1).data(FeatureListModel::BadgesRole).toStringList(),
                 (QStringList{QStringLiteral("read-only"), QStringLiteral("idempotent")}));
        QCOMPARE(model.index(2).data(FeatureListModel::TitleRole).toString(),
                 QStringLiteral("plain"));
        QCOMPARE(model.index(2).data(FeatureListModel::BadgesRole).toStringList(), QStringList());
        const QString search = model.index(0).data(FeatureListModel::SearchTextRole).toString();
        QVERIFY(search.contains(QStringLiteral("wipe")));
        QVERIFY(search.contains(QStringLiteral("Wipe Everything")));
        QVERIFY(search.contains(QStringLiteral("Deletes it all")));
        QCOMPARE(
            model.index(0).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Wipe Everything — wipe — destructive, open world — Deletes it all"));
    }
};

QTEST_GUILESS_MAIN(TestFeatureListModel)
#include "tst_feature_list_model.moc"
