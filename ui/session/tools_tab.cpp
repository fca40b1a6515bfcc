#include "ui/session/tools_tab.h"

#include "ui/common/image_strip.h"
#include "ui/common/json_highlighter.h"
#include "ui/common/plain_label.h"
#include "ui/common/plain_tooltip_delegate.h"
#include "ui/common/schema_form.h"
#include "ui/common/theme.h"
#include "ui/replay/diff_dialog.h"

#include "common/ordered_json.h"
#include "mcp/json_schema.h"
#include "mcp/mcp_client.h"
#include "models/feature_list_model.h"
#include "net/body_decoding.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

QString pretty(const QJsonValue &value)
{
    return prettyJsonText(value);
}

// The server's (or the user's) JSON text indented, in its own key order;
// the parsed value when there is no text.
QString pretty(const QByteArray &text, const QJsonValue &value)
{
    if (!text.isEmpty())
        if (const auto indented = indentJson(text))
            return QString::fromUtf8(*indented);
    return prettyJsonText(value);
}

} // namespace

ToolsTab::ToolsTab(McpClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_tools(new FeatureListModel(this))
{
    // Tools: list | description, form + schema beside the JSON arguments, call, result.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *toolsSplit = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(toolsSplit);
    m_toolList = new QListView(toolsSplit);
    m_toolList->setObjectName(QStringLiteral("toolList"));
    m_toolList->setModel(m_tools);
    m_toolList->setItemDelegate(new PlainToolTipDelegate(m_toolList));
    auto *toolPane = new QWidget(toolsSplit);
    auto *toolLayout = new QVBoxLayout(toolPane);
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
    toolLayout->addWidget(argumentsSplit, 3);
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
    m_result = createJsonEditor(toolPane, true);
    m_result->setObjectName(QStringLiteral("toolResult"));
    m_result->setPlaceholderText(tr("The result appears here."));
    m_images = new ImageStrip(toolPane);
    m_images->setObjectName(QStringLiteral("toolImages"));
    toolLayout->addLayout(buttons);
    toolLayout->addWidget(m_result, 4);
    toolLayout->addWidget(m_images);
    toolsSplit->setStretchFactor(1, 1);
    toolsSplit->setSizes({220, 760});

    connect(m_retryTick, &QTimer::timeout, this, [this] {
        --m_retryLeftS;
        showRetry();
    });
    connect(m_toolList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ToolsTab::showTool);
    connect(m_arguments, &QPlainTextEdit::textChanged, this, &ToolsTab::onArgumentsEdited);
    connect(m_form, &SchemaForm::edited, this, &ToolsTab::onFormEdited);
    connect(m_call, &QPushButton::clicked, this, &ToolsTab::callSelectedTool);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_client->cancel(m_running); });
    connect(m_pin, &QPushButton::clicked, this, &ToolsTab::pinResult);
    connect(m_compare, &QPushButton::clicked, this, &ToolsTab::compareWithPinned);
    updatePinButtons();
    m_formPage->setEnabled(false);
    validateArguments();
}

void ToolsTab::selectTool(const QString &name)
{
    if (const int row = m_tools->rowOfName(name); row >= 0)
        m_toolList->setCurrentIndex(m_tools->index(row));
}

void ToolsTab::openCall(const QString &tool, const QByteArray &argumentsJson)
{
    selectTool(tool);
    if (m_shownTool != tool)
        return Q_EMIT statusMessage(tr("The server lists no tool \"%1\" now.").arg(tool));
    m_arguments->setPlainText(QString::fromUtf8(argumentsJson));
}

void ToolsTab::onArgumentsEdited()
{
    if (!m_syncingArguments) {
        const QJsonDocument doc = QJsonDocument::fromJson(m_arguments->toPlainText().toUtf8());
        if (doc.isObject())
            m_form->setValue(doc.object());
    }
    validateArguments();
}

void ToolsTab::onFormEdited()
{
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
        if (!selected.isEmpty())
            selectTool(selected);
        if (m_tools->rowCount() > 0 && !m_toolList->currentIndex().isValid())
            m_toolList->setCurrentIndex(m_tools->index(0));
    });
}

void ToolsTab::showTool()
{
    const QModelIndex index = m_toolList->currentIndex();
    m_toolDescription->setText(index.data(FeatureListModel::DescriptionRole).toString());
    m_schema->setPlainText(index.data(FeatureListModel::InputSchemaRole).toString());
    const QString name = index.data(FeatureListModel::NameRole).toString();
    if (name == m_shownTool) // the same tool again (after a refresh) keeps its arguments
        return validateArguments();
    m_shownTool = name;
    const QJsonObject schema =
        m_tools->item(index.row()).value(QStringLiteral("inputSchema")).toObject();
    const bool hasForm = m_form->setSchema(schema, m_tools->rawMember(index.row(), u"inputSchema"));
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
        const QJsonValue schema =
            m_tools->item(m_toolList->currentIndex().row()).value(QStringLiteral("inputSchema"));
        const auto violations = JsonSchemaValidator(schema).validate(doc.object());
        if (!violations.isEmpty()) {
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
    const QString name = m_toolList->currentIndex().data(FeatureListModel::NameRole).toString();
    const QByteArray argsText = m_arguments->toPlainText().toUtf8();
    const QJsonDocument args = QJsonDocument::fromJson(argsText);
    if (name.isEmpty() || !args.isObject() || m_running)
        return;
    m_result->clear();
    m_result->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_images->setImages({});
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
    if (request->succeeded()) {
        m_last.result = request->result();
        m_last.ms = double(m_callClock.elapsed());
        //: A kept tool result: the tool's name and the time of the call
        m_last.label = tr("%1 at %2")
                           .arg(m_shownTool,
                                QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")));
        const QJsonObject result = request->result().toObject();
        QString notes;
        if (result.value(QStringLiteral("isError")).toBool())
            notes += tr("// The tool reported an error (isError: true)\n");
        const QJsonValue outputSchema =
            m_tools->item(m_toolList->currentIndex().row()).value(QStringLiteral("outputSchema"));
        if (outputSchema.isObject() && result.contains(QStringLiteral("structuredContent"))) {
            const auto violations =
                JsonSchemaValidator(outputSchema)
                    .validate(result.value(QStringLiteral("structuredContent")));
            notes += violations.isEmpty()
                         ? tr("// structuredContent matches the tool's outputSchema\n")
                         : tr("// structuredContent does not match the outputSchema: %1%2\n")
                               .arg(violations.first().instancePath.isEmpty()
                                        ? QString()
                                        : violations.first().instancePath + QStringLiteral(": "),
                                    violations.first().message);
        } else if (outputSchema.isObject() && !result.value(QStringLiteral("isError")).toBool()) {
            notes += tr("// The tool declares an outputSchema but returned no structuredContent\n");
        }
        // Image content is previewed under the result.
        QList<ImageStrip::Image> images;
        for (const QJsonValue &value : result.value(QStringLiteral("content")).toArray()) {
            const QJsonObject c = value.toObject();
            if (c.value(QStringLiteral("type")).toString() != u"image")
                continue;
            const auto data = QByteArray::fromBase64Encoding(
                c.value(QStringLiteral("data")).toString().toLatin1(),
                QByteArray::AbortOnBase64DecodingErrors);
            images.append({data ? *data : QByteArray(),
                           c.value(QStringLiteral("mimeType")).toString(),
                           tr("image %1").arg(images.size() + 1)});
        }
        m_images->setImages(images);
        m_result->setPlainText(notes + pretty(request->rawResult(), request->result()));
    } else if (request->rpcErrorCode() == JsonRpcCode::UrlElicitationRequired) {
        // The server needs the user to visit URLs first (2025-11-25).
        QStringList lines{
            tr("// The server needs you to open these URLs first, then call the tool again:")};
        for (const QJsonValue &e :
             request->rpcErrorData().toObject().value(QStringLiteral("elicitations")).toArray())
            lines << QStringLiteral("//   %1 — %2")
                         .arg(e.toObject().value(QStringLiteral("url")).toString(),
                              e.toObject().value(QStringLiteral("message")).toString());
        m_result->setPlainText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n// ") +
                               request->error().message);
    } else {
        // An explanation is prose: wrapped, unlike results.
        m_result->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_result->setPlainText(tr("// %1").arg(request->error().message));
        if (request->httpStatus() == 429)
            offerRetry(request->retryAfterMs());
    }
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
