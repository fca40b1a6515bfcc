#include "capture/capture_reader.h"
#include "capture/capture_schema.h"
#include "capture/capture_store.h"
#include "export/capture_bundle.h"
#include "export/har_import.h"
#include "export/har_writer.h"
#include "test_store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mcpscope;
using namespace mcpscope::testing;

// Issue 16, the protocol eras end to end: the store keeps the era a session
// spoke and links the rounds of a multi round-trip call (schema 7), through
// HAR and bundle exports.
class TestModernEra : public QObject
{
    Q_OBJECT

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
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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
    QTemporaryDir m_dir;
    int m_serial = 0;
};

QTEST_GUILESS_MAIN(TestModernEra)
#include "tst_modern_era.moc"
