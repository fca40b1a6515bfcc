#include "ui/mcp_session_view.h"

#include "capture/capture_store.h"
#include "mcp/json_schema.h"
#include "mcp/mcp_client.h"
#include "models/feature_list_model.h"
#include "net/body_decoding.h"
#include "net/http_client.h"
#include "ui/feature_tab.h"
#include "ui/json_highlighter.h"
#include "ui/plain_label.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

QPlainTextEdit *codeEditor(QWidget *parent, bool readOnly)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(readOnly);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(edit->document());
    return edit;
}

QString pretty(const QJsonValue &value)
{
    const QByteArray json = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    // Keep the server's key order: re-indent rather than re-serialize.
    return QString::fromUtf8(prettyPrintJson(json).value_or(json));
}

} // namespace

McpSessionView::McpSessionView(CaptureStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_http(new HttpClient(store, this)), m_client(new McpClient(m_http, store, this)),
      m_tools(new FeatureListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_header = createPlainLabel(this);
    m_header->setStyleSheet(QStringLiteral("font-weight: 600; padding: 4px;"));
    layout->addWidget(m_header);
    m_instructions = new QTextBrowser(this);
    m_instructions->setOpenLinks(false); // links in server text are not followed
    m_instructions->setMaximumHeight(110);
    m_instructions->hide();
    layout->addWidget(m_instructions);

    m_tabs = new QTabWidget(this);
    // Tools: list | description, schema, arguments, call, result.
    auto *toolsSplit = new QSplitter(Qt::Horizontal, m_tabs);
    m_toolList = new QListView(toolsSplit);
    m_toolList->setModel(m_tools);
    auto *toolPane = new QWidget(toolsSplit);
    auto *toolLayout = new QVBoxLayout(toolPane);
    m_toolDescription = createPlainLabel(toolPane);
    m_schema = codeEditor(toolPane, true);
    m_schema->setMaximumHeight(120);
    m_arguments = codeEditor(toolPane, false);
    m_arguments->setMaximumHeight(90);
    m_argumentsState = createPlainLabel(toolPane);
    auto *buttons = new QHBoxLayout;
    m_call = new QPushButton(tr("Call"), toolPane);
    m_call->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cancel = new QPushButton(tr("Cancel"), toolPane);
    m_cancel->setEnabled(false);
    m_busy = new QProgressBar(toolPane);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(12);
    m_busy->hide();
    buttons->addWidget(m_call);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_busy, 1);
    m_result = codeEditor(toolPane, true);
    m_result->setPlaceholderText(tr("The result appears here."));
    toolLayout->addWidget(m_toolDescription);
    auto *schemaLabel = createPlainLabel(toolPane);
    schemaLabel->setText(tr("Input schema"));
    toolLayout->addWidget(schemaLabel);
    toolLayout->addWidget(m_schema);
    auto *argumentsLabel = createPlainLabel(toolPane);
    argumentsLabel->setText(tr("Arguments (JSON)"));
    toolLayout->addWidget(argumentsLabel);
    toolLayout->addWidget(m_arguments);
    toolLayout->addWidget(m_argumentsState);
    toolLayout->addLayout(buttons);
    toolLayout->addWidget(m_result, 1);
    toolsSplit->setStretchFactor(1, 1);
    toolsSplit->setSizes({220, 700});
    m_tabs->addTab(toolsSplit, tr("Tools"));

    m_resources = new FeatureTab(m_client,
                                 {QStringLiteral("resources/list"), QStringLiteral("resources/read"), tr("Read"), false, {},
                                  [](const QJsonObject &item, const QJsonObject &) {
                                      return QJsonObject{{QStringLiteral("uri"), item.value(QStringLiteral("uri"))}};
                                  }},
                                 m_tabs);
    m_tabs->addTab(m_resources, tr("Resources"));
    m_prompts = new FeatureTab(m_client,
                               {QStringLiteral("prompts/list"), QStringLiteral("prompts/get"), tr("Get"), true,
                                [](const QJsonObject &item) {
                                    QJsonObject args;
                                    for (const QJsonValue &a : item.value(QStringLiteral("arguments")).toArray())
                                        args.insert(a.toObject().value(QStringLiteral("name")).toString(), QString());
                                    return args;
                                },
                                [](const QJsonObject &item, const QJsonObject &arguments) {
                                    return QJsonObject{{QStringLiteral("name"), item.value(QStringLiteral("name"))},
                                                       {QStringLiteral("arguments"), arguments}};
                                }},
                               m_tabs);
    m_tabs->addTab(m_prompts, tr("Prompts"));
    for (FeatureTab *tab : {m_resources, m_prompts})
        connect(tab, &FeatureTab::statusMessage, this, &McpSessionView::statusMessage);

    m_notifications = codeEditor(m_tabs, true);
    m_tabs->addTab(m_notifications, tr("Notifications"));

    auto *console = new QWidget(m_tabs);
    auto *consoleLayout = new QVBoxLayout(console);
    m_consoleInput = codeEditor(console, false);
    m_consoleInput->setMaximumHeight(100);
    m_consoleInput->setPlainText(QStringLiteral("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"ping\"}"));
    auto *send = new QPushButton(tr("Send"), console);
    m_consoleOutput = codeEditor(console, true);
    consoleLayout->addWidget(m_consoleInput);
    consoleLayout->addWidget(send, 0, Qt::AlignLeft);
    consoleLayout->addWidget(m_consoleOutput, 1);
    m_tabs->addTab(console, tr("JSON-RPC console"));
    layout->addWidget(m_tabs, 1);

    connect(m_toolList->selectionModel(), &QItemSelectionModel::currentChanged, this, &McpSessionView::showTool);
    connect(m_arguments, &QPlainTextEdit::textChanged, this, &McpSessionView::validateArguments);
    connect(m_call, &QPushButton::clicked, this, &McpSessionView::callSelectedTool);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_client->cancel(m_running); });
    connect(send, &QPushButton::clicked, this, &McpSessionView::sendConsole);
    connect(m_client, &McpClient::connected, this, &McpSessionView::onConnected);
    connect(m_client, &McpClient::failed, this, [this](const Error &error) {
        m_header->setText(tr("Not connected: %1").arg(error.message));
        Q_EMIT statusMessage(error.message);
    });
    connect(m_client, &McpClient::notificationReceived, this, [this](const JsonRpcMessage &n) {
        appendNotification(n.method + QLatin1Char(' ') + pretty(n.params));
        if (n.method == u"notifications/tools/list_changed")
            refreshTools();
        else if (n.method == u"notifications/resources/list_changed")
            m_resources->refresh();
        else if (n.method == u"notifications/prompts/list_changed")
            m_prompts->refresh();
    });
    connect(m_client, &McpClient::protocolProblem, this,
            [this](const QString &problem) { appendNotification(tr("problem: %1").arg(problem)); });
    connect(m_client, &McpClient::serverLog, this,
            [this](const QString &line) { appendNotification(tr("server stderr: %1").arg(line)); });
    validateArguments();
}

McpSessionView::~McpSessionView()
{
    delete m_client; // closes the session through m_http, so before it goes
    if (m_sessionId && m_store->isOpen())
        m_store->endSession(m_sessionId, QDateTime::currentMSecsSinceEpoch());
}

void McpSessionView::connectTo(ConnectDialog::Kind kind, const QString &target, int timeoutSeconds)
{
    m_title = target;
    m_sessionId = m_store->createSession(tr("MCP %1").arg(target), kind == ConnectDialog::Kind::Stdio ? QString() : target,
                                         QStringLiteral("mcp"), QDateTime::currentMSecsSinceEpoch());
    m_http->setSessionId(m_sessionId);
    m_client->setRequestTimeoutMs(timeoutSeconds * 1000);
    m_header->setText(tr("Connecting to %1…").arg(target));
    if (kind == ConnectDialog::Kind::Stdio) {
        QStringList words = QProcess::splitCommand(target);
        const QString program = words.takeFirst();
        m_client->connectStdio(program, words, QProcessEnvironment());
    } else {
        McpClient::Transport transport = McpClient::Transport::Auto;
        if (kind == ConnectDialog::Kind::StreamableHttp)
            transport = McpClient::Transport::StreamableHttp;
        else if (kind == ConnectDialog::Kind::Sse)
            transport = McpClient::Transport::Sse;
        m_client->connectToServer(QUrl::fromUserInput(target), transport);
    }
}

void McpSessionView::onConnected()
{
    const QJsonObject init = m_client->initializeResult();
    const QJsonObject info = init.value(QStringLiteral("serverInfo")).toObject();
    const QString name = info.value(QStringLiteral("title")).toString(info.value(QStringLiteral("name")).toString());
    m_title = name.isEmpty() ? m_title : name;
    Q_EMIT titleChanged(m_title);
    QStringList capabilities = init.value(QStringLiteral("capabilities")).toObject().keys();
    m_header->setText(tr("%1 %2 · protocol %3 · %4 · capabilities: %5")
                          .arg(name, info.value(QStringLiteral("version")).toString(), m_client->protocolVersion(),
                               m_client->transportName(), capabilities.join(QStringLiteral(", "))));
    const QString instructions = init.value(QStringLiteral("instructions")).toString();
    if (!instructions.isEmpty()) {
        // Markdown without raw HTML: server text cannot inject markup.
        m_instructions->document()->setMarkdown(
            instructions, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
        m_instructions->moveCursor(QTextCursor::Start);
        m_instructions->show();
    }
    refreshTools();
    const QJsonObject offered = init.value(QStringLiteral("capabilities")).toObject();
    if (offered.contains(QStringLiteral("resources")))
        m_resources->refresh();
    if (offered.contains(QStringLiteral("prompts")))
        m_prompts->refresh();
}

void McpSessionView::refreshTools()
{
    McpRequest *request = m_client->listAll(QStringLiteral("tools/list"));
    connect(request, &McpRequest::finished, this, [this, request] {
        request->deleteLater();
        if (!request->succeeded()) {
            Q_EMIT statusMessage(request->error().message);
            return;
        }
        // A refresh (list_changed) keeps the selected tool and the arguments typed for it.
        const QString selected = m_toolList->currentIndex().data(FeatureListModel::NameRole).toString();
        m_tools->setItems(request->result().toArray());
        if (!selected.isEmpty())
            selectTool(selected);
        if (m_tools->rowCount() > 0 && !m_toolList->currentIndex().isValid())
            m_toolList->setCurrentIndex(m_tools->index(0));
    });
}

void McpSessionView::showTool()
{
    const QModelIndex index = m_toolList->currentIndex();
    m_toolDescription->setText(index.data(FeatureListModel::DescriptionRole).toString());
    m_schema->setPlainText(index.data(FeatureListModel::InputSchemaRole).toString());
    const QString name = index.data(FeatureListModel::NameRole).toString();
    if (name != m_shownTool) // the same tool again (after a refresh) keeps its arguments
        m_arguments->setPlainText(QStringLiteral("{}"));
    m_shownTool = name;
    validateArguments();
}

void McpSessionView::validateArguments()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_arguments->toPlainText().toUtf8(), &error);
    const bool ok = error.error == QJsonParseError::NoError && doc.isObject();
    QString state = ok ? tr("Valid JSON object")
                       : error.error != QJsonParseError::NoError
                             ? tr("Not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)
                             : tr("Arguments must be a JSON object");
    QString colour = ok ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828");
    if (ok) {
        // Checked against the tool's input schema; sending is still allowed,
        // because testing how a server handles bad arguments is a use case.
        const QJsonValue schema = m_tools->item(m_toolList->currentIndex().row()).value(QStringLiteral("inputSchema"));
        const auto violations = JsonSchemaValidator(schema).validate(doc.object());
        if (!violations.isEmpty()) {
            const SchemaViolation &first = violations.first();
            state = tr("Does not match the input schema: %1%2 (%n problem(s))", nullptr, int(violations.size()))
                        .arg(first.instancePath.isEmpty() ? QString() : first.instancePath + QStringLiteral(": "),
                             first.message);
            colour = QStringLiteral("#b26a00");
        } else if (schema.isObject()) {
            state = tr("Valid against the input schema");
        }
    }
    m_argumentsState->setText(state);
    m_argumentsState->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_call->setEnabled(ok && !m_running);
}

void McpSessionView::callSelectedTool()
{
    const QString name = m_toolList->currentIndex().data(FeatureListModel::NameRole).toString();
    const QJsonDocument args = QJsonDocument::fromJson(m_arguments->toPlainText().toUtf8());
    if (name.isEmpty() || !args.isObject())
        return;
    m_result->clear();
    m_running = m_client->request(QStringLiteral("tools/call"),
                                  {{QStringLiteral("name"), name}, {QStringLiteral("arguments"), args.object()}});
    m_busy->show();
    m_call->setEnabled(false);
    m_cancel->setEnabled(true);
    McpRequest *request = m_running;
    connect(request, &McpRequest::finished, this, [this, request] {
        request->deleteLater();
        m_busy->hide();
        m_cancel->setEnabled(false);
        m_running = nullptr;
        validateArguments();
        if (request->succeeded()) {
            const QJsonObject result = request->result().toObject();
            QString notes;
            if (result.value(QStringLiteral("isError")).toBool())
                notes += tr("// The tool reported an error (isError: true)\n");
            const QJsonValue outputSchema = m_tools->item(m_toolList->currentIndex().row()).value(QStringLiteral("outputSchema"));
            if (outputSchema.isObject() && result.contains(QStringLiteral("structuredContent"))) {
                const auto violations = JsonSchemaValidator(outputSchema).validate(result.value(QStringLiteral("structuredContent")));
                notes += violations.isEmpty()
                             ? tr("// structuredContent matches the tool's outputSchema\n")
                             : tr("// structuredContent does not match the outputSchema: %1%2\n")
                                   .arg(violations.first().instancePath.isEmpty() ? QString()
                                                                                   : violations.first().instancePath + QStringLiteral(": "),
                                        violations.first().message);
            } else if (outputSchema.isObject() && !result.value(QStringLiteral("isError")).toBool()) {
                notes += tr("// The tool declares an outputSchema but returned no structuredContent\n");
            }
            m_result->setPlainText(notes + pretty(request->result()));
        } else {
            m_result->setPlainText(tr("// %1").arg(request->error().message));
        }
        Q_EMIT toolCallFinished();
    });
}

void McpSessionView::sendConsole()
{
    QJsonParseError error;
    const QJsonObject message = QJsonDocument::fromJson(m_consoleInput->toPlainText().toUtf8(), &error).object();
    const QString method = message.value(QStringLiteral("method")).toString();
    if (error.error != QJsonParseError::NoError || method.isEmpty()) {
        m_consoleOutput->appendPlainText(tr("// Not sent: write a JSON-RPC request or notification with a method."));
        return;
    }
    const QJsonObject params = message.value(QStringLiteral("params")).toObject();
    m_consoleOutput->appendPlainText(QStringLiteral("→ ") + pretty(message));
    if (!message.contains(QStringLiteral("id"))) {
        m_client->notify(method, params);
        return;
    }
    // The client numbers requests itself, so replies pair correctly.
    McpRequest *request = m_client->request(method, params);
    connect(request, &McpRequest::finished, this, [this, request] {
        request->deleteLater();
        m_consoleOutput->appendPlainText(QStringLiteral("← ") + (request->succeeded() ? pretty(request->result())
                                                                                     : request->error().message));
    });
}

void McpSessionView::appendNotification(const QString &line)
{
    m_notifications->appendPlainText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz  ")) + line);
}

void McpSessionView::selectTool(const QString &name)
{
    if (const int row = m_tools->rowOfName(name); row >= 0)
        m_toolList->setCurrentIndex(m_tools->index(row));
}

void McpSessionView::setArguments(const QString &json)
{
    m_arguments->setPlainText(json);
}

QString McpSessionView::resultText() const
{
    return m_result->toPlainText();
}

QString McpSessionView::argumentsState() const
{
    return m_argumentsState->text();
}

QString McpSessionView::headerText() const
{
    return m_header->text();
}

int McpSessionView::toolCount() const
{
    return m_tools->rowCount();
}

} // namespace mcpscope
