#include "cli_commands.h"

#include "replay/mock_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mcpscope::cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM end the event loop (exit 0) instead of killing the
// process mid-answer: a handler only writes a byte the loop reads.
bool quitOnSignals(QObject *context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context,
                     [] { QCoreApplication::exit(Ok); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    return true;
}

} // namespace

int runMock(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serve a recorded session as an MCP server: initialize answers as recorded, each "
        "request gets the recorded answer to the same method and parameters (repeated "
        "requests in recorded order, then the last again), anything else a JSON-RPC error "
        "naming the closest recorded request.\n"
        "Over Streamable HTTP (default) the first line on stdout is the URL it serves "
        "(http://HOST:PORT/mcp); it serves until SIGINT or SIGTERM (exit 0). With --stdio it "
        "speaks newline-delimited JSON-RPC on stdin/stdout and ends when stdin closes."));
    const QCommandLineOption store(
        QStringLiteral("store"), QStringLiteral("Capture store to read."), QStringLiteral("FILE"));
    const QCommandLineOption session(QStringLiteral("session"),
                                     QStringLiteral("Id of the recorded session to serve."),
                                     QStringLiteral("ID"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on (0, the default: a free one)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  QStringLiteral("Address to bind (default 127.0.0.1)."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption stdio(QStringLiteral("stdio"),
                                   QStringLiteral("Serve on stdin/stdout instead of HTTP."));
    const QCommandLineOption ignore(
        QStringLiteral("ignore"),
        QStringLiteral("JSON pointer (segments may be * or **) of a request member to ignore "
                       "when matching, e.g. /params/arguments/seed; repeatable. The JSON-RPC "
                       "id, every _meta and every timestamp are always ignored."),
        QStringLiteral("POINTER"));
    parser.addOptions({store, session, port, host, stdio, ignore});
    if (auto done = parseVerb(parser, QStringLiteral("mock"), args))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usage(parser, QStringLiteral("mock takes no positional arguments"));
    if (!parser.isSet(store) || !parser.isSet(session))
        return usage(parser, QStringLiteral("mock needs --store FILE and --session ID"));
    bool ok = false;
    const qint64 sessionId = parser.value(session).toLongLong(&ok);
    if (!ok || sessionId <= 0)
        return usage(parser, QStringLiteral("--session takes a session id (a positive number)"));
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return usage(parser, QStringLiteral("--port takes a number from 0 to 65535"));
    const QHostAddress address(parser.value(host));
    if (address.isNull())
        return usage(parser, QStringLiteral("--host takes an IP address, e.g. 127.0.0.1"));
    IgnoreRules rules = IgnoreRules::volatileMembers();
    for (const QString &rule : parser.values(ignore))
        if (!rules.add(rule))
            return usage(
                parser, QStringLiteral("--ignore takes a JSON pointer starting with '/': ") + rule);

    if (!captureFileFound(parser.value(store)))
        return StoreError;
    auto script = MockScript::load(parser.value(store), sessionId);
    if (!script) {
        std::fprintf(stderr, "mcpscope-cli mock: %s\n", qPrintable(script.error().message));
        return StoreError;
    }
    const auto shared = std::make_shared<const MockScript>(std::move(*script));
    QObject context;
    quitOnSignals(&context);

    if (parser.isSet(stdio)) {
        MockStdioServer server(shared, rules);
        QObject::connect(&server, &MockStdioServer::finished, &context,
                         [] { QCoreApplication::exit(Ok); });
        if (auto started = server.start(STDIN_FILENO, STDOUT_FILENO); !started) {
            std::fprintf(stderr, "mcpscope-cli mock: %s\n", qPrintable(started.error().message));
            return NetworkError;
        }
        std::fprintf(stderr, "mcpscope-cli mock: serving session %lld (%lld requests) on stdio\n",
                     static_cast<long long>(sessionId),
                     static_cast<long long>(shared->exchanges().size()));
        return QCoreApplication::exec();
    }

    MockServer server(shared, rules);
    if (auto started = server.start(address, quint16(portNumber)); !started) {
        std::fprintf(stderr, "mcpscope-cli mock: %s\n", qPrintable(started.error().message));
        return NetworkError;
    }
    std::printf("%s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    std::fprintf(stderr, "mcpscope-cli mock: serving session %lld (%lld requests); Ctrl+C stops\n",
                 static_cast<long long>(sessionId),
                 static_cast<long long>(shared->exchanges().size()));
    const int code = QCoreApplication::exec();
    server.stop();
    return code;
}

} // namespace mcpscope::cli
