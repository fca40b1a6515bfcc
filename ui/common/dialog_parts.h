#pragma once

#include "ui/common/plain_label.h"
#include "ui/common/theme.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>

// Pieces the input dialogs share, so they look and behave alike.
namespace mcpscope::DialogParts {

inline QSpinBox *timeoutSpin(QWidget *parent, int seconds, const QString &toolTip)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(1, 3600);
    spin->setValue(seconds);
    spin->setSuffix(QCoreApplication::translate("mcpscope::DialogParts", " s"));
    spin->setToolTip(toolTip);
    return spin;
}

// Hidden until a validation message is set; plain text, red.
inline QLabel *errorLabel(QWidget *parent)
{
    QLabel *label = createPlainLabel(parent);
    Theme::setTone(label, Theme::Tone::Error);
    label->hide();
    return label;
}

// OK (renamed to okText) and Cancel, wired to the dialog's accept/reject.
inline QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace mcpscope::DialogParts
