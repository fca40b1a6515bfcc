#include "doctor_measure.h"

#include "diagnostics/connection_doctor.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <algorithm>

namespace mcpscope::bench {

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// One doctor run; seconds, or -1 (problem says why).
double doctorOnce(const QUrl &url, int *checks, QString *problem)
{
    ConnectionDoctor doctor(nullptr, nullptr);
    DoctorOptions options;
    options.url = url;
    QEventLoop loop;
    QObject::connect(&doctor, &ConnectionDoctor::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    doctor.start(options);
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const DoctorReport &report = doctor.report();
    if (doctor.isRunning() || report.failedStage) {
        if (problem)
            *problem = doctor.isRunning() ? QStringLiteral("the doctor did not finish in 120 s")
                                          : report.verdict;
        return -1;
    }
    if (checks)
        *checks = int(report.checks.size());
    return seconds;
}

} // namespace

double measureDoctorSeconds(const QUrl &url, int runs, QString *problem)
{
    // One run first, not counted: the server's first session warms up.
    if (doctorOnce(url, nullptr, problem) < 0)
        return -1;
    QList<double> seconds;
    for (int i = 0; i < runs; ++i) {
        const double s = doctorOnce(url, nullptr, problem);
        if (s < 0)
            return -1;
        seconds << s;
    }
    return median(seconds);
}

double measureSdkClientSeconds(const QUrl &url, const QString &node, const QString &script,
                               int runs, QString *problem)
{
    QList<double> seconds;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QElapsedTimer clock;
        clock.start();
        process.start(node, {script, QStringLiteral("[{\"method\":\"tools/list\"}]"),
                             QStringLiteral("http"), url.toString()});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            if (problem)
                *problem = QStringLiteral("SDK client failed: %1")
                               .arg(QString::fromUtf8(process.readAllStandardError()));
            process.kill();
            process.waitForFinished(3000);
            return -1;
        }
        seconds << double(clock.nsecsElapsed()) / 1e9;
    }
    return median(seconds);
}

DoctorMeasurement measureDoctor(const QUrl &url, const QString &node, const QString &sdkScript,
                                int runs)
{
    DoctorMeasurement m;
    m.runs = runs;
    if (doctorOnce(url, &m.checks, &m.problem) < 0)
        return m;
    QList<double> seconds;
    for (int i = 0; i < runs; ++i) {
        const double s = doctorOnce(url, nullptr, &m.problem);
        if (s < 0)
            return m;
        seconds << s;
    }
    std::sort(seconds.begin(), seconds.end());
    m.doctorSeconds = median(seconds);
    m.doctorMinSeconds = seconds.first();
    m.doctorMaxSeconds = seconds.last();
    m.sdkSeconds = measureSdkClientSeconds(url, node, sdkScript, runs, &m.problem);
    return m;
}

} // namespace mcpscope::bench
