#include "cli_run.h"
#include "node_peer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope::testing;

// The MCP verbs of mcpscope-cli over plain HTTP (no OAuth) against
// server-everything, with the options every verb takes: -H, --transport,
// --timeout, --store; as a user runs them, a process each.
class TestCliMcp : public QObject
{
    Q_OBJECT

    using Run = CliRun;
    static Run cli(const QStringList &args) { return runCli(args); }
    QString everything(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_everything.port()).arg(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_sse.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("sse")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_bad.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // -H goes out on every HTTP request of the session: the store holds it.
    void headerReachesEveryRequest()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("h.sqlite"));
        const Run run = cli(
            {QStringLiteral("tools"), QStringLiteral("list"), everything(QStringLiteral("/mcp")),
             QStringLiteral("--transport"), QStringLiteral("http"), QStringLiteral("-H"),
             QStringLiteral("X-McpScope-Test: header-42"), QStringLiteral("--store"), store});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray tools = QJsonDocument::fromJson(run.out).array();
        QVERIFY2(tools.size() > 5, run.out.left(300).constData());
        const Run exported = cli({QStringLiteral("export"), QStringLiteral("--store"), store});
        QCOMPARE(exported.exitCode, 0);
        const QJsonArray exchanges = QJsonDocument::fromJson(exported.out)
                                         .object()
                                         .value(QStringLiteral("exchanges"))
                                         .toArray();
        int posts = 0;
        for (const QJsonValue &e : exchanges) {
            const QJsonObject request = e.toObject().value(QStringLiteral("request")).toObject();
            if (request.value(QStringLiteral("method")).toString() != u"POST")
                continue;
            ++posts;
            QVERIFY2(QJsonDocument(request.value(QStringLiteral("headers")).toArray())
                         .toJson()
                         .contains("header-42"),
                     QJsonDocument(request).toJson().constData());
        }
        QVERIFY2(posts >= 3,
                 qPrintable(
                     QStringLiteral("%1 POSTs").arg(posts))); // initialize, initialized, tools/list
    }

    void transportSse()
    {
        const Run run = cli({QStringLiteral("connect"),
                             QStringLiteral("http://127.0.0.1:%1/sse").arg(m_sse.port()),
                             QStringLiteral("--transport"), QStringLiteral("sse")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(out.value(QStringLiteral("transport")).toString(), QStringLiteral("sse"));
        QCOMPARE(out.value(QStringLiteral("protocolVersion")).toString(),
                 QStringLiteral("2025-11-25"));
    }

    void timeoutNamesTheWait()
    {
        const Run run =
            cli({QStringLiteral("tools"), QStringLiteral("call"),
                 QStringLiteral("http://127.0.0.1:%1/hang/mcp").arg(m_bad.port()),
                 QStringLiteral("echo"), QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("No response to tools/call within 1 s"), run.err.constData());
    }

    // Server text reaches the terminal with its control characters spelled
    // out: a JSON-RPC error cannot retitle the window, clear the screen or
    // overwrite the line it is printed on.
    void serverTextCannotDriveTheTerminal()
    {
        const Run run = cli({QStringLiteral("tools"), QStringLiteral("call"),
                             QStringLiteral("http://127.0.0.1:%1/escape/mcp").arg(m_bad.port()),
                             QStringLiteral("echo")});
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains("refused\\u001b]0;owned\\u0007\\u001b[2J\\u000dAll tests passed"),
                 run.err.constData());
        QVERIFY(!run.err.contains('\x1b'));
        QVERIFY(!run.err.contains('\r'));
        QVERIFY(!run.out.contains('\x1b'));
    }

    void resourcesAndPromptsOverHttp()
    {
        const Run read = cli({QStringLiteral("resources"), QStringLiteral("read"),
                              everything(QStringLiteral("/mcp")),
                              QStringLiteral("demo://resource/static/document/architecture.md")});
        QVERIFY2(read.exitCode == 0, read.err.constData());
        QVERIFY2(read.out.contains("Everything Server"), read.out.left(300).constData());
        const Run prompt = cli({QStringLiteral("prompts"), QStringLiteral("get"),
                                everything(QStringLiteral("/mcp")), QStringLiteral("args-prompt"),
                                QStringLiteral("--args"),
                                QStringLiteral("{\"city\":\"Lisbon\",\"state\":\"LX\"}")});
        QVERIFY2(prompt.exitCode == 0, prompt.err.constData());
        QVERIFY2(prompt.out.contains("Lisbon"), prompt.out.left(300).constData());
        const Run unknown =
            cli({QStringLiteral("tools"), QStringLiteral("call"),
                 everything(QStringLiteral("/mcp")), QStringLiteral("no-such-tool")});
        QCOMPARE(unknown.exitCode, 5);
        QVERIFY2(unknown.err.contains("no tool named \"no-such-tool\""), unknown.err.constData());
    }

private:
    NodePeer m_everything, m_sse, m_bad;
};

QTEST_GUILESS_MAIN(TestCliMcp)
#include "tst_cli_mcp.moc"
