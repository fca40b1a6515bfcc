#pragma once

#include "common/error.h"
#include "common/findings.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QToolButton;
class QTreeView;

namespace mcpscope {

class FindingsStore;
class FindingsTreeModel;

// The findings of a capture, as Wireshark's Expert Information shows them: a
// tree grouped by severity, then kind (title, count), then each finding
// (summary, session, time, evidence count), expanding to its evidence
// exchanges (method, URL, status). Above it, a button per severity (checked:
// shown; its count in the text) and a text filter; below it, the selected
// finding's summary, likely cause, fix and evidence as plain text (its
// arguments carry server words) and Show in Log.
//
// Activating a row (double-click, Enter) or Show in Log asks for its
// exchanges in the capture log: a finding's evidence, a kind's findings'
// evidence together, or the one exchange of an evidence row (the current one).
//
// Object names: findingsTree, findingDetail, findingsCount, findingsFilter,
// showErrors, showWarnings, showNotes, showFindingInLog.
class FindingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsView)

public:
    // store (may be null: the view shows what setFindings() and append()
    // give it) must outlive the view.
    explicit FindingsView(FindingsStore *store, QWidget *parent = nullptr);
    ~FindingsView() override;

    // Shows every finding the store holds; the selection stays on the same
    // finding when it is still there.
    Result<void> reload();
    void setFindings(const QList<Finding> &findings);
    // A finding recorded since (live).
    void append(const Finding &finding);
    // Findings held (whatever the filter shows).
    int count() const;
    // The capture whose exchanges and sessions evidence rows name (read
    // only); until then they show exchange ids only.
    Result<void> setStorePath(const QString &path);

Q_SIGNALS:
    // Show these exchanges in the capture log, current the one to select
    // (0: the first); origin names the finding or kind, translated.
    void exchangesRequested(const QList<qint64> &exchangeIds, qint64 current,
                            const QString &origin);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter();
    void showCurrent();
    void showCounts();
    void openInLog(const QModelIndex &index);
    QList<QModelIndex> findingIndexes() const;
    static QString findingKey(const QModelIndex &finding);

    FindingsStore *m_store;
    FindingsTreeModel *m_model;
    QToolButton *m_showErrors;
    QToolButton *m_showWarnings;
    QToolButton *m_showNotes;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTreeView *m_tree;
    QPlainTextEdit *m_detail;
    QPushButton *m_showInLog;
    QSplitter *m_split;
    QSet<QString> m_expanded; // findings open across a reload (findingKey)
};

} // namespace mcpscope
