// The Connection Doctor's sign-in check with the client credentials grant
// against the real OAuth peer (oidc-provider in front of the TS SDK's MCP
// server, tests/peers/servers/oidc_mcp_servers.mjs): the pre-registered
// machine client signs in and the walk goes on to the operations; the same
// client with a wrong secret is refused by the token endpoint, and the
// sign-in fails with the flow's own finding while the later stages skip.
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "diagnostics/connection_doctor.h"
#include "doctor_report_testing.h"
#include "node_peer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

QString describe(const DoctorReport &report)
{
    QStringList lines;
    for (const DoctorCheck &c : report.checks)
        lines << QStringLiteral("%1 %2: %3 [%4 %5]")
                     .arg(checkStatusId(c.status), c.id, c.detail, c.findingKind,
                          c.findingArguments.join(u'|'));
    return lines.join(u'\n') + QStringLiteral("\nverdict: ") + report.verdict;
}

const QString kMachineClient = QStringLiteral("machine-client");
const QString kMachineSecret = QStringLiteral("machine-secret-not-a-user-secret");

} // namespace

class TestDoctorSignIn : public QObject
{
    Q_OBJECT

    DoctorReport diagnose(const QString &secret, CaptureStore *store = nullptr)
    {
        ConnectionDoctor doctor(store, nullptr);
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        DoctorOptions o;
        o.url = QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_oidc.port()));
        o.timeoutMs = 15000;
        o.burst = 3;
        o.repeats = 2;
        o.oauthMode = QStringLiteral("client-credentials");
        o.clientId = kMachineClient;
        o.clientSecret = secret;
        o.scope = QStringLiteral("mcp:tools");
        doctor.start(o);
        if (!finished.wait(120000))
            qWarning("the doctor did not finish in time");
        return doctor.report();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
        env.insert(QStringLiteral("ISSUED_TOKENS_FILE"),
                   m_dir.filePath(QStringLiteral("issued.txt")));
        const QString why = m_oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // The machine client signs in: registration names the pre-registered
    // client, the sign-in names the client, its scope and the token's
    // lifetime (never the token), and the operations run.
    void clientCredentialsSignIn()
    {
        const DoctorReport r = diagnose(kMachineSecret);
        QVERIFY2(!r.failedStage, qPrintable(describe(r)));
        const DoctorCheck *registration = check(r, QStringLiteral("auth.registration"));
        QVERIFY2(registration->detail.startsWith(
                     QStringLiteral("Registration: pre-registered client machine-client; ")),
                 qPrintable(registration->detail));
        const DoctorCheck *signIn = check(r, QStringLiteral("auth.sign_in"));
        QCOMPARE(signIn->status, CheckStatus::Pass);
        QVERIFY2(signIn->detail.startsWith(
                     QStringLiteral("Signed in (pre-registered client machine-client, scope "
                                    "\"mcp:tools\", access token valid for ")),
                 qPrintable(signIn->detail));
        QVERIFY2(signIn->detail.contains(QStringLiteral(" s); initialized with protocol 20")),
                 qPrintable(signIn->detail));
        QCOMPARE(check(r, QStringLiteral("ops.ping"))->status, CheckStatus::Pass);

        QFile issued(m_dir.filePath(QStringLiteral("issued.txt")));
        QVERIFY(issued.open(QIODevice::ReadOnly));
        const QByteArray tokens = issued.readAll();
        QVERIFY(!tokens.trimmed().isEmpty());
        for (const QByteArray &token : tokens.split('\n'))
            if (!token.trimmed().isEmpty())
                QVERIFY2(!signIn->detail.toUtf8().contains(token.trimmed()),
                         "a token reached the report");
    }

    // A wrong client secret: the token endpoint refuses the client, the
    // sign-in fails with the flow's finding and the rest is skipped.
    void wrongClientSecretFailsSignIn()
    {
        const QString path = m_dir.filePath(QStringLiteral("wrong-secret.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        const DoctorReport r = diagnose(QStringLiteral("not-the-secret"), &store);
        store.close();
        QCOMPARE(check(r, QStringLiteral("auth.pkce"))->status, CheckStatus::Pass);
        const DoctorCheck *signIn = check(r, QStringLiteral("auth.sign_in"));
        QVERIFY2(signIn->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(signIn->findingKind, QStringLiteral("oauth.invalid_client"));
        QCOMPARE(signIn->findingArguments,
                 (QStringList{QStringLiteral("invalid_client"),
                              QStringLiteral("client authentication failed")}));
        QVERIFY2(signIn->detail.contains(
                     QStringLiteral("The step \u201cToken exchange\u201d failed: invalid_client")),
                 qPrintable(signIn->detail));
        QVERIFY2(r.verdict.startsWith(QStringLiteral(
                     "Authentication failed at \"Sign-in\": The authorization server answered "
                     "invalid_client: client authentication failed")),
                 qPrintable(r.verdict));
        QVERIFY2(!signIn->detail.contains(QStringLiteral("not-the-secret")),
                 qPrintable(signIn->detail));
        // Its evidence, recorded under the doctor's session, holds the
        // token request the authorization server refused.
        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto evidence = reader.exchanges(signIn->exchangeIds);
        QVERIFY(evidence);
        bool refusedToken = false;
        for (const Exchange &e : *evidence) {
            QCOMPARE(e.sessionId, r.sessionId);
            refusedToken =
                refusedToken || (e.method == "POST" && e.url.endsWith(u"/token") &&
                                 e.status >= 400 && e.responseBody.contains("invalid_client"));
        }
        QVERIFY2(refusedToken, "the refused token request is not among the evidence");
        QCOMPARE(r.failedStage, DoctorStage::Authentication);
        QCOMPARE(doctorExitCode(r), 14);
        QCOMPARE(check(r, QStringLiteral("ops.tools"))->detail,
                 QStringLiteral("not run: the Authentication stage failed"));
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_oidc;
};

QTEST_GUILESS_MAIN(TestDoctorSignIn)
#include "tst_doctor_sign_in.moc"
