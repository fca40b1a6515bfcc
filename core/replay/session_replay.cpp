#include "replay/session_replay.h"

#include "mcp/json_rpc.h"
#include "mcp/json_schema.h"
#include "mcp/mcp_client.h"
#include "net/exchange_sink.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace mcpscope {

namespace {

QString kindName(JsonChange::Kind kind)
{
    switch (kind) {
    case JsonChange::Kind::Added:
        return QStringLiteral("added");
    case JsonChange::Kind::Removed:
        return QStringLiteral("removed");
    case JsonChange::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

// The connection is gone (not one call refused): the run cannot go on.
bool connectionLost(const Error &error)
{
    switch (error.code) {
    case ErrorCode::McpTransport:
    case ErrorCode::McpStdio:
    case ErrorCode::McpClosed:
        return true;
    default:
        return false;
    }
}

} // namespace

QString ReplayReport::stateName(ReplayState state)
{
    switch (state) {
    case ReplayState::Same:
        return QStringLiteral("same");
    case ReplayState::Changed:
        return QStringLiteral("changed");
    case ReplayState::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject ReplayReport::toJson() const
{
    QJsonArray list;
    for (const ReplayedCall &call : calls) {
        QJsonArray changes;
        for (const JsonChange &change : call.changes) {
            QJsonObject c{{QStringLiteral("pointer"), change.pointer},
                          {QStringLiteral("kind"), kindName(change.kind)}};
            if (!change.oldValue.isUndefined())
                c.insert(QStringLiteral("old"), change.oldValue);
            if (!change.newValue.isUndefined())
                c.insert(QStringLiteral("new"), change.newValue);
            changes.append(c);
        }
        QJsonObject c{{QStringLiteral("index"), call.index},
                      {QStringLiteral("method"), call.method},
                      {QStringLiteral("state"), stateName(call.state)},
                      {QStringLiteral("changes"), changes},
                      {QStringLiteral("recordedMs"), call.recordedMs},
                      {QStringLiteral("replayedMs"), call.replayedMs}};
        if (!call.name.isEmpty())
            c.insert(QStringLiteral("name"), call.name);
        if (!call.failure.isEmpty())
            c.insert(QStringLiteral("failure"), call.failure);
        if (!call.note.isEmpty())
            c.insert(QStringLiteral("note"), call.note);
        list.append(c);
    }
    return {{QStringLiteral("recordedSession"), recordedSessionId},
            {QStringLiteral("replaySession"), replaySessionId},
            {QStringLiteral("target"), target},
            {QStringLiteral("calls"), list},
            {QStringLiteral("totals"),
             QJsonObject{{QStringLiteral("calls"), int(calls.size())},
                         {QStringLiteral("same"), same},
                         {QStringLiteral("changed"), changed},
                         {QStringLiteral("failed"), failed},
                         {QStringLiteral("serverRequestsAnswered"), serverRequestsAnswered},
                         {QStringLiteral("serverRequestsUnmatched"), serverRequestsUnmatched}}}};
}

void ReplayReport::add(const ReplayedCall &call)
{
    calls.append(call);
    switch (call.state) {
    case ReplayState::Same:
        ++same;
        break;
    case ReplayState::Changed:
        ++changed;
        break;
    case ReplayState::Failed:
        ++failed;
        break;
    }
}

SessionReplay::SessionReplay(ExchangeSink *sink, QObject *parent) : QObject(parent), m_sink(sink) {}

SessionReplay::~SessionReplay() = default;

void SessionReplay::start(const RecordedSession &recorded, const McpSessionOptions &options,
                          const IgnoreRules &rules)
{
    if (m_started)
        return;
    m_started = true;
    m_recorded = recorded;
    m_rules = rules;
    m_report.recordedSessionId = recorded.sessionId;
    m_report.target = options.target;

    McpSessionOptions opts = options;
    if (opts.captureName.isEmpty())
        opts.captureName = tr("Replay of session %1").arg(recorded.sessionId);
    if (opts.captureKind.isEmpty())
        opts.captureKind = QStringLiteral("mcp");
    // The client offers what the recorded one did: the server then asks for
    // roots exactly when it did before, and servers that list tools by the
    // client's capabilities (server-everything's roots and URL elicitation
    // tools) list the same ones.
    const QJsonObject capabilities =
        recorded.initializeParams.value(QStringLiteral("capabilities")).toObject();
    opts.rootsSupported = capabilities.contains(QStringLiteral("roots"));
    opts.urlElicitationSupported = capabilities.value(QStringLiteral("elicitation"))
                                       .toObject()
                                       .contains(QStringLiteral("url"));
    opts.queueServerRequests = false;
    if (opts.closeTimeoutMs <= 0)
        opts.closeTimeoutMs = 5000;

    m_session = new McpSession(m_sink, this);
    McpClient *client = m_session->client();
    client->setServerRequestHandler(
        [this](const JsonRpcMessage &request) { return answerServerRequest(request); });
    connect(client, &McpClient::connected, this, [this] {
        if (!m_finished && !m_closing && m_next == 0 && !m_call)
            sendNext();
    });
    connect(client, &McpClient::failed, this, [this](const Error &error) { abort(error); });
    connect(m_session, &McpSession::closed, this, [this] {
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT finished();
    });
    if (auto opened = m_session->open(opts); !opened) {
        m_error = opened.error();
        m_closing = true;
        m_session->close(); // closed() follows, asynchronously
        return;
    }
    m_report.replaySessionId = m_session->captureSessionId();
    if (m_sink && m_report.replaySessionId > 0 && recorded.sessionId > 0)
        m_sink->linkReplay(ExchangeSink::ReplayLink::Session, m_report.replaySessionId,
                           recorded.sessionId);
}

void SessionReplay::sendNext()
{
    if (m_closing)
        return;
    // Notifications go out at once; a request waits for its answer.
    while (m_next < m_recorded.requests.size()) {
        const RecordedRequest &request = m_recorded.requests.at(m_next);
        if (request.notification) {
            ++m_next;
            if (request.method == u"notifications/cancelled")
                continue; // cancels a request id of the recording, not ours
            m_session->client()->notify(request.method, request.params);
            continue;
        }
        m_pendingNote = argumentsNote(request);
        m_call = new CallReplay(m_session, this);
        connect(m_call, &CallReplay::finished, this, &SessionReplay::onCallFinished);
        m_call->start(request, m_rules);
        ++m_next;
        return;
    }
    closeSession();
}

QString SessionReplay::argumentsNote(const RecordedRequest &request) const
{
    if (request.method != u"tools/call")
        return {};
    const auto schema = m_inputSchemas.constFind(request.subject());
    if (schema == m_inputSchemas.cend())
        return {}; // this run has not listed the tool: nothing to check against
    const QList<SchemaViolation> violations =
        JsonSchemaValidator(*schema).validate(request.params.value(QStringLiteral("arguments")));
    if (violations.isEmpty())
        return {};
    const SchemaViolation &first = violations.first();
    return tr("Sent anyway: the recorded arguments do not validate against the tool's current "
              "inputSchema (%1: %2; %n problem(s)).",
              nullptr, int(violations.size()))
        .arg(first.instancePath.isEmpty() ? QStringLiteral("/") : first.instancePath,
             first.message);
}

void SessionReplay::onCallFinished()
{
    CallReplay *call = m_call;
    if (!call)
        return;
    m_call = nullptr;
    call->deleteLater();
    const CallReplayOutcome &outcome = call->outcome();
    const RecordedRequest &request = call->request();
    ReplayedCall done;
    done.index = m_callIndex++;
    done.method = request.method;
    done.name = request.subject();
    done.state = outcome.state;
    done.changes = outcome.changes;
    done.recordedMs = request.latencyMs;
    done.replayedMs = outcome.latencyMs;
    done.note = std::exchange(m_pendingNote, QString());
    // The tools this server lists now: later calls' arguments are checked
    // against them.
    if (request.method == u"tools/list" && outcome.answer.kind == RecordedAnswer::Kind::Result) {
        for (const QJsonValue &tool :
             outcome.answer.result.toObject().value(QStringLiteral("tools")).toArray()) {
            const QJsonObject object = tool.toObject();
            m_inputSchemas.insert(object.value(QStringLiteral("name")).toString(),
                                  object.value(QStringLiteral("inputSchema")).toObject());
        }
    }
    if (outcome.answer.kind != RecordedAnswer::Kind::None)
        done.answer = outcome.answer.asJson();
    if (outcome.state == ReplayState::Failed)
        done.failure = outcome.error.message;
    else if (outcome.diffError.code != ErrorCode::None)
        done.failure = outcome.diffError.message;
    m_report.add(done);
    Q_EMIT callFinished(done);
    if (outcome.answer.kind == RecordedAnswer::Kind::None && connectionLost(outcome.error)) {
        abort(outcome.error);
        return;
    }
    sendNext();
}

Result<QJsonObject> SessionReplay::answerServerRequest(const JsonRpcMessage &request)
{
    // The next recorded request of the same method, in order.
    const QList<RecordedServerRequest> &recorded = m_recorded.serverRequests;
    for (int i = m_serverRequestCursor.value(request.method, 0); i < recorded.size(); ++i) {
        if (recorded.at(i).method != request.method)
            continue;
        m_serverRequestCursor.insert(request.method, i + 1);
        const RecordedAnswer &answer = recorded.at(i).answer;
        if (answer.kind == RecordedAnswer::Kind::None)
            break; // never answered then: refused now
        ++m_report.serverRequestsAnswered;
        if (answer.kind == RecordedAnswer::Kind::Result)
            return answer.result.toObject();
        return Failure{Error{ErrorCode::JsonRpcAnswer, answer.errorMessage, answer.errorCode}};
    }
    if (request.method == u"ping")
        return QJsonObject{};
    ++m_report.serverRequestsUnmatched;
    return Failure{
        Error{ErrorCode::JsonRpcAnswer,
              tr("The recorded session has no answer to %1 left to give.").arg(request.method),
              JsonRpcCode::MethodNotFound}};
}

void SessionReplay::abort(const Error &error)
{
    if (m_finished || m_closing)
        return;
    m_error = error;
    closeSession();
}

void SessionReplay::stop()
{
    if (!m_started || m_finished || m_closing || !m_session)
        return;
    m_stopped = true;
    if (CallReplay *call = m_call) {
        m_call = nullptr;
        disconnect(call, nullptr, this, nullptr);
        call->deleteLater();
    }
    closeSession();
}

void SessionReplay::closeSession()
{
    if (m_closing)
        return;
    m_closing = true;
    m_session->close(); // closed() follows
}

} // namespace mcpscope
