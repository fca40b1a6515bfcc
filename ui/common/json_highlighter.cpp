#include "ui/common/json_highlighter.h"

#include <QFontDatabase>
#include <QPlainTextEdit>

namespace mcpscope {

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    auto format = [](const QColor &color, bool bold = false) {
        QTextCharFormat f;
        f.setForeground(color);
        if (bold)
            f.setFontWeight(QFont::DemiBold);
        return f;
    };
    // Later rules win: keys are strings too, so they come last.
    m_rules = {
        {QRegularExpression(
             QStringLiteral("(?<![\\w.-])-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?(?![\\w.-])")),
         format(QColor(0x09, 0x86, 0x58))},
        {QRegularExpression(QStringLiteral("\\b(true|false|null)\\b")),
         format(QColor(0x00, 0x00, 0xff))},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"")),
         format(QColor(0xa3, 0x15, 0x15))},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"(?=\\s*:)")),
         format(QColor(0x04, 0x51, 0xa5), true)},
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
