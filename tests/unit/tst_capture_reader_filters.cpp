#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "error_code_testing.h"
#include "test_store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The capture reader's filters that the log's filter syntax and the Messages
// view use (capture/capture_reader.h): JSON-RPC method, tool, one status,
// latency and time bounds, on exchanges and on message rows, the answers and
// calls of a page, stdio messages, and what open() refuses. Paging and the
// full-text search are in tst_capture_store.cpp.
class TestCaptureReaderFilters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_session = 0;
    qint64 m_stdio = 0;
    // Exchanges: a tools/call of echo (200, 10 ms), of add (500, 80 ms), a
    // resources/read (404, 300 ms), a 101 upgrade, one that failed (dns), one
    // still waiting (no time measured; the store marks it failed as it closes).
    QList<qint64> m_x;
    // Messages: echo's request and response, add's request and error, the
    // read's request, an unanswered notification; stdio: a request and its
    // answer, and an answer to a request that is not stored.
    qint64 m_echo = 0, m_echoAnswer = 0, m_add = 0, m_addError = 0, m_read = 0, m_note = 0;
    qint64 m_stdioCall = 0, m_stdioAnswer = 0, m_orphan = 0;

    qint64 message(CaptureStore &store, qint64 session, qint64 exchange, bool outgoing,
                   const char *kind, const char *method, const QByteArray &payload, qint64 atMs,
                   qint64 responseTo = 0, double latencyMs = -1)
    {
        MessageRecord m;
        m.id = store.reserveMessageId();
        m.sessionId = session;
        m.exchangeId = exchange;
        m.outgoing = outgoing;
        m.kind = QString::fromLatin1(kind);
        m.rpcId = QStringLiteral("1");
        m.method = QString::fromLatin1(method);
        m.payload = payload;
        m.atMs = atMs;
        m.responseTo = responseTo;
        m.latencyMs = latencyMs;
        store.recordMessage(m);
        return m.id;
    }

    QList<qint64> exchangesWhere(const CaptureFilter &filter)
    {
        CaptureReader reader;
        if (!reader.open(m_path))
            return {-1};
        return reader.exchangeIds(filter, 0, 100).value_or(QList<qint64>{-1});
    }
    QList<qint64> rowsWhere(const CaptureFilter &filter)
    {
        CaptureReader reader;
        if (!reader.open(m_path))
            return {-1};
        return reader.messageRowIds(filter, 0, 100).value_or(QList<qint64>{-1});
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("filters.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(m_path));
        m_session =
            store.createSession(QStringLiteral("http"), QStringLiteral("http://127.0.0.1/mcp"),
                                QStringLiteral("http"), 1000);
        m_stdio = store.createSession(QStringLiteral("stdio"), QStringLiteral("node server.js"),
                                      QStringLiteral("stdio"), 2000);
        const struct
        {
            int status;
            double totalMs;
            qint64 startedAt;
        } rows[] = {{200, 10, 10000}, {500, 80, 20000}, {404, 300, 30000},
                    {101, 1, 40000},  {0, 5, 50000},    {200, -1, 70000}};
        for (const auto &row : rows) {
            Exchange e = makeExchange(store.reserveExchangeId(), "POST", row.status);
            e.sessionId = m_session;
            e.totalMs = row.totalMs;
            e.ttfbMs = row.totalMs / 2;
            e.startedAtMs = row.startedAt;
            if (row.totalMs < 0) { // still waiting: never measured
                e.state = Exchange::State::Pending;
                e.ttfbMs = -1;
            }
            if (row.status == 0) {
                e.errorCode = ErrorCode::NetDns;
                e.state = Exchange::State::Failed;
            }
            store.record(e);
            m_x << e.id;
        }
        m_echo = message(store, m_session, m_x[0], true, "request", "tools/call",
                         "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
                         "\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"Hello\"}}}",
                         10001);
        m_echoAnswer = message(store, m_session, m_x[0], false, "response", "",
                               "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}", 10010, m_echo, 9);
        m_add = message(store, m_session, m_x[1], true, "request", "tools/call",
                        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\","
                        "\"params\":{\"name\":\"add\",\"arguments\":{}}}",
                        20001);
        m_addError =
            message(store, m_session, m_x[1], false, "error", "",
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-32603}}", 20080, m_add, 79);
        m_read = message(store, m_session, m_x[2], true, "request", "resources/read",
                         "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"resources/read\","
                         "\"params\":{\"uri\":\"test://static/resource/1\"}}",
                         30001);
        m_note =
            message(store, m_session, m_x[3], true, "notification", "notifications/initialized",
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", 40001);
        m_stdioCall = message(store, m_stdio, 0, true, "request", "tools/call",
                              "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
                              "\"params\":{\"name\":\"echo\"}}",
                              60001);
        m_stdioAnswer = message(store, m_stdio, 0, false, "response", "",
                                "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"Token\":1}}", 60500,
                                m_stdioCall, 499);
        m_orphan = message(store, m_stdio, 0, false, "response", "",
                           "{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":{}}", 61000, 987654321);
        store.flush();
    }

    void exchangeFilters_data()
    {
        QTest::addColumn<CaptureFilter>("filter");
        QTest::addColumn<QList<int>>("expected"); // indexes into m_x
        CaptureFilter f;
        f.rpcMethod = QStringLiteral("tools/call");
        QTest::newRow("rpc method") << f << QList<int>{0, 1};
        f = {};
        f.tool = QStringLiteral("add");
        QTest::newRow("tool name") << f << QList<int>{1};
        f.tool = QStringLiteral("test://static/resource/1");
        QTest::newRow("resource uri") << f << QList<int>{2};
        f = {};
        f.statusCode = 404;
        QTest::newRow("one status") << f << QList<int>{2};
        f = {};
        f.minTotalMs = 80;
        QTest::newRow("at least 80 ms") << f << QList<int>{1, 2};
        f = {};
        f.maxTotalMs = 10;
        QTest::newRow("at most 10 ms") << f << QList<int>{0, 3, 4};
        f = {};
        f.afterMs = 20000;
        f.beforeMs = 40000;
        QTest::newRow("time window") << f << QList<int>{1, 2};
        f = {};
        f.statusClass = CaptureFilter::StatusClass::Informational;
        QTest::newRow("1xx") << f << QList<int>{3};
        f.statusClass = CaptureFilter::StatusClass::ServerError;
        QTest::newRow("5xx") << f << QList<int>{1};
        f.statusClass = CaptureFilter::StatusClass::Failed;
        QTest::newRow("failed") << f << QList<int>{4, 5};
        f = {};
        f.rpcMethod = QStringLiteral("tools/call");
        f.minTotalMs = 50;
        QTest::newRow("combined") << f << QList<int>{1};
    }
    void exchangeFilters()
    {
        QFETCH(CaptureFilter, filter);
        QFETCH(QList<int>, expected);
        QVERIFY(!filter.isEmpty());
        QList<qint64> ids;
        for (int i : expected)
            ids << m_x.at(i);
        QCOMPARE(exchangesWhere(filter), ids);
    }

    void messageRows_data()
    {
        QTest::addColumn<CaptureFilter>("filter");
        QTest::addColumn<QString>("expected"); // names, space-separated
        // Answers to stored requests are on their request's row; the orphan is a row.
        QTest::newRow("all") << CaptureFilter{}
                             << QStringLiteral("echo add read note stdioCall orphan");
        CaptureFilter f;
        f.sessionId = 0;
        f.rpcMethod = QStringLiteral("tools/call");
        QTest::newRow("rpc method") << f << QStringLiteral("echo add stdioCall");
        f = {};
        f.tool = QStringLiteral("echo");
        QTest::newRow("tool") << f << QStringLiteral("echo stdioCall");
        f = {};
        f.method = QStringLiteral("post");
        f.statusCode = 500;
        QTest::newRow("carried by a 500") << f << QStringLiteral("add");
        f = {};
        f.statusClass = CaptureFilter::StatusClass::ClientError;
        QTest::newRow("carried by a 4xx") << f << QStringLiteral("read");
        f.statusClass = CaptureFilter::StatusClass::Failed;
        QTest::newRow("carried by a failure") << f << QStringLiteral("");
        f = {};
        f.minTotalMs = 50;
        QTest::newRow("answered in at least 50 ms") << f << QStringLiteral("add stdioCall");
        f = {};
        f.maxTotalMs = 10;
        QTest::newRow("answered within 10 ms") << f << QStringLiteral("echo");
        f = {};
        f.afterMs = 30000;
        f.beforeMs = 61000;
        QTest::newRow("time window") << f << QStringLiteral("read note stdioCall");
        f = {};
        f.text = QStringLiteral("  HELLO  message ");
        QTest::newRow("words in the payload") << f << QStringLiteral("echo");
    }
    void messageRows()
    {
        QFETCH(CaptureFilter, filter);
        QFETCH(QString, expected);
        const QHash<QString, qint64> byName{
            {QStringLiteral("echo"), m_echo},           {QStringLiteral("add"), m_add},
            {QStringLiteral("read"), m_read},           {QStringLiteral("note"), m_note},
            {QStringLiteral("stdioCall"), m_stdioCall}, {QStringLiteral("orphan"), m_orphan}};
        QList<qint64> ids;
        for (const QString &name : expected.split(u' ', Qt::SkipEmptyParts))
            ids << byName.value(name);
        QCOMPARE(rowsWhere(filter), ids);
    }

    void sessionAndExchangeOfRows()
    {
        CaptureFilter f;
        f.sessionId = m_stdio;
        QCOMPARE(rowsWhere(f), (QList<qint64>{m_stdioCall, m_orphan}));
        f = {};
        f.exchangeIds = {m_x[1], m_x[3]};
        QCOMPARE(rowsWhere(f), (QList<qint64>{m_add, m_note}));
        // Keyset paging over rows.
        CaptureReader reader;
        QVERIFY(reader.open(m_path));
        QCOMPARE(*reader.messageRowIds({}, m_add, 2), (QList<qint64>{m_read, m_note}));
    }

    void answersAndCalls()
    {
        CaptureReader reader;
        QVERIFY(reader.open(m_path));
        QVERIFY(reader.isOpen());
        const auto byId = reader.messagesById({m_read, 424242, m_echo});
        QVERIFY(byId);
        QCOMPARE(byId->size(), 2); // in the order asked, unknown ids left out
        QCOMPARE(byId->at(0).id, m_read);
        QCOMPARE(byId->at(0).method, QStringLiteral("resources/read"));
        QCOMPARE(byId->at(1).id, m_echo);
        QVERIFY(reader.messagesById({})->isEmpty());

        const auto answers = reader.answersTo({m_echo, m_add, m_read});
        QVERIFY(answers);
        QCOMPARE(answers->size(), 2);
        QCOMPARE(answers->at(0).id, m_echoAnswer);
        QCOMPARE(answers->at(0).responseTo, m_echo);
        QCOMPARE(answers->at(0).latencyMs, 9.0);
        QCOMPARE(answers->at(1).kind, QStringLiteral("error"));
        QVERIFY(!answers->at(1).outgoing);
        QVERIFY(reader.answersTo({})->isEmpty());

        const auto calls = reader.callsOfExchanges({m_x[1], m_x[2]});
        QVERIFY(calls);
        QList<qint64> ids;
        for (const MessageRecord &m : *calls)
            ids << m.id;
        QCOMPARE(ids, (QList<qint64>{m_add, m_addError, m_read}));
        QVERIFY(reader.callsOfExchanges({})->isEmpty());
        QVERIFY(reader.messagesOfExchanges({})->isEmpty());

        // stdio: the messages no exchange carried.
        const auto stdio = reader.messagesWithoutExchange(m_stdio);
        QVERIFY(stdio);
        QCOMPARE(stdio->size(), 3);
        QCOMPARE(stdio->at(0).id, m_stdioCall);
        QCOMPARE(stdio->at(0).exchangeId, 0);
        QCOMPARE(stdio->at(1).payload,
                 QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"Token\":1}}"));
        QVERIFY(reader.messagesWithoutExchange(m_session)->isEmpty());
    }

    void exchangesInTheOrderAsked()
    {
        CaptureReader reader;
        QVERIFY(reader.open(m_path));
        const auto read = reader.exchanges({m_x[3], 31337, m_x[0]});
        QVERIFY(read);
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).id, m_x[3]);
        QCOMPARE(read->at(0).status, 101);
        QCOMPARE(read->at(1).id, m_x[0]);
        QVERIFY(reader.exchanges({})->isEmpty());
        const auto none = reader.exchange(31337);
        QVERIFY(none);
        QVERIFY(!none->has_value());
        QCOMPARE(*reader.exchangeCount(m_session), 6);
        QCOMPARE(*reader.exchangeCount(m_stdio), 0);
        const auto failed = reader.summaries({m_x[4]});
        QVERIFY(failed);
        QCOMPARE(failed->first().errorCode, QStringLiteral("dns"));
        QCOMPARE(failed->first().state, Exchange::State::Failed);
        const auto settled = reader.summaries({m_x[5]});
        QVERIFY(settled);
        QCOMPARE(settled->first().errorCode, errorCodeId(ErrorCode::NetAborted));
        QCOMPARE(settled->first().totalMs, -1.0);
    }

    void ftsQueryQuotesEveryWord()
    {
        QCOMPARE(CaptureReader::ftsQuery(QStringLiteral("  ")), QString());
        QCOMPARE(CaptureReader::ftsQuery(QStringLiteral("brown fox")),
                 QStringLiteral("\"brown\" \"fox\""));
        QCOMPARE(CaptureReader::ftsQuery(QStringLiteral("say \"hi")),
                 QStringLiteral("\"say\" \"\"\"hi\""));
    }

    void openRefusesWhatIsNotAStore()
    {
        // An SQLite file without a schema version: not ours.
        const QString plain = m_dir.filePath(QStringLiteral("plain.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(plain);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        CaptureReader reader;
        const auto notOurs = reader.open(plain);
        QVERIFY(!notOurs);
        QCOMPARE(notOurs.error().code, ErrorCode::StoreOpen);
        QVERIFY(notOurs.error().message.contains(QStringLiteral("no schema found")));

        // A newer schema: refused with its number.
        const QString future = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(future);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=999")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const auto newer = reader.open(future);
        QVERIFY(!newer);
        QCOMPARE(newer.error().code, ErrorCode::StoreVersion);
        QVERIFY(newer.error().message.contains(QStringLiteral("schema 999")));

        // A path that cannot be opened read-only.
        const auto missing = reader.open(m_dir.filePath(QStringLiteral("none/x.sqlite")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::StoreOpen);

        // The same reader opens a real store after all that.
        QVERIFY(reader.open(m_path));
        QCOMPARE(reader.exchangeIds({}, 0, 100)->size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestCaptureReaderFilters)
#include "tst_capture_reader_filters.moc"
