#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "cli_run.h"
#include "export/har_import.h"
#include "mcp/mcp_client.h"
#include "node_peer.h"
#include "session/mcp_session.h"
#include "tool_result.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/fixtures/har/") + QString::fromLatin1(name);
}

QList<Exchange> exchangesOf(CaptureReader &reader, qint64 session)
{
    QList<Exchange> out;
    CaptureFilter filter;
    filter.sessionId = session;
    const auto ids = reader.exchangeIds(filter, 0, 100000);
    for (qint64 id : ids.value_or(QList<qint64>{}))
        if (auto e = reader.exchange(id); e && *e)
            out.append(**e);
    return out;
}

// Everything the store file holds (the WAL too), as bytes.
QByteArray storeBytes(const QString &path)
{
    QByteArray all;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonArray headersJson(const HeaderList &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : headers)
        out.append(QJsonObject{{QStringLiteral("name"), QString::fromUtf8(name)},
                               {QStringLiteral("value"), QString::fromUtf8(value)}});
    return out;
}

QJsonValue payloadJson(const QByteArray &payload)
{
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QString::fromUtf8(payload);
}

QJsonObject messageJson(const MessageRecord &m)
{
    return QJsonObject{
        {QStringLiteral("id"), double(m.id)},
        {QStringLiteral("direction"), m.outgoing ? QStringLiteral("out") : QStringLiteral("in")},
        {QStringLiteral("kind"), m.kind},
        {QStringLiteral("rpcId"), m.rpcId.isEmpty() ? QJsonValue() : m.rpcId},
        {QStringLiteral("method"), m.method},
        {QStringLiteral("at"), iso(m.atMs)},
        {QStringLiteral("responseTo"), double(m.responseTo)},
        {QStringLiteral("latencyMs"), m.latencyMs},
        {QStringLiteral("payload"), payloadJson(m.payload)}};
}

// A HAR of a stored session, written here by hand: with withMcpscope, the
// `_mcpscope` members of the shared contract (what McpScope's writer adds);
// without, what a browser would have saved of the same traffic.
QByteArray harOfSession(const QString &storePath, qint64 session, bool withMcpscope)
{
    CaptureReader reader;
    if (!reader.open(storePath))
        return {};
    SessionInfo info;
    for (const SessionInfo &s : reader.sessions().value_or(QList<SessionInfo>{}))
        if (s.id == session)
            info = s;
    const QList<MessageRecord> messages = reader.messages(session).value_or(QList<MessageRecord>{});
    QJsonArray entries;
    for (const Exchange &e : exchangesOf(reader, session)) {
        const double ttfb = std::max(e.ttfbMs, 0.0);
        const double total = std::max(e.totalMs, ttfb);
        QJsonObject request{{QStringLiteral("method"), QString::fromUtf8(e.method)},
                            {QStringLiteral("url"), e.url},
                            {QStringLiteral("httpVersion"), e.httpVersion},
                            {QStringLiteral("headers"), headersJson(e.requestHeaders)},
                            {QStringLiteral("cookies"), QJsonArray{}},
                            {QStringLiteral("queryString"), QJsonArray{}},
                            {QStringLiteral("headersSize"), -1},
                            {QStringLiteral("bodySize"), double(e.requestBody.size())}};
        if (!e.requestBody.isEmpty())
            request.insert(QStringLiteral("postData"),
                           QJsonObject{{QStringLiteral("mimeType"),
                                        QString::fromUtf8(e.requestHeader("content-type"))},
                                       {QStringLiteral("text"), QString::fromUtf8(e.requestBody)}});
        QJsonObject entry{
            {QStringLiteral("startedDateTime"), iso(e.startedAtMs)},
            {QStringLiteral("time"), total},
            {QStringLiteral("request"), request},
            {QStringLiteral("response"),
             QJsonObject{{QStringLiteral("status"), e.status},
                         {QStringLiteral("statusText"), QString::fromUtf8(e.reasonPhrase)},
                         {QStringLiteral("httpVersion"), e.httpVersion},
                         {QStringLiteral("headers"), headersJson(e.responseHeaders)},
                         {QStringLiteral("cookies"), QJsonArray{}},
                         {QStringLiteral("content"),
                          QJsonObject{{QStringLiteral("size"), double(e.responseBody.size())},
                                      {QStringLiteral("mimeType"),
                                       QString::fromUtf8(e.responseHeader("content-type"))},
                                      {QStringLiteral("text"), QString::fromUtf8(e.responseBody)}}},
                         {QStringLiteral("redirectURL"), QString()},
                         {QStringLiteral("headersSize"), -1},
                         {QStringLiteral("bodySize"), -1}}},
            {QStringLiteral("cache"), QJsonObject{}},
            {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0},
                                                    {QStringLiteral("wait"), ttfb},
                                                    {QStringLiteral("receive"), total - ttfb}}},
        };
        if (withMcpscope) {
            QJsonArray carried;
            for (const MessageRecord &m : messages)
                if (m.exchangeId == e.id)
                    carried.append(messageJson(m));
            entry.insert(QStringLiteral("pageref"), QStringLiteral("session_%1").arg(session));
            entry.insert(
                QStringLiteral("_mcpscope"),
                QJsonObject{{QStringLiteral("exchangeId"), double(e.id)},
                            {QStringLiteral("sessionId"), double(session)},
                            {QStringLiteral("state"), stateName(e.state)},
                            {QStringLiteral("errorCode"), errorCodeId(e.errorCode)},
                            {QStringLiteral("errorMessage"), e.errorMessage},
                            {QStringLiteral("responseTruncated"), e.responseTruncated},
                            {QStringLiteral("responseBodySize"), double(e.responseBodySize)},
                            {QStringLiteral("tlsChain"), QJsonArray{}},
                            {QStringLiteral("messages"), carried},
                            {QStringLiteral("findings"), QJsonArray{}}});
        }
        entries.append(entry);
    }
    QJsonObject log{{QStringLiteral("version"), QStringLiteral("1.2")},
                    {QStringLiteral("creator"),
                     QJsonObject{{QStringLiteral("name"), withMcpscope ? QStringLiteral("McpScope")
                                                                       : QStringLiteral("test")},
                                 {QStringLiteral("version"), QStringLiteral("1")}}},
                    {QStringLiteral("entries"), entries}};
    if (withMcpscope) {
        QJsonArray unattached;
        for (const MessageRecord &m : messages)
            if (m.exchangeId == 0)
                unattached.append(messageJson(m));
        // After the entries, as a writer may put it: the importer looks ahead.
        log.insert(
            QStringLiteral("_mcpscope"),
            QJsonObject{{QStringLiteral("format"), 1},
                        {QStringLiteral("sessions"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("id"), double(session)},
                             {QStringLiteral("name"), info.name},
                             {QStringLiteral("target"), info.target},
                             {QStringLiteral("kind"), info.kind},
                             {QStringLiteral("startedAt"), iso(info.startedAtMs)},
                             {QStringLiteral("endedAt"),
                              info.endedAtMs ? QJsonValue(iso(info.endedAtMs)) : QJsonValue()},
                             {QStringLiteral("protocolVersion"), QString()},
                             {QStringLiteral("replayOf"), 0},
                             {QStringLiteral("messages"), unattached},
                             {QStringLiteral("findings"), QJsonArray{}}}}}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

// (kind, direction, method, rpcId) of each message, sorted: what recognising
// JSON-RPC in a HAR must find again.
QStringList messageKeys(const QList<MessageRecord> &messages)
{
    QStringList out;
    for (const MessageRecord &m : messages)
        if (m.exchangeId != 0)
            out.append(m.kind + QLatin1Char('|') + (m.outgoing ? u"out" : u"in") +
                       QLatin1Char('|') + m.method + QLatin1Char('|') + m.rpcId);
    out.sort();
    return out;
}

const MessageRecord *findMessage(const QList<MessageRecord> &messages, const QString &kind,
                                 const QString &method = {})
{
    for (const MessageRecord &m : messages)
        if (m.kind == kind && (method.isEmpty() || m.method == method))
            return &m;
    return nullptr;
}

} // namespace

class TestHarImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    NodePeer m_everything;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A DevTools HAR of an MCP client: the calls are recognised, a tools/call
    // paired with its answer that came as SSE.
    void chromeDevTools()
    {
        const QString path = m_dir.filePath(QStringLiteral("chrome.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        auto imported = importHar(fixture("chrome_devtools.har"), store);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->sessionIds.size(), 1);
        QCOMPARE(imported->exchanges, 4);
        QCOMPARE(imported->messages,
                 5); // initialize, its answer, tools/call, a notification, answer
        QCOMPARE(imported->rpcCalls, 2);
        QVERIFY(!imported->fromMcpScope);
        store.close();

        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto sessions = reader.sessions();
        QVERIFY(sessions && sessions->size() == 1);
        QCOMPARE(sessions->first().kind, QStringLiteral("import"));
        QCOMPARE(sessions->first().target, QStringLiteral("http://127.0.0.1:3001"));
        QCOMPARE(sessions->first().name, QStringLiteral("chrome_devtools.har (WebInspector)"));
        const QList<Exchange> exchanges = exchangesOf(reader, imported->sessionIds.first());
        QCOMPARE(exchanges.size(), 4);
        QCOMPARE(exchanges[3].responseBody, QByteArray("\x89PNG\r\n\x1a\n"));
        QCOMPARE(exchanges[1].ttfbMs, 10.6); // blocked + send + wait
        QCOMPARE(exchanges[1].totalMs, 12.0);

        const QList<MessageRecord> messages =
            reader.messages(imported->sessionIds.first()).value_or(QList<MessageRecord>{});
        const MessageRecord *call =
            findMessage(messages, QStringLiteral("request"), QStringLiteral("tools/call"));
        QVERIFY(call);
        QVERIFY(call->outgoing);
        QCOMPARE(call->exchangeId, exchanges[2].id);
        const MessageRecord *answer = nullptr;
        for (const MessageRecord &m : messages)
            if (m.responseTo == call->id)
                answer = &m;
        QVERIFY(answer);
        QVERIFY(!answer->outgoing);
        QCOMPARE(answer->exchangeId, exchanges[2].id);
        QCOMPARE(answer->latencyMs, 20.0); // the SSE answer at the first byte (whole ms)
        QVERIFY(answer->payload.contains("Echo: hi"));
        const MessageRecord *progress = findMessage(messages, QStringLiteral("notification"),
                                                    QStringLiteral("notifications/message"));
        QVERIFY(progress);
        QVERIFY(!progress->outgoing);
    }

    // Charles: base64 text bodies, a string id, a request with no response.
    void charles()
    {
        const QString path = m_dir.filePath(QStringLiteral("charles.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        auto imported = importHar(fixture("charles.har"), store,
                                  HarImportOptions{QStringLiteral("ticket 42"), 4096});
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->exchanges, 2);
        QCOMPARE(imported->messages, 2);
        QCOMPARE(imported->rpcCalls, 1);
        store.close();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.sessions()->first().name, QStringLiteral("ticket 42"));
        const QList<Exchange> exchanges = exchangesOf(reader, imported->sessionIds.first());
        QCOMPARE(exchanges[0].ttfbMs, 32.0); // dns + connect (ssl inside) + send + wait
        QVERIFY(exchanges[0].responseBody.contains("\"tools\""));
        QCOMPARE(exchanges[1].state, Exchange::State::Failed);
        QCOMPARE(exchanges[1].status, 0);
        const QList<MessageRecord> messages = reader.messages().value_or(QList<MessageRecord>{});
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].rpcId, QStringLiteral("a-7"));
        QCOMPARE(messages[1].responseTo, messages[0].id);
    }

    // Fiddler: form posts as params, an encoding McpScope does not know
    // (kept as found, with a note), no JSON-RPC.
    void fiddler()
    {
        const QString path = m_dir.filePath(QStringLiteral("fiddler.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        auto imported = importHar(fixture("fiddler.har"), store);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->exchanges, 2);
        QCOMPARE(imported->messages, 0);
        QCOMPARE(imported->notes.size(), 1);
        QVERIFY(imported->notes.first().contains(QStringLiteral("quoted-printable")));
        QVERIFY(imported->notes.first().contains(QStringLiteral("log.entries[1]")));
        store.close();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const QList<Exchange> exchanges = exchangesOf(reader, imported->sessionIds.first());
        QCOMPARE(exchanges[1].responseBody, QByteArray("=48=69"));
        QVERIFY(exchanges[1].responseHeader("x-mcpscope-import").contains("quoted-printable"));
        QVERIFY(exchanges[0].requestBody.startsWith("grant_type=authorization_code&code="));
        QCOMPARE(
            exchanges[0].startedAtMs,
            QDateTime::fromString(QStringLiteral("2026-11-30T10:00:00.123Z"), Qt::ISODateWithMs)
                .toMSecsSinceEpoch());
    }

    // Bearer tokens, a code= query, an access_token body, Set-Cookie and form
    // secrets in the three HARs: none of them reaches the store file.
    void secretsAreRedactedOnTheWayIn()
    {
        const QString path = m_dir.filePath(QStringLiteral("secrets.sqlite"));
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            for (const char *name : {"chrome_devtools.har", "charles.har", "fiddler.har"})
                QVERIFY(importHar(fixture(name), store));
            store.flushSearchIndex();
        }
        const QByteArray bytes = storeBytes(path);
        QVERIFY(bytes.contains("Echo: hi")); // the file is readable as bytes at all
        for (const char *secret :
             {"PLANTED-CHROME-BEARER-0123456789", "PLANTED-CHROME-COOKIE-abcdef",
              "PLANTED-CHARLES-QUERY-TOKEN", "PLANTED-FIDDLER-CODE", "PLANTED-FIDDLER-VERIFIER",
              "PLANTED-FIDDLER-COOKIE", "PLANTED-FIDDLER-ACCESS-TOKEN", "PLANTED-FIDDLER-REFRESH",
              "PLANTED-FIDDLER-CALLBACK-CODE"})
            QVERIFY2(!bytes.contains(secret), secret);
        QVERIFY(!bytes.contains("PLANTED-"));
    }

    // Any bad input: an error that says where, and no session left behind,
    // even when entries before the bad one were already written.
    void badInputLeavesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QFile chrome(fixture("chrome_devtools.har"));
        QVERIFY(chrome.open(QIODevice::ReadOnly));
        const QByteArray good = chrome.readAll();
        QJsonObject doc = QJsonDocument::fromJson(good).object();
        QJsonObject log = doc.value(u"log").toObject();
        QJsonArray entries = log.value(u"entries").toArray();
        QJsonObject last = entries[3].toObject();
        QJsonObject response = last.value(u"response").toObject();
        response.remove(QStringLiteral("status"));
        last.insert(QStringLiteral("response"), response);
        entries[3] = last;
        log.insert(QStringLiteral("entries"), entries);
        doc.insert(QStringLiteral("log"), log);
        QTest::newRow("missing status")
            << QJsonDocument(doc).toJson()
            << QStringLiteral("log.entries[3].response.status is missing");
        QTest::newRow("truncated") << good.left(good.size() - 40) << QStringLiteral("ends early");
        QTest::newRow("not json") << QByteArray("PK\x03\x04 a zip file")
                                  << QStringLiteral("not valid JSON at byte 0");
    }

    void badInputLeavesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const QString path = m_dir.filePath(QStringLiteral("rollback.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        if (!QFile::exists(m_dir.filePath(QStringLiteral("rollback.har"))))
            QVERIFY(importHar(fixture("charles.har"), store)); // something already there
        const QString file = writeFile(m_dir, QStringLiteral("rollback.har"), bytes);
        QVERIFY(!file.isEmpty());
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto sessionsBefore = reader.sessions();
        const auto exchangesBefore = reader.exchangeCount(0);
        const auto messagesBefore = reader.messages(0);
        QVERIFY(sessionsBefore && exchangesBefore && messagesBefore);

        HarImportOptions options;
        options.maxQueuedJobs = 1; // written as it goes: the rollback has rows to remove
        auto imported = importHar(file, store, options);
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.contains(says), qPrintable(imported.error().message));
        store.flush();
        QCOMPARE(reader.sessions()->size(), sessionsBefore->size());
        QCOMPARE(*reader.exchangeCount(0), *exchangesBefore);
        QCOMPARE(reader.messages(0)->size(), messagesBefore->size());
    }

    void cliImport()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const CliRun ok = runCli({QStringLiteral("import"), fixture("chrome_devtools.har"),
                                  QStringLiteral("--store"), path, QStringLiteral("--name"),
                                  QStringLiteral("t")});
        QCOMPARE(ok.exitCode, 0);
        const QJsonObject out = QJsonDocument::fromJson(ok.out).object();
        QCOMPARE(out.value(u"exchanges").toInt(), 4);
        QCOMPARE(out.value(u"messages").toInt(), 5);
        QCOMPARE(out.value(u"rpcCalls").toInt(), 2);
        QCOMPARE(out.value(u"sessions").toArray().size(), 1);
        CaptureReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.sessions()->first().id,
                 qint64(out.value(u"sessions").toArray().first().toDouble()));

        const QString bad = writeFile(m_dir, QStringLiteral("bad.har"),
                                      QByteArray("{\"log\":{\"entries\":[{\"request\":{}}]}}"));
        const CliRun refused =
            runCli({QStringLiteral("import"), bad, QStringLiteral("--store"), path});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("log.entries[0].startedDateTime is missing"), refused.err);
        QCOMPARE(reader.sessions()->size(), 1);
        QCOMPARE(runCli({QStringLiteral("import"), bad}).exitCode, 1); // no --store
        const QString bundle =
            writeFile(m_dir, QStringLiteral("x.mcpscope"), QByteArray("SQLite format 3\0", 16));
        QCOMPARE(
            runCli({QStringLiteral("import"), bundle, QStringLiteral("--store"), path}).exitCode,
            1);
    }

    // mcpscope-cli import of a real capture bundle (written by
    // mcpscope-cli bundle from an imported DevTools HAR): new sessions with
    // the bundle's rows, the same JSON as a HAR import; a second import
    // adds another session; a file that only looks like a bundle is refused
    // with exit 1 and leaves the store as it was.
    void cliImportsABundle()
    {
        const QString source = m_dir.filePath(QStringLiteral("bundle-source.sqlite"));
        const CliRun har = runCli({QStringLiteral("import"), fixture("chrome_devtools.har"),
                                   QStringLiteral("--store"), source, QStringLiteral("--name"),
                                   QStringLiteral("for a bundle")});
        QVERIFY2(har.exitCode == 0, har.err.constData());
        const QJsonObject harOut = QJsonDocument::fromJson(har.out).object();
        const QString session =
            QString::number(qint64(harOut.value(u"sessions").toArray().first().toDouble()));
        const QString bundle = m_dir.filePath(QStringLiteral("ticket.mcpscope"));
        const CliRun written =
            runCli({QStringLiteral("bundle"), QStringLiteral("--store"), source,
                    QStringLiteral("--session"), session, QStringLiteral("--output"), bundle});
        QVERIFY2(written.exitCode == 0, written.err.constData());

        const QString target = m_dir.filePath(QStringLiteral("bundle-target.sqlite"));
        const CliRun first =
            runCli({QStringLiteral("import"), bundle, QStringLiteral("--store"), target});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(out.value(u"sessions").toArray().size(), 1);
        QCOMPARE(out.value(u"exchanges").toInt(), harOut.value(u"exchanges").toInt());
        QCOMPARE(out.value(u"exchanges").toInt(), 4);
        QCOMPARE(out.value(u"messages").toInt(), harOut.value(u"messages").toInt());
        QCOMPARE(out.value(u"rpcCalls").toInt(), harOut.value(u"rpcCalls").toInt());
        QCOMPARE(out.value(u"findings").toInt(), harOut.value(u"findings").toInt());
        QCOMPARE(out.value(u"mcpscope").toBool(), true);

        CaptureReader reader;
        QVERIFY(reader.open(target));
        const auto sessions = reader.sessions();
        QVERIFY(sessions && sessions->size() == 1);
        const qint64 fresh = qint64(out.value(u"sessions").toArray().first().toDouble());
        QCOMPARE(sessions->first().id, fresh);
        QCOMPARE(sessions->first().name, QStringLiteral("for a bundle"));
        QCOMPARE(exchangesOf(reader, fresh).size(), 4);
        const QList<MessageRecord> messages =
            reader.messages(fresh).value_or(QList<MessageRecord>{});
        QCOMPARE(messages.size(), out.value(u"messages").toInt());
        const MessageRecord *call =
            findMessage(messages, QStringLiteral("request"), QStringLiteral("tools/call"));
        QVERIFY(call);
        bool answered = false;
        for (const MessageRecord &m : messages)
            answered = answered || (m.responseTo == call->id && m.payload.contains("Echo: hi"));
        QVERIFY(answered);

        const CliRun second =
            runCli({QStringLiteral("import"), bundle, QStringLiteral("--store"), target});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        const qint64 another = qint64(QJsonDocument::fromJson(second.out)
                                          .object()
                                          .value(u"sessions")
                                          .toArray()
                                          .first()
                                          .toDouble());
        QVERIFY(another != fresh);
        QCOMPARE(reader.sessions()->size(), 2);

        // --name names a foreign HAR's session; a bundle keeps its names.
        QCOMPARE(runCli({QStringLiteral("import"), bundle, QStringLiteral("--store"), target,
                         QStringLiteral("--name"), QStringLiteral("x")})
                     .exitCode,
                 1);
        // Only the header of an SQLite file: not a readable bundle.
        const QString fake =
            writeFile(m_dir, QStringLiteral("fake.mcpscope"), QByteArray("SQLite format 3\0", 16));
        const CliRun refused =
            runCli({QStringLiteral("import"), fake, QStringLiteral("--store"), target});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("is not a readable capture bundle"), refused.err.constData());
        QCOMPARE(reader.sessions()->size(), 2);
    }

    // A real session against server-everything, as a HAR: with McpScope's
    // members it comes back equal; as a browser would save it, its JSON-RPC
    // messages are all found again.
    void realSessionRoundTrip()
    {
        const QString why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString original = m_dir.filePath(QStringLiteral("live.sqlite"));
        qint64 session = 0;
        {
            CaptureStore store;
            QVERIFY(store.open(original));
            McpSession live(&store);
            McpSessionOptions options;
            options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
            options.transport = McpClient::Transport::StreamableHttp;
            // This test reads legacy-era traffic request by request; era Auto's
            // server/discover probe would come first (issue 16).
            options.era = ProtocolEra::Legacy;
            QVERIFY(live.open(options));
            QSignalSpy connected(live.client(), &McpClient::connected);
            QVERIFY(connected.wait(20000));
            McpRequest *call = live.client()->request(
                QStringLiteral("tools/call"),
                {{QStringLiteral("name"), QStringLiteral("echo")},
                 {QStringLiteral("arguments"),
                  QJsonObject{{QStringLiteral("message"), QStringLiteral("round trip")}}}});
            QSignalSpy finished(call, &McpRequest::finished);
            if (!call->isFinished())
                QVERIFY(finished.wait(20000));
            QCOMPARE(firstToolText(call->result()), QStringLiteral("Echo: round trip"));
            QSignalSpy closed(&live, &McpSession::closed);
            live.close();
            QVERIFY(closed.wait(15000));
            session = live.captureSessionId();
            store.flush();
        }
        QVERIFY(session > 0);
        CaptureReader before;
        QVERIFY(before.open(original));
        const QList<Exchange> exchanges = exchangesOf(before, session);
        const QList<MessageRecord> messages =
            before.messages(session).value_or(QList<MessageRecord>{});
        QVERIFY(exchanges.size() >= 3);
        QVERIFY(findMessage(messages, QStringLiteral("request"), QStringLiteral("tools/call")));

        // McpScope's own HAR: an equal session.
        const QString ours =
            writeFile(m_dir, QStringLiteral("ours.har"), harOfSession(original, session, true));
        const QString copy = m_dir.filePath(QStringLiteral("roundtrip.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(copy));
        auto imported = importHar(ours, store);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QVERIFY(imported->fromMcpScope);
        QCOMPARE(imported->sessionIds.size(), 1);
        store.flush();
        CaptureReader after;
        QVERIFY(after.open(copy));
        const SessionInfo was = before.sessions()->last();
        const SessionInfo is = after.sessions()->first();
        QCOMPARE(is.name, was.name);
        QCOMPARE(is.target, was.target);
        QCOMPARE(is.kind, was.kind);
        QCOMPARE(is.startedAtMs, was.startedAtMs);
        QCOMPARE(is.endedAtMs, was.endedAtMs);
        const QList<Exchange> back = exchangesOf(after, imported->sessionIds.first());
        QCOMPARE(back.size(), exchanges.size());
        QHash<qint64, qint64> exchangeMap;
        for (qsizetype i = 0; i < back.size(); ++i) {
            const Exchange &a = exchanges[i];
            const Exchange &b = back[i];
            exchangeMap.insert(a.id, b.id);
            QCOMPARE(b.method, a.method);
            QCOMPARE(b.url, a.url);
            QCOMPARE(b.startedAtMs, a.startedAtMs);
            QCOMPARE(b.state, a.state);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.reasonPhrase, a.reasonPhrase);
            QCOMPARE(b.httpVersion, a.httpVersion);
            QCOMPARE(b.requestHeaders, a.requestHeaders);
            QCOMPARE(b.requestBody, a.requestBody);
            QCOMPARE(b.responseHeaders, a.responseHeaders);
            QCOMPARE(b.responseBody, a.responseBody);
            QCOMPARE(b.responseBodySize, a.responseBodySize);
            QCOMPARE(b.errorCode, a.errorCode);
            QCOMPARE(b.errorMessage, a.errorMessage);
            if (a.ttfbMs >= 0)
                QCOMPARE(b.ttfbMs, a.ttfbMs);
            if (a.totalMs >= 0)
                QCOMPARE(b.totalMs, a.totalMs);
        }
        const QList<MessageRecord> backMessages =
            after.messages(imported->sessionIds.first()).value_or(QList<MessageRecord>{});
        QCOMPARE(backMessages.size(), messages.size());
        QHash<qint64, qint64> messageMap;
        for (const MessageRecord &m : messages) {
            const auto match =
                std::find_if(backMessages.begin(), backMessages.end(), [&](const MessageRecord &b) {
                    return b.atMs == m.atMs && b.kind == m.kind && b.rpcId == m.rpcId &&
                           b.outgoing == m.outgoing && !messageMap.values().contains(b.id);
                });
            QVERIFY(match != backMessages.end());
            messageMap.insert(m.id, match->id);
            QCOMPARE(match->method, m.method);
            QCOMPARE(match->exchangeId, exchangeMap.value(m.exchangeId));
            QCOMPARE(QJsonDocument::fromJson(match->payload), QJsonDocument::fromJson(m.payload));
            QCOMPARE(match->latencyMs, m.latencyMs);
            QCOMPARE(match->responseTo, messageMap.value(m.responseTo));
        }

        // The same traffic as a browser saves it: the JSON-RPC is found again.
        const QString foreign =
            writeFile(m_dir, QStringLiteral("foreign.har"), harOfSession(original, session, false));
        auto recognised = importHar(foreign, store);
        QVERIFY2(recognised, recognised ? "" : qPrintable(recognised.error().message));
        QVERIFY(!recognised->fromMcpScope);
        store.flush();
        const QList<MessageRecord> found =
            after.messages(recognised->sessionIds.first()).value_or(QList<MessageRecord>{});
        QCOMPARE(messageKeys(found), messageKeys(messages));
        const MessageRecord *call =
            findMessage(found, QStringLiteral("request"), QStringLiteral("tools/call"));
        QVERIFY(call);
        const bool answered = std::any_of(found.begin(), found.end(), [&](const MessageRecord &m) {
            return m.responseTo == call->id && m.payload.contains("Echo: round trip");
        });
        QVERIFY(answered);
    }
};

QTEST_GUILESS_MAIN(TestHarImport)
#include "tst_har_import.moc"
