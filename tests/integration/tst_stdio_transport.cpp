#include "error_code_testing.h"
#include "mcp/mcp_client.h"
#include "mcp/stdio_transport.h"
#include "net/http_client.h"

#include "node_peer.h"

#include <QSignalSpy>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The stdio transport's edges with real child processes (sh, node): a
// server that crashes, one that writes a line longer than the cap, one that
// floods stderr without a newline, an answer that starts like JSON and
// breaks off, the environment handed to the child, and closing a transport
// whose process never ran.
class TestStdioTransport : public QObject
{
    Q_OBJECT

    static QStringList sh(const QString &script) { return {QStringLiteral("-c"), script}; }

private Q_SLOTS:
    void crashIsNamed()
    {
        StdioTransport transport(QStringLiteral("sh"), sh(QStringLiteral("kill -KILL $$")));
        QSignalSpy failed(&transport, &McpTransport::failed);
        transport.open();
        QVERIFY(failed.wait(10000));
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.code, ErrorCode::McpStdio);
        QCOMPARE(error.message, QStringLiteral("The server process sh crashed."));
    }

    // A line over the cap is dropped, reported as unreadable (no bytes kept);
    // the lines after it are read.
    void overlongLineIsDropped()
    {
        const QString script =
            QStringLiteral("head -c %1 /dev/zero | tr '\\0' a; echo; "
                           "echo '{\"jsonrpc\":\"2.0\",\"method\":\"notifications/after\"}'; "
                           "sleep 30")
                .arg(StdioTransport::kMaxLineBytes + 1024);
        StdioTransport transport(QStringLiteral("sh"), sh(script));
        QSignalSpy unreadable(&transport, &McpTransport::unreadableMessage);
        QSignalSpy received(&transport, &McpTransport::messageReceived);
        transport.open();
        QVERIFY(received.wait(30000));
        QCOMPARE(unreadable.size(), 1);
        QCOMPARE(unreadable.first().at(0).toByteArray(), QByteArray());
        const Error error = unreadable.first().at(1).value<Error>();
        QCOMPARE(error.code, ErrorCode::McpBodyCap);
        QCOMPARE(error.message,
                 QStringLiteral("The server wrote a line longer than 16 MiB; it was dropped."));
        QCOMPARE(received.first().first().value<JsonRpcMessage>().method,
                 QStringLiteral("notifications/after"));
    }

    // stderr without a newline is passed on in pieces once it passes 64 KiB.
    void stderrWithoutNewlinesIsPassedOn()
    {
        StdioTransport transport(
            QStringLiteral("sh"),
            sh(QStringLiteral("head -c 70000 /dev/zero | tr '\\0' e >&2; sleep 30")));
        QSignalSpy logs(&transport, &McpTransport::logLine);
        transport.open();
        QVERIFY(logs.wait(10000));
        const QString piece = logs.first().first().toString();
        QVERIFY2(piece.size() > 64 * 1024 && piece.size() <= 70000,
                 qPrintable(QString::number(piece.size())));
        QCOMPARE(piece, QString(piece.size(), u'e'));
    }

    // The extra environment reaches the child, on top of the inherited one.
    void extraEnvironmentReachesTheServer()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("MCPSCOPE_STDIO_PROBE"), QStringLiteral("probe-value-17"));
        StdioTransport transport(
            QStringLiteral("sh"),
            sh(QStringLiteral("echo \"$MCPSCOPE_STDIO_PROBE:${PATH:+path}\" >&2; sleep 30")), env);
        QSignalSpy logs(&transport, &McpTransport::logLine);
        transport.open();
        QVERIFY(logs.wait(10000));
        QCOMPARE(logs.first().first().toString(), QStringLiteral("probe-value-17:path"));
    }

    // An answer to initialize that starts as JSON and breaks off fails the
    // handshake with the cause, pinned on initialize by its id.
    void brokenAnswerToInitialize()
    {
        const QString script = QStringLiteral(
            "const rl = require('readline').createInterface({ input: process.stdin });"
            "rl.on('line', (line) => { const m = JSON.parse(line);"
            "  if (m.method === 'initialize') process.stdout.write("
            "    '{\"jsonrpc\":\"2.0\",\"id\":' + JSON.stringify(m.id) + "
            "',\"result\":{\"protocolV\\n');"
            "});");
        HttpClient http;
        McpClient client(&http, nullptr);
        client.setRequestTimeoutMs(60000);
        QSignalSpy failed(&client, &McpClient::failed);
        client.connectStdio(nodeBinary(), {QStringLiteral("-e"), script}, {});
        QVERIFY(failed.wait(20000));
        const Error error = failed.first().first().value<Error>();
        QVERIFY2(error.message.startsWith(QStringLiteral(
                     "The server did not complete initialize: The server's answer to initialize "
                     "cannot be read:")),
                 qPrintable(error.message));
        QVERIFY(!client.isConnected());
        client.close();
    }

    // A transport closed before its process ran reports closed at once.
    void closeBeforeOpen()
    {
        StdioTransport transport(QStringLiteral("sh"), sh(QStringLiteral("sleep 30")));
        QSignalSpy closed(&transport, &McpTransport::closed);
        transport.close();
        QVERIFY(closed.isEmpty()); // queued, not from inside close()
        QVERIFY(closed.wait(5000));
        QVERIFY(!transport.isRunning());
        transport.close(); // a second close is a no-op
        QCoreApplication::processEvents();
        QCOMPARE(closed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStdioTransport)
#include "tst_stdio_transport.moc"
