#pragma once

#include "ui/common/plain_label.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QStyledItemDelegate>
#include <QToolTip>

namespace mcpscope {

// An item delegate whose tool tips (Qt::ToolTipRole, server words among them:
// error messages, URLs, descriptions) are shown literally. A view's own tool
// tip takes text that looks like markup for rich text; this one escapes it.
// Delegates that also colour rows derive from it.
class PlainToolTipDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (!event || event->type() != QEvent::ToolTip)
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        const QString tip = index.data(Qt::ToolTipRole).toString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPos(), plainToolTip(tip), view);
        return true;
    }
};

} // namespace mcpscope
