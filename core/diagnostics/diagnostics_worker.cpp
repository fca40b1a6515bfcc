#include "diagnostics/diagnostics_runner.h"

#include <QDateTime>
#include <QThread>
#include <QTimer>

namespace mcpscope {

DiagnosticsWorker::DiagnosticsWorker(const QString &storePath, QObject *parent)
    : QObject(parent), m_storePath(storePath), m_thread(new QThread), m_context(new QObject),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<mcpscope::DiagnosticsRun>();
    qRegisterMetaType<mcpscope::Error>();
    m_thread->setObjectName(QStringLiteral("mcpscope-diagnostics"));
    m_context->moveToThread(m_thread);
    // Deleted on its own thread as that thread ends.
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

DiagnosticsWorker::~DiagnosticsWorker()
{
    // A run in flight stops at its next page; nothing queued runs.
    m_cancel->store(true);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void DiagnosticsWorker::setOptions(const DiagnosticsOptions &options)
{
    m_options = options;
    m_options.sessionIds.clear();
    m_options.force = false;
}

void DiagnosticsWorker::setMinimumInterval(int ms)
{
    m_minimumIntervalMs = std::max(0, ms);
}

void DiagnosticsWorker::schedule()
{
    if (m_running || m_timerArmed) {
        // The run after this one (or the one about to start) sees it.
        m_queued = m_running;
        return;
    }
    const qint64 wait = m_lastStartMs + m_minimumIntervalMs - QDateTime::currentMSecsSinceEpoch();
    // Always later, never inside schedule(): the caller's slot returns first.
    m_timerArmed = true;
    QTimer::singleShot(int(std::clamp<qint64>(wait, 0, m_minimumIntervalMs)), this, [this] {
        m_timerArmed = false;
        startRun();
    });
}

void DiagnosticsWorker::startRun()
{
    m_running = true;
    m_queued = false;
    m_lastStartMs = QDateTime::currentMSecsSinceEpoch();
    DiagnosticsOptions options = m_options;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    options.cancel = cancel.get();
    const QString path = m_storePath;
    DiagnosticsWorker *worker = this;
    QMetaObject::invokeMethod(
        m_context,
        [worker, path, options, cancel] {
            if (cancel->load())
                return;
            Result<DiagnosticsRun> result = runDiagnostics(path, options);
            if (cancel->load())
                return;
            // The worker's destructor sets cancel and then waits for this
            // thread, so the worker is alive here; an event posted to it is
            // dropped if it is destroyed before the event is delivered.
            QMetaObject::invokeMethod(
                worker, [worker, result] { worker->runDone(result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DiagnosticsWorker::runDone(const Result<DiagnosticsRun> &result)
{
    m_running = false;
    if (m_queued)
        schedule();
    if (result)
        emit finished(*result);
    else
        emit failed(result.error());
}

} // namespace mcpscope
