#pragma once

#include "net/exchange.h"
#include "replay/recorded_session.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace mcpscope {

class CallReplay;
class DiffView;
class ExchangeReplay;
class McpSession;

// Where a replay can go: an open session tab, or the window's session for
// plain HTTP requests. session is asked at send time (a plain session may be
// opened only then); null: it is gone.
struct ReplayTarget
{
    QString label;   // as the picker shows it (the tab's title)
    QString target;  // the URL or command line it talks to (picks the default)
    bool mcp = true; // an MCP session (false: plain HTTP only)
    std::function<McpSession *()> session;
    // The input schema of a tool, as the target last listed it (empty: unknown).
    std::function<QJsonObject(const QString &tool)> toolSchema;
};

// What is replayed: a captured exchange as stored (redacted), the JSON-RPC
// request it carried if any, and the target of the session that recorded it.
struct ReplaySource
{
    Exchange exchange;
    std::optional<RecordedRequest> call;
    QString recordedTarget;
};

// Replay…: sends a captured request again, edited first, and shows the
// original and the replay side by side (a DiffView, with timings).
// Two ways, a tab each: "Call" (the JSON-RPC request: its method, its params
// as JSON, validated as you type, tools/call arguments also against the
// target's input schema, with Send anyway when they no longer validate) to
// any open MCP session; "HTTP request" (method, URL, headers, raw body; the
// headers the capture redacted are named and not sent as the marker) through
// the plain HTTP session or an MCP session, which adds its own Authorization.
// Nothing blocks: the replay is recorded by the session (replay_of set) and
// the comparison runs off the GUI thread. Deletes itself when closed.
// Object names: replayDialog, replaySource, replayTarget, replayMode,
// replayMethod, replayParams, replayParamsState, replayHttpMethod, replayUrl,
// replayHeaders, replayBody, redactedHeaders, replayMessage, replaySend,
// replaySendAnyway, replayDiff.
class ReplayDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayDialog)

public:
    enum Mode
    {
        CallMode,
        HttpMode
    };

    ReplayDialog(const ReplaySource &source, const QList<ReplayTarget> &targets,
                 QWidget *parent = nullptr);
    ~ReplayDialog() override;

    DiffView *diffView() const { return m_diff; }

Q_SIGNALS:
    // A replay has finished and its comparison is being shown.
    void replayFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillTargets();
    void validateParams();
    void send(bool anyway);
    void sendCall(bool anyway);
    void sendHttp();
    void callFinished();
    void httpFinished();
    void showMessage(const QString &text, bool error);
    void showDiff();
    void setBusy(bool busy);
    const ReplayTarget *currentTarget() const;
    Mode mode() const;

    ReplaySource m_source;
    QList<ReplayTarget> m_targets;
    QPointer<CallReplay> m_call;
    QPointer<ExchangeReplay> m_http;

    QLabel *m_sourceLabel;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QTabWidget *m_mode;
    QLabel *m_methodLabel;
    QLineEdit *m_method;
    QLabel *m_paramsLabel;
    QPlainTextEdit *m_params;
    QLabel *m_paramsState;
    QComboBox *m_httpMethod;
    QLineEdit *m_url;
    QLabel *m_headersLabel;
    QPlainTextEdit *m_headers;
    QLabel *m_redacted;
    QLabel *m_bodyLabel;
    QPlainTextEdit *m_body;
    QLabel *m_message;
    QSplitter *m_split;
    DiffView *m_diff;
    QPushButton *m_send;
    QPushButton *m_sendAnyway;
    QPushButton *m_close;
};

} // namespace mcpscope
