#include "ui/replay/replay_dialog.h"

#include "ui/common/json_highlighter.h"
#include "ui/common/plain_label.h"
#include "ui/common/theme.h"
#include "ui/replay/diff_view.h"

#include "common/ordered_json.h"
#include "mcp/json_schema.h"
#include "mcp/mcp_client.h"
#include "replay/call_replay.h"
#include "replay/exchange_replay.h"
#include "session/mcp_session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

QPlainTextEdit *createEditor(QWidget *parent, const char *name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}

QString pretty(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

QString pathOf(const QString &url)
{
    const QString path = QUrl(url).path();
    return path.isEmpty() ? url : path;
}

} // namespace

ReplayDialog::ReplayDialog(const ReplaySource &source, const QList<ReplayTarget> &targets,
                           QWidget *parent)
    : QDialog(parent), m_source(source), m_targets(targets)
{
    setObjectName(QStringLiteral("replayDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);

    m_sourceLabel = createPlainLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("replaySource"));
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(m_sourceLabel);

    auto *targetRow = new QHBoxLayout;
    m_targetLabel = createPlainLabel(this);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("replayTarget"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_targetLabel->setBuddy(m_target);
    targetRow->addWidget(m_targetLabel);
    targetRow->addWidget(m_target, 1);
    layout->addLayout(targetRow);

    m_split = new QSplitter(Qt::Vertical, this);
    m_mode = new QTabWidget(m_split);
    m_mode->setObjectName(QStringLiteral("replayMode"));

    // The JSON-RPC call.
    auto *callPage = new QWidget(m_mode);
    auto *callForm = new QFormLayout(callPage);
    callForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_method = new QLineEdit(callPage);
    m_method->setObjectName(QStringLiteral("replayMethod"));
    m_method->setReadOnly(true);
    m_methodLabel = createPlainLabel(callPage);
    callForm->addRow(m_methodLabel, m_method);
    m_params = createEditor(callPage, "replayParams");
    new JsonHighlighter(m_params->document());
    m_paramsLabel = createPlainLabel(callPage);
    callForm->addRow(m_paramsLabel, m_params);
    m_paramsState = createPlainLabel(callPage);
    m_paramsState->setObjectName(QStringLiteral("replayParamsState"));
    m_paramsState->setWordWrap(true);
    callForm->addRow(QString(), m_paramsState);
    m_mode->addTab(callPage, QString());

    // The raw HTTP request.
    auto *httpPage = new QWidget(m_mode);
    auto *httpForm = new QFormLayout(httpPage);
    httpForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *requestLine = new QHBoxLayout;
    m_httpMethod = new QComboBox(httpPage);
    m_httpMethod->setObjectName(QStringLiteral("replayHttpMethod"));
    m_httpMethod->setEditable(true);
    for (const char *m : {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
        m_httpMethod->addItem(QString::fromLatin1(m));
    m_url = new QLineEdit(httpPage);
    m_url->setObjectName(QStringLiteral("replayUrl"));
    requestLine->addWidget(m_httpMethod);
    requestLine->addWidget(m_url, 1);
    httpForm->addRow(requestLine);
    m_headers = createEditor(httpPage, "replayHeaders");
    m_headersLabel = createPlainLabel(httpPage);
    httpForm->addRow(m_headersLabel, m_headers);
    m_redacted = createPlainLabel(httpPage);
    m_redacted->setObjectName(QStringLiteral("redactedHeaders"));
    m_redacted->setWordWrap(true);
    Theme::setBanner(m_redacted, Theme::Banner::Warning,
                     QStringLiteral("padding: 4px; border-radius: 3px;"));
    httpForm->addRow(QString(), m_redacted);
    m_body = createEditor(httpPage, "replayBody");
    new JsonHighlighter(m_body->document());
    m_bodyLabel = createPlainLabel(httpPage);
    httpForm->addRow(m_bodyLabel, m_body);
    m_mode->addTab(httpPage, QString());

    m_diff = new DiffView(m_split);
    m_diff->setObjectName(QStringLiteral("replayDiff"));
    m_diff->hide();
    m_split->addWidget(m_mode);
    m_split->addWidget(m_diff);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 3);
    m_split->setChildrenCollapsible(false);
    layout->addWidget(m_split, 1);

    m_message = createPlainLabel(this);
    m_message->setObjectName(QStringLiteral("replayMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_sendAnyway = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_sendAnyway->setObjectName(QStringLiteral("replaySendAnyway"));
    m_sendAnyway->hide();
    m_send = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("replaySend"));
    m_send->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    // Send must not close the dialog: the comparison shows here.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_send, &QPushButton::clicked, this, [this] { send(false); });
    connect(m_sendAnyway, &QPushButton::clicked, this, [this] { send(true); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);

    // Fill the editors from the capture.
    const Exchange &e = m_source.exchange;
    if (m_source.call) {
        m_method->setText(m_source.call->method);
        // As sent: its key order and bytes (QJsonObject would sort them).
        const auto indented = indentJson(m_source.call->paramsText);
        m_params->setPlainText(indented && !m_source.call->paramsText.isEmpty()
                                   ? QString::fromUtf8(*indented)
                                   : pretty(m_source.call->params));
    }
    m_httpMethod->setCurrentText(QString::fromLatin1(e.method));
    m_url->setText(e.url);
    QStringList headerLines;
    for (const auto &header : e.requestHeaders)
        headerLines << QString::fromLatin1(header.first) + QStringLiteral(": ") +
                           QString::fromUtf8(header.second);
    m_headers->setPlainText(headerLines.join(QLatin1Char('\n')));
    m_body->setPlainText(QString::fromUtf8(e.requestBody));
    m_mode->setTabEnabled(CallMode, m_source.call.has_value());
    m_mode->setCurrentIndex(m_source.call ? CallMode : HttpMode);

    retranslateUi();
    fillTargets();
    validateParams();
    connect(m_params, &QPlainTextEdit::textChanged, this, &ReplayDialog::validateParams);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ReplayDialog::validateParams);
    connect(m_mode, &QTabWidget::currentChanged, this, [this] {
        fillTargets();
        validateParams();
    });
    resize(1000, 720);
    (m_source.call ? m_params : m_headers)->setFocus();
}

ReplayDialog::~ReplayDialog() = default;

void ReplayDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReplayDialog::retranslateUi()
{
    const Exchange &e = m_source.exchange;
    setWindowTitle(tr("Replay #%1").arg(e.id));
    const QString request = QString::fromLatin1(e.method) + QLatin1Char(' ') + pathOf(e.url);
    if (m_source.call) {
        const QString subject = m_source.call->subject();
        m_sourceLabel->setText(subject.isEmpty() ? tr("Replaying %1 (exchange #%2, %3)")
                                                       .arg(m_source.call->method)
                                                       .arg(e.id)
                                                       .arg(request)
                                                 : tr("Replaying %1 %2 (exchange #%3, %4)")
                                                       .arg(m_source.call->method, subject)
                                                       .arg(e.id)
                                                       .arg(request));
    } else {
        m_sourceLabel->setText(tr("Replaying exchange #%1: %2").arg(e.id).arg(request));
    }
    m_targetLabel->setText(tr("Send to:"));
    m_mode->setTabText(CallMode, tr("Call"));
    m_mode->setTabText(HttpMode, tr("HTTP request"));
    m_mode->setTabToolTip(CallMode, m_source.call
                                        ? tr("The JSON-RPC request, sent through an MCP session")
                                        : tr("This exchange carried no JSON-RPC request"));
    m_methodLabel->setText(tr("Method:"));
    m_paramsLabel->setText(tr("Params (JSON):"));
    m_headersLabel->setText(tr("Headers:"));
    m_headers->setPlaceholderText(tr("Name: value, one per line"));
    m_bodyLabel->setText(tr("Body:"));
    const QList<QByteArray> redacted = ExchangeReplay::redactedHeaderNames(e.requestHeaders);
    QStringList names;
    for (const QByteArray &name : redacted)
        names << QString::fromLatin1(name);
    m_redacted->setText(
        tr("Redacted in the capture: %1. A redacted value is not sent: type the real value in "
           "its place, or send through an MCP session, which adds its own Authorization.")
            .arg(names.join(QStringLiteral(", "))));
    m_redacted->setVisible(!redacted.isEmpty());
    m_send->setText(tr("Send"));
    m_sendAnyway->setText(tr("Send anyway"));
    m_sendAnyway->setToolTip(tr("Send the arguments although they do not validate"));
}

ReplayDialog::Mode ReplayDialog::mode() const
{
    return Mode(m_mode->currentIndex());
}

void ReplayDialog::fillTargets()
{
    const QString previous = m_target->currentText();
    m_target->blockSignals(true);
    m_target->clear();
    int preferred = -1;
    for (int i = 0; i < m_targets.size(); ++i) {
        const ReplayTarget &target = m_targets.at(i);
        if (mode() == CallMode && !target.mcp)
            continue;
        m_target->addItem(target.label, i);
        const int row = m_target->count() - 1;
        if (target.label == previous)
            preferred = row;
        else if (preferred < 0 && !m_source.recordedTarget.isEmpty() &&
                 target.target == m_source.recordedTarget && (target.mcp || mode() == HttpMode))
            preferred = row;
    }
    if (m_target->count() == 0)
        m_target->addItem(tr("(no open MCP session: connect one first)"), -1);
    m_target->setCurrentIndex(std::max(0, preferred));
    m_target->blockSignals(false);
}

const ReplayTarget *ReplayDialog::currentTarget() const
{
    const int index = m_target->currentData().toInt();
    return index >= 0 && index < m_targets.size() ? &m_targets.at(index) : nullptr;
}

void ReplayDialog::validateParams()
{
    m_sendAnyway->hide();
    if (mode() != CallMode) {
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_params->toPlainText().toUtf8(), &error);
    Theme::Tone tone = Theme::Tone::Success;
    QString state = tr("Valid JSON");
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        tone = Theme::Tone::Error;
        state = error.error != QJsonParseError::NoError ? tr("Not valid JSON: %1 at character %2.")
                                                              .arg(error.errorString())
                                                              .arg(error.offset)
                                                        : tr("The params must be a JSON object.");
    } else if (m_method->text() == u"tools/call") {
        const QString tool = doc.object().value(QStringLiteral("name")).toString();
        const ReplayTarget *target = currentTarget();
        const QJsonObject schema =
            target && target->toolSchema ? target->toolSchema(tool) : QJsonObject();
        if (!schema.isEmpty()) {
            const auto violations = JsonSchemaValidator(schema).validate(
                doc.object().value(QStringLiteral("arguments")).toObject());
            if (!violations.isEmpty()) {
                tone = Theme::Tone::Warning;
                QStringList lines;
                for (const SchemaViolation &v : violations.mid(0, 3))
                    lines << (v.instancePath.isEmpty()
                                  ? v.message
                                  : v.instancePath + QStringLiteral(": ") + v.message);
                state = tr("The arguments do not validate against the input schema of %1 on this "
                           "server: %2")
                            .arg(tool, lines.join(QStringLiteral("; ")));
            } else {
                state = tr("Valid JSON; the arguments validate against the input schema of %1.")
                            .arg(tool);
            }
        }
    }
    m_paramsState->setText(state);
    Theme::setTone(m_paramsState, tone);
}

void ReplayDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    if (error)
        Theme::setBanner(m_message, Theme::Banner::Error,
                         QStringLiteral("padding: 4px; border-radius: 3px;"));
    else
        Theme::setTone(m_message, Theme::Tone::Normal);
    m_message->setVisible(!text.isEmpty());
}

void ReplayDialog::showDiff()
{
    if (m_diff->isVisible())
        return;
    m_diff->show();
    // The comparison is what the user came for: it gets most of the height.
    const int total = m_split->height();
    m_split->setSizes({total * 2 / 5, total - total * 2 / 5});
}

void ReplayDialog::setBusy(bool busy)
{
    m_send->setEnabled(!busy);
    m_sendAnyway->setEnabled(!busy);
    m_target->setEnabled(!busy);
    m_mode->tabBar()->setEnabled(!busy);
}

void ReplayDialog::send(bool anyway)
{
    if (m_call || m_http)
        return; // one at a time
    if (mode() == CallMode)
        sendCall(anyway);
    else
        sendHttp();
}

void ReplayDialog::sendCall(bool anyway)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_params->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        showMessage(error.error != QJsonParseError::NoError
                        ? tr("Nothing was sent: the params are not valid JSON (%1 at character "
                             "%2). Correct them and send again.")
                              .arg(error.errorString())
                              .arg(error.offset)
                        : tr("Nothing was sent: the params must be a JSON object."),
                    true);
        return;
    }
    const ReplayTarget *target = currentTarget();
    McpSession *session = target && target->session ? target->session() : nullptr;
    if (!session || !session->client() || !session->client()->isConnected()) {
        showMessage(tr("Nothing was sent: there is no connected MCP session to send to. Connect "
                       "to a server (File ▸ Connect…), then replay again."),
                    true);
        return;
    }
    const QJsonObject params = doc.object();
    if (!anyway && m_method->text() == u"tools/call" && target->toolSchema) {
        const QString tool = params.value(QStringLiteral("name")).toString();
        const QJsonObject schema = target->toolSchema(tool);
        if (!schema.isEmpty() &&
            !JsonSchemaValidator(schema).isValid(params.value(QStringLiteral("arguments")))) {
            validateParams();
            m_sendAnyway->show();
            showMessage(tr("Nothing was sent: the arguments do not validate against the input "
                           "schema of %1 on %2. Edit them, or choose Send anyway to see what "
                           "the server says.")
                            .arg(tool, target->label),
                        true);
            return;
        }
    }
    RecordedRequest request = *m_source.call;
    request.params = params;
    // Sent as written (the user's order and bytes), when our reader agrees it is JSON.
    request.paramsText = compactJson(m_params->toPlainText().toUtf8()).value_or(QByteArray());
    m_call = new CallReplay(session, this);
    connect(m_call, &CallReplay::finished, this, &ReplayDialog::callFinished);
    setBusy(true);
    showMessage(tr("Sending %1 to %2…").arg(request.method, target->label), false);
    m_call->start(request, m_diff->ignoreRules());
}

void ReplayDialog::callFinished()
{
    CallReplay *call = m_call;
    if (!call)
        return;
    const CallReplayOutcome &outcome = call->outcome();
    const RecordedRequest &request = call->request();
    QString text;
    if (outcome.answer.kind == RecordedAnswer::Kind::None)
        text = tr("The replay got no answer: %1").arg(outcome.error.message);
    else
        text = tr("Replayed as message #%1 (exchange #%2) in %3 ms.")
                   .arg(outcome.messageId)
                   .arg(outcome.exchangeId)
                   .arg(outcome.latencyMs, 0, 'f', 0);
    showMessage(text, outcome.answer.kind == RecordedAnswer::Kind::None);
    if (outcome.answer.kind != RecordedAnswer::Kind::None) {
        showDiff();
        m_diff->compare(DiffSide::fromValue(tr("Original #%1").arg(m_source.exchange.id),
                                            request.answer.asJson(), request.latencyMs),
                        DiffSide::fromValue(outcome.exchangeId > 0
                                                ? tr("Replay #%1").arg(outcome.exchangeId)
                                                : tr("Replay"),
                                            outcome.answer.asJson(), outcome.latencyMs));
    }
    call->deleteLater();
    m_call = nullptr;
    setBusy(false);
    Q_EMIT replayFinished();
}

void ReplayDialog::sendHttp()
{
    HttpRequest request;
    request.method = m_httpMethod->currentText().trimmed().toLatin1();
    request.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    if (request.method.isEmpty()) {
        showMessage(tr("Nothing was sent: the method is empty."), true);
        return;
    }
    if (!request.url.isValid() || request.url.scheme().isEmpty() || request.url.host().isEmpty()) {
        showMessage(
            tr("Nothing was sent: %1 is not a valid URL (scheme://host/path).").arg(m_url->text()),
            true);
        return;
    }
    const QStringList lines = m_headers->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            showMessage(tr("Nothing was sent: header line %1 is not \"Name: value\".").arg(i + 1),
                        true);
            return;
        }
        request.headers.append(
            {line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    request.body = m_body->toPlainText().toUtf8();
    const ReplayTarget *target = currentTarget();
    McpSession *session = target && target->session ? target->session() : nullptr;
    if (!session || session->state() != McpSession::State::Open) {
        showMessage(tr("Nothing was sent: the session to send through is not open (it may have "
                       "been closed). Pick another, or connect again."),
                    true);
        return;
    }
    m_http = new ExchangeReplay(session, this);
    connect(m_http, &ExchangeReplay::finished, this, &ReplayDialog::httpFinished);
    setBusy(true);
    showMessage(
        tr("Sending %1 %2…").arg(QString::fromLatin1(request.method), request.url.toString()),
        false);
    m_http->start(m_source.exchange, request, m_diff->ignoreRules());
}

void ReplayDialog::httpFinished()
{
    ExchangeReplay *replay = m_http;
    if (!replay)
        return;
    const ExchangeReplayOutcome &outcome = replay->outcome();
    const Exchange &e = outcome.exchange;
    if (e.status == 0) {
        showMessage(
            tr("The replay got no response: %1")
                .arg(outcome.error.message.isEmpty() ? e.errorMessage : outcome.error.message),
            true);
    } else {
        showMessage(tr("Replayed as exchange #%1: HTTP %2 in %3 ms.")
                        .arg(e.id)
                        .arg(e.status)
                        .arg(e.totalMs, 0, 'f', 0),
                    false);
        showDiff();
        m_diff->compare(
            DiffSide::fromValue(tr("Original #%1").arg(m_source.exchange.id),
                                outcome.originalComparable, m_source.exchange.totalMs),
            DiffSide::fromValue(tr("Replay #%1").arg(e.id), outcome.replayComparable, e.totalMs));
    }
    replay->deleteLater();
    m_http = nullptr;
    setBusy(false);
    Q_EMIT replayFinished();
}

} // namespace mcpscope
