#include "ui/replay/diff_view.h"

#include "ui/common/json_highlighter.h"
#include "ui/common/plain_label.h"
#include "ui/common/plain_tooltip_delegate.h"
#include "ui/common/theme.h"

#include "models/json_change_model.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTextBlock>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

#include <climits>
#include <cmath>

namespace mcpscope {

// What the worker hands back: the parsed values (kept for the next run, so
// a change of rules does not parse again), the texts, the changes and where
// each change sits on either side.
struct DiffView::Outcome
{
    QJsonValue left;
    QJsonValue right;
    QString error;
    QString leftText;
    QString rightText;
    QList<JsonChange> changes;
    QList<LineSpan> leftSpans;
    QList<LineSpan> rightSpans;
};

namespace {

// A document shown is cut here (at a line end): QPlainTextEdit lays out
// megabytes slowly, and nobody reads that far; the change list still covers
// everything.
constexpr qsizetype kShowChars = 2 * 1024 * 1024;
constexpr qsizetype kHighlightChars = 1024 * 1024;
// At most this many lines are tinted per side.
constexpr int kMaxMarkedLines = 20000;

QString quoted(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const qint64 i = v.toInteger(LLONG_MIN);
        if (i != LLONG_MIN)
            return QString::number(i);
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return quoted(v.toString());
    default:
        return {};
    }
}

// Pretty-prints a value (four spaces an indent, as the rest of the UI shows
// JSON) and notes the lines of the members whose pointers are wanted. Only
// the pointers of wanted members are built, so a large document with few
// changes costs little more than printing it.
class Printer
{
public:
    explicit Printer(const QSet<QString> &wanted) : m_wanted(wanted) {}

    void print(const QJsonValue &value)
    {
        const QString root;
        visit(value, 0, m_wanted.contains(root) ? &root : nullptr);
    }

    QString text;
    int line = 0;
    QHash<QString, DiffView::LineSpan> spans;

private:
    void indent(int depth) { text += QString(depth * 4, QLatin1Char(' ')); }
    void newline()
    {
        text += QLatin1Char('\n');
        ++line;
    }
    const QString *child(const QString *pointer, const QString &segment, QString &storage) const
    {
        if (!pointer)
            return nullptr;
        storage = *pointer + QLatin1Char('/') + JsonDiff::escapeSegment(segment);
        return m_wanted.contains(storage) ? &storage : nullptr;
    }

    void visit(const QJsonValue &value, int depth, const QString *pointer)
    {
        const int first = line;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (object.isEmpty()) {
                text += QLatin1String("{}");
            } else {
                text += QLatin1Char('{');
                newline();
                qsizetype left = object.size();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    indent(depth + 1);
                    text += quoted(it.key());
                    text += QLatin1String(": ");
                    QString storage;
                    visit(it.value(), depth + 1, child(pointer, it.key(), storage));
                    if (--left > 0)
                        text += QLatin1Char(',');
                    newline();
                }
                indent(depth);
                text += QLatin1Char('}');
            }
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            if (array.isEmpty()) {
                text += QLatin1String("[]");
            } else {
                text += QLatin1Char('[');
                newline();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    indent(depth + 1);
                    QString storage;
                    visit(array.at(i), depth + 1, child(pointer, QString::number(i), storage));
                    if (i + 1 < array.size())
                        text += QLatin1Char(',');
                    newline();
                }
                indent(depth);
                text += QLatin1Char(']');
            }
        } else {
            text += scalarText(value);
        }
        if (pointer)
            spans.insert(*pointer, {first, line, true});
    }

    const QSet<QString> &m_wanted;
};

// The span of pointer, or the first line of its nearest enclosing member.
DiffView::LineSpan locate(const QHash<QString, DiffView::LineSpan> &spans, QString pointer,
                          bool exactWanted)
{
    if (exactWanted)
        if (auto it = spans.constFind(pointer); it != spans.cend())
            return *it;
    while (!pointer.isEmpty()) {
        pointer.truncate(pointer.lastIndexOf(QLatin1Char('/')));
        if (auto it = spans.constFind(pointer); it != spans.cend())
            return {it->first, it->first, false};
    }
    return {};
}

// Parses any JSON value, scalars included (QJsonDocument takes only
// objects and arrays, so the text is read as the one item of an array).
std::optional<QJsonValue> parseValue(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + json + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("mcpscope::DiffView", "%1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(std::max(0, parseError.offset - 1));
        return std::nullopt;
    }
    if (doc.array().size() != 1) {
        *error = QCoreApplication::translate("mcpscope::DiffView", "not one JSON value");
        return std::nullopt;
    }
    return doc.array().at(0);
}

QString cutForShowing(QString text)
{
    if (text.size() <= kShowChars)
        return text;
    const qsizetype cut = std::max<qsizetype>(0, text.lastIndexOf(QLatin1Char('\n'), kShowChars));
    qsizetype more = 0;
    for (qsizetype i = cut; i < text.size(); ++i)
        if (text.at(i) == QLatin1Char('\n'))
            ++more;
    text.truncate(cut);
    text += QLatin1Char('\n') +
            QCoreApplication::translate(
                "mcpscope::DiffView",
                "… %n more line(s) not shown here; the change list covers the whole document",
                nullptr, int(more));
    return text;
}

std::shared_ptr<DiffView::Outcome> runDiff(const DiffSide &leftSide, const DiffSide &rightSide,
                                           const IgnoreRules &rules, bool wantTexts)
{
    auto out = std::make_shared<DiffView::Outcome>();
    for (const DiffSide *side : {&leftSide, &rightSide}) {
        QJsonValue value = side->value;
        if (value.isUndefined()) {
            QString why;
            const auto parsed = parseValue(side->json, &why);
            if (!parsed) {
                out->error = QCoreApplication::translate(
                                 "mcpscope::DiffView",
                                 "“%1” is not valid JSON (%2), so there is nothing to compare. "
                                 "Check that the body is complete (not cut at the capture cap).")
                                 .arg(side->label, why);
                return out;
            }
            value = *parsed;
        }
        (side == &leftSide ? out->left : out->right) = value;
    }
    auto changes = JsonDiff::compare(out->left, out->right, rules);
    if (!changes) {
        out->error = changes.error().message;
        return out;
    }
    out->changes = *changes;

    QSet<QString> wanted;
    wanted.insert(QString());
    for (const JsonChange &change : std::as_const(out->changes)) {
        QString pointer = change.pointer;
        while (!pointer.isEmpty() && !wanted.contains(pointer)) {
            wanted.insert(pointer);
            pointer.truncate(pointer.lastIndexOf(QLatin1Char('/')));
        }
    }
    Printer left(wanted);
    left.print(out->left);
    Printer right(wanted);
    right.print(out->right);
    out->leftSpans.reserve(out->changes.size());
    out->rightSpans.reserve(out->changes.size());
    for (const JsonChange &change : std::as_const(out->changes)) {
        out->leftSpans.append(
            locate(left.spans, change.pointer, change.kind != JsonChange::Kind::Added));
        out->rightSpans.append(
            locate(right.spans, change.pointer, change.kind != JsonChange::Kind::Removed));
    }
    if (wantTexts) {
        out->leftText = cutForShowing(std::move(left.text));
        out->rightText = cutForShowing(std::move(right.text));
    }
    return out;
}

QTextEdit::ExtraSelection lineMark(QTextDocument *document, int line, const QColor &color)
{
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(document->findBlockByNumber(line));
    mark.format.setBackground(color);
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    return mark;
}

} // namespace

DiffSide DiffSide::fromJson(const QString &label, const QByteArray &json, double timeMs)
{
    DiffSide side;
    side.label = label;
    side.json = json;
    side.timeMs = timeMs;
    return side;
}

DiffSide DiffSide::fromValue(const QString &label, const QJsonValue &value, double timeMs)
{
    DiffSide side;
    side.label = label;
    side.value = value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    side.timeMs = timeMs;
    return side;
}

QString DiffView::rulesSettingsKey()
{
    return QStringLiteral("diff/ignoreRules");
}

QString DiffView::volatileSettingsKey()
{
    return QStringLiteral("diff/ignoreVolatile");
}

DiffView::DiffView(QWidget *parent) : QWidget(parent), m_changes(new JsonChangeModel(this))
{
    setObjectName(QStringLiteral("diffView"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_summary = createPlainLabel(this);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(false);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_timing = createPlainLabel(this);
    m_timing->setObjectName(QStringLiteral("diffTiming"));
    m_timing->setWordWrap(false);
    Theme::setTone(m_timing, Theme::Tone::Muted);
    m_timing->hide();
    m_previous = new QPushButton(this);
    m_previous->setObjectName(QStringLiteral("previousChange"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("nextChange"));
    top->addWidget(m_summary);
    top->addSpacing(12);
    top->addWidget(m_timing);
    top->addStretch(1);
    top->addWidget(m_previous);
    top->addWidget(m_next);
    layout->addLayout(top);

    m_status = createPlainLabel(this);
    m_status->setObjectName(QStringLiteral("diffStatus"));
    m_status->hide();
    layout->addWidget(m_status);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *sides = new QSplitter(Qt::Horizontal, vertical);
    auto makeSide = [sides](QLabel *&label, QPlainTextEdit *&edit, const char *labelName,
                            const char *editName) {
        auto *pane = new QWidget(sides);
        auto *paneLayout = new QVBoxLayout(pane);
        paneLayout->setContentsMargins(0, 0, 0, 0);
        label = createPlainLabel(pane);
        label->setWordWrap(false);
        label->setObjectName(QLatin1String(labelName));
        edit = createJsonEditor(pane, true);
        edit->setObjectName(QLatin1String(editName));
        edit->setUndoRedoEnabled(false);
        paneLayout->addWidget(label);
        paneLayout->addWidget(edit, 1);
    };
    makeSide(m_leftLabel, m_leftText, "diffLeftLabel", "diffLeft");
    makeSide(m_rightLabel, m_rightText, "diffRightLabel", "diffRight");

    auto *bottom = new QSplitter(Qt::Horizontal, vertical);
    auto *changesPane = new QSplitter(Qt::Vertical, bottom);
    m_list = new QTreeView(changesPane);
    m_list->setObjectName(QStringLiteral("changeList"));
    m_list->setModel(m_changes);
    m_list->setItemDelegate(new PlainToolTipDelegate(m_list));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(JsonChangeModel::Pointer, 260);
    m_list->setColumnWidth(JsonChangeModel::Kind, 80);
    m_list->setColumnWidth(JsonChangeModel::OldValue, 220);
    m_lineDiff = new QPlainTextEdit(changesPane);
    m_lineDiff->setObjectName(QStringLiteral("lineDiff"));
    m_lineDiff->setReadOnly(true);
    m_lineDiff->setUndoRedoEnabled(false);
    m_lineDiff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_lineDiff->setFont(m_leftText->font());
    m_lineDiff->hide();

    auto *rulesPane = new QWidget(bottom);
    auto *rulesLayout = new QVBoxLayout(rulesPane);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    m_rulesTitle = createPlainLabel(rulesPane);
    m_rulesTitle->setFont(bold);
    m_volatile = new QCheckBox(rulesPane);
    m_volatile->setObjectName(QStringLiteral("ignoreVolatile"));
    m_rules = new QListWidget(rulesPane);
    m_rules->setObjectName(QStringLiteral("ignoreRules"));
    m_rules->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ruleInput = new QLineEdit(rulesPane);
    m_ruleInput->setObjectName(QStringLiteral("ignoreRuleInput"));
    m_ruleInput->setClearButtonEnabled(true);
    m_addRule = new QPushButton(rulesPane);
    m_addRule->setObjectName(QStringLiteral("addIgnoreRule"));
    m_removeRule = new QPushButton(rulesPane);
    m_removeRule->setObjectName(QStringLiteral("removeIgnoreRule"));
    m_ignoreSelected = new QPushButton(rulesPane);
    m_ignoreSelected->setObjectName(QStringLiteral("ignoreSelected"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_ruleInput, 1);
    addRow->addWidget(m_addRule);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_removeRule);
    ruleButtons->addWidget(m_ignoreSelected);
    ruleButtons->addStretch(1);
    rulesLayout->addWidget(m_rulesTitle);
    rulesLayout->addWidget(m_volatile);
    rulesLayout->addWidget(m_rules, 1);
    rulesLayout->addLayout(addRow);
    rulesLayout->addLayout(ruleButtons);

    bottom->addWidget(changesPane);
    bottom->addWidget(rulesPane);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    layout->addWidget(vertical, 1);

    m_previousAction = new QAction(this);
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_nextAction = new QAction(this);
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_previousAction);
    addAction(m_nextAction);

    // The rules the user saved; the volatile preset is on until turned off.
    QSettings settings;
    m_volatile->setChecked(settings.value(volatileSettingsKey(), true).toBool());
    for (const QString &rule :
         IgnoreRules::fromStringList(settings.value(rulesSettingsKey()).toStringList())
             .toStringList())
        m_rules->addItem(rule);
    retranslateUi();

    connect(m_previousAction, &QAction::triggered, this, [this] { step(-1); });
    connect(m_nextAction, &QAction::triggered, this, [this] { step(+1); });
    connect(m_previous, &QPushButton::clicked, m_previousAction, &QAction::trigger);
    connect(m_next, &QPushButton::clicked, m_nextAction, &QAction::trigger);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DiffView::showChange);
    connect(m_volatile, &QCheckBox::toggled, this, &DiffView::rulesEdited);
    connect(m_addRule, &QPushButton::clicked, this, [this] { addRule(m_ruleInput->text()); });
    connect(m_ruleInput, &QLineEdit::returnPressed, this, [this] { addRule(m_ruleInput->text()); });
    connect(m_removeRule, &QPushButton::clicked, this, &DiffView::removeSelectedRules);
    connect(m_ignoreSelected, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid())
            addRule(current.data(JsonChangeModel::PointerRole).toString());
    });
    connect(m_rules, &QListWidget::itemSelectionChanged, this, &DiffView::updateButtons);
    connect(m_ruleInput, &QLineEdit::textChanged, this, &DiffView::updateButtons);
    connect(Theme::Notifier::instance(), &Theme::Notifier::changed, this, [this] {
        if (m_outcome && !m_comparing) {
            markSide(m_leftText, m_outcome->leftSpans, true);
            markSide(m_rightText, m_outcome->rightSpans, false);
            showChange();
        }
    });
    updateHeader();
    updateButtons();
}

DiffView::~DiffView() = default;

void DiffView::compare(const DiffSide &left, const DiffSide &right)
{
    m_left = left;
    m_right = right;
    m_haveSides = true;
    m_textsShown = false;
    m_leftLabel->setText(tr("Old: %1").arg(left.label));
    m_rightLabel->setText(tr("New: %1").arg(right.label));
    if (left.timeMs >= 0 && right.timeMs >= 0) {
        m_timing->setText(
            tr("Time: %1 ms → %2 ms")
                .arg(QString::number(left.timeMs, 'f', 0), QString::number(right.timeMs, 'f', 0)));
        m_timing->show();
    } else {
        m_timing->hide();
    }
    start();
}

IgnoreRules DiffView::ignoreRules() const
{
    QStringList rules;
    if (m_volatile->isChecked())
        rules = IgnoreRules::volatileMembers().toStringList();
    for (int i = 0; i < m_rules->count(); ++i)
        rules << m_rules->item(i)->text();
    return IgnoreRules::fromStringList(rules);
}

void DiffView::start()
{
    if (!m_haveSides)
        return;
    const quint64 generation = ++m_generation;
    m_comparing = true;
    m_error.clear();
    updateHeader();
    auto outcome = std::make_shared<std::shared_ptr<Outcome>>();
    QThread *worker = QThread::create(
        [outcome, left = m_left, right = m_right, rules = ignoreRules(),
         wantTexts = !m_textsShown] { *outcome = runDiff(left, right, rules, wantTexts); });
    worker->setObjectName(QStringLiteral("diff"));
    // The worker outlives the view when the view closes mid-run; it then
    // deletes itself and its result is never applied.
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this,
            [this, outcome, generation] { apply(*outcome, generation); });
    worker->start(QThread::LowPriority);
}

void DiffView::apply(const std::shared_ptr<Outcome> &outcome, quint64 generation)
{
    if (generation != m_generation || !outcome)
        return; // overtaken by a newer comparison
    m_comparing = false;
    m_error = outcome->error;
    if (!m_error.isEmpty()) {
        m_outcome.reset();
        m_changes->setChanges({});
        m_leftText->clear();
        m_rightText->clear();
        m_lineDiff->hide();
        m_textsShown = false;
        updateHeader();
        updateButtons();
        Q_EMIT compared();
        return;
    }
    // The parsed values stand in for the bytes from now on: a change of
    // rules diffs again without parsing again.
    m_left.value = outcome->left;
    m_left.json.clear();
    m_right.value = outcome->right;
    m_right.json.clear();
    if (!m_textsShown) {
        showText(m_leftText, outcome->leftText);
        showText(m_rightText, outcome->rightText);
        m_textsShown = true;
    }
    m_outcome = outcome;
    m_changes->setChanges(outcome->changes);
    markSide(m_leftText, outcome->leftSpans, true);
    markSide(m_rightText, outcome->rightSpans, false);
    m_lineDiff->hide();
    updateHeader();
    updateButtons();
    if (m_changes->rowCount() > 0)
        m_list->setCurrentIndex(m_changes->index(0, 0));
    Q_EMIT compared();
}

void DiffView::showText(QPlainTextEdit *edit, const QString &text)
{
    // Colouring a very large document would hold the GUI thread; it is shown plain.
    auto *highlighter = edit->document()->findChild<JsonHighlighter *>();
    if (highlighter)
        highlighter->setDocument(nullptr);
    edit->setPlainText(text);
    if (highlighter && text.size() <= kHighlightChars)
        highlighter->setDocument(edit->document());
}

void DiffView::markSide(QPlainTextEdit *edit, const QList<LineSpan> &spans, bool left)
{
    QList<QTextEdit::ExtraSelection> &marks = left ? m_leftMarks : m_rightMarks;
    marks.clear();
    const QPalette palette = QApplication::palette(edit);
    QTextDocument *document = edit->document();
    const int lines = document->blockCount();
    int budget = kMaxMarkedLines;
    for (qsizetype i = 0; i < spans.size() && budget > 0; ++i) {
        const LineSpan &span = spans.at(i);
        if (!span.exact || span.first < 0 || span.first >= lines)
            continue;
        Theme::DiffMark kind = Theme::DiffMark::Changed;
        switch (m_changes->change(int(i)).kind) {
        case JsonChange::Kind::Added:
            kind = Theme::DiffMark::Added;
            break;
        case JsonChange::Kind::Removed:
            kind = Theme::DiffMark::Removed;
            break;
        case JsonChange::Kind::Changed:
            break;
        }
        const QColor color = Theme::diffBackground(kind, palette);
        for (int line = span.first; line <= std::min(span.last, lines - 1) && budget > 0;
             ++line, --budget)
            marks.append(lineMark(document, line, color));
    }
    edit->setExtraSelections(marks);
}

void DiffView::showChange()
{
    const int row = m_list->currentIndex().row();
    updateButtons();
    if (!m_outcome || row < 0 || row >= m_outcome->changes.size()) {
        m_leftText->setExtraSelections(m_leftMarks);
        m_rightText->setExtraSelections(m_rightMarks);
        m_lineDiff->hide();
        return;
    }
    auto focus = [](QPlainTextEdit *edit, const QList<QTextEdit::ExtraSelection> &marks,
                    const LineSpan &span) {
        QList<QTextEdit::ExtraSelection> shown = marks;
        const int lines = edit->document()->blockCount();
        if (span.first >= 0 && span.first < lines) {
            shown.append(lineMark(
                edit->document(), span.first,
                Theme::diffBackground(Theme::DiffMark::Current, QApplication::palette(edit))));
            edit->setTextCursor(QTextCursor(edit->document()->findBlockByNumber(span.first)));
            edit->centerCursor();
        }
        edit->setExtraSelections(shown);
    };
    focus(m_leftText, m_leftMarks, m_outcome->leftSpans.at(row));
    focus(m_rightText, m_rightMarks, m_outcome->rightSpans.at(row));

    const JsonChange &change = m_outcome->changes.at(row);
    if (!change.isMultiLineText()) {
        m_lineDiff->hide();
        return;
    }
    QStringList text;
    QList<Theme::DiffMark> kinds;
    for (const LineDiffEntry &entry : change.lines()) {
        switch (entry.kind) {
        case LineDiffEntry::Kind::Same:
            text << QStringLiteral("  ") + entry.line;
            kinds << Theme::DiffMark::Current; // not marked
            break;
        case LineDiffEntry::Kind::Added:
            text << QStringLiteral("+ ") + entry.line;
            kinds << Theme::DiffMark::Added;
            break;
        case LineDiffEntry::Kind::Removed:
            text << QStringLiteral("- ") + entry.line;
            kinds << Theme::DiffMark::Removed;
            break;
        }
    }
    m_lineDiff->setPlainText(text.join(QLatin1Char('\n')));
    QList<QTextEdit::ExtraSelection> marks;
    for (int i = 0; i < kinds.size() && i < kMaxMarkedLines; ++i)
        if (kinds.at(i) != Theme::DiffMark::Current)
            marks.append(
                lineMark(m_lineDiff->document(), i,
                         Theme::diffBackground(kinds.at(i), QApplication::palette(m_lineDiff))));
    m_lineDiff->setExtraSelections(marks);
    m_lineDiff->show();
}

void DiffView::step(int delta)
{
    const int count = m_changes->rowCount();
    if (count == 0)
        return;
    const int row = m_list->currentIndex().row();
    int next = row < 0 ? (delta > 0 ? 0 : count - 1) : row + delta;
    next = std::clamp(next, 0, count - 1);
    const QModelIndex index = m_changes->index(next, 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void DiffView::addRule(const QString &typed)
{
    const QString rule = typed.trimmed();
    IgnoreRules check;
    if (!check.add(rule)) {
        m_status->setText(tr("“%1” is not a JSON pointer: a rule starts with “/”, for example "
                             "/result/_meta, /content/*/annotations or /**/timestamp.")
                              .arg(rule));
        Theme::setBanner(m_status, Theme::Banner::Warning, QStringLiteral("padding: 4px;"));
        m_status->show();
        return;
    }
    if (m_rules->findItems(rule, Qt::MatchExactly).isEmpty())
        m_rules->addItem(rule);
    m_ruleInput->clear();
    rulesEdited();
}

void DiffView::removeSelectedRules()
{
    const auto selected = m_rules->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    rulesEdited();
}

void DiffView::rulesEdited()
{
    QStringList rules;
    for (int i = 0; i < m_rules->count(); ++i)
        rules << m_rules->item(i)->text();
    QSettings settings;
    settings.setValue(rulesSettingsKey(), rules);
    settings.setValue(volatileSettingsKey(), m_volatile->isChecked());
    updateButtons();
    if (m_haveSides)
        start();
    else
        updateHeader();
}

void DiffView::updateHeader()
{
    const int ruleCount = int(ignoreRules().toStringList().size());
    int changed = 0, added = 0, removed = 0;
    for (const JsonChange &change : m_changes->changes()) {
        switch (change.kind) {
        case JsonChange::Kind::Added:
            ++added;
            break;
        case JsonChange::Kind::Removed:
            ++removed;
            break;
        case JsonChange::Kind::Changed:
            ++changed;
            break;
        }
    }
    if (!m_haveSides)
        m_summary->setText(tr("Nothing compared yet"));
    else if (m_comparing)
        m_summary->setText(tr("Comparing…"));
    else if (!m_error.isEmpty())
        m_summary->setText(tr("Not compared"));
    else if (m_changes->rowCount() == 0)
        m_summary->setText(tr("No differences; %n ignore rule(s)", nullptr, ruleCount));
    else
        m_summary->setText(
            tr("%1 changed, %2 added, %3 removed; %n ignore rule(s)", nullptr, ruleCount)
                .arg(changed)
                .arg(added)
                .arg(removed));
    if (!m_error.isEmpty()) {
        m_status->setText(m_error);
        Theme::setBanner(m_status, Theme::Banner::Error, QStringLiteral("padding: 4px;"));
        m_status->show();
    } else if (m_comparing) {
        m_status->setText(tr("Comparing in the background; the window stays usable."));
        Theme::setTone(m_status, Theme::Tone::Muted);
        m_status->show();
    } else {
        m_status->hide();
    }
}

void DiffView::updateButtons()
{
    const int count = m_changes->rowCount();
    const int row = m_list->currentIndex().row();
    m_previous->setEnabled(count > 0 && row != 0);
    m_next->setEnabled(count > 0 && row != count - 1);
    m_removeRule->setEnabled(!m_rules->selectedItems().isEmpty());
    m_addRule->setEnabled(!m_ruleInput->text().trimmed().isEmpty());
    m_ignoreSelected->setEnabled(row >= 0);
}

void DiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DiffView::retranslateUi()
{
    m_previous->setText(tr("Previous change"));
    m_previous->setToolTip(tr("Go to the previous change (Shift+F8)"));
    m_next->setText(tr("Next change"));
    m_next->setToolTip(tr("Go to the next change (F8)"));
    m_previousAction->setText(tr("Previous change"));
    m_nextAction->setText(tr("Next change"));
    m_rulesTitle->setText(tr("Ignore rules"));
    m_volatile->setText(tr("Ignore volatile members (id, _meta, timestamp)"));
    m_volatile->setToolTip(IgnoreRules::volatileMembers().toStringList().join(QLatin1Char('\n')));
    m_ruleInput->setPlaceholderText(tr("JSON pointer, e.g. /content/*/annotations or /**/date"));
    m_addRule->setText(tr("Add"));
    m_removeRule->setText(tr("Remove"));
    m_ignoreSelected->setText(tr("Ignore selected change"));
    m_ignoreSelected->setToolTip(tr("Add the selected change's pointer as a rule"));
    m_lineDiff->setToolTip(tr("The selected text, line by line: - old, + new"));
    if (m_leftLabel->text().isEmpty())
        m_leftLabel->setText(tr("Old"));
    if (m_rightLabel->text().isEmpty())
        m_rightLabel->setText(tr("New"));
    updateHeader();
}

} // namespace mcpscope
