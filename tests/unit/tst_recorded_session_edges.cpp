#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "replay/recorded_session.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

// Edges of reading a recorded session for replay (replay/recorded_session.h):
// answers stored without the link to their request (paired by JSON-RPC id),
// an answer to nothing sent, an error answer with data, a session with no
// request of the client's, and a store whose tables another program renamed.
class TestRecordedSessionEdges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    struct Line
    {
        bool outgoing;
        QByteArray payload;
    };

    // A store with one session of these messages (no responseTo kept).
    QString storeWith(const QList<Line> &lines, qint64 *session)
    {
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
        CaptureStore store;
        if (!store.open(path))
            return {};
        *session = store.createSession(QStringLiteral("s"), QStringLiteral("http://h/mcp"),
                                       QStringLiteral("mcp"), 1000);
        qint64 at = 1000;
        for (const Line &line : lines) {
            MessageRecord m;
            m.id = store.reserveMessageId();
            m.sessionId = *session;
            m.outgoing = line.outgoing;
            m.payload = line.payload;
            m.atMs = ++at;
            store.recordMessage(m);
        }
        store.flush();
        return path;
    }

    static bool execOn(const QString &path, const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path);
            ok = db.open() && QSqlQuery(db).exec(sql);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return ok;
    }

    static Result<RecordedSession> load(const QString &path, qint64 session)
    {
        CaptureReader reader;
        if (auto opened = reader.open(path); !opened)
            return Failure{opened.error()};
        return RecordedSession::load(reader, session);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void answersPairedByRpcId()
    {
        qint64 session = 0;
        const QString path = storeWith(
            {{true, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}"},
             {false, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"v1\"}}"},
             {true, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":"
                    "{\"name\":\"boom\"}}"},
             {false, "{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-32000,\"message\":"
                     "\"no\",\"data\":{\"why\":\"because\"}}}"},
             {false, "{\"jsonrpc\":\"2.0\",\"id\":77,\"result\":{}}"}},
            &session);
        QVERIFY(!path.isEmpty());
        const auto loaded = load(path, session);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded->initializeResult,
                 (QJsonObject{{QStringLiteral("protocolVersion"), QStringLiteral("v1")}}));
        QCOMPARE(loaded->requests.size(), 1);
        const RecordedRequest &call = loaded->requests.first();
        QCOMPARE(call.subject(), QStringLiteral("boom"));
        QCOMPARE(call.answer.kind, RecordedAnswer::Kind::Error);
        QCOMPARE(
            call.answer.asJson(),
            QJsonValue(QJsonObject{
                {QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), -32000},
                             {QStringLiteral("message"), QStringLiteral("no")},
                             {QStringLiteral("data"),
                              QJsonObject{{QStringLiteral("why"), QStringLiteral("because")}}}}}}));
        // The answer to id 77 matched nothing and was dropped.
        QCOMPARE(loaded->serverRequests.size(), 0);
        // An answer not yet given reads as nothing.
        QCOMPARE(RecordedAnswer().asJson(), QJsonValue(QJsonValue::Undefined));
    }

    void noRequestOfTheClient()
    {
        qint64 session = 0;
        const QString path = storeWith(
            {{false, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{}}"}},
            &session);
        QVERIFY(!path.isEmpty());
        const auto loaded = load(path, session);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::ReplayEmptySession);
        QCOMPARE(loaded.error().message,
                 QStringLiteral("Session %1 recorded no request from the client, so there is "
                                "nothing to replay.")
                     .arg(session));
    }

    void tablesRenamed()
    {
        qint64 session = 0;
        const QList<Line> lines = {
            {true, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{}}"}};
        const QString noSessions = storeWith(lines, &session);
        QVERIFY(execOn(noSessions, QStringLiteral("ALTER TABLE sessions RENAME TO gone")));
        const auto a = load(noSessions, session);
        QVERIFY(!a);
        QCOMPARE(a.error().message,
                 QStringLiteral("Reading sessions from the capture store failed: no such table: "
                                "sessions Unable to execute statement"));

        const QString noMessages = storeWith(lines, &session);
        QVERIFY(execOn(noMessages, QStringLiteral("ALTER TABLE messages RENAME TO gone")));
        const auto b = load(noMessages, session);
        QVERIFY(!b);
        QCOMPARE(b.error().code, ErrorCode::StoreRead);
        QVERIFY2(b.error().message.startsWith(
                     QStringLiteral("Reading messages from the capture store failed: ")),
                 qPrintable(b.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRecordedSessionEdges)
#include "tst_recorded_session_edges.moc"
