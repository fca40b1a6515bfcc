#include "analytics/analytics_query.h"

#include <QThread>

#include <atomic>
#include <memory>

namespace mcpscope {

namespace {

// Lives on the worker thread; owns the query (SQLite connections belong to
// the thread that opened them).
class Computer final : public QObject
{
public:
    Computer(const QString &path, std::shared_ptr<std::atomic<qint64>> latest)
        : m_path(path), m_latest(std::move(latest))
    {
    }

    // Runs on the worker thread. Returns false when superseded (nothing to
    // deliver).
    template <typename Started, typename Done, typename Fail>
    void compute(qint64 generation, const AnalyticsScope &scope, GroupBy by, qint64 bucketMs,
                 Started started, Done done, Fail fail)
    {
        if (generation != m_latest->load()) // superseded while queued
            return;
        started(generation);
        if (!m_query.isOpen()) {
            if (auto opened = m_query.open(m_path); !opened) {
                if (generation == m_latest->load())
                    fail(generation, opened.error());
                return;
            }
        }
        auto result = m_query.dashboard(scope, by, bucketMs);
        if (generation != m_latest->load()) // superseded while computing
            return;
        if (!result) {
            fail(generation, result.error());
            return;
        }
        result->generation = generation;
        done(*result);
    }

    // From any thread.
    void interrupt() { m_query.interrupt(); }

private:
    QString m_path;
    std::shared_ptr<std::atomic<qint64>> m_latest;
    AnalyticsQuery m_query;
};

} // namespace

void registerAnalyticsMetaTypes()
{
    qRegisterMetaType<mcpscope::Dashboard>();
    qRegisterMetaType<mcpscope::AnalyticsScope>();
    qRegisterMetaType<mcpscope::Error>();
}

struct AnalyticsWorker::Private
{
    QThread thread;
    Computer *computer = nullptr;
    std::shared_ptr<std::atomic<qint64>> latest = std::make_shared<std::atomic<qint64>>(0);
};

AnalyticsWorker::AnalyticsWorker(const QString &storePath, QObject *parent)
    : QObject(parent), d(new Private)
{
    registerAnalyticsMetaTypes();
    d->thread.setObjectName(QStringLiteral("mcpscope-analytics"));
    d->computer = new Computer(storePath, d->latest);
    d->computer->moveToThread(&d->thread);
    // Deleted on its own thread as that thread ends (the query's connection
    // closes where it was opened).
    connect(&d->thread, &QThread::finished, d->computer, &QObject::deleteLater);
    d->thread.start();
}

AnalyticsWorker::~AnalyticsWorker()
{
    d->latest->store(-1); // nothing queued still runs
    d->computer->interrupt();
    d->thread.quit();
    d->thread.wait();
    delete d;
}

qint64 AnalyticsWorker::latestGeneration() const
{
    return d->latest->load();
}

qint64 AnalyticsWorker::request(const AnalyticsScope &scope, GroupBy by, qint64 bucketMs)
{
    const qint64 generation = d->latest->load() + 1;
    d->latest->store(generation);
    // A dashboard still computing is of no use now: cut it short.
    d->computer->interrupt();
    Computer *computer = d->computer;
    QMetaObject::invokeMethod(
        computer,
        [this, computer, generation, scope, by, bucketMs] {
            computer->compute(
                generation, scope, by, bucketMs,
                [this](qint64 gen) {
                    QMetaObject::invokeMethod(
                        this, [this, gen] { emit computing(gen); }, Qt::QueuedConnection);
                },
                [this](const Dashboard &dashboard) {
                    QMetaObject::invokeMethod(
                        this, [this, dashboard] { deliver(dashboard); }, Qt::QueuedConnection);
                },
                [this](qint64 gen, const Error &error) {
                    QMetaObject::invokeMethod(
                        this, [this, gen, error] { deliverFailure(gen, error); },
                        Qt::QueuedConnection);
                });
        },
        Qt::QueuedConnection);
    return generation;
}

// On the worker's own thread: a request may have come after the result left
// the computing thread.
void AnalyticsWorker::deliver(const Dashboard &dashboard)
{
    if (dashboard.generation == d->latest->load())
        emit ready(dashboard);
}

void AnalyticsWorker::deliverFailure(qint64 generation, const Error &error)
{
    if (generation == d->latest->load())
        emit failed(generation, error);
}

} // namespace mcpscope
