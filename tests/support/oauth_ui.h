#pragma once

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// The OAuth flow inspector (OAuthFlowView) and the token vault (VaultView)
// as a user drives them, through child widgets found by object name
// (flowSteps, revealSecrets, sendRequest, vaultTable, refreshToken, …).
namespace mcpscope::testing {

template <typename T> T *part(QWidget *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
}

// --- Flow inspector ---

inline int stepCount(QWidget *flow)
{
    auto *steps = part<QListWidget>(flow, "flowSteps");
    return steps ? steps->count() : -1;
}

// A step's row: "mark  title — state".
inline QString stepText(QWidget *flow, int index)
{
    auto *steps = part<QListWidget>(flow, "flowSteps");
    return steps && index >= 0 && index < steps->count() ? steps->item(index)->text() : QString();
}

// Makes the step current, as clicking its row does.
inline bool pickStep(QWidget *flow, int index)
{
    auto *steps = part<QListWidget>(flow, "flowSteps");
    if (!steps || index < 0 || index >= steps->count())
        return false;
    steps->setCurrentRow(index);
    return steps->currentRow() == index;
}

inline QString stepDetail(QWidget *flow)
{
    auto *label = part<QLabel>(flow, "stepDetail");
    return label ? label->text() : QString();
}

// The step's values table, a "name: value" line a row.
inline QString stepValues(QWidget *flow)
{
    auto *table = part<QTableWidget>(flow, "stepValues");
    QStringList rows;
    for (int r = 0; table && r < table->rowCount(); ++r)
        rows << table->item(r, 0)->text() + QStringLiteral(": ") + table->item(r, 1)->text();
    return rows.join(QLatin1Char('\n'));
}

// Ticks or clears "Reveal secrets" with the space bar; false when it does
// not end up as asked.
inline bool setRevealSecrets(QWidget *flow, bool reveal)
{
    auto *box = part<QCheckBox>(flow, "revealSecrets");
    if (!box)
        return false;
    if (box->isChecked() != reveal)
        QTest::keyClick(box, Qt::Key_Space);
    return box->isChecked() == reveal;
}

inline QTabWidget *flowDetailTabs(QWidget *flow)
{
    return part<QTabWidget>(flow, "flowDetailTabs");
}

// Shows a page of the step's details (Step, HTTP, Next request, JWT), as
// clicking its tab does.
inline bool showFlowPage(QWidget *flow, int index)
{
    QTabWidget *tabs = flowDetailTabs(flow);
    if (!tabs || index < 0 || index >= tabs->count())
        return false;
    tabs->setCurrentIndex(index);
    return tabs->currentIndex() == index;
}

inline QPlainTextEdit *pendingRequest(QWidget *flow)
{
    return part<QPlainTextEdit>(flow, "pendingRequest");
}

inline QString pendingRequestText(QWidget *flow)
{
    QPlainTextEdit *edit = pendingRequest(flow);
    return edit ? edit->toPlainText() : QString();
}

// Clicks a button of the inspector (startFlow, cancelFlow, sendRequest,
// copySignInUrl); false when it is missing or disabled.
inline bool clickFlowButton(QWidget *flow, const char *name)
{
    auto *button = part<QPushButton>(flow, name);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// --- Token vault ---

inline QTableWidget *vaultTable(QWidget *vault)
{
    return part<QTableWidget>(vault, "vaultTable");
}

inline int vaultRowCount(QWidget *vault)
{
    QTableWidget *table = vaultTable(vault);
    return table ? table->rowCount() : -1;
}

// A row's cells joined by " | ": resource, issuer, scope, expires, refresh
// token, client.
inline QString vaultRowText(QWidget *vault, int row)
{
    QTableWidget *table = vaultTable(vault);
    if (!table || row < 0 || row >= table->rowCount())
        return {};
    QStringList cells;
    for (int col = 0; col < table->columnCount(); ++col)
        cells << (table->item(row, col) ? table->item(row, col)->text() : QString());
    return cells.join(QStringLiteral(" | "));
}

// Picks a row with the mouse (its first cell).
inline bool clickVaultRow(QWidget *vault, int row)
{
    QTableWidget *table = vaultTable(vault);
    if (!table || row < 0 || row >= table->rowCount() || !table->item(row, 0))
        return false;
    table->scrollToItem(table->item(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(row, 0)).center());
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    return selected.size() == 1 && selected.first().row() == row;
}

// Clicks a vault button (refreshToken, revokeToken, deleteToken,
// copyAuthorizationHeader, introspectToken); false when missing or disabled.
inline bool clickVaultButton(QWidget *vault, const char *name)
{
    auto *button = part<QPushButton>(vault, name);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// Types minutes into "Refresh ahead of expiry" over what it showed.
inline bool typeRefreshAhead(QWidget *vault, int minutes)
{
    auto *spin = part<QSpinBox>(vault, "refreshAhead");
    if (!spin)
        return false;
    spin->selectAll(); // what tabbing into it does
    QTest::keyClicks(spin, QString::number(minutes));
    return spin->value() == minutes;
}

// Watches for the message box named name that parent opens (modal: it
// runs its own event loop); when it shows, keeps its text in *text and
// closes it with its OK button, as a user who read it does. The caller
// owns the watcher.
inline QTimer *answerMessageBox(QWidget *parent, const char *name, QString *text)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, parent, [poll, parent, name, text] {
        auto *box = parent->findChild<QMessageBox *>(QLatin1String(name));
        if (!box || !box->isVisible())
            return;
        poll->stop();
        *text = box->text();
        if (QAbstractButton *ok = box->button(QMessageBox::Ok))
            QTest::mouseClick(ok, Qt::LeftButton);
    });
    poll->start();
    return poll;
}

} // namespace mcpscope::testing
