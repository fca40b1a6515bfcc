#include "ui/oauth/oauth_flow_view.h"

#include "ui/common/theme.h"

#include "capture/capture_store.h"
#include "net/body_decoding.h"
#include "net/request_input.h"
#include "ui/capture/exchange_detail_view.h"
#include "ui/common/json_highlighter.h"
#include "ui/common/plain_label.h"
#include "ui/oauth/jwt_viewer.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mcpscope {

QString requestToText(const HttpRequest &request)
{
    QString text = QString::fromLatin1(request.method) + QLatin1Char(' ') +
                   request.url.toString(QUrl::FullyEncoded) + QLatin1Char('\n');
    for (const auto &[name, value] : request.headers)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) +
                QLatin1Char('\n');
    // JSON bodies indented for editing (still the same JSON when sent).
    const bool json = headerValue(request.headers, "content-type").contains("json");
    text += QLatin1Char('\n') +
            QString::fromUtf8(json ? prettyPrintJson(request.body).value_or(request.body)
                                   : request.body);
    return text;
}

Result<HttpRequest> requestFromText(const QString &text)
{
    const qsizetype blank = text.indexOf(QStringLiteral("\n\n"));
    const QStringList head = text.left(blank < 0 ? text.size() : blank).split(QLatin1Char('\n'));
    const QString first = head.value(0).trimmed();
    const qsizetype space = first.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return makeError(ErrorCode::RequestParse,
                         QCoreApplication::translate("mcpscope::OAuthFlowView",
                                                     "The first line must be \"METHOD URL\"."));
    const QByteArray body = blank < 0 ? QByteArray() : text.mid(blank + 2).toUtf8();
    return buildRequest(first.left(space), first.mid(space + 1).trimmed(), head.mid(1), body);
}

namespace {

QString stateMark(OAuthFlow::StepState state)
{
    switch (state) {
    case OAuthFlow::StepState::Pending:
        return QStringLiteral("○");
    case OAuthFlow::StepState::Running:
        return QStringLiteral("…");
    case OAuthFlow::StepState::Waiting:
        return QStringLiteral("»");
    case OAuthFlow::StepState::Ok:
        return QStringLiteral("✓");
    case OAuthFlow::StepState::Failed:
        return QStringLiteral("✗");
    case OAuthFlow::StepState::Skipped:
        return QStringLiteral("–");
    }
    return {};
}

QColor stateColour(OAuthFlow::StepState state, const QPalette &palette)
{
    switch (state) {
    case OAuthFlow::StepState::Ok:
        return Theme::color(Theme::Tone::Success, palette);
    case OAuthFlow::StepState::Failed:
        return Theme::color(Theme::Tone::Error, palette);
    case OAuthFlow::StepState::Waiting:
    case OAuthFlow::StepState::Running:
        return Theme::color(Theme::Tone::Warning, palette);
    default:
        return Theme::color(Theme::Tone::Muted, palette);
    }
}

} // namespace

OAuthFlowView::OAuthFlowView(CaptureStore *store, HttpClient *http, OAuthFlow *flow,
                             QWidget *parent)
    : QWidget(parent), m_store(store), m_http(http), m_flow(flow)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *urlRow = new QHBoxLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("flowServerUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://mcp.example.com/mcp"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("flowMode"));
    m_mode->addItems({tr("Browser (sign in on this machine)"),
                      tr("Headless (follow redirects, no browser)"),
                      tr("Client credentials (no user)")});
    m_stepMode = new QCheckBox(tr("Step mode: pause before each request"), this);
    m_stepMode->setObjectName(QStringLiteral("stepMode"));
    // The URL gets the whole row: on a small window it shared it with the
    // mode and step mode and shrank to a few characters.
    urlRow->addWidget(m_url, 1);
    addPlainRow(form, tr("MCP server:"), urlRow);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_mode);
    modeRow->addWidget(m_stepMode);
    modeRow->addStretch(1);
    addPlainRow(form, tr("Mode:"), modeRow);
    auto *clientRow = new QHBoxLayout;
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setPlaceholderText(tr("pre-registered client id (optional)"));
    m_clientSecret = new QLineEdit(this);
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("client secret (optional)"));
    m_scope = new QLineEdit(this);
    m_scope->setObjectName(QStringLiteral("flowScope"));
    m_scope->setPlaceholderText(tr("scope (default: as the spec chooses)"));
    m_metadataUrl = new QLineEdit(this);
    m_metadataUrl->setObjectName(QStringLiteral("clientMetadataUrl"));
    m_metadataUrl->setPlaceholderText(tr("client metadata document URL (optional)"));
    clientRow->addWidget(m_clientId);
    clientRow->addWidget(m_clientSecret);
    clientRow->addWidget(m_scope);
    clientRow->addWidget(m_metadataUrl);
    addPlainRow(form, tr("Client:"), clientRow);
    m_redirectUri = new QLineEdit(this);
    m_redirectUri->setObjectName(QStringLiteral("redirectUri"));
    m_redirectUri->setPlaceholderText(
        tr("redirect URI (default: a loopback port of McpScope's choosing)"));
    m_redirectUri->setToolTip(
        tr("A pre-registered client accepts only the redirect URIs it registered: enter one of "
           "them. In browser mode McpScope listens there, so it must be http://127.0.0.1, "
           "[::1] or localhost with a port."));
    addPlainRow(form, tr("Redirect URI:"), m_redirectUri);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("Start Flow"), this);
    m_start->setObjectName(QStringLiteral("startFlow"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelFlow"));
    m_cancel->setEnabled(false);
    m_copyUrl = new QPushButton(tr("Copy Sign-in URL"), this);
    m_copyUrl->setObjectName(QStringLiteral("copySignInUrl"));
    m_copyUrl->setToolTip(tr("Copy the authorization URL, to open it in a browser yourself"));
    m_copyUrl->hide();
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_copyUrl);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_warnings = createPlainLabel(this);
    m_warnings->setObjectName(QStringLiteral("flowWarnings"));
    Theme::setBanner(m_warnings, Theme::Banner::Warning, QStringLiteral("padding: 4px;"));
    m_warnings->hide();
    layout->addWidget(m_warnings);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_steps = new QListWidget(split);
    m_steps->setObjectName(QStringLiteral("flowSteps"));
    m_detailTabs = new QTabWidget(split);
    m_detailTabs->setObjectName(QStringLiteral("flowDetailTabs"));
    auto *stepPage = new QWidget(m_detailTabs);
    auto *stepLayout = new QVBoxLayout(stepPage);
    m_detail = createPlainLabel(stepPage);
    m_detail->setObjectName(QStringLiteral("stepDetail"));
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // A long URL or token in a failure has no place to wrap: it must not
    // widen the window (the label takes the width it is given).
    for (QLabel *label : {m_detail, m_warnings}) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setMinimumWidth(120);
    }
    m_reveal = new QCheckBox(tr("Reveal secrets"), stepPage);
    m_reveal->setObjectName(QStringLiteral("revealSecrets"));
    m_values = new QTableWidget(0, 2, stepPage);
    m_values->setObjectName(QStringLiteral("stepValues"));
    m_values->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->verticalHeader()->hide();
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setWordWrap(true);
    m_values->setTextElideMode(Qt::ElideMiddle);
    stepLayout->addWidget(m_detail);
    stepLayout->addWidget(m_reveal);
    stepLayout->addWidget(m_values, 1);
    m_detailTabs->addTab(stepPage, tr("Step"));
    auto *httpPage = new QWidget(m_detailTabs);
    auto *httpLayout = new QVBoxLayout(httpPage);
    m_exchangePicker = new QComboBox(httpPage);
    m_exchangePicker->setObjectName(QStringLiteral("stepExchanges"));
    m_exchange = new ExchangeDetailView(httpPage);
    m_exchange->setObjectName(QStringLiteral("stepExchange"));
    httpLayout->addWidget(m_exchangePicker);
    httpLayout->addWidget(m_exchange, 1);
    m_detailTabs->addTab(httpPage, tr("HTTP"));
    auto *pendingPage = new QWidget(m_detailTabs);
    auto *pendingLayout = new QVBoxLayout(pendingPage);
    auto *pendingHint = createPlainLabel(pendingPage);
    pendingHint->setText(
        tr("Step mode: the next request, as it will be sent. Edit it (method and URL, headers, "
           "blank line, body) and press Send."));
    m_pending = new QPlainTextEdit(pendingPage);
    m_pending->setObjectName(QStringLiteral("pendingRequest"));
    m_pending->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pending->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_send = new QPushButton(tr("Send"), pendingPage);
    m_send->setObjectName(QStringLiteral("sendRequest"));
    m_send->setEnabled(false);
    pendingLayout->addWidget(pendingHint);
    pendingLayout->addWidget(m_pending, 1);
    pendingLayout->addWidget(m_send, 0, Qt::AlignLeft);
    m_detailTabs->addTab(pendingPage, tr("Next request"));
    m_jwt = new JwtViewer(http, m_detailTabs);
    m_jwt->setObjectName(QStringLiteral("jwtViewer"));
    m_detailTabs->addTab(m_jwt, tr("JWT"));
    split->setStretchFactor(1, 1);
    split->setSizes({260, 700});
    layout->addWidget(split, 1);

    if (m_store && m_store->isOpen())
        (void)m_reader.open(m_store->path());
    connect(m_steps, &QListWidget::currentRowChanged, this, &OAuthFlowView::showSelected);
    connect(m_reveal, &QCheckBox::toggled, this, &OAuthFlowView::showSelected);
    connect(m_exchangePicker, &QComboBox::currentIndexChanged, this, &OAuthFlowView::showExchange);
    connect(m_start, &QPushButton::clicked, this, &OAuthFlowView::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
    connect(m_send, &QPushButton::clicked, this, &OAuthFlowView::sendPending);
    connect(m_flow, &OAuthFlow::stepChanged, this, &OAuthFlowView::refreshStep);
    connect(m_flow, &OAuthFlow::stepChanged, this, &OAuthFlowView::updateButtons);
    connect(m_flow, &OAuthFlow::openBrowser, this, [this](const QUrl &url) {
        m_browserUrl = url;
        updateButtons();
    });
    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_browserUrl.toString());
        Q_EMIT statusMessage(tr("Sign-in URL copied to the clipboard."));
    });
    connect(m_flow, &OAuthFlow::waitingForApproval, this, &OAuthFlowView::onWaiting);
    connect(m_flow, &OAuthFlow::warning, this, [this](const QString &warning) {
        m_warnings->setText(m_warnings->text().isEmpty()
                                ? warning
                                : m_warnings->text() + QLatin1Char('\n') + warning);
        m_warnings->show();
    });
    connect(m_flow, &OAuthFlow::finished, this, [this](bool ok) {
        m_browserUrl.clear();
        updateButtons();
        m_send->setEnabled(false);
        const TokenSet tokens = m_flow->tokens();
        if (ok) {
            // An access token that is a JWT goes straight to the JWT pane.
            m_jwt->setExpectations(m_flow->authServer().issuer, m_flow->resource(),
                                   m_flow->authServer().jwksUri);
            m_jwt->setToken(tokens.accessToken.count(QLatin1Char('.')) == 2 ? tokens.accessToken
                                                                            : tokens.idToken);
        }
        // Show the step that decided the outcome.
        for (int i = m_flow->steps().size() - 1; i >= 0; --i)
            if (m_flow->steps().at(i).state ==
                (ok ? OAuthFlow::StepState::Ok : OAuthFlow::StepState::Failed)) {
                selectStep(i);
                break;
            }
        Q_EMIT statusMessage(ok ? tr("Authorized: tokens received.") : m_flow->failureMessage());
    });
    for (int i = 0; i < m_flow->steps().size(); ++i)
        refreshStep(i);
}

OAuthFlow::Settings OAuthFlowView::settings() const
{
    OAuthFlow::Settings s;
    s.mode = OAuthFlow::Mode(m_mode->currentIndex()); // combo order = enum order
    s.stepMode = m_stepMode->isChecked();
    s.preRegistered.clientId = m_clientId->text().trimmed();
    s.preRegistered.clientSecret = m_clientSecret->text();
    s.scope = m_scope->text().trimmed();
    s.clientMetadataUrl = m_metadataUrl->text().trimmed();
    s.redirectUri = m_redirectUri->text().trimmed();
    return s;
}

void OAuthFlowView::setSettings(const OAuthFlow::Settings &s)
{
    m_mode->setCurrentIndex(int(s.mode));
    m_stepMode->setChecked(s.stepMode);
    m_clientId->setText(s.preRegistered.clientId);
    m_clientSecret->setText(s.preRegistered.clientSecret);
    m_scope->setText(s.scope);
    m_metadataUrl->setText(s.clientMetadataUrl);
    m_redirectUri->setText(s.redirectUri);
}

void OAuthFlowView::setServerUrl(const QString &url)
{
    m_url->setText(url);
}

void OAuthFlowView::start()
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (!url.isValid() || url.host().isEmpty()) {
        Q_EMIT statusMessage(tr("Enter the MCP server's URL first."));
        return;
    }
    m_warnings->clear();
    m_warnings->hide();
    m_flow->setSettings(settings());
    m_browserUrl.clear();
    m_flow->start(url);
    updateButtons();
    selectStep(0);
}

void OAuthFlowView::updateButtons()
{
    // Running however it started: by a 401, or by Start here.
    const bool running = m_flow && !m_flow->steps().isEmpty() && !m_flow->isFinished();
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    const bool signingIn = running && m_flow->steps().size() > 3 &&
                           m_flow->steps().at(int(OAuthFlow::StepKind::Authorization)).state ==
                               OAuthFlow::StepState::Waiting &&
                           !m_browserUrl.isEmpty();
    m_copyUrl->setVisible(signingIn);
}

void OAuthFlowView::refreshStep(int index)
{
    if (!m_flow || index < 0 || index >= m_flow->steps().size())
        return;
    while (m_steps->count() < m_flow->steps().size())
        m_steps->addItem(QString());
    // A restarted flow drops the extension steps (DPoP, step-up, …) it showed.
    while (m_steps->count() > m_flow->steps().size())
        delete m_steps->takeItem(m_steps->count() - 1);
    const OAuthFlow::Step &step = m_flow->steps().at(index);
    QListWidgetItem *item = m_steps->item(index);
    item->setText(QStringLiteral("%1  %2 — %3")
                      .arg(stateMark(step.state), step.title, OAuthFlow::stateName(step.state)));
    item->setForeground(stateColour(step.state, palette()));
    if (step.state == OAuthFlow::StepState::Running || step.state == OAuthFlow::StepState::Waiting)
        selectStep(index); // follow the flow
    if (index == m_steps->currentRow())
        showSelected();
}

void OAuthFlowView::selectStep(int index)
{
    if (index >= 0 && index < m_steps->count() && m_steps->currentRow() != index)
        m_steps->setCurrentRow(index);
}

void OAuthFlowView::showSelected()
{
    const int index = m_steps->currentRow();
    if (!m_flow || index < 0 || index >= m_flow->steps().size())
        return;
    const OAuthFlow::Step &step = m_flow->steps().at(index);
    QString text = step.explanation;
    if (!step.outcome.isEmpty())
        text += QStringLiteral("\n\n") + step.outcome;
    if (step.state == OAuthFlow::StepState::Failed) {
        text += QStringLiteral("\n\n") + tr("Likely cause: %1").arg(step.cause);
        text += QStringLiteral("\n") + tr("What to do: %1").arg(step.fix);
        Theme::setTone(m_detail, Theme::Tone::Error);
    } else {
        Theme::setTone(m_detail, Theme::Tone::Normal);
    }
    m_detail->setText(text);
    m_values->setRowCount(int(step.values.size()));
    for (int row = 0; row < step.values.size(); ++row) {
        const OAuthFlow::Value &v = step.values.at(row);
        m_values->setItem(row, 0, new QTableWidgetItem(v.name));
        const bool masked = v.secret && !m_reveal->isChecked();
        m_values->setItem(
            row, 1,
            new QTableWidgetItem(
                masked ? tr("•••••••• (%n character(s))", nullptr, int(v.value.size())) : v.value));
    }
    m_values->resizeColumnToContents(0);
    // The step's exchanges, newest last.
    const QSignalBlocker blocker(m_exchangePicker);
    const int previous = m_exchangePicker->currentIndex();
    m_exchangePicker->clear();
    for (qint64 id : step.exchangeIds)
        m_exchangePicker->addItem(tr("Exchange #%1").arg(id), id);
    m_exchangePicker->setCurrentIndex(previous >= 0 && previous < m_exchangePicker->count()
                                          ? previous
                                          : m_exchangePicker->count() - 1);
    showExchange(m_exchangePicker->currentIndex());
}

void OAuthFlowView::showExchange(int row)
{
    const qint64 id = m_exchangePicker->itemData(row).toLongLong();
    if (id <= 0 || !m_reader.isOpen()) {
        m_exchange->clear();
        return;
    }
    // From the capture store (redacted as stored); a fresh one may still be
    // on its way to disk.
    const auto exchange = m_reader.exchange(id);
    if (exchange && exchange->has_value()) {
        m_exchange->showExchange(**exchange);
        return;
    }
    m_exchange->clear();
    QTimer::singleShot(250, this, [this, row, id] {
        if (m_exchangePicker->currentIndex() == row &&
            m_exchangePicker->itemData(row).toLongLong() == id)
            showExchange(row);
    });
}

void OAuthFlowView::onWaiting(int index)
{
    m_pending->setPlainText(requestToText(m_flow->pendingRequest()));
    m_send->setEnabled(true);
    selectStep(index);
    m_detailTabs->setCurrentIndex(2);
}

void OAuthFlowView::sendPending()
{
    const auto request = requestFromText(m_pending->toPlainText());
    if (!request) {
        Q_EMIT statusMessage(request.error().message);
        return;
    }
    m_send->setEnabled(false);
    m_flow->proceed(*request);
}

} // namespace mcpscope
