#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace mcpscope {

class ImageStrip;
class JsonTreeView;
class JsonView;
class McpRequest;

// The answer to one request, rendered for a reader: a header with the
// outcome (OK, the tool's isError, a JSON-RPC error code, no answer, a
// failure), the latency and the time, and "Show exchange" (the HTTP exchange
// that carried it, in the capture log); notes (an error's explanation, the
// outputSchema check); then a Content tab and a Raw JSON tab.
// Content: tool content blocks (text as text, Markdown only when the user
// ticks Render Markdown, raw HTML never; images previewed; audio named with
// its type and size; embedded resources and resource links with their uri,
// type, name and description), resources/read contents, prompts/get
// messages; structuredContent as a foldable tree in the server's key order.
// Raw JSON: the result as sent, with line numbers, a tree and Copy.
// Everything the server wrote is inserted as plain text.
// Children named for tests: resultOutcome, resultTiming, showExchange,
// renderMarkdown, resultNotes, resultTabs, resultContent (QTextBrowser),
// resultImages (ImageStrip), structuredContent (JsonTreeView), resultRaw
// (JsonView).
class ResultView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultView)

public:
    enum class Outcome
    {
        Ok,
        ToolError, // the result says isError: true
        RpcError,  // the server answered with a JSON-RPC error
        NoAnswer,  // timed out, cancelled, or the session closed first
        Failed     // refused or broken on the way (HTTP status, network)
    };
    struct Answer
    {
        Outcome outcome = Outcome::Ok;
        std::optional<int> rpcCode;
        int httpStatus = 0;
        QByteArray raw;   // the result as the server wrote it (may be empty)
        QJsonValue value; // the result parsed
        double latencyMs = -1;
        QDateTime at;
        qint64 exchangeId = 0; // 0: not carried by a recorded HTTP exchange
        QStringList notes;     // shown above the tabs, as plain text
    };
    // A finished request's answer; the error message (if any) is its first note.
    static Answer answerOf(const McpRequest &request, double latencyMs);

    explicit ResultView(QWidget *parent = nullptr);

    void showAnswer(const Answer &answer);
    // Back to empty (no header): another tool was picked, or a call started.
    void clear();
    void setPlaceholderText(const QString &text);
    bool isEmpty() const { return !m_shown; }

Q_SIGNALS:
    // The user asked for the capture log's rows of the exchange that carried it.
    void exchangesRequested(const QList<qint64> &exchangeIds);

private:
    void render();

    QWidget *m_header;
    QLabel *m_outcome;
    QLabel *m_timing;
    QToolButton *m_showExchange;
    QCheckBox *m_markdown;
    QLabel *m_notes;
    QTabWidget *m_tabs;
    QTextBrowser *m_content;
    ImageStrip *m_images;
    QWidget *m_structuredBox;
    JsonTreeView *m_structured;
    JsonView *m_raw;
    Answer m_answer;
    bool m_shown = false;
};

} // namespace mcpscope
