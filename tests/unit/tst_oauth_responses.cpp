#include "error_code_testing.h"
#include "oauth/oauth_checks.h"
#include "oauth/oauth_metadata.h"
#include "oauth/oauth_types.h"

#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

// Two answers of an authorization server read as the RFCs define them: a
// token introspection answer (RFC 7662 §2.2: "active" is a boolean) and a
// token exchange answer that must carry an ID-JAG (RFC 8693, the identity
// assertion grant).
class TestOAuthResponses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void introspection()
    {
        const auto active = parseIntrospectionResponse(
            "{\"active\":true,\"scope\":\"mcp:tools\",\"client_id\":\"c\",\"exp\":1900000000}");
        QVERIFY(active);
        QCOMPARE(active->value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(active->value(QStringLiteral("scope")).toString(), QStringLiteral("mcp:tools"));
        const auto inactive = parseIntrospectionResponse("{\"active\":false}");
        QVERIFY(inactive);
        QCOMPARE(*inactive, (QJsonObject{{QStringLiteral("active"), false}}));
    }

    void badIntrospection_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no active") << QByteArray("{\"scope\":\"a\"}");
        QTest::newRow("active as a string") << QByteArray("{\"active\":\"true\"}");
        QTest::newRow("active as a number") << QByteArray("{\"active\":1}");
        QTest::newRow("not JSON") << QByteArray("<html>502</html>");
        QTest::newRow("an array") << QByteArray("[{\"active\":true}]");
        QTest::newRow("empty") << QByteArray();
        // Past the first MiB nothing is read: the object is cut and unreadable.
        QTest::newRow("over a MiB")
            << (QByteArray("{\"pad\":\"") + QByteArray(1024 * 1024, 'x') + "\",\"active\":true}");
    }
    void badIntrospection()
    {
        QFETCH(QByteArray, body);
        const auto parsed = parseIntrospectionResponse(body);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::OAuthIntrospect);
        QCOMPARE(parsed.error().message,
                 QStringLiteral(
                     "The introspection answer has no boolean \"active\" member (RFC 7662)."));
    }

    // RFC 9728 §2: "resource" is required in protected resource metadata.
    void resourceMetadataWithoutItsResource()
    {
        for (const QByteArray &json :
             {QByteArray("{\"authorization_servers\":[\"https://as.example\"]}"),
              QByteArray(
                  "{\"resource\":\"\",\"authorization_servers\":[\"https://as.example\"]}")}) {
            const auto parsed = parseProtectedResourceMetadata(json);
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().code, ErrorCode::OAuthMetadata);
            QCOMPARE(parsed.error().message,
                     QStringLiteral("The protected resource metadata has no \"resource\", which "
                                    "is required."));
        }
    }

    // A token exchange answer that is no ID-JAG becomes the step's finding;
    // an OAuth error the IdP sent is left to the OAuth error explanation.
    void idJagIssuedCheck()
    {
        const TokenExchangeResponse notJag =
            parseTokenExchangeResponse("{\"access_token\":\"at\",\"issued_token_type\":\"x\"}");
        const auto finding = OAuthChecks::idJagIssued(notJag);
        QVERIFY(finding);
        QCOMPARE(finding->kind, QStringLiteral("oauth.token_exchange.bad_answer"));
        QCOMPARE(finding->summary(),
                 QStringLiteral("The identity provider's token exchange answer is not an ID-JAG: "
                                "%1")
                     .arg(notJag.errorDescription));
        QVERIFY(
            !OAuthChecks::idJagIssued(parseTokenExchangeResponse("{\"error\":\"invalid_grant\"}")));
        QVERIFY(!OAuthChecks::idJagIssued(parseTokenExchangeResponse(
            QByteArray("{\"access_token\":\"jag\",\"issued_token_type\":\"") + kIdJagTokenType +
            "\"}")));
    }

    void grantChecks()
    {
        QVERIFY(!OAuthChecks::assertionGiven(QStringLiteral("workload identity"),
                                             QStringLiteral("an assertion"), true));
        const auto missing = OAuthChecks::assertionGiven(QStringLiteral("workload identity"),
                                                         QStringLiteral("an assertion"), false);
        QVERIFY(missing);
        QCOMPARE(missing->kind, QStringLiteral("oauth.assertion.missing"));
        QCOMPARE(missing->summary(),
                 QStringLiteral("The workload identity flow needs an assertion, and none was "
                                "given."));
        QVERIFY(!OAuthChecks::dpopNonceRetries(QStringLiteral("https://as/token"), 1, 2));
        const auto loop = OAuthChecks::dpopNonceRetries(QStringLiteral("https://as/token"), 2, 2);
        QVERIFY(loop);
        QCOMPARE(loop->kind, QStringLiteral("oauth.dpop.nonce_loop"));
        QVERIFY2(loop->summary().startsWith(QStringLiteral(
                     "https://as/token asked for a new DPoP nonce 3 times in a row")),
                 qPrintable(loop->summary()));
    }

    void tokenExchange_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        const QString idJag = QLatin1String(kIdJagTokenType);
        QTest::newRow("an ID-JAG")
            << (QByteArray(
                    "{\"access_token\":\"jag\",\"token_type\":\"N_A\",\"issued_token_type\":\"") +
                kIdJagTokenType + "\"}")
            << QStringLiteral("jag") << QString() << QString();
        QTest::newRow("an OAuth error")
            << QByteArray(
                   "{\"error\":\"invalid_grant\",\"error_description\":\"ID token expired\"}")
            << QString() << QStringLiteral("invalid_grant") << QStringLiteral("ID token expired");
        QTest::newRow("not JSON") << QByteArray("oops") << QString()
                                  << QStringLiteral("invalid_response")
                                  << QStringLiteral("The token exchange answer is not JSON: "
                                                    "illegal value");
        QTest::newRow("no access_token") << QByteArray("{\"issued_token_type\":\"x\"}") << QString()
                                         << QStringLiteral("invalid_response")
                                         << QStringLiteral("The answer has no access_token.");
        QTest::newRow("another token type")
            << QByteArray("{\"access_token\":\"at\",\"issued_token_type\":\"urn:ietf:params:oauth:"
                          "token-type:access_token\"}")
            << QStringLiteral("at") << QStringLiteral("invalid_response")
            << QStringLiteral(
                   "issued_token_type is \"urn:ietf:params:oauth:token-type:access_token\", "
                   "not an ID-JAG (%1).")
                   .arg(idJag);
    }
    void tokenExchange()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        QFETCH(QString, error);
        QFETCH(QString, description);
        const TokenExchangeResponse answer = parseTokenExchangeResponse(body);
        QCOMPARE(answer.token, token);
        QCOMPARE(answer.error, error);
        QCOMPARE(answer.errorDescription, description);
    }
};

QTEST_GUILESS_MAIN(TestOAuthResponses)
#include "tst_oauth_responses.moc"
