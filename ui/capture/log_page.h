#pragma once

#include "capture/capture_reader.h"
#include "common/error.h"
#include "common/findings.h"
#include "ui/replay/replay_dialog.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QPlainTextEdit;
class QStackedWidget;
class QTabBar;
class QToolButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace mcpscope {

class CaptureModel;
class CaptureStore;
class ExchangeDetailView;
class MessagesModel;
class SessionListModel;

// The capture log: a filter bar (method, status class, full-text search),
// the exchanges of the open capture file, and the selected exchange's
// details below. It reads the file through its own connections; when the
// file is the live store, new exchanges appear as they are recorded.
// Object names: captureLog (the table), exchangeDetail, methodFilter,
// statusFilter, captureSearch. The table's context menu holds the actions
// copyUrl, copyRequestBody, copyResponseBody and compareResponses (enabled
// when exactly two rows are selected: it opens a DiffDialog comparing their
// responses, the JSON-RPC result when the exchange carried one), and
// replayExchange (Replay…, one row; the detail view's Replay… does the same):
// replayRequested with the exchange, the JSON-RPC request it carried and the
// recorded session's target, for the window to open a ReplayDialog.
//
// Issue 17: the log is MCP-aware. A mode bar (logMode: Exchanges, Messages)
// switches between the HTTP log (with the MCP call and its outcome as
// columns) and the Messages view (messagesLog: one row per JSON-RPC message,
// a request and its answer on one row; messageJson shows the selected
// message as stored, showExchange opens the exchange that carried it). The
// search field takes a filter syntax (capture/log_filter.h); filterChips
// shows every active filter as a button (object name filterChip-<key>:
// session, httpMethod, status, exchanges, and q-<key> for each term of the
// search: q-method, q-httpMethod, q-tool, q-status, q-latencyMin,
// q-latencyMax, q-session, q-after, q-before, q-text) that clears it alone,
// and clearAllFilters; filterProblems says what the search could not read.
// Context menu actions of both tables: copyAsCurl, copyAsJson,
// showInSession, filterByMethod, filterByTool, filterBySessionRow,
// filterByStatus, showMessages (exchanges) and showExchange (messages).
class LogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPage)

public:
    // store must be open and outlive the page; nothing is shown until open().
    // A null store: a capture opened offline (CaptureWindow), read only:
    // nothing is followed, and Replay… is not offered.
    explicit LogPage(CaptureStore *store, QWidget *parent = nullptr);

    // Shows the capture file at path (read-only; new traffic keeps going to
    // the live store, and is followed when path is the live store's).
    Result<void> open(const QString &path);
    QString path() const { return m_path; }
    // Reloads sessions from the file the page shows.
    Result<void> reloadSessions(SessionListModel &sessions);

    // 0 shows every session.
    void setSessionFilter(qint64 sessionId);
    qint64 sessionFilter() const { return m_sessionFilter; }
    // The exchanges of the selected rows, in row order.
    QList<qint64> selectedExchangeIds() const;
    void focusSearch();
    void clearFilters();
    void setFollow(bool follow) { m_follow = follow; }
    // Shows exactly these exchanges (a click in Analytics), with a bar above
    // the log saying so (object names analyticsFilterBar, its label
    // analyticsFilterLabel and button clearAnalyticsFilter); clearFilters()
    // and the bar's Clear lift it. An empty list lifts it too. origin
    // (translated, plain text) names where the list came from ("the finding
    // …"); empty: Analytics.
    void filterToExchanges(const QList<qint64> &ids, const QString &origin = {});
    // Marks the rows that are evidence of these findings (an icon of the
    // worst severity in the first column, the kinds in its tool tip).
    void setFindingMarks(const QList<Finding> &findings);
    QList<qint64> exchangeFilter() const { return m_exchangeFilter; }
    // Makes exchange id the current row (its details below), clearing the
    // filters when they hide it; false when the file shown does not hold it.
    // Switches to the Exchanges mode.
    bool selectExchange(qint64 id);
    // The Messages view with message id selected (filters cleared when they
    // hide it); false when the file does not hold it.
    bool selectMessage(qint64 id);
    // The Messages view with the first message exchange id carried selected.
    bool showMessagesOfExchange(qint64 exchangeId);
    enum Mode
    {
        ExchangesMode,
        MessagesMode
    };
    void setMode(Mode mode);
    Mode mode() const;
    // The labels of the chips shown, in order (tests, and the status bar).
    QStringList filterChipKeys() const;

    QByteArray saveSplitState() const;
    void restoreSplitState(const QByteArray &state);

Q_SIGNALS:
    // Something went wrong reading; timeoutMs 0 keeps the message.
    void statusMessage(const QString &message, int timeoutMs);
    void shownCountChanged(int shown);
    void replayRequested(const mcpscope::ReplaySource &source);
    // Export Selected… (object name exportSelected) on selected rows.
    void exportRequested(const QList<qint64> &exchangeIds);
    // Show in session: the tab of this recorded session (its capture session
    // id), when it is open; else the window filters the log to it.
    void sessionRequested(qint64 sessionId);
    // The session filter was lifted from the page (its chip, Clear all): the
    // window deselects the sidebar's session.
    void sessionFilterCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Clear all: every filter, the session's too (the sidebar is told).
    void clearEveryFilter();
    void retranslateUi();
    void applyFilter();
    void showSelected();
    void showContextMenu(const QPoint &pos);
    void updateActions();
    void copySelected(int what);
    void compareSelected();
    void replayExchange(qint64 id);
    void showSelectedMessage();
    void showMessagesMenu(const QPoint &pos);
    void rebuildChips();
    void addChip(const QString &key, const QString &text, const std::function<void()> &clear);
    void removeSearchTerm(const QString &key);
    void addSearchTerm(const QString &key, const QString &value);
    void copyAsCurl(qint64 exchangeId);
    void copyExchangeAsJson(qint64 exchangeId);
    void copyMessageAsJson(qint64 messageId);
    void updateSessionCounts();
    // The row the context menu is about: exchange, message.
    qint64 currentMessageId() const;

    CaptureStore *m_store;
    CaptureModel *m_model;
    CaptureReader m_reader;
    QString m_path;
    qint64 m_sessionFilter = 0;
    QList<qint64> m_exchangeFilter;
    QString m_exchangeFilterOrigin;
    bool m_follow = true;

    QWidget *m_exchangeFilterBar;
    QLabel *m_exchangeFilterLabel;
    QPushButton *m_clearExchangeFilter;
    QComboBox *m_methodFilter;
    QComboBox *m_statusFilter;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QTableView *m_log;
    ExchangeDetailView *m_detail;
    QSplitter *m_split;
    QTabBar *m_mode;
    QStackedWidget *m_pages;
    MessagesModel *m_messages;
    QTableView *m_messagesLog;
    QLabel *m_messageSummary;
    QPlainTextEdit *m_messageJson;
    QPushButton *m_showExchange;
    QSplitter *m_messagesSplit;
    QWidget *m_chips;
    QPushButton *m_clearAll;
    QLabel *m_filterProblems;
    QStringList m_chipKeys;
    QPointer<SessionListModel> m_sessionList;
    QTimer *m_countsTimer;
    QAction *m_copyAsCurl;
    QAction *m_copyAsJson;
    QAction *m_showInSession;
    QAction *m_filterByMethod;
    QAction *m_filterByTool;
    QAction *m_filterBySession;
    QAction *m_filterByStatus;
    QAction *m_showMessages;
    QAction *m_showExchangeAction;
    QAction *m_copyUrl;
    QAction *m_copyRequestBody;
    QAction *m_copyResponseBody;
    QAction *m_compare;
    QAction *m_replay;
    QAction *m_exportSelected;
};

} // namespace mcpscope
