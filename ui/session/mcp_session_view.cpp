#include "ui/session/mcp_session_view.h"

#include "ui/analytics/analytics_source.h"
#include "ui/analytics/analytics_view.h"

#include "ui/common/plain_label.h"
#include "ui/common/theme.h"
#include "ui/session/authorization_tab.h"
#include "ui/session/connection_info_tab.h"
#include "ui/session/console_tab.h"
#include "ui/session/history_tab.h"
#include "ui/session/notifications_tab.h"
#include "ui/session/prompts_tab.h"
#include "ui/session/resources_tab.h"
#include "ui/session/server_requests_tab.h"
#include "ui/session/templates_tab.h"
#include "ui/session/tools_tab.h"

#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "mcp/mcp_client.h"
#include "session/mcp_authorizer.h"
#include "session/mcp_session.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace mcpscope {

namespace {
// How long closing waits for the server to be told (the DELETE answered, the
// process gone) before the session counts as closed anyway.
constexpr int kCloseBoundMs = 5000;
// How long list_changed notifications are gathered before one refresh.
constexpr int kListChangedDebounceMs = 150;
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
    // The server's instructions: one line with a toggle, collapsed by default.
    m_instructionsToggle = new QToolButton(this);
    m_instructionsToggle->setObjectName(QStringLiteral("instructionsToggle"));
    m_instructionsToggle->setCheckable(true);
    m_instructionsToggle->setAutoRaise(true);
    m_instructionsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_instructionsToggle->setArrowType(Qt::RightArrow);
    m_instructionsToggle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_instructionsToggle->hide();
    layout->addWidget(m_instructionsToggle);
    m_instructions = new QTextBrowser(this);
    m_instructions->setObjectName(QStringLiteral("instructions"));
    m_instructions->setOpenLinks(false); // links in server text are not followed
    m_instructions->setMaximumHeight(110);
    m_instructions->hide();
    layout->addWidget(m_instructions);
    connect(m_instructionsToggle, &QToolButton::toggled, this,
            &McpSessionView::setInstructionsExpanded);

    // The server waits for the user: said where it cannot be missed.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("serverRequestBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    {
        QPalette p = m_banner->palette();
        QColor tint = Theme::warningColor(palette());
        tint.setAlpha(40);
        p.setColor(QPalette::Window, tint);
        m_banner->setPalette(p);
    }
    auto *bannerRow = new QHBoxLayout(m_banner);
    bannerRow->setContentsMargins(8, 4, 8, 4);
    m_bannerText = createPlainLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("serverRequestBannerText"));
    m_bannerText->setWordWrap(true);
    auto *answer = new QPushButton(tr("Answer…"), m_banner);
    answer->setObjectName(QStringLiteral("answerServerRequests"));
    answer->setToolTip(tr("Open the Server requests tab"));
    bannerRow->addWidget(m_bannerText, 1);
    bannerRow->addWidget(answer);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("sessionPages"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sessionTabs"));
    m_tools = new ToolsTab(m_client, m_tabs);
    m_resources = new ResourcesTab(m_client, m_tabs);
    m_templates = new TemplatesTab(m_client, m_tabs);
    m_prompts = new PromptsTab(m_client, m_tabs);
    m_notifications = new NotificationsTab(m_client, m_tabs);
    m_serverRequests = new ServerRequestsTab(m_client, m_tabs);
    m_authorization =
        new AuthorizationTab(m_store, m_session->http(), m_session->authorizer(), m_tabs);
    m_console = new ConsoleTab(m_client, m_tabs);
    // A live session's threshold crossings are findings of the session.
    m_analytics = new AnalyticsView(
        AnalyticsSource::forStore(m_store->path(), this, dynamic_cast<FindingsStore *>(findings)),
        m_tabs);
    m_analytics->followStore(m_store);
    m_history = new HistoryTab(m_store, m_client, m_tabs);
    m_connectionInfo = new ConnectionInfoTab(m_client, m_tabs);
    // The everyday tabs first, short labels (the full name in the tool tip)
    // and document-mode tabs, so all eleven fit a 1280-pixel window; narrower
    // windows scroll the bar, which always keeps the current tab in view.
    struct Page
    {
        QWidget *page;
        QString label;
        QString tip;
    };
    const Page pages[] = {
        {m_tools, tr("Tools"), tr("The server's tools: call one with a form or JSON")},
        {m_resources, tr("Resources"), tr("The server's resources: read and subscribe")},
        {m_templates, tr("Templates"), tr("Resource templates, filled in field by field")},
        {m_prompts, tr("Prompts"), tr("The server's prompts, with completions")},
        {m_history, tr("History"),
         tr("Every tool call to this server, this session and earlier ones")},
        {m_serverRequests, tr("Server requests"),
         tr("Sampling, elicitation and roots requests waiting for your answer")},
        {m_notifications, tr("Notifications"),
         tr("Notifications and log messages from the server")},
        {m_console, tr("Console"), tr("A raw JSON-RPC console")},
        {m_authorization, tr("Authorization"), tr("The OAuth flow of this session, step by step")},
        {m_connectionInfo, tr("Connection"),
         tr("Connection info: both sides' capabilities, streams and unanswered requests")},
        {m_analytics, tr("Analytics"), tr("This session's charts, live")}};
    for (const Page &p : pages)
        m_tabs->setTabToolTip(m_tabs->addTab(p.page, p.label), p.tip);
    m_tabs->setDocumentMode(true);
    m_pages->addWidget(m_tabs);

    // A connect that failed before the session ever worked: its cause and
    // what to do, rather than empty tabs.
    m_failedPage = new QWidget(m_pages);
    m_failedPage->setObjectName(QStringLiteral("connectFailedPage"));
    {
        auto *page = new QVBoxLayout(m_failedPage);
        page->setContentsMargins(24, 24, 24, 24);
        QLabel *title = createPlainLabel(m_failedPage);
        title->setText(tr("Could not connect"));
        title->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: 600;"));
        m_failedCause = createPlainLabel(m_failedPage);
        m_failedCause->setObjectName(QStringLiteral("connectFailedCause"));
        m_failedCause->setWordWrap(true);
        m_failedCause->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_failedCause->setForegroundRole(QPalette::WindowText);
        auto *buttons = new QHBoxLayout;
        m_retry = new QPushButton(tr("Retry"), m_failedPage);
        m_retry->setObjectName(QStringLiteral("connectRetry"));
        auto *edit = new QPushButton(tr("Edit connection…"), m_failedPage);
        edit->setObjectName(QStringLiteral("connectEdit"));
        auto *exchanges = new QPushButton(tr("Show exchanges"), m_failedPage);
        exchanges->setObjectName(QStringLiteral("connectShowExchanges"));
        exchanges->setToolTip(tr("The HTTP exchanges of this attempt, in the capture log"));
        buttons->addWidget(m_retry);
        buttons->addWidget(edit);
        buttons->addWidget(exchanges);
        buttons->addStretch(1);
        page->addWidget(title);
        page->addWidget(m_failedCause);
        page->addLayout(buttons);
        page->addStretch(1);
        connect(m_retry, &QPushButton::clicked, this, [this] {
            m_failedCause->setText(tr("Connecting to %1…").arg(m_title));
            m_retry->setEnabled(false);
            m_reconnect->hide();
            m_header->setText(tr("Reconnecting to %1…").arg(m_title));
            m_client->reconnect();
        });
        connect(edit, &QPushButton::clicked, this,
                [this] { Q_EMIT editConnectionRequested(m_settings); });
        connect(exchanges, &QPushButton::clicked, this, &McpSessionView::showCaptureExchanges);
    }
    m_pages->addWidget(m_failedPage);
    layout->addWidget(m_pages, 1);

    connect(answer, &QPushButton::clicked, this,
            [this] { m_tabs->setCurrentWidget(m_serverRequests); });
    connect(m_client, &McpClient::serverRequestReceived, this,
            [this](const JsonRpcMessage &request) {
                m_lastServerRequest = request.method;
                showServerRequestCount(m_client->waitingServerRequests());
            });
    connect(m_history, &HistoryTab::openInForm, this,
            [this](const QString &tool, const QByteArray &arguments) {
                m_tabs->setCurrentWidget(m_tools);
                m_tools->openCall(tool, arguments);
            });
    connect(m_history, &HistoryTab::exchangesRequested, this, &McpSessionView::exchangesRequested);
    connect(m_history, &HistoryTab::statusMessage, this, &McpSessionView::statusMessage);
    for (int i = 0; i < 3; ++i) {
        m_listTimers[i] = new QTimer(this);
        m_listTimers[i]->setSingleShot(true);
        m_listTimers[i]->setInterval(kListChangedDebounceMs);
        connect(m_listTimers[i], &QTimer::timeout, this, [this, i] { refreshList(ListKind(i)); });
    }
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
    connect(m_authorization, &AuthorizationTab::signInStarted, this, [this] {
        m_pages->setCurrentWidget(m_tabs);
        m_tabs->setCurrentWidget(m_authorization);
    });
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
    m_settings = settings;
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
        showFailedPage(opened.error().message);
        Q_EMIT statusMessage(opened.error().message);
    }
    if (const qint64 id = m_session->captureSessionId(); id > 0) {
        m_analytics->setSessions({id});
        m_history->setCaptureSession(id);
    }
}

void McpSessionView::onConnected()
{
    m_reconnect->hide();
    m_everConnected = true;
    m_pages->setCurrentWidget(m_tabs);
    m_retry->setEnabled(true);
    if (const qint64 id = m_session->captureSessionId(); id > 0) {
        m_analytics->setSessions({id}); // a reconnect records a new session
        m_history->setCaptureSession(id);
    }
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
        // Collapsed to its first line (plain text: a button's text is not markup).
        QString first;
        for (const QString &line : instructions.split(QLatin1Char('\n'))) {
            first = line.simplified();
            while (first.startsWith(QLatin1Char('#'))) // a Markdown heading's marks
                first = first.mid(1).trimmed();
            if (!first.isEmpty())
                break;
        }
        first.remove(QLatin1Char('&')); // no mnemonic from server text
        if (first.size() > 140)
            first = first.left(140) + QStringLiteral("…");
        m_instructionsToggle->setText(tr("Server instructions: %1").arg(first));
        m_instructionsToggle->setToolTip(tr("Show or hide the instructions the server gave"));
        m_instructionsToggle->show();
        setInstructionsExpanded(m_instructionsToggle->isChecked());
    } else {
        m_instructionsToggle->hide();
        m_instructions->hide();
    }
    refreshList(ListKind::Tools);
    const bool completions = offered.contains(QStringLiteral("completions"));
    for (FeatureTab *tab : {m_resources, m_templates, m_prompts}) {
        tab->clear(); // a reconnect starts from a clean slate
        tab->setCompletionsEnabled(completions);
    }
    const QJsonObject resources = offered.value(QStringLiteral("resources")).toObject();
    m_resources->setSubscriptionsEnabled(resources.value(QStringLiteral("subscribe")).toBool());
    if (offered.contains(QStringLiteral("resources")))
        refreshList(ListKind::Resources);
    if (offered.contains(QStringLiteral("prompts")))
        refreshList(ListKind::Prompts);
    m_notifications->setLoggingOffered(offered.contains(QStringLiteral("logging")));
}

void McpSessionView::onFailed(const Error &error)
{
    m_header->setText(tr("Not connected: %1").arg(error.message));
    m_reconnect->setVisible(m_client->canReconnect());
    // Authorization is answered in the Authorization tab, so its failures
    // leave the tabs in place.
    if (!m_everConnected && error.code != ErrorCode::McpAuth &&
        errorGroup(error.code) != ErrorGroup::OAuth)
        showFailedPage(error.message);
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
    // The notifications tab shows it; here the tabs whose lists changed
    // reload, once for a storm of notifications.
    if (n.method == u"notifications/tools/list_changed")
        requestList(ListKind::Tools);
    else if (n.method == u"notifications/resources/list_changed")
        requestList(ListKind::Resources);
    else if (n.method == u"notifications/prompts/list_changed")
        requestList(ListKind::Prompts);
    else if (n.method == u"notifications/resources/updated")
        m_resources->resourceUpdated(n.params.toObject().value(QStringLiteral("uri")).toString());
}

void McpSessionView::requestList(ListKind kind)
{
    m_listTimers[int(kind)]->start(); // restarted by each notification of a storm
}

bool McpSessionView::listInFlight(ListKind kind) const
{
    for (const McpClient::PendingInfo &p : m_client->pendingRequests()) {
        if ((kind == ListKind::Tools && p.method == u"tools/list") ||
            (kind == ListKind::Resources &&
             (p.method == u"resources/list" || p.method == u"resources/templates/list")) ||
            (kind == ListKind::Prompts && p.method == u"prompts/list"))
            return true;
    }
    return false;
}

void McpSessionView::refreshList(ListKind kind)
{
    // Never two identical lists in flight: a change that comes while one is
    // on its way waits for it, then lists once more.
    if (listInFlight(kind)) {
        m_listTimers[int(kind)]->start();
        return;
    }
    m_listTimers[int(kind)]->stop();
    switch (kind) {
    case ListKind::Tools:
        m_tools->refresh();
        break;
    case ListKind::Resources:
        m_resources->refresh();
        m_templates->refresh();
        break;
    case ListKind::Prompts:
        m_prompts->refresh();
        break;
    }
}

void McpSessionView::setInstructionsExpanded(bool expanded)
{
    m_instructionsToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_instructions->setVisible(expanded && m_instructionsToggle->isVisible());
}

void McpSessionView::showFailedPage(const QString &cause)
{
    m_failedCause->setText(cause);
    m_retry->setEnabled(m_client->canReconnect());
    m_pages->setCurrentWidget(m_failedPage);
}

void McpSessionView::showCaptureExchanges()
{
    const qint64 id = m_session->captureSessionId();
    if (id <= 0 || !m_store)
        return;
    m_store->flush();
    CaptureReader reader;
    if (!reader.open(m_store->path()))
        return;
    CaptureFilter filter;
    filter.sessionId = id;
    const auto ids = reader.exchangeIds(filter, 0, 1000);
    if (ids && !ids->isEmpty())
        Q_EMIT exchangesRequested(*ids);
    else
        Q_EMIT statusMessage(tr("No exchange was recorded for this attempt."));
}

void McpSessionView::showServerRequestCount(int waiting)
{
    if (waiting > 0) {
        m_bannerText->setText(
            waiting == 1 && !m_lastServerRequest.isEmpty()
                ? tr("The server is waiting for your answer: %1").arg(m_lastServerRequest)
                : tr("The server is waiting for %n answer(s) from you.", nullptr, waiting));
        m_banner->show();
    } else {
        m_banner->hide();
    }
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
