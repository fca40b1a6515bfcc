#include "ui/common/json_view.h"

#include "ui/common/json_highlighter.h"
#include "ui/common/plain_label.h"
#include "ui/common/plain_tooltip_delegate.h"

#include "common/ordered_json.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QVBoxLayout>

namespace mcpscope {

// The gutter paints through its editor, which knows the blocks' geometry.
class JsonGutter final : public QWidget
{
public:
    explicit JsonGutter(JsonTextView *editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    JsonTextView *m_editor;
};

JsonTextView::JsonTextView(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new JsonGutter(this))
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(document());
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &JsonTextView::updateGutter);
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

int JsonTextView::gutterWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(digits, 2);
}

void JsonTextView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void JsonTextView::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void JsonTextView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top())
            painter.drawText(0, top, m_gutter->width() - 4, lineHeight, Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        block = block.next();
        top += height;
    }
}

namespace {

constexpr int NodeLimit = 20000;

char firstChar(QByteArrayView raw)
{
    for (const char c : raw)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return c;
    return 0;
}

// A scalar's text for the value column: strings decoded (shown as plain
// text), anything else as written.
QString scalarText(const QByteArray &raw)
{
    if (firstChar(raw) != '"')
        return QString::fromUtf8(raw.trimmed());
    const QJsonDocument doc = QJsonDocument::fromJson('[' + raw + ']');
    return doc.isArray() ? doc.array().first().toString() : QString::fromUtf8(raw);
}

void addNode(QStandardItem *parent, const QString &key, const QByteArray &raw, int &budget)
{
    if (budget-- <= 0) {
        if (budget == -1)
            parent->appendRow({new QStandardItem(QStringLiteral("…")),
                               new QStandardItem(QCoreApplication::translate(
                                   "JsonTreeView", "more not shown: see the text"))});
        return;
    }
    auto *keyItem = new QStandardItem(key);
    auto *valueItem = new QStandardItem;
    const char c = firstChar(raw);
    if (c == '{') {
        const auto members = jsonMembers(raw);
        valueItem->setText(QStringLiteral("{%1}").arg(members ? members->size() : 0));
        if (members)
            for (const auto &[name, value] : *members)
                addNode(keyItem, name, value, budget);
    } else if (c == '[') {
        const auto elements = jsonElements(raw);
        valueItem->setText(QStringLiteral("[%1]").arg(elements ? elements->size() : 0));
        if (elements)
            for (qsizetype i = 0; i < elements->size(); ++i)
                addNode(keyItem, QStringLiteral("[%1]").arg(i), elements->at(i), budget);
    } else {
        valueItem->setText(scalarText(raw));
        if (valueItem->text().size() > 60) // elided in the column; whole in the tooltip
            valueItem->setToolTip(valueItem->text());
    }
    keyItem->setEditable(false);
    valueItem->setEditable(false);
    parent->appendRow({keyItem, valueItem});
}

} // namespace

JsonTreeView::JsonTreeView(QWidget *parent)
    : QTreeView(parent), m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setItemDelegate(new PlainToolTipDelegate(this));
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    clear();
}

void JsonTreeView::clear()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
}

bool JsonTreeView::setJson(const QByteArray &json, int expandDepth)
{
    clear();
    if (json.isEmpty() || !checkJson(json))
        return false;
    int budget = NodeLimit;
    const char c = firstChar(json);
    QStandardItem *root = m_model->invisibleRootItem();
    // The top level's members are the rows; a scalar is one row.
    if (c == '{') {
        if (const auto members = jsonMembers(json))
            for (const auto &[name, value] : *members)
                addNode(root, name, value, budget);
    } else if (c == '[') {
        const auto elements = jsonElements(json).value_or(QList<QByteArray>());
        for (qsizetype i = 0; i < elements.size(); ++i)
            addNode(root, QStringLiteral("[%1]").arg(i), elements.at(i), budget);
    } else {
        addNode(root, QString(), json, budget);
    }
    if (expandDepth < 0)
        expandAll();
    else if (expandDepth > 0)
        expandToDepth(expandDepth - 1);
    resizeColumnToContents(0);
    return true;
}

JsonView::JsonView(QWidget *parent)
    : QWidget(parent), m_text(new JsonTextView(this)), m_tree(new JsonTreeView(this)),
      m_copy(new QPushButton(tr("Copy"), this)), m_state(createPlainLabel(this))
{
    m_text->setObjectName(QStringLiteral("jsonText"));
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_copy->setObjectName(QStringLiteral("copyJson"));
    m_copy->setToolTip(tr("Copy the JSON text to the clipboard"));
    m_state->setObjectName(QStringLiteral("jsonState"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_state, 1);
    bar->addWidget(m_copy);
    layout->addLayout(bar);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_text);
    split->addWidget(m_tree);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_text->toPlainText());
        m_state->setText(tr("Copied %1 lines").arg(m_text->blockCount()));
    });
    clear();
}

void JsonView::setJson(const QByteArray &json)
{
    const auto indented = indentJson(json);
    m_text->setPlainText(QString::fromUtf8(indented ? *indented : json));
    m_tree->setJson(json);
    m_tree->setVisible(indented.has_value());
    m_copy->setEnabled(!json.isEmpty());
    m_state->setText(indented
                         ? tr("%1 lines, in the order the server sent").arg(m_text->blockCount())
                         : tr("Not valid JSON: shown as received"));
}

void JsonView::clear()
{
    m_text->clear();
    m_tree->clear();
    m_copy->setEnabled(false);
    m_state->clear();
}

QString JsonView::text() const
{
    return m_text->toPlainText();
}

void JsonView::setPlaceholderText(const QString &text)
{
    m_text->setPlaceholderText(text);
}

} // namespace mcpscope
