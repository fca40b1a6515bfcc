#include "common/ordered_json.h"
#include "mcp/json_rpc.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

class TestOrderedJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyOrderKept()
    {
        const QByteArray in = "{\"zeta\":1,\"alpha\":{\"y\":true,\"b\":null},\"mid\":[3,\"x\"]}";
        const auto pretty = indentJson(in);
        QVERIFY(pretty);
        QCOMPARE(*pretty, QByteArray("{\n  \"zeta\": 1,\n  \"alpha\": {\n    \"y\": true,\n"
                                     "    \"b\": null\n  },\n  \"mid\": [\n    3,\n    \"x\"\n"
                                     "  ]\n}"));
        // QJsonDocument would have sorted them: the facility exists because of this.
        QVERIFY(QJsonDocument::fromJson(in).toJson(QJsonDocument::Compact) != in);
        QCOMPARE(*compactJson(*pretty), in);
    }

    void bytesOfScalarsKept_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("1.0") << QByteArray("1.0");
        QTest::newRow("1e400") << QByteArray("1e400");
        QTest::newRow("-0") << QByteArray("-0");
        QTest::newRow("big integer") << QByteArray("123456789012345678901234567890");
        QTest::newRow("exponent sign") << QByteArray("2.50E+07");
        QTest::newRow("unicode escape") << QByteArray("\"caf\\u00e9 \\ud83d\\ude00\"");
        QTest::newRow("escaped slash") << QByteArray("\"a\\/b\\n\"");
        QTest::newRow("raw utf-8") << QByteArray("\"caf\xC3\xA9\"");
    }
    void bytesOfScalarsKept()
    {
        QFETCH(QByteArray, value);
        const QByteArray doc = "{\"b\": " + value + ", \"a\": [" + value + "]}";
        QCOMPARE(*indentJson(doc),
                 QByteArray("{\n  \"b\": ") + value + ",\n  \"a\": [\n    " + value + "\n  ]\n}");
        QCOMPARE(*compactJson(doc), "{\"b\":" + value + ",\"a\":[" + value + "]}");
        QCOMPARE(jsonMember(doc, u"b"), std::optional<QByteArray>(value));
        QCOMPARE(*jsonElements(*jsonMember(doc, u"a")), QList<QByteArray>{value});
    }

    void memberExtractedByteForByte()
    {
        // A tools/list answer as a server might format it: the schema comes out
        // exactly as written, whitespace inside it included.
        const QByteArray schema =
            "{ \"type\": \"object\",\n    \"$schema\": \"https://json-schema.org/draft/2020-12/"
            "schema\",\n    \"$defs\": {\"a\": {\"$anchor\": \"x\", \"minimum\": 1.0}},\n"
            "    \"additionalProperties\": false }";
        const QByteArray answer = "{\"tools\": [ {\"name\": \"t\", \"inputSchema\": " + schema +
                                  " }, {\"name\":\"u\"} ], \"nextCursor\": \"c\"}";
        const auto tools = jsonElements(*jsonMember(answer, u"tools"));
        QVERIFY(tools);
        QCOMPARE(tools->size(), 2);
        QCOMPARE(jsonMember(tools->at(0), u"inputSchema"), std::optional<QByteArray>(schema));
        QCOMPARE(jsonMember(tools->at(1), u"inputSchema"), std::nullopt);
        QCOMPARE(jsonMember(answer, u"nextCursor"), std::optional<QByteArray>("\"c\""));
        const auto members = jsonMembers(schema);
        QVERIFY(members);
        QStringList keys;
        for (const auto &member : *members)
            keys << member.first;
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("type"), QStringLiteral("$schema"),
                              QStringLiteral("$defs"), QStringLiteral("additionalProperties")}));
        QCOMPARE(members->at(2).second,
                 QByteArray("{\"a\": {\"$anchor\": \"x\", \"minimum\": 1.0}}"));
    }

    void escapedKeysAndDuplicates()
    {
        const QByteArray in = "{\"k\\u0065y\":1,\"key\":2,\"caf\\u00e9\":3}";
        // QJsonDocument keeps the last of repeated keys; so does jsonMember.
        QCOMPARE(jsonMember(in, u"key"), std::optional<QByteArray>("2"));
        QCOMPARE(jsonMember(in, QStringView(u"caf\u00e9")), std::optional<QByteArray>("3"));
        QCOMPARE(jsonMembers(in)->size(), 3);
        QCOMPARE(jsonMembers(in)->at(0).first, QStringLiteral("key"));
        // A duplicate stays duplicated when shown: nothing the server sent is hidden.
        QCOMPARE(*compactJson(in), in);
    }

    void notAnObjectOrArray()
    {
        QCOMPARE(jsonMember("[1]", u"a"), std::nullopt);
        QCOMPARE(jsonElements("{\"a\":1}"), std::nullopt);
        QCOMPARE(jsonMembers("\"s\""), std::nullopt);
        QCOMPARE(jsonMember("{\"a\":1", u"a"), std::nullopt);
    }

    void malformedRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}");
        QTest::newRow("two values") << QByteArray("{} {}");
        QTest::newRow("bare word") << QByteArray("nope");
        QTest::newRow("leading zero") << QByteArray("01");
        QTest::newRow("bad escape") << QByteArray("\"\\x\"");
        QTest::newRow("short unicode") << QByteArray("\"\\u12\"");
        QTest::newRow("control char") << QByteArray("\"a\nb\"");
        QTest::newRow("unterminated") << QByteArray("[\"a");
        QTest::newRow("comment") << QByteArray("{/*c*/}");
    }
    void malformedRejected()
    {
        QFETCH(QByteArray, json);
        const auto checked = checkJson(json);
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ErrorCode::JsonSyntax);
        QVERIFY(checked.error().message.contains(QStringLiteral("at byte")));
        QVERIFY(!indentJson(json));
        QVERIFY(!compactJson(json));
    }

    void depthLimited()
    {
        const QByteArray deep = QByteArray(40, '[') + QByteArray(40, ']');
        // The outermost container is at depth 0, the 40th at depth 39.
        QVERIFY(checkJson(deep, 39));
        QVERIFY(!checkJson(deep, 38));
        QVERIFY(!checkJson(QByteArray(100000, '['), 512)); // stops at the limit, no stack overflow
    }

    void buildsObjectsInTheOrderGiven()
    {
        const QByteArray text =
            jsonObjectText({{QStringLiteral("z"), "1.0"},
                            {QStringLiteral("say \"hi\"\n\x01"), "{\"b\":1,\"a\":2}"},
                            {QStringLiteral("caf\u00e9"), "null"}});
        QCOMPARE(text, QByteArray("{\"z\":1.0,\"say \\\"hi\\\"\\n\\u0001\":{\"b\":1,\"a\":2},"
                                  "\"caf\xC3\xA9\":null}"));
        QVERIFY(checkJson(text));
        const QJsonObject parsed = QJsonDocument::fromJson(text).object();
        QCOMPARE(parsed.value(QStringLiteral("say \"hi\"\n\x01")).toObject().value(u"a").toInt(),
                 2);
        QCOMPARE(jsonObjectText({}), QByteArray("{}"));
    }

    // The JSON-RPC layer on top: what it received is kept as received, and
    // params given as text go out in their order with their bytes.
    void jsonRpcKeepsTheBytes()
    {
        const QByteArray one =
            "{\"result\": {\"z\": 1.0, \"a\": 2}, \"id\": 7, \"jsonrpc\": \"2.0\"}";
        const auto decoded = decodeJsonRpc(QByteArray(" " + one + "\n"));
        QVERIFY(decoded);
        QCOMPARE(decoded->first().raw, one);
        QCOMPARE(jsonMember(decoded->first().raw, u"result"),
                 std::optional<QByteArray>("{\"z\": 1.0, \"a\": 2}"));
        const QByteArray second =
            "{\"jsonrpc\":\"2.0\",\"method\":\"n\",\"params\":{\"b\":1,\"a\":1}}";
        const auto batch = decodeJsonRpc(QByteArray("[" + one + ", " + second + "]"));
        QVERIFY(batch);
        QCOMPARE(batch->size(), 2);
        QCOMPARE(batch->at(0).raw, one);
        QCOMPARE(batch->at(1).raw, second);

        // What McpClient does: params parsed from the text, _meta then changed.
        const QByteArray typed = "{\"name\": \"t\", \"arguments\": {\"z\": 1.0, \"a\": "
                                 "\"\\u00e9\"}, \"gone\": 1, \"_meta\": {\"old\": true}}";
        QJsonObject params = QJsonDocument::fromJson(typed).object();
        params.remove(QStringLiteral("gone"));
        params.insert(QStringLiteral("_meta"), QJsonObject{{QStringLiteral("progressToken"), 3}});
        params.insert(QStringLiteral("added"), true);
        JsonRpcMessage request = JsonRpcMessage::request(3, QStringLiteral("tools/call"), params);
        request.rawParams = typed;
        // Members keep their text while their value is params'; changed ones
        // are params', removed ones go, added ones follow.
        QCOMPARE(request.encode(),
                 QByteArray("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{"
                            "\"name\":\"t\",\"arguments\":{\"z\": 1.0, \"a\": \"\\u00e9\"},"
                            "\"_meta\":{\"progressToken\":3},\"added\":true}}"));
        // Without text, the encoding is what it always was.
        request.rawParams.clear();
        QCOMPARE(request.encode(), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TestOrderedJson)
#include "tst_ordered_json.moc"
