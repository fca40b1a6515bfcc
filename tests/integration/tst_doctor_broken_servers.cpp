// The Connection Doctor against servers that fail below or around MCP in
// ways real SDK peers never do: a host name that does not exist, a port that
// stops listening between the tcp and http checks, an answer that is not
// HTTP, a certificate that changes between connections, a TLS 1.2-only
// server, plain http to an address that is not loopback, a preflight that
// does not allow POST, a 403 Bearer challenge, a stdio command line that is
// blank. Each is spoken to over the real network (loopback listeners:
// tests/support/scripted_http_server.h, QSslServer with openssl-made
// certificates) and each check's status, detail and finding are asserted.
#include "capture/capture_store.h"
#include "diagnostics/connection_doctor.h"
#include "doctor_report_testing.h"
#include "misbehaving_server.h"
#include "scripted_http_server.h"
#include "tls_fixtures.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

const QString kOrigin = QStringLiteral("http://localhost:6274");

QString describe(const DoctorReport &report)
{
    QStringList lines;
    for (const DoctorCheck &c : report.checks)
        lines << QStringLiteral("%1 %2: %3 [%4 %5]")
                     .arg(checkStatusId(c.status), c.id, c.detail, c.findingKind,
                          c.findingArguments.join(u'|'));
    return lines.join(u'\n') + QStringLiteral("\nverdict: ") + report.verdict;
}

DoctorOptions options(const QString &url)
{
    DoctorOptions o;
    o.url = QUrl(url);
    o.timeoutMs = 15000;
    return o;
}

// Runs the doctor; afterCheck (when given) is called as each check ends,
// inside checkFinished, before the next check starts.
DoctorReport diagnose(const DoctorOptions &o, CaptureStore *store = nullptr,
                      const std::function<void(const DoctorCheck &)> &afterCheck = {})
{
    ConnectionDoctor doctor(store, nullptr);
    QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
    if (afterCheck)
        QObject::connect(&doctor, &ConnectionDoctor::checkFinished, &doctor, afterCheck);
    doctor.start(o);
    if (!finished.wait(60000))
        qWarning("the doctor did not finish in time");
    return doctor.report();
}

bool restSkipped(const DoctorReport &r, const QString &from, const QString &why)
{
    bool on = false;
    for (const DoctorCheck &c : r.checks) {
        on = on || c.id == from;
        if (on && (c.status != CheckStatus::Skip || c.detail != why))
            return false;
    }
    return on;
}

// GET /mcp answers 200 JSON; other GETs 404; everything else as handled by rest (default 404).
ScriptedHttpServer::Handler plainJson(ScriptedHttpServer::Handler rest = {})
{
    return [rest](QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
                  const QByteArray &body) {
        if (method == "GET" || !rest)
            ScriptedHttpServer::answer(socket, method == "GET" && path == "/mcp" ? 200 : 404,
                                       "Content-Type: application/json\r\n", "{\"ok\":true}");
        else
            rest(socket, method, path, body);
    };
}

QSslConfiguration serverTls(const TlsLeaf &leaf)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QFile key(leaf.key);
    if (!key.open(QIODevice::ReadOnly))
        return config;
    config.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    QList<QSslCertificate> chain = QSslCertificate::fromPath(leaf.cert);
    if (!leaf.chain.isEmpty())
        chain += QSslCertificate::fromPath(leaf.chain);
    config.setLocalCertificateChain(chain);
    return config;
}

} // namespace

class TestDoctorBrokenServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A name under .invalid never resolves (RFC 2606): dns fails with
    // net.dns naming the host and what the resolver said.
    void hostThatDoesNotExist()
    {
        const QString host = QStringLiteral("mcpscope-doctor-test.invalid");
        const DoctorReport r = diagnose(options(QStringLiteral("http://%1/mcp").arg(host)));
        const DoctorCheck *dns = check(r, QStringLiteral("dns"));
        QVERIFY2(dns->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(dns->detail, QStringLiteral("%1 did not resolve: %2")
                                  .arg(host, QHostInfo::fromName(host).errorString()));
        QCOMPARE(dns->findingKind, QStringLiteral("net.dns"));
        QCOMPARE(dns->findingArguments, QStringList{host});
        QCOMPARE(dns->finding().summary(),
                 QStringLiteral("Could not resolve the host name %1.").arg(host));
        QVERIFY(restSkipped(r, QStringLiteral("tcp"),
                            QStringLiteral("not run: the Connectivity stage failed")));
    }

    // The server stops listening after the tcp check connected: the GET is
    // refused, and http.reach says so with net.refused and its exchange as
    // evidence (in the report and its JSON).
    void portClosedBetweenTcpAndHttp()
    {
        ScriptedHttpServer server(plainJson());
        QVERIFY(server.isListening());
        const quint16 port = server.port();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("doctor.sqlite"))));
        const DoctorReport r =
            diagnose(options(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port)), &store,
                     [&server](const DoctorCheck &c) {
                         if (c.id == u"tcp")
                             server.close();
                     });
        QCOMPARE(check(r, QStringLiteral("tcp"))->status, CheckStatus::Pass);
        const DoctorCheck *reach = check(r, QStringLiteral("http.reach"));
        QVERIFY2(reach->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(reach->findingKind, QStringLiteral("net.refused"));
        QCOMPARE(reach->findingArguments,
                 (QStringList{QStringLiteral("127.0.0.1"), QString::number(port)}));
        QVERIFY2(reach->detail.startsWith(
                     QStringLiteral("No HTTP answer: The connection to 127.0.0.1:%1 was refused.")
                         .arg(port)),
                 qPrintable(reach->detail));
        QCOMPARE(reach->exchangeIds.size(), 1);
        QVERIFY(reach->exchangeIds.first() > 0);
        QCOMPARE(r.failedStage, DoctorStage::Http);
        QVERIFY(server.requests().isEmpty()); // the GET never reached it

        const QJsonObject json = toJson(r);
        QJsonObject reachJson;
        for (const QJsonValue &v : json.value(QStringLiteral("checks")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == u"http.reach")
                reachJson = v.toObject();
        const QJsonObject finding = reachJson.value(QStringLiteral("finding")).toObject();
        QCOMPARE(finding.value(QStringLiteral("kind")).toString(), QStringLiteral("net.refused"));
        QCOMPARE(finding.value(QStringLiteral("exchangeIds")).toArray(),
                 QJsonArray{reach->exchangeIds.first()});
        QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), 11);
    }

    // A server that answers in another protocol (an SSH banner) and hangs
    // up: to the HTTP client that is a connection closed before any answer.
    void answerThatIsNotHttp()
    {
        ScriptedHttpServer server(
            [](QTcpSocket *socket, const QByteArray &, const QByteArray &, const QByteArray &) {
                socket->write("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\nProtocol mismatch.\r\n");
                socket->disconnectFromHost();
            });
        const DoctorReport r =
            diagnose(options(QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port())));
        const DoctorCheck *reach = check(r, QStringLiteral("http.reach"));
        QVERIFY2(reach->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(reach->findingKind, QStringLiteral("net.closed"));
        QCOMPARE(reach->detail, QStringLiteral("No HTTP answer: ") + reach->finding().message());
        QCOMPARE(r.failedStage, DoctorStage::Http);
        QVERIFY(!server.requests().isEmpty());
        QCOMPARE(server.requests().first(), QByteArray("GET /mcp"));
    }

    // A URL whose scheme the HTTP client does not speak (ftp, pasted by
    // mistake) while something listens on its port: http.reach fails with
    // net.other quoting the client once (not a finding inside a finding).
    void schemeTheHttpClientDoesNotSpeak()
    {
        ScriptedHttpServer server(plainJson());
        const DoctorReport r =
            diagnose(options(QStringLiteral("ftp://127.0.0.1:%1/mcp").arg(server.port())));
        QCOMPARE(check(r, QStringLiteral("tcp"))->status, CheckStatus::Pass);
        const DoctorCheck *tls = check(r, QStringLiteral("tls"));
        QCOMPARE(tls->status, CheckStatus::Skip);
        QCOMPARE(tls->detail,
                 QStringLiteral("The URL's scheme is ftp, not http or https: no TLS to check."));
        const DoctorCheck *reach = check(r, QStringLiteral("http.reach"));
        QVERIFY2(reach->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(reach->findingKind, QStringLiteral("net.other"));
        QCOMPARE(reach->findingArguments,
                 QStringList{QStringLiteral("Protocol \"ftp\" is unknown")});
        QCOMPARE(reach->finding().summary(),
                 QStringLiteral("The request failed: Protocol \"ftp\" is unknown"));
        QCOMPARE(reach->detail, QStringLiteral("No HTTP answer: ") + reach->finding().message());
        QVERIFY(server.requests().isEmpty());
    }

    // A TLS 1.2-only server with a good certificate passes tls (its detail
    // names the protocol, cipher, subject, issuer and expiry); when the
    // server then presents a self-signed certificate (backends that
    // disagree), the GET's handshake fails: http.reach fails with the TLS
    // finding.
    void certificateThatChangesBetweenConnections()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TlsFixtures tls(dir.path());
        QVERIFY2(tls.makeAuthorities(), qPrintable(tls.error()));
        QVERIFY(tls.trustRootCa());
        const QStringList localhost{QStringLiteral("IP:127.0.0.1")};
        const TlsLeaf good = tls.leaf(QStringLiteral("tls12"), localhost, -1, 30);
        const TlsLeaf bad = tls.selfSigned(QStringLiteral("impostor"), localhost);
        QVERIFY2(good.isValid() && bad.isValid(), qPrintable(tls.error()));

        QSslServer server;
        QSslConfiguration config = serverTls(good);
        config.setProtocol(QSsl::TlsV1_2);
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                socket->setParent(&server);
        });
        const DoctorReport r =
            diagnose(options(QStringLiteral("https://127.0.0.1:%1/mcp").arg(server.serverPort())),
                     nullptr, [&server, &bad](const DoctorCheck &c) {
                         if (c.id == u"tls")
                             server.setSslConfiguration(serverTls(bad));
                     });
        const DoctorCheck *handshake = check(r, QStringLiteral("tls"));
        QVERIFY2(handshake->status == CheckStatus::Pass, qPrintable(describe(r)));
        const QSslCertificate leaf = QSslCertificate::fromPath(good.cert).value(0);
        QVERIFY(!leaf.isNull());
        QVERIFY2(handshake->detail.startsWith(QStringLiteral("TLS 1.2, ")),
                 qPrintable(handshake->detail));
        QVERIFY2(handshake->detail.endsWith(
                     QStringLiteral("; certificate for tls12 issued by %1, valid until %2.")
                         .arg(TlsFixtures::intermediateName(),
                              leaf.expiryDate().toUTC().toString(Qt::ISODate))),
                 qPrintable(handshake->detail));
        QVERIFY(handshake->findingKind.isEmpty());

        const DoctorCheck *reach = check(r, QStringLiteral("http.reach"));
        QVERIFY2(reach->status == CheckStatus::Fail, qPrintable(describe(r)));
        // The finding the HTTP client raised, its argument what the TLS
        // library said (not a finding's whole message inside another's).
        QCOMPARE(reach->findingKind, QStringLiteral("tls.untrusted"));
        const QString said = QSslError(QSslError::SelfSignedCertificate).errorString();
        QCOMPARE(reach->findingArguments, (QStringList{QStringLiteral("127.0.0.1"), said}));
        QCOMPARE(
            reach->finding().summary(),
            QStringLiteral("The TLS certificate of 127.0.0.1 was not accepted: %1.").arg(said));
        QCOMPARE(reach->detail, QStringLiteral("No HTTP answer: ") + reach->finding().message());
        QCOMPARE(r.failedStage, DoctorStage::Http);
    }

    // Plain http to an address of this machine that is not loopback: tls
    // warns with doctor.tls.plain_http and the walk goes on.
    void plainHttpToAnAddressThatIsNotLoopback()
    {
        QHostAddress address;
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() &&
                !a.isLinkLocal()) {
                address = a;
                break;
            }
        if (address.isNull())
            QSKIP("this machine has no IPv4 address besides loopback");
        ScriptedHttpServer server(plainJson(), address);
        QVERIFY(server.isListening());
        const QString url =
            QStringLiteral("http://%1:%2/mcp").arg(address.toString()).arg(server.port());
        const DoctorReport r = diagnose(options(url));
        const DoctorCheck *tls = check(r, QStringLiteral("tls"));
        QVERIFY2(tls->status == CheckStatus::Warn, qPrintable(describe(r)));
        QCOMPARE(tls->findingKind, QStringLiteral("doctor.tls.plain_http"));
        QCOMPARE(tls->findingArguments, QStringList{url});
        QCOMPARE(tls->detail, QStringLiteral("%1 is plain http on a host that is not loopback: "
                                             "tokens and tool data cross the network "
                                             "unencrypted.")
                                  .arg(url));
        QCOMPARE(check(r, QStringLiteral("http.reach"))->status, CheckStatus::Pass);
    }

    // A preflight that allows the origin and every header but not POST:
    // cors.preflight warns with doctor.cors.headers naming POST.
    void preflightThatDoesNotAllowPost()
    {
        ScriptedHttpServer server(plainJson([](QTcpSocket *socket, const QByteArray &method,
                                               const QByteArray &, const QByteArray &) {
            if (method == "OPTIONS")
                ScriptedHttpServer::answer(socket, 204,
                                           "Access-Control-Allow-Origin: *\r\n"
                                           "Access-Control-Allow-Methods: GET, DELETE\r\n"
                                           "Access-Control-Allow-Headers: Authorization, *\r\n");
            else
                ScriptedHttpServer::answer(socket, 404, "Content-Type: text/plain\r\n", "no");
        }));
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port());
        const DoctorReport r = diagnose(options(url));
        const DoctorCheck *preflight = check(r, QStringLiteral("cors.preflight"));
        QVERIFY2(preflight->status == CheckStatus::Warn, qPrintable(describe(r)));
        QCOMPARE(preflight->findingKind, QStringLiteral("doctor.cors.headers"));
        QCOMPARE(preflight->findingArguments,
                 (QStringList{url, QStringLiteral("POST"), QStringLiteral("GET, DELETE"),
                              QStringLiteral("Authorization, *")}));
        QCOMPARE(preflight->detail, preflight->finding().summary());
    }

    // initialize answered 403 with a Bearer challenge (insufficient scope):
    // the server requires authorization; the challenge check passes naming
    // its parameters; HTTP+SSE is not tried.
    void forbiddenWithABearerChallenge()
    {
        ScriptedHttpServer server(plainJson([](QTcpSocket *socket, const QByteArray &method,
                                               const QByteArray &, const QByteArray &) {
            if (method == "POST")
                ScriptedHttpServer::answer(socket, 403,
                                           "Content-Type: application/json\r\n"
                                           "WWW-Authenticate: Bearer error=\"insufficient_scope\", "
                                           "scope=\"files:read\"\r\n",
                                           "{\"error\":\"insufficient_scope\"}");
            else
                ScriptedHttpServer::answer(socket, 404, "Content-Type: text/plain\r\n", "no");
        }));
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port());
        const DoctorReport r = diagnose(options(url));
        const DoctorCheck *init = check(r, QStringLiteral("mcp.initialize.streamable"));
        QVERIFY2(init->status == CheckStatus::Pass, qPrintable(describe(r)));
        QCOMPARE(init->detail,
                 QStringLiteral("The server answers initialize with HTTP 403: it requires "
                                "authorization (the Authentication stage follows it)."));
        const DoctorCheck *sse = check(r, QStringLiteral("mcp.initialize.sse"));
        QCOMPARE(sse->status, CheckStatus::Skip);
        QCOMPARE(sse->detail, QStringLiteral("Streamable HTTP answered; HTTP+SSE (2024-11-05), its "
                                             "deprecated predecessor, was not tried."));
        QCOMPARE(check(r, QStringLiteral("mcp.version"))->detail,
                 QStringLiteral("Known after sign-in (see auth.sign_in)."));
        const DoctorCheck *challenge = check(r, QStringLiteral("auth.challenge"));
        QCOMPARE(challenge->status, CheckStatus::Pass);
        QCOMPARE(challenge->detail,
                 QStringLiteral("HTTP 403 with a Bearer challenge (scope=files:read, "
                                "error=insufficient_scope)."));
        // Nothing serves the protected resource metadata: that fails next.
        QCOMPARE(check(r, QStringLiteral("auth.resource_metadata"))->findingKind,
                 QStringLiteral("doctor.auth.no_resource_metadata"));
        QCOMPARE(r.failedStage, DoctorStage::Authentication);
    }

    // An address no route leads to (the limited broadcast address): the
    // connect fails at once, not refused: tcp fails with net.other quoting
    // the socket's error.
    void addressWithoutARoute()
    {
        const DoctorReport r = diagnose(options(QStringLiteral("http://255.255.255.255:9/mcp")));
        const DoctorCheck *tcp = check(r, QStringLiteral("tcp"));
        QVERIFY2(tcp->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(tcp->findingKind, QStringLiteral("net.other"));
        QCOMPARE(tcp->findingArguments.size(), 1);
        QVERIFY(!tcp->findingArguments.first().isEmpty());
        QCOMPARE(tcp->detail,
                 QStringLiteral("255.255.255.255 port 9: ") + tcp->findingArguments.first());
        QCOMPARE(tcp->finding().summary(),
                 QStringLiteral("The request failed: ") + tcp->findingArguments.first());
        QCOMPARE(r.failedStage, DoctorStage::Connectivity);
    }

    // OAuth metadata in order except PKCE: the challenge names its pointer
    // and scope, the resource metadata its scopes, the authorization server
    // offers Client ID Metadata Documents (no client id needed) and lists no
    // token endpoint auth method (the default applies), but only the
    // "plain" PKCE method: auth.pkce fails with oauth.pkce_s256_unsupported.
    void authorizationServerWithoutS256()
    {
        MisbehavingServer server;
        const QString base = server.url(QString());
        const QString prm = base + QStringLiteral("/.well-known/oauth-protected-resource/mcp");
        const QString issuer = base + QStringLiteral("/as");
        server.serve("/mcp", 401,
                     "application/json\r\nWWW-Authenticate: Bearer resource_metadata=\"" +
                         prm.toUtf8() + "\", scope=\"files:read\"",
                     "{\"error\":\"unauthorized\"}");
        server.serve("/.well-known/oauth-protected-resource/mcp", 200, "application/json",
                     QStringLiteral("{\"resource\":\"%1/mcp\",\"authorization_servers\":[\"%2\"],"
                                    "\"scopes_supported\":[\"files:read\",\"files:write\"]}")
                         .arg(base, issuer)
                         .toUtf8());
        server.serve(
            "/.well-known/oauth-authorization-server/as", 200, "application/json",
            QStringLiteral("{\"issuer\":\"%1\",\"authorization_endpoint\":\"%1/authorize\","
                           "\"token_endpoint\":\"%1/token\","
                           "\"client_id_metadata_document_supported\":true,"
                           "\"code_challenge_methods_supported\":[\"plain\"]}")
                .arg(issuer)
                .toUtf8());
        const DoctorReport r = diagnose(options(base + QStringLiteral("/mcp")));
        QCOMPARE(check(r, QStringLiteral("auth.challenge"))->detail,
                 QStringLiteral("HTTP 401 with a Bearer challenge (resource_metadata=%1, "
                                "scope=files:read).")
                     .arg(prm));
        QCOMPARE(check(r, QStringLiteral("auth.resource_metadata"))->detail,
                 QStringLiteral("At %1: resource %2/mcp, authorization servers %3, scopes "
                                "files:read files:write.")
                     .arg(prm, base, issuer));
        QCOMPARE(check(r, QStringLiteral("auth.as_metadata"))->detail,
                 QStringLiteral("At %1/.well-known/oauth-authorization-server/as: issuer %2, "
                                "authorization %2/authorize, token %2/token.")
                     .arg(base, issuer));
        const DoctorCheck *registration = check(r, QStringLiteral("auth.registration"));
        QVERIFY2(registration->status == CheckStatus::Pass, qPrintable(describe(r)));
        QCOMPARE(registration->detail,
                 QStringLiteral("Registration: Client ID Metadata Documents. Client "
                                "authentication: client_secret_basic (not listed: the default)."));
        const DoctorCheck *pkce = check(r, QStringLiteral("auth.pkce"));
        QVERIFY2(pkce->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(pkce->findingKind, QStringLiteral("oauth.pkce_s256_unsupported"));
        QCOMPARE(pkce->findingArguments, QStringList{QStringLiteral("plain")});
        QCOMPARE(pkce->detail, pkce->finding().summary());
        QCOMPARE(r.failedStage, DoctorStage::Authentication);
    }

    // A stdio command line that is blank cannot start anything:
    // mcp.initialize.stdio fails at once with doctor.mcp.no_transport.
    void blankStdioCommand()
    {
        DoctorOptions o;
        o.stdioCommand = QStringLiteral("   ");
        o.transport = QStringLiteral("stdio");
        o.timeoutMs = 15000;
        const DoctorReport r = diagnose(o);
        QCOMPARE(check(r, QStringLiteral("tcp"))->detail,
                 QStringLiteral("stdio: no network between McpScope and the server"));
        const DoctorCheck *init = check(r, QStringLiteral("mcp.initialize.stdio"));
        QVERIFY2(init->status == CheckStatus::Fail, qPrintable(describe(r)));
        const QString why =
            QStringLiteral("A stdio session needs the command line that starts the server.");
        QCOMPARE(init->detail, why);
        QCOMPARE(init->findingKind, QStringLiteral("doctor.mcp.no_transport"));
        QCOMPARE(init->findingArguments, (QStringList{o.stdioCommand, why}));
        QCOMPARE(r.failedStage, DoctorStage::Mcp);
        QVERIFY(restSkipped(r, QStringLiteral("mcp.version"),
                            QStringLiteral("not run: the MCP stage failed")));
    }
};

QTEST_GUILESS_MAIN(TestDoctorBrokenServers)
#include "tst_doctor_broken_servers.moc"
