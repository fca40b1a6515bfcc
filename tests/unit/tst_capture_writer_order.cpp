// The capture writer when rows arrive out of order: a replay link to an
// exchange not written yet waits for it (rows written meanwhile do not take
// it), and a message carried by an exchange not written yet gets its call
// fact once the exchange is written.
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "test_store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestCaptureWriterOrder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
    }

    static QList<QVariantList> rowsOf(const QString &path, const QString &sql, int columns)
    {
        const QString name = QStringLiteral("rows");
        QList<QVariantList> out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql))
                    while (q.next()) {
                        QVariantList row;
                        for (int i = 0; i < columns; ++i)
                            row << q.value(i);
                        out << row;
                    }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aLinkWaitsForItsExchange()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        const Exchange original = makeExchange(store.reserveExchangeId());
        store.record(original);
        const Exchange replayed = makeExchange(store.reserveExchangeId());
        // Linked before it is written (a replay links as it sends).
        store.linkReplay(ExchangeSink::ReplayLink::Exchange, replayed.id, original.id);
        const Exchange unrelated = makeExchange(store.reserveExchangeId());
        store.record(unrelated);
        store.flush();
        QCOMPARE(rowsOf(path,
                        QStringLiteral("SELECT id, IFNULL(replay_of, 0) FROM exchanges ORDER "
                                       "BY id"),
                        2),
                 (QList<QVariantList>{{original.id, 0}, {unrelated.id, 0}}));
        store.record(replayed);
        store.flush();
        QCOMPARE(
            rowsOf(path,
                   QStringLiteral("SELECT id, IFNULL(replay_of, 0) FROM exchanges ORDER "
                                  "BY id"),
                   2),
            (QList<QVariantList>{{original.id, 0}, {replayed.id, original.id}, {unrelated.id, 0}}));
    }

    void aMessageBeforeItsExchangeGetsItsFactWithIt()
    {
        const QString path = freshPath();
        CaptureStore store;
        QVERIFY(store.open(path));
        Exchange e = makeExchange(store.reserveExchangeId());
        e.requestBody = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":"
                        "{\"name\":\"echo\"}}";
        MessageRecord request;
        request.id = store.reserveMessageId();
        request.exchangeId = e.id;
        request.kind = QStringLiteral("request");
        request.rpcId = QStringLiteral("1");
        request.method = QStringLiteral("tools/call");
        request.payload = e.requestBody;
        request.atMs = e.startedAtMs;
        store.recordMessage(request);
        store.waitForFacts();
        // No exchange row yet: no fact, and no failure.
        QCOMPARE(rowsOf(path, QStringLiteral("SELECT COUNT(*) FROM call_facts"), 1).first().first(),
                 0);
        store.record(e);
        store.waitForFacts();
        QCOMPARE(
            rowsOf(path, QStringLiteral("SELECT exchange_id, label, tool FROM call_facts"), 3),
            (QList<QVariantList>{{e.id, QStringLiteral("tools/call"), QStringLiteral("echo")}}));
    }
};

QTEST_GUILESS_MAIN(TestCaptureWriterOrder)
#include "tst_capture_writer_order.moc"
