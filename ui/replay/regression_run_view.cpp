#include "ui/replay/regression_run_view.h"

#include "capture/capture_reader.h"
#include "ui/common/plain_label.h"
#include "ui/common/plain_tooltip_delegate.h"
#include "ui/common/theme.h"
#include "ui/replay/diff_view.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

QString milliseconds(double ms)
{
    return ms < 0 ? QStringLiteral("–") : QString::number(ms, 'f', 1);
}

Theme::Tone toneOf(ReplayState state)
{
    switch (state) {
    case ReplayState::Same:
        return Theme::Tone::Success;
    case ReplayState::Changed:
        return Theme::Tone::Warning;
    case ReplayState::Failed:
        return Theme::Tone::Error;
    }
    return Theme::Tone::Normal;
}

} // namespace

RegressionRunView::RegressionRunView(ExchangeSink *sink, QWidget *parent)
    : QWidget(parent), m_sink(sink)
{
    setObjectName(QStringLiteral("regressionRunView"));
    auto *layout = new QVBoxLayout(this);

    auto *targetRow = new QHBoxLayout;
    m_transportLabel = createPlainLabel(this);
    m_transportLabel->setWordWrap(false);
    m_transport = new QComboBox(this);
    m_transport->setObjectName(QStringLiteral("runTransport"));
    m_transport->addItems({QString(), QString()});
    m_targetLabel = createPlainLabel(this);
    m_targetLabel->setWordWrap(false);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("runTarget"));
    m_target->setClearButtonEnabled(true);
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setDefault(true);
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_transportLabel->setBuddy(m_transport);
    m_targetLabel->setBuddy(m_target);
    targetRow->addWidget(m_transportLabel);
    targetRow->addWidget(m_transport);
    targetRow->addWidget(m_targetLabel);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_run);
    targetRow->addWidget(m_stop);
    layout->addLayout(targetRow);

    auto *statusRow = new QHBoxLayout;
    m_totals = createPlainLabel(this);
    m_totals->setObjectName(QStringLiteral("runTotals"));
    m_totals->setWordWrap(false);
    Theme::setTone(m_totals, Theme::Tone::Normal, QStringLiteral("font-weight: 600;"));
    m_status = createPlainLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    statusRow->addWidget(m_totals);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    m_calls = new QTableWidget(0, ColumnCount, this);
    m_calls->setObjectName(QStringLiteral("runCalls"));
    m_calls->setItemDelegate(new PlainToolTipDelegate(m_calls));
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->setSelectionMode(QAbstractItemView::SingleSelection);
    m_calls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calls->verticalHeader()->hide();
    m_calls->setWordWrap(false);
    m_calls->horizontalHeader()->setStretchLastSection(true);
    m_calls->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_calls->horizontalHeader()->setSectionResizeMode(Timing, QHeaderView::ResizeToContents);
    m_calls->verticalHeader()->setDefaultSectionSize(m_calls->fontMetrics().height() + 8);

    m_diff = new DiffView(this);
    m_diff->setObjectName(QStringLiteral("runDiff"));

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(m_calls);
    m_split->addWidget(m_diff);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setSizes({2000, 3000});
    // At least six calls in view, even in a small window.
    m_calls->setMinimumHeight(m_calls->horizontalHeader()->sizeHint().height() +
                              6 * m_calls->verticalHeader()->defaultSectionSize() + 4);
    m_split->setChildrenCollapsible(false);
    layout->addWidget(m_split, 1);

    connect(m_run, &QPushButton::clicked, this, &RegressionRunView::run);
    connect(m_stop, &QPushButton::clicked, this, &RegressionRunView::stop);
    connect(m_target, &QLineEdit::returnPressed, this, [this] {
        if (m_run->isEnabled())
            run();
    });
    connect(m_target, &QLineEdit::textChanged, this, &RegressionRunView::updateButtons);
    connect(m_calls, &QTableWidget::itemSelectionChanged, this, &RegressionRunView::showSelected);
    connect(Theme::Notifier::instance(), &Theme::Notifier::changed, this,
            &RegressionRunView::recolour);

    retranslateUi();
    updateButtons();
}

RegressionRunView::~RegressionRunView()
{
    if (m_replay) {
        // The run ends with the view; the session closes on its own.
        disconnect(m_replay, nullptr, this, nullptr);
        m_replay->stop();
    }
}

Result<void> RegressionRunView::load(const QString &storePath, qint64 sessionId)
{
    m_recorded.sessionId = sessionId; // for the title, until it has loaded
    CaptureReader reader;
    Result<void> outcome;
    if (auto opened = reader.open(storePath); !opened) {
        outcome = Failure{opened.error()};
    } else if (auto loaded = RecordedSession::load(reader, sessionId); !loaded) {
        outcome = Failure{loaded.error()};
    } else {
        m_recorded = std::move(*loaded);
        m_loaded = true;
        const bool url = m_recorded.target.startsWith(QLatin1String("http://")) ||
                         m_recorded.target.startsWith(QLatin1String("https://"));
        setTarget(m_recorded.target, !url);
    }
    if (!outcome) {
        m_failure = tr("Cannot run session %1: %2").arg(sessionId).arg(outcome.error().message);
        m_status->setText(m_failure);
        Theme::setTone(m_status, Theme::Tone::Error);
    }
    updateTotals();
    updateButtons();
    return outcome;
}

void RegressionRunView::setTarget(const QString &target, bool stdio)
{
    m_transport->setCurrentIndex(stdio ? 1 : 0);
    m_target->setText(target);
}

QString RegressionRunView::title() const
{
    return tr("Run: %1").arg(m_recorded.name.isEmpty() ? tr("session %1").arg(m_recorded.sessionId)
                                                       : m_recorded.name);
}

void RegressionRunView::run()
{
    if (!m_loaded || m_replay)
        return;
    const QString target = m_target->text().trimmed();
    const bool stdio = m_transport->currentIndex() == 1;
    if (target.isEmpty() || (stdio && QProcess::splitCommand(target).isEmpty())) {
        m_status->setText(stdio ? tr("Give the command that starts the server.")
                                : tr("Give the server's URL."));
        Theme::setTone(m_status, Theme::Tone::Error);
        return;
    }
    McpSessionOptions options;
    options.kind = stdio ? McpSessionOptions::Kind::Stdio : McpSessionOptions::Kind::Http;
    options.target = target;
    options.closeTimeoutMs = 5000;
    options.captureName = tr("Regression run of session %1").arg(m_recorded.sessionId);
    // SessionReplay offers what the recorded client did (roots, URL elicitation).

    m_report = {};
    m_failure.clear();
    m_stopped = false;
    m_calls->setRowCount(0);
    m_replay = new SessionReplay(m_sink, this);
    connect(m_replay, &SessionReplay::callFinished, this, &RegressionRunView::onCallFinished);
    connect(m_replay, &SessionReplay::finished, this, &RegressionRunView::onFinished);
    m_status->setText(tr("Running against %1…").arg(target));
    Theme::setTone(m_status, Theme::Tone::Live);
    m_replay->start(m_recorded, options, m_diff->ignoreRules());
    updateTotals();
    updateButtons();
}

void RegressionRunView::stop()
{
    if (!m_replay)
        return;
    m_stopped = true;
    m_status->setText(tr("Stopping…"));
    m_replay->stop();
    updateButtons();
}

const RecordedRequest *RegressionRunView::recordedRequest(int callIndex) const
{
    int index = 0;
    for (const RecordedRequest &request : m_recorded.requests) {
        if (request.notification)
            continue;
        if (index++ == callIndex)
            return &request;
    }
    return nullptr;
}

void RegressionRunView::onCallFinished(const ReplayedCall &call)
{
    m_report.add(call);
    const int row = m_calls->rowCount();
    m_calls->insertRow(row);
    auto cell = [&](int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(text);
        m_calls->setItem(row, column, item);
        return item;
    };
    cell(Index, QString::number(call.index))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    cell(Method, call.method);
    cell(Name, call.name);
    QString state;
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    switch (call.state) {
    case ReplayState::Same:
        state = tr("Same");
        break;
    case ReplayState::Changed:
        state = tr("Changed");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case ReplayState::Failed:
        state = tr("Failed");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    QTableWidgetItem *stateItem = cell(State, state);
    stateItem->setData(Qt::UserRole, int(call.state));
    stateItem->setIcon(style()->standardIcon(icon));
    stateItem->setForeground(Theme::color(toneOf(call.state), palette()));
    if (!call.failure.isEmpty())
        stateItem->setToolTip(call.failure);
    cell(Changes, QString::number(call.changes.size()))
        ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    cell(Timing,
         tr("%1 → %2 ms").arg(milliseconds(call.recordedMs), milliseconds(call.replayedMs)));
    if (m_calls->currentRow() < 0 && call.state != ReplayState::Same)
        m_calls->selectRow(row); // the first difference, shown at once
    updateTotals();
}

void RegressionRunView::onFinished()
{
    SessionReplay *replay = m_replay;
    if (!replay)
        return;
    m_replay = nullptr;
    const ReplayReport &report = replay->report();
    m_report.recordedSessionId = report.recordedSessionId;
    m_report.replaySessionId = report.replaySessionId;
    m_report.target = report.target;
    m_report.serverRequestsAnswered = report.serverRequestsAnswered;
    m_report.serverRequestsUnmatched = report.serverRequestsUnmatched;
    if (replay->stopped() || m_stopped) {
        m_status->setText(tr("Stopped after %n call(s).", nullptr, int(m_report.calls.size())));
        Theme::setTone(m_status, Theme::Tone::Muted);
    } else if (replay->failed()) {
        m_failure = tr("The run failed: %1").arg(replay->error().message);
        m_status->setText(m_failure);
        Theme::setTone(m_status, Theme::Tone::Error);
    } else {
        m_status->setText(m_report.allSame() ? tr("Every call matches the recording.")
                                             : tr("Some calls differ from the recording."));
        Theme::setTone(m_status, m_report.allSame() ? Theme::Tone::Success : Theme::Tone::Warning);
    }
    replay->deleteLater();
    updateTotals();
    updateButtons();
    Q_EMIT statusMessage(m_status->text());
    Q_EMIT runFinished();
}

void RegressionRunView::showSelected()
{
    const int row = m_calls->currentRow();
    if (row < 0 || row >= m_report.calls.size())
        return;
    const ReplayedCall &call = m_report.calls.at(row);
    const RecordedRequest *request = recordedRequest(call.index);
    QString subject = call.method;
    if (!call.name.isEmpty())
        subject += QLatin1Char(' ') + call.name;
    const QJsonValue recorded =
        request ? request->answer.asJson() : QJsonValue(QJsonValue::Undefined);
    m_diff->compare(DiffSide::fromValue(tr("recorded #%1 %2").arg(call.index).arg(subject),
                                        recorded.isUndefined() ? QJsonValue() : recorded,
                                        call.recordedMs),
                    DiffSide::fromValue(tr("replayed #%1 %2").arg(call.index).arg(subject),
                                        call.answer.isUndefined() ? QJsonValue() : call.answer,
                                        call.replayedMs));
}

void RegressionRunView::updateTotals()
{
    const int expected = m_loaded ? m_recorded.requestCount() : 0;
    QString text = tr("%1 same, %2 changed, %3 failed")
                       .arg(m_report.same)
                       .arg(m_report.changed)
                       .arg(m_report.failed);
    if (m_replay || m_report.calls.size() < expected)
        text += QLatin1String("  ") +
                tr("(%1 of %n call(s))", nullptr, expected).arg(m_report.calls.size());
    m_totals->setText(text);
}

void RegressionRunView::updateButtons()
{
    const bool running = m_replay != nullptr;
    m_run->setEnabled(m_loaded && !running && !m_target->text().trimmed().isEmpty());
    m_run->setText(m_report.calls.isEmpty() && m_failure.isEmpty() && !m_stopped
                       ? tr("&Run")
                       : tr("&Run Again"));
    m_stop->setEnabled(running && !m_stopped);
    m_transport->setEnabled(!running);
    m_target->setReadOnly(running);
}

void RegressionRunView::recolour()
{
    for (int row = 0; row < m_calls->rowCount(); ++row)
        if (QTableWidgetItem *item = m_calls->item(row, State))
            item->setForeground(
                Theme::color(toneOf(ReplayState(item->data(Qt::UserRole).toInt())), palette()));
}

void RegressionRunView::retranslateUi()
{
    m_transportLabel->setText(tr("Target:"));
    m_transport->setItemText(0, tr("URL"));
    m_transport->setItemText(1, tr("stdio command"));
    m_targetLabel->setText(tr("&Server:"));
    m_target->setPlaceholderText(tr("http://127.0.0.1:3001/mcp or a command line"));
    m_stop->setText(tr("S&top"));
    m_calls->setHorizontalHeaderLabels(
        {tr("#"), tr("Method"), tr("Name"), tr("State"), tr("Changes"), tr("Recorded → replayed")});
    updateTotals();
    updateButtons();
}

void RegressionRunView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace mcpscope
