#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTimer;

namespace mcpscope {

class FeatureListModel;
class McpClient;
class McpRequest;
class ResultView;
class SchemaForm;

// The Tools tab: the server's tools (a search box filtering by name, title
// and description, a count, each tool's title and annotation badges); for
// the selected one a form generated from its input schema beside a JSON
// editor that validates as you type (schema problems shown once the user has
// edited); Call (Ctrl+Return) with a progress bar and Cancel; the result
// rendered (ResultView: outcome, latency, content, structuredContent, raw
// JSON), checked against the tool's outputSchema, and cleared when another
// tool is picked. A rate-limited call turns Call into Retry once the
// server's Retry-After has passed.
// Child widgets a user works with carry object names: toolSearch,
// toolCount, toolList, toolArguments, argumentsState, argumentForm,
// callTool, cancelTool, toolProgress, toolResult (the ResultView),
// pinResult, compareWithPinned. Pin result keeps the
// last result; Compare with pinned opens a DiffDialog of the pinned result
// (old) against the last one (new), so two calls of a tool can be diffed.
class ToolsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolsTab)

public:
    // client must outlive the tab.
    explicit ToolsTab(McpClient *client, QWidget *parent = nullptr);

    // Lists the tools again (tools/list); the selected tool and the arguments
    // typed for it are kept.
    void refresh();
    // The input schema of tool as last listed (empty when unknown).
    QJsonObject inputSchema(const QString &tool) const;
    // Re-opens a call into the form: selects tool and puts argumentsJson in
    // the arguments editor exactly as given (the form follows when it is an
    // object). A tool not listed yet is opened once a listing names it (the
    // latest openCall wins); a search that hides it is cleared. History's
    // "Open in form" uses it.
    void openCall(const QString &tool, const QByteArray &argumentsJson);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A tools/call this tab sent has finished, with a result or an error.
    void toolCallFinished();
    // The user asked for the capture log's rows of these exchanges (a result's
    // "Show exchange").
    void exchangesRequested(const QList<qint64> &exchangeIds);

private:
    void showTool();
    void selectTool(const QString &name);
    void onArgumentsEdited();
    void onFormEdited();
    void validateArguments();
    void callSelectedTool();
    void showCallResult(McpRequest *request);
    void offerRetry(qint64 retryAfterMs);
    void showRetry();
    void pinResult();
    void compareWithPinned();
    void updatePinButtons();
    void applyPendingCall();
    void updateCount();
    int currentRow() const; // the shown tool's row in m_tools, -1 when none

    McpClient *m_client;
    FeatureListModel *m_tools;
    QSortFilterProxyModel *m_filter;
    QString m_shownTool;
    // The user has edited the arguments of the shown tool (schema problems show from then on).
    bool m_touched = false;
    struct PendingCall
    {
        QString tool;
        QByteArray arguments;
    };
    std::optional<PendingCall> m_pendingCall;
    QPointer<McpRequest> m_running;
    bool m_syncingArguments = false;
    int m_retryLeftS = 0;

    QLineEdit *m_search;
    QLabel *m_count;
    QListView *m_toolList;
    QLabel *m_toolDescription;
    QTabWidget *m_argumentTabs;
    SchemaForm *m_form;
    QWidget *m_formPage;
    QPlainTextEdit *m_schema;
    QPlainTextEdit *m_arguments;
    QLabel *m_argumentsState;
    QPushButton *m_call;
    QPushButton *m_cancel;
    QTimer *m_retryTick; // counts down the Retry-After of a rate-limited call
    QProgressBar *m_busy;
    QLabel *m_progressText;
    ResultView *m_result;
    QPushButton *m_pin;
    QPushButton *m_compare;

    // The last successful result and the pinned one, with what to call them
    // and how long the call took.
    struct Kept
    {
        QJsonValue result = QJsonValue(QJsonValue::Undefined);
        QString label;
        double ms = -1;
    };
    Kept m_last;
    Kept m_pinned;
    QElapsedTimer m_callClock;
};

} // namespace mcpscope
