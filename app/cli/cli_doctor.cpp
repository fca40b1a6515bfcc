// mcpscope-cli doctor: the Connection Doctor (docs/connection-doctor.md).
#include "cli_commands.h"

#include "capture/capture_store.h"
#include "diagnostics/connection_doctor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>

#include <cstdio>

namespace mcpscope::cli {

namespace {

QString statusWord(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("PASS");
    case CheckStatus::Warn:
        return QStringLiteral("WARN");
    case CheckStatus::Fail:
        return QStringLiteral("FAIL");
    case CheckStatus::Skip:
        break;
    }
    return QStringLiteral("skip");
}

void printCheck(const DoctorCheck &check)
{
    const QString ms =
        check.ms < 0 ? QStringLiteral("      ") : QStringLiteral("%1 ms").arg(check.ms, 6, 'f', 0);
    std::printf("%-4s %-14s %-26s %s  %s\n", qPrintable(statusWord(check.status)),
                qPrintable(stageId(check.stage)), qPrintable(check.id), qPrintable(ms),
                qPrintable(terminalText(check.detail)));
    const Finding f = check.finding();
    if (!f.kind.isEmpty() && check.status != CheckStatus::Skip)
        std::printf("     %s [%s]\n     fix: %s\n", qPrintable(terminalText(f.summary())),
                    qPrintable(f.kind), qPrintable(terminalText(f.fix())));
    std::fflush(stdout);
}

} // namespace

int runDoctor(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Walk the troubleshooting decision tree against an MCP server: connectivity (DNS, TCP, "
        "TLS), HTTP, CORS, MCP, authentication, basic operations, performance, intermittency. "
        "Stops at the first stage that fails; the exit code names it (10 connectivity, 11 http, "
        "12 cors, 13 mcp, 14 authentication, 15 operations, 16 performance, 17 intermittency)."));
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 QStringLiteral("The MCP endpoint (or --stdio)"));
    const QCommandLineOption stdio(
        QStringLiteral("stdio"),
        QStringLiteral("Start the server as this command line and talk over stdio."),
        QStringLiteral("COMMAND"));
    const QCommandLineOption transport(
        QStringLiteral("transport"),
        QStringLiteral("auto (default: Streamable HTTP, then HTTP+SSE), "
                       "streamable or sse."),
        QStringLiteral("KIND"), QStringLiteral("auto"));
    const QCommandLineOption oauth(
        QStringLiteral("oauth"),
        QStringLiteral("Sign in when the server asks: headless, browser or "
                       "client-credentials (without it, authentication is checked "
                       "up to the sign-in)."),
        QStringLiteral("MODE"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      QStringLiteral("A pre-registered OAuth client id."),
                                      QStringLiteral("ID"));
    const QCommandLineOption clientSecret(
        QStringLiteral("client-secret"),
        QStringLiteral("Its secret (better: MCPSCOPE_CLIENT_SECRET in the environment)."),
        QStringLiteral("SECRET"));
    const QCommandLineOption scope(QStringLiteral("scope"), QStringLiteral("Scope to request."),
                                   QStringLiteral("SCOPE"));
    const QCommandLineOption burst(QStringLiteral("burst"),
                                   QStringLiteral("Pings sent at once (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption repeat(
        QStringLiteral("repeat"),
        QStringLiteral("Identical requests sent one after another (default 10)."),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QStringLiteral("Seconds to wait for each check's answer (default 10)."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption origin(
        QStringLiteral("origin"),
        QStringLiteral("The browser origin the CORS checks use (default "
                       "http://localhost:6274, the Inspector's)."),
        QStringLiteral("ORIGIN"), QStringLiteral("http://localhost:6274"));
    const QCommandLineOption requireCors(
        QStringLiteral("require-cors"),
        QStringLiteral(
            "The server is meant for browser-based clients: CORS problems fail (exit 12) "
            "instead of warning."));
    const QCommandLineOption store(
        QStringLiteral("store"),
        QStringLiteral("Record the doctor's traffic in this capture store (session "
                       "\"Connection Doctor\")."),
        QStringLiteral("FILE"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QStringLiteral("Print the report as JSON (every check with its timing)."));
    parser.addOptions({stdio, transport, oauth, clientId, clientSecret, scope, burst, repeat,
                       timeout, origin, requireCors, store, json});
    if (auto done = parseVerb(parser, QStringLiteral("doctor"), args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(stdio) == (positional.size() == 1) || positional.size() > 1)
        return usage(parser, QStringLiteral("name the server by one URL or by --stdio COMMAND"));

    if (parser.isSet(stdio) && QProcess::splitCommand(parser.value(stdio)).isEmpty())
        return usage(parser, QStringLiteral("--stdio needs a command"));

    DoctorOptions options;
    if (parser.isSet(stdio)) {
        options.stdioCommand = parser.value(stdio);
        options.transport = QStringLiteral("stdio");
    } else {
        options.url = QUrl::fromUserInput(positional.first());
        if (!options.url.isValid() || options.url.host().isEmpty() ||
            (options.url.scheme() != u"http" && options.url.scheme() != u"https"))
            return usage(parser, QStringLiteral("the URL must be http:// or https:// with a host"));
        options.transport = parser.value(transport);
        if (options.transport != u"auto" && options.transport != u"streamable" &&
            options.transport != u"sse")
            return usage(parser, QStringLiteral("--transport takes auto, streamable or sse"));
    }
    options.oauthMode = parser.value(oauth);
    if (!options.oauthMode.isEmpty() && options.oauthMode != u"headless" &&
        options.oauthMode != u"browser" && options.oauthMode != u"client-credentials")
        return usage(parser,
                     QStringLiteral("--oauth takes headless, browser or client-credentials"));
    options.clientId = parser.value(clientId);
    options.clientSecret = parser.isSet(clientSecret)
                               ? parser.value(clientSecret)
                               : qEnvironmentVariable("MCPSCOPE_CLIENT_SECRET");
    options.scope = parser.value(scope);
    bool ok = false;
    options.burst = parser.value(burst).toInt(&ok);
    if (!ok || options.burst < 1 || options.burst > 1000)
        return usage(parser, QStringLiteral("--burst takes a number from 1 to 1000"));
    options.repeats = parser.value(repeat).toInt(&ok);
    if (!ok || options.repeats < 1 || options.repeats > 1000)
        return usage(parser, QStringLiteral("--repeat takes a number from 1 to 1000"));
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds <= 0)
        return usage(parser, QStringLiteral("--timeout takes a positive number of seconds"));
    options.timeoutMs = seconds * 1000;
    options.origin = parser.value(origin);
    options.requireCors = parser.isSet(requireCors);

    CaptureStore captureStore;
    if (parser.isSet(store)) {
        if (auto opened = captureStore.open(parser.value(store)); !opened) {
            complain(opened.error().message);
            return StoreError;
        }
    }
    const bool asJson = parser.isSet(json);
    ConnectionDoctor doctor(captureStore.isOpen() ? &captureStore : nullptr, nullptr);
    if (!asJson)
        QObject::connect(&doctor, &ConnectionDoctor::checkFinished, &doctor, &printCheck);
    QEventLoop loop;
    QObject::connect(&doctor, &ConnectionDoctor::finished, &loop, &QEventLoop::quit);
    doctor.start(options);
    loop.exec();
    const DoctorReport &report = doctor.report();
    if (asJson) {
        printJson(toJson(report));
    } else {
        std::printf("\n%s (%.0f ms)\n", qPrintable(terminalText(report.verdict)), report.totalMs);
        if (report.sessionId)
            std::printf("traffic recorded in session %lld of %s\n",
                        static_cast<long long>(report.sessionId), qPrintable(parser.value(store)));
    }
    std::fflush(stdout);
    if (captureStore.isOpen())
        captureStore.flush();
    return doctorExitCode(report);
}

} // namespace mcpscope::cli
