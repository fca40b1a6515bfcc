#pragma once

#include "common/error.h"
#include "models/analytics_dashboard.h"

#include <QObject>

#include <optional>

namespace mcpscope {

class FindingsStore;

// Where an AnalyticsView gets its figures: dashboards computed off the GUI
// thread (request() returns at once; ready() or failed() follow, later, for
// the newest generation only), and the exchanges behind a click. forStore()
// gives the real one, over AnalyticsWorker and AnalyticsQuery; tests may
// give their own.
class AnalyticsSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsSource)

public:
    using QObject::QObject;

    // Supersedes every earlier request; returns its generation.
    virtual qint64 request(const AnalyticsScope &scope, GroupBy by, qint64 bucketMs = 0) = 0;
    // The exchanges of scope (optionally of one outcome or auth event), in
    // id order; a read on the caller's thread, bounded by limit.
    virtual Result<QList<qint64>> exchangeIds(const AnalyticsScope &scope,
                                              std::optional<CallOutcome> outcome = {},
                                              std::optional<AuthEvent> event = {},
                                              int limit = 100000) = 0;

    // The worker over the capture store at path (read-only connections of
    // its own), crossings of the default thresholds included. With record
    // (a live session's findings store, which must outlive the source) each
    // crossing is also recorded there, once (recordCrossings).
    static AnalyticsSource *forStore(const QString &path, QObject *parent = nullptr,
                                     FindingsStore *record = nullptr);

Q_SIGNALS:
    void ready(const mcpscope::Dashboard &dashboard);
    void failed(qint64 generation, const mcpscope::Error &error);
};

} // namespace mcpscope
