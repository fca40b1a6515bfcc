#include "replay/call_replay.h"

#include "mcp/mcp_client.h"
#include "net/exchange_sink.h"
#include "session/mcp_session.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

namespace mcpscope {

CallReplay::CallReplay(McpSession *session, QObject *parent) : QObject(parent), m_session(session)
{
}

CallReplay::~CallReplay()
{
    if (m_pending)
        m_pending->deleteLater();
}

ReplayState CallReplay::compare(const RecordedAnswer &recorded, const RecordedAnswer &replayed,
                                const QList<JsonChange> &changes)
{
    using Kind = RecordedAnswer::Kind;
    if (replayed.kind == Kind::None)
        return recorded.kind == Kind::None ? ReplayState::Same : ReplayState::Failed;
    if (recorded.kind == Kind::Result && replayed.kind == Kind::Error)
        return ReplayState::Failed;
    if (recorded.kind != replayed.kind)
        return ReplayState::Changed; // an error then, an answer now
    return changes.isEmpty() ? ReplayState::Same : ReplayState::Changed;
}

void CallReplay::start(const RecordedRequest &request, const IgnoreRules &rules)
{
    if (m_started)
        return;
    m_started = true;
    m_request = request;
    m_rules = rules;
    m_clock.start();
    McpClient *client = m_session ? m_session->client() : nullptr;
    if (!client || !client->isConnected()) {
        m_outcome.error = {ErrorCode::McpClosed,
                           QCoreApplication::translate("mcpscope::CallReplay",
                                                       "%1 was not replayed: the session is not "
                                                       "connected. Connect, then replay again.")
                               .arg(request.method)};
        // Async APIs finish asynchronously, even when they fail at once.
        QTimer::singleShot(0, this, &CallReplay::finish);
        return;
    }
    if (request.notification) {
        client->notify(request.method, request.params);
        QTimer::singleShot(0, this, &CallReplay::finish);
        return;
    }
    // The params as recorded or typed go out as that text: a replay sends
    // back what was sent, in its key order and with its bytes. Params edited
    // since (the text no longer says what params holds) go as edited.
    const bool textIsParams =
        !request.paramsText.isEmpty() &&
        QJsonDocument::fromJson(request.paramsText).object() == request.params;
    m_pending = textIsParams ? client->requestText(request.method, request.paramsText, false)
                             : client->request(request.method, request.params);
    connect(m_pending, &McpRequest::finished, this, &CallReplay::onFinished);
}

void CallReplay::onFinished()
{
    McpRequest *request = m_pending;
    if (!request)
        return;
    m_outcome.latencyMs = m_clock.nsecsElapsed() / 1e6;
    m_outcome.messageId = request->messageId();
    m_outcome.exchangeId = request->exchangeId();
    if (request->succeeded()) {
        m_outcome.answer.kind = RecordedAnswer::Kind::Result;
        m_outcome.answer.result = request->result();
    } else if (request->rpcErrorCode()) {
        m_outcome.answer.kind = RecordedAnswer::Kind::Error;
        m_outcome.answer.errorCode = *request->rpcErrorCode();
        // The server's own message, as the recording has it (the request's
        // error() wraps it in a sentence of ours).
        const QString text = request->error().message;
        const QString marker = QStringLiteral(": ");
        const QString prefix = QStringLiteral("%1 failed with JSON-RPC error %2")
                                   .arg(request->method())
                                   .arg(*request->rpcErrorCode());
        m_outcome.answer.errorMessage = text;
        if (text.startsWith(prefix + marker))
            m_outcome.answer.errorMessage = text.mid(prefix.size() + marker.size());
        m_outcome.answer.errorData = request->rpcErrorData();
        m_outcome.error = request->error();
    } else {
        m_outcome.error = request->error();
    }
    if (m_session && m_session->sink() && m_session->sink()->isOpen()) {
        ExchangeSink *sink = m_session->sink();
        if (m_outcome.messageId > 0 && m_request.messageId > 0)
            sink->linkReplay(ExchangeSink::ReplayLink::Message, m_outcome.messageId,
                             m_request.messageId);
        if (m_outcome.exchangeId > 0 && m_request.exchangeId > 0)
            sink->linkReplay(ExchangeSink::ReplayLink::Exchange, m_outcome.exchangeId,
                             m_request.exchangeId);
    }
    request->deleteLater();
    m_pending = nullptr;
    finish();
}

void CallReplay::finish()
{
    if (m_finished)
        return;
    const RecordedAnswer &recorded = m_request.answer;
    if (recorded.kind != RecordedAnswer::Kind::None &&
        m_outcome.answer.kind != RecordedAnswer::Kind::None) {
        auto diff = JsonDiff::compare(recorded.asJson(), m_outcome.answer.asJson(), m_rules);
        if (diff)
            m_outcome.changes = *diff;
        else
            m_outcome.diffError = diff.error();
    }
    m_outcome.state = compare(recorded, m_outcome.answer, m_outcome.changes);
    if (m_outcome.diffError.code != ErrorCode::None && m_outcome.state == ReplayState::Same)
        m_outcome.state = ReplayState::Changed; // not shown to match: not the same
    m_finished = true;
    Q_EMIT finished();
}

} // namespace mcpscope
