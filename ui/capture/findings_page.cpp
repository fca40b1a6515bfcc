#include "ui/capture/findings_page.h"

#include "ui/common/plain_label.h"
#include "ui/common/plain_tooltip_delegate.h"
#include "ui/common/theme.h"

#include "capture/findings_store.h"
#include "models/findings_model.h"

#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

// Severity in the theme's colour; tool tips (server words among them) shown
// literally, never as rich text.
class FindingDelegate final : public PlainToolTipDelegate
{
public:
    using PlainToolTipDelegate::PlainToolTipDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        PlainToolTipDelegate::initStyleOption(option, index);
        if (index.column() != FindingsModel::SeverityColumn)
            return;
        switch (FindingSeverity(index.data(FindingsModel::RawValueRole).toInt())) {
        case FindingSeverity::Error:
            option->palette.setColor(QPalette::Text, Theme::errorColor(option->palette));
            break;
        case FindingSeverity::Warning:
            option->palette.setColor(QPalette::Text, Theme::warningColor(option->palette));
            break;
        case FindingSeverity::Note:
            break;
        }
    }
};

} // namespace

FindingsPage::FindingsPage(FindingsStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new FindingsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_count = createPlainLabel(this);
    m_count->setObjectName(QStringLiteral("findingsCount"));
    m_count->setContentsMargins(6, 4, 6, 0);
    layout->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new FindingDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::SummaryColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(FindingsModel::SeverityColumn, 80);
    m_table->setColumnWidth(FindingsModel::GroupColumn, 70);
    m_table->setColumnWidth(FindingsModel::KindColumn, 220);
    m_table->setColumnWidth(FindingsModel::EvidenceColumn, 90);

    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("findingDetail"));
    m_detail->setReadOnly(true);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(m_table);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    layout->addWidget(m_split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindingsPage::showCurrent);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const Finding &f = m_model->finding(index.row());
        if (!f.exchangeIds.isEmpty())
            Q_EMIT exchangeActivated(f.exchangeIds.first());
    });
    retranslateUi();
}

Result<void> FindingsPage::reload()
{
    if (!m_store || !m_store->isOpen()) {
        m_model->clear();
        showCount();
        return {};
    }
    auto findings = m_store->findings();
    if (!findings)
        return Failure{findings.error()};
    m_model->setFindings(*findings);
    showCount();
    return {};
}

void FindingsPage::append(const Finding &finding)
{
    m_model->append(finding);
    showCount();
}

int FindingsPage::count() const
{
    return m_model->rowCount();
}

void FindingsPage::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const Finding &f = m_model->finding(current.row());
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
    m_detail->setPlainText(parts.join(QStringLiteral("\n\n")));
}

void FindingsPage::showCount()
{
    m_count->setText(tr("%n finding(s)", nullptr, m_model->rowCount()));
}

void FindingsPage::retranslateUi()
{
    showCount();
    showCurrent();
}

void FindingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace mcpscope
