// mcpscope-cli diff: the interfaces of two servers, or of a server and a
// recorded session, compared (tools, resources, templates, prompts, server).
#include "cli_commands.h"

#include "capture/capture_reader.h"
#include "mcp/stdio_transport.h"
#include "replay/interface_diff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>
#include <memory>

namespace mcpscope::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope-cli", text);
}

// One side of the comparison, as written on the command line.
struct Side
{
    enum class Kind
    {
        Url,
        Stdio,
        Store
    };
    Kind kind = Kind::Url;
    QString label;      // as the user wrote it
    QString target;     // the URL, the command, or the store file
    qint64 session = 0; // Store: 0 = the last session
};

std::optional<Side> parseSide(const QString &text, QString *why)
{
    Side side;
    side.label = text;
    if (text.startsWith(u"stdio:")) {
        side.kind = Side::Kind::Stdio;
        side.target = text.mid(6);
        if (QProcess::splitCommand(side.target).isEmpty()) {
            *why = tr("%1: stdio: needs a command").arg(text);
            return std::nullopt;
        }
        return side;
    }
    if (text.startsWith(u"store:")) {
        side.kind = Side::Kind::Store;
        side.target = text.mid(6);
        const qsizetype hash = side.target.lastIndexOf(QLatin1Char('#'));
        if (hash >= 0) {
            bool ok = false;
            side.session = side.target.mid(hash + 1).toLongLong(&ok);
            if (!ok || side.session <= 0) {
                *why =
                    tr("%1: the session after '#' must be a session id (see sessions)").arg(text);
                return std::nullopt;
            }
            side.target.truncate(hash);
        }
        if (side.target.isEmpty()) {
            *why = tr("%1: store: needs a file").arg(text);
            return std::nullopt;
        }
        return side;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
        url.host().isEmpty()) {
        *why = tr("%1 is not an http(s) URL, stdio:COMMAND or store:FILE#SESSION").arg(text);
        return std::nullopt;
    }
    side.target = text;
    return side;
}

// A snapshot from a store; an exit code on failure.
int snapshotFromStore(const Side &side, InterfaceSnapshot &out)
{
    if (!captureFileFound(side.target))
        return StoreError;
    CaptureReader reader;
    if (auto opened = reader.open(side.target); !opened) {
        complain(opened.error().message);
        return StoreError;
    }
    qint64 session = side.session;
    const auto sessions = reader.sessions();
    if (!sessions) {
        complain(sessions.error().message);
        return StoreError;
    }
    bool found = false;
    for (const SessionInfo &info : *sessions) {
        found = found || info.id == session;
        if (side.session == 0)
            session = std::max(session, info.id);
    }
    if (session == 0 || (side.session != 0 && !found)) {
        complain(side.session ? tr("%1: the store has no session %2 (see sessions)")
                                    .arg(side.label)
                                    .arg(side.session)
                              : tr("%1: the store holds no session").arg(side.label));
        return StoreError;
    }
    const auto messages = reader.messages(session);
    if (!messages) {
        complain(messages.error().message);
        return StoreError;
    }
    auto snapshot = interfaceSnapshotFromMessages(*messages);
    if (!snapshot) {
        complain(QStringLiteral("%1: %2").arg(side.label, snapshot.error().message));
        return StoreError;
    }
    out = *snapshot;
    return Ok;
}

// A value on one line: compact JSON (which escapes control characters),
// shortened past 160 characters.
QString oneLine(const QJsonValue &value)
{
    return terminalText(JsonDiff::compactJson(value, 160));
}

QString categoryTitle(InterfaceChange::Category category)
{
    using Category = InterfaceChange::Category;
    switch (category) {
    case Category::Server:
        return tr("Server");
    case Category::Tool:
        return tr("Tools");
    case Category::Resource:
        return tr("Resources");
    case Category::ResourceTemplate:
        return tr("Resource templates");
    case Category::Prompt:
        return tr("Prompts");
    }
    return {};
}

QString changeLine(const InterfaceChange &change)
{
    using Kind = InterfaceChange::Kind;
    // The server's key is the pointer's first segment: the pointer says it all.
    const QString where =
        change.category == InterfaceChange::Category::Server ? terminalText(change.pointer)
        : change.pointer.isEmpty()
            ? terminalText(change.key)
            : terminalText(change.key) + QLatin1Char(' ') + terminalText(change.pointer);
    switch (change.kind) {
    case Kind::Added:
        return change.pointer.isEmpty()
                   ? tr("  + %1").arg(where)
                   : tr("  ~ %1: added %2").arg(where, oneLine(change.newValue));
    case Kind::Removed:
        return change.pointer.isEmpty()
                   ? tr("  - %1").arg(where)
                   : tr("  ~ %1: removed %2").arg(where, oneLine(change.oldValue));
    case Kind::Changed:
        return tr("  ~ %1: %2 -> %3")
            .arg(where, oneLine(change.oldValue), oneLine(change.newValue));
    }
    return {};
}

void printReport(const InterfaceDiff &diff, const Side &a, const Side &b)
{
    QString out;
    std::optional<InterfaceChange::Category> group;
    for (const InterfaceChange &change : diff.changes) {
        if (group != change.category) {
            group = change.category;
            out += categoryTitle(change.category) + QLatin1String(":\n");
        }
        out += changeLine(change) + QLatin1Char('\n');
    }
    QStringList skipped;
    for (InterfaceChange::Category category : diff.notCompared)
        skipped.append(categoryTitle(category).toLower());
    if (!skipped.isEmpty())
        out += tr("Not compared (one side did not list them): %1\n")
                   .arg(skipped.join(QStringLiteral(", ")));
    out += diff.isSame() ? tr("The interfaces of %1 and %2 are the same.\n")
                               .arg(terminalText(a.label), terminalText(b.label))
                         : QCoreApplication::translate("mcpscope-cli",
                                                       "%n difference(s) between %1 and %2.\n",
                                                       nullptr, int(diff.changes.size()))
                               .arg(terminalText(a.label), terminalText(b.label));
    std::fputs(out.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

} // namespace

int runDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compare the interfaces of two MCP servers, or of a server and a recorded session: "
           "tools, resources, resource templates and prompts (added, removed, and each "
           "change by JSON pointer inside the item, schema changes included), and the "
           "server's info, protocol version and capabilities.\n"
           "A and B are each an http:// or https:// URL (Streamable HTTP, falling back to "
           "HTTP+SSE), stdio:'COMMAND ARGS' (a server started over stdio), or "
           "store:FILE#SESSION (the last initialize and complete lists of a recorded "
           "session; without #SESSION the store's last session). Lists one side never "
           "recorded are not compared."));
    parser.addPositionalArgument(QStringLiteral("A"), tr("The old interface."));
    parser.addPositionalArgument(QStringLiteral("B"), tr("The new interface."));
    const QCommandLineOption stdioA(QStringLiteral("stdio-a"),
                                    tr("A is this command, spoken to over stdio."),
                                    QStringLiteral("COMMAND"));
    const QCommandLineOption stdioB(QStringLiteral("stdio-b"),
                                    tr("B is this command, spoken to over stdio."),
                                    QStringLiteral("COMMAND"));
    const QCommandLineOption ignore(
        QStringLiteral("ignore"),
        tr("Skip this JSON pointer inside each item or the initialize result (repeatable; "
           "'*' is any one segment, '**' any number): /serverInfo/version, /**/description."),
        QStringLiteral("POINTER"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the report as JSON."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"), tr("Give up on a request after this many seconds (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    parser.addOptions({stdioA, stdioB, ignore, json, timeout});
    if (auto done = parseVerb(parser, QStringLiteral("diff"), args))
        return *done;

    QStringList texts = parser.positionalArguments();
    const int wanted = 2 - int(parser.isSet(stdioA)) - int(parser.isSet(stdioB));
    if (texts.size() != wanted)
        return usage(parser, tr("diff compares exactly two interfaces: A and B"));
    if (parser.isSet(stdioA))
        texts.prepend(QStringLiteral("stdio:") + parser.value(stdioA));
    if (parser.isSet(stdioB))
        texts.append(QStringLiteral("stdio:") + parser.value(stdioB));
    QString why;
    const auto a = parseSide(texts.at(0), &why);
    if (!a)
        return usage(parser, why);
    const auto b = parseSide(texts.at(1), &why);
    if (!b)
        return usage(parser, why);
    IgnoreRules rules;
    for (const QString &rule : parser.values(ignore))
        if (!rules.add(rule))
            return usage(parser, tr("--ignore %1: a JSON pointer starts with '/'").arg(rule));
    bool secondsOk = false;
    const double seconds = parser.value(timeout).toDouble(&secondsOk);
    if (!secondsOk || seconds <= 0)
        return usage(parser, tr("--timeout takes a positive number of seconds"));

    // Stores first: a bad file is reported before any server is started.
    InterfaceSnapshot snapshots[2];
    const Side *sides[2] = {&*a, &*b};
    for (int i = 0; i < 2; ++i)
        if (sides[i]->kind == Side::Kind::Store)
            if (const int code = snapshotFromStore(*sides[i], snapshots[i]); code != Ok)
                return code;

    // Live servers are asked at the same time.
    std::unique_ptr<InterfaceSnapshotJob> jobs[2];
    QEventLoop loop;
    int running = 0;
    for (int i = 0; i < 2; ++i) {
        if (sides[i]->kind == Side::Kind::Store)
            continue;
        jobs[i] = std::make_unique<InterfaceSnapshotJob>();
        McpClient *client = jobs[i]->session()->client();
        const QString label = sides[i]->label;
        QObject::connect(client, &McpClient::serverLog, client, [label](const QString &line) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(terminalText(label)),
                         qPrintable(terminalText(line)));
        });
        QObject::connect(client, &McpClient::protocolProblem, client,
                         [label](const QString &problem) {
                             complain(QStringLiteral("%1: %2").arg(terminalText(label), problem));
                         });
        QObject::connect(jobs[i].get(), &InterfaceSnapshotJob::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
        McpSessionOptions options;
        options.kind = sides[i]->kind == Side::Kind::Stdio ? McpSessionOptions::Kind::Stdio
                                                           : McpSessionOptions::Kind::Http;
        options.target = sides[i]->target;
        options.requestTimeoutMs = int(seconds * 1000);
        options.captureName = QStringLiteral("mcpscope-cli diff");
        options.rootsSupported = false; // as the other verbs: no roots to offer
        options.closeTimeoutMs = 3 * StdioTransport::kGraceMs;
        ++running;
        jobs[i]->start(options);
    }
    if (running > 0)
        loop.exec();
    for (int i = 0; i < 2; ++i) {
        if (!jobs[i])
            continue;
        if (!jobs[i]->succeeded()) {
            complain(QStringLiteral("%1: %2").arg(terminalText(sides[i]->label),
                                                  jobs[i]->error().message));
            return exitCodeForError(jobs[i]->error(), 0, jobs[i]->rpcError());
        }
        snapshots[i] = jobs[i]->snapshot();
    }

    const auto diff = compareInterfaces(snapshots[0], snapshots[1], rules);
    if (!diff) {
        complain(diff.error().message);
        return McpError;
    }
    if (parser.isSet(json)) {
        QJsonObject out = diff->toJson();
        out.insert(QStringLiteral("a"), a->label);
        out.insert(QStringLiteral("b"), b->label);
        printJson(out);
    } else {
        printReport(*diff, *a, *b);
    }
    return diff->isSame() ? Ok : Differs;
}

} // namespace mcpscope::cli
