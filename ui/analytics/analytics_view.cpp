#include "ui/analytics/analytics_view.h"

#include "ui/analytics/analytics_chart_view.h"
#include "ui/analytics/analytics_source.h"
#include "ui/common/theme.h"

#include "capture/capture_store.h"
#include "models/analytics_models.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace mcpscope {

namespace {

constexpr int kMaxAxisLabels = 3;
constexpr double kMinCountAxis = 4; // counts' axis: 0 … 4 at least, so ticks stay whole
constexpr int kLiveIntervalMs = 1000;

// RFC 4180 field; text that a spreadsheet would run as a formula gets a
// leading apostrophe (OWASP's CSV injection advice).
QString csvField(QString text)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && risky.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
        text.startsWith(QLatin1Char('\''))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

// A time as the axes show it: finer as the span shown gets shorter.
QString timeFormat(qint64 spanMs)
{
    if (spanMs >= 24 * 3600 * 1000)
        return QStringLiteral("MM-dd HH:mm");
    if (spanMs >= 20 * 1000)
        return QStringLiteral("HH:mm:ss");
    return QStringLiteral("mm:ss.zzz");
}

QString timeLabel(qint64 ms, qint64 spanMs)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(timeFormat(spanMs));
}

// Places up to kMaxAxisLabels labels on an index axis (bars at 0 … n-1).
void labelIndexAxis(QCategoryAxis *axis, int n, const std::function<QString(int)> &label)
{
    const QStringList old = axis->categoriesLabels();
    for (const QString &l : old)
        axis->remove(l);
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, std::max(0.5, n - 0.5));
    if (n <= 0)
        return;
    const int step = std::max(1, int(std::ceil(double(n) / kMaxAxisLabels)));
    QStringList used;
    for (int i = 0; i < n; i += step) {
        QString text = label(i);
        while (used.contains(text))
            text += QChar(0x200b); // labels must differ; an invisible space keeps them apart
        used << text;
        axis->append(text, i);
    }
}

QAbstractAxis *firstAxis(QChart *chart, Qt::Orientation orientation, Qt::Alignment alignment = {})
{
    const auto axes = chart->axes(orientation);
    for (QAbstractAxis *axis : axes)
        if (!alignment || axis->alignment() == alignment)
            return axis;
    return nullptr;
}

} // namespace

// One chart with its "no data" label laid over it.
struct AnalyticsView::Chart
{
    QWidget *frame = nullptr;
    AnalyticsChartView *view = nullptr;
    QChart *chart = nullptr;
    QLabel *noData = nullptr;
    QList<QAbstractSeries *> bands;
    bool timeAxisIsIndex = true; // bars: x is a bucket index; latency: x is ms

    void setEmpty(bool empty, const QString &text)
    {
        noData->setText(text);
        noData->setVisible(empty);
    }
};

AnalyticsView::AnalyticsView(AnalyticsSource *source, QWidget *parent)
    : QWidget(parent), m_source(source), m_liveDelay(new QTimer(this)),
      m_tableModel(new AnalyticsTableModel(this)), m_tableProxy(new QSortFilterProxyModel(this)),
      m_latencyModel(new AnalyticsChartModel(AnalyticsChartModel::Chart::Latency, this)),
      m_histogramModel(new AnalyticsChartModel(AnalyticsChartModel::Chart::Histogram, this)),
      m_outcomesModel(new AnalyticsChartModel(AnalyticsChartModel::Chart::Outcomes, this)),
      m_authModel(new AnalyticsChartModel(AnalyticsChartModel::Chart::Auth, this)),
      m_rateLimitModel(new AnalyticsChartModel(AnalyticsChartModel::Chart::RateLimit, this))
{
    setObjectName(QStringLiteral("analyticsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *bar = new QHBoxLayout;
    m_groupByLabel = new QLabel(this);
    m_groupByLabel->setTextFormat(Qt::PlainText);
    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(QStringLiteral("analyticsGroupBy"));
    m_groupBy->addItems({QString(), QString()});
    m_groupByLabel->setBuddy(m_groupBy);
    m_seriesLabel = new QLabel(this);
    m_seriesLabel->setTextFormat(Qt::PlainText);
    m_series = new QComboBox(this);
    m_series->setObjectName(QStringLiteral("latencySeries"));
    m_series->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_series->setMinimumContentsLength(16);
    m_seriesLabel->setBuddy(m_series);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("latencyKind"));
    m_kind->addItems({QString(), QString()});
    m_resetZoom = new QPushButton(this);
    m_resetZoom->setObjectName(QStringLiteral("resetZoom"));
    m_resetZoom->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("analyticsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    Theme::setTone(m_status, Theme::Tone::Muted);
    bar->addWidget(m_groupByLabel);
    bar->addWidget(m_groupBy);
    bar->addSpacing(12);
    bar->addWidget(m_seriesLabel);
    bar->addWidget(m_series);
    bar->addWidget(m_kind);
    bar->addSpacing(12);
    bar->addWidget(m_resetZoom);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);

    auto makeChart = [this](const char *name, bool indexAxis) {
        auto *c = new Chart;
        c->timeAxisIsIndex = indexAxis;
        c->frame = new QWidget(this);
        auto *stack = new QStackedLayout(c->frame);
        stack->setStackingMode(QStackedLayout::StackAll);
        c->view = new AnalyticsChartView(c->frame);
        c->view->setObjectName(QLatin1String(name));
        c->chart = new QChart;
        c->chart->setMargins(QMargins(4, 4, 4, 4));
        c->chart->legend()->setAlignment(Qt::AlignBottom);
        c->view->setChart(c->chart);
        c->view->setMinimumSize(240, 210);
        c->noData = new QLabel(c->frame);
        c->noData->setObjectName(QStringLiteral("noData"));
        c->noData->setTextFormat(Qt::PlainText);
        c->noData->setAlignment(Qt::AlignCenter);
        c->noData->setAttribute(Qt::WA_TransparentForMouseEvents);
        Theme::setTone(c->noData, Theme::Tone::Muted, QStringLiteral("font-size: 15px;"));
        stack->addWidget(c->noData);
        stack->addWidget(c->view);
        stack->setCurrentWidget(c->noData); // on top
        connect(c->view, &AnalyticsChartView::statusMessage, this, &AnalyticsView::statusMessage);
        connect(c->view, &AnalyticsChartView::rangeSelected, this,
                [this, c](double from, double to) {
                    if (m_dashboard.calls == 0)
                        return;
                    if (c->timeAxisIsIndex)
                        zoomTo(bucketStart(int(std::floor(from + 0.5))),
                               bucketStart(int(std::floor(to + 0.5))) +
                                   std::max<qint64>(1, m_dashboard.bucketMs) - 1);
                    else
                        zoomTo(qint64(from), qint64(to));
                });
        m_charts << c;
        return c;
    };
    m_latency = makeChart("latencyChart", false);
    m_histogram = makeChart("histogramChart", false);
    m_outcomes = makeChart("outcomesChart", true);
    m_auth = makeChart("authChart", true);
    m_rateLimit = makeChart("rateLimitChart", true);
    m_histogram->view->disconnect(this); // its x is latency, not time: no zoom
    connect(m_histogram->view, &AnalyticsChartView::statusMessage, this,
            &AnalyticsView::statusMessage);

    // Latency: three lines over a time axis.
    {
        QChart *chart = m_latency->chart;
        auto *x = new QDateTimeAxis;
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (int i = 0; i < 3; ++i) {
            auto *line = new QLineSeries(chart);
            line->setPointsVisible(true);
            line->setMarkerSize(7);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            connect(line, &QXYSeries::clicked, this, [this](const QPointF &point) {
                // The bucket whose start is nearest the point clicked.
                qint64 best = -1;
                for (int r = 0; r < m_latencyModel->rowCount(); ++r) {
                    const qint64 start = qint64(m_latencyModel->key(r));
                    const double middle = start + m_dashboard.bucketMs / 2.0;
                    if (best < 0 || std::abs(middle - point.x()) <
                                        std::abs(best + m_dashboard.bucketMs / 2.0 - point.x()))
                        best = start;
                }
                if (best < 0)
                    return;
                AnalyticsScope s = bucketScope(best);
                const QString series = m_latencyModel->series().isEmpty()
                                           ? m_series->currentData().toString()
                                           : m_latencyModel->series();
                (groupBy() == GroupBy::Tool ? s.tool : s.label) = series;
                requestExchanges(s);
            });
        }
    }
    // Histogram: one bar set over latency bins.
    {
        QChart *chart = m_histogram->chart;
        auto *series = new QBarSeries(chart);
        series->setBarWidth(0.95);
        series->append(new QBarSet(QString()));
        chart->addSeries(series);
        auto *x = new QCategoryAxis;
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->hide();
    }
    // Outcomes and auth events: stacked bars, a set per kind.
    auto makeStacked = [this](Chart *c, int sets, bool outcomes) {
        QChart *chart = c->chart;
        auto *series = new QStackedBarSeries(chart);
        series->setBarWidth(0.9);
        for (int i = 0; i < sets; ++i) {
            auto *set = new QBarSet(QString());
            series->append(set);
            connect(set, &QBarSet::clicked, this, [this, i, outcomes](int index) {
                AnalyticsScope s = bucketScope(bucketStart(index));
                if (outcomes)
                    requestExchanges(s, CallOutcome(i));
                else
                    requestExchanges(s, std::nullopt, AuthEvent(i + 1));
            });
        }
        chart->addSeries(series);
        auto *x = new QCategoryAxis;
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    makeStacked(m_outcomes, 7, true);
    makeStacked(m_auth, 9, false);
    // Rate limiting: 429s as bars, remaining quota and Retry-After as lines.
    {
        QChart *chart = m_rateLimit->chart;
        auto *bars = new QBarSeries(chart);
        auto *set = new QBarSet(QString());
        bars->append(set);
        connect(set, &QBarSet::clicked, this, [this](int index) {
            requestExchanges(bucketScope(bucketStart(index)), CallOutcome::ClientError);
        });
        chart->addSeries(bars);
        auto *remaining = new QLineSeries(chart);
        remaining->setPointsVisible(true);
        auto *retry = new QLineSeries(chart);
        retry->setPointsVisible(true);
        chart->addSeries(remaining);
        chart->addSeries(retry);
        auto *x = new QCategoryAxis;
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.0f"));
        auto *seconds = new QValueAxis;
        seconds->setLabelFormat(QStringLiteral("%.0f s"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(seconds, Qt::AlignRight);
        for (QAbstractSeries *s :
             {static_cast<QAbstractSeries *>(bars), static_cast<QAbstractSeries *>(remaining)}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        retry->attachAxis(x);
        retry->attachAxis(seconds);
    }

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    grid->addWidget(m_latency->frame, 0, 0, 1, 2);
    grid->addWidget(m_histogram->frame, 0, 2);
    grid->addWidget(m_outcomes->frame, 1, 0);
    grid->addWidget(m_auth->frame, 1, 1);
    grid->addWidget(m_rateLimit->frame, 1, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);

    m_tableProxy->setSourceModel(m_tableModel);
    m_tableProxy->setSortRole(AnalyticsTableModel::RawValueRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("analyticsTable"));
    m_table->setModel(m_tableProxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AnalyticsTableModel::CallsColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AnalyticsTableModel::SeriesColumn,
                                                      QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_exportCsv = new QAction(this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_table->addAction(m_exportCsv);

    auto *crossingsBox = new QWidget(this);
    auto *crossingsLayout = new QVBoxLayout(crossingsBox);
    crossingsLayout->setContentsMargins(0, 0, 0, 0);
    m_crossingsLabel = new QLabel(crossingsBox);
    m_crossingsLabel->setTextFormat(Qt::PlainText);
    m_crossings = new QListWidget(crossingsBox);
    m_crossings->setObjectName(QStringLiteral("analyticsCrossings"));
    m_crossings->setWordWrap(true);
    crossingsLayout->addWidget(m_crossingsLabel);
    crossingsLayout->addWidget(m_crossings, 1);

    auto *sessionsBox = new QWidget(this);
    auto *sessionsLayout = new QVBoxLayout(sessionsBox);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    m_sessionsLabel = new QLabel(sessionsBox);
    m_sessionsLabel->setTextFormat(Qt::PlainText);
    m_sessions = new QListWidget(sessionsBox);
    m_sessions->setObjectName(QStringLiteral("analyticsSessions"));
    sessionsLayout->addWidget(m_sessionsLabel);
    sessionsLayout->addWidget(m_sessions, 1);
    sessionsBox->hide();

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(sessionsBox);
    lower->addWidget(m_table);
    lower->addWidget(crossingsBox);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 5);
    lower->setStretchFactor(2, 1);
    crossingsBox->setMinimumWidth(160);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("analyticsSplit"));
    // Charts keep a readable size; a small window scrolls them instead.
    auto *chartsScroll = new QScrollArea(this);
    chartsScroll->setObjectName(QStringLiteral("analyticsCharts"));
    chartsScroll->setWidget(charts);
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    m_split->addWidget(chartsScroll);
    m_split->addWidget(lower);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    layout->addWidget(m_split, 1);

    m_liveDelay->setSingleShot(true);
    m_liveDelay->setInterval(kLiveIntervalMs);
    connect(m_liveDelay, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_dirty = true;
    });
    if (m_source) {
        connect(m_source, &AnalyticsSource::ready, this, &AnalyticsView::applyDashboard);
        connect(m_source, &AnalyticsSource::failed, this,
                [this](qint64 generation, const Error &error) {
                    if (generation != m_pending)
                        return;
                    m_status->setText(tr("Analytics could not be computed: %1").arg(error.message));
                    Q_EMIT statusMessage(m_status->text());
                });
    }
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        m_series->clear();
        refresh();
    });
    connect(m_series, &QComboBox::currentIndexChanged, this, [this] {
        if (m_seriesUpdating)
            return;
        m_latencyModel->setSeries(m_series->currentData().toString());
        drawLatency();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        const LatencyKind kind = index == 1 ? LatencyKind::Ttfb : LatencyKind::Total;
        m_latencyModel->setLatencyKind(kind);
        m_tableModel->setLatencyKind(kind);
        drawLatency();
    });
    connect(m_resetZoom, &QPushButton::clicked, this, &AnalyticsView::resetZoom);
    connect(m_sessions, &QListWidget::itemChanged, this, [this] { refresh(); });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString series =
            m_tableProxy->index(index.row(), 0).data(AnalyticsTableModel::SeriesRole).toString();
        AnalyticsScope s = scope();
        (groupBy() == GroupBy::Tool ? s.tool : s.label) = series;
        requestExchanges(s);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &AnalyticsView::showTableMenu);
    connect(m_exportCsv, &QAction::triggered, this, &AnalyticsView::exportCsvWithDialog);
    connect(m_crossings, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int i = item->data(Qt::UserRole).toInt();
        if (i >= 0 && i < m_dashboard.crossings.size() &&
            !m_dashboard.crossings.at(i).exchangeIds.isEmpty())
            Q_EMIT exchangesRequested(m_dashboard.crossings.at(i).exchangeIds);
    });
    connect(Theme::Notifier::instance(), &Theme::Notifier::changed, this, [this] { recolour(); });

    retranslateUi();
    redraw();
}

AnalyticsView::~AnalyticsView()
{
    qDeleteAll(m_charts);
}

void AnalyticsView::setSessions(const QList<qint64> &sessionIds)
{
    m_fixedSessions = sessionIds;
    m_dirty = true;
    if (isVisible())
        refresh();
}

void AnalyticsView::setSessionChoices(const QList<std::pair<qint64, QString>> &sessions)
{
    QList<qint64> checked;
    for (int i = 0; i < m_sessions->count(); ++i)
        if (m_sessions->item(i)->checkState() == Qt::Checked)
            checked << m_sessions->item(i)->data(Qt::UserRole).toLongLong();
    m_sessions->blockSignals(true);
    m_sessions->clear();
    for (const auto &[id, title] : sessions) {
        auto *item = new QListWidgetItem(title, m_sessions);
        item->setData(Qt::UserRole, id);
        item->setToolTip(title);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_sessions->blockSignals(false);
    m_sessions->parentWidget()->show();
}

void AnalyticsView::followStore(CaptureStore *store)
{
    if (!store)
        return;
    connect(store, &CaptureStore::exchangesCommitted, this, [this] {
        if (!m_liveDelay->isActive())
            m_liveDelay->start();
    });
}

void AnalyticsView::refresh()
{
    m_dirty = false;
    if (!m_source) {
        updateStatus();
        return;
    }
    m_pending = m_source->request(scope(), groupBy(), 0);
}

AnalyticsScope AnalyticsView::scope() const
{
    AnalyticsScope s;
    s.sessionIds = m_fixedSessions;
    if (m_sessions->parentWidget()->isVisibleTo(this) || m_sessions->count() > 0)
        for (int i = 0; i < m_sessions->count(); ++i)
            if (m_sessions->item(i)->checkState() == Qt::Checked)
                s.sessionIds << m_sessions->item(i)->data(Qt::UserRole).toLongLong();
    s.fromMs = m_zoomFrom;
    s.toMs = m_zoomTo;
    return s;
}

GroupBy AnalyticsView::groupBy() const
{
    return m_groupBy->currentIndex() == 1 ? GroupBy::Tool : GroupBy::Label;
}

void AnalyticsView::applyDashboard(const Dashboard &dashboard)
{
    if (dashboard.generation != m_pending)
        return; // a newer request is under way: this one is stale
    m_dashboard = dashboard;
    m_tableModel->setRows(dashboard.table);
    m_histogramModel->setDashboard(dashboard);
    m_outcomesModel->setDashboard(dashboard);
    m_authModel->setDashboard(dashboard);
    m_rateLimitModel->setDashboard(dashboard);

    // The series picker keeps its choice while that series is still drawn.
    const QString chosen = m_series->currentData().toString();
    const QStringList names = AnalyticsChartModel::latencySeries(dashboard);
    m_seriesUpdating = true;
    m_series->clear();
    for (const QString &name : names)
        m_series->addItem(name.isEmpty() ? tr("(none)") : name, name);
    const int keep = chosen.isEmpty() ? -1 : m_series->findData(chosen);
    m_series->setCurrentIndex(keep >= 0 ? keep : (names.isEmpty() ? -1 : 0));
    m_seriesUpdating = false;
    m_latencyModel->setSeries(m_series->currentData().toString());
    m_latencyModel->setDashboard(dashboard);

    redraw();
    Q_EMIT dashboardShown(dashboard.generation);
}

void AnalyticsView::redraw()
{
    drawLatency();
    drawHistogram();
    drawStackedBars();
    drawRateLimit();
    drawCrossings();
    recolour();
    updateStatus();
}

void AnalyticsView::drawLatency()
{
    QChart *chart = m_latency->chart;
    const auto series = chart->series();
    double top = 0;
    for (int c = 0; c < 3; ++c) {
        auto *line = qobject_cast<QLineSeries *>(series.at(c));
        QList<QPointF> points;
        for (int r = 0; r < m_latencyModel->rowCount(); ++r) {
            const double v = m_latencyModel->value(r, c + 1);
            if (!std::isnan(v)) {
                // At the bucket's middle, as the bars are.
                points << QPointF(m_latencyModel->key(r) + m_dashboard.bucketMs / 2.0, v);
                top = std::max(top, v);
            }
        }
        line->replace(points);
        line->setName(m_latencyModel->headerData(c + 1, Qt::Horizontal).toString());
    }
    auto *x = qobject_cast<QDateTimeAxis *>(firstAxis(chart, Qt::Horizontal));
    auto *y = qobject_cast<QValueAxis *>(firstAxis(chart, Qt::Vertical));
    // The whole scope's range, so the latency lines up with the bars below.
    qint64 from = m_dashboard.fromMs, to = m_dashboard.toMs + m_dashboard.bucketMs;
    if (m_latencyModel->rowCount() > 0) {
        from = std::min<qint64>(from > 0 ? from : std::numeric_limits<qint64>::max(),
                                qint64(m_latencyModel->key(0)));
        to = std::max<qint64>(to, qint64(m_latencyModel->key(m_latencyModel->rowCount() - 1)) +
                                      m_dashboard.bucketMs);
    }
    if (to <= from)
        to = from + 1000;
    x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    x->setFormat(timeFormat(to - from));
    x->setTickCount(5);
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();
    const bool ttfb = m_kind->currentIndex() == 1;
    const QString name = m_series->currentText();
    chart->setTitle(name.isEmpty() ? (ttfb ? tr("Time to first byte (ms)") : tr("Latency (ms)"))
                    : ttfb         ? tr("Time to first byte of %1 (ms)").arg(name)
                                   : tr("Latency of %1 (ms)").arg(name));
    m_latency->setEmpty(m_latencyModel->isEmpty(), tr("No data"));
    drawCrossings();
}

void AnalyticsView::drawHistogram()
{
    QChart *chart = m_histogram->chart;
    auto *bars = qobject_cast<QBarSeries *>(chart->series().at(0));
    QBarSet *set = bars->barSets().at(0);
    QList<qreal> counts;
    qreal top = 0;
    for (int r = 0; r < m_histogramModel->rowCount(); ++r) {
        counts << m_histogramModel->value(r, 1);
        top = std::max(top, counts.last());
    }
    set->remove(0, set->count());
    set->append(counts);
    set->setLabel(tr("Calls"));
    labelIndexAxis(qobject_cast<QCategoryAxis *>(firstAxis(chart, Qt::Horizontal)),
                   int(counts.size()), [this](int i) {
                       return QLocale().toString(m_histogramModel->key(i), 'f',
                                                 m_histogramModel->key(i) < 10 ? 1 : 0);
                   });
    auto *y = qobject_cast<QValueAxis *>(firstAxis(chart, Qt::Vertical));
    y->setRange(0, std::max(kMinCountAxis, top * 1.1));
    y->applyNiceNumbers();
    chart->setTitle(tr("Latency distribution (ms)"));
    m_histogram->setEmpty(counts.isEmpty(), tr("No data"));
}

void AnalyticsView::drawStackedBars()
{
    for (auto [c, model, title, empty] :
         {std::tuple{m_outcomes, m_outcomesModel, tr("Calls by outcome"), tr("No data")},
          std::tuple{m_auth, m_authModel, tr("Authentication events"),
                     tr("No authentication events")}}) {
        QChart *chart = c->chart;
        auto *stacked = qobject_cast<QStackedBarSeries *>(chart->series().at(0));
        const auto sets = stacked->barSets();
        double top = 0, total = 0;
        QList<double> sums(model->rowCount(), 0.0);
        for (int s = 0; s < sets.size(); ++s) {
            QList<qreal> values;
            double setTotal = 0;
            for (int r = 0; r < model->rowCount(); ++r) {
                const double v = model->value(r, s + 1);
                values << (std::isnan(v) ? 0 : v);
                sums[r] += values.last();
                setTotal += values.last();
            }
            QBarSet *set = sets.at(s);
            set->remove(0, set->count());
            set->append(values);
            set->setLabel(model->headerData(s + 1, Qt::Horizontal).toString());
            total += setTotal;
            // Only what happened gets a legend entry.
            const auto markers = chart->legend()->markers(stacked);
            if (s < markers.size())
                markers.at(s)->setVisible(setTotal > 0);
        }
        for (double v : std::as_const(sums))
            top = std::max(top, v);
        labelIndexAxis(qobject_cast<QCategoryAxis *>(firstAxis(chart, Qt::Horizontal)),
                       model->rowCount(), [this, model](int i) {
                           return timeLabel(qint64(model->key(i)),
                                            m_dashboard.toMs - m_dashboard.fromMs);
                       });
        auto *y = qobject_cast<QValueAxis *>(firstAxis(chart, Qt::Vertical));
        y->setRange(0, std::max(kMinCountAxis, top * 1.1));
        y->applyNiceNumbers();
        chart->setTitle(title);
        c->setEmpty(total <= 0, empty);
    }
}

void AnalyticsView::drawRateLimit()
{
    QChart *chart = m_rateLimit->chart;
    const auto series = chart->series();
    auto *bars = qobject_cast<QBarSeries *>(series.at(0));
    auto *remaining = qobject_cast<QLineSeries *>(series.at(1));
    auto *retry = qobject_cast<QLineSeries *>(series.at(2));
    QList<qreal> tooMany;
    QList<QPointF> remainingPoints, retryPoints;
    double top = 0, topSeconds = 0;
    bool anything = false;
    for (int r = 0; r < m_rateLimitModel->rowCount(); ++r) {
        const double n = m_rateLimitModel->value(r, 1);
        tooMany << n;
        top = std::max(top, n);
        anything = anything || n > 0;
        if (const double s = m_rateLimitModel->value(r, 2); !std::isnan(s)) {
            retryPoints << QPointF(r, s);
            topSeconds = std::max(topSeconds, s);
            anything = true;
        }
        if (const double left = m_rateLimitModel->value(r, 3); !std::isnan(left)) {
            remainingPoints << QPointF(r, left);
            top = std::max(top, left);
            anything = true;
        }
    }
    QBarSet *set = bars->barSets().at(0);
    set->remove(0, set->count());
    set->append(tooMany);
    set->setLabel(m_rateLimitModel->headerData(1, Qt::Horizontal).toString());
    retry->replace(retryPoints);
    retry->setName(m_rateLimitModel->headerData(2, Qt::Horizontal).toString());
    remaining->replace(remainingPoints);
    remaining->setName(m_rateLimitModel->headerData(3, Qt::Horizontal).toString());
    labelIndexAxis(qobject_cast<QCategoryAxis *>(firstAxis(chart, Qt::Horizontal)),
                   m_rateLimitModel->rowCount(), [this](int i) {
                       return timeLabel(qint64(m_rateLimitModel->key(i)),
                                        m_dashboard.toMs - m_dashboard.fromMs);
                   });
    auto *y = qobject_cast<QValueAxis *>(firstAxis(chart, Qt::Vertical, Qt::AlignLeft));
    y->setRange(0, std::max(kMinCountAxis, top * 1.1));
    y->applyNiceNumbers();
    auto *seconds = qobject_cast<QValueAxis *>(firstAxis(chart, Qt::Vertical, Qt::AlignRight));
    seconds->setRange(0, topSeconds > 0 ? topSeconds * 1.1 : 1);
    seconds->setVisible(topSeconds > 0);
    chart->setTitle(tr("Rate limiting"));
    m_rateLimit->setEmpty(!anything, tr("No rate limiting seen"));
}

void AnalyticsView::drawCrossings()
{
    // Shade each crossing's window on the latency and outcome charts.
    for (Chart *c : {m_latency, m_outcomes}) {
        for (QAbstractSeries *band : std::as_const(c->bands)) {
            c->chart->removeSeries(band);
            delete band;
        }
        c->bands.clear();
    }
    m_crossings->clear();
    for (int i = 0; i < m_dashboard.crossings.size(); ++i) {
        const Finding &f = m_dashboard.crossings.at(i);
        const qint64 from = f.atMs;
        qint64 to = 0;
        if (f.arguments.size() > 3)
            to = QDateTime::fromString(f.arguments.at(3), Qt::ISODateWithMs).toMSecsSinceEpoch();
        if (to <= from)
            to = from + std::max<qint64>(1000, m_dashboard.bucketMs);
        auto *item = new QListWidgetItem(
            tr("%1 — %2 to %3").arg(f.title(), timeLabel(from, 0), timeLabel(to, 0)), m_crossings);
        item->setData(Qt::UserRole, i);
        item->setToolTip(f.summary());
        for (Chart *c : {m_latency, m_outcomes}) {
            auto *x = firstAxis(c->chart, Qt::Horizontal);
            auto *y = qobject_cast<QValueAxis *>(firstAxis(c->chart, Qt::Vertical));
            double x0 = from, x1 = to;
            if (c->timeAxisIsIndex) {
                if (m_dashboard.bucketMs <= 0 || m_dashboard.outcomes.isEmpty())
                    continue;
                const double first = double(m_dashboard.outcomes.first().bucketStartMs);
                x0 = (from - first) / m_dashboard.bucketMs - 0.5;
                x1 = (to - first) / m_dashboard.bucketMs - 0.5;
            }
            auto *upper = new QLineSeries;
            auto *lower = new QLineSeries;
            const double top = y ? y->max() : 1;
            upper->append({QPointF(x0, top), QPointF(x1, top)});
            lower->append({QPointF(x0, 0), QPointF(x1, 0)});
            auto *band = new QAreaSeries(upper, lower);
            upper->setParent(band);
            lower->setParent(band);
            band->setName(f.title());
            c->chart->addSeries(band);
            band->attachAxis(x);
            band->attachAxis(y);
            const auto markers = c->chart->legend()->markers(band);
            for (QLegendMarker *m : markers)
                m->setVisible(false);
            connect(band, &QAreaSeries::clicked, this, [this, i] {
                if (i < m_dashboard.crossings.size())
                    Q_EMIT exchangesRequested(m_dashboard.crossings.at(i).exchangeIds);
            });
            c->bands << band;
        }
    }
    m_crossingsLabel->setText(
        tr("Threshold crossings: %n", nullptr, int(m_dashboard.crossings.size())));
    recolour();
}

void AnalyticsView::recolour()
{
    const QPalette p = palette();
    for (Chart *c : std::as_const(m_charts))
        c->view->applyPalette(p);
    const auto latency = m_latency->chart->series();
    for (int i = 0; i < 3 && i < latency.size(); ++i)
        if (auto *line = qobject_cast<QLineSeries *>(latency.at(i))) {
            QPen pen(Theme::chartSeriesColor(i, p));
            pen.setWidthF(2);
            line->setPen(pen);
            line->setBrush(pen.color());
        }
    if (auto *bars = qobject_cast<QBarSeries *>(m_histogram->chart->series().value(0)))
        for (QBarSet *set : bars->barSets()) {
            set->setColor(Theme::chartSeriesColor(0, p));
            set->setBorderColor(p.color(QPalette::Base));
        }
    if (auto *stacked = qobject_cast<QStackedBarSeries *>(m_outcomes->chart->series().value(0))) {
        const auto sets = stacked->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            sets.at(i)->setColor(Theme::chartOutcomeColor(i, p));
            sets.at(i)->setBorderColor(p.color(QPalette::Base));
        }
    }
    if (auto *stacked = qobject_cast<QStackedBarSeries *>(m_auth->chart->series().value(0))) {
        const auto sets = stacked->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            sets.at(i)->setColor(Theme::chartSeriesColor(i, p));
            sets.at(i)->setBorderColor(p.color(QPalette::Base));
        }
    }
    const auto rate = m_rateLimit->chart->series();
    if (auto *bars = qobject_cast<QBarSeries *>(rate.value(0)))
        for (QBarSet *set : bars->barSets()) {
            set->setColor(Theme::chartOutcomeColor(1, p));
            set->setBorderColor(p.color(QPalette::Base));
        }
    for (int i = 1; i < 3 && i < rate.size(); ++i)
        if (auto *line = qobject_cast<QLineSeries *>(rate.at(i))) {
            QPen pen(Theme::chartSeriesColor(i == 1 ? 0 : 3, p));
            pen.setWidthF(2);
            line->setPen(pen);
        }
    for (Chart *c : {m_latency, m_outcomes})
        for (QAbstractSeries *s : std::as_const(c->bands))
            if (auto *band = qobject_cast<QAreaSeries *>(s)) {
                band->setBrush(Theme::chartBandColor(p));
                band->setPen(Qt::NoPen);
            }
}

void AnalyticsView::updateStatus()
{
    QString text;
    if (!m_source)
        text = tr("Analytics are not available for this capture");
    else if (m_dashboard.generation == 0)
        text = tr("Computing…");
    else if (m_dashboard.calls == 0)
        text = tr("No data: no calls recorded in this scope yet");
    else {
        text = tr("%n call(s)", nullptr, int(m_dashboard.calls));
        if (m_dashboard.bucketMs > 0)
            text += tr(" · %1 s per bucket").arg(QLocale().toString(m_dashboard.bucketMs / 1000.0));
        if (m_zoomFrom > 0 || m_zoomTo > 0)
            text += tr(" · zoomed to %1 – %2")
                        .arg(timeLabel(m_zoomFrom, m_zoomTo - m_zoomFrom),
                             timeLabel(m_zoomTo, m_zoomTo - m_zoomFrom));
        if (m_dashboard.capped)
            text += tr(" · capped: the busiest series are drawn, the table holds the rest");
    }
    m_status->setText(text);
    m_resetZoom->setEnabled(m_zoomFrom > 0 || m_zoomTo > 0);
}

void AnalyticsView::zoomTo(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return;
    m_zoomFrom = fromMs;
    m_zoomTo = toMs;
    updateStatus();
    refresh();
}

void AnalyticsView::resetZoom()
{
    m_zoomFrom = m_zoomTo = 0;
    updateStatus();
    refresh();
}

qint64 AnalyticsView::bucketStart(int index) const
{
    const qint64 first = m_dashboard.outcomes.isEmpty()
                             ? m_dashboard.fromMs
                             : m_dashboard.outcomes.first().bucketStartMs;
    return first + qint64(std::max(0, index)) * m_dashboard.bucketMs;
}

AnalyticsScope AnalyticsView::bucketScope(qint64 startMs) const
{
    AnalyticsScope s = scope();
    // Inclusive or exclusive, an integer bound one short of the next bucket
    // names this bucket only.
    s.fromMs = startMs;
    s.toMs = startMs + std::max<qint64>(1, m_dashboard.bucketMs) - 1;
    return s;
}

void AnalyticsView::requestExchanges(const AnalyticsScope &of, std::optional<CallOutcome> outcome,
                                     std::optional<AuthEvent> event)
{
    if (!m_source)
        return;
    auto ids = m_source->exchangeIds(of, outcome, event);
    if (!ids) {
        Q_EMIT statusMessage(tr("Could not read the exchanges: %1").arg(ids.error().message));
        return;
    }
    if (ids->isEmpty()) {
        Q_EMIT statusMessage(tr("No recorded HTTP exchanges behind this (stdio calls have none)"));
        return;
    }
    Q_EMIT exchangesRequested(*ids);
}

void AnalyticsView::showTableMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_exportCsv);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

bool AnalyticsView::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QStringList header;
    for (int c = 0; c < AnalyticsTableModel::ColumnCount; ++c)
        header << csvField(m_tableModel->headerData(c, Qt::Horizontal).toString());
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < m_tableProxy->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < AnalyticsTableModel::ColumnCount; ++c) {
            const QVariant raw = m_tableProxy->index(r, c).data(AnalyticsTableModel::RawValueRole);
            if (c == AnalyticsTableModel::SeriesColumn)
                cells << csvField(raw.toString());
            else if (raw.typeId() == QMetaType::Double)
                cells << (raw.toDouble() < 0 ? QString()
                                             : QString::number(raw.toDouble(), 'g', 12));
            else
                cells << raw.toString();
        }
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    file.write(out.toUtf8());
    return file.commit();
}

void AnalyticsView::exportCsvWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table as CSV"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Q_EMIT statusMessage(
        exportCsv(path)
            ? tr("Table exported to %1").arg(path)
            : tr("Could not write %1: check the folder exists and is writable").arg(path));
}

void AnalyticsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void AnalyticsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        recolour();
    QWidget::changeEvent(event);
}

void AnalyticsView::retranslateUi()
{
    m_groupByLabel->setText(tr("&Group by:"));
    m_groupBy->setItemText(0, tr("Method"));
    m_groupBy->setItemText(1, tr("Tool"));
    m_seriesLabel->setText(tr("&Latency of:"));
    m_kind->setItemText(0, tr("Total"));
    //: time to first byte
    m_kind->setItemText(1, tr("TTFB"));
    m_resetZoom->setText(tr("Reset Zoom"));
    m_resetZoom->setToolTip(tr("Drag across a chart to zoom every chart to that time range"));
    m_sessionsLabel->setText(tr("Sessions (none checked: all)"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_table->setToolTip(tr("Click a row to show its exchanges in the capture log"));
    redraw();
}

} // namespace mcpscope
