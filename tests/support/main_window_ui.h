#pragma once

#include "models/capture_model.h"
#include "ui/capture/exchange_detail_view.h"
#include "ui/main_window.h"

#include <QListWidget>
#include <QTabWidget>
#include <QTableView>

// The main window's parts as a user sees them, found by object name: the
// capture log table (and the exchanges it shows), the selected exchange's
// details, the central tabs and the recent targets list.
namespace mcpscope::testing {

inline QTableView *captureLog(QWidget &window)
{
    return window.findChild<QTableView *>(QStringLiteral("captureLog"));
}

// The exchanges the log shows (the table's model).
inline CaptureModel *logModel(QWidget &window)
{
    QTableView *log = captureLog(window);
    return log ? qobject_cast<CaptureModel *>(log->model()) : nullptr;
}

inline ExchangeDetailView *logDetail(QWidget &window)
{
    return window.findChild<ExchangeDetailView *>(QStringLiteral("exchangeDetail"));
}

inline QTabWidget *centralTabs(QWidget &window)
{
    return window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
}

inline QStringList recentTargets(QWidget &window)
{
    QStringList targets;
    if (auto *list = window.findChild<QListWidget *>(QStringLiteral("recentTargets")))
        for (int row = 0; row < list->count(); ++row)
            targets << list->item(row)->text();
    return targets;
}

} // namespace mcpscope::testing
