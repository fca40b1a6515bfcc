#pragma once

#include "mcp/mcp_client.h"
#include "mcp/protocol_era.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace mcpscope {

// What the Connect dialog asks for.
struct ConnectSettings
{
    enum class Kind
    {
        Auto,
        StreamableHttp,
        Sse,
        Stdio
    };
    Kind kind = Kind::Auto;
    QString target;          // URL, or the command line for stdio
    int timeoutSeconds = 60; // per response; progress restarts it
    HeaderList headers;      // HTTP: sent with every request
    QStringList environment; // stdio: NAME=value added to the server's environment
    // What a 401 starts: the OAuth flow in the browser, headless, or step by step.
    enum class SignIn
    {
        Browser,
        Headless,
        StepByStep
    };
    SignIn signIn = SignIn::Browser;
    QString clientId;     // pre-registered client (optional)
    QString clientSecret; // its secret (optional; never remembered)
    QString scope;        // instead of the spec's choice (optional)
    int maxBodyMib = 8;   // largest answer (and SSE event) read; a larger one fails clearly
    // Which protocol era to speak (issue 16): Auto probes server/discover and
    // falls back to initialize. Remembered per server (HTTP: scheme, host
    // and path) in QSettings "connectEras".
    ProtocolEra era = ProtocolEra::Auto;

    McpClient::Transport httpTransport() const;
};

// Where to connect: a URL (transport auto, Streamable HTTP or HTTP+SSE) with
// custom headers, or a command to run over stdio with extra environment; the
// request timeout; the protocol era (object name protocolEra; eraNote, a
// muted line, says when the chosen transport is deprecated in 2026-07-28).
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    using Kind = ConnectSettings::Kind;

    explicit ConnectDialog(const QStringList &recent, QWidget *parent = nullptr);

    Kind kind() const;
    QString target() const;
    int timeoutSeconds() const;
    ConnectSettings settings() const; // valid after accept()
    ProtocolEra era() const;

    // The era last used with an HTTP target (Auto when none was).
    static ProtocolEra rememberedEra(const QString &target);

    void accept() override;

private:
    void showEraNote();
    static QString eraKey(const QString &target);

    QComboBox *m_kind;
    QComboBox *m_era;
    QLabel *m_eraNote;
    QComboBox *m_target;
    QSpinBox *m_timeout;
    QSpinBox *m_maxBody;
    QLabel *m_extraLabel;
    QPlainTextEdit *m_extra; // headers (HTTP) or environment (stdio)
    QComboBox *m_signIn;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_scope;
    QLabel *m_error;
    HeaderList m_headers;
    QStringList m_environment;
};

} // namespace mcpscope
