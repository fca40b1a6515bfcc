// The Connection Doctor when a stage never gets its answer: a TCP connect
// the server never accepts, a TLS handshake and an HTTP answer that never
// come, a CORS preflight or POST left hanging, an HTTP+SSE stream that never
// names its endpoint. Each stage gives up after the doctor's own timeout and
// says so (check status, detail, finding). Also a run cancelled or destroyed
// while a check is in flight.
//
// Real peers never hang, so the servers here are loopback listeners that
// accept and stay silent (tests/support/scripted_http_server.h), or whose
// accept queue is full; the doctor talks real TCP, TLS and HTTP to them.
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "diagnostics/connection_doctor.h"
#include "doctor_report_testing.h"
#include "scripted_http_server.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

constexpr int kTimeoutMs = 1000; // the doctor's timeout: "1 s" in its texts

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
    o.timeoutMs = kTimeoutMs;
    o.burst = 3;
    o.repeats = 2;
    return o;
}

DoctorReport diagnose(const DoctorOptions &o)
{
    ConnectionDoctor doctor(nullptr, nullptr);
    QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
    doctor.start(o);
    if (!finished.wait(60000))
        qWarning("the doctor did not finish in time");
    return doctor.report();
}

// Every check from the one named on is skipped with why.
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

// A listener that accepts every connection and never says a word.
class SilentServer
{
public:
    SilentServer()
    {
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [socket] { socket->readAll(); });
                ++m_accepted;
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int accepted() const { return m_accepted; }

private:
    QTcpServer m_server;
    int m_accepted = 0;
};

// A listener that never accepts and whose accept queue is full: the
// kernel drops further connection attempts, so a connect never completes.
class FullServer
{
public:
    bool fill()
    {
        m_server.setListenBacklogSize(0);
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            return false;
        m_server.pauseAccepting();
        // The first connection takes the queue's one place; then more are
        // sent so that what the kernel still queues is taken too.
        for (int i = 0; i < 4; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, m_server.serverPort());
            if (i == 0 && !socket->waitForConnected(10000))
                return false;
            m_fillers.push_back(std::move(socket));
        }
        return true;
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    std::vector<std::unique_ptr<QTcpSocket>> m_fillers;
};

// A server that is slow, not silent: a 200 whose body comes a byte every
// 100 ms and never ends (the HTTP client's idle timeout never fires).
void trickle(QTcpSocket *socket)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                  "Content-Length: 100000\r\n\r\n{");
    auto *timer = new QTimer(socket);
    QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
    timer->start(100);
}

// Answers 401 with a Bearer challenge to POST /mcp; GETs by path: trickled
// when slow names the path, else the canned body (404 when none), in which
// {base} stands for the server's own http://127.0.0.1:port.
ScriptedHttpServer::Handler protectedServer(const QByteArray &slow,
                                            QHash<QByteArray, QByteArray> documents)
{
    return [slow, documents](QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
                             const QByteArray &) {
        if (method == "POST")
            ScriptedHttpServer::answer(socket, 401,
                                       "Content-Type: application/json\r\n"
                                       "WWW-Authenticate: Bearer\r\n",
                                       "{}");
        else if (method == "GET" && path == slow)
            trickle(socket);
        else if (method == "GET" && documents.contains(path)) {
            const QByteArray base =
                QByteArray("http://127.0.0.1:") + QByteArray::number(socket->localPort());
            QByteArray body = documents.value(path);
            ScriptedHttpServer::answer(socket, 200, "Content-Type: application/json\r\n",
                                       body.replace("{base}", base));
        } else
            ScriptedHttpServer::answer(socket, 404, "Content-Type: text/plain\r\n", "no");
    };
}

} // namespace

class TestDoctorTimeouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A connect the server never accepts: tcp fails after the doctor's
    // timeout with net.timeout; the rest skips.
    void tcpConnectNeverAccepted()
    {
        FullServer server;
        QVERIFY(server.fill());
        const DoctorReport r =
            diagnose(options(QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port())));
        const DoctorCheck *tcp = check(r, QStringLiteral("tcp"));
        QVERIFY(tcp);
        QVERIFY2(tcp->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(tcp->detail, QStringLiteral("No TCP connection to 127.0.0.1 port %1 within 1 s.")
                                  .arg(server.port()));
        QCOMPARE(tcp->findingKind, QStringLiteral("net.timeout"));
        QCOMPARE(tcp->finding().summary(),
                 QStringLiteral("The server sent nothing for 1 s, so the request was given up."));
        QCOMPARE(r.failedStage, DoctorStage::Connectivity);
        QVERIFY2(restSkipped(r, QStringLiteral("tls"),
                             QStringLiteral("not run: the Connectivity stage failed")),
                 qPrintable(describe(r)));
        QCOMPARE(r.verdict, QStringLiteral("Connectivity failed at \"TCP connection\": The server "
                                           "sent nothing for 1 s, so the request was given up. "
                                           "Try again, or raise the timeout."));
    }

    // https to a listener that accepts and never answers the ClientHello:
    // tcp passes, tls fails after the timeout with net.timeout.
    void tlsHandshakeNeverAnswered()
    {
        SilentServer server;
        const DoctorReport r =
            diagnose(options(QStringLiteral("https://127.0.0.1:%1/mcp").arg(server.port())));
        QVERIFY2(check(r, QStringLiteral("tcp"))->status == CheckStatus::Pass,
                 qPrintable(describe(r)));
        const DoctorCheck *tls = check(r, QStringLiteral("tls"));
        QVERIFY2(tls->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(tls->detail, QStringLiteral("No TLS handshake with 127.0.0.1 in time."));
        QCOMPARE(tls->findingKind, QStringLiteral("net.timeout"));
        QCOMPARE(tls->findingArguments, QStringList{QStringLiteral("1")});
        QCOMPARE(r.failedStage, DoctorStage::Connectivity);
        QVERIFY(restSkipped(r, QStringLiteral("http.reach"),
                            QStringLiteral("not run: the Connectivity stage failed")));
        QCOMPARE(server.accepted(), 2); // the tcp check's connection, then the handshake's
    }

    // http to a listener that reads the GET and never answers: http.reach
    // fails after the timeout with net.timeout.
    void httpAnswerNeverComes()
    {
        SilentServer server;
        const DoctorReport r =
            diagnose(options(QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port())));
        QCOMPARE(check(r, QStringLiteral("tcp"))->status, CheckStatus::Pass);
        QCOMPARE(check(r, QStringLiteral("tls"))->status, CheckStatus::Skip);
        const DoctorCheck *reach = check(r, QStringLiteral("http.reach"));
        QVERIFY2(reach->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(reach->detail, QStringLiteral("No HTTP answer within 1 s."));
        QCOMPARE(reach->findingKind, QStringLiteral("net.timeout"));
        QCOMPARE(reach->findingArguments, QStringList{QStringLiteral("1")});
        QCOMPARE(r.failedStage, DoctorStage::Http);
        QCOMPARE(doctorExitCode(r), 11);
        QVERIFY(restSkipped(r, QStringLiteral("cors.preflight"),
                            QStringLiteral("not run: the HTTP stage failed")));
    }

    // The preflight is never answered and the POST's connection is closed
    // without an answer: both CORS checks warn, each saying what it saw;
    // initialize fails over both transports.
    void preflightHangsAndPostIsCut()
    {
        ScriptedHttpServer server([](QTcpSocket *socket, const QByteArray &method,
                                     const QByteArray &, const QByteArray &) {
            if (method == "GET")
                ScriptedHttpServer::answer(socket, 200, "Content-Type: application/json\r\n",
                                           "{\"ok\":true}");
            else if (method == "POST")
                socket->disconnectFromHost();
            // OPTIONS: no answer
        });
        QVERIFY(server.isListening());
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port());
        const DoctorReport r = diagnose(options(url));
        QVERIFY2(check(r, QStringLiteral("http.reach"))->status == CheckStatus::Pass,
                 qPrintable(describe(r)));

        const DoctorCheck *preflight = check(r, QStringLiteral("cors.preflight"));
        QVERIFY2(preflight->status == CheckStatus::Warn, qPrintable(describe(r)));
        QCOMPARE(preflight->detail, QStringLiteral("No answer to the preflight within 1 s."));
        QCOMPARE(preflight->findingKind, QStringLiteral("doctor.cors.preflight"));
        QCOMPARE(preflight->findingArguments,
                 (QStringList{url, QStringLiteral("http://localhost:6274"), QStringLiteral("0"),
                              QString()}));

        const DoctorCheck *expose = check(r, QStringLiteral("cors.expose"));
        QVERIFY2(expose->status == CheckStatus::Warn, qPrintable(describe(r)));
        QCOMPARE(expose->findingKind, QStringLiteral("doctor.cors.expose"));
        QCOMPARE(expose->findingArguments.size(), 3);
        QCOMPARE(expose->findingArguments.value(0), url);
        // What the HTTP client said: net.closed's summary, cause and fix.
        const QString closed = QStringLiteral(
            "The server closed the connection before sending a response. It may have crashed, "
            "or expects a different protocol (HTTP vs HTTPS). Check the URL's scheme and the "
            "server's logs.");
        QCOMPARE(expose->findingArguments.value(2), closed);
        QCOMPARE(expose->detail, QStringLiteral("No answer: ") + closed);

        QCOMPARE(check(r, QStringLiteral("mcp.initialize.streamable"))->findingKind,
                 QStringLiteral("doctor.mcp.streamable_unavailable"));
        QCOMPARE(check(r, QStringLiteral("mcp.initialize.sse"))->findingKind,
                 QStringLiteral("doctor.mcp.no_transport"));
        QCOMPARE(r.failedStage, DoctorStage::Mcp);
        QCOMPARE(r.verdict.left(40), QStringLiteral("MCP failed at \"initialize over HTTP+SSE "));
    }

    // The preflight is answered but the POST hangs: cors.expose warns after
    // the timeout.
    void postAnswerNeverComes()
    {
        ScriptedHttpServer server([](QTcpSocket *socket, const QByteArray &method,
                                     const QByteArray &, const QByteArray &) {
            if (method == "GET")
                ScriptedHttpServer::answer(socket, 200, "Content-Type: application/json\r\n",
                                           "{\"ok\":true}");
            else if (method == "OPTIONS")
                ScriptedHttpServer::answer(
                    socket, 204,
                    "Access-Control-Allow-Origin: *\r\n"
                    "Access-Control-Allow-Methods: GET, POST, DELETE\r\n"
                    "Access-Control-Allow-Headers: authorization, content-type, mcp-session-id, "
                    "mcp-protocol-version, last-event-id\r\n");
            // POST: no answer
        });
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port());
        const DoctorReport r = diagnose(options(url));
        QVERIFY2(check(r, QStringLiteral("cors.preflight"))->status == CheckStatus::Pass,
                 qPrintable(describe(r)));
        const DoctorCheck *expose = check(r, QStringLiteral("cors.expose"));
        QVERIFY2(expose->status == CheckStatus::Warn, qPrintable(describe(r)));
        QCOMPARE(expose->detail, QStringLiteral("No answer within 1 s."));
        QCOMPARE(expose->findingKind, QStringLiteral("doctor.cors.expose"));
        QCOMPARE(expose->findingArguments,
                 (QStringList{url, QStringLiteral("http://localhost:6274"),
                              QStringLiteral("no answer in time")}));
        QCOMPARE(expose->finding().summary(),
                 QStringLiteral("A browser-based client could not use the answer to POST %1 from "
                                "origin http://localhost:6274: no answer in time")
                     .arg(url));
        QCOMPARE(r.failedStage, DoctorStage::Mcp);
    }

    // The protected resource metadata comes a byte at a time and never
    // ends: auth.resource_metadata gives up after its bound (twice the
    // timeout) naming what it tried.
    void resourceMetadataTricklesIn()
    {
        const QByteArray prm = "/.well-known/oauth-protected-resource/mcp";
        ScriptedHttpServer server(protectedServer(prm, {}));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        const DoctorReport r = diagnose(options(base + QStringLiteral("/mcp")));
        QVERIFY2(check(r, QStringLiteral("auth.challenge"))->status == CheckStatus::Pass,
                 qPrintable(describe(r)));
        QCOMPARE(check(r, QStringLiteral("auth.challenge"))->detail,
                 QStringLiteral("HTTP 401 with a Bearer challenge."));
        const DoctorCheck *c = check(r, QStringLiteral("auth.resource_metadata"));
        QVERIFY2(c->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(c->detail, QStringLiteral("No answer within 1 s."));
        QCOMPARE(c->findingKind, QStringLiteral("doctor.auth.no_resource_metadata"));
        QCOMPARE(c->findingArguments,
                 (QStringList{base + QStringLiteral("/mcp"), base + QString::fromLatin1(prm)}));
        QCOMPARE(r.failedStage, DoctorStage::Authentication);
    }

    // The authorization server's metadata trickles in: auth.as_metadata
    // gives up after its bound (three times the timeout) with
    // oauth.as_metadata.not_found naming what it tried.
    void authServerMetadataTricklesIn()
    {
        const QByteArray asPath = "/.well-known/oauth-authorization-server/as";
        ScriptedHttpServer server(protectedServer(
            asPath, {{"/.well-known/oauth-protected-resource/mcp",
                      "{\"resource\":\"{base}/mcp\",\"authorization_servers\":[\"{base}/as\"]}"}}));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        const DoctorReport r = diagnose(options(base + QStringLiteral("/mcp")));
        QVERIFY2(check(r, QStringLiteral("auth.resource_metadata"))->status == CheckStatus::Pass,
                 qPrintable(describe(r)));
        const DoctorCheck *c = check(r, QStringLiteral("auth.as_metadata"));
        QVERIFY2(c->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(c->detail, QStringLiteral("No answer within 1 s."));
        QCOMPARE(c->findingKind, QStringLiteral("oauth.as_metadata.not_found"));
        QCOMPARE(c->findingArguments, QStringList{base + QString::fromLatin1(asPath)});
        QCOMPARE(r.failedStage, DoctorStage::Authentication);
    }

    // A client credentials sign-in whose token endpoint answers a byte at
    // a time and never finishes: auth.sign_in gives up after its bound (six
    // times the timeout) and the later stages skip.
    void tokenEndpointTricklesIn()
    {
        ScriptedHttpServer server([](QTcpSocket *socket, const QByteArray &method,
                                     const QByteArray &path, const QByteArray &) {
            const QByteArray base =
                QByteArray("http://127.0.0.1:") + QByteArray::number(socket->localPort());
            if (method == "POST" && path == "/as/token")
                trickle(socket);
            else if (method == "POST")
                ScriptedHttpServer::answer(socket, 401,
                                           "Content-Type: application/json\r\n"
                                           "WWW-Authenticate: Bearer\r\n",
                                           "{}");
            else if (path == "/.well-known/oauth-protected-resource/mcp")
                ScriptedHttpServer::answer(socket, 200, "Content-Type: application/json\r\n",
                                           "{\"resource\":\"" + base +
                                               "/mcp\",\"authorization_servers\":[\"" + base +
                                               "/as\"]}");
            else if (path == "/.well-known/oauth-authorization-server/as")
                ScriptedHttpServer::answer(
                    socket, 200, "Content-Type: application/json\r\n",
                    "{\"issuer\":\"" + base + "/as\",\"authorization_endpoint\":\"" + base +
                        "/as/authorize\",\"token_endpoint\":\"" + base +
                        "/as/token\",\"code_challenge_methods_supported\":[\"S256\"],"
                        "\"grant_types_supported\":[\"client_credentials\"]}");
            else
                ScriptedHttpServer::answer(socket, 404, "Content-Type: text/plain\r\n", "no");
        });
        DoctorOptions o = options(QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port()));
        o.oauthMode = QStringLiteral("client-credentials");
        o.clientId = QStringLiteral("machine");
        o.clientSecret = QStringLiteral("machine-secret-for-a-slow-server");
        const DoctorReport r = diagnose(o);
        QVERIFY2(check(r, QStringLiteral("auth.pkce"))->status == CheckStatus::Pass,
                 qPrintable(describe(r)));
        const DoctorCheck *signIn = check(r, QStringLiteral("auth.sign_in"));
        QVERIFY2(signIn->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(signIn->detail, QStringLiteral("No sign-in within the time allowed."));
        // No browser was involved: the finding names the step still waiting.
        QCOMPARE(signIn->findingKind, QStringLiteral("mcp.timeout"));
        QCOMPARE(signIn->finding().summary(),
                 QStringLiteral("No response to the sign-in step \u201cToken exchange\u201d within "
                                "6 s."));
        QCOMPARE(r.failedStage, DoctorStage::Authentication);
        QCOMPARE(check(r, QStringLiteral("ops.tools"))->detail,
                 QStringLiteral("not run: the Authentication stage failed"));
    }

    // --transport sse against a stream that never names its POST endpoint:
    // Streamable HTTP is not asked, and the SSE initialize gives up after
    // the doctor's bound (timeout + 2 s) with doctor.mcp.no_transport.
    void sseStreamWithoutEndpoint()
    {
        ScriptedHttpServer server([](QTcpSocket *socket, const QByteArray &method,
                                     const QByteArray &, const QByteArray &) {
            if (method == "GET") {
                // The head of an event stream, then nothing.
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                              "Cache-Control: no-cache\r\n\r\n");
                return;
            }
            ScriptedHttpServer::answer(socket, 404, "Content-Type: text/plain\r\n", "no");
        });
        const QString url = QStringLiteral("http://127.0.0.1:%1/sse").arg(server.port());
        DoctorOptions o = options(url);
        o.transport = QStringLiteral("sse");
        const DoctorReport r = diagnose(o);
        QVERIFY2(check(r, QStringLiteral("http.reach"))->status == CheckStatus::Pass,
                 qPrintable(describe(r)));
        const DoctorCheck *streamable = check(r, QStringLiteral("mcp.initialize.streamable"));
        QCOMPARE(streamable->status, CheckStatus::Skip);
        QCOMPARE(streamable->detail, QStringLiteral("Not asked (--transport sse)."));
        const DoctorCheck *sse = check(r, QStringLiteral("mcp.initialize.sse"));
        QVERIFY2(sse->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(sse->detail, QStringLiteral("no initialize answer within 1 s"));
        QCOMPARE(sse->findingKind, QStringLiteral("doctor.mcp.no_transport"));
        QCOMPARE(sse->findingArguments,
                 (QStringList{url, QStringLiteral("no initialize answer within 1 s")}));
        QCOMPARE(r.failedStage, DoctorStage::Mcp);
        QCOMPARE(doctorExitCode(r), 13);
    }

    // cancel() while the tcp check waits on a connect: that check and the
    // rest are reported skipped ("cancelled"), finished() comes once, and a
    // second cancel() or one after the end changes nothing.
    void cancelWhileAConnectIsInFlight()
    {
        FullServer server;
        QVERIFY(server.fill());
        ConnectionDoctor doctor(nullptr, nullptr);
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        QSignalSpy checks(&doctor, &ConnectionDoctor::checkFinished);
        DoctorOptions o = options(QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port()));
        o.timeoutMs = 30000; // the tcp check must still be waiting when cancelled
        bool cancelled = false;
        connect(&doctor, &ConnectionDoctor::checkStarted, this,
                [&doctor, &cancelled](const DoctorCheck &c) {
                    if (c.id != u"tcp")
                        return;
                    // From the event loop, once the connect is under way.
                    QMetaObject::invokeMethod(
                        &doctor,
                        [&doctor, &cancelled] {
                            doctor.cancel();
                            doctor.cancel(); // the first's queued end is stale now
                            cancelled = true;
                        },
                        Qt::QueuedConnection);
                });
        doctor.start(o);
        QVERIFY(finished.wait(10000));
        QVERIFY(cancelled);
        const DoctorReport &r = doctor.report();
        QVERIFY2(!r.failedStage, qPrintable(describe(r)));
        QCOMPARE(check(r, QStringLiteral("dns"))->status, CheckStatus::Pass);
        QVERIFY2(restSkipped(r, QStringLiteral("tcp"), QStringLiteral("cancelled")),
                 qPrintable(describe(r)));
        QCOMPARE(check(r, QStringLiteral("tcp"))->ms, -1.0);
        QCOMPARE(int(checks.size()), int(r.checks.size()));
        QCOMPARE(r.verdict, QStringLiteral("Cancelled before every check ran."));
        QVERIFY(!doctor.isRunning());

        doctor.cancel();                   // not running: nothing
        QCoreApplication::processEvents(); // it queues nothing either
        QCOMPARE(finished.size(), 1);
        QCOMPARE(doctor.report().checks.size(), r.checks.size());
    }

    // cancel() then at once start() again (the user pressing Stop, then
    // Run): the cancelled run's pending end must not end the new run, which
    // runs to its own verdict; finished() comes once, for the new run.
    void restartRightAfterCancel()
    {
        FullServer hung;
        QVERIFY(hung.fill());
        QTcpServer closed; // a port nothing listens on any more
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 refusedPort = closed.serverPort();
        closed.close();
        ConnectionDoctor doctor(nullptr, nullptr);
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        DoctorOptions first = options(QStringLiteral("http://127.0.0.1:%1/mcp").arg(hung.port()));
        first.timeoutMs = 30000;
        const DoctorOptions second =
            options(QStringLiteral("http://127.0.0.1:%1/mcp").arg(refusedPort));
        bool restarted = false;
        connect(&doctor, &ConnectionDoctor::checkStarted, this, [&](const DoctorCheck &c) {
            if (c.id != u"tcp" || restarted)
                return;
            QMetaObject::invokeMethod(
                &doctor,
                [&] {
                    doctor.cancel();
                    doctor.start(second);
                    restarted = true;
                },
                Qt::QueuedConnection);
        });
        doctor.start(first);
        QVERIFY(finished.wait(20000));
        QVERIFY(restarted);
        const DoctorReport &r = doctor.report();
        const DoctorCheck *tcp = check(r, QStringLiteral("tcp"));
        QVERIFY2(tcp->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(tcp->findingKind, QStringLiteral("net.refused"));
        QCOMPARE(tcp->findingArguments,
                 (QStringList{QStringLiteral("127.0.0.1"), QString::number(refusedPort)}));
        QCOMPARE(r.failedStage, DoctorStage::Connectivity);
        // No second finished(): the new run met a refused port within
        // milliseconds, so one second bounds "none came".
        QVERIFY(!finished.wait(1000));
        QCOMPARE(finished.size(), 1);
    }

    // A doctor destroyed mid-run (the dialog closed) ends its capture session.
    void destroyedMidRunEndsItsSession()
    {
        SilentServer server;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("doctor.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        auto doctor = std::make_unique<ConnectionDoctor>(&store, nullptr);
        QSignalSpy started(doctor.get(), &ConnectionDoctor::checkStarted);
        DoctorOptions o = options(QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port()));
        o.timeoutMs = 30000;
        doctor->start(o);
        const qint64 sessionId = doctor->report().sessionId;
        QVERIFY(sessionId > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            !started.isEmpty() && started.last().first().value<DoctorCheck>().id == u"http.reach",
            10000);
        QVERIFY(doctor->isRunning());
        doctor.reset();
        store.close();

        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto sessions = reader.sessions();
        QVERIFY(sessions);
        bool found = false;
        for (const SessionInfo &s : *sessions)
            if (s.id == sessionId) {
                found = true;
                QCOMPARE(s.name, QStringLiteral("Connection Doctor"));
                QVERIFY2(s.endedAtMs > 0, "the destroyed run's session was left open");
            }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestDoctorTimeouts)
#include "tst_doctor_timeouts.moc"
