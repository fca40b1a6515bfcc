#include "capture/capture_reader.h"
#include "capture/capture_store.h"

#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

// A process writing captures is killed with SIGKILL mid-stream. The store must
// pass PRAGMA integrity_check and hold every exchange the writer had reported
// committed before it died.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesSigkill_data()
    {
        QTest::addColumn<int>("killAfterCommits");
        QTest::newRow("early") << 3;
        QTest::newRow("mid-stream") << 40;
    }

    void survivesSigkill()
    {
        QFETCH(int, killAfterCommits);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        QProcess child;
        child.start(QStringLiteral(CRASH_WRITER), {path});
        QVERIFY(child.waitForStarted(5000));

        QSet<qint64> reported;
        QByteArray pending;
        int commits = 0;
        // Only complete lines are reports; a line torn by the kill is not.
        auto consumeLines = [&] {
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> parts = pending.left(newline).split(' ');
                pending.remove(0, newline + 1);
                if (parts.first() != "committed")
                    continue;
                for (qsizetype i = 1; i < parts.size(); ++i)
                    reported.insert(parts.at(i).toLongLong());
                ++commits;
            }
        };
        while (commits < killAfterCommits) {
            QVERIFY2(child.waitForReadyRead(20000), "writer reported no commit");
            pending += child.readAllStandardOutput();
            consumeLines();
        }
        child.kill(); // SIGKILL: no destructor, no drain
        QVERIFY(child.waitForFinished(5000));
        pending += child.readAllStandardOutput();
        consumeLines();
        QVERIFY(reported.size() > 0);

        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QSet<qint64> stored;
            QVERIFY(q.exec(QStringLiteral(
                "SELECT e.id FROM exchanges e JOIN exchange_bodies b ON b.exchange_id = e.id")));
            while (q.next())
                stored.insert(q.value(0).toLongLong());
            const QSet<qint64> lost = reported - stored;
            QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("%1 of %2 reported exchanges lost")
                                                    .arg(lost.size())
                                                    .arg(reported.size())));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        // And the store opens again for writing, continuing after the last id.
        CaptureStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.reserveExchangeId() > *std::max_element(reported.cbegin(), reported.cend()));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
