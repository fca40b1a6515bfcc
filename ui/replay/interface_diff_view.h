#pragma once

#include "replay/interface_diff.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTreeWidget;

namespace mcpscope {

class DiffView;
class ExchangeSink;

// One side of an interface comparison: a recorded session of a capture
// store, or a live server (a URL or a stdio command).
struct InterfaceSource
{
    QString label;
    QString storePath; // recorded: the store
    qint64 sessionId = 0;
    bool live = false;
    bool stdio = false; // live: target is a command line
    QString target;     // live: the URL or command

    static InterfaceSource recorded(const QString &label, const QString &storePath,
                                    qint64 sessionId);
    static InterfaceSource liveServer(const QString &target, bool stdio);
};

// Two interfaces compared (a tab of the main window): the changes
// compareInterfaces finds, grouped by category (server, tools, resources,
// templates, prompts) with each change's key, kind, pointer and old and new
// values; selecting a change shows that item's old and new versions in a
// DiffView below. Live servers are listed off the event loop's critical path
// (InterfaceSnapshotJob); server text is shown as plain text.
// Object names: interfaceSummary, interfaceChanges, interfaceItemDiff.
class InterfaceDiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterfaceDiffView)

public:
    enum Column
    {
        Key,
        Kind,
        Pointer,
        Old,
        New,
        ColumnCount
    };

    // sink (may be null) records the live sessions; must outlive the view.
    explicit InterfaceDiffView(ExchangeSink *sink, QWidget *parent = nullptr);
    ~InterfaceDiffView() override;

    // Compares a (old, left) with b (new, right); compared() follows once
    // the result or why there is none is shown.
    void compare(const InterfaceSource &a, const InterfaceSource &b);

    bool isDone() const { return m_done; }
    // The changes shown (empty before compared(), or after a failure).
    const InterfaceDiff &diff() const { return m_diff; }
    QString failure() const { return m_failure; }
    DiffView *itemDiff() const { return m_itemDiff; }
    QString title() const;

Q_SIGNALS:
    void compared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(int side);
    void sideReady();
    void fail(const QString &message);
    void showChanges();
    void showSelected();
    void retranslateUi();

    ExchangeSink *m_sink;
    InterfaceSource m_sources[2];
    std::optional<InterfaceSnapshot> m_snapshots[2];
    QPointer<QObject> m_jobs[2];
    InterfaceDiff m_diff;
    QString m_failure;
    bool m_done = false;

    QLabel *m_sides;
    QLabel *m_summary;
    QTreeWidget *m_changes;
    DiffView *m_itemDiff;
};

// Asks for the other side of an interface comparison: another recorded
// session (from the list given) or a live server. Object names:
// sideRecorded, sideSession, sideLive, sideTransport, sideTarget.
class CompareInterfaceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareInterfaceDialog)

public:
    // sessions: (id, label) of the recorded sessions to offer, in storePath.
    CompareInterfaceDialog(const QList<std::pair<qint64, QString>> &sessions,
                           const QString &storePath, const QString &suggestedTarget,
                           QWidget *parent = nullptr);

    InterfaceSource source() const;
    void accept() override;

private:
    QString m_storePath;
    QRadioButton *m_recorded;
    QComboBox *m_session;
    QRadioButton *m_live;
    QComboBox *m_transport;
    QLineEdit *m_target;
    QLabel *m_error;
};

} // namespace mcpscope
