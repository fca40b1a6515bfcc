#pragma once

#include "models/json_change_model.h"
#include "ui/replay/diff_dialog.h"
#include "ui/replay/diff_view.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTreeView>

// The diff view as a user sees it, through its child widgets found by
// object name: the change list, the summary, the two sides.
namespace mcpscope::testing {

inline QTreeView *changeList(QWidget *view)
{
    return view ? view->findChild<QTreeView *>(QStringLiteral("changeList")) : nullptr;
}

// The pointers in the change list, top to bottom.
inline QStringList changePointers(QWidget *view)
{
    QStringList out;
    QTreeView *list = changeList(view);
    for (int row = 0; list && row < list->model()->rowCount(); ++row)
        out << list->model()->index(row, 0).data(JsonChangeModel::PointerRole).toString();
    return out;
}

inline QString changeCell(QWidget *view, int row, int column)
{
    QTreeView *list = changeList(view);
    return list ? list->model()->index(row, column).data().toString() : QString();
}

inline int currentChange(QWidget *view)
{
    QTreeView *list = changeList(view);
    return list ? list->currentIndex().row() : -2;
}

inline QString labelText(QWidget *view, const char *name)
{
    auto *label = view ? view->findChild<QLabel *>(QLatin1String(name)) : nullptr;
    return label ? label->text() : QString();
}

inline QPlainTextEdit *diffSide(QWidget *view, const char *name)
{
    return view ? view->findChild<QPlainTextEdit *>(QLatin1String(name)) : nullptr;
}

// The line the side's cursor is on (where selecting a change scrolled it).
inline QString cursorLine(QWidget *view, const char *name)
{
    QPlainTextEdit *edit = diffSide(view, name);
    return edit ? edit->textCursor().block().text() : QString();
}

// Compares and waits (bounded) for the result to be shown.
inline bool compareAndWait(DiffView &view, const DiffSide &left, const DiffSide &right,
                           int timeoutMs = 15000)
{
    QSignalSpy done(&view, &DiffView::compared);
    view.compare(left, right);
    return done.wait(timeoutMs);
}

// The diff windows open now.
inline QList<DiffDialog *> diffDialogs()
{
    QList<DiffDialog *> out;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<DiffDialog *>(widget))
            out << dialog;
    return out;
}

} // namespace mcpscope::testing
