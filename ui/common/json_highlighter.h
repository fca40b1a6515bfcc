#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

class QPlainTextEdit;
class QWidget;

namespace mcpscope {

// Colours JSON keys, strings, numbers and literals, in the theme's colours. Line-based, so it copes
// with pretty-printed bodies of any size without reparsing the document.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    void buildRules();

    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
};

// A monospace, unwrapped JSON editor (or viewer) with highlighting.
QPlainTextEdit *createJsonEditor(QWidget *parent, bool readOnly);

} // namespace mcpscope
