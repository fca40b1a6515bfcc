#include "ui/session/result_view.h"

#include "ui/common/image_strip.h"
#include "ui/common/json_view.h"
#include "ui/common/plain_label.h"
#include "ui/common/theme.h"

#include "common/ordered_json.h"
#include "mcp/mcp_client.h"
#include "net/body_decoding.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

const auto MarkdownKey = QStringLiteral("results/renderMarkdown");

// A browser that loads nothing a document names: Markdown from a server may
// point images at local files or the network, and neither is fetched.
class InertBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

QString sizeText(qsizetype bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

std::optional<QByteArray> base64(const QJsonValue &value)
{
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? std::optional<QByteArray>(*decoded) : std::nullopt;
}

// Writes a result into a document: our own headings in bold, every word of
// the server's as plain text (or Markdown without HTML, when asked).
class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(ResultView)

public:
    Renderer(QTextDocument *document, bool markdown) : m_cursor(document), m_markdown(markdown) {}

    QList<ImageStrip::Image> images;

    void heading(const QString &text)
    {
        startBlock();
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        m_cursor.insertText(text, bold);
        m_cursor.insertBlock();
        m_cursor.setCharFormat(QTextCharFormat());
        m_empty = true; // what follows a heading goes in the block just opened
    }

    void text(const QString &text, bool allowMarkdown)
    {
        startBlock();
        if (allowMarkdown && m_markdown) {
            QTextDocument markdown;
            markdown.setMarkdown(
                text, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                      QTextDocument::MarkdownNoHTML));
            m_cursor.insertFragment(QTextDocumentFragment(&markdown));
        } else {
            m_cursor.insertText(text, QTextCharFormat());
        }
    }

    // One tool (or prompt message) content block.
    void contentBlock(const QJsonObject &c)
    {
        const QString type = c.value(QStringLiteral("type")).toString();
        const QString mime = c.value(QStringLiteral("mimeType")).toString();
        if (type == u"text") {
            text(c.value(QStringLiteral("text")).toString(), true);
        } else if (type == u"image") {
            const auto data = base64(c.value(QStringLiteral("data")));
            images.append(
                {data.value_or(QByteArray()), mime, tr("image %1").arg(images.size() + 1)});
            heading(data ? tr("Image (%1, %2), previewed below").arg(mime, sizeText(data->size()))
                         : tr("Image (%1): the data is not valid base64").arg(mime));
        } else if (type == u"audio") {
            const auto data = base64(c.value(QStringLiteral("data")));
            heading(data ? tr("Audio (%1, %2)").arg(mime, sizeText(data->size()))
                         : tr("Audio (%1): the data is not valid base64").arg(mime));
        } else if (type == u"resource") {
            resourceContents(c.value(QStringLiteral("resource")).toObject(),
                             tr("Embedded resource: "));
        } else if (type == u"resource_link") {
            heading(tr("Resource link: %1")
                        .arg(c.value(QStringLiteral("title"))
                                 .toString(c.value(QStringLiteral("name")).toString())));
            QStringList lines{c.value(QStringLiteral("uri")).toString()};
            if (!mime.isEmpty())
                lines.first() += QStringLiteral(" (%1)").arg(mime);
            if (const QString d = c.value(QStringLiteral("description")).toString(); !d.isEmpty())
                lines << d;
            text(lines.join(QLatin1Char('\n')), false);
        } else {
            heading(tr("Content of type \"%1\" (see Raw JSON)").arg(type));
        }
    }

    // One resources/read content (or an embedded resource).
    void resourceContents(const QJsonObject &c, const QString &prefix = {})
    {
        const QString mime = c.value(QStringLiteral("mimeType")).toString();
        QString head = prefix + c.value(QStringLiteral("uri")).toString();
        if (!mime.isEmpty())
            head += QStringLiteral(" (%1)").arg(mime);
        if (c.contains(QStringLiteral("text"))) {
            heading(head);
            text(c.value(QStringLiteral("text")).toString(), mime == u"text/markdown");
        } else if (c.contains(QStringLiteral("blob"))) {
            const auto data = base64(c.value(QStringLiteral("blob")));
            if (!data) {
                heading(tr("%1: the blob is not valid base64").arg(head));
            } else if (mime.startsWith(u"image/")) {
                images.append({*data, mime, c.value(QStringLiteral("uri")).toString()});
                heading(tr("%1: image of %2 bytes, previewed below").arg(head).arg(data->size()));
            } else {
                heading(tr("%1: blob of %2 bytes").arg(head).arg(data->size()));
                text(decodeBody(*data, mime.toLatin1()).text, false);
            }
        } else {
            heading(head);
        }
    }

private:
    void startBlock()
    {
        if (!m_empty)
            m_cursor.insertBlock();
        m_empty = false;
    }

    QTextCursor m_cursor;
    bool m_markdown;
    bool m_empty = true;
};

} // namespace

ResultView::Answer ResultView::answerOf(const McpRequest &request, double latencyMs)
{
    Answer answer;
    answer.latencyMs = latencyMs;
    answer.at = QDateTime::currentDateTime();
    answer.exchangeId = request.exchangeId();
    answer.httpStatus = request.httpStatus();
    if (request.succeeded()) {
        answer.value = request.result();
        answer.raw = request.rawResult();
        answer.outcome = answer.value.toObject().value(QStringLiteral("isError")).toBool()
                             ? Outcome::ToolError
                             : Outcome::Ok;
        return answer;
    }
    answer.notes << request.error().message;
    answer.rpcCode = request.rpcErrorCode();
    switch (request.error().code) {
    case ErrorCode::McpTimeout:
    case ErrorCode::NetTimeout:
    case ErrorCode::McpCancelled:
    case ErrorCode::McpClosed:
    case ErrorCode::NetClosed:
        answer.outcome = Outcome::NoAnswer;
        break;
    default:
        answer.outcome = answer.rpcCode ? Outcome::RpcError : Outcome::Failed;
    }
    return answer;
}

ResultView::ResultView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QWidget(this);
    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(0, 0, 0, 0);
    m_outcome = createPlainLabel(m_header);
    m_outcome->setObjectName(QStringLiteral("resultOutcome"));
    m_outcome->setWordWrap(false);
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    m_timing = createPlainLabel(m_header);
    m_timing->setObjectName(QStringLiteral("resultTiming"));
    m_timing->setWordWrap(false);
    m_showExchange = new QToolButton(m_header);
    m_showExchange->setObjectName(QStringLiteral("showExchange"));
    m_showExchange->setText(tr("Show exchange"));
    m_showExchange->setAutoRaise(true);
    m_showExchange->setToolTip(tr("Show the HTTP exchange that carried this call in the log"));
    m_markdown = new QCheckBox(tr("Render Markdown"), this);
    m_markdown->setObjectName(QStringLiteral("renderMarkdown"));
    m_markdown->setToolTip(tr("Show text content as Markdown (raw HTML is never rendered)"));
    m_markdown->setChecked(QSettings().value(MarkdownKey, false).toBool());
    header->addWidget(m_outcome);
    header->addWidget(m_timing);
    header->addWidget(m_showExchange);
    header->addStretch(1);
    header->addWidget(m_markdown);
    layout->addWidget(m_header);
    m_notes = createPlainLabel(this);
    m_notes->setObjectName(QStringLiteral("resultNotes"));
    layout->addWidget(m_notes);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setDocumentMode(true);
    auto *contentPage = new QSplitter(Qt::Vertical, m_tabs);
    auto *contentTop = new QWidget(contentPage);
    auto *contentLayout = new QVBoxLayout(contentTop);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_content = new InertBrowser(contentTop);
    m_content->setObjectName(QStringLiteral("resultContent"));
    m_content->setOpenLinks(false);
    m_content->setOpenExternalLinks(false);
    m_content->setUndoRedoEnabled(false);
    m_images = new ImageStrip(contentTop);
    m_images->setObjectName(QStringLiteral("resultImages"));
    contentLayout->addWidget(m_content, 1);
    contentLayout->addWidget(m_images);
    m_structuredBox = new QWidget(contentPage);
    auto *structuredLayout = new QVBoxLayout(m_structuredBox);
    structuredLayout->setContentsMargins(0, 0, 0, 0);
    QLabel *structuredLabel = createPlainLabel(m_structuredBox);
    structuredLabel->setText(tr("Structured content"));
    m_structured = new JsonTreeView(m_structuredBox);
    m_structured->setObjectName(QStringLiteral("structuredContent"));
    structuredLayout->addWidget(structuredLabel);
    structuredLayout->addWidget(m_structured, 1);
    contentPage->setStretchFactor(0, 3);
    contentPage->setStretchFactor(1, 2);
    m_tabs->addTab(contentPage, tr("Content"));
    m_raw = new JsonView(m_tabs);
    m_raw->setObjectName(QStringLiteral("resultRaw"));
    m_tabs->addTab(m_raw, tr("Raw JSON"));
    layout->addWidget(m_tabs, 1);

    connect(m_showExchange, &QToolButton::clicked, this, [this] {
        if (m_answer.exchangeId > 0)
            Q_EMIT exchangesRequested({m_answer.exchangeId});
    });
    connect(m_markdown, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(MarkdownKey, on);
        if (m_shown)
            render();
    });
    clear();
}

void ResultView::setPlaceholderText(const QString &text)
{
    m_content->setPlaceholderText(text);
}

void ResultView::clear()
{
    m_shown = false;
    m_answer = {};
    m_header->hide();
    m_notes->clear();
    m_notes->hide();
    m_content->clear();
    m_images->setImages({});
    m_structured->clear();
    m_structuredBox->hide();
    m_raw->clear();
}

void ResultView::showAnswer(const Answer &answer)
{
    m_answer = answer;
    m_shown = true;
    QString outcome;
    Theme::Tone tone = Theme::Tone::Error;
    switch (answer.outcome) {
    case Outcome::Ok:
        outcome = tr("OK");
        tone = Theme::Tone::Success;
        break;
    case Outcome::ToolError:
        outcome = tr("Tool error (isError)");
        break;
    case Outcome::RpcError:
        outcome = tr("JSON-RPC error %1").arg(answer.rpcCode.value_or(0));
        break;
    case Outcome::NoAnswer:
        outcome = tr("No answer");
        tone = Theme::Tone::Warning;
        break;
    case Outcome::Failed:
        outcome =
            answer.httpStatus > 0 ? tr("Failed: HTTP %1").arg(answer.httpStatus) : tr("Failed");
        break;
    }
    m_outcome->setText(outcome);
    Theme::setTone(m_outcome, tone);
    QStringList timing;
    if (answer.latencyMs >= 0)
        timing << tr("%1 ms").arg(qRound64(answer.latencyMs));
    if (answer.at.isValid())
        timing << answer.at.toString(QStringLiteral("HH:mm:ss"));
    m_timing->setText(timing.join(QStringLiteral(" · ")));
    m_showExchange->setVisible(answer.exchangeId > 0);
    m_header->show();
    m_notes->setText(answer.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!answer.notes.isEmpty());
    render();
}

void ResultView::render()
{
    const QJsonObject result = m_answer.value.toObject();
    m_content->clear();
    Renderer renderer(m_content->document(), m_markdown->isChecked());
    if (result.contains(QStringLiteral("content"))) { // tools/call
        for (const QJsonValue &c : result.value(QStringLiteral("content")).toArray())
            renderer.contentBlock(c.toObject());
    } else if (result.contains(QStringLiteral("contents"))) { // resources/read
        for (const QJsonValue &c : result.value(QStringLiteral("contents")).toArray())
            renderer.resourceContents(c.toObject());
    } else if (result.contains(QStringLiteral("messages"))) { // prompts/get
        if (const QString d = result.value(QStringLiteral("description")).toString(); !d.isEmpty())
            renderer.text(d, false);
        for (const QJsonValue &m : result.value(QStringLiteral("messages")).toArray()) {
            const QJsonObject message = m.toObject();
            renderer.heading(message.value(QStringLiteral("role")).toString());
            const QJsonValue content = message.value(QStringLiteral("content"));
            if (content.isArray())
                for (const QJsonValue &c : content.toArray())
                    renderer.contentBlock(c.toObject());
            else
                renderer.contentBlock(content.toObject());
        }
    }
    m_content->moveCursor(QTextCursor::Start);
    m_images->setImages(renderer.images);

    const QByteArray raw = !m_answer.raw.isEmpty() ? m_answer.raw
                           : m_answer.value.isUndefined() || m_answer.value.isNull()
                               ? QByteArray()
                               : jsonValueText(m_answer.value);
    if (raw.isEmpty()) {
        m_raw->clear();
        m_raw->setPlaceholderText(tr("No result came back."));
    } else {
        m_raw->setJson(raw);
    }
    const auto structured = jsonMember(raw, u"structuredContent");
    m_structuredBox->setVisible(structured.has_value());
    if (structured)
        m_structured->setJson(*structured, -1);
    else
        m_structured->clear();
    // Nothing to read on the Content tab: the raw JSON is what there is.
    if (m_content->document()->isEmpty() && !structured && !raw.isEmpty())
        m_tabs->setCurrentWidget(m_raw);
}

} // namespace mcpscope
