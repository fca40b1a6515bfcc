#include "ui/session/mcp_session_view.h"

#include "capture/capture_store.h"
#include "mcp/json_schema.h"
#include "mcp/mcp_client.h"
#include "mcp/uri_template.h"
#include "models/feature_list_model.h"
#include "net/body_decoding.h"
#include "net/http_client.h"
#include "oauth/mcp_authorizer.h"
#include "ui/common/image_strip.h"
#include "ui/common/json_highlighter.h"
#include "ui/common/plain_label.h"
#include "ui/common/schema_form.h"
#include "ui/oauth/oauth_flow_view.h"
#include "ui/session/feature_tab.h"
#include "ui/session/server_requests_tab.h"

#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
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
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

QString pretty(const QJsonValue &value)
{
    return prettyJsonText(value);
}

} // namespace

McpSessionView::McpSessionView(CaptureStore *store, TokenVault *vault, QWidget *parent)
    : QWidget(parent), m_store(store), m_http(new HttpClient(store, this)),
      m_authorizer(new McpAuthorizer(m_http, this)), m_client(new McpClient(m_http, store, this)),
      m_tools(new FeatureListModel(this))
{
    m_authorizer->setVault(vault);
    m_authorizer->attach(m_client);
    // The user answers server requests; URL elicitations can be opened here.
    m_client->setQueueServerRequests(true);
    m_client->setUrlElicitationSupported(true);
    auto *layout = new QVBoxLayout(this);
    auto *headerRow = new QHBoxLayout;
    m_header = createPlainLabel(this);
    m_header->setStyleSheet(QStringLiteral("font-weight: 600; padding: 4px;"));
    m_reconnect = new QPushButton(tr("Reconnect"), this);
    m_reconnect->setToolTip(tr("Start a new session with the same server and transport"));
    m_reconnect->hide();
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_reconnect, 0, Qt::AlignTop);
    layout->addLayout(headerRow);
    m_instructions = new QTextBrowser(this);
    m_instructions->setOpenLinks(false); // links in server text are not followed
    m_instructions->setMaximumHeight(110);
    m_instructions->hide();
    layout->addWidget(m_instructions);

    m_tabs = new QTabWidget(this);
    // Tools: list | description, form + schema beside the JSON arguments, call, result.
    auto *toolsSplit = new QSplitter(Qt::Horizontal, m_tabs);
    m_toolList = new QListView(toolsSplit);
    m_toolList->setModel(m_tools);
    auto *toolPane = new QWidget(toolsSplit);
    auto *toolLayout = new QVBoxLayout(toolPane);
    m_toolDescription = createPlainLabel(toolPane);
    toolLayout->addWidget(m_toolDescription);
    auto *argumentsSplit = new QSplitter(Qt::Horizontal, toolPane);
    m_argumentTabs = new QTabWidget(argumentsSplit);
    auto *formScroll = new QScrollArea(m_argumentTabs);
    formScroll->setWidgetResizable(true);
    m_form = new SchemaForm(formScroll);
    formScroll->setWidget(m_form);
    m_formPage = formScroll;
    m_argumentTabs->addTab(formScroll, tr("Form"));
    m_schema = createJsonEditor(m_argumentTabs, true);
    m_argumentTabs->addTab(m_schema, tr("Input schema"));
    auto *jsonPane = new QWidget(argumentsSplit);
    auto *jsonLayout = new QVBoxLayout(jsonPane);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    auto *argumentsLabel = createPlainLabel(jsonPane);
    argumentsLabel->setText(tr("Arguments (JSON)"));
    m_arguments = createJsonEditor(jsonPane, false);
    m_argumentsState = createPlainLabel(jsonPane);
    jsonLayout->addWidget(argumentsLabel);
    jsonLayout->addWidget(m_arguments, 1);
    jsonLayout->addWidget(m_argumentsState);
    argumentsSplit->setSizes({420, 360});
    toolLayout->addWidget(argumentsSplit, 3);
    auto *buttons = new QHBoxLayout;
    m_call = new QPushButton(tr("Call"), toolPane);
    m_call->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_call->setToolTip(tr("Call the tool (Ctrl+Return)"));
    m_call->setObjectName(QStringLiteral("callTool"));
    m_retryTick = new QTimer(this);
    m_retryTick->setInterval(1000);
    connect(m_retryTick, &QTimer::timeout, this, [this] {
        --m_retryLeftS;
        showRetry();
    });
    m_cancel = new QPushButton(tr("Cancel"), toolPane);
    m_cancel->setEnabled(false);
    m_busy = new QProgressBar(toolPane);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(14);
    m_busy->hide();
    m_progressText = createPlainLabel(toolPane);
    buttons->addWidget(m_call);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_busy, 1);
    buttons->addWidget(m_progressText, 1);
    m_result = createJsonEditor(toolPane, true);
    m_result->setPlaceholderText(tr("The result appears here."));
    m_images = new ImageStrip(toolPane);
    toolLayout->addLayout(buttons);
    toolLayout->addWidget(m_result, 4);
    toolLayout->addWidget(m_images);
    toolsSplit->setStretchFactor(1, 1);
    toolsSplit->setSizes({220, 760});
    m_tabs->addTab(toolsSplit, tr("Tools"));

    m_resources = new FeatureTab(
        m_client,
        {QStringLiteral("resources/list"),
         QStringLiteral("resources/read"),
         tr("Read"),
         {},
         [](const QJsonObject &item, const QJsonObject &) -> Result<QJsonObject> {
             return QJsonObject{{QStringLiteral("uri"), item.value(QStringLiteral("uri"))}};
         },
         {},
         true},
        m_tabs);
    m_tabs->addTab(m_resources, tr("Resources"));
    m_templates = new FeatureTab(
        m_client,
        {QStringLiteral("resources/templates/list"), QStringLiteral("resources/read"), tr("Read"),
         [](const QJsonObject &item) {
             QList<FeatureTab::Argument> arguments;
             if (const auto parsed =
                     UriTemplate::parse(item.value(QStringLiteral("uriTemplate")).toString()))
                 for (const QString &name : parsed->variables())
                     arguments.append({name, tr("template variable"), false});
             return arguments;
         },
         [](const QJsonObject &item, const QJsonObject &arguments) -> Result<QJsonObject> {
             const auto parsed =
                 UriTemplate::parse(item.value(QStringLiteral("uriTemplate")).toString());
             if (!parsed)
                 return Failure{parsed.error()};
             QHash<QString, QString> values; // empty fields are undefined variables
             for (auto it = arguments.begin(); it != arguments.end(); ++it)
                 values.insert(it.key(), it.value().toString());
             return QJsonObject{{QStringLiteral("uri"), parsed->expand(values)}};
         },
         [](const QJsonObject &item) {
             return QJsonObject{{QStringLiteral("type"), QStringLiteral("ref/resource")},
                                {QStringLiteral("uri"), item.value(QStringLiteral("uriTemplate"))}};
         },
         false},
        m_tabs);
    m_tabs->addTab(m_templates, tr("Templates"));
    m_prompts = new FeatureTab(
        m_client,
        {QStringLiteral("prompts/list"), QStringLiteral("prompts/get"), tr("Get"),
         [](const QJsonObject &item) {
             QList<FeatureTab::Argument> arguments;
             for (const QJsonValue &a : item.value(QStringLiteral("arguments")).toArray()) {
                 const QJsonObject argument = a.toObject();
                 arguments.append({argument.value(QStringLiteral("name")).toString(),
                                   argument.value(QStringLiteral("description")).toString(),
                                   argument.value(QStringLiteral("required")).toBool()});
             }
             return arguments;
         },
         [](const QJsonObject &item, const QJsonObject &arguments) -> Result<QJsonObject> {
             return QJsonObject{{QStringLiteral("name"), item.value(QStringLiteral("name"))},
                                {QStringLiteral("arguments"), arguments}};
         },
         [](const QJsonObject &item) {
             return QJsonObject{{QStringLiteral("type"), QStringLiteral("ref/prompt")},
                                {QStringLiteral("name"), item.value(QStringLiteral("name"))}};
         },
         false},
        m_tabs);
    m_tabs->addTab(m_prompts, tr("Prompts"));
    for (FeatureTab *tab : {m_resources, m_templates, m_prompts})
        connect(tab, &FeatureTab::statusMessage, this, &McpSessionView::statusMessage);

    auto *notificationsPage = new QWidget(m_tabs);
    auto *notificationsLayout = new QVBoxLayout(notificationsPage);
    auto *levelRow = new QHBoxLayout;
    auto *levelLabel = createPlainLabel(notificationsPage);
    levelLabel->setText(tr("Server log level:"));
    levelLabel->setWordWrap(false);
    m_logLevel = new QComboBox(notificationsPage);
    m_logLevel->addItem(tr("(server default)"));
    for (const char *level :
         {"debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"})
        m_logLevel->addItem(QLatin1String(level));
    m_logLevel->setEnabled(false);
    m_logLevel->setToolTip(tr("logging/setLevel: the least severe level the server should send"));
    levelRow->addWidget(levelLabel);
    levelRow->addWidget(m_logLevel);
    levelRow->addStretch(1);
    m_notifications = createJsonEditor(notificationsPage, true);
    notificationsLayout->addLayout(levelRow);
    notificationsLayout->addWidget(m_notifications, 1);
    m_tabs->addTab(notificationsPage, tr("Notifications"));

    m_serverRequests = new ServerRequestsTab(m_client, m_tabs);
    m_tabs->addTab(m_serverRequests, tr("Server requests"));
    connect(m_serverRequests, &ServerRequestsTab::statusMessage, this,
            &McpSessionView::statusMessage);
    connect(m_serverRequests, &ServerRequestsTab::waitingCountChanged, this,
            &McpSessionView::showServerRequestCount);

    m_flowView = new OAuthFlowView(store, m_http, m_authorizer->flow(), m_tabs);
    m_tabs->addTab(m_flowView, tr("Authorization"));
    connect(m_flowView, &OAuthFlowView::statusMessage, this, &McpSessionView::statusMessage);
    connect(m_authorizer, &McpAuthorizer::flowStarted, this,
            [this](const McpClient::AuthorizationNeed &need) {
                m_tabs->setCurrentWidget(m_flowView);
                Q_EMIT statusMessage(
                    need.status == 401
                        ? tr("The server requires authorization (HTTP 401): signing in.")
                        : tr("The server asks for more scope (HTTP 403): signing in again."));
            });
    connect(m_authorizer->flow(), &OAuthFlow::openBrowser, this, [this](const QUrl &url) {
        if (!QDesktopServices::openUrl(url))
            Q_EMIT statusMessage(
                tr("Could not open a browser; open this URL yourself: %1").arg(url.toString()));
    });
    connect(m_authorizer, &McpAuthorizer::problem, this, &McpSessionView::statusMessage);
    connect(m_authorizer, &McpAuthorizer::authorized, this, [this](const TokenSet &tokens) {
        // Signed in from the Authorization tab after a failed connect: try again.
        if (!m_client->isConnected() && m_client->canReconnect() && m_reconnect->isVisible()) {
            m_reconnect->hide();
            m_header->setText(tr("Reconnecting to %1…").arg(m_title));
            m_client->reconnect();
        }
        appendNotification(tr("authorized by %1 (scope: %2)")
                               .arg(m_authorizer->flow()->authServer().issuer,
                                    tokens.scope.isEmpty() ? tr("none") : tokens.scope));
    });

    auto *console = new QWidget(m_tabs);
    auto *consoleLayout = new QVBoxLayout(console);
    m_consoleHistory = new QComboBox(console);
    m_consoleHistory->addItem(tr("History (messages sent this session)"));
    m_consoleInput = createJsonEditor(console, false);
    m_consoleInput->setMaximumHeight(100);
    m_consoleInput->setPlainText(
        QStringLiteral("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"ping\"}"));
    auto *send = new QPushButton(tr("Send"), console);
    send->setToolTip(tr("Send (Ctrl+Return in the editor)"));
    m_consoleOutput = createJsonEditor(console, true);
    consoleLayout->addWidget(m_consoleHistory);
    consoleLayout->addWidget(m_consoleInput);
    consoleLayout->addWidget(send, 0, Qt::AlignLeft);
    consoleLayout->addWidget(m_consoleOutput, 1);
    m_tabs->addTab(console, tr("JSON-RPC console"));
    layout->addWidget(m_tabs, 1);
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_consoleInput);
    sendShortcut->setContext(Qt::WidgetShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &McpSessionView::sendConsole);
    connect(m_consoleHistory, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_consoleInput->setPlainText(m_consoleHistory->itemData(index).toString());
        m_consoleHistory->setCurrentIndex(0);
    });

    connect(m_toolList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &McpSessionView::showTool);
    connect(m_arguments, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_syncingArguments) {
            const QJsonDocument doc = QJsonDocument::fromJson(m_arguments->toPlainText().toUtf8());
            if (doc.isObject())
                m_form->setValue(doc.object());
        }
        validateArguments();
    });
    connect(m_form, &SchemaForm::edited, this, [this] {
        m_syncingArguments = true;
        m_arguments->setPlainText(pretty(m_form->value()));
        m_syncingArguments = false;
    });
    connect(m_call, &QPushButton::clicked, this, &McpSessionView::callSelectedTool);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_client->cancel(m_running); });
    connect(send, &QPushButton::clicked, this, &McpSessionView::sendConsole);
    connect(m_reconnect, &QPushButton::clicked, this, [this] {
        m_reconnect->hide();
        m_header->setText(tr("Reconnecting to %1…").arg(m_title));
        m_client->reconnect();
    });
    connect(m_logLevel, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            setLogLevel(m_logLevel->itemText(index));
    });
    connect(m_client, &McpClient::connected, this, &McpSessionView::onConnected);
    connect(m_client, &McpClient::failed, this, [this](const Error &error) {
        m_header->setText(tr("Not connected: %1").arg(error.message));
        m_reconnect->setVisible(m_client->canReconnect());
        appendNotification(tr("session: %1").arg(error.message));
        Q_EMIT statusMessage(error.message);
    });
    connect(m_client, &McpClient::notificationReceived, this, &McpSessionView::onNotification);
    connect(m_client, &McpClient::protocolProblem, this,
            [this](const QString &problem) { appendNotification(tr("problem: %1").arg(problem)); });
    connect(m_client, &McpClient::serverLog, this,
            [this](const QString &line) { appendNotification(tr("server stderr: %1").arg(line)); });
    m_formPage->setEnabled(false);
    validateArguments();
}

McpSessionView::~McpSessionView()
{
    delete m_client; // closes the session through m_http, so before it goes
    if (m_sessionId && m_store->isOpen())
        m_store->endSession(m_sessionId, QDateTime::currentMSecsSinceEpoch());
}

void McpSessionView::connectTo(const ConnectSettings &settings)
{
    m_title = settings.target;
    const bool stdio = settings.kind == ConnectSettings::Kind::Stdio;
    m_sessionId =
        m_store->createSession(tr("MCP %1").arg(settings.target), settings.target,
                               QStringLiteral("mcp"), QDateTime::currentMSecsSinceEpoch());
    m_http->setSessionId(m_sessionId);
    m_client->setRequestTimeoutMs(settings.timeoutSeconds * 1000);
    m_http->setBodyCap(qint64(settings.maxBodyMib) * 1024 * 1024);
    m_client->setExtraHeaders(settings.headers);
    OAuthFlow::Settings oauth;
    oauth.mode = settings.signIn == ConnectSettings::SignIn::Headless ? OAuthFlow::Mode::Headless
                                                                      : OAuthFlow::Mode::Browser;
    oauth.stepMode = settings.signIn == ConnectSettings::SignIn::StepByStep;
    oauth.preRegistered.clientId = settings.clientId;
    oauth.preRegistered.clientSecret = settings.clientSecret;
    oauth.scope = settings.scope;
    m_authorizer->setFlowSettings(oauth);
    m_flowView->setSettings(oauth);
    m_flowView->setServerUrl(settings.target);
    m_header->setText(tr("Connecting to %1…").arg(settings.target));
    if (stdio) {
        QStringList words = QProcess::splitCommand(settings.target);
        const QString program = words.takeFirst();
        QProcessEnvironment environment;
        for (const QString &pair : settings.environment)
            environment.insert(pair.section(QLatin1Char('='), 0, 0),
                               pair.section(QLatin1Char('='), 1));
        m_client->connectStdio(program, words, environment);
    } else {
        // A stored token (refreshed when due) goes out with the first request.
        const QUrl endpoint = QUrl::fromUserInput(settings.target);
        m_authorizer->prepare(endpoint, [this, endpoint, transport = settings.httpTransport()] {
            m_client->connectToServer(endpoint, transport);
        });
    }
}

void McpSessionView::onConnected()
{
    m_reconnect->hide();
    const QJsonObject init = m_client->initializeResult();
    const QJsonObject info = init.value(QStringLiteral("serverInfo")).toObject();
    const QString name =
        info.value(QStringLiteral("title")).toString(info.value(QStringLiteral("name")).toString());
    m_title = name.isEmpty() ? m_title : name;
    Q_EMIT titleChanged(m_title);
    const QJsonObject offered = init.value(QStringLiteral("capabilities")).toObject();
    m_header->setText(tr("%1 %2 · protocol %3 · %4 · capabilities: %5")
                          .arg(name, info.value(QStringLiteral("version")).toString(),
                               m_client->protocolVersion(), m_client->transportName(),
                               offered.keys().join(QStringLiteral(", "))));
    const QString instructions = init.value(QStringLiteral("instructions")).toString();
    if (!instructions.isEmpty()) {
        // Markdown without raw HTML: server text cannot inject markup.
        m_instructions->document()->setMarkdown(
            instructions, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                          QTextDocument::MarkdownNoHTML));
        m_instructions->moveCursor(QTextCursor::Start);
        m_instructions->show();
    }
    refreshTools();
    const bool completions = offered.contains(QStringLiteral("completions"));
    for (FeatureTab *tab : {m_resources, m_templates, m_prompts}) {
        tab->clear(); // a reconnect starts from a clean slate
        tab->setCompletionsEnabled(completions);
    }
    const QJsonObject resources = offered.value(QStringLiteral("resources")).toObject();
    m_resources->setSubscriptionsEnabled(resources.value(QStringLiteral("subscribe")).toBool());
    if (offered.contains(QStringLiteral("resources"))) {
        m_resources->refresh();
        m_templates->refresh();
    }
    if (offered.contains(QStringLiteral("prompts")))
        m_prompts->refresh();
    m_logLevel->setEnabled(offered.contains(QStringLiteral("logging")));
    m_logLevel->setCurrentIndex(0);
}

void McpSessionView::onNotification(const JsonRpcMessage &n)
{
    const QJsonObject params = n.params.toObject();
    if (n.method == u"notifications/message") {
        // Log messages: level, logger and data on one line.
        const QJsonValue data = params.value(QStringLiteral("data"));
        const QString logger = params.value(QStringLiteral("logger")).toString();
        appendNotification(QStringLiteral("[%1] %2%3")
                               .arg(params.value(QStringLiteral("level")).toString(),
                                    logger.isEmpty() ? QString() : logger + QStringLiteral(": "),
                                    data.isString() ? data.toString() : pretty(data)));
    } else if (n.method != u"notifications/progress") { // progress shows in the bar
        appendNotification(n.method + QLatin1Char(' ') + pretty(n.params));
    }
    if (n.method == u"notifications/tools/list_changed")
        refreshTools();
    else if (n.method == u"notifications/resources/list_changed") {
        m_resources->refresh();
        m_templates->refresh();
    } else if (n.method == u"notifications/prompts/list_changed")
        m_prompts->refresh();
    else if (n.method == u"notifications/resources/updated")
        m_resources->resourceUpdated(params.value(QStringLiteral("uri")).toString());
}

void McpSessionView::showServerRequestCount(int waiting)
{
    const int index = m_tabs->indexOf(m_serverRequests);
    m_tabs->setTabText(index, waiting > 0 ? tr("Server requests (%1)").arg(waiting)
                                          : tr("Server requests"));
    m_tabs->tabBar()->setTabTextColor(index, waiting > 0 ? QColor(0xb2, 0x6a, 0x00)
                                                         : palette().color(QPalette::WindowText));
}

void McpSessionView::setLogLevel(const QString &level)
{
    McpRequest *request =
        m_client->request(QStringLiteral("logging/setLevel"), {{QStringLiteral("level"), level}});
    connect(request, &McpRequest::finished, this, [this, request, level] {
        request->deleteLater();
        const QString text = request->succeeded() ? tr("Server log level set to %1").arg(level)
                                                  : request->error().message;
        appendNotification(text);
        Q_EMIT statusMessage(text);
    });
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
        const QString selected =
            m_toolList->currentIndex().data(FeatureListModel::NameRole).toString();
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
    if (name == m_shownTool) // the same tool again (after a refresh) keeps its arguments
        return validateArguments();
    m_shownTool = name;
    const QJsonObject schema =
        m_tools->item(index.row()).value(QStringLiteral("inputSchema")).toObject();
    const bool hasForm = m_form->setSchema(schema);
    m_formPage->setEnabled(hasForm);
    m_argumentTabs->setCurrentIndex(hasForm ? 0 : 1);
    m_argumentTabs->setTabText(0, hasForm ? tr("Form") : tr("Form (no arguments)"));
    // Start from the schema's defaults.
    m_syncingArguments = true;
    m_arguments->setPlainText(hasForm ? pretty(m_form->value()) : QStringLiteral("{}"));
    m_syncingArguments = false;
    validateArguments();
}

void McpSessionView::validateArguments()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_arguments->toPlainText().toUtf8(), &error);
    const bool ok = error.error == QJsonParseError::NoError && doc.isObject();
    QString state =
        ok ? tr("Valid JSON object")
        : error.error != QJsonParseError::NoError
            ? tr("Not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)
            : tr("Arguments must be a JSON object");
    QString colour = ok ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828");
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
            colour = QStringLiteral("#b26a00");
        } else if (schema.isObject()) {
            state = tr("Valid against the input schema");
        }
    }
    m_argumentsState->setText(state);
    m_argumentsState->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_call->setEnabled(ok && !m_running && m_retryLeftS <= 0);
}

void McpSessionView::offerRetry(qint64 retryAfterMs)
{
    // Rate limited: Call becomes Retry, enabled once the delay the server
    // asked for has passed (a second when it named none).
    m_retryLeftS = int((std::max<qint64>(retryAfterMs, 1000) + 999) / 1000);
    m_retryTick->start();
    showRetry();
}

void McpSessionView::showRetry()
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

void McpSessionView::callSelectedTool()
{
    m_retryTick->stop();
    m_retryLeftS = 0;
    m_call->setText(tr("Call"));
    const QString name = m_toolList->currentIndex().data(FeatureListModel::NameRole).toString();
    const QJsonDocument args = QJsonDocument::fromJson(m_arguments->toPlainText().toUtf8());
    if (name.isEmpty() || !args.isObject() || m_running)
        return;
    m_result->clear();
    m_result->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_images->setImages({});
    m_running = m_client->requestWithProgress(
        QStringLiteral("tools/call"),
        {{QStringLiteral("name"), name}, {QStringLiteral("arguments"), args.object()}});
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
    connect(request, &McpRequest::finished, this, [this, request] {
        request->deleteLater();
        m_busy->hide();
        m_progressText->clear();
        m_cancel->setEnabled(false);
        m_running = nullptr;
        validateArguments();
        if (request->succeeded()) {
            const QJsonObject result = request->result().toObject();
            QString notes;
            if (result.value(QStringLiteral("isError")).toBool())
                notes += tr("// The tool reported an error (isError: true)\n");
            const QJsonValue outputSchema = m_tools->item(m_toolList->currentIndex().row())
                                                .value(QStringLiteral("outputSchema"));
            if (outputSchema.isObject() && result.contains(QStringLiteral("structuredContent"))) {
                const auto violations =
                    JsonSchemaValidator(outputSchema)
                        .validate(result.value(QStringLiteral("structuredContent")));
                notes +=
                    violations.isEmpty()
                        ? tr("// structuredContent matches the tool's outputSchema\n")
                        : tr("// structuredContent does not match the outputSchema: %1%2\n")
                              .arg(violations.first().instancePath.isEmpty()
                                       ? QString()
                                       : violations.first().instancePath + QStringLiteral(": "),
                                   violations.first().message);
            } else if (outputSchema.isObject() &&
                       !result.value(QStringLiteral("isError")).toBool()) {
                notes +=
                    tr("// The tool declares an outputSchema but returned no structuredContent\n");
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
            m_result->setPlainText(notes + pretty(request->result()));
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
        Q_EMIT toolCallFinished();
    });
}

void McpSessionView::sendConsole()
{
    const QString text = m_consoleInput->toPlainText();
    QJsonParseError error;
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8(), &error).object();
    const QString method = message.value(QStringLiteral("method")).toString();
    if (error.error != QJsonParseError::NoError || method.isEmpty()) {
        m_consoleOutput->appendPlainText(
            tr("// Not sent: write a JSON-RPC request or notification with a method."));
        return;
    }
    // History: newest first, no repeats.
    for (int i = m_consoleHistory->count() - 1; i > 0; --i)
        if (m_consoleHistory->itemData(i).toString() == text)
            m_consoleHistory->removeItem(i);
    m_consoleHistory->insertItem(
        1, QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)).left(120),
        text);
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
        m_consoleOutput->appendPlainText(QStringLiteral("← ") + (request->succeeded()
                                                                     ? pretty(request->result())
                                                                     : request->error().message));
        Q_EMIT consoleReplied();
    });
}

void McpSessionView::appendNotification(const QString &line)
{
    m_notifications->appendPlainText(
        QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz  ")) + line);
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

QString McpSessionView::argumentsText() const
{
    return m_arguments->toPlainText();
}

int McpSessionView::resultImageCount() const
{
    return m_images->shownCount();
}

int McpSessionView::progressValue() const
{
    return m_busy->value();
}

QString McpSessionView::notificationsText() const
{
    return m_notifications->toPlainText();
}

void McpSessionView::sendConsoleText(const QString &json)
{
    m_consoleInput->setPlainText(json);
    sendConsole();
}

QString McpSessionView::consoleOutput() const
{
    return m_consoleOutput->toPlainText();
}

int McpSessionView::consoleHistoryCount() const
{
    return m_consoleHistory->count() - 1;
}

} // namespace mcpscope
