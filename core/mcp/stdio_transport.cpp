#include "mcp/stdio_transport.h"

#include "common/known_secrets.h"
#include "mcp/mcp_findings.h"

#include <QTimer>

namespace mcpscope {

StdioTransport::StdioTransport(const QString &program, const QStringList &arguments,
                               const QProcessEnvironment &extraEnvironment, QObject *parent)
    : McpTransport(parent), m_program(program), m_arguments(arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extraEnvironment.keys())
        env.insert(key, extraEnvironment.value(key));
    m_process.setProcessEnvironment(env);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &StdioTransport::readStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &StdioTransport::readStderr);
    connect(&m_process, &QProcess::started, this, &McpTransport::opened);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (const std::optional<Finding> finding =
                stdioStartFinding(error, m_program, m_process.errorString())) {
            Q_EMIT findingRaised(*finding);
            Q_EMIT failed(Error{ErrorCode::McpStdio, finding->message()});
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readStderr();
        if (m_closing) {
            Q_EMIT closed();
            return;
        }
        Q_EMIT failed(
            Error{ErrorCode::McpStdio,
                  status == QProcess::CrashExit
                      ? tr("The server process %1 crashed.").arg(m_program)
                      : tr("The server process %1 exited with code %2.").arg(m_program).arg(code)});
    });
}

StdioTransport::~StdioTransport()
{
    // Destroyed before the polite close could finish: do not leave the child behind.
    if (m_process.state() != QProcess::NotRunning) {
        m_closing = true;
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void StdioTransport::open()
{
    m_process.start(m_program, m_arguments);
}

qint64 StdioTransport::send(const JsonRpcMessage &message, McpRequest *)
{
    m_process.write(message.encode() + '\n');
    return 0;
}

void StdioTransport::readStdout()
{
    const LineFramer::Output framed = m_stdout.feed(m_process.readAllStandardOutput());
    for (const QByteArray &line : framed.lines) {
        auto messages = decodeJsonRpc(line);
        if (!messages) {
            // A line that starts like a message but cannot be read may be an
            // answer; anything else is the server printing to stdout.
            if (line.startsWith('{'))
                Q_EMIT unreadableMessage(line, messages.error());
            else
                Q_EMIT problem(
                    tr("The server wrote a line that is not JSON-RPC: %1 (%2)")
                        .arg(QString::fromUtf8(line.left(200)), messages.error().message));
            continue;
        }
        for (const JsonRpcMessage &message : *messages)
            Q_EMIT messageReceived(message, 0);
    }
    for (int i = 0; i < framed.dropped; ++i)
        Q_EMIT unreadableMessage(
            {}, Error{ErrorCode::McpBodyCap,
                      tr("The server wrote a line longer than %1 MiB; it was dropped.")
                          .arg(kMaxLineBytes / (1024 * 1024))});
}

void StdioTransport::readStderr()
{
    m_stderr += m_process.readAllStandardError();
    qsizetype newline;
    while ((newline = m_stderr.indexOf('\n')) >= 0) {
        Q_EMIT logLine(SecretSet::process().scrubText(QString::fromUtf8(m_stderr.left(newline))));
        m_stderr.remove(0, newline + 1);
    }
    if (m_stderr.size() > 64 * 1024) {
        Q_EMIT logLine(SecretSet::process().scrubText(QString::fromUtf8(m_stderr)));
        m_stderr.clear();
    }
}

void StdioTransport::close()
{
    if (std::exchange(m_closing, true))
        return;
    if (m_process.state() == QProcess::NotRunning) {
        QMetaObject::invokeMethod(this, &McpTransport::closed, Qt::QueuedConnection);
        return;
    }
    // The spec's order: close stdin, then SIGTERM, then SIGKILL, each after a
    // grace period; timers, so the GUI thread never waits.
    m_process.closeWriteChannel();
    QTimer::singleShot(kGraceMs, this, [this] {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        QTimer::singleShot(kGraceMs, this, [this] {
            if (m_process.state() != QProcess::NotRunning)
                m_process.kill();
        });
    });
}

} // namespace mcpscope
