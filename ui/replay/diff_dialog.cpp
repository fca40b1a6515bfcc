#include "ui/replay/diff_dialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace mcpscope {

DiffDialog::DiffDialog(QWidget *parent) : QDialog(parent), m_view(new DiffView(this))
{
    setObjectName(QStringLiteral("diffDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1200, 800);
}

DiffDialog *DiffDialog::open(QWidget *parent, const QString &title, const DiffSide &left,
                             const DiffSide &right)
{
    auto *dialog = new DiffDialog(parent);
    dialog->setWindowTitle(title);
    dialog->view()->compare(left, right);
    dialog->show();
    return dialog;
}

} // namespace mcpscope
