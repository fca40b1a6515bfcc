#include "ui/replay/interface_diff_view.h"

#include "capture/capture_reader.h"
#include "ui/common/dialog_parts.h"
#include "ui/common/plain_label.h"
#include "ui/common/plain_tooltip_delegate.h"
#include "ui/common/theme.h"
#include "ui/replay/diff_view.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

using Category = InterfaceChange::Category;

constexpr int kChangeRole = Qt::UserRole; // index into the diff's changes, -1 for a group

// A JSON value on one line, cut to about max characters.
QString shortened(const QJsonValue &value, int max = 120)
{
    return JsonDiff::compactJson(value, max);
}

// The item of a category named key in a snapshot (Undefined: not there).
QJsonValue itemOf(const InterfaceSnapshot &snapshot, Category category, const QString &key)
{
    const std::optional<QJsonArray> *list = nullptr;
    QLatin1String member("name");
    switch (category) {
    case Category::Server:
        return snapshot.initializeResult ? QJsonValue(*snapshot.initializeResult)
                                         : QJsonValue(QJsonValue::Undefined);
    case Category::Tool:
        list = &snapshot.tools;
        break;
    case Category::Prompt:
        list = &snapshot.prompts;
        break;
    case Category::Resource:
        list = &snapshot.resources;
        member = QLatin1String("uri");
        break;
    case Category::ResourceTemplate:
        list = &snapshot.resourceTemplates;
        member = QLatin1String("uriTemplate");
        break;
    }
    if (list && *list)
        for (const QJsonValue &item : **list)
            if (item.toObject().value(member).toString() == key)
                return item;
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

InterfaceSource InterfaceSource::recorded(const QString &label, const QString &storePath,
                                          qint64 sessionId)
{
    InterfaceSource source;
    source.label = label;
    source.storePath = storePath;
    source.sessionId = sessionId;
    return source;
}

InterfaceSource InterfaceSource::liveServer(const QString &target, bool stdio)
{
    InterfaceSource source;
    source.label = target;
    source.live = true;
    source.stdio = stdio;
    source.target = target;
    return source;
}

InterfaceDiffView::InterfaceDiffView(ExchangeSink *sink, QWidget *parent)
    : QWidget(parent), m_sink(sink)
{
    setObjectName(QStringLiteral("interfaceDiffView"));
    auto *layout = new QVBoxLayout(this);
    m_sides = createPlainLabel(this);
    m_sides->setObjectName(QStringLiteral("interfaceSides"));
    m_summary = createPlainLabel(this);
    m_summary->setObjectName(QStringLiteral("interfaceSummary"));
    Theme::setTone(m_summary, Theme::Tone::Live, QStringLiteral("font-weight: 600;"));
    m_changes = new QTreeWidget(this);
    m_changes->setObjectName(QStringLiteral("interfaceChanges"));
    m_changes->setColumnCount(ColumnCount);
    m_changes->setItemDelegate(new PlainToolTipDelegate(m_changes));
    m_changes->setUniformRowHeights(true);
    m_changes->setAlternatingRowColors(true);
    m_changes->header()->setStretchLastSection(true);
    m_itemDiff = new DiffView(this);
    m_itemDiff->setObjectName(QStringLiteral("interfaceItemDiff"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_changes);
    split->addWidget(m_itemDiff);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 1000});
    m_changes->setMinimumHeight(m_changes->header()->sizeHint().height() +
                                8 * m_changes->fontMetrics().height() + 8);
    split->setChildrenCollapsible(false);
    layout->addWidget(m_sides);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    connect(m_changes, &QTreeWidget::currentItemChanged, this, &InterfaceDiffView::showSelected);
    retranslateUi();
}

InterfaceDiffView::~InterfaceDiffView() = default;

QString InterfaceDiffView::title() const
{
    return tr("Interface: %1 ↔ %2").arg(m_sources[0].label, m_sources[1].label);
}

void InterfaceDiffView::compare(const InterfaceSource &a, const InterfaceSource &b)
{
    m_sources[0] = a;
    m_sources[1] = b;
    m_snapshots[0].reset();
    m_snapshots[1].reset();
    m_diff = {};
    m_failure.clear();
    m_done = false;
    m_changes->clear();
    m_sides->setText(tr("Old: %1\nNew: %2").arg(a.label, b.label));
    m_summary->setText(tr("Reading both interfaces…"));
    Theme::setTone(m_summary, Theme::Tone::Live, QStringLiteral("font-weight: 600;"));
    load(0);
    load(1);
}

void InterfaceDiffView::load(int side)
{
    const InterfaceSource &source = m_sources[side];
    if (!source.live) {
        // Read on the next turn of the event loop, so compared() never fires
        // inside compare().
        QMetaObject::invokeMethod(
            this,
            [this, side] {
                const InterfaceSource &source = m_sources[side];
                CaptureReader reader;
                if (auto opened = reader.open(source.storePath); !opened)
                    return fail(tr("%1: %2").arg(source.label, opened.error().message));
                const auto messages = reader.messages(source.sessionId);
                if (!messages)
                    return fail(tr("%1: %2").arg(source.label, messages.error().message));
                auto snapshot = interfaceSnapshotFromMessages(*messages);
                if (!snapshot)
                    return fail(tr("%1: %2").arg(source.label, snapshot.error().message));
                m_snapshots[side] = *snapshot;
                sideReady();
            },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new InterfaceSnapshotJob(m_sink, this);
    m_jobs[side] = job;
    connect(job, &InterfaceSnapshotJob::finished, this, [this, job, side] {
        job->deleteLater();
        if (m_jobs[side] != job)
            return;
        if (!job->succeeded())
            return fail(tr("%1: %2").arg(m_sources[side].label, job->error().message));
        m_snapshots[side] = job->snapshot();
        sideReady();
    });
    McpSessionOptions options;
    options.kind = source.stdio ? McpSessionOptions::Kind::Stdio : McpSessionOptions::Kind::Http;
    options.target = source.target;
    options.requestTimeoutMs = 30000;
    options.closeTimeoutMs = 5000;
    // The capabilities a session tab offers: some servers list tools by the
    // client's capabilities (server-everything's roots and URL elicitation
    // tools), and the recordings to compare with come from session tabs.
    options.rootsSupported = true;
    options.urlElicitationSupported = true;
    options.captureName = tr("Interface of %1").arg(source.target);
    job->start(options);
}

void InterfaceDiffView::sideReady()
{
    if (m_done || !m_snapshots[0] || !m_snapshots[1])
        return;
    auto diff = compareInterfaces(*m_snapshots[0], *m_snapshots[1]);
    if (!diff)
        return fail(diff.error().message);
    m_diff = *diff;
    m_done = true;
    showChanges();
    Q_EMIT compared();
}

void InterfaceDiffView::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_failure = message;
    for (QPointer<QObject> &job : m_jobs)
        if (job) {
            job->disconnect(this);
            job->deleteLater(); // its session closes as it goes
            job = nullptr;
        }
    m_summary->setText(tr("Cannot compare: %1").arg(message));
    Theme::setTone(m_summary, Theme::Tone::Error, QStringLiteral("font-weight: 600;"));
    Q_EMIT compared();
}

void InterfaceDiffView::showChanges()
{
    m_changes->clear();
    const std::pair<Category, QString> groups[] = {
        {Category::Server, tr("Server")},
        {Category::Tool, tr("Tools")},
        {Category::Resource, tr("Resources")},
        {Category::ResourceTemplate, tr("Resource templates")},
        {Category::Prompt, tr("Prompts")},
    };
    for (const auto &[category, name] : groups) {
        QList<QTreeWidgetItem *> children;
        for (int i = 0; i < m_diff.changes.size(); ++i) {
            const InterfaceChange &change = m_diff.changes.at(i);
            if (change.category != category)
                continue;
            QString kind;
            Theme::Tone tone = Theme::Tone::Warning;
            switch (change.kind) {
            case InterfaceChange::Kind::Added:
                kind = tr("added");
                tone = Theme::Tone::Success;
                break;
            case InterfaceChange::Kind::Removed:
                kind = tr("removed");
                tone = Theme::Tone::Error;
                break;
            case InterfaceChange::Kind::Changed:
                kind = tr("changed");
                break;
            }
            auto *item = new QTreeWidgetItem;
            const QString texts[ColumnCount] = {change.key, kind, change.pointer,
                                                shortened(change.oldValue),
                                                shortened(change.newValue)};
            for (int column = 0; column < ColumnCount; ++column) {
                item->setText(column, texts[column]);
                item->setToolTip(column, texts[column]);
            }
            item->setForeground(Kind, Theme::color(tone, palette()));
            item->setData(Key, kChangeRole, i);
            children << item;
        }
        const bool notCompared = m_diff.notCompared.contains(category);
        if (children.isEmpty() && !notCompared)
            continue;
        auto *group = new QTreeWidgetItem(m_changes);
        group->setText(Key, notCompared
                                ? tr("%1 (not compared: one side never listed them)").arg(name)
                                : tr("%1: %n change(s)", nullptr, int(children.size())).arg(name));
        group->setData(Key, kChangeRole, -1);
        QFont bold = group->font(Key);
        bold.setBold(true);
        group->setFont(Key, bold);
        group->setFirstColumnSpanned(true);
        group->addChildren(children);
        group->setExpanded(true);
    }
    m_changes->header()->resizeSections(QHeaderView::ResizeToContents);
    // A long value (a whole item, the instructions) must not push New out of view.
    const int widest = qMax(240, m_changes->viewport()->width() / 3);
    for (int column : {int(Key), int(Pointer), int(Old)})
        m_changes->setColumnWidth(column, qMin(m_changes->columnWidth(column), widest));
    if (m_diff.isSame()) {
        m_summary->setText(tr("No changes: the two interfaces are the same."));
        Theme::setTone(m_summary, Theme::Tone::Success, QStringLiteral("font-weight: 600;"));
    } else {
        m_summary->setText(tr("%n change(s)", nullptr, int(m_diff.changes.size())));
        Theme::setTone(m_summary, Theme::Tone::Warning, QStringLiteral("font-weight: 600;"));
    }
}

void InterfaceDiffView::showSelected()
{
    QTreeWidgetItem *item = m_changes->currentItem();
    if (!item || m_done == false || !m_snapshots[0] || !m_snapshots[1])
        return;
    const int index = item->data(Key, kChangeRole).toInt();
    if (index < 0 || index >= m_diff.changes.size())
        return;
    const InterfaceChange &change = m_diff.changes.at(index);
    const QJsonValue before = itemOf(*m_snapshots[0], change.category, change.key);
    const QJsonValue after = itemOf(*m_snapshots[1], change.category, change.key);
    m_itemDiff->compare(DiffSide::fromValue(tr("%1 in %2").arg(change.key, m_sources[0].label),
                                            before.isUndefined() ? QJsonValue() : before),
                        DiffSide::fromValue(tr("%1 in %2").arg(change.key, m_sources[1].label),
                                            after.isUndefined() ? QJsonValue() : after));
}

void InterfaceDiffView::retranslateUi()
{
    m_changes->setHeaderLabels({tr("Item"), tr("Change"), tr("Pointer"), tr("Old"), tr("New")});
    if (m_done && m_failure.isEmpty())
        showChanges();
}

void InterfaceDiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

CompareInterfaceDialog::CompareInterfaceDialog(const QList<std::pair<qint64, QString>> &sessions,
                                               const QString &storePath,
                                               const QString &suggestedTarget, QWidget *parent)
    : QDialog(parent), m_storePath(storePath)
{
    setObjectName(QStringLiteral("compareInterfaceDialog"));
    setWindowTitle(tr("Compare Interface With"));
    auto *layout = new QVBoxLayout(this);
    m_recorded = new QRadioButton(tr("A &recorded session"), this);
    m_recorded->setObjectName(QStringLiteral("sideRecorded"));
    m_session = new QComboBox(this);
    m_session->setObjectName(QStringLiteral("sideSession"));
    for (const auto &[id, label] : sessions)
        m_session->addItem(label, id);
    m_live = new QRadioButton(tr("A &live server"), this);
    m_live->setObjectName(QStringLiteral("sideLive"));
    m_transport = new QComboBox(this);
    m_transport->setObjectName(QStringLiteral("sideTransport"));
    m_transport->addItems({tr("URL"), tr("stdio command")});
    m_target = new QLineEdit(suggestedTarget, this);
    m_target->setObjectName(QStringLiteral("sideTarget"));
    m_target->setMinimumWidth(360);
    m_target->setPlaceholderText(tr("http://127.0.0.1:3001/mcp or a command line"));
    m_error = DialogParts::errorLabel(this);
    auto *liveRow = new QHBoxLayout;
    liveRow->addWidget(m_transport);
    liveRow->addWidget(m_target, 1);
    layout->addWidget(m_recorded);
    layout->addWidget(m_session);
    layout->addWidget(m_live);
    layout->addLayout(liveRow);
    layout->addWidget(m_error);
    layout->addWidget(DialogParts::okCancel(this, tr("&Compare")));
    (sessions.isEmpty() ? m_live : m_recorded)->setChecked(true);
    m_recorded->setEnabled(!sessions.isEmpty());
    auto enable = [this] {
        m_session->setEnabled(m_recorded->isChecked());
        m_transport->setEnabled(m_live->isChecked());
        m_target->setEnabled(m_live->isChecked());
    };
    connect(m_recorded, &QRadioButton::toggled, this, enable);
    enable();
}

InterfaceSource CompareInterfaceDialog::source() const
{
    if (m_recorded->isChecked())
        return InterfaceSource::recorded(m_session->currentText(), m_storePath,
                                         m_session->currentData().toLongLong());
    return InterfaceSource::liveServer(m_target->text().trimmed(),
                                       m_transport->currentIndex() == 1);
}

void CompareInterfaceDialog::accept()
{
    if (m_live->isChecked()) {
        const QString target = m_target->text().trimmed();
        const bool stdio = m_transport->currentIndex() == 1;
        if (target.isEmpty() || (stdio && QProcess::splitCommand(target).isEmpty())) {
            m_error->setText(stdio ? tr("Give the command that starts the server.")
                                   : tr("Give the server's URL."));
            m_error->show();
            return;
        }
    } else if (m_session->currentIndex() < 0) {
        m_error->setText(tr("Pick a recorded session."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace mcpscope
