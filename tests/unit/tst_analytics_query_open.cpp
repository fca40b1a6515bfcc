#include "analytics/analytics_query.h"
#include "capture/capture_schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

// AnalyticsQuery (analytics/analytics_query.cpp) refusing what it cannot
// read: a store written by a newer McpScope, one without call facts, a file
// that is no store, and every query asked before a store is open.
class TestAnalyticsQueryOpen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A SQLite file with the given user_version and, when asked, an (empty)
    // call_facts table.
    QString store(const QString &name, int version, bool callFacts)
    {
        const QString path = m_dir.filePath(name);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open())
                return {};
            QSqlQuery q(db);
            q.exec(QStringLiteral("CREATE TABLE other (x INTEGER)"));
            if (callFacts)
                q.exec(QStringLiteral("CREATE TABLE call_facts (x INTEGER)"));
            q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return path;
    }

private Q_SLOTS:
    void newerSchemaIsRefused()
    {
        const int newer = CaptureSchema::latestVersion() + 1;
        const QString path = store(QStringLiteral("newer.db"), newer, true);
        QVERIFY(!path.isEmpty());
        AnalyticsQuery query;
        const Result<void> opened = query.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::StoreVersion);
        QVERIFY2(opened.error().message.contains(
                     QStringLiteral("newer McpScope (schema %1)").arg(newer)),
                 qPrintable(opened.error().message));
        QVERIFY(!query.isOpen());
    }

    void storeWithoutCallFactsIsRefused()
    {
        const QString path = store(QStringLiteral("old.db"), CaptureSchema::latestVersion(), false);
        AnalyticsQuery query;
        const Result<void> opened = query.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::StoreVersion);
        QVERIFY2(opened.error().message.contains(QStringLiteral("no call facts")),
                 qPrintable(opened.error().message));
        QVERIFY(!query.isOpen());
    }

    void fileWithoutSchemaIsRefused()
    {
        const QString path = store(QStringLiteral("plain.db"), 0, true);
        AnalyticsQuery query;
        const Result<void> opened = query.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::StoreOpen);
        QVERIFY(!query.isOpen());
    }

    void queriesBeforeOpenFail()
    {
        AnalyticsQuery query;
        const AnalyticsScope scope;
        const auto dashboard = query.dashboard(scope, GroupBy::Label);
        QVERIFY(!dashboard);
        QCOMPARE(dashboard.error().code, ErrorCode::StoreRead);
        const auto table = query.table(scope, GroupBy::Tool);
        QVERIFY(!table);
        QCOMPARE(table.error().code, ErrorCode::StoreRead);
        const auto percentiles = query.percentiles(scope, LatencyKind::Total);
        QVERIFY(!percentiles);
        QCOMPARE(percentiles.error().code, ErrorCode::StoreRead);
        const auto ids = query.exchangeIds(scope);
        QVERIFY(!ids);
        QCOMPARE(ids.error().code, ErrorCode::StoreRead);
        QCOMPARE(ids.error().message, QStringLiteral("The analytics store is not open."));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsQueryOpen)
#include "tst_analytics_query_open.moc"
