#pragma once

#include "common/error.h"

#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace mcpscope {

// File > Import…: a HAR (importHar) or a .mcpscope capture bundle
// (CaptureBundle::importBundle) into the capture store at storePath, on a
// worker thread (both block; neither can be stopped half-way, and both are
// all or nothing: on failure the store is left as it was). The HAR import
// records through a CaptureStore of its own on the same file, as a second
// process would. finished() comes on the runner's thread; the runner deletes
// itself after it.
class ImportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunner)

public:
    struct Outcome
    {
        QList<qint64> sessionIds;
        qint64 exchanges = 0;
        bool bundle = false;
    };

    // Starts at once.
    ImportRunner(const QString &path, const QString &storePath, QObject *parent = nullptr);
    ~ImportRunner() override;

    QString path() const { return m_path; }
    // A bundle is an SQLite file: its first 16 bytes say so.
    static bool isBundle(const QString &path);

Q_SIGNALS:
    void finished(const mcpscope::Result<mcpscope::ImportRunner::Outcome> &result);

private:
    QString m_path;
    QThread *m_thread;
    Result<Outcome> m_result = Outcome{};
};

} // namespace mcpscope
