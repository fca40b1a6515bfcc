// The Connection Doctor's authentication stage when the OAuth metadata
// documents are broken: no protected-resource document, one whose resource
// names another server, authorization-server metadata that is missing, names
// another issuer or has no authorization_endpoint.
//
// Real peers (oidc-provider, the TS SDK servers) never serve such broken
// documents, so these tests use a loopback server with canned answers
// (tests/support/misbehaving_server.h): the doctor still talks real HTTP to it.
#include "diagnostics/connection_doctor.h"
#include "doctor_report_testing.h"
#include "misbehaving_server.h"

#include <QSignalSpy>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

QString describe(const DoctorReport &report)
{
    QStringList lines;
    for (const DoctorCheck &c : report.checks)
        lines << QStringLiteral("%1 %2: %3 [%4]")
                     .arg(checkStatusId(c.status), c.id, c.detail, c.findingKind);
    return lines.join(u'\n') + QStringLiteral("\nverdict: ") + report.verdict;
}

// The MCP endpoint answers every request with 401 and a Bearer challenge
// (the extra header rides in after the content type).
void requireAuthorization(MisbehavingServer &server, const QByteArray &challenge)
{
    server.serve("/mcp", 401, "application/json\r\nWWW-Authenticate: " + challenge,
                 "{\"error\":\"unauthorized\"}");
}

// A protected-resource document that points at the server's own /as issuer.
void serveResourceMetadata(MisbehavingServer &server, const QString &resource)
{
    server.serve("/.well-known/oauth-protected-resource/mcp", 200, "application/json",
                 QStringLiteral("{\"resource\":\"%1\",\"authorization_servers\":[\"%2\"]}")
                     .arg(resource, server.url(QStringLiteral("/as")))
                     .toUtf8());
}

DoctorReport diagnose(const MisbehavingServer &server)
{
    ConnectionDoctor doctor(nullptr, nullptr);
    QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
    DoctorOptions options;
    options.url = QUrl(server.url(QStringLiteral("/mcp")));
    options.timeoutMs = 15000;
    doctor.start(options);
    if (!finished.wait(60000))
        qWarning("the doctor did not finish in time");
    return doctor.report();
}

} // namespace

class TestDoctorOAuthMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A Bearer challenge without a resource_metadata pointer and nothing at
    // either well-known URL: the check fails naming both URLs it tried.
    void resourceMetadataNotFound()
    {
        MisbehavingServer server;
        requireAuthorization(server, "Bearer");
        const DoctorReport r = diagnose(server);
        const DoctorCheck *challenge = check(r, QStringLiteral("auth.challenge"));
        QVERIFY(challenge);
        QCOMPARE(challenge->status, CheckStatus::Pass);
        QCOMPARE(challenge->detail, QStringLiteral("HTTP 401 with a Bearer challenge."));
        const DoctorCheck *c = check(r, QStringLiteral("auth.resource_metadata"));
        QVERIFY(c);
        QVERIFY2(c->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(c->detail, QStringLiteral("None found."));
        QCOMPARE(c->findingKind, QStringLiteral("doctor.auth.no_resource_metadata"));
        QVERIFY2(
            r.verdict.contains(
                QStringLiteral("tried %1, %2.")
                    .arg(server.url(QStringLiteral("/.well-known/oauth-protected-resource/mcp")),
                         server.url(QStringLiteral("/.well-known/oauth-protected-resource")))),
            qPrintable(r.verdict));
        QCOMPARE(r.failedStage, DoctorStage::Authentication);
        QCOMPARE(check(r, QStringLiteral("auth.as_metadata"))->status, CheckStatus::Skip);
    }

    // The document's resource is another server's: resource mismatch.
    void resourceMetadataNamesAnotherResource()
    {
        MisbehavingServer server;
        requireAuthorization(server, "Bearer");
        serveResourceMetadata(server, QStringLiteral("https://elsewhere.example/mcp"));
        const DoctorReport r = diagnose(server);
        const DoctorCheck *c = check(r, QStringLiteral("auth.resource_metadata"));
        QVERIFY(c);
        QVERIFY2(c->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(c->findingKind, QStringLiteral("oauth.resource_mismatch"));
        QCOMPARE(c->detail, QStringLiteral("The metadata is for resource "
                                           "https://elsewhere.example/mcp, not for %1.")
                                .arg(server.url(QStringLiteral("/mcp"))));
        QCOMPARE(r.failedStage, DoctorStage::Authentication);
    }

    // The document is not JSON: malformed, naming the parser's complaint.
    void resourceMetadataIsNotJson()
    {
        MisbehavingServer server;
        requireAuthorization(server, "Bearer");
        server.serve("/.well-known/oauth-protected-resource/mcp", 200, "application/json",
                     "not json");
        const DoctorReport r = diagnose(server);
        const DoctorCheck *c = check(r, QStringLiteral("auth.resource_metadata"));
        QVERIFY(c);
        QVERIFY2(c->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(c->findingKind, QStringLiteral("oauth.resource_metadata.malformed"));
        QCOMPARE(c->detail, QStringLiteral("The protected resource metadata is not valid JSON: "
                                           "illegal value at offset 1."));
    }

    // The resource names an authorization server that serves no metadata at
    // any of the three candidate URLs.
    void authServerMetadataNotFound()
    {
        MisbehavingServer server;
        requireAuthorization(server, "Bearer");
        serveResourceMetadata(server, server.url(QStringLiteral("/mcp")));
        const DoctorReport r = diagnose(server);
        const DoctorCheck *prm = check(r, QStringLiteral("auth.resource_metadata"));
        QVERIFY(prm);
        QVERIFY2(prm->status == CheckStatus::Pass, qPrintable(describe(r)));
        const DoctorCheck *c = check(r, QStringLiteral("auth.as_metadata"));
        QVERIFY(c);
        QCOMPARE(c->status, CheckStatus::Fail);
        QCOMPARE(c->detail, QStringLiteral("None found."));
        QCOMPARE(c->findingKind, QStringLiteral("oauth.as_metadata.not_found"));
        QCOMPARE(c->findingArguments.value(0),
                 QStringLiteral("%1, %2, %3")
                     .arg(server.url(QStringLiteral("/.well-known/oauth-authorization-server/as")),
                          server.url(QStringLiteral("/.well-known/openid-configuration/as")),
                          server.url(QStringLiteral("/as/.well-known/openid-configuration"))));
        QCOMPARE(r.failedStage, DoctorStage::Authentication);
    }

    // The authorization server's metadata names another issuer.
    void authServerMetadataNamesAnotherIssuer()
    {
        MisbehavingServer server;
        requireAuthorization(server, "Bearer");
        serveResourceMetadata(server, server.url(QStringLiteral("/mcp")));
        server.serve("/.well-known/oauth-authorization-server/as", 200, "application/json",
                     "{\"issuer\":\"https://other.example/as\",\"authorization_endpoint\":"
                     "\"https://other.example/authorize\",\"token_endpoint\":"
                     "\"https://other.example/token\"}");
        const DoctorReport r = diagnose(server);
        const DoctorCheck *c = check(r, QStringLiteral("auth.as_metadata"));
        QVERIFY(c);
        QVERIFY2(c->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(c->findingKind, QStringLiteral("oauth.issuer_mismatch"));
        QCOMPARE(c->detail, QStringLiteral("The metadata's issuer is https://other.example/as, "
                                           "but the resource named %1.")
                                .arg(server.url(QStringLiteral("/as"))));
    }

    // The authorization server's metadata is not JSON: malformed.
    void authServerMetadataIsNotJson()
    {
        MisbehavingServer server;
        requireAuthorization(server, "Bearer");
        serveResourceMetadata(server, server.url(QStringLiteral("/mcp")));
        server.serve("/.well-known/oauth-authorization-server/as", 200, "application/json",
                     "<html>login</html>");
        const DoctorReport r = diagnose(server);
        const DoctorCheck *c = check(r, QStringLiteral("auth.as_metadata"));
        QVERIFY(c);
        QVERIFY2(c->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(c->findingKind, QStringLiteral("oauth.as_metadata.malformed"));
        QCOMPARE(c->detail, QStringLiteral("The authorization server metadata is not valid JSON: "
                                           "illegal value at offset 1."));
    }

    // Metadata without authorization_endpoint fails for an interactive mode.
    void authServerMetadataWithoutAuthorizationEndpoint()
    {
        MisbehavingServer server;
        requireAuthorization(server, "Bearer");
        serveResourceMetadata(server, server.url(QStringLiteral("/mcp")));
        server.serve("/.well-known/oauth-authorization-server/as", 200, "application/json",
                     QStringLiteral("{\"issuer\":\"%1\",\"token_endpoint\":\"%1/token\"}")
                         .arg(server.url(QStringLiteral("/as")))
                         .toUtf8());
        const DoctorReport r = diagnose(server);
        const DoctorCheck *c = check(r, QStringLiteral("auth.as_metadata"));
        QVERIFY(c);
        QVERIFY2(c->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(c->findingKind, QStringLiteral("oauth.as_metadata.no_authorization_endpoint"));
        QCOMPARE(c->detail, QStringLiteral("The metadata has no authorization_endpoint."));
    }

    // The challenge's resource_metadata pointer is followed first; the
    // authorization server's metadata is found at its second candidate URL
    // (the first 404s); with no client id and no registration endpoint the
    // registration check fails.
    void challengePointerIsFollowed()
    {
        MisbehavingServer server;
        const QString meta = server.url(QStringLiteral("/meta"));
        requireAuthorization(server, "Bearer resource_metadata=\"" + meta.toUtf8() +
                                         "\", scope=\"tools:read\", error=\"invalid_token\"");
        server.serve("/meta", 200, "application/json",
                     QStringLiteral("{\"resource\":\"%1\",\"authorization_servers\":[\"%2\"],"
                                    "\"scopes_supported\":[\"tools:read\",\"tools:write\"]}")
                         .arg(server.url(QStringLiteral("/mcp")), server.url(QStringLiteral("/as")))
                         .toUtf8());
        const QString as = server.url(QStringLiteral("/as"));
        server.serve(
            "/.well-known/openid-configuration/as", 200, "application/json",
            QStringLiteral("{\"issuer\":\"%1\",\"authorization_endpoint\":\"%1/authorize\","
                           "\"token_endpoint\":\"%1/token\"}")
                .arg(as)
                .toUtf8());
        const DoctorReport r = diagnose(server);
        const DoctorCheck *challenge = check(r, QStringLiteral("auth.challenge"));
        QVERIFY(challenge);
        QCOMPARE(challenge->detail,
                 QStringLiteral("HTTP 401 with a Bearer challenge (resource_metadata=%1, "
                                "scope=tools:read, error=invalid_token).")
                     .arg(meta));
        const DoctorCheck *prm = check(r, QStringLiteral("auth.resource_metadata"));
        QVERIFY(prm);
        QVERIFY2(prm->status == CheckStatus::Pass, qPrintable(describe(r)));
        QCOMPARE(prm->detail, QStringLiteral("At %1: resource %2, authorization servers %3, "
                                             "scopes tools:read tools:write.")
                                  .arg(meta, server.url(QStringLiteral("/mcp")), as));
        const DoctorCheck *asm_ = check(r, QStringLiteral("auth.as_metadata"));
        QVERIFY(asm_);
        QVERIFY2(asm_->status == CheckStatus::Pass, qPrintable(describe(r)));
        QCOMPARE(asm_->detail,
                 QStringLiteral("At %1: issuer %2, authorization %2/authorize, token %2/token.")
                     .arg(server.url(QStringLiteral("/.well-known/openid-configuration/as")), as));
        const DoctorCheck *registration = check(r, QStringLiteral("auth.registration"));
        QVERIFY(registration);
        QCOMPARE(registration->status, CheckStatus::Fail);
        QCOMPARE(registration->findingKind, QStringLiteral("oauth.registration.unavailable"));
        QCOMPARE(registration->detail, QStringLiteral("The server offers neither dynamic "
                                                      "registration nor Client ID Metadata "
                                                      "Documents."));
        QCOMPARE(check(r, QStringLiteral("auth.pkce"))->status, CheckStatus::Skip);
    }
};

QTEST_GUILESS_MAIN(TestDoctorOAuthMetadata)
#include "tst_doctor_oauth_metadata.moc"
