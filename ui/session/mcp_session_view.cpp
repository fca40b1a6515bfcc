#include "ui/session/mcp_session_view.h"

#include "ui/analytics/analytics_source.h"
#include "ui/analytics/analytics_view.h"

#include "ui/common/plain_label.h"
#include "ui/common/theme.h"
#include "ui/session/authorization_tab.h"
#include "ui/session/console_tab.h"
#include "ui/session/notifications_tab.h"
#include "ui/session/prompts_tab.h"
#include "ui/session/resources_tab.h"
#include "ui/session/server_requests_tab.h"
#include "ui/session/templates_tab.h"
#include "ui/session/tools_tab.h"

#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "mcp/mcp_client.h"
#include "session/mcp_authorizer.h"
#include "session/mcp_session.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mcpscope {

namespace {
// How long closing waits for the server to be told (the DELETE answered, the
// process gone) before the session counts as closed anyway.
constexpr int kCloseBoundMs = 5000;
} // namespace

McpSessionView::McpSessionView(CaptureStore *store, TokenVault *vault, FindingSink *findings,
                               QWidget *parent)
    : QWidget(parent), m_store(store), m_vault(vault), m_findings(findings),
      m_session(new McpSession(store, this)), m_client(m_session->client())
{
    auto *layout = new QVBoxLayout(this);
    auto *headerRow = new QHBoxLayout;
    m_header = createPlainLabel(this);
    m_header->setObjectName(QStringLiteral("sessionHeader"));
    m_header->setStyleSheet(QStringLiteral("font-weight: 600; padding: 4px;"));
    m_reconnect = new QPushButton(tr("Reconnect"), this);
    m_reconnect->setObjectName(QStringLiteral("reconnect"));
    m_reconnect->setToolTip(tr("Start a new session with the same server and transport"));
    m_reconnect->hide();
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_reconnect, 0, Qt::AlignTop);
    layout->addLayout(headerRow);
    m_instructions = new QTextBrowser(this);
    m_instructions->setObjectName(QStringLiteral("instructions"));
    m_instructions->setOpenLinks(false); // links in server text are not followed
    m_instructions->setMaximumHeight(110);
    m_instructions->hide();
    layout->addWidget(m_instructions);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sessionTabs"));
    m_tools = new ToolsTab(m_client, m_tabs);
    m_tabs->addTab(m_tools, tr("Tools"));
    m_resources = new ResourcesTab(m_client, m_tabs);
    m_tabs->addTab(m_resources, tr("Resources"));
    m_templates = new TemplatesTab(m_client, m_tabs);
    m_tabs->addTab(m_templates, tr("Templates"));
    m_prompts = new PromptsTab(m_client, m_tabs);
    m_tabs->addTab(m_prompts, tr("Prompts"));
    m_notifications = new NotificationsTab(m_client, m_tabs);
    m_tabs->addTab(m_notifications, tr("Notifications"));
    m_serverRequests = new ServerRequestsTab(m_client, m_tabs);
    m_tabs->addTab(m_serverRequests, tr("Server requests"));
    m_authorization =
        new AuthorizationTab(m_store, m_session->http(), m_session->authorizer(), m_tabs);
    m_tabs->addTab(m_authorization, tr("Authorization"));
    m_console = new ConsoleTab(m_client, m_tabs);
    m_tabs->addTab(m_console, tr("JSON-RPC console"));
    // A live session's threshold crossings are findings of the session.
    m_analytics = new AnalyticsView(
        AnalyticsSource::forStore(m_store->path(), this, dynamic_cast<FindingsStore *>(findings)),
        m_tabs);
    m_analytics->followStore(m_store);
    m_tabs->addTab(m_analytics, tr("Analytics"));
    layout->addWidget(m_tabs, 1);
    connect(m_analytics, &AnalyticsView::statusMessage, this, &McpSessionView::statusMessage);
    connect(m_analytics, &AnalyticsView::exchangesRequested, this,
            &McpSessionView::exchangesRequested);

    connect(m_tools, &ToolsTab::statusMessage, this, &McpSessionView::statusMessage);
    connect(m_tools, &ToolsTab::exchangesRequested, this, &McpSessionView::exchangesRequested);
    for (FeatureTab *tab : {m_resources, m_templates, m_prompts})
        connect(tab, &FeatureTab::statusMessage, this, &McpSessionView::statusMessage);
    for (FeatureTab *tab : {m_resources, m_templates, m_prompts})
        connect(tab, &FeatureTab::exchangesRequested, this, &McpSessionView::exchangesRequested);
    connect(m_notifications, &NotificationsTab::statusMessage, this,
            &McpSessionView::statusMessage);
    connect(m_serverRequests, &ServerRequestsTab::statusMessage, this,
            &McpSessionView::statusMessage);
    connect(m_serverRequests, &ServerRequestsTab::waitingCountChanged, this,
            &McpSessionView::showServerRequestCount);
    connect(m_authorization, &AuthorizationTab::statusMessage, this,
            &McpSessionView::statusMessage);
    connect(m_authorization, &AuthorizationTab::signInStarted, this,
            [this] { m_tabs->setCurrentWidget(m_authorization); });
    connect(m_authorization, &AuthorizationTab::authorized, this, &McpSessionView::onAuthorized);
    connect(m_reconnect, &QPushButton::clicked, this, &McpSessionView::reconnect);
    connect(m_client, &McpClient::connected, this, &McpSessionView::onConnected);
    connect(m_client, &McpClient::failed, this, &McpSessionView::onFailed);
    connect(m_client, &McpClient::notificationReceived, this, &McpSessionView::onNotification);
}

// The session (a child) goes with the view: destroying it while open ends
// the capture session and lets the DELETE go without waiting. Closing a tab
// closes it first and waits (MainWindow).
McpSessionView::~McpSessionView() = default;

McpClient *McpSessionView::client() const
{
    return m_session->client();
}

McpAuthorizer *McpSessionView::authorizer() const
{
    return m_session->authorizer();
}

void McpSessionView::connectTo(const ConnectSettings &settings)
{
    m_title = settings.target;
    OAuthFlow::Settings oauth;
    oauth.mode = settings.signIn == ConnectSettings::SignIn::Headless ? OAuthFlow::Mode::Headless
                                                                      : OAuthFlow::Mode::Browser;
    oauth.stepMode = settings.signIn == ConnectSettings::SignIn::StepByStep;
    oauth.preRegistered.clientId = settings.clientId;
    oauth.preRegistered.clientSecret = settings.clientSecret;
    oauth.scope = settings.scope;
    m_authorization->setSettings(oauth, settings.target);

    McpSessionOptions options;
    options.kind = settings.kind == ConnectSettings::Kind::Stdio ? McpSessionOptions::Kind::Stdio
                                                                 : McpSessionOptions::Kind::Http;
    options.target = settings.target;
    options.transport = settings.httpTransport();
    options.headers = settings.headers;
    options.environment = settings.environment;
    options.bodyCap = qint64(settings.maxBodyMib) * 1024 * 1024;
    options.requestTimeoutMs = settings.timeoutSeconds * 1000;
    options.oauth = oauth;
    options.vault = m_vault;
    options.findings = m_findings;
    options.captureName = tr("MCP %1").arg(settings.target);
    // The user answers server requests; URL elicitations can be opened here.
    options.queueServerRequests = true;
    options.urlElicitationSupported = true;
    options.closeTimeoutMs = kCloseBoundMs;
    options.era = settings.era;
    m_header->setText(tr("Connecting to %1…").arg(settings.target));
    if (auto opened = m_session->open(options); !opened) {
        m_header->setText(tr("Not connected: %1").arg(opened.error().message));
        Q_EMIT statusMessage(opened.error().message);
    }
    if (const qint64 id = m_session->captureSessionId(); id > 0)
        m_analytics->setSessions({id});
}

void McpSessionView::onConnected()
{
    m_reconnect->hide();
    if (const qint64 id = m_session->captureSessionId(); id > 0)
        m_analytics->setSessions({id}); // a reconnect records a new session
    const QJsonObject init = m_client->initializeResult();
    const QJsonObject info = init.value(QStringLiteral("serverInfo")).toObject();
    const QString name =
        info.value(QStringLiteral("title")).toString(info.value(QStringLiteral("name")).toString());
    m_title = name.isEmpty() ? m_title : name;
    Q_EMIT titleChanged(m_title);
    const QJsonObject offered = init.value(QStringLiteral("capabilities")).toObject();
    // The era first ("Modern · protocol 2026-07-28", "Legacy · protocol
    // 2025-11-25"): what the session's features depend on.
    const bool modern = m_client->era() == ProtocolEra::Modern;
    m_header->setText(tr("%1 %2 · %3 · protocol %4 · %5 · capabilities: %6")
                          .arg(name, info.value(QStringLiteral("version")).toString(),
                               modern ? tr("Modern") : tr("Legacy"), m_client->protocolVersion(),
                               m_client->transportName(),
                               offered.keys().join(QStringLiteral(", "))));
    m_header->setToolTip(modern ? tr("The modern era of MCP (2026-07-28): server/discover, no "
                                     "session, multi round-trip requests")
                                : tr("The legacy era of MCP: the initialize handshake"));
    m_notifications->setModernEra(modern);
    m_serverRequests->setModernEra(modern);
    const QString instructions = init.value(QStringLiteral("instructions")).toString();
    if (!instructions.isEmpty()) {
        // Markdown without raw HTML: server text cannot inject markup.
        m_instructions->document()->setMarkdown(
            instructions, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                          QTextDocument::MarkdownNoHTML));
        m_instructions->moveCursor(QTextCursor::Start);
        m_instructions->show();
    }
    m_tools->refresh();
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
    m_notifications->setLoggingOffered(offered.contains(QStringLiteral("logging")));
}

void McpSessionView::onFailed(const Error &error)
{
    m_header->setText(tr("Not connected: %1").arg(error.message));
    m_reconnect->setVisible(m_client->canReconnect());
    m_notifications->append(tr("session: %1").arg(error.message));
    Q_EMIT statusMessage(error.message);
}

void McpSessionView::reconnect()
{
    m_reconnect->hide();
    m_header->setText(tr("Reconnecting to %1…").arg(m_title));
    m_client->reconnect();
}

void McpSessionView::onAuthorized(const QString &line)
{
    // Signed in from the Authorization tab after a failed connect: try again.
    if (!m_client->isConnected() && m_client->canReconnect() && m_reconnect->isVisible())
        reconnect();
    m_notifications->append(line);
}

void McpSessionView::onNotification(const JsonRpcMessage &n)
{
    // The notifications tab shows it; here the tabs whose lists changed reload.
    if (n.method == u"notifications/tools/list_changed")
        m_tools->refresh();
    else if (n.method == u"notifications/resources/list_changed") {
        m_resources->refresh();
        m_templates->refresh();
    } else if (n.method == u"notifications/prompts/list_changed")
        m_prompts->refresh();
    else if (n.method == u"notifications/resources/updated")
        m_resources->resourceUpdated(n.params.toObject().value(QStringLiteral("uri")).toString());
}

void McpSessionView::showServerRequestCount(int waiting)
{
    const int index = m_tabs->indexOf(m_serverRequests);
    m_tabs->setTabText(index, waiting > 0 ? tr("Server requests (%1)").arg(waiting)
                                          : tr("Server requests"));
    m_tabs->tabBar()->setTabTextColor(index, waiting > 0 ? Theme::warningColor(palette())
                                                         : palette().color(QPalette::WindowText));
}

QJsonObject McpSessionView::toolInputSchema(const QString &tool) const
{
    return m_tools->inputSchema(tool);
}

} // namespace mcpscope
