#include "replay/exchange_replay.h"

#include "common/known_secrets.h"
#include "common/ordered_json.h"
#include "mcp/json_rpc.h"
#include "mcp/mcp_client.h"
#include "net/exchange_sink.h"
#include "session/mcp_session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QThread>
#include <QTimer>

namespace mcpscope {

namespace {

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &header : headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

std::optional<RecordedRequest> requestCarriedBy(const Exchange &exchange,
                                                const QList<MessageRecord> &messages)
{
    if (exchange.id <= 0)
        return std::nullopt;
    std::optional<RecordedRequest> out;
    QString rpcId;
    for (const MessageRecord &record : messages) {
        if (record.exchangeId != exchange.id)
            continue;
        auto decoded = decodeJsonRpc(record.payload);
        if (!decoded || decoded->size() != 1)
            continue;
        const JsonRpcMessage &message = decoded->constFirst();
        if (record.outgoing && message.kind == JsonRpcMessage::Kind::Request && !out) {
            out = RecordedRequest{false,      message.method,   message.params.toObject(),
                                  {},         exchange.totalMs, record.id,
                                  exchange.id};
            out->paramsText = jsonMember(message.raw, u"params").value_or(QByteArray());
            rpcId = idKey(message.id);
        } else if (out && !record.outgoing &&
                   (record.responseTo == out->messageId ||
                    (record.responseTo == 0 && idKey(message.id) == rpcId)) &&
                   (message.kind == JsonRpcMessage::Kind::Response ||
                    message.kind == JsonRpcMessage::Kind::Error)) {
            RecordedAnswer &answer = out->answer;
            answer.messageId = record.id;
            if (message.kind == JsonRpcMessage::Kind::Response) {
                answer.kind = RecordedAnswer::Kind::Result;
                answer.result = message.result;
            } else {
                answer.kind = RecordedAnswer::Kind::Error;
                answer.errorCode = message.errorCode;
                answer.errorMessage = message.errorMessage;
                answer.errorData = message.errorData;
            }
            if (record.latencyMs >= 0)
                out->latencyMs = record.latencyMs;
            break;
        }
    }
    return out;
}

ExchangeReplay::ExchangeReplay(McpSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

ExchangeReplay::~ExchangeReplay()
{
    if (m_call)
        m_call->deleteLater();
}

bool ExchangeReplay::isRedacted(QByteArrayView value)
{
    return QByteArrayView(value).indexOf(kRedactedPlaceholder) >= 0;
}

QList<QByteArray> ExchangeReplay::redactedHeaderNames(const HeaderList &headers)
{
    QList<QByteArray> out;
    for (const auto &header : headers)
        if (isRedacted(header.second))
            out << header.first;
    return out;
}

QJsonObject ExchangeReplay::comparable(const Exchange &exchange)
{
    QJsonObject out;
    out.insert(QStringLiteral("status"), exchange.status);
    QMap<QString, QString> headers; // sorted by name: the diff pairs them by name anyway
    for (const auto &header : exchange.responseHeaders) {
        const QString name = QString::fromLatin1(header.first).toLower();
        const QString value = QString::fromUtf8(header.second);
        auto it = headers.find(name);
        if (it == headers.end())
            headers.insert(name, value);
        else
            *it += QStringLiteral(", ") + value;
    }
    QJsonObject headerObject;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        headerObject.insert(it.key(), it.value());
    out.insert(QStringLiteral("headers"), headerObject);
    if (!exchange.responseBody.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(exchange.responseBody, &error);
        if (error.error == QJsonParseError::NoError && !doc.isNull())
            out.insert(QStringLiteral("body"),
                       doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        else
            out.insert(QStringLiteral("body"), QString::fromUtf8(exchange.responseBody));
    }
    if (exchange.failed())
        out.insert(QStringLiteral("error"), exchange.errorMessage);
    return out;
}

void ExchangeReplay::start(const Exchange &original, const HttpRequest &request,
                           const IgnoreRules &rules)
{
    if (m_started)
        return;
    m_started = true;
    m_original = original;
    m_rules = rules;
    m_sent = request;
    m_sent.headers.removeIf([](const auto &header) { return isRedacted(header.second); });
    HttpClient *http = m_session ? m_session->http() : nullptr;
    if (!http || m_session->state() != McpSession::State::Open) {
        m_outcome.error = {ErrorCode::McpClosed,
                           tr("%1 %2 was not replayed: the session to send it through is not "
                              "open. Open it (or pick another), then replay again.")
                               .arg(QString::fromLatin1(request.method), request.url.toString())};
        QTimer::singleShot(0, this, &ExchangeReplay::finish);
        return;
    }
    if (m_session->options().kind != McpSessionOptions::Kind::None) {
        // The session's own headers stand in for what the capture redacted.
        if (McpClient *client = m_session->client()) {
            for (const auto &header : client->extraHeaders())
                if (!hasHeader(m_sent.headers, header.first))
                    m_sent.headers.append(header);
            if (!client->bearerToken().isEmpty() && !hasHeader(m_sent.headers, "Authorization"))
                m_sent.headers.append(
                    {"Authorization", "Bearer " + client->bearerToken().toLatin1()});
        }
    }
    m_call = http->send(m_sent);
    connect(m_call, &HttpCall::finished, this, &ExchangeReplay::onFinished);
}

void ExchangeReplay::onFinished()
{
    HttpCall *call = m_call;
    if (!call)
        return;
    m_outcome.exchange = call->exchange();
    if (m_outcome.exchange.failed())
        m_outcome.error = {m_outcome.exchange.errorCode, m_outcome.exchange.errorMessage};
    if (m_session && m_session->sink() && m_session->sink()->isOpen() &&
        m_outcome.exchange.id > 0 && m_original.id > 0)
        m_session->sink()->linkReplay(ExchangeSink::ReplayLink::Exchange, m_outcome.exchange.id,
                                      m_original.id);
    call->deleteLater();
    m_call = nullptr;
    compare();
}

void ExchangeReplay::compare()
{
    if (m_outcome.exchange.status <= 0 && m_outcome.exchange.id <= 0) {
        finish();
        return;
    }
    // A 50 MB body is parsed and diffed here: off the GUI thread.
    struct Work
    {
        QJsonObject original;
        QJsonObject replay;
        Result<QList<JsonChange>> changes = QList<JsonChange>{};
    };
    auto work = std::make_shared<Work>();
    QThread *worker = QThread::create(
        [work, original = m_original, replay = m_outcome.exchange, rules = m_rules] {
            work->original = comparable(original);
            work->replay = comparable(replay);
            work->changes = JsonDiff::compare(work->original, work->replay, rules);
        });
    worker->setObjectName(QStringLiteral("exchange-replay-diff"));
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, work] {
        m_outcome.originalComparable = work->original;
        m_outcome.replayComparable = work->replay;
        if (work->changes)
            m_outcome.changes = *work->changes;
        else
            m_outcome.diffError = work->changes.error();
        finish();
    });
    worker->start(QThread::LowPriority);
}

void ExchangeReplay::finish()
{
    if (m_finished)
        return;
    if (m_outcome.exchange.status == 0 && m_original.status > 0)
        m_outcome.state = ReplayState::Failed;
    else if (!m_outcome.changes.isEmpty() || m_outcome.diffError.code != ErrorCode::None ||
             m_outcome.error.code != ErrorCode::None)
        m_outcome.state = ReplayState::Changed;
    else
        m_outcome.state = ReplayState::Same;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace mcpscope
