#include "ui/session/server_requests_tab.h"

#include "ui/common/theme.h"

#include "mcp/json_schema.h"
#include "mcp/mcp_client.h"
#include "net/body_decoding.h"
#include "ui/common/json_highlighter.h"
#include "ui/common/plain_label.h"
#include "ui/common/schema_form.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

// JSON-RPC error a refusal sends for methods without an "action" (sampling,
// roots): the spec's example uses -1 for a user rejection.
constexpr int kUserRejected = -1;

} // namespace

ServerRequestsTab::ServerRequestsTab(McpClient *client, QWidget *parent)
    : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("serverRequestsTab"));
    auto *layout = new QHBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("serverRequestList"));
    auto *pane = new QWidget(split);
    auto *paneLayout = new QVBoxLayout(pane);
    m_message = createPlainLabel(pane);
    m_message->setObjectName(QStringLiteral("requestMessage"));
    m_message->setStyleSheet(QStringLiteral("font-weight: 600;"));
    paneLayout->addWidget(m_message);
    auto *urlRow = new QHBoxLayout;
    m_url = createPlainLabel(pane);
    m_openUrl = new QPushButton(tr("Open in Browser"), pane);
    m_url->setObjectName(QStringLiteral("elicitationUrl"));
    m_openUrl->setObjectName(QStringLiteral("openUrl"));
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_openUrl);
    paneLayout->addLayout(urlRow);
    m_request = createJsonEditor(pane, true);
    m_request->setObjectName(QStringLiteral("serverRequest"));
    m_request->setMaximumHeight(80);
    paneLayout->addWidget(m_request);
    auto *answerSplit = new QSplitter(Qt::Horizontal, pane);
    auto *formScroll = new QScrollArea(answerSplit);
    formScroll->setWidgetResizable(true);
    m_form = new SchemaForm(formScroll);
    m_form->setObjectName(QStringLiteral("elicitationForm"));
    formScroll->setWidget(m_form);
    m_formScroll = formScroll;
    auto *answerPane = new QWidget(answerSplit);
    auto *answerLayout = new QVBoxLayout(answerPane);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    m_answerLabel = createPlainLabel(answerPane);
    m_answer = createJsonEditor(answerPane, false);
    m_answer->setObjectName(QStringLiteral("answer"));
    answerLayout->addWidget(m_answerLabel);
    answerLayout->addWidget(m_answer, 1);
    formScroll->setMinimumWidth(320);
    answerSplit->setStretchFactor(0, 3);
    answerSplit->setStretchFactor(1, 2);
    answerSplit->setSizes({420, 300});
    paneLayout->addWidget(answerSplit, 1);
    m_state = createPlainLabel(pane);
    m_state->setObjectName(QStringLiteral("answerState"));
    paneLayout->addWidget(m_state);
    auto *buttons = new QHBoxLayout;
    m_accept = new QPushButton(tr("Accept"), pane);
    m_decline = new QPushButton(tr("Decline"), pane);
    m_dismiss = new QPushButton(tr("Cancel"), pane);
    m_accept->setObjectName(QStringLiteral("acceptRequest"));
    m_decline->setObjectName(QStringLiteral("declineRequest"));
    m_dismiss->setObjectName(QStringLiteral("cancelRequest"));
    m_accept->setToolTip(tr("Send the answer in the editor"));
    m_decline->setToolTip(
        tr("Refuse: elicitation answers action \"decline\"; other requests get a JSON-RPC error"));
    m_dismiss->setToolTip(
        tr("Dismiss: elicitation answers action \"cancel\"; other requests get a JSON-RPC error"));
    buttons->addWidget(m_accept);
    buttons->addWidget(m_decline);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    paneLayout->addLayout(buttons);
    split->setStretchFactor(1, 1);
    split->setSizes({240, 680});
    layout->addWidget(split);

    connect(m_client, &McpClient::serverRequestReceived, this, &ServerRequestsTab::add);
    connect(m_client, &McpClient::serverRequestCancelled, this, &ServerRequestsTab::withdraw);
    connect(m_list, &QListWidget::currentRowChanged, this, &ServerRequestsTab::show);
    connect(m_accept, &QPushButton::clicked, this, &ServerRequestsTab::accept);
    connect(m_decline, &QPushButton::clicked, this, &ServerRequestsTab::decline);
    connect(m_dismiss, &QPushButton::clicked, this, &ServerRequestsTab::dismiss);
    connect(m_openUrl, &QPushButton::clicked, this, [this] {
        // Only http(s): a server-chosen URL must not launch other handlers.
        const QUrl url(m_url->text());
        if (url.scheme() == u"https" || url.scheme() == u"http")
            QDesktopServices::openUrl(url);
    });
    connect(m_form, &SchemaForm::edited, this, [this] {
        m_syncing = true;
        m_answer->setPlainText(prettyJsonText(m_form->value()));
        m_syncing = false;
    });
    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] {
        if (const int row = current(); row >= 0)
            m_entries[row].answer = m_answer->toPlainText();
        if (!m_syncing && m_form->hasFields()) {
            const QJsonDocument doc = QJsonDocument::fromJson(m_answer->toPlainText().toUtf8());
            if (doc.isObject())
                m_form->setValue(doc.object());
        }
        validate();
    });
    show(-1);
}

int ServerRequestsTab::waitingCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &e) { return e.state == State::Waiting; }));
}

int ServerRequestsTab::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? row : -1;
}

bool ServerRequestsTab::isFormElicitation(const JsonRpcMessage &request) const
{
    return request.method == u"elicitation/create" && !isUrlElicitation(request);
}

bool ServerRequestsTab::isUrlElicitation(const JsonRpcMessage &request) const
{
    return request.method == u"elicitation/create" &&
           request.params.toObject().value(QStringLiteral("mode")).toString() == u"url";
}

QString ServerRequestsTab::defaultAnswer(const JsonRpcMessage &request) const
{
    if (isFormElicitation(request)) {
        // Content only: the form builds it; defaults pre-filled.
        const auto answer = McpClient::defaultServerRequestAnswer(request);
        return prettyJsonText(answer ? answer->value(QStringLiteral("content")) : QJsonObject());
    }
    if (isUrlElicitation(request))
        return {};
    if (request.method == u"sampling/createMessage")
        return prettyJsonText(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                     {QStringLiteral("text"), QString()}}},
                        {QStringLiteral("model"), QStringLiteral("mcpscope-manual")},
                        {QStringLiteral("stopReason"), QStringLiteral("endTurn")}});
    if (request.method == u"roots/list")
        return prettyJsonText(QJsonObject{{QStringLiteral("roots"), QJsonArray{}}});
    return QStringLiteral("{}");
}

void ServerRequestsTab::add(const JsonRpcMessage &request)
{
    m_entries.append(Entry{request, State::Waiting, defaultAnswer(request)});
    auto *item = new QListWidgetItem(m_list);
    Q_UNUSED(item)
    refreshRow(int(m_entries.size() - 1));
    if (current() < 0 || m_entries[current()].state != State::Waiting)
        m_list->setCurrentRow(int(m_entries.size() - 1));
    Q_EMIT statusMessage(
        tr("The server asks: %1. Answer it in Server requests.").arg(request.method));
    Q_EMIT waitingCountChanged(waitingCount());
}

void ServerRequestsTab::withdraw(const QJsonValue &id, const QString &reason)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].state == State::Waiting && m_entries[row].request.id == id) {
            m_entries[row].state = State::Withdrawn;
            refreshRow(row);
            if (row == current())
                show(row);
            Q_EMIT statusMessage(
                reason.isEmpty()
                    ? tr("The server withdrew its %1 request.").arg(m_entries[row].request.method)
                    : tr("The server withdrew its %1 request: %2")
                          .arg(m_entries[row].request.method, reason));
            Q_EMIT waitingCountChanged(waitingCount());
        }
    }
}

QString ServerRequestsTab::stateOf(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    switch (m_entries[row].state) {
    case State::Waiting:
        return tr("waiting");
    case State::Accepted:
        return tr("accepted");
    case State::Declined:
        return tr("declined");
    case State::Cancelled:
        return tr("cancelled");
    case State::Withdrawn:
        return tr("withdrawn by the server");
    case State::Failed:
        return tr("could not be answered");
    }
    return {};
}

void ServerRequestsTab::setModernEra(bool modern)
{
    m_modern = modern;
    for (int row = 0; row < m_entries.size(); ++row)
        refreshRow(row);
}

bool ServerRequestsTab::deprecatedHere(const JsonRpcMessage &request) const
{
    return m_modern &&
           (request.method == u"sampling/createMessage" || request.method == u"roots/list");
}

void ServerRequestsTab::refreshRow(int row)
{
    const bool deprecated = deprecatedHere(m_entries[row].request);
    m_list->item(row)->setText(
        deprecated ? tr("%1 — %2 · deprecated in 2026-07-28")
                         .arg(m_entries[row].request.method, stateOf(row))
                   : QStringLiteral("%1 — %2").arg(m_entries[row].request.method, stateOf(row)));
    m_list->item(row)->setToolTip(
        deprecated ? tr("Sampling and roots are deprecated in MCP 2026-07-28; they still work")
                   : QString());
    m_list->item(row)->setForeground(
        deprecated ? QBrush(Theme::color(Theme::Tone::Muted, palette())) : QBrush());
    QFont font = m_list->font();
    font.setBold(m_entries[row].state == State::Waiting);
    m_list->item(row)->setFont(font);
}

void ServerRequestsTab::show(int row)
{
    const bool valid = row >= 0 && row < m_entries.size();
    const Entry *entry = valid ? &m_entries[row] : nullptr;
    const QJsonObject params = entry ? entry->request.params.toObject() : QJsonObject();
    const bool formElicitation = entry && isFormElicitation(entry->request);
    const bool urlElicitation = entry && isUrlElicitation(entry->request);
    QString message = params.value(QStringLiteral("message")).toString();
    if (!entry)
        message = tr(
            "Requests the server sends (sampling, elicitation, roots) wait here for your answer.");
    else if (message.isEmpty())
        message = tr("The server sent %1.").arg(entry->request.method);
    m_message->setText(message);
    m_url->setText(urlElicitation ? params.value(QStringLiteral("url")).toString() : QString());
    m_url->setVisible(urlElicitation);
    m_openUrl->setVisible(urlElicitation);
    m_request->setPlainText(
        entry ? prettyJsonText(QJsonDocument::fromJson(entry->request.encode()).object())
              : QString());
    m_request->setVisible(entry);
    m_form->setSchema(formElicitation ? params.value(QStringLiteral("requestedSchema")).toObject()
                                      : QJsonObject());
    m_formScroll->setVisible(m_form->hasFields());
    m_answerLabel->setText(formElicitation ? tr("Content to send (JSON)")
                                           : tr("Result to send (JSON)"));
    m_syncing = true;
    m_answer->setPlainText(entry ? entry->answer : QString());
    m_syncing = false;
    if (m_form->hasFields()) {
        const QJsonDocument doc = QJsonDocument::fromJson(m_answer->toPlainText().toUtf8());
        m_form->setValue(doc.object());
    }
    m_answer->parentWidget()->setVisible(entry && !urlElicitation);
    const bool waiting = entry && entry->state == State::Waiting;
    m_answer->setReadOnly(!waiting);
    for (QPushButton *button : {m_accept, m_decline, m_dismiss})
        button->setEnabled(waiting);
    m_accept->setText(urlElicitation ? tr("Done (accept)") : tr("Accept"));
    validate();
}

void ServerRequestsTab::validate()
{
    const int row = current();
    if (row < 0) {
        m_state->clear();
        return;
    }
    const Entry &entry = m_entries[row];
    if (entry.state != State::Waiting) {
        m_state->setText(tr("Status of this request: %1").arg(stateOf(row)));
        Theme::setTone(m_state, Theme::Tone::Normal);
        return;
    }
    if (isUrlElicitation(entry.request)) {
        m_state->setText(tr("Open the URL, finish there, then press Done. The server learns only "
                            "that you accepted."));
        m_state->setStyleSheet({});
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_answer->toPlainText().toUtf8(), &error);
    QString text = tr("Valid JSON object");
    Theme::Tone tone = Theme::Tone::Success;
    if (!doc.isObject()) {
        text =
            error.error != QJsonParseError::NoError
                ? tr("Not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)
                : tr("The answer must be a JSON object");
        tone = Theme::Tone::Error;
    } else if (isFormElicitation(entry.request)) {
        const QJsonValue schema =
            entry.request.params.toObject().value(QStringLiteral("requestedSchema"));
        const auto violations = JsonSchemaValidator(schema).validate(doc.object());
        if (!violations.isEmpty()) {
            text = tr("Does not match the requested schema: %1%2")
                       .arg(violations.first().instancePath.isEmpty()
                                ? QString()
                                : violations.first().instancePath + QStringLiteral(": "),
                            violations.first().message);
            tone = Theme::Tone::Warning;
        } else {
            text = tr("Matches the requested schema");
        }
    }
    m_state->setText(text);
    Theme::setTone(m_state, tone);
    m_accept->setEnabled(doc.isObject());
}

void ServerRequestsTab::accept()
{
    answer(State::Accepted);
}

void ServerRequestsTab::decline()
{
    answer(State::Declined);
}

void ServerRequestsTab::dismiss()
{
    answer(State::Cancelled);
}

void ServerRequestsTab::answer(State state)
{
    const int row = current();
    if (row < 0 || m_entries[row].state != State::Waiting)
        return;
    const JsonRpcMessage &request = m_entries[row].request;
    const bool elicitation = request.method == u"elicitation/create";
    Result<QJsonObject> reply = QJsonObject();
    if (elicitation) {
        const QString action = state == State::Accepted   ? QStringLiteral("accept")
                               : state == State::Declined ? QStringLiteral("decline")
                                                          : QStringLiteral("cancel");
        QJsonObject result{{QStringLiteral("action"), action}};
        if (state == State::Accepted && isFormElicitation(request))
            result.insert(QStringLiteral("content"),
                          QJsonDocument::fromJson(m_answer->toPlainText().toUtf8()).object());
        reply = result;
    } else if (state == State::Accepted) {
        const QJsonDocument doc = QJsonDocument::fromJson(m_answer->toPlainText().toUtf8());
        if (!doc.isObject())
            return;
        reply = doc.object();
    } else {
        reply = Failure{Error{ErrorCode::JsonRpcAnswer,
                              state == State::Declined
                                  ? QStringLiteral("The user declined the request")
                                  : QStringLiteral("The user dismissed the request"),
                              kUserRejected}};
    }
    m_entries[row].state = m_client->answerServerRequest(request.id, reply) ? state : State::Failed;
    refreshRow(row);
    show(row);
    Q_EMIT waitingCountChanged(waitingCount());
    // Move on to the next waiting request, if any.
    for (int next = 0; next < m_entries.size(); ++next)
        if (m_entries[next].state == State::Waiting) {
            m_list->setCurrentRow(next);
            break;
        }
}

} // namespace mcpscope
