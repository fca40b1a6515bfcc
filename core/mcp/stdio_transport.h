#pragma once

#include "mcp/mcp_transport.h"
#include "mcp/stdio_framing.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace mcpscope {

// stdio: the server is a child process; messages are newline-delimited JSON
// on its stdin/stdout; its stderr is reported line by line as log output.
// Lines are capped (junk that never ends a line cannot eat memory). close()
// shuts stdin and returns; after a grace period the process is terminated,
// then killed. Destroying the transport kills a process still running.
class StdioTransport final : public McpTransport
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxLineBytes = 16 * 1024 * 1024;
    static constexpr int kGraceMs = 2000;

    StdioTransport(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &extraEnvironment = {}, QObject *parent = nullptr);
    ~StdioTransport() override;

    void open() override;
    qint64 send(const JsonRpcMessage &message, McpRequest *request) override;
    void close() override;
    QString name() const override { return QStringLiteral("stdio"); }
    qint64 processId() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

private:
    void readStdout();
    void readStderr();

    QProcess m_process;
    QString m_program;
    QStringList m_arguments;
    LineFramer m_stdout{kMaxLineBytes};
    QByteArray m_stderr;
    bool m_closing = false;
};

} // namespace mcpscope
