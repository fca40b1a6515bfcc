#include "session/mcp_session.h"

#include "common/findings.h"
#include "net/exchange_sink.h"
#include "session/mcp_authorizer.h"

#include <QDateTime>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

namespace mcpscope {

McpSession::McpSession(ExchangeSink *sink, QObject *parent)
    : QObject(parent), m_sink(sink), m_http(new HttpClient(sink, this)),
      m_authorizer(new McpAuthorizer(m_http, this)), m_client(new McpClient(m_http, sink, this))
{
    connect(m_client, &McpClient::findingRaised, this, &McpSession::recordFinding);
    // A dead session's token is not refreshed (nothing is sent for it any
    // more); one that comes back (Reconnect) refreshes again.
    connect(m_client, &McpClient::failed, m_authorizer, &McpAuthorizer::stopRefreshing);
    connect(m_client, &McpClient::connected, m_authorizer, &McpAuthorizer::resumeRefreshing);
    // A failed authorization is explained by its step's finding (the flow's
    // checks, the server's OAuth error), recorded like the client's own.
    connect(m_authorizer->flow(), &OAuthFlow::finished, this, [this](bool ok) {
        if (ok)
            return;
        const Finding finding = m_authorizer->flow()->failureFinding();
        if (!finding.kind.isEmpty())
            recordFinding(finding);
    });
}

McpSession::~McpSession()
{
    // Nothing is recorded as the parts go: whoever holds the finding sink may
    // be going too.
    disconnect(m_client, &McpClient::findingRaised, this, nullptr);
    disconnect(m_authorizer->flow(), &OAuthFlow::finished, this, nullptr);
    // The client closes its transport as it goes, and that still sends
    // through m_http (a DELETE nobody waits for), so it goes first; the
    // authorizer's handler is installed on it, so that goes after it.
    delete m_client;
    m_client = nullptr;
    endCapture();
    delete m_authorizer;
    m_authorizer = nullptr;
    delete m_http;
    m_http = nullptr;
}

Result<void> McpSession::open(const McpSessionOptions &options)
{
    if (m_state != State::New)
        return makeError(ErrorCode::SessionReopened,
                         tr("This session was opened before; a session is opened once. Start a "
                            "new one."));
    if (options.kind == McpSessionOptions::Kind::Stdio &&
        QProcess::splitCommand(options.target).isEmpty())
        return makeError(ErrorCode::SessionNoCommand,
                         tr("A stdio session needs the command line that starts the server."));
    m_options = options;
    m_state = State::Open;
    const bool none = options.kind == McpSessionOptions::Kind::None;

    m_http->setBodyCap(options.bodyCap);
    if (m_sink && m_sink->isOpen()) {
        const QString name =
            options.captureName.isEmpty() ? tr("MCP %1").arg(options.target) : options.captureName;
        const QString kind = !options.captureKind.isEmpty() ? options.captureKind
                             : none                         ? QStringLiteral("http")
                                                            : QStringLiteral("mcp");
        m_captureSessionId =
            m_sink->createSession(name, options.target, kind, QDateTime::currentMSecsSinceEpoch());
        m_http->setSessionId(m_captureSessionId);
    }
    if (none)
        return {};

    m_client->setRequestTimeoutMs(options.requestTimeoutMs, options.maxTotalMs);
    m_client->setRootsSupported(options.rootsSupported);
    m_client->setQueueServerRequests(options.queueServerRequests);
    m_client->setUrlElicitationSupported(options.urlElicitationSupported);
    m_client->setExtraHeaders(options.headers);
    m_client->setEra(options.era);
    if (options.oauth) {
        m_authorizer->setFlowSettings(*options.oauth);
        m_authorizer->setVault(options.vault);
        m_authorizer->attach(m_client);
    }
    connectToServer();
    return {};
}

void McpSession::connectToServer()
{
    if (m_options.kind == McpSessionOptions::Kind::Stdio) {
        QStringList words = QProcess::splitCommand(m_options.target);
        const QString program = words.takeFirst();
        QProcessEnvironment environment;
        for (const QString &pair : std::as_const(m_options.environment))
            environment.insert(pair.section(QLatin1Char('='), 0, 0),
                               pair.section(QLatin1Char('='), 1));
        m_client->connectStdio(program, words, environment);
        return;
    }
    const QUrl endpoint = QUrl::fromUserInput(m_options.target);
    if (!m_options.oauth) {
        m_client->connectToServer(endpoint, m_options.transport);
        return;
    }
    // A stored token (refreshed when due) goes out with the first request.
    m_authorizer->prepare(endpoint, [self = QPointer<McpSession>(this), endpoint] {
        // Closed while the vault was busy: nothing is started any more.
        if (self && self->m_state == State::Open)
            self->m_client->connectToServer(endpoint, self->m_options.transport);
    });
}

void McpSession::close()
{
    switch (m_state) {
    case State::Closing:
    case State::Closed:
        return;
    case State::New:
        m_state = State::Closing;
        QMetaObject::invokeMethod(
            this, [this] { finishClose(true); }, Qt::QueuedConnection);
        return;
    case State::Open:
        break;
    }
    m_state = State::Closing;
    m_authorizer->stopRefreshing();
    if (m_options.kind == McpSessionOptions::Kind::None) {
        QMetaObject::invokeMethod(
            this, [this] { finishClose(true); }, Qt::QueuedConnection);
        return;
    }
    if (m_options.closeTimeoutMs > 0) {
        m_closeBound = new QTimer(this);
        m_closeBound->setSingleShot(true);
        connect(m_closeBound, &QTimer::timeout, this, [this] { finishClose(false); });
        m_closeBound->start(m_options.closeTimeoutMs);
    }
    // McpClient::closed() comes asynchronously, after the DELETE was answered
    // or the process exited.
    connect(m_client, &McpClient::closed, this, [this] { finishClose(true); });
    m_client->close();
}

void McpSession::finishClose(bool confirmed)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_closeConfirmed = confirmed;
    if (m_closeBound)
        m_closeBound->stop();
    endCapture();
    Q_EMIT closed();
}

void McpSession::recordFinding(const Finding &finding)
{
    if (m_state == State::New || m_state == State::Closed)
        return;
    Finding recorded = finding;
    recorded.sessionId = m_captureSessionId;
    if (recorded.atMs <= 0)
        recorded.atMs = QDateTime::currentMSecsSinceEpoch();
    if (m_options.findings)
        m_options.findings->recordFinding(recorded);
    Q_EMIT findingRecorded(recorded);
}

void McpSession::endCapture()
{
    if (m_captureSessionId == 0 || m_captureEnded)
        return;
    m_captureEnded = true;
    if (m_sink && m_sink->isOpen())
        m_sink->endSession(m_captureSessionId, QDateTime::currentMSecsSinceEpoch());
}

} // namespace mcpscope
