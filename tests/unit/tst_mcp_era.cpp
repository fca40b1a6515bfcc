// The pure logic of MCP 2026-07-28 (issue 16): header mirroring and its
// encoding, x-mcp-header validation, request _meta, resultType, multi
// round-trip bookkeeping, server/discover and UnsupportedProtocolVersion.
#include "mcp/json_rpc.h"
#include "mcp/mcp_headers.h"
#include "mcp/modern_era.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mcpscope;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return object;
}

QByteArray header(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QByteArray();
}

bool hasHeader(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QJsonObject schemaWithHeader(const char *type, const QJsonValue &headerName)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("value"),
                      QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)},
                                  {QStringLiteral("x-mcp-header"), headerName}}}}}};
}

} // namespace

class TestMcpEra : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The spec's table (basic/transports/streamable-http.mdx, Value Encoding).
    void encodesValuesAsTheSpecShows_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plain") << QStringLiteral("us-west1") << QByteArray("us-west1");
        QTest::newRow("internal spaces") << QStringLiteral("us west 1") << QByteArray("us west 1");
        QTest::newRow("non-ascii") << QStringLiteral("Hello, \u4e16\u754c")
                                   << QByteArray("=?base64?SGVsbG8sIOS4lueVjA==?=");
        QTest::newRow("padded") << QStringLiteral(" padded ")
                                << QByteArray("=?base64?IHBhZGRlZCA=?=");
        QTest::newRow("newline") << QStringLiteral("line1\nline2")
                                 << QByteArray("=?base64?bGluZTEKbGluZTI=?=");
        QTest::newRow("sentinel") << QStringLiteral("=?base64?literal?=")
                                  << QByteArray("=?base64?PT9iYXNlNjQ/bGl0ZXJhbD89?=");
        QTest::newRow("leading tab")
            << QStringLiteral("\tindented") << QByteArray("=?base64?CWluZGVudGVk?=");
        QTest::newRow("trailing space")
            << QStringLiteral("us-west1 ") << QByteArray("=?base64?dXMtd2VzdDEg?=");
        QTest::newRow("empty") << QString() << QByteArray("");
    }
    void encodesValuesAsTheSpecShows()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, encoded);
        QCOMPARE(encodeHeaderValue(value), encoded);
        // An empty value is still a value: the header is sent, empty.
        QVERIFY(!encodeHeaderValue(value).isNull());
    }

    void convertsArgumentsToHeaderText()
    {
        QCOMPARE(headerArgumentText(QJsonValue(42)), QStringLiteral("42"));
        QCOMPARE(headerArgumentText(QJsonValue(-7)), QStringLiteral("-7"));
        QCOMPARE(headerArgumentText(QJsonValue(true)), QStringLiteral("true"));
        QCOMPARE(headerArgumentText(QJsonValue(false)), QStringLiteral("false"));
        QCOMPARE(headerArgumentText(QJsonValue(QStringLiteral("x"))), QStringLiteral("x"));
        QVERIFY(!headerArgumentText(QJsonValue(QJsonValue::Null)));
        QVERIFY(!headerArgumentText(QJsonValue(QJsonValue::Undefined)));
        QVERIFY(!headerArgumentText(QJsonValue(QJsonObject{})));
        QVERIFY(!headerArgumentText(QJsonValue(QJsonArray{})));
    }

    void standardHeadersMirrorMethodAndName()
    {
        const auto call = JsonRpcMessage::request(
            1, QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("my-tool")}});
        HeaderList headers = standardMcpHeaders(call);
        QCOMPARE(header(headers, "Mcp-Method"), QByteArray("tools/call"));
        QCOMPARE(header(headers, "Mcp-Name"), QByteArray("my-tool"));
        const auto read =
            JsonRpcMessage::request(2, QStringLiteral("resources/read"),
                                    {{QStringLiteral("uri"), QStringLiteral("file:///a%20b.txt")}});
        QCOMPARE(header(standardMcpHeaders(read), "Mcp-Name"), QByteArray("file:///a%20b.txt"));
        const auto prompt =
            JsonRpcMessage::request(3, QStringLiteral("prompts/get"),
                                    {{QStringLiteral("name"), QStringLiteral("gr\u00fc\u00dfe")}});
        QVERIFY(header(standardMcpHeaders(prompt), "Mcp-Name").startsWith("=?base64?"));
        // Mcp-Name only where the spec asks for it; Mcp-Method on notifications too.
        const auto list = JsonRpcMessage::request(4, QStringLiteral("tools/list"));
        QVERIFY(!hasHeader(standardMcpHeaders(list), "Mcp-Name"));
        const auto note = JsonRpcMessage::notification(QStringLiteral("notifications/cancelled"));
        QCOMPARE(header(standardMcpHeaders(note), "Mcp-Method"),
                 QByteArray("notifications/cancelled"));
        QVERIFY(standardMcpHeaders(JsonRpcMessage::response(5, QJsonObject{})).isEmpty());
    }

    void validDeclarationsAreMirrored()
    {
        const QJsonObject schema =
            json("{\"type\":\"object\",\"properties\":{"
                 "\"region\":{\"type\":\"string\",\"x-mcp-header\":\"Region\"},"
                 "\"priority\":{\"type\":\"integer\",\"x-mcp-header\":\"Priority\"},"
                 "\"verbose\":{\"type\":\"boolean\",\"x-mcp-header\":\"Verbose\"},"
                 "\"float_val\":{\"type\":\"number\"},"
                 "\"where\":{\"type\":\"object\",\"properties\":{"
                 "\"zone\":{\"type\":\"string\",\"x-mcp-header\":\"Zone\"}}},"
                 "\"query\":{\"type\":\"string\",\"default\":{\"x-mcp-header\":\"NotASchema\"}}}}");
        const ToolHeaderDeclarations declarations = toolHeaderDeclarations(schema);
        QVERIFY2(declarations.isValid(), qPrintable(declarations.problem));
        QCOMPARE(declarations.params.size(), 4);
        const HeaderList headers = toolParamHeaders(
            declarations.params,
            json("{\"region\":\"us-west1\",\"priority\":42,\"verbose\":null,\"float_val\":3.14,"
                 "\"where\":{\"zone\":\" b \"},\"query\":\"SELECT 1\"}"));
        QCOMPARE(header(headers, "Mcp-Param-Region"), QByteArray("us-west1"));
        QCOMPARE(header(headers, "Mcp-Param-Priority"), QByteArray("42"));
        QCOMPARE(header(headers, "Mcp-Param-Zone"), QByteArray("=?base64?IGIg?="));
        QVERIFY(!hasHeader(headers, "Mcp-Param-Verbose")); // null: omitted
        QVERIFY(!hasHeader(headers, "Mcp-Param-Query"));
        QVERIFY(!hasHeader(headers, "Mcp-Param-FloatVal"));
        QCOMPARE(headers.size(), 3);
        // Absent: omitted too.
        QVERIFY(toolParamHeaders(declarations.params, QJsonObject{}).isEmpty());
    }

    void invalidDeclarationsRejectTheTool_data()
    {
        QTest::addColumn<QJsonObject>("schema");
        QTest::newRow("empty") << schemaWithHeader("string", QString());
        QTest::newRow("object") << schemaWithHeader("object", QStringLiteral("Data"));
        QTest::newRow("array") << schemaWithHeader("array", QStringLiteral("Items"));
        QTest::newRow("null") << schemaWithHeader("null", QStringLiteral("Nil"));
        QTest::newRow("number") << schemaWithHeader("number", QStringLiteral("Ratio"));
        QTest::newRow("space") << schemaWithHeader("string", QStringLiteral("My Region"));
        QTest::newRow("colon") << schemaWithHeader("string", QStringLiteral("Region:Primary"));
        QTest::newRow("non-ascii") << schemaWithHeader("string", QStringLiteral("R\u00e9gion"));
        QTest::newRow("control") << schemaWithHeader("string", QStringLiteral("Region\t1"));
        QTest::newRow("not a string") << schemaWithHeader("string", QJsonValue(7));
        QTest::newRow("duplicate, other case")
            << json("{\"type\":\"object\",\"properties\":{"
                    "\"a\":{\"type\":\"string\",\"x-mcp-header\":\"MyField\"},"
                    "\"b\":{\"type\":\"string\",\"x-mcp-header\":\"myfield\"}}}");
        QTest::newRow("under items")
            << json("{\"type\":\"object\",\"properties\":{\"list\":{\"type\":\"array\",\"items\":"
                    "{\"type\":\"string\",\"x-mcp-header\":\"Item\"}}}}");
        QTest::newRow("under oneOf")
            << json("{\"type\":\"object\",\"oneOf\":[{\"properties\":{\"a\":{\"type\":\"string\","
                    "\"x-mcp-header\":\"A\"}}}]}");
        QTest::newRow("under $defs") << json(
            "{\"type\":\"object\",\"$defs\":{\"a\":{\"type\":\"string\",\"x-mcp-header\":\"A\"}}}");
        QTest::newRow("at the root") << json("{\"type\":\"string\",\"x-mcp-header\":\"Root\"}");
    }
    void invalidDeclarationsRejectTheTool()
    {
        QFETCH(QJsonObject, schema);
        const ToolHeaderDeclarations declarations = toolHeaderDeclarations(schema);
        QVERIFY(!declarations.isValid());
        QVERIFY(declarations.params.isEmpty());
        QVERIFY(!declarations.problem.isEmpty());
    }

    void deepSchemasAreBounded()
    {
        QJsonObject schema{{QStringLiteral("type"), QStringLiteral("string")}};
        for (int i = 0; i < 200; ++i)
            schema = {{QStringLiteral("type"), QStringLiteral("object")},
                      {QStringLiteral("properties"), QJsonObject{{QStringLiteral("n"), schema}}}};
        QVERIFY(!toolHeaderDeclarations(schema).isValid());
        QVERIFY(toolHeaderDeclarations(QJsonObject{}).isValid());
    }

    void requestMetaIsMergedIn()
    {
        RequestMeta meta;
        meta.protocolVersion = QStringLiteral("2026-07-28");
        meta.clientCapabilities = json("{\"elicitation\":{\"form\":{}}}");
        meta.clientInfo = json("{\"name\":\"mcpscope\",\"version\":\"1\"}");
        const QJsonObject params =
            withRequestMeta(json("{\"name\":\"t\",\"_meta\":{\"progressToken\":3}}"), meta);
        const QJsonObject m = params.value(QStringLiteral("_meta")).toObject();
        QCOMPARE(m.value(QStringLiteral("progressToken")).toInt(), 3);
        QCOMPARE(m.value(QLatin1String(modern::kMetaProtocolVersion)).toString(),
                 QStringLiteral("2026-07-28"));
        QCOMPARE(m.value(QLatin1String(modern::kMetaClientCapabilities)).toObject(),
                 meta.clientCapabilities);
        QCOMPARE(m.value(QLatin1String(modern::kMetaClientInfo)).toObject(), meta.clientInfo);
        QVERIFY(!m.contains(QLatin1String(modern::kMetaLogLevel)));
        QCOMPARE(params.value(QStringLiteral("name")).toString(), QStringLiteral("t"));
        meta.logLevel = QStringLiteral("debug");
        QCOMPARE(withRequestMeta({}, meta)
                     .value(QStringLiteral("_meta"))
                     .toObject()
                     .value(QLatin1String(modern::kMetaLogLevel))
                     .toString(),
                 QStringLiteral("debug"));
    }

    void absentResultTypeMeansComplete()
    {
        QCOMPARE(resultTypeOf(json("{\"content\":[]}")), QStringLiteral("complete"));
        QCOMPARE(resultTypeOf(QJsonValue()), QStringLiteral("complete"));
        QCOMPARE(resultTypeOf(json("{\"resultType\":\"input_required\"}")),
                 QStringLiteral("input_required"));
    }

    void readsInputRequiredResults()
    {
        const auto input = parseInputRequired(
            json("{\"resultType\":\"input_required\",\"inputRequests\":{"
                 "\"confirm\":{\"method\":\"elicitation/create\",\"params\":{\"message\":\"ok?\"}},"
                 "\"roots\":{\"method\":\"roots/list\"}},\"requestState\":\"opaque=\"}"));
        QVERIFY(input);
        QCOMPARE(input->requests.size(), 2);
        QCOMPARE(input->requests.at(0).key, QStringLiteral("confirm"));
        QCOMPARE(input->requests.at(0).method, QStringLiteral("elicitation/create"));
        QCOMPARE(input->requests.at(0).params.value(QStringLiteral("message")).toString(),
                 QStringLiteral("ok?"));
        QCOMPARE(input->requests.at(1).method, QStringLiteral("roots/list"));
        QVERIFY(input->requestState);
        QCOMPARE(input->requestState->toString(), QStringLiteral("opaque="));

        const auto stateOnly = parseInputRequired(json("{\"requestState\":\"s\"}"));
        QVERIFY(stateOnly);
        QVERIFY(stateOnly->requests.isEmpty());
        const auto noState =
            parseInputRequired(json("{\"inputRequests\":{\"a\":{\"method\":\"roots/list\"}}}"));
        QVERIFY(noState);
        QVERIFY(!noState->requestState);

        QVERIFY(!parseInputRequired(json("{\"resultType\":\"input_required\"}")));
        QVERIFY(!parseInputRequired(json("{\"inputRequests\":[1,2]}")));
        QVERIFY(!parseInputRequired(json("{\"inputRequests\":{\"a\":{\"params\":{}}}}")));
        QVERIFY(!parseInputRequired(
            json("{\"inputRequests\":{\"a\":{\"method\":\"x\",\"params\":[]}}}")));
    }

    void retriesEchoStateVerbatimAndReplaceEarlierRounds()
    {
        const QJsonObject original = json("{\"name\":\"t\",\"arguments\":{\"a\":1}}");
        const QJsonObject responses = json("{\"confirm\":{\"action\":\"accept\"}}");
        const QJsonValue state(QStringLiteral("{\"nonce\":\"x\"} \u00e9"));
        const QJsonObject retry = retryParams(original, responses, state);
        QCOMPARE(retry.value(QStringLiteral("requestState")), state);
        QCOMPARE(retry.value(QStringLiteral("inputResponses")).toObject(), responses);
        QCOMPARE(retry.value(QStringLiteral("arguments")).toObject(), json("{\"a\":1}"));
        // No state given: none sent; nothing answered: no inputResponses.
        const QJsonObject bare = retryParams(original, {}, std::nullopt);
        QVERIFY(!bare.contains(QStringLiteral("requestState")));
        QVERIFY(!bare.contains(QStringLiteral("inputResponses")));
        // A later round starts from the original, not from the last retry.
        const QJsonObject second = retryParams(retry, {}, std::nullopt);
        QVERIFY(!second.contains(QStringLiteral("requestState")));
        QVERIFY(!second.contains(QStringLiteral("inputResponses")));
        QCOMPARE(modern::kMaxInputRounds, 16);
    }

    void readsAndChecksDiscoverResults()
    {
        const DiscoverInfo good = parseDiscoverResult(
            json("{\"resultType\":\"complete\",\"supportedVersions\":[\"2026-07-28\"],"
                 "\"capabilities\":{\"tools\":{}},\"ttlMs\":0,\"cacheScope\":\"private\","
                 "\"_meta\":{\"io.modelcontextprotocol/serverInfo\":{\"name\":\"s\",\"version\":"
                 "\"1\"}},\"instructions\":\"hi\"}"));
        QVERIFY2(good.violations.isEmpty(), qPrintable(good.violations.join(u'\n')));
        QVERIFY(good.supports(QStringLiteral("2026-07-28")));
        QCOMPARE(good.serverInfo.value(QStringLiteral("name")).toString(), QStringLiteral("s"));
        QCOMPARE(good.instructions, QStringLiteral("hi"));
        QVERIFY(good.capabilities.contains(QStringLiteral("tools")));

        // Breaks the schema (no ttlMs, cacheScope, resultType; a number among
        // the versions): explained, and what is readable is still used.
        const DiscoverInfo bad = parseDiscoverResult(
            json("{\"supportedVersions\":[\"2026-07-28\",5],\"serverInfo\":{\"name\":\"old\"}}"));
        QVERIFY(!bad.violations.isEmpty());
        QVERIFY(bad.supports(QStringLiteral("2026-07-28")));
        QCOMPARE(bad.supportedVersions.size(), 1);
        QCOMPARE(bad.serverInfo.value(QStringLiteral("name")).toString(), QStringLiteral("old"));
        QVERIFY(!parseDiscoverResult(QJsonValue(3)).violations.isEmpty());
    }

    void readsUnsupportedVersionErrors()
    {
        QCOMPARE(supportedVersionsOf(
                     json("{\"supported\":[\"2026-07-28\",\"2025-11-25\",7],\"requested\":\"x\"}")),
                 (QStringList{QStringLiteral("2026-07-28"), QStringLiteral("2025-11-25")}));
        QVERIFY(supportedVersionsOf(QJsonValue()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMcpEra)
#include "tst_mcp_era.moc"
