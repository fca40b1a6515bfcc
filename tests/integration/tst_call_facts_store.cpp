// The call_facts table as the capture writer keeps it, from real traffic:
// server-everything over Streamable HTTP and stdio, the OAuth peers (a 401,
// a sign-in), a stream that settles late, and the back-fill of a store
// written before schema 5.
#include "analytics/call_facts.h"
#include "capture/capture_reader.h"
#include "capture/capture_schema.h"
#include "capture/capture_store.h"
#include "cli_run.h"
#include "node_peer.h"
#include "recorded_store.h"
#include "session/mcp_session.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

struct FactRow
{
    qint64 sessionId = 0, exchangeId = 0, messageId = 0, atMs = 0;
    QString label, tool;
    double ttfbMs = -1, totalMs = -1;
    int outcome = 0, status = 0;
    qint64 bytesOut = 0, bytesIn = 0;
    int authEvent = 0;
    qint64 retryAfterMs = -1, limit = -1, remaining = -1;
    bool operator==(const FactRow &) const = default;
};

// A read connection of its own per call; rows ordered by exchange, then message.
QList<FactRow> factRows(const QString &path, const QString &where = {})
{
    QList<FactRow> rows;
    const QString name = QStringLiteral("facts-read");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return rows;
        QSqlQuery q(db);
        const QString sql =
            QStringLiteral("SELECT IFNULL(session_id, 0), IFNULL(exchange_id, 0),"
                           " IFNULL(message_id, 0), at_ms, label, tool, ttfb_ms, total_ms,"
                           " outcome, status, bytes_out, bytes_in, auth_event, retry_after_ms,"
                           " rl_limit, rl_remaining FROM call_facts %1"
                           " ORDER BY IFNULL(exchange_id, 0), IFNULL(message_id, 0)")
                .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where);
        if (!q.exec(sql))
            qWarning() << q.lastError().text();
        while (q.next()) {
            FactRow r;
            r.sessionId = q.value(0).toLongLong();
            r.exchangeId = q.value(1).toLongLong();
            r.messageId = q.value(2).toLongLong();
            r.atMs = q.value(3).toLongLong();
            r.label = q.value(4).toString();
            r.tool = q.value(5).toString();
            r.ttfbMs = q.value(6).toDouble();
            r.totalMs = q.value(7).toDouble();
            r.outcome = q.value(8).toInt();
            r.status = q.value(9).toInt();
            r.bytesOut = q.value(10).toLongLong();
            r.bytesIn = q.value(11).toLongLong();
            r.authEvent = q.value(12).toInt();
            r.retryAfterMs = q.value(13).toLongLong();
            r.limit = q.value(14).toLongLong();
            r.remaining = q.value(15).toLongLong();
            rows.append(r);
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QVariant scalar(const QString &path, const QString &sql)
{
    QVariant value;
    const QString name = QStringLiteral("facts-scalar");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
            else
                qWarning() << sql << q.lastError().text();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool execAll(const QString &path, const QStringList &statements)
{
    bool ok = true;
    const QString name = QStringLiteral("facts-exec");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Every settled exchange of the file has exactly one fact, whose figures are
// the exchange's own; pending/streaming ones have none.
void checkFactsMatchExchanges(const QString &path)
{
    const QList<FactRow> facts = factRows(path, QStringLiteral("exchange_id IS NOT NULL"));
    CaptureReader reader;
    QVERIFY(reader.open(path));
    auto ids = reader.exchangeIds({}, 0, 1000000);
    QVERIFY(ids);
    auto exchanges = reader.exchanges(*ids);
    QVERIFY(exchanges);
    int settled = 0;
    for (const Exchange &e : *exchanges) {
        const bool final =
            e.state == Exchange::State::Complete || e.state == Exchange::State::Failed;
        const auto it = std::find_if(facts.cbegin(), facts.cend(),
                                     [&](const FactRow &f) { return f.exchangeId == e.id; });
        if (!final) {
            QVERIFY2(it == facts.cend(), qPrintable(e.url));
            continue;
        }
        ++settled;
        QVERIFY2(it != facts.cend(), qPrintable(QStringLiteral("no fact for %1").arg(e.id)));
        QCOMPARE(it->sessionId, e.sessionId);
        QCOMPARE(it->atMs, e.startedAtMs);
        QCOMPARE(it->status, e.status);
        QCOMPARE(it->ttfbMs, e.ttfbMs);
        QCOMPARE(it->totalMs, e.totalMs);
        QCOMPARE(it->bytesIn, e.responseBodySize);
        QCOMPARE(it->bytesOut, qint64(e.requestBody.size()));
        // No failures: a stream the client closed itself (after its 2xx, or
        // a listening GET while it opened) and a 405 to the listening GET.
        const bool closedByClient =
            it->messageId == 0 && e.errorCode == ErrorCode::NetAborted &&
            ((e.status >= 200 && e.status < 300) || (e.method == "GET" && e.status == 0));
        const bool noListeningStream = it->messageId == 0 && e.method == "GET" && e.status == 405;
        if (closedByClient || noListeningStream)
            QCOMPARE(it->outcome, int(CallOutcome::Success));
        else if (e.status >= 500)
            QCOMPARE(it->outcome, int(CallOutcome::ServerError));
        else if (e.status >= 400)
            QCOMPARE(it->outcome, int(CallOutcome::ClientError));
        else if (e.state == Exchange::State::Failed && it->messageId == 0)
            QCOMPARE(it->outcome, int(CallOutcome::NetworkFailure));
        else if (e.state == Exchange::State::Failed) {
            // A call whose stream broke off: a network failure unless its
            // answer had come.
            const bool answered =
                scalar(path, QStringLiteral("SELECT COUNT(*) FROM messages WHERE response_to = %1"
                                            " AND direction = 'in'")
                                 .arg(it->messageId))
                    .toInt() > 0;
            QCOMPARE(it->outcome == int(CallOutcome::NetworkFailure), !answered);
        }
    }
    QCOMPARE(facts.size(), settled);
}

} // namespace

class TestCallFactsStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    NodePeer m_everything;
    NodePeer m_oidc;
    QString m_recorded; // server-everything over HTTP and stdio
    qint64 m_httpSession = 0;
    qint64 m_stdioSession = 0;

    static bool call(McpSession &session, const QString &method, const QJsonObject &params)
    {
        McpRequest *request = session.client()->request(method, params);
        QSignalSpy finished(request, &McpRequest::finished);
        const bool done = request->isFinished() || finished.wait(20000);
        request->deleteLater();
        return done;
    }

    // echo (a success), a tool that does not exist (the SDK answers with
    // isError), a method that does not exist (a JSON-RPC error).
    static qint64 recordCalls(CaptureStore &store, McpSessionOptions options)
    {
        // This test reads legacy-era traffic request by request; era Auto's
        // server/discover probe would come first (issue 16).
        options.era = ProtocolEra::Legacy;
        McpSession session(&store);
        QSignalSpy connected(session.client(), &McpClient::connected);
        if (!session.open(options) || !connected.wait(20000))
            return 0;
        const QJsonObject echo{{QStringLiteral("name"), QStringLiteral("echo")},
                               {QStringLiteral("arguments"),
                                QJsonObject{{QStringLiteral("message"), QStringLiteral("hi")}}}};
        const QJsonObject missing{{QStringLiteral("name"), QStringLiteral("no-such-tool")},
                                  {QStringLiteral("arguments"), QJsonObject{}}};
        if (!call(session, QStringLiteral("tools/call"), echo) ||
            !call(session, QStringLiteral("tools/call"), missing) ||
            !call(session, QStringLiteral("no/such-method"), {}))
            return 0;
        const qint64 id = session.captureSessionId();
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        if (!closed.wait(15000))
            return 0;
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why = m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QProcessEnvironment peerEnv;
        peerEnv.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
        why = m_oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            peerEnv);
        QVERIFY2(why.isEmpty(), qPrintable(why));

        m_recorded = m_dir.filePath(QStringLiteral("recorded.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(m_recorded));
        McpSessionOptions http;
        http.kind = McpSessionOptions::Kind::Http;
        http.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        http.transport = McpClient::Transport::StreamableHttp;
        m_httpSession = recordCalls(store, http);
        QVERIFY(m_httpSession > 0);
        McpSessionOptions stdio;
        stdio.kind = McpSessionOptions::Kind::Stdio;
        stdio.target = QStringLiteral("\"%1\" \"%2\" stdio").arg(nodeBinary(), everythingScript());
        stdio.rootsSupported = false;
        m_stdioSession = recordCalls(store, stdio);
        QVERIFY(m_stdioSession > 0);
        store.waitForFacts();
    }

    void httpFactsAreTheExchanges()
    {
        checkFactsMatchExchanges(m_recorded);
        const QString session = QStringLiteral("session_id = %1").arg(m_httpSession);
        const QList<FactRow> facts = factRows(m_recorded, session);
        const auto find = [&](const QString &label, const QString &tool) {
            return std::find_if(facts.cbegin(), facts.cend(), [&](const FactRow &f) {
                return f.label == label && f.tool == tool;
            });
        };
        const auto init = find(QStringLiteral("initialize"), {});
        QVERIFY(init != facts.cend());
        QCOMPARE(init->outcome, int(CallOutcome::Success));
        QCOMPARE(init->status, 200);
        QVERIFY(init->messageId > 0);
        const auto echo = find(QStringLiteral("tools/call"), QStringLiteral("echo"));
        QVERIFY(echo != facts.cend());
        QCOMPARE(echo->outcome, int(CallOutcome::Success));
        QVERIFY(echo->totalMs >= 0 && echo->ttfbMs >= 0);
        const auto missing = find(QStringLiteral("tools/call"), QStringLiteral("no-such-tool"));
        QVERIFY(missing != facts.cend());
        QCOMPARE(missing->outcome, int(CallOutcome::ToolError));
        QCOMPARE(missing->status, 200);
        const auto unknown = find(QStringLiteral("no/such-method"), {});
        QVERIFY(unknown != facts.cend());
        QCOMPARE(unknown->outcome, int(CallOutcome::RpcError));
        // The fact points at the request message its exchange carried.
        QCOMPARE(scalar(m_recorded, QStringLiteral("SELECT exchange_id FROM messages WHERE id=%1")
                                        .arg(unknown->messageId))
                     .toLongLong(),
                 unknown->exchangeId);
        for (const FactRow &f : facts)
            QCOMPARE(f.authEvent, int(AuthEvent::None));
    }

    void stdioFactsAreTheRequests()
    {
        const QList<FactRow> facts =
            factRows(m_recorded, QStringLiteral("session_id = %1").arg(m_stdioSession));
        // One per outgoing request, none per notification or answer.
        QCOMPARE(qint64(facts.size()),
                 scalar(m_recorded, QStringLiteral("SELECT COUNT(*) FROM messages WHERE"
                                                   " session_id=%1 AND direction='out' AND"
                                                   " kind='request'")
                                        .arg(m_stdioSession))
                     .toLongLong());
        QVERIFY(facts.size() >= 4);
        for (const FactRow &f : facts) {
            QCOMPARE(f.exchangeId, 0);
            QCOMPARE(f.ttfbMs, -1.0);
            QCOMPARE(f.status, 0);
            const double latency =
                scalar(m_recorded,
                       QStringLiteral("SELECT latency_ms FROM messages WHERE response_to=%1")
                           .arg(f.messageId))
                    .toDouble();
            QCOMPARE(f.totalMs, latency);
            QCOMPARE(
                f.atMs,
                scalar(m_recorded,
                       QStringLiteral("SELECT at_ms FROM messages WHERE id=%1").arg(f.messageId))
                    .toLongLong());
            if (f.tool == u"no-such-tool")
                QCOMPARE(f.outcome, int(CallOutcome::ToolError));
            else if (f.label == u"no/such-method")
                QCOMPARE(f.outcome, int(CallOutcome::RpcError));
            else
                QCOMPARE(f.outcome, int(CallOutcome::Success));
        }
    }

    void oauthSignInAnd401()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        for (const char *xdg :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(xdg), home.filePath(QString::fromLatin1(xdg).toLower()));
        const QString path = m_dir.filePath(QStringLiteral("oauth.sqlite"));
        const CliRun run =
            runCli({QStringLiteral("tools"), QStringLiteral("call"),
                    QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_oidc.port()),
                    QStringLiteral("whoami"), QStringLiteral("--oauth"), QStringLiteral("headless"),
                    QStringLiteral("--store"), path, QStringLiteral("--no-vault"),
                    // The first request must be initialize (see recordCalls()).
                    QStringLiteral("--era"), QStringLiteral("legacy")},
                   env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The CLI's writer wrote the facts as it wrote the rows.
        checkFactsMatchExchanges(path);
        const QList<FactRow> facts = factRows(path);
        const auto has = [&](const QString &label, AuthEvent event, int status) {
            return std::count_if(facts.cbegin(), facts.cend(), [&](const FactRow &f) {
                return f.label == label && f.authEvent == int(event) && f.status == status;
            });
        };
        QCOMPARE(has(QStringLiteral("POST /token"), AuthEvent::SignIn, 200), 1);
        // The first MCP request went without a token: a 401, whose challenge
        // says invalid_token or nothing.
        const QList<FactRow> unauthorized = factRows(path, QStringLiteral("status = 401"));
        QCOMPARE(unauthorized.size(), 1);
        QCOMPARE(unauthorized[0].label, QStringLiteral("initialize"));
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto challenged = reader.exchange(unauthorized[0].exchangeId);
        QVERIFY(challenged && *challenged);
        const QByteArray challenge = (*challenged)->responseHeader("www-authenticate");
        QVERIFY2(challenge.startsWith("Bearer"), challenge.constData());
        QCOMPARE(unauthorized[0].authEvent, challenge.contains("error=\"invalid_token\"")
                                                ? int(AuthEvent::InvalidToken)
                                                : int(AuthEvent::Unauthorized401));
        QVERIFY(has(QStringLiteral("tools/call"), AuthEvent::None, 200) >= 1);
        QVERIFY(std::any_of(facts.cbegin(), facts.cend(), [](const FactRow &f) {
            return f.label == u"tools/call" && f.tool == u"whoami" &&
                   f.outcome == int(CallOutcome::Success);
        }));
    }

    // A streamed exchange gets its fact when it settles, once; a message
    // written after it updates that fact.
    void settlesOnceAndLateMessagesCount()
    {
        const QString path = m_dir.filePath(QStringLiteral("stream.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        const qint64 session = store.createSession(QStringLiteral("s"), QStringLiteral("t"),
                                                   QStringLiteral("mcp"), 1000);
        Exchange e;
        e.id = store.reserveExchangeId();
        e.sessionId = session;
        e.startedAtMs = 2000;
        e.method = "POST";
        e.url = QStringLiteral("http://127.0.0.1:1/mcp");
        e.status = 200;
        e.responseHeaders = {{"Content-Type", "text/event-stream"}};
        e.state = Exchange::State::Streaming;
        e.responseBody = "data: {}\n\n";
        e.ttfbMs = 3;
        store.record(e);
        store.waitForFacts();
        QCOMPARE(factRows(path).size(), 0);
        QSignalSpy committed(&store, &CaptureStore::factsCommitted);
        e.state = Exchange::State::Complete;
        e.totalMs = 9;
        e.responseBody += "data: {\"x\":1}\n\n";
        e.responseBodySize = e.responseBody.size();
        store.record(e);
        store.flush();
        QList<FactRow> facts = factRows(path);
        QCOMPARE(facts.size(), 1);
        QCOMPARE(facts[0].label, QStringLiteral("POST /mcp"));
        QCOMPARE(facts[0].totalMs, 9.0);
        QVERIFY(committed.wait(5000) || committed.size() > 0);
        // The messages arrive after the row settled.
        MessageRecord request;
        request.id = store.reserveMessageId();
        request.sessionId = session;
        request.exchangeId = e.id;
        request.kind = QStringLiteral("request");
        request.method = QStringLiteral("tools/call");
        request.rpcId = QStringLiteral("1");
        request.payload = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
                          "\"params\":{\"name\":\"slow\"}}";
        request.atMs = 2000;
        store.recordMessage(request);
        store.flush();
        facts = factRows(path);
        QCOMPARE(facts.size(), 1);
        QCOMPARE(facts[0].label, QStringLiteral("tools/call"));
        QCOMPARE(facts[0].tool, QStringLiteral("slow"));
        QCOMPARE(facts[0].outcome, int(CallOutcome::Success));
        MessageRecord answer = request;
        answer.id = store.reserveMessageId();
        answer.outgoing = false;
        answer.kind = QStringLiteral("error");
        answer.method.clear();
        answer.payload = "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-1,\"message\":\"x\"}}";
        answer.responseTo = request.id;
        store.recordMessage(answer);
        store.flush();
        facts = factRows(path);
        QCOMPARE(facts.size(), 1);
        QCOMPARE(facts[0].outcome, int(CallOutcome::RpcError));
        QCOMPARE(facts[0].messageId, request.id);
        QCOMPARE(facts[0].exchangeId, e.id);

        // A stdio request: NoAnswer until its answer comes.
        MessageRecord stdio = request;
        stdio.id = store.reserveMessageId();
        stdio.exchangeId = 0;
        store.recordMessage(stdio);
        store.flush();
        QList<FactRow> stdioFacts = factRows(path, QStringLiteral("message_id = %1").arg(stdio.id));
        QCOMPARE(stdioFacts.size(), 1);
        QCOMPARE(stdioFacts[0].outcome, int(CallOutcome::NoAnswer));
        QCOMPARE(stdioFacts[0].totalMs, -1.0);
        MessageRecord reply = answer;
        reply.id = store.reserveMessageId();
        reply.exchangeId = 0;
        reply.kind = QStringLiteral("response");
        reply.payload = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}";
        reply.responseTo = stdio.id;
        reply.latencyMs = 4.5;
        store.recordMessage(reply);
        store.flush();
        stdioFacts = factRows(path, QStringLiteral("message_id = %1").arg(stdio.id));
        QCOMPARE(stdioFacts.size(), 1);
        QCOMPARE(stdioFacts[0].outcome, int(CallOutcome::Success));
        QCOMPARE(stdioFacts[0].totalMs, 4.5);
        QCOMPARE(factRows(path).size(), 2);

        // Rows deleted (a HAR import rolled back) take their facts along.
        QVERIFY(
            execAll(path, {QStringLiteral("DELETE FROM messages WHERE id = %1").arg(stdio.id),
                           QStringLiteral("DELETE FROM messages WHERE exchange_id = %1").arg(e.id),
                           QStringLiteral("DELETE FROM exchanges WHERE id = %1").arg(e.id)}));
        QCOMPARE(factRows(path).size(), 0);
        store.waitForFacts();
        QCOMPARE(factRows(path).size(), 0);
    }

    // A store written before schema 5 (the recorded one, taken back to
    // schema 4, plus enough rows to need several back-fill chunks): a reader
    // opens it unchanged; the first CaptureStore open back-fills the same
    // facts the live writer wrote.
    void oldStoreIsBackFilled()
    {
        const QList<FactRow> live = factRows(m_recorded);
        QVERIFY(!live.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("schema4.sqlite"));
        QVERIFY(QFile::copy(m_recorded, path));
        QStringList downgrade{
            QStringLiteral("DROP TABLE call_facts"),
            QStringLiteral("DROP TRIGGER call_facts_of_exchange"),
            QStringLiteral("DROP TRIGGER call_facts_of_message"),
            QStringLiteral("DROP INDEX messages_by_response_to"),
            QStringLiteral("DELETE FROM store_meta WHERE key LIKE 'facts_%'"),
            // schema 6's
            QStringLiteral("ALTER TABLE findings DROP COLUMN source"),
            QStringLiteral("DELETE FROM store_meta WHERE key LIKE 'diagnostics_%'"),
            QStringLiteral("PRAGMA user_version=4")};
        // 1,500 settled exchanges more (three back-fill chunks), one pending.
        downgrade << QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500)"
            " INSERT INTO exchanges(id, started_at, state, method, url, status, ttfb_ms,"
            " total_ms) SELECT 1000000 + i, 1700000000000 + i, 'complete', 'GET',"
            " 'http://old.example/x', CASE WHEN i % 10 = 0 THEN 503 ELSE 200 END, i, 2 * i"
            " FROM n");
        downgrade << QStringLiteral(
            "INSERT INTO exchanges(id, started_at, state, method, url)"
            " VALUES (2000000, 1, 'pending', 'GET', 'http://old.example/')");
        downgrade << QStringLiteral("INSERT INTO exchange_bodies(exchange_id)"
                                    " SELECT id FROM exchanges WHERE id > 1000000");
        QVERIFY(execAll(path, downgrade));

        {
            // Read-only openers of the old store work, and do not upgrade it.
            CaptureReader reader;
            QVERIFY(reader.open(path));
            QVERIFY(reader.exchangeCount());
            QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 4);
        }
        CaptureStore store;
        QVERIFY(store.open(path));
        store.waitForFacts();
        QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(),
                 CaptureSchema::latestVersion());
        checkFactsMatchExchanges(path);
        const QList<FactRow> filled =
            factRows(path, QStringLiteral("IFNULL(exchange_id, 0) < 1000000"));
        QCOMPARE(filled, live);
        const QList<FactRow> old =
            factRows(path, QStringLiteral("exchange_id BETWEEN 1000001 AND 1001500"));
        QCOMPARE(old.size(), 1500);
        QCOMPARE(old.first().label, QStringLiteral("GET /x"));
        QCOMPARE(old.first().outcome, int(CallOutcome::Success));
        QCOMPARE(old.at(9).outcome, int(CallOutcome::ServerError));
        QCOMPARE(old.at(9).totalMs, 20.0);
        QCOMPARE(scalar(path, QStringLiteral("SELECT value FROM store_meta WHERE"
                                             " key='facts_watermark'"))
                     .toLongLong(),
                 2000000);
        store.close();
        // Opening it again finds nothing to do and changes nothing.
        QVERIFY(store.open(path));
        store.waitForFacts();
        QCOMPARE(factRows(path).size(), live.size() + 1500);
    }
};

QTEST_GUILESS_MAIN(TestCallFactsStore)
#include "tst_call_facts_store.moc"
