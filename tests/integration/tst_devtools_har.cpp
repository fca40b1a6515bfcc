#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "cli_run.h"
#include "export/har_import.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace mcpscope;
using namespace mcpscope::testing;

// The real DevTools HARs (tests/fixtures/devtools, saved by hand from
// Chromium 156's Network panel, see its README): an MCP client in a web page
// talking to the official TypeScript SDK's server, two MCP sessions (SSE and
// JSON, ids from 1 in each), a tool error, a JSON-RPC error, and a fake
// Bearer token that must not reach the store.
class TestDevToolsHar : public QObject
{
    Q_OBJECT

    static QString fixture(const QString &name)
    {
        return QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/fixtures/devtools/") + name;
    }

    static QByteArray storeBytes(const QString &path)
    {
        QByteArray all;
        for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

    // The token in every form it could be stored in, and its parts.
    static QStringList tokenHits(const QByteArray &bytes)
    {
        static const QByteArray token = "mcpscope-fixture-token-7f3a9c1e5b2d4860a1f7c3e9d5b2a4f6";
        QStringList hits;
        const QList<QByteArray> forms{
            token,
            QUrl::toPercentEncoding(QString::fromLatin1(token)),
            token.toBase64(),
            token.toBase64(QByteArray::OmitTrailingEquals),
            token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            "mcpscope-fixture-token",
            "7f3a9c1e5b2d4860a1f7c3e9d5b2a4f6"};
        for (const QByteArray &form : forms)
            if (bytes.contains(form))
                hits << QString::fromLatin1(form);
        return hits;
    }

    struct Expected
    {
        int entry; // 1-based, as the fixture README lists them
        bool outgoing;
        const char *kind;
        const char *method;
        const char *rpcId;
    };

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void mcpCallsAreRecognised_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("withAuthorization");
        QTest::newRow("with sensitive data")
            << QStringLiteral("chromium-156.0.8078.108-mcp.har") << true;
        QTest::newRow("sanitized")
            << QStringLiteral("chromium-156.0.8078.108-mcp-sanitized.har") << false;
    }

    void mcpCallsAreRecognised()
    {
        QFETCH(QString, file);
        QFETCH(bool, withAuthorization);
        QFile raw(fixture(file));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        // The fixture does carry the token the store must not hold.
        QCOMPARE(raw.readAll().count("mcpscope-fixture-token-"), withAuthorization ? 12 : 1);

        const QString path = m_dir.filePath(file + QStringLiteral(".sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        auto imported = importHar(fixture(file), store);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->sessionIds.size(), 1);
        QCOMPARE(imported->exchanges, 14);
        QCOMPARE(imported->messages, 17);
        // initialize, tools/list, two tools/call and resources/list of the
        // SSE session; initialize and tools/call of the JSON one.
        QCOMPARE(imported->rpcCalls, 7);
        QVERIFY(!imported->fromMcpScope);
        store.flush();
        const QStringList open = tokenHits(storeBytes(path));
        QVERIFY2(open.isEmpty(), qPrintable(open.join(QStringLiteral(", "))));
        store.close();

        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto sessions = reader.sessions();
        QVERIFY(sessions && sessions->size() == 1);
        const qint64 session = imported->sessionIds.first();
        QCOMPARE(sessions->first().kind, QStringLiteral("import"));
        QCOMPARE(sessions->first().target, QStringLiteral("http://127.0.0.1:18765"));
        QCOMPARE(sessions->first().name, file + QStringLiteral(" (WebInspector)"));

        CaptureFilter filter;
        filter.sessionId = session;
        const auto ids = reader.exchangeIds(filter, 0, 1000);
        QVERIFY(ids);
        QList<Exchange> exchanges;
        for (qint64 id : *ids)
            if (auto e = reader.exchange(id); e && *e)
                exchanges.append(**e);
        std::sort(exchanges.begin(), exchanges.end(),
                  [](const Exchange &a, const Exchange &b) { return a.id < b.id; });
        QCOMPARE(exchanges.size(), 14);
        const QList<QByteArray> methods{"GET",  "GET",  "POST",   "POST", "POST", "POST", "POST",
                                        "POST", "POST", "DELETE", "POST", "POST", "POST", "DELETE"};
        const QList<int> statuses{200, 200, 200, 200, 202, 200, 200,
                                  200, 200, 200, 200, 202, 200, 200};
        for (int i = 0; i < 14; ++i) {
            QCOMPARE(exchanges[i].method, methods[i]);
            QCOMPARE(exchanges[i].status, statuses[i]);
        }
        // Each MCP session's exchanges keep their Mcp-Session-Id.
        const QByteArray sse = "79f57951-f55e-4652-87df-e349ad168963";
        const QByteArray json = "b5d8751c-1a77-4821-874f-c9a476b38bef";
        QCOMPARE(exchanges[3].responseHeader("mcp-session-id"), sse);
        for (int i = 4; i < 10; ++i)
            QCOMPARE(exchanges[i].requestHeader("mcp-session-id"), sse);
        QCOMPARE(exchanges[10].responseHeader("mcp-session-id"), json);
        for (int i = 11; i < 14; ++i)
            QCOMPARE(exchanges[i].requestHeader("mcp-session-id"), json);
        // The credential is gone, its scheme kept; the token response's
        // access_token too.
        if (withAuthorization)
            for (int i = 3; i < 14; ++i)
                QCOMPARE(exchanges[i].requestHeader("authorization"),
                         QByteArray("Bearer [REDACTED]"));
        QVERIFY2(exchanges[2].responseBody.contains("\"access_token\":\"[REDACTED]\""),
                 exchanges[2].responseBody.constData());

        QList<MessageRecord> messages = reader.messages(session).value_or(QList<MessageRecord>{});
        std::sort(messages.begin(), messages.end(),
                  [](const MessageRecord &a, const MessageRecord &b) { return a.id < b.id; });
        const QList<Expected> expected{
            {4, true, "request", "initialize", "1"},
            {4, false, "response", "", "1"},
            {5, true, "notification", "notifications/initialized", ""},
            {6, true, "request", "tools/list", "2"},
            {6, false, "response", "", "2"},
            {7, true, "request", "tools/call", "3"},
            {7, false, "notification", "notifications/progress", ""},
            {7, false, "response", "", "3"},
            {8, true, "request", "tools/call", "4"},
            {8, false, "response", "", "4"},
            {9, true, "request", "resources/list", "5"},
            {9, false, "error", "", "5"},
            {11, true, "request", "initialize", "1"},
            {11, false, "response", "", "1"},
            {12, true, "notification", "notifications/initialized", ""},
            {13, true, "request", "tools/call", "2"},
            {13, false, "response", "", "2"},
        };
        QCOMPARE(messages.size(), expected.size());
        QHash<qint64, const MessageRecord *> byId;
        for (const MessageRecord &m : std::as_const(messages))
            byId.insert(m.id, &m);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const MessageRecord &m = messages[i];
            const Expected &want = expected[i];
            const QByteArray where = QByteArray::number(i) + ": " + m.payload.left(120);
            QVERIFY2(m.exchangeId == exchanges[want.entry - 1].id, where.constData());
            QVERIFY2(m.outgoing == want.outgoing, where.constData());
            QVERIFY2(m.kind == QLatin1String(want.kind), where.constData());
            if (want.outgoing || QByteArrayView(want.kind) == "notification")
                QVERIFY2(m.method == QLatin1String(want.method), where.constData());
            QVERIFY2(m.rpcId == QLatin1String(want.rpcId), where.constData());
            if (QByteArrayView(want.kind) == "response" || QByteArrayView(want.kind) == "error") {
                // Paired with the request of its own exchange: ids restart
                // at 1 in the second MCP session, and pairing does not cross.
                QVERIFY2(m.responseTo != 0, where.constData());
                const MessageRecord *request = byId.value(m.responseTo);
                QVERIFY2(request, where.constData());
                QVERIFY2(request->exchangeId == m.exchangeId, where.constData());
                QVERIFY2(request->rpcId == m.rpcId, where.constData());
                QVERIFY2(m.latencyMs >= 0, where.constData());
            } else {
                QCOMPARE(m.responseTo, 0);
            }
        }
        // The tools/call echo, answered over SSE after its progress notification.
        QVERIFY(messages[5].payload.contains("\"name\":\"echo\""));
        QVERIFY(messages[6].payload.contains("\"progressToken\":\"echo-1\""));
        QCOMPARE(messages[7].responseTo, messages[5].id);
        QVERIFY(messages[5].payload.contains("hello from the browser"));
        QVERIFY(messages[7].payload.contains("\"text\":\"hello from the browser\""));
        QVERIFY(exchanges[6].responseHeader("content-type").contains("text/event-stream"));
        // The tool error is a result (isError), the unknown method an error.
        const QJsonObject divide = QJsonDocument::fromJson(messages[9].payload).object();
        QCOMPARE(divide.value(u"result").toObject().value(u"isError").toBool(), true);
        QVERIFY(messages[9].payload.contains("division by zero"));
        const QJsonObject missing = QJsonDocument::fromJson(messages[11].payload).object();
        QCOMPARE(missing.value(u"error").toObject().value(u"code").toInt(), -32601);
        // The JSON session's answers, paired with its own requests, not the
        // SSE session's ids 1 and 2.
        QCOMPARE(messages[13].responseTo, messages[12].id);
        QCOMPARE(messages[16].responseTo, messages[15].id);
        QVERIFY(messages[16].payload.contains("\"text\":\"5\""));

        const QStringList closed = tokenHits(storeBytes(path));
        QVERIFY2(closed.isEmpty(), qPrintable(closed.join(QStringLiteral(", "))));
        // The store holds the import it was searched in.
        QVERIFY(storeBytes(path).contains("division by zero"));
    }

    // The same through mcpscope-cli import: its counts, nothing of the
    // token in what it printed or in the store.
    void cliImport()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const CliRun run = runCli({QStringLiteral("import"),
                                   fixture(QStringLiteral("chromium-156.0.8078.108-mcp.har")),
                                   QStringLiteral("--store"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(out.value(u"exchanges").toInt(), 14);
        QCOMPARE(out.value(u"messages").toInt(), 17);
        QCOMPARE(out.value(u"rpcCalls").toInt(), 7);
        QCOMPARE(out.value(u"sessions").toArray().size(), 1);
        const QStringList hits = tokenHits(storeBytes(path) + run.out + run.err);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDevToolsHar)
#include "tst_devtools_har.moc"
