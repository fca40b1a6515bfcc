#pragma once

#include "models/analytics_dashboard.h"

#include <QWidget>

#include <optional>

class QAbstractSeries;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

namespace mcpscope {

class AnalyticsChartModel;
class AnalyticsChartView;
class AnalyticsSource;
class AnalyticsTableModel;
class CaptureStore;

// The Analytics room: five charts and a table over one scope (a session's
// tab, or the whole store / the sessions checked in its picker), drawn from
// the models the newest Dashboard fills; nothing is computed here.
//  - latencyChart: p50/p95/p99 over time of one method or tool
//    (latencySeries picker; latencyKind: total or time to first byte), with
//    histogramChart beside it; outcomesChart (calls stacked by outcome),
//    authChart (auth events), rateLimitChart (429s, longest Retry-After,
//    lowest remaining quota); each says "No data" (a label named noData)
//    when it has nothing to draw.
//  - analyticsTable: the per-series table, sortable; its context menu's
//    exportCsv writes it as CSV. analyticsCrossings lists the threshold
//    crossings, which the latency and outcome charts shade.
//  - Clicking a point, a bar, a table row or a crossing emits
//    exchangesRequested with exactly those exchanges (read through the
//    source): a latency point its series' calls in that bucket, an outcome
//    or auth bar that outcome's or event's calls in that bucket, a 429 bar
//    the bucket's 4xx calls (the query selects by outcome, not status), a
//    row its series' calls; the histogram is not clickable. Dragging across a time chart zooms
//    every chart to that range (resetZoom lifts it). analyticsGroupBy picks method or tool.
//  - analyticsStatus says what is shown: calls, range, "capped", or why not.
// Requests go to the source and return at once; a result older than the
// newest request is dropped.
class AnalyticsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsView)

public:
    // source may be null (this build or store has no analytics: the view
    // says so); the view does not take it over unless it is its child.
    explicit AnalyticsView(AnalyticsSource *source, QWidget *parent = nullptr);
    ~AnalyticsView() override;

    // A fixed scope: these sessions (empty: the whole store).
    void setSessions(const QList<qint64> &sessionIds);
    // Store-wide: a checkable list (analyticsSessions) of (id, title); none
    // checked is the whole store.
    void setSessionChoices(const QList<std::pair<qint64, QString>> &sessions);
    // Live: new exchanges in store trigger a new dashboard at most once a
    // second (only while the view is shown; on show otherwise).
    void followStore(CaptureStore *store);
    // Asks for a new dashboard of the current scope now.
    void refresh();

    AnalyticsScope scope() const;
    GroupBy groupBy() const;
    const Dashboard &dashboard() const { return m_dashboard; }
    // The table in CSV (RFC 4180; text cells guarded against spreadsheet
    // formulas), in the table's current order. False when path cannot be
    // written.
    bool exportCsv(const QString &path) const;

Q_SIGNALS:
    void exchangesRequested(const QList<qint64> &exchangeIds);
    void statusMessage(const QString &message);
    // After a dashboard has been drawn (generation as the source gave it).
    void dashboardShown(qint64 generation);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Chart;
    void retranslateUi();
    void applyDashboard(const Dashboard &dashboard);
    void redraw();
    void drawLatency();
    void drawHistogram();
    void drawStackedBars(); // outcomes and auth events
    void drawRateLimit();
    void drawCrossings();
    void recolour();
    void updateStatus();
    void zoomTo(qint64 fromMs, qint64 toMs);
    void resetZoom();
    // x of a bar chart (bucket index) as ms since the epoch.
    qint64 bucketStart(int index) const;
    void requestExchanges(const AnalyticsScope &of, std::optional<CallOutcome> outcome = {},
                          std::optional<AuthEvent> event = {});
    AnalyticsScope bucketScope(qint64 startMs) const;
    void showTableMenu(const QPoint &pos);
    void exportCsvWithDialog();

    AnalyticsSource *m_source;
    Dashboard m_dashboard;
    qint64 m_pending = 0;
    QList<qint64> m_fixedSessions;
    qint64 m_zoomFrom = 0, m_zoomTo = 0;
    bool m_dirty = true;
    bool m_seriesUpdating = false;
    QTimer *m_liveDelay;

    AnalyticsTableModel *m_tableModel;
    QSortFilterProxyModel *m_tableProxy;
    AnalyticsChartModel *m_latencyModel;
    AnalyticsChartModel *m_histogramModel;
    AnalyticsChartModel *m_outcomesModel;
    AnalyticsChartModel *m_authModel;
    AnalyticsChartModel *m_rateLimitModel;

    QLabel *m_groupByLabel;
    QComboBox *m_groupBy;
    QLabel *m_seriesLabel;
    QComboBox *m_series;
    QComboBox *m_kind;
    QPushButton *m_resetZoom;
    QLabel *m_status;
    QListWidget *m_sessions;
    QLabel *m_sessionsLabel;
    QList<Chart *> m_charts;
    Chart *m_latency;
    Chart *m_histogram;
    Chart *m_outcomes;
    Chart *m_auth;
    Chart *m_rateLimit;
    QLabel *m_crossingsLabel;
    QListWidget *m_crossings;
    QTableView *m_table;
    QAction *m_exportCsv;
    QSplitter *m_split;
};

} // namespace mcpscope
