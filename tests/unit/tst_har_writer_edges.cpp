#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "export/har_writer.h"
#include "test_store.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The HAR writer's edges: which message payloads it recognises as JSON (and
// writes as JSON) and which it keeps as text, cookies and form fields with
// empty parts, an export of more exchanges than one page, and what the user
// is told when the store cannot be read (a second connection renamed a
// table, as another program could) or the export cannot be written (a full
// device).
class TestHarWriterEdges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
    }

    // Runs statements on a connection of its own.
    static bool execOn(const QString &path, const QStringList &statements)
    {
        const QString name = QStringLiteral("probe-%1").arg(quintptr(&statements));
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ok = db.open();
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (ok && !q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    ok = false;
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    struct Store
    {
        QString path;
        qint64 session = 0;
        qint64 exchange = 0;
        qint64 ownMessage = 0; // a message of the session outside any exchange
    };

    // A store with a session, an exchange carrying a request and an answer,
    // a message of the session's own, and a finding about the exchange.
    Store smallStore()
    {
        Store s;
        s.path = freshPath();
        CaptureStore store;
        if (!store.open(s.path))
            return {};
        s.session =
            store.createSession(QStringLiteral("small"), QStringLiteral("http://127.0.0.1/mcp"),
                                QStringLiteral("mcp"), 1000);
        Exchange e = makeExchange(store.reserveExchangeId());
        e.sessionId = s.session;
        store.record(e);
        s.exchange = e.id;
        MessageRecord m;
        m.id = store.reserveMessageId();
        m.sessionId = s.session;
        m.exchangeId = e.id;
        m.outgoing = true;
        m.kind = QStringLiteral("request");
        m.rpcId = QStringLiteral("1");
        m.method = QStringLiteral("tools/list");
        m.payload = e.requestBody;
        m.atMs = 1500;
        store.recordMessage(m);
        MessageRecord own = m;
        own.id = store.reserveMessageId();
        own.exchangeId = 0;
        own.kind = QString();
        own.rpcId = QString();
        own.method = QStringLiteral("notifications/message");
        own.payload = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\"}";
        store.recordMessage(own);
        s.ownMessage = own.id;
        store.flush();
        FindingsStore findings;
        if (!findings.open(s.path))
            return {};
        Finding f = makeFinding("http.unauthorized", {}, {e.id});
        f.sessionId = s.session;
        f.atMs = 1600;
        if (!findings.record(f))
            return {};
        return s;
    }

    // The error of an export that must fail (an Error without code if it did not).
    static Error harError(const QString &path, const ExportScope &scope = {})
    {
        HarWriter writer;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const auto written = writer.write(path, scope, out);
        return written ? Error{} : written.error();
    }

    static Error jsonError(const QString &path, const ExportScope &scope = {})
    {
        ExportRedactor redactor;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const auto written = writeJsonExport(path, scope, redactor, out);
        return written ? Error{} : written.error();
    }

    static QJsonObject nv(const char *name, const char *value)
    {
        return {{QStringLiteral("name"), QString::fromUtf8(name)},
                {QStringLiteral("value"), QString::fromUtf8(value)}};
    }

    static QJsonObject exportHar(const QString &path, const ExportScope &scope, int *written)
    {
        HarWriter writer;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const auto done = writer.write(path, scope, out);
        if (!done) {
            qWarning() << done.error().message;
            return {};
        }
        *written = writer.exchangesWritten();
        QJsonParseError error;
        const QJsonObject har = QJsonDocument::fromJson(out.data(), &error).object();
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString();
        return har;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A payload goes into the HAR as JSON only when it is one JSON value;
    // anything else (a near miss included) is kept as its text.
    void payloadsAreJsonOnlyWhenTheyAreJson()
    {
        struct Case
        {
            QByteArray payload;
            QJsonValue expected; // what the HAR's "payload" reads back as
        };
        const QByteArray deep = QByteArray(300, '[') + QByteArray(300, ']');
        const QList<Case> cases = {
            // JSON: written as the value itself (surrounding space trimmed).
            {" \t\r\n{\"a\" : [1, -2.5e+3, 0, true, false, null]}\n",
             QJsonObject{
                 {QStringLiteral("a"), QJsonArray{1, -2500.0, 0, true, false, QJsonValue::Null}}}},
            {"\"caf\\u00e9 \\/ \\n\"", QStringLiteral("caf\u00e9 / \n")},
            {"0", 0},
            {"1.5E2", 150.0},
            {"{}", QJsonObject{}},
            // Not JSON: the text as it was.
            {"\"a\x01"
             "b\"",
             QStringLiteral("\"a\x01"
                            "b\"")},
            {"\"ends in a backslash\\", QStringLiteral("\"ends in a backslash\\")},
            {"\"\\u12\"", QStringLiteral("\"\\u12\"")},
            {"\"\\x\"", QStringLiteral("\"\\x\"")},
            {"\"unterminated", QStringLiteral("\"unterminated")},
            {"-", QStringLiteral("-")},
            {"-x", QStringLiteral("-x")},
            {"01", QStringLiteral("01")},
            {"1.", QStringLiteral("1.")},
            {"1e", QStringLiteral("1e")},
            {"1e+", QStringLiteral("1e+")},
            {"tru", QStringLiteral("tru")},
            {"{1:2}", QStringLiteral("{1:2}")},
            {"{\"a\" 1}", QStringLiteral("{\"a\" 1}")},
            {"{\"a\":1", QStringLiteral("{\"a\":1")},
            {"[1;2]", QStringLiteral("[1;2]")},
            {"[1,]", QStringLiteral("[1,]")},
            {"", QString()},
            {"{} {}", QStringLiteral("{} {}")},
            {deep, QString::fromLatin1(deep)}, // deeper than 256 levels
            // Invalid UTF-8 in text: each bad byte reads as U+FFFD.
            {"\xff\xfe not json", QStringLiteral("\ufffd\ufffd not json")},
        };

        const QString path = freshPath();
        QList<qint64> ids;
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            const qint64 session = store.createSession(QStringLiteral("payloads"),
                                                       QStringLiteral("http://127.0.0.1/mcp"),
                                                       QStringLiteral("mcp"), 1000);
            Exchange e = makeExchange(store.reserveExchangeId());
            e.sessionId = session;
            store.record(e);
            for (const Case &c : cases) {
                MessageRecord m;
                m.id = store.reserveMessageId();
                m.sessionId = session;
                m.exchangeId = e.id;
                m.outgoing = false;
                m.kind = QStringLiteral("response");
                m.payload = c.payload;
                m.atMs = 1500;
                store.recordMessage(m);
                ids << m.id;
            }
            store.flush();
        }
        int written = 0;
        const QJsonObject har = exportHar(path, {}, &written);
        QCOMPARE(written, 1);
        const QJsonArray entries = har.value(u"log").toObject().value(u"entries").toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonArray messages =
            entries.at(0).toObject().value(u"_mcpscope").toObject().value(u"messages").toArray();
        QCOMPARE(messages.size(), cases.size());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject m = messages.at(i).toObject();
            QCOMPARE(m.value(u"id").toInteger(), ids.at(i));
            const QByteArray label = cases.at(i).payload.left(40);
            QVERIFY2(m.value(u"payload") == cases.at(i).expected,
                     qPrintable(QString::fromUtf8(label) + QStringLiteral(" -> ") +
                                QString::fromUtf8(QJsonDocument(QJsonArray{m.value(u"payload")})
                                                      .toJson(QJsonDocument::Compact))));
        }
    }

    // Cookie request headers and form bodies with empty parts: the empty parts are
    // left out, a part without "=" is a name with an empty value. (Cookie
    // values are secrets to the export's default rules: a part without "="
    // is all value, so its name is redacted too.)
    void emptyCookiePartsAndFormFields()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            Exchange e = makeExchange(store.reserveExchangeId());
            e.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"},
                                {"Cookie", "a=1; ; flag"}};
            e.requestBody = "grant_type=code&&redirect+uri=%2Fback%20home&bare";
            store.record(e);
            id = e.id;
            store.flush();
        }
        int written = 0;
        const QJsonObject har = exportHar(path, {{}, {id}}, &written);
        QCOMPARE(written, 1);
        const QJsonObject entry =
            har.value(u"log").toObject().value(u"entries").toArray().at(0).toObject();
        const QJsonObject request = entry.value(u"request").toObject();
        QCOMPARE(request.value(u"cookies").toArray(),
                 (QJsonArray{nv("a", "[REDACTED]"), nv("[REDACTED]", "")}));
        QCOMPARE(request.value(u"postData").toObject().value(u"params").toArray(),
                 (QJsonArray{nv("grant_type", "code"), nv("redirect uri", "/back home"),
                             nv("bare", "")}));
    }

    // More exchanges than one page (500) of a session: every one is written,
    // in id order; a session id of 0 in the scope names no session.
    void sessionOfMoreThanOnePage()
    {
        const QString path = freshPath();
        QList<qint64> ids;
        qint64 session = 0;
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            session =
                store.createSession(QStringLiteral("big"), QStringLiteral("http://127.0.0.1/mcp"),
                                    QStringLiteral("mcp"), 1000);
            for (int i = 0; i < 501; ++i) {
                Exchange e = makeExchange(store.reserveExchangeId());
                e.sessionId = session;
                store.record(e);
                ids << e.id;
            }
            store.flush();
        }
        int written = 0;
        const QJsonObject har = exportHar(path, {{0, session}, {}}, &written);
        QCOMPARE(written, 501);
        const QJsonArray entries = har.value(u"log").toObject().value(u"entries").toArray();
        QCOMPARE(entries.size(), 501);
        QList<qint64> exported;
        for (const QJsonValue &e : entries)
            exported
                << e.toObject().value(u"_mcpscope").toObject().value(u"exchangeId").toInteger();
        QCOMPARE(exported, ids);
        const QJsonArray pages = har.value(u"log").toObject().value(u"pages").toArray();
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.at(0).toObject().value(u"id").toString(),
                 QStringLiteral("session_%1").arg(session));
    }

    // A finding about an exchange the selection left out stays out, though
    // its session is exported for the exchange that was selected.
    void findingOfAnUnselectedExchangeStaysOut()
    {
        const QString path = freshPath();
        qint64 session = 0, chosen = 0, left = 0;
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            session =
                store.createSession(QStringLiteral("s"), QStringLiteral("http://127.0.0.1/mcp"),
                                    QStringLiteral("mcp"), 1000);
            for (qint64 *id : {&chosen, &left}) {
                Exchange e = makeExchange(store.reserveExchangeId());
                e.sessionId = session;
                store.record(e);
                *id = e.id;
            }
            store.flush();
        }
        FindingsStore findings;
        QVERIFY(findings.open(path));
        Finding about = makeFinding("http.unauthorized", {}, {left});
        about.sessionId = session;
        QVERIFY(findings.record(about));
        Finding general = makeFinding("http.unauthorized", {QStringLiteral("general")});
        general.sessionId = session;
        QVERIFY(findings.record(general));
        findings.close();

        int written = 0;
        const QJsonObject har = exportHar(path, {{}, {chosen}}, &written);
        QCOMPARE(written, 1);
        const QJsonObject entry =
            har.value(u"log").toObject().value(u"entries").toArray().at(0).toObject();
        QCOMPARE(entry.value(u"_mcpscope").toObject().value(u"findings").toArray().size(), 0);
        const QJsonArray sessions = har.value(u"log")
                                        .toObject()
                                        .value(u"_mcpscope")
                                        .toObject()
                                        .value(u"sessions")
                                        .toArray();
        QCOMPARE(sessions.size(), 1);
        const QJsonArray sessionFindings = sessions.at(0).toObject().value(u"findings").toArray();
        QCOMPARE(sessionFindings.size(), 1);
        QCOMPARE(sessionFindings.at(0).toObject().value(u"arguments").toArray(),
                 QJsonArray{QStringLiteral("general")});

        // The session itself selected: its findings all come along.
        const QJsonObject whole = exportHar(path, {{session}, {}}, &written);
        QCOMPARE(written, 2);
        QJsonArray placed;
        for (const QJsonValue &e : whole.value(u"log").toObject().value(u"entries").toArray())
            for (const QJsonValue &f :
                 e.toObject().value(u"_mcpscope").toObject().value(u"findings").toArray())
                placed.append(f);
        QCOMPARE(placed.size(), 1);
        QCOMPARE(placed.at(0).toObject().value(u"exchangeIds").toArray(), QJsonArray{double(left)});
    }

    // SQLite's reason is checked where the reader keeps it; where a failed
    // prepare() loses it (CaptureReader::readMessages and selectIds,
    // FindingsStore::findings, outside this folder), the user still learns
    // which part of the store could not be read.
    void sessionsUnreadable()
    {
        const Store s = smallStore();
        QVERIFY(!s.path.isEmpty());
        QVERIFY(execOn(s.path, {QStringLiteral("ALTER TABLE sessions RENAME TO sessions_gone")}));
        const Error error = harError(s.path);
        QCOMPARE(error.code, ErrorCode::StoreRead);
        QCOMPARE(error.message,
                 QStringLiteral("Reading sessions from the capture store failed: no such table: "
                                "sessions Unable to execute statement"));
    }

    void findingsUnreadable()
    {
        const Store s = smallStore();
        QVERIFY(!s.path.isEmpty());
        QVERIFY(execOn(s.path, {QStringLiteral("ALTER TABLE findings RENAME TO findings_gone")}));
        const Error error = harError(s.path);
        QCOMPARE(error.code, ErrorCode::StoreSql);
        QVERIFY2(error.message.startsWith(
                     QStringLiteral("The capture store's findings could not be read: ")),
                 qPrintable(error.message));
    }

    void exchangeListUnreadable()
    {
        // exchanges replaced by a view without an id column: the session
        // list still counts, the exchange list cannot be read.
        const Store s = smallStore();
        QVERIFY(!s.path.isEmpty());
        QVERIFY(execOn(s.path, {QStringLiteral("ALTER TABLE exchanges RENAME TO exchanges_gone"),
                                QStringLiteral("CREATE VIEW exchanges AS SELECT session_id FROM "
                                               "exchanges_gone")}));
        const Error error = harError(s.path);
        QCOMPARE(error.code, ErrorCode::StoreRead);
        QVERIFY2(error.message.startsWith(
                     QStringLiteral("Reading the exchange list from the capture store failed: ")),
                 qPrintable(error.message));
    }

    void messagesUnreadable()
    {
        const Store s = smallStore();
        QVERIFY(!s.path.isEmpty());
        QVERIFY(execOn(s.path, {QStringLiteral("ALTER TABLE messages RENAME TO messages_gone")}));
        const QString prefix = QStringLiteral("Reading messages from the capture store failed: ");
        for (const Error &error : {harError(s.path), jsonError(s.path, {{s.session}, {}}),
                                   jsonError(s.path, {{}, {s.exchange}})}) {
            QCOMPARE(error.code, ErrorCode::StoreRead);
            QVERIFY2(error.message.startsWith(prefix), qPrintable(error.message));
        }
    }

    void streamedPiecesUnreadable()
    {
        const Store s = smallStore();
        QVERIFY(!s.path.isEmpty());
        QVERIFY(
            execOn(s.path, {QStringLiteral("ALTER TABLE response_chunks RENAME TO chunks_gone")}));
        const QString expected =
            QStringLiteral("Reading an exchange from the capture store failed: no such table: "
                           "response_chunks Unable to execute statement");
        QCOMPARE(harError(s.path).message, expected);
        QCOMPARE(jsonError(s.path).message, expected);
    }

    // A session without exchanges: its own messages are read apart.
    void ownMessagesUnreadable()
    {
        const QString path = freshPath();
        qint64 session = 0;
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            session =
                store.createSession(QStringLiteral("quiet"), QStringLiteral("http://127.0.0.1/mcp"),
                                    QStringLiteral("mcp"), 1000);
            store.flush();
        }
        QVERIFY(execOn(path, {QStringLiteral("ALTER TABLE messages RENAME TO messages_gone")}));
        const Error error = harError(path, {{session}, {}});
        QCOMPARE(error.code, ErrorCode::StoreRead);
        QVERIFY2(error.message.startsWith(
                     QStringLiteral("Reading messages from the capture store failed: ")),
                 qPrintable(error.message));
    }

    // The JSON export to a device that is full.
    void jsonExportToAFullDevice()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full here");
        const Store s = smallStore();
        QVERIFY(!s.path.isEmpty());
        QFile full(QStringLiteral("/dev/full"));
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        ExportRedactor redactor;
        const auto written = writeJsonExport(s.path, {}, redactor, full);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::StoreWrite);
        QCOMPARE(written.error().message,
                 QStringLiteral("The export could not be written: No space left on device"));
    }
};

QTEST_GUILESS_MAIN(TestHarWriterEdges)
#include "tst_har_writer_edges.moc"
