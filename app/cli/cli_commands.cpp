#include "cli_commands.h"

#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/redaction.h"
#include "common/private_files.h"
#include "net/http_client.h"
#include "net/request_input.h"
#include "session/mcp_session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace mcpscope::cli {

QString terminalText(const QString &text, bool keepLines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (keepLines && (u == u'\n' || u == u'\t'))
            out += c;
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void complain(const QString &message)
{
    std::fprintf(stderr, "mcpscope-cli: %s\n", qPrintable(terminalText(message, true)));
}

void printJson(const QJsonValue &value)
{
    const QByteArray out = value.isArray()
                               ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                               : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
}

bool captureFileFound(const QString &path)
{
    if (QFileInfo(path).isFile())
        return true;
    complain(QStringLiteral("no capture store at %1").arg(path));
    return false;
}

int usage(QCommandLineParser &parser, const QString &message)
{
    std::fprintf(stderr, "mcpscope-cli: %s\n\n%s", qPrintable(message),
                 qPrintable(parser.helpText()));
    return Usage;
}

std::optional<int> parseVerb(QCommandLineParser &parser, const QString &verb,
                             const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("mcpscope-cli ") + verb} + args))
        return usage(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText() + QLatin1Char('\n') + exitCodeHelp()), stdout);
        return Ok;
    }
    return std::nullopt;
}

QString exitCodeHelp()
{
    return QStringLiteral(
        "Exit codes:\n"
        "  0  success (a response with status < 400, or the listing asked for)\n"
        "  1  usage error (unknown verb, bad option, malformed URL or header, an import file\n"
        "     that is not a readable HAR)\n"
        "  2  network error: DNS, connection refused, TLS, timeout, closed mid-body\n"
        "  3  HTTP error: the server answered with status >= 400\n"
        "  4  capture store error: the --store file could not be opened or written\n"
        "  5  MCP error: the server answered with a JSON-RPC error, refused initialize,\n"
        "     or a tool call returned isError\n"
        "  6  differs: the compared interfaces differ (diff), or a replayed call's answer is not\n"
        "     the recorded one (replay)\n"
        "  7  threshold crossed: a --fail-on threshold was crossed (stats)\n"
        "  8  findings found: a finding at or above the --fail-on severity (findings)\n"
        "  9  catalog error: the server catalog or its keychain entries could not be read or\n"
        "     written (catalog, --server)\n"
        " 10-17  doctor: the first stage that failed: 10 connectivity (DNS, TCP, TLS),\n"
        "     11 HTTP, 12 CORS, 13 MCP, 14 authentication, 15 basic operations,\n"
        "     16 performance, 17 intermittency\n");
}

int runRequest(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Send one HTTP request and print the exchange as JSON "
                       "(secrets redacted)."));
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("http:// or https:// URL"));
    const QCommandLineOption method({QStringLiteral("X"), QStringLiteral("request")},
                                    QStringLiteral("HTTP method."), QStringLiteral("METHOD"));
    const QCommandLineOption header({QStringLiteral("H"), QStringLiteral("header")},
                                    QStringLiteral("Header 'Name: value' (repeatable)."),
                                    QStringLiteral("HEADER"));
    const QCommandLineOption data({QStringLiteral("d"), QStringLiteral("data")},
                                  QStringLiteral("Request body; @FILE reads it from a file."),
                                  QStringLiteral("BODY"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("Record the exchange in this capture store."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QStringLiteral("Give up after this many seconds without data (default 30)."),
        QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption insecure(
        QStringLiteral("insecure-host"),
        QStringLiteral("Accept TLS certificate errors for this host only."),
        QStringLiteral("HOST"));
    parser.addOptions({method, header, data, store, timeout, insecure});
    if (auto done = parseVerb(parser, QStringLiteral("request"), args))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return usage(parser, QStringLiteral("request takes exactly one URL"));

    QByteArray body;
    if (parser.isSet(data)) {
        const QString value = parser.value(data);
        if (value.startsWith(QLatin1Char('@'))) {
            QFile file(value.mid(1));
            if (!file.open(QIODevice::ReadOnly))
                return usage(
                    parser,
                    QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            body = file.readAll();
        } else {
            body = value.toUtf8();
        }
    }
    const QString verb = parser.isSet(method) ? parser.value(method)
                                              : (parser.isSet(data) ? QStringLiteral("POST")
                                                                    : QStringLiteral("GET"));
    auto request =
        buildRequest(verb, parser.positionalArguments().first(), parser.values(header), body);
    if (!request)
        return usage(parser, request.error().message);
    bool secondsOk = false;
    const double seconds = parser.value(timeout).toDouble(&secondsOk);
    if (!secondsOk || seconds <= 0)
        return usage(parser, QStringLiteral("--timeout takes a positive number of seconds"));
    request->idleTimeoutMs = int(seconds * 1000);

    CaptureStore captureStore;
    if (parser.isSet(store)) {
        if (auto opened = captureStore.open(parser.value(store)); !opened) {
            complain(opened.error().message);
            return StoreError;
        }
    }
    bool storeFailed = false;
    QObject::connect(&captureStore, &CaptureStore::writeFailed, &captureStore,
                     [&storeFailed](const Error &error) {
                         storeFailed = true;
                         complain(error.message);
                     });
    // No MCP server: a session for its capture session and its HTTP client.
    McpSession session(captureStore.isOpen() ? &captureStore : nullptr);
    McpSessionOptions sessionOptions;
    sessionOptions.kind = McpSessionOptions::Kind::None;
    sessionOptions.target = request->url.toString();
    sessionOptions.captureName = QStringLiteral("mcpscope-cli request");
    if (auto opened = session.open(sessionOptions); !opened)
        return usage(parser, opened.error().message);
    if (parser.isSet(insecure))
        session.http()->setTlsExceptionForHost(parser.value(insecure), true);
    HttpCall *call = session.http()->send(*request);
    QEventLoop loop;
    QObject::connect(call, &HttpCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const Exchange exchange = call->exchange();
    QEventLoop closing;
    QObject::connect(&session, &McpSession::closed, &closing, &QEventLoop::quit);
    session.close();
    closing.exec();
    if (captureStore.isOpen()) {
        captureStore.flush();
        QCoreApplication::processEvents(); // deliver a queued writeFailed, if any
    }
    printJson(toJson(captureStore.redactor().redact(exchange)));
    if (exchange.failed()) {
        complain(exchange.errorMessage);
        return NetworkError;
    }
    if (storeFailed)
        return StoreError;
    return exchange.status >= 400 ? HttpError : Ok;
}

namespace {

// Opens the --store a reading verb names; an exit code on failure.
int openStoreForReading(QCommandLineParser &parser, const QCommandLineOption &store,
                        const QString &verb, CaptureReader &reader)
{
    if (!parser.isSet(store))
        return usage(parser, QStringLiteral("%1 needs --store FILE").arg(verb));
    if (!captureFileFound(parser.value(store)))
        return StoreError;
    if (auto opened = reader.open(parser.value(store)); !opened) {
        complain(opened.error().message);
        return StoreError;
    }
    return Ok;
}

} // namespace

int runSessions(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the sessions in a capture store as JSON."));
    const QCommandLineOption store(
        QStringLiteral("store"), QStringLiteral("Capture store to read."), QStringLiteral("FILE"));
    parser.addOption(store);
    if (auto done = parseVerb(parser, QStringLiteral("sessions"), args))
        return *done;
    CaptureReader reader;
    if (const int code = openStoreForReading(parser, store, QStringLiteral("sessions"), reader);
        code != Ok)
        return code;
    auto sessions = reader.sessions();
    if (!sessions) {
        complain(sessions.error().message);
        return StoreError;
    }
    // A store written by an older McpScope (fewer rules) may hold what
    // today's rules remove: names and targets are swept again, as exports are.
    const Redactor redactor;
    QJsonArray out;
    for (const SessionInfo &s : *sessions)
        out.append(QJsonObject{
            {QStringLiteral("id"), double(s.id)},
            {QStringLiteral("name"), redactor.redactText(s.name)},
            {QStringLiteral("target"), redactor.redactCommandLine(s.target)},
            {QStringLiteral("kind"), s.kind},
            {QStringLiteral("startedAt"),
             QDateTime::fromMSecsSinceEpoch(s.startedAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("endedAt"),
             s.endedAtMs ? QJsonValue(QDateTime::fromMSecsSinceEpoch(s.endedAtMs, Qt::UTC)
                                          .toString(Qt::ISODateWithMs))
                         : QJsonValue()},
            {QStringLiteral("exchanges"), double(s.exchangeCount)}});
    printJson(out);
    return Ok;
}

} // namespace mcpscope::cli
