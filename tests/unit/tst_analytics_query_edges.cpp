// AnalyticsQuery at the edges of its input: calls of no session (stored as
// NULL or 0), clocks before 1970 (buckets floor towards minus infinity), a
// bucket width too small for the span (widened to at most 10,000 buckets),
// rate-limit limits without a remaining count, and spans of years.
#include "analytics/analytics_query.h"
#include "call_facts_testing.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestAnalyticsQueryEdges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString storeWith(const QList<FactRow> &rows, const QStringList &then = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("facts-%1.sqlite").arg(++m_serial));
        if (!createFactsStore(path) || !insertFacts(path, rows))
            return {};
        bool ok = true;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edges"));
            db.setDatabaseName(path);
            ok = db.open();
            for (const QString &sql : then) {
                QSqlQuery q(db);
                if (ok && !q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    ok = false;
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edges"));
        return ok ? path : QString();
    }

    static FactRow fact(qint64 sessionId, qint64 atMs, qint64 exchangeId)
    {
        FactRow r;
        r.sessionId = sessionId;
        r.atMs = atMs;
        r.exchangeId = exchangeId;
        r.totalMs = 10;
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void callsOfNoSessionAreScopedBySessionZero()
    {
        // Two calls of no session (one stored as 0, one as NULL), one of
        // session 1.
        const QString path =
            storeWith({fact(0, 1000, 1), fact(0, 2000, 2), fact(1, 3000, 3)},
                      {QStringLiteral("UPDATE call_facts SET session_id = NULL WHERE "
                                      "exchange_id = 2")});
        QVERIFY(!path.isEmpty());
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        AnalyticsScope none;
        none.sessionIds = {0};
        const auto d = query.dashboard(none, GroupBy::Label);
        QVERIFY(d);
        QCOMPARE(d->calls, 2);
        QCOMPARE(d->fromMs, 1000);
        QCOMPARE(d->toMs, 2001);
        AnalyticsScope both;
        both.sessionIds = {0, 1};
        QCOMPARE(query.dashboard(both, GroupBy::Label)->calls, 3);
        AnalyticsScope one;
        one.sessionIds = {1};
        QCOMPARE(query.dashboard(one, GroupBy::Label)->calls, 1);
    }

    void bucketsBefore1970FloorDown()
    {
        const QString path = storeWith({fact(1, -1500, 1), fact(1, -500, 2), fact(1, 500, 3)});
        QVERIFY(!path.isEmpty());
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        const auto d = query.dashboard(AnalyticsScope{}, GroupBy::Label, 1000);
        QVERIFY(d);
        QCOMPARE(d->bucketMs, 1000);
        QList<qint64> starts, calls;
        for (const OutcomePoint &p : d->outcomes) {
            starts << p.bucketStartMs;
            calls << p.byOutcome[0];
        }
        QCOMPARE(starts, (QList<qint64>{-2000, -1000, 0}));
        QCOMPARE(calls, (QList<qint64>{1, 1, 1}));
    }

    void aBucketTooNarrowForTheSpanIsWidened()
    {
        // 1,000,001 ms from the first call to the last: 1 ms buckets would
        // be a million; at most 10,000 are drawn.
        const QString path = storeWith({fact(1, 0, 1), fact(1, 1000000, 2)});
        QVERIFY(!path.isEmpty());
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        const auto d = query.dashboard(AnalyticsScope{}, GroupBy::Label, 1);
        QVERIFY(d);
        QCOMPARE(d->bucketMs, 101);
        QCOMPARE(d->outcomes.size(), 9901);
        QCOMPARE(d->outcomes.last().bucketStartMs, 9900 * 101);
        QCOMPARE(d->outcomes.last().byOutcome[0], 1);
    }

    void aLimitWithoutRemainingKeepsTheLargest()
    {
        // One bucket: two answers naming a limit but no remaining count,
        // then (another bucket) one with both.
        FactRow a = fact(1, 0, 1), b = fact(1, 10, 2), c = fact(1, 120000, 3);
        a.rlLimit = 100;
        b.rlLimit = 250;
        c.rlLimit = 50;
        c.rlRemaining = 5;
        const QString path = storeWith({a, b, c});
        QVERIFY(!path.isEmpty());
        AnalyticsQuery query;
        QVERIFY(query.open(path));
        const auto d = query.dashboard(AnalyticsScope{}, GroupBy::Label, 60000);
        QVERIFY(d);
        QCOMPARE(d->rateLimit.size(), 3);
        QCOMPARE(d->rateLimit.at(0).limit, 250);
        QCOMPARE(d->rateLimit.at(0).minRemaining, -1);
        QCOMPARE(d->rateLimit.at(1).limit, -1); // no calls
        QCOMPARE(d->rateLimit.at(2).limit, 50);
        QCOMPARE(d->rateLimit.at(2).minRemaining, 5);
    }

    void bucketsOfSpansBeyondFiveYearsAreWholeMonths()
    {
        constexpr qint64 day = 24 * 3600 * 1000LL;
        // 60 buckets of at least span / 60; beyond 30-day steps, whole
        // 30-day multiples.
        QCOMPARE(AnalyticsQuery::niceBucketMs(60 * 30 * day), 30 * day);
        QCOMPARE(AnalyticsQuery::niceBucketMs(60 * 30 * day + 60), 60 * day);
        QCOMPARE(AnalyticsQuery::niceBucketMs(60 * 45 * day), 60 * day);
        QCOMPARE(AnalyticsQuery::niceBucketMs(60 * 95 * day), 120 * day);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsQueryEdges)
#include "tst_analytics_query_edges.moc"
