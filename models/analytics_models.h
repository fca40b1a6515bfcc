#pragma once

#include "models/analytics_dashboard.h"

#include <QAbstractTableModel>

namespace mcpscope {

// The per-series table of a Dashboard: one row a method (or tool), its
// figures built in data(); a proxy sorts on RawValueRole. Latency columns
// show the total time or the time to first byte (setLatencyKind).
class AnalyticsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsTableModel)

public:
    enum Column
    {
        SeriesColumn,
        CallsColumn,
        ErrorsColumn,
        ErrorRateColumn,
        P50Column,
        P95Column,
        P99Column,
        MaxColumn,
        BytesInColumn,
        BytesOutColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole, // numbers as numbers (-1: no latency), the series name
        SeriesRole                   // the row's series (label or tool)
    };

    explicit AnalyticsTableModel(QObject *parent = nullptr);

    void setRows(const QList<TableRow> &rows);
    void setLatencyKind(LatencyKind kind);
    LatencyKind latencyKind() const { return m_kind; }
    const TableRow &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const TableRow &r, int column) const;
    QVariant internalValue(const TableRow &r, int column) const;

    QList<TableRow> m_rows;
    LatencyKind m_kind = LatencyKind::Total;
};

// What one chart draws, as a table: a row per x (a time bucket's start in
// ms since the epoch, or a histogram bin's lower edge in ms), a column per
// drawn series. Column 0 is x (KeyColumn); cells without a value (no calls
// of that series in the bucket) are null. The charts read these models, not
// the queries, so the chart library can change without touching them.
class AnalyticsChartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsChartModel)

public:
    enum class Chart
    {
        Latency,   // p50, p95, p99 of one series (setSeries) in one kind (setLatencyKind)
        Histogram, // count per bin; column 2 is the bin's upper edge
        Outcomes,  // calls per bucket by outcome (CallOutcome order)
        Auth,      // auth events per bucket (AuthEvent order, None left out)
        RateLimit  // 429s, longest Retry-After (s), lowest remaining, limit
    };
    enum
    {
        KeyColumn = 0
    };

    explicit AnalyticsChartModel(Chart chart, QObject *parent = nullptr);

    Chart chart() const { return m_chart; }
    void setDashboard(const Dashboard &dashboard);
    // Latency only: which series ("" = the busiest) and which time.
    void setSeries(const QString &series);
    QString series() const { return m_series; }
    void setLatencyKind(LatencyKind kind);

    // The series a latency chart can show, busiest first (the table's order
    // by calls).
    static QStringList latencySeries(const Dashboard &dashboard);
    // Outcome and auth event names, as the charts' legends show them.
    static QString outcomeName(CallOutcome outcome);
    static QString authEventName(AuthEvent event);

    // The value columns (1 … columnCount()-1).
    int valueColumnCount() const { return int(m_columns.size()); }
    double key(int row) const { return m_keys.at(row); }
    // NaN when the cell has no value.
    double value(int row, int column) const;
    bool isEmpty() const { return m_keys.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    Chart m_chart;
    Dashboard m_dashboard;
    QString m_series;
    LatencyKind m_kind = LatencyKind::Total;
    QStringList m_columns;
    QList<double> m_keys;
    QList<QList<double>> m_values; // [row][value column - 1]
};

} // namespace mcpscope
