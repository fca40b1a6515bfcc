#pragma once

#include "capture/capture_reader.h"
#include "models/mcp_call_info.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace mcpscope {

class CaptureStore;

// The Messages view of the capture log: the stored JSON-RPC messages as
// rows, oldest first. A request and its answer are one row (the answer's
// outcome and latency on the request's row); notifications and the server's
// requests (roots/list, sampling, elicitation) are rows of their own; an
// answer whose request is not stored is a row too. Rows are paged in with
// fetchMore() (kFetchBatch at a time, keyset by message id); payloads are not
// kept: read them with the reader when a row is shown. Following a store,
// new messages are appended and pending rows pick up their answers.
class MessagesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagesModel)

public:
    enum Column
    {
        Time,
        Direction,
        Method,
        Name,
        RpcId,
        Outcome,
        Latency,
        Session,
        ColumnCount
    };
    enum Role
    {
        MessageIdRole = Qt::UserRole,
        ExchangeIdRole,       // the exchange that carried the message (0: none)
        AnswerIdRole,         // the answer's message id (0: none)
        AnswerExchangeIdRole, // the exchange that carried the answer
        SessionIdRole,
        RpcMethodRole,
        NameRole,
        OutcomeKindRole, // an McpOutcome::Kind
    };

    static constexpr int kFetchBatch = 1000;

    explicit MessagesModel(QObject *parent = nullptr);

    Result<void> open(const QString &storePath);
    void followStore(CaptureStore *store);
    void setFilter(const CaptureFilter &filter);
    const CaptureFilter &filter() const { return m_filter; }
    CaptureReader &reader() { return m_reader; }

    int rowOfMessage(qint64 messageId) const; // -1 when not loaded

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
    struct Row
    {
        MessageRecord message; // payload dropped once the row is built
        QString name;
        qint64 answerId = 0;
        qint64 answerExchangeId = 0;
        McpOutcome outcome;
        double latencyMs = -1;
    };
    void reset();
    bool loadRows(qint64 afterId, int limit, QList<Row> *rows);
    void refreshSessions();
    void onCommitted();
    void appendLive();
    bool isRequest(const Row &row) const;

    CaptureReader m_reader;
    CaptureFilter m_filter;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, bool> m_sessionEnded;
    bool m_atEnd = true;
    bool m_changing = false;
    QPointer<CaptureStore> m_store;
    QTimer m_liveTimer;
};

} // namespace mcpscope
