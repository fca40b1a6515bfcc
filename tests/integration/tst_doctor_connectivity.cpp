// The Connection Doctor's connectivity stage where the URL is a host name or
// names no host, and a run restarted while the first is in flight, against
// the real loopback network (a port nothing listens on).
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "diagnostics/connection_doctor.h"
#include "doctor_report_testing.h"
#include "node_peer.h"

#include <QHostInfo>
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
        lines << QStringLiteral("%1 %2: %3 [%4]")
                     .arg(checkStatusId(c.status), c.id, c.detail, c.findingKind);
    return lines.join(u'\n') + QStringLiteral("\nverdict: ") + report.verdict;
}

DoctorReport diagnose(const QUrl &url)
{
    ConnectionDoctor doctor(nullptr, nullptr);
    QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
    DoctorOptions options;
    options.url = url;
    options.timeoutMs = 15000;
    doctor.start(options);
    if (!finished.wait(60000))
        qWarning("the doctor did not finish in time");
    return doctor.report();
}

} // namespace

class TestDoctorConnectivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A host name is looked up: the dns check names what it resolved to;
    // every address refuses, so tcp fails with net.refused naming the host
    // and port, and the rest skip.
    void hostNameIsResolvedThenRefused()
    {
        const quint16 port = freePort();
        const DoctorReport r = diagnose(QUrl(QStringLiteral("http://localhost:%1/mcp").arg(port)));
        const DoctorCheck *dns = check(r, QStringLiteral("dns"));
        QVERIFY(dns);
        QVERIFY2(dns->status == CheckStatus::Pass, qPrintable(describe(r)));
        QVERIFY2(dns->detail.startsWith(QStringLiteral("localhost resolved to ")),
                 qPrintable(dns->detail));
        const QHostInfo info = QHostInfo::fromName(QStringLiteral("localhost"));
        for (const QHostAddress &a : info.addresses())
            QVERIFY2(dns->detail.contains(a.toString()), qPrintable(dns->detail));
        const DoctorCheck *tcp = check(r, QStringLiteral("tcp"));
        QVERIFY(tcp);
        QCOMPARE(tcp->status, CheckStatus::Fail);
        QCOMPARE(tcp->findingKind, QStringLiteral("net.refused"));
        QVERIFY2(tcp->detail.startsWith(QStringLiteral("localhost port %1: ").arg(port)),
                 qPrintable(tcp->detail));
        QCOMPARE(r.failedStage, DoctorStage::Connectivity);
        QCOMPARE(doctorExitCode(r), 10);
        QCOMPARE(check(r, QStringLiteral("tls"))->status, CheckStatus::Skip);
        QCOMPARE(check(r, QStringLiteral("http.reach"))->status, CheckStatus::Skip);
    }

    // A URL without a host fails the dns check at once with net.dns.
    void urlWithoutHostFailsDns()
    {
        const QUrl url(QStringLiteral("http:///mcp"));
        QVERIFY(url.host().isEmpty());
        const DoctorReport r = diagnose(url);
        const DoctorCheck *dns = check(r, QStringLiteral("dns"));
        QVERIFY(dns);
        QVERIFY2(dns->status == CheckStatus::Fail, qPrintable(describe(r)));
        QCOMPARE(dns->findingKind, QStringLiteral("net.dns"));
        QCOMPARE(dns->detail, QStringLiteral("The URL %1 names no host.").arg(url.toString()));
        QCOMPARE(check(r, QStringLiteral("tcp"))->status, CheckStatus::Skip);
        QCOMPARE(r.failedStage, DoctorStage::Connectivity);
    }

    // start() during a run drops the first: its capture session is ended,
    // only the second run finishes (once), in a session of its own.
    void restartEndsTheFirstRunsSession()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("doctor.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        ConnectionDoctor doctor(&store, nullptr);
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        DoctorOptions first;
        first.url = QUrl(QStringLiteral("http://127.0.0.1:%1/first").arg(freePort()));
        first.timeoutMs = 15000;
        doctor.start(first);
        const qint64 firstSession = doctor.report().sessionId;
        QVERIFY(firstSession > 0);

        DoctorOptions second = first;
        second.url = QUrl(QStringLiteral("http://127.0.0.1:%1/second").arg(freePort()));
        doctor.start(second);
        const qint64 secondSession = doctor.report().sessionId;
        QVERIFY(secondSession > 0);
        QVERIFY(secondSession != firstSession);
        QVERIFY(finished.wait(60000));
        QCOMPARE(doctor.report().sessionId, secondSession);
        QCOMPARE(check(doctor.report(), QStringLiteral("tcp"))->findingKind,
                 QStringLiteral("net.refused"));
        // No late finished() of the dropped run: both runs meet a refused
        // port within milliseconds, so one second is the bound for "none came".
        QVERIFY(!finished.wait(1000));
        QCOMPARE(finished.count(), 1);
        store.close();

        CaptureReader reader;
        QVERIFY(reader.open(path));
        const auto sessions = reader.sessions();
        QVERIFY(sessions);
        QHash<qint64, SessionInfo> byId;
        for (const SessionInfo &s : *sessions)
            byId.insert(s.id, s);
        QVERIFY(byId.contains(firstSession));
        QCOMPARE(byId.value(firstSession).target, first.url.toString());
        QVERIFY(byId.value(firstSession).endedAtMs > 0);
        QCOMPARE(byId.value(secondSession).target, second.url.toString());
        QVERIFY(byId.value(secondSession).endedAtMs > 0);
    }
};

QTEST_GUILESS_MAIN(TestDoctorConnectivity)
#include "tst_doctor_connectivity.moc"
