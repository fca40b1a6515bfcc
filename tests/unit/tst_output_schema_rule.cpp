#include "diagnostic_rule_cases.h"

#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The passive rule that checks a tool's structuredContent against the
// outputSchema it listed (data.output_schema_violation, rules_http_data.cpp)
// past its one case in rule_cases_http_data.cpp: many violations summed up,
// a schema withdrawn by a later listing, a tool error, a batch answer.
class TestOutputSchemaRule : public QObject
{
    Q_OBJECT

    static const QString &url()
    {
        static const QString u = QStringLiteral("http://127.0.0.1:3001/mcp");
        return u;
    }

    // One exchange carrying request and answer (response body as given).
    static RuleFeed exchange(qint64 id, const QByteArray &request, const QByteArray &responseBody,
                             const QList<MessageRecord> &messages)
    {
        RuleFeed f;
        f.exchange.id = id;
        f.exchange.startedAtMs = 1000 + id;
        f.exchange.state = Exchange::State::Complete;
        f.exchange.method = "POST";
        f.exchange.url = url();
        f.exchange.requestHeaders = {{"Content-Type", "application/json"}};
        f.exchange.requestBody = request;
        f.exchange.status = 200;
        f.exchange.responseHeaders = {{"Content-Type", "application/json"}};
        f.exchange.responseBody = responseBody;
        f.exchange.responseBodySize = responseBody.size();
        f.exchange.ttfbMs = 1;
        f.exchange.totalMs = 2;
        f.messages = messages;
        f.protocolVersion = QStringLiteral("2025-06-18");
        f.sessionTarget = url();
        return f;
    }
    static MessageRecord message(qint64 id, qint64 exchangeId, bool outgoing, const char *kind,
                                 qint64 rpcId, const char *method, const QByteArray &payload)
    {
        MessageRecord m;
        m.id = id;
        m.exchangeId = exchangeId;
        m.outgoing = outgoing;
        m.kind = QString::fromLatin1(kind);
        m.rpcId = QString::number(rpcId);
        m.method = QString::fromLatin1(method);
        m.payload = payload;
        return m;
    }
    static RuleFeed call(qint64 id, const char *method, const QByteArray &params,
                         const QByteArray &result)
    {
        const QByteArray rid = QByteArray::number(id);
        const QByteArray request = "{\"jsonrpc\":\"2.0\",\"id\":" + rid + ",\"method\":\"" +
                                   method + "\",\"params\":" + params + "}";
        const QByteArray response =
            "{\"jsonrpc\":\"2.0\",\"id\":" + rid + ",\"result\":" + result + "}";
        return exchange(id, request, response,
                        {message(id * 10, id, true, "request", id, method, request),
                         message(id * 10 + 1, id, false, "response", id, "", response)});
    }

    static QByteArray listWithSchema()
    {
        return "{\"tools\":[{\"name\":\"weather\",\"inputSchema\":{\"type\":\"object\"},"
               "\"outputSchema\":{\"type\":\"object\",\"required\":[\"a\",\"b\",\"c\",\"d\","
               "\"e\",\"f\",\"g\"]}}]}";
    }
    static QByteArray result(const QByteArray &structured, bool isError = false)
    {
        return "{\"content\":[{\"type\":\"text\",\"text\":\"ok\"}],\"isError\":" +
               QByteArray(isError ? "true" : "false") + ",\"structuredContent\":" + structured +
               "}";
    }
    static QList<Finding> ofKind(const QList<Finding> &all)
    {
        QList<Finding> out;
        for (const Finding &f : all)
            if (f.kind == u"data.output_schema_violation")
                out << f;
        return out;
    }

private slots:
    void manyViolationsAreSummedUp()
    {
        const QList<Finding> found =
            ofKind(runRules({call(1, "tools/list", "{}", listWithSchema()),
                             call(2, "tools/call", "{\"name\":\"weather\"}", result("{}"))}));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().arguments.at(0), QStringLiteral("weather"));
        const QStringList parts = found.first().arguments.at(1).split(QStringLiteral("; "));
        // Five named, the rest counted.
        QCOMPARE(parts.size(), 6);
        QCOMPARE(parts.last(), QStringLiteral("(+2)"));
        QVERIFY2(parts.first().startsWith(QStringLiteral("# (required)")),
                 qPrintable(parts.first()));
        QCOMPARE(found.first().exchangeIds, QList<qint64>{2});
    }

    void toolErrorsAndWithdrawnSchemas()
    {
        // A tool error's structuredContent is not held to the schema.
        QVERIFY(
            ofKind(runRules({call(1, "tools/list", "{}", listWithSchema()),
                             call(2, "tools/call", "{\"name\":\"weather\"}", result("{}", true))}))
                .isEmpty());
        // A later listing without an outputSchema withdraws it.
        const QByteArray without =
            "{\"tools\":[{\"name\":\"weather\",\"inputSchema\":{\"type\":\"object\"}}]}";
        QVERIFY(ofKind(runRules({call(1, "tools/list", "{}", listWithSchema()),
                                 call(2, "tools/list", "{}", without),
                                 call(3, "tools/call", "{\"name\":\"weather\"}", result("{}"))}))
                    .isEmpty());
        // A tool never listed: nothing to check against.
        QVERIFY(ofKind(runRules({call(1, "tools/call", "{\"name\":\"weather\"}", result("{}"))}))
                    .isEmpty());
    }

    void batchAnswer()
    {
        // The answer comes in a JSON array with another response.
        const QByteArray request =
            "[{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"},"
            "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":{\"name\":"
            "\"weather\"}}]";
        const QByteArray response = "[{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{}},"
                                    "{\"jsonrpc\":\"2.0\",\"id\":8,\"result\":" +
                                    result("{\"a\":1}") + "}]";
        const RuleFeed batch = exchange(
            2, request, response,
            {message(20, 2, true, "request", 7, "ping",
                     "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}"),
             message(21, 2, true, "request", 8, "tools/call",
                     "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":{\"name\":"
                     "\"weather\"}}")});
        const QList<Finding> found =
            ofKind(runRules({call(1, "tools/list", "{}", listWithSchema()), batch}));
        QCOMPARE(found.size(), 1);
        // a is there; b to g are missing: five named and one counted.
        QVERIFY(found.first().arguments.at(1).endsWith(QStringLiteral("(+1)")));
    }
};

QTEST_GUILESS_MAIN(TestOutputSchemaRule)
#include "tst_output_schema_rule.moc"
