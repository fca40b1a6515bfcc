#pragma once

#include "mcp/mcp_client.h"
#include "net/exchange.h"
#include "net/http_client.h"
#include "oauth/oauth_flow.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QTimer;

namespace mcpscope {

class ExchangeSink;
class FindingSink;
class McpAuthorizer;
class TokenVault;

// Everything a session is opened with. What the GUI's connect dialog, the
// CLI's options and the benches set, in one place.
struct McpSessionOptions
{
    enum class Kind
    {
        Http,  // an MCP server at a URL (transport below)
        Stdio, // an MCP server started as a command line, spoken to over stdio
        None,  // no server: a capture session and an HTTP client for plain
               // requests or a standalone OAuth flow
    };
    Kind kind = Kind::Http;
    QString target; // the URL, or the command line ("node server.js stdio"); None: may be empty
    McpClient::Transport transport = McpClient::Transport::Auto; // Http only
    HeaderList headers;                                          // Http only: on every request
    QStringList environment; // Stdio only: NAME=value, added to the process environment

    qint64 bodyCap = HttpClient::kDefaultBodyCap; // see HttpClient::setBodyCap()
    int requestTimeoutMs = 60000;                 // see McpClient::setRequestTimeoutMs()
    int maxTotalMs = 0;

    // With settings, a 401 or a 403 insufficient_scope is answered with an
    // OAuth flow (McpAuthorizer); without, it fails the request clearly.
    std::optional<OAuthFlow::Settings> oauth;
    // With oauth: stored tokens are reused (refreshed when due) and new ones
    // kept. Not owned; must outlive the session.
    TokenVault *vault = nullptr;

    // Where the findings the session raises are recorded (the capture
    // store's findings table: FindingsStore), under the capture session.
    // Null: they are still announced (McpSession::findingRecorded) but not
    // stored. Not owned; must outlive the session.
    FindingSink *findings = nullptr;

    // The capture session's name and kind (defaults: "MCP <target>" and
    // "mcp", or "http" for Kind::None).
    QString captureName;
    QString captureKind;

    // Client behaviour (see McpClient).
    bool rootsSupported = true;
    bool queueServerRequests = false;
    bool urlElicitationSupported = false;
    // Which protocol era to speak (issue 16; see McpClient::setEra()).
    ProtocolEra era = ProtocolEra::Auto;

    // close() waits at most this long for the server to be told, then
    // reports closed() anyway (closeConfirmed() false). 0: as long as the
    // transport takes (its own timeouts bound it: the DELETE's idle timeout,
    // the stdio grace periods).
    int closeTimeoutMs = 0;
};

// One conversation with one MCP server, from open() to closed(): owns the
// HTTP client, the MCP client, the authorizer and the capture session, and is
// the one way the GUI, the CLI and the benches talk to a server.
//
// Contract:
//  - The parts exist from construction (views may connect to them at once);
//    open() configures and starts them. A session is opened once.
//  - Every exchange and JSON-RPC message goes to the sink given at
//    construction (null or not open: nothing recorded), under one capture
//    session that open() starts and that gets its end time when the session
//    closes, or at the latest when it is destroyed.
//  - Findings the client raises are recorded under that capture session, in
//    options().findings (see recordFinding()).
//  - close() is asynchronous: closed() follows, once, when the server has been
//    told (the DELETE for a Streamable HTTP session was answered, the stdio
//    process exited), never inside close(). Destroying an open session ends
//    it without waiting.
class McpSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpSession)

public:
    enum class State
    {
        New,
        Open,
        Closing,
        Closed,
    };

    // sink must outlive the session.
    explicit McpSession(ExchangeSink *sink, QObject *parent = nullptr);
    ~McpSession() override;

    // Starts the capture session and connects (Http, Stdio): the client's
    // connected() or failed() follows. Fails, starting nothing, when the
    // session was opened before or the options cannot work (no command).
    Result<void> open(const McpSessionOptions &options);
    // See the contract. Before open(), and a second time, closed() still
    // follows (asynchronously) if it has not been emitted yet.
    void close();

    State state() const { return m_state; }
    bool isClosed() const { return m_state == State::Closed; }
    // After closed(): whether the transport said the server was told (false
    // when closeTimeoutMs ran out first).
    bool closeConfirmed() const { return m_closeConfirmed; }
    const McpSessionOptions &options() const { return m_options; }

    HttpClient *http() const { return m_http; }
    McpClient *client() const { return m_client; }
    McpAuthorizer *authorizer() const { return m_authorizer; }
    ExchangeSink *sink() const { return m_sink; }
    qint64 captureSessionId() const { return m_captureSessionId; } // 0: not recorded

    // Records finding as one of this session's: its session id and time are
    // set, it goes to options().findings (synchronously: FindingsStore writes
    // on the calling thread) and findingRecorded() follows. What the client
    // explains (HTTP refusals, odd answers) comes here by itself; other parts
    // of the session (the OAuth flow's diagnoses) may call it too. Ignored
    // before open() and after closed().
    void recordFinding(const Finding &finding);

Q_SIGNALS:
    void closed();
    // A finding of this session, as recorded (sessionId and atMs set; id 0).
    void findingRecorded(const mcpscope::Finding &finding);

private:
    void connectToServer();
    void finishClose(bool confirmed);
    void endCapture();

    ExchangeSink *m_sink;
    HttpClient *m_http;
    McpAuthorizer *m_authorizer;
    McpClient *m_client;
    QTimer *m_closeBound = nullptr;
    McpSessionOptions m_options;
    State m_state = State::New;
    qint64 m_captureSessionId = 0;
    bool m_captureEnded = false;
    bool m_closeConfirmed = false;
};

} // namespace mcpscope
