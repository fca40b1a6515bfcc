#include "diagnostic_rule_cases.h"

#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The metadata checks of the OAuth rule (diagnostics/rules_oauth.cpp) on
// protected-resource metadata (RFC 9728): each authorization server listed
// over plain HTTP on a remote host is flagged (oauth.insecure_issuer) once;
// HTTPS and loopback ones are not; other well-known documents and answers
// that are not JSON are left alone.
class TestResourceMetadataRule : public QObject
{
    Q_OBJECT

    static RuleFeed get(qint64 id, const QString &url, const QByteArray &body)
    {
        RuleFeed f;
        f.exchange.id = id;
        f.exchange.startedAtMs = 1000 + id;
        f.exchange.state = Exchange::State::Complete;
        f.exchange.method = "GET";
        f.exchange.url = url;
        f.exchange.status = 200;
        f.exchange.responseHeaders = {{QByteArray("Content-Type"), QByteArray("application/json")}};
        f.exchange.responseBody = body;
        f.exchange.responseBodySize = body.size();
        f.exchange.ttfbMs = 1;
        f.exchange.totalMs = 2;
        f.sessionTarget = QStringLiteral("https://mcp.example/mcp");
        return f;
    }

private Q_SLOTS:
    void insecureAuthorizationServers()
    {
        const QByteArray document =
            "{\"resource\":\"https://mcp.example/mcp\",\"authorization_servers\":["
            "\"http://as.example\",\"https://secure.example\",\"http://127.0.0.1:9000\","
            "\"http://other.example/tenant\"]}";
        const QList<Finding> found = runRules(
            {get(1, QStringLiteral("https://mcp.example/.well-known/oauth-protected-resource/mcp"),
                 document)});
        QStringList servers;
        for (const Finding &f : found) {
            QCOMPARE(f.kind, QStringLiteral("oauth.insecure_issuer"));
            QCOMPARE(f.arguments.value(0), QStringLiteral("authorization_servers"));
            QCOMPARE(f.exchangeIds, (QList<qint64>{1}));
            servers << f.arguments.value(1);
        }
        servers.sort();
        QCOMPARE(servers, (QStringList{QStringLiteral("http://as.example"),
                                       QStringLiteral("http://other.example/tenant")}));
    }

    void otherDocumentsAreIgnored()
    {
        const QByteArray insecure = "{\"authorization_servers\":[\"http://as.example\"]}";
        // Not a metadata document, and a metadata URL that answered HTML.
        const QStringList kinds = kindsRaised(
            {get(1, QStringLiteral("https://mcp.example/.well-known/security.txt"), insecure),
             get(2, QStringLiteral("https://mcp.example/.well-known/oauth-protected-resource"),
                 "<html>" + insecure + "</html>")});
        QVERIFY2(!kinds.contains(QStringLiteral("oauth.insecure_issuer")),
                 qPrintable(kinds.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestResourceMetadataRule)
#include "tst_resource_metadata_rule.moc"
