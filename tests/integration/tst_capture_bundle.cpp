#include "capture/capture_reader.h"
#include "capture/capture_schema.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "capture/redaction.h"
#include "export/capture_bundle.h"
#include "node_peer.h"
#include "recorded_store.h"
#include "test_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace mcpscope;
using namespace mcpscope::testing;

// Capture bundles (issue 13): a session of a store recorded against
// server-everything saved as a standalone .mcpscope file, swept for secrets,
// and imported into another store with fresh ids.
class TestCaptureBundle : public QObject
{
    Q_OBJECT

    // A raw SQL connection, removed when done.
    template <typename F> static void withDb(const QString &path, F &&body)
    {
        const QString name = QStringLiteral("tst-bundle-sql");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            body(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    static QStringList partFiles(const QString &dir)
    {
        return QDir(dir).entryList({QStringLiteral("*.part*")}, QDir::Files | QDir::Hidden);
    }

    QList<Exchange> exchangesOf(const QString &path, qint64 sessionId)
    {
        QList<Exchange> out;
        CaptureReader reader;
        if (!reader.open(path))
            return out;
        CaptureFilter filter;
        filter.sessionId = sessionId;
        const auto ids = reader.exchangeIds(filter, 0, 100000);
        if (!ids)
            return out;
        for (qint64 id : *ids)
            out << **reader.exchange(id);
        return out;
    }

    QList<MessageRecord> messagesOf(const QString &path, qint64 sessionId)
    {
        CaptureReader reader;
        if (!reader.open(path))
            return {};
        return reader.messages(sessionId).value_or(QList<MessageRecord>());
    }

    // Every recorded field equal; ids through the maps given.
    static void compareExchanges(const QList<Exchange> &a, const QList<Exchange> &b,
                                 QHash<qint64, qint64> *idMap)
    {
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            const Exchange &x = a.at(i);
            const Exchange &y = b.at(i);
            idMap->insert(x.id, y.id);
            QCOMPARE(y.startedAtMs, x.startedAtMs);
            QCOMPARE(y.state, x.state);
            QCOMPARE(y.method, x.method);
            QCOMPARE(y.url, x.url);
            QCOMPARE(y.requestHeaders, x.requestHeaders);
            QCOMPARE(y.requestBody, x.requestBody);
            QCOMPARE(y.status, x.status);
            QCOMPARE(y.httpVersion, x.httpVersion);
            QCOMPARE(y.responseHeaders, x.responseHeaders);
            QCOMPARE(y.responseBody, x.responseBody);
            QCOMPARE(y.responseBodySize, x.responseBodySize);
            QCOMPARE(y.responseTruncated, x.responseTruncated);
            QCOMPARE(y.ttfbMs, x.ttfbMs);
            QCOMPARE(y.totalMs, x.totalMs);
            QCOMPARE(y.errorCode, x.errorCode);
            QCOMPARE(y.errorMessage, x.errorMessage);
        }
    }

    static void compareMessages(const QList<MessageRecord> &a, const QList<MessageRecord> &b,
                                const QHash<qint64, qint64> &exchangeMap, qint64 newSessionId)
    {
        QCOMPARE(a.size(), b.size());
        QHash<qint64, qint64> messageMap;
        for (int i = 0; i < a.size(); ++i)
            messageMap.insert(a.at(i).id, b.at(i).id);
        for (int i = 0; i < a.size(); ++i) {
            const MessageRecord &x = a.at(i);
            const MessageRecord &y = b.at(i);
            QCOMPARE(y.sessionId, newSessionId);
            QCOMPARE(y.exchangeId, x.exchangeId ? exchangeMap.value(x.exchangeId, -1) : 0);
            QCOMPARE(y.outgoing, x.outgoing);
            QCOMPARE(y.kind, x.kind);
            QCOMPARE(y.rpcId, x.rpcId);
            QCOMPARE(y.method, x.method);
            QCOMPARE(y.payload, x.payload);
            QCOMPARE(y.atMs, x.atMs);
            QCOMPARE(y.responseTo, x.responseTo ? messageMap.value(x.responseTo, -1) : 0);
            QCOMPARE(y.latencyMs, x.latencyMs);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString why =
            m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_store = m_dir.filePath(QStringLiteral("source.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(m_store));
        FindingsStore findings;
        QVERIFY(findings.open(m_store));
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        m_first = recordEverythingSession(store, &findings, url,
                                          {QStringLiteral("one"), QStringLiteral("two")});
        QVERIFY(m_first > 0);
        m_second = recordEverythingSession(
            store, &findings, url,
            {QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five")});
        QVERIFY(m_second > 0);
        store.close();
        QVERIFY(exchangesOf(m_store, m_first).size() >= 4);
        QVERIFY(!messagesOf(m_store, m_first).isEmpty());
    }

    // One of two sessions: exactly its rows, smaller, sound, owner-only.
    void bundleHoldsOneSession()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("first.mcpscope"));
        const QByteArray sourceHash = fileSha256(m_store);
        auto written = CaptureBundle::write(m_store, {{m_first}, {}}, bundle, Redactor());
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(fileSha256(m_store), sourceHash); // the source is only read
        QCOMPARE(written->sessions, 1);

        CaptureReader reader;
        QVERIFY(reader.open(bundle));
        const auto sessions = reader.sessions();
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->first().id, m_first);
        QCOMPARE(*reader.exchangeCount(), *reader.exchangeCount(m_first));
        QHash<qint64, qint64> same;
        compareExchanges(exchangesOf(m_store, m_first), exchangesOf(bundle, m_first), &same);
        for (auto it = same.cbegin(); it != same.cend(); ++it)
            QCOMPARE(it.value(), it.key()); // a bundle keeps the ids
        compareMessages(messagesOf(m_store, m_first), messagesOf(bundle, 0), same, m_first);
        QCOMPARE(written->exchanges, qint64(same.size()));
        QVERIFY(exchangesOf(bundle, m_second).isEmpty());

        QVERIFY2(QFileInfo(bundle).size() < QFileInfo(m_store).size(),
                 qPrintable(QStringLiteral("%1 >= %2")
                                .arg(QFileInfo(bundle).size())
                                .arg(QFileInfo(m_store).size())));
        QCOMPARE(QFile::permissions(bundle) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        // One file: no journal, no WAL beside it, no temporary left.
        QVERIFY(!QFile::exists(bundle + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(bundle + QStringLiteral("-journal")));
        QVERIFY(partFiles(m_dir.path()).isEmpty());
        withDb(bundle, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), CaptureSchema::latestVersion());
        });
    }

    // An exchange picked alone: it, its messages, its session's row.
    void bundleOfOneExchange()
    {
        const QList<Exchange> all = exchangesOf(m_store, m_second);
        QVERIFY(all.size() >= 3);
        const qint64 picked = all.at(2).id;
        const QString bundle = m_dir.filePath(QStringLiteral("one-exchange.mcpscope"));
        auto written = CaptureBundle::write(m_store, {{}, {picked}}, bundle, Redactor());
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(written->exchanges, 1);
        QCOMPARE(written->sessions, 1);
        CaptureReader reader;
        QVERIFY(reader.open(bundle));
        QCOMPARE(*reader.exchangeCount(m_second), 1);
        const auto messages = reader.messages();
        QVERIFY(messages);
        qint64 carried = 0;
        for (const MessageRecord &m : messagesOf(m_store, m_second))
            carried += m.exchangeId == picked ? 1 : 0;
        QCOMPARE(qint64(messages->size()), carried);
        for (const MessageRecord &m : *messages)
            QCOMPARE(m.exchangeId, picked);
    }

    // A store written before redaction was what it is now: the bundle's
    // sweep catches what is left.
    void plantedSecretsDoNotReachTheBundle()
    {
        const QString old = m_dir.filePath(QStringLiteral("unredacted.sqlite"));
        withDb(m_store, [&old](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(old)),
                     qPrintable(q.lastError().text()));
        });
        const qint64 exchange = exchangesOf(m_store, m_first).first().id;
        const qint64 message = messagesOf(m_store, m_first).first().id;
        withDb(old, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE exchange_bodies SET request_headers = ? WHERE "
                                     "exchange_id = ?"));
            q.addBindValue(QByteArray("Content-Type: application/json\r\nAuthorization: Bearer "
                                      "PLANTED-BEARER-7f3a9c21\r\n"));
            q.addBindValue(exchange);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.prepare(QStringLiteral("UPDATE messages SET payload = ? WHERE id = ?"));
            q.addBindValue(QByteArray("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"access_token\":"
                                      "\"PLANTED-ACCESS-51be0d88\"}}"));
            q.addBindValue(message);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.prepare(QStringLiteral("UPDATE sessions SET target = ? WHERE id = ?"));
            q.addBindValue(QStringLiteral("http://127.0.0.1/mcp?api_key=PLANTED-QUERY-0c4e2b19"));
            q.addBindValue(m_first);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        });
        const QByteArray planted = storeFileBytes(old);
        for (const char *secret :
             {"PLANTED-BEARER-7f3a9c21", "PLANTED-ACCESS-51be0d88", "PLANTED-QUERY-0c4e2b19"})
            QVERIFY2(planted.contains(secret), secret); // the test can fail

        const QString bundle = m_dir.filePath(QStringLiteral("swept.mcpscope"));
        auto written = CaptureBundle::write(old, {{m_first}, {}}, bundle, Redactor());
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        const QByteArray bytes = storeFileBytes(bundle);
        for (const char *secret :
             {"PLANTED-BEARER-7f3a9c21", "PLANTED-ACCESS-51be0d88", "PLANTED-QUERY-0c4e2b19"})
            QVERIFY2(!bytes.contains(secret), secret);
        // What was around them stays.
        CaptureReader reader;
        QVERIFY(reader.open(bundle));
        const Exchange swept = **reader.exchange(exchange);
        QVERIFY(swept.requestHeader("Authorization").startsWith("Bearer "));
        QCOMPARE(swept.requestHeader("Content-Type"), QByteArray("application/json"));
    }

    // Into a third store: new sessions with fresh ids, rows equal field by field.
    void importIntoAnotherStore()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("second.mcpscope"));
        auto written = CaptureBundle::write(m_store, {{m_second}, {}}, bundle, Redactor());
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));

        const QString third = m_dir.filePath(QStringLiteral("third.sqlite"));
        {
            // The third store has rows of its own, so fresh ids must differ.
            CaptureStore store;
            QVERIFY(store.open(third));
            const qint64 own = store.createSession(QStringLiteral("own"), QStringLiteral("x"),
                                                   QStringLiteral("http"), 1);
            Exchange e = makeExchange(store.reserveExchangeId());
            e.sessionId = own;
            store.record(e);
            store.flush();
        }
        auto imported = CaptureBundle::importBundle(bundle, third);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->sessionIds.size(), 1);
        QCOMPARE(imported->exchanges, written->exchanges);
        QCOMPARE(imported->messages, written->messages);
        const qint64 fresh = imported->sessionIds.first();
        QVERIFY(fresh != 0);

        QHash<qint64, qint64> exchangeMap;
        compareExchanges(exchangesOf(m_store, m_second), exchangesOf(third, fresh), &exchangeMap);
        compareMessages(messagesOf(m_store, m_second), messagesOf(third, fresh), exchangeMap,
                        fresh);

        // Again: another new session, no id shared with the first import.
        auto again = CaptureBundle::importBundle(bundle, third);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QVERIFY(again->sessionIds.first() != fresh);
        QSet<qint64> firstIds, secondIds;
        for (const Exchange &e : exchangesOf(third, fresh))
            firstIds << e.id;
        for (const Exchange &e : exchangesOf(third, again->sessionIds.first()))
            secondIds << e.id;
        QCOMPARE(secondIds.size(), firstIds.size());
        QVERIFY(!firstIds.intersects(secondIds));
        CaptureReader reader;
        QVERIFY(reader.open(third));
        QCOMPARE(reader.sessions()->size(), 3);

        // A store that then records again gets ids past the imported ones.
        CaptureStore store;
        QVERIFY(store.open(third));
        const qint64 next = store.reserveExchangeId();
        for (qint64 id : secondIds)
            QVERIFY(next > id);
    }

    // mcpscope-cli bundle: the same file, what it wrote as JSON; bad input is
    // a usage error, a missing store a store error.
    void cliWritesABundle()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("cli.mcpscope"));
        QProcess cli;
        cli.start(QStringLiteral(MCPSCOPE_CLI),
                  {QStringLiteral("bundle"), QStringLiteral("--store"), m_store,
                   QStringLiteral("--session"), QString::number(m_first),
                   QStringLiteral("--output"), bundle});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject out = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(out.value(QStringLiteral("sessions")).toInt(), 1);
        QCOMPARE(qint64(out.value(QStringLiteral("exchanges")).toInt()),
                 qint64(exchangesOf(m_store, m_first).size()));
        QCOMPARE(qint64(out.value(QStringLiteral("bytes")).toDouble()), QFileInfo(bundle).size());
        CaptureReader reader;
        QVERIFY(reader.open(bundle));
        QCOMPARE(reader.sessions()->size(), 1);

        cli.start(QStringLiteral(MCPSCOPE_CLI),
                  {QStringLiteral("bundle"), QStringLiteral("--store"), m_store,
                   QStringLiteral("--output"), bundle});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1); // nothing selected
        cli.start(QStringLiteral(MCPSCOPE_CLI),
                  {QStringLiteral("bundle"), QStringLiteral("--store"),
                   m_dir.filePath(QStringLiteral("nope.sqlite")), QStringLiteral("--session"),
                   QStringLiteral("1"), QStringLiteral("--output"), bundle});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 4);
    }

    void failuresLeaveNothing()
    {
        // A "folder" that is a file: no bundle can be written there, even by root.
        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        QFile blocker(file);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString inside = file + QStringLiteral("/out.mcpscope");
        auto written = CaptureBundle::write(m_store, {{m_first}, {}}, inside, Redactor());
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::StoreWrite);
        QVERIFY2(written.error().message.contains(m_dir.path()),
                 qPrintable(written.error().message));
        QVERIFY(!QFile::exists(inside));

        // A folder without write permission (meaningless for root).
        if (::geteuid() != 0) {
            const QString locked = m_dir.filePath(QStringLiteral("locked"));
            QVERIFY(QDir().mkpath(locked));
            QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
            auto denied = CaptureBundle::write(
                m_store, {{m_first}, {}}, locked + QStringLiteral("/out.mcpscope"), Redactor());
            QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QVERIFY(!denied);
            QVERIFY(denied.error().message.contains(locked));
            QVERIFY(QDir(locked)
                        .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                        .isEmpty());
        }

        // Names the store does not hold: a clear error, no file.
        const QString missing = m_dir.filePath(QStringLiteral("missing.mcpscope"));
        auto none = CaptureBundle::write(m_store, {{987654}, {}}, missing, Redactor());
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("987654")),
                 qPrintable(none.error().message));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(partFiles(m_dir.path()).isEmpty());
        QVERIFY(!CaptureBundle::write(m_store, {}, missing, Redactor()));
        // Into itself: refused, the file as it was.
        const QByteArray before = fileSha256(m_store);
        QVERIFY(!CaptureBundle::importBundle(m_store, m_store));
        QCOMPARE(fileSha256(m_store), before);
        // Not a store at all.
        auto garbage =
            CaptureBundle::importBundle(file, m_dir.filePath(QStringLiteral("g.sqlite")));
        QVERIFY(!garbage);
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_everything;
    QString m_store;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

QTEST_GUILESS_MAIN(TestCaptureBundle)
#include "tst_capture_bundle.moc"
