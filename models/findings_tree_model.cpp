#include "models/findings_tree_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <algorithm>
#include <numeric>

namespace mcpscope {

FindingsTreeModel::FindingsTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

FindingsTreeModel::~FindingsTreeModel() = default;

Result<void> FindingsTreeModel::openStore(const QString &path)
{
    beginResetModel();
    m_evidence.clear();
    m_sessionNames.clear();
    auto opened = m_reader.open(path);
    if (opened) {
        if (auto sessions = m_reader.sessions())
            for (const SessionInfo &info : *sessions)
                m_sessionNames.insert(info.id, info.name);
    }
    endResetModel();
    return opened;
}

void FindingsTreeModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    m_evidence.clear();
    // Sessions recorded since the store was opened.
    if (m_reader.isOpen()) {
        if (auto sessions = m_reader.sessions())
            for (const SessionInfo &info : *sessions)
                m_sessionNames.insert(info.id, info.name);
    }
    rebuild();
    endResetModel();
}

void FindingsTreeModel::append(const Finding &finding)
{
    // Rare (a live flow's failure): a reset keeps the grouping simple.
    QList<Finding> findings = m_findings;
    findings.append(finding);
    setFindings(findings);
}

void FindingsTreeModel::clear()
{
    setFindings({});
}

void FindingsTreeModel::setFilter(const QList<FindingSeverity> &severities, const QString &text)
{
    beginResetModel();
    m_severities = severities;
    m_text = text.trimmed();
    rebuild();
    endResetModel();
}

int FindingsTreeModel::count(FindingSeverity severity) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [severity](const Finding &f) { return f.severity() == severity; }));
}

int FindingsTreeModel::shownFindingCount() const
{
    int shown = 0;
    for (int root : m_roots)
        shown += m_nodes.at(root).findingCount;
    return shown;
}

bool FindingsTreeModel::matches(const Finding &finding) const
{
    if (!m_severities.contains(finding.severity()))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString &text : {finding.kind, finding.title(), finding.summary()})
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

void FindingsTreeModel::rebuild()
{
    m_nodes.clear();
    m_roots.clear();
    // Severity → kind → findings, each finding in the order it was raised.
    QList<int> order(m_findings.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_findings.at(a).atMs < m_findings.at(b).atMs;
    });
    for (const FindingSeverity severity :
         {FindingSeverity::Error, FindingSeverity::Warning, FindingSeverity::Note}) {
        QList<QString> kinds;
        QHash<QString, QList<int>> byKind;
        for (int i : std::as_const(order)) {
            const Finding &f = m_findings.at(i);
            if (f.severity() != severity || !matches(f))
                continue;
            if (!byKind.contains(f.kind))
                kinds.append(f.kind);
            byKind[f.kind].append(i);
        }
        if (kinds.isEmpty())
            continue;
        // The kinds seen most often first, as Wireshark lists them; ties by id.
        std::stable_sort(kinds.begin(), kinds.end(), [&byKind](const QString &a, const QString &b) {
            const qsizetype na = byKind.value(a).size(), nb = byKind.value(b).size();
            return na != nb ? na > nb : a < b;
        });
        const int severityNode = int(m_nodes.size());
        Node top;
        top.level = SeverityLevel;
        top.row = int(m_roots.size());
        top.severity = severity;
        m_nodes.append(top);
        m_roots.append(severityNode);
        for (const QString &kind : std::as_const(kinds)) {
            const QList<int> findings = byKind.value(kind);
            const int kindNode = int(m_nodes.size());
            Node k;
            k.level = KindLevel;
            k.parent = severityNode;
            k.row = int(m_nodes[severityNode].children.size());
            k.severity = severity;
            k.kind = kind;
            k.findingCount = int(findings.size());
            m_nodes.append(k);
            m_nodes[severityNode].children.append(kindNode);
            m_nodes[severityNode].findingCount += k.findingCount;
            for (int i : findings) {
                Node f;
                f.level = FindingLevel;
                f.parent = kindNode;
                f.row = int(m_nodes[kindNode].children.size());
                f.severity = severity;
                f.kind = kind;
                f.finding = i;
                m_nodes[kindNode].children.append(int(m_nodes.size()));
                m_nodes.append(f);
            }
        }
    }
}

const FindingsTreeModel::Node *FindingsTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const quintptr id = index.internalId();
    if (id == 0)
        return index.row() < m_roots.size() ? &m_nodes.at(m_roots.at(index.row())) : nullptr;
    const Node &parent = m_nodes.at(int(id - 1));
    if (parent.level == FindingLevel)
        return nullptr; // an evidence row
    return index.row() < parent.children.size() ? &m_nodes.at(parent.children.at(index.row()))
                                                : nullptr;
}

QModelIndex FindingsTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Node *p = nodeOf(parent);
    if (!p)
        return {};
    return createIndex(row, column, quintptr(p - m_nodes.constData()) + 1);
}

QModelIndex FindingsTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const Node &p = m_nodes.at(int(child.internalId() - 1));
    return createIndex(p.row, 0, p.parent < 0 ? quintptr(0) : quintptr(p.parent) + 1);
}

int FindingsTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    if (!node)
        return 0; // evidence rows have no children
    if (node->level == FindingLevel)
        return int(m_findings.at(node->finding).exchangeIds.size());
    return int(node->children.size());
}

int FindingsTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool FindingsTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant FindingsTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    const Node *owner = node ? node : &m_nodes.at(int(index.internalId() - 1));
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(index);
    case Qt::ToolTipRole:
        return toolTip(index);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                             : QVariant();
    case RawValueRole:
        return rawValue(index);
    case LevelRole:
        return node ? int(node->level) : int(EvidenceLevel);
    case SeverityRole:
        return int(owner->severity);
    case FindingRole:
        return owner->finding >= 0 ? QVariant::fromValue(m_findings.at(owner->finding))
                                   : QVariant();
    case ExchangeIdsRole:
        return QVariant::fromValue(exchangesOf(index));
    case ExchangeIdRole:
        return node ? QVariant()
                    : QVariant(m_findings.at(owner->finding).exchangeIds.value(index.row()));
    default:
        return {};
    }
}

QString FindingsTreeModel::severityGroupName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return tr("Errors");
    case FindingSeverity::Warning:
        return tr("Warnings");
    case FindingSeverity::Note:
        break;
    }
    return tr("Notes");
}

QString FindingsTreeModel::sessionLabel(qint64 sessionId) const
{
    if (sessionId <= 0)
        return QString();
    const QString name = m_sessionNames.value(sessionId);
    //: A finding's session: its number, then its name
    return name.isEmpty() ? tr("#%1").arg(sessionId) : tr("#%1 %2").arg(sessionId).arg(name);
}

const ExchangeSummary *FindingsTreeModel::evidence(const Finding &finding, int row) const
{
    const qint64 id = finding.exchangeIds.value(row);
    if (id <= 0)
        return nullptr;
    auto it = m_evidence.constFind(id);
    if (it == m_evidence.cend() && m_reader.isOpen()) {
        // The whole finding's evidence at once: its rows show together.
        QList<qint64> ids;
        for (qint64 e : finding.exchangeIds)
            if (!m_evidence.contains(e))
                ids << e;
        std::sort(ids.begin(), ids.end());
        if (auto rows = const_cast<CaptureReader &>(m_reader).summaries(ids))
            for (const ExchangeSummary &s : *rows)
                m_evidence.insert(s.id, s);
        for (qint64 e : std::as_const(ids))
            if (!m_evidence.contains(e))
                m_evidence.insert(e, ExchangeSummary{}); // not in this store: asked once
        it = m_evidence.constFind(id);
    }
    return it != m_evidence.cend() && it->id ? &*it : nullptr;
}

QVariant FindingsTreeModel::displayValue(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node) { // an evidence exchange
        const Finding &f = m_findings.at(m_nodes.at(int(index.internalId() - 1)).finding);
        const qint64 id = f.exchangeIds.value(index.row());
        const ExchangeSummary *s = evidence(f, index.row());
        switch (index.column()) {
        case NameColumn: {
            if (!s)
                return tr("Exchange #%1").arg(id);
            const QString status =
                !s->errorCode.isEmpty()
                    ? (s->status > 0 ? QStringLiteral("%1 %2").arg(s->status).arg(s->errorCode)
                                     : s->errorCode)
                    : (s->status > 0 ? QString::number(s->status) : tr("no answer"));
            //: An evidence exchange: its number, time, method, URL and status
            return tr("#%1  %2  %3 %4 → %5")
                .arg(id)
                .arg(QDateTime::fromMSecsSinceEpoch(s->startedAtMs)
                         .toString(QStringLiteral("HH:mm:ss.zzz")),
                     s->method, s->url, status);
        }
        case TimeColumn:
            return s ? QDateTime::fromMSecsSinceEpoch(s->startedAtMs)
                           .toString(QStringLiteral("HH:mm:ss.zzz"))
                     : QVariant();
        default:
            return {};
        }
    }
    switch (node->level) {
    case SeverityLevel:
        return index.column() == NameColumn    ? QVariant(severityGroupName(node->severity))
               : index.column() == CountColumn ? QVariant(node->findingCount)
                                               : QVariant();
    case KindLevel: {
        const FindingKind *kind = findingKind(node->kind);
        switch (index.column()) {
        case NameColumn:
            return kind ? QCoreApplication::translate("mcpscope::Findings", kind->title)
                        : node->kind;
        case KindColumn:
            return node->kind;
        case CountColumn:
            return node->findingCount;
        default:
            return {};
        }
    }
    case FindingLevel: {
        const Finding &f = m_findings.at(node->finding);
        switch (index.column()) {
        case NameColumn:
            return f.summary();
        case KindColumn:
            return f.kind;
        case SessionColumn:
            return sessionLabel(f.sessionId);
        case TimeColumn:
            return f.atMs > 0 ? QDateTime::fromMSecsSinceEpoch(f.atMs).toString(
                                    QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                              : QString();
        case CountColumn:
            return int(f.exchangeIds.size());
        default:
            return {};
        }
    }
    case EvidenceLevel:
        break;
    }
    return {};
}

QVariant FindingsTreeModel::rawValue(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node) {
        const Finding &f = m_findings.at(m_nodes.at(int(index.internalId() - 1)).finding);
        return index.column() == TimeColumn
                   ? QVariant(evidence(f, index.row()) ? evidence(f, index.row())->startedAtMs
                                                       : qint64(0))
                   : QVariant(f.exchangeIds.value(index.row()));
    }
    const Finding *f = node->finding >= 0 ? &m_findings.at(node->finding) : nullptr;
    switch (index.column()) {
    case NameColumn:
        return f ? QVariant(f->summary()) : QVariant(int(node->severity));
    case KindColumn:
        return node->kind;
    case SessionColumn:
        return f ? f->sessionId : qint64(0);
    case TimeColumn:
        return f ? f->atMs : qint64(0);
    case CountColumn:
        return f ? int(f->exchangeIds.size()) : node->findingCount;
    default:
        return {};
    }
}

QVariant FindingsTreeModel::toolTip(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node) {
        const Finding &f = m_findings.at(m_nodes.at(int(index.internalId() - 1)).finding);
        const ExchangeSummary *s = evidence(f, index.row());
        return s && !s->errorMessage.isEmpty() ? QVariant(s->errorMessage)
                                               : displayValue(index.siblingAtColumn(NameColumn));
    }
    if (node->level == FindingLevel)
        return m_findings.at(node->finding).message(); // plain: the view escapes it
    if (node->level == KindLevel)
        if (const FindingKind *kind = findingKind(node->kind))
            return QCoreApplication::translate("mcpscope::Findings", kind->cause);
    return {};
}

QList<qint64> FindingsTreeModel::exchangesOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {data(index, ExchangeIdRole).toLongLong()};
    QList<qint64> ids;
    const auto add = [this, &ids](const Node &findingNode) {
        ids += m_findings.at(findingNode.finding).exchangeIds;
    };
    if (node->level == FindingLevel) {
        add(*node);
    } else if (node->level == KindLevel) {
        for (int child : node->children)
            add(m_nodes.at(child));
    } else {
        for (int kind : node->children)
            for (int child : m_nodes.at(kind).children)
                add(m_nodes.at(child));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QVariant FindingsTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Finding");
    case KindColumn:
        return tr("Kind");
    case SessionColumn:
        return tr("Session");
    case TimeColumn:
        return tr("Time");
    case CountColumn:
        return tr("Count");
    default:
        return {};
    }
}

} // namespace mcpscope
