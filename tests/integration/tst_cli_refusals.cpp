#include "cli_run.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope::testing;

// What mcpscope-cli says when its command line cannot run: the exit code the
// README documents (1 bad arguments, 4 store, 9 catalog), the one line that
// names the cause, and, for bad arguments, the verb's help after it. Nothing
// goes to stdout, where a script reads results. These are refused before any
// connection is tried, so the URL (port 9, discard) is never dialled.
class TestCliRefusals : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file; // a regular file, where a folder is expected below

    static QString url() { return QStringLiteral("http://127.0.0.1:9/mcp"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("a-file"));
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a folder");
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::addColumn<bool>("withHelp");
        // In args and says, "@URL" stands for url(), "@MISSING" for a path in
        // the test's folder where no file is, "@FILE" for a regular file.
        const QString missing = m_dir.filePath(QStringLiteral("missing/store.sqlite"));
        const auto expand = [this, missing](QString text) {
            return text.replace(QStringLiteral("@URL"), url())
                .replace(QStringLiteral("@MISSING"), missing)
                .replace(QStringLiteral("@FILE"), m_file);
        };
        const auto row = [expand](const char *name, std::initializer_list<const char *> args,
                                  int code, const char *says, bool help = true) {
            QStringList list;
            for (const char *arg : args)
                list << expand(QString::fromUtf8(arg));
            QTest::newRow(name) << list << code << expand(QString::fromUtf8(says)) << help;
        };
        row("transport", {"connect", "--transport", "carrier", "@URL"}, 1,
            "--transport takes auto, http or sse");
        row("no server", {"connect"}, 1, "name the server by URL or by --stdio COMMAND, not both");
        row("url and stdio", {"connect", "--stdio", "node x.js", "@URL"}, 1,
            "name the server by URL or by --stdio COMMAND, not both");
        row("two urls", {"connect", "@URL", "@URL"}, 1, "connect takes one URL (or --stdio)");
        row("timeout zero", {"connect", "--timeout", "0", "@URL"}, 1,
            "--timeout takes a positive number of seconds");
        row("timeout word", {"connect", "--timeout", "soon", "@URL"}, 1,
            "--timeout takes a positive number of seconds");
        row("max body", {"connect", "--max-body", "5000", "@URL"}, 1,
            "--max-body takes a size in MiB between 0 and 4096");
        row("retry", {"connect", "--retry", "-1", "@URL"}, 1,
            "--retry takes a number of retries (0 or more)");
        row("header", {"connect", "-H", "nocolon", "@URL"}, 1,
            "\"nocolon\" is not a header: write it as Name: value.");
        row("env", {"connect", "--env", "FOO", "@URL"}, 1, "--env takes NAME=value, not \"FOO\"");
        row("oauth mode", {"connect", "--oauth", "magic", "@URL"}, 1,
            "--oauth takes browser, headless, client-credentials, workload-identity or "
            "enterprise-managed");
        row("assertion file",
            {"connect", "--oauth", "workload-identity", "--assertion", "/nonexistent/jwt", "@URL"},
            1, "cannot read --assertion /nonexistent/jwt: No such file or directory");
        row("id token file",
            {"connect", "--oauth", "enterprise-managed", "--id-token", "/nonexistent/id", "@URL"},
            1, "cannot read --id-token /nonexistent/id: No such file or directory");
        row("client key file",
            {"connect", "--oauth", "headless", "--client-key", "/nonexistent/key.pem", "@URL"}, 1,
            "cannot read --client-key /nonexistent/key.pem: No such file or directory");
        row("era", {"connect", "--era", "future", "@URL"}, 1, "--era takes auto, legacy or modern");
        row("server and url", {"connect", "--server", "x", "@URL"}, 1,
            "--server names the server: no URL nor --stdio with it");
        // Refused with complain(): the cause only, no help.
        row("empty stdio", {"connect", "--stdio", ""}, 1, "--stdio needs a command", false);
        row("tools shape", {"tools", "call", "@URL"}, 1,
            "use: tools list URL | tools call URL NAME (or --stdio CMD instead of URL)");
        row("tools args", {"tools", "call", "@URL", "echo", "--args", "[1]"}, 1,
            "--args must be a JSON object, not an array");
        row("tools args syntax", {"tools", "call", "@URL", "echo", "--args", "{"}, 1,
            "--args must be a JSON object: unterminated object at character 1");
        row("stats store", {"stats"}, 1, "stats needs --store FILE");
        row("stats session", {"stats", "--store", "@MISSING", "--session", "abc"}, 1,
            "--session takes a session id, not 'abc'");
        row("stats baseline", {"stats", "--store", "@MISSING", "--baseline-session", "-3"}, 1,
            "--baseline-session takes a session id, not '-3'");
        row("stats by", {"stats", "--store", "@MISSING", "--by", "colour"}, 1,
            "--by is method or tool, not 'colour'");
        row("stats window", {"stats", "--store", "@MISSING", "--window", "5y"}, 1,
            "--window takes a duration such as 30s, 5m or 500ms, not '5y'");
        row("stats window zero", {"stats", "--store", "@MISSING", "--window", "0s"}, 1,
            "--window takes a duration such as 30s, 5m or 500ms, not '0s'");
        row("stats from", {"stats", "--store", "@MISSING", "--from", "yesterday"}, 1,
            "--from takes an ISO 8601 time (2026-05-01T12:00:00Z), not 'yesterday'");
        row("stats to before from",
            {"stats", "--store", "@MISSING", "--from", "2026-05-02T00:00:00Z", "--to",
             "2026-05-01T00:00:00Z"},
            1, "--to must be after --from");
        row("stats threshold", {"stats", "--store", "@MISSING", "--fail-on", "p95>abc"}, 1,
            "Bad threshold \"p95>abc\": the limit of p95 is a factor of the baseline and needs an "
            "x "
            "(2x). Write a threshold as errors>2%, p95>2x, auth>5% or ratelimit>80%, optionally "
            "with a window such as @10m.");
        row("stats no store", {"stats", "--store", "@MISSING"}, 4, "no capture store at @MISSING",
            false);
        row("doctor no server", {"doctor"}, 1, "name the server by one URL or by --stdio COMMAND");
        row("doctor scheme", {"doctor", "ftp://example.com/"}, 1,
            "the URL must be http:// or https:// with a host");
        row("doctor transport", {"doctor", "--transport", "carrier", "@URL"}, 1,
            "--transport takes auto, streamable or sse");
        row("doctor oauth", {"doctor", "--oauth", "magic", "@URL"}, 1,
            "--oauth takes headless, browser or client-credentials");
        row("doctor burst", {"doctor", "--burst", "0", "@URL"}, 1,
            "--burst takes a number from 1 to 1000");
        row("doctor repeat", {"doctor", "--repeat", "5000", "@URL"}, 1,
            "--repeat takes a number from 1 to 1000");
        row("doctor timeout", {"doctor", "--timeout", "-1", "@URL"}, 1,
            "--timeout takes a positive number of seconds");
        row("doctor empty stdio", {"doctor", "--stdio", ""}, 1, "--stdio needs a command");
        row("doctor store", {"doctor", "--store", "@FILE/capture.sqlite", "@URL"}, 4,
            "Could not create the folder for the capture store: @FILE is not a folder.", false);
        row("replay needs", {"replay"}, 1, "replay needs --store FILE and --session ID");
        row("replay target", {"replay", "--store", "@MISSING", "--session", "1"}, 1,
            "replay takes one URL or --stdio COMMAND");
        row("replay session", {"replay", "--store", "@MISSING", "--session", "abc", "@URL"}, 1,
            "--session takes a session id (a number)");
        row("replay timeout",
            {"replay", "--store", "@MISSING", "--session", "1", "--timeout", "x", "@URL"}, 1,
            "--timeout takes a number of seconds");
        row("replay ignore",
            {"replay", "--store", "@MISSING", "--session", "1", "--ignore", "id", "@URL"}, 1,
            "--ignore takes a JSON pointer ('/a/b'), not 'id'");
        row("replay empty stdio",
            {"replay", "--store", "@MISSING", "--session", "1", "--stdio", ""}, 1,
            "--stdio needs a command");
        // Not a new, empty store made at a mistyped path.
        row("replay no store", {"replay", "--store", "@MISSING", "--session", "1", "@URL"}, 4,
            "no capture store at @MISSING", false);
        row("report needs store", {"report"}, 1, "report needs --store FILE");
        row("report needs session", {"report", "--store", "@MISSING"}, 1,
            "report needs --session ID (see sessions)");
        row("report session", {"report", "--store", "@MISSING", "--session", "x"}, 1,
            "--session takes a session id, not 'x'");
        row("report format", {"report", "--store", "@MISSING", "--session", "1", "--format", "pdf"},
            1, "--format is md or html, not 'pdf'");
        row("report no store", {"report", "--store", "@MISSING", "--session", "1"}, 4,
            "no capture store at @MISSING", false);
        row("diff sides", {"diff", "@URL"}, 1, "diff compares exactly two interfaces: A and B");
        row("diff side", {"diff", "nowhere", "@URL"}, 1,
            "nowhere is not an http(s) URL, stdio:COMMAND or store:FILE#SESSION");
        row("diff ignore", {"diff", "--ignore", "foo", "@URL", "@URL"}, 1,
            "--ignore foo: a JSON pointer starts with '/'");
        row("diff timeout", {"diff", "--timeout", "0", "@URL", "@URL"}, 1,
            "--timeout takes a positive number of seconds");
        row("diff no store", {"diff", "store:@MISSING#1", "@URL"}, 4,
            "no capture store at @MISSING", false);
        row("catalog action", {"catalog"}, 1,
            "catalog takes list, import FILE, export FILE or remove NAME");
        row("catalog unknown", {"catalog", "frobnicate"}, 1,
            "catalog takes list, import FILE, export FILE or remove NAME");
        row("catalog import", {"catalog", "import"}, 1, "catalog import takes one argument");
        row("catalog remove", {"catalog", "remove"}, 1, "catalog remove takes one argument");
        row("catalog list", {"catalog", "list", "extra"}, 1, "catalog list takes no argument");
        row("catalog format", {"catalog", "list", "--format", "weird"}, 1,
            "--format takes auto, mcp, claude, cursor, vscode or server-json");
        row("catalog import missing", {"catalog", "import", "@MISSING"}, 1,
            "Could not read @MISSING: No such file or directory.", false);
        row("catalog export", {"catalog", "export", "@FILE/out.json", "--catalog", "@MISSING"}, 9,
            "Could not create @FILE/out.json: Not a directory.", false);
        // Every verb that reads a capture: the same cause, exit 4, no store made.
        for (const char *verb : {"sessions", "findings", "export"})
            row(verb, {verb, "--store", "@MISSING"}, 4, "no capture store at @MISSING", false);
        row("mock no store", {"mock", "--store", "@MISSING", "--session", "1"}, 4,
            "no capture store at @MISSING", false);
        row("bundle no store",
            {"bundle", "--store", "@MISSING", "--session", "1", "--output", "@MISSING.mcpscope"}, 4,
            "no capture store at @MISSING", false);
        row("request url", {"request"}, 1, "request takes exactly one URL");
        row("request timeout", {"request", "--timeout", "0", "@URL"}, 1,
            "--timeout takes a positive number of seconds");
        row("request data file", {"request", "-d", "@@MISSING", "@URL"}, 1,
            "cannot read @MISSING: No such file or directory");
        row("unknown option", {"sessions", "--colour"}, 1, "Unknown option 'colour'.");
        row("resources shape", {"resources", "read", "@URL"}, 1,
            "use: resources list URL | resources read URL URI (or --stdio CMD instead of URL)");
    }

    void refused()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing"));
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QFETCH(bool, withHelp);
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.out, QByteArray());
        const QList<QByteArray> lines = run.err.split('\n');
        QCOMPARE(QString::fromUtf8(lines.value(0)), QStringLiteral("mcpscope-cli: ") + says);
        QVERIFY2(!QFileInfo::exists(missing), "a refused command made a file or folder");
        if (withHelp) {
            // The verb's help follows, after one empty line.
            QCOMPARE(lines.value(1), QByteArray());
            QVERIFY2(lines.value(2).startsWith("Usage: "), run.err.constData());
        } else {
            QCOMPARE(lines.size(), 2); // the one line and its newline
        }
    }

    // A store or vault path under a regular file: exit 4, naming what could
    // not be made and why.
    void unusableStoreAndVault()
    {
        const CliRun store = runCli({QStringLiteral("connect"), QStringLiteral("--store"),
                                     m_file + QStringLiteral("/capture.sqlite"), url()});
        QCOMPARE(store.exitCode, 4);
        QCOMPARE(QString::fromUtf8(store.err.trimmed()),
                 QStringLiteral("mcpscope-cli: Could not create the folder for the capture "
                                "store: %1 is not a folder.")
                     .arg(m_file));
        const CliRun vault = runCli({QStringLiteral("connect"), QStringLiteral("--oauth"),
                                     QStringLiteral("headless"), QStringLiteral("--vault"),
                                     m_file + QStringLiteral("/vault.sqlite"), url()});
        QCOMPARE(vault.exitCode, 4);
        QCOMPARE(QString::fromUtf8(vault.err.trimmed()),
                 QStringLiteral("mcpscope-cli: Could not create the folder for the token vault: "
                                "%1 is not a folder.")
                     .arg(m_file));
    }

    // A file that is not a capture store: exit 4, the file named once.
    void statsOfNotAStore()
    {
        const CliRun run = runCli({QStringLiteral("stats"), QStringLiteral("--store"), m_file});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(QString::fromUtf8(run.err.trimmed()),
                 QStringLiteral("mcpscope-cli: %1 is not a McpScope capture store (no schema "
                                "found).")
                     .arg(m_file));
        QCOMPARE(run.out, QByteArray());
    }

    // --server with a catalog that lacks the name: a usage error naming it;
    // a catalog file that is not JSON: exit 9.
    void catalogRefusals()
    {
        const QString empty = m_dir.filePath(QStringLiteral("missing-catalog.json"));
        const CliRun missing =
            runCli({QStringLiteral("connect"), QStringLiteral("--server"),
                    QStringLiteral("nothere"), QStringLiteral("--catalog"), empty});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(QString::fromUtf8(missing.err.trimmed()),
                 QStringLiteral("mcpscope-cli: The catalog has no server named \"nothere\"; it is "
                                "empty (import some with \"catalog import\")."));
        const QString broken = m_dir.filePath(QStringLiteral("broken-catalog.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        const CliRun unreadable =
            runCli({QStringLiteral("connect"), QStringLiteral("--server"), QStringLiteral("x"),
                    QStringLiteral("--catalog"), broken});
        QCOMPARE(unreadable.exitCode, 9);
        QVERIFY2(unreadable.err.startsWith("mcpscope-cli: "), unreadable.err.constData());
        QVERIFY2(unreadable.err.contains(broken.toUtf8()), unreadable.err.constData());
        QCOMPARE(unreadable.out, QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestCliRefusals)
#include "tst_cli_refusals.moc"
