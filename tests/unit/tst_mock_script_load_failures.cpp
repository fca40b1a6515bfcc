#include "capture/capture_store.h"
#include "replay/mock_server.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

// Loading a mock's script (replay/mock_script.h) from a store whose tables
// another program renamed: the user learns which part could not be read.
class TestMockScriptLoadFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    // A store with one session that asked and was answered; then sql.
    QString storeThen(const QString &sql, qint64 *session)
    {
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
        {
            CaptureStore store;
            if (!store.open(path))
                return {};
            *session = store.createSession(QStringLiteral("s"), QStringLiteral("http://h/mcp"),
                                           QStringLiteral("mcp"), 1000);
            for (const bool outgoing : {true, false}) {
                MessageRecord m;
                m.id = store.reserveMessageId();
                m.sessionId = *session;
                m.outgoing = outgoing;
                m.kind = outgoing ? QStringLiteral("request") : QStringLiteral("response");
                m.rpcId = QStringLiteral("1");
                m.method = outgoing ? QStringLiteral("tools/list") : QString();
                m.payload = outgoing ? "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}"
                                     : "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":[]}}";
                store.recordMessage(m);
            }
            store.flush();
        }
        bool ok = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path);
            ok = db.open() && QSqlQuery(db).exec(sql);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return ok ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sessionsRenamed()
    {
        qint64 session = 0;
        const QString path =
            storeThen(QStringLiteral("ALTER TABLE sessions RENAME TO gone"), &session);
        QVERIFY(!path.isEmpty());
        const auto loaded = MockScript::load(path, session);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::StoreRead);
        QCOMPARE(loaded.error().message,
                 QStringLiteral("Reading sessions from the capture store failed: no such table: "
                                "sessions Unable to execute statement"));
    }

    void messagesRenamed()
    {
        qint64 session = 0;
        const QString path =
            storeThen(QStringLiteral("ALTER TABLE messages RENAME TO gone"), &session);
        QVERIFY(!path.isEmpty());
        const auto loaded = MockScript::load(path, session);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::StoreRead);
        QVERIFY2(loaded.error().message.startsWith(
                     QStringLiteral("Reading messages from the capture store failed: ")),
                 qPrintable(loaded.error().message));
    }

    // The same store unchanged loads: one answered request.
    void unchangedLoads()
    {
        qint64 session = 0;
        const QString path = storeThen(QStringLiteral("SELECT 1"), &session);
        QVERIFY(!path.isEmpty());
        const auto loaded = MockScript::load(path, session);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded->exchanges().size(), 1);
        QCOMPARE(loaded->exchanges().first().method, QStringLiteral("tools/list"));
    }
};

QTEST_GUILESS_MAIN(TestMockScriptLoadFailures)
#include "tst_mock_script_load_failures.moc"
