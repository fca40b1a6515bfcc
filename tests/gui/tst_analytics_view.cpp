#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "mcp/mcp_client.h"
#include "models/analytics_models.h"
#include "models/capture_model.h"
#include "node_peer.h"
#include "recorded_store.h"
#include "screenshots.h"
#include "session/mcp_session.h"
#include "ui/analytics/analytics_chart_view.h"
#include "ui/analytics/analytics_source.h"
#include "ui/analytics/analytics_view.h"
#include "ui/capture/log_page.h"
#include "ui/main_window.h"
#include "ui/session/mcp_session_view.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

// One call as this test reads it from the exchanges rows, on its own (not
// through the facts table): the JSON-RPC method of the request body, else
// "<HTTP method> <path>".
struct Call
{
    qint64 exchangeId = 0;
    qint64 atMs = 0;
    QString label;
    double totalMs = -1, ttfbMs = -1;
    bool error = false;
    qint64 bytesIn = 0, bytesOut = 0;
};

QList<Call> callsOf(const QString &storePath, qint64 sessionId)
{
    CaptureReader reader;
    if (!reader.open(storePath))
        return {};
    CaptureFilter filter;
    filter.sessionId = sessionId;
    QList<Call> calls;
    for (const qint64 id : reader.exchangeIds(filter, 0, 100000).value_or(QList<qint64>{})) {
        const auto exchange = reader.exchange(id);
        if (!exchange || !exchange->has_value())
            continue;
        const Exchange &e = **exchange;
        if (e.state != Exchange::State::Complete && e.state != Exchange::State::Failed)
            continue;
        Call c;
        c.exchangeId = e.id;
        c.atMs = e.startedAtMs;
        const QJsonObject request = QJsonDocument::fromJson(e.requestBody).object();
        c.label = request.contains(QStringLiteral("method"))
                      ? request.value(QStringLiteral("method")).toString()
                      : QString::fromLatin1(e.method) + QLatin1Char(' ') + QUrl(e.url).path();
        c.totalMs = e.totalMs;
        c.ttfbMs = e.ttfbMs;
        c.error = e.failed() || e.status >= 400 || e.responseBody.contains("\"error\":{") ||
                  e.responseBody.contains("\"isError\":true");
        c.bytesIn = e.responseBody.size();
        c.bytesOut = e.requestBody.size();
        calls << c;
    }
    return calls;
}

// Nearest rank: the value at rank ceil(p/100 * n), 1-based, of the sorted
// non-negative values.
double nearestRank(QList<double> values, double p)
{
    values.removeIf([](double v) { return v < 0; });
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank, 1, values.size()) - 1);
}

QList<TableRow> tableOf(const QList<Call> &calls)
{
    QMap<QString, QList<Call>> by;
    for (const Call &c : calls)
        by[c.label] << c;
    QList<TableRow> rows;
    for (auto it = by.cbegin(); it != by.cend(); ++it) {
        TableRow r;
        r.series = it.key();
        QList<double> total, ttfb;
        for (const Call &c : it.value()) {
            ++r.calls;
            r.errors += c.error ? 1 : 0;
            r.bytesIn += c.bytesIn;
            r.bytesOut += c.bytesOut;
            total << c.totalMs;
            ttfb << c.ttfbMs;
        }
        r.errorRate = double(r.errors) / double(r.calls);
        for (auto [p, values] : {std::pair{&r.total, total}, std::pair{&r.ttfb, ttfb}}) {
            p->count =
                std::count_if(values.cbegin(), values.cend(), [](double v) { return v >= 0; });
            p->p50 = nearestRank(values, 50);
            p->p95 = nearestRank(values, 95);
            p->p99 = nearestRank(values, 99);
            p->max = nearestRank(values, 100);
        }
        rows << r;
    }
    return rows;
}

// A source over calls this test read itself, standing in for the
// AnalyticsWorker until the queries are merged. Every generation is
// answered, stale ones too, so the view's dropping of stale results is
// exercised.
class FakeSource final : public AnalyticsSource
{
public:
    QList<Call> calls;
    QList<Finding> crossings;
    QList<AnalyticsScope> requests;
    QList<AnalyticsScope> idRequests;

    qint64 request(const AnalyticsScope &scope, GroupBy, qint64) override
    {
        const qint64 generation = ++m_generation;
        requests << scope;
        QTimer::singleShot(0, this, [this, scope, generation] {
            Dashboard d = compute(scope);
            d.generation = generation;
            Q_EMIT ready(d);
        });
        return generation;
    }

    Result<QList<qint64>> exchangeIds(const AnalyticsScope &scope, std::optional<CallOutcome>,
                                      std::optional<AuthEvent>, int) override
    {
        idRequests << scope;
        QList<qint64> ids;
        for (const Call &c : std::as_const(calls))
            if (inScope(c, scope) && (scope.label.isEmpty() || c.label == scope.label))
                ids << c.exchangeId;
        return ids;
    }

    static bool inScope(const Call &c, const AnalyticsScope &s)
    {
        return (s.fromMs == 0 || c.atMs >= s.fromMs) && (s.toMs == 0 || c.atMs <= s.toMs);
    }

    Dashboard compute(const AnalyticsScope &scope) const
    {
        QList<Call> in;
        for (const Call &c : calls)
            if (inScope(c, scope))
                in << c;
        Dashboard d;
        d.calls = in.size();
        d.table = tableOf(in);
        d.crossings = crossings;
        if (in.isEmpty())
            return d;
        d.fromMs = in.first().atMs;
        d.toMs = in.first().atMs;
        for (const Call &c : std::as_const(in)) {
            d.fromMs = std::min(d.fromMs, c.atMs);
            d.toMs = std::max(d.toMs, c.atMs);
        }
        d.bucketMs = (d.toMs - d.fromMs) / 20 + 1; // about 20 buckets
        const int buckets = int((d.toMs - d.fromMs) / d.bucketMs) + 1;
        for (int b = 0; b < buckets; ++b) {
            const qint64 start = d.fromMs + b * d.bucketMs;
            OutcomePoint o{start, {}};
            RateLimitPoint rl{start};
            QMap<QString, QList<Call>> bySeries;
            for (const Call &c : std::as_const(in))
                if (c.atMs >= start && c.atMs < start + d.bucketMs) {
                    ++o.byOutcome[c.error ? size_t(CallOutcome::RpcError) : 0];
                    bySeries[c.label] << c;
                }
            d.outcomes << o;
            d.auth << AuthPoint{start, {}};
            d.rateLimit << rl;
            for (auto it = bySeries.cbegin(); it != bySeries.cend(); ++it) {
                const TableRow row = tableOf(it.value()).first();
                d.latency << LatencyPoint{start, it.key(), row.total, row.ttfb};
            }
        }
        double top = 0;
        for (const Call &c : std::as_const(in))
            top = std::max(top, c.totalMs);
        for (int i = 0; i < 10; ++i) {
            HistogramBin bin{top * i / 10, top * (i + 1) / 10, 0};
            for (const Call &c : std::as_const(in))
                if (c.totalMs >= bin.fromMs && (c.totalMs < bin.toMs || i == 9))
                    ++bin.count;
            d.histogram << bin;
        }
        return d;
    }

private:
    qint64 m_generation = 0;
};

// The view and a capture log on the same store, wired as the main window
// wires them: a click in the view filters the log.
struct Harness
{
    QWidget window;
    AnalyticsView *view;
    LogPage *log;

    Harness(AnalyticsSource *source, const QString &storePath)
    {
        auto *layout = new QHBoxLayout(&window);
        auto *split = new QSplitter(&window);
        view = new AnalyticsView(source, split);
        log = new LogPage(nullptr, split);
        split->addWidget(view);
        split->addWidget(log);
        split->setSizes({700, 300});
        layout->addWidget(split);
        if (!storePath.isEmpty())
            (void)log->open(storePath);
        QObject::connect(view, &AnalyticsView::exchangesRequested, log,
                         [this](const QList<qint64> &ids) {
                             log->clearFilters();
                             log->filterToExchanges(ids);
                         });
    }
};

QList<qint64> shownIds(LogPage *log)
{
    auto *table = log->findChild<QTableView *>(QStringLiteral("captureLog"));
    auto *model = qobject_cast<CaptureModel *>(table->model());
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->exchangeId(row);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QAbstractItemModel *tableModel(AnalyticsView *view)
{
    return view->findChild<QTableView *>(QStringLiteral("analyticsTable"))->model();
}

// Triggers action and answers the file dialog it opens with path.
void saveVia(QAction *action, const QString &path)
{
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))) {
            name->setText(path);
            static_cast<QDialog *>(dialog)->accept();
        }
    });
    poll.start();
    action->trigger();
}

void drag(QWidget *target, QPoint from, QPoint to)
{
    auto send = [target](QEvent::Type type, QPoint at, Qt::MouseButton button,
                         Qt::MouseButtons buttons) {
        QMouseEvent event(type, QPointF(at), QPointF(target->mapToGlobal(at)), button, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(target, &event);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

} // namespace

class TestAnalyticsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_analytics_view"));
        const QString why =
            m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_store = m_dir.filePath(QStringLiteral("recorded.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(m_store));
        FindingsStore findings;
        QVERIFY(findings.open(m_store));
        QStringList messages;
        for (int i = 0; i < 12; ++i)
            messages << QStringLiteral("analytics %1").arg(i);
        m_session = recordEverythingSession(
            store, &findings, QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()),
            messages);
        QVERIFY(m_session > 0);
        m_calls = callsOf(m_store, m_session);
        QVERIFY(m_calls.size() >= 14); // initialize, echo ×12, the bad call, …
    }

    // The table shows what the rows say, computed independently; a row's
    // click shows exactly its exchanges in the log, Clear lifts it.
    void tableMatchesTheExchangesAndClickFiltersTheLog()
    {
        auto *source = new FakeSource;
        source->calls = m_calls;
        Harness h(source, m_store);
        source->setParent(h.view);
        h.view->setSessions({m_session});
        QSignalSpy shown(h.view, &AnalyticsView::dashboardShown);
        h.window.resize(1400, 900);
        h.window.show();
        QVERIFY(shown.wait(10000));
        QCOMPARE(source->requests.last().sessionIds, QList<qint64>{m_session});

        QAbstractItemModel *model = tableModel(h.view);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<TableRow> expected = tableOf(m_calls);
        QCOMPARE(model->rowCount(), expected.size());
        for (const TableRow &want : expected) {
            int row = -1;
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, 0).data(AnalyticsTableModel::RawValueRole) == want.series)
                    row = r;
            QVERIFY2(row >= 0, qPrintable(want.series));
            auto raw = [&](int column) {
                return model->index(row, column).data(AnalyticsTableModel::RawValueRole);
            };
            QCOMPARE(raw(AnalyticsTableModel::CallsColumn).toLongLong(), want.calls);
            QCOMPARE(raw(AnalyticsTableModel::ErrorsColumn).toLongLong(), want.errors);
            QCOMPARE(raw(AnalyticsTableModel::P50Column).toDouble(), want.total.p50);
            QCOMPARE(raw(AnalyticsTableModel::P95Column).toDouble(), want.total.p95);
            QCOMPARE(raw(AnalyticsTableModel::P99Column).toDouble(), want.total.p99);
            QCOMPARE(raw(AnalyticsTableModel::MaxColumn).toDouble(), want.total.max);
            QCOMPARE(raw(AnalyticsTableModel::BytesInColumn).toLongLong(), want.bytesIn);
            QCOMPARE(raw(AnalyticsTableModel::BytesOutColumn).toLongLong(), want.bytesOut);
        }
        // Sorted by calls, busiest first: tools/call (the echoes and the bad one).
        QCOMPARE(model->index(0, 0).data(AnalyticsTableModel::RawValueRole).toString(),
                 QStringLiteral("tools/call"));
        for (const char *name :
             {"latencyChart", "histogramChart", "outcomesChart", "authChart", "rateLimitChart"})
            QVERIFY2(h.view->findChild<AnalyticsChartView *>(QLatin1String(name)), name);
        QVERIFY(!h.view->findChild<AnalyticsChartView *>(QStringLiteral("latencyChart"))
                     ->parentWidget()
                     ->findChild<QLabel *>(QStringLiteral("noData"))
                     ->isVisible());

        // TTFB switches the table's latency columns.
        auto *kind = h.view->findChild<QComboBox *>(QStringLiteral("latencyKind"));
        kind->setCurrentIndex(1);
        const auto tools = std::find_if(expected.cbegin(), expected.cend(), [](const TableRow &r) {
            return r.series == QStringLiteral("tools/call");
        });
        QVERIFY(tools != expected.cend());
        QCOMPARE(model->index(0, AnalyticsTableModel::P95Column)
                     .data(AnalyticsTableModel::RawValueRole)
                     .toDouble(),
                 tools->ttfb.p95);
        kind->setCurrentIndex(0);

        h.log->hide();
        snapAll(&h.window, QStringLiteral("analytics-recorded"));
        h.log->show();

        QList<qint64> toolCalls;
        for (const Call &c : std::as_const(m_calls))
            if (c.label == QStringLiteral("tools/call"))
                toolCalls << c.exchangeId;
        auto *table = h.view->findChild<QTableView *>(QStringLiteral("analyticsTable"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(model->index(0, 1)).center());
        QCOMPARE(source->idRequests.last().label, QStringLiteral("tools/call"));
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(h.log), toolCalls, 5000);
        auto *bar = h.log->findChild<QWidget *>(QStringLiteral("analyticsFilterBar"));
        QVERIFY(bar->isVisible());
        QVERIFY(h.log->findChild<QLabel *>(QStringLiteral("analyticsFilterLabel"))
                    ->text()
                    .contains(QString::number(toolCalls.size())));
        snapAll(&h.window, QStringLiteral("analytics-with-log"));

        h.log->findChild<QPushButton *>(QStringLiteral("clearAnalyticsFilter"))->click();
        QVERIFY(!bar->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(h.log).size(), qsizetype(m_calls.size()), 5000);

        // Clear Filters (the main window's action) lifts it too.
        h.log->filterToExchanges({toolCalls.first()});
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(h.log), QList<qint64>{toolCalls.first()}, 5000);
        h.log->clearFilters();
        QVERIFY(!bar->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(h.log).size(), qsizetype(m_calls.size()), 5000);
    }

    // A drag across a time chart asks for that range; Reset Zoom for all.
    void dragZoomsEveryChart()
    {
        auto *source = new FakeSource;
        source->calls = m_calls;
        Harness h(source, m_store);
        source->setParent(h.view);
        QSignalSpy shown(h.view, &AnalyticsView::dashboardShown);
        h.window.resize(1400, 900);
        h.window.show();
        QVERIFY(shown.wait(10000));
        const Dashboard before = h.view->dashboard();
        QVERIFY(before.toMs > before.fromMs);
        QVERIFY(before.outcomes.size() >= 10);

        auto *chart = h.view->findChild<AnalyticsChartView *>(QStringLiteral("outcomesChart"));
        // Laid out at the window's size (the chart lays itself out on resize).
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QTRY_VERIFY(chart->chart()->plotArea().width() > 200 &&
                    chart->chart()->size().toSize() == chart->viewport()->size());
        const QRectF plot = chart->chart()->plotArea();
        const int y = int(plot.center().y());
        drag(chart->viewport(), QPoint(int(plot.left() + plot.width() * 0.3), y),
             QPoint(int(plot.left() + plot.width() * 0.7), y));
        QVERIFY(shown.wait(5000));
        const AnalyticsScope zoomed = source->requests.last();
        QVERIFY(zoomed.fromMs > before.fromMs);
        QVERIFY(zoomed.toMs > zoomed.fromMs);
        QVERIFY(zoomed.toMs < before.toMs + before.bucketMs);
        QVERIFY(h.view->dashboard().calls < before.calls);
        auto *reset = h.view->findChild<QPushButton *>(QStringLiteral("resetZoom"));
        QVERIFY(reset->isEnabled());
        reset->click();
        QVERIFY(shown.wait(5000));
        QCOMPARE(source->requests.last().fromMs, 0);
        QCOMPARE(source->requests.last().toMs, 0);
        QCOMPARE(h.view->dashboard().calls, before.calls);
        QVERIFY(!reset->isEnabled());
    }

    // Only the newest request's answer is drawn.
    void staleResultsAreDropped()
    {
        auto *source = new FakeSource;
        source->calls = m_calls;
        AnalyticsView view(source);
        source->setParent(&view);
        QSignalSpy shown(&view, &AnalyticsView::dashboardShown);
        view.refresh();
        view.refresh();
        view.refresh();
        QVERIFY(shown.wait(5000));
        QTest::qWait(0);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first().toLongLong(), 3);
    }

    // Exports: PNG and SVG from a chart's context menu actions, CSV from
    // the table's; every file parses.
    void exportsChartsAndTable()
    {
        auto *source = new FakeSource;
        source->calls = m_calls;
        Harness h(source, {});
        source->setParent(h.view);
        QSignalSpy shown(h.view, &AnalyticsView::dashboardShown);
        h.window.resize(1200, 800);
        h.window.show();
        QVERIFY(shown.wait(10000));
        auto *chart = h.view->findChild<AnalyticsChartView *>(QStringLiteral("latencyChart"));
        const QString png = m_dir.filePath(QStringLiteral("latency.png"));
        const QString svg = m_dir.filePath(QStringLiteral("latency.svg"));
        const QString csv = m_dir.filePath(QStringLiteral("table.csv"));
        saveVia(chart->findChild<QAction *>(QStringLiteral("savePng")), png);
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart->size());
        saveVia(chart->findChild<QAction *>(QStringLiteral("saveSvg")), svg);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svgFile);
        bool sawSvg = false;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"svg")
                sawSvg = true;
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvg);
        saveVia(h.view->findChild<QAction *>(QStringLiteral("exportCsv")), csv);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        // A header, a line per row, and the empty rest after the last CRLF.
        QCOMPARE(lines.size(), tableModel(h.view)->rowCount() + 2);
        QVERIFY(lines.first().startsWith("Method / tool,Calls,Errors,"));
        QVERIFY(lines.at(1).startsWith("tools/call,"));
    }

    // Series names are server text: RFC 4180 quoting, and no formula
    // reaches a spreadsheet.
    void csvQuotesAndDisarmsFormulas()
    {
        auto *source = new FakeSource;
        for (const char *label :
             {"=HYPERLINK(\"http://x\")", "-2+3", "@SUM(A1)", "+1", "a, b", "say \"hi\""})
            source->calls << Call{1, 1000, QString::fromUtf8(label), 5, 1, false, 10, 10};
        AnalyticsView view(source);
        source->setParent(&view);
        QSignalSpy shown(&view, &AnalyticsView::dashboardShown);
        view.refresh();
        QVERIFY(shown.wait(5000));
        const QString path = m_dir.filePath(QStringLiteral("formulas.csv"));
        QVERIFY(view.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const char *field : {"\"'=HYPERLINK(\"\"http://x\"\")\",", "\"'-2+3\",",
                                  "\"'@SUM(A1)\",", "\"'+1\",", "\"a, b\",", "\"say \"\"hi\"\"\","})
            QVERIFY2(text.contains(QString::fromUtf8(field)), field);
        QVERIFY(!text.contains(QStringLiteral("\r\n=")));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 7);
    }

    // Nothing recorded: every chart and the status say so.
    void emptyStoreSaysNoData()
    {
        auto *source = new FakeSource;
        AnalyticsView view(source);
        source->setParent(&view);
        QSignalSpy shown(&view, &AnalyticsView::dashboardShown);
        view.resize(1024, 700);
        view.show();
        QVERIFY(shown.wait(5000));
        const auto labels = view.findChildren<QLabel *>(QStringLiteral("noData"));
        QCOMPARE(labels.size(), 5);
        for (QLabel *label : labels) {
            QVERIFY(label->isVisible());
            QVERIFY(label->text().startsWith(QStringLiteral("No ")));
        }
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("analyticsStatus"))
                    ->text()
                    .startsWith(QStringLiteral("No data")));
        QCOMPARE(tableModel(&view)->rowCount(), 0);
        // No source at all (a build without analytics): said, not crashed.
        AnalyticsView none(nullptr);
        none.refresh();
        QVERIFY(!none.findChild<QLabel *>(QStringLiteral("analyticsStatus"))->text().isEmpty());
    }

    // A crossing is listed and shaded; its click shows its exchanges.
    void crossingsAreListedAndLeadToTheirExchanges()
    {
        auto *source = new FakeSource;
        source->calls = m_calls;
        Finding crossing = makeFinding("http.rate_limited", {},
                                       {m_calls.at(1).exchangeId, m_calls.at(2).exchangeId});
        crossing.atMs = m_calls.at(1).atMs;
        source->crossings = {crossing};
        Harness h(source, m_store);
        source->setParent(h.view);
        QSignalSpy shown(h.view, &AnalyticsView::dashboardShown);
        h.window.resize(1400, 900);
        h.window.show();
        QVERIFY(shown.wait(10000));
        auto *list = h.view->findChild<QListWidget *>(QStringLiteral("analyticsCrossings"));
        QCOMPARE(list->count(), 1);
        auto *latency = h.view->findChild<AnalyticsChartView *>(QStringLiteral("latencyChart"));
        QCOMPARE(latency->chart()->series().size(), 4); // p50, p95, p99 and the band
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        QTRY_COMPARE_WITH_TIMEOUT(
            shownIds(h.log), (QList<qint64>{m_calls.at(1).exchangeId, m_calls.at(2).exchangeId}),
            5000);
    }

    // The store-wide view's session picker scopes the requests.
    void sessionPickerScopes()
    {
        auto *source = new FakeSource;
        source->calls = m_calls;
        AnalyticsView view(source);
        source->setParent(&view);
        view.setSessionChoices(
            {{m_session, QStringLiteral("recorded")}, {m_session + 100, QStringLiteral("other")}});
        QSignalSpy shown(&view, &AnalyticsView::dashboardShown);
        view.show();
        QVERIFY(shown.wait(5000));
        QVERIFY(source->requests.last().sessionIds.isEmpty()); // none checked: the whole store
        auto *list = view.findChild<QListWidget *>(QStringLiteral("analyticsSessions"));
        QVERIFY(list->isVisible());
        list->item(0)->setCheckState(Qt::Checked);
        QVERIFY(shown.wait(5000));
        QCOMPARE(source->requests.last().sessionIds, QList<qint64>{m_session});
    }

    // The real thing: a live session's Analytics tab, over the facts the
    // writer keeps and the worker's queries, equals what the exchanges rows
    // say; a row's click filters the main window's log to exactly its
    // exchanges.
    void sessionTabOverTheRealWorker()
    {
        CaptureStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("live.sqlite"))));
        MainWindow window(&store);
        window.resize(1600, 1000);
        window.show();
        McpSessionView *session =
            window.connectMcp({ConnectSettings::Kind::StreamableHttp,
                               QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()),
                               30,
                               {},
                               {}});
        QSignalSpy connected(session->client(), &McpClient::connected);
        QVERIFY(connected.wait(20000));
        const auto call = [&](const QString &tool, const QJsonObject &arguments) {
            McpRequest *request = session->client()->request(
                QStringLiteral("tools/call"),
                {{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), arguments}});
            QSignalSpy finished(request, &McpRequest::finished);
            return request->isFinished() || finished.wait(20000);
        };
        // Echoes, and now and then a call that takes a second (the server's
        // long-running operation), so the charts have a few buckets to show.
        for (int i = 0; i < 9; ++i) {
            QVERIFY(call(QStringLiteral("echo"),
                         {{QStringLiteral("message"), QStringLiteral("live %1").arg(i)}}));
            if (i % 3 == 2)
                QVERIFY(call(QStringLiteral("trigger-long-running-operation"),
                             {{QStringLiteral("duration"), 1}, {QStringLiteral("steps"), 2}}));
        }
        store.flush();
        auto *analytics = session->findChild<AnalyticsView *>(QStringLiteral("analyticsView"));
        QVERIFY(analytics);
        QSignalSpy shown(analytics, &AnalyticsView::dashboardShown);
        auto *tabs = session->findChild<QTabWidget *>(QStringLiteral("sessionTabs"));
        tabs->setCurrentWidget(analytics);
        const qint64 id = session->session()->captureSessionId();
        const auto toolCallsIn = [](const QList<Call> &list) {
            return int(std::count_if(list.cbegin(), list.cend(), [](const Call &c) {
                return c.label == QStringLiteral("tools/call");
            }));
        };
        // An answer can arrive before its stream closes: wait until all 12
        // tool calls have settled into the store.
        QTRY_COMPARE_WITH_TIMEOUT(toolCallsIn(callsOf(store.path(), id)), 12, 15000);
        const QList<Call> calls = callsOf(store.path(), id);
        // Live: dashboards follow the traffic; wait for one that has it all.
        QTRY_VERIFY_WITH_TIMEOUT(analytics->dashboard().calls == calls.size(), 15000);
        QAbstractItemModel *model = tableModel(analytics);
        const QList<TableRow> expected = tableOf(calls);
        QCOMPARE(model->rowCount(), expected.size());
        for (const TableRow &want : expected) {
            int row = -1;
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, 0).data(AnalyticsTableModel::RawValueRole) == want.series)
                    row = r;
            QVERIFY2(row >= 0, qPrintable(want.series));
            auto raw = [&](int column) {
                return model->index(row, column).data(AnalyticsTableModel::RawValueRole);
            };
            QCOMPARE(raw(AnalyticsTableModel::CallsColumn).toLongLong(), want.calls);
            QCOMPARE(raw(AnalyticsTableModel::P50Column).toDouble(), want.total.p50);
            QCOMPARE(raw(AnalyticsTableModel::P95Column).toDouble(), want.total.p95);
            QCOMPARE(raw(AnalyticsTableModel::P99Column).toDouble(), want.total.p99);
            QCOMPARE(raw(AnalyticsTableModel::MaxColumn).toDouble(), want.total.max);
        }
        snapAll(&window, QStringLiteral("analytics"));

        // Live: two more calls reach the open charts without a click.
        const int generations = shown.size();
        for (int i = 0; i < 2; ++i)
            QVERIFY(call(QStringLiteral("echo"),
                         {{QStringLiteral("message"), QStringLiteral("later %1").arg(i)}}));
        store.flush();
        // Other exchanges may settle meanwhile (the listening GET stream):
        // the charts follow whatever the store holds.
        QTRY_VERIFY_WITH_TIMEOUT(analytics->dashboard().calls == callsOf(store.path(), id).size(),
                                 15000);
        QVERIFY(shown.size() > generations);
        const QList<Call> later = callsOf(store.path(), id);
        QCOMPARE(toolCallsIn(later), 14);
        QList<qint64> toolCalls;
        for (const Call &c : later)
            if (c.label == QStringLiteral("tools/call"))
                toolCalls << c.exchangeId;
        auto *table = analytics->findChild<QTableView *>(QStringLiteral("analyticsTable"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(model->index(0, 1)).center());
        QCOMPARE(centralTabs(window)->currentIndex(), 0);
        auto *log = window.findChild<LogPage *>(QStringLiteral("logPage"));
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(log), toolCalls, 5000);
    }

    void cleanupTestCase() { m_everything.stop(); }

private:
    QTemporaryDir m_dir;
    NodePeer m_everything;
    QString m_store;
    qint64 m_session = 0;
    QList<Call> m_calls;
};

QTEST_MAIN(TestAnalyticsView)
#include "tst_analytics_view.moc"
