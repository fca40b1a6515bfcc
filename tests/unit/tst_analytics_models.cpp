#include "models/analytics_models.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include <cmath>

using namespace mcpscope;

// The models between a Dashboard and the charts and table: what each holds
// for a small dashboard, with QAbstractItemModelTester watching every reset.
class TestAnalyticsModels : public QObject
{
    Q_OBJECT

    static Dashboard sample()
    {
        Dashboard d;
        d.generation = 4;
        d.bucketMs = 1000;
        d.fromMs = 10000;
        d.toMs = 12999;
        d.calls = 7;
        Percentiles slow{3, 20, 40, 40, 40};
        Percentiles fast{2, 1, 2, 2, 2};
        d.latency = {{10000, QStringLiteral("tools/call"), slow, fast},
                     {11000, QStringLiteral("tools/call"), slow, {}},
                     {10000, QStringLiteral("initialize"), fast, fast}};
        d.histogram = {{0, 10, 4}, {10, 20, 3}};
        OutcomePoint o{10000, {}};
        o.byOutcome[0] = 5;
        o.byOutcome[4] = 2;
        d.outcomes = {o, OutcomePoint{11000, {}}};
        AuthPoint a{10000, {}};
        a.byEvent[1] = 1;
        a.byEvent[9] = 2;
        d.auth = {a};
        d.rateLimit = {RateLimitPoint{10000, 2, 3000, 5, 100}, RateLimitPoint{11000}};
        TableRow busy{QStringLiteral("tools/call"), 5, 2, 0.4, slow, fast, 500, 50};
        TableRow quiet{QStringLiteral("initialize"), 2, 0, 0, fast, fast, 20, 10};
        d.table = {busy, quiet};
        return d;
    }

private Q_SLOTS:
    void tableShowsTheRowsAndSortsOnRawValues()
    {
        AnalyticsTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(sample().table);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(AnalyticsTableModel::ColumnCount));
        QCOMPARE(model.index(0, AnalyticsTableModel::ErrorRateColumn).data().toString(),
                 QStringLiteral("40.0%"));
        QCOMPARE(model.index(0, AnalyticsTableModel::P95Column)
                     .data(AnalyticsTableModel::RawValueRole)
                     .toDouble(),
                 40.0);
        model.setLatencyKind(LatencyKind::Ttfb);
        QCOMPARE(model.index(0, AnalyticsTableModel::P95Column)
                     .data(AnalyticsTableModel::RawValueRole)
                     .toDouble(),
                 2.0);
        QVERIFY(model.headerData(AnalyticsTableModel::P95Column, Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("TTFB")));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(AnalyticsTableModel::RawValueRole);
        proxy.sort(AnalyticsTableModel::CallsColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("initialize"));
        // No latency: a dash, not -1.
        TableRow none{QStringLiteral("GET /mcp"), 1, 1, 1.0, {}, {}, 0, 0};
        model.setRows({none});
        QCOMPARE(model.index(0, AnalyticsTableModel::P50Column).data().toString(),
                 QStringLiteral("—"));
    }

    void chartModelsHoldWhatTheChartsDraw()
    {
        const Dashboard d = sample();
        AnalyticsChartModel latency(AnalyticsChartModel::Chart::Latency);
        QAbstractItemModelTester tester(&latency,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(latency.rowCount(), 0);
        latency.setDashboard(d);
        // The busiest series first, by default.
        QCOMPARE(AnalyticsChartModel::latencySeries(d),
                 (QStringList{QStringLiteral("tools/call"), QStringLiteral("initialize")}));
        QCOMPARE(latency.rowCount(), 2);
        QCOMPARE(latency.columnCount(), 4);
        QCOMPARE(latency.key(1), 11000.0);
        QCOMPARE(latency.value(0, 2), 40.0);
        latency.setLatencyKind(LatencyKind::Ttfb);
        QCOMPARE(latency.rowCount(), 1); // the second bucket had no ttfb
        QCOMPARE(latency.value(0, 1), 1.0);
        latency.setSeries(QStringLiteral("initialize"));
        QCOMPARE(latency.rowCount(), 1);

        AnalyticsChartModel outcomes(AnalyticsChartModel::Chart::Outcomes);
        QAbstractItemModelTester t2(&outcomes,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        outcomes.setDashboard(d);
        QCOMPARE(outcomes.rowCount(), 2);
        QCOMPARE(outcomes.columnCount(), 8);
        QCOMPARE(outcomes.value(0, 1 + int(CallOutcome::RpcError)), 2.0);
        QCOMPARE(outcomes.headerData(1 + int(CallOutcome::RpcError), Qt::Horizontal).toString(),
                 QStringLiteral("JSON-RPC error"));

        AnalyticsChartModel auth(AnalyticsChartModel::Chart::Auth);
        QAbstractItemModelTester t3(&auth, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auth.setDashboard(d);
        QCOMPARE(auth.columnCount(), 10); // None is left out
        QCOMPARE(auth.value(0, int(AuthEvent::TokenExpired)), 2.0);

        AnalyticsChartModel rate(AnalyticsChartModel::Chart::RateLimit);
        QAbstractItemModelTester t4(&rate, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rate.setDashboard(d);
        QCOMPARE(rate.value(0, 2), 3.0); // seconds
        QVERIFY(std::isnan(rate.value(1, 2)));
        QVERIFY(!rate.index(1, 2).data().isValid());

        AnalyticsChartModel histogram(AnalyticsChartModel::Chart::Histogram);
        histogram.setDashboard(d);
        QCOMPARE(histogram.rowCount(), 2);
        QCOMPARE(histogram.value(1, 1), 3.0);

        histogram.setDashboard({});
        QVERIFY(histogram.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsModels)
#include "tst_analytics_models.moc"
