#pragma once

#include "common/findings.h"

#include <QAbstractTableModel>

namespace mcpscope {

// The findings of a capture (Wireshark's expert_info_model is the model): one
// row a finding, its texts built in data() from the registry.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column
    {
        SeverityColumn,
        GroupColumn,
        KindColumn,
        SummaryColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role
    {
        // The raw value a proxy sorts and filters on: the severity as an int,
        // the group and kind ids, the summary, the first exchange id.
        RawValueRole = Qt::UserRole,
        FindingRole // the whole Finding
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    void append(const Finding &finding);
    void clear();
    const Finding &finding(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const Finding &f, int column) const;
    QVariant internalValue(const Finding &f, int column) const;

    QList<Finding> m_findings;
};

} // namespace mcpscope
