#include "capture/capture_store.h"
#include "cli_run.h"
#include "node_peer.h"
#include "replay/json_diff.h"
#include "session/mcp_session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

// One call made while recording, and the result it got.
struct Recorded
{
    QString method;
    QJsonObject params;
    QJsonValue result;
};

QString sdkClientScript()
{
    return QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/sdk_client_against.mjs");
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

// The mock (mcpscope-cli mock) against the TypeScript SDK's own client: a
// session recorded from server-everything (over Streamable HTTP and over
// stdio) is served over Streamable HTTP and over stdio, and the SDK client
// gets exactly the recorded results; a call never recorded gets the error
// that names the closest recorded request.
class TestMock : public QObject
{
    Q_OBJECT

    QString everythingScript() const
    {
        return peersDir() +
               QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
    }

    static std::optional<QJsonValue> call(McpSession &session, const QString &method,
                                          const QJsonObject &params)
    {
        McpRequest *request = session.client()->request(method, params);
        QSignalSpy finished(request, &McpRequest::finished);
        if (!request->isFinished() && !finished.wait(20000))
            return std::nullopt;
        const bool ok = request->succeeded();
        const QJsonValue result = request->result();
        request->deleteLater();
        if (!ok)
            return std::nullopt;
        return result;
    }

    // Records one session against server-everything; returns its calls.
    QList<Recorded> record(const QString &path, bool overStdio, qint64 *sessionId)
    {
        QList<Recorded> calls;
        CaptureStore store;
        if (!store.open(path))
            return calls;
        McpSession session(&store);
        McpSessionOptions options;
        if (overStdio) {
            options.kind = McpSessionOptions::Kind::Stdio;
            options.target =
                QStringLiteral("\"%1\" \"%2\" stdio").arg(nodeBinary(), everythingScript());
        } else {
            options.kind = McpSessionOptions::Kind::Http;
            options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
            options.transport = McpClient::Transport::StreamableHttp;
        }
        options.rootsSupported = false;
        if (!session.open(options))
            return calls;
        QSignalSpy connected(session.client(), &McpClient::connected);
        if (!connected.wait(20000))
            return calls;
        *sessionId = session.captureSessionId();

        QList<std::pair<QString, QJsonObject>> plan = {
            {QStringLiteral("tools/list"), {}},
            {QStringLiteral("tools/call"),
             {{QStringLiteral("name"), QStringLiteral("echo")},
              {QStringLiteral("arguments"),
               QJsonObject{{QStringLiteral("message"), QStringLiteral("hello mock")}}}}},
            {QStringLiteral("tools/call"),
             {{QStringLiteral("name"), QStringLiteral("get-sum")},
              {QStringLiteral("arguments"),
               QJsonObject{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}}}},
            {QStringLiteral("resources/list"), {}},
            {QStringLiteral("prompts/list"), {}},
        };
        for (const auto &[method, params] : plan) {
            const auto result = call(session, method, params);
            if (!result)
                return {};
            calls.append({method, params, *result});
        }
        // A resource and a prompt the server lists: the first of each that
        // needs no arguments.
        const QJsonArray resources =
            calls.at(3).result.toObject().value(QStringLiteral("resources")).toArray();
        const QJsonArray prompts =
            calls.at(4).result.toObject().value(QStringLiteral("prompts")).toArray();
        if (resources.isEmpty() || prompts.isEmpty())
            return {};
        QString promptName;
        for (const QJsonValue &p : prompts)
            if (p.toObject().value(QStringLiteral("arguments")).toArray().isEmpty()) {
                promptName = p.toObject().value(QStringLiteral("name")).toString();
                break;
            }
        const QList<std::pair<QString, QJsonObject>> more = {
            {QStringLiteral("resources/read"),
             {{QStringLiteral("uri"),
               resources.first().toObject().value(QStringLiteral("uri")).toString()}}},
            {QStringLiteral("prompts/get"), {{QStringLiteral("name"), promptName}}},
        };
        for (const auto &[method, params] : more) {
            const auto result = call(session, method, params);
            if (!result)
                return {};
            calls.append({method, params, *result});
        }
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        closed.wait(15000);
        return calls;
    }

    static QByteArray plan(const QList<Recorded> &calls)
    {
        QJsonArray steps;
        for (const Recorded &c : calls)
            steps.append(QJsonObject{{QStringLiteral("method"), c.method},
                                     {QStringLiteral("params"), c.params}});
        // Never recorded: the echo with another message.
        steps.append(QJsonObject{{QStringLiteral("method"), QStringLiteral("tools/call")},
                                 {QStringLiteral("params"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("echo")},
                                              {QStringLiteral("arguments"),
                                               QJsonObject{{QStringLiteral("message"),
                                                            QStringLiteral("unrecorded")}}}}}});
        return QJsonDocument(steps).toJson(QJsonDocument::Compact);
    }

    // Runs the SDK client; its JSON output, or an empty object.
    static QJsonObject runSdkClient(const QByteArray &planJson, const QStringList &target)
    {
        QProcess client;
        client.setProcessChannelMode(QProcess::SeparateChannels);
        client.start(nodeBinary(),
                     QStringList{sdkClientScript(), QString::fromUtf8(planJson)} + target);
        QSignalSpy finished(&client, &QProcess::finished);
        if (!finished.wait(60000)) {
            client.kill();
            client.waitForFinished(5000);
            qWarning() << "SDK client timed out" << client.readAllStandardError();
            return {};
        }
        const QByteArray err = client.readAllStandardError();
        if (client.exitCode() != 0)
            qWarning() << "SDK client failed:" << err;
        return parse(client.readAllStandardOutput());
    }

    // The SDK client's results, each the recorded one; the last, unrecorded
    // call refused with the closest request named.
    static void checkResults(const QJsonObject &out, const QList<Recorded> &calls)
    {
        const QJsonArray results = out.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), calls.size() + 1);
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const QJsonObject got = results.at(i).toObject();
            QVERIFY2(got.contains(QStringLiteral("result")),
                     qPrintable(calls.at(i).method + QStringLiteral(": ") +
                                QString::fromUtf8(QJsonDocument(got).toJson())));
            const auto changes =
                JsonDiff::compare(calls.at(i).result, got.value(QStringLiteral("result")));
            QVERIFY(changes);
            const QString where = changes->isEmpty()
                                      ? QString()
                                      : calls.at(i).method + QStringLiteral(" differs at ") +
                                            changes->first().pointer;
            QVERIFY2(changes->isEmpty(), qPrintable(where));
        }
        const QJsonObject error =
            results.last().toObject().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), -32602);
        const QString message = error.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("closest recorded request")) &&
                     message.contains(QStringLiteral("/params/arguments/message")) &&
                     message.contains(QStringLiteral("hello mock")),
                 qPrintable(message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString why =
            m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void sdkClientGetsTheRecordedResults_data()
    {
        QTest::addColumn<bool>("recordOverStdio");
        QTest::addColumn<bool>("serveOverStdio");
        QTest::newRow("recorded http, served http") << false << false;
        QTest::newRow("recorded http, served stdio") << false << true;
        QTest::newRow("recorded stdio, served http") << true << false;
        QTest::newRow("recorded stdio, served stdio") << true << true;
    }

    void sdkClientGetsTheRecordedResults()
    {
        QFETCH(bool, recordOverStdio);
        QFETCH(bool, serveOverStdio);
        const QString path = m_dir.filePath(
            QStringLiteral("rec-%1-%2.sqlite").arg(recordOverStdio).arg(serveOverStdio));
        qint64 sessionId = 0;
        const QList<Recorded> calls = record(path, recordOverStdio, &sessionId);
        QCOMPARE(calls.size(), 7);
        QVERIFY(sessionId > 0);
        const QStringList mockArgs = {QStringLiteral("mock"), QStringLiteral("--store"), path,
                                      QStringLiteral("--session"), QString::number(sessionId)};

        QJsonObject out;
        if (serveOverStdio) {
            out = runSdkClient(plan(calls),
                               QStringList{QStringLiteral("stdio"), QStringLiteral(MCPSCOPE_CLI)} +
                                   mockArgs + QStringList{QStringLiteral("--stdio")});
        } else {
            QProcess mock;
            mock.start(QStringLiteral(MCPSCOPE_CLI),
                       mockArgs + QStringList{QStringLiteral("--port"), QStringLiteral("0")});
            QSignalSpy ready(&mock, &QProcess::readyReadStandardOutput);
            while (!mock.canReadLine() && ready.wait(15000)) {
            }
            const QString url = QString::fromUtf8(mock.readLine()).trimmed();
            QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")) &&
                         url.endsWith(QStringLiteral("/mcp")),
                     qPrintable(url + QString::fromUtf8(mock.readAllStandardError())));
            out = runSdkClient(plan(calls), {QStringLiteral("http"), url});
            // SIGTERM ends it cleanly.
            QSignalSpy finished(&mock, &QProcess::finished);
            mock.terminate();
            QVERIFY(finished.wait(10000));
            QCOMPARE(mock.exitStatus(), QProcess::NormalExit);
            QCOMPARE(mock.exitCode(), 0);
        }
        const QJsonObject serverInfo = out.value(QStringLiteral("serverInfo")).toObject();
        QCOMPARE(serverInfo.value(QStringLiteral("name")).toString(),
                 QStringLiteral("mcp-servers/everything"));
        checkResults(out, calls);
    }

    void cliRefusesBadArgumentsAndMissingSessions()
    {
        QCOMPARE(runCli({QStringLiteral("mock")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("mock"), QStringLiteral("--store"),
                         m_dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("--session"),
                         QStringLiteral("abc")})
                     .exitCode,
                 1);
        QCOMPARE(runCli({QStringLiteral("mock"), QStringLiteral("--store"),
                         m_dir.filePath(QStringLiteral("absent.sqlite")),
                         QStringLiteral("--session"), QStringLiteral("1")})
                     .exitCode,
                 4);
        // A store without that session.
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        {
            CaptureStore store;
            QVERIFY(store.open(path));
        }
        const CliRun run = runCli({QStringLiteral("mock"), QStringLiteral("--store"), path,
                                   QStringLiteral("--session"), QStringLiteral("42")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("no session 42"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_everything;
};

QTEST_GUILESS_MAIN(TestMock)
#include "tst_mock.moc"
