#include "ui/capture/export_dialog.h"

#include "capture/capture_reader.h"
#include "capture/findings_store.h"
#include "common/private_files.h"
#include "export/capture_bundle.h"
#include "export/har_writer.h"
#include "export/incident_report.h"
#include "ui/common/dialog_parts.h"
#include "ui/common/plain_label.h"
#include "ui/common/theme.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace mcpscope {

struct ExportDialog::Run
{
    QString storePath;
    Format format = Format::Har;
    Scope scope = Scope::WholeStore;
    QList<qint64> sessionIds;
    QList<qint64> exchangeIds;
    RedactionRules rules;
    QString outputPath; // empty: a dry run (the review)
    quint64 generation = 0;
    std::atomic_bool cancel{false};
    std::atomic<qint64> bytes{0};
    Result<Outcome> result = Outcome{};
};

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("mcpscope::ExportDialog", text, disambiguation, n);
}

// Counts what passes to target (none: a dry run's null device) and fails the
// writer as soon as the run is cancelled.
class CountingDevice final : public QIODevice
{
public:
    CountingDevice(std::atomic_bool &cancel, std::atomic<qint64> &bytes, QIODevice *target)
        : m_cancel(cancel), m_bytes(bytes), m_target(target)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_cancel) {
            setErrorString(tr("The export was cancelled."));
            return -1;
        }
        if (m_target && m_target->write(data, size) != size) {
            setErrorString(m_target->errorString());
            return -1;
        }
        m_bytes += size;
        return size;
    }

private:
    std::atomic_bool &m_cancel;
    std::atomic<qint64> &m_bytes;
    QIODevice *m_target;
};

Result<QList<qint64>> allSessions(const QString &storePath)
{
    CaptureReader reader;
    if (auto opened = reader.open(storePath); !opened)
        return Failure{opened.error()};
    auto sessions = reader.sessions();
    if (!sessions)
        return Failure{sessions.error()};
    QList<qint64> ids;
    for (const SessionInfo &s : *sessions)
        ids << s.id;
    return ids;
}

using Outcome = ExportDialog::Outcome;
using Format = ExportDialog::Format;

// Writes a streamed format (HAR, JSON, report) through write(device) into a
// temporary file beside the output, renamed over it when complete; a dry run
// writes nowhere.
template <typename Write>
Result<void> streamTo(const QString &outputPath, std::atomic_bool &cancel,
                      std::atomic<qint64> &bytes, Write write)
{
    if (outputPath.isEmpty()) {
        CountingDevice device(cancel, bytes, nullptr);
        return write(device);
    }
    const QFileInfo info(outputPath);
    const QString temp = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                         QStringLiteral(".%1.part").arg(QCoreApplication::applicationPid());
    QFile file(temp);
    if (auto opened = openPrivateFile(file); !opened)
        return makeError(ErrorCode::StoreWrite,
                         tr("Could not write %1: %2").arg(outputPath, opened.error().message));
    Result<void> written;
    {
        CountingDevice device(cancel, bytes, &file);
        written = write(device);
    }
    if (written && !file.flush())
        written = makeError(ErrorCode::StoreWrite, file.errorString());
    file.close();
    if (written && file.error() != QFileDevice::NoError)
        written = makeError(ErrorCode::StoreWrite, file.errorString());
    if (written && cancel)
        written = makeError(ErrorCode::StoreWrite, tr("The export was cancelled."));
    if (written && std::rename(QFile::encodeName(temp).constData(),
                               QFile::encodeName(outputPath).constData()) != 0)
        written = makeError(ErrorCode::StoreWrite,
                            tr("Could not write %1: %2")
                                .arg(outputPath, QString::fromLocal8Bit(std::strerror(errno))));
    if (!written)
        QFile::remove(temp);
    return written;
}

} // namespace

// Runs on a worker thread: only the run's own data.
static Result<Outcome> execute(ExportDialog::Run &run)
{
    Outcome outcome;
    outcome.path = run.outputPath;
    QList<qint64> sessions = run.sessionIds;
    const bool needsSessions = run.format == Format::Bundle ||
                               run.format == Format::ReportMarkdown ||
                               run.format == Format::ReportHtml;
    if (run.scope == ExportDialog::Scope::WholeStore && needsSessions) {
        auto all = allSessions(run.storePath);
        if (!all)
            return Failure{all.error()};
        sessions = *all;
    }
    ExportScope scope;
    if (run.scope != ExportDialog::Scope::WholeStore) {
        scope.sessionIds = run.sessionIds;
        scope.exchangeIds = run.exchangeIds;
    }
    switch (run.format) {
    case Format::Har: {
        HarWriter writer(run.rules);
        auto ok = streamTo(run.outputPath, run.cancel, run.bytes,
                           [&](QIODevice &out) { return writer.write(run.storePath, scope, out); });
        outcome.tally = writer.tally();
        if (!ok)
            return Failure{ok.error()};
        outcome.exchanges = writer.exchangesWritten();
        break;
    }
    case Format::Json: {
        ExportRedactor redactor(run.rules);
        auto ok = streamTo(run.outputPath, run.cancel, run.bytes, [&](QIODevice &out) {
            return writeJsonExport(run.storePath, scope, redactor, out);
        });
        outcome.tally = redactor.tally();
        if (!ok)
            return Failure{ok.error()};
        break;
    }
    case Format::Bundle: {
        if (sessions.isEmpty() && run.exchangeIds.isEmpty())
            return makeError(ErrorCode::StoreRead, tr("The capture holds no session to bundle."));
        ExportRedactor redactor(run.rules);
        QTemporaryDir dry;
        const QString path = run.outputPath.isEmpty()
                                 ? dry.filePath(QStringLiteral("review.mcpscope"))
                                 : run.outputPath;
        auto written =
            CaptureBundle::write(run.storePath, {sessions, run.exchangeIds}, path, redactor);
        outcome.tally = redactor.tally();
        if (!written)
            return Failure{written.error()};
        outcome.exchanges = written->exchanges;
        outcome.sessions = written->sessions;
        run.bytes = QFileInfo(path).size();
        break;
    }
    case Format::ReportMarkdown:
    case Format::ReportHtml: {
        if (sessions.isEmpty())
            return makeError(ErrorCode::StoreRead,
                             tr("An incident report covers sessions: there is none to report on."));
        CaptureReader reader;
        if (auto opened = reader.open(run.storePath); !opened)
            return Failure{opened.error()};
        FindingsStore findings;
        const bool hasFindings = bool(findings.openReadOnly(run.storePath));
        ExportRedactor redactor(run.rules);
        IncidentReport report(redactor);
        if (auto loaded = report.load(reader, hasFindings ? &findings : nullptr, sessions); !loaded)
            return Failure{loaded.error()};
        auto ok = streamTo(run.outputPath, run.cancel, run.bytes, [&](QIODevice &out) {
            return report.write(out, run.format == Format::ReportHtml
                                         ? IncidentReport::Format::Html
                                         : IncidentReport::Format::Markdown);
        });
        outcome.tally = redactor.tally();
        if (!ok)
            return Failure{ok.error()};
        outcome.sessions = sessions.size();
        break;
    }
    }
    outcome.bytes = run.bytes;
    return outcome;
}

// ---- the dialog ------------------------------------------------------------

namespace {

const char *const kRuleKinds[] = {"header", "pointer", "param", "pattern"};

QString ruleKindLabel(const QString &kind)
{
    if (kind == u"header")
        return tr("Header name");
    if (kind == u"pointer")
        return tr("JSON pointer");
    if (kind == u"param")
        return tr("Query parameter");
    return tr("Regular expression");
}

QString tallyKindLabel(const QString &kind)
{
    if (kind == u"header")
        return tr("Header");
    if (kind == u"field")
        return tr("Field");
    if (kind == u"query")
        return tr("Query parameter");
    if (kind == u"rule")
        return tr("Your rule");
    if (kind == u"known secret")
        return tr("Known secret");
    return kind;
}

} // namespace

ExportDialog::ExportDialog(const QString &storePath, qint64 currentSession,
                           const QList<qint64> &exchangeIds, QWidget *parent)
    : QDialog(parent), m_storePath(storePath), m_currentSession(currentSession),
      m_exchangeIds(exchangeIds), m_rules(savedRules())
{
    setObjectName(QStringLiteral("exportDialog"));
    auto *layout = new QVBoxLayout(this);

    // What and where.
    auto *top = new QHBoxLayout;
    auto *scopeBox = new QVBoxLayout;
    m_scopeLabel = createPlainLabel(this);
    Theme::setTone(m_scopeLabel, Theme::Tone::Muted, QStringLiteral("font-weight: 600;"));
    m_scopeSession = new QRadioButton(this);
    m_scopeSession->setObjectName(QStringLiteral("scopeSession"));
    m_scopeRows = new QRadioButton(this);
    m_scopeRows->setObjectName(QStringLiteral("scopeRows"));
    m_scopeSessions = new QRadioButton(this);
    m_scopeSessions->setObjectName(QStringLiteral("scopeSessions"));
    m_scopeStore = new QRadioButton(this);
    m_scopeStore->setObjectName(QStringLiteral("scopeStore"));
    m_sessionChoices = new QListWidget(this);
    m_sessionChoices->setObjectName(QStringLiteral("sessionChoices"));
    m_sessionChoices->setMaximumHeight(120);
    m_sessionChoices->setTextElideMode(Qt::ElideMiddle);
    m_sessionChoices->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sessionChoices->setUniformItemSizes(true);
    scopeBox->addWidget(m_scopeLabel);
    scopeBox->addWidget(m_scopeSession);
    scopeBox->addWidget(m_scopeRows);
    scopeBox->addWidget(m_scopeSessions);
    scopeBox->addWidget(m_sessionChoices);
    scopeBox->addWidget(m_scopeStore);
    m_scopeSession->setVisible(currentSession != 0);
    m_scopeRows->setVisible(!exchangeIds.isEmpty());
    if (!exchangeIds.isEmpty())
        m_scopeRows->setChecked(true);
    else if (currentSession != 0)
        m_scopeSession->setChecked(true);
    else
        m_scopeStore->setChecked(true);

    auto *form = new QFormLayout;
    m_formatLabel = createPlainLabel(this);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (int i = 0; i < 5; ++i)
        m_format->addItem(QString(), i);
    m_pathLabel = createPlainLabel(this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(260);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_pathLabel, pathRow);
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(docs.isEmpty() ? QDir::homePath() : docs)
                        .filePath(QStringLiteral("mcpscope-export") + suffixFor(Format::Har)));
    top->addLayout(scopeBox, 1);
    top->addSpacing(12);
    top->addLayout(form, 1);
    layout->addLayout(top);

    // The redaction review: what will be removed, and the user's rules.
    auto *review = new QSplitter(Qt::Horizontal, this);
    auto *tallyPane = new QWidget(review);
    auto *tallyLayout = new QVBoxLayout(tallyPane);
    tallyLayout->setContentsMargins(0, 0, 0, 0);
    m_reviewLabel = createPlainLabel(tallyPane);
    Theme::setTone(m_reviewLabel, Theme::Tone::Muted, QStringLiteral("font-weight: 600;"));
    m_reviewNote = createPlainLabel(tallyPane);
    m_reviewNote->setWordWrap(true);
    m_tallyTable = new QTableWidget(0, 3, tallyPane);
    m_tallyTable->setObjectName(QStringLiteral("tallyTable"));
    m_tallyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tallyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tallyTable->verticalHeader()->hide();
    m_tallyTable->setAlternatingRowColors(true);
    m_tallyTable->setWordWrap(false);
    m_tallyTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tallyTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tallyTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tallyTotal = createPlainLabel(tallyPane);
    m_tallyTotal->setObjectName(QStringLiteral("tallyTotal"));
    Theme::setTone(m_tallyTotal, Theme::Tone::Normal, QStringLiteral("font-weight: 600;"));
    tallyLayout->addWidget(m_reviewLabel);
    tallyLayout->addWidget(m_reviewNote);
    tallyLayout->addWidget(m_tallyTable, 1);
    tallyLayout->addWidget(m_tallyTotal);

    auto *rulesPane = new QWidget(review);
    auto *rulesLayout = new QVBoxLayout(rulesPane);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    m_rulesLabel = createPlainLabel(rulesPane);
    Theme::setTone(m_rulesLabel, Theme::Tone::Muted, QStringLiteral("font-weight: 600;"));
    m_rulesTable = new QTableWidget(0, 2, rulesPane);
    m_rulesTable->setObjectName(QStringLiteral("rulesTable"));
    m_rulesTable->verticalHeader()->hide();
    m_rulesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesTable->setWordWrap(false);
    m_rulesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rulesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *addRow = new QHBoxLayout;
    m_ruleKind = new QComboBox(rulesPane);
    m_ruleKind->setObjectName(QStringLiteral("ruleKind"));
    for (const char *kind : kRuleKinds)
        m_ruleKind->addItem(QString(), QString::fromLatin1(kind));
    m_ruleValue = new QLineEdit(rulesPane);
    m_ruleValue->setObjectName(QStringLiteral("ruleValue"));
    m_addRule = new QPushButton(rulesPane);
    m_addRule->setObjectName(QStringLiteral("addRule"));
    m_removeRule = new QPushButton(rulesPane);
    m_removeRule->setObjectName(QStringLiteral("removeRule"));
    addRow->addWidget(m_ruleKind);
    addRow->addWidget(m_ruleValue, 1);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addStretch(1);
    ruleButtons->addWidget(m_addRule);
    ruleButtons->addWidget(m_removeRule);
    m_ruleError = DialogParts::errorLabel(rulesPane);
    m_ruleError->setObjectName(QStringLiteral("ruleError"));
    m_ruleError->setWordWrap(true);
    rulesLayout->addWidget(m_rulesLabel);
    rulesLayout->addWidget(m_rulesTable, 1);
    rulesLayout->addLayout(addRow);
    rulesLayout->addLayout(ruleButtons);
    rulesLayout->addWidget(m_ruleError);
    review->addWidget(tallyPane);
    review->addWidget(rulesPane);
    review->setStretchFactor(0, 1);
    review->setStretchFactor(1, 1);
    review->setChildrenCollapsible(false);
    layout->addWidget(review, 1);

    // Progress, errors, buttons.
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_progressText = createPlainLabel(this);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText);
    layout->addLayout(progressRow);
    m_error = DialogParts::errorLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("exportCancel"));
    layout->addWidget(buttons);

    m_reviewDelay = new QTimer(this);
    m_reviewDelay->setSingleShot(true);
    m_reviewDelay->setInterval(150);
    auto *progressTick = new QTimer(this);
    progressTick->setInterval(100);

    retranslateUi();
    loadSessions();
    fillRulesTable();
    rulesEdited();
    updateFormats();
    resize(900, 600);

    connect(m_reviewDelay, &QTimer::timeout, this, &ExportDialog::startReview);
    for (QRadioButton *b : {m_scopeSession, m_scopeRows, m_scopeSessions, m_scopeStore})
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (!on)
                return;
            updateFormats();
            scheduleReview();
        });
    connect(m_sessionChoices, &QListWidget::itemChanged, this, [this] {
        if (!m_scopeSessions->isChecked())
            m_scopeSessions->setChecked(true);
        scheduleReview();
        updateButtons();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const QFileInfo info(m_path->text().trimmed());
        if (!m_path->text().trimmed().isEmpty())
            m_path->setText(info.dir().filePath(info.completeBaseName() + suffixFor(format())));
        scheduleReview();
    });
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_addRule, &QPushButton::clicked, this, &ExportDialog::addRule);
    connect(m_ruleKind, &QComboBox::currentIndexChanged, this,
            &ExportDialog::updateRulePlaceholder);
    connect(m_ruleValue, &QLineEdit::returnPressed, this, &ExportDialog::addRule);
    connect(m_removeRule, &QPushButton::clicked, this, &ExportDialog::removeRule);
    connect(m_rulesTable, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            rulesEdited();
    });
    connect(m_rulesTable, &QTableWidget::itemSelectionChanged, this, &ExportDialog::updateButtons);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(progressTick, &QTimer::timeout, this, [this] {
        if (m_export)
            m_progressText->setText(
                tr("%1 KB written").arg(QLocale().toString(m_export->bytes / 1024)));
    });
    progressTick->start();
    startReview();
}

ExportDialog::~ExportDialog()
{
    for (const auto &run : {m_review, m_export})
        if (run)
            run->cancel = true;
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

QString ExportDialog::settingsKey()
{
    return QStringLiteral("export/redactionRules");
}

RedactionRules ExportDialog::savedRules()
{
    const QByteArray json = QSettings().value(settingsKey()).toByteArray();
    return RedactionRules::fromJson(QJsonDocument::fromJson(json).object());
}

QString ExportDialog::suffixFor(Format format)
{
    switch (format) {
    case Format::Har:
        return QStringLiteral(".har");
    case Format::Json:
        return QStringLiteral(".json");
    case Format::Bundle:
        return QStringLiteral(".mcpscope");
    case Format::ReportMarkdown:
        return QStringLiteral(".md");
    case Format::ReportHtml:
        return QStringLiteral(".html");
    }
    return {};
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    m_scopeLabel->setText(tr("Export"));
    m_scopeSession->setText(tr("The current session"));
    m_scopeRows->setText(tr("The selected rows (%n exchange(s))", nullptr, m_exchangeIds.size()));
    m_scopeSessions->setText(tr("These sessions:"));
    m_scopeStore->setText(tr("The whole capture"));
    m_formatLabel->setText(tr("Format:"));
    m_format->setItemText(0, tr("HAR 1.2 (.har)"));
    m_format->setItemText(1, tr("McpScope JSON (.json)"));
    m_format->setItemText(2, tr("Capture bundle (.mcpscope)"));
    m_format->setItemText(3, tr("Incident report, Markdown (.md)"));
    m_format->setItemText(4, tr("Incident report, HTML (.html)"));
    m_pathLabel->setText(tr("Save to:"));
    m_browse->setText(tr("Browse…"));
    m_reviewLabel->setText(tr("Redaction review: what this export removes"));
    m_reviewNote->setText(tr("Every export is redacted. The store's rules run again over "
                             "everything, then yours; each value removed is counted here."));
    m_tallyTable->setHorizontalHeaderLabels({tr("Kind"), tr("Name"), tr("Count")});
    m_rulesLabel->setText(tr("Your rules (saved for every export)"));
    m_rulesTable->setHorizontalHeaderLabels({tr("Kind"), tr("Rule")});
    for (int i = 0; i < m_ruleKind->count(); ++i)
        m_ruleKind->setItemText(i, ruleKindLabel(m_ruleKind->itemData(i).toString()));
    updateRulePlaceholder();
    m_addRule->setText(tr("Add"));
    m_removeRule->setText(tr("Remove"));
    m_exportButton->setText(tr("Export"));
    m_cancelButton->setText(tr("Cancel"));
    updateFormats();
}

void ExportDialog::updateRulePlaceholder()
{
    const QString kind = m_ruleKind->currentData().toString();
    m_ruleValue->setPlaceholderText(kind == u"header"    ? tr("e.g. X-Api-Key")
                                    : kind == u"pointer" ? tr("e.g. /params/arguments/password")
                                    : kind == u"param"   ? tr("e.g. sig")
                                                         : tr("e.g. acct-[0-9]{6}"));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        const QList<qint64> checked = chosenSessions();
        loadSessions();
        const QSignalBlocker block(m_sessionChoices);
        for (int i = 0; i < m_sessionChoices->count(); ++i)
            if (checked.contains(m_sessionChoices->item(i)->data(Qt::UserRole).toLongLong()))
                m_sessionChoices->item(i)->setCheckState(Qt::Checked);
        if (!m_review && !m_export)
            showTally(m_tally);
        for (int row = 0; row < m_rulesTable->rowCount(); ++row)
            m_rulesTable->item(row, 0)->setText(
                ruleKindLabel(m_rulesTable->item(row, 0)->data(Qt::UserRole).toString()));
    }
    QDialog::changeEvent(event);
}

void ExportDialog::loadSessions()
{
    m_sessionChoices->clear();
    CaptureReader reader;
    auto opened = reader.open(m_storePath);
    auto sessions =
        opened ? reader.sessions() : Result<QList<SessionInfo>>(Failure{opened.error()});
    if (!sessions) {
        m_error->setText(sessions.error().message);
        m_error->show();
        return;
    }
    const QSignalBlocker block(m_sessionChoices);
    for (const SessionInfo &s : *sessions) {
        auto *item = new QListWidgetItem(
            tr("#%1 %2 (%n exchange(s))", nullptr, int(s.exchangeCount)).arg(s.id).arg(s.name),
            m_sessionChoices);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(s.id == m_currentSession ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(s.target);
    }
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_scopeSession->isChecked())
        return Scope::CurrentSession;
    if (m_scopeRows->isChecked())
        return Scope::SelectedRows;
    if (m_scopeSessions->isChecked())
        return Scope::ChosenSessions;
    return Scope::WholeStore;
}

QList<qint64> ExportDialog::chosenSessions() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_sessionChoices->count(); ++i)
        if (m_sessionChoices->item(i)->checkState() == Qt::Checked)
            ids << m_sessionChoices->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void ExportDialog::updateFormats()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_format->model());
    if (!model)
        return;
    const bool rows = m_scopeRows->isChecked();
    for (int i : {3, 4}) {
        QStandardItem *item = model->item(i);
        item->setEnabled(!rows);
        item->setToolTip(rows ? tr("An incident report covers whole sessions: export the "
                                   "current session or chosen sessions to make one.")
                              : QString());
    }
    if (rows && (format() == Format::ReportMarkdown || format() == Format::ReportHtml))
        m_format->setCurrentIndex(0);
    updateButtons();
}

void ExportDialog::fillRulesTable()
{
    m_filling = true;
    m_rulesTable->setRowCount(0);
    const auto add = [this](const QString &kind, const QStringList &values) {
        for (const QString &v : values) {
            const int row = m_rulesTable->rowCount();
            m_rulesTable->insertRow(row);
            auto *k = new QTableWidgetItem(ruleKindLabel(kind));
            k->setData(Qt::UserRole, kind);
            k->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_rulesTable->setItem(row, 0, k);
            m_rulesTable->setItem(row, 1, new QTableWidgetItem(v));
        }
    };
    add(QStringLiteral("header"), m_rules.headers);
    add(QStringLiteral("pointer"), m_rules.pointers);
    add(QStringLiteral("param"), m_rules.queryParams);
    add(QStringLiteral("pattern"), m_rules.patterns);
    m_filling = false;
}

void ExportDialog::rulesEdited()
{
    RedactionRules rules;
    for (int row = 0; row < m_rulesTable->rowCount(); ++row) {
        const QString kind = m_rulesTable->item(row, 0)->data(Qt::UserRole).toString();
        const QString value =
            m_rulesTable->item(row, 1) ? m_rulesTable->item(row, 1)->text() : QString();
        if (kind == u"header")
            rules.headers << value;
        else if (kind == u"pointer")
            rules.pointers << value;
        else if (kind == u"param")
            rules.queryParams << value;
        else
            rules.patterns << value;
    }
    const auto valid = rules.validate();
    m_rulesValid = bool(valid);
    m_ruleError->setVisible(!valid);
    if (!valid)
        m_ruleError->setText(valid.error().message);
    const bool changed = !(rules == m_rules);
    m_rules = rules;
    if (m_rulesValid) {
        QSettings().setValue(settingsKey(),
                             QJsonDocument(m_rules.toJson()).toJson(QJsonDocument::Compact));
        if (changed)
            scheduleReview();
    }
    updateButtons();
}

void ExportDialog::addRule()
{
    const QString value = m_ruleValue->text().trimmed();
    if (value.isEmpty())
        return;
    const QString kind = m_ruleKind->currentData().toString();
    m_filling = true;
    const int row = m_rulesTable->rowCount();
    m_rulesTable->insertRow(row);
    auto *k = new QTableWidgetItem(ruleKindLabel(kind));
    k->setData(Qt::UserRole, kind);
    k->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_rulesTable->setItem(row, 0, k);
    m_rulesTable->setItem(row, 1, new QTableWidgetItem(value));
    m_filling = false;
    m_ruleValue->clear();
    rulesEdited();
}

void ExportDialog::removeRule()
{
    QList<int> rows;
    for (const QModelIndex &index : m_rulesTable->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_rulesTable->removeRow(row);
    rulesEdited();
}

void ExportDialog::scheduleReview()
{
    m_reviewDelay->start();
}

void ExportDialog::startReview()
{
    if (!m_rulesValid || m_export)
        return;
    if (m_review)
        m_review->cancel = true; // stale: its result is dropped
    auto run = std::make_shared<Run>();
    run->storePath = m_storePath;
    run->format = format();
    run->scope = scope();
    run->rules = m_rules;
    run->generation = ++m_reviewGeneration;
    switch (run->scope) {
    case Scope::CurrentSession:
        run->sessionIds = {m_currentSession};
        break;
    case Scope::SelectedRows:
        run->exchangeIds = m_exchangeIds;
        break;
    case Scope::ChosenSessions:
        run->sessionIds = chosenSessions();
        if (run->sessionIds.isEmpty()) {
            m_review.reset();
            showTally({});
            m_tallyTotal->setText(tr("Check at least one session to export."));
            return;
        }
        break;
    case Scope::WholeStore:
        break;
    }
    m_review = run;
    m_tallyTotal->setText(tr("Counting…"));
    launch(run);
}

void ExportDialog::showTally(const RedactionTally &tally)
{
    m_tally = tally;
    const QList<RedactionTally::Entry> entries = tally.entries();
    m_tallyTable->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const RedactionTally::Entry &e = entries[row];
        auto *kind = new QTableWidgetItem(tallyKindLabel(e.kind));
        kind->setData(Qt::UserRole, e.kind);
        m_tallyTable->setItem(row, 0, kind);
        auto *name = new QTableWidgetItem(e.name.isEmpty() ? tr("(unnamed)") : e.name);
        name->setData(Qt::UserRole, e.name);
        name->setToolTip(e.name);
        m_tallyTable->setItem(row, 1, name);
        auto *count = new QTableWidgetItem(QLocale().toString(e.count));
        count->setData(Qt::UserRole, e.count);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tallyTable->setItem(row, 2, count);
    }
    m_tallyTotal->setText(tally.isEmpty() ? tr("Nothing to remove: no secret found.")
                                          : tr("%n value(s) will be removed in total.", nullptr,
                                               int(qMin<qint64>(tally.total(), INT_MAX))));
}

void ExportDialog::launch(std::shared_ptr<Run> run)
{
    QThread *thread = QThread::create([run] { run->result = execute(*run); });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread, run] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        if (run->outputPath.isEmpty()) {
            if (run != m_review || run->generation != m_reviewGeneration)
                return; // stale
            m_review.reset();
            if (run->result) {
                showTally(run->result->tally);
                m_reviewNote->setText(
                    tr("Every export is redacted. The store's rules run again over everything, "
                       "then yours; each value removed is counted here."));
            } else {
                showTally({});
                m_tallyTotal->setText(tr("Could not count: %1").arg(run->result.error().message));
            }
            Q_EMIT reviewUpdated();
        } else {
            finishExport(run->result);
        }
    });
    thread->start();
}

void ExportDialog::browse()
{
    const Format f = format();
    const QString filter = f == Format::Har              ? tr("HAR files (*.har)")
                           : f == Format::Json           ? tr("JSON files (*.json)")
                           : f == Format::Bundle         ? tr("Capture bundles (*.mcpscope)")
                           : f == Format::ReportMarkdown ? tr("Markdown (*.md)")
                                                         : tr("HTML (*.html)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffixFor(f)))
        path += suffixFor(f);
    m_path->setText(path);
}

void ExportDialog::updateButtons()
{
    const bool exporting = m_export != nullptr;
    const bool hasScope = scope() != Scope::ChosenSessions || !chosenSessions().isEmpty();
    m_exportButton->setEnabled(!exporting && m_rulesValid && hasScope &&
                               !m_path->text().trimmed().isEmpty());
    m_exportButton->setToolTip(!m_rulesValid ? tr("Fix or remove the rule that is not valid first.")
                               : !hasScope   ? tr("Check at least one session.")
                                             : QString());
    m_removeRule->setEnabled(!exporting && m_rulesTable->selectionModel()->hasSelection());
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_scopeSession, m_scopeRows, m_scopeSessions, m_scopeStore, m_sessionChoices, m_format,
             m_path, m_browse, m_rulesTable, m_ruleKind, m_ruleValue, m_addRule})
        w->setEnabled(!exporting);
    m_scopeSession->setEnabled(!exporting && m_currentSession != 0);
}

void ExportDialog::startExport()
{
    if (m_export || !m_rulesValid)
        return;
    QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffixFor(format());
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_storePath).absoluteFilePath()) {
        m_error->setText(tr("The export cannot replace the capture it is made from."));
        m_error->show();
        return;
    }
    auto run = std::make_shared<Run>();
    run->storePath = m_storePath;
    run->format = format();
    run->scope = scope();
    run->rules = m_rules;
    run->outputPath = QFileInfo(path).absoluteFilePath();
    if (run->scope == Scope::CurrentSession)
        run->sessionIds = {m_currentSession};
    else if (run->scope == Scope::SelectedRows)
        run->exchangeIds = m_exchangeIds;
    else if (run->scope == Scope::ChosenSessions)
        run->sessionIds = chosenSessions();
    if (m_review)
        m_review->cancel = true;
    m_review.reset();
    m_export = run;
    m_error->hide();
    m_progress->show();
    m_progressText->setText(tr("Writing…"));
    updateButtons();
    launch(run);
}

void ExportDialog::finishExport(const Result<Outcome> &result)
{
    m_export.reset();
    m_progress->hide();
    m_progressText->clear();
    updateButtons();
    if (!result) {
        m_error->setText(tr("Nothing was exported: %1").arg(result.error().message));
        m_error->show();
        Q_EMIT exportFailed(m_error->text());
        return;
    }
    showTally(result->tally);
    const QString file = QDir::toNativeSeparators(result->path);
    const QString redacted =
        tr("%n value(s) redacted", nullptr, int(qMin<qint64>(result->tally.total(), INT_MAX)));
    QString message;
    if (result->exchanges >= 0)
        message = tr("Exported %n exchange(s) to %1 (%2); %3.", nullptr, int(result->exchanges))
                      .arg(file, QLocale().formattedDataSize(result->bytes), redacted);
    else
        message = tr("Exported to %1 (%2); %3.")
                      .arg(file, QLocale().formattedDataSize(result->bytes), redacted);
    Q_EMIT exported(message);
    accept();
}

void ExportDialog::reject()
{
    if (m_export) {
        m_export->cancel = true; // finishExport() reports it
        return;
    }
    QDialog::reject();
}

} // namespace mcpscope
