// What CaptureReader tells when SQLite fails one of its reads: a table of
// the store renamed away by another program (as a damaged or foreign file
// would lack it) fails the read that needs it, named with SQLite's reason;
// the reader reads again, the same rows, once the table is back.
#include "capture/call_history.h"
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "error_code_testing.h"
#include "store_faults.h"
#include "test_store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

enum class Read
{
    ExchangeList,
    Search,
    Summaries,
    Exchange,
    ExchangeCount,
    Messages,
    MessagesById,
};

} // namespace

Q_DECLARE_METATYPE(Read)

class TestCaptureReaderFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    qint64 m_session = 0;
    QList<qint64> m_exchanges;
    QList<qint64> m_messages;
    qint64 m_call = 0;

    // A session of three exchanges (searchable for "needle", indexed), and a
    // request message carried by the first.
    QString recordedStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
        CaptureStore store;
        if (!store.open(path))
            return {};
        m_session = store.createSession(QStringLiteral("s"), QStringLiteral("http://x/mcp"),
                                        QStringLiteral("http"), 1000);
        m_exchanges.clear();
        m_messages.clear();
        for (int i = 0; i < 3; ++i) {
            Exchange e = makeExchange(store.reserveExchangeId(), "POST", 200,
                                      "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"needle\":1}}");
            e.sessionId = m_session;
            store.record(e);
            m_exchanges << e.id;
        }
        MessageRecord m;
        m.id = store.reserveMessageId();
        m.sessionId = m_session;
        m.exchangeId = m_exchanges.first();
        m.kind = QStringLiteral("request");
        m.rpcId = QStringLiteral("1");
        m.method = QStringLiteral("tools/list");
        m.payload = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";
        m.atMs = 1001;
        store.recordMessage(m);
        m_messages << m.id;
        // A tools/call on stdio, answered by a tool error that says nothing
        // in text (an image only).
        MessageRecord call;
        call.id = store.reserveMessageId();
        call.sessionId = m_session;
        call.kind = QStringLiteral("request");
        call.rpcId = QStringLiteral("2");
        call.method = QStringLiteral("tools/call");
        call.payload = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":"
                       "{\"name\":\"draw\",\"arguments\":{\"n\":1}}}";
        call.atMs = 1002;
        store.recordMessage(call);
        MessageRecord answer;
        answer.id = store.reserveMessageId();
        answer.sessionId = m_session;
        answer.outgoing = false;
        answer.kind = QStringLiteral("response");
        answer.rpcId = QStringLiteral("2");
        answer.payload = "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"isError\":true,"
                         "\"content\":[{\"type\":\"image\",\"data\":\"AA==\","
                         "\"mimeType\":\"image/png\"}]}}";
        answer.atMs = 1010;
        answer.responseTo = call.id;
        answer.latencyMs = 8;
        store.recordMessage(answer);
        m_call = call.id;
        store.flushSearchIndex();
        store.close();
        return path;
    }

    // Runs one read; "" when it read what the store holds, else its error.
    Error read(CaptureReader &reader, Read what)
    {
        const auto unexpected = [](const char *why) {
            return Error{ErrorCode::Usage, QString::fromLatin1(why)};
        };
        CaptureFilter search;
        search.text = QStringLiteral("needle");
        switch (what) {
        case Read::ExchangeList: {
            auto ids = reader.exchangeIds(CaptureFilter{}, 0, 100);
            if (!ids)
                return ids.error();
            return *ids == m_exchanges ? Error{} : unexpected("wrong exchange list");
        }
        case Read::Search: {
            auto ids = reader.exchangeIds(search, 0, 100);
            if (!ids)
                return ids.error();
            return *ids == m_exchanges ? Error{} : unexpected("wrong search results");
        }
        case Read::Summaries: {
            auto rows = reader.summaries(m_exchanges);
            if (!rows)
                return rows.error();
            return rows->size() == 3 && rows->at(1).id == m_exchanges.at(1)
                       ? Error{}
                       : unexpected("wrong summaries");
        }
        case Read::Exchange: {
            auto e = reader.exchange(m_exchanges.first());
            if (!e)
                return e.error();
            return *e && (*e)->id == m_exchanges.first() && (*e)->status == 200
                       ? Error{}
                       : unexpected("wrong exchange");
        }
        case Read::ExchangeCount: {
            auto n = reader.exchangeCount(m_session);
            if (!n)
                return n.error();
            return *n == 3 ? Error{} : unexpected("wrong count");
        }
        case Read::Messages: {
            auto all = reader.messages(m_session);
            if (!all)
                return all.error();
            return all->size() == 3 && all->first().id == m_messages.first()
                       ? Error{}
                       : unexpected("wrong messages");
        }
        case Read::MessagesById: {
            auto some = reader.messagesById(m_messages);
            if (!some)
                return some.error();
            return some->size() == 1 && some->first().method == QStringLiteral("tools/list")
                       ? Error{}
                       : unexpected("wrong messages by id");
        }
        }
        return unexpected("no such read");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aMissingTableFailsTheReadThatNeedsIt_data()
    {
        QTest::addColumn<Read>("what");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("expected");
        const auto missing = [](const char *what, const char *table) {
            return QStringLiteral("Reading %1 from the capture store failed: no such table: %2 "
                                  "Unable to execute statement")
                .arg(QLatin1String(what), QLatin1String(table));
        };
        QTest::newRow("exchange list") << Read::ExchangeList << QStringLiteral("exchanges")
                                       << missing("the exchange list", "exchanges");
        QTest::newRow("search index") << Read::Search << QStringLiteral("exchange_text")
                                      << missing("search results", "exchange_text");
        // Rows the index covers come from it; the scan of the rest fails.
        QTest::newRow("search scan") << Read::Search << QStringLiteral("exchange_bodies")
                                     << missing("search results", "exchange_bodies");
        QTest::newRow("summaries") << Read::Summaries << QStringLiteral("exchanges")
                                   << missing("exchange rows", "exchanges");
        QTest::newRow("exchange") << Read::Exchange << QStringLiteral("exchanges")
                                  << missing("an exchange", "exchanges");
        QTest::newRow("streamed pieces") << Read::Exchange << QStringLiteral("response_chunks")
                                         << missing("an exchange", "response_chunks");
        QTest::newRow("exchange count") << Read::ExchangeCount << QStringLiteral("exchanges")
                                        << missing("the exchange count", "exchanges");
        QTest::newRow("messages") << Read::Messages << QStringLiteral("messages")
                                  << missing("messages", "messages");
        QTest::newRow("messages by id")
            << Read::MessagesById << QStringLiteral("messages") << missing("messages", "messages");
    }

    void aMissingTableFailsTheReadThatNeedsIt()
    {
        QFETCH(Read, what);
        QFETCH(QString, table);
        QFETCH(QString, expected);
        const QString path = recordedStore();
        QVERIFY(!path.isEmpty());

        CaptureReader reader;
        QVERIFY(reader.open(path));
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE %1 RENAME TO %1_kept").arg(table)}));
        const Error failed = read(reader, what);
        QCOMPARE(failed.code, ErrorCode::StoreRead);
        QCOMPARE(failed.message, expected);

        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE %1_kept RENAME TO %1").arg(table)}));
        QCOMPARE(read(reader, what).message, QString());
    }

    void callHistoryNamesAMissingTable()
    {
        const QString path = recordedStore();
        QVERIFY(!path.isEmpty());
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE messages RENAME TO messages_kept")}));
        const auto failed = readCallHistory(path, m_session);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::StoreRead);
        QCOMPARE(failed.error().message,
                 QStringLiteral("Reading the call history failed: no such table: messages Unable "
                                "to execute statement"));

        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE messages_kept RENAME TO messages")}));
        const auto history = readCallHistory(path, m_session);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        const CallHistoryEntry &e = history->first();
        QCOMPARE(e.requestMessageId, m_call);
        QCOMPARE(e.tool, QStringLiteral("draw"));
        QCOMPARE(e.outcome, CallHistoryEntry::Outcome::ToolError);
        QCOMPARE(e.detail, QString()); // no text content to show
        QCOMPARE(e.latencyMs, 8.0);
    }
};

QTEST_GUILESS_MAIN(TestCaptureReaderFailures)
#include "tst_capture_reader_failures.moc"
