#include "ui/session/tools_tab.h"

#include "ui/common/json_highlighter.h"
#include "ui/common/plain_label.h"
#include "ui/common/plain_tooltip_delegate.h"
#include "ui/common/schema_form.h"
#include "ui/common/theme.h"
#include "ui/replay/diff_dialog.h"
#include "ui/session/result_view.h"

#include "common/ordered_json.h"
#include "mcp/json_schema.h"
#include "mcp/mcp_client.h"
#include "models/feature_list_model.h"
#include "net/body_decoding.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

// A tool as two lines: its title (elided; the tooltip has it whole), then
// its name when the title differs and its annotation badges.
class ToolItemDelegate final : public PlainToolTipDelegate
{
public:
    using PlainToolTipDelegate::PlainToolTipDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        return {120, QFontMetrics(option.font).height() + QFontMetrics(small).height() + 12};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette &pal = opt.palette;
        const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = selected ? text : pal.color(QPalette::PlaceholderText);
        const QRect r = opt.rect.adjusted(6, 4, -6, -4);
        painter->save();
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        const QString title = index.data(FeatureListModel::TitleRole).toString();
        const QFontMetrics boldMetrics(bold);
        painter->drawText(QRect(r.left(), r.top(), r.width(), boldMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(title, Qt::ElideRight, r.width()));
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        const QFontMetrics smallMetrics = painter->fontMetrics();
        int x = r.left();
        const int y = r.top() + boldMetrics.height() + 2;
        const int h = smallMetrics.height();
        const QString name = index.data(FeatureListModel::NameRole).toString();
        const QStringList badges = index.data(FeatureListModel::BadgesRole).toStringList();
        int badgesWidth = 0;
        for (const QString &badge : badges)
            badgesWidth += smallMetrics.horizontalAdvance(badge) + 14;
        if (name != title) {
            // The name gives way to the badges, down to 40% of the row.
            const int room = std::max(r.width() * 2 / 5, r.width() - badgesWidth - 8);
            const QString shown = smallMetrics.elidedText(name, Qt::ElideRight, room);
            painter->setPen(muted);
            painter->drawText(QRect(x, y, room, h), Qt::AlignLeft | Qt::AlignVCenter, shown);
            x += smallMetrics.horizontalAdvance(shown) + 8;
        }
        for (const QString &badge : badges) {
            const int w = smallMetrics.horizontalAdvance(badge) + 10;
            if (x + w > r.right())
                break; // the tooltip lists them all
            const QRect chip(x, y, w, h);
            painter->setPen(muted);
            painter->drawRoundedRect(chip.adjusted(0, 0, -1, -1), 4, 4);
            painter->drawText(chip, Qt::AlignCenter, badge);
            x += w + 4;
        }
        painter->restore();
    }
};

} // namespace

ToolsTab::ToolsTab(McpClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_tools(new FeatureListModel(this))
{
    // Tools: search, count and list | description, form + schema beside the
    // JSON arguments, call; the result under them.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *toolsSplit = new QSplitter(Qt::Horizontal, this);
    toolsSplit->setObjectName(QStringLiteral("toolsSplit"));
    outer->addWidget(toolsSplit);
    auto *listPane = new QWidget(toolsSplit);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(listPane);
    m_search->setObjectName(QStringLiteral("toolSearch"));
    m_search->setPlaceholderText(tr("Search tools"));
    m_search->setClearButtonEnabled(true);
    m_count = createPlainLabel(listPane);
    m_count->setObjectName(QStringLiteral("toolCount"));
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_tools);
    m_filter->setFilterRole(FeatureListModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_toolList = new QListView(listPane);
    m_toolList->setObjectName(QStringLiteral("toolList"));
    m_toolList->setModel(m_filter);
    m_toolList->setItemDelegate(new ToolItemDelegate(m_toolList));
    m_toolList->setUniformItemSizes(true);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_count);
    listLayout->addWidget(m_toolList, 1);
    // The call (description, arguments, buttons) above the result; a splitter
    // between them, so the space goes where the user wants it.
    auto *paneSplit = new QSplitter(Qt::Vertical, toolsSplit);
    paneSplit->setObjectName(QStringLiteral("toolPaneSplit"));
    paneSplit->setChildrenCollapsible(false);
    auto *toolPane = new QWidget(paneSplit);
    auto *toolLayout = new QVBoxLayout(toolPane);
    toolLayout->setContentsMargins(4, 0, 0, 0);
    m_toolDescription = createPlainLabel(toolPane);
    m_toolDescription->setObjectName(QStringLiteral("toolDescription"));
    toolLayout->addWidget(m_toolDescription);
    auto *argumentsSplit = new QSplitter(Qt::Horizontal, toolPane);
    m_argumentTabs = new QTabWidget(argumentsSplit);
    m_argumentTabs->setObjectName(QStringLiteral("argumentTabs"));
    auto *formScroll = new QScrollArea(m_argumentTabs);
    formScroll->setWidgetResizable(true);
    m_form = new SchemaForm(formScroll);
    m_form->setObjectName(QStringLiteral("argumentForm"));
    formScroll->setWidget(m_form);
    m_formPage = formScroll;
    m_argumentTabs->addTab(formScroll, tr("Form"));
    m_schema = createJsonEditor(m_argumentTabs, true);
    m_schema->setObjectName(QStringLiteral("inputSchema"));
    m_argumentTabs->addTab(m_schema, tr("Input schema"));
    auto *jsonPane = new QWidget(argumentsSplit);
    auto *jsonLayout = new QVBoxLayout(jsonPane);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    auto *argumentsLabel = createPlainLabel(jsonPane);
    argumentsLabel->setText(tr("Arguments (JSON)"));
    m_arguments = createJsonEditor(jsonPane, false);
    m_arguments->setObjectName(QStringLiteral("toolArguments"));
    m_argumentsState = createPlainLabel(toolPane);
    m_argumentsState->setObjectName(QStringLiteral("argumentsState"));
    jsonLayout->addWidget(argumentsLabel);
    jsonLayout->addWidget(m_arguments, 1);
    argumentsSplit->setSizes({420, 360});
    toolLayout->addWidget(argumentsSplit, 1);
    // Under both panes: a schema message wraps in the full width, not the JSON column's.
    toolLayout->addWidget(m_argumentsState);
    auto *buttons = new QHBoxLayout;
    m_call = new QPushButton(tr("Call"), toolPane);
    m_call->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_call->setToolTip(tr("Call the tool (Ctrl+Return)"));
    m_call->setObjectName(QStringLiteral("callTool"));
    m_retryTick = new QTimer(this);
    m_retryTick->setInterval(1000);
    m_cancel = new QPushButton(tr("Cancel"), toolPane);
    m_cancel->setObjectName(QStringLiteral("cancelTool"));
    m_cancel->setEnabled(false);
    m_busy = new QProgressBar(toolPane);
    m_busy->setObjectName(QStringLiteral("toolProgress"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(14);
    m_busy->hide();
    m_progressText = createPlainLabel(toolPane);
    m_pin = new QPushButton(tr("Pin result"), toolPane);
    m_pin->setObjectName(QStringLiteral("pinResult"));
    m_pin->setToolTip(tr("Keep this result to compare a later call with"));
    m_compare = new QPushButton(tr("Compare with pinned"), toolPane);
    m_compare->setObjectName(QStringLiteral("compareWithPinned"));
    buttons->addWidget(m_call);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_busy, 1);
    buttons->addWidget(m_progressText, 1);
    buttons->addWidget(m_pin);
    buttons->addWidget(m_compare);
    toolLayout->addLayout(buttons);
    m_result = new ResultView(paneSplit);
    m_result->setObjectName(QStringLiteral("toolResult"));
    m_result->setPlaceholderText(tr("The result appears here."));
    // Extra height goes to the result, not to an empty form.
    paneSplit->setStretchFactor(0, 0);
    paneSplit->setStretchFactor(1, 1);
    toolsSplit->setStretchFactor(0, 0);
    toolsSplit->setStretchFactor(1, 1);
    toolsSplit->setSizes({260, 1000});

    connect(m_retryTick, &QTimer::timeout, this, [this] {
        --m_retryLeftS;
        showRetry();
    });
    connect(m_toolList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ToolsTab::showTool);
    connect(m_arguments, &QPlainTextEdit::textChanged, this, &ToolsTab::onArgumentsEdited);
    connect(m_form, &SchemaForm::edited, this, &ToolsTab::onFormEdited);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        updateCount();
    });
    connect(m_result, &ResultView::exchangesRequested, this, &ToolsTab::exchangesRequested);
    connect(m_call, &QPushButton::clicked, this, &ToolsTab::callSelectedTool);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_client->cancel(m_running); });
    connect(m_pin, &QPushButton::clicked, this, &ToolsTab::pinResult);
    connect(m_compare, &QPushButton::clicked, this, &ToolsTab::compareWithPinned);
    updatePinButtons();
    m_formPage->setEnabled(false);
    validateArguments();
    updateCount();
}

int ToolsTab::currentRow() const
{
    return m_tools->rowOfName(m_shownTool);
}

void ToolsTab::updateCount()
{
    const int all = m_tools->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(shown == all ? (all == 1 ? tr("1 tool") : tr("%1 tools").arg(all))
                                  : tr("%1 of %2 tools").arg(shown).arg(all));
}

void ToolsTab::selectTool(const QString &name)
{
    const int row = m_tools->rowOfName(name);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_tools->index(row));
    if (!index.isValid()) { // hidden by the search: the user asked for this tool
        m_search->clear();
        index = m_filter->mapFromSource(m_tools->index(row));
    }
    m_toolList->setCurrentIndex(index);
}

void ToolsTab::openCall(const QString &tool, const QByteArray &argumentsJson)
{
    m_pendingCall = PendingCall{tool, argumentsJson};
    applyPendingCall();
    if (m_pendingCall)
        Q_EMIT statusMessage(
            tr("The server lists no tool \"%1\" now; it opens when the server lists it.")
                .arg(tool));
}

void ToolsTab::applyPendingCall()
{
    if (!m_pendingCall || m_tools->rowOfName(m_pendingCall->tool) < 0)
        return;
    const PendingCall call = *std::exchange(m_pendingCall, std::nullopt);
    selectTool(call.tool);
    if (m_shownTool != call.tool)
        return;
    m_arguments->setPlainText(QString::fromUtf8(call.arguments));
}

void ToolsTab::onArgumentsEdited()
{
    if (!m_syncingArguments) {
        m_touched = true;
        const QJsonDocument doc = QJsonDocument::fromJson(m_arguments->toPlainText().toUtf8());
        if (doc.isObject())
            m_form->setValue(doc.object());
    }
    validateArguments();
}

void ToolsTab::onFormEdited()
{
    m_touched = true;
    m_syncingArguments = true;
    // Arguments the form does not own (and the user's order) stay as typed.
    m_arguments->setPlainText(
        QString::fromUtf8(m_form->valueText(m_arguments->toPlainText().toUtf8())));
    m_syncingArguments = false;
}

void ToolsTab::refresh()
{
    McpRequest *request = m_client->listAll(QStringLiteral("tools/list"));
    connect(request, &McpRequest::finished, this, [this, request] {
        request->deleteLater();
        if (!request->succeeded()) {
            Q_EMIT statusMessage(request->error().message);
            return;
        }
        // A refresh (list_changed) keeps the selected tool and the arguments typed for it.
        const QString selected =
            m_toolList->currentIndex().data(FeatureListModel::NameRole).toString();
        m_tools->setItems(request->result().toArray(), request->rawResult());
        updateCount();
        if (!selected.isEmpty())
            selectTool(selected);
        if (m_filter->rowCount() > 0 && !m_toolList->currentIndex().isValid())
            m_toolList->setCurrentIndex(m_filter->index(0, 0));
        applyPendingCall();
    });
}

void ToolsTab::showTool()
{
    const QModelIndex index = m_toolList->currentIndex();
    if (!index.isValid() && m_tools->rowOfName(m_shownTool) >= 0)
        return; // hidden by the search: the tool stays open
    m_toolDescription->setText(index.data(FeatureListModel::DescriptionRole).toString());
    m_schema->setPlainText(index.data(FeatureListModel::InputSchemaRole).toString());
    const QString name = index.data(FeatureListModel::NameRole).toString();
    if (name == m_shownTool) // the same tool again (after a refresh) keeps its arguments
        return validateArguments();
    m_shownTool = name;
    m_touched = false;
    // The result shown was another tool's.
    m_result->clear();
    const int row = currentRow();
    const QJsonObject schema = m_tools->item(row).value(QStringLiteral("inputSchema")).toObject();
    const bool hasForm = m_form->setSchema(schema, m_tools->rawMember(row, u"inputSchema"));
    m_formPage->setEnabled(hasForm);
    m_argumentTabs->setCurrentIndex(hasForm ? 0 : 1);
    m_argumentTabs->setTabText(0, hasForm ? tr("Form") : tr("Form (no arguments)"));
    // Start from the schema's defaults.
    m_syncingArguments = true;
    m_arguments->setPlainText(hasForm ? QString::fromUtf8(m_form->valueText())
                                      : QStringLiteral("{}"));
    m_syncingArguments = false;
    validateArguments();
}

void ToolsTab::validateArguments()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_arguments->toPlainText().toUtf8(), &error);
    const bool ok = error.error == QJsonParseError::NoError && doc.isObject();
    QString state =
        ok ? tr("Valid JSON object")
        : error.error != QJsonParseError::NoError
            ? tr("Not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)
            : tr("Arguments must be a JSON object");
    Theme::Tone tone = ok ? Theme::Tone::Success : Theme::Tone::Error;
    if (ok) {
        // Checked against the tool's input schema; sending is still allowed,
        // because testing how a server handles bad arguments is a use case.
        const QJsonValue schema = m_tools->item(currentRow()).value(QStringLiteral("inputSchema"));
        const auto violations = JsonSchemaValidator(schema).validate(doc.object());
        if (!violations.isEmpty() && !m_touched) {
            // A freshly picked tool is not wrong yet: no orange before the user edits.
            state = tr("Fill in the arguments; they are checked against the input schema as you "
                       "edit");
            tone = Theme::Tone::Muted;
        } else if (!violations.isEmpty()) {
            const SchemaViolation &first = violations.first();
            state =
                tr("Does not match the input schema: %1%2 (%n problem(s))", nullptr,
                   int(violations.size()))
                    .arg(first.instancePath.isEmpty() ? QString()
                                                      : first.instancePath + QStringLiteral(": "),
                         first.message);
            tone = Theme::Tone::Warning;
        } else if (schema.isObject()) {
            state = tr("Valid against the input schema");
        }
    }
    m_argumentsState->setText(state);
    Theme::setTone(m_argumentsState, tone);
    m_call->setEnabled(ok && !m_running && m_retryLeftS <= 0);
}

void ToolsTab::offerRetry(qint64 retryAfterMs)
{
    // Rate limited: Call becomes Retry, enabled once the delay the server
    // asked for has passed (a second when it named none).
    m_retryLeftS = int((std::max<qint64>(retryAfterMs, 1000) + 999) / 1000);
    m_retryTick->start();
    showRetry();
}

void ToolsTab::showRetry()
{
    if (m_retryLeftS > 0) {
        m_call->setText(tr("Retry in %1 s").arg(m_retryLeftS));
        m_call->setEnabled(false);
        return;
    }
    m_retryTick->stop();
    m_call->setText(tr("Retry"));
    validateArguments();
}

void ToolsTab::callSelectedTool()
{
    m_retryTick->stop();
    m_retryLeftS = 0;
    m_call->setText(tr("Call"));
    const QString name = m_shownTool;
    const QByteArray argsText = m_arguments->toPlainText().toUtf8();
    const QJsonDocument args = QJsonDocument::fromJson(argsText);
    if (name.isEmpty() || !args.isObject() || m_running)
        return;
    m_result->clear();
    // The arguments go out as typed: the user's key order, numbers and escapes.
    m_running = m_client->requestText(
        QStringLiteral("tools/call"),
        jsonObjectText({{QStringLiteral("name"), jsonStringLiteral(name)},
                        {QStringLiteral("arguments"),
                         compactJson(argsText).value_or(jsonValueText(args.object()))}}),
        true);
    m_callClock.start();
    m_busy->setRange(0, 0); // busy until the server reports progress
    m_busy->show();
    m_progressText->clear();
    m_call->setEnabled(false);
    m_cancel->setEnabled(true);
    McpRequest *request = m_running;
    connect(request, &McpRequest::progress, this,
            [this](double progress, double total, const QString &message) {
                if (total > 0) {
                    m_busy->setRange(0, 1000);
                    m_busy->setValue(int(std::clamp(progress / total, 0.0, 1.0) * 1000));
                }
                m_progressText->setText(
                    total > 0 ? tr("%1 of %2 %3").arg(progress).arg(total).arg(message)
                              : tr("%1 %2").arg(progress).arg(message));
            });
    connect(request, &McpRequest::finished, this, [this, request] { showCallResult(request); });
}

void ToolsTab::showCallResult(McpRequest *request)
{
    request->deleteLater();
    m_busy->hide();
    m_progressText->clear();
    m_cancel->setEnabled(false);
    m_running = nullptr;
    validateArguments();
    m_last = {};
    ResultView::Answer answer = ResultView::answerOf(*request, double(m_callClock.elapsed()));
    if (request->succeeded()) {
        m_last.result = request->result();
        m_last.ms = answer.latencyMs;
        //: A kept tool result: the tool's name and the time of the call
        m_last.label =
            tr("%1 at %2").arg(m_shownTool, answer.at.toString(QStringLiteral("HH:mm:ss")));
        const QJsonObject result = request->result().toObject();
        const QJsonValue outputSchema =
            m_tools->item(currentRow()).value(QStringLiteral("outputSchema"));
        if (outputSchema.isObject() && result.contains(QStringLiteral("structuredContent"))) {
            const auto violations =
                JsonSchemaValidator(outputSchema)
                    .validate(result.value(QStringLiteral("structuredContent")));
            answer.notes << (violations.isEmpty()
                                 ? tr("structuredContent matches the tool's outputSchema")
                                 : tr("structuredContent does not match the outputSchema: %1%2")
                                       .arg(violations.first().instancePath.isEmpty()
                                                ? QString()
                                                : violations.first().instancePath +
                                                      QStringLiteral(": "),
                                            violations.first().message));
        } else if (outputSchema.isObject() && !result.value(QStringLiteral("isError")).toBool()) {
            answer.notes << tr(
                "The tool declares an outputSchema but returned no structuredContent");
        }
    } else if (request->rpcErrorCode() == JsonRpcCode::UrlElicitationRequired) {
        // The server needs the user to visit URLs first (2025-11-25).
        answer.notes << tr(
            "The server needs you to open these URLs first, then call the tool again:");
        for (const QJsonValue &e :
             request->rpcErrorData().toObject().value(QStringLiteral("elicitations")).toArray())
            answer.notes << QStringLiteral("  %1 — %2")
                                .arg(e.toObject().value(QStringLiteral("url")).toString(),
                                     e.toObject().value(QStringLiteral("message")).toString());
        answer.notes.move(0, answer.notes.size() - 1); // the error's own message last
    } else if (request->httpStatus() == 429) {
        offerRetry(request->retryAfterMs());
    }
    m_result->showAnswer(answer);
    updatePinButtons();
    Q_EMIT toolCallFinished();
}

void ToolsTab::pinResult()
{
    if (m_last.result.isUndefined())
        return;
    m_pinned = m_last;
    updatePinButtons();
    Q_EMIT statusMessage(tr("Pinned the result of %1").arg(m_pinned.label));
}

void ToolsTab::compareWithPinned()
{
    if (m_pinned.result.isUndefined() || m_last.result.isUndefined())
        return;
    DiffDialog::open(
        window(), tr("Compare tool results"),
        DiffSide::fromValue(tr("pinned: %1").arg(m_pinned.label), m_pinned.result, m_pinned.ms),
        DiffSide::fromValue(tr("last: %1").arg(m_last.label), m_last.result, m_last.ms));
}

void ToolsTab::updatePinButtons()
{
    m_pin->setEnabled(!m_last.result.isUndefined());
    m_compare->setEnabled(!m_pinned.result.isUndefined() && !m_last.result.isUndefined());
    m_compare->setToolTip(m_pinned.result.isUndefined()
                              ? tr("Pin a result first, then call the tool again")
                              : tr("Compare %1 with the last result").arg(m_pinned.label));
}

QJsonObject ToolsTab::inputSchema(const QString &tool) const
{
    const int row = m_tools->rowOfName(tool);
    return row < 0 ? QJsonObject()
                   : m_tools->item(row).value(QStringLiteral("inputSchema")).toObject();
}

} // namespace mcpscope
