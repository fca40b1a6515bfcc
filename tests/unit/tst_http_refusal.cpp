#include "error_code_testing.h"
#include "mcp/http_refusal.h"
#include "mcp/json_rpc.h"

#include <QTest>

using namespace mcpscope;

// The plain words for HTTP refusals, Retry-After, odd answers, and the scan
// that pins a broken answer on its request.
class TestHttpRefusal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("ms"); // -1: nothing
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray(" 0 ") << qint64(0);
        QTest::newRow("HTTP-date 90 s on")
            << QByteArray("Sun, 29 Nov 2026 12:01:30 GMT") << qint64(90000);
        QTest::newRow("HTTP-date past") << QByteArray("Sun, 29 Nov 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("huge, bounded to a year")
            << QByteArray("9223372036854775807") << qint64(365LL * 24 * 3600 * 1000);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("junk") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, ms);
        const QDateTime now(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter(value, now).value_or(-1), ms);
    }

    void authorizationRefusal_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<QStringList>("says");
        QTest::newRow("expired")
            << 401
            << QByteArray(
                   "Bearer error=\"invalid_token\", error_description=\"The access token expired\"")
            << QStringList{QStringLiteral("\"The access token expired\""),
                           QStringLiteral("the access token expired"),
                           QStringLiteral("refresh it")};
        QTest::newRow("audience")
            << 401
            << QByteArray(
                   "Bearer error=\"invalid_token\", error_description=\"Token audience mismatch\"")
            << QStringList{QStringLiteral("another resource"), QStringLiteral("RFC 8707")};
        QTest::newRow("revoked") << 401 << QByteArray("Bearer error=\"invalid_token\"")
                                 << QStringList{QStringLiteral("error \"invalid_token\"."),
                                                QStringLiteral("revoked")};
        QTest::newRow("scope") << 403
                               << QByteArray(
                                      "Bearer error=\"insufficient_scope\", scope=\"files:write\"")
                               << QStringList{QStringLiteral("lacks the scope \"files:write\""),
                                              QStringLiteral("step-up")};
        QTest::newRow("no error")
            << 401 << QByteArray("Bearer resource_metadata=\"https://x/.well-known/p\"")
            << QStringList{QStringLiteral("HTTP 401."), QStringLiteral("requires authorization")};
    }
    void authorizationRefusal()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, challenge);
        QFETCH(QStringList, says);
        const QString text = explainAuthorizationRefusal(status, {{"WWW-Authenticate", challenge}},
                                                         QStringLiteral("tools/call"));
        for (const QString &part : says)
            QVERIFY2(text.contains(part), qPrintable(text));
    }

    void rateLimited()
    {
        Exchange e;
        e.status = 429;
        e.responseHeaders = {{"Retry-After", "7"}};
        const RequestFailure f = explainHttpRefusal(e, QStringLiteral("tools/call"));
        QCOMPARE(f.error.code, ErrorCode::McpHttpRateLimited);
        QCOMPARE(f.httpStatus, 429);
        QCOMPARE(f.retryAfterMs, 7000);
        QVERIFY2(f.error.message.contains(QStringLiteral("wait 7 s")), qPrintable(f.error.message));
        e.responseHeaders.clear();
        QCOMPARE(explainHttpRefusal(e, QStringLiteral("tools/call")).retryAfterMs, -1);
    }

    void otherStatusQuotesTheBody()
    {
        Exchange e;
        e.status = 502;
        e.reasonPhrase = "Bad Gateway";
        e.responseBody = "upstream   down";
        const RequestFailure f = explainHttpRefusal(e, QStringLiteral("tools/list"));
        QCOMPARE(f.error.code, ErrorCode::McpHttp);
        QCOMPARE(f.error.message,
                 QStringLiteral(
                     "The server answered tools/list with HTTP 502 Bad Gateway: upstream down"));
        e.status = 404;
        QCOMPARE(explainHttpRefusal(e, QStringLiteral("tools/list")).error.code,
                 ErrorCode::McpHttpClientError);
    }

    void answerWarnings_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("warnings"); // a word of each
        QTest::newRow("clean") << QByteArray("application/json; charset=utf-8") << QByteArray("{}")
                               << QStringList{};
        QTest::newRow("BOM") << QByteArray("application/json") << QByteArray("\xEF\xBB\xBF{}")
                             << QStringList{QStringLiteral("byte order mark")};
        QTest::newRow("text/plain") << QByteArray("text/plain") << QByteArray("{}")
                                    << QStringList{QStringLiteral("\"text/plain\"")};
        QTest::newRow("none") << QByteArray() << QByteArray("{}")
                              << QStringList{QStringLiteral("\"(none)\"")};
    }
    void answerWarnings()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, warnings);
        Exchange e;
        e.status = 200;
        if (!type.isEmpty())
            e.responseHeaders = {{"Content-Type", type}};
        e.responseBody = body;
        const QStringList got = mcpscope::answerWarnings(e, QStringLiteral("tools/list"));
        QCOMPARE(got.size(), warnings.size());
        for (int i = 0; i < warnings.size(); ++i)
            QVERIFY2(got.at(i).contains(warnings.at(i)), qPrintable(got.at(i)));
    }

    void fragment_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("id"); // idKey, empty: none
        QTest::addColumn<bool>("answer");
        QTest::addColumn<bool>("method");
        QTest::newRow("cut after the id")
            << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"tools\":[{\"na")
            << QStringLiteral("n:7") << true << false;
        QTest::newRow("nested ids are not the message's")
            << QByteArray("{\"result\":{\"items\":[{\"id\":3},{\"id\":4}],\"more\":\"x")
            << QString() << true << false;
        QTest::newRow("string id, spaces") << QByteArray("{ \"id\" : \"abc\" , \"error\": {")
                                           << QStringLiteral("s:abc") << true << false;
        QTest::newRow("id cut mid-number")
            << QByteArray("{\"result\":{},\"id\":12") << QString() << true << false;
        QTest::newRow("fraction is no id")
            << QByteArray("{\"id\":1.5,\"result\":{}") << QString() << true << false;
        QTest::newRow("key inside a string")
            << QByteArray("{\"method\":\"x\",\"params\":{\"a\":\"\\\"id\\\":5\"}") << QString()
            << false << true;
        QTest::newRow("empty") << QByteArray() << QString() << false << false;
    }
    void fragment()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, id);
        QFETCH(bool, answer);
        QFETCH(bool, method);
        const JsonRpcFragment f = scanJsonRpcFragment(bytes);
        QCOMPARE(f.id ? idKey(*f.id) : QString(), id);
        QCOMPARE(f.looksLikeAnswer, answer);
        QCOMPARE(f.hasMethod, method);
    }
};

QTEST_GUILESS_MAIN(TestHttpRefusal)
#include "tst_http_refusal.moc"
