#include "error_code_testing.h"
#include "export/har_reader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

namespace {

QJsonObject entry(int n)
{
    return QJsonObject{
        {QStringLiteral("startedDateTime"), QStringLiteral("2026-11-30T10:00:0%1.250Z").arg(n)},
        {QStringLiteral("time"), 12.5},
        {QStringLiteral("request"),
         QJsonObject{
             {QStringLiteral("method"), QStringLiteral("POST")},
             {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:3001/mcp?n=%1").arg(n)},
             {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
             {QStringLiteral("headers"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Accept")},
                                     {QStringLiteral("value"), QStringLiteral("*/*")}}}},
             {QStringLiteral("postData"),
              QJsonObject{{QStringLiteral("mimeType"), QStringLiteral("application/json")},
                          {QStringLiteral("text"), QStringLiteral("{\"n\":%1}").arg(n)}}}}},
        {QStringLiteral("response"),
         QJsonObject{{QStringLiteral("status"), 200 + n},
                     {QStringLiteral("statusText"), QStringLiteral("OK")},
                     {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                     {QStringLiteral("headers"), QJsonArray{}},
                     {QStringLiteral("content"),
                      QJsonObject{{QStringLiteral("size"), 5},
                                  {QStringLiteral("mimeType"), QStringLiteral("text/plain")},
                                  {QStringLiteral("text"), QStringLiteral("body%1").arg(n)}}}}},
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 1},
                                                {QStringLiteral("wait"), 10},
                                                {QStringLiteral("receive"), 1.5}}},
    };
}

QByteArray har(const QJsonArray &entries, const QJsonObject &extraLog = {})
{
    QJsonObject log{
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("test")},
                                                {QStringLiteral("version"), QStringLiteral("1")}}},
        {QStringLiteral("entries"), entries}};
    for (auto it = extraLog.begin(); it != extraLog.end(); ++it)
        log.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson(QJsonDocument::Compact);
}

struct ReadResult
{
    Result<void> result;
    QList<HarEntry> entries;
    HarLog log;
};

ReadResult readBytes(QByteArray bytes, bool skip = false)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    HarReader reader;
    QList<HarEntry> entries;
    auto result = reader.read(
        buffer,
        [&](const HarEntry &e) {
            entries.append(e);
            return true;
        },
        skip);
    return {result, entries, reader.log()};
}

} // namespace

class TestHarReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesOneByOne()
    {
        const QByteArray bytes = har({entry(0), entry(1), entry(2)});
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        HarReader reader;
        QList<int> seen;
        QList<qint64> ends;
        HarEntry second;
        bool creatorKnown = true;
        auto result = reader.read(buffer, [&](const HarEntry &e) {
            // Handed out as each ends: the log members before entries are known.
            creatorKnown = creatorKnown && reader.log().creatorName == u"test";
            seen.append(e.index);
            ends.append(e.endByte);
            if (e.index == 1)
                second = e;
            return true;
        });
        QVERIFY(creatorKnown);
        const HarEntry &e = second;
        QCOMPARE(e.method, QByteArray("POST"));
        QCOMPARE(e.url, QStringLiteral("http://127.0.0.1:3001/mcp?n=1"));
        QCOMPARE(e.status, 201);
        QCOMPARE(e.requestBody, QByteArray("{\"n\":1}"));
        QCOMPARE(e.responseBody, QByteArray("body1"));
        QCOMPARE(e.requestHeaders.size(), 1);
        QCOMPARE(e.requestHeaders.first().second, QByteArray("*/*"));
        QCOMPARE(e.timings.wait, 10.0);
        QCOMPARE(e.timings.blocked, -1.0);
        QCOMPARE(e.timeMs, 12.5);
        QCOMPARE(e.startedAtMs, QDateTime::fromString(QStringLiteral("2026-11-30T10:00:01.250Z"),
                                                      Qt::ISODateWithMs)
                                    .toMSecsSinceEpoch());
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(seen, (QList<int>{0, 1, 2}));
        QVERIFY(ends[0] < ends[1] && ends[1] < ends[2] && ends[2] <= bytes.size());
        QCOMPARE(reader.log().entryCount, 3);
    }

    void stopsWhenAsked()
    {
        QByteArray bytes = har({entry(0), entry(1), entry(2)});
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        HarReader reader;
        int calls = 0;
        auto result = reader.read(buffer, [&](const HarEntry &) { return ++calls < 2; });
        QVERIFY(!result);
        QCOMPARE(result.error().message, HarReader::stopped());
        QCOMPARE(calls, 2);
    }

    // Other tools' members are skipped; bodies decoded as the HAR says.
    // McpScope's message payloads come out as the file has them (key order,
    // number spelling, escapes, white space inside), the parsed tree beside
    // them; a binary request body marked `_encoding: base64` is decoded.
    void payloadsAsWrittenAndBinaryPostData()
    {
        const QByteArray payload =
            "{\"jsonrpc\":\"2.0\",\"id\":1, \"result\":{\"z\":1.50,\"a\":\"\\u00e9\\/\"}}";
        const QByteArray stdioPayload = "[1,{\"b\":true}]";
        QByteArray bytes = har({entry(0)}, {});
        const QByteArray own = "\"_mcpscope\":{\"exchangeId\":3,\"messages\":[{\"id\":1,"
                               "\"payload\":\"text\"},{\"id\":2,\"payload\":" +
                               payload + "}]},";
        bytes.insert(bytes.indexOf("\"startedDateTime\""), own);
        bytes.replace("\"mimeType\":\"application/json\",\"text\":\"{\\\"n\\\":0}\"",
                      "\"_encoding\":\"base64\",\"mimeType\":\"application/octet-stream\","
                      "\"text\":\"AAEC/w==\"");
        bytes.insert(bytes.lastIndexOf("}}"),
                     ",\"_mcpscope\":{\"format\":1,\"sessions\":[{\"id\":1,\"messages\":[{"
                     "\"payload\":" +
                         stdioPayload + "}]}]}");
        const ReadResult read = readBytes(bytes);
        QVERIFY2(read.result, read.result ? "" : qPrintable(read.result.error().message));
        QCOMPARE(read.entries.size(), 1);
        const HarEntry &e = read.entries[0];
        QCOMPARE(e.mcpscopePayloads, QByteArrayList{payload});
        QCOMPARE(e.mcpscope.value(u"messages")[1].toObject().value(u"payload").toObject(),
                 QJsonDocument::fromJson(payload).object());
        QCOMPARE(e.mcpscope.value(u"messages")[0].toObject().value(u"payload").toString(),
                 QStringLiteral("text"));
        QCOMPARE(e.requestBody, QByteArray("\x00\x01\x02\xff", 4));
        QCOMPARE(read.log.mcpscopePayloads, QByteArrayList{stdioPayload});

        // Base64 that is not: an error that says where.
        QByteArray bad = bytes;
        bad.replace("AAEC/w==", "not base64!");
        const ReadResult refused = readBytes(bad);
        QVERIFY(!refused.result);
        QVERIFY2(refused.result.error().message.contains(u"postData"),
                 qPrintable(refused.result.error().message));
    }

    void customMembersAndEncodings()
    {
        QJsonObject e = entry(0);
        e.insert(QStringLiteral("_initiator"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("script")},
                             {QStringLiteral("stack"),
                              QJsonObject{{QStringLiteral("callFrames"), QJsonArray{1, 2, 3}}}}});
        e.insert(QStringLiteral("_resourceType"), QStringLiteral("fetch"));
        e.insert(QStringLiteral("comment"), QStringLiteral("a note"));
        // _meta deep in McpScope's own members is kept; other tools' _ members are not.
        const QJsonObject meta{{QStringLiteral("_meta"), QJsonObject{{QStringLiteral("k"), 1}}}};
        e.insert(QStringLiteral("_mcpscope"),
                 QJsonObject{
                     {QStringLiteral("exchangeId"), 7},
                     {QStringLiteral("messages"),
                      QJsonArray{QJsonObject{{QStringLiteral("payload"),
                                              QJsonObject{{QStringLiteral("params"), meta}}}}}}});
        QJsonObject response = e.value(u"response").toObject();
        response.insert(QStringLiteral("_transferSize"), 1234);
        response.insert(QStringLiteral("content"),
                        QJsonObject{{QStringLiteral("size"), 4},
                                    {QStringLiteral("mimeType"), QStringLiteral("image/png")},
                                    {QStringLiteral("encoding"), QStringLiteral("base64")},
                                    {QStringLiteral("text"), QStringLiteral("AAEC/w==")}});
        e.insert(QStringLiteral("response"), response);
        QJsonObject form = entry(1);
        QJsonObject request = form.value(u"request").toObject();
        request.insert(
            QStringLiteral("postData"),
            QJsonObject{
                {QStringLiteral("mimeType"), QStringLiteral("application/x-www-form-urlencoded")},
                {QStringLiteral("params"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("a b")},
                                        {QStringLiteral("value"), QStringLiteral("1&2")}},
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("c")},
                                        {QStringLiteral("value"), QStringLiteral("3")}}}}});
        form.insert(QStringLiteral("request"), request);
        QJsonObject odd = entry(2);
        QJsonObject oddResponse = odd.value(u"response").toObject();
        oddResponse.insert(QStringLiteral("content"),
                           QJsonObject{{QStringLiteral("encoding"), QStringLiteral("rot13")},
                                       {QStringLiteral("text"), QStringLiteral("obql")}});
        odd.insert(QStringLiteral("response"), oddResponse);
        // log._mcpscope after the entries, and a top-level member of another tool.
        QByteArray bytes =
            har({e, form, odd},
                {{QStringLiteral("_mcpscope"), QJsonObject{{QStringLiteral("format"), 1}}},
                 {QStringLiteral("browser"), QJsonObject{{QStringLiteral("name"), 1}}}});
        bytes.insert(1, "\"_other\":{\"x\":[1,{\"y\":null}]},");
        const ReadResult read = readBytes(bytes);
        QVERIFY2(read.result, read.result ? "" : qPrintable(read.result.error().message));
        QCOMPARE(read.entries.size(), 3);
        QCOMPARE(read.entries[0].responseBody, QByteArray("\x00\x01\x02\xff", 4));
        QCOMPARE(read.entries[0].comment, QStringLiteral("a note"));
        QCOMPARE(read.entries[0].mcpscope.value(u"exchangeId").toInt(), 7);
        QCOMPARE(read.entries[0]
                     .mcpscope.value(u"messages")[0]
                     .toObject()
                     .value(u"payload")
                     .toObject()
                     .value(u"params")
                     .toObject(),
                 meta);
        QCOMPARE(read.entries[1].requestBody, QByteArray("a%20b=1%262&c=3"));
        QCOMPARE(read.entries[2].responseBody, QByteArray("obql"));
        QCOMPARE(read.entries[2].unknownEncoding, QStringLiteral("rot13"));
        QVERIFY(read.log.hasMcpscope);
        QCOMPARE(read.log.mcpscope.value(u"format").toInt(), 1);

        // Skipping entries still finds log members that come after them.
        const ReadResult skipped = readBytes(bytes, true);
        QVERIFY(skipped.result);
        QVERIFY(skipped.entries.isEmpty());
        QCOMPARE(skipped.log.entryCount, 3);
        QVERIFY(skipped.log.hasMcpscope);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QStringList>("says");

        const QByteArray good = har({entry(0), entry(1), entry(2)});
        QTest::newRow("not json") << QByteArray("<html>hello</html>") << ErrorCode::JsonSyntax
                                  << QStringList{QStringLiteral("not valid JSON at byte 0")};
        QTest::newRow("empty") << QByteArray() << ErrorCode::JsonSyntax
                               << QStringList{QStringLiteral("at byte 0")};
        const qsizetype cut = good.indexOf("body1") + 2;
        QTest::newRow("truncated")
            << good.left(cut) << ErrorCode::JsonSyntax
            << QStringList{QStringLiteral("ends early"), QStringLiteral("at byte %1").arg(cut),
                           QStringLiteral("in entry 1"),
                           QStringLiteral("log.entries[1].response.content.text")};
        QTest::newRow("not a har") << QByteArray("{\"foo\":[1,2]}") << ErrorCode::HarFormat
                                   << QStringList{QStringLiteral("no \"log\" object")};
        QTest::newRow("top-level array") << QByteArray("[1]") << ErrorCode::HarFormat
                                         << QStringList{QStringLiteral("top level is an array")};
        QTest::newRow("no entries")
            << QByteArray("{\"log\":{\"version\":\"1.2\"}}") << ErrorCode::HarFormat
            << QStringList{QStringLiteral("log.entries is missing")};
        QTest::newRow("entries not an array")
            << QByteArray("{\"log\":{\"entries\":{}}}") << ErrorCode::HarFormat
            << QStringList{QStringLiteral("log.entries must be an array")};
        QTest::newRow("entry not an object")
            << QByteArray("{\"log\":{\"entries\":[3]}}") << ErrorCode::HarFormat
            << QStringList{QStringLiteral("an entry must be an object"),
                           QStringLiteral("log.entries[0]")};

        auto without = [](const QString &section, const QString &member) {
            QJsonObject e = entry(1);
            if (section.isEmpty()) {
                e.remove(member);
            } else {
                QJsonObject part = e.value(section).toObject();
                part.remove(member);
                e.insert(section, part);
            }
            return har({entry(0), e, entry(2)});
        };
        const struct
        {
            const char *section, *member, *path;
        } required[] = {{"", "startedDateTime", "log.entries[1].startedDateTime"},
                        {"", "request", "log.entries[1].request"},
                        {"", "response", "log.entries[1].response"},
                        {"request", "method", "log.entries[1].request.method"},
                        {"request", "url", "log.entries[1].request.url"},
                        {"response", "status", "log.entries[1].response.status"}};
        for (const auto &r : required) {
            const QByteArray bytes =
                without(QString::fromLatin1(r.section), QString::fromLatin1(r.member));
            QTest::newRow(r.path) << bytes << ErrorCode::HarFormat
                                  << QStringList{QString::fromLatin1(r.path) +
                                                     QStringLiteral(" is missing"),
                                                 QStringLiteral("in entry 1"),
                                                 QStringLiteral("HAR 1.2 requires it")};
        }
        QJsonObject stringStatus = entry(1);
        QJsonObject response = stringStatus.value(u"response").toObject();
        response.insert(QStringLiteral("status"), QStringLiteral("200"));
        stringStatus.insert(QStringLiteral("response"), response);
        QTest::newRow("status a string")
            << har({entry(0), stringStatus}) << ErrorCode::HarFormat
            << QStringList{QStringLiteral("log.entries[1].response.status must be a number")};
        QJsonObject badDate = entry(0);
        badDate.insert(QStringLiteral("startedDateTime"), QStringLiteral("yesterday"));
        QTest::newRow("bad date") << har({badDate}) << ErrorCode::HarFormat
                                  << QStringList{QStringLiteral("log.entries[0].startedDateTime "
                                                                "must be an ISO 8601")};
        QJsonObject badBase64 = entry(0);
        response = badBase64.value(u"response").toObject();
        response.insert(QStringLiteral("content"),
                        QJsonObject{{QStringLiteral("encoding"), QStringLiteral("base64")},
                                    {QStringLiteral("text"), QStringLiteral("not*base64!")}});
        badBase64.insert(QStringLiteral("response"), response);
        QTest::newRow("bad base64")
            << har({badBase64}) << ErrorCode::HarFormat
            << QStringList{QStringLiteral("log.entries[0].response.content.text must be base64")};
        // Duplicate members (a fuzzer's find): a second "entries" or "log"
        // would hand entries numbered from 0 again.
        const QByteArray one = QJsonDocument(entry(0)).toJson(QJsonDocument::Compact);
        const QByteArray head =
            "{\"version\":\"1.2\",\"creator\":{\"name\":\"t\",\"version\":\"1\"},";
        QTest::newRow("entries twice")
            << QByteArray("{\"log\":" + head + "\"entries\":[" + one + "],\"entries\":[" + one +
                          "]}}")
            << ErrorCode::HarFormat
            << QStringList{QStringLiteral("log.entries appears more than once")};
        const QByteArray log = head + "\"entries\":[" + one + "]}";
        QTest::newRow("log twice")
            << QByteArray("{\"log\":" + log + ",\"log\":" + log + "}") << ErrorCode::HarFormat
            << QStringList{QStringLiteral("\"log\" appears more than once")};
        QTest::newRow("too deep") << QByteArray("{\"log\":{\"entries\":[{\"_x\":") +
                                         QByteArray(200, '[') + QByteArray(200, ']') + "}]}}"
                                  << ErrorCode::HarFormat
                                  << QStringList{QStringLiteral("nested deeper than 64")};
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QFETCH(QStringList, says);
        const ReadResult read = readBytes(bytes);
        QVERIFY(!read.result);
        QCOMPARE(read.result.error().code, code);
        for (const QString &text : says)
            QVERIFY2(read.result.error().message.contains(text),
                     qPrintable(read.result.error().message + QStringLiteral(" lacks: ") + text));
    }

    // A 2 GB file that is not a HAR fails at once, at its first byte: the
    // reader never holds the file.
    void twoGigabyteFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("big.har")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.write("{\"log\":{\"entries\":[ ") > 0);
        QVERIFY(file.resize(qint64(2) * 1024 * 1024 * 1024)); // sparse: NULs
        file.seek(0);
        HarReader reader;
        auto result = reader.read(file, [](const HarEntry &) { return true; });
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::JsonSyntax);
        QVERIFY2(result.error().message.contains(QStringLiteral("at byte 20")),
                 qPrintable(result.error().message));
        // It stopped where the syntax broke: at most one read buffer of the
        // 2 GB was read (no timing asserted; speed is bench/'s business).
        QVERIFY2(file.pos() <= 1024 * 1024, qPrintable(QString::number(file.pos())));
    }
};

QTEST_GUILESS_MAIN(TestHarReader)
#include "tst_har_reader.moc"
