#include "net/body_decoding.h"

#include <QJsonDocument>
#include <QTest>

using namespace mcpscope;

class TestBodyDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("firstBad"); // -1 = valid
        QTest::newRow("ascii") << QByteArray("hello") << qsizetype(-1);
        QTest::newRow("two-byte") << QByteArray("caf\xC3\xA9") << qsizetype(-1);
        QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80") << qsizetype(-1);
        QTest::newRow("lone continuation") << QByteArray("ab\x80") << qsizetype(2);
        QTest::newRow("overlong") << QByteArray("x\xC0\xAF") << qsizetype(1);
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << qsizetype(0);
        QTest::newRow("truncated") << QByteArray("ok\xE2\x82") << qsizetype(2);
        QTest::newRow("past max") << QByteArray("\xF4\x90\x80\x80") << qsizetype(0);
    }
    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, firstBad);
        const auto result = firstInvalidUtf8(bytes);
        QCOMPARE(result.value_or(-1), firstBad);
    }

    void prettyPrintKeepsKeyOrder()
    {
        const auto out =
            prettyPrintJson("{\"z\":1,\"a\":[true,null,{\"k\":\"v \\\" }\"}],\"m\":-1.5e3}");
        QVERIFY(out);
        QCOMPARE(*out,
                 QByteArray("{\n  \"z\": 1,\n  \"a\": [\n    true,\n    null,\n    {\n      \"k\": "
                            "\"v \\\" }\"\n    }\n  ],\n  \"m\": -1.5e3\n}"));
        // Same value as the input.
        QCOMPARE(
            QJsonDocument::fromJson(*out).toJson(),
            QJsonDocument::fromJson("{\"z\":1,\"a\":[true,null,{\"k\":\"v \\\" }\"}],\"m\":-1.5e3}")
                .toJson());
    }

    void prettyPrintRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("trailing comma") << QByteArray("[1,]");
        QTest::newRow("unterminated") << QByteArray("{\"a\":\"b");
        QTest::newRow("garbage after") << QByteArray("{} x");
        QTest::newRow("bare word") << QByteArray("nope");
        QTest::newRow("leading zero") << QByteArray("01");
        QTest::newRow("control char") << QByteArray("\"a\x01\"");
        QTest::newRow("bad escape") << QByteArray("\"\\q\"");
        QTest::newRow("too deep") << QByteArray(600, '[') + QByteArray(600, ']');
    }
    void prettyPrintRejects()
    {
        QFETCH(QByteArray, json);
        const auto pretty = prettyPrintJson(json);
        QVERIFY(!pretty);
        QVERIFY(pretty.error().message.contains(QStringLiteral("at byte")));
    }

    void decodeJson()
    {
        const DecodedBody body = decodeBody("{\"a\":1}", "application/json; charset=utf-8");
        QCOMPARE(body.kind, BodyKind::Json);
        QCOMPARE(body.text, QStringLiteral("{\n  \"a\": 1\n}"));
        QVERIFY(body.problem.isEmpty());
    }

    void decodeJsonWithBomIsFlagged()
    {
        const DecodedBody body = decodeBody("\xEF\xBB\xBF{\"a\":1}", "application/json");
        QCOMPARE(body.kind, BodyKind::Json);
        QVERIFY(body.problem.contains(QStringLiteral("byte order mark")));
    }

    void decodeBrokenJsonExplains()
    {
        const DecodedBody body = decodeBody("<html>oops</html>", "application/json");
        QCOMPARE(body.kind, BodyKind::Text);
        QVERIFY(body.problem.contains(QStringLiteral("does not parse")));
        QCOMPARE(body.text, QStringLiteral("<html>oops</html>"));
    }

    void decodeInvalidUtf8Text()
    {
        const DecodedBody body = decodeBody("abc\xFF"
                                            "def",
                                            "text/plain");
        QCOMPARE(body.kind, BodyKind::Text);
        QCOMPARE(body.firstInvalidUtf8.value_or(-1), qsizetype(3));
        QVERIFY(body.problem.contains(QStringLiteral("byte 3")));
        QVERIFY(body.text.contains(QChar(0xFFFD)));
    }

    void decodeBinary()
    {
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        const DecodedBody body = decodeBody(png, "image/png");
        QCOMPARE(body.kind, BodyKind::Binary);
        QVERIFY(body.text.startsWith(QStringLiteral("00000000  89 50 4e 47")));
        QVERIFY(body.text.contains(QStringLiteral("|.PNG....")));
    }

    void decodeEventStream()
    {
        const DecodedBody body = decodeBody(
            "event: message\r\ndata: {\"a\":[1]}\n\ndata: not json\n", "text/event-stream");
        QCOMPARE(body.kind, BodyKind::EventStream);
        QCOMPARE(body.text, QStringLiteral("event: message\ndata: {\n        \"a\": [\n          "
                                           "1\n        ]\n      }\n\ndata: not json\n"));
    }

    void hexDumpCaps()
    {
        const QString dump = hexDump(QByteArray(100, 'a'), 32);
        QCOMPARE(dump.count(QLatin1Char('\n')), 3);
        QVERIFY(dump.contains(QStringLiteral("68 more bytes")));
    }
};

QTEST_GUILESS_MAIN(TestBodyDecoding)
#include "tst_body_decoding.moc"
