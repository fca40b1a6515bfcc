#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "export/har_import.h"
#include "store_faults.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// What a HAR import does when the capture store refuses it, and McpScope's
// own members the other import tests do not carry. The refusals are real
// SQLite refusals: a trigger planted in the store file (from a second
// connection, as another program could) makes SQLite refuse the store's id
// counters or its rows. The user is told why, and what the import had
// written is taken out again.
class TestHarImportFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("in-%1.har").arg(++m_serial));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    // A new store file whose id counter for `key` (next_session_id, ...)
    // SQLite refuses to move: planted before the store is opened.
    QString storeRefusing(const QString &key)
    {
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
        {
            CaptureStore store;
            if (!store.open(path))
                return {};
        }
        if (!execOn(path, {QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON store_meta "
                                          "WHEN NEW.key = '%1' BEGIN SELECT RAISE(ABORT, "
                                          "'planted refusal'); END")
                               .arg(key)}))
            return {};
        return path;
    }

    QString freshStore()
    {
        return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
    }

    static QByteArray foreignEntry(const QByteArray &url)
    {
        return "{\"startedDateTime\":\"2026-01-01T00:00:00.000Z\",\"time\":5,"
               "\"request\":{\"method\":\"POST\",\"url\":\"" +
               url +
               "\",\"httpVersion\":\"HTTP/1.1\",\"headers\":[{\"name\":\"Content-Type\","
               "\"value\":\"application/json\"}],\"postData\":{\"mimeType\":\"application/json\","
               "\"text\":\"{\\\"jsonrpc\\\":\\\"2.0\\\",\\\"id\\\":1,\\\"method\\\":\\\"ping\\\"}"
               "\"}},"
               "\"response\":{\"status\":200,\"statusText\":\"OK\",\"httpVersion\":\"HTTP/1.1\","
               "\"headers\":[],\"content\":{\"size\":2,\"mimeType\":\"text/"
               "plain\",\"text\":\"ok\"}},"
               "\"cache\":{},\"timings\":{\"send\":0,\"wait\":1,\"receive\":1}}";
    }

    static QByteArray foreignHar(const QByteArray &entries)
    {
        return "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"DevTools\",\"version\":\"1\"}"
               ","
               "\"entries\":[" +
               entries + "]}}";
    }

    // McpScope's own HAR: log._mcpscope (before the entries) with sessions,
    // one entry of session 1 carrying a request message.
    static QByteArray ownHar(const QByteArray &sessions)
    {
        return "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"McpScope\",\"version\":\"0\"}"
               ","
               "\"_mcpscope\":{\"format\":1,\"sessions\":[" +
               sessions +
               "]},\"entries\":[{\"startedDateTime\":\"2026-01-01T00:00:00.000Z\",\"time\":5,"
               "\"request\":{\"method\":\"POST\",\"url\":\"http://127.0.0.1:3001/mcp\","
               "\"httpVersion\":\"HTTP/1.1\",\"headers\":[]},"
               "\"response\":{\"status\":200,\"statusText\":\"OK\",\"httpVersion\":\"HTTP/1.1\","
               "\"headers\":[],\"content\":{\"size\":0,\"mimeType\":\"\"}},"
               "\"cache\":{},\"timings\":{\"send\":0,\"wait\":1,\"receive\":1},"
               "\"_mcpscope\":{\"exchangeId\":5,\"sessionId\":1,\"state\":\"complete\","
               "\"messages\":[{\"id\":9,\"direction\":\"out\",\"kind\":\"request\",\"rpcId\":\"1\","
               "\"method\":\"ping\",\"at\":\"2026-01-01T00:00:00.000Z\",\"responseTo\":0,"
               "\"latencyMs\":-1,\"payload\":{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}}],"
               "\"findings\":[]}}]}}";
    }

    static QByteArray ownSession(int id, int replayOf = 0, const QByteArray &findings = {},
                                 const QByteArray &messages = {})
    {
        return "{\"id\":" + QByteArray::number(id) + ",\"name\":\"s" + QByteArray::number(id) +
               "\",\"target\":\"http://127.0.0.1:3001/mcp\",\"kind\":\"mcp\","
               "\"startedAt\":\"2026-01-01T00:00:00.000Z\",\"endedAt\":null,"
               "\"protocolVersion\":\"\",\"replayOf\":" +
               QByteArray::number(replayOf) + ",\"messages\":[" + messages + "],\"findings\":[" +
               findings + "]}";
    }

    static QString errorOf(const Result<HarImportResult> &imported)
    {
        return imported ? QStringLiteral("(imported)") : imported.error().message;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The session the import would file a foreign HAR's entries under.
    void foreignSessionRefused()
    {
        const QString path = storeRefusing(QStringLiteral("next_session_id"));
        QVERIFY(!path.isEmpty());
        CaptureStore store;
        QVERIFY(store.open(path));
        const auto imported =
            importHar(writeFile(foreignHar(foreignEntry("http://127.0.0.1:3001/mcp"))), store);
        QCOMPARE(errorOf(imported),
                 QStringLiteral("The capture store could not create a session for the import."));
        QCOMPARE(imported.error().code, ErrorCode::StoreWrite);
        store.close();
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges")), 0);

        // A HAR without entries still makes its session: refused the same way.
        CaptureStore again;
        QVERIFY(again.open(path));
        QCOMPARE(errorOf(importHar(writeFile(foreignHar({})), again)),
                 QStringLiteral("The capture store could not create a session for the import."));
    }

    // The sessions McpScope's own HAR lists.
    void ownSessionsRefused()
    {
        const QString path = storeRefusing(QStringLiteral("next_session_id"));
        QVERIFY(!path.isEmpty());
        CaptureStore store;
        QVERIFY(store.open(path));
        const auto imported = importHar(writeFile(ownHar(ownSession(1))), store);
        QCOMPARE(errorOf(imported),
                 QStringLiteral("The capture store could not create a session for the import."));
        store.close();
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges")), 0);
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM messages")), 0);

        // The same file without entries: its sessions are made after the
        // read, and refused the same way.
        CaptureStore again;
        QVERIFY(again.open(path));
        const QByteArray empty = "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":"
                                 "\"McpScope\",\"version\":\"0\"},\"_mcpscope\":{\"format\":1,"
                                 "\"sessions\":[" +
                                 ownSession(1) + "]},\"entries\":[]}}";
        QCOMPARE(errorOf(importHar(writeFile(empty), again)),
                 QStringLiteral("The capture store could not create a session for the import."));
    }

    // Exchange ids refused: the session the import made goes again.
    void exchangeIdsRefused()
    {
        const QString path = storeRefusing(QStringLiteral("next_exchange_id"));
        QVERIFY(!path.isEmpty());
        CaptureStore store;
        QVERIFY(store.open(path));
        const auto imported =
            importHar(writeFile(foreignHar(foreignEntry("http://127.0.0.1:3001/mcp"))), store);
        QCOMPARE(errorOf(imported),
                 QStringLiteral("The capture store could not reserve ids for the import."));
        store.close();
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM sessions")), 0);
    }

    // Message ids refused while McpScope's messages are read.
    void messageIdsRefused()
    {
        const QString path = storeRefusing(QStringLiteral("next_message_id"));
        QVERIFY(!path.isEmpty());
        CaptureStore store;
        QVERIFY(store.open(path));
        const auto imported = importHar(writeFile(ownHar(ownSession(1))), store);
        QCOMPARE(errorOf(imported),
                 QStringLiteral("The capture store could not reserve ids for the import."));
        store.close();
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM sessions")), 0);
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges")), 0);
    }

    // Message ids refused while a foreign HAR's JSON-RPC bodies are read:
    // the import fails as it does for McpScope's own messages, rather than
    // keep the exchanges without their messages.
    void foreignMessageIdsRefused()
    {
        const QString path = storeRefusing(QStringLiteral("next_message_id"));
        QVERIFY(!path.isEmpty());
        CaptureStore store;
        QVERIFY(store.open(path));
        const auto imported =
            importHar(writeFile(foreignHar(foreignEntry("http://127.0.0.1:3001/mcp"))), store);
        QCOMPARE(errorOf(imported),
                 QStringLiteral("The capture store could not reserve ids for the import."));
        store.close();
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM sessions")), 0);
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM exchanges")), 0);
    }

    // SQLite refuses the exchange rows themselves: the import counts what
    // was committed, says so, and takes its session out again.
    void exchangeRowsRefused()
    {
        const QString path = freshStore();
        {
            CaptureStore store;
            QVERIFY(store.open(path));
        }
        QVERIFY(execOn(path, {QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON exchanges "
                                             "BEGIN SELECT RAISE(ABORT, 'planted refusal'); "
                                             "END")}));
        CaptureStore store;
        QVERIFY(store.open(path));
        const auto imported =
            importHar(writeFile(foreignHar(foreignEntry("http://127.0.0.1:3001/mcp"))), store);
        QCOMPARE(errorOf(imported),
                 QStringLiteral("The capture store wrote 0 of the 1 imported exchanges."));
        store.close();
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM sessions")), 0);
        QCOMPARE(countOf(path, QStringLiteral("SELECT COUNT(*) FROM messages")), 0);
    }

    // A URL without a host names the foreign session's target as it is.
    void urlWithoutHost()
    {
        const QString path = freshStore();
        CaptureStore store;
        QVERIFY(store.open(path));
        const auto imported =
            importHar(writeFile(foreignHar(foreignEntry("/relative/mcp"))), store);
        QVERIFY2(imported, qPrintable(errorOf(imported)));
        QCOMPARE(imported->exchanges, 1);
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto sessions = reader.sessions();
        QVERIFY(sessions && sessions->size() == 1);
        QCOMPARE(sessions->first().target, QStringLiteral("/relative/mcp"));
        QCOMPARE(sessions->first().kind, QStringLiteral("import"));
    }

    // A session that replays another keeps the link, to the new ids.
    void replayLinkKept()
    {
        const QString path = freshStore();
        CaptureStore store;
        QVERIFY(store.open(path));
        const auto imported =
            importHar(writeFile(ownHar(ownSession(1) + "," + ownSession(2, 1))), store);
        QVERIFY2(imported, qPrintable(errorOf(imported)));
        QCOMPARE(imported->sessionIds.size(), 2);
        QCOMPARE(imported->messages, 1);
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto sessions = reader.sessions();
        QVERIFY(sessions && sessions->size() == 2);
        for (const SessionInfo &s : *sessions) {
            if (s.id == imported->sessionIds.at(1))
                QCOMPARE(s.replayOf, imported->sessionIds.at(0));
            else
                QCOMPARE(s.replayOf, 0);
        }
    }

    // Another tool's HAR with McpScope's members after its entries: not
    // McpScope's own file, so its entries import as a foreign session and
    // the sessions and messages the members list are left out.
    void mcpscopeMembersAfterAForeignToolsEntries()
    {
        const QByteArray bytes =
            "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"Proxy\",\"version\":\"2\"},"
            "\"entries\":[" +
            foreignEntry("http://127.0.0.1:3001/mcp") +
            "],\"_mcpscope\":{\"format\":1,\"sessions\":[" +
            ownSession(1, 0, {},
                       "{\"id\":3,\"direction\":\"in\",\"kind\":\"notification\",\"method\":"
                       "\"notifications/message\",\"at\":\"2026-01-01T00:00:00.000Z\","
                       "\"payload\":{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\"}}") +
            "," + ownSession(2) + "]}}}";
        const QString path = freshStore();
        CaptureStore store;
        QVERIFY(store.open(path));
        const auto imported = importHar(writeFile(bytes), store);
        QVERIFY2(imported, qPrintable(errorOf(imported)));
        QVERIFY(!imported->fromMcpScope);
        QCOMPARE(imported->sessionIds.size(), 1);
        QCOMPARE(imported->exchanges, 1);
        QCOMPARE(imported->messages, 1); // the ping its request body carried
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto sessions = reader.sessions();
        QVERIFY(sessions && sessions->size() == 1);
        QCOMPARE(sessions->first().kind, QStringLiteral("import"));
        QVERIFY2(sessions->first().name.startsWith(QStringLiteral("in-")),
                 qPrintable(sessions->first().name));
        QVERIFY(sessions->first().name.endsWith(QStringLiteral(".har (Proxy)")));
    }

    // Findings of kinds this McpScope does not know are left out, each with a
    // note; the notes stop at 100.
    void unknownFindingNotesAreCapped()
    {
        QByteArray findings;
        for (int i = 0; i < 101; ++i)
            findings += (i ? "," : "") + QByteArray("{\"kind\":\"future.kind") +
                        QByteArray::number(i) +
                        "\",\"arguments\":[],\"exchangeIds\":[],\"messageIds\":[],"
                        "\"at\":\"2026-01-01T00:00:00.000Z\"}";
        const QString path = freshStore();
        CaptureStore store;
        QVERIFY(store.open(path));
        const auto imported = importHar(writeFile(ownHar(ownSession(1, 0, findings))), store);
        QVERIFY2(imported, qPrintable(errorOf(imported)));
        QCOMPARE(imported->findings, 0);
        QCOMPARE(imported->notes.size(), 100);
        QCOMPARE(imported->notes.first(),
                 QStringLiteral("A finding of a kind this McpScope does not know (future.kind0) "
                                "was left out."));
        QCOMPARE(imported->notes.last(),
                 QStringLiteral("A finding of a kind this McpScope does not know (future.kind99) "
                                "was left out."));
    }
};

QTEST_GUILESS_MAIN(TestHarImportFailures)
#include "tst_har_import_failures.moc"
