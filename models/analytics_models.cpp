#include "models/analytics_models.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

#include <cmath>
#include <limits>

namespace mcpscope {

namespace {

constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

const Percentiles &percentilesOf(const TableRow &r, LatencyKind kind)
{
    return kind == LatencyKind::Total ? r.total : r.ttfb;
}

QString millis(double ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    return QLocale().toString(ms, 'f', ms < 10 ? 2 : 1);
}

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

AnalyticsTableModel::AnalyticsTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AnalyticsTableModel::setRows(const QList<TableRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void AnalyticsTableModel::setLatencyKind(LatencyKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, P50Column), index(rowCount() - 1, MaxColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, P50Column, MaxColumn);
}

int AnalyticsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnalyticsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnalyticsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(r, index.column());
    case Qt::ToolTipRole:
        return index.column() == SeriesColumn ? QVariant(r.series) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == SeriesColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        return internalValue(r, index.column());
    case SeriesRole:
        return r.series;
    default:
        return {};
    }
}

QVariant AnalyticsTableModel::displayValue(const TableRow &r, int column) const
{
    const Percentiles &p = percentilesOf(r, m_kind);
    switch (column) {
    case SeriesColumn:
        return r.series;
    case CallsColumn:
        return QLocale().toString(r.calls);
    case ErrorsColumn:
        return QLocale().toString(r.errors);
    case ErrorRateColumn:
        return QString(QLocale().toString(100.0 * r.errorRate, 'f', 1) + QLatin1Char('%'));
    case P50Column:
        return millis(p.p50);
    case P95Column:
        return millis(p.p95);
    case P99Column:
        return millis(p.p99);
    case MaxColumn:
        return millis(p.max);
    case BytesInColumn:
        return bytes(r.bytesIn);
    case BytesOutColumn:
        return bytes(r.bytesOut);
    default:
        return {};
    }
}

QVariant AnalyticsTableModel::internalValue(const TableRow &r, int column) const
{
    const Percentiles &p = percentilesOf(r, m_kind);
    switch (column) {
    case SeriesColumn:
        return r.series;
    case CallsColumn:
        return r.calls;
    case ErrorsColumn:
        return r.errors;
    case ErrorRateColumn:
        return r.errorRate;
    case P50Column:
        return p.p50;
    case P95Column:
        return p.p95;
    case P99Column:
        return p.p99;
    case MaxColumn:
        return p.max;
    case BytesInColumn:
        return r.bytesIn;
    case BytesOutColumn:
        return r.bytesOut;
    default:
        return {};
    }
}

QVariant AnalyticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const bool ttfb = m_kind == LatencyKind::Ttfb;
    switch (section) {
    case SeriesColumn:
        return tr("Method / tool");
    case CallsColumn:
        return tr("Calls");
    case ErrorsColumn:
        return tr("Errors");
    case ErrorRateColumn:
        return tr("Error rate");
    case P50Column:
        return ttfb ? tr("TTFB p50 (ms)") : tr("p50 (ms)");
    case P95Column:
        return ttfb ? tr("TTFB p95 (ms)") : tr("p95 (ms)");
    case P99Column:
        return ttfb ? tr("TTFB p99 (ms)") : tr("p99 (ms)");
    case MaxColumn:
        return ttfb ? tr("TTFB max (ms)") : tr("Max (ms)");
    case BytesInColumn:
        return tr("Bytes in");
    case BytesOutColumn:
        return tr("Bytes out");
    default:
        return {};
    }
}

AnalyticsChartModel::AnalyticsChartModel(Chart chart, QObject *parent)
    : QAbstractTableModel(parent), m_chart(chart)
{
    rebuild();
}

void AnalyticsChartModel::setDashboard(const Dashboard &dashboard)
{
    m_dashboard = dashboard;
    rebuild();
}

void AnalyticsChartModel::setSeries(const QString &series)
{
    if (series == m_series)
        return;
    m_series = series;
    rebuild();
}

void AnalyticsChartModel::setLatencyKind(LatencyKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    rebuild();
}

QStringList AnalyticsChartModel::latencySeries(const Dashboard &dashboard)
{
    // The table's order is the view's to choose; busiest first here.
    QList<TableRow> byCalls = dashboard.table;
    std::stable_sort(byCalls.begin(), byCalls.end(),
                     [](const TableRow &a, const TableRow &b) { return a.calls > b.calls; });
    QStringList names;
    for (const TableRow &r : std::as_const(byCalls))
        names << r.series;
    for (const LatencyPoint &p : dashboard.latency)
        if (!names.contains(p.series))
            names << p.series;
    // Only what the latency chart has points for (the table may hold more).
    QStringList drawn;
    for (const QString &name : std::as_const(names))
        for (const LatencyPoint &p : dashboard.latency)
            if (p.series == name) {
                drawn << name;
                break;
            }
    return drawn;
}

QString AnalyticsChartModel::outcomeName(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Success:
        return tr("Success");
    case CallOutcome::ClientError:
        return tr("4xx");
    case CallOutcome::ServerError:
        return tr("5xx");
    case CallOutcome::NetworkFailure:
        return tr("Network failure");
    case CallOutcome::RpcError:
        return tr("JSON-RPC error");
    case CallOutcome::ToolError:
        //: a tools/call whose result says isError
        return tr("Tool isError");
    case CallOutcome::NoAnswer:
        return tr("No answer");
    }
    return {};
}

QString AnalyticsChartModel::authEventName(AuthEvent event)
{
    switch (event) {
    case AuthEvent::None:
        return {};
    case AuthEvent::Unauthorized401:
        return tr("401");
    case AuthEvent::InsufficientScope403:
        return tr("403 insufficient_scope");
    case AuthEvent::SignIn:
        return tr("Sign-in");
    case AuthEvent::Refresh:
        return tr("Refresh");
    case AuthEvent::RefreshFailed:
        return tr("Refresh failed");
    case AuthEvent::InvalidGrant:
        return tr("invalid_grant");
    case AuthEvent::InvalidToken:
        return tr("invalid_token");
    case AuthEvent::Revocation:
        return tr("Revocation");
    case AuthEvent::TokenExpired:
        return tr("Token expiry");
    }
    return {};
}

void AnalyticsChartModel::rebuild()
{
    beginResetModel();
    m_keys.clear();
    m_values.clear();
    m_columns.clear();
    const Dashboard &d = m_dashboard;
    switch (m_chart) {
    case Chart::Latency: {
        m_columns = {tr("p50"), tr("p95"), tr("p99")};
        QString series = m_series;
        if (series.isEmpty()) {
            const QStringList names = latencySeries(d);
            series = names.isEmpty() ? QString() : names.first();
        }
        for (const LatencyPoint &p : d.latency) {
            if (p.series != series)
                continue;
            const Percentiles &q = m_kind == LatencyKind::Total ? p.total : p.ttfb;
            if (q.count <= 0)
                continue;
            auto v = [](double x) { return x < 0 ? kNoValue : x; };
            m_keys << double(p.bucketStartMs);
            m_values << QList<double>{v(q.p50), v(q.p95), v(q.p99)};
        }
        break;
    }
    case Chart::Histogram:
        m_columns = {tr("Calls"), tr("Up to (ms)")};
        for (const HistogramBin &b : d.histogram) {
            m_keys << b.fromMs;
            m_values << QList<double>{double(b.count), b.toMs};
        }
        break;
    case Chart::Outcomes:
        for (int i = 0; i < 7; ++i)
            m_columns << outcomeName(CallOutcome(i));
        for (const OutcomePoint &p : d.outcomes) {
            m_keys << double(p.bucketStartMs);
            QList<double> row;
            for (qint64 n : p.byOutcome)
                row << double(n);
            m_values << row;
        }
        break;
    case Chart::Auth:
        for (int i = 1; i < 10; ++i)
            m_columns << authEventName(AuthEvent(i));
        for (const AuthPoint &p : d.auth) {
            m_keys << double(p.bucketStartMs);
            QList<double> row;
            for (int i = 1; i < 10; ++i)
                row << double(p.byEvent[size_t(i)]);
            m_values << row;
        }
        break;
    case Chart::RateLimit:
        //: the lowest remaining quota a RateLimit header gave in a time bucket
        m_columns = {tr("429s"), tr("Retry-After (s)"), tr("Remaining"), tr("Limit")};
        for (const RateLimitPoint &p : d.rateLimit) {
            auto v = [](qint64 x) { return x < 0 ? kNoValue : double(x); };
            m_keys << double(p.bucketStartMs);
            m_values << QList<double>{double(p.tooMany),
                                      p.maxRetryAfterMs < 0 ? kNoValue : p.maxRetryAfterMs / 1000.0,
                                      v(p.minRemaining), v(p.limit)};
        }
        break;
    }
    endResetModel();
}

double AnalyticsChartModel::value(int row, int column) const
{
    if (row < 0 || row >= m_values.size() || column < 1 || column > m_columns.size())
        return kNoValue;
    return m_values.at(row).at(column - 1);
}

int AnalyticsChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int AnalyticsChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_columns.size());
}

QVariant AnalyticsChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == KeyColumn)
        return m_keys.at(index.row());
    const double v = value(index.row(), index.column());
    return std::isnan(v) ? QVariant() : QVariant(v);
}

QVariant AnalyticsChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == KeyColumn)
        return m_chart == Chart::Histogram ? tr("From (ms)") : tr("Time");
    if (section >= 1 && section <= m_columns.size())
        return m_columns.at(section - 1);
    return {};
}

} // namespace mcpscope
