#pragma once

#include "capture/capture_reader.h"
#include "common/findings.h"
#include "models/mcp_call_info.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QPointer>
#include <QTimer>

namespace mcpscope {

class CaptureStore;

// The capture log as a table. Pages rows in from SQLite: fetchMore() pulls
// the next batch of matching ids (8 bytes a row), and display data is read a
// page at a time into a bounded cache, so even after scrolling a million rows
// only the id list and a few pages are in memory. Live rows from a
// CaptureStore are appended in one batch per event-loop pass.
class CaptureModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureModel)

public:
    enum Column
    {
        Id,
        Time,
        Method,
        Host,
        Path,
        Status,
        Type,
        Size,
        Duration,
        // Added by issue 17 (the view shows them after Method): what the
        // exchange carried ("tools/call get-sum") and how that call ended.
        McpCall,
        McpOutcomeColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole, // sortable/filterable value of the cell
        ExchangeIdRole,
        FailedRole,
        RowToneRole, // a RowTone: how the view colours the row (the palette decides the colour)
        // The worst severity (int(FindingSeverity)) of the findings whose
        // evidence the exchange is; no value when none is.
        FindingSeverityRole,
        SessionIdRole, // the exchange's capture session
        RpcMethodRole, // the JSON-RPC method it carried ("" when none)
        McpNameRole,   // the tool/prompt name or resource uri of that request
    };
    enum RowTone
    {
        PlainRow,
        ErrorRow,   // failed, or 5xx
        WarningRow, // 4xx
        LiveRow,    // pending or still streaming
    };

    static constexpr int kFetchBatch = 2000;
    static constexpr int kPageSize = 256;
    static constexpr int kCachedPages = 64;

    explicit CaptureModel(QObject *parent = nullptr);
    ~CaptureModel() override;

    Result<void> open(const QString &storePath);
    // Appends rows the store commits while the model is at its end.
    void followStore(CaptureStore *store);

    // Marks rows with the findings whose evidence they are: the Id column's
    // FindingSeverityRole, and its tool tip naming the findings' kinds.
    // Replaces the marks before (findings change as rules run again).
    void setFindingMarks(const QList<Finding> &findings);

    void setFilter(const CaptureFilter &filter);
    const CaptureFilter &filter() const { return m_filter; }

    qint64 exchangeId(int row) const;
    int rowOfExchange(qint64 id) const; // -1 when not loaded
    CaptureReader &reader() { return m_reader; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void readFailed(const QString &message);

private:
    void onCommitted(const QList<qint64> &ids);
    void appendLiveRows();
    void insertIds(const QList<qint64> &ids);
    struct Row
    {
        ExchangeSummary summary;
        McpCallInfo call;
    };
    const Row *row(int row) const;
    const ExchangeSummary *summary(int row) const;

    CaptureReader m_reader;
    CaptureFilter m_filter;
    QList<qint64> m_ids;
    bool m_atEnd = true;
    bool m_changing = false;
    mutable QCache<int, QList<Row>> m_pages{kCachedPages};
    QPointer<CaptureStore> m_store;
    struct Mark
    {
        FindingSeverity severity = FindingSeverity::Note;
        QStringList kinds; // ids, each once
    };
    QHash<qint64, Mark> m_marks;
    QTimer m_liveTimer;
};

} // namespace mcpscope
