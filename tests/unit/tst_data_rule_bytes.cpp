#include "diagnostic_rule_cases.h"

#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The byte-level checks of the passive HTTP and data rules
// (diagnostics/rules_http_data.cpp) past their one case each in
// rule_cases_http_data.cpp: Retry-After as an HTTP date, quoted charsets,
// every kind of malformed UTF-8 with its offset, raw and escaped control
// characters, and Server-Sent Events with CRLF lines, comments and data split
// over several lines.
class TestDataRuleBytes : public QObject
{
    Q_OBJECT

    static RuleFeed answer(qint64 id, const QByteArray &contentType, const QByteArray &body,
                           int status = 200, qint64 atMs = 1000,
                           const QByteArray &method = "tools/call")
    {
        RuleFeed f;
        f.exchange.id = id;
        f.exchange.startedAtMs = atMs;
        f.exchange.state = Exchange::State::Complete;
        f.exchange.method = "POST";
        f.exchange.url = QStringLiteral("http://127.0.0.1:3001/mcp");
        f.exchange.requestHeaders = {{"Content-Type", "application/json"}};
        f.exchange.requestBody = "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(id) +
                                 ",\"method\":\"" + method + "\",\"params\":{\"name\":\"echo\"}}";
        f.exchange.status = status;
        if (!contentType.isEmpty())
            f.exchange.responseHeaders = {{"Content-Type", contentType}};
        f.exchange.responseBody = body;
        f.exchange.responseBodySize = body.size();
        f.exchange.ttfbMs = 1;
        f.exchange.totalMs = 2;
        f.protocolVersion = QStringLiteral("2025-06-18");
        f.sessionTarget = f.exchange.url;
        return f;
    }

    static QList<Finding> ofKind(const QList<RuleFeed> &traffic, const char *kind)
    {
        QList<Finding> out;
        for (const Finding &f : runRules(traffic))
            if (f.kind == QLatin1String(kind))
                out << f;
        return out;
    }

private Q_SLOTS:
    // Retry-After as an HTTP date counts from the answer's Date header; a
    // retry before it is flagged with the seconds it waited, one after is not.
    void retryAfterHttpDate()
    {
        const auto limited = [](qint64 at) {
            RuleFeed f = answer(1, "application/json", "{\"error\":\"x\"}", 429, at, "ping");
            f.exchange.responseHeaders.append(
                {QByteArray("Retry-After"), QByteArray("Mon, 30 Nov 2026 10:00:10 GMT")});
            f.exchange.responseHeaders.append(
                {QByteArray("Date"), QByteArray("Mon, 30 Nov 2026 10:00:00 GMT")});
            return f;
        };
        const QList<Finding> early =
            ofKind({limited(0), answer(2, "application/json", "{}", 200, 4002, "ping")},
                   "http.retry_ignored");
        QCOMPARE(early.size(), 1);
        QCOMPARE(early[0].arguments.value(0), QStringLiteral("ping"));
        QCOMPARE(early[0].arguments.value(1), QStringLiteral("4.0"));
        QCOMPARE(early[0].arguments.value(2), QStringLiteral("Mon, 30 Nov 2026 10:00:10 GMT"));
        QCOMPARE(early[0].exchangeIds, (QList<qint64>{1, 2}));
        QVERIFY(ofKind({limited(0), answer(2, "application/json", "{}", 200, 10100, "ping")},
                       "http.retry_ignored")
                    .isEmpty());
        // A value that is neither seconds nor a date sets no deadline.
        RuleFeed vague = answer(1, "application/json", "{\"error\":\"x\"}", 429, 0, "ping");
        vague.exchange.responseHeaders.append({QByteArray("Retry-After"), QByteArray("soon")});
        QVERIFY(ofKind({vague, answer(2, "application/json", "{}", 200, 100, "ping")},
                       "http.retry_ignored")
                    .isEmpty());
        const QList<Finding> rated = ofKind({vague}, "http.rate_limited.retry_after");
        QCOMPARE(rated.size(), 1);
        QCOMPARE(rated[0].arguments.value(1), QStringLiteral("soon"));
    }

    // A quoted charset parameter followed by another parameter is read
    // without its quotes.
    void quotedCharset()
    {
        QVERIFY(ofKind({answer(1, "application/json; charset=\"utf-8\"; q=1", "{}")},
                       "data.charset.declared")
                    .isEmpty());
        const QList<Finding> latin =
            ofKind({answer(1, "application/json; charset=\"ISO-8859-1\"; q=1", "{}")},
                   "data.charset.declared");
        QCOMPARE(latin.size(), 1);
        QCOMPARE(latin[0].arguments.value(1),
                 QStringLiteral("application/json; charset=\"ISO-8859-1\"; q=1"));
    }

    // Each malformed UTF-8 sequence is reported at its first byte.
    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<QString>("offset");
        QTest::addColumn<QString>("byte");
        QTest::newRow("lone continuation") << QByteArray("ok \x80 x") << false << "3"
                                           << "0x80";
        QTest::newRow("cut at the end") << QByteArray("abc\xe2\x82") << false << "3"
                                        << "0xe2";
        QTest::newRow("bad continuation") << QByteArray("a\xe2\x28\xa1z") << false << "1"
                                          << "0xe2";
        QTest::newRow("overlong") << QByteArray("ab\xe0\x80\x80") << false << "2"
                                  << "0xe0";
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false << "0"
                                   << "0xed";
        QTest::newRow("above U+10FFFF") << QByteArray("x\xf4\x90\x80\x80") << false << "1"
                                        << "0xf4";
        QTest::newRow("cut by the capture cap")
            << QByteArray("abc\xf0\x9f") << true << QString() << QString();
        QTest::newRow("four-byte emoji")
            << QByteArray("a \xf0\x9f\x98\x80 b") << false << QString() << QString();
    }
    void invalidUtf8()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, truncated);
        QFETCH(QString, offset);
        QFETCH(QString, byte);
        RuleFeed f = answer(1, "text/plain", body);
        f.exchange.responseTruncated = truncated;
        const QList<Finding> found = ofKind({f}, "data.invalid_utf8");
        if (offset.isEmpty()) {
            QVERIFY(found.isEmpty());
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].arguments.value(1), offset);
        QCOMPARE(found[0].arguments.value(2), byte);
    }

    // Raw C0 and C1 controls and \u00XX escapes (either case of hex) are
    // control characters; a malformed escape and tab/LF/CR are not.
    void controlCharacters_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("codePoint");
        QTest::addColumn<QString>("offset");
        QTest::newRow("raw C0") << QByteArray("text/plain")
                                << QByteArray("ab\x01"
                                              "c")
                                << "U+0001"
                                << "2";
        QTest::newRow("C1 (U+0085)")
            << QByteArray("text/plain") << QByteArray("ab\xc2\x85") << "U+0085"
            << "2";
        QTest::newRow("escape, upper-case hex")
            << QByteArray("application/json") << QByteArray("{\"m\":\"\\u001B\"}") << "U+001B"
            << "6";
        QTest::newRow("escaped DEL")
            << QByteArray("application/json") << QByteArray("{\"m\":\"\\u007f\"}") << "U+007F"
            << "6";
        QTest::newRow("escape, not hex")
            << QByteArray("text/event-stream") << QByteArray("data: \"\\u00zz\"\n\n") << QString()
            << QString();
        QTest::newRow("tab, CR, LF")
            << QByteArray("text/plain") << QByteArray("a\tb\r\nc") << QString() << QString();
    }
    void controlCharacters()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, codePoint);
        QFETCH(QString, offset);
        const QList<Finding> found = ofKind({answer(1, contentType, body)}, "data.control_chars");
        if (codePoint.isEmpty()) {
            QVERIFY(found.isEmpty());
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].arguments.value(1), codePoint);
        QCOMPARE(found[0].arguments.value(2), offset);
    }

    // An SSE body with leading blank lines, CRLF line ends, a comment, an
    // event of another type and data split over two lines parses; invalid
    // JSON in a message event is reported at its byte in the body; an event
    // still arriving (no blank line yet) is not checked.
    void sseEvents()
    {
        const QByteArray good = "\r\n: keep-alive\r\nevent: ping\r\ndata: {broken\r\n\r\n"
                                "event: message\r\ndata: {\"jsonrpc\":\"2.0\",\r\n"
                                "data: \"id\":1,\"result\":{}}\r\n\r\n"
                                "data: {\"still arriving";
        const QStringList quiet =
            kindsRaised({answer(1, "text/event-stream; charset=utf-8", good)});
        QVERIFY2(!quiet.contains(QStringLiteral("data.json_invalid")),
                 qPrintable(quiet.join(u',')));
        QVERIFY2(!quiet.contains(QStringLiteral("data.content_type.sse_mismatch")),
                 qPrintable(quiet.join(u',')));

        const QByteArray bad = "id: 4\ndata: {\"a\":}\n\n";
        const QList<Finding> found =
            ofKind({answer(1, "text/event-stream", bad)}, "data.json_invalid");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].arguments.value(2), QString::number(bad.indexOf("}\n")));
    }
};

QTEST_GUILESS_MAIN(TestDataRuleBytes)
#include "tst_data_rule_bytes.moc"
