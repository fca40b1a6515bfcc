#include "ui/diagnostics/connection_doctor_dialog.h"

#include "ui/common/plain_label.h"
#include "ui/common/plain_tooltip_delegate.h"
#include "ui/common/theme.h"
#include "ui/diagnostics/severity_icon.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

constexpr int kStageCount = int(DoctorStage::Intermittency) + 1;

// Transport choices, in the combo's order, as DoctorOptions names them.
const char *const kTransports[] = {"auto", "streamable", "sse", "stdio"};
// Sign-in choices, in the combo's order ("" = none).
const char *const kSignIns[] = {"", "headless", "browser", "client-credentials"};

QIcon statusIcon(CheckStatus status, const QStyle *style)
{
    switch (status) {
    case CheckStatus::Pass:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case CheckStatus::Warn:
        return severityIcon(FindingSeverity::Warning, style);
    case CheckStatus::Fail:
        return severityIcon(FindingSeverity::Error, style);
    case CheckStatus::Skip:
        break;
    }
    return {};
}

Theme::Tone statusTone(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return Theme::Tone::Success;
    case CheckStatus::Warn:
        return Theme::Tone::Warning;
    case CheckStatus::Fail:
        return Theme::Tone::Error;
    case CheckStatus::Skip:
        break;
    }
    return Theme::Tone::Muted;
}

QString statusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return ConnectionDoctorDialog::tr("passed");
    case CheckStatus::Warn:
        return ConnectionDoctorDialog::tr("warning");
    case CheckStatus::Fail:
        return ConnectionDoctorDialog::tr("failed");
    case CheckStatus::Skip:
        break;
    }
    return ConnectionDoctorDialog::tr("skipped");
}

QString formatMs(double ms)
{
    return ms < 0 ? QString() : ConnectionDoctorDialog::tr("%1 ms").arg(ms, 0, 'f', 1);
}

// Texts colour by their status in the palette's tone; tool tips (server
// words) literal.
class CheckDelegate final : public PlainToolTipDelegate
{
public:
    using PlainToolTipDelegate::PlainToolTipDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        PlainToolTipDelegate::initStyleOption(option, index);
        const QVariant status = index.data(ConnectionDoctorDialog::StatusRole);
        if (!status.isValid() || index.column() != ConnectionDoctorDialog::StatusColumn)
            return;
        option->palette.setColor(
            QPalette::Text, Theme::color(statusTone(CheckStatus(status.toInt())), option->palette));
    }
};

} // namespace

ConnectionDoctorDialog::ConnectionDoctorDialog(CaptureStore *store, TokenVault *vault,
                                               QWidget *parent)
    : QDialog(parent), m_doctor(new ConnectionDoctor(store, vault, this))
{
    setObjectName(QStringLiteral("connectionDoctorDialog"));
    resize(980, 680);
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("doctorTarget"));
    m_target->setPlaceholderText(QStringLiteral("https://mcp.example.com/mcp"));
    m_transport = new QComboBox(this);
    m_transport->setObjectName(QStringLiteral("doctorTransport"));
    m_signIn = new QComboBox(this);
    m_signIn->setObjectName(QStringLiteral("doctorSignIn"));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("doctorClientId"));
    m_clientSecret = new QLineEdit(this);
    m_clientSecret->setObjectName(QStringLiteral("doctorClientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_scope = new QLineEdit(this);
    m_scope->setObjectName(QStringLiteral("doctorScope"));
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_transport);
    auto *signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signIn);
    signInRow->addWidget(m_clientId, 1);
    signInRow->addWidget(m_clientSecret, 1);
    signInRow->addWidget(m_scope, 1);
    for (int i = 0; i < 2; ++i) {
        QLabel *label = createPlainLabel(this);
        label->setWordWrap(false);
        m_formLabels << label;
    }
    form->addRow(m_formLabels.at(0), targetRow);
    form->addRow(m_formLabels.at(1), signInRow);
    m_formLabels.at(0)->setBuddy(m_target);
    m_formLabels.at(1)->setBuddy(m_signIn);
    layout->addLayout(form);

    auto *runRow = new QHBoxLayout;
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("runDoctor"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelDoctor"));
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addStretch(1);
    layout->addLayout(runRow);

    m_verdict = createPlainLabel(this);
    m_verdict->setObjectName(QStringLiteral("doctorVerdict"));
    m_verdict->hide();
    layout->addWidget(m_verdict);

    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("doctorChecks"));
    m_checks->setColumnCount(ColumnCount);
    m_checks->setItemDelegate(new CheckDelegate(m_checks));
    m_checks->setUniformRowHeights(true);
    m_checks->setAlternatingRowColors(true);
    m_checks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checks->setExpandsOnDoubleClick(false);
    m_checks->setWordWrap(false);
    QHeaderView *header = m_checks->header();
    header->setStretchLastSection(true);
    m_checks->setColumnWidth(TitleColumn, 300);
    m_checks->setColumnWidth(StatusColumn, 110);
    m_checks->setColumnWidth(TimeColumn, 90);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("doctorCheckDetail"));
    m_detail->setReadOnly(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_checks);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyDoctorReport"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveDoctorJson"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeDoctor"));
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_run, &QPushButton::clicked, this, &ConnectionDoctorDialog::start);
    connect(m_cancel, &QPushButton::clicked, m_doctor, &ConnectionDoctor::cancel);
    connect(m_close, &QPushButton::clicked, this, &ConnectionDoctorDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &ConnectionDoctorDialog::copyReport);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDoctorDialog::saveJson);
    connect(m_target, &QLineEdit::textChanged, this, &ConnectionDoctorDialog::updateButtons);
    connect(m_signIn, &QComboBox::currentIndexChanged, this,
            &ConnectionDoctorDialog::updateButtons);
    connect(m_doctor, &ConnectionDoctor::checkStarted, this,
            &ConnectionDoctorDialog::onCheckStarted);
    connect(m_doctor, &ConnectionDoctor::checkFinished, this,
            &ConnectionDoctorDialog::onCheckFinished);
    connect(m_doctor, &ConnectionDoctor::finished, this, &ConnectionDoctorDialog::onFinished);
    connect(m_checks, &QTreeWidget::currentItemChanged, this, &ConnectionDoctorDialog::showCurrent);
    connect(m_checks, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const DoctorReport &r = m_doctor->report();
        const QString id = item->data(TitleColumn, CheckIdRole).toString();
        for (const DoctorCheck &check : r.checks)
            if (check.id == id && !check.exchangeIds.isEmpty())
                Q_EMIT exchangesRequested(check.exchangeIds, check.exchangeIds.first(),
                                          tr("the doctor's check “%1”").arg(check.title));
    });
    retranslateUi();
    resetStages();
    updateButtons();
}

ConnectionDoctorDialog::~ConnectionDoctorDialog() = default;

void ConnectionDoctorDialog::setTarget(const QString &urlOrCommand)
{
    m_target->setText(urlOrCommand);
}

bool ConnectionDoctorDialog::isRunning() const
{
    return m_doctor->isRunning();
}

const DoctorReport &ConnectionDoctorDialog::report() const
{
    return m_doctor->report();
}

DoctorOptions ConnectionDoctorDialog::options() const
{
    DoctorOptions o;
    const QString transport = QLatin1String(kTransports[std::max(0, m_transport->currentIndex())]);
    o.transport = transport;
    if (transport == u"stdio")
        o.stdioCommand = m_target->text().trimmed();
    else
        o.url = QUrl::fromUserInput(m_target->text().trimmed());
    o.oauthMode = QLatin1String(kSignIns[std::max(0, m_signIn->currentIndex())]);
    o.clientId = m_clientId->text().trimmed();
    o.clientSecret = m_clientSecret->text();
    o.scope = m_scope->text().trimmed();
    return o;
}

void ConnectionDoctorDialog::start()
{
    if (m_doctor->isRunning() || m_target->text().trimmed().isEmpty())
        return;
    m_finished = false;
    resetStages();
    m_verdict->hide();
    m_detail->clear();
    m_doctor->start(options());
    updateButtons();
}

void ConnectionDoctorDialog::resetStages()
{
    m_checks->clear();
    for (int i = 0; i < kStageCount; ++i) {
        const auto stage = DoctorStage(i);
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(TitleColumn, stageTitle(stage));
        item->setData(TitleColumn, StageRole, i);
        QFont bold = item->font(TitleColumn);
        bold.setBold(true);
        item->setFont(TitleColumn, bold);
        item->setText(StatusColumn, tr("waiting"));
        item->setFirstColumnSpanned(false);
        item->setExpanded(true);
    }
}

QTreeWidgetItem *ConnectionDoctorDialog::stageItem(DoctorStage stage) const
{
    return m_checks->topLevelItem(int(stage));
}

QTreeWidgetItem *ConnectionDoctorDialog::checkItem(const DoctorCheck &check, bool create)
{
    QTreeWidgetItem *stage = stageItem(check.stage);
    if (!stage)
        return nullptr;
    for (int i = 0; i < stage->childCount(); ++i)
        if (stage->child(i)->data(TitleColumn, CheckIdRole).toString() == check.id)
            return stage->child(i);
    if (!create)
        return nullptr;
    auto *item = new QTreeWidgetItem(stage);
    item->setData(TitleColumn, StageRole, int(check.stage));
    item->setData(TitleColumn, CheckIdRole, check.id);
    stage->setExpanded(true);
    return item;
}

void ConnectionDoctorDialog::showStatus(QTreeWidgetItem *item, std::optional<CheckStatus> status,
                                        bool running)
{
    if (running) {
        item->setText(StatusColumn, tr("running…"));
        item->setIcon(StatusColumn, style()->standardIcon(QStyle::SP_BrowserReload));
        item->setData(StatusColumn, StatusRole, QVariant());
        return;
    }
    if (!status) {
        item->setText(StatusColumn, tr("waiting"));
        item->setIcon(StatusColumn, QIcon());
        item->setData(StatusColumn, StatusRole, QVariant());
        return;
    }
    item->setText(StatusColumn, statusName(*status));
    item->setIcon(StatusColumn, statusIcon(*status, style()));
    item->setData(StatusColumn, StatusRole, int(*status));
}

void ConnectionDoctorDialog::onCheckStarted(const DoctorCheck &check)
{
    QTreeWidgetItem *item = checkItem(check, true);
    if (!item)
        return;
    item->setText(TitleColumn, check.title);
    showStatus(item, std::nullopt, true);
    showStatus(stageItem(check.stage), std::nullopt, true);
    m_checks->scrollToItem(item);
}

void ConnectionDoctorDialog::onCheckFinished(const DoctorCheck &check)
{
    QTreeWidgetItem *item = checkItem(check, true);
    if (!item)
        return;
    item->setText(TitleColumn, check.title);
    item->setText(TimeColumn, formatMs(check.ms));
    item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
    // What was seen: a line in the tree, the whole of it in the tool tip.
    item->setText(DetailColumn, check.detail.section(QLatin1Char('\n'), 0, 0));
    item->setToolTip(DetailColumn, check.detail);
    showStatus(item, check.status, false);
    updateStage(check.stage);
    if (m_checks->currentItem() == item)
        showCurrent();
}

void ConnectionDoctorDialog::updateStage(DoctorStage stage)
{
    QTreeWidgetItem *item = stageItem(stage);
    if (!item)
        return;
    // A stage is as good as its worst check; skipped when every check was.
    std::optional<CheckStatus> worst;
    double ms = 0;
    bool anyTimed = false;
    for (const DoctorCheck &check : m_doctor->report().checks) {
        if (check.stage != stage)
            continue;
        if (check.ms >= 0) {
            ms += check.ms;
            anyTimed = true;
        }
        const auto rank = [](CheckStatus s) {
            switch (s) {
            case CheckStatus::Fail:
                return 3;
            case CheckStatus::Warn:
                return 2;
            case CheckStatus::Pass:
                return 1;
            case CheckStatus::Skip:
                break;
            }
            return 0;
        };
        if (!worst || rank(check.status) > rank(*worst))
            worst = check.status;
    }
    showStatus(item, worst, false);
    item->setText(TimeColumn, anyTimed ? formatMs(ms) : QString());
    item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
}

void ConnectionDoctorDialog::onFinished(const DoctorReport &report)
{
    m_finished = true;
    for (int i = 0; i < kStageCount; ++i) {
        const auto stage = DoctorStage(i);
        bool any = false;
        for (const DoctorCheck &check : report.checks)
            any = any || check.stage == stage;
        if (any)
            updateStage(stage);
        else
            showStatus(stageItem(stage), CheckStatus::Skip, false);
    }
    // The doctor's own sentence, unless it only repeats "healthy".
    const QString said = report.verdict.compare(QStringLiteral("healthy"), Qt::CaseInsensitive) == 0
                             ? QString()
                             : QStringLiteral(" ") + report.verdict;
    m_verdict->setText(
        report.failedStage
            //: The doctor's verdict: the failed stage, then what to do
            ? tr("Stopped at %1: %2").arg(stageTitle(*report.failedStage), report.verdict)
            : tr("Healthy: no stage failed (%1).").arg(formatMs(report.totalMs)) + said);
    if (report.failedStage)
        Theme::setBanner(m_verdict, Theme::Banner::Error,
                         QStringLiteral("padding: 6px; font-weight: 600;"));
    else
        Theme::setTone(m_verdict, Theme::Tone::Success,
                       QStringLiteral("padding: 6px; font-weight: 600;"));
    m_verdict->show();
    if (!report.failedStage)
        m_checks->scrollToTop();
    if (report.failedStage) {
        // The stopping explanation: the failed stage's first failing check.
        QTreeWidgetItem *stage = stageItem(*report.failedStage);
        for (int i = 0; stage && i < stage->childCount(); ++i)
            if (stage->child(i)->data(StatusColumn, StatusRole).toInt() == int(CheckStatus::Fail)) {
                m_checks->setCurrentItem(stage->child(i));
                break;
            }
    }
    updateButtons();
    Q_EMIT finished(report);
}

void ConnectionDoctorDialog::showCurrent()
{
    QTreeWidgetItem *item = m_checks->currentItem();
    const QString id = item ? item->data(TitleColumn, CheckIdRole).toString() : QString();
    if (id.isEmpty()) {
        m_detail->clear();
        return;
    }
    for (const DoctorCheck &check : m_doctor->report().checks) {
        if (check.id != id)
            continue;
        QStringList parts;
        parts << tr("%1 · %2 · %3")
                     .arg(stageTitle(check.stage), check.title, statusName(check.status));
        if (check.ms >= 0)
            parts << tr("Time: %1").arg(formatMs(check.ms));
        if (!check.detail.isEmpty())
            parts << check.detail;
        if (!check.findingKind.isEmpty() && findingKind(check.findingKind)) {
            Finding f;
            f.kind = check.findingKind;
            f.arguments = check.findingArguments;
            parts << tr("%1 (%2)").arg(f.title(), f.kind) << f.summary();
            if (!f.cause().isEmpty())
                parts << tr("Likely cause: %1").arg(f.cause());
            if (!f.fix().isEmpty())
                parts << tr("What to do: %1").arg(f.fix());
        }
        if (!check.exchangeIds.isEmpty()) {
            QStringList ids;
            for (qint64 e : check.exchangeIds)
                ids << QString::number(e);
            parts << tr("Exchanges: %1 (double-click the check to show them in the capture log)")
                         .arg(ids.join(QStringLiteral(", ")));
        }
        m_detail->setPlainText(parts.join(QStringLiteral("\n\n")));
        return;
    }
}

QString ConnectionDoctorDialog::reportText() const
{
    const DoctorReport &r = m_doctor->report();
    QStringList lines;
    lines << tr("McpScope Connection Doctor: %1").arg(m_target->text().trimmed());
    for (const DoctorCheck &check : r.checks) {
        QString line =
            tr("[%1] %2 · %3: %4")
                .arg(stageId(check.stage), check.title, check.id, statusName(check.status));
        if (check.ms >= 0)
            line += QStringLiteral(" (%1)").arg(formatMs(check.ms));
        if (!check.detail.isEmpty())
            line += QStringLiteral(" — ") + check.detail;
        if (!check.findingKind.isEmpty())
            line += QStringLiteral(" [%1]").arg(check.findingKind);
        lines << line;
    }
    lines << (r.failedStage
                  ? tr("Verdict: stopped at %1: %2").arg(stageTitle(*r.failedStage), r.verdict)
                  : tr("Verdict: %1").arg(r.verdict));
    lines << tr("Total: %1").arg(formatMs(r.totalMs));
    return lines.join(QLatin1Char('\n'));
}

void ConnectionDoctorDialog::copyReport()
{
    QApplication::clipboard()->setText(reportText());
}

void ConnectionDoctorDialog::saveJson()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Doctor's Report"),
                                                      QStringLiteral("connection-doctor.json"),
                                                      tr("JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(toJson(m_doctor->report())).toJson()) < 0) {
        m_detail->setPlainText(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

void ConnectionDoctorDialog::updateButtons()
{
    const bool running = m_doctor->isRunning();
    const bool signIn = m_signIn->currentIndex() > 0;
    m_run->setEnabled(!running && !m_target->text().trimmed().isEmpty());
    m_cancel->setEnabled(running);
    m_copy->setEnabled(m_finished);
    m_save->setEnabled(m_finished);
    for (QWidget *w : {static_cast<QWidget *>(m_transport), static_cast<QWidget *>(m_signIn),
                       static_cast<QWidget *>(m_target)})
        w->setEnabled(!running);
    for (QLineEdit *field : {m_clientId, m_clientSecret, m_scope})
        field->setEnabled(!running && signIn);
}

void ConnectionDoctorDialog::reject()
{
    if (m_doctor->isRunning())
        m_doctor->cancel();
    QDialog::reject();
}

void ConnectionDoctorDialog::retranslateUi()
{
    setWindowTitle(tr("Connection Doctor"));
    m_formLabels.at(0)->setText(tr("Server:"));
    m_formLabels.at(1)->setText(tr("Sign-in:"));
    m_target->setToolTip(
        tr("The MCP server's URL, or with transport stdio the command that starts it"));
    const int transport = std::max(0, m_transport->currentIndex());
    m_transport->blockSignals(true);
    m_transport->clear();
    // Order matches kTransports.
    m_transport->addItems({tr("Auto"), tr("Streamable HTTP"), tr("HTTP+SSE"), tr("stdio")});
    m_transport->setCurrentIndex(transport);
    m_transport->blockSignals(false);
    const int signIn = std::max(0, m_signIn->currentIndex());
    m_signIn->blockSignals(true);
    m_signIn->clear();
    // Order matches kSignIns.
    m_signIn->addItems({tr("No sign-in"), tr("Headless (follow redirects)"), tr("Browser"),
                        tr("Client credentials")});
    m_signIn->setCurrentIndex(signIn);
    m_signIn->blockSignals(false);
    m_clientId->setPlaceholderText(tr("client id (optional)"));
    m_clientSecret->setPlaceholderText(tr("client secret (optional)"));
    m_scope->setPlaceholderText(tr("scope (optional)"));
    m_run->setText(tr("&Run"));
    m_cancel->setText(tr("Cancel"));
    m_copy->setText(tr("&Copy Report"));
    m_copy->setToolTip(tr("Every check with its time and what was seen, as text"));
    m_save->setText(tr("&Save JSON…"));
    m_save->setToolTip(tr("The report as JSON, as mcpscope-cli doctor --json prints it"));
    m_close->setText(tr("Close"));
    m_checks->setHeaderLabels({tr("Stage / check"), tr("Status"), tr("Time"), tr("What was seen")});
    for (int i = 0; i < m_checks->topLevelItemCount(); ++i)
        m_checks->topLevelItem(i)->setText(TitleColumn, stageTitle(DoctorStage(i)));
}

void ConnectionDoctorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace mcpscope
