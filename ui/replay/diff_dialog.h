#pragma once

#include "ui/replay/diff_view.h"

#include <QDialog>

namespace mcpscope {

// A window of its own around a DiffView, so a comparison can stay open beside
// the log or the session it came from. Deletes itself when closed.
// Object name: diffDialog.
class DiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffDialog)

public:
    explicit DiffDialog(QWidget *parent = nullptr);

    DiffView *view() const { return m_view; }

    // Opens a window comparing left with right, titled title.
    static DiffDialog *open(QWidget *parent, const QString &title, const DiffSide &left,
                            const DiffSide &right);

private:
    DiffView *m_view;
};

} // namespace mcpscope
