// The replay verb of mcpscope-cli: a recorded session sent again to a
// server as a regression run, every answer compared with the recording.
#include "cli_commands.h"

#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "replay/recorded_session.h"
#include "replay/session_replay.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>

namespace mcpscope::cli {

namespace {

// A JSON value on one line, cut to about max characters.
QString shortened(const QJsonValue &value, int max = 60)
{
    return value.isUndefined() ? QStringLiteral("(none)") : JsonDiff::compactJson(value, max);
}

QString latency(double ms)
{
    return ms < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
}

void printCall(const ReplayedCall &call)
{
    QString line = QStringLiteral("#%1 %2").arg(call.index).arg(call.method);
    if (!call.name.isEmpty())
        line += QLatin1Char(' ') + terminalText(call.name);
    line += QStringLiteral(": %1 (%2, recorded %3)")
                .arg(ReplayReport::stateName(call.state), latency(call.replayedMs),
                     latency(call.recordedMs));
    std::printf("%s\n", qPrintable(line));
    if (!call.failure.isEmpty())
        std::printf("    %s\n", qPrintable(terminalText(call.failure)));
    if (!call.note.isEmpty())
        std::printf("    %s\n", qPrintable(terminalText(call.note)));
    if (call.state == ReplayState::Same)
        return;
    for (const JsonChange &change : call.changes) {
        const QString pointer =
            change.pointer.isEmpty() ? QStringLiteral("(whole)") : terminalText(change.pointer);
        if (change.isMultiLineText()) {
            // Long texts share their start: show the lines that differ.
            std::printf("    %s:\n", qPrintable(pointer));
            int shown = 0;
            for (const LineDiffEntry &line : change.lines()) {
                if (line.kind == LineDiffEntry::Kind::Same)
                    continue;
                if (++shown > 6) {
                    std::printf("      ...\n");
                    break;
                }
                std::printf("      %c %s\n", line.kind == LineDiffEntry::Kind::Added ? '+' : '-',
                            qPrintable(shortened(line.line, 100)));
            }
            continue;
        }
        std::printf("    %s: %s -> %s\n", qPrintable(pointer),
                    qPrintable(shortened(change.oldValue)), qPrintable(shortened(change.newValue)));
    }
}

} // namespace

int runReplay(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Replay a recorded MCP session against a server as a regression run: every "
                       "recorded request is sent again in order (the server's requests answered as "
                       "recorded), and each answer is compared with the recorded one. Exits 0 when "
                       "every call matches, 6 when any differs."));
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 QStringLiteral("Streamable HTTP endpoint (or use --stdio)"));
    const QCommandLineOption store{QStringLiteral("store"),
                                   QStringLiteral("Capture store holding the recorded session; the "
                                                  "run is recorded there too."),
                                   QStringLiteral("FILE")};
    const QCommandLineOption session{QStringLiteral("session"),
                                     QStringLiteral("The recorded session's id (see 'sessions')."),
                                     QStringLiteral("ID")};
    const QCommandLineOption stdio{QStringLiteral("stdio"),
                                   QStringLiteral("Start the server with this command line and "
                                                  "speak to it over stdio."),
                                   QStringLiteral("COMMAND")};
    const QCommandLineOption ignore{
        QStringLiteral("ignore"),
        QStringLiteral("JSON pointer to leave out of the comparison; segments may be * or ** "
                       "(repeatable), e.g. /content/0/text or /**/timestamp."),
        QStringLiteral("POINTER")};
    const QCommandLineOption noDefaultIgnores{
        QStringLiteral("no-default-ignores"),
        QStringLiteral("Compare the volatile members too (ids, _meta, timestamps), which are "
                       "ignored by default.")};
    const QCommandLineOption json{QStringLiteral("json"),
                                  QStringLiteral("Print the report as JSON.")};
    const QCommandLineOption noRecord{QStringLiteral("no-record"),
                                      QStringLiteral("Do not record the run in the store.")};
    const QCommandLineOption timeout{
        QStringLiteral("timeout"), QStringLiteral("Seconds to wait for each answer (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60")};
    parser.addOptions({store, session, stdio, ignore, noDefaultIgnores, json, noRecord, timeout});
    if (auto done = parseVerb(parser, QStringLiteral("replay"), args))
        return *done;

    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(store) || !parser.isSet(session))
        return usage(parser, QStringLiteral("replay needs --store FILE and --session ID"));
    if (parser.isSet(stdio) == !positional.isEmpty() || positional.size() > 1)
        return usage(parser, QStringLiteral("replay takes one URL or --stdio COMMAND"));
    bool numeric = false;
    const qint64 sessionId = parser.value(session).toLongLong(&numeric);
    if (!numeric || sessionId <= 0)
        return usage(parser, QStringLiteral("--session takes a session id (a number)"));
    bool timeoutOk = false;
    const int timeoutSeconds = parser.value(timeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0)
        return usage(parser, QStringLiteral("--timeout takes a number of seconds"));
    IgnoreRules rules =
        parser.isSet(noDefaultIgnores) ? IgnoreRules{} : IgnoreRules::volatileMembers();
    for (const QString &pointer : parser.values(ignore))
        if (!rules.add(pointer))
            return usage(
                parser,
                QStringLiteral("--ignore takes a JSON pointer ('/a/b'), not '%1'").arg(pointer));
    if (parser.isSet(stdio) && QProcess::splitCommand(parser.value(stdio)).isEmpty())
        return usage(parser, QStringLiteral("--stdio needs a command"));

    // A capture to replay, not a new empty store made at a mistyped path.
    if (!captureFileFound(parser.value(store)))
        return StoreError;
    // The store first: opening it upgrades an older schema, so the reader
    // and the run's own records see the current one.
    CaptureStore capture;
    if (!parser.isSet(noRecord)) {
        if (auto opened = capture.open(parser.value(store)); !opened) {
            complain(opened.error().message);
            return StoreError;
        }
    }
    RecordedSession recorded;
    {
        CaptureReader reader;
        if (auto opened = reader.open(parser.value(store)); !opened) {
            complain(opened.error().message);
            return StoreError;
        }
        auto loaded = RecordedSession::load(reader, sessionId);
        if (!loaded) {
            complain(loaded.error().message);
            return loaded.error().code == ErrorCode::StoreRead ? StoreError : Usage;
        }
        recorded = std::move(*loaded);
    }

    McpSessionOptions options;
    options.kind =
        parser.isSet(stdio) ? McpSessionOptions::Kind::Stdio : McpSessionOptions::Kind::Http;
    options.target = parser.isSet(stdio) ? parser.value(stdio) : positional.constFirst();
    options.requestTimeoutMs = timeoutSeconds * 1000;
    options.closeTimeoutMs = 5000;
    options.captureName = QStringLiteral("mcpscope-cli replay of session %1").arg(sessionId);

    SessionReplay replay(capture.isOpen() ? &capture : nullptr);
    const bool asJson = parser.isSet(json);
    if (!asJson)
        QObject::connect(&replay, &SessionReplay::callFinished, &replay, &printCall);
    QEventLoop loop;
    QObject::connect(&replay, &SessionReplay::finished, &loop, &QEventLoop::quit);
    replay.start(recorded, options, rules);
    // Connected after start() (which makes the session); lines arrive later.
    QObject::connect(
        replay.session()->client(), &McpClient::serverLog, &replay,
        [](const QString &line) { std::fprintf(stderr, "server: %s\n", qPrintable(line)); });
    loop.exec();
    if (capture.isOpen())
        capture.close();

    const ReplayReport &report = replay.report();
    if (asJson) {
        QJsonObject out = report.toJson();
        if (replay.failed())
            out.insert(QStringLiteral("error"), replay.error().message);
        printJson(out);
    } else {
        std::printf("%s\n", qPrintable(QStringLiteral("Replayed %1 of %2 calls of session %3: %4 "
                                                      "same, %5 changed, %6 failed.")
                                           .arg(report.calls.size())
                                           .arg(recorded.requestCount())
                                           .arg(sessionId)
                                           .arg(report.same)
                                           .arg(report.changed)
                                           .arg(report.failed)));
        if (report.replaySessionId > 0)
            std::printf("Recorded as session %lld.\n",
                        static_cast<long long>(report.replaySessionId));
    }
    if (replay.failed()) {
        complain(replay.error().message);
        return exitCodeForError(replay.error(), 0, false);
    }
    return report.allSame() ? Ok : Differs;
}

} // namespace mcpscope::cli
