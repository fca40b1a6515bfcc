#include "models/findings_model.h"

namespace mcpscope {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

void FindingsModel::append(const Finding &finding)
{
    const int row = int(m_findings.size());
    beginInsertRows({}, row, row);
    m_findings.append(finding);
    endInsertRows();
}

void FindingsModel::clear()
{
    setFindings({});
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(f, index.column());
    case Qt::ToolTipRole:
        // Server text stays plain: the view shows tool tips as plain text.
        return index.column() == SummaryColumn ? QVariant(f.message()) : QVariant();
    case RawValueRole:
        return internalValue(f, index.column());
    case FindingRole:
        return QVariant::fromValue(f);
    default:
        return {};
    }
}

QVariant FindingsModel::displayValue(const Finding &f, int column) const
{
    switch (column) {
    case SeverityColumn:
        return severityName(f.severity());
    case GroupColumn:
        return f.group();
    case KindColumn:
        return f.title();
    case SummaryColumn:
        return f.summary();
    case EvidenceColumn: {
        QStringList ids;
        for (qint64 id : f.exchangeIds)
            ids << QString::number(id);
        return ids.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant FindingsModel::internalValue(const Finding &f, int column) const
{
    switch (column) {
    case SeverityColumn:
        return int(f.severity());
    case GroupColumn:
        return f.group();
    case KindColumn:
        return f.kind;
    case SummaryColumn:
        return f.summary();
    case EvidenceColumn:
        return f.exchangeIds.isEmpty() ? qint64(0) : f.exchangeIds.first();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case GroupColumn:
        return tr("Group");
    case KindColumn:
        return tr("Finding");
    case SummaryColumn:
        return tr("Summary");
    case EvidenceColumn:
        return tr("Exchanges");
    default:
        return {};
    }
}

} // namespace mcpscope
