#include "ui/analytics/analytics_source.h"

#include "analytics/analytics_thresholds.h"
#include "capture/findings_store.h"

#include <QThread>

#include <memory>

namespace mcpscope {

namespace {

// The real source: dashboards from an AnalyticsWorker (its own thread and
// connection), then the guides' thresholds evaluated over the same scope on
// a thread of their own (a read-only connection per evaluation); a
// dashboard is shown at once and again with its crossings when there are
// any. Clicks are answered by an AnalyticsQuery on this thread (an indexed
// read of ids, bounded by the limit).
class WorkerSource final : public AnalyticsSource
{
public:
    WorkerSource(const QString &path, QObject *parent, FindingsStore *record)
        : AnalyticsSource(parent), m_worker(new AnalyticsWorker(path, this)), m_path(path),
          m_record(record)
    {
        connect(m_worker, &AnalyticsWorker::ready, this, &WorkerSource::onReady);
        connect(m_worker, &AnalyticsWorker::failed, this, &AnalyticsSource::failed);
    }

    qint64 request(const AnalyticsScope &scope, GroupBy by, qint64 bucketMs) override
    {
        m_scope = scope;
        m_generation = m_worker->request(scope, by, bucketMs);
        return m_generation;
    }

    Result<QList<qint64>> exchangeIds(const AnalyticsScope &scope,
                                      std::optional<CallOutcome> outcome,
                                      std::optional<AuthEvent> event, int limit) override
    {
        if (!m_query.isOpen())
            if (auto opened = m_query.open(m_path); !opened)
                return Failure{opened.error()};
        return m_query.exchangeIds(scope, outcome, event, limit);
    }

private:
    void onReady(const Dashboard &dashboard)
    {
        if (dashboard.generation != m_generation)
            return;
        Q_EMIT ready(dashboard);
        if (dashboard.calls == 0)
            return;
        auto crossings = std::make_shared<QList<Finding>>();
        QThread *thread = QThread::create([crossings, path = m_path, scope = m_scope] {
            if (auto found = evaluateThresholds(path, scope, defaultThresholds()))
                *crossings = *found;
        });
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        connect(thread, &QThread::finished, this, [this, crossings, dashboard] {
            if (m_record && !crossings->isEmpty())
                if (auto recorded = recordCrossings(*m_record, *crossings); !recorded)
                    qWarning("analytics: crossings not recorded: %s",
                             qPrintable(recorded.error().message));
            if (dashboard.generation != m_generation || crossings->isEmpty())
                return;
            Dashboard withCrossings = dashboard;
            withCrossings.crossings = *crossings;
            Q_EMIT ready(withCrossings);
        });
        thread->start();
    }

    AnalyticsWorker *m_worker;
    AnalyticsQuery m_query;
    QString m_path;
    FindingsStore *m_record;
    AnalyticsScope m_scope;
    qint64 m_generation = 0;
};

} // namespace

AnalyticsSource *AnalyticsSource::forStore(const QString &path, QObject *parent,
                                           FindingsStore *record)
{
    return new WorkerSource(path, parent, record);
}

} // namespace mcpscope
