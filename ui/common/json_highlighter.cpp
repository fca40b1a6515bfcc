#include "ui/common/json_highlighter.h"

#include "ui/common/theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPlainTextEdit>

namespace mcpscope {

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    buildRules();
    // A palette chosen while the text is shown re-colours it.
    connect(Theme::Notifier::instance(), &Theme::Notifier::changed, this, [this] {
        buildRules();
        rehighlight();
    });
}

void JsonHighlighter::buildRules()
{
    auto format = [](const QColor &color, bool bold = false) {
        QTextCharFormat f;
        f.setForeground(color);
        if (bold)
            f.setFontWeight(QFont::DemiBold);
        return f;
    };
    const Theme::JsonColors colors = Theme::jsonColors(QApplication::palette());
    // Later rules win: keys are strings too, so they come last.
    m_rules = {
        {QRegularExpression(
             QStringLiteral("(?<![\\w.-])-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?(?![\\w.-])")),
         format(colors.number)},
        {QRegularExpression(QStringLiteral("\\b(true|false|null)\\b")), format(colors.keyword)},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"")), format(colors.string)},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"(?=\\s*:)")),
         format(colors.key, true)},
    };
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    if (text.size() > 10000) // one enormous line: colouring it would stall the UI
        return;
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), rule.format);
        }
    }
}

QPlainTextEdit *createJsonEditor(QWidget *parent, bool readOnly)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(readOnly);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(edit->document());
    return edit;
}

} // namespace mcpscope
