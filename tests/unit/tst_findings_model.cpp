#include "models/findings_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mcpscope;

// The findings table's columns as a view and its sort/filter proxy read
// them: the shown texts (severity, group, the kind's title, the summary,
// the evidence), the raw values, the summary's tool tip (summary, cause and
// fix), the headers; rows appended one by one.
class TestFindingsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsRolesAndHeaders()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Finding limited =
            makeFinding("http.rate_limited", {QStringLiteral("tools/call")}, {7, 9});
        const Finding unauthorized = makeFinding("http.unauthorized");
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(limited);
        model.append(unauthorized);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.finding(1).kind, QStringLiteral("http.unauthorized"));

        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        // Shown.
        QCOMPARE(cell(0, FindingsModel::SeverityColumn).toString(),
                 severityName(FindingSeverity::Warning));
        QCOMPARE(cell(1, FindingsModel::SeverityColumn).toString(),
                 severityName(FindingSeverity::Error));
        QCOMPARE(cell(0, FindingsModel::GroupColumn).toString(), QStringLiteral("http"));
        QCOMPARE(cell(0, FindingsModel::KindColumn).toString(),
                 QStringLiteral("Rate limited (HTTP 429)"));
        QCOMPARE(cell(0, FindingsModel::SummaryColumn).toString(), limited.summary());
        QCOMPARE(cell(0, FindingsModel::EvidenceColumn).toString(), QStringLiteral("7, 9"));
        QCOMPARE(cell(1, FindingsModel::EvidenceColumn).toString(), QString());
        // Raw, for sorting and filtering.
        QCOMPARE(cell(1, FindingsModel::SeverityColumn, FindingsModel::RawValueRole).toInt(),
                 int(FindingSeverity::Error));
        QCOMPARE(cell(0, FindingsModel::GroupColumn, FindingsModel::RawValueRole).toString(),
                 QStringLiteral("http"));
        QCOMPARE(cell(0, FindingsModel::KindColumn, FindingsModel::RawValueRole).toString(),
                 QStringLiteral("http.rate_limited"));
        QCOMPARE(cell(0, FindingsModel::SummaryColumn, FindingsModel::RawValueRole).toString(),
                 limited.summary());
        QCOMPARE(cell(0, FindingsModel::EvidenceColumn, FindingsModel::RawValueRole).toLongLong(),
                 7);
        QCOMPARE(cell(1, FindingsModel::EvidenceColumn, FindingsModel::RawValueRole).toLongLong(),
                 0);
        // The whole text in the summary's tool tip only.
        QCOMPARE(cell(0, FindingsModel::SummaryColumn, Qt::ToolTipRole).toString(),
                 limited.message());
        QVERIFY(limited.message().contains(limited.fix()));
        QVERIFY(!cell(0, FindingsModel::KindColumn, Qt::ToolTipRole).isValid());
        QVERIFY(!cell(0, FindingsModel::KindColumn, Qt::DecorationRole).isValid());
        QCOMPARE(cell(1, 0, FindingsModel::FindingRole).value<Finding>(), unauthorized);

        QCOMPARE(model.headerData(FindingsModel::SeverityColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Severity"));
        QCOMPARE(model.headerData(FindingsModel::GroupColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Group"));
        QCOMPARE(model.headerData(FindingsModel::KindColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Finding"));
        QCOMPARE(model.headerData(FindingsModel::SummaryColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Summary"));
        QCOMPARE(model.headerData(FindingsModel::EvidenceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Exchanges"));
        QVERIFY(!model.headerData(FindingsModel::ColumnCount, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFindings({unauthorized});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(0, FindingsModel::GroupColumn).toString(), QStringLiteral("http"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFindingsModel)
#include "tst_findings_model.moc"
