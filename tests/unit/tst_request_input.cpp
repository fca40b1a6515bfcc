#include "error_code_testing.h"
#include "net/request_input.h"

#include <QTest>

using namespace mcpscope;

// What a user types for a request (the New Request dialog, the CLI's -X, -H,
// -d) turned into an HttpRequest, and each way it can be wrong named.
class TestRequestInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("plain") << QStringLiteral("Accept: application/json") << QByteArray("Accept")
                               << QByteArray("application/json");
        QTest::newRow("spaces trimmed") << QStringLiteral("  X-Trace :   abc def  ")
                                        << QByteArray("X-Trace") << QByteArray("abc def");
        QTest::newRow("empty value")
            << QStringLiteral("X-Empty:") << QByteArray("X-Empty") << QByteArray();
        QTest::newRow("colon in the value")
            << QStringLiteral("Authorization: Basic a:b") << QByteArray("Authorization")
            << QByteArray("Basic a:b");
        QTest::newRow("tab allowed")
            << QStringLiteral("X-Tab: a\tb") << QByteArray("X-Tab") << QByteArray("a\tb");
        QTest::newRow("token characters") << QStringLiteral("X-a.b_c~d!#$%&'*+^`|: v")
                                          << QByteArray("X-a.b_c~d!#$%&'*+^`|") << QByteArray("v");
        QTest::newRow("UTF-8 value") << QStringLiteral("X-Name: caf\u00e9") << QByteArray("X-Name")
                                     << QByteArray("caf\xc3\xa9");
    }
    void headerLines()
    {
        QFETCH(QString, line);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        const auto parsed = parseHeaderLine(line);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->first, name);
        QCOMPARE(parsed->second, value);
    }

    void badHeaderLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        const QString notAHeader =
            QStringLiteral("\"%1\" is not a header: write it as Name: value.");
        const QString control =
            QStringLiteral("Header values cannot contain line breaks or other control characters.");
        QTest::newRow("no colon") << QStringLiteral("no colon here")
                                  << notAHeader.arg(QStringLiteral("no colon here"));
        QTest::newRow("no name") << QStringLiteral(": value")
                                 << notAHeader.arg(QStringLiteral(": value"));
        QTest::newRow("blank name")
            << QStringLiteral("   : value") << notAHeader.arg(QStringLiteral("   : value"));
        QTest::newRow("space in the name")
            << QStringLiteral("X Trace: 1") << notAHeader.arg(QStringLiteral("X Trace: 1"));
        QTest::newRow("separator in the name")
            << QStringLiteral("X(a): 1") << notAHeader.arg(QStringLiteral("X(a): 1"));
        QTest::newRow("line feed") << QStringLiteral("X-A: a\nInjected: 1") << control;
        QTest::newRow("carriage return") << QStringLiteral("X-A: a\rb") << control;
        QTest::newRow("NUL") << QStringLiteral("X-A: a") + QChar(0) + QStringLiteral("b")
                             << control;
        QTest::newRow("DEL") << QStringLiteral("X-A: a\x7f") << control;
    }
    void badHeaderLines()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        const auto parsed = parseHeaderLine(line);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InputHeader);
        QCOMPARE(parsed.error().message, message);
    }

    void buildsARequest()
    {
        const auto request = buildRequest(
            QStringLiteral("post"), QStringLiteral("  https://mcp.example:8443/mcp?x=1  "),
            {QStringLiteral("Content-Type: application/json"), QStringLiteral("   "), QString(),
             QStringLiteral("X-Trace: 7")},
            "{\"jsonrpc\":\"2.0\"}");
        QVERIFY2(request, qPrintable(request ? QString() : request.error().message));
        QCOMPARE(request->method, QByteArray("POST"));
        QCOMPARE(request->url, QUrl(QStringLiteral("https://mcp.example:8443/mcp?x=1")));
        const HeaderList expected{{"Content-Type", "application/json"}, {"X-Trace", "7"}};
        QCOMPARE(request->headers, expected);
        QCOMPARE(request->body, QByteArray("{\"jsonrpc\":\"2.0\"}"));
    }

    // A URL typed without a scheme is taken as http, as a browser would.
    void urlWithoutAScheme()
    {
        const auto request =
            buildRequest(QStringLiteral("GET"), QStringLiteral("mcp.example/mcp"), {}, {});
        QVERIFY(request);
        QCOMPARE(request->url, QUrl(QStringLiteral("http://mcp.example/mcp")));
        QVERIFY(request->headers.isEmpty());
        QVERIFY(request->body.isEmpty());
    }

    void badRequests_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");
        const QString ok = QStringLiteral("http://127.0.0.1/mcp");
        QTest::newRow("empty method") << QString() << ok << QStringList() << ErrorCode::InputMethod
                                      << QStringLiteral("\"\" is not an HTTP method.");
        QTest::newRow("method with a space")
            << QStringLiteral("GE T") << ok << QStringList() << ErrorCode::InputMethod
            << QStringLiteral("\"GE T\" is not an HTTP method.");
        QTest::newRow("method with a digit")
            << QStringLiteral("GET2") << ok << QStringList() << ErrorCode::InputMethod
            << QStringLiteral("\"GET2\" is not an HTTP method.");
        QTest::newRow("ftp URL") << QStringLiteral("GET") << QStringLiteral("ftp://example.com/mcp")
                                 << QStringList() << ErrorCode::InputUrl
                                 << QStringLiteral("\"ftp://example.com/mcp\" is not an http:// "
                                                   "or https:// URL with a host.");
        QTest::newRow("no host") << QStringLiteral("GET") << QStringLiteral("http:///mcp")
                                 << QStringList() << ErrorCode::InputUrl
                                 << QStringLiteral("\"http:///mcp\" is not an http:// or https:// "
                                                   "URL with a host.");
        QTest::newRow("empty URL")
            << QStringLiteral("GET") << QString() << QStringList() << ErrorCode::InputUrl
            << QStringLiteral("\"\" is not an http:// or https:// URL with "
                              "a host.");
        QTest::newRow("bad header")
            << QStringLiteral("GET") << ok
            << QStringList{QStringLiteral("Accept: */*"), QStringLiteral("broken")}
            << ErrorCode::InputHeader
            << QStringLiteral("\"broken\" is not a header: write it as Name: value.");
    }
    void badRequests()
    {
        QFETCH(QString, method);
        QFETCH(QString, url);
        QFETCH(QStringList, headers);
        QFETCH(ErrorCode, code);
        QFETCH(QString, message);
        const auto request = buildRequest(method, url, headers, "body");
        QVERIFY(!request);
        QCOMPARE(request.error().code, code);
        QCOMPARE(request.error().message, message);
    }
};

QTEST_GUILESS_MAIN(TestRequestInput)
#include "tst_request_input.moc"
