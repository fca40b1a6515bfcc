#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "test_store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// How the capture store keeps a response stream as it grows
// (CaptureStore::record): only complete SSE events are stored while the
// stream is open, whichever blank line ends them (\n\n, \r\r, \r\n\r\n); an
// event longer than the store holds back is cut at its last line break; and
// records the store has no place for are dropped.
class TestCaptureStreams : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    // The body stored after one record of a stream still open.
    QByteArray storedWhileOpen(const QByteArray &body)
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_serial));
        CaptureStore store;
        if (!store.open(path))
            return "(no store)";
        Exchange e = makeExchange(store.reserveExchangeId(), "GET", 200, body);
        e.state = Exchange::State::Streaming;
        e.responseHeaders = {{"Content-Type", "text/event-stream"}};
        store.record(e);
        store.flush();
        CaptureReader reader;
        if (!reader.open(path))
            return "(no reader)";
        const auto stored = reader.exchange(e.id);
        return stored && stored->has_value() ? stored->value().responseBody : "(none)";
    }

private slots:
    void completeEventsOnly_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("LF") << QByteArray("data: a\n\ndata: b") << QByteArray("data: a\n\n");
        QTest::newRow("CR") << QByteArray("data: a\r\rdata: b") << QByteArray("data: a\r\r");
        QTest::newRow("CRLF") << QByteArray("data: a\r\n\r\ndata: b")
                              << QByteArray("data: a\r\n\r\n");
        QTest::newRow("two events") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\ndata: c\r\n")
                                    << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n");
        QTest::newRow("none complete") << QByteArray("data: a\r\ndata: b\r\n") << QByteArray();
    }
    void completeEventsOnly()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, stored);
        QCOMPARE(storedWhileOpen(body), stored);
    }

    void longEventCutAtItsLastLine()
    {
        // Past what the store holds back (1 MiB) with no blank line: cut at
        // the last line break, the rest waits.
        const QByteArray line = "data: " + QByteArray(1000, 'x') + "\n";
        QByteArray body;
        while (body.size() <= 1024 * 1024)
            body += line;
        const QByteArray complete = body;
        body += "data: unfinished";
        QCOMPARE(storedWhileOpen(body), complete);
        // Below that, nothing without a blank line.
        QCOMPARE(storedWhileOpen(line + line + "data: x"), QByteArray());
    }

    void streamCompletesWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("whole.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        Exchange e = makeExchange(store.reserveExchangeId(), "GET", 200, "data: a\r\n\r\ndata: b");
        e.state = Exchange::State::Streaming;
        e.responseHeaders = {{"Content-Type", "text/event-stream"}};
        store.record(e);
        e.responseBody += "\r\n\r\ndata: c\r\n\r\n";
        e.state = Exchange::State::Complete;
        store.record(e);
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.exchange(e.id)->value().responseBody,
                 QByteArray("data: a\r\n\r\ndata: b\r\n\r\ndata: c\r\n\r\n"));
    }

    void recordsWithoutAPlaceAreDropped()
    {
        const QString path = m_dir.filePath(QStringLiteral("dropped.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        const qint64 session =
            store.createSession(QStringLiteral("s"), {}, QStringLiteral("mcp"), 1);
        store.record(makeExchange(0)); // no id reserved
        MessageRecord m;
        m.kind = QStringLiteral("request");
        m.payload = "{}";
        store.recordMessage(m); // id 0
        store.linkReplay(ExchangeSink::ReplayLink::Session, session, 0);
        store.setSessionEra(session, QStringLiteral("future-era")); // not one we know: ''
        store.setSessionEra(0, QStringLiteral("modern"));
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(*reader.exchangeCount(), 0);
        QVERIFY(reader.messages()->isEmpty());
        const auto sessions = reader.sessions();
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->first().era, QString());
        QCOMPARE(sessions->first().replayOf, 0);
        store.setSessionEra(session, QStringLiteral("legacy"));
        store.flush();
        QCOMPARE(reader.sessions()->first().era, QStringLiteral("legacy"));
        // After close: nothing is queued, nothing breaks.
        store.close();
        QVERIFY(!store.isOpen());
        store.record(makeExchange(5));
        QCOMPARE(store.pendingJobs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaptureStreams)
#include "tst_capture_streams.moc"
