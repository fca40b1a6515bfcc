#include "mcp/sse_parser.h"

#include <QTest>

using namespace mcpscope;

// Cases follow the WHATWG event-stream interpretation rules (HTML 9.2.6).
class TestSseParser : public QObject
{
    Q_OBJECT

    static QList<SseEvent> feedAll(SseParser &parser, const QList<QByteArray> &chunks)
    {
        QList<SseEvent> out;
        for (const QByteArray &chunk : chunks)
            out += parser.feed(chunk);
        return out;
    }

private Q_SLOTS:
    void basicEvent()
    {
        SseParser p;
        const auto events = p.feed("event: message\nid: 7\ndata: {\"a\":1}\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().type, QByteArray("message"));
        QCOMPARE(events.first().data, QByteArray("{\"a\":1}"));
        QCOMPARE(events.first().id, QByteArray("7"));
        QCOMPARE(p.lastEventId(), QByteArray("7"));
    }

    void everySplitPointGivesTheSameEvents()
    {
        const QByteArray stream =
            "\xEF\xBB\xBF: comment\r\nevent: ping\r\ndata: one\r\ndata:two\r\n\r\n"
            "retry: 1500\rdata: three\r\rid\ndata\n\n";
        SseParser whole;
        const auto expected = whole.feed(stream);
        QCOMPARE(expected.size(), 3);
        QCOMPARE(expected.at(0).type, QByteArray("ping"));
        QCOMPARE(expected.at(0).data, QByteArray("one\ntwo"));
        QCOMPARE(expected.at(1).data, QByteArray("three"));
        QCOMPARE(expected.at(2).data, QByteArray("")); // "data" with no colon: empty value
        QCOMPARE(expected.at(2).id, QByteArray(""));   // "id" with no value resets it
        QCOMPARE(whole.retryMs().value_or(-1), 1500);
        for (qsizetype cut = 1; cut < stream.size(); ++cut) {
            SseParser split;
            const auto events = feedAll(split, {stream.left(cut), stream.mid(cut)});
            QVERIFY2(events == expected, qPrintable(QStringLiteral("split at %1").arg(cut)));
        }
        SseParser byteByByte;
        QList<QByteArray> bytes;
        for (char c : stream)
            bytes.append(QByteArray(1, c));
        QVERIFY(feedAll(byteByByte, bytes) == expected);
    }

    void noDataNoEvent()
    {
        SseParser p;
        QVERIFY(p.feed("event: x\nid: 3\n\n").isEmpty());
        QCOMPARE(p.lastEventId(), QByteArray("3")); // the id still counts (resumption)
        const auto events = p.feed("data: after\n\n");
        QCOMPARE(events.first().type, QByteArray("message")); // the type did not leak
    }

    void incompleteEventNotDispatched()
    {
        SseParser p;
        QVERIFY(p.feed("data: half").isEmpty());
        QVERIFY(p.feed("\n").isEmpty());
        QCOMPARE(p.feed("\n").size(), 1);
    }

    void badRetryIgnored()
    {
        SseParser p;
        p.feed("retry: 12a\n\nretry: -5\n\n");
        QVERIFY(!p.retryMs());
    }

    void idWithNullIgnored()
    {
        SseParser p;
        p.feed(QByteArray("id: a\0b\ndata: x\n\n", 17));
        QCOMPARE(p.lastEventId(), QByteArray());
    }

    void oversizedEventDroppedAndParsingResumes()
    {
        SseParser p(64);
        const QByteArray big = "data: " + QByteArray(100, 'x') + "\n\n";
        auto events = p.feed(QByteArray(big + "data: small\n\n"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, QByteArray("small"));
        QVERIFY(p.takeError().contains(QStringLiteral("64 bytes")));
        QCOMPARE(p.droppedEvents(), 1);
        // Many data lines adding up past the cap, fed in pieces.
        events = feedAll(p, {"data: 0123456789012345678901234567890\n",
                             "data: 0123456789012345678901234567890\n", "data: 0123456789\n\n",
                             "data: ok\n\n"});
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, QByteArray("ok"));
        // One endless line without a line end.
        SseParser q(64);
        QVERIFY(q.feed(QByteArray("data: " + QByteArray(1000, 'y'))).isEmpty());
        QCOMPARE(q.feed("\n\ndata: fine\n\n").first().data, QByteArray("fine"));
    }

    void restOfADroppedLineIsNotABlankLine()
    {
        // Found by fuzz_sse_parser: the oversized line ends in the next
        // chunk; its line end must not count as the blank line ending the event.
        SseParser p(20);
        QVERIFY(p.feed(QByteArray("data: " + QByteArray(30, 'z'))).isEmpty());
        const auto events = p.feed("\r\ndata: b\r\n\r\ndata: c\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, QByteArray("c"));
    }

    void invalidUtf8PassesThrough()
    {
        SseParser p;
        const auto events = p.feed("data: \xFF\xFE\n\n");
        QCOMPARE(events.first().data, QByteArray("\xFF\xFE"));
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sse_parser.moc"
