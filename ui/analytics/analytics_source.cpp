#include "ui/analytics/analytics_source.h"

#ifdef MCPSCOPE_HAVE_ANALYTICS_QUERY
namespace mcpscope {

namespace {

// The real source: dashboards from an AnalyticsWorker (its own thread and
// connection), clicks answered by an AnalyticsQuery on this thread (an
// indexed read of ids, bounded by the limit).
class WorkerSource final : public AnalyticsSource
{
public:
    WorkerSource(const QString &path, QObject *parent)
        : AnalyticsSource(parent), m_worker(new AnalyticsWorker(path, this)), m_path(path)
    {
        connect(m_worker, &AnalyticsWorker::ready, this, &AnalyticsSource::ready);
        connect(m_worker, &AnalyticsWorker::failed, this, &AnalyticsSource::failed);
    }

    qint64 request(const AnalyticsScope &scope, GroupBy by, qint64 bucketMs) override
    {
        return m_worker->request(scope, by, bucketMs);
    }

    Result<QList<qint64>> exchangeIds(const AnalyticsScope &scope,
                                      std::optional<CallOutcome> outcome,
                                      std::optional<AuthEvent> event, int limit) override
    {
        if (!m_queryOpen) {
            if (auto opened = m_query.open(m_path); !opened)
                return Failure{opened.error()};
            m_queryOpen = true;
        }
        return m_query.exchangeIds(scope, outcome, event, limit);
    }

private:
    AnalyticsWorker *m_worker;
    AnalyticsQuery m_query;
    QString m_path;
    bool m_queryOpen = false;
};

} // namespace

AnalyticsSource *AnalyticsSource::forStore(const QString &path, QObject *parent)
{
    return new WorkerSource(path, parent);
}

} // namespace mcpscope
#else
namespace mcpscope {

AnalyticsSource *AnalyticsSource::forStore(const QString &, QObject *)
{
    return nullptr;
}

} // namespace mcpscope
#endif
