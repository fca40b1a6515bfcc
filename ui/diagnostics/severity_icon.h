#pragma once

#include "common/findings.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace mcpscope {

// A finding's severity as the style draws it (the message box icons): the
// same mark in the findings tree, on log rows and in the doctor's stages,
// drawn by the style for light and dark palettes alike.
inline QIcon severityIcon(FindingSeverity severity, const QStyle *style = nullptr)
{
    if (!style)
        style = QApplication::style();
    switch (severity) {
    case FindingSeverity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case FindingSeverity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case FindingSeverity::Note:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

} // namespace mcpscope
