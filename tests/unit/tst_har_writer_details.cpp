#include "capture/capture_store.h"
#include "export/har_writer.h"
#include "test_store.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// Details of the HAR writer (export/har_writer.h) the peer tests do not
// reach: response cookies with every attribute, control characters in
// strings, a later round of a multi round-trip call, and McpScope's own JSON
// export with its three scopes.
class TestHarWriterDetails : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_session = 0, m_other = 0;
    qint64 m_exchange = 0, m_otherExchange = 0;
    qint64 m_first = 0, m_retry = 0;

    static QJsonObject entryOf(const QJsonObject &har, qint64 exchangeId)
    {
        for (const QJsonValue &e : har.value(u"log").toObject().value(u"entries").toArray())
            if (e.toObject().value(u"_mcpscope").toObject().value(u"exchangeId").toInteger() ==
                exchangeId)
                return e.toObject();
        return {};
    }
    // Every object anywhere in value that has member key.
    static void collect(const QJsonValue &value, const QString &key, QList<QJsonObject> *out)
    {
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            if (o.contains(key))
                *out << o;
            for (const QJsonValue &v : o)
                collect(v, key, out);
        } else if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                collect(v, key, out);
        }
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("har.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(m_path));
        m_session = store.createSession(QStringLiteral("s"), QStringLiteral("http://127.0.0.1/mcp"),
                                        QStringLiteral("mcp"), 1000);
        m_other = store.createSession(QStringLiteral("o"), QStringLiteral("http://127.0.0.1/mcp"),
                                      QStringLiteral("mcp"), 2000);
        Exchange e = makeExchange(store.reserveExchangeId());
        e.sessionId = m_session;
        e.responseHeaders = {{"Content-Type", "application/json"},
                             {"Set-Cookie",
                              "theme=dark; Path=/app; Domain=example.com; Expires=Wed, 21 Oct 2026 "
                              "07:28:00 GMT; Secure; HttpOnly\nlang=de; Expires=not a date"},
                             {"X-Note", "tab\there\rcr\x01"
                                        "end"}};
        store.record(e);
        m_exchange = e.id;
        Exchange other = makeExchange(store.reserveExchangeId());
        other.sessionId = m_other;
        store.record(other);
        m_otherExchange = other.id;

        const auto message = [&](qint64 session, qint64 exchange, bool outgoing, const char *kind,
                                 const QByteArray &payload, qint64 roundOf, qint64 responseTo) {
            MessageRecord m;
            m.id = store.reserveMessageId();
            m.sessionId = session;
            m.exchangeId = exchange;
            m.outgoing = outgoing;
            m.kind = QString::fromLatin1(kind);
            m.rpcId = QStringLiteral("1");
            m.method = outgoing ? QStringLiteral("tools/call") : QString();
            m.payload = payload;
            m.atMs = 1500;
            m.roundOf = roundOf;
            m.responseTo = responseTo;
            store.recordMessage(m);
            return m.id;
        };
        m_first = message(m_session, m_exchange, true, "request",
                          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\"}", 0, 0);
        m_retry = message(m_session, m_exchange, true, "request",
                          "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\"}", m_first, 0);
        message(m_other, m_otherExchange, false, "response", "not json at all", 0, 0);
        store.flush();
    }

    void responseCookiesAndControlCharacters()
    {
        HarWriter writer;
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        const auto written = writer.write(m_path, ExportScope{{m_session}, {}}, out);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(writer.exchangesWritten(), 1);
        QJsonParseError error;
        const QJsonObject har = QJsonDocument::fromJson(out.data(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject entry = entryOf(har, m_exchange);
        QVERIFY(!entry.isEmpty());
        const QJsonArray cookies = entry.value(u"response").toObject().value(u"cookies").toArray();
        QCOMPARE(cookies.size(), 2);
        const QJsonObject theme = cookies.at(0).toObject();
        QCOMPARE(theme.value(u"name").toString(), QStringLiteral("theme"));
        QCOMPARE(theme.value(u"path").toString(), QStringLiteral("/app"));
        QCOMPARE(theme.value(u"domain").toString(), QStringLiteral("example.com"));
        QCOMPARE(theme.value(u"expires").toString(), QStringLiteral("2026-10-21T07:28:00.000Z"));
        QCOMPARE(theme.value(u"secure").toBool(), true);
        QCOMPARE(theme.value(u"httpOnly").toBool(), true);
        // An expiry that is no date is left out.
        QCOMPARE(cookies.at(1).toObject().value(u"name").toString(), QStringLiteral("lang"));
        QVERIFY(!cookies.at(1).toObject().contains(u"expires"));
        QVERIFY(!cookies.at(1).toObject().contains(u"secure"));

        // Tab, CR and a control byte are escaped, and read back as they were.
        QVERIFY(out.data().contains("tab\\there\\rcr\\u0001end"));
        bool found = false;
        for (const QJsonValue &h : entry.value(u"response").toObject().value(u"headers").toArray())
            if (h.toObject().value(u"name").toString() == u"X-Note") {
                QCOMPARE(h.toObject().value(u"value").toString(), QStringLiteral("tab\there\rcr\x01"
                                                                                 "end"));
                found = true;
            }
        QVERIFY(found);

        // The retry names the first round; the first names none.
        QList<QJsonObject> messages;
        collect(har, QStringLiteral("payload"), &messages);
        QCOMPARE(messages.size(), 2);
        QVERIFY(!messages.at(0).contains(u"roundOf"));
        QCOMPARE(messages.at(1).value(u"roundOf").toInteger(), m_first);
    }

    void jsonExportScopes()
    {
        const auto run = [&](const ExportScope &scope) {
            ExportRedactor redactor;
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            const auto written = writeJsonExport(m_path, scope, redactor, out);
            return written ? QJsonDocument::fromJson(out.data()).object() : QJsonObject();
        };
        const QJsonObject whole = run({});
        QCOMPARE(whole.value(u"exchanges").toArray().size(), 2);
        QCOMPARE(whole.value(u"messages").toArray().size(), 3);
        // A message that is not JSON is kept as its text.
        bool text = false;
        for (const QJsonValue &m : whole.value(u"messages").toArray())
            if (m.toObject().value(u"payload").toString() == u"not json at all") {
                QCOMPARE(m.toObject().value(u"direction").toString(), QStringLiteral("in"));
                QCOMPARE(m.toObject().value(u"exchange").toInteger(), m_otherExchange);
                text = true;
            }
        QVERIFY(text);

        const QJsonObject session = run({{m_other}, {}});
        QCOMPARE(session.value(u"exchanges").toArray().size(), 1);
        QCOMPARE(session.value(u"messages").toArray().size(), 1);

        // Exchanges alone: the messages they carried.
        const QJsonObject exchanges = run({{}, {m_exchange}});
        QCOMPARE(exchanges.value(u"exchanges").toArray().size(), 1);
        const QJsonArray carried = exchanges.value(u"messages").toArray();
        QCOMPARE(carried.size(), 2);
        QCOMPARE(carried.at(0).toObject().value(u"direction").toString(), QStringLiteral("out"));
        QCOMPARE(carried.at(0).toObject().value(u"method").toString(),
                 QStringLiteral("tools/call"));

        // A store that cannot be opened is an error, and nothing is written.
        ExportRedactor redactor;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(
            !writeJsonExport(m_dir.filePath(QStringLiteral("none/x.sqlite")), {}, redactor, out));
        QVERIFY(out.data().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHarWriterDetails)
#include "tst_har_writer_details.moc"
