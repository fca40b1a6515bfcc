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
    return text.isEmpty() ? QString()
                          : QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace mcpscope

#include <QFormLayout>

namespace mcpscope {

// A form row whose label is plain text like every other label.
inline void addPlainRow(QFormLayout *form, const QString &label, QWidget *field)
{
    QLabel *text = createPlainLabel(field->parentWidget());
    text->setWordWrap(false);
    text->setText(label);
    text->setBuddy(field);
    form->addRow(text, field);
}
inline void addPlainRow(QFormLayout *form, const QString &label, QLayout *fields)
{
    QLabel *text = createPlainLabel(nullptr);
    text->setWordWrap(false);
    text->setText(label);
    form->addRow(text, fields);
}

} // namespace mcpscope
