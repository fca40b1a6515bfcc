#include "capture/capture_reader.h"
#include "capture/capture_schema.h"
#include "capture/capture_store.h"
#include "error_code_testing.h"
#include "test_store.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestCaptureStore : public QObject
{
    Q_OBJECT

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
    }

private Q_SLOTS:
    void opensWithSchemaAndWal()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), CaptureSchema::latestVersion());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    void refusesNewerSchema()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        CaptureStore store;
        const auto result = store.open(path);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::StoreVersion);
        QVERIFY(result.error().message.contains(QStringLiteral("newer McpScope")));
    }

    void refusesNonDatabase()
    {
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        CaptureStore store;
        QVERIFY(!store.open(path));
    }

    void roundTripsAnExchange()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        QSignalSpy committed(&store, &CaptureStore::exchangesCommitted);
        const qint64 session = store.createSession(
            QStringLiteral("s1"), QStringLiteral("http://x/mcp"), QStringLiteral("http"), 1000);
        Exchange e = makeExchange(store.reserveExchangeId());
        e.sessionId = session;
        e.tlsChain = {{QStringLiteral("CN=leaf"), QStringLiteral("CN=ca"),
                       QStringLiteral("2026-01-01T00:00:00Z"),
                       QStringLiteral("2027-01-01T00:00:00Z"), QStringLiteral("aa:bb")}};
        e.errorCode = ErrorCode::NetClosed;
        e.errorMessage = QStringLiteral("closed mid-body");
        store.record(e);
        QVERIFY(committed.wait(5000));
        QCOMPARE(committed.first().first().value<QList<qint64>>(), QList<qint64>{e.id});

        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto read = reader.exchange(e.id);
        QVERIFY(read && read->has_value());
        const Exchange &r = **read;
        QCOMPARE(r.sessionId, session);
        QCOMPARE(r.method, e.method);
        QCOMPARE(r.url, e.url);
        QCOMPARE(r.requestHeaders, e.requestHeaders);
        QCOMPARE(r.requestBody, e.requestBody);
        QCOMPARE(r.responseHeaders, e.responseHeaders);
        QCOMPARE(r.responseBody, e.responseBody);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.ttfbMs, 1.5);
        QCOMPARE(r.tlsChain, e.tlsChain);
        QCOMPARE(r.errorCode, ErrorCode::NetClosed);
        const auto sessions = reader.sessions();
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->first().exchangeCount, 1);
    }

    void redactsBeforeDisk()
    {
        const QString path = freshPath();
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            store.redactor().addKnownSecret("PLANTED-KNOWN-VALUE-123");
            Exchange e = makeExchange(
                store.reserveExchangeId(), "POST", 200,
                "{\"access_token\":\"PLANTED-ACCESS\",\"note\":\"PLANTED-KNOWN-VALUE-123\"}");
            e.url = QStringLiteral("http://127.0.0.1/cb?code=PLANTED-CODE");
            e.requestHeaders.append(
                qMakePair(QByteArray("Authorization"), QByteArray("Bearer PLANTED-BEARER")));
            store.record(e);
            store.flushSearchIndex();
            QVERIFY(!storeFileBytes(path).isEmpty());
            QVERIFY(!storeFileBytes(path).contains("PLANTED"));
        }
        QVERIFY(!storeFileBytes(path).contains("PLANTED"));
    }

    void streamedExchangeIsUpdatedInPlace()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        Exchange e =
            makeExchange(store.reserveExchangeId(), "GET", 200, "event: message\ndata: first\n\n");
        e.state = Exchange::State::Streaming;
        store.record(e);
        store.flushSearchIndex();
        e.responseBody += "event: message\ndata: zebrafinch\n\n";
        e.state = Exchange::State::Complete;
        store.record(e);
        store.flushSearchIndex();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(*reader.exchangeCount(), 1);
        QCOMPARE((*reader.exchange(e.id))->state, Exchange::State::Complete);
        CaptureFilter f;
        f.text = QStringLiteral("zebrafinch");
        QCOMPARE(*reader.exchangeIds(f, 0, 10), QList<qint64>{e.id});
    }

    void filtersAndPages()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        const qint64 s1 = store.createSession(QStringLiteral("a"), {}, QStringLiteral("http"), 1);
        const qint64 s2 = store.createSession(QStringLiteral("b"), {}, QStringLiteral("http"), 2);
        for (int i = 0; i < 30; ++i) {
            Exchange e = makeExchange(
                store.reserveExchangeId(), i % 3 == 0 ? "GET" : "POST", i % 5 == 0 ? 404 : 200,
                i == 7 ? QByteArray("the quick brown fox") : QByteArray("plain"));
            e.sessionId = i < 10 ? s1 : s2;
            if (i == 29) {
                e.status = 0;
                e.errorCode = ErrorCode::NetDns;
            }
            store.record(e);
        }
        store.flushSearchIndex();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        CaptureFilter all;
        QCOMPARE(reader.exchangeIds(all, 0, 100)->size(), 30);
        const auto page1 = *reader.exchangeIds(all, 0, 12);
        const auto page2 = *reader.exchangeIds(all, page1.last(), 12);
        QCOMPARE(page1.size(), 12);
        QCOMPARE(page2.first(), page1.last() + 1);

        CaptureFilter get;
        get.method = QStringLiteral("get");
        QCOMPARE(reader.exchangeIds(get, 0, 100)->size(), 10);
        CaptureFilter clientErrors;
        clientErrors.statusClass = CaptureFilter::StatusClass::ClientError;
        QCOMPARE(reader.exchangeIds(clientErrors, 0, 100)->size(), 6);
        CaptureFilter failed;
        failed.statusClass = CaptureFilter::StatusClass::Failed;
        QCOMPARE(reader.exchangeIds(failed, 0, 100)->size(), 1);
        CaptureFilter session;
        session.sessionId = s1;
        QCOMPARE(reader.exchangeIds(session, 0, 100)->size(), 10);
        CaptureFilter text;
        text.text = QStringLiteral("brown fox");
        QCOMPARE(reader.exchangeIds(text, 0, 100)->size(), 1);
        text.sessionId = s2;
        QCOMPARE(reader.exchangeIds(text, 0, 100)->size(), 0);
        CaptureFilter quotes;
        quotes.text = QStringLiteral("\"unbalanced");
        QVERIFY(reader.exchangeIds(quotes, 0, 100)); // no FTS syntax error reaches the user

        // Exactly the named exchanges (analytics' chart to bytes), with the
        // other filters still applied, also through the full-text path.
        CaptureFilter named;
        named.exchangeIds = {page1.at(1), page1.at(4), page2.at(3), 999999};
        QCOMPARE(*reader.exchangeIds(named, 0, 100),
                 (QList<qint64>{page1.at(1), page1.at(4), page2.at(3)}));
        QVERIFY(!named.isEmpty());
        QCOMPARE(*reader.exchangeIds(named, page1.at(1), 100),
                 (QList<qint64>{page1.at(4), page2.at(3)}));
        named.sessionId = s1; // the first ten rows
        QCOMPARE(*reader.exchangeIds(named, 0, 100), (QList<qint64>{page1.at(1), page1.at(4)}));
        CaptureFilter namedText;
        namedText.text = QStringLiteral("brown fox");
        const auto fox = *reader.exchangeIds(namedText, 0, 100);
        namedText.exchangeIds = fox;
        QCOMPARE(*reader.exchangeIds(namedText, 0, 100), fox);
        namedText.exchangeIds = {fox.first() + 1000};
        QCOMPARE(reader.exchangeIds(namedText, 0, 100)->size(), 0);
    }

    void searchCoversRowsNotYetIndexed()
    {
        const QString path = freshPath();
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            store.record(makeExchange(store.reserveExchangeId(), "POST", 200, "indexed aardvark"));
            store.flushSearchIndex();
            store.record(makeExchange(store.reserveExchangeId(), "POST", 200, "fresh aardvark"));
            store.flush();
            store.close();
        }
        // Put the watermark back so the second row counts as not yet indexed.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rewind"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO exchange_text(exchange_text) VALUES('delete-all')")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO exchange_text(rowid, url, request_body, response_body)"
                               " VALUES (1, '', '', 'indexed aardvark')")));
            QVERIFY(
                q.exec(QStringLiteral("UPDATE store_meta SET value=1 WHERE key='fts_watermark'")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rewind"));
        CaptureReader reader;
        QVERIFY(reader.open(path));
        CaptureFilter f;
        f.text = QStringLiteral("aardvark");
        QCOMPARE(*reader.exchangeIds(f, 0, 10), (QList<qint64>{1, 2}));
        QCOMPARE(*reader.exchangeIds(f, 1, 10), (QList<qint64>{2}));
    }

    void closeDrainsTheQueue()
    {
        const QString path = freshPath();
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            for (int i = 0; i < 5000; ++i)
                store.record(makeExchange(store.reserveExchangeId()));
        } // destructor: no flush() called
        CaptureReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(*reader.exchangeCount(), 5000);
    }

    void idsContinueAfterReopen()
    {
        const QString path = freshPath();
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            store.record(makeExchange(store.reserveExchangeId()));
        }
        CaptureStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.reserveExchangeId(), 2);
    }

    // A stream recorded as it grows: each record() appends the complete
    // events that arrived since; readers see the whole body all along.
    void streamedBodyIsAppendedNotRewritten()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        Exchange e = makeExchange(store.reserveExchangeId(), "GET", 200, {});
        e.responseHeaders = {{"Content-Type", "text/event-stream"}};
        e.state = Exchange::State::Streaming;
        CaptureReader reader;
        QVERIFY(reader.open(path));
        QByteArray expected;
        for (int i = 0; i < 20; ++i) {
            const QByteArray event =
                "event: message\ndata: {\"n\":" + QByteArray::number(i) + "}\n\n";
            e.responseBody += event;
            e.responseBodySize = e.responseBody.size();
            expected += event;
            store.record(e);
            store.flush();
            QCOMPARE((*reader.exchange(e.id))->responseBody, expected);
        }
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("chunks"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        auto count = [&db](const QString &sql) {
            QSqlQuery q(db);
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        // The first record wrote the row; the 19 after it appended a piece each.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM response_chunks")), 19);
        QCOMPARE(count(QStringLiteral("SELECT length(response_body) FROM exchange_bodies")),
                 qint64(QByteArray("event: message\ndata: {\"n\":0}\n\n").size()));
        // The end appends its last piece; nothing written before is rewritten.
        const QByteArray last = "event: message\ndata: {\"n\":\"last\"}\n\n";
        e.responseBody += last;
        expected += last;
        e.state = Exchange::State::Complete;
        store.record(e);
        store.flushSearchIndex();
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM response_chunks")), 20);
        QCOMPARE(count(QStringLiteral("SELECT length(response_body) FROM exchange_bodies")),
                 qint64(QByteArray("event: message\ndata: {\"n\":0}\n\n").size()));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("chunks"));
        QCOMPARE((*reader.exchange(e.id))->responseBody, expected);
        QCOMPARE((*reader.exchange(e.id))->state, Exchange::State::Complete);
        CaptureFilter f;
        f.text = QStringLiteral("last"); // in the last piece: indexed with the rest
        QCOMPARE(*reader.exchangeIds(f, 0, 10), QList<qint64>{e.id});
    }

    // A secret split across two network reads: the event holding it is
    // redacted whole, and its first half never reaches disk on its own.
    void secretSplitAcrossReadsIsRedacted()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        Exchange e = makeExchange(store.reserveExchangeId(), "GET", 200, {});
        e.requestHeaders.append(qMakePair(QByteArray("Authorization"),
                                          QByteArray("Bearer KNOWNSPLITTOKEN-1234567890")));
        e.responseHeaders = {{"Content-Type", "text/event-stream"}};
        e.state = Exchange::State::Streaming;
        const QByteArray stream =
            "event: message\ndata: {\"n\":1}\n\n"
            "event: message\ndata: {\"access_token\":\"SPLITFIELDSECRET-abcdef\","
            "\"echo\":\"KNOWNSPLITTOKEN-1234567890\"}\n\n"
            "event: message\ndata: {\"n\":3}\n\n";
        const qsizetype firstCut = stream.indexOf("SPLITFIELD") + 5; // inside the field's value
        const qsizetype secondCut =
            stream.indexOf("\"echo\":\"KNOWNSPLIT") + 14; // inside the known one
        for (const qsizetype cut : {firstCut, secondCut, stream.size()}) {
            e.responseBody = stream.first(cut);
            e.responseBodySize = cut;
            if (cut == stream.size())
                e.state = Exchange::State::Complete;
            store.record(e);
            store.flush();
            // Neither half of either secret, wherever the read was cut.
            const QByteArray disk = storeFileBytes(path);
            for (const char *part : {"SPLIT", "FIELDSECRET", "abcdef", "KNOWNSPL", "TOKEN-123"})
                QVERIFY2(!disk.contains(part), part);
        }
        store.flushSearchIndex();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const QByteArray stored = (*reader.exchange(e.id))->responseBody;
        QVERIFY(stored.contains("{\"n\":1}"));
        QVERIFY(stored.contains("{\"n\":3}"));
        QCOMPARE(stored.count(Redactor::placeholder), 2);
        QVERIFY(!storeFileBytes(path).contains("SPLIT"));
    }

    // A body recorded again that is not the old one grown is written whole.
    void changedStreamBodyIsRewritten()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        Exchange e =
            makeExchange(store.reserveExchangeId(), "GET", 200, "event: message\ndata: first\n\n");
        e.responseHeaders = {{"Content-Type", "text/event-stream"}};
        e.state = Exchange::State::Streaming;
        store.record(e);
        e.responseBody += "event: message\ndata: second\n\n";
        store.record(e);
        e.responseBody = "event: message\ndata: other\n\n";
        store.record(e);
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE((*reader.exchange(e.id))->responseBody, e.responseBody);
        e.responseBody += "event: message\ndata: more\n\n";
        e.state = Exchange::State::Complete;
        store.record(e);
        store.flush();
        QCOMPARE((*reader.exchange(e.id))->responseBody, e.responseBody);
    }

    // Two stores (two writer threads, two connections) on one file, as two
    // processes would be: ids never collide, every row keeps its content.
    void twoStoresShareOneFile()
    {
        const QString path = freshPath();
        CaptureStore a, b;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        QHash<qint64, QByteArray> bodies;
        QSet<qint64> messages;
        const qint64 sa = a.createSession(QStringLiteral("a"), {}, QStringLiteral("http"), 1);
        const qint64 sb = b.createSession(QStringLiteral("b"), {}, QStringLiteral("http"), 2);
        QVERIFY(sa > 0 && sb > 0 && sa != sb);
        for (int i = 0; i < 3000; ++i) {
            CaptureStore &store = i % 2 ? b : a;
            Exchange e = makeExchange(store.reserveExchangeId(), "POST", 200,
                                      "{\"row\":" + QByteArray::number(i) + "}");
            e.sessionId = i % 2 ? sb : sa;
            QVERIFY(!bodies.contains(e.id));
            bodies.insert(e.id, e.responseBody);
            store.record(e);
            MessageRecord m;
            m.id = store.reserveMessageId();
            QVERIFY(!messages.contains(m.id));
            messages.insert(m.id);
            m.sessionId = e.sessionId;
            m.exchangeId = e.id;
            m.kind = QStringLiteral("request");
            m.payload = e.responseBody;
            store.recordMessage(m);
        }
        a.flush();
        b.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(*reader.exchangeCount(), 3000);
        for (auto it = bodies.cbegin(); it != bodies.cend(); ++it)
            QCOMPARE((*reader.exchange(it.key()))->responseBody, it.value());
        const auto stored = reader.messages();
        QCOMPARE(stored->size(), 3000);
        for (const MessageRecord &m : *stored)
            QCOMPARE(m.payload, bodies.value(m.exchangeId));
    }

    // Rows that reach the file after the index watermark passed their ids
    // (another process's block) are still found by a search.
    void rowsBehindTheWatermarkAreIndexed()
    {
        const QString path = freshPath();
        CaptureStore a, b;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        const qint64 early = a.reserveExchangeId();
        const qint64 late = b.reserveExchangeId();
        QVERIFY(late > early);
        b.record(makeExchange(late, "POST", 200, "{\"word\":\"pelican\"}"));
        b.flushSearchIndex();
        a.record(makeExchange(early, "POST", 200, "{\"word\":\"pelican\"}"));
        a.flushSearchIndex();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        CaptureFilter f;
        f.text = QStringLiteral("pelican");
        QCOMPARE(*reader.exchangeIds(f, 0, 10), (QList<qint64>{early, late}));
    }

    // replay_of: a regression run's session, a replayed message, and an
    // exchange linked before it is written (exchanges are written when done).
    void linksReplays()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        const qint64 recorded =
            store.createSession(QStringLiteral("recorded"), {}, QStringLiteral("mcp"), 1000);
        const qint64 run =
            store.createSession(QStringLiteral("run"), {}, QStringLiteral("mcp"), 2000);
        store.linkReplay(ExchangeSink::ReplayLink::Session, run, recorded);
        MessageRecord original;
        original.id = store.reserveMessageId();
        original.sessionId = recorded;
        original.kind = QStringLiteral("request");
        original.method = QStringLiteral("tools/call");
        original.payload = "{}";
        store.recordMessage(original);
        MessageRecord replayed = original;
        replayed.id = store.reserveMessageId();
        replayed.sessionId = run;
        store.recordMessage(replayed);
        store.linkReplay(ExchangeSink::ReplayLink::Message, replayed.id, original.id);
        Exchange first = makeExchange(store.reserveExchangeId());
        first.sessionId = recorded;
        store.record(first);
        Exchange again = makeExchange(store.reserveExchangeId());
        again.sessionId = run;
        store.linkReplay(ExchangeSink::ReplayLink::Exchange, again.id, first.id);
        store.flush(); // the link is committed before its exchange exists
        store.record(again);
        again.totalMs = 9; // recorded again (a stream growing): the link stays
        store.record(again);
        store.flush();

        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto sessions = reader.sessions();
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 2);
        QCOMPARE(sessions->at(0).id, run); // newest first
        QCOMPARE(sessions->at(0).replayOf, recorded);
        QCOMPARE(sessions->at(1).replayOf, 0);
        const auto messages = reader.messages();
        QVERIFY(messages);
        QCOMPARE(messages->size(), 2);
        QCOMPARE(messages->at(0).replayOf, 0);
        QCOMPARE(messages->at(1).replayOf, original.id);
        const auto rows = reader.summaries({first.id, again.id});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).replayOf, 0);
        QCOMPARE(rows->at(1).replayOf, first.id);
        QCOMPARE(rows->at(1).totalMs, 9.0);
    }

    // A store of schema 3 (before replay_of) reads as it is, and opening it
    // for writing upgrades it with its rows intact.
    void upgradesSchema3()
    {
        const QString path = freshPath();
        qint64 session = 0;
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            session = store.createSession(QStringLiteral("old"), {}, QStringLiteral("mcp"), 1000);
            Exchange e = makeExchange(store.reserveExchangeId());
            e.sessionId = session;
            store.record(e);
            store.close();
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"ALTER TABLE sessions DROP COLUMN replay_of",
                  "ALTER TABLE exchanges DROP COLUMN replay_of",
                  "ALTER TABLE messages DROP COLUMN replay_of",
                  // schema 6's
                  "ALTER TABLE findings DROP COLUMN source",
                  "DELETE FROM store_meta WHERE key LIKE 'diagnostics_%'", "PRAGMA user_version=3"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        {
            CaptureReader reader;
            QVERIFY(reader.open(path));
            const auto sessions = reader.sessions();
            QVERIFY2(sessions, qPrintable(sessions ? QString() : sessions.error().message));
            QCOMPARE(sessions->size(), 1);
            QCOMPARE(sessions->first().replayOf, 0);
            QVERIFY(reader.messages(session));
        }
        CaptureStore store;
        QVERIFY(store.open(path));
        const qint64 run = store.createSession(QStringLiteral("run"), {}, QStringLiteral("mcp"), 2);
        store.linkReplay(ExchangeSink::ReplayLink::Session, run, session);
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto sessions = reader.sessions();
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 2);
        QCOMPARE(sessions->at(0).replayOf, session);
        QCOMPARE(sessions->at(1).exchangeCount, 1);
    }

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
};

QTEST_GUILESS_MAIN(TestCaptureStore)
#include "tst_capture_store.moc"
