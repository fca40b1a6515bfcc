#pragma once

#include "capture/call_history.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace mcpscope {

class CaptureStore;
class McpClient;

// Every tools/call made in this session and in earlier sessions to the same
// target, newest first, read from the capture store (the stored request and
// its paired answer: it survives restarts), refreshed as the store commits.
// Columns: time, tool, arguments (short), outcome, latency, session. Actions
// on the selected call: Open in form (the Tools tab's form), Replay (sent
// again as it was, through this session), Edit and replay (the arguments
// in an editor first), Show exchange (the capture log's rows). Object names:
// historyTab, historyList, historyOpen, historyReplay, historyEditReplay,
// historyShowExchange, historyState, historyAnswer (the selected call's
// answer as stored, read-only); the editor of Edit and replay:
// historyEditDialog, historyEditArguments.
class HistoryTab final : public QWidget
{
    Q_OBJECT

public:
    HistoryTab(CaptureStore *store, McpClient *client, QWidget *parent = nullptr);
    // The capture session whose target the history follows (0: none yet).
    void setCaptureSession(qint64 id);
    // Reads the history again now (otherwise: shortly after the store commits).
    void reload();
    QList<CallHistoryEntry> entries() const { return m_entries; }

Q_SIGNALS:
    void openInForm(const QString &tool, const QByteArray &argumentsJson);
    void exchangesRequested(const QList<qint64> &exchangeIds);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    const CallHistoryEntry *current() const;
    void updateActions();
    void replay(const QString &tool, const QByteArray &arguments);
    void editAndReplay();

    CaptureStore *m_store;
    McpClient *m_client;
    qint64 m_session = 0;
    QList<CallHistoryEntry> m_entries;
    QTreeWidget *m_list;
    QPlainTextEdit *m_answer;
    QLabel *m_state;
    QPushButton *m_open;
    QPushButton *m_replay;
    QPushButton *m_editReplay;
    QPushButton *m_showExchange;
    QTimer *m_reloadSoon;
};

} // namespace mcpscope
