#pragma once

#include <QLabel>

namespace mcpscope {

// A selectable, word-wrapped label that never interprets its text: QLabel
// guesses rich text by default, an injection hole for server-supplied text.
inline QLabel *createPlainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace mcpscope

namespace mcpscope {

// A tooltip that shows server text literally: Qt renders tooltips that look
// like markup as rich text, so the text is escaped inside a paragraph.
inline QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace mcpscope
