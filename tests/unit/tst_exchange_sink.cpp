// The exchange sink's observers: they see each record before redaction, while
// what the capture store writes stays redacted.
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "net/exchange_sink.h"
#include "test_store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

class RecordingObserver final : public ExchangeObserver
{
public:
    void exchangeRecorded(const Exchange &raw) override { exchanges.append(raw); }
    void messageRecorded(const MessageRecord &raw) override { messages.append(raw); }

    QList<Exchange> exchanges;
    QList<MessageRecord> messages;
};

QByteArray header(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace

class TestExchangeSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void observerSeesRawWhileStoreRowIsRedacted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        RecordingObserver observer;
        qint64 exchangeId = 0;
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            ExchangeSink &sink = store;
            sink.addObserver(&observer);
            Exchange e =
                makeExchange(sink.reserveExchangeId(), "POST", 200,
                             "{\"access_token\":\"PLANTED-ACCESS\",\"token_type\":\"Bearer\"}");
            e.requestHeaders.append(
                qMakePair(QByteArray("Authorization"), QByteArray("Bearer PLANTED-BEARER")));
            exchangeId = e.id;
            sink.submit(e);
            MessageRecord m;
            m.id = sink.reserveMessageId();
            m.exchangeId = e.id;
            m.kind = QStringLiteral("response");
            m.payload = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"refresh_token\":\"PLANTED-"
                        "REFRESH\"}}";
            sink.submit(m);
            store.flushSearchIndex();

            // The observer had the raw records, secrets and all.
            QCOMPARE(observer.exchanges.size(), 1);
            QCOMPARE(header(observer.exchanges.first().requestHeaders, "authorization"),
                     QByteArray("Bearer PLANTED-BEARER"));
            QVERIFY(observer.exchanges.first().responseBody.contains("PLANTED-ACCESS"));
            QCOMPARE(observer.messages.size(), 1);
            QVERIFY(observer.messages.first().payload.contains("PLANTED-REFRESH"));

            // Removed, it sees nothing more.
            sink.removeObserver(&observer);
            Exchange later = makeExchange(sink.reserveExchangeId());
            sink.submit(later);
            QCOMPARE(observer.exchanges.size(), 1);
            store.flushSearchIndex();
            QVERIFY(!storeFileBytes(path).contains("PLANTED"));
        }
        // The stored row is the redacted one, and nothing secret reached disk.
        QVERIFY(!storeFileBytes(path).isEmpty());
        QVERIFY(!storeFileBytes(path).contains("PLANTED"));
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto row = reader.exchange(exchangeId);
        QVERIFY(row && row->has_value());
        const QByteArray stored = header((*row)->requestHeaders, "authorization");
        QVERIFY(!stored.isEmpty());
        QVERIFY(!stored.contains("PLANTED"));
        QVERIFY(!(*row)->responseBody.contains("PLANTED"));
        const auto messages = reader.messages();
        QVERIFY(messages);
        QCOMPARE(messages->size(), 1);
        QVERIFY(!messages->first().payload.contains("PLANTED"));
    }

    void recordWithoutSubmitBypassesObservers()
    {
        // record() is the store's own door (imports, tests); observers watch
        // traffic, which comes through submit().
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("store.sqlite"))));
        RecordingObserver observer;
        store.addObserver(&observer);
        store.addObserver(&observer); // once is enough
        store.record(makeExchange(store.reserveExchangeId()));
        QCOMPARE(observer.exchanges.size(), 0);
        store.submit(makeExchange(store.reserveExchangeId()));
        QCOMPARE(observer.exchanges.size(), 1);
        store.removeObserver(&observer);
    }
};

QTEST_GUILESS_MAIN(TestExchangeSink)
#include "tst_exchange_sink.moc"
