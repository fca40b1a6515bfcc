#include "capture/capture_reader.h"
#include "capture/capture_schema.h"
#include "capture/capture_store.h"
#include "error_code_testing.h"
#include "test_store.h"

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

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
};

QTEST_GUILESS_MAIN(TestCaptureStore)
#include "tst_capture_store.moc"
