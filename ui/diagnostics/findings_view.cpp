#include "ui/diagnostics/findings_view.h"

#include "ui/common/plain_label.h"
#include "ui/common/plain_tooltip_delegate.h"
#include "ui/common/theme.h"
#include "ui/diagnostics/severity_icon.h"

#include "capture/findings_store.h"
#include "models/findings_tree_model.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

// Severity rows carry their icon and the theme's colour; tool tips (server
// words among them) are shown literally, never as rich text.
class FindingRowDelegate final : public PlainToolTipDelegate
{
public:
    using PlainToolTipDelegate::PlainToolTipDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        PlainToolTipDelegate::initStyleOption(option, index);
        if (index.column() != FindingsTreeModel::NameColumn)
            return;
        const int level = index.data(FindingsTreeModel::LevelRole).toInt();
        if (level != FindingsTreeModel::SeverityLevel && level != FindingsTreeModel::KindLevel)
            return;
        const auto severity = FindingSeverity(index.data(FindingsTreeModel::SeverityRole).toInt());
        option->icon = severityIcon(severity, option->widget ? option->widget->style() : nullptr);
        option->features |= QStyleOptionViewItem::HasDecoration;
        const int side = option->fontMetrics.height();
        option->decorationSize = QSize(side, side);
        if (level == FindingsTreeModel::SeverityLevel) {
            option->font.setBold(true);
            if (severity == FindingSeverity::Error)
                option->palette.setColor(QPalette::Text, Theme::errorColor(option->palette));
            else if (severity == FindingSeverity::Warning)
                option->palette.setColor(QPalette::Text, Theme::warningColor(option->palette));
        }
    }
};

QToolButton *severityButton(FindingSeverity severity, const char *name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(name));
    button->setCheckable(true);
    button->setChecked(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIcon(severityIcon(severity, parent->style()));
    return button;
}

} // namespace

FindingsView::FindingsView(FindingsStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new FindingsTreeModel(this))
{

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QWidget(this);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(6, 4, 6, 4);
    m_showErrors = severityButton(FindingSeverity::Error, "showErrors", bar);
    m_showWarnings = severityButton(FindingSeverity::Warning, "showWarnings", bar);
    m_showNotes = severityButton(FindingSeverity::Note, "showNotes", bar);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("findingsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_count = createPlainLabel(bar);
    m_count->setObjectName(QStringLiteral("findingsCount"));
    m_count->setWordWrap(false);
    Theme::setTone(m_count, Theme::Tone::Muted);
    barLayout->addWidget(m_showErrors);
    barLayout->addWidget(m_showWarnings);
    barLayout->addWidget(m_showNotes);
    barLayout->addWidget(m_filter, 1);
    barLayout->addWidget(m_count);
    layout->addWidget(bar);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new FindingRowDelegate(m_tree));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    // A double-click opens a row's exchanges; the arrows expand.
    m_tree->setExpandsOnDoubleClick(false);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FindingsTreeModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FindingsTreeModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingsTreeModel::CountColumn, QHeaderView::ResizeToContents);
    // The summary gets what is left: on a small window it is the column that matters.
    m_tree->setColumnWidth(FindingsTreeModel::KindColumn, 180);
    m_tree->setColumnWidth(FindingsTreeModel::SessionColumn, 120);

    auto *below = new QWidget(this);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QPlainTextEdit(below);
    m_detail->setObjectName(QStringLiteral("findingDetail"));
    m_detail->setReadOnly(true);
    m_showInLog = new QPushButton(below);
    m_showInLog->setObjectName(QStringLiteral("showFindingInLog"));
    m_showInLog->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 2, 6, 4);
    buttons->addStretch(1);
    buttons->addWidget(m_showInLog);
    belowLayout->addWidget(m_detail, 1);
    belowLayout->addLayout(buttons);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(m_tree);
    m_split->addWidget(below);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    layout->addWidget(m_split, 1);

    for (QToolButton *button : {m_showErrors, m_showWarnings, m_showNotes})
        connect(button, &QToolButton::toggled, this, &FindingsView::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, &FindingsView::applyFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindingsView::showCurrent);
    connect(m_tree, &QAbstractItemView::activated, this, &FindingsView::openInLog);
    connect(m_showInLog, &QPushButton::clicked, this,
            [this] { openInLog(m_tree->currentIndex()); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_expanded.clear();
        for (const QModelIndex &finding : findingIndexes())
            if (m_tree->isExpanded(finding))
                m_expanded.insert(findingKey(finding));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Severities and kinds open, findings closed unless the user opened
        // them: every finding at a glance, its evidence on demand.
        m_tree->expandToDepth(1);
        for (const QModelIndex &finding : findingIndexes()) {
            // An exchange's line (time, method, URL, status) is long: the
            // whole row is its.
            for (int row = 0; row < m_model->rowCount(finding); ++row)
                m_tree->setFirstColumnSpanned(row, finding, true);
            if (m_expanded.contains(findingKey(finding)))
                m_tree->expand(finding);
        }
        showCounts();
        showCurrent();
    });
    retranslateUi();
}

FindingsView::~FindingsView() = default;

QList<QModelIndex> FindingsView::findingIndexes() const
{
    QList<QModelIndex> rows;
    for (int s = 0; s < m_model->rowCount(); ++s) {
        const QModelIndex severity = m_model->index(s, 0);
        for (int k = 0; k < m_model->rowCount(severity); ++k) {
            const QModelIndex kind = m_model->index(k, 0, severity);
            for (int f = 0; f < m_model->rowCount(kind); ++f)
                rows << m_model->index(f, 0, kind);
        }
    }
    return rows;
}

QString FindingsView::findingKey(const QModelIndex &finding)
{
    // Not the row id: a finding appended live has none until it is read back.
    const Finding f = finding.data(FindingsTreeModel::FindingRole).value<Finding>();
    return QStringLiteral("%1/%2/%3")
        .arg(f.kind)
        .arg(f.sessionId)
        .arg(f.arguments.join(QChar(0x1f)));
}

Result<void> FindingsView::reload()
{
    if (!m_store || !m_store->isOpen()) {
        setFindings({});
        return {};
    }
    auto findings = m_store->findings();
    if (!findings)
        return Failure{findings.error()};
    setFindings(*findings);
    return {};
}

void FindingsView::setFindings(const QList<Finding> &findings)
{
    // Keep the finding (or kind) picked across a reload: rules run again
    // while the user reads.
    const QModelIndex current = m_tree->currentIndex();
    const Finding keptFinding = current.data(FindingsTreeModel::FindingRole).value<Finding>();
    const int keptLevel =
        current.isValid() ? current.data(FindingsTreeModel::LevelRole).toInt() : -1;
    const QString keptKind =
        current.siblingAtColumn(FindingsTreeModel::KindColumn).data().toString();
    m_model->setFindings(findings);
    if (keptLevel < 0)
        return;
    for (int s = 0; s < m_model->rowCount(); ++s) {
        const QModelIndex severity = m_model->index(s, 0);
        for (int k = 0; k < m_model->rowCount(severity); ++k) {
            const QModelIndex kind = m_model->index(k, 0, severity);
            if (kind.siblingAtColumn(FindingsTreeModel::KindColumn).data().toString() != keptKind)
                continue;
            if (keptLevel == FindingsTreeModel::KindLevel) {
                m_tree->setCurrentIndex(kind);
                return;
            }
            for (int f = 0; f < m_model->rowCount(kind); ++f) {
                const QModelIndex finding = m_model->index(f, 0, kind);
                const Finding candidate =
                    finding.data(FindingsTreeModel::FindingRole).value<Finding>();
                if ((keptFinding.id && candidate.id == keptFinding.id) ||
                    (candidate.sessionId == keptFinding.sessionId &&
                     candidate.arguments == keptFinding.arguments)) {
                    m_tree->setCurrentIndex(finding);
                    return;
                }
            }
        }
    }
}

void FindingsView::append(const Finding &finding)
{
    m_model->append(finding);
}

int FindingsView::count() const
{
    return m_model->findingCount();
}

Result<void> FindingsView::setStorePath(const QString &path)
{
    return m_model->openStore(path);
}

void FindingsView::applyFilter()
{
    QList<FindingSeverity> shown;
    if (m_showErrors->isChecked())
        shown << FindingSeverity::Error;
    if (m_showWarnings->isChecked())
        shown << FindingSeverity::Warning;
    if (m_showNotes->isChecked())
        shown << FindingSeverity::Note;
    m_model->setFilter(shown, m_filter->text());
}

void FindingsView::showCounts()
{
    m_showErrors->setText(tr("Errors: %1").arg(m_model->count(FindingSeverity::Error)));
    m_showWarnings->setText(tr("Warnings: %1").arg(m_model->count(FindingSeverity::Warning)));
    m_showNotes->setText(tr("Notes: %1").arg(m_model->count(FindingSeverity::Note)));
    const int all = m_model->findingCount();
    const int shown = m_model->shownFindingCount();
    m_count->setText(shown == all ? tr("%n finding(s)", nullptr, all)
                                  : tr("%1 of %n finding(s) shown", nullptr, all).arg(shown));
    // An empty pane says why it is empty, and what would fill it.
    m_detail->setPlaceholderText(
        all == 0     ? tr("No findings in this capture. McpScope's rules look at every exchange as "
                              "it is captured, imported or opened, and the Connection Doctor (Tools menu) "
                              "walks a server through the troubleshooting guides' checks on demand; what "
                              "they find is listed here.")
        : shown == 0 ? tr("The severity buttons or the filter hide every finding.")
                     : tr("Select a finding to see what was seen, its cause, the fix and the "
                          "exchanges that show it."));
}

void FindingsView::showCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    const QList<qint64> ids =
        current.data(FindingsTreeModel::ExchangeIdsRole).value<QList<qint64>>();
    m_showInLog->setEnabled(!ids.isEmpty());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const int level = current.data(FindingsTreeModel::LevelRole).toInt();
    if (level == FindingsTreeModel::SeverityLevel || level == FindingsTreeModel::KindLevel) {
        const QString kindId =
            current.siblingAtColumn(FindingsTreeModel::KindColumn).data().toString();
        const FindingKind *kind = findingKind(kindId);
        QStringList parts;
        parts << tr("%1 · %n finding(s)", nullptr,
                    current.siblingAtColumn(FindingsTreeModel::CountColumn).data().toInt())
                     .arg(current.siblingAtColumn(FindingsTreeModel::NameColumn).data().toString());
        if (kind) {
            parts << tr("Kind: %1").arg(kindId);
            parts << tr("Likely cause: %1")
                         .arg(QCoreApplication::translate("mcpscope::Findings", kind->cause));
            parts << tr("What to do: %1")
                         .arg(QCoreApplication::translate("mcpscope::Findings", kind->fix));
        }
        if (!ids.isEmpty())
            parts << tr("Evidence: %n exchange(s) (Show in Log lists them)", nullptr,
                        int(ids.size()));
        m_detail->setPlainText(parts.join(QStringLiteral("\n\n")));
        return;
    }
    const Finding f = current.data(FindingsTreeModel::FindingRole).value<Finding>();
    QStringList exchanges;
    for (qint64 id : f.exchangeIds)
        exchanges << QString::number(id);
    QStringList parts;
    parts << tr("%1 · %2 (%3)").arg(severityName(f.severity()), f.title(), f.kind) << f.summary();
    if (!f.cause().isEmpty())
        parts << tr("Likely cause: %1").arg(f.cause());
    if (!f.fix().isEmpty())
        parts << tr("What to do: %1").arg(f.fix());
    parts << (exchanges.isEmpty() ? tr("Evidence: none recorded")
                                  : tr("Evidence: exchange %1 (double-click the finding to show "
                                       "it in the capture log)")
                                        .arg(exchanges.join(QStringLiteral(", "))));
    if (level == FindingsTreeModel::EvidenceLevel)
        parts << tr("Selected: %1").arg(current.siblingAtColumn(0).data().toString());
    m_detail->setPlainText(parts.join(QStringLiteral("\n\n")));
}

void FindingsView::openInLog(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int level = index.data(FindingsTreeModel::LevelRole).toInt();
    if (level == FindingsTreeModel::SeverityLevel) {
        m_tree->setExpanded(index.siblingAtColumn(0),
                            !m_tree->isExpanded(index.siblingAtColumn(0)));
        return;
    }
    QList<qint64> ids = index.data(FindingsTreeModel::ExchangeIdsRole).value<QList<qint64>>();
    qint64 current = 0;
    QString origin;
    const QString title =
        level == FindingsTreeModel::KindLevel
            ? index.siblingAtColumn(FindingsTreeModel::NameColumn).data().toString()
            : index.data(FindingsTreeModel::FindingRole).value<Finding>().title();
    if (level == FindingsTreeModel::EvidenceLevel) {
        // The whole finding's evidence, this one selected.
        current = index.data(FindingsTreeModel::ExchangeIdRole).toLongLong();
        ids = index.parent().data(FindingsTreeModel::ExchangeIdsRole).value<QList<qint64>>();
    } else if (level == FindingsTreeModel::FindingLevel) {
        const Finding f = index.data(FindingsTreeModel::FindingRole).value<Finding>();
        current = f.exchangeIds.value(0);
    }
    if (ids.isEmpty())
        return;
    //: Where the log's filter came from: a finding's (or a kind's) title
    origin = level == FindingsTreeModel::KindLevel ? tr("the findings “%1”").arg(title)
                                                   : tr("the finding “%1”").arg(title);
    Q_EMIT exchangesRequested(ids, current, origin);
}

void FindingsView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter findings (title, kind, summary)…"));
    m_showErrors->setToolTip(tr("Show errors"));
    m_showWarnings->setToolTip(tr("Show warnings"));
    m_showNotes->setToolTip(tr("Show notes"));
    m_showInLog->setText(tr("Show in Log"));
    m_showInLog->setToolTip(tr("Show the selected finding's exchanges in the capture log"));
    showCounts();
    showCurrent();
}

void FindingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace mcpscope
