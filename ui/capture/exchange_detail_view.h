#pragma once

#include "net/exchange.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace mcpscope {

class JsonHighlighter;
class TimingBar;

// One body shown three ways: pretty (JSON re-indented and coloured), raw,
// and hex. Everything is plain text: server bytes are never interpreted.
// Named parts: bodyMode (the Pretty/Raw/Hex box), bodyProblem, bodyText.
class BodyPane final : public QWidget
{
    Q_OBJECT

public:
    enum Mode
    {
        Pretty,
        Raw,
        Hex
    };
    explicit BodyPane(QWidget *parent = nullptr);
    void setBody(const QByteArray &body, const QByteArray &contentType, const QString &note = {});

private:
    void render();

    QComboBox *m_mode;
    QLabel *m_problem;
    QPlainTextEdit *m_text;
    JsonHighlighter *m_highlighter;
    QByteArray m_body;
    QByteArray m_contentType;
    QString m_note;
};

// The detail pane of the capture log: headers, both bodies, timing, TLS.
// Named parts: exchangeSummary, exchangeError, exchangeTabs, exchangeHeaders,
// requestBody and responseBody (BodyPanes), exchangeTiming, and detailReplay
// (Replay…: replayRequested with the shown exchange's id). A long URL is
// elided in the summary and wrapped elsewhere: selecting it never widens
// the window.
class ExchangeDetailView final : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        HeadersTab,
        RequestTab,
        ResponseTab,
        TimingTab
    };
    explicit ExchangeDetailView(QWidget *parent = nullptr);

    void showExchange(const Exchange &exchange);
    void clear();
    // Whether Replay… shows with an exchange (not in a capture opened
    // offline: nothing is sent from there).
    void setReplayOffered(bool offered);

    // The exchange shown (0: none).
    qint64 shownId() const { return m_shownId; }

Q_SIGNALS:
    void replayRequested(qint64 exchangeId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Long values (a 2,000-character authorization URL) never widen the
    // window: the summary is elided to the width it has (whole in its tool
    // tip), the error wraps anywhere.
    void setSummary(const QString &text);
    void elideSummary();

    QString m_summaryText;
    qint64 m_shownId = 0;
    bool m_replayOffered = true;
    QPushButton *m_replay;
    QLabel *m_summary;
    QLabel *m_error;
    QTabWidget *m_tabs;
    QTreeWidget *m_headers;
    BodyPane *m_request;
    BodyPane *m_response;
    QLabel *m_timing;
    TimingBar *m_timingBar;
};

} // namespace mcpscope
