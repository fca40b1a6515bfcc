#include "ui/capture/import_runner.h"

#include "capture/capture_store.h"
#include "export/capture_bundle.h"
#include "export/har_import.h"

#include <QFile>
#include <QThread>

namespace mcpscope {

namespace {

Result<ImportRunner::Outcome> runImport(const QString &path, const QString &storePath)
{
    ImportRunner::Outcome outcome;
    if (ImportRunner::isBundle(path)) {
        auto imported = CaptureBundle::importBundle(path, storePath);
        if (!imported)
            return Failure{imported.error()};
        outcome.bundle = true;
        outcome.sessionIds = imported->sessionIds;
        outcome.exchanges = imported->exchanges;
        return outcome;
    }
    CaptureStore store;
    if (auto opened = store.open(storePath); !opened)
        return Failure{opened.error()};
    auto imported = importHar(path, store);
    store.close();
    if (!imported)
        return Failure{imported.error()};
    outcome.sessionIds = imported->sessionIds;
    outcome.exchanges = imported->exchanges;
    return outcome;
}

} // namespace

ImportRunner::ImportRunner(const QString &path, const QString &storePath, QObject *parent)
    : QObject(parent), m_path(path)
{
    m_thread = QThread::create([this, path, storePath] { m_result = runImport(path, storePath); });
    connect(m_thread, &QThread::finished, this, [this] {
        Q_EMIT finished(m_result);
        deleteLater();
    });
    m_thread->start();
}

ImportRunner::~ImportRunner()
{
    m_thread->wait(); // an import is all or nothing: it is let finish
    delete m_thread;
}

bool ImportRunner::isBundle(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace mcpscope
