#include "capture/capture_reader.h"
#include "capture/capture_schema.h"
#include "capture/capture_store.h"
#include "export/capture_bundle.h"
#include "export/har_import.h"
#include "export/har_writer.h"
#include "mcp/mcp_client.h"
#include "mcp/protocol_era.h"
#include "node_peer.h"
#include "session/mcp_session.h"
#include "test_store.h"
#include "tool_result.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

QString v2Script()
{
    return QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/sdk_v2_server.mjs");
}

QString everythingScript()
{
    return peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
}

// What a session against a real peer did, read back from its store.
struct Call
{
    QString text;     // the tool result's first text, or "failed: …"
    int inputs = 0;   // input requests the user answered (queue mode)
    QStringList asks; // their methods, in order
};

} // namespace

// Issue 16, the protocol eras end to end: the store keeps the era a session
// spoke and links the rounds of a multi round-trip call (schema 7), through
// HAR and bundle exports; the official TypeScript SDK v2 server
// (tests/peers/servers/sdk_v2_server.mjs) spoken to in the modern era, in
// Auto (which picks modern) and in the legacy era, over Streamable HTTP and
// stdio; server-everything (a legacy-only server) in Auto over Streamable
// HTTP, HTTP+SSE and stdio falls back to the legacy era.
class TestModernEra : public QObject
{
    Q_OBJECT

    static bool waitConnected(McpSession &session)
    {
        QSignalSpy connected(session.client(), &McpClient::connected);
        QSignalSpy failed(session.client(), &McpClient::failed);
        if (session.client()->isConnected())
            return true;
        if (!connected.wait(30000) || !failed.isEmpty()) {
            qWarning() << "not connected:"
                       << (failed.isEmpty() ? QStringLiteral("timeout")
                                            : failed.first().first().value<Error>().message);
            return false;
        }
        return true;
    }

    // Calls tool; every input request (an MRTR input request in the modern
    // era, a server request in the legacy era) is answered from answers by
    // the requested schema's first property.
    static Call callTool(McpSession &session, const QString &tool, const QJsonObject &arguments,
                         const QJsonObject &answers = {})
    {
        Call out;
        McpClient *client = session.client();
        const QMetaObject::Connection answering = QObject::connect(
            client, &McpClient::serverRequestReceived, client,
            [client, &out, answers](const JsonRpcMessage &request) {
                ++out.inputs;
                out.asks << request.method;
                const QJsonObject properties = request.params.toObject()
                                                   .value(QStringLiteral("requestedSchema"))
                                                   .toObject()
                                                   .value(QStringLiteral("properties"))
                                                   .toObject();
                const QString key = properties.keys().value(0);
                client->answerServerRequest(
                    request.id, QJsonObject{{QStringLiteral("action"), QStringLiteral("accept")},
                                            {QStringLiteral("content"),
                                             QJsonObject{{key, answers.value(key)}}}});
            });
        McpRequest *call = client->request(
            QStringLiteral("tools/call"),
            {{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), arguments}});
        QSignalSpy finished(call, &McpRequest::finished);
        if (!call->isFinished())
            finished.wait(30000);
        QObject::disconnect(answering);
        out.text = !call->isFinished() ? QStringLiteral("timed out")
                   : call->succeeded() ? firstToolText(call->result())
                                       : QStringLiteral("failed: ") + call->error().message;
        call->deleteLater();
        return out;
    }

    static bool closeSession(McpSession &session, CaptureStore &store)
    {
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        const bool done = session.state() == McpSession::State::Closed || closed.wait(15000);
        store.flush();
        return done;
    }

    static McpSessionOptions options(const QString &transport, quint16 port, ProtocolEra era)
    {
        McpSessionOptions o;
        o.era = era;
        o.queueServerRequests = true;
        o.rootsSupported = false;
        if (transport == u"stdio") {
            o.kind = McpSessionOptions::Kind::Stdio;
            o.target = QStringLiteral("\"%1\" \"%2\" stdio").arg(nodeBinary(), v2Script());
        } else {
            o.kind = McpSessionOptions::Kind::Http;
            o.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(port);
            o.transport = McpClient::Transport::StreamableHttp;
        }
        return o;
    }

    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.db").arg(++m_serial)); }

    static QList<SessionInfo> sessionsOf(const QString &path)
    {
        CaptureReader reader;
        if (!reader.open(path))
            return {};
        return reader.sessions().value_or(QList<SessionInfo>{});
    }

    static QList<MessageRecord> messagesOf(const QString &path, qint64 session = 0)
    {
        CaptureReader reader;
        if (!reader.open(path))
            return {};
        return reader.messages(session).value_or(QList<MessageRecord>{});
    }

    static MessageRecord message(CaptureStore &store, qint64 session, bool outgoing,
                                 const QString &kind, const QString &rpcId,
                                 const QByteArray &payload, qint64 responseTo = 0,
                                 qint64 roundOf = 0)
    {
        MessageRecord m;
        m.id = store.reserveMessageId();
        m.sessionId = session;
        m.outgoing = outgoing;
        m.kind = kind;
        m.rpcId = rpcId;
        m.method = kind == u"request" ? QStringLiteral("tools/call") : QString();
        m.payload = payload;
        m.atMs = 1000 + m.id;
        m.responseTo = responseTo;
        m.roundOf = roundOf;
        store.submit(m);
        return m;
    }

    // The rounds of one call in path's store: the requests of tools/call,
    // each with the id of the round it belongs to.
    static void checkRounds(const QString &path)
    {
        const QList<MessageRecord> all = messagesOf(path);
        QList<MessageRecord> calls;
        std::copy_if(all.cbegin(), all.cend(), std::back_inserter(calls),
                     [](const MessageRecord &m) { return m.method == u"tools/call"; });
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls.at(0).roundOf, 0);
        QCOMPARE(calls.at(1).roundOf, calls.at(0).id);
        QCOMPARE(calls.at(2).roundOf, calls.at(0).id);
        for (const MessageRecord &m : all)
            if (m.method != u"tools/call")
                QCOMPARE(m.roundOf, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why = m_v2.start(v2Script(), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_everythingSse.start(everythingScript(), {QStringLiteral("sse")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void modernSdkServer_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::addColumn<int>("era"); // a ProtocolEra
        QTest::newRow("http modern") << QStringLiteral("http") << int(ProtocolEra::Modern);
        QTest::newRow("http auto") << QStringLiteral("http") << int(ProtocolEra::Auto);
        QTest::newRow("stdio modern") << QStringLiteral("stdio") << int(ProtocolEra::Modern);
        QTest::newRow("stdio auto") << QStringLiteral("stdio") << int(ProtocolEra::Auto);
    }

    // The SDK v2 server in the modern era (asked for, or picked by Auto):
    // server/discover instead of initialize, no session id, tools answer;
    // the MRTR tool's input requests reach the queue and its final answer
    // uses them; the store says "modern" and links the call's rounds.
    void modernSdkServer()
    {
        QFETCH(QString, transport);
        QFETCH(int, era);
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        McpSession session(&store);
        QVERIFY(session.open(options(transport, m_v2.port(), ProtocolEra(era))));
        QVERIFY(waitConnected(session));
        McpClient *client = session.client();
        QCOMPARE(client->era(), ProtocolEra::Modern);
        QCOMPARE(client->protocolVersion(), QString::fromLatin1(kModernProtocolVersion));
        QVERIFY2(client->sessionId().isEmpty(), qPrintable(client->sessionId()));
        QVERIFY(client->discoverResult()
                    .value(QStringLiteral("supportedVersions"))
                    .toArray()
                    .contains(QString::fromLatin1(kModernProtocolVersion)));
        QCOMPARE(callTool(session, QStringLiteral("echo"),
                          {{QStringLiteral("message"), QStringLiteral("hi")}})
                     .text,
                 QStringLiteral("hi"));
        QCOMPARE(callTool(session, QStringLiteral("add"),
                          {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 40}})
                     .text,
                 QStringLiteral("42"));
        // Three rounds: the name, then a confirmation (the name in requestState).
        const Call asked = callTool(
            session, QStringLiteral("ask_name"),
            {{QStringLiteral("greeting"), QStringLiteral("Welcome")},
             {QStringLiteral("confirm"), true}},
            {{QStringLiteral("name"), QStringLiteral("Ada")}, {QStringLiteral("ok"), true}});
        QCOMPARE(asked.text, QStringLiteral("Welcome, Ada!"));
        QCOMPARE(asked.inputs, 2);
        QCOMPARE(asked.asks, QStringList({QStringLiteral("elicitation/create"),
                                          QStringLiteral("elicitation/create")}));
        const qint64 captured = session.captureSessionId();
        QVERIFY(closeSession(session, store));

        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto sessions = reader.sessions();
        QVERIFY(sessions);
        const auto row =
            std::find_if(sessions->cbegin(), sessions->cend(),
                         [captured](const SessionInfo &s) { return s.id == captured; });
        QVERIFY(row != sessions->cend());
        QCOMPARE(row->era, QStringLiteral("modern"));
        const auto messages = reader.messages(captured);
        QVERIFY(messages);
        QList<MessageRecord> rounds;
        for (const MessageRecord &m : *messages) {
            QVERIFY2(m.method != u"initialize", "a modern session never initializes");
            if (m.outgoing && m.method == u"tools/call" && m.payload.contains("ask_name"))
                rounds << m;
        }
        QCOMPARE(rounds.size(), 3);
        QCOMPARE(rounds.at(0).roundOf, 0);
        QCOMPARE(rounds.at(1).roundOf, rounds.at(0).id);
        QCOMPARE(rounds.at(2).roundOf, rounds.at(0).id);
        QVERIFY(rounds.at(1).payload.contains("inputResponses"));
        QVERIFY(rounds.at(2).payload.contains("requestState"));
        if (transport == u"http") {
            auto ids = reader.exchangeIds({}, 0, 1000);
            QVERIFY(ids);
            auto exchanges = reader.exchanges(*ids);
            QVERIFY(exchanges);
            int ofSession = 0;
            for (const Exchange &e : *exchanges) {
                if (e.sessionId != captured)
                    continue;
                ++ofSession;
                QVERIFY(e.responseHeader("mcp-session-id").isEmpty());
                QVERIFY(e.requestHeader("mcp-session-id").isEmpty());
                QCOMPARE(e.requestHeader("mcp-protocol-version"),
                         QByteArray(kModernProtocolVersion));
            }
            QVERIFY(ofSession >= 6);
        }
    }

    void legacyForced_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::newRow("http") << QStringLiteral("http");
        QTest::newRow("stdio") << QStringLiteral("stdio");
    }

    // Legacy forced against the same server: initialize works, the store
    // says "legacy". Over stdio the SDK's legacy shim turns the MRTR tool
    // into a real elicitation/create server request, answered in the queue.
    void legacyForced()
    {
        QFETCH(QString, transport);
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        McpSession session(&store);
        QVERIFY(session.open(options(transport, m_v2.port(), ProtocolEra::Legacy)));
        QVERIFY(waitConnected(session));
        McpClient *client = session.client();
        QCOMPARE(client->era(), ProtocolEra::Legacy);
        QCOMPARE(client->protocolVersion(), QStringLiteral("2025-11-25"));
        QVERIFY(client->discoverResult().isEmpty());
        QCOMPARE(callTool(session, QStringLiteral("add"),
                          {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}})
                     .text,
                 QStringLiteral("3"));
        if (transport == u"stdio") {
            const Call asked = callTool(session, QStringLiteral("ask_name"), {},
                                        {{QStringLiteral("name"), QStringLiteral("Grace")}});
            QCOMPARE(asked.text, QStringLiteral("Hello, Grace!"));
            QCOMPARE(asked.asks, QStringList{QStringLiteral("elicitation/create")});
        }
        const qint64 captured = session.captureSessionId();
        QVERIFY(closeSession(session, store));
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto sessions = reader.sessions();
        QVERIFY(sessions && !sessions->isEmpty());
        QCOMPARE(sessions->first().id, captured);
        QCOMPARE(sessions->first().era, QStringLiteral("legacy"));
        const auto messages = reader.messages(captured);
        QVERIFY(messages);
        QVERIFY(std::any_of(messages->cbegin(), messages->cend(), [](const MessageRecord &m) {
            return m.outgoing && m.method == u"initialize";
        }));
        QVERIFY(std::none_of(messages->cbegin(), messages->cend(),
                             [](const MessageRecord &m) { return m.roundOf != 0; }));
    }

    void legacyServerFallsBack_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::newRow("streamable http") << QStringLiteral("http");
        QTest::newRow("http+sse") << QStringLiteral("sse");
        QTest::newRow("stdio") << QStringLiteral("stdio");
    }

    // server-everything knows only the legacy era: Auto probes
    // server/discover, falls back to initialize, and the session works.
    void legacyServerFallsBack()
    {
        QFETCH(QString, transport);
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        McpSession session(&store);
        McpSessionOptions o;
        o.era = ProtocolEra::Auto;
        o.rootsSupported = false;
        if (transport == u"stdio") {
            o.kind = McpSessionOptions::Kind::Stdio;
            o.target = QStringLiteral("\"%1\" \"%2\" stdio").arg(nodeBinary(), everythingScript());
        } else if (transport == u"sse") {
            o.target = QStringLiteral("http://127.0.0.1:%1/sse").arg(m_everythingSse.port());
            o.transport = McpClient::Transport::Sse;
        } else {
            o.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
            o.transport = McpClient::Transport::StreamableHttp;
        }
        QVERIFY(session.open(o));
        QVERIFY(waitConnected(session));
        QCOMPARE(session.client()->era(), ProtocolEra::Legacy);
        QVERIFY(session.client()->protocolVersion() != QString::fromLatin1(kModernProtocolVersion));
        QCOMPARE(callTool(session, QStringLiteral("echo"),
                          {{QStringLiteral("message"), QStringLiteral("back")}})
                     .text,
                 QStringLiteral("Echo: back"));
        const qint64 captured = session.captureSessionId();
        QVERIFY(closeSession(session, store));
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto sessions = reader.sessions();
        QVERIFY(sessions && !sessions->isEmpty());
        QCOMPARE(sessions->first().id, captured);
        QCOMPARE(sessions->first().era, QStringLiteral("legacy"));
        const auto messages = reader.messages(captured);
        QVERIFY(messages);
        QStringList methods;
        for (const MessageRecord &m : *messages)
            if (m.outgoing && !m.method.isEmpty())
                methods << m.method;
        QVERIFY2(methods.indexOf(QStringLiteral("initialize")) >= 0,
                 qPrintable(methods.join(u' ')));
    }

    // sessions.era and messages.round_of: written, read back, carried by a
    // HAR and a bundle into other stores (round_of remapped to the new ids),
    // and a store of schema 6 upgraded with its rows intact.
    void storeKeepsEraAndRounds()
    {
        const QString path = freshPath();
        qint64 modern = 0, unknown = 0;
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            modern = store.createSession(QStringLiteral("modern"), QStringLiteral("http://x/mcp"),
                                         QStringLiteral("mcp"), 1000);
            unknown = store.createSession(QStringLiteral("odd"), {}, QStringLiteral("mcp"), 1001);
            store.setSessionEra(modern, QStringLiteral("modern"));
            store.setSessionEra(unknown, QStringLiteral("<b>v3</b>")); // not an era: ""
            const QByteArray call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\"}";
            const QByteArray more =
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"resultType\":\"input_required\"}}";
            const MessageRecord first =
                message(store, modern, true, QStringLiteral("request"), QStringLiteral("1"), call);
            message(store, modern, false, QStringLiteral("response"), QStringLiteral("1"), more,
                    first.id);
            const MessageRecord second = message(store, modern, true, QStringLiteral("request"),
                                                 QStringLiteral("2"), call, 0, first.id);
            message(store, modern, false, QStringLiteral("response"), QStringLiteral("2"), more,
                    second.id);
            const MessageRecord third = message(store, modern, true, QStringLiteral("request"),
                                                QStringLiteral("3"), call, 0, first.id);
            message(store, modern, false, QStringLiteral("response"), QStringLiteral("3"),
                    "{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"content\":[]}}", third.id);
            store.close();
        }
        auto sessions = sessionsOf(path);
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(0).id, unknown);
        QCOMPARE(sessions.at(0).era, QString());
        QCOMPARE(sessions.at(1).era, QStringLiteral("modern"));
        checkRounds(path);

        // HAR: out and back in, a new session with its era and linked rounds.
        const QString har = m_dir.filePath(QStringLiteral("era.har"));
        {
            QFile out(har);
            QVERIFY(out.open(QIODevice::WriteOnly));
            HarWriter writer;
            auto written = writer.write(path, ExportScope{{modern}, {}}, out);
            QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        }
        const QString fromHar = freshPath();
        {
            CaptureStore store;
            QVERIFY(store.open(fromHar));
            auto imported = importHar(har, store);
            QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
            QVERIFY(imported->fromMcpScope);
            store.close();
        }
        sessions = sessionsOf(fromHar);
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().era, QStringLiteral("modern"));
        checkRounds(fromHar);

        // Bundle: written (ids kept), imported into a store with rows of its
        // own (ids remapped).
        const QString bundle = m_dir.filePath(QStringLiteral("era.mcpscope"));
        auto bundled = CaptureBundle::write(path, {{modern}, {}}, bundle, Redactor());
        QVERIFY2(bundled, bundled ? "" : qPrintable(bundled.error().message));
        QCOMPARE(sessionsOf(bundle).first().era, QStringLiteral("modern"));
        checkRounds(bundle);
        auto imported = CaptureBundle::importBundle(bundle, fromHar);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        sessions = sessionsOf(fromHar);
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(0).era, QStringLiteral("modern"));
        const QList<MessageRecord> all = messagesOf(fromHar, sessions.at(0).id);
        QList<qint64> rounds;
        for (const MessageRecord &m : all)
            if (m.roundOf)
                rounds << m.roundOf;
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(rounds.at(0), all.first().id); // the imported first round, not the old id
        QCOMPARE(rounds.at(1), all.first().id);

        // A store of schema 6 (no era, no round_of) reads as it is and is
        // upgraded by opening it for writing.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"DROP INDEX messages_by_round_of", "ALTER TABLE sessions DROP COLUMN era",
                  "ALTER TABLE messages DROP COLUMN round_of", "PRAGMA user_version=6"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        sessions = sessionsOf(path);
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(1).era, QString());
        const QList<MessageRecord> old = messagesOf(path);
        QCOMPARE(old.size(), 6);
        QVERIFY(std::all_of(old.cbegin(), old.cend(),
                            [](const MessageRecord &m) { return m.roundOf == 0; }));
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            store.setSessionEra(modern, QStringLiteral("legacy"));
            store.close();
        }
        QCOMPARE(sessionsOf(path).at(1).era, QStringLiteral("legacy"));
        QCOMPARE(messagesOf(path).size(), 6);
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("upgraded"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), CaptureSchema::latestVersion());
            QCOMPARE(CaptureSchema::latestVersion(), 7);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("upgraded"));
    }

private:
    NodePeer m_v2;
    NodePeer m_everything;
    NodePeer m_everythingSse;
    QTemporaryDir m_dir;
    int m_serial = 0;
};

QTEST_GUILESS_MAIN(TestModernEra)
#include "tst_modern_era.moc"
