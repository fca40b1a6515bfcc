#pragma once

#include "common/error.h"
#include "common/findings.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTableView;

namespace mcpscope {

class FindingsModel;
class FindingsStore;

// The findings of the live capture store, as Wireshark's Expert Information
// lists them: one row a finding (severity, group, finding, summary, the
// exchanges that are its evidence) and, below, the selected one in full:
// summary, likely cause, fix and evidence, as plain text. Activating a
// finding (double-click, Enter) asks for its first exchange to be shown.
// Object names: findingsTable, findingDetail, findingsCount.
class FindingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPage)

public:
    // store (may be null: the page shows only what append() gives it) must
    // outlive the page.
    explicit FindingsPage(FindingsStore *store, QWidget *parent = nullptr);

    // Shows every finding the store holds, oldest first.
    Result<void> reload();
    // A finding recorded since (live).
    void append(const Finding &finding);
    int count() const;

Q_SIGNALS:
    void exchangeActivated(qint64 exchangeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCurrent();
    void showCount();

    FindingsStore *m_store;
    FindingsModel *m_model;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QSplitter *m_split;
};

} // namespace mcpscope
