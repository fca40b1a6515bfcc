#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "test_store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The host column the capture writer derives from each exchange's URL (the
// log's Host column and its host filter): userinfo, ports and IPv6 brackets
// stripped, lower case, whatever the URL's shape.
class TestCaptureHosts : public QObject
{
    Q_OBJECT

private slots:
    void hostOfEachUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::newRow("plain") << QStringLiteral("https://MCP.Example.com/mcp")
                               << QStringLiteral("mcp.example.com");
        QTest::newRow("port") << QStringLiteral("http://127.0.0.1:3001/mcp")
                              << QStringLiteral("127.0.0.1");
        QTest::newRow("userinfo") << QStringLiteral("http://user:pw@Host.example:8080/x")
                                  << QStringLiteral("host.example");
        QTest::newRow("ipv6") << QStringLiteral("http://[::1]:3001/mcp") << QStringLiteral("::1");
        QTest::newRow("ipv6 unclosed")
            << QStringLiteral("http://[fe80::1/mcp") << QStringLiteral("[fe80::1");
        QTest::newRow("query right after")
            << QStringLiteral("https://h.example?x=1") << QStringLiteral("h.example");
        QTest::newRow("fragment right after")
            << QStringLiteral("https://h.example#top") << QStringLiteral("h.example");
        QTest::newRow("no scheme") << QStringLiteral("node server.js") << QString();
    }
    void hostOfEachUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hosts.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        Exchange e = makeExchange(store.reserveExchangeId());
        e.url = url;
        store.record(e);
        store.flush();
        QCOMPARE(store.pendingJobs(), 0);
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto rows = reader.summaries({e.id});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().host, host);
    }
};

QTEST_GUILESS_MAIN(TestCaptureHosts)
#include "tst_capture_hosts.moc"
