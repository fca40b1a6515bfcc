#include "analytics_stores.h"
#include "capture/capture_store.h"
#include "cli_run.h"
#include "node_peer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace mcpscope;
using namespace mcpscope::testing;

// `mcpscope-cli stats --json` over stores recorded from real traffic
// (server-everything under a load with known failures, the OAuth peers with
// expiring and revoked tokens, a server that rate-limits), every figure
// checked against this test's own computation from the raw `exchanges`,
// `exchange_bodies` and `messages` rows: never from call_facts, never
// through the product's analytics code. Percentiles by sorting (nearest
// rank).
class TestStatsRealTraffic : public QObject
{
    Q_OBJECT

    // One call as this test reads it from the raw rows.
    struct RawCall
    {
        QString label, tool;
        double ttfb = -1, total = -1;
        int outcome = 0; // CallOutcome's numbering (the contract): 0 success .. 6 no answer
        int status = 0;
        qint64 bytesIn = 0, bytesOut = 0;
        int authEvent = 0; // AuthEvent's numbering, 0 none
        qint64 retryAfterMs = -1, limit = -1, remaining = -1;
        QString errorCode; // exchanges.error_code ("aborted": the client cancelled it)
    };

    static QString outcomeId(int o)
    {
        static const char *ids[] = {"success",   "client_error", "server_error", "network_failure",
                                    "rpc_error", "tool_error",   "no_answer"};
        return QString::fromLatin1(ids[o]);
    }
    static QString authId(int a)
    {
        static const char *ids[] = {
            "none",           "unauthorized",  "insufficient_scope", "sign_in",    "refresh",
            "refresh_failed", "invalid_grant", "invalid_token",      "revocation", "token_expired"};
        return QString::fromLatin1(ids[a]);
    }

    static QByteArray header(const QByteArray &blob, const QByteArray &name)
    {
        for (const QByteArray &line : blob.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    static qint64 firstNumber(const QByteArray &value)
    {
        qsizetype i = 0;
        while (i < value.size() && !std::isdigit(uchar(value[i])))
            ++i;
        qsizetype j = i;
        while (j < value.size() && std::isdigit(uchar(value[j])))
            ++j;
        return j > i ? value.mid(i, j - i).toLongLong() : -1;
    }

    // Every settled exchange of the store, read with plain SQL.
    static QList<RawCall> rawCalls(const QString &path)
    {
        QList<RawCall> calls;
        const QString name = QStringLiteral("raw-") + path;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                return calls;
            // The JSON-RPC messages by exchange, and the answers by request.
            QMap<qint64, QPair<qint64, QJsonObject>> requestOf; // exchange -> (message id, payload)
            QMap<qint64, QJsonObject> answerTo;                 // request message id -> answer
            QMap<qint64, QString> answerKind;
            QSqlQuery m(db);
            m.exec(QStringLiteral("SELECT id, exchange_id, direction, kind, response_to, payload "
                                  "FROM messages ORDER BY id"));
            while (m.next()) {
                const QJsonObject payload =
                    QJsonDocument::fromJson(m.value(5).toByteArray()).object();
                const QString direction = m.value(2).toString(), kind = m.value(3).toString();
                // The exchange's first outgoing request, else its first
                // notification (message id 0: no answer to look for).
                const qint64 exchange = m.value(1).isNull() ? 0 : m.value(1).toLongLong();
                if (direction == u"out" && exchange && kind == u"request" &&
                    (!requestOf.contains(exchange) || requestOf.value(exchange).first == 0))
                    requestOf.insert(exchange, {m.value(0).toLongLong(), payload});
                if (direction == u"out" && exchange && kind == u"notification" &&
                    !requestOf.contains(exchange))
                    requestOf.insert(exchange, {0, payload});
                if (direction == u"in" && (kind == u"response" || kind == u"error") &&
                    !m.value(4).isNull()) {
                    answerTo.insert(m.value(4).toLongLong(), payload);
                    answerKind.insert(m.value(4).toLongLong(), kind);
                }
            }
            QSqlQuery q(db);
            q.exec(QStringLiteral(
                "SELECT e.id, e.state, e.method, e.url, e.status, e.request_size, e.response_size,"
                " e.ttfb_ms, e.total_ms, e.error_code, b.request_headers, b.request_body, "
                "b.response_headers,"
                " b.response_body FROM exchanges e LEFT JOIN exchange_bodies b ON b.exchange_id = "
                "e.id ORDER BY e.id"));
            while (q.next()) {
                const QString state = q.value(1).toString();
                if (state != u"complete" && state != u"failed")
                    continue;
                RawCall c;
                const qint64 id = q.value(0).toLongLong();
                const QUrl url(q.value(3).toString());
                c.status = q.value(4).toInt();
                c.bytesOut = q.value(5).toLongLong();
                c.bytesIn = q.value(6).toLongLong();
                c.ttfb = q.value(7).toDouble();
                c.total = q.value(8).toDouble();
                c.errorCode = q.value(9).toString();
                const QByteArray requestBody = q.value(11).toByteArray();
                const QByteArray responseHeaders = q.value(12).toByteArray();
                const QByteArray responseBody = q.value(13).toByteArray();
                qint64 requestMessage = 0;
                if (requestOf.contains(id)) {
                    requestMessage = requestOf.value(id).first;
                    const QJsonObject request = requestOf.value(id).second;
                    c.label = request.value(QStringLiteral("method")).toString();
                    const QJsonObject params = request.value(QStringLiteral("params")).toObject();
                    if (c.label == u"tools/call" || c.label == u"prompts/get")
                        c.tool = params.value(QStringLiteral("name")).toString();
                    else if (c.label == u"resources/read")
                        c.tool = params.value(QStringLiteral("uri")).toString();
                } else {
                    c.label = q.value(2).toString() + QLatin1Char(' ') + url.path();
                }
                // The status first, then the JSON-RPC answer to the request
                // when one came (even on a stream that broke off after it),
                // then a failed exchange.
                const bool answered = requestMessage && answerKind.contains(requestMessage);
                // Not failures: the client closing a stream after a 2xx, and
                // a 405 to the listening GET (no stream offered).
                const QString httpMethod = q.value(2).toString();
                const bool closedByClient = c.errorCode == u"aborted" && !requestOf.contains(id) &&
                                            ((c.status >= 200 && c.status < 300) ||
                                             (httpMethod == u"GET" && c.status == 0));
                const bool noListeningStream =
                    httpMethod == u"GET" && c.status == 405 && !requestOf.contains(id);
                if (closedByClient || noListeningStream)
                    c.outcome = 0;
                else if (c.status >= 500 && c.status < 600)
                    c.outcome = 2;
                else if (c.status >= 400 && c.status < 500)
                    c.outcome = 1;
                else if (answered && answerKind.value(requestMessage) == u"error")
                    c.outcome = 4;
                else if (answered && c.label == u"tools/call" &&
                         answerTo.value(requestMessage)
                             .value(QStringLiteral("result"))
                             .toObject()
                             .value(QStringLiteral("isError"))
                             .toBool())
                    c.outcome = 5;
                else if (!answered && state == u"failed")
                    c.outcome = 3;
                // Authentication events.
                const QUrlQuery form(QString::fromUtf8(requestBody));
                const QString grant = form.queryItemValue(QStringLiteral("grant_type"));
                const QString error = QJsonDocument::fromJson(responseBody)
                                          .object()
                                          .value(QStringLiteral("error"))
                                          .toString();
                const QByteArray challenge = header(responseHeaders, "WWW-Authenticate");
                const bool ok2xx = c.status >= 200 && c.status < 300;
                if (!grant.isEmpty()) {
                    if (grant == u"refresh_token")
                        c.authEvent = ok2xx ? 4 : 5;
                    else if (ok2xx)
                        c.authEvent = 3;
                    else if (error == u"invalid_grant")
                        c.authEvent = 6;
                } else if (form.hasQueryItem(QStringLiteral("token")) &&
                           (url.path().contains(QStringLiteral("revoke")) ||
                            url.path().contains(QStringLiteral("revocation")))) {
                    c.authEvent = 8;
                } else if (c.status == 401) {
                    if (challenge.contains("expired") || responseBody.contains("expired"))
                        c.authEvent = 9;
                    else if (challenge.contains("invalid_token"))
                        c.authEvent = 7;
                    else
                        c.authEvent = 1;
                } else if (c.status == 403 && challenge.contains("insufficient_scope")) {
                    c.authEvent = 2;
                }
                // Rate limits.
                if (c.status == 429 || c.status == 503) {
                    const QByteArray after = header(responseHeaders, "Retry-After");
                    if (!after.isEmpty())
                        c.retryAfterMs = after.toLongLong() * 1000;
                }
                QByteArray limit = header(responseHeaders, "RateLimit-Limit");
                if (limit.isEmpty())
                    limit = header(responseHeaders, "X-RateLimit-Limit");
                QByteArray remaining = header(responseHeaders, "RateLimit-Remaining");
                if (remaining.isEmpty())
                    remaining = header(responseHeaders, "X-RateLimit-Remaining");
                c.limit = limit.isEmpty() ? -1 : firstNumber(limit);
                c.remaining = remaining.isEmpty() ? -1 : firstNumber(remaining);
                calls << c;
            }
        }
        QSqlDatabase::removeDatabase(name);
        return calls;
    }

    // Nearest rank: the value at rank ceil(p/100 * n), 1-based, of the
    // sorted non-negative values.
    static QJsonObject percentiles(QList<double> values)
    {
        values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return v < 0; }),
                     values.end());
        std::sort(values.begin(), values.end());
        const qint64 n = values.size();
        const auto at = [&](qint64 p) {
            if (n == 0)
                return -1.0;
            const qint64 rank = (p * n + 99) / 100;
            return values.at(std::max<qint64>(rank, 1) - 1);
        };
        return {{QStringLiteral("count"), n},
                {QStringLiteral("p50"), at(50)},
                {QStringLiteral("p95"), at(95)},
                {QStringLiteral("p99"), at(99)},
                {QStringLiteral("max"), n ? values.last() : -1.0}};
    }

    // What a row of the table must say, for the calls of one series.
    static QJsonObject expectedRow(const QList<RawCall> &calls)
    {
        qint64 errors = 0, in = 0, out = 0;
        QList<double> total, ttfb;
        for (const RawCall &c : calls) {
            errors += c.outcome != 0;
            in += c.bytesIn;
            out += c.bytesOut;
            total << c.total;
            ttfb << c.ttfb;
        }
        return {
            {QStringLiteral("calls"), qint64(calls.size())},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("errorRate"), calls.isEmpty() ? 0.0 : double(errors) / calls.size()},
            {QStringLiteral("total"), percentiles(total)},
            {QStringLiteral("ttfb"), percentiles(ttfb)},
            {QStringLiteral("bytesIn"), in},
            {QStringLiteral("bytesOut"), out}};
    }

    static bool same(const QJsonValue &a, const QJsonValue &b)
    {
        if (a.isDouble() && b.isDouble())
            return std::abs(a.toDouble() - b.toDouble()) <=
                   1e-6 * std::max(1.0, std::abs(a.toDouble()));
        if (a.isObject() && b.isObject()) {
            const QJsonObject x = a.toObject(), y = b.toObject();
            for (auto it = y.begin(); it != y.end(); ++it)
                if (!same(x.value(it.key()), it.value()))
                    return false;
            return true;
        }
        return a == b;
    }
    static QByteArray show(const QJsonValue &v)
    {
        return v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    }

    // Runs stats --json on path (grouped by), compares every figure with
    // the raw computation and returns the CLI's answer.
    void checkStore(const QString &path, const QString &by, QJsonObject *answer = nullptr)
    {
        const CliRun run = runCli({QStringLiteral("stats"), QStringLiteral("--store"), path,
                                   QStringLiteral("--by"), by, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject stats = QJsonDocument::fromJson(run.out).object();
        if (answer)
            *answer = stats;
        const QList<RawCall> calls = rawCalls(path);
        m_lastRaw = calls;
        QVERIFY2(!calls.isEmpty(), qPrintable(path));

        // Totals.
        QJsonObject expectedTotals = expectedRow(calls);
        const QJsonObject totals = stats.value(QStringLiteral("totals")).toObject();
        QVERIFY2(same(totals, expectedTotals),
                 QByteArray(show(totals) + "\nexpected\n" + show(expectedTotals)).constData());

        // The table, a row per series.
        QMap<QString, QList<RawCall>> bySeries;
        for (const RawCall &c : calls)
            if (by == u"method" || !c.tool.isEmpty())
                bySeries[by == u"method" ? c.label : c.tool] << c;
        const QJsonArray rows = stats.value(QStringLiteral("series")).toArray();
        QCOMPARE(rows.size(), bySeries.size());
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const QString series = row.value(QStringLiteral("series")).toString();
            QVERIFY2(bySeries.contains(series), qPrintable(series));
            const QJsonObject expected = expectedRow(bySeries.value(series));
            QVERIFY2(same(row, expected),
                     QByteArray(show(row) + "\nexpected\n" + show(expected)).constData());
        }

        // Outcomes, authentication events, rate limits.
        QJsonObject outcomes, auth;
        for (int o = 0; o < 7; ++o)
            outcomes.insert(outcomeId(o), 0);
        for (int a = 1; a < 10; ++a)
            auth.insert(authId(a), 0);
        qint64 tooMany = 0, maxRetry = -1, minRemaining = -1, limit = -1;
        for (const RawCall &c : calls) {
            outcomes[outcomeId(c.outcome)] = outcomes.value(outcomeId(c.outcome)).toInteger() + 1;
            if (c.authEvent)
                auth[authId(c.authEvent)] = auth.value(authId(c.authEvent)).toInteger() + 1;
            tooMany += c.status == 429;
            maxRetry = std::max(maxRetry, c.retryAfterMs);
            if (c.remaining >= 0)
                minRemaining = minRemaining < 0 ? c.remaining : std::min(minRemaining, c.remaining);
            limit = std::max(limit, c.limit);
        }
        const QJsonObject rateLimit{{QStringLiteral("tooMany"), tooMany},
                                    {QStringLiteral("maxRetryAfterMs"), maxRetry},
                                    {QStringLiteral("minRemaining"), minRemaining},
                                    {QStringLiteral("limit"), limit}};
        const QJsonObject gotOutcomes = stats.value(QStringLiteral("outcomes")).toObject();
        QVERIFY2(same(gotOutcomes, outcomes),
                 QByteArray(show(gotOutcomes) + "\nexpected\n" + show(outcomes)).constData());
        const QJsonObject gotAuth = stats.value(QStringLiteral("auth")).toObject();
        QVERIFY2(same(gotAuth, auth),
                 QByteArray(show(gotAuth) + "\nexpected\n" + show(auth)).constData());
        const QJsonObject gotRate = stats.value(QStringLiteral("rateLimit")).toObject();
        QVERIFY2(same(gotRate, rateLimit),
                 QByteArray(show(gotRate) + "\nexpected\n" + show(rateLimit)).constData());
    }

    static int countOutcome(const QList<RawCall> &calls, int outcome)
    {
        return int(std::count_if(calls.begin(), calls.end(),
                                 [outcome](const RawCall &c) { return c.outcome == outcome; }));
    }
    static int countAuth(const QList<RawCall> &calls, int event)
    {
        return int(std::count_if(calls.begin(), calls.end(),
                                 [event](const RawCall &c) { return c.authEvent == event; }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why =
            m_everything.start(everythingServerScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // server-everything under a load: failing tools (a tool that throws,
    // an unknown tool), a slow one; figures by method and by tool.
    void everythingUnderLoad()
    {
        const QString path = m_dir.filePath(QStringLiteral("everything.sqlite"));
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            QString why;
            QVERIFY2(recordEverythingLoad(
                         store, QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()),
                         4, false, &why),
                     qPrintable(why));
        }
        checkStore(path, QStringLiteral("method"));
        if (QTest::currentTestFailed())
            return;
        // The known failures are in the store, so the check compared them.
        QVERIFY2(countOutcome(m_lastRaw, 5) >= 4, "get-resource-reference's isError results");
        QVERIFY2(countOutcome(m_lastRaw, 4) + countOutcome(m_lastRaw, 5) >= 8,
                 "the unknown tool's failures");
        QJsonObject byTool;
        checkStore(path, QStringLiteral("tool"), &byTool);
        if (QTest::currentTestFailed())
            return;
        for (const QJsonValue &v : byTool.value(QStringLiteral("series")).toArray()) {
            const QJsonObject row = v.toObject();
            if (row.value(QStringLiteral("series")).toString() ==
                u"trigger-long-running-operation") {
                QCOMPARE(row.value(QStringLiteral("calls")).toInt(), 4);
                QVERIFY2(row.value(QStringLiteral("total"))
                                 .toObject()
                                 .value(QStringLiteral("p50"))
                                 .toDouble() >= 250,
                         show(row).constData());
            }
            if (row.value(QStringLiteral("series")).toString() == u"get-resource-reference")
                QCOMPARE(row.value(QStringLiteral("errorRate")).toDouble(), 1.0);
        }

        // errors>2% is crossed on this store: exit 7, the crossing listed.
        // (Half-second windows: the recording lasts seconds, and only whole
        // windows are judged.)
        const CliRun failed =
            runCli({QStringLiteral("stats"), QStringLiteral("--store"), path,
                    QStringLiteral("--fail-on"), QStringLiteral("errors>2%"),
                    QStringLiteral("--window"), QStringLiteral("500ms"), QStringLiteral("--json")});
        QVERIFY2(failed.exitCode == 7, failed.err.constData());
        const QJsonArray crossings = QJsonDocument::fromJson(failed.out)
                                         .object()
                                         .value(QStringLiteral("crossings"))
                                         .toArray();
        QVERIFY2(!crossings.isEmpty(), failed.out.constData());
        QCOMPARE(crossings.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("analytics.error_rate"));
        // The human table names the series and the crossing.
        const CliRun table =
            runCli({QStringLiteral("stats"), QStringLiteral("--store"), path,
                    QStringLiteral("--fail-on"), QStringLiteral("errors>2%@500ms")});
        QCOMPARE(table.exitCode, 7);
        QVERIFY2(table.out.contains("tools/call") && table.out.contains("p95"),
                 table.out.constData());
    }

    // The same server without failures: errors>2% is not crossed.
    void cleanStorePasses()
    {
        const QString path = m_dir.filePath(QStringLiteral("clean.sqlite"));
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            QString why;
            QVERIFY2(recordEverythingLoad(
                         store, QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()),
                         2, true, &why),
                     qPrintable(why));
        }
        checkStore(path, QStringLiteral("method"));
        if (QTest::currentTestFailed())
            return;
        // The server failed nothing, and what the client cancelled itself
        // (the listening GET stream closed at the session's end, state
        // failed, error "aborted" after a 200) is no failure either.
        for (const RawCall &c : m_lastRaw)
            QVERIFY2(c.outcome == 0, qPrintable(c.label + QLatin1Char(' ') + c.errorCode));
        QVERIFY2(std::any_of(m_lastRaw.cbegin(), m_lastRaw.cend(),
                             [](const RawCall &c) { return c.errorCode == u"aborted"; }),
                 "the recording has no stream the client closed: the check above proves less");
        const CliRun run = runCli({QStringLiteral("stats"), QStringLiteral("--store"), path,
                                   QStringLiteral("--fail-on"), QStringLiteral("errors>2%"),
                                   QStringLiteral("--window"), QStringLiteral("20ms")});
        // 20 ms windows: the recording lasts about a tenth of a second, and
        // only whole windows are judged (a longer window would judge none).
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    }

    // The OAuth peers with 2-second tokens: sign-ins, a refresh, a refused
    // refresh, a revocation, refused tokens.
    void oauthLifecycle()
    {
        NodePeer oidc;
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
        env.insert(QStringLiteral("TOKEN_TTL"), QStringLiteral("2"));
        QString why = oidc.start(oidcServersScript(), {}, env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString path = m_dir.filePath(QStringLiteral("oauth.sqlite"));
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            QVERIFY2(recordOAuthLifecycle(
                         store, QStringLiteral("http://127.0.0.1:%1/mcp").arg(oidc.port()), &why),
                     qPrintable(why));
        }
        checkStore(path, QStringLiteral("method"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(countAuth(m_lastRaw, 3) >= 2); // sign-ins: the first 401's, the revoked token's
        QVERIFY(countAuth(m_lastRaw, 4) >= 1); // refresh
        QVERIFY(countAuth(m_lastRaw, 5) >= 1); // the spent refresh token
        QVERIFY(countAuth(m_lastRaw, 8) >= 1); // revocation
        QVERIFY(countAuth(m_lastRaw, 1) + countAuth(m_lastRaw, 7) + countAuth(m_lastRaw, 9) >= 3);
    }

    // The rate-limiting fixture: a quota of 5 calls, 8 made.
    void rateLimited()
    {
        NodePeer limited;
        QProcessEnvironment env;
        env.insert(QStringLiteral("RATE_LIMIT"), QStringLiteral("5"));
        env.insert(QStringLiteral("RETRY_AFTER"), QStringLiteral("7"));
        QString why = limited.start(rateLimitedServerScript(), {}, env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString path = m_dir.filePath(QStringLiteral("limited.sqlite"));
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            QVERIFY2(
                recordRateLimited(
                    store, QStringLiteral("http://127.0.0.1:%1/mcp").arg(limited.port()), 8, &why),
                qPrintable(why));
        }
        QJsonObject stats;
        checkStore(path, QStringLiteral("method"), &stats);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject rate = stats.value(QStringLiteral("rateLimit")).toObject();
        QCOMPARE(rate.value(QStringLiteral("tooMany")).toInt(), 3);
        QCOMPARE(rate.value(QStringLiteral("maxRetryAfterMs")).toInt(), 7000);
        QCOMPARE(rate.value(QStringLiteral("minRemaining")).toInt(), 0);
        QCOMPARE(rate.value(QStringLiteral("limit")).toInt(), 5);
        // Every quota is used: ratelimit>80% is crossed.
        const CliRun run = runCli({QStringLiteral("stats"), QStringLiteral("--store"), path,
                                   QStringLiteral("--fail-on"), QStringLiteral("ratelimit>80%"),
                                   QStringLiteral("--window"), QStringLiteral("20ms")});
        QVERIFY2(run.exitCode == 7, QByteArray(run.out + run.err).constData());
    }

    void badInput()
    {
        const CliRun missing = runCli({QStringLiteral("stats"), QStringLiteral("--store"),
                                       m_dir.filePath(QStringLiteral("nowhere.sqlite"))});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY2(missing.err.contains("nowhere.sqlite"), missing.err.constData());
        const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
        {
            CaptureStore store;
            QVERIFY(store.open(empty));
        }
        const CliRun none = runCli({QStringLiteral("stats"), QStringLiteral("--store"), empty});
        QVERIFY2(none.exitCode == 0, none.err.constData());
        QVERIFY2(none.out.contains("no calls"), none.out.constData());
        const CliRun window = runCli({QStringLiteral("stats"), QStringLiteral("--store"), empty,
                                      QStringLiteral("--window"), QStringLiteral("5 parsecs")});
        QCOMPARE(window.exitCode, 1);
        QVERIFY2(window.err.contains("--window"), window.err.constData());
        const CliRun failOn = runCli({QStringLiteral("stats"), QStringLiteral("--store"), empty,
                                      QStringLiteral("--fail-on"), QStringLiteral("latency>>3")});
        QCOMPARE(failOn.exitCode, 1);
        QVERIFY2(failOn.err.contains("latency>>3"), failOn.err.constData());
        const CliRun by = runCli({QStringLiteral("stats"), QStringLiteral("--store"), empty,
                                  QStringLiteral("--by"), QStringLiteral("colour")});
        QCOMPARE(by.exitCode, 1);
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_everything;
    QList<RawCall> m_lastRaw;
};

QTEST_GUILESS_MAIN(TestStatsRealTraffic)
#include "tst_stats_real_traffic.moc"
