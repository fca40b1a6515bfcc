#include "diagnostic_rule_cases.h"

#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The transport rule (diagnostics/rules_connectivity.cpp) on initialize
// POSTs: one that opened an HTTP+SSE stream names the SSE endpoint
// (transport.wrong_endpoint.sse, with the answer described); a 400 carrying
// a JSON-RPC error is an MCP server refusing, not "not an MCP server".
class TestTransportRulePosts : public QObject
{
    Q_OBJECT

    static RuleFeed initialize(qint64 id, const QString &url, int status,
                               const QByteArray &contentType, const QByteArray &body)
    {
        RuleFeed f;
        f.exchange.id = id;
        f.exchange.startedAtMs = 1'750'000'000'000 + id;
        f.exchange.state = Exchange::State::Complete;
        f.exchange.method = "POST";
        f.exchange.url = url;
        f.exchange.status = status;
        f.exchange.requestHeaders = {{QByteArray("Content-Type"), QByteArray("application/json")}};
        f.exchange.requestBody = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\","
                                 "\"params\":{\"protocolVersion\":\"2025-06-18\"}}";
        f.exchange.responseHeaders = {{QByteArray("Content-Type"), contentType}};
        f.exchange.responseBody = body;
        f.exchange.ttfbMs = 5;
        f.exchange.totalMs = 6;
        f.sessionTarget = url;
        return f;
    }

private Q_SLOTS:
    void postThatOpensAnSseStream()
    {
        const QString url = QStringLiteral("http://127.0.0.1:3001/sse");
        QList<Finding> found;
        for (const Finding &f : runRules({initialize(1, url, 200, "text/event-stream",
                                                     "event: endpoint\ndata: /messages?s=1\n\n")}))
            if (f.kind == u"transport.wrong_endpoint.sse")
                found << f;
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].arguments.value(0), url);
        QCOMPARE(found[0].arguments.value(1), QStringLiteral("HTTP 200 (text/event-stream)"));
        QCOMPARE(found[0].exchangeIds, (QList<qint64>{1}));
    }

    void jsonRpcRefusalIsMcp()
    {
        const QString url = QStringLiteral("http://127.0.0.1:3001/mcp");
        const QStringList refused = kindsRaised({initialize(
            1, url, 400, "application/json",
            "{\"jsonrpc\":\"2.0\",\"id\":0,\"error\":{\"code\":-32600,\"message\":\"Bad\"}}")});
        QVERIFY2(!refused.contains(QStringLiteral("transport.not_mcp")),
                 qPrintable(refused.join(u',')));
        const QStringList html =
            kindsRaised({initialize(1, url, 400, "text/html", "<html>Bad Request</html>")});
        QVERIFY2(html.contains(QStringLiteral("transport.not_mcp")), qPrintable(html.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestTransportRulePosts)
#include "tst_transport_rule_posts.moc"
