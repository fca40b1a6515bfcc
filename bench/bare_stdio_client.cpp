// The smallest MCP client over stdio, for cli_bench to measure mcpscope-cli
// against: starts the server, sends initialize, notifications/initialized and
// tools/list as newline-delimited JSON, reads the two answers, closes the
// server's stdin and waits for it to exit (the spec's shutdown, first step).
// No validation, no capture, no retries. Usage: bare_stdio_client PROGRAM ARGS…
#include <QCoreApplication>
#include <QProcess>

#include <cstdio>

namespace {

bool readAnswer(QProcess &server, const QByteArray &id)
{
    QByteArray buffer;
    for (;;) {
        while (!buffer.contains('\n')) {
            if (!server.waitForReadyRead(30000))
                return false;
            buffer += server.readAllStandardOutput();
        }
        const qsizetype newline = buffer.indexOf('\n');
        const QByteArray line = buffer.left(newline);
        buffer.remove(0, newline + 1);
        if (line.contains("\"id\":" + id))
            return true;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return 1;
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(args.takeFirst(), args);
    if (!server.waitForStarted())
        return 2;
    server.write(
        R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",)"
        R"("capabilities":{},"clientInfo":{"name":"bare","version":"1"}}})"
        "\n");
    if (!readAnswer(server, "1"))
        return 3;
    server.write(R"({"jsonrpc":"2.0","method":"notifications/initialized"})"
                 "\n"
                 R"({"jsonrpc":"2.0","id":2,"method":"tools/list"})"
                 "\n");
    if (!readAnswer(server, "2"))
        return 4;
    server.closeWriteChannel();
    if (!server.waitForFinished(2000)) {
        server.terminate();
        server.waitForFinished(2000);
    }
    std::puts("ok");
    return 0;
}
