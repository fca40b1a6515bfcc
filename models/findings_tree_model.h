#pragma once

#include "capture/capture_reader.h"
#include "common/findings.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace mcpscope {

// The findings of a capture as Wireshark's Expert Information shows them: a
// tree of severities (errors first), each holding the kinds raised at that
// severity (title, how many findings), each holding its findings (summary,
// session, time, how many exchanges are evidence), each holding its evidence
// exchanges (method, URL, status, read from the store when first shown).
// Texts are built in data() from the registry and the findings' arguments;
// server words among them are plain text for the view to show as such.
class FindingsTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsTreeModel)

public:
    enum Column
    {
        NameColumn,    // severity, kind title, finding summary, or the exchange
        KindColumn,    // the kind's id (kind and finding rows)
        SessionColumn, // the finding's session
        TimeColumn,    // when the finding was raised, or the exchange started
        CountColumn,   // findings (severity, kind rows) or evidence exchanges (finding rows)
        ColumnCount
    };
    enum Level
    {
        SeverityLevel,
        KindLevel,
        FindingLevel,
        EvidenceLevel
    };
    enum Role
    {
        // The raw value of a cell that sorting and filtering look at: the
        // severity as an int, kind id, session id, time in ms, count.
        RawValueRole = Qt::UserRole,
        LevelRole,       // a Level
        SeverityRole,    // int(FindingSeverity) of the row (every level)
        FindingRole,     // the Finding (finding and evidence rows)
        ExchangeIdsRole, // QList<qint64>: the exchanges the row stands for
        ExchangeIdRole,  // an evidence row's exchange id
    };

    explicit FindingsTreeModel(QObject *parent = nullptr);
    ~FindingsTreeModel() override;

    // Where evidence rows read their exchanges and finding rows their
    // session names (read-only); without it they show ids only.
    Result<void> openStore(const QString &path);
    void setFindings(const QList<Finding> &findings);
    void append(const Finding &finding);
    void clear();

    // Which severities are shown, and words every shown finding's title,
    // kind or summary holds (case-insensitive; empty = any).
    void setFilter(const QList<FindingSeverity> &severities, const QString &text);
    // Findings of a severity, whatever the filter; and every finding shown.
    int count(FindingSeverity severity) const;
    int findingCount() const { return int(m_findings.size()); }
    int shownFindingCount() const;
    // A severity row's text: "Errors", "Warnings", "Notes" (translated).
    static QString severityGroupName(FindingSeverity severity);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // A severity, kind or finding row; evidence rows are the children of a
    // finding node, by position in its exchangeIds.
    struct Node
    {
        Level level = SeverityLevel;
        int parent = -1; // node index, -1 for a severity
        int row = 0;     // under its parent
        FindingSeverity severity = FindingSeverity::Note;
        QString kind;         // kind and finding nodes
        int finding = -1;     // finding nodes: index into m_findings
        QList<int> children;  // severity and kind nodes: node indexes
        int findingCount = 0; // severity and kind nodes
    };

    void rebuild();
    bool matches(const Finding &finding) const;
    const Node *nodeOf(const QModelIndex &index) const; // null for evidence rows
    QVariant displayValue(const QModelIndex &index) const;
    QVariant rawValue(const QModelIndex &index) const;
    QVariant toolTip(const QModelIndex &index) const;
    QList<qint64> exchangesOf(const QModelIndex &index) const;
    const ExchangeSummary *evidence(const Finding &finding, int row) const;
    QString sessionLabel(qint64 sessionId) const;

    QList<Finding> m_findings;
    QList<Node> m_nodes;
    QList<int> m_roots; // severity nodes, errors first
    QList<FindingSeverity> m_severities{FindingSeverity::Error, FindingSeverity::Warning,
                                        FindingSeverity::Note};
    QString m_text;
    CaptureReader m_reader;
    QHash<qint64, QString> m_sessionNames;
    mutable QHash<qint64, ExchangeSummary> m_evidence; // read when first shown
};

} // namespace mcpscope
