#include "ui/capture/exchange_detail_view.h"

#include "ui/common/theme.h"

#include "net/body_decoding.h"
#include "ui/capture/timing_bar.h"
#include "ui/common/json_highlighter.h"
#include "ui/common/plain_label.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

// Bodies past this size are shown raw: colouring megabytes stalls the UI.
constexpr qsizetype kHighlightLimit = 2 * 1024 * 1024;

} // namespace

BodyPane::BodyPane(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("bodyMode"));
    m_mode->addItems({tr("Pretty"), tr("Raw"), tr("Hex")});
    m_mode->setToolTip(tr("How to show the body"));
    m_mode->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    bar->addWidget(m_mode);
    m_problem = createPlainLabel(this);
    m_problem->setObjectName(QStringLiteral("bodyProblem"));
    Theme::setTone(m_problem, Theme::Tone::Warning);
    bar->addWidget(m_problem, 1);
    bar->addStretch(0);
    layout->addLayout(bar);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("bodyText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlaceholderText(tr("No body"));
    layout->addWidget(m_text, 1);
    m_highlighter = new JsonHighlighter(nullptr);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &BodyPane::render);
}

void BodyPane::setBody(const QByteArray &body, const QByteArray &contentType, const QString &note)
{
    m_body = body;
    m_contentType = contentType;
    m_note = note;
    render();
}

void BodyPane::render()
{
    m_highlighter->setDocument(nullptr);
    const DecodedBody decoded = decodeBody(m_body, m_contentType);
    QStringList notes;
    if (!m_note.isEmpty())
        notes << m_note;
    if (!decoded.problem.isEmpty())
        notes << decoded.problem;
    m_problem->setText(notes.join(QLatin1Char(' ')));
    m_problem->setVisible(!notes.isEmpty());
    switch (m_mode->currentIndex()) {
    case Pretty:
        m_text->setPlainText(decoded.text);
        if ((decoded.kind == BodyKind::Json || decoded.kind == BodyKind::EventStream) &&
            m_body.size() <= kHighlightLimit)
            m_highlighter->setDocument(m_text->document());
        break;
    case Raw:
        m_text->setPlainText(decoded.kind == BodyKind::Binary ? decoded.text
                                                              : QString::fromUtf8(m_body));
        break;
    case Hex:
        m_text->setPlainText(hexDump(m_body));
        break;
    }
}

ExchangeDetailView::ExchangeDetailView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = createPlainLabel(this);
    m_summary->setObjectName(QStringLiteral("exchangeSummary"));
    m_summary->setStyleSheet(QStringLiteral("font-weight: 600; padding: 4px;"));
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summary->setMinimumWidth(0);
    m_summary->setWordWrap(false);
    m_replay = new QPushButton(tr("Replay…"), this);
    m_replay->setObjectName(QStringLiteral("detailReplay"));
    m_replay->setToolTip(tr("Send this request again, edited first, and compare the answers"));
    m_replay->hide();
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (m_shownId > 0)
            Q_EMIT replayRequested(m_shownId);
    });
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_replay);
    layout->addLayout(summaryRow);
    m_error = createPlainLabel(this);
    m_error->setObjectName(QStringLiteral("exchangeError"));
    m_error->setWordWrap(true);
    m_error->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    Theme::setBanner(m_error, Theme::Banner::Error,
                     QStringLiteral("padding: 6px; border-radius: 3px;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("exchangeTabs"));
    m_headers = new QTreeWidget(this);
    m_headers->setObjectName(QStringLiteral("exchangeHeaders"));
    m_headers->setColumnCount(2);
    m_headers->setHeaderLabels({tr("Name"), tr("Value")});
    m_headers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->setWordWrap(true);
    m_headers->setUniformRowHeights(false);
    m_request = new BodyPane(this);
    m_response = new BodyPane(this);
    m_request->setObjectName(QStringLiteral("requestBody"));
    m_response->setObjectName(QStringLiteral("responseBody"));
    auto *timing = new QWidget(this);
    auto *timingLayout = new QVBoxLayout(timing);
    m_timingBar = new TimingBar(timing);
    m_timing = createPlainLabel(timing);
    m_timing->setObjectName(QStringLiteral("exchangeTiming"));
    m_timing->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    timingLayout->addWidget(m_timingBar);
    timingLayout->addWidget(m_timing);
    timingLayout->addStretch(1);
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_request, tr("Request body"));
    m_tabs->addTab(m_response, tr("Response body"));
    m_tabs->addTab(timing, tr("Timing"));
    layout->addWidget(m_tabs, 1);
    clear();
}

void ExchangeDetailView::clear()
{
    m_shownId = 0;
    m_replay->hide();
    setSummary(tr("Select an exchange to see its headers, bodies and timing."));
    m_error->hide();
    m_headers->clear();
    m_request->setBody({}, {});
    m_response->setBody({}, {});
    m_timing->clear();
    m_timingBar->setTimings(-1, -1);
}

void ExchangeDetailView::setReplayOffered(bool offered)
{
    m_replayOffered = offered;
    m_replay->setVisible(offered && m_shownId > 0);
}

void ExchangeDetailView::showExchange(const Exchange &e)
{
    m_shownId = e.id;
    m_replay->setVisible(m_replayOffered && e.id > 0);
    // A stored exchange has no reason phrase: "201", not "201 ".
    const QString status = e.status > 0 ? QStringLiteral("%1 %2")
                                              .arg(e.status)
                                              .arg(QString::fromLatin1(e.reasonPhrase))
                                              .trimmed()
                                        : tr("no response");
    setSummary(QStringLiteral("%1 %2  →  %3").arg(QString::fromLatin1(e.method), e.url, status));
    const bool failed = e.failed();
    m_error->setText(
        failed ? tr("%1 error: %2").arg(errorCodeId(e.errorCode).toUpper(), e.errorMessage)
               : e.errorMessage);
    m_error->setVisible(!e.errorMessage.isEmpty());

    m_headers->clear();
    auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_headers, {title});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setFirstColumnSpanned(true);
        item->setExpanded(true);
        return item;
    };
    auto *general = section(tr("General"));
    new QTreeWidgetItem(general, {tr("Request URL"), e.url});
    new QTreeWidgetItem(general, {tr("Method"), QString::fromLatin1(e.method)});
    new QTreeWidgetItem(general, {tr("Status"), status});
    new QTreeWidgetItem(general, {tr("HTTP version"), e.httpVersion});
    new QTreeWidgetItem(
        general,
        {tr("Started"), QDateTime::fromMSecsSinceEpoch(e.startedAtMs).toString(Qt::ISODateWithMs)});
    auto *request = section(tr("Request headers (%1)").arg(e.requestHeaders.size()));
    for (const auto &[name, value] : e.requestHeaders)
        new QTreeWidgetItem(request, {QString::fromLatin1(name), QString::fromUtf8(value)});
    auto *response = section(tr("Response headers (%1)").arg(e.responseHeaders.size()));
    for (const auto &[name, value] : e.responseHeaders)
        new QTreeWidgetItem(response, {QString::fromLatin1(name), QString::fromUtf8(value)});
    if (!e.tlsChain.isEmpty()) {
        auto *chain = section(tr("TLS certificate chain"));
        for (const auto &cert : e.tlsChain) {
            auto *c = new QTreeWidgetItem(chain, {tr("Subject"), cert.subject});
            new QTreeWidgetItem(c, {tr("Issuer"), cert.issuer});
            new QTreeWidgetItem(c, {tr("Valid from"), cert.notBefore});
            new QTreeWidgetItem(c, {tr("Expires"), cert.notAfter});
            new QTreeWidgetItem(c, {tr("SHA-256"), cert.sha256});
            c->setExpanded(true);
        }
    }

    m_request->setBody(e.requestBody, e.requestHeader("content-type"));
    const QString note = e.responseTruncated ? tr("Only the first %1 of %2 bytes were captured.")
                                                   .arg(e.responseBody.size())
                                                   .arg(e.responseBodySize)
                                             : QString();
    m_response->setBody(e.responseBody, e.responseHeader("content-type"), note);

    auto ms = [](double v) {
        return v < 0 ? QStringLiteral("—") : QStringLiteral("%1 ms").arg(v, 0, 'f', 2);
    };
    const double download = e.ttfbMs >= 0 && e.totalMs >= 0 ? e.totalMs - e.ttfbMs : -1;
    m_timing->setText(tr("Waiting (time to first byte)  %1\nContent download              "
                         "%2\nTotal                         %3\n"
                         "Response size                 %4 bytes")
                          .arg(ms(e.ttfbMs), ms(download), ms(e.totalMs))
                          .arg(e.responseBodySize));
    m_timingBar->setTimings(e.ttfbMs, e.totalMs);
    if (failed && m_tabs->currentIndex() == TimingTab)
        m_tabs->setCurrentIndex(HeadersTab);
}

void ExchangeDetailView::setSummary(const QString &text)
{
    m_summaryText = text;
    m_summary->setProperty("fullText", text); // what tests read
    m_summary->setToolTip(plainToolTip(text));
    elideSummary();
}

void ExchangeDetailView::elideSummary()
{
    const int width = std::max(40, m_summary->width() - 12);
    m_summary->setText(m_summary->fontMetrics().elidedText(m_summaryText, Qt::ElideMiddle, width));
}

void ExchangeDetailView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elideSummary();
}

} // namespace mcpscope
